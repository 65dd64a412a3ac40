"""Verify the quantity a question asks: a count, a percentage, a figure in real terms, per person, a share of
the alliance's total or of the answer's own, a reason or the parts of a whole — not some other figure of it.

Part of `knowledge.ask.verify`, which runs these checks beside the others (the form asked: `verify_form`).
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable

from knowledge import domain, lexicon
from knowledge.ask.measures_asked import change_measures
from knowledge.ask.parse import Operation, ParsedQuestion, SourceKind
from knowledge.ask.quantities import (
    asks_change_in_points,
    asks_the_economy_alone,
    changes_an_amount,
    counts_people,
    per_person_unaccounted,
    share_unaccounted,
)
from knowledge.ask.verify_evidence import TEXT_CACHE, forms, measure_parts
from knowledge.ask.verify_form import FormCheck
from knowledge.ask.verify_numbers import COUNTED_UNITS, percentages_in, stated
from knowledge.cues import cues
from knowledge.entities import EntityKind, entity_tables
from knowledge.lexicon import normalise
from knowledge.measures import MEASURES, QuestionKind
from knowledge.models import Answer, Fact, Unit
from knowledge.question import STOPWORDS

REAL_WORDS = frozenset({"real", "constant"})  # how facts in real terms are labelled
CURRENT_WORDS = frozenset({"current", "nominal", "cash"})  # how facts in current prices are labelled
WHOLE_WORDS = frozenset({"alliance", "allianc", "total"})  # what a share of the alliance's total is stated as
SHARE_CONCEPTS = frozenset({"share"})  # the concept (concepts.toml) of the words for a share: "percentage", "part"
INTERROGATIVES = frozenset(domain.question_words().interrogatives)
PERCENT_UNITS = frozenset({Unit.PERCENT, Unit.PERCENT_OF_GDP})
WHOLE_REACH = 5  # words after a share's 'of' that name its whole ('of projected gross domestic product')
DECIMAL_ZEROS = re.compile(r"0+%?")  # the zeros of '40.0%' after its value '40'
PERCENT_SIGNS = frozenset({"%", "percent", "per", "cent", "pct"})  # the words of a percentage after its figure
PRICE_WINDOW = 6  # words after a question word a measure of prices may stand at ("what is the rate of inflation")


class QuantityCheck:
    """The kind of quantity a question asks, against an answer's figures."""

    def __init__(self, evidence: Callable[[Fact], frozenset[str]], forms: FormCheck) -> None:
        self.evidence = evidence  # a fact's words
        self.forms = forms  # a view, a yes or no, a year or a time asked
        words = domain.question_words()
        self.real_terms = words.verifier.real_terms
        self.current_terms = words.verifier.current_terms
        self.per_person_asked = words.verifier.per_person
        self.time_units = words.verifier.per_time
        self.share_asked = words.verifier.share_asked
        self.share_nouns = words.verifier.share_nouns
        self.part_asked = words.verifier.part_asked
        self.share_of_gdp_asked = words.asked_kinds.share_of_gdp
        self.part_given_by = words.verifier.part_given_by
        self.reason_asked = words.asked_kinds.reason
        self.name_asked = words.asked_kinds.name
        self.breakdown_asked = words.asked_kinds.breakdown
        # 'the other part of the split': one part asked, named by the whole it is a part of
        self.one_part_asked = tuple(
            f"{part} {breakdown}" for part in words.verifier.one_part_of for breakdown in words.asked_kinds.breakdown
        )
        self.count_cues = words.asked_kinds.count
        self.price_measures = words.quantities.price_measures
        self.measure_heads = words.quantities.measure_heads
        self.yes_no_starts = words.verifier.yes_no_starts

    def quantity(self, question: ParsedQuestion, answer: Answer) -> list[str]:
        """'by what %', 'what percentage of': a percentage is asked, so an amount alone does not answer it;
        'how many allies…': a count is asked, so a share alone does not."""
        form = self.forms.form(question, answer)
        if form:
            return form
        counted = any(fact.unit in COUNTED_UNITS for fact in answer.facts) or answer.calculation
        in_percent = question.has("how many percent", "how many percentage")  # a percentage, counted in words
        # 'how many times more than Russia …' asks a ratio (a multiple stated, or worked out), never a count
        ratio = Operation.RATIO in question.operations
        asks_count = question.has(*self.count_cues) and not (in_percent or question.currency or ratio)
        if asks_count and not counted and len(answer.facts) < 2:
            return ["quantity: a count"]  # 'how many allies spend 5%?' is not answered by '5%'
        other_unit = (
            self._unit_unaccounted(question, answer)
            or economy_for_a_share(question, answer)
            or economy_unasked(question, answer)
            or change_unasked(question, answer)
        )
        if other_unit:
            return other_unit
        if self._real_terms_unaccounted(question, answer.facts):
            return ["quantity: in real terms"]  # 'real change' answered in current prices is another figure
        if self._current_prices_unaccounted(question, answer.facts):
            return ["quantity: in current prices"]  # an article's rounded share is no figure in current prices
        return _percentage(question, answer)

    def _unit_unaccounted(self, question: ParsedQuestion, answer: Answer) -> list[str]:
        if self._points_unaccounted(question, answer):
            return ["quantity: a change in percentage points"]  # 'belgium change in pp?' is no real change in %
        if self._people_unaccounted(question, answer.facts):
            return ["quantity: people"]  # 'over a million people?' is not answered by US$967.7 billion
        return []

    @staticmethod
    def _points_unaccounted(question: ParsedQuestion, answer: Answer) -> bool:
        """A change asked in percentage points ('in pp'), answered by a table's change in percent: another figure.
        A statement saying points ('Change (pp)', '1.15 points') or a difference worked out in points answers."""
        points = domain.question_words().operations.points_of_change
        if not asks_change_in_points(question) or answer.calculation:
            return False
        said = (
            f"{fact.citation.quote} {fact.citation.column_label or ''} {fact.measure_text or ''}"
            for fact in answer.facts
        )
        words = {f" {' '.join(normalise(text).split())} " for text in said}
        in_points = any(f" {phrase} " in text for phrase in points for text in words)
        return not in_points and (
            any(fact.measure in change_measures() for fact in answer.facts) or _levels_of_shares_only(answer.facts)
        )

    @staticmethod
    def _people_unaccounted(question: ParsedQuestion, facts: list[Fact]) -> bool:
        """A number the question counts people by ('over 1 million people'), answered by no figure of people."""
        return counts_people(question.words) and not any(fact.unit in (Unit.PEOPLE, Unit.COUNT) for fact in facts)

    def kind_in_words(self, question: ParsedQuestion, answer: Answer) -> list[str]:
        """'Why is there pressure on European capitals?' asks a reason, not '36%'; 'how is the 5% split?' asks
        the parts, not the 5% again."""
        if question.has(*self.reason_asked):
            return ["quantity: a reason"]
        if question.has(*self.name_asked) and not any(_names_another(question, fact) for fact in answer.facts):
            return ["quantity: a name"]  # 'what is the Polish name of the programme?' is never only its cost
        price = self._price_measure_asked(question)
        if price and not any(price in normalise(fact.citation.quote).split() for fact in answer.facts):
            return [f"quantity: {price}"]  # 'what was Turkish inflation?' is no spending at constant prices
        breakdown = question.has(*self.breakdown_asked) and not question.has(*self.one_part_asked)
        if breakdown and _whole_again(question, answer):
            return ["quantity: the parts"]
        return []

    def _price_measure_asked(self, question: ParsedQuestion) -> str | None:
        """'what was Turkish inflation in 2024?', 'what deflator does NATO use?': a measure of prices asked for
        itself, the first word after a question word past its verb, whom it is of and a noun naming its figure ('the
        rate of inflation'); 'what was the inflation adjusted change' asks a change, which the measure only
        qualifies."""
        words = question.words
        skipped = STOPWORDS | question.entity_words | self.yes_no_starts | self.measure_heads
        for index, word in enumerate(words):
            if word not in INTERROGATIVES:
                continue
            following = [later for later in words[index + 1 : index + 1 + PRICE_WINDOW] if later not in skipped]
            head = following[0] if following else ""
            qualified = len(following) > 1 and following[1] in self.real_terms
            if head in self.price_measures and not qualified:
                return head
        return None

    def share(self, question: ParsedQuestion, answer: Answer) -> list[str]:
        asked = question.has(*self.share_asked)
        part, named = question.has(*self.part_asked), question.has(*self.share_nouns)
        return share_unaccounted(question.operations, answer, asked=asked, part=part, named=named)

    @staticmethod
    def another_quantity(question: ParsedQuestion, facts: list[Fact]) -> list[str]:
        """'What share of GDP did Portugal spend on defence in 2024?' is not answered by 'a budget surplus of 0.7% of
        GDP': a share of GDP its own clause says is of another quantity (a surplus, debt) answers only a question
        naming that quantity."""
        others = cues().other_gdp_quantities
        spending = cues().defence_spending_words
        named: list[str | None] = []
        if not set(question.words) & others:
            named += [gdp_share_of_another_quantity(fact) for fact in facts]
        # 'How much did Denmark spend on defence?' is not answered by 'an acceleration fund of DKK 50 billion': the
        # figure given first, when spending is asked ('how big is SAFE?' asks the loan instrument itself, and a fund
        # stated beside the budget asked is context)
        amounts_of = others | cues().other_amount_quantities
        if set(question.words) & spending and not set(question.words) & amounts_of:
            amounts = [fact for fact in facts[:1] if fact.citation.cell is None and fact.unit is Unit.MONEY]
            named += [_quantity_of_amount(fact, amounts_of, spending) for fact in amounts]
        other = next((word for word in named if word), None)
        return [f"quantity: {other}, not asked"] if other else []

    def per_person(self, question: ParsedQuestion, facts: list[Fact]) -> list[str]:
        """Only a question asking per person pays for reading the facts' own words; one that does not ask it is
        not answered by a sentence's figure per person ('roughly $334' per person for the world's total)."""
        if not question.has(*self.per_person_asked):
            said = [_words_of_figure(fact) for fact in facts[:1] if fact.citation.cell is None]
            return ["quantity: a figure per person, not asked"] if any(self._per_person(s) for s in said) else []
        texts = (f"{fact.citation.quote} {fact.measure_text or ''}" for fact in facts)
        return per_person_unaccounted(True, {word for text in texts for word in normalise(text).split()})

    def per_time(self, question: ParsedQuestion, facts: list[Fact]) -> list[str]:
        """'How much did the US spend in 2024?' is not answered by '$110 million every hour', nor 'how much does the
        Pentagon spend in an hour?' by the year's total: the units of time asked and stated are the same."""
        asked = self._units_of_time(question.joined)
        if not asked and not question.years:
            return []  # 'how much are volunteers paid?': a monthly pay answers a question naming no year
        said = {
            unit
            for fact in facts[:1]
            if fact.citation.cell is None
            # the rate stands after the figure ('$110 million every hour'); 'A month earlier, …' before it is a time
            for unit in self._units_of_time(f" {' '.join(_clause_of_figure(fact)[1])} ")
        }
        if asked == said:
            return []
        return [f"quantity: a figure per {' or '.join(sorted(asked or said))}{'' if asked else ', not asked'}"]

    def spending_unstated(self, question: ParsedQuestion, facts: list[Fact]) -> list[str]:
        """'How big was Lithuania's defence budget in 2024?' is not answered by 'Carl-Gustaf rifles were ordered from
        Saab for EUR 34 million': an amount whose own words name an order and no spending is the price of what was
        bought, which answers only a question naming it."""
        verifier = domain.question_words().verifier
        if not lexicon.concepts(question.words) & verifier.spending_asked:
            return []
        for fact in facts[:1]:
            if fact.citation.cell is not None or fact.unit is not Unit.MONEY:
                continue
            # its own words and its heading's ('money' of 'open:money' names its kind, not what it is)
            kind = forms(*normalise(fact.measure.replace(":", " ").replace("_", " ")).split())
            said = set(self.evidence(fact) - kind)
            if not said & verifier.purchase_words or lexicon.concepts(sorted(said)) & verifier.spending_asked:
                continue
            # 'how much did Lithuania spend on Carl-Gustaf rifles?' asks the price of what its words name
            if not any(w in said for w in question.content_words if w not in verifier.neutral | question.entity_words):
                return ["quantity: what was spent, not the price of something bought"]
        return []

    @staticmethod
    def duration(question: ParsedQuestion, facts: list[Fact]) -> list[str]:
        """'How long is Danish military service?' asks a length of time: a figure not counted in months, weeks, days or
        years (17,300 personnel) answers something else."""
        verifier = domain.question_words().verifier
        if not question.has(*verifier.duration_asked) or not facts:
            return []
        units = verifier.duration_units
        counted = (fact.unit is Unit.DATE or set(_words_of_figure(fact).split()) & units for fact in facts)
        return [] if any(counted) else ["quantity: a length of time"]

    def _units_of_time(self, padded: str) -> set[str]:
        return {unit for unit, phrases in self.time_units.items() if any(f" {p} " in padded for p in phrases)}

    def _per_person(self, text: str) -> bool:
        padded = f" {text} "
        return any(f" {phrase} " in padded for phrase in self.per_person_asked)

    def share_of_whole(self, question: ParsedQuestion, answer: Answer) -> list[str]:
        """'what percentage of all NATO personnel were American': a share of the alliance's total, so a share of
        something else (the US's own spending on personnel) does not answer it."""
        # the alliance is the whole of its members' shares, but a part of the world's: 'what share of world
        # military spending did NATO members account for' asks the alliance's share of the world total
        alliance = {lexicon.NATO_ALLIES, lexicon.EUROPE_AND_CANADA}
        wholes = ({lexicon.WORLD} if lexicon.WORLD in question.entities else alliance) & set(question.entities)
        wholes -= {name for name in wholes if _named_as_source(question, name)}  # 'according to NATO's estimates'
        wholes -= self._giving_the_part(question, wholes)  # '… of military aid to Ukraine comes from NATO allies'
        parts = set(question.entities) - wholes
        if not parts and wholes == alliance:  # 'Europe and Canada as a share of NATO's total': a part of the whole
            parts, wholes = {lexicon.EUROPE_AND_CANADA}, {lexicon.NATO_ALLIES}
        if Operation.SHARE_OF_TOTAL not in question.operations or not wholes or not parts or answer.calculation:
            return []
        if question.has(*self.share_of_gdp_asked):
            return []  # 'what share of GDP did the US spend': a share of its economy, not of the alliance's total
        if _of_its_own(question, parts):
            return []  # 'what percentage of Finland's total defence expenditure went on equipment, per NATO'
        if question.source_kind is SourceKind.TABLE and any(fact.citation.cell is None for fact in answer.facts):
            return ["source: a share worked out from the tables"]  # not an article's rounded share beside a total
        return self._of_the_whole(answer, wholes, parts)

    def _giving_the_part(self, question: ParsedQuestion, wholes: set[str]) -> set[str]:
        """The wholes named right after the words a share is said to come from ('comes from NATO allies'): the part."""
        words = list(question.words)
        giving = set()
        for phrase in self.part_given_by:
            length = len(phrase.split())
            for start in range(len(words) - length + 1):
                if " ".join(words[start : start + length]) != phrase:
                    continue
                after = lexicon.find_mentions(words[start + length :], lexicon.entity_aliases())
                giving |= {mention.target for mention in after[:1] if mention.target in wholes}
        return giving

    def _of_the_whole(self, answer: Answer, wholes: set[str], parts: set[str]) -> list[str]:
        """The share stated is the part's, of the whole asked."""
        wholes_share = [f for f in answer.facts if f.subject in wholes and f.unit is Unit.PERCENT]
        if wholes_share and not any(fact.subject in parts for fact in answer.facts):
            return ["quantity: the part's share"]  # 'Canada's share of the Europe+Canada total' is not theirs
        if any(fact.subject in wholes and fact.unit is not Unit.PERCENT for fact in answer.facts):
            # 'of everyone in uniform across NATO, what % were Americans?': the whole's headcount beside a share
            # of something else (the US's 64% of spending) is no share worked out of it
            return ["quantity: a share worked out of the whole's figure"]
        if lexicon.WORLD in wholes:  # the world's total by its name ('of the world total', 'of the global figure')
            world = _names_of(lexicon.WORLD)
            named = any(self.evidence(fact) & world for fact in answer.facts)
            return [] if named else ["quantity: a share of the world"]
        world = _names_of(lexicon.WORLD) - WHOLE_WORDS  # 'world', 'worldwide', not the alliance's 'total'
        # '37% of all military spending worldwide' is the part's share of another whole (the whole's own share of
        # the world beside it is context)
        shares = [fact for fact in answer.facts if fact.subject in parts and fact.unit is Unit.PERCENT]
        if shares and all(_whole_named_after(fact) & world for fact in shares):
            return ["quantity: a share of the world's total"]
        if any(fact.subject in wholes or self.evidence(fact) & WHOLE_WORDS for fact in answer.facts):
            return []
        return ["quantity: a share of the alliance's total"]

    def _real_terms_unaccounted(self, question: ParsedQuestion, facts: list[Fact]) -> bool:
        """Real terms asked and no fact in constant prices or a real change, nor one that speaks of the very words
        asked ('UK inflation in May' asks about inflation itself)."""
        asked = [phrase for phrase in self.real_terms if question.has(phrase)]
        if not asked:
            return False
        evidence = set().union(*(self._own_measure_words(fact) for fact in facts))
        return not (evidence & REAL_WORDS or any(set(phrase.split()) <= evidence for phrase in asked))

    def _current_prices_unaccounted(self, question: ParsedQuestion, facts: list[Fact]) -> bool:
        """Current prices asked and no fact in them: a document's statement naming no price basis of its own ('what
        percent of the nato total did europe spend in 2024, current prices' is worked out from the tables' cells in
        current prices, not the article's 36%); a table's cells are each of their table's basis. A column headed
        '(cash)' is in current prices, one headed '(constant 2024-25 prices)' is not."""
        if not question.has(*self.current_terms):
            return False
        if question.has(*self.real_terms):
            return False  # '… in constant 2015 dollars? and don't give me current prices': one refuses the other
        if facts and self._own_measure_words(facts[0]) & REAL_WORDS:
            return True  # the figure led with is in constant prices, whatever cells of current prices follow it
        # a share of GDP has no price basis: 'in cash terms' beside one ('with 2%, …, and in cash terms one of the ten
        # largest') speaks of another figure
        amounts = [fact for fact in facts if fact.unit is not Unit.PERCENT_OF_GDP]
        in_them = (fact.citation.cell is not None or self._own_measure_words(fact) & CURRENT_WORDS for fact in amounts)
        return not any(in_them)

    def _own_measure_words(self, fact: Fact) -> frozenset[str]:
        """What a fact itself measures: a table cell by its measure and labels, not by the table's title, which
        names every measure of its table ('share of GDP and annual real change')."""
        if fact.citation.cell is None:
            return self.evidence(fact)
        return forms(*measure_parts(fact))


