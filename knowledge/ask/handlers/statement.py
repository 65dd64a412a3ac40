"""Statements quoted verbatim: the sentence whose own words, subject, year and kind of figure fit the
question, and a table figure's differing statement in another document beside it."""

from __future__ import annotations

import calendar
import itertools
import re
from collections.abc import Callable

from knowledge import domain, lexicon, phrasing
from knowledge.ask.parse import Operation, ParsedQuestion
from knowledge.ask.quantities import without_amounts_for_other_items, without_counts_of_other_things
from knowledge.ask.quote_subject import with_its_subject
from knowledge.ask.render import Renderer
from knowledge.ask.statements import Found, StatementFinder, date_numbers
from knowledge.ask.types import Draft
from knowledge.ask.verify_numbers import close, range_ends
from knowledge.ask.verify_quantity import QuantityCheck
from knowledge.cues import cues, fold
from knowledge.entities import entity_tables
from knowledge.models import Answer, Fact, Unit
from knowledge.question import Question

BILLION = phrasing.BILLION
SPAN_YEARS = 2  # a change is worked out between two years


def statement(
    render: Renderer,
    statements: StatementFinder,
    question: str,
    asked: ParsedQuestion,
    passed: frozenset[str] = frozenset(),
) -> Draft | None:
    """The statement whose own words, subject, year and kind of figure fit the question, quoted verbatim; `passed`:
    the facts of statements already turned down."""
    found = statements.find_all(asked, passed)
    kept = without_counts_of_other_things(asked, [item.fact for item in found])
    kept = of_the_one_ally_asked(asked, without_amounts_for_other_items(asked, kept))
    found = [item for item in found if item.fact in kept]
    if not found:
        return None
    lines: list[str] = []
    also_stated: list[tuple[str, float]] = []  # a range's other ends, a bare cell's amount in billions
    for _, items in itertools.groupby(found, key=lambda item: item.fact.citation.quote):
        group = list(items)
        stated = [item.fact.value for item in group if item.fact.value is not None]
        ends = [
            (written, number)
            for item in group
            for written, number in other_ends_of_a_range(item.fact)
            if not any(close(number, value) for value in stated)
        ]
        also_stated += ends
        figures = [*(item.figure for item in group), *(written for written, _ in ends)]
        # a deadline already stated as a date of the group ('April 2027') is not bolded again
        deadlines = [year for year in _deadlines_written([item.fact for item in group]) if not _within(year, figures)]
        also_stated += [(date, number) for date in deadlines for number in date_numbers(date)]
        quoted = with_its_subject(group[0].fact, render.quoted(group[0].fact, *figures, *deadlines))
        amounts = [_cell_amount(item.fact) for item in group if _bare_amount(item.fact)]
        lines.append(f"{quoted}; {'; '.join(said for said, _ in amounts)}" if amounts else quoted)
        # an amount written out in billions is a figure the answer states ('10,499 million EUR (10.5 billion EUR)')
        also_stated += [(said, number) for said, numbers in amounts for number in numbers]
    verdicts = _verdicts(statements, [item.fact for item in found])
    lines += [render.quoted(verdict) for verdict in verdicts]
    facts = [item.fact for item in found]
    values = [fact.value for fact in facts if fact.value is not None]
    values += [number for _, number in also_stated if not any(close(number, value) for value in values)]
    values += [number for item in found if item.fact.unit is Unit.DATE for number in date_numbers(item.figure)]
    headline = " · ".join(item.figure for item in found)
    return Draft(question, lines, headline, facts, values=values, confidence=0.7, beside=verdicts)


def _deadlines_written(facts: list[Fact]) -> list[str]:
    """'the Allies agreed to 5 percent of GDP by 2035', '2.5% of GDP by April 2027': the date a goal's figure is due
    by, as its sentence writes it, stated with the figure (the goal is its figure by then)."""
    written = [
        _date_written(fact.period, fact.citation.quote)
        for fact in facts
        if "deadline" in fact.qualifiers and fact.unit is not Unit.DATE and fact.period and fact.period.isdigit()
    ]
    return list(dict.fromkeys(date for date in written if date))


