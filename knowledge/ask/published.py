"""A document's own date asked ('when was the news article published? i need it for my bibliography'): the date
its catalog (or front matter) gives, cited to the catalog; never a day one of its sentences names for something
it reports on ('In an annual report released Thursday'). The period its figures describe ('which year do its
figures describe?') is its catalog's too."""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass

from knowledge import domain, phrasing
from knowledge.ask.intent import split_parts
from knowledge.ask.source_kinds import kind_matches_in
from knowledge.lexicon import normalise
from knowledge.models import Answer, AnswerCitation, Band, Document, DocumentKind
from knowledge.question import STOPWORDS

CATALOG_LOCATOR = "catalog entry"
PHRASE_LISTS_KEPT = 64  # the domain's lists of phrases a question is looked up in


def _positions(words: list[str], phrases: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """(start, end, phrase) of every phrase standing in the words, as whole words."""
    by_first_word = _by_first_word(phrases)
    found = []
    for start, word in enumerate(words):
        for parts in by_first_word.get(word, ()):
            if words[start : start + len(parts)] == parts:
                found.append((start, start + len(parts), " ".join(parts)))
    return sorted(found)


@functools.lru_cache(maxsize=PHRASE_LISTS_KEPT)
def _by_first_word(phrases: tuple[str, ...]) -> dict[str, list[list[str]]]:
    """The words of each phrase (as the question's are normalised), under its first word: a question's words are
    looked up, not every phrase tried at every place of every message (the phrases are the domain's, few lists)."""
    by_first_word: dict[str, list[list[str]]] = {}
    for phrase in phrases:
        parts = normalise(phrase).split()
        if parts:  # a phrase of no words stands nowhere
            by_first_word.setdefault(parts[0], []).append(parts)
    return by_first_word


def _kinds_named(words: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every kind of prose source the words name, also with words of its topic between the
    determiner and the noun ('the hague summit note')."""
    joined = f" {' '.join(words)} "
    found = []
    for kind in _prose_kinds():
        for match in kind_matches_in(joined, kind):
            start = match.end(1) + 1 if match.group(1) else match.start()
            found.append((joined[:start].count(" ") - 1, joined[: match.end()].count(" "), kind))
    return sorted(found)


@functools.cache
def _prose_kinds() -> tuple[str, ...]:
    """Each kind of prose source, as the question's words are normalised (read once, not per question)."""
    return tuple(" ".join(normalise(phrase).split()) for phrase in domain.question_words().sources.prose)


def catalog_citation(document: Document) -> AnswerCitation:
    """A document's date cited to its catalog entry (or front matter), where no sentence of it states the date."""
    return AnswerCitation(
        document=document.id, title=document.title, locator=CATALOG_LOCATOR, quote=f"published: {document.published}"
    )


def catalog_answer(question: str, text: str, headline: str, citation: AnswerCitation) -> Answer:
    """An answer from a document's catalog entry: its date or period in bold, the numbers of it its figures."""
    return Answer(
        question=question,
        answered=True,
        band=Band.ANSWER,
        answer=text,
        headline=headline,
        confidence=0.9,
        citations=[citation],
        values=date_numbers(headline),
    )


def date_numbers(date: str) -> list[float]:
    """The numbers a written date states ('25 June 2025' -> 25, 2025): the figures of an answer giving it."""
    return [float(number) for number in re.findall(r"\d+", date)]


def written_date(published: str) -> str:
    """'2025-04' -> 'April 2025', '2025-06-25' -> '25 June 2025', '2025' -> '2025'."""
    parts = [int(part) for part in published.split("-")]
    if len(parts) == 1:
        return str(parts[0])
    month = calendar.month_name[parts[1]]
    return f"{month} {parts[0]}" if len(parts) == 2 else f"{parts[2]} {month} {parts[0]}"


@dataclass(frozen=True)
class AskedPublication:
    """What a question asking a document's date names: the kind of source ('news article') and its other words."""

    kind: str
    words: frozenset[str]
    others: tuple[str, ...] = ()  # further kinds named ('that rutte annual report article': 'article' after the first)


def asked_publication(question: str) -> AskedPublication | None:
    """'When was <a kind of source> … published?': the kind named between the time asked and the verb of
    publication, and the question's other words, which tell which document it is ('that rutte news article')."""
    words = normalise(question).split()
    named = _kinds_named(words)
    in_a_kind = {index for start, end, _ in named for index in range(start, end)}
    dates = _positions(words, domain.question_words().asked_kinds.date)
    # 'the NATO press release': a word of the kind's name is no verb of publication
    verbs = [
        found for found in _positions(words, domain.question_words().sources.publication) if found[0] not in in_a_kind
    ]
    if not dates or not verbs:
        return None
    asking = {index for found in (*dates, *verbs) for index in range(found[0], found[1])}
    asked_at = dates[0][1]
    verb_at = next((start for start, _, _ in verbs if start >= asked_at), None)
    kinds = [found for found in named if verb_at is not None and asked_at <= found[0] and found[1] <= verb_at]
    if not kinds and _a_date_of_publication(dates, verbs, words):
        kinds = [found for found in named if not asking & set(range(found[0], found[1]))]
    if not kinds:
        return None
    return _named_kinds(words, kinds, asking)


def _a_date_of_publication(
    dates: list[tuple[int, int, str]], verbs: list[tuple[int, int, str]], words: list[str]
) -> bool:
    """'annual report publication date?', 'release date of the hague note': the date and the verb of publication
    said as one noun ('publication date', 'date of release', 'date published'), wherever the document is named."""
    for date_start, date_end, _ in dates:
        for verb_start, verb_end, _ in verbs:
            if verb_end == date_start or verb_start == date_end:
                return True
            if verb_start == date_end + 1 and words[date_end] == "of":
                return True
    return False


def _named_kinds(words: list[str], kinds: list[tuple[int, int, str]], asking: set[int]) -> AskedPublication:
    """The kinds of source named, the first first (the longest where two start together), and the other words of
    the question (not those at `asking`, which ask what of the document; the words of its topic with a kind, 'the
    hague summit note', tell which document it is)."""
    ordered = sorted(kinds, key=lambda found: (found[0], -found[1]))
    spent = asking | {i for start, end, kind in ordered for i in range(start, end) if words[i] in kind.split()}
    rest = frozenset(word for index, word in enumerate(words) if index not in spent and word not in STOPWORDS)
    named = list(dict.fromkeys(kind for _, _, kind in ordered))
    return AskedPublication(named[0], rest, tuple(named[1:]))


@dataclass(frozen=True)
class Dated:
    """A prose document with its date, its text and its catalog entry as normalised words between spaces."""

    document: Document
    text: str
    catalog: str

    @property
    def words(self) -> frozenset[str]:
        return frozenset(self.catalog.split()) | frozenset(self.text.split())


def _text_past_its_title(text: str, title: str) -> str:
    """A document's normalised words, between spaces, without its title heading ('# Interview: the reserve
    question'): the kind of source its title says it is names the document itself, no thing it reports on."""
    words = f" {normalise(text)} "
    return words.replace(f" {normalise(title)} ", " ", 1) if normalise(title) else words


class Publications:
    """The documents' own dates, answering 'when was the article published?', and the periods their figures
    describe."""

    def __init__(self, documents: dict[str, Document], texts: dict[str, str]) -> None:
        self.documents = documents
        # a table's text is its cells: it is found by its catalog entry alone ('the NATO press release on defence
        # expenditure of NATO countries' is the workbook its entry calls so)
        self.dated = [
            Dated(
                document,
                _text_past_its_title(texts.get(document.id, ""), document.title)
                if document.kind is DocumentKind.PROSE
                else "",
                f" {normalise(f'{document.title} {document.publisher or str()}')} ",
            )
            for document in documents.values()
            if document.published
        ]

    def answer(self, question: str, previous: Answer | None = None) -> Answer | None:
        """The catalog's answer to a question about a document itself; none for a message of several questions,
        whose parts are each asked on their own, unless it asks how to cite the document ('I need to cite the note
        properly. Who published it and when?'), which its whole catalog entry answers."""
        details = self._details(question, previous)
        if details is not None:
            return details
        if len(split_parts(question)) > 1:
            return None
        if self._period_asked_first(question):  # 'which year do its figures describe - the report released in 2025?'
            return self._period(question, previous) or self._published(question)
        return self._published(question) or self._period(question, previous)

    @staticmethod
    def _period_asked_first(question: str) -> bool:
        """The period its figures describe asked before any word of its publication: the publication, named after,
        only says which document is meant."""
        words = normalise(question).split()
        sources = domain.question_words().sources
        described = _positions(words, sources.period_described)
        published = _positions(words, sources.publication)
        return bool(described) and (not published or described[0][0] < published[0][0])

    def _period(self, question: str, previous: Answer | None) -> Answer | None:
        """'which year do its figures describe?' after the article's date, 'what year does the news article cover?':
        the period the document's catalog entry gives its figures."""
        words = normalise(question).split()
        years = _positions(words, domain.question_words().asked_kinds.year)
        verbs = _positions(words, domain.question_words().sources.period_described)
        if not years or not verbs:
            return None
        asking = {index for start, end, _ in (*years, *verbs) for index in range(start, end)}
        # 'which year do the annual report's figures describe?': the article reporting on it gives its figures
        document = self._pointed_at(words, previous) or self._named(words, asking, reported_on=True)
        if document is None or not document.default_period:
            return None
        period = document.default_period
        text = (
            f"The figures of *{phrasing.escape(document.title)}* describe **{period}** — the period its catalog gives."
        )
        citation = AnswerCitation(
            document=document.id, title=document.title, locator=CATALOG_LOCATOR, quote=f"period: {period}"
        )
        return catalog_answer(question, text, period, citation)

    def _pointed_at(self, words: list[str], previous: Answer | None) -> Document | None:
        """'its figures' after an answer citing one document: that document."""
        pointing = domain.question_words().third_person | {"that", "this"}
        if previous is None or not set(words) & pointing:
            return None
        cited = {citation.document for citation in previous.citations}
        return self.documents.get(cited.pop()) if len(cited) == 1 else None

    def _named(self, words: list[str], asking: set[int], *, reported_on: bool = False) -> Document | None:
        """The prose document a question names by its kind ('the news article') and its other words (not those at
        `asking`, which ask what of it), as a question asking its date does; `reported_on`: or by the kind of
        source it reports on ('the annual report'), whose figures it gives."""
        kinds = _kinds_named(words)
        return self._document(_named_kinds(words, kinds, asking), reported_on=reported_on) if kinds else None

    def _details(self, question: str, previous: Answer | None) -> Answer | None:
        """'who published the hague summit note?', 'how do I cite the news article?': the document's catalog entry
        (title, publisher, date, address), cited to it."""
        words = normalise(question).split()
        sources = domain.question_words().sources
        author = _positions(words, sources.author_asked)
        publisher = _positions(words, sources.publisher_asked) or author
        reference = _positions(words, sources.reference_asked)
        if (not publisher and not reference) or not _asked_of_a_document(words, [*publisher, *reference]):
            return None
        if author and QUOTED_WORDS.search(question):
            return None  # "who wrote in the report that 'allies must make a quantum leap'?": who said it, no byline
        if _said_beside_another_question(question, (*sources.publisher_asked, *sources.reference_asked)):
            return None  # '… At which summit was it agreed? I want to cite it correctly.': why one asks, not what
        # the date and the verb of publication ask what of it too ('when was it published? for my bibliography')
        dates = _positions(words, domain.question_words().asked_kinds.date)
        verbs = _positions(words, sources.publication)
        asking = {index for start, end, _ in (*publisher, *reference, *dates, *verbs) for index in range(start, end)}
        document = self._named(words, asking) or self._pointed_at(words, previous)
        if document is None or document.kind is not DocumentKind.PROSE or not (reference or document.publisher):
            return None
        if not _entry_names(document, words):
            return None
        entry = catalog_entry_answer(question, document)
        return _no_author_named(entry, document) if author and not reference else entry

    def _published(self, question: str) -> Answer | None:
        asked = asked_publication(question)
        document = self._document(asked) if asked is not None else None
        if document is None or not document.published:
            return None
        date = written_date(document.published)
        text = (
            f"*{phrasing.escape(document.title)}* was published **{date}** — the date its catalog gives "
            f"({document.published})."
        )
        return catalog_answer(question, text, date, catalog_citation(document))

    def _document(self, asked: AskedPublication, *, reported_on: bool = False) -> Document | None:
        """The one prose document the question means, when no document's text names the kind of source asked (a
        kind one names, 'the annual report', is a thing it reports on): the most of the question's other words in its
        catalog entry or text, then the kind named in its catalog entry ('News article on …'). Of several kinds named
        ('that rutte annual report article'), the first no document's text names is the document's own."""
        own = (
            kind
            for kind in (asked.kind, *asked.others)
            if reported_on or not any(f" {kind} " in dated.text for dated in self.dated)
        )
        kind = next(own, None)
        if not self.dated or kind is None:
            return None
        named = f" {kind} "
        scored = [((len(asked.words & dated.words), named in dated.catalog), dated.document) for dated in self.dated]
        best = max(score for score, _ in scored)
        chosen = [document for score, document in scored if score == best]
        return chosen[0] if len(chosen) == 1 else None


SENTENCE = re.compile(r"[^.?!]+[.?!]*")
# A passage quoted in the question, of a few words at least ('"must make a quantum leap"')
QUOTED_WORDS = re.compile(r"[\"“‘'](?:\w+[\s,]+){2,}\w+[.!?]?[\"”’']")


def _said_beside_another_question(question: str, phrases: tuple[str, ...]) -> bool:
    """The phrases asking a document's details stand only in sentences told to their full stop, while another
    sentence of the message asks with its question mark."""
    sentences = [sentence.strip() for sentence in SENTENCE.findall(question) if sentence.strip()]
    holding = [sentence for sentence in sentences if _positions(normalise(sentence).split(), phrases)]
    asking = [sentence for sentence in sentences if sentence.endswith("?") and sentence not in holding]
    return bool(holding and asking) and not any(sentence.endswith("?") for sentence in holding)


def _asked_of_a_document(words: list[str], asking: list[tuple[int, int, str]]) -> bool:
    """'who published the hague summit note', 'how do I cite the news article', 'who published it': the publisher
    or reference asked of a kind of source right after (past stopwords only) or of what a pronoun points at; not of
    another thing the document is named beside ('who wrote the letter disputing the op-ed's figures?')."""
    pointing = domain.question_words().third_person | {"that", "this"}
    kinds = _kinds_named(words)
    for _, end, _ in asking:
        if words[end - 1] in pointing or (end < len(words) and words[end] in pointing):
            return True
        if any(start >= end and all(word in STOPWORDS for word in words[end:start]) for start, _, _ in kinds):
            return True
    return False


def _entry_names(document: Document, words: list[str]) -> bool:
    """The catalog entry of the document found names what the question calls it: the kind's noun ('the interview',
    'News article on …') or a word of its topic ('the hague summit note'); a document found only by its text's
    words is no answer to whose details are asked."""
    entry = set(normalise(f"{document.title} {document.publisher or ''}").split())
    named = {word for start, end, _ in _kinds_named(words) for word in words[start:end] if word not in STOPWORDS}
    return bool(named & entry)


def catalog_entry_answer(question: str, document: Document) -> Answer:
    """A document's details as its catalog entry gives them: what a question asking its publisher or how to cite it
    is answered with, the publisher (or else the title) its headline."""
    details = [f"title: *{phrasing.escape(document.title)}*"]
    if document.publisher:
        details.append(f"publisher: **{phrasing.escape(document.publisher)}**")
    if document.published:
        details.append(f"published: **{written_date(document.published)}** ({document.published})")
    if document.url:
        details.append(f"address: <{document.url}>")
    text = f"Its catalog entry gives: {'; '.join(details)}."
    quoted = {"title": document.title, "publisher": document.publisher, "published": document.published}
    quote = "; ".join(f"{key}: {value}" for key, value in (*quoted.items(), ("url", document.url)) if value)
    citation = AnswerCitation(document=document.id, title=document.title, locator=CATALOG_LOCATOR, quote=quote)
    answer = catalog_answer(question, text, document.publisher or document.title, citation)
    dated = date_numbers(written_date(document.published)) if document.published else []
    return answer.model_copy(update={"values": dated})


def _no_author_named(entry: Answer, document: Document) -> Answer:
    """'Who wrote the article?': a catalog entry names a publisher, never an author — not known; the entry follows."""
    text = f"My documents don't name the author of *{phrasing.escape(document.title)}*. {entry.answer}"
    return entry.model_copy(update={"answered": False, "band": Band.UNKNOWN, "answer": text, "values": []})


WEEKDAYS = frozenset(name.casefold() for name in calendar.day_name)


def with_the_documents_date(answer: Answer, documents: dict[str, Document], *, to_the_day: bool = False) -> Answer:
    """'When was the annual report released?' answered by 'Thursday': a weekday alone dates nothing, so the date of
    the one document saying it follows, cited to its catalog ('Thursday' is a day before it). `to_the_day`: the date
    was asked to the day ('on what exact date …'); a catalog's month does not give it, so the date is not known."""
    cited = {fact.citation.document for fact in answer.facts}
    if (answer.headline or "").casefold() not in WEEKDAYS or len(cited) != 1:
        return answer
    document = documents[cited.pop()]
    if not document.published:
        return answer
    date = written_date(document.published)
    line = (
        f"My documents give no fuller date: *{phrasing.escape(document.title)}*, which says so, is dated "
        f"**{date}** (its catalog)."
    )
    citation = catalog_citation(document)
    numbers = date_numbers(date)
    update = {
        "answer": f"{answer.answer}\n{line}",
        "citations": [*answer.citations, citation],
        "values": [*answer.values, *numbers],
    }
    if to_the_day and len(document.published) < len("YYYY-MM-DD"):
        update |= {
            "answered": False,
            "band": Band.UNKNOWN,
            "answer": f"I don't know the exact date. {update['answer']}",
        }
    return answer.model_copy(update=update)