def share_of_another_whole(question: ParsedQuestion, facts: list[Fact]) -> list[str]:
    """'What share of GDP does the 2025 budget represent?' is not answered by '29.1% of the chapter' read as a share
    of GDP: the figure an answer leads with, its own words naming another whole right after it ('% of the chapter',
    '% of the FY2025 request'), is a share of that whole."""
    gdp = cues().raw.gdp_phrases
    if not question.has(*gdp):
        return []
    economies = {normalise(phrase.removeprefix("of ")) for phrase in gdp}
    for fact in facts[:1]:
        if fact.unit is not Unit.PERCENT_OF_GDP or fact.citation.cell is not None:
            continue
        after = _clause_of_figure(fact)[1]
        while after[:1] and (after[0] in PERCENT_SIGNS or DECIMAL_ZEROS.fullmatch(after[0])):
            after = after[1:]  # '29.1 % of the chapter', '2 per cent of GDP', '40.0%' found as its value '40'
        # 'of Russian GDP', 'of projected gross domestic product': the economy named within the whole's few words
        said = f" {' '.join(after[1 : 1 + WHOLE_REACH])} "
        if after[:1] == ["of"] and not any(f" {economy} " in said for economy in economies):
            whole = next((word for word in after[1:] if word not in STOPWORDS), "another whole")
            return [f"quantity: a share of the {whole}, not of GDP"]
    return []


