"""Automatic fact extraction from prose: every figure-bearing statement becomes a `Fact`.

No per-document rules: a sentence's figures are found by their shape (64%, 22 of
32, 2% of GDP), their measure by the lexicon's cue words around them, their
subject by the nearest entity, and their period by the nearest year (or the
paragraph's, or the document's). People are learnt from the documents themselves
("Secretary-General Mark Rutte").
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import NamedTuple

from knowledge import domain, lexicon
from knowledge.cues import cues, fold
from knowledge.entities import entity_tables
from knowledge.lexicon import NATO_ALLIES, Mention, normalise
from knowledge.measures import SLOT_MEASURES, FigureShape, StatementShape, office_measures, slot_measure_reading
from knowledge.models import Block, Citation, Document, Fact, Unit
from knowledge.open_facts import OpenExtractor
from knowledge.paragraph_guard import ParagraphGuard
from knowledge.readers.prose import ProseDocument
from knowledge.speech import quotation_joined

EXTRACTOR_VERSION = "prose-3"  # prose-3: the open fact model

PERCENT = re.compile(r"^(\d+(?:\.\d+)?)%$")
NUMBER = re.compile(r"^\d+(?:\.\d+)?$")
YEAR = re.compile(r"^(19|20)\d\d$")
PERIOD_PREPOSITIONS = {"in", "by", "for", "during", "of", "since", "until", "through"}
MEMBER_WORDS = domain.members_concept_words()  # '32 member states', '22 of the 32 allies'

PERSON_NAME = r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})"
ROLE_PATTERN = re.compile(
    r"(?P<org>\b[A-Z][\w.]*)?\s*"  # whose office: 'NATO', 'U.S.', 'British', read through the entity list
    r"(?P<role>Secretary[- ]General|President|Prime Minister|Defen[cs]e (?:Minister|Secretary))\s+" + PERSON_NAME
)
# The measure of each office a title names, by the title as normalised ('secretary general').
OFFICE_MEASURES = {normalise(office): key for office, key in office_measures().items()}
# The measure a count's total states ('22 of NATO's 32 allies': NATO has 32).
TOTAL_MEASURE = next(key for key, slot in SLOT_MEASURES.items() if slot.counts_the_total)
VISIT_PATTERN = re.compile(
    r"\b(?:visiting|visited|travell?ing to|arrived in|trip to)\s+(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
    r"(?P<purpose>\s+for\s+[^,.;]+)?"
)
CALL_PATTERN = re.compile(
    r"\b(?:calling for|called for|calls for|call for|urging|urged|urges|pushed for|pushing for|appealed for)"
    r"\s+(?P<what>.+?)(?=[.;—]|,\s|\s+[—–-]\s|$)"
)
QUOTATION = re.compile(r"^[\"“](?P<what>[^\"”]{10,})[\"”](?P<rest>.*)$")
QUOTE_MARKS = re.compile(r"[\"“”]")
ATTRIBUTION = re.compile(
    r"\b(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:wrote|said|told|added|stated|argued|warned)\b"
)
WEEKDAY_OR_DATE = (
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|last week|"
    r"\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{1,2},?\s+\d{4}"
)
RELEASE_PATTERN = re.compile(
    r"\b(?P<what>(?:(?:annual|new|latest|final)\s+)?(?:report|statement|declaration|study|survey|review|figures))\s+"
    r"(?:was\s+|were\s+)?(?:released|published|issued|came out)\s+(?:on\s+)?(?P<when>" + WEEKDAY_OR_DATE + r")"
)
WAR_PATTERN = re.compile(
    r"\b(?P<who>[A-Z][a-z]+)['’]s\s+(?:ongoing\s+|full-scale\s+|continuing\s+)?(?:war|invasion|aggression)\s+"
    r"(?:in|of|on|against)\s+(?P<where>[A-Z][a-z]+)"
)
# The measures of worded statements (domain/legacy_measures.toml); quoted words are the open fact model's kind
# "said" too.
QUOTED = slot_measure_reading(StatementShape.QUOTATION)
SAID_KIND = "said"
RELEASED = slot_measure_reading(StatementShape.RELEASE)
WAR_MENTIONED = slot_measure_reading(StatementShape.WAR)
VISITING = slot_measure_reading(StatementShape.VISIT)
CALLED_FOR = slot_measure_reading(StatementShape.CALL)
# '3.5% of GDP goes to core defence', 'is to go to core defence', 'is to be spent on …': the part a figure is for
COMPONENT_PATTERN = re.compile(
    r"%\s+of\s+GDP\s+(?:goes|go|is|are)(?:\s+to\s+go|\s+to\s+be\s+(?:spent|used|devoted))?\s+(?:to|for|on)\s+(?P<what>[^,.;]+)"
)


@dataclass
class Figure:
    start: int  # word index
    end: int
    value: float
    unit: Unit
    total: float | None = None


@dataclass
class Context:
    """What carries from one sentence to the next inside a paragraph, and across the document."""

    paragraph_period: str | None = None
    paragraph_subject: str | None = None
    last_person: str | None = None
    last_speaker: str | None = None
    open_quotation: str | None = None  # the fact of a quotation its attribution ended ('"…," Rutte wrote.')


def fact_id(*parts: object) -> str:
    return hashlib.sha256("|".join(str(part) for part in parts).encode()).hexdigest()[:16]


def find_figures(words: list[str]) -> list[Figure]:
    figures: list[Figure] = []
    position = 0
    while position < len(words):
        word = words[position]
        following = words[position + 1 : position + 6]
        percent = PERCENT.match(word)
        if percent:
            unit = Unit.PERCENT_OF_GDP if _gdp_follows(following) else Unit.PERCENT
            figures.append(Figure(position, position + 1, float(percent.group(1)), unit))
        elif NUMBER.match(word) and following[:1] in (["percent"], ["per"]):
            span = 3 if following[:2] == ["per", "cent"] else 2
            unit = Unit.PERCENT_OF_GDP if _gdp_follows(words[position + span : position + span + 5]) else Unit.PERCENT
            figures.append(Figure(position, position + span, float(word), unit))
            position += span - 1
        elif NUMBER.match(word) and not YEAR.match(word):
            count = _count_of_total(words, position)
            if count:
                figures.append(count)
                position = count.end - 1
            elif following[:1] and following[0] in MEMBER_WORDS:
                figures.append(Figure(position, position + 1, float(word), Unit.COUNT))
        position += 1
    return figures


def _gdp_follows(words: list[str]) -> bool:
    return "gdp" in words or "gross" in words


def _count_of_total(words: list[str], position: int) -> Figure | None:
    """'22 of NATO's 32 member states', '22 of the 32 allies', '22 out of 32'."""
    rest = words[position + 1 : position + 6]
    if not rest or rest[0] not in {"of", "out"}:
        return None
    for offset, word in enumerate(rest[1:], start=1):
        if NUMBER.match(word):
            after = words[position + 1 + offset + 1 : position + 1 + offset + 3]
            if any(member in MEMBER_WORDS for member in after) or not after:
                end = position + 1 + offset + 1 + (1 if after and after[0] in MEMBER_WORDS else 0)
                return Figure(position, end, float(words[position]), Unit.COUNT, total=float(word))
            return None
        if word not in {"the", "its", "all", "of"} and word not in domain.alliance_words():
            return None
    return None


