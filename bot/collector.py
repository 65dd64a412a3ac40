"""Garbage-collector settings for a process that holds one large, long-lived knowledge base.

With default settings the collector keeps re-scanning the engine's hundreds of thousands of
long-lived objects, and a burst's thousands of short-lived interactions trigger a young
collection every 700 allocations: in a burst of 2,000 `/ask` that was about 2 s of the bot's
CPU, pushing acknowledgements past Discord's 3 s. So: the knowledge base is frozen out of the
collector's sight once loaded (`gc.freeze`), and young collections run less often.

Freezing is undone and redone on every swap of the knowledge base: objects of the old engine
that only a reference cycle keeps alive must still be collected, or every refresh would leak one.
"""

from __future__ import annotations

import gc

# Young objects between collections, then how many young collections per middle one, and middle per full.
THRESHOLDS = (20_000, 20, 100)


def tune() -> None:
    gc.set_threshold(*THRESHOLDS)


def settle() -> None:
    """Collect everything (the old engine included), then freeze what is left: the current knowledge base."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()