def extreme_of_a_whole(question: ParsedQuestion, facts: list[Fact]) -> list[str]:
    """'Lowest defence/GDP ratio in the alliance in 2014?' asks for the end of a ranking of allies: the
    alliance's own figure is none of them."""
    if question.extreme is None:
        return []
    entities = lexicon.entities_by_name()
    groups = [f for f in facts if f.subject in entities and entities[f.subject].kind == EntityKind.GROUP]
    return [f"quantity: the {question.extreme.value} end"] if facts and len(groups) == len(facts) else []


def part_for_the_whole(question: ParsedQuestion, facts: list[Fact]) -> list[str]:
    """'What did allies agree at The Hague on overall defence spending?' asks the whole goal (the 5%), not a part of
    it (the 3.5% for core defence): a part answers a question naming a whole only beside the whole, or when the
    question names the part by a word only the part's measure has ('core')."""
    if not set(question.words) & domain.question_words().intent.whole_words:
        return []
    measures = {fact.measure for fact in facts}
    asked = set(question.words)
    for part in facts:
        whole = MEASURES[part.measure].parts_of if part.measure in MEASURES else None
        if whole is None or whole in measures or whole not in MEASURES or _beside_a_larger(part, facts):
            continue
        if not asked & (MEASURES[part.measure].keywords - MEASURES[whole].keywords):
            return ["quantity: a part of the whole asked"]
    return []


