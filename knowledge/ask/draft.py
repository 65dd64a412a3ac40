"""Drafting: a message is parsed, routed by its intent, given its follow-up context, resolved to facts and
handed to the handler for its kind of answer; the handler's draft is rendered into an `Answer`.

The verifier (`Engine.compute`) checks the draft afterwards.
"""

from __future__ import annotations

from knowledge import aggregate
from knowledge.ask.context import (
    group_scope,
    is_follow_up,
    names_a_measure,
    names_only_the_previous_measure,
    own_words,
    span_pointed_back,
    with_context,
    with_span_named,
    year_of_the_tables,
)
from knowledge.ask.handlers.facts import compose
from knowledge.ask.handlers.multi import multi
from knowledge.ask.handlers.profile import country_profile
from knowledge.ask.handlers.summary import summary
from knowledge.ask.handlers.table import TableAnswers
from knowledge.ask.index import FactIndex, named_allies
from knowledge.ask.intent import Route, asks_for_profile, classify
from knowledge.ask.render import Renderer
from knowledge.ask.retrieve import Retriever
from knowledge.ask.suggest import Suggester
from knowledge.ask.types import ANSWER_SCORE
from knowledge.models import Answer, Band
from knowledge.question import Question, parse


class Drafter:
    def __init__(self, index: FactIndex, retriever: Retriever, suggester: Suggester, render: Renderer) -> None:
        self.index = index
        self.retriever = retriever
        self.suggester = suggester
        self.render = render
        self.tables = TableAnswers(index, render, suggester)

    def parse(self, text: str) -> Question:
        return parse(text, self.index.vocabulary, self.index.people)

    def draft(self, question: str, previous: Answer | None) -> Answer:
        parsed = self.parse(question)
        intent = classify(parsed)
        if intent.route is Route.EMPTY:
            return self.suggester.pointer(question, Band.EMPTY, "Ask me a question about alliance defence spending.")
        if intent.route is Route.CHITCHAT:
            greeting = "Hello! I answer questions about alliance defence spending."
            return self.suggester.pointer(question, Band.CHITCHAT, greeting)
        if intent.route is Route.SUMMARY:
            return self.render.finish(summary(self.index, self.render, self.suggester, question, parsed))
        if intent.route is Route.MULTI:
            return multi(self.single, self.parse, question, intent.parts, previous)
        return self.single(question, parsed, previous)

    def _previous_figure_tested(self, question: str, parsed: Question) -> Answer | None:
        """'is that above the 2% guideline?' after Canada's share in 2024: the ally and year the previous answer
        was about, tested against the line, as if the question had named them."""
        spec = aggregate.table_question(parsed)
        if spec is None or spec.intent is not aggregate.Intent.CHECK:
            return None
        table_answer = self.tables.answer(question, parsed, spec)
        return None if table_answer is None else self.render.finish(table_answer)

    def another_figure(self, question: str, previous: Answer) -> Answer:
        """'what share of GDP was that?' after Poland's spending in 2024, once the previous figure itself was turned
        down: 'that' points at whom and when the previous answer was about, not at its figure."""
        return self.single(question, self.parse(question), previous, points_at_the_figure=False)

    def single(
        self,
        question: str,
        parsed: Question,
        previous: Answer | None,
        *,
        whole: bool = True,
        points_at_the_figure: bool = True,
    ) -> Answer:
        # 'and in 2014?' after an answer asks the same again for 2014, not a whole-table question about 2014
        span = span_pointed_back(parsed, previous)
        if span:  # 'which ally grew most over that period?' after a change from 2014 to 2024
            parsed = self.parse(with_span_named(question, span))
        parsed.within = group_scope(self.index, parsed, previous)
        if parsed.within and previous is not None and not parsed.years:
            # 'which of them was not above 2.8%?' after the Baltic states in 2023: the group's year is kept with it
            said = self.parse(previous.question).years
            parsed.years = said if len(said) == 1 else parsed.years
        follow_up = previous is not None and bool(previous.facts) and is_follow_up(self.index, parsed)
        borrowed = follow_up and not own_words(parsed)
        measure_again = not names_a_measure(parsed) or names_only_the_previous_measure(parsed, previous)
        if previous is not None and (parsed.within or follow_up) and measure_again:
            parsed.context_facts = list(previous.facts)  # 'and the least?' ranks as the question before it
            parsed.measure_from_context = True
            if follow_up and not parsed.years:
                parsed.years = year_of_the_tables(parsed, previous.facts)  # … in the year it ranked ('and the lowest?')
        spec = None if borrowed else aggregate.table_question(parsed)
        if spec is not None:
            table_answer = self.tables.answer(question, parsed, spec)
            if table_answer is not None:
                return self.render.finish(table_answer)
        parsed = with_context(self.index, parsed, previous)
        parsed.pronoun = parsed.pronoun and points_at_the_figure
        if follow_up and parsed.pronoun and parsed.opens_as_yes_or_no:
            # 'was that above 20%?' after Latvia's equipment share tests that figure, not the headline share of GDP
            parsed.measure_from_context = parsed.measure_from_context or not names_a_measure(parsed)
            checked = self._previous_figure_tested(question, parsed)
            if checked is not None:
                return checked
        resolution = self.retriever.resolve(parsed)
        if resolution.score >= ANSWER_SCORE and (resolution.facts or resolution.derived):
            return self.render.answer(compose(self.render, question, parsed, resolution))
        if (
            whole
            and not resolution.facts
            and asks_for_profile(parsed)
            and not self.retriever.measure_scores(parsed)
            and (profile := country_profile(self.index, question, parsed)) is not None
        ):
            return self.render.answer(profile)
        outside = self._year_outside_tables(parsed)
        if outside is not None and not resolution.facts:
            return self.suggester.no_table_data(question, parsed, *outside)
        return self.suggester.unsure(question, parsed, resolution)

    def _year_outside_tables(self, question: Question) -> tuple[str, str] | None:
        """'Poland's share of GDP in 2013': the measure and ally are in the tables, the year is not."""
        countries = named_allies(question)
        scores = {
            key: score
            for key, score in self.retriever.measure_scores(question).items()
            if key in self.index.table_measures
        }
        if not question.years or not countries or not scores:
            return None
        measure = max(scores, key=lambda key: scores[key])
        periods = {fact.period for fact in self.index.by_measure_subject.get((measure, countries[0]), [])}
        missing = [year for year in question.years if str(year) not in periods]
        return (measure, str(missing[0])) if periods and missing else None
