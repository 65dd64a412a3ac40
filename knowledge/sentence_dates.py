"""The dates a sentence states: a deadline ('by 2035'), an event ('signed in 2022', 'in March 2025'), when a goal is
to be met ('aims to reach 3% in 2030'), each with whom it is about; never the page's own making ('tabled on 5 March
2025'). Built on `knowledge.sentence_periods.Periods`, which tells which years are deadlines or events."""

from __future__ import annotations

import re
from dataclasses import replace

from knowledge.domain import question_words
from knowledge.figures import Figure
from knowledge.mentions import DATELINE_DASHES, Mention
from knowledge.sentence_periods import (
    EVENT_REACH_AFTER,
    YEAR_DETERMINERS,
    Periods,
    a_span,
    american_date,
    date_start,
    is_deadline,
    year_text,
)
from knowledge.sentence_reading import (
    CLAUSE_BREAKS,
    Reading,
    Stated,
    after_a_semicolon,
    not_the_recipient,
    of_an_unknown_antecedent,
)

POSSESSIVE_NAME = re.compile(r"[A-Z][\w-]*['’]s")  # 'the Committee's', 'the Department’s'
GUIDELINE_EVENT_REACH = 8  # words between a review and the year it is dated by
AGENT_REACH = 3  # words from an event word to who did it ('agreed at the NATO summit')
VENUE_NAME_WORDS = 4  # words from a capital to its meeting's word ("London Leaders' Meeting")
SPEECH_DATE_REACH = 4  # words before a day and month where a speech verb makes it a remark's date ('said on 4 March')


class Dates(Periods):
    """The dates a sentence states, and whom each is about."""

    def dates(self, figure_subjects: dict[int, str], goal_periods: frozenset[str] = frozenset()) -> list[Stated]:
        """Years the sentence states as a deadline or an event ('by 2035', 'signed in 2022', 'in March 2025'), or as
        when a goal is to be met ('aims to reach 3% in 2030', 'committed to 2.5% from April 2027')."""
        stated = []
        dated = [year for year in self.years if not year.day_month and _dated(self, year, goal_periods)]
        for year in self.years:
            if dates_the_page(self, year):
                continue
            deadline = not year.day_month and (is_deadline(self, year) or year_text(year) in goal_periods)
            if not (deadline or (_day_and_month_dates(self, year, dated) if year.day_month else year in dated)):
                continue
            subject = _date_subject(self, year, figure_subjects)
            if subject:
                clause = self._date_clause(year)
                qualifiers = ["deadline"] if deadline else []
                stated.append(Stated(year, [subject], "date", year_text(year), qualifiers, clause))
        return stated + self._span_ends_instead(stated)

    def _span_ends_instead(self, stated: list[Stated]) -> list[Stated]:
        """'fully operational by 2030, not in 2036–2040 as current funding implied': a span of years set against a
        date the sentence gave (no figure after that date) dates the same thing another way, from its first year to
        its last — each end a date of whom that date was (a span of the figures after it, 'decided that from 2026 to
        2030 funding will be between 5% and 6%', is what those figures are of)."""
        ends: list[Stated] = []
        for year in self.years:
            earlier = [date for date in stated if date.figure.end <= year.start]
            if not (a_span(year) and earlier) or any(earlier[-1].figure.end <= f.start for f in self.values):
                continue
            date = earlier[-1]
            last = replace(year, value=float((year.period_text or "").rsplit("-", 1)[1]), period_text=None)
            first = replace(year, period_text=None)
            ends += [replace(date, figure=end, period=year_text(end), qualifiers=[]) for end in (first, last)]
        return ends

    def _guideline_event(self, year: Figure) -> bool:
        """'reviewed in 2029', 'a review of the whole plan built in for 2029': an event of the guideline itself (a
        'Strategic Defence Review', capitalised, is a document of its own)."""
        start, _ = self._date_clause(year)
        return any(
            self.table.guideline_events.starting_at(self.words, position) and self.tokens[position].text.islower()
            for position in range(max(start, year.start - GUIDELINE_EVENT_REACH), year.start)
        )

    def _date_clause(self, year: Figure) -> tuple[int, int]:
        start, end = date_start(self.words, year.start, self.table.months), year.end  # 'June 9, 2025': one date
        while start > 0 and self.words[start - 1] not in CLAUSE_BREAKS - {"and", "-"}:
            start -= 1
        while end < len(self.words) and self.words[end] not in CLAUSE_BREAKS:
            end += 1
        return start, end