def _window(words: list[str], figures: list[Figure], index: int, reach: int = 12) -> tuple[int, int]:
    figure = figures[index]
    left_bound = figures[index - 1].end if index > 0 else 0
    right_bound = figures[index + 1].start if index + 1 < len(figures) else len(words)
    return max(left_bound, figure.start - reach), min(right_bound, figure.end + reach)


def _shape(figure: Figure) -> FigureShape:
    if figure.unit is Unit.PERCENT_OF_GDP:
        return FigureShape.PERCENT_OF_GDP
    if figure.unit is Unit.PERCENT:
        return FigureShape.PERCENT
    return FigureShape.COUNT if figure.total is None else FigureShape.COUNT_OF_TOTAL


def _measure_for(
    figure: Figure, cues: set[str], words: list[str], window: tuple[int, int], sentence: str
) -> str | None:
    """The first measure of domain/legacy_measures.toml whose figures have this one's shape and cues."""
    shape = _shape(figure)
    names_a_part = COMPONENT_PATTERN.search(sentence) is not None
    window_words = words[window[0] : window[1]]
    before = words[figure.start - 1] if figure.start > 0 else ""
    return next(
        (
            key
            for key, slot in SLOT_MEASURES.items()
            if slot.figure is shape and slot.reads(cues, window_words, names_a_part, before)
        ),
        None,
    )