def _beside_a_larger(part: Fact, facts: list[Fact]) -> bool:
    """The answer also gives a larger figure of the same kind its sentence states: the whole the part is of ('5% of
    GDP by 2035, of which at least 3.5% …')."""
    return any(
        fact.unit is part.unit and fact.citation.quote == part.citation.quote and (fact.value or 0) > (part.value or 0)
        for fact in facts
    )


def end_asked_of_one_change(question: ParsedQuestion, answer: Answer) -> list[str]:
    """'The US has had the highest share every year since 2014. Who was top in 2021?': whom a ranking puts at its
    end is asked; one ally's change between the years named ranks no one."""
    asks_whom = bool(set(question.words) & domain.question_words().whom_asked)
    if question.extreme is None or not asks_whom or answer.operation != Operation.CHANGE.value:
        return []
    return [f"quantity: the {question.extreme.value} end"] if len({f.subject for f in answer.facts}) < 2 else []


def _whole_again(question: ParsedQuestion, answer: Answer) -> bool:
    """The answer states only the figure whose parts are asked, or fewer than two figures; a rise or a multiple
    ('rises from 2 percent to 5 percent, or 2.5 times') is no part of anything."""
    named = {number.value for number in question.numbers}
    opens = question.words[:1] and question.words[0] in domain.question_words().verifier.yes_no_starts
    if question.yes_no or opens:  # 'is the 5% split into 3.5% and 1.5%?': the parts typed are checked, not the whole
        named = {value for value in named if math.isclose(value, sum(named) - value)}
    parts = {
        fact.value
        for fact in answer.facts
        if fact.value is not None and fact.value not in named
        if fact.measure_kind != "change" and fact.unit is not Unit.TIMES
    }
    return len(parts) < 2 and not answer.calculation