APPOSITION_MARKS = frozenset({")", ","})  # what may stand between a source's name and a clause about it


def _day_and_month_dates(reading: Dates, year: Figure, dated: list[Figure]) -> bool:
    """'published on 28 August': a day and month dates an event in the document's year, unless a figure is compared
    with it, the sentence dates its point by a year of its own ('On 25 February Starmer promised 2.5% by 2027')."""
    return not (dated or reading.comparison(year) or _dates_a_remark(reading, year))


def _month_dated(reading: Dates, year: Figure) -> bool:
    """'In March 2025 the constitution was amended', 'SIPRI's April 2025 data', '**March 2014.**': a year after its
    month dates something, as a full date does (a date fact; the year is still the period its figures may take:
    'as late as February 2024 the alliance expected just 18 allies')."""
    months = reading.table.months
    return year.start > 0 and (
        reading.words[year.start - 1] in months or american_date(reading.words, year.start, months)
    )


def _date_subject(reading: Dates, year: Figure, figure_subjects: dict[int, str]) -> str | None:
    """Who the date is about: no entity when it is a date of someone the entity list does not know, else one the
    sentence names."""
    clause_start, _ = reading._date_clause(year)
    if _of_someone_unknown(reading, year, clause_start):
        return None
    return _named_date_subject(reading, year, figure_subjects, clause_start)


def _named_date_subject(reading: Dates, year: Figure, figure_subjects: dict[int, str], clause_start: int) -> str | None:
    """Who the date is about: the entity before it in its clause, else the subject of a figure before it."""
    objects = {"of", "on", "against", "into", "in", "to", "the"}
    found = [
        m
        for m in reading.candidates(after_a_semicolon(reading.words, 0, year.start), year.start)
        if not (m.start > 0 and reading.words[m.start - 1] in objects and m.start >= clause_start)
    ]
    if clause_start > 0 and reading.words[clause_start] in {"which", "who"}:
        found = [m for m in found if m.start < clause_start]
    # 'the latest data from SIPRI, released on 28 April 2025': the source's release, whoever is named before
    found = _source_apposed(reading, clause_start) or _agreed_after(reading, year) or _doers(reading, found)
    found = found or _released_by(reading, year)
    collective = _body_acting_together(reading, year)
    if collective is not None and not (found and found[-1].start > collective.start):
        found = [collective]
    if found:
        return found[-1].name
    if _guideline_s_date(reading, year):
        return reading.table.raw.guideline_subject  # 'The path is to be reviewed in 2029': the pledge's review
    earlier = [subject for start, subject in sorted(figure_subjects.items()) if start < year.start]
    if earlier:
        return earlier[-1]
    # "At the summit on 25 June 2025, allies agreed …": the clause's subject comes after the date.
    roles = [m for m in reading.mentions if m.start >= year.end and not (m.source or reading.in_tail(m))]
    roles = [m for m in roles if not reading.beneficiary(m)]  # not where its money goes ('$60.8bn for Ukraine')
    venues = [m for m in roles if _venue(reading, m)]  # '— Riga Summit; leaders endorse …': where, not who
    roles = [m for m in roles if m not in venues]
    # '9 July 2016 — Warsaw: Allies agree …': a place named in passing (the dateline's venue) did nothing; nor did
    # one past a semicolon ('… Madrid Summit. A new Force Model …; Finland and Sweden are invited to join'); a body
    # naming its title holder did ('On 4 March 2025 the Commission President set out the ReArm Europe plan')
    own_part = next((at for at in range(year.end, len(reading.words)) if reading.words[at] == ";"), len(reading.words))
    # a meeting named by its place names no one else who acted ('Madrid Summit. …; Finland and Sweden are invited')
    roles = [m for m in roles if (m.titled or not m.aside) and m.start < own_part] or ([] if venues else roles)
    if roles:
        return roles[0].name
    if _owned_by_someone_unknown(reading, year):
        return None
    # 'The path … is to be reviewed in 2029.': a sentence naming no one dates what the document is about
    carried = reading.context.carried(reading.context.paragraph_subject) or reading.document_subject_named()
    return not_the_recipient(reading, carried)