def _subject_for(figure: Figure, mentions: list[Mention], window: tuple[int, int], words: list[str]) -> str | None:
    if figure.total is not None:
        return NATO_ALLIES
    groups = [
        m
        for m in mentions
        if lexicon.entities_by_name().get(m.target) is None
        or lexicon.entities_by_name()[m.target].kind is not lexicon.EntityKind.PERSON
    ]
    after = [m for m in groups if figure.end <= m.start < window[1] and words[m.start - 1] in {"by", "from"}]
    if after:
        return after[0].target
    before = [m for m in groups if window[0] <= m.start < figure.start]
    if before:
        return before[-1].target
    later = [m for m in groups if figure.end <= m.start < window[1]]
    return later[0].target if later else None


def _period_for(words: list[str], window: tuple[int, int]) -> tuple[str | None, bool]:
    """The period a figure is stated for, and whether it was a deadline ('by 2035')."""
    years = [
        (index, words[index - 1] == "by")
        for index in range(window[0], window[1])
        if YEAR.match(words[index]) and index > 0 and words[index - 1] in PERIOD_PREPOSITIONS
    ]
    deadlines = [index for index, deadline in years if deadline]
    if deadlines:
        return words[deadlines[0]], True
    if years:
        return words[years[0][0]], False
    return None, False


def _organisation(word: str) -> str | None:
    """Whose office a title before a name is ('NATO Secretary-General', 'U.S. President'): an entity's name."""
    tables = entity_tables()
    return tables.exact.get(word) or tables.folded.get(tuple(normalise(word).split())) if word else None


def _people(text: str) -> dict[str, str]:
    people: dict[str, str] = {}
    for match in ROLE_PATTERN.finditer(text):
        name = " ".join(match.group("name").split())
        people[normalise(name)] = name
        people[normalise(name.split()[-1])] = name
    return people


