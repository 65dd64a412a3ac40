"""Rendering: a handler's draft becomes the cited Markdown `Answer` — statements with their citations,
'sources differ' lines, the timeline of agreed targets and quotes with their figures in bold."""

from __future__ import annotations

import re
from collections.abc import Iterable

from knowledge import domain, phrasing
from knowledge.ask.dates import (
    DATE_EXPRESSION,
    days_without_year,
    in_the_documents_year,
    month_in_the_documents_year,
    months_without_year,
)
from knowledge.ask.index import FactIndex, is_proposal
from knowledge.ask.sentences import Sentence
from knowledge.ask.types import Derived, Draft, Reply
from knowledge.measures import MeasureRole, measure_in_role
from knowledge.models import Answer, AnswerCitation, Band, Fact
from knowledge.number_style import GROUPING_SPACES

WHOLE_NUMBER = re.compile(r"(\d{1,3}(?:,?\d{3})+)((?:\.\d+)?)")
GROUPING = f"[,{GROUPING_SPACES}]?"  # a thousands mark as a text may write it: a comma, a space of some width, none


def plain(markdown: str) -> str:
    return markdown.replace("**", "")


def unique(facts: Iterable[Fact]) -> list[Fact]:
    return list({fact.id: fact for fact in facts}.values())


def unique_citations(citations: Iterable[AnswerCitation]) -> list[AnswerCitation]:
    return list({(c.document, c.locator): c for c in citations}.values())


SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+")
NUMBERED_SENTENCE = re.compile(r"sentence (\d+)$")
MAX_LEAD = 300  # characters of a sentence before worth quoting for whom a pronoun means


