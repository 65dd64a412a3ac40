"""Verify the form of answer a question asks: a view, a yes or no, a year, a time, or someone other than whom
it names — a figure alone answers none of them; and a time asked of a figure's period ('when is it reviewed?').

Part of `knowledge.ask.verify`, which runs these checks beside the others.
"""

from __future__ import annotations

import re

from knowledge import domain, lexicon
from knowledge.ask.parse import ParsedQuestion
from knowledge.ask.sentences import asks_a_place, event_phrases, places_named
from knowledge.ask.verify_evidence import said_before_its_figure
from knowledge.ask.verify_sentence import event_unaccounted
from knowledge.ask.verify_years import YEAR_MAX, YEAR_MIN
from knowledge.cues import cues
from knowledge.lexicon import normalise
from knowledge.measures import MEASURES, QuestionKind
from knowledge.models import Answer, Fact, Unit


class FormCheck:
    """The form a question asks its answer in, against the answer."""

    def __init__(self) -> None:
        words = domain.question_words()
        self.judgement_asked = words.views.judgement
        self.opinion_asked = words.views.opinion
        self.yes_no_starts = words.verifier.yes_no_starts
        self.date_cues = words.asked_kinds.date
        self.deadline_asked = words.verifier.deadline_asked
        self.agreement_asked = words.verifier.agreement_asked
        self.event_asked = (*words.verifier.agreement_asked, *words.verifier.meeting_asked)
        self.former = words.verifier.former
        self.former_before = re.compile(rf"\b(?:{'|'.join(map(re.escape, self.former))})\b[^,;:]*$")
        verbs = "|".join(map(re.escape, words.verifier.replaced_before))
        self.replaced_before = re.compile(rf"\b(?:{verbs})\s+(?:the|its|their|a|an)?\s*(?:old|previous|former)?\s*$")
        self.goal_asked = (*words.verifier.goal_asked, *words.verifier.agreement_asked)
        self.goal_relations = words.verifier.goal_relations
        self.deadline_before = "|".join(re.escape(phrase) for phrase in cues().raw.deadline_before)
        self.deadline_stated = re.compile(rf"\b(?:{self.deadline_before}) (?:the end of )?(?:19|20)\d\d\b")

    def form(self, question: ParsedQuestion, answer: Answer) -> list[str]:
        """A view, a yes or no, a year or a time asked: a figure alone does not answer them."""
        if self._asks_a_judgement(question):
            return ["quantity: a judgement"]  # 'is nato spending too much?': a figure is no view on it
        if question.yes_no and not answer.yes_no:
            return ["quantity: yes or no"]
        if question.asks_year and not _states_a_year(answer):
            return ["quantity: a year"]  # 'for which year?' is not answered by 'Thursday'
        timing = self._time(question, answer)
        if timing:
            return timing
        if _only_who_was_named(question, answer):
            return ["quantity: other than whom the question names"]  # 'what job did Rutte have before?' ≠ 'Rutte'
        return []

    def _time(self, question: ParsedQuestion, answer: Answer) -> list[str]:
        timeless = all(map(_names_no_time, answer.facts)) and not _states_a_year(answer)
        # 'when' asks a time only as the question's first word ('where was he when the report came out' does not)
        asks_a_time = question.words[:1] == ("when",) or question.has(*(cue for cue in self.date_cues if cue != "when"))
        if asks_a_time and timeless:
            return ["quantity: a time"]  # 'when did Rutte take over?', 'what exact date did Trump first ask for 5%?'
        if question.has(*self.deadline_asked) and not any(map(self._states_a_deadline, answer.facts)):
            return ["quantity: a deadline"]  # 'the new target and by when?' is not 'to be reviewed in 2029'
        if asks_a_time and not question.has(*self.former) and any(map(self._a_former_date, answer.facts)):
            return ["quantity: a date since replaced"]  # 'when will canada hit 2%?' is not the previous 2032
        if asks_a_time and self._deadline_for_an_event(question, answer):
            return ["quantity: when it was agreed or held, not its deadline"]
        held = asks_a_place(question) and question.has(*event_phrases())  # 'where was the summit held?'
        if held and not any(_places_its_event(fact, question.words) for fact in answer.facts):
            return ["quantity: a place"]  # 'where will the summit after The Hague be held?' is not The Hague again
        return self._event(question, answer) if asks_a_time or asks_a_place(question) else []

    def _event(self, question: ParsedQuestion, answer: Answer) -> list[str]:
        """The time or place of an event asked: neither the figure the question names it by, nor the date of
        another figure's event."""
        if self._only_the_figure_naming_the_event(question, answer):
            return ["quantity: the time or place of an event, not the figure it is named by"]
        if not question.numbers:
            return []
        # 'when and where was the summit with the 5% pledge?' is not the Wales summit of the 2% it replaced
        return next((found for fact in answer.facts if (found := self._event_of(question, fact))), [])

    def replaced_goal(self, question: ParsedQuestion, answer: Answer) -> list[str]:
        """A goal asked ('what spending target did allies agree?') and every figure of the answer one its sentence
        says was replaced ('retired the 2 per cent benchmark in favour of a far more demanding one'): not the goal
        asked, unless the question names that goal ('when was the 2% guideline agreed?'), a year ('the target in
        2014') or asks about the earlier one ('what did the 5% pledge replace?')."""
        if answer.calculation or not answer.facts or question.years or not question.has(*self.goal_asked):
            return []  # 'the target in 2014' asks the goal of its day, replaced since or not
        typed = {number.value for number in question.numbers}
        if set(question.words) & set(self.goal_relations) or any(fact.value in typed for fact in answer.facts):
            return []
        return ["quantity: a goal since replaced"] if all(map(self._a_replaced_goal, answer.facts)) else []

    def _a_replaced_goal(self, fact: Fact) -> bool:
        return fact.unit is Unit.PERCENT_OF_GDP and said_before_its_figure(fact, self.replaced_before)

    def _a_former_date(self, fact: Fact) -> bool:
        """A date its sentence gives a former commitment ('a previous commitment to reach 2 per cent by 2032')."""
        if fact.unit is not Unit.DATE or not (fact.period or "").isdigit():
            return False
        quote = normalise(fact.citation.quote)
        at = quote.find(fact.period or "")
        return at > 0 and bool(self.former_before.search(quote[:at]))

    def _only_the_figure_naming_the_event(self, question: ParsedQuestion, answer: Answer) -> bool:
        """'When and where was the summit with the 5% pledge?': the 5% names the summit asked about, so an answer of
        figures, among them the one the question typed, says neither when nor where (the goals beside it, '2%
        current', date nothing either) — unless a figure's own year is when it was agreed ('the 2% guideline
        (agreed in 2014)' for 'when was the 2% guideline agreed?'), not a deadline it sets."""
        if not question.has(*self.event_asked) or not answer.facts or answer.calculation:
            return False
        if question.has(*self.deadline_asked) and any(map(self._states_a_deadline, answer.facts)):
            return False  # 'the 5% pledge at The Hague … what year is the end point?': the deadline it sets
        typed = {number.value for number in question.numbers}
        if not all(map(_a_figure, answer.facts)) or not any(fact.value in typed for fact in answer.facts):
            return False
        if asks_a_place(question):
            return True  # a figure never states a place
        return not any(self._dated_by_its_period(fact) for fact in answer.facts)

    def _event_of(self, question: ParsedQuestion, fact: Fact) -> list[str]:
        """A dated fact's sentence must date the event of the figure the question names (see event_unaccounted)."""
        if fact.unit is not Unit.DATE:
            return []
        return [found for found in event_unaccounted(question, fact.citation.quote) if "%" in found]

    def _dated_by_its_period(self, fact: Fact) -> bool:
        """The figure's period is a year that is not a deadline it sets: the year it was agreed or stated."""
        period = fact.period or ""
        return period.isdigit() and "deadline" not in fact.qualifiers and not self._period_is_its_deadline(fact)

    def _deadline_for_an_event(self, question: ParsedQuestion, answer: Answer) -> bool:
        """'When did leaders sign up to the 5% goal?' answered by the goal's deadline ('5% by 2035'): the time of the
        figure the answer leads with is the date it is due by, not the day it was agreed (a timeline of the
        earlier goals may follow it); nor is a deadline said in a debate ('Canada will reach 2 percent by 2032')
        the day the debate took place."""
        if question.has(*self.deadline_asked) or not question.has(*self.event_asked) or not answer.facts:
            return False
        lead = answer.facts[0]
        if lead.unit is Unit.DATE:
            return "deadline" in lead.qualifiers  # the date '2035' of '… committed to spend 5% by 2035'
        return _a_figure(lead) and self._period_is_its_deadline(lead)

    def _period_is_its_deadline(self, fact: Fact) -> bool:
        """The figure's year is the one its sentence sets as a deadline ('5% of GDP by 2035' for 2035)."""
        period = fact.period or ""
        if not period.isdigit():
            return False
        due = re.compile(rf"\b(?:{self.deadline_before}) (?:the end of )?{period}\b")
        return bool(due.search(normalise(fact.citation.quote)))

    def _states_a_deadline(self, fact: Fact) -> bool:
        """A date by which something is to be done: the extractor's deadline, or 'by 2035' in the quote."""
        return "deadline" in fact.qualifiers or bool(self.deadline_stated.search(normalise(fact.citation.quote)))

    def _asks_a_judgement(self, question: ParsedQuestion) -> bool:
        """'is nato spending too much?', 'do you think 5% is realistic?': a view asked, which no figure states."""
        asked_yes_no = bool(question.words) and question.words[0] in self.yes_no_starts
        return question.has(*self.opinion_asked) or (asked_yes_no and question.has(*self.judgement_asked))

    def period_as_date(self, question: ParsedQuestion, answer: Answer) -> bool:
        """'When is it reviewed?' answered by the period of a figure (a target for 2035): every word must then say
        that the figure's period is what is asked — unless the question names the figure ('which year saw the
        19.4% rise?')."""
        if not question.has(*self.date_cues) or answer.calculation:
            return False
        if not all(_a_figure(fact) for fact in answer.facts):
            return False
        typed = {number.value for number in question.numbers}
        return not any(fact.value in typed for fact in answer.facts)