class Extractor:
    def __init__(self, document: Document, prose: ProseDocument) -> None:
        self.document = document
        self.prose = prose
        self.people = _people(prose.text)
        self.people_table = {tuple(alias.split()): name for alias, name in self.people.items()}
        self.facts: dict[str, Fact] = {}
        self.guard = ParagraphGuard(document)

    def run(self) -> list[Fact]:
        for block in self.prose.blocks:
            if not block.noise:
                self.guard.read(block, self._paragraph)
        return list(self.facts.values())

    def _paragraph(self, block: Block) -> None:
        context = Context()
        for number, span in enumerate(block.sentences, start=1):
            sentence = self.prose.quote(span)
            citation = Citation(
                document=self.document.id,
                locator=f"paragraph {block.index}, sentence {number}",
                quote=sentence,
                span=span,
            )
            people = [m.target for m in lexicon.find_mentions(normalise(sentence).split(), self.people_table)]
            if people:
                context.last_person = people[0]
            self._figures(sentence, citation, context, people)
            self._statements(sentence, citation, context, people)

    def _add(self, citation: Citation, **fields: object) -> str:
        key = fact_id(
            self.document.id,
            fields["subject"],
            fields["measure"],
            fields.get("period"),
            fields.get("value"),
            fields.get("text"),
            fields.get("qualifiers"),
        )
        fact = Fact(id=key, citation=citation, **fields)  # type: ignore[arg-type]
        self.facts.setdefault(key, fact)
        return key

    def _figures(self, sentence: str, citation: Citation, context: Context, people: list[str]) -> None:
        words = normalise(sentence).split()
        figures = find_figures(words)
        mentions = lexicon.find_mentions(words, lexicon.entity_aliases())
        for index, figure in enumerate(figures):
            window = _window(words, figures, index)
            window_words = words[window[0] : window[1]]
            cues = lexicon.concepts(window_words)
            measure = _measure_for(figure, cues, words, window, sentence)
            if measure is None:
                continue
            slot = SLOT_MEASURES[measure]
            stated_subject = _subject_for(figure, mentions, window, words)
            if slot.needs_contributor and stated_subject in (None, NATO_ALLIES):
                continue
            if stated_subject is None and domain.names_a_goal(words, figure.end):
                continue  # 'capitals put money behind the 5% pledge': the goal named, not stated, and by no one
            inherited = context.paragraph_subject if slot.inherits_subject else None
            subject = stated_subject or inherited or NATO_ALLIES
            period, deadline = _period_for(words, window)
            qualifiers = self._qualifiers(words, figure, window, cues, people, deadline, sentence)
            if period is None and slot.dated_by_context:
                period = context.paragraph_period or self.document.default_period
            if period is None and slot.current_when & set(window_words):
                period = "current"
            if slot.gives_subject:
                context.paragraph_subject = subject
            if period and slot.dates_the_paragraph:
                context.paragraph_period = period
            self._add(
                citation,
                subject=subject,
                measure=measure,
                value=figure.value,
                total=figure.total,
                unit=figure.unit,
                period=period,
                estimate=any(word.startswith("estimat") for word in words[max(0, figure.start - 3) : figure.start]),
                qualifiers=qualifiers,
            )
            if figure.total is not None:
                self._add(
                    citation,
                    subject=NATO_ALLIES,
                    measure=TOTAL_MEASURE,
                    value=figure.total,
                    unit=Unit.COUNT,
                    period="current",
                )

    def _qualifiers(
        self,
        words: list[str],
        figure: Figure,
        window: tuple[int, int],
        cues: set[str],
        people: list[str],
        deadline: bool,
        sentence: str,
    ) -> tuple[str, ...]:
        qualifiers: list[str] = []
        before = words[max(window[0], figure.start - 3) : figure.start]
        if "least" in before:
            qualifiers.append("at least")
        particle = figure.start >= 3 and words[figure.start - 3] in _particle_verbs()  # 'signed up to 5%'
        if before[-2:] == ["up", "to"] and not particle:
            qualifiers.append("up to")
        if deadline:
            qualifiers.append("deadline")
        if {"committed", "pledged", "agreed"} & set(words[window[0] : figure.start]):
            qualifiers.append("agreed")
        if figure.unit is Unit.PERCENT_OF_GDP:
            component = COMPONENT_PATTERN.search(sentence)
            if component:
                qualifiers.append(f"for {component.group('what').strip()}")
            if people and "proposal" in lexicon.concepts(words):
                qualifiers.append(f"proposed by {self._titled(people[0], sentence)}")
            if "current" in words[window[0] : window[1]]:
                qualifiers.append("current")
            if {"replaces", "replaced", "replace"} & set(words) and words.index(
                next(w for w in words if w.startswith("replace"))
            ) < figure.start:
                qualifiers.append("replaced")
        return tuple(qualifiers)

    @staticmethod
    def _titled(name: str, sentence: str) -> str:
        for match in ROLE_PATTERN.finditer(sentence):
            if " ".join(match.group("name").split()) == name:
                return " ".join(match.group(0).split())
        return name

    def _country(self, name: str) -> str:
        mentions = lexicon.find_mentions(normalise(name).split(), lexicon.entity_aliases())
        return mentions[0].target if mentions else name

    def _events(self, sentence: str, citation: Citation, context: Context, people: list[str]) -> None:
        """Releases and wars: dated or named events people ask about."""
        for match in RELEASE_PATTERN.finditer(sentence):
            author = (f"by {people[0]}",) if people else ()
            self._add(
                citation,
                subject=NATO_ALLIES,
                measure=RELEASED,
                unit=Unit.TEXT,
                text=match.group("when"),
                qualifiers=(match.group("what"), *author),
            )
        for match in WAR_PATTERN.finditer(sentence):
            where = self._country(match.group("where"))
            self._add(
                citation,
                subject=self._country(match.group("who")),
                measure=WAR_MENTIONED,
                unit=Unit.TEXT,
                text=f"{match.group('who')}'s war in {match.group('where')}",
                qualifiers=(where,),
            )

    def _quotation(self, sentence: str, citation: Citation, context: Context) -> None:
        """A quoted sentence: attributed in the sentence ('…, Rutte wrote') or to the paragraph's last speaker; a bare
        one right after a quotation its attribution ended ('"…," Rutte wrote. "To do so, …"') goes on saying it."""
        quotation = QUOTATION.match(sentence.strip())
        opened, context.open_quotation = context.open_quotation, None
        if not quotation:
            context.last_speaker = None
            return
        rest = quotation.group("rest")
        attribution = ATTRIBUTION.search(rest)
        speaker = None
        if attribution:
            speaker = self.people.get(normalise(attribution.group("who")))
        speaker = speaker or context.last_speaker
        if not speaker:
            return
        context.last_speaker = speaker
        what = quotation.group("what").strip().rstrip(",")
        going_on = opened if not rest.strip() else None
        joined = quotation_joined(self.facts, going_on, citation, what.rstrip("."), self.prose.text)
        if joined is not None:
            citation, what = joined
        key = self._add(citation, subject=speaker, measure=QUOTED, unit=Unit.TEXT, text=what)
        if attribution and not QUOTE_MARKS.search(rest):
            context.open_quotation = key

    def _statements(self, sentence: str, citation: Citation, context: Context, people: list[str]) -> None:
        self._events(sentence, citation, context, people)
        self._quotation(sentence, citation, context)
        for match in ROLE_PATTERN.finditer(sentence):
            role = " ".join(match.group("role").replace("-", " ").split()).lower()
            measure = OFFICE_MEASURES.get(role)
            organisation = _organisation(match.group("org") or "")
            if measure and organisation:
                self._add(
                    citation,
                    subject=organisation,
                    measure=measure,
                    unit=Unit.TEXT,
                    text=" ".join(match.group("name").split()),
                    period="current",
                )
        person = people[0] if people else context.last_person
        if person is None:
            return
        for match in VISIT_PATTERN.finditer(sentence):
            purpose = (match.group("purpose") or "").strip()
            self._add(
                citation,
                subject=person,
                measure=VISITING,
                unit=Unit.TEXT,
                text=match.group("place"),
                qualifiers=(purpose,) if purpose else (),
                period="current",
            )
        for match in CALL_PATTERN.finditer(sentence):
            what = match.group("what").strip()
            if len(what.split()) >= 2:
                self._add(
                    citation,
                    subject=person,
                    measure=slot_measure_reading(StatementShape.CALL),
                    unit=Unit.TEXT,
                    text=what,
                )