def _of_someone_unknown(reading: Dates, year: Figure, clause_start: int) -> bool:
    """A date of a thing or a person the entity list does not know: a relative clause about it, or a person a role
    describes."""
    unknown = of_an_unknown_antecedent(reading.tokens, reading.mentions, clause_start - 1, year.start)
    return unknown or _a_person_described(reading, year)


APPOSITION_REACH = 8  # words of a description set between commas after a name (', the former Dutch prime minister,')


def _a_person_described(reading: Dates, year: Figure) -> bool:
    """'Mark Rutte, the former Dutch prime minister, became NATO Secretary General on 1 October 2024': a capitalised
    name the entity list does not know, described between commas by a role ('the former … minister'), is a person,
    and the date is of what that person did, no entity's the document names."""
    words, tokens = reading.words, reading.tokens
    named = {position for m in reading.mentions for position in range(m.start, m.end)}
    for comma in range(1, year.start):
        if words[comma] != "," or words[comma + 1 : comma + 2] != ["the"]:
            continue
        reach = range(comma + 2, min(year.start, comma + APPOSITION_REACH))
        closing = next((p for p in reach if words[p] == ","), None)
        name = tokens[comma - 1].text
        person = comma - 1 not in named and name[:1].isupper() and name.isalpha()
        if closing and person and reading.table.role_words & set(words[comma + 2 : closing]):
            return not any(m.start >= closing and m.start < year.start and not m.titled for m in reading.mentions)
    return False


# words after which a name opens a clause it is the subject of ('… when NATO leaders meet in The Hague')
CLAUSE_OPENERS = frozenset({"when", "as", "after", "before", "while", "where", "that", "once", "until", "since"})


def _opens_its_clause(words: list[str], start: int) -> bool:
    """A name opening the sentence or a clause ('EU leaders endorsed …', '… when NATO leaders meet …'), its article
    aside: the clause's subject, no object ('Greece briefed EU leaders')."""
    before = start - 1 if start > 0 and words[start - 1] == "the" else start
    return before == 0 or words[before - 1] in CLAUSE_BREAKS | CLAUSE_OPENERS


def _body_acting_together(reading: Dates, year: Figure) -> Mention | None:
    """'EU leaders endorsed the approach at a summit on 6 March', '… when NATO leaders meet in The Hague on 24-25
    June': a body its title holders name together (a collective role right after its name), the last named before
    the date and opening its clause, is who did what the date tells."""
    start = after_a_semicolon(reading.words, 0, year.start)
    collective = reading.table.raw.collective_roles
    # the role right after the name ('EU leaders'), or closing a name the entity list knows ('NATO leaders')
    roles = {m.start: m.end if m.titled else m.end - 1 for m in reading.mentions}
    acting = [
        m
        for m in reading.mentions
        if start <= m.start < year.start
        and roles[m.start] < len(reading.words)
        and reading.words[roles[m.start]] in collective
        and _opens_its_clause(reading.words, m.start)
    ]
    return acting[-1] if acting else None


def _venue(reading: Dates, mention: Mention) -> bool:
    """'Riga Summit', "London Leaders' Meeting": a capital opening the name of a meeting held there (capitalised words
    up to the meeting's word) is where it met, not who did what the date tells."""
    if not mention.weak:
        return False
    for position in range(mention.end, min(len(reading.words), mention.end + VENUE_NAME_WORDS)):
        if reading.words[position] in reading.table.venue_events:
            return True
        if not reading.tokens[position].text[:1].isupper() and reading.words[position]:
            return False
    return False


def _agreed_after(reading: Dates, year: Figure) -> list[Mention]:
    """'well ahead of the 2035 deadline agreed at the NATO summit': a year naming a thing ('the 2035 deadline') that
    an event word after it says who set, named right after that word; that one did what the year dates."""
    if year.start < 1 or reading.words[year.start - 1] not in YEAR_DETERMINERS:
        return []
    end = min(len(reading.words), year.end + EVENT_REACH_AFTER)
    for position in range(year.end + 1, end):
        length = reading.table.events.starting_at(reading.words, position)
        if length:
            after = position + length
            return [m for m in reading.mentions if after <= m.start <= after + AGENT_REACH and not m.source][:1]
        if reading.words[position] in CLAUSE_BREAKS:
            break
    return []


