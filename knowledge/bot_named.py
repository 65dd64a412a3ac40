"""'hey ledger what did poland spend …', 'Ledger, which ally …', 'ok bot how many …': the bot called by its name at
the start of a message is whom the member speaks to, no word of the question (a greeting before it stays, for the
remarks to read). The names are questions.toml's bot_names."""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge import domain
from knowledge.letters import alternation


def without_the_bot_named(text: str) -> str:
    """`text` without the bot's name opening it, alone or after a greeting; a message of the name alone stays."""
    return _called().sub(lambda found: found.group("lead"), text, count=1)


@lru_cache(maxsize=1)
def _called() -> re.Pattern[str]:
    words = domain.question_words()
    leads = alternation([*words.small_talk, *words.leading_connectives])
    names = alternation(words.bot_names)
    return re.compile(rf"^(?P<lead>\s*(?:(?:{leads})[\s,!.]+)?)(?:{names})\b[\s,!.:;~-]+(?=\S)", re.IGNORECASE)