def _a_figure(fact: Fact) -> bool:
    """A figure that is no date: its period is not what 'when' asks."""
    return fact.value is not None and fact.unit not in (Unit.DATE, Unit.TEXT)


def _states_a_year(answer: Answer) -> bool:
    """A year among the answer's figures or a date fact: a fact's period is not its answer ('on what date did
    they sign?' is not answered by '5%', 'which year was it highest?' not by the latest year's figure)."""
    if any(YEAR_MIN <= value <= YEAR_MAX and value == int(value) for value in answer.values):
        return True
    return any(fact.unit is Unit.DATE for fact in answer.facts)


def _names_no_time(fact: Fact) -> bool:
    """A fact of a known measure that never states a time (who holds an office, a share, an amount)."""
    measure = MEASURES.get(fact.measure)
    return measure is not None and QuestionKind.TIME not in measure.kinds and fact.unit is not Unit.DATE


def _only_who_was_named(question: ParsedQuestion, answer: Answer) -> bool:
    """The answer's only content is a person the question itself names ('what job did Mark Rutte have before
    becoming secretary general?' answered 'Mark Rutte')."""
    named = {person for person in question.people if normalise(person).split()[-1] in question.words}  # by name
    texts = [fact.text for fact in answer.facts]
    return bool(texts) and all(text in named for text in texts) and not answer.calculation


def _places_its_event(fact: Fact, asked: tuple[str, ...] | list[str]) -> bool:
    """The fact's sentence says where something took place — a town or country right after 'in' or 'at' ('At their
    summit in The Hague on 25 June 2025') — and the question does not name that place itself ('where will the summit
    after The Hague be held?' asks another)."""
    named = {mention.target for mention in lexicon.find_mentions(list(asked), lexicon.place_aliases())}
    return any(mention.target not in named for mention in places_named(fact.citation.quote))