MONTH_NAMES = "|".join(calendar.month_name[1:])


def _date_written(year: str, quote: str) -> str:
    """The year as the sentence writes it, with the month (and day) before it ('April 2027'); '' when it is not."""
    found = re.search(rf"\b(?:(?:\d{{1,2}} )?(?:{MONTH_NAMES}) )?{year}\b", quote)
    return found.group(0) if found else ""


def _within(year: str, figures: list[str]) -> bool:
    return any(re.search(rf"\b{year}\b", figure) for figure in figures)


def _bare_amount(fact: Fact) -> bool:
    """A table's cell written as a bare number ('10,499' in a row under 'EUR million', '204.8' under 'Personnel
    ('000)'): its quote says neither the currency nor the scale, so the answer writes the amount out ('10.5 billion
    EUR', '204.8 thousand')."""
    if fact.citation.column_label is None or not fact.scale:
        return False
    if not (fact.unit is Unit.MONEY and fact.currency) and fact.unit is not Unit.COUNT:
        return False
    return fact.scale > 1 and not re.search(r"[^\d\s.,+\-−]", fact.text or "")


def _cell_amount(fact: Fact) -> tuple[str, list[float]]:
    """'2025 (draft): 10,499 million EUR (10.5 billion EUR)': a bare cell's amount at its table's scale under its
    column's header, and in billions when it is one or more; the figures it states."""
    value = fact.value or 0.0
    column = phrasing.escape(fact.citation.column_label or "")
    scale = next((word for word, size in cues().scales.items() if size == fact.scale and len(word) > 2), None)
    if scale is None:
        return f"{column}: {phrasing.format_value(fact)}", []
    if fact.unit is Unit.COUNT:
        return f"{column}: {phrasing.format_number(value)} {scale}", []
    said = f"{phrasing.format_number(value)} {scale} {fact.currency}"
    billions = round(value * (fact.scale or 1.0) / BILLION, 2)
    if (fact.scale or 1.0) < BILLION <= abs(value * (fact.scale or 1.0)):
        return f"{column}: {said} ({phrasing.format_number(billions)} billion {fact.currency})", [billions]
    return f"{column}: {said}", []


def of_the_one_ally_asked(asked: ParsedQuestion, facts: list[Fact]) -> list[Fact]:
    """'How much SAFE money has Vilnius requested?': when one ally is asked and a statement of its own is found,
    the statements of other allies found by the same words (Riga's request from SAFE) are not its answer."""
    allies = [name for name in asked.entities if lexicon.is_country(name)]
    if len(allies) != 1 or not any(fact.subject == allies[0] for fact in facts):
        return facts
    # nor are the alliance's or a group's ('Allies provide around 99 per cent of all military aid to Ukraine' beside
    # 'the United States still spends around two-thirds of the total', asked the US share)
    return [fact for fact in facts if fact.subject == allies[0] or not _an_ally_or_allies(fact.subject)]


def _an_ally_or_allies(subject: str) -> bool:
    entity = lexicon.entities_by_name().get(subject)
    return (
        lexicon.is_country(subject)
        or subject == lexicon.NATO_ALLIES
        or (entity is not None and entity.kind is lexicon.EntityKind.GROUP)
    )


def with_verdict(render: Renderer, statements: StatementFinder, answer: Answer) -> Answer:
    """A sentence quoted for a question in words that states a claim: the verdict its document gives beside it."""
    verdicts = _verdicts(statements, list(answer.facts))
    if not verdicts:
        return answer
    update = {
        "answer": "\n".join([answer.answer, *(render.quoted(verdict) for verdict in verdicts)]),
        "beside": [*answer.beside, *verdicts],
        "citations": [
            *answer.citations,
            *(phrasing.citation_of(verdict, render.documents[verdict.citation.document]) for verdict in verdicts),
        ],
    }
    return answer.model_copy(update=update)


