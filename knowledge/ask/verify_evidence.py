"""The words facts and documents state: the evidence every check of `knowledge.ask.verify` weighs a question by.

A fact's words (its quote, measure, labels and source), the clause it states of its own figure, the names a
document's title or a quote give, and where a fact stands (a table's cell or an article's sentence).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Sequence

from knowledge import lexicon
from knowledge.ask.common_words import is_specific
from knowledge.cues import cues
from knowledge.entities import EntityKind, entity_tables
from knowledge.lexicon import normalise
from knowledge.measures import MEASURES
from knowledge.models import Fact
from knowledge.question import STOPWORDS, stem
from knowledge.sentence_labels import SPEAKER_TURN

# a list item's run-in label before its figure: '- Nuclear modernization: $49.2 billion …' (emphasis marks taken out)
RUN_IN_LABEL = re.compile(r"^\s*(?:(?:[-+•]|\d+[.)])\s+)?(?P<label>[^\W\d_][^:\d]{0,60}):\s")

SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def last_sentence(text: str) -> str:
    """The last sentence of a text (a paragraph's before a statement): what a pronoun opening the next points to."""
    return SENTENCE_END.split(text.strip())[-1]


MIN_STEM_NAME = 5  # a question's word for a group names it in a longer form of the word ('europe' → 'european')
TEXT_CACHE = 8192  # quotes whose numbers, names and headings are kept: every sentence of a large build
# a run of capitalised words, little joining words between them ('Ministry of Defence'): a name an acronym may spell
NAME_RUN = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:(?:of|and|for|the)\s+)?[A-Z][a-z]+)+")
MIN_ACRONYM = 3
POINTING_ARTICLE = "the"  # 'the equipment share': a noun pointed back at, named before in its paragraph


class Evidence(dict[str, frozenset[str]]):
    """Fact id -> its words, computed on first use."""

    def __init__(self, words_of: Callable[[Fact], frozenset[str]]) -> None:
        super().__init__()
        self.words_of = words_of

    def __getitem__(self, fact: Fact) -> frozenset[str]:  # type: ignore[override]
        words = self.get(fact.id)
        if words is None:
            words = self[fact.id] = self.words_of(fact)
        return words


def forms(*texts: str) -> frozenset[str]:
    """The words of the texts and their stems, and the month a date's abbreviation names ('**14 Feb 2024**' says
    February)."""
    words = normalise(" ".join(texts)).split()
    months = _months_abbreviated()
    return frozenset({*words, *(stem(word) for word in words), *(months[word] for word in words if word in months)})


@functools.cache
def _months_abbreviated() -> dict[str, str]:
    """'feb': 'february', 'sept': 'september' — each abbreviated month of the cue words and the month it names."""
    months = [normalise(month) for month in cues().raw.months]
    named = {month: max((m for m in months if m.startswith(month)), key=len) for month in months}
    return {short: month for short, month in named.items() if short != month}


@functools.lru_cache(maxsize=TEXT_CACHE)  # read off every quote the verifier checks, on every check
def initials(text: str) -> frozenset[str]:
    """The acronyms a text spells out: the initials of a run of capitalised words ('Extraordinary Revenue
    Acceleration' is ERA, 'the National Audit Office' NAO, 'Ministry of Defence' MoD), read off any stretch of the
    run, its little joining words counted or not. Never shorter than three letters: two are too often a word."""
    found: set[str] = set()
    for run in NAME_RUN.finditer(text):
        words = run.group(0).split()
        for start, end in itertools.combinations(range(len(words) + 1), 2):
            part = words[start:end]
            if part[0][0].isupper() and part[-1][0].isupper():
                found.add("".join(word[0] for word in part).casefold())
                found.add("".join(word[0] for word in part if word[0].isupper()).casefold())
    return frozenset(acronym for acronym in found if len(acronym) >= MIN_ACRONYM)


def measure_parts(fact: Fact) -> list[str]:
    """What a fact measures: its measure's label and words, and a table cell's row and column labels (a cell's
    column says what it measures)."""
    measure = MEASURES.get(fact.measure)
    return [
        measure.label if measure else fact.measure.replace("_", " "),
        " ".join(measure.keywords) if measure else "",
        fact.citation.row_label or "",
        fact.citation.column_label or "",
    ]


