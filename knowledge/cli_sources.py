"""Where the command line's knowledge base comes from (--kb, --documents or the data folder), shared by
`knowledge.__main__` and `knowledge.chart_cli` so that neither imports the other."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from knowledge.models import KnowledgeBase
from knowledge.paths import environment_locations
from knowledge.snapshot import build_knowledge_base, load_or_build, load_snapshot


class ProgressBar:
    """A one-line progress bar on stderr, shown only on a terminal and only for builds worth watching."""

    def __init__(self, minimum_documents: int = 5) -> None:
        self.enabled = sys.stderr.isatty()
        self.minimum = minimum_documents

    def __call__(self, done: int, total: int, name: str) -> None:
        if not self.enabled or total < self.minimum:
            return
        width = 30
        filled = width * done // total
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {name[:40]:<40}")
        if done == total:
            sys.stderr.write("\n")
        sys.stderr.flush()


def load_kb(args: argparse.Namespace) -> KnowledgeBase:
    """--kb FILE, or --documents DIR (built in memory), or the seeds snapshot (rebuilt when documents changed)."""
    if getattr(args, "kb", None):
        return load_snapshot(Path(args.kb))
    if getattr(args, "documents", None):
        return build_knowledge_base(Path(args.documents), progress=ProgressBar())
    documents, snapshot = environment_locations()
    return load_or_build(documents, snapshot, progress=ProgressBar())