def _of_its_own(question: ParsedQuestion, parts: set[str]) -> bool:
    """'as a percentage of its total defence expenditure', 'what proportion of US defence expenditure': the share
    is of the part's own total, whatever else the question names (NATO as the source, 'model NATO')."""
    words = question.words
    pronouns = domain.question_words().third_person
    for index, word in enumerate(words[:-1]):
        if word != "of" or index == 0 or not lexicon.concepts([words[index - 1]]) & SHARE_CONCEPTS:
            continue
        after = [w for w in words[index + 1 : index + 4] if w != "the"]
        if after and after[0] in pronouns:
            return True
        mentions = lexicon.find_mentions(after, lexicon.entity_aliases())
        if mentions and mentions[0].start == 0 and mentions[0].target in parts:
            return True
    return False


def _named_as_source(question: ParsedQuestion, name: str) -> bool:
    """'According to NATO's estimates': the alliance named as whose figures, not as a whole to share; named again
    besides ('according to NATO's tables, what % of the NATO total …'), it is the whole as well."""
    aliases = lexicon.entity_aliases()
    as_source = sum(mention.target == name for mention in lexicon.find_mentions(list(question.according_to), aliases))
    named = sum(mention.target == name for mention in lexicon.find_mentions(list(question.words), aliases))
    return as_source > 0 and named <= as_source