def _says(sentence: str, phrases: tuple[str, ...]) -> bool:
    words = f" {' '.join(fold(word) for word in normalise(sentence).replace('-', ' ').split())} "
    return any(f" {phrase} " in words for phrase in phrases)


def _particle_verbs() -> frozenset[str]:
    """The verbs whose 'up' is no bound's ('signed up to 5%'; data: bound_particle_verbs)."""
    return cues().bound_particle_verbs


def _same_statement(legacy: Fact, open_fact: Fact) -> bool:
    """The open model reads the sentence as the slot fact does: same figure, subject and kind of measure,
    and the sentence words the slot's statement ("in real terms", "of total alliance expenditure") true."""
    reading = SLOT_MEASURES.get(legacy.measure)
    sentence = open_fact.citation.quote
    return (
        legacy.citation.span == open_fact.citation.span
        and legacy.value == open_fact.value
        and legacy.subject == open_fact.subject
        and reading is not None
        and open_fact.measure_kind in reading.kinds
        and (not reading.qualifiers or bool(set(reading.qualifiers) & set(open_fact.qualifiers)))
        and (not reading.sentence_has or _says(sentence, reading.sentence_has))
        and not _says(sentence, reading.sentence_lacks)
        # and its period the open model's: 'In 2014 … only three …; only in 2024 did 23 of the 32 allies' is
        # not '23 of 32 met the target in 2014'
        and (not reading.same_period or not legacy.period or not open_fact.period or legacy.period == open_fact.period)
    )


