"""Figures that are someone's claim, or that the text denies, read apart from the subject's own figures.

A fact-check states the figure it tests before the figures it finds: '**Claim:** A senator said that "taxpayers
foot 70% of the bills"', then '**Verdict: Misleading.** … the 70% figure matches neither measure', and 'The UK
spends roughly 2.3% of GDP, not 3%'. The 70% is the senator's claim, never the United States' share; the 3% is
denied, no one's figure at all. So:

- a figure in a paragraph labelled as a claim ('Claim:'), or after a claiming verb ('X claimed that …'), is a claim;
- a figure of the same subject and value as a claim, in its section's verdict or in quotation marks, restates it;
- a quoted figure someone said (or a heading that is only a quotation), in a section that rates it ('Verdict:') or
  denies that figure, is a claim; so is a figure someone said, quoted or not, when the next sentence opens with a
  verdict ('That is false');
- a figure right after a negator ('not 3%', 'rather than 3%', 'instead of 3%') is denied, and dropped;
- a figure a correction notice withdraws ('An earlier version of this story said … 19.7%') is a claim, what the
  earlier version said; the figure correcting it ('The correct figure is 17.9%') is of what it was of.

A claim stays a fact, with the qualifier "claim" and quoted in its own words (`recognised` false): it answers only
a question asking what was claimed (or, quoted whole in words, what was said), shown with the verdict its document
gives on it (`knowledge.ask.statements.StatementFinder.verdict_on`). The cue words are data (`domain/cues.toml`,
`[claims]`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache

from knowledge.cues import Phrases, cues, fold
from knowledge.doc_context import Heading
from knowledge.figures import Figure, FigureKind
from knowledge.models import CLAIM, Block, Citation, Fact, Span
from knowledge.open_reading import OpenReading, fact_id
from knowledge.sentence import SentenceReader, Stated
from knowledge.sentence_labels import LABEL_END
from knowledge.speech import bare_quotation

LABEL = re.compile(r"^[\W_]*(?P<label>[^\W\d_](?:[^\W\d_]|[ '’]){0,30}?)[\W_]*:")
LABEL_MAX_WORDS = 3
# a sentence broken off by a dash: '… has us at about 1.4 percent—'
CUT_OFF = re.compile(r"(?:[—–]|--)[\s*]*$")
VERDICT_REACH = 5  # words opening a sentence that rate the one before it ('That is false', 'This claim is wrong')
Said = tuple[Span, str, float]  # a figure someone said: its sentence, subject and value


@dataclass(frozen=True)
class Correction:
    """A sentence of a correction notice: the facts known before it was read, where the figures it withdraws start,
    and where the ones correcting them start (its length when none do)."""

    known: frozenset[str]
    start: int
    correcting: int

    def corrects(self, figure: Figure) -> bool:
        return figure.start >= self.correcting


@dataclass
class Section:
    """What the claims of one section share: the figures claimed, denied and quoted, and whether it rates them."""

    heading: Heading | None = None
    claimed: set[tuple[str, float]] = field(default_factory=set)  # (subject, value)
    denied: set[float] = field(default_factory=set)
    quoted: list[Said] = field(default_factory=list)  # figures said in quotation marks
    rated: bool = False


def paragraph_label(text: str) -> tuple[str, ...]:
    """'**Claim:** A senator said …' -> ('claim',): the folded words of a short label opening a paragraph."""
    match = LABEL.match(text)
    if not match:
        return ()
    words = tuple(fold(word) for word in match.group("label").split())
    return words if len(words) <= LABEL_MAX_WORDS else ()


class Claims(OpenReading):
    """The claims and denied figures of a document, and the facts they leave."""

    def _claims_start(self) -> None:
        self.sections: list[Section] = [Section()]
        self.paragraph_claims = False  # the paragraph is labelled as a claim
        self.paragraph_rates = False  # the paragraph is labelled as a verdict on its section's claim
        self.paragraph_corrects = False  # the paragraph is labelled as a correction ('CORRECTION: …')
        self.said_now: list[Said] = []  # the figures the sentence read says someone said
        self.said_before: list[Said] = []  # and the sentence before it
        self.withdrawn: list[tuple[FigureKind, Fact]] = []  # facts a correction withdrew, waiting for their correction
        self.cut_off: list[tuple[FigureKind, str]] = []  # a figure a speaker was cut off after, waiting to be restated

    def _claims_enter(self, block: Block) -> None:
        """A new paragraph: a new section under a new heading; its label says whether it is a claim or a verdict."""
        table = cues().raw.claims
        if self.context.heading is not self.sections[-1].heading:
            if _rates_the_section_before(self.context.heading, table.verdict_labels):
                # '## Claim 3', the claim quoted, then '**Verdict: MISLEADING**' set on a line of its own (read as a
                # heading): the verdict's lines go on rating the claim's section
                self.sections[-1].heading = self.context.heading
                self.sections[-1].rated = True
            else:
                self.sections.append(Section(self.context.heading))
                self.said_before = []
        label = paragraph_label(self.prose.text[block.span.start : block.span.end])
        self.paragraph_claims = bool(label) and " ".join(label) in table.labels
        self.paragraph_rates = bool(label) and " ".join(label) in table.verdict_labels
        opening = self.prose.text[block.span.start : block.span.end].lstrip(" >*_#").split(maxsplit=1)
        self.paragraph_corrects = bool(opening) and fold(opening[0].rstrip(":,.")) in table.correction_labels
        self.sections[-1].rated |= self.paragraph_rates

    def _denied(self, reader: SentenceReader, figure: Figure) -> bool:
        """'roughly 2.3% of GDP, not 3%': a figure right after a negator (never a year: 'rather than in 2032')."""
        if figure.kind is FigureKind.YEAR:
            return False
        denied = _negators().ending_at(reader.words, figure.start) > 0
        if denied:
            self.sections[-1].denied.add(figure.value)
        return denied

    def _as_claimed(self, reader: SentenceReader, stated: Stated, subject: str, span: Span) -> Stated:
        """The statement as a claim when it is one (see the module's rules), else as it is."""
        figure = stated.figure
        if figure.kind is FigureKind.YEAR:
            return stated
        section = self.sections[-1]
        quoted = reader.quotation_of(figure.start) is not None
        restated = (self.paragraph_rates or quoted) and (subject, figure.value) in section.claimed
        if not (self.paragraph_claims or restated or _verbs().within(reader.words, 0, figure.start)):
            if quoted and (_said(reader.words) or bare_quotation(reader.text)):
                section.quoted.append((span, subject, figure.value))
            if quoted or _said(reader.words[: figure.start]):
                self.said_now.append((span, subject, figure.value))
            return stated
        section.claimed.add((subject, figure.value))
        return replace(stated, qualifiers=[*stated.qualifiers, CLAIM], recognised=False)

    def _claims_sentence_end(self, reader: SentenceReader) -> None:
        """'A senator said Americans pay 70% of NATO's bills. That is false: …': a sentence opening with a verdict
        rates what the sentence before it says someone said."""
        if _verdict_words().within(reader.words, 0, VERDICT_REACH):
            for said in self.said_before:
                self._mark_claimed(said)
        self.said_before, self.said_now = self.said_now, []

    def _claims_end(self) -> None:
        """A quoted figure someone said, in a section that rates it or denies it: a claim too."""
        for section in self.sections:
            for said in section.quoted:
                if section.rated or said[2] in section.denied:
                    self._mark_claimed(said)

    def _correction(self, reader: SentenceReader) -> Correction | None:
        """'An earlier version … said Canada spent 1.73% of GDP in 2024; the correct NATO estimate is 1.37%': where a
        sentence withdraws figures an earlier version said (from its superseding words, or from its start in a
        paragraph labelled a correction) and where the figures correcting them start; None when it does neither."""
        words = reader.words
        superseded = _first(superseded_phrases(), words, 0)
        correcting = _first(_correcting(), words, superseded or 0)
        if superseded is None and correcting is not None and (self.paragraph_corrects or self.withdrawn):
            superseded = 0 if self.paragraph_corrects else correcting
        if superseded is None:
            return self._restating_a_cut_off(reader)
        return Correction(frozenset(self.facts), superseded, len(words) if correcting is None else correcting)

    def _restating_a_cut_off(self, reader: SentenceReader) -> Correction | None:
        """'… NATO's own estimate has us at about 1.4 percent—', an interjection ('It is 1.37!'), then 'It is 1.37
        percent.': the first sentence after a figure cut off that says a figure of its kind, opening on words
        restating it (data: restated_after_cut_off), corrects it — the cut-off figure is only what was said; one
        saying another figure first leaves it standing. A sentence saying no figure waits with it."""
        if not reader.values:
            return None
        cut_off, self.cut_off = self.cut_off, []
        words = reader.words
        first = reader.values[0]
        opening = words.index(LABEL_END) + 1 if LABEL_END in words[: first.start] else 0
        restating = _restating().starting_at(words, opening)
        if not cut_off or not restating or first.start != opening + restating:
            return None
        kinds = {kind for kind, _ in cut_off}
        if first.kind not in kinds:
            return None
        for kind, key in cut_off:
            fact = self.facts[key]
            self.facts[key] = as_claim(fact)
            self.withdrawn.append((kind, fact))
        return Correction(frozenset(self.facts), first.start, first.start)

    def _note_cut_off(self, reader: SentenceReader, citation: Citation) -> None:
        """'… has us at about 1.4 percent—', in a speaker's turn: a sentence broken off by a dash right after its
        last figure leaves that figure's facts waiting for whether the next figure said restates it."""
        if not (self.turn_open and reader.values and CUT_OFF.search(reader.text)):
            return
        last = reader.values[-1]
        if last.end != len(reader.words) - 1:
            return
        self.cut_off = [
            (last.kind, key)
            for key, fact in self.facts.items()
            if fact.citation.span == citation.span and fact.value == last.value
        ]

    def _withdraw_and_correct(self, reader: SentenceReader, correction: Correction | None, citation: Citation) -> None:
        """The facts a sentence stated from figures it withdraws are what an earlier version said — claims, never the
        subject's figures; each figure correcting them (in that sentence or the next) is of what the withdrawn
        figure of its kind (a percentage, an amount) it replaces was of: its subject, measure and period."""
        if correction is None:
            return
        withdrawn = {f.value: f.kind for f in reader.figures if correction.start <= f.start < correction.correcting}
        for key in [key for key in self.facts if key not in correction.known]:
            fact = self.facts[key]
            if fact.value is not None and fact.value in withdrawn:
                self.facts[key] = as_claim(fact)
                self.withdrawn.append((withdrawn[fact.value], fact))
                self._withdraw_said_earlier(fact, correction.known)
        if correction.correcting < len(reader.words):
            for figure in [f for f in reader.values if f.start >= correction.correcting]:
                self._correct(reader, figure, citation)
            self.withdrawn = []

    def _withdraw_said_earlier(self, withdrawn: Fact, known: frozenset[str]) -> None:
        """'Earlier I said four allies were at 2% in 2014': the same figure the text stated before (of the same
        subject, kind and period) is the one withdrawn, no longer the subject's."""
        for key in known & self.facts.keys():
            fact = self.facts[key]
            same = (fact.subject, fact.value, fact.measure_kind, fact.period)
            if same == (withdrawn.subject, withdrawn.value, withdrawn.measure_kind, withdrawn.period):
                self.facts[key] = as_claim(fact)

    def _correct(self, reader: SentenceReader, figure: Figure, citation: Citation) -> None:
        replaced = next((fact for kind, fact in self.withdrawn if kind is figure.kind), None)
        if replaced is None:
            return
        self.withdrawn = [(kind, fact) for kind, fact in self.withdrawn if fact is not replaced]
        text = reader.text[reader.tokens[figure.start].start : reader.tokens[figure.end - 1].end]
        key = fact_id(self.document.id, citation.span, figure.start, replaced.subject, replaced.measure, figure.value)
        measure_text = replaced.measure_text.replace(replaced.text, text) if replaced.measure_text else text
        update = {"id": key, "value": figure.value, "text": text, "citation": citation, "measure_text": measure_text}
        self.facts.setdefault(key, replaced.model_copy(update=update))

    def _mark_claimed(self, said: Said) -> None:
        span, subject, value = said
        for key, fact in self.facts.items():
            if fact.citation.span == span and fact.subject == subject and fact.value == value:
                self.facts[key] = as_claim(fact)


def _rates_the_section_before(heading: Heading | None, verdict_labels: Iterable[str]) -> bool:
    """A heading that is only a verdict's label and its rating ('Verdict: FALSE'), after a section of its own."""
    return heading is not None and " ".join(paragraph_label(heading.text)) in verdict_labels


def as_claim(fact: Fact) -> Fact:
    qualifiers = fact.qualifiers if fact.is_claim else (*fact.qualifiers, CLAIM)
    return fact.model_copy(update={"qualifiers": qualifiers, "recognised": False})


def labelled_a_claim(text: str) -> bool:
    """'**Claim:** A senator said …'"""
    return " ".join(paragraph_label(text)) in cues().raw.claims.labels


def labelled_a_verdict(text: str) -> bool:
    """'**Verdict: Misleading.** The US is …'"""
    return " ".join(paragraph_label(text)) in cues().raw.claims.verdict_labels


def asks_a_claim(words: Iterable[str]) -> bool:
    """'What did the senator claim?': a question in the words of claiming asks what was claimed."""
    return any(fold(word) in _claim_question_words() for word in words)


def asks_what_was_said(words: Iterable[str]) -> bool:
    """'What did the minister say about Germany?': a claim's sentence quoted whole, who said it with it, answers."""
    said = cues().raw.claims.said_question_words
    return any(fold(word) in _claim_question_words() or fold(word) in said for word in words)


@cache
def _claim_question_words() -> frozenset[str]:
    return frozenset(fold(word) for word in cues().raw.claims.question_words)


def _said(words: list[str]) -> bool:
    return any(word in _speech_verbs() for word in words)


@cache
def _speech_verbs() -> frozenset[str]:
    return frozenset(fold(verb) for verb in cues().raw.speech_verbs)


def _first(phrases: Phrases, words: list[str], start: int) -> int | None:
    """Where the first of the phrases starts in words from `start`, if one does."""
    return next((at for at in range(start, len(words)) if phrases.starting_at(words, at)), None)


@cache
def superseded_phrases() -> Phrases:
    """The words introducing a figure the text withdraws ('an earlier version … said'), read by the verifier too."""
    return Phrases(cues().raw.claims.superseded)


@cache
def _correcting() -> Phrases:
    return Phrases(cues().raw.claims.correcting)


@cache
def _restating() -> Phrases:
    return Phrases(cues().raw.claims.restated_after_cut_off)


@cache
def _negators() -> Phrases:
    return Phrases(cues().raw.claims.negators)


@cache
def _verdict_words() -> Phrases:
    return Phrases(cues().raw.claims.verdict_words)


@cache
def _verbs() -> Phrases:
    return Phrases(cues().raw.claims.verbs)