def _verdicts(statements: StatementFinder, facts: list[Fact]) -> list[Fact]:
    """A claim is shown with the verdict its document gives on it, when it gives one."""
    verdicts = [statements.verdict_on(fact) for fact in facts if fact.is_claim]
    shown = {fact.citation.quote for fact in facts}
    return list({v.citation.quote: v for v in verdicts if v is not None and v.citation.quote not in shown}.values())


def other_ends_of_a_range(fact: Fact) -> list[tuple[str, float]]:
    """'between 50,000 and 60,000 additional soldiers': a figure at one end of a range its sentence states is
    half of what the sentence says, so the answer states the other end too (as written, and its number)."""
    if fact.value is None:
        return []
    ends: list[tuple[str, float]] = []
    for ends_written in range_ends(fact.citation.quote):
        written = [(end, float(end.replace(",", ""))) for end in ends_written]
        if any(close(fact.value, number) for _, number in written):
            ends += [(end, number) for end, number in written if not close(fact.value, number)]
    return ends


def with_differing_sources(
    render: Renderer, statements: StatementFinder, answer: Answer, asked: ParsedQuestion | None = None
) -> Answer:
    """A table's figure beside a document's differing statement of it: both, with their dates. An amount `asked`
    in no currency is also shown as the statement found for the question states it in its own currency (the
    minister's '€4.48 billion' beside the tables' US$4.6 billion)."""
    if len(answer.facts) != 1:
        return _each_cell_differing(render, statements, answer, asked)
    table_fact = answer.facts[0]
    own_currency = _own_currency_statement(statements, asked, table_fact)
    differing = statements.differing(table_fact)
    in_own_currency = (
        [
            item
            for item in statements.differing(table_fact, any_currency=True)
            if item.fact.id == own_currency and item.fact not in {other.fact for other in differing}
        ]
        if own_currency is not None
        else []
    )
    if differing:
        answer = _beside(render, answer, differing, "**Sources differ:**", statements_first=False)
    if not in_own_currency:
        return answer
    # shown beside, not carried on from: a follow-up ('and what share of GDP was that?') is of the figure asked
    update = {
        "answer": "\n".join(
            [
                answer.answer,
                "**Also stated, in another currency:**",
                *(f"• {render.quoted(item.fact, item.figure)}" for item in in_own_currency),
            ]
        ),
        "beside": [*answer.beside, *(item.fact for item in in_own_currency)],
        "citations": [
            *answer.citations,
            *(
                phrasing.citation_of(item.fact, render.documents[item.fact.citation.document])
                for item in in_own_currency
            ),
        ],
        "values": [*answer.values, *(item.fact.value for item in in_own_currency if item.fact.value is not None)],
        "headline": " · ".join([answer.headline or "", *(item.figure for item in in_own_currency)]),
    }
    return answer.model_copy(update=update)


def with_the_name_typed(render: Renderer, statements: StatementFinder, answer: Answer, question: Question) -> Answer:
    """'europe military spending 2024': the tables' row a question-only name stands for (European Allies and
    Canada), and beside it a document's figure for what the name itself is (its Europe, Russia and all)."""
    if len(answer.facts) != 1 or answer.facts[0].citation.cell is None:
        return answer
    table_fact = answer.facts[0]
    entry = entity_tables().entries.get(table_fact.subject)
    typed = question.aliases.get(table_fact.subject, [])
    if entry is None or not typed or not set(typed) <= set(entry.question_only):
        return answer
    found = statements.of_the_name_typed(table_fact, typed)
    if not found:
        return answer
    return _beside(
        render,
        answer,
        found,
        f"**Sources differ — {_as_typed(typed)} as a document counts it:**",
        statements_first=False,
    )


def _as_typed(typed: list[str]) -> str:
    return " ".join(word.capitalize() for word in typed[0].split())