def clause_words(fact: Fact) -> frozenset[str]:
    """The words a fact states of its own figure: its clause, subject, qualifiers, currency and table labels."""
    text = " ".join(
        [
            fact.measure_text or "",
            fact.text or "",
            fact.subject,
            " ".join(fact.qualifiers),
            fact.currency or "",
            fact.citation.row_label or "",
            fact.citation.column_label or "",
            fact.cited_source or "",
        ]
    )
    words = normalise(text).split()
    return frozenset({*words, *(stem(word) for word in words)})


def said_before_its_figure(fact: Fact, before: re.Pattern[str]) -> bool:
    """Whether the words right before the fact's figure in its quote ('retired the 2 per cent …', 'the Allies that
    met 2%') match `before`, a pattern anchored at the end of the text before the figure."""
    if fact.value is None:
        return False
    quote = fact.citation.quote
    written = re.compile(rf"(?<![\d.,]){re.escape(f'{fact.value:g}')}(?![\d]|[.,]\d)")
    return any(before.search(quote[: match.start()]) for match in written.finditer(quote))


def in_a_table(fact: Fact) -> bool:
    """A spreadsheet's cell, or a row and column of a table in an article's text."""
    citation = fact.citation
    return citation.cell is not None or (citation.row_label is not None and citation.column_label is not None)


def names_own_subject(fact: Fact) -> bool:
    """The statement's sentence names whom its figure is about (by any of the entity's names)."""
    return _names_in_quote(fact.subject, fact.citation.quote)


@functools.lru_cache(maxsize=TEXT_CACHE)
def _names_in_quote(subject: str, quote: str) -> bool:
    return names_in(subject, quote)


def names_in(subject: str, text: str, asked: Sequence[str] = ()) -> bool:
    """The document text names the entity by any of its names, those only documents use ('each Ally') among
    them, or by the very word the question named it with ('European capitals' for a question's 'european')."""
    entry = entity_tables().entries.get(subject)
    names = (
        [subject]
        if entry is None
        else [entry.name, *entry.aliases, *entry.document_exact(), *entry.weak, *entry.document_only_weak]
    )
    asked_names = [name for name in entry.question_only if f" {name} " in f" {' '.join(asked)} "] if entry else []
    words = f" {normalise(text)} "
    if any(f" {normalise(name)} " in words for name in names if normalise(name)):
        return True
    # the word the question named it with, in the text's form of it ('European capitals' for 'europe')
    return any(len(name) >= MIN_STEM_NAME and f" {normalise(name)}" in words for name in asked_names)


def names_a_country(text: str) -> bool:
    tables = entity_tables()
    mentions = lexicon.find_mentions(normalise(text).split(), tables.folded)
    return any(tables.entries[m.target].kind is EntityKind.COUNTRY for m in mentions if m.target in tables.entries)


@functools.cache
def _title_names(title: str) -> frozenset[str]:
    """The proper names of a title ('The Hague Summit 2025 — …' gives hague, summit): capitalised words, not
    its verbs or common words ('Rutte urges a quantum leap' gives rutte)."""
    return proper_names(title, headline=True)


@functools.lru_cache(maxsize=16_384)  # on every check of every fact: a quote is read for it once
def title_names_of(title: str, quote: str) -> frozenset[str]:
    """The title's names, unless the sentence puts another name where the title has one of them ('the Wales
    Summit' in a note titled 'The Hague Summit …' is about another summit)."""
    names = _title_names(title)
    words = re.findall(r"[\w'’-]+", quote)
    for previous, word in itertools.pairwise(words):
        other = previous[:1].isupper() and normalise(previous) not in names and normalise(previous) not in STOPWORDS
        if other and normalise(word) in names:
            return frozenset()
    return names


def lead_in(texts: dict[str, str], fact: Fact) -> str:
    """The sentences of a prose fact's line before it: 'The 5% is split in two parts. … Up to 1.5% of GDP goes
    to …', 'The EU's SAFE instrument lends EUR 150 billion. Poland requested EUR 43.7 billion.'"""
    text = texts.get(fact.citation.document)
    span = fact.citation.span
    if text is None or span is None or fact.citation.cell is not None:
        return ""
    start = text.rfind("\n", 0, span.start)  # a line: wrapped paragraphs only give less context
    return text[max(0, start) : span.start]