def _doers(reading: Dates, found: list[Mention]) -> list[Mention]:
    """The names that may have done a dated event: 'Poland joined NATO on 12 March 1999' is Poland's event, NATO
    what it joined (every name, when none is left)."""
    return [mention for mention in found if not _event_object(reading, mention, found)] or found


def _event_object(reading: Dates, mention: Mention, found: list[Mention]) -> bool:
    """A name right after an event word that itself follows a name ('Poland joined NATO'): what the event was done
    to, the name before it the doer ('since Russia's invasion' names the doer after its word)."""
    length = reading.table.events.ending_at(reading.words, mention.start)
    verb = mention.start - length
    return length > 0 and any(other.end == verb for other in found)


# words from a page's procedure word to its date ('Answered between 10 March 2025 and 14 March 2025')
PROCEDURE_REACH = 10


FIELD_BREAKS = frozenset({"·", "|", ";"})


def dates_the_page(reading: Reading, year: Figure) -> bool:
    """'UIN 38412, tabled on 5 March 2025', '**Answered on 12 March 2025 by Gareth Pryce, …**', 'Last updated 20 May
    2025': a procedure word opening a line, a field or the clause after a label, and the date after it with no event
    word or field break between, dates the page's own making (a question asked, an answer given, an edit), no event
    the text reports ('The federal budget tabled in November 2025', '*Updated after The Hague Summit of 24-25 June
    2025.*' date events)."""
    words = reading.words
    if _opens_on_a_dateline(reading, year):
        return True
    for position in range(max(0, year.start - PROCEDURE_REACH), year.start):
        length = reading.table.procedure_words.starting_at(words, position)
        if not length or not _opens_a_line(reading, position):
            continue
        between = words[position + length : year.start]
        if not (FIELD_BREAKS & set(between) or reading.table.events.within(words, position + length, year.start)):
            return True
    return False


DATELINE_PLACE_WORDS = 3  # words of a dateline's place in capitals ('ROME', 'NEW YORK', 'RIO DE JANEIRO')
AGENCY_REACH = 6  # words of the agency a dateline names in brackets after its date ('(Adriatic Press)')


def _opens_on_a_dateline(reading: Reading, year: Figure) -> bool:
    """'ROME, 12 March 2025 (Adriatic Press) – Italy will try …': a wire story's dateline, its place in capitals and a
    comma opening the sentence, its date, the agency in brackets and a dash, dates the agency's story, no event the
    sentence after the dash reports (nor one of the country it is about); a release's dateline naming no agency
    ('TALLINN, 12 March 2025 — The Government … has approved') dates what its publisher, the government, did."""
    start = date_start(reading.words, year.start, reading.table.months)
    place = [token.text for token in reading.tokens[: max(0, start - 1)] if token.text.strip("*_")]
    if not place or len(place) > DATELINE_PLACE_WORDS or reading.words[start - 1 : start] != [","]:
        return False
    if not all(word.isupper() and word.isalpha() for word in place):
        return False
    after = reading.words[year.end : year.end + AGENCY_REACH + 2]
    if after[:1] != ["("] or ")" not in after:
        return False
    after = after[after.index(")") + 1 :]
    return bool(after) and after[0] in DATELINE_DASHES


def _opens_a_line(reading: Reading, position: int) -> bool:
    """A word opening the sentence, a line, a field ('· Answered between …') or the clause after a numbered label
    written as a name is ('UIN 38412, tabled on …', 'Question UIN 48217, tabled on …')."""
    if position == 0:
        return True
    tokens, text = reading.tokens, reading.text
    if reading.words[position - 1] in FIELD_BREAKS or "\n" in text[tokens[position - 1].end : tokens[position].start]:
        return True
    if reading.words[position - 1] != ",":
        return False
    line_start = text.rfind("\n", 0, tokens[position - 1].start) + 1
    label = [token.text for token in tokens[: position - 1] if token.start >= line_start]
    numbered = any(word.isdigit() for word in label)  # the item's number: 'UIN 38412', not "Germany's Budget"
    return numbered and all(word[:1].isupper() or word[:1].isdigit() for word in label)