def _each_cell_differing(
    render: Renderer, statements: StatementFinder, answer: Answer, asked: ParsedQuestion | None
) -> Answer:
    """'What share of GDP did Germany report to NATO for 2023?' answered by two cells (Germany's, the alliance's): a
    document's differing statement of either is shown beside them too. Only cells of whom the question names: the
    allies a ranking, count or calculation goes over are its operands."""
    if asked is None or answer.operation is not None or not answer.facts:
        return answer
    if any(fact.citation.cell is None or fact.subject not in asked.entities for fact in answer.facts):
        return answer
    found = {item.fact.id: item for fact in answer.facts for item in statements.differing(fact)}
    if not found:
        return answer
    return _beside(render, answer, list(found.values()), "**Sources differ:**", statements_first=False)


def _own_currency_statement(statements: StatementFinder, asked: ParsedQuestion | None, table_fact: Fact) -> str | None:
    """The statement a question asking an amount in no currency finds (its fact's id), when it states the amount
    in another currency than the table's cell."""
    if asked is None or asked.currency is not None or table_fact.unit is not Unit.MONEY:
        return None
    found = statements.find(asked)
    if found is None or found.fact.unit is not Unit.MONEY or found.fact.currency == table_fact.currency:
        return None
    if QuantityCheck.another_quantity(asked, [found.fact]):
        return None  # '50 billion euros in security assistance' is no statement of the alliance's spending
    return found.fact.id


def with_the_documents_statement(
    statements: StatementFinder,
    answer: Answer,
    find_stated: Callable[[], Answer | None],
    prose_stated: frozenset[tuple[str | None, Unit]],
) -> Answer:
    """A figure looked up or counted in NATO's tables, and after it a document's own statement of the figure asked
    when it states another ('In 2023 the count was eleven' beside the tables' ten): both, each cited. The statement
    is looked for only where a document states a figure of the answer's year and unit (or a count) at all."""
    if not _of_the_tables(answer):
        return answer
    units = {fact.unit for fact in answer.facts} | {Unit.COUNT}
    restated = {(fact.period, unit) for fact in answer.facts for unit in units}
    span = _span_of_a_change(answer)
    if span is not None:
        restated.add((span, Unit.PERCENT))  # the change stated over its span ('2023→2024: +0.60')
    if not restated & prose_stated:
        return answer
    stated = find_stated()
    if stated is None or any(fact.citation.cell is not None for fact in stated.facts):
        return answer
    if not _the_same_figure_asked(answer, stated) or any(statements.one_line_of_several(f) for f in stated.facts):
        return answer  # a funding line of a document's table is no other statement of the whole
    if any(close(value, other) for value in stated.values for other in answer.values):
        return answer  # the document agrees, or its figure is shown already
    update = {
        "answer": "\n".join([answer.answer, "**Sources differ:**", stated.answer]),
        "beside": [*answer.beside, *stated.facts, *stated.beside],
        "citations": [*answer.citations, *stated.citations],
        "values": [*answer.values, *stated.values],
        "headline": " · ".join(part for part in (answer.headline, stated.headline) if part),
    }
    return answer.model_copy(update=update)


def _of_the_tables(answer: Answer) -> bool:
    return bool(answer.facts) and all(fact.citation.cell is not None for fact in answer.facts)


def _the_same_figure_asked(answer: Answer, stated: Answer) -> bool:
    """The statement gives the kind of figure the tables' answer does, for its year: one ally's figure beside its
    cell, or a count of allies beside the tables' count (the cells counted are many allies' of one year)."""
    span = _span_of_a_change(answer)
    if span is not None:
        return _the_same_change(answer, stated, span)
    periods = {fact.period for fact in answer.facts}
    own = [fact for fact in stated.facts if fact.period in periods]
    if not own:
        return False
    if len(answer.facts) == 1:
        (cell,) = answer.facts
        return any(fact.subject == cell.subject and fact.unit is cell.unit for fact in own)
    counted = len({fact.subject for fact in answer.facts}) > 1 and answer.operation is None
    return counted and any(fact.unit is Unit.COUNT and not lexicon.is_country(fact.subject) for fact in own)


