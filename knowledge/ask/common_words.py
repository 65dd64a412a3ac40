"""Whether a word is common in English: too common to say what a question is about ('comes', 'give', 'real'), or to
be a name when it opens a sentence ('Sales rose 36% …')."""

from __future__ import annotations

from functools import cache

from wordfreq import zipf_frequency

from knowledge.question import stem

COMMON_WORD_ZIPF = 5.0  # 'comes', 'give', 'real': too common to say what a question is about


@cache
def is_specific(word: str) -> bool:
    """Uncommon in English, and not an inflection of a common word ('keeps', 'asks', 'bringing')."""
    root = stem(word)
    forms = (word, root, f"{root}e")
    return max(zipf_frequency(form, "en") for form in forms) < COMMON_WORD_ZIPF