def _percentage(question: ParsedQuestion, answer: Answer) -> list[str]:
    """'by what %', 'what percentage of': a percentage is asked, so an amount alone does not answer it."""
    percentages = percentages_in(answer.calculation or "")
    if not question.asks_percentage or any(stated(p, set(answer.values)) for p in percentages):
        return []  # a calculation whose result is a percentage the answer states
    # a change in an amount ('falls by $3.6 billion', a '$ change' column) is in its currency, no percentage
    if any(fact.unit in PERCENT_UNITS and not changes_an_amount(fact) for fact in answer.facts):
        return []
    return ["quantity: a percentage"]


def _names_of(name: str) -> frozenset[str]:
    """The words an entity is named by in documents: its name and aliases ('world', 'global', 'worldwide')."""
    entry = entity_tables().entries[name]
    return frozenset(normalise(" ".join([entry.name, *entry.aliases])).split()) - STOPWORDS


FIGURE_REACH = 6  # '$334 per person', '€1,050 a head on defence': the words after a figure that say what it counts
CLAUSE_MARKS = ",;:()"
THOUSANDS = re.compile(r"(?<=\d),(?=\d{3})")


INTRODUCTION_WORDS = 4  # a sentence's opening phrase before its first comma, 'Expressed per inhabitant,'


def _marked(text: str) -> bool:
    return any(mark in text for mark in CLAUSE_MARKS)


def _words_of_figure(fact: Fact) -> str:
    """A prose fact's clause up to its figure and a few words after it, normalised: 'spending per person worldwide
    came to roughly $334', not the total the sentence gives before a comma ('' when the figure is not found)."""
    before, after = _clause_of_figure(fact)
    return " ".join([*before, *after])


def _clause_of_figure(fact: Fact) -> tuple[list[str], list[str]]:
    """The normalised words of a prose fact's clause before its figure, and the few after it."""
    if fact.value is None:
        return [], []
    quote = THOUSANDS.sub("", fact.citation.quote)  # '2,718' as its value is written, other commas kept
    written = f"{fact.value:g}"
    at = quote.find(written)
    if at < 0:
        return [], []
    start = max(quote.rfind(mark, 0, at) for mark in CLAUSE_MARKS) + 1
    if start and len(normalise(quote[: start - 1]).split()) <= INTRODUCTION_WORDS and not _marked(quote[: start - 1]):
        start = 0  # 'Expressed per inhabitant, EU governments spent around €500': the sentence's opening says how
    return normalise(quote[start:at]).split(), normalise(quote[at + len(written) :]).split()[:FIGURE_REACH]