YEAR_WRITTEN = re.compile(r"\b(?:19|20)\d\d\b")
# Words before an earlier value of a figure ('up from 11 Allies in 2023'), as the open model reads them (cues.toml).
EARLIER_VALUE_WORDS = tuple(" ".join(fold(word) for word in phrase.split()) for phrase in cues().raw.restated_from)


class Extraction(NamedTuple):
    facts: list[Fact]
    unread: list[int]  # paragraphs a reader could not read (logged), left out


def extract_facts(document: Document, prose: ProseDocument) -> Extraction:
    """The open fact model's facts; where the slot extractor states the same figure of the same subject in
    the same sentence, its fact (with its measure key, which the current engine answers from) carries the
    open model's words and kind instead. A slot fact the open model does not confirm is dropped: it put a
    figure on a subject or measure the sentence does not support."""
    slot_reader, open_reader = Extractor(document, prose), OpenExtractor(document, prose)
    legacy = slot_reader.run()
    open_facts = open_reader.run()
    unread = sorted(set(slot_reader.guard.unread) | set(open_reader.guard.unread))
    return Extraction(_merged(legacy, open_facts), unread)


def _merged(legacy: list[Fact], open_facts: list[Fact]) -> list[Fact]:
    facts = [
        fact.model_copy(update={"measure_kind": SAID_KIND}) if fact.measure == QUOTED else fact
        for fact in legacy
        if fact.value is None
    ]
    confirmed: set[str] = set()
    for fact in legacy:
        if fact.value is None:
            continue
        match = next((o for o in open_facts if o.id not in confirmed and _same_statement(fact, o)), None)
        if match is None or match.is_claim:
            continue  # a claim is kept as the open model reads it: no measure of the current engine states it
        confirmed.add(match.id)
        facts.append(
            fact.model_copy(
                update={
                    "measure_text": match.measure_text,
                    "measure_kind": match.measure_kind,
                    "recognised": match.recognised,
                    "cited_source": match.cited_source,
                    # A period the sentence states wins; one the open model only guessed fills a gap only.
                    "period": match.period if match.period and (match.recognised or not fact.period) else fact.period,
                }
            )
        )
    said = {fact.citation.span for fact in legacy if fact.measure == QUOTED}
    counted = [fact for fact in facts if fact.total is not None and fact.measure in SLOT_MEASURES]
    facts.extend(
        _earlier_value_of(fact, counted)
        for fact in open_facts
        if fact.id not in confirmed and not (fact.measure_kind == SAID_KIND and fact.citation.span in said)
    )
    return facts


def _earlier_value_of(fact: Fact, counted: list[Fact]) -> Fact:
    """'23 of 32 Allies met the guideline in 2024, up from 11 Allies in 2023 and just 3 in 2014': a count after the
    words restating an earlier value ('up from', 'compared with') of a count the slot reader measured, in the same
    sentence, of the same subject and of an earlier year, is the same measure then."""
    if fact.measure_kind != "count" or not fact.period or not YEAR_WRITTEN.search(fact.measure_text or ""):
        return fact  # 'compared with only three a decade earlier': a year reckoned, less sure, stays the open count
    quote = fact.citation.quote
    for count in counted:
        later = bool(count.period) and fact.period.isdigit() and (count.period or "") > fact.period
        if not (later and count.citation.span == fact.citation.span and count.subject == fact.subject):
            continue
        start = quote.find(count.measure_text or "\0")
        at = quote.find(fact.measure_text)
        after = quote[start + len(count.measure_text or "") : at + len(fact.measure_text)] if 0 <= start < at else ""
        if fact.value < (count.total or 0) and _says(after, EARLIER_VALUE_WORDS):
            return fact.model_copy(update={"measure": count.measure})
    return fact
