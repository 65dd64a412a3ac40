"""What a question rules out in a clause of its own ('what share of Italy's budget? not GDP, the BUDGET', 'the
real-terms figure, not current prices'): an answer whose facts are of the very thing ruled out answers what the
member said they do not want."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence

from knowledge import domain
from knowledge.ask.exclusions import parts_left_out
from knowledge.ask.parse import ParsedQuestion
from knowledge.ask.verify_evidence import TEXT_CACHE
from knowledge.ask.verify_vocabulary import CLAUSE_BREAK, is_number
from knowledge.cues import Phrases
from knowledge.lexicon import normalise
from knowledge.models import Fact
from knowledge.question import STOPWORDS

MAX_WORDS_RULED_OUT = 3  # 'not GDP', 'not current prices': a short clause naming what is not wanted
MAX_CLAUSE_RULING_OUT = (
    6  # its words, little ones too ('not the per cent of GDP'; 'not that it matters much …' is talk)
)


def ruled_out(text: str, *, refused_only: bool = False) -> list[tuple[str, ...]]:
    """The words of each short clause opening with a negation ('not GDP,', '(not current prices)'), or ending in a
    relative clause denying them ('the part that isn't core defence:'), little words and numbers aside: together they
    name one thing not wanted. `refused_only`: only the clauses opening with their negation, which refuse a figure
    ('Not the per cent of GDP, the actual amount.'); a relative clause names the other part asked."""
    negations = domain.question_words().verifier.negations
    ruled: list[tuple[str, ...]] = []
    for clause in CLAUSE_BREAK.split(text):
        said = normalise(clause).split()
        words = said if refused_only else _denied(said, negations)
        if not words or words[0] not in negations:
            continue
        # 'not GDP', 'not the per cent of GDP': a short clause, a few words naming the thing, little words aside
        named = tuple(word for word in words[1:] if word not in STOPWORDS and not is_number(word))
        if named and len(named) <= MAX_WORDS_RULED_OUT and len(words) - 1 <= MAX_CLAUSE_RULING_OUT:
            ruled.append(named)
    return ruled


def refused_words(text: str, words: Sequence[str]) -> frozenset[str]:
    """The words of the clauses refusing a figure ('Not the per cent of GDP, the actual dollar amount.') that the
    question says nowhere else: they name nothing asked, neither a measure to retrieve nor a word to account for."""
    return frozenset(
        word for named in ruled_out(text, refused_only=True) for word in named if list(words).count(word) == 1
    )


def _denied(words: list[str], negations: Iterable[str]) -> list[str]:
    """A clause's words from the negation of a relative clause closing it ('the part that isnt core defence' →
    'isnt core defence'); the words as they are when no relative word comes right before its negation."""
    relatives = domain.question_words().quoted_claims.relatives
    denying = set(negations)
    for at, word in enumerate(words[1:], start=1):
        if word in denying and words[at - 1] in relatives:
            return words[at:]
    return words


def ruled_out_unaccounted(
    question: ParsedQuestion, facts: Iterable[Fact], words_of: Callable[[Fact], frozenset[str]]
) -> list[str]:
    """'ruled_out gdp' when every fact of the answer states every word of what the question ruled out: a share of
    GDP given to 'not GDP', a current-price amount to 'not current prices'."""
    facts = list(facts)
    return [
        f"ruled_out {' '.join(named)}"
        for named in dict.fromkeys(ruled_out(question.text))
        if facts and all(set(named) <= words_of(fact) and not _rules_out_too(words_of(fact)) for fact in facts)
    ]


def _rules_out_too(words: frozenset[str]) -> bool:
    """The fact's own words deny something too ('other: not equipment, personnel or infrastructure'): the words
    a question rules out may be what the fact rules out as well."""
    return bool(words & set(domain.question_words().verifier.negations))


def part_left_out_unaccounted(
    question: ParsedQuestion, facts: Iterable[Fact], words_of: Callable[[Fact], frozenset[str]]
) -> list[str]:
    """'Excluding pensions, what was Italy's defence spending?': a table cell counts every part of its whole, and a
    statement naming the part counts it in unless it says it leaves it out, so neither answers; the documents do not
    split the part out, and the answer is withheld rather than given with the part left in."""
    saying_left_out = domain.question_words().exclusions.part_left_out_in_facts
    facts = list(facts)
    return [
        f"part {' '.join(part)} left out"
        for part in dict.fromkeys(parts_left_out(question.words))
        if any(fact.citation.cell is not None or not words_of(fact) & saying_left_out for fact in facts)
    ]


def left_out_asked(question: ParsedQuestion, facts: Iterable[Fact]) -> list[str]:
    """'What is the FY2025 request for the Defense Health Program?' answered by '… they exclude the Defense Health
    Program and several smaller accounts, so the rows do not add to $849.8 billion': a thing a fact's sentence names
    only as what its figure leaves out (after a word of `exclusions.left_out_of_a_figure`, in its clause) is not what
    the figure is of. A question leaving a part out itself is read by `part_left_out_unaccounted`."""
    exclusions = domain.question_words().exclusions
    cue = _left_out_cue()
    said = list(question.words)
    if any(cue.starting_at(said, at) for at in range(len(said))) or set(said) & exclusions.part_left_out_in_facts:
        return []
    asked = {word for word in said if word not in STOPWORDS and not is_number(word)}
    for fact in facts:
        left, kept = _left_out_and_kept(fact.citation.quote or "")
        named_only_left_out = sorted((asked & left) - kept)
        if named_only_left_out:
            return [f"word {' '.join(named_only_left_out)}: left out of the figure"]
    return []


@functools.cache
def _left_out_cue() -> Phrases:
    return Phrases(domain.question_words().exclusions.left_out_of_a_figure)


@functools.lru_cache(maxsize=TEXT_CACHE)  # read off every quote of an answer on every check
def _left_out_and_kept(quote: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words of a sentence its clauses name after a word leaving them out, and all its other words."""
    cue = _left_out_cue()
    left: set[str] = set()
    kept: set[str] = set()
    for clause in CLAUSE_BREAK.split(quote):
        words = normalise(clause).split()
        opening = next((at for at in range(len(words)) if cue.starting_at(words, at)), len(words))
        kept.update(words[:opening])
        left.update(words[opening:])
    return frozenset(left), frozenset(kept)