class Renderer:
    def __init__(self, index: FactIndex, texts: dict[str, str] | None = None) -> None:
        self.index = index
        self.documents = index.documents
        self.texts = texts or {}  # the prose documents' text: a quote's sentence before it

    def finish(self, reply: Reply) -> Answer:
        return self.answer(reply) if isinstance(reply, Draft) else reply

    def answer(self, draft: Draft) -> Answer:
        """An answer stating figures: every fact it uses is cited."""
        return Answer(
            question=draft.question,
            answered=True,
            band=Band.ANSWER,
            answer="\n".join(draft.lines),
            headline=draft.headline[:256],
            confidence=round(draft.confidence, 3),
            facts=draft.facts,
            citations=unique_citations(
                phrasing.citation_of(fact, self.documents[fact.citation.document])
                for fact in (*(draft.facts if draft.cited is None else draft.cited), *draft.beside)
            ),
            beside=draft.beside,
            values=draft.values,
            calculation=draft.calculation,
            operation=draft.operation,
            percent_result=draft.percent_result,
            uncovered=draft.uncovered or [],
            yes_no=draft.yes_no,
            conditions=draft.conditions or [],
        )

    def sentence(
        self,
        question: str,
        sentence: Sentence,
        facts: list[Fact],
        *,
        dates: bool = False,
        held: bool | None = None,
        about: tuple[str, ...] = (),
        speaker: str | None = None,
        host: str | None = None,
    ) -> Answer:
        """A question answered in words: the sentence as written, with its document, date and place; `facts`, the
        figures the sentence states, are its cited facts; `dates` when a time is asked: the dates it states in
        bold, and their numbers among the answer's figures; `held`: whether it says what a yes or no question
        claims ('**No** — “… not even the U.S. meets …”'), said of `about`, whom the question asks it of, by the
        names the question knows them by (the sentence may name them otherwise: 'U.S.'); `speaker`: who said it, when
        that is what the question asks ('who said allies need a quantum leap?'), by the full name the documents give
        ('**Mark Rutte**', though the sentence says 'Rutte wrote'); `host`: the country of the town it holds a
        gathering in, when which country hosted it is asked."""
        document = self.documents[sentence.document]
        dated = f", {document.published}" if document.published else ""
        title = phrasing.escape(document.title)
        said = phrasing.escape(sentence.text)
        stated_dates = DATE_EXPRESSION.findall(sentence.text) if dates else []
        if dates:  # each date once, in one pass: a year inside a date already in bold is not bolded again
            said = DATE_EXPRESSION.sub(lambda found: f"**{found.group(0)}**", said)
        text = f"“{said}” — *{title}*{dated}, {sentence.locator}"
        if held is not None:
            whom = f", for {' and '.join(phrasing.subject_phrase(name) for name in about)}" if about else ""
            text = f"**{'Yes' if held else 'No'}**{whom} — {text}"
        if speaker is not None:
            text = f"**{phrasing.escape(speaker)}** — {text}"
        if host is not None:  # 'which country hosted the summit?': the country of the town the sentence names
            text = f"**{phrasing.subject_phrase(host)}** — {text}"
        date_numbers = [float(number) for expression in stated_dates for number in re.findall(r"\d+", expression)]
        # a day the sentence gives no year is stated whole, in its document's year ('April 1' of a 2025 wire)
        # and so is a month named alone ('adopted in June' in a release of October 2024)
        wholes = [
            *(in_the_documents_year(day, document.published) for day in days_without_year(sentence.text)),
            *(month_in_the_documents_year(month, document.published) for month in months_without_year(sentence.text)),
        ]
        for whole in dict.fromkeys(wholes if dates else []):
            if whole is not None:
                text += f"\n**{whole}** — the year of the document ({document.published})."
                date_numbers.append(float(whole[-4:]))
        citation = AnswerCitation(
            document=document.id, title=document.title, locator=sentence.locator, quote=sentence.text
        )
        return Answer(
            question=question,
            answered=True,
            band=Band.ANSWER,
            answer=text,
            confidence=0.6,
            citations=[citation],
            facts=facts,
            values=[*(fact.value for fact in facts if fact.value is not None), *date_numbers],
        )

    def cite(self, fact: Fact) -> str:
        return phrasing.cite(fact, self.documents[fact.citation.document])

    def state_facts(self, facts: list[Fact], lines: list[str], *, bullets: bool) -> None:
        for fact in facts:
            document = self.documents[fact.citation.document]
            lines.append(f"{'• ' if bullets else ''}{phrasing.statement(fact)}{phrasing.cite(fact, document)}")

    def sources_differ(self, derived: Derived, other: Derived) -> str:
        first = self.documents[derived.facts[0].citation.document]
        second = self.documents[other.facts[0].citation.document]
        newer = max((first, second), key=lambda document: document.published or "")
        return (
            f"**Sources differ:** *{phrasing.escape(second.title)}* ({second.published or 'undated'}) gives "
            f"**{other.headline}** ({other.calculation}); the figure above is from "
            f"*{phrasing.escape(first.title)}* ({first.published or 'undated'}). "
            f"The newer source is *{phrasing.escape(newer.title)}*. From:"
        )

    def target_timeline(self, facts: list[Fact]) -> tuple[list[str], list[Fact]]:
        """Every agreed spending target in time order, when the documents give more than one (2% → 5% by 2035):
        a later document updates an earlier one, and neither is silently dropped."""
        if not facts or any(fact.measure != measure_in_role(MeasureRole.GOAL) or is_proposal(fact) for fact in facts):
            return [], []
        targets = self.index.alliance_targets
        if len({fact.value for fact in targets}) < 2:
            return [], []
        lines = ["**All the targets in my documents, oldest first:**"]
        for fact in targets:
            document = self.documents[fact.citation.document]
            lines.append(f"• {self.index.stated_on(fact)}: {phrasing.statement(fact)}{phrasing.cite(fact, document)}")
        newest = self.documents[targets[-1].citation.document]
        lines.append(
            f"The newest is *{phrasing.escape(newest.title)}* ({newest.published or 'undated'}): "
            f"{phrasing.format_value(targets[-1])}."
        )
        return lines, targets

    def quoted(self, fact: Fact, *figures: str) -> str:
        """The sentence as written, its figures in bold, with the document's title, date and place; a sentence
        opening with a pronoun ('Its jump … is the largest') with the sentence before it, which says whom it means."""
        document = self.documents[fact.citation.document]
        lead, locator = self._lead(fact)
        quote = phrasing.escape(phrasing.shown_quote(fact.citation.quote, document))
        for figure in dict.fromkeys(figures):
            quote = bold_once(quote, phrasing.escape(figure))
        dated = f", {document.published}" if document.published else ""
        lead = f"{phrasing.escape(lead)} " if lead else ""
        return f"“{lead}{quote}” — *{phrasing.escape(document.title)}*{dated}, {locator}"

    def _lead(self, fact: Fact) -> tuple[str, str]:
        """The paragraph's sentence before a quote opening with a pronoun, and the locator of both ('', the quote's
        own locator when there is none)."""
        citation = fact.citation
        numbered = NUMBERED_SENTENCE.search(citation.locator)
        opening = citation.quote.split()[:1]
        text = self.texts.get(citation.document)
        if not (numbered and int(numbered.group(1)) > 1 and citation.span and text and opening):
            return "", citation.locator
        if opening[0].casefold().strip("\"“‘'") not in domain.question_words().referring_openers:
            return "", citation.locator
        start = citation.span.start
        paragraph = text.rfind("\n\n", 0, start) + 1
        ends = list(SENTENCE_END.finditer(text, paragraph, start))
        lead_start = ends[-2].end() if len(ends) >= 2 else paragraph
        lead = text[lead_start:start].strip()
        if not lead or "\n" in lead or len(lead) > MAX_LEAD or not ends or ends[-1].end() != start:
            return "", citation.locator
        number = int(numbered.group(1))
        return lead, f"{citation.locator[: numbered.start()]}sentences {number - 1}–{number}"


def bold_once(text: str, figure: str) -> str:
    """The figure in bold where it stands as a whole number: '2' is never the 2 of '2015' or of '2.5%'. A thousands
    comma of the figure as read stands for the space the text may group its digits with ('1,245,003' is the
    '1 245 003' of a fixed-width annex)."""
    pattern = re.compile(rf"(?<![\w.,]){_as_grouped(figure)}(?![\w]|[.,]\d)")
    return pattern.sub(lambda match: f"**{match.group()}**", text, count=1)


def _as_grouped(figure: str) -> str:
    """The figure as a pattern: its thousands grouped by any mark a text may write ('1,245,003' or '1245003' is the
    '1 245 003' of a fixed-width annex)."""
    whole = WHOLE_NUMBER.fullmatch(figure)
    if whole is None:
        return re.escape(figure)
    digits = whole.group(1).replace(",", "")
    head = len(digits) % 3 or 3
    groups = [digits[:head], *(digits[at : at + 3] for at in range(head, len(digits), 3))]
    return GROUPING.join(groups) + re.escape(whole.group(2))