def _span_of_a_change(answer: Answer) -> str | None:
    """'How much did Germany's share rise between 2023 and 2024?' worked out from two of one ally's cells of a share
    of GDP: the span the change is over ('2023-2024'); None for any other answer. (A change of an amount worked out
    from the tables is in dollars, which no document's relative change restates.)"""
    if answer.operation != Operation.CHANGE.value or len({fact.subject for fact in answer.facts}) != 1:
        return None
    kinds = {domain.question_words().kind_of_measure(fact.measure) for fact in answer.facts}
    years = sorted(fact.period for fact in answer.facts if fact.period and fact.period.isdigit())
    if kinds != {"share_of_gdp"} or len(years) != len(answer.facts) or len(set(years)) < SPAN_YEARS:
        return None
    return f"{years[0]}-{years[-1]}"


def _the_same_change(answer: Answer, stated: Answer, span: str) -> bool:
    """A document's own change of the ally's share of GDP over the span the tables' change is worked out over (its
    table's '2023→2024' column of 'Change in share of GDP'): the same figure, stated otherwise when it differs."""
    subjects = {fact.subject for fact in answer.facts}
    return any(
        fact.subject in subjects and fact.measure_kind == "change" and fact.period == span and _of_a_share_of_gdp(fact)
        for fact in stated.facts
    )


def _of_a_share_of_gdp(fact: Fact) -> bool:
    """A statement whose own words for its figure name a share of GDP ('Change in share of GDP'), never a change of
    an amount ('spending rose 28%')."""
    words = [fold(word) for word in re.findall(r"[A-Za-z]+", fact.measure_text or "")]
    return cues().gdp.within(words, 0, len(words))


def with_later_statements(render: Renderer, statements: StatementFinder, answer: Answer) -> Answer:
    """A table's latest figure, asked with no year, after a document's statement of a later year: the later
    figure first, the tables' beside it, each with its date."""
    if len(answer.facts) != 1:
        return answer
    later = statements.later(answer.facts[0])
    return _beside(render, answer, later, "**The tables' latest year:**", statements_first=True) if later else answer


def _beside(render: Renderer, answer: Answer, found: list[Found], heading: str, *, statements_first: bool) -> Answer:
    """A table's answer and documents' statements of the same figure as one answer, the heading between them."""
    table = ([answer.answer], list(answer.facts), list(answer.values), [answer.headline or ""])
    stated = (
        [f"• {_quoted_with_its_amount(render, item)}" for item in found],
        [item.fact for item in found],
        [item.fact.value for item in found if item.fact.value is not None],
        [item.figure for item in found],
    )
    first, second = (stated, table) if statements_first else (table, stated)
    facts = [*first[1], *second[1]]
    update = {
        "answer": "\n".join([*first[0], heading, *second[0]]),
        "facts": facts,
        "citations": [phrasing.citation_of(f, render.documents[f.citation.document]) for f in facts],
        "values": [*first[2], *second[2]],
        "headline": " · ".join([*first[3], *second[3]]),
    }
    return answer.model_copy(update=update)


def _quoted_with_its_amount(render: Renderer, item: Found) -> str:
    """A statement quoted, a table's bare cell with its amount written out ('204.8' under 'Personnel ('000)' is
    204.8 thousand)."""
    quoted = render.quoted(item.fact, item.figure)
    return f"{quoted}; {_cell_amount(item.fact)[0]}" if _bare_amount(item.fact) else quoted


def beside_worked_out(answer: Answer, worked_out: Answer) -> Answer:
    """A document's statement, then the same figure worked out from the tables' cells, each with its sources. A
    follow-up carries on from the statement (its facts); the cells worked out are shown beside it."""
    update = {
        "answer": "\n".join([answer.answer, "**Sources differ — worked out from NATO's tables:**", worked_out.answer]),
        "beside": [*worked_out.facts, *worked_out.beside],
        "citations": [*answer.citations, *worked_out.citations],
        "values": [*answer.values, *worked_out.values],
        "calculation": worked_out.calculation,  # the headline stays the statement's: the figure the answer leads with
        "operation": worked_out.operation,
    }
    return answer.model_copy(update=update)