def question_answered(texts: dict[str, str], fact: Fact) -> str:
    """The question turn an answer's turn in an interview or a FAQ answers ('Q: How many NATO members met the 2%
    guideline on SIPRI's numbers?' before 'A: 18 of the 32 members.'), when the fact's line is that answer."""
    text = texts.get(fact.citation.document)
    span = fact.citation.span
    if text is None or span is None or fact.citation.cell is not None:
        return ""
    start = text.rfind("\n", 0, span.start) + 1
    if not SPEAKER_TURN.match(text[start:]):
        return ""
    before = text[:start].rstrip()
    asked = before[before.rfind("\n") + 1 :]
    return asked if SPEAKER_TURN.match(asked) and asked.rstrip(" *").endswith("?") else ""


@functools.lru_cache(maxsize=TEXT_CACHE)
def names_carried(source: str, quote: str, *, headline: bool = False) -> frozenset[str]:
    """The names of a text before a sentence (its heading, the sentences before it in its paragraph) that carry to
    it, unless the sentence puts another name where they have one: after 'The European Peace Facility has paid
    EUR 11 billion.', 'Separately, the Ukraine Facility offers EUR 50 billion' is about another facility, and
    under 'The Hague Summit', 'the guideline agreed at the Wales Summit' is about another summit."""
    names = proper_names(source, headline=headline)
    said = f" {normalise(source)} "
    words = re.findall(r"[\w'’-]+", quote)
    for previous, word in itertools.pairwise(words):
        named = previous[:1].isupper() and normalise(previous) not in STOPWORDS and normalise(word) in names
        if named and f" {normalise(previous)} {normalise(word)} " not in said:
            return frozenset()
    return names


def modifiers_pointed_back(source: str, quote: str) -> frozenset[str]:
    """'… at least 20% of defence expenditure be devoted to major equipment. … the equipment share was 18.6%': a noun
    the sentence names after 'the' is the one the sentences before it in its paragraph named, with the word that
    named it more closely ('major')."""
    own = normalise(quote).split()
    pointed = {noun for article, noun in itertools.pairwise(own) if article == POINTING_ARTICLE}
    before = normalise(source).split()
    return frozenset(
        modifier
        for modifier, noun in itertools.pairwise(before)
        if noun in pointed and modifier not in STOPWORDS and modifier not in own and modifier.isalpha()
    )


@functools.lru_cache(maxsize=TEXT_CACHE)
def proper_names(text: str, *, headline: bool = False) -> frozenset[str]:
    """The names a text speaks of: its capitalised words and acronyms ('SAFE', 'Bundeswehr', 'Nansen'), not its
    common words. `headline`: a title or a heading, whose capitals are its own (every capitalised word counts)."""
    if headline:
        names = [word for word in re.findall(r"[\w'’-]+", text) if word[:1].isupper()]
        return frozenset(normalise(" ".join(names)).split()) - STOPWORDS
    found = [(word.group(0), _opens_a_sentence(text, word.start())) for word in re.finditer(r"[\w'’-]+", text)]
    inside = {word for word, opening in found if not opening and word[:1].isupper()}
    # 'Sales rose 36% …': a word opening a sentence is capitalised as any is; a name there only if the entity list
    # knows it, or the text writes it capitalised inside a sentence too, or it is an acronym or no common word
    names = [word for word, opening in found if word[:1].isupper() and (not opening or _a_name(word, inside))]
    return frozenset(normalise(" ".join(names)).split()) - STOPWORDS


def _a_name(word: str, inside: set[str]) -> bool:
    folded = normalise(word)
    return word.isupper() or word in inside or folded in _entity_words() or is_specific(folded)


@functools.cache
def _entity_words() -> frozenset[str]:
    return frozenset(word for alias in lexicon.entity_aliases() for word in alias)


OPENING_REACH = 12  # characters back past a word's spaces, emphasis and opening quotes to what ends a sentence


def _opens_a_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - OPENING_REACH) : start].rstrip(" \t*_\"“'‘(")
    return (not before and start <= OPENING_REACH) or (bool(before) and before[-1] in ".!?:\n")


def label_asked(fact: Fact, asked: set[str]) -> bool:
    """'- **Nuclear modernization:** $49.2 billion for the bomber, submarine and ICBM programs': a list item's run-in
    label names what its amount is, the words after 'for' only what that holds; a question naming every word of the
    label (`asked`: its words, their stems and concepts) asks for that item."""
    label = RUN_IN_LABEL.match((fact.citation.quote or "").replace("*", ""))
    if label is None:
        return False
    words = [word for word in normalise(label.group("label")).split() if word not in STOPWORDS]
    return bool(words) and all({word, stem(word)} & asked or lexicon.concepts([word]) & asked for word in words)