def _dates_a_remark(reading: Reading, year: Figure) -> bool:
    """'Tusk said on 2 March': a day and month after a speech verb only dates a remark (stated without its year, the
    day of a quotation is no date to answer with)."""
    before = reading.words[max(0, year.start - SPEECH_DATE_REACH) : year.start]
    return bool(set(before) & set(reading.table.raw.speech_verbs))


def _dated(reading: Dates, year: Figure, goal_periods: frozenset[str]) -> bool:
    """A year a deadline, an event or a month dates, or a goal's own year: no year of the figure's."""
    if is_deadline(reading, year) or reading._event(year) or _month_dated(reading, year):
        return True
    return year_text(year) in goal_periods


def _owned_by_someone_unknown(reading: Dates, year: Figure) -> bool:
    """'This submission responds to the Committee's call for evidence of 3 March 2025': a date of a thing its
    clause says someone owns (a capitalised possessive, past the sentence's first word) is that owner's, and when
    the owner is no entity of the domain the date is no one's to state, never the document's main subject's."""
    clause_start, _ = reading._date_clause(year)
    named = {mention.start for mention in reading.mentions}
    return any(
        0 < index < year.start and index not in named and POSSESSIVE_NAME.fullmatch(reading.tokens[index].text)
        for index in range(clause_start, year.start)
    )


def _guideline_s_date(reading: Dates, year: Figure) -> bool:
    """A date naming no one that is the guideline's: a review of it ('The path is to be reviewed in 2029'), its body
    named in the sentence or just before; or a deadline in a sentence naming its body itself ('The Defence Investment
    Pledge gave Allies until 2024', '… to set a new target date of 2035'), not one only an earlier sentence named
    ('it will be fully committed by 2027') or one naming no goal ('By 2013 the United States accounts for …')."""
    if reading._guideline_event(year):
        return _guideline_named(reading)
    body = reading.table.raw.guideline_subject
    if not (is_deadline(reading, year) and any(mention.name == body for mention in reading.mentions)):
        return False
    # the pledge, the target itself, named before the year in its part of the sentence
    segment = reading.words[after_a_semicolon(reading.words, 0, year.start) : year.start]
    return bool(set(segment) & set(question_words().verifier.goal_nouns))


def _guideline_named(reading: Dates) -> bool:
    """The guideline's body is named in the sentence or just before it: a review is then the pledge's."""
    body = reading.table.raw.guideline_subject
    return body in reading.context.named_recently or any(mention.name == body for mention in reading.mentions)


def _source_apposed(reading: Dates, clause_start: int) -> list[Mention]:
    """A source named right before the clause of a date, only brackets and a comma between ('data from the Stockholm
    International Peace Research Institute (SIPRI), published on 28 April 2025'), or only the data it reckons ("SIPRI's
    annual figures, published on 28 April"): the date is of what it released."""
    return [
        mention
        for mention in reading.mentions
        if mention.source
        and mention.end <= clause_start
        and _only_its_data(reading, reading.words[mention.end : clause_start])
    ]


RELEASE_REACH = 4  # words from a line's date to the source whose data its text opens on ('— Brussels: NATO figures')


def _released_by(reading: Dates, year: Figure) -> list[Mention]:
    """'22 June 2015 — Brussels: NATO figures show that spending by European Allies and Canada is still drifting
    down': a line opening on its date, its text opening on a source's data, dates that source's release, not the
    figures of whom the data are."""
    if date_start(reading.words, year.start, reading.table.months) != 0:
        return []
    colon = next((at for at in range(year.end, len(reading.words)) if reading.words[at] == ":"), None)
    if colon is None:
        return []
    first = next((m for m in reading.mentions if m.start > colon), None)
    if first is None or not first.source or first.start > colon + RELEASE_REACH:
        return []
    data = reading.words[first.end : first.end + 1]
    opens = all(
        word.isalpha() and not reading.tokens[at].text[:1].isupper()
        for at, word in zip(range(colon + 1, first.start), reading.words[colon + 1 : first.start], strict=True)
    )
    return [first] if opens and data and data[0] in reading.table.raw.reckoning_nouns else []


def _only_its_data(reading: Dates, between: list[str]) -> bool:
    """Words between a source and a date's clause that are only marks, or plain words naming its data last."""
    words = [word for word in between if word not in APPOSITION_MARKS]
    return not words or (words[-1] in reading.table.raw.reckoning_nouns and all(word.isalpha() for word in words))