def _clause_told_again(fact: Fact) -> list[str]:
    """The words of a prose fact's clause before its figure; when that clause only says the figure restates the
    amount before it ('Military assistance delivered to Ukraine in 2024: EUR 187 million, equal to 0.24% of GDP'),
    the clause of that amount too, which says what both are of."""
    before, _ = _clause_of_figure(fact)
    if not before or not _restates_only(before):
        return [*_subject_before_aside(fact), *before]
    quote = THOUSANDS.sub("", fact.citation.quote)
    at = quote.find(f"{fact.value:g}")
    mark = max(quote.rfind(mark, 0, at) for mark in CLAUSE_MARKS)
    start = max((quote.rfind(other, 0, mark) for other in CLAUSE_MARKS if other != ":"), default=-1) + 1
    return normalise(quote[start:at]).split()


def _subject_before_aside(fact: Fact) -> list[str]:
    """'its public debt, although still the highest in the euro zone, fell to around 154% of GDP': when a relative
    or concessive aside between commas stands right before a prose fact's clause, the words of the clause before
    that aside, which name what the figure's verb is said of ([] when there is no such aside)."""
    located = figure_in_quote(fact)
    if located is None:
        return []
    quote, figure = located
    opened = max(quote.rfind(mark, 0, figure.start()) for mark in CLAUSE_MARKS)
    aside_start = max(quote.rfind(mark, 0, opened) for mark in CLAUSE_MARKS) if opened > 0 else -1
    if aside_start < 0 or quote[opened] != "," or quote[aside_start] != ",":
        return []
    aside = normalise(quote[aside_start + 1 : opened]).split()
    table = cues()
    if not aside or aside[0] not in table.relative_openers | table.concessive_openers:
        return []
    start = max(quote.rfind(mark, 0, aside_start) for mark in CLAUSE_MARKS) + 1
    return normalise(quote[start:aside_start]).split()


def _restates_only(words: list[str]) -> bool:
    """Words that only say the figure after them is the one before told another way: 'equal to', 'or about'."""
    table = cues().raw
    restating = {word for phrase in [*table.restating, *table.apposition] for word in normalise(phrase).split()}
    return all(word in restating for word in words)


def figure_in_quote(fact: Fact) -> tuple[str, re.Match[str]] | None:
    """A prose fact's quote, its thousands separators dropped, and where its figure stands in it (the figure whole:
    '50' is not found in '2050' nor in '1.50'); None when it is not written there."""
    if fact.value is None:
        return None
    return figure_written_in(fact.citation.quote, f"{fact.value:g}")


@functools.lru_cache(maxsize=TEXT_CACHE)  # asked of an answer's prose facts by several rules on every check
def figure_written_in(quote: str, written: str) -> tuple[str, re.Match[str]] | None:
    """`figure_in_quote` by what it reads: a quote and its figure as written ('2.71')."""
    quote = THOUSANDS.sub("", quote)
    figure = re.search(rf"(?<![\d.]){re.escape(written)}(?!\d)", quote)
    return (quote, figure) if figure is not None else None


def _quantity_of_amount(fact: Fact, others: frozenset[str], spending: frozenset[str]) -> str | None:
    """The other quantity an amount's own noun phrase names: before it in its clause ('a fund of DKK 50 billion') or
    right after it, up to the clause's end ('50 billion euros in security assistance', 'a 150-billion-euro loan');
    a word of defence spending in between makes it defence's ('spending EUR 20 billion from the fund')."""
    located = figure_in_quote(fact)
    if located is None:
        return None
    quote, figure = located
    start = max(quote.rfind(mark, 0, figure.start()) for mark in CLAUSE_MARKS) + 1
    ends = [at for at in (quote.find(mark, figure.end()) for mark in CLAUSE_MARKS) if at >= 0]
    after = _nouns(normalise(quote[figure.end() : min(ends, default=len(quote))]).split()[:FIGURE_REACH])
    before = _quantity_named_last(_nouns(normalise(quote[start : figure.start()]).split()), others, spending)
    return before or _quantity_named_last(list(reversed(after)), others, spending)


def _nouns(words: list[str]) -> list[str]:
    """The words, none after 'to' ('borrow to fund an extra SEK 300 billion': a verb, no fund)."""
    return [word for at, word in enumerate(words) if not (at and words[at - 1] == "to")]


def _whole_named_after(fact: Fact) -> frozenset[str]:
    """The words right after a prose fact's figure in its clause, which say what it is a share of ('37% of all
    military spending worldwide'); none for a table's cell."""
    return frozenset() if fact.citation.cell is not None else frozenset(_clause_of_figure(fact)[1])


def gdp_share_of_another_quantity(fact: Fact) -> str | None:
    """The other quantity ('debt', 'surplus') a prose share of GDP is of, named in its clause before its figure
    ('public debt fell to 94.9% of GDP'); None for a share of GDP of defence spending, a table's cell or any other
    figure."""
    if fact.citation.cell is not None or fact.unit is not Unit.PERCENT_OF_GDP:
        return None
    return _quantity_named_last(_clause_told_again(fact), cues().other_gdp_quantities, cues().defence_spending_words)


