"""A premise carrying a figure, before or inside the question ('France had about 300,000 military personnel in
2018, right?', 'I read that half of Türkiye's 2024 spending went on equipment. What's the actual share?', 'Since
Germany already spent 3% of GDP in 2020, why …?'): the message asked again without the premise's figure, answered
and verified as any question is, then Yes or No by whether the figure that answer states holds the premise within
its rounding. The premise's figure is never a figure the answer states: it is named only as what is corrected
('not 3%'); every figure stated is the verified answer's own, cited."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from knowledge import domain, lexicon
from knowledge.ask.quantities import is_change
from knowledge.ask.year_checked import reading_a_premise
from knowledge.cues import cues
from knowledge.models import Answer
from knowledge.phrasing import BOLD
from knowledge.words import normalise

EARLIEST_YEAR, LATEST_YEAR = 1900, 2100  # a bare whole number within these is a year, never a claimed figure
ROUND_NUMBER = 100  # a whole number from here on ending in zeros is rounded to its leading digits ('300,000')
HEDGED_TOLERANCE = 0.05  # 'about 2%' also holds of a figure within this share of it
FRACTION_TOLERANCE = 0.1  # 'almost a quarter' holds of 22.7%
CURRENCY = r"(?:US\$|\$|€|£|USD\s?|EUR\s?)"
NUMBER = r"\d+(?:,\d{3})*(?:\.\d+)?"
PERCENT = r"\s?(?:%|percent\b|per\s+cent\b)"
YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,]\d)")
SENTENCE = re.compile(r"[^.?!]+(?:[.?!]+|$)")
TOLD_APART = re.compile(r"[.?!;:]\s+|\s[—–-]\s|[—–]")  # a sentence's end, a colon or a dash between clauses
COUNT_OF_A_WHOLE = re.compile(r"\s+(?:out\s+)?of\s+(?:the\s+)?(?P<total>\d[\d,]*)\b(?![.,]\d|\s*%)", re.IGNORECASE)
CLAUSE_BREAK = re.compile(r"[,:–—]|\s-\s")  # between a premise's clause and a conclusion drawn from it
COUNTED_REACH = 2  # the words after a number that may say what it counts ('880 military personnel')
ASKED_REACH = 4  # words after a question word where a negation turns what it asks round ('how many didn't')
NEGATION_REACH = 4  # 'has never been above 2%': a negation this close before the figure turns the premise round


@dataclass(frozen=True)
class Figure:
    """A figure as typed: its value in units (a percentage for a share), its kind and how it is rounded."""

    start: int
    end: int
    value: float
    kind: str  # 'percent', 'money' or 'number'
    digits: str  # the number as typed, without its scale ('300,000', '2.5'); '' for a fraction word ('half')
    scale: float
    floor: bool = False  # typed with a plus after it ('50%+')
    currency: str = ""  # the currency typed before it ('€' of '€19.9bn'), which the figure asked keeps
    total: float | None = None  # the whole a count is of ('22 out of 30 allies': 30)


@lru_cache(maxsize=1)
def _clause_end() -> re.Pattern[str]:
    """A sentence's end or a semicolon; never the full stop of an honorific ('What fraction did Ms. Gagnon say was
    below 2 percent?' is one clause, its question word before the figure: data, honorifics)."""
    # the honorifics looked behind only once a full stop is found: at every character they cost ~2 ms a question
    honorifics = "".join(rf"(?<!\b{re.escape(honorific)}\.)" for honorific in cues().raw.honorifics)
    return re.compile(rf"(?:[?!;]|\.{honorifics})(?:\s+|$)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _figure_pattern() -> re.Pattern[str]:
    words = domain.question_words().premises
    scales = "|".join(map(re.escape, sorted(words.scales, key=len, reverse=True)))
    fractions = "|".join(map(re.escape, sorted(words.fractions, key=len, reverse=True)))
    return re.compile(
        rf"(?<![\w.,$€£-])(?P<currency>{CURRENCY})?(?P<number>{NUMBER})(?:\s?(?P<scale>{scales})\b)?"
        rf"(?P<percent>{PERCENT})?(?P<plus>\+)?(?![\w-]|[.,]\d)|\b(?P<fraction>{fractions})\b",
        re.IGNORECASE,
    )


def figures_in(text: str, *, told: bool = True) -> list[Figure]:
    """The figures a text types, years and labels ('Table 3') aside; `told`: typed by the asker, where a bare
    number must count something named (an answer's bold '32' is a figure)."""
    premises = domain.question_words().premises
    found: list[Figure] = []
    counted_to = -1  # the end of the whole a count just read is of ('22 out of 30'): no figure of its own
    for match in _figure_pattern().finditer(text):
        if match.start() < counted_to:
            continue
        if match["fraction"]:
            if not _a_share_of_something(text[match.end() :]):
                continue  # 'I half remember it'
            share = premises.fractions[match["fraction"].casefold()]
            found.append(Figure(match.start(), match.end(), share, "percent", "", 1.0))
            continue
        digits = match["number"]
        number = float(digits.replace(",", ""))
        scale = premises.scales[match["scale"].casefold()] if match["scale"] else 1.0
        kind = "percent" if match["percent"] else "money" if match["currency"] else "number"
        plain = not match["scale"] and digits.isdigit()
        # '2024 %', 'usd 2024', "back in '14", 'did my 12 with the Royal Anglians': a year, or a number counting
        # nothing named ('5 allies' and '30 members' count)
        if plain and (EARLIEST_YEAR <= number <= LATEST_YEAR or text[: match.start()].endswith(("'", "’"))):
            continue
        whole = COUNT_OF_A_WHOLE.match(text, match.end()) if plain and kind == "number" else None
        end = whole.end() if whole else match.end()
        counting = not told or _counts(text[end:]) or bool(whole and not told)
        if plain and kind == "number" and (_labelled(text[: match.start()]) or not counting):
            continue
        currency = match["currency"] or ""
        total = float(whole["total"].replace(",", "")) if whole else None
        counted_to = end
        found.append(
            Figure(match.start(), end, number * scale, kind, digits, scale, bool(match["plus"]), currency, total)
        )
    return found


def _a_share_of_something(after: str) -> bool:
    """'half of Türkiye's spending', 'half the budget', '… roughly two-thirds?': a fraction of a whole."""
    clause = re.split(r"[,;:.?!–—]", after)[0]
    words = normalise(clause).split()
    return not words or words[0] in {"of", "the", "its", "their", "a"}


def _counts(after: str) -> bool:
    """'880 military personnel', '138,000 active troops', '30 members': a number counting a noun right after it,
    one word describing it aside."""
    words = normalise(after).split()[:COUNTED_REACH]
    return bool(set(words) & set(domain.question_words().premises.counted))


def _labelled(before: str) -> bool:
    words = normalise(before).split()
    return bool(words) and words[-1] in domain.question_words().premises.labels


def _words_before(text: str, figure: Figure) -> str:
    """The last words typed before a figure, a tilde read as the hedge it is ('~80bn')."""
    before = text[: figure.start].rstrip()
    hedge = " about" if before.endswith("~") else ""
    return " " + " ".join(normalise(before).split()[-3:]) + hedge


def _ends_with(said: str, phrases: tuple[str, ...]) -> bool:
    return any(said.endswith(f" {phrase}") for phrase in phrases)


def a_line(text: str, figure: Figure) -> bool:
    """'the 2% guideline', 'Of the 5%, …': a line tested against or a goal named, not a figure claimed."""
    verifier = domain.question_words().verifier
    after = normalise(text[figure.end :]).split()[:3]
    for unit in domain.question_words().premises.units:  # 'the 2% of GDP guideline'
        if after[: len(unit.split())] == unit.split():
            after = after[len(unit.split()) :]
    before = normalise(text[: figure.start]).split()[-2:]
    # 'the Hague 5%', 'the old 2% thing': a figure the message names as a known one
    return bool(after and after[0] in verifier.goal_nouns) or "the" in before


def _asked_with(text: str, figure: Figure) -> bool:
    """'What is 2% of Germany's GDP?', 'give me … the number of allies at 2%': a figure inside a question or a
    request asking something else with it, not a premise; one a clause of reason takes as given ('since Germany
    spent 3% …') or a yes or no question tests is."""
    question_words = domain.question_words()
    opening = _clause_end().split(text[: figure.start])[-1]
    words = [word for word in normalise(opening).split() if word not in question_words.leading_connectives]
    if not words or words[0] in question_words.premises.presupposing:
        return False
    said = " ".join(words) + " "
    # 'by what year are allies to hit 5%?', 'in 2014 when the pledge was made, how many spent 2%+?'
    return bool(set(words) & set(question_words.interrogatives)) or said.startswith(
        tuple(f"{request} " for request in question_words.premises.requests)
    )


def _argued_from(text: str, figure: Figure) -> bool:
    """'The US already spends 5% of GDP, so Trump's just asking others to match it.': a premise the sentence goes
    on to draw a claim from; the figure alone does not settle that second claim."""
    rest = _clause_end().split(text[figure.end :])[0]
    clauses = [normalise(clause).split() for clause in CLAUSE_BREAK.split(rest)[1:]]
    conclusions = domain.question_words().premises.conclusions
    return any(words[: len(phrase.split())] == phrase.split() for words in clauses for phrase in conclusions)


def conclusion_checked(question: str, answer_of: Callable[[str], Answer]) -> Answer | None:
    """'The UK has about 138,000 military personnel — so it's under 150,000 in 2024, yes?': a premise and a yes or no
    drawn from it, pointing back with 'it' or 'that': the test asked of what the premise speaks of ('The UK has
    military personnel under 150,000 in 2024, yes?'), answered by the true figure, which settles the premise too."""
    figures = [figure for figure in figures_in(question) if not a_line(question, figure)]
    if not figures or not _argued_from(question, figures[0]):
        return None
    claim = figures[0]
    rest = _clause_end().split(question[claim.end :])[0]
    told, *concluded = CLAUSE_BREAK.split(rest, maxsplit=1)
    tested = _after_the_pointer(concluded[0]) if concluded else ""
    if not tested:
        return None
    start = max((end.end() for end in _clause_end().finditer(question[: claim.start])), default=0)
    before = question[start : claim.start]
    qualifier = _qualifier(_words_before(question, claim))
    if qualifier:
        cut = before.casefold().rstrip().rfind(qualifier.split(maxsplit=1)[0].casefold())
        before = before[:cut] if cut >= 0 else before
    answer = answer_of(" ".join(f"{before} {told} {tested}".split()))
    return answer.model_copy(update={"question": question}) if answer.answered and answer.yes_no else None


def _after_the_pointer(conclusion: str) -> str:
    """'so it's under 150,000 in 2024, yes?' → 'under 150,000 in 2024, yes?': the test after a word of conclusion
    and the pronoun and verb pointing back; '' when the clause opens otherwise."""
    words = conclusion.split()
    premises = domain.question_words().premises
    said = [normalise(word) for word in words]
    for phrase in premises.conclusions:
        length = len(phrase.split())
        if said[:length] == phrase.split() and said[length : length + 1] and said[length] in premises.pointers:
            return " ".join(words[length + 1 :])
    return ""


def the_premise(text: str) -> Figure | None:
    """The one figure a message tells as a premise, if it tells exactly one. A figure the message also names as a
    known one ('They say 5% but … How much of the 5% goes to core defence?') is what it asks about, no premise."""
    figures = figures_in(text)
    named = [a_line(text, figure) for figure in figures]
    lines = {(figure.value, figure.kind) for figure, line in zip(figures, named, strict=True) if line}
    claimed = [
        figure for figure, line in zip(figures, named, strict=True) if not line and not _asked_with(text, figure)
    ]
    if len(claimed) != 1 or _argued_from(text, claimed[0]) or (claimed[0].value, claimed[0].kind) in lines:
        return None
    said_before = set(normalise(text[: claimed[0].start]).split()[-NEGATION_REACH:])
    return None if said_before & domain.question_words().premises.negations else claimed[0]


def _holds(claim: Figure, stated: Figure, said_before: str) -> bool:
    premises = domain.question_words().premises
    if claim.total is not None and stated.total is not None and not math.isclose(claim.total, stated.total):
        return False  # '22 out of 30' is not '22 of 32'
    if claim.floor or _ends_with(said_before, (*premises.at_least, *premises.reaching)):
        return stated.value >= claim.value
    if _ends_with(said_before, premises.at_most):
        return stated.value <= claim.value
    return _within_rounding(claim, stated.value, hedged=_ends_with(said_before, premises.hedges))


def _within_rounding(claim: Figure, value: float, *, hedged: bool) -> bool:
    """'3%' holds of 3.38%, '2.5%' of 2.46%, '300,000' of 298,000; 'about' also of a figure within 5% of it."""
    if not claim.digits:  # 'half', 'almost a quarter': a fraction is itself a rounding
        return math.isclose(value, claim.value, rel_tol=FRACTION_TOLERANCE if hedged else HEDGED_TOLERANCE)
    if hedged and math.isclose(value, claim.value, rel_tol=HEDGED_TOLERANCE):
        return True
    in_units = value / claim.scale
    number = float(claim.digits.replace(",", ""))
    if "." in claim.digits:
        return round(in_units, len(claim.digits.partition(".")[2])) == number
    whole = int(number)
    if (hedged or whole >= ROUND_NUMBER) and whole:
        zeros = len(str(whole)) - len(str(whole).rstrip("0"))
        return round(in_units, -zeros) == whole
    return round(in_units) == whole


def _comparable(claim: Figure, stated: Figure) -> bool:
    """A share against a share, a count against a count; an amount typed without its currency ('20 billion')
    against a sum of money, and the other way round."""
    million = domain.question_words().premises.scales["million"]
    if claim.kind == stated.kind:
        return True
    # '20 billion' typed against 'US$20.1 billion'; '€19.9bn' against '19.9 billion Euros' (the currency a word after)
    return {claim.kind, stated.kind} == {"number", "money"} and min(claim.scale, stated.scale) >= million


def premise_checked(question: str, answer_of: Callable[[str], Answer]) -> Answer | None:
    """`answer_of` answers the message without the premise's figure, verified as any question is; None when there
    is no premise, no verified answer, or no figure of the premise's kind that answer states."""
    claim = the_premise(question)
    if claim is None or _asks_the_rest(question, claim):
        return None
    said_before = _words_before(question, claim)
    with reading_a_premise():
        whole, *parts = map(answer_of, _asked_without(question, claim, _qualifier(said_before)))
    # 'Poland spent 4% of GDP in 2024. What was its equipment share?': the premise's own clause says what its
    # figure is of; the whole message's answer settles it only when it leads with the same fact, and is told after
    settling = [(part, stated) for part in parts if (stated := _the_figure_stated(part, claim, question))]
    if not settling or settling[0][0].facts[:1] == whole.facts[:1]:
        stated = _the_figure_stated(whole, claim, question)
        return _verdict(question, whole, claim, stated, said_before) if stated is not None else None
    answer, stated = settling[0]
    settled = _verdict(question, answer, claim, stated, said_before)
    if settled is None or not whole.answered:
        return settled
    return settled.model_copy(
        update={
            "answer": f"{settled.answer}\n{whole.answer}",
            "facts": [*settled.facts, *whole.facts],
            "citations": [*settled.citations, *whole.citations],
            "values": [*settled.values, *whole.values],
            # the whole message's worked-out figure is stated too, so its working is shown with it
            "calculation": "; ".join(filter(None, (settled.calculation, whole.calculation))) or None,
        }
    )


def _asks_the_rest(question: str, claim: Figure) -> bool:
    """'If 22 allies reached the 2% target …, how many didn't?': a question after the premise asking with a negation
    asks the rest of what the premise counts, which the premise's figure settles nothing of."""
    after = normalise(question[claim.end :]).split()
    asking = [at for at, word in enumerate(after) if word in domain.question_words().interrogatives]
    negations = domain.question_words().premises.negations
    return any(set(after[at : at + ASKED_REACH]) & negations for at in asking)


def premise_answered(question: str, answer: Answer, answer_of: Callable[[str], Answer]) -> Answer | None:
    """'What about 2015? They had 150,000 then, right?' answered with the figure asked, the premise left aside: Yes
    or No put before it, when the message asked without the premise's figure leads with the same fact."""
    claim = the_premise(question)
    if claim is None or answer.yes_no or not _told_as_a_statement(question, claim):
        return None
    stated = _the_figure_stated(answer, claim, question)
    if stated is None:
        return None
    said_before = _words_before(question, claim)
    for asked in _asked_without(question, claim, _qualifier(said_before)):
        with reading_a_premise():
            again = answer_of(asked)
        if again.answered and again.facts[:1] == answer.facts[:1]:
            return _verdict(question, answer, claim, stated, said_before)
    return None


def _told_as_a_statement(question: str, claim: Figure) -> bool:
    """'They had 150,000 then, right?': a premise told in a sentence that asks nothing else with a question word,
    and not a line the question asks about reaching ('target year for hitting 5%??')."""
    question_words = domain.question_words()
    start = max((end.end() for end in _clause_end().finditer(question[: claim.start])), default=0)
    closing = _clause_end().search(question, claim.end)
    sentence = normalise(question[start : closing.start() if closing else len(question)]).split()
    said_before = _words_before(question, claim)
    reaching = _ends_with(said_before, question_words.premises.reaching)
    return not set(sentence) & set(question_words.interrogatives) and not reaching


def _the_figure_stated(answer: Answer, claim: Figure, question: str) -> Figure | None:
    """The one figure a verified answer leads with, of the premise's kind and of every year the message names
    ('Greece: 2.22% of GDP → 3.08% of GDP' leads with two, and settles no premise of one)."""
    bold = BOLD.search(answer.answer) if answer.answered and answer.facts else None
    stated = figures_in(bold.group(1), told=False) if bold else []
    if len(stated) != 1 or not _comparable(claim, stated[0]):
        return None
    # '“The **5%** pledge replaces the **2%** guideline …”': a quote stating two figures of the premise's kind
    # leads with neither
    first_line = answer.answer.partition("\n")[0]
    told_alike = [
        figure
        for said in BOLD.findall(first_line)
        for figure in figures_in(said, told=False)
        if _comparable(claim, figure)
    ]
    if len(told_alike) != 1:
        return None
    if _of_another_subject(question, claim, answer.facts[0].subject):
        return None  # 'the US covers 64% and Europe 36%?': Europe's line settles no figure of the US
    if answer.facts[0].citation.cell is not None and _told_by_prose(question, claim):
        return None
    if _a_share_typed(question, claim) and is_change(answer.facts[0]):
        return None  # '35% of alliance spending' is settled by no '19.4% real-term increase'
    years = set(YEAR.findall(question))
    # 'in 2017 … in constant 2015 dollars': the price basis a figure's qualifiers name is a year the message names too
    periods = {
        year
        for fact in answer.facts
        for said in (fact.period or fact.citation.quote, *fact.qualifiers)
        for year in YEAR.findall(said)
    }
    return stated[0] if years <= periods else None


def _of_another_subject(question: str, claim: Figure, subject: str) -> bool:
    """The premise's own clause names whom its figure is of, and the answer's lead fact is of someone else."""
    clause = TOLD_APART.split(_clause_end().split(question[: claim.start])[-1])[-1].split(",")[-1]
    named = {
        mention.target
        for mention in lexicon.find_mentions(normalise(clause).split(), lexicon.entity_aliases())
        if mention.target != lexicon.NATO_ALLIES
    }
    return bool(named) and subject not in named


def _a_share_typed(question: str, claim: Figure) -> bool:
    """'roughly 35% of alliance defence spending': a percentage typed as a share of a whole, no change."""
    after = normalise(question[claim.end :]).split()
    return claim.kind == "percent" and after[:1] == ["of"]


def _told_by_prose(question: str, claim: Figure) -> bool:
    """'The article says the US pays 64%': a premise put in the words of an article or a report."""
    sentence = _clause_end().split(question[: claim.start])[-1] + question[claim.start : claim.end]
    return bool(set(normalise(sentence).split()) & domain.question_words().premises.prose_sources)


def _asked_without(question: str, claim: Figure, qualifier: str) -> list[str]:
    """The message without the premise's figure (and the hedge or bound typed before it); then the premise's own
    clause so ('Since Germany already spent 3% of GDP in 2020, why is everyone …?': 'Germany already spent of GDP
    in 2020'), its leading word of reason and the asker's tags aside."""
    before = question[: claim.start]
    if qualifier:
        cut = before.casefold().rstrip().rfind(qualifier.split(maxsplit=1)[0].casefold())
        before = before[:cut] if cut >= 0 else before
    # 'the Netherlands spent €19.9bn': the figure asked of an ally is in euros ('my dog costs $65' asks nothing)
    of_someone = claim.currency and lexicon.find_mentions(normalise(before).split(), lexicon.entity_aliases())
    after = f"{claim.currency.strip()} {question[claim.end :]}" if of_someone else question[claim.end :]
    whole = " ".join(f"{before} {after}".split())
    opening = _clause_end().split(before)[-1].split(",")[-1]
    closing = re.split(r"[,;:.?!–—]|\s-\s", after)[0]
    words = opening.split()
    if words and normalise(words[0]) in domain.question_words().premises.presupposing:
        words = words[1:]
    clause = " ".join([*words, *closing.split()])
    asked = [whole] if clause == whole or not clause else [whole, clause]
    # 'Belgium spent roughly 78% of its 2015 defence budget on personnel, correct?': the clause asking its figure
    # in its place ('Belgium spent what % of its 2015 defence budget on personnel?') when the clause alone is no
    # question the documents answer; a message asking nothing ('just tell me Germany spent 5% … Say it
    # confidently.') asks no premise checked
    in_place = domain.question_words().premises.asked_in_place.get(claim.kind)
    if in_place and words and closing.strip() and "?" in question:
        asked.append(" ".join([*words, in_place, *closing.split()]) + "?")
    return asked + _asked_besides(question, claim) + _asked_without_the_teller(question, claim)


def _asked_besides(question: str, claim: Figure) -> list[str]:
    """'And in 2014? It was already 2% back then, wasn't it?': a premise sentence naming no one, pointing with 'it'
    or 'they' at what the message's other sentences ask, is a premise on their answer: those sentences alone."""
    sentences = SENTENCE.findall(question)
    told = next((sentence for sentence in sentences if claim.start < question.find(sentence) + len(sentence)), "")
    words = normalise(told).split()
    question_words = domain.question_words()
    if len(sentences) < 2 or not set(words) & set(question_words.third_person):
        return []
    if lexicon.find_mentions(words, lexicon.entity_aliases()):
        return []
    return [" ".join(sentence.strip() for sentence in sentences if sentence is not told)]


def _asked_without_the_teller(question: str, claim: Figure) -> list[str]:
    """'UK military personnel in 2015 — a forum post says 141,000. What's the table figure?': a clause of its own
    telling who said the premise's figure, naming no one the figure is of, is no part of what is asked: the message
    without that clause."""
    starts = [0, *(found.end() for found in TOLD_APART.finditer(question[: claim.start]))]
    ending = TOLD_APART.search(question, claim.end)
    start, end = starts[-1], ending.start() if ending else len(question)
    words = normalise(question[start:end]).split()
    if not set(words) & set(domain.question_words().verifier.hearsay):
        return []
    if lexicon.find_mentions(words, lexicon.entity_aliases()):
        return []  # 'my uncle says Poland had 200,000': the clause says whom the figure is of
    rest = " ".join(f"{question[:start].rstrip(' —–-:;,')}. {question[end:].lstrip(' —–-:;,.')}".split())
    return [rest] if rest.strip(" .") else []


def _verdict(question: str, answer: Answer, claim: Figure, stated: Figure, said_before: str) -> Answer | None:
    """Yes when the figure stated holds the premise, No (naming the premise's figure as what is corrected) when it
    does not; None when one figure cannot settle it ('Latvia has always been at 2%' is refuted by one year below
    it, never confirmed by one year at it)."""
    holds = _holds(claim, stated, said_before)
    premises = domain.question_words().premises
    told = set(normalise(_clause_end().split(question[: claim.start])[-1] + " " + question[claim.end :]).split())
    if (holds and told & premises.for_every_time) or (not holds and told & premises.for_some_time):
        return None
    typed = " ".join(filter(None, [_qualifier(said_before), question[claim.start : claim.end]]))
    text = f"**Yes** — {answer.answer}" if holds else f"**No** — not {typed}: {answer.answer}"
    return answer.model_copy(update={"question": question, "answer": text, "yes_no": True})


def _qualifier(said_before: str) -> str:
    """The hedge or bound typed right before the premise's figure ('about', 'more than'), '' if none."""
    premises = domain.question_words().premises
    phrases = (*premises.hedges, *premises.at_least, *premises.at_most)  # a verb ('hit 2.5%') stays with the message
    return next((phrase for phrase in phrases if said_before.endswith(f" {phrase}")), "")
