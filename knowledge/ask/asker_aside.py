"""Which answer, found with the asker's own ally set aside, still answers for that ally.

'Under the Hague pledge, by what year are we Romanians supposed to reach 5%?': the pledge is every ally's, so the
alliance's deadline answers for Romania. 'What did we Romanians spend?' is never answered by the alliance's
total, nor by another ally's figure: a group's amount, share or change is its own, and answers for a member only
when the question names the group itself ('us Italians with the rest of European NATO and Canada')."""

from __future__ import annotations

from knowledge import domain, lexicon
from knowledge.ask.verify_entities import members_of_groups
from knowledge.entities import EntityKind
from knowledge.measures import MEASURES
from knowledge.models import Answer, Fact
from knowledge.question import Question


def answers_for_the_asker(answer: Answer, askers: list[str], question: Question) -> bool:
    """`answer`, to `question` read without its asker's allies `askers`, holds for them: every fact it gives is
    a whole's they belong to, of a kind that holds for each member or of a whole the question names; a person's
    deeds and words count too. The fact it gives first is of a kind the question asks. An answer giving no fact
    states no figure of theirs."""
    if not answer.answered:
        return False
    if not answer.facts:
        return not answer.values and not answer.yes_no
    facts = [*answer.facts, *answer.beside]
    allies = [fact for fact in facts if lexicon.is_country(fact.subject)]
    if allies and not _counted_among(allies, askers, question):
        return False
    wholes = [fact for fact in facts if not lexicon.is_country(fact.subject)]
    if not all(_holds_for(fact, askers, question.entities) for fact in wholes):
        return False
    return _of_a_kind_asked(answer.facts[0], question)


def _counted_among(allies: list[Fact], askers: list[str], question: Question) -> bool:
    """'How many allies, us Poles included, were above 3%?': allies counted by one measure, the asker's own figure
    among them, count the asker too; any other ally's figure never answers for the asker's."""
    counted = question.has(*domain.question_words().asked_kinds.count)
    one_measure = len({fact.measure for fact in allies}) == 1
    return counted and one_measure and set(askers) <= {fact.subject for fact in allies}


def _holds_for(fact: Fact, askers: list[str], named: list[str]) -> bool:
    measure = MEASURES.get(fact.measure)
    entity = lexicon.entities_by_name().get(fact.subject)
    if (measure is not None and measure.about_a_person) or (entity is not None and entity.kind is EntityKind.PERSON):
        return True  # what someone said, called for or visited: their words, no member's figure
    if not all(asker in _members_of(fact.subject) for asker in askers):
        return False
    return fact.subject in named or _holds_for_each_member(fact)


def _holds_for_each_member(fact: Fact) -> bool:
    words = domain.question_words().askers
    kinds = _kinds(fact)
    if kinds is None:
        return fact.measure_kind in words.whole_open_kinds
    return bool(kinds & words.whole_kinds) and not kinds & words.measured_kinds


def _of_a_kind_asked(fact: Fact, question: Question) -> bool:
    """'Can that count towards the pledge?' is not answered by how many allies met it."""
    kinds = _kinds(fact) or set()
    asked_only = kinds & domain.question_words().askers.asked_only_kinds
    asked = domain.question_words().asked_kinds
    return not asked_only or any(question.has(*getattr(asked, kind, ())) for kind in asked_only)


def _kinds(fact: Fact) -> set[str] | None:
    measure = MEASURES.get(fact.measure)
    return None if measure is None else {kind.value for kind in measure.kinds}


def _members_of(name: str) -> frozenset[str]:
    """Every whole of allies' members: the alliance, the alliance less its largest member, the groups."""
    return members_of_groups().get(name, frozenset())