def _quantity_named_last(words: list[str], others: frozenset[str], spending: frozenset[str]) -> str | None:
    """The other quantity ('surplus', 'debt') named before a figure with no word of defence spending after it:
    'cut its aid budget … to help pay for a rise in defence spending to 2.5%' is defence's."""
    for word in reversed(words):
        if word in spending:
            return None
        if word in others:
            return word
    return None


CAPITALISED = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-ZÀ-Ž][\w'’-]+")


def _names_another(question: ParsedQuestion, fact: Fact) -> bool:
    """A fact answering a name asked: a person's or a text's, or a sentence writing a name inside it that the
    question does not ('… from the Armed Forces Support Fund (Fundusz Wsparcia Sił Zbrojnych)')."""
    if fact.value is None:
        return True
    asked = set(question.words)
    written = CAPITALISED.findall(fact.citation.quote or "")
    return any(normalise(word) not in asked for word in written)


def economy_for_a_share(question: ParsedQuestion, answer: Answer) -> list[str]:
    """'What is Italy's GDP according to the minister?' asks the economy's size: a share of it (a deficit of 3% of
    GDP, defence at 2%) is another figure; the economy in money, or a figure worked out from it, answers."""
    if not asks_the_economy_alone(question.words, percent_typed=any(number.percent for number in question.numbers)):
        return []
    shares = (Unit.PERCENT, Unit.PERCENT_OF_GDP)
    if answer.calculation or not answer.facts or any(fact.unit not in shares for fact in answer.facts):
        return []
    return ["quantity: the economy's size, not a share of it"]


def economy_unasked(question: ParsedQuestion, answer: Answer) -> list[str]:
    """'How much did the European allies spend on defense?' is not answered by 'the European allies and Canada produce a
    combined output of about $25 trillion': a document's amount its own clause names as an economy's size answers only
    a question asking the economy."""
    verifier = domain.question_words().verifier
    if answer.calculation or lexicon.concepts(question.words) & verifier.economy_alone:
        return []  # the economy asked (its concept's key is data)
    nouns = verifier.economy_nouns
    for fact in answer.facts[:1]:
        if fact.citation.cell is not None or fact.unit is not Unit.MONEY:
            continue
        if _head_noun(_clause_of_figure(fact)[0]) in nouns:
            return ["quantity: the economy's size, not asked"]
    return []


def _head_noun(before: list[str]) -> str:
    """The noun an amount is of, the last word before it past linking words ('a combined output of about $25
    trillion': 'output'; 'spending rises with GDP to C$73.4bn': 'to', no noun)."""
    linking = domain.question_words().verifier.amount_linking_words
    for word in reversed(before):
        if word not in linking:
            return word
    return ""


SHARE_LEVEL_KINDS = frozenset({"share_of_gdp", "share_of_total"})


def _levels_of_shares_only(facts: list[Fact]) -> bool:
    """'DE: 1.19% → 2.12%' quoted for 'by how many percentage points did Germany raise its share?': two levels or more
    of a share, none a change, leave the difference asked unsaid."""
    return len(facts) > 1 and all(fact.measure_kind in SHARE_LEVEL_KINDS for fact in facts)


def change_unasked(question: ParsedQuestion, answer: Answer) -> list[str]:
    """'How much did European Allies invest in defence in 2024?' asks what they invested: a figure that is only how
    much it grew ('a 19.4% real-term increase') answers a question asking a change, and no other."""
    if answer.calculation or not answer.facts or question.yes_no or question.numbers:
        return []  # a figure typed ('19.4%?') asks what states it, whatever it is
    changes = [fact for fact in answer.facts if _only_a_change(fact.measure)]
    if len(changes) < len(answer.facts):
        return []
    operations = domain.question_words().operations
    verifier = domain.question_words().verifier
    if not set(question.words) & verifier.amount_asked_verbs:
        return []  # 'how much did the euros juice their investment?': a verb of its own may name the change
    if lexicon.concepts(question.words) & verifier.change_concepts:
        return []
    if question.operations & {Operation.CHANGE, Operation.ANNUAL_GROWTH} or question.has(
        *operations.change, *operations.rises, *operations.falls, *operations.change_in_points
    ):
        return []
    return ["quantity: how much it changed, not asked"]


def _only_a_change(key: str) -> bool:
    measure = MEASURES.get(key)
    return measure is not None and QuestionKind.CHANGE in measure.kinds and QuestionKind.AMOUNT not in measure.kinds
