"""Several questions in one message ('what's the US share and how many met 2%?'): each part answered in
turn, a part's answer the context of the next, and the answers joined."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from knowledge.ask.context import refers_to_previous_answer
from knowledge.ask.intent import PERSON_PRONOUNS, qualifying_lead
from knowledge.ask.render import unique, unique_citations
from knowledge.ask.verify_numbers import close
from knowledge.models import Answer, Band
from knowledge.question import Question

MAX_CLOSEST = 5  # closest questions offered for the parts not answered


@dataclass(frozen=True)
class NotAnswered:
    """A part of a message not answered: where it stands, its words, and its own withheld answer."""

    index: int
    part: str
    answer: Answer


class Single(Protocol):
    def __call__(self, question: str, parsed: Question, previous: Answer | None, *, whole: bool = True) -> Answer: ...


def multi(
    single: Single, parse: Callable[[str], Question], question: str, parts: tuple[str, ...], previous: Answer | None
) -> Answer:
    answers: list[Answer] = []
    context = previous
    named_people: list[str] = []
    every_part_answered = last_answered = True
    lead = ""
    for index, part in enumerate(parts):
        if index < len(parts) - 1 and qualifying_lead(part):
            lead = f"{lead}, {part.strip()}" if lead else part.strip()
            continue  # 'As a share of GDP, which ally spent the most?': said of the part after it, never alone
        parsed = parse(part)
        if parsed.word_set & PERSON_PRONOUNS and not parsed.people:
            parsed.people = list(named_people)  # "trump said …, what did he want?": he is Trump
        named_people += [person for person in parsed.people if person not in named_people]
        if not last_answered and refers_to_previous_answer(parsed.words):
            continue  # '… and how much of its budget is that?' after a part not answered: 'that' is unknown
        answer = _under_its_lead(single, parse, (lead, part), context) if lead else None
        if answer is None or not answer.answered:
            answer = single(part, parsed, context, whole=False)
        lead = ""
        last_answered = answer.answered
        every_part_answered = every_part_answered and last_answered
        if last_answered:
            answers.append(answer)
            context = answer
    if not every_part_answered:
        whole = single(question, parse(question), previous)
        if whole.answered or not answers:
            return whole
    return joined(question, answers)


def _under_its_lead(
    single: Single, parse: Callable[[str], Question], lead_and_part: tuple[str, str], context: Answer | None
) -> Answer:
    lead, part = lead_and_part
    said = f"{lead}, {part.strip()}"
    return single(said, parse(said), context, whole=False)


def joined(question: str, answers: list[Answer]) -> Answer:
    """The answers as one; two parts resolved to the same statement say it once."""
    distinct: dict[tuple[str, ...], Answer] = {}
    for answer in answers:
        key = tuple(fact.id for fact in answer.facts) or (answer.answer,)
        # 'what's core plus related in total – and how's it divided?': the parts the whole was stated with, asked
        # again, are said once
        key = next((said for said in distinct if answer.facts and set(key) <= set(said)), key)
        first = distinct.setdefault(key, answer)
        if first is not answer:  # 'what did it replace and when was it agreed?': the year the second part asks
            values = [*first.values, *(value for value in answer.values if value not in first.values)]
            distinct[key] = first.model_copy(update={"values": values})
    answers = list(distinct.values())
    if len(answers) == 1:
        return answers[0].model_copy(update={"question": question})
    return Answer(
        question=question,
        answered=True,
        band=Band.ANSWER,
        # a part asked after another may carry its figure on ('… and what share did the US pay?'): said once
        answer="\n".join(dict.fromkeys(line for answer in answers for line in answer.answer.split("\n"))),
        headline=" · ".join(answer.headline or "" for answer in answers),
        confidence=min(answer.confidence for answer in answers),
        facts=unique(fact for answer in answers for fact in answer.facts),
        citations=unique_citations(c for answer in answers for c in answer.citations),
        values=[value for answer in answers for value in answer.values],
        calculation="\n".join(a.calculation for a in answers if a.calculation) or None,
    )


def answers_more(whole: Answer, parts: list[Answer]) -> bool:
    """The message read whole states every figure its parts answered and one more: it answers a part they leave
    unanswered, rather than one of theirs again under the whole message's words."""
    if whole.band is not Band.ANSWER:
        return False
    said = [value for answer in parts for value in answer.values]
    covered = all(any(close(value, stated) for stated in whole.values) for value in said)
    return covered and any(not any(close(stated, value) for value in said) for stated in whole.values)


def partly(question: str, answers: list[Answer], unanswered: list[NotAnswered]) -> Answer:
    """A message answered in part: the parts answered, each cited, then for each part not answered a plain line
    saying so with the closest questions its own withheld answer offers. Band `partial`, never the whole answer."""
    answered = joined(question, answers)
    suggestions = list(dict.fromkeys(s for missing in unanswered for s in missing.answer.suggestions))
    asked = [_asked(missing.part) for missing in unanswered]
    lines = [f"**Not answered:** “{part}” — no figure I can cite answers that part." for part in asked]
    closest = ["Closest questions I can answer:", *(f"• {s}" for s in suggestions[:MAX_CLOSEST])] if suggestions else []
    return answered.model_copy(
        update={
            "band": Band.PARTIAL,
            "answer": "\n".join([answered.answer, "", *lines, *closest]),
            "suggestions": suggestions,
            "unanswered_parts": asked,
        }
    )


def _asked(part: str) -> str:
    return " ".join(part.split()).strip(" ,;:–—-")


def answers_its_part(words: list[str], answer: Answer, context: Answer | None, previous: Answer | None) -> bool:
    """A part's answer answers it unless it only gives the answer before the message again ('what was that target?'
    answered by the count of allies that met it), or, pointing at a figure the part before worked out ('how much
    more was that than Germany's?' after a sum), it is worked out without every operand of that figure."""
    if previous is not None and previous.facts and _same_facts(answer, previous) and not answer.yes_no:
        return False
    pointed = context is not None and context.calculation is not None and refers_to_previous_answer(words)
    if pointed and context is not None and len(context.facts) > 1:
        return {fact.id for fact in context.facts} <= {fact.id for fact in answer.facts}
    return True


def _same_facts(answer: Answer, previous: Answer) -> bool:
    return {fact.id for fact in answer.facts} == {fact.id for fact in previous.facts}
