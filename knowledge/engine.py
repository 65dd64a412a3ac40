"""The question-answering engine: a question in, a cited `Answer` out.

Matching is structured first (which measure, whose, when) with rapidfuzz doing
typo correction and the "did you mean" ranking; answers are composed only from
facts, so text in the question can never change a figure.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process, utils

from knowledge import aggregate, lexicon, phrasing
from knowledge.ask import arithmetic
from knowledge.ask.parse import Operation, ParsedQuestion, parse_question
from knowledge.ask.statements import StatementFinder
from knowledge.ask.verify import Verdict, Verifier
from knowledge.derive import MISS_WORDS, Derived, derive
from knowledge.lexicon import NATO_ALLIES, EntityKind, normalise
from knowledge.measures import MEASURES, TABLE_MEASURE_KEYS, Measure, QuestionKind
from knowledge.models import Answer, AnswerCitation, Band, Fact, KnowledgeBase, Unit
from knowledge.question import (
    MAX_QUESTION_CHARS,
    QUOTE_CUES,
    STOPWORDS,
    Question,
    Vocabulary,
    is_chitchat,
    parse,
    stem,
)

SHARE_WORDS = frozenset({"share", "shares", "percentage", "proportion", "portion", "fraction", "slice"})
MONEY_WORDS = frozenset({"dollars", "dollar", "usd", "euros", "billion", "million", "bucks", "cash", "nok", "zloty"})
SHARE_PHRASES = (
    "relative to",
    "in relation to",
    "as a percent",
    "compared to its economy",
    "compared with its economy",
)
PERSON_MEASURES = frozenset({"visiting", "called_for", "said"})
MONEY_MEASURES = frozenset(
    {
        "spending_usd_current",
        "spending_usd_constant",
        "spending_national_current",
        "spending_national_constant",
        "gdp_usd_current",
        "gdp_usd_constant",
        "gdp_per_capita",
        "spending_per_capita",
    }
)
GDP_MEASURES = frozenset({"spending_target", "target_component"})
IN_US_DOLLARS = {
    "spending_national_current": "spending_usd_current",
    "spending_national_constant": "spending_usd_constant",
}
SPAN_WORDS = frozenset({"since", "decade", "between", "from", "over"})
# Who pays what: a ratio of the shares equals the ratio of the amounts, so the sources can be compared.
SPENDING_SPLIT = frozenset({"share_of_alliance_spending", "spending_usd_current"})
CHANGE_MEASURES = frozenset({"real_change_since_start", "real_change_defence_spending"})
CALCULATIONS = frozenset(Operation) - {Operation.DIFFERENCE}
ANSWER_SCORE = 3.0
SUGGEST_SCORE = 1.5
MAX_SUGGESTIONS = 5
MAX_SUMMARY_FACTS = 8
MAX_TIMELINE = 6
ANSWER_CACHE = 1024
PRICE_BASE_YEAR = 2015
MAX_PROFILES = 4
PROFILE_WORDS = frozenset(
    {"compare", "comparison", "compared", "vs", "versus", "tell", "about", "profile", "stats", "statistics"}
    | {"figures", "numbers", "overview", "info", "data", "facts", "know", "show", "give", "me", "what", "how"}
)
PROFILE_MEASURES = ("share_of_gdp", "spending_usd_current", "military_personnel")
LARGE_POOL = 400
LARGE_SUBJECT_POOL = 40
MULTI_PART = re.compile(
    r"\s*(?:,|;|:|\band\b|\bplus\b|\bversus\b|\bvs\b\.?)\s+"
    r"(?=(?:(?:on|in|at|for|by|from)\s+)?(?:how|what|whats|who|where|which|when|the|number)\b)",
    re.I,
)
SUMMARY = (
    "summarise",
    "summarize",
    "give me a summary",
    "a summary of",
    "key numbers",
    "key figures",
    "main numbers",
    "headline numbers",
    "overview",
    "all the numbers",
    "all the figures",
    "tldr",
    "tl dr",
)
FOLLOW_UP_START = ("and ", "what about", "how about", "and what about", "same for", "what of")
PERSON_PRONOUNS = frozenset({"he", "his", "him", "she", "her", "hers"})
THING_PRONOUNS = frozenset({"that", "they", "them", "their", "it", "those", "this"})
FOLLOW_UP_PRONOUNS = PERSON_PRONOUNS | THING_PRONOUNS
SPLIT_WORDS = frozenset({"split", "divided", "breakdown", "vs", "versus", "each", "both", "compare", "compared"})
YEAR_IN_TEXT = re.compile(r"\b((?:19|20)\d\d)\b")
FIGURE_IN_TEXT = re.compile(r"(\d+(?:\.\d+)?)\s?%")
QUOTED = re.compile(r"[\"“”']([^\"“”']{8,300})[\"“”']")
COUNTABLE = frozenset({"times", "points", "percentage", "percent", "more", "fewer", "less", "of", "nato"}) | MISS_WORDS
QUANTITY_NOUNS = frozenset(
    [
        "troops",
        "soldiers",
        "tanks",
        "warheads",
        "nuclear",
        "ships",
        "warships",
        "jets",
        "aircraft",
        "planes",
        "drones",
        "missiles",
        "shells",
        "artillery",
        "weapons",
        "salary",
        "tariff",
        "tariffs",
        "election",
        "casualties",
        "hurt",
        "killed",
        "injured",
        "aid",
        "f35s",
        "f35",
        "bases",
        "deployed",
        "stationed",
        "cyber",
        "civil",
        "common",
        "agency",
        "fund",
        "request",
        "refugees",
        "sanctions",
        "oil",
        "gas",
        "navy",
        "naval",
        "marines",
        "coastguard",
    ]
)


def _quantity_stems() -> frozenset[str]:
    return frozenset(stem(word) for word in QUANTITY_NOUNS)


@dataclass
class Candidate:
    fact: Fact
    score: float
    reasons: list[str] = field(default_factory=list)


@dataclass
class Resolution:
    facts: list[Fact]
    score: float
    derived: Derived | None = None
    note: str | None = None
    other_source: Derived | None = None  # the same calculation from a source that disagrees


def question_kinds(question: Question) -> set[QuestionKind]:
    kinds: set[QuestionKind] = set()
    comparative = question.has(
        "how many times",
        "how many points",
        "how many percentage points",
        "for every dollar",
        "for every euro",
    )
    if question.has("how many", "number of", "count", "headcount") and not comparative:
        kinds.add(QuestionKind.COUNT)
    if question.word_set & {"who", "whos", "name", "whom"} or question.has(
        "which country", "what country", "which ally", "which nation"
    ):
        kinds.add(QuestionKind.PERSON)
    first = next((word for word in question.words if word in WH_WORDS), None)
    if first == "where" or "city" in question.word_set:
        kinds.add(QuestionKind.PLACE)
    if first == "when" or question.has("what year", "which year", "what day", "which day", "what date"):
        kinds.add(QuestionKind.TIME)
    if (question.word_set | {stem(word) for word in question.words}) & SHARE_WORDS or question.has(*SHARE_PHRASES):
        kinds.add(QuestionKind.SHARE)
    return kinds


QUANTITY_STEMS = _quantity_stems()


class Engine:
    """Answers questions from one knowledge base; immutable once built, safe to share between threads."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.documents = {document.id: document for document in kb.documents}
        # Guard (issue 9): facts only the open fact model states have no measure this engine knows; they
        # wait for the question pipeline that retrieves facts by their own words.
        self.facts = [fact for fact in kb.facts if not fact.low_trust and not fact.open_only]
        self.by_measure: dict[str, list[Fact]] = defaultdict(list)
        self.by_measure_subject: dict[tuple[str, str], list[Fact]] = defaultdict(list)
        self.by_quote_word: dict[str, list[Fact]] = defaultdict(list)
        self.by_measure_period: dict[tuple[str, str], list[Fact]] = defaultdict(list)
        self.by_measure_subject_period: dict[tuple[str, str, str], list[Fact]] = defaultdict(list)
        self.by_value: dict[float, list[Fact]] = defaultdict(list)
        for fact in self.facts:
            self.by_measure[fact.measure].append(fact)
            self.by_measure_subject[(fact.measure, fact.subject)].append(fact)
            self.by_measure_period[(fact.measure, fact.period or "")].append(fact)
            self.by_measure_subject_period[(fact.measure, fact.subject, fact.period or "")].append(fact)
            if fact.value is not None:
                self.by_value[round(fact.value, 2)].append(fact)
                if fact.total is not None:
                    self.by_value[round(fact.total, 2)].append(fact)
        self.people = self._people()
        self.quote_words = {fact.id: {stem(w) for w in normalise(fact.citation.quote).split()} for fact in self.facts}
        self.vocabulary = Vocabulary(
            {word for fact in self.facts for word in normalise(f"{fact.citation.quote} {fact.text or ''}").split()}
            | {word for measure in MEASURES.values() for word in measure.keywords}
            | QUANTITY_NOUNS
            | {word for name in self.people.values() for word in normalise(name).split()}
        )
        for fact in self.facts:
            for word in self.quote_words[fact.id]:
                self.by_quote_word[word].append(fact)
        self.corpus_words = set(self.by_quote_word)
        self.table_measures = {fact.measure for fact in self.facts if fact.citation.cell is not None}
        self.prose_measures = {fact.measure for fact in self.facts if fact.citation.cell is None}
        self.percent_measures = {f.measure for f in self.facts if f.unit in (Unit.PERCENT, Unit.PERCENT_OF_GDP)}
        self.span_measures = {fact.measure for fact in self.facts if fact.citation.cell and "-" in (fact.period or "")}
        self.measure_words = {word for key in self.by_measure if key in MEASURES for word in MEASURES[key].keywords}
        self.word_weight = self._word_weights()
        self.countable = (
            COUNTABLE | set(lexicon.vocabulary()) | {word for measure in MEASURES.values() for word in measure.keywords}
        )
        self._latest: dict[str, list[Fact]] = {}
        self._periods_of: dict[str, list[str]] = {}
        # The alliance-wide targets agreed over time (not proposals), oldest first, at most a few of them
        targets = (f for f in self.by_measure.get("spending_target", []) if f.subject == NATO_ALLIES)
        self.alliance_targets = sorted((f for f in targets if not _is_proposal(f)), key=self._stated_on)[-MAX_TIMELINE:]
        self.suggestions = self._suggestions()
        self.suggestion_texts = list(self.suggestions)
        stated = [fact for fact in kb.facts if not fact.low_trust]
        self.verifier = Verifier(stated, self.documents, kb.texts)
        self.statements = StatementFinder(stated)
        # The engine never changes, so a question asked afresh always gets the same answer: keep recent ones.
        self._fresh_answers = functools.lru_cache(maxsize=ANSWER_CACHE)(self.compute)

    # ----- set-up -----------------------------------------------------------------------------

    def _people(self) -> dict[tuple[str, ...], str]:
        names = {fact.subject for fact in self.facts if fact.measure in PERSON_MEASURES}
        names |= {fact.text for fact in self.facts if fact.measure.startswith("role_") and fact.text}
        table: dict[tuple[str, ...], str] = {}
        for name in names:
            words = normalise(name).split()
            table[tuple(words)] = name
            table.setdefault((words[-1],), name)
        return table

    def _word_weights(self) -> defaultdict[str, float]:
        """Words of few quotes say more about which statement is meant than words of many."""
        quotes: dict[str, set[str]] = {}
        for fact in self.facts:
            quotes.setdefault(fact.citation.quote, self.quote_words[fact.id])
        frequency: Counter[str] = Counter(word for words in quotes.values() for word in words)
        weights: defaultdict[str, float] = defaultdict(float)
        for word, count in frequency.items():
            weights[word] = 0.6 if count == 1 else 0.25
        return weights

    def _suggestions(self) -> dict[str, list[Fact]]:
        """One canonical question per (measure, subject, period): for 'did you mean' and autocomplete."""
        questions: dict[str, list[Fact]] = defaultdict(list)
        for (measure, _), facts in self.by_measure_subject.items():
            table = facts[-1].citation.cell is not None
            chosen = facts[-1:] if table or len(self.by_measure[measure]) > LARGE_POOL else facts
            for fact in chosen:
                questions[self.canonical_question(fact)].append(fact)
        for measure in sorted(self.table_measures & set(MEASURES) - set(IN_US_DOLLARS)):
            rows = self.latest_by_measure(measure)
            period = max(fact.period or "" for fact in rows)
            questions[f"Which allies had the highest {MEASURES[measure].label} in {period}?"] = rows
            if measure == "share_of_gdp":
                questions[f"Which allies spent less than 2% of GDP on defence in {period}?"] = rows
                questions[f"How many allies spent at least 2% of GDP on defence in {period}?"] = rows
        return dict(questions)

    def canonical_question(self, fact: Fact) -> str:
        measure = MEASURES.get(fact.measure)
        template = measure.question if measure else "What is the {label} of {subject}{period}?"
        component = next((q.removeprefix("for ") for q in fact.qualifiers if q.startswith("for ")), "")
        if fact.measure == "released" and fact.qualifiers:
            component = fact.qualifiers[0]
        proposer = next((q.removeprefix("proposed by ") for q in fact.qualifiers if q.startswith("proposed by ")), "")
        text = template.format(
            label=measure.label if measure else fact.measure.replace("_", " "),
            subject=phrasing.subject_phrase(fact.subject),
            period=phrasing.period_phrase(fact),
            target="2% of GDP",
            component=component,
        )
        if proposer and fact.measure == "spending_target":
            text = f"What share of GDP did {proposer.split()[-1]} push allies to spend on defence?"
        return text[:1].upper() + text[1:100]

    # ----- public API -------------------------------------------------------------------------

    def topics(self) -> list[str]:
        return sorted({MEASURES[f.measure].label if f.measure in MEASURES else f.measure for f in self.facts})

    def browse(self, topic: str | None = None) -> list[Fact]:
        if not topic:
            return list(self.facts)
        wanted = utils.default_process(topic)
        return [
            fact
            for fact in self.facts
            if fuzz.partial_ratio(wanted, utils.default_process(f"{self._label(fact)} {fact.subject}")) >= 80
        ]

    def _label(self, fact: Fact) -> str:
        return MEASURES[fact.measure].label if fact.measure in MEASURES else fact.measure

    def describe(self, fact: Fact) -> str:
        return phrasing.statement(fact) + phrasing.cite(fact, self.documents[fact.citation.document])

    def complete(self, text: str, limit: int = 25) -> list[str]:
        """Questions the knowledge base answers, ranked by fuzzy similarity to what was typed so far."""
        if limit <= 0:
            return []
        choices = self.suggestion_texts
        text = text.strip()[:200]
        if not text:
            return choices[:limit]
        focused = self._focused_suggestions(parse(text, self.vocabulary, self.people))
        ranked: list[str] = []
        for pool in (focused, choices):
            found = process.extract(
                text, pool, scorer=fuzz.WRatio, processor=utils.default_process, limit=limit, score_cutoff=30
            )
            ranked.extend(choice for choice, _, _ in found if choice not in ranked)
        return ranked[:limit]

    def _focused_suggestions(self, question: Question) -> list[str]:
        """The canonical questions about what was typed so far: its subjects, then its likeliest measures."""
        spec = aggregate.table_question(question)
        if spec is not None and spec.intent is aggregate.Intent.RANKING:
            return [q for q in self.suggestions if q.startswith("Which allies had the highest")]
        named = {*question.entities, *question.people}
        pool = [q for q, facts in self.suggestions.items() if any(f.subject in named for f in facts)] if named else []
        scores = self._measure_scores(question)
        if scores:
            best = max(scores.values())
            wanted = {key for key, score in scores.items() if score >= best - 1.5}
            pool = [q for q in pool or self.suggestions if any(f.measure in wanted for f in self.suggestions[q])]
        return pool

    def ask(self, question: str, previous: Answer | None = None) -> Answer:
        """The answer to a question (a follow-up when `previous` is given); recent fresh questions are cached."""
        if previous is None or not previous.facts:
            return self._fresh_answers(question)
        return self.compute(question, previous)

    def compute(self, question: str, previous: Answer | None = None) -> Answer:
        """Work the answer out, never from the cache: what `ask` does the first time (benchmarks time this).

        Every answer that states figures passes the verifier first: its facts must account for what the
        question names, or the answer is withheld and the closest statements are offered instead."""
        if len(question) > MAX_QUESTION_CHARS:
            text = f"That message is {len(question):,} characters long; please ask in under {MAX_QUESTION_CHARS:,}."
            return Answer(question=question, answered=False, band=Band.EMPTY, answer=text, confidence=1.0)
        answer = self._draft(question, previous)
        if answer.band in (Band.EMPTY, Band.CHITCHAT):
            return answer
        fresh = parse(question, self.vocabulary, self.people)
        self._add_role_holders(fresh)
        asked = parse_question(fresh)
        follow_up = previous is not None
        verdict = self.verifier.check(asked, answer, follow_up=follow_up) if answer.answered else None
        if verdict is not None and verdict.accepted:
            return self._with_differing_sources(answer)
        # A stated fact comes first; a calculation from cited cells answers when none does, and a statement
        # found by its own words (a document no known measure describes) after that.
        calculated = self._arithmetic(question, fresh)
        if calculated is not None and self.verifier.check(asked, calculated, follow_up=follow_up).accepted:
            return calculated
        stated = self._statement(question, asked)
        if stated is not None and self.verifier.check(asked, stated, follow_up=follow_up, strict=True).accepted:
            return stated
        return answer if verdict is None else self._withheld(question, fresh, answer, verdict)

    def _with_differing_sources(self, answer: Answer) -> Answer:
        """A table's figure beside a document's differing statement of it: both, with their dates."""
        if len(answer.facts) != 1:
            return answer
        differing = self.statements.differing(answer.facts[0])
        if not differing:
            return answer
        lines = [answer.answer, "**Sources differ:**"]
        for found in differing:
            lines.append(f"• {self._quoted(found.fact, found.figure)}")
        facts = [*answer.facts, *(found.fact for found in differing)]
        citations = [phrasing.citation_of(f, self.documents[f.citation.document]) for f in facts]
        values = [*answer.values, *(found.fact.value for found in differing if found.fact.value is not None)]
        headline = " · ".join([answer.headline or "", *(found.figure for found in differing)])
        return answer.model_copy(
            update={
                "answer": "\n".join(lines),
                "facts": facts,
                "citations": citations,
                "values": values,
                "headline": headline,
            }
        )

    def _quoted(self, fact: Fact, *figures: str) -> str:
        """The sentence as written, its figures in bold, with the document's title, date and place."""
        document = self.documents[fact.citation.document]
        quote = phrasing.escape(fact.citation.quote)
        for figure in dict.fromkeys(figures):
            shown = phrasing.escape(figure)
            quote = quote.replace(shown, f"**{shown}**", 1)
        dated = f", {document.published}" if document.published else ""
        return f"“{quote}” — *{phrasing.escape(document.title)}*{dated}, {fact.citation.locator}"

    def _statement(self, question: str, asked: ParsedQuestion) -> Answer | None:
        """The statement whose own words, subject, year and kind of figure fit the question, quoted verbatim."""
        found = self.statements.find_all(asked)
        if not found:
            return None
        lines: list[str] = []
        for _, items in itertools.groupby(found, key=lambda item: item.fact.citation.quote):
            group = list(items)
            lines.append(self._quoted(group[0].fact, *(item.figure for item in group)))
        facts = [item.fact for item in found]
        values = [fact.value for fact in facts if fact.value is not None]
        headline = " · ".join(item.figure for item in found)
        return self._answered(question, lines, headline, facts, values=values, confidence=0.7)

    def _withheld(self, question: str, parsed: Question, answer: Answer, verdict: Verdict) -> Answer:
        """The draft's facts do not account for the question: say what is missing and offer what they do answer."""
        missing = ", ".join(item.split(" ", 1)[-1] for item in verdict.unaccounted[:3])
        closest = [self.canonical_question(fact) for fact in answer.facts[:3]]
        suggestions = list(dict.fromkeys([*closest, *self._suggest(parsed, Resolution([], 0.0))]))[:MAX_SUGGESTIONS]
        text = (
            f"I can't answer that with a figure I can cite: my documents don't cover “{missing}” in this context."
            " Closest questions I can answer:\n" + "\n".join(f"• {s}" for s in suggestions)
        )
        return Answer(
            question=question,
            answered=False,
            band=Band.SUGGEST if closest else Band.UNKNOWN,
            answer=text,
            confidence=0.0,
            suggestions=suggestions,
        )

    def _draft(self, question: str, previous: Answer | None) -> Answer:
        parsed = parse(question, self.vocabulary, self.people)
        if not parsed.words:
            return self._pointer(question, Band.EMPTY, "Ask me a question about alliance defence spending.")
        if is_chitchat(parsed):
            return self._pointer(question, Band.CHITCHAT, "Hello! I answer questions about alliance defence spending.")
        if parsed.has(*SUMMARY):
            return self._summary(question, parsed)
        parts = split_parts(parsed.text)
        if len(parts) > 1:
            return self._multi(question, parts, previous)
        return self._single(question, parsed, previous)

    # ----- answering --------------------------------------------------------------------------

    def _single(self, question: str, parsed: Question, previous: Answer | None, *, whole: bool = True) -> Answer:
        spec = aggregate.table_question(parsed)
        if spec is not None:
            table_answer = self._table_answer(question, parsed, spec)
            if table_answer is not None:
                return table_answer
        resolution = self.resolve(parsed, previous)
        if resolution.score >= ANSWER_SCORE and (resolution.facts or resolution.derived):
            return self._compose(question, parsed, resolution)
        if whole and not resolution.facts and asks_for_profile(parsed) and not self._measure_scores(parsed):
            profile = self._country_profile(question, parsed)
            if profile is not None:
                return profile
        outside = self._year_outside_tables(parsed)
        if outside is not None and not resolution.facts:
            return self._no_table_data(question, parsed, *outside)
        return self._unsure(question, parsed, resolution)

    def _arithmetic(self, question: str, parsed: Question) -> Answer | None:
        """Sums, averages, shares of a total, ratios and changes over table cells, each operand cited."""
        asked = parse_question(parsed)
        if not asked.operations & CALCULATIONS and not asked.yes_no:
            return None
        scores = {key: score for key, score in self._measure_scores(parsed).items() if key in self.table_measures}
        wholes = {lexicon.NATO_ALLIES, lexicon.EUROPE_AND_CANADA} & set(asked.entities)
        if Operation.SHARE_OF_TOTAL in asked.operations and wholes:  # a share of a total is worked out from amounts
            scores = {key: score for key, score in scores.items() if key not in self.percent_measures}
        if not scores:
            return None
        measure = max(scores, key=lambda key: scores[key])
        calculation = arithmetic.calculate(asked, measure, self._table_row)
        return None if calculation is None else self._calculated(question, calculation)

    def _table_row(self, measure: str, entity: str, year: int | None) -> Fact | None:
        return self._latest_row(measure, entity, [year] if year else [])

    def _calculated(self, question: str, calculation: arithmetic.Calculation) -> Answer:
        operands = list(calculation.operands)
        if calculation.verdict is not None:
            headline = "Yes" if calculation.verdict else "No"
        elif calculation.kind is Operation.CHANGE:
            headline = f"{calculation.result:+.1f}%"
        elif calculation.percent:
            headline = f"{calculation.result:.1f}%"
        elif calculation.kind is Operation.RATIO:
            headline = f"{calculation.result:.2f} times"
        else:
            headline = _plain(phrasing.format_value(operands[0].model_copy(update={"value": calculation.result})))
        subjects = ", ".join(dict.fromkeys(fact.subject for fact in operands))
        periods = "–".join(dict.fromkeys(fact.period or "" for fact in operands))
        lines = [
            f"**{headline}** — {calculation.wording}: {subjects}, {periods}",
            f"Calculation: {calculation.expression}",
        ]
        if calculation.missing:
            lines.append(f"No figures for {', '.join(calculation.missing)} in this table, so they are left out.")
        lines.append("From:")
        self._state_facts(operands, lines, bullets=True)
        values = [fact.value for fact in operands if fact.value is not None]
        if calculation.verdict is None:
            values.insert(0, calculation.result)
        return self._answered(
            question,
            lines,
            headline,
            operands,
            values=values,
            confidence=0.9,
            calculation=calculation.expression,
            uncovered=list(calculation.missing),
            yes_no=calculation.verdict is not None,
        )

    def _year_outside_tables(self, question: Question) -> tuple[str, str] | None:
        """'Poland's share of GDP in 2013': the measure and ally are in the tables, the year is not."""
        countries = self._named_allies(question)
        scores = {key: score for key, score in self._measure_scores(question).items() if key in self.table_measures}
        if not question.years or not countries or not scores:
            return None
        measure = max(scores, key=lambda key: scores[key])
        periods = {fact.period for fact in self.by_measure_subject.get((measure, countries[0]), [])}
        missing = [year for year in question.years if str(year) not in periods]
        return (measure, str(missing[0])) if periods and missing else None

    def _multi(self, question: str, parts: list[str], previous: Answer | None) -> Answer:
        answers: list[Answer] = []
        context = previous
        named_people: list[str] = []
        for part in parts:
            parsed = parse(part, self.vocabulary, self.people)
            if parsed.word_set & PERSON_PRONOUNS and not parsed.people:
                parsed.people = list(named_people)  # "trump said …, what did he want?": he is Trump
            named_people += [person for person in parsed.people if person not in named_people]
            answer = self._single(part, parsed, context, whole=False)
            answers.append(answer)
            if answer.answered:
                context = answer
        if not all(answer.answered for answer in answers):
            whole = self._single(question, parse(question, self.vocabulary, self.people), previous)
            if whole.answered or not any(answer.answered for answer in answers):
                return whole
            answers = [answer for answer in answers if answer.answered]
        distinct: dict[tuple[str, ...], Answer] = {}
        for answer in answers:  # two parts resolved to the same statement say it once
            distinct.setdefault(tuple(fact.id for fact in answer.facts) or (answer.answer,), answer)
        answers = list(distinct.values())
        if len(answers) == 1:
            return answers[0].model_copy(update={"question": question})
        return Answer(
            question=question,
            answered=True,
            band=Band.ANSWER,
            answer="\n".join(answer.answer for answer in answers),
            headline=" · ".join(answer.headline or "" for answer in answers),
            confidence=min(answer.confidence for answer in answers),
            facts=_unique(fact for answer in answers for fact in answer.facts),
            citations=_unique_citations(c for answer in answers for c in answer.citations),
            values=[value for answer in answers for value in answer.values],
            calculation="\n".join(a.calculation for a in answers if a.calculation) or None,
        )

    def resolve(self, question: Question, previous: Answer | None = None) -> Resolution:
        question = self._with_context(question, previous)
        quoted = self._quoted_figure(question)
        if quoted:
            return quoted
        if self._asks_about_unknown_quantity(question):
            return Resolution([], 0.0, note="quantity")
        candidates = self._candidates(question)
        if not candidates:
            return Resolution([], 0.0)
        best = candidates[0]
        chosen = self._companions(question, candidates)
        derived = derive(question, chosen, candidates, self.by_measure)
        if derived is not None:
            other = self._derived_elsewhere(question, derived)
            return Resolution(derived.facts, best.score, derived=derived, other_source=other)
        return Resolution(chosen, best.score)

    def _derived_elsewhere(self, question: Question, derived: Derived) -> Derived | None:
        """The same calculation from the other kind of source: the article's 64/36 beside the tables' dollars.
        Sources of different dates can disagree; both results are shown, never one silently."""
        if not {fact.measure for fact in derived.facts} <= SPENDING_SPLIT or not derived.headline.endswith("times"):
            return None  # only a ratio of the spending split means the same in shares as in dollars
        from_tables = derived.facts[0].citation.cell is not None
        others = [
            c
            for c in self._candidates(question, from_tables=not from_tables)
            if (c.fact.citation.cell is not None) != from_tables
        ]
        if not others:
            return None
        other = derive(question, self._companions(question, others), others, self.by_measure)
        if other is None:
            return None
        same_meaning = {fact.measure for fact in other.facts} <= SPENDING_SPLIT and other.headline.endswith("times")
        return other if same_meaning and abs(other.value - derived.value) >= 0.01 else None

    def _with_context(self, question: Question, previous: Answer | None) -> Question:
        """Follow-ups ('and europe?', 'how many didn't?') borrow what the previous answer was about."""
        self._add_role_holders(question)
        if previous is None or not previous.facts:
            return question
        lowered = question.text.lower()
        short = len(question.content_words) <= 8
        pronoun = bool(question.word_set & FOLLOW_UP_PRONOUNS)
        follow_up = lowered.startswith(FOLLOW_UP_START) or pronoun
        if not (short and (follow_up or not question.entities or not self._measure_scores(question))):
            return question
        question.context_facts = list(previous.facts)
        question.pronoun = refers_to_previous_answer(question.words)
        if question.entities and question.people and not pronoun:
            return question
        # "he", once the question knows who he is, borrows no country from the previous answer
        about_person = bool(question.word_set & PERSON_PRONOUNS) and bool(question.people)
        table_rows = [fact for fact in previous.facts if fact.citation.cell is not None]
        whole_table = len({fact.subject for fact in table_rows}) > 2
        for fact in previous.facts:
            if whole_table and fact.citation.cell is not None:
                continue  # after "which allies met 2%?", "how many didn't?" is about the allies, not each row
            named = [fact.subject]
            if fact.text and question.word_set & {"that", "there", "it", "this"}:
                # "that country": an entity the previous answer named, e.g. Washington for the United States
                named += [
                    m.target for m in lexicon.find_mentions(normalise(fact.text).split(), lexicon.entity_aliases())
                ]
            if fact.text and fact.measure.startswith("role_"):
                named.append(fact.text)
            for name in named:
                if name in self.people.values():
                    if name not in question.people and (pronoun or not question.people):
                        question.people.append(name)
                elif name not in question.entities and (pronoun or not question.entities) and not about_person:
                    question.entities.append(name)
        return question

    def _add_role_holders(self, question: Question) -> None:
        """'the sec gen' means the person the documents name as Secretary General."""
        for mention in lexicon.find_mentions(question.words, lexicon.role_aliases()):
            key = "role_" + mention.target.lower().replace(" ", "_")
            for fact in self.by_measure.get(key, []):
                if fact.text and fact.text not in question.people:
                    question.people.append(fact.text)
                    question.role_holders.append(fact.text)

    def _quoted_figure(self, question: Question) -> Resolution | None:
        """'what's behind the 64%?' or 'who said "…"?' finds the statement behind a quoted figure or phrase."""
        phrase = self._quoted_phrase(question)
        if phrase:
            return phrase
        if not question.numbers or not (question.word_set & QUOTE_CUES):
            return None
        matches: list[Fact] = []
        for value, percent in question.numbers:
            for fact in self.by_value.get(round(value, 2), []):
                if not percent or fact.unit in {Unit.PERCENT, Unit.PERCENT_OF_GDP} or fact.total is not None:
                    matches.append(fact)
        if not matches:
            return None
        numeric_scores = [score for key, score in self._measure_scores(question).items() if MEASURES[key].numeric]
        if max(numeric_scores, default=0.0) >= 3.5:
            return None  # a real question that happens to contain a figure, e.g. "how many met 2%"
        matches = _unique(matches)
        return Resolution(matches[:3], ANSWER_SCORE + 1)

    def _quoted_phrase(self, question: Question) -> Resolution | None:
        for phrase in QUOTED.findall(question.original):
            wanted = normalise(phrase)
            if len(wanted.split()) < 3:
                continue
            facts = [
                fact
                for fact in self._facts_quoting(wanted)
                if fuzz.partial_ratio(wanted, normalise(fact.citation.quote)) >= 90
            ]
            if facts:
                facts.sort(key=lambda fact: self._phrase_fit(fact, wanted, question), reverse=True)
                return Resolution(facts[:2], ANSWER_SCORE + 1)
        return None

    def _facts_quoting(self, phrase: str) -> list[Fact]:
        """Facts whose quote has the phrase's rarest word: a cheap filter before fuzzy phrase matching."""
        content = [word for word in phrase.split() if word not in STOPWORDS]
        words = [stem(word) for word in content or phrase.split()]  # "To do so": common words, still a phrase
        pools = [self.by_quote_word.get(word, []) for word in words]
        pools = [pool for pool in pools if pool]
        return min(pools, key=len) if pools else []

    @staticmethod
    def _phrase_fit(fact: Fact, phrase: str, question: Question) -> tuple[bool, bool]:
        figures = {word.rstrip("%") for word in phrase.split()}
        states_figure = fact.value is not None and phrasing.format_number(fact.value) in figures
        asks_who = bool(question.word_set & {"who", "whos"})
        return states_figure, (fact.unit is Unit.TEXT) == asks_who

    def _asks_about_unknown_quantity(self, question: Question) -> bool:
        """'how many tanks' — a quantity the documents never mention must not borrow another figure."""
        unknown = {word for word in question.words if stem(word) in QUANTITY_STEMS}
        if unknown and not all(stem(word) in self.corpus_words or word in self.measure_words for word in unknown):
            return True
        words = question.words
        for index, word in enumerate(words[:-1]):
            if word == "many" and index > 0 and words[index - 1] == "how":
                counted = next((w for w in words[index + 1 :] if w not in STOPWORDS and not w.isdigit()), None)
                return counted is not None and counted not in self.countable
        return False

    def _measure_scores(self, question: Question) -> dict[str, float]:
        kinds = question_kinds(question)
        scores: dict[str, float] = {}
        for key in self.by_measure:
            measure = MEASURES.get(key)
            if measure is None:
                continue
            score = measure_score(measure, question, kinds)
            if score > 0:
                scores[key] = score
        return scores

    def _candidates(self, question: Question, *, from_tables: bool | None = None) -> list[Candidate]:
        """Facts that could answer, best first; `from_tables` keeps only table (True) or prose (False) facts."""
        measure_scores = self._measure_scores(question)
        if from_tables is not None:
            wanted = self.table_measures if from_tables else self.prose_measures
            measure_scores = {key: score for key, score in measure_scores.items() if key in wanted}
        context = question.context_facts
        own_best = max(measure_scores.values(), default=0.0)
        counting = QuestionKind.COUNT in question_kinds(question)
        for fact in context:
            if counting and fact.unit is not Unit.COUNT:
                continue  # "how many countries meet it?": "it" is the target, the answer a count
            if question.pronoun:
                measure_scores[fact.measure] = max(measure_scores.get(fact.measure, 0.0), own_best)
            elif own_best < 2:
                measure_scores[fact.measure] = max(measure_scores.get(fact.measure, 0.0), 2.5)
        if not measure_scores:
            return []
        named_countries = (
            [e for e in question.entities if lexicon.entities_by_name()[e].kind is EntityKind.COUNTRY]
            if question.entities
            else []
        )
        content = {stem(word) for word in question.content_words}
        candidates: list[Candidate] = []
        # Without a named country, measures compete only among those with a fact that fits: the tables' share
        # of GDP has no row for "the allies", so it must not crowd out the spending target. With one, the best
        # measure stands, so Iceland's missing defence rows give "I don't know", not its GDP.
        best_measure = max(
            (
                score
                for key, score in measure_scores.items()
                if named_countries or self._has_fitting_fact(key, question, named_countries)
            ),
            default=0.0,
        )
        for key, measure_score_ in measure_scores.items():
            if measure_score_ < best_measure - 1.5:
                continue
            for fact in self._pool(key, question, named_countries):
                score = measure_score_
                subject_ok, subject_bonus = self._subject_fit(question, fact, named_countries)
                if not subject_ok or (self._names_the_answer(question, fact) and "who" in question.word_set):
                    continue
                score += subject_bonus
                period_ok, period_bonus = self._period_fit(question, fact)
                if not period_ok:
                    continue
                score += period_bonus
                score += sum(self.word_weight[word] for word in content & self.quote_words[fact.id])
                score += self._qualifier_fit(question, fact)
                if fact in context:
                    # "that" points back at the previous answer, unless it asks for something else
                    score += -0.3 if question.has("before that", "instead", "other") else 1.5 * question.pronoun
                    if fact.unit is Unit.TEXT and question.text.lower().startswith(FOLLOW_UP_START):
                        score -= 2.0  # "and what did he say…?" wants another statement, not the one just given
                candidates.append(Candidate(fact, score))
        # Equal scores: the latest period first ("what does Poland spend?" means the latest year).
        candidates.sort(key=lambda c: (round(c.score, 6), c.fact.period or ""), reverse=True)
        return candidates

    def _has_fitting_fact(self, measure: str, question: Question, named_countries: list[str]) -> bool:
        if measure in self.prose_measures:
            pool = self._pool(measure, question, named_countries)
        else:  # a table row answers only a question naming its entity: look those rows up directly
            pool = [f for name in question.entities for f in self.by_measure_subject.get((measure, name), [])]
        return any(
            self._subject_fit(question, fact, named_countries)[0] and self._period_fit(question, fact)[0]
            for fact in pool
        )

    def _pool(self, measure: str, question: Question, named_countries: list[str]) -> list[Fact]:
        """The facts of a measure worth scoring, found through the indexes so large table corpora stay fast:
        the named subjects' (or everyone's), for the years asked, else the latest per subject when there are many."""
        subjects = [*question.entities, *question.people] if named_countries else None
        if question.years:
            periods = [str(year) for year in question.years] + ["current", ""]
            if subjects is None:
                return [fact for period in periods for fact in self.by_measure_period.get((measure, period), [])]
            return [
                fact
                for subject in subjects
                for period in periods
                for fact in self.by_measure_subject_period.get((measure, subject, period), [])
            ]
        if subjects is None:
            facts = self.by_measure.get(measure, [])
            return facts if len(facts) <= LARGE_POOL else self.latest_by_measure(measure)
        pool: list[Fact] = []
        for subject in subjects:
            facts = self.by_measure_subject.get((measure, subject), [])
            pool.extend(facts if len(facts) <= LARGE_SUBJECT_POOL else self._latest_periods(facts))
        return pool

    @staticmethod
    def _latest_periods(facts: list[Fact]) -> list[Fact]:
        latest = max(fact.period or "" for fact in facts)
        return [fact for fact in facts if (fact.period or "") in {latest, "current", ""}]

    def latest_by_measure(self, measure: str) -> list[Fact]:
        cached = self._latest.get(measure)
        if cached is None:
            latest: dict[str, Fact] = {}
            for fact in self.by_measure.get(measure, []):
                current = latest.get(fact.subject)
                if current is None or (fact.period or "") > (current.period or ""):
                    latest[fact.subject] = fact
            cached = self._latest[measure] = list(latest.values())
        return cached

    def _subject_fit(self, question: Question, fact: Fact, named_countries: list[str]) -> tuple[bool, float]:
        if fact.subject in question.people or (question.people and self._proposed_by_named_person(question, fact)):
            return True, 1.5
        if fact.subject in question.entities:
            if fact.citation.cell is not None and self._names_a_foreign_country(question):
                return False, 0.0  # "the india-us trade pact": the tables know nothing of the other country
            if fact.citation.cell is not None and fact.subject == NATO_ALLIES and not names_the_whole(question):
                return False, 0.0  # "allies" means the members, not the "NATO Total" row
            return True, 1.5
        if fact.subject in self.people.values():
            return False, 0.0  # a person's statements answer only questions that name them
        if fact.citation.cell is not None:
            return False, 0.0  # a table row answers only questions that name its entity
        if named_countries:
            return False, 0.0
        if fact.subject == NATO_ALLIES:
            return True, 0.0
        # "of alliance spending" names the whole, not a subject: any ally or group is within it.
        return not (set(question.entities) - {NATO_ALLIES}), -0.5

    @staticmethod
    def _proposed_by_named_person(question: Question, fact: Fact) -> bool:
        """'the percent of GDP Trump wanted' is about his proposal, whichever country the question also names."""
        proposers = [q.removeprefix("proposed by ") for q in fact.qualifiers if q.startswith("proposed by ")]
        return any(person in proposer for proposer in proposers for person in question.people)

    @staticmethod
    def _names_the_answer(question: Question, fact: Fact) -> bool:
        """'who was SG before Rutte?' names the holder, so asks about someone else."""
        named = set(question.people) - set(question.role_holders)
        return fact.unit is Unit.TEXT and fact.measure.startswith("role_") and fact.text in named

    @staticmethod
    def _names_a_foreign_country(question: Question) -> bool:
        entities = lexicon.entities_by_name()
        return any(
            entities[name].kind is EntityKind.COUNTRY and not entities[name].nato_member for name in question.entities
        )

    def _period_fit(self, question: Question, fact: Fact) -> tuple[bool, float]:
        years = {str(year) for year in question.years}
        if not years or (fact.unit is Unit.TEXT and not fact.period):
            return True, 0.0
        periods = self._effective_periods(fact)
        if periods & years:
            return True, 1.0
        if fact.measure in {"spending_target", "target_component"} and not fact.period:
            return False, 0.0
        return False, 0.0

    def _effective_periods(self, fact: Fact) -> set[str]:
        if fact.period != "current":
            return {fact.period} if fact.period else set()
        document = self.documents[fact.citation.document]
        return {document.default_period} if document.default_period else set()

    @staticmethod
    def _qualifier_fit(question: Question, fact: Fact) -> float:
        proposal = any(q.startswith("proposed by") for q in fact.qualifiers)
        proposer_named = proposal and any(
            normalise(q.removeprefix("proposed by")).split()[-1] in question.word_set
            for q in fact.qualifiers
            if q.startswith("proposed by")
        )
        asks_proposal = "proposal" in question.concepts or proposer_named
        score = 0.0
        if proposal:
            score += 1.0 if asks_proposal else -1.0
        if "replaced" in fact.qualifiers:
            score -= 0.5
        quoted_figures = {word.rstrip("%") for word in normalise(fact.citation.quote).split()}
        for value, _ in question.numbers:
            if fact.value is not None and abs(fact.value - value) < 0.01:
                score += 0.75
            elif phrasing.format_number(value) in quoted_figures:
                score += 0.5
        return score

    def _companions(self, question: Question, candidates: list[Candidate]) -> list[Fact]:
        """The best fact, plus the others a split question ('US vs Europe') or a several-subject question wants."""
        best = candidates[0]
        chosen = [best.fact]
        wants_split = bool(question.word_set & SPLIT_WORDS) or len(question.entities) > 1
        for candidate in candidates[1:]:
            fact = candidate.fact
            same_measure = fact.measure == best.fact.measure
            if not same_measure or candidate.score < best.score - 2.5:
                continue
            new_subject = fact.subject != best.fact.subject and fact.subject not in {f.subject for f in chosen}
            if (
                wants_split
                and new_subject
                and (fact.subject in question.entities or not question.entities or len(question.entities) == 1)
            ):
                chosen.append(fact)
        return chosen

    def _summary(self, question: str, parsed: Question) -> Answer:
        """'summarise the key numbers': every figure of the documents the question names (or all of them)."""
        titles = {document.id: normalise(document.title) for document in self.kb.documents}
        wanted = " ".join(parsed.words)
        named = [doc for doc, title in titles.items() if fuzz.token_set_ratio(wanted, title) >= 60]
        wanted_facts = (
            fact
            for fact in self.facts
            if fact.unit is not Unit.TEXT
            and fact.measure in MEASURES
            and (not named or fact.citation.document in named)
        )
        facts = list(itertools.islice(wanted_facts, MAX_SUMMARY_FACTS))
        if not facts:
            return self._unsure(question, parsed, Resolution([], 0.0))
        return self._compose(question, parsed, Resolution(facts, ANSWER_SCORE + 1))

    def _answered(
        self,
        question: str,
        lines: list[str],
        headline: str,
        facts: list[Fact],
        *,
        cited: Iterable[Fact] | None = None,
        values: list[float],
        confidence: float,
        calculation: str | None = None,
        uncovered: list[str] | None = None,
        yes_no: bool = False,
        conditions: list[float] | None = None,
    ) -> Answer:
        """An answer stating figures: every fact it uses is cited."""
        return Answer(
            question=question,
            answered=True,
            band=Band.ANSWER,
            answer="\n".join(lines),
            headline=headline[:256],
            confidence=round(confidence, 3),
            facts=facts,
            citations=_unique_citations(
                phrasing.citation_of(fact, self.documents[fact.citation.document])
                for fact in (facts if cited is None else cited)
            ),
            values=values,
            calculation=calculation,
            uncovered=uncovered or [],
            yes_no=yes_no,
            conditions=conditions or [],
        )

    # ----- whole-table questions -----

    def _table_measure(self, question: Question, spec: aggregate.TableQuestion) -> str | None:
        """The table measure a whole-table question is about; 'which ally…' asks for a row, not a person."""
        kinds = question_kinds(question) - {QuestionKind.PERSON}
        if spec.intent is aggregate.Intent.RANKING and spec.limit > 1:  # the 3 of 'which 3 allies' is no quantity
            question = dataclasses.replace(question, numbers=[n for n in question.numbers if n[0] != spec.limit])
        if spec.intent is not aggregate.Intent.TREND:
            kinds.discard(QuestionKind.COUNT)  # "how many allies…" counts rows; the measure is what they are above
        scores = {
            key: measure_score(MEASURES[key], question, kinds)
            for key in self.table_measures
            if key in MEASURES and self._fits_threshold(key, question, spec) and self._fits_span(key, question)
        }
        if spec.intent is aggregate.Intent.TREND and "real" not in question.word_set:
            # "how has Germany's share of GDP changed since 2014": the share's trend, not the real-terms change
            scores = {key: score for key, score in scores.items() if key not in CHANGE_MEASURES}
        if spec.direction:
            scores = {key: score for key, score in scores.items() if key in CHANGE_MEASURES}
        scores = {key: score for key, score in scores.items() if score > 0}
        if scores:
            best = max(scores, key=lambda key: scores[key])
            if scores[best] >= SUGGEST_SCORE:
                return best
        # NATO's headline measure, for "how has Germany changed since 2014?" and "did Spain hit 2%?"
        headline_measure = spec.intent is aggregate.Intent.TREND or question.concepts & {"gdp", "target"}
        if (spec.threshold is not None and not spec.direction) or headline_measure:
            return "share_of_gdp" if self.by_measure.get("share_of_gdp") else None
        return None

    def _fits_span(self, measure: str, question: Question) -> bool:
        """A change over a span ('2014-2024') answers 'since 2014' or 'from 2014 to 2024', not 'in 2014'."""
        if measure not in self.span_measures:
            return True
        return len(question.years) != 1 or bool(question.word_set & SPAN_WORDS)

    def _fits_threshold(self, measure: str, question: Question, spec: aggregate.TableQuestion) -> bool:
        """'above 20%' is about a percentage; 'more than 100,000' about a count or an amount."""
        if spec.threshold is None or spec.direction:
            return True
        is_percent = self.by_measure[measure][0].unit in {Unit.PERCENT, Unit.PERCENT_OF_GDP}
        names_percent = any(percent for _, percent in question.numbers) or spec.threshold == 2.0
        return is_percent == names_percent

    def _periods(self, measure: str) -> list[str]:
        """The periods a measure has figures for, sorted (computed once per measure)."""
        cached = self._periods_of.get(measure)
        if cached is None:
            cached = self._periods_of[measure] = sorted({f.period for f in self.by_measure[measure] if f.period})
        return cached

    def _table_period(self, measure: str, spec: aggregate.TableQuestion) -> str:
        """The column asked for: the year named, the span holding the years named, else the latest."""
        periods = self._periods(measure)
        spans = [period for period in periods if "-" in period]
        if spans:
            wanted = {str(year) for year in spec.years}
            return next((span for span in spans if wanted <= set(span.split("-"))), spans[-1])
        return str(spec.years[0]) if spec.years else periods[-1]

    def _table_answer(self, question: str, parsed: Question, spec: aggregate.TableQuestion) -> Answer | None:
        measure = self._table_measure(parsed, spec)
        if measure is None:
            return None
        if spec.intent is aggregate.Intent.TREND:
            return self._trend(question, parsed, spec, measure)
        if spec.intent is aggregate.Intent.CHECK:
            return self._check(question, parsed, spec, measure)
        currency_note = ""
        if measure in IN_US_DOLLARS:
            # Zlotys and euros don't rank against each other: compare allies in US dollars at the same prices
            measure = IN_US_DOLLARS[measure]
            currency_note = " (national currencies don't compare across allies, so this is in US dollars)"
        period = self._table_period(measure, spec)
        rows = aggregate.rows_in_scope(self.by_measure_period.get((measure, period), []), spec)
        if not rows:
            return self._no_table_data(question, parsed, measure, period)
        label = self._label_for(measure)
        estimate = " (estimates)" if any(fact.estimate for fact in rows) else ""
        latest = ("" if spec.years else f" — the latest year in the tables, {period}") + currency_note
        scope = " European" if spec.excluded else ""
        if spec.intent is aggregate.Intent.RANKING:
            chosen = aggregate.ranking(rows, spec)
            order = "lowest" if spec.ascending else "highest"
            headline = f"{order.capitalize()} {label}{', European allies' if scope else ''}, {period}{estimate}"
            intro = f"**{headline}**{latest}:"
            return self._table_list(question, intro, headline, chosen, [])
        chosen = aggregate.matching(rows, spec)
        condition = aggregate.describe_condition(spec, rows[0])
        nearest = [] if chosen else [self._nearest(rows, spec)]
        if spec.intent is aggregate.Intent.LIST:
            headline = f"{len(chosen)}{scope} allies {condition}, {period}{estimate}"
            return self._table_list(question, f"**{headline}**{latest}:", headline, chosen, nearest)
        count = float(len(chosen))
        calculation = f"counted the{scope} allies {condition} in {period}: {len(chosen)} of {len(rows)} with figures"
        headline = f"{len(chosen)}{scope} allies {condition} in {period}{estimate}"
        extra = [] if spec.excluded else self._conflicting_counts(period, spec, len(chosen), rows[0])
        stated = [count, *(value for _, _, value in extra)]
        intro = f"**{headline}**{latest} — {calculation}:"
        for _, fact, met in extra:
            if met != fact.value:  # the other source counts those that met; those that missed are the rest
                total, value = phrasing.format_number(fact.total or 0), phrasing.format_number(fact.value or 0)
                calculation += f"; {total} − {value} = {phrasing.format_number(met)}"
        return self._table_list(
            question,
            intro,
            headline,
            chosen,
            [*nearest, *((text, fact) for text, fact, _ in extra)],
            stated,
            calculation,
        )

    def _named_allies(self, question: Question) -> list[str]:
        entities = lexicon.entities_by_name()
        return [
            name
            for name in question.entities
            if entities[name].kind is EntityKind.COUNTRY and entities[name].nato_member
        ]

    def _latest_row(self, measure: str, country: str, years: list[int]) -> Fact | None:
        """A country's row for the year asked, else its latest year."""
        rows = [f for f in self.by_measure_subject.get((measure, country), []) if f.citation.cell is not None]
        if years:
            return next((f for f in rows if f.period == str(years[0])), None)
        yearly = [f for f in rows if f.period and f.period.isdigit()]
        return max(yearly, key=lambda fact: fact.period or "", default=None)

    def _check(self, question: str, parsed: Question, spec: aggregate.TableQuestion, measure: str) -> Answer | None:
        """'Is Spain meeting the 2% target?': yes or no for each ally named, with the figure that decides it."""
        named = self._named_allies(parsed)
        rows = [row for country in named if (row := self._latest_row(measure, country, spec.years)) is not None]
        if not rows or len(rows) < len(named):
            return None
        condition = aggregate.describe_condition(spec, rows[0])
        latest = "" if spec.years else " (the latest year in the tables)"
        lines: list[str] = []
        verdicts: list[str] = []
        for row in rows:
            verdict = "Yes" if aggregate.meets(row, spec) else "No"
            verdicts.append(f"{row.subject}: {verdict.lower()}")
            document = self.documents[row.citation.document]
            lines.append(
                f"**{verdict}** — {condition}{latest}: {phrasing.statement(row)}{phrasing.cite(row, document)}"
            )
        if len(rows) == 1:
            headline = f"{verdict}: {phrasing.format_value(rows[0])} in {rows[0].period}"
        else:
            headline = " · ".join(verdicts)
        return self._answered(
            question,
            lines,
            headline,
            rows,
            values=[f.value for f in rows if f.value is not None],
            confidence=0.85,
            yes_no=True,
            conditions=[spec.threshold] if spec.threshold is not None else [],
        )

    def _country_profile(self, question: str, parsed: Question) -> Answer | None:
        """'Tell me about Poland', 'France vs Italy': the headline figures of each ally named, side by side."""
        countries = self._named_allies(parsed)
        if not countries or len(countries) > MAX_PROFILES:
            return None
        lines: list[str] = []
        facts: list[Fact] = []
        heads: list[str] = []
        entities = lexicon.entities_by_name()
        others = [
            name for name in parsed.entities if entities[name].kind is EntityKind.COUNTRY and name not in countries
        ]
        if others:  # "Japan vs Germany": say what is missing rather than answer half the question silently
            lines.append(f"I have no figures for {', '.join(others)}: NATO's tables cover its allies only.")
        for country in countries:
            rows = [self._latest_row(measure, country, parsed.years) for measure in PROFILE_MEASURES]
            found = [row for row in rows if row is not None]
            if not found:
                continue
            period = found[0].period
            estimate = " (estimates)" if any(row.estimate for row in found) else ""
            summary = " · ".join(
                phrasing.format_value(row) + (" personnel" if row.unit is Unit.PEOPLE else "") for row in found
            )
            heads.append(f"{country}: {summary}")
            lines.append(f"**{country}, {period}{estimate}:** {summary}")
            for row in found:
                lines.append(f"• {phrasing.statement(row)}{phrasing.cite(row, self.documents[row.citation.document])}")
            facts.extend(found)
        if not facts:
            return None
        return self._answered(
            question,
            lines,
            " | ".join(heads),
            facts,
            values=[f.value for f in facts if f.value is not None],
            confidence=0.75,
            uncovered=others,
        )

    def _nearest(self, rows: list[Fact], spec: aggregate.TableQuestion) -> tuple[str, Fact]:
        """None meets the condition: the closest ally, so the answer still cites the cell it rests on."""
        closest = (min if spec.below else max)(rows, key=lambda fact: fact.value or 0.0)
        extreme = "lowest" if spec.below else "highest"
        return f"None does; the {extreme} is {closest.subject} at **{phrasing.format_value(closest)}**", closest

    def _no_table_data(self, question: str, parsed: Question, measure: str, period: str) -> Answer:
        periods = self._periods(measure)
        text = (
            f"I don't have that: the tables give {self._label_for(measure)} for {periods[0]}–{periods[-1]}, "
            f"not {period}."
        )
        suggestions = self._suggest(parsed, Resolution([], 0.0))
        return Answer(
            question=question, answered=False, band=Band.UNKNOWN, answer=text, confidence=0.0, suggestions=suggestions
        )

    def _label_for(self, measure: str) -> str:
        return MEASURES[measure].label if measure in MEASURES else measure.replace("_", " ")

    def _table_list(
        self,
        question: str,
        intro: str,
        headline: str,
        facts: list[Fact],
        extra: list[tuple[str, Fact]],
        values: list[float] | None = None,
        calculation: str | None = None,
    ) -> Answer:
        lines = [intro]
        for number, fact in enumerate(facts, start=1):
            lines.append(f"{number}. {fact.subject} **{phrasing.format_value(fact)}** ({fact.citation.locator})")
        documents = {fact.citation.document for fact in facts}
        for document_id in sorted(documents):
            document = self.documents[document_id]
            lines.append(f"Source: {document.label}; each figure cites its table and cell.")
        for text, fact in extra:
            lines.append(text + phrasing.cite(fact, self.documents[fact.citation.document]))
        all_facts = [*facts, *(fact for _, fact in extra)]
        stated = [
            *(values or []),
            *(fact.value for fact in facts if fact.value is not None),
            *(v for _, fact in extra for v in (fact.value, fact.total) if v is not None),
        ]
        return self._answered(
            question, lines, headline, all_facts, values=stated, confidence=0.85, calculation=calculation
        )

    def _conflicting_counts(
        self, period: str, spec: aggregate.TableQuestion, count: int, sample: Fact
    ) -> list[tuple[str, Fact, float]]:
        """Another document's count of the same thing (the Annual Report's 22 of 32 against the tables' 23)."""
        if spec.threshold not in (None, 2.0) or sample.measure != "share_of_gdp":
            return []
        table_document = self.documents[sample.citation.document]
        notes: list[tuple[str, Fact, float]] = []
        for fact in self.by_measure.get("members_meeting_target", []):
            if period not in self._effective_periods(fact) or fact.value is None:
                continue
            other = self.documents[fact.citation.document]
            met = fact.value if not spec.below else (fact.total or 0) - fact.value
            if met == count:
                continue
            newer = other if (other.published or "") > (table_document.published or "") else table_document
            notes.append(
                (
                    f"**Sources disagree:** *{phrasing.escape(other.title)}* ({other.published or 'undated'}) counts "
                    f"**{phrasing.format_number(met)}** of {phrasing.format_number(fact.total or 0)}; the tables "
                    f"({table_document.published or 'undated'}) count {count}. The newer source is "
                    f"*{phrasing.escape(newer.title)}*",
                    fact,
                    met,
                )
            )
        return notes

    def _trend(self, question: str, parsed: Question, spec: aggregate.TableQuestion, measure: str) -> Answer | None:
        country = next(
            (name for name in parsed.entities if lexicon.entities_by_name()[name].kind is EntityKind.COUNTRY), None
        )
        if country is None or (lexicon.entities_by_name()[country].nato_member is False):
            return None
        facts = self.by_measure_subject.get((measure, country), [])
        spans = [fact for fact in facts if fact.citation.cell is not None and "-" in (fact.period or "")]
        if spans:
            # "how much has Poland's spending grown in real terms since 2014": the table states the change itself
            period = self._table_period(measure, spec)
            stated = [fact for fact in spans if fact.period == period]
            return self._compose(question, parsed, Resolution(stated, ANSWER_SCORE)) if stated else None
        series = sorted(
            (fact for fact in facts if fact.period and fact.period.isdigit()), key=lambda fact: fact.period or ""
        )
        if not series:
            return None
        by_year = {fact.year: fact for fact in series}
        start_year = spec.years[0] if spec.years else series[0].year
        end_year = spec.years[-1] if len(spec.years) >= 2 else series[-1].year
        start, end = by_year.get(start_year), by_year.get(end_year)
        if start is None or end is None or start is end:
            return self._no_table_data(question, parsed, measure, str(start_year if start is None else end_year))
        change = (end.value or 0) - (start.value or 0)
        calculation = (
            f"{phrasing.format_value(end)} ({end.period}) − {phrasing.format_value(start)} ({start.period}) = "
            f"{'+' if change >= 0 else '−'}{phrasing.format_change(abs(change), end)}"
        )
        if end.unit is Unit.MONEY and start.value:
            calculation += f" ({change / start.value * 100:+.1f}%)"
        window = [fact for fact in series if start_year <= (fact.year or 0) <= end_year]
        headline = f"{country}: {phrasing.format_value(start)} → {phrasing.format_value(end)}"
        lines = [
            f"**{headline}** ({start.period}–{end.period}{', latest an estimate' if end.estimate else ''})",
            f"Change: {calculation}",
            f"{phrasing.statement(start)}{phrasing.cite(start, self.documents[start.citation.document])}",
            f"{phrasing.statement(end)}{phrasing.cite(end, self.documents[end.citation.document])}",
            "Year by year: "
            + " · ".join(f"{fact.period} {phrasing.format_value(fact)} ({fact.citation.cell})" for fact in window),
        ]
        return self._answered(
            question,
            lines,
            headline,
            window,
            cited=(start, end),
            values=[start.value or 0, end.value or 0, round(change, 4), *(f.value or 0 for f in window)],
            confidence=0.85,
            calculation=calculation,
        )

    # ----- composing --------------------------------------------------------------------------

    def _compose(self, question: str, parsed: Question, resolution: Resolution) -> Answer:
        lines: list[str] = []
        values: list[float] = []
        if resolution.derived:
            derived = resolution.derived
            lines.append(f"**{derived.headline}**")
            lines.append(f"Calculation: {derived.calculation}")
            values.append(derived.value)
            lines.append("From:")
        facts = resolution.facts
        self._state_facts(facts, lines, bullets=bool(resolution.derived) or len(facts) > 1)
        other = resolution.other_source
        if other is not None and resolution.derived:
            lines.append(self._sources_differ(resolution.derived, other))
            values.append(other.value)
            self._state_facts(other.facts, lines, bullets=True)
            facts = [*facts, *other.facts]
        for fact in facts:
            if fact.value is not None:
                values.append(fact.value)
            if fact.total is not None:
                values.append(fact.total)
            if fact.text:
                values.extend(float(number) for number in FIGURE_IN_TEXT.findall(fact.text))
                if parsed.word_set & {"year", "when"}:
                    values.extend(float(year) for year in YEAR_IN_TEXT.findall(fact.text))
            if fact.year and parsed.word_set & {"year", "when"}:
                values.append(float(fact.year))
        targets: list[Fact] = []
        if not resolution.derived:
            timeline, targets = self._target_timeline(facts)
            lines.extend(timeline)
            values.extend(fact.value for fact in targets if fact.value is not None)
        confidence = min(1.0, 0.5 + resolution.score / 12)
        headline = (
            resolution.derived.headline
            if resolution.derived
            else " · ".join(_plain(phrasing.format_value(f)) for f in facts)
        )
        if targets and targets[-1] not in facts:
            newest = targets[-1]
            deadline = f" by {newest.period}" if newest.year else ""
            headline += f" · newest ({self._stated_on(newest)}): {phrasing.format_value(newest)}{deadline}"
        return self._answered(
            question,
            lines,
            headline,
            _unique([*facts, *targets]),
            values=values,
            confidence=confidence,
            calculation="; ".join(d.calculation for d in (resolution.derived, other) if d) or None,
        )

    def _sources_differ(self, derived: Derived, other: Derived) -> str:
        first = self.documents[derived.facts[0].citation.document]
        second = self.documents[other.facts[0].citation.document]
        newer = max((first, second), key=lambda document: document.published or "")
        return (
            f"**Sources differ:** *{phrasing.escape(second.title)}* ({second.published or 'undated'}) gives "
            f"**{other.headline}** ({other.calculation}); the figure above is from "
            f"*{phrasing.escape(first.title)}* ({first.published or 'undated'}). "
            f"The newer source is *{phrasing.escape(newer.title)}*. From:"
        )

    def _state_facts(self, facts: list[Fact], lines: list[str], *, bullets: bool) -> None:
        for fact in facts:
            document = self.documents[fact.citation.document]
            lines.append(f"{'• ' if bullets else ''}{phrasing.statement(fact)}{phrasing.cite(fact, document)}")

    def _target_timeline(self, facts: list[Fact]) -> tuple[list[str], list[Fact]]:
        """Every agreed spending target in time order, when the documents give more than one (2% → 5% by 2035):
        a later document updates an earlier one, and neither is silently dropped."""
        if not facts or any(fact.measure != "spending_target" or _is_proposal(fact) for fact in facts):
            return [], []
        targets = self.alliance_targets
        if len({fact.value for fact in targets}) < 2:
            return [], []
        lines = ["**All the targets in my documents, oldest first:**"]
        for fact in targets:
            document = self.documents[fact.citation.document]
            lines.append(f"• {self._stated_on(fact)}: {phrasing.statement(fact)}{phrasing.cite(fact, document)}")
        newest = self.documents[targets[-1].citation.document]
        lines.append(
            f"The newest is *{phrasing.escape(newest.title)}* ({newest.published or 'undated'}): "
            f"{phrasing.format_value(targets[-1])}."
        )
        return lines, targets

    def _stated_on(self, fact: Fact) -> str:
        """When a target held from: the year it was agreed for a replaced one, else its document's date."""
        if "replaced" in fact.qualifiers and fact.period and fact.period.isdigit():
            return fact.period
        return self.documents[fact.citation.document].published or fact.period or ""

    def _unsure(self, question: str, parsed: Question, resolution: Resolution) -> Answer:
        suggestions = self._suggest(parsed, resolution)
        if resolution.score >= SUGGEST_SCORE and suggestions:
            text = "I'm not sure I understood. Did you mean:\n" + "\n".join(f"• {s}" for s in suggestions)
            band = Band.SUGGEST
        else:
            text = "I don't know that: my documents don't answer it."
            if suggestions:
                text += " Here is what I can answer:\n" + "\n".join(f"• {s}" for s in suggestions)
            band = Band.UNKNOWN
        return Answer(
            question=question,
            answered=False,
            band=band,
            answer=text,
            confidence=round(min(0.5, resolution.score / 8), 3),
            suggestions=suggestions,
        )

    def _suggest(self, parsed: Question, resolution: Resolution) -> list[str]:
        pool = self._focused_suggestions(parsed) or self.suggestion_texts
        ranked = process.extract(" ".join(parsed.words), pool, scorer=fuzz.token_set_ratio, limit=MAX_SUGGESTIONS)
        suggestions = [self.canonical_question(fact) for fact in resolution.facts]
        suggestions += [choice for choice, score, _ in ranked if score >= 40]
        if not suggestions:
            suggestions = list(self.suggestions)[:3]
        return list(dict.fromkeys(suggestions))[:MAX_SUGGESTIONS]

    def _pointer(self, question: str, band: Band, greeting: str) -> Answer:
        examples = list(self.suggestions)[:3]
        text = greeting + " Try:\n" + "\n".join(f"• {example}" for example in examples)
        return Answer(question=question, answered=False, band=band, answer=text, confidence=1.0, suggestions=examples)


def measure_score(measure: Measure, question: Question, kinds: set[QuestionKind]) -> float:
    words = question.word_set | {stem(word) for word in question.words}
    if PRICE_BASE_YEAR in question.years:
        words.discard(str(PRICE_BASE_YEAR))  # "from 2015 to 2023" is a year, not constant 2015 prices
    if measure.required and not words & measure.required:
        return 0.0
    score = float(len(words & measure.keywords))
    if measure.required and measure.key in TABLE_MEASURE_KEYS:
        score += 2.0  # a table measure's own word ("equipment", "zloty", "troops") outweighs general spending words
    if measure.key in TABLE_MEASURE_KEYS and question.people:
        score -= 1.5  # a table states no one's view: "what % of GDP did Trump want" is about his words
    if measure.key in MONEY_MEASURES and question.word_set & MONEY_WORDS:
        score += 1.0
    if measure.key in TABLE_MEASURE_KEYS and "target" in question.concepts and "gdp" not in question.concepts:
        score -= 1.5  # "nato's spending target" is the agreed target, not what the tables say was spent
    score += sum(1.0 for cues in measure.cue_sets if cues <= question.concepts)
    if measure.key == "members_meeting_target" and question.word_set & MEMBER_WORDS:
        # counting members against a threshold: "how many allies were at 2%", "2% target members"
        score += 1.0 if QuestionKind.COUNT in kinds or question.concepts & {"target", "meet", "miss"} else 0.0
        score += 1.0 if any(percent for _, percent in question.numbers) else 0.0
    if measure.key in MONEY_MEASURES and (QuestionKind.SHARE in kinds or question.has("how much of")):
        score -= 2.0  # "how much of the alliance's budget" asks a share, not an amount
    if measure.key == "members_meeting_target" and asks_fraction_of_members(question):
        score += 2.0
    if measure.key == "membership" and (question.concepts & {"target", "meet", "miss"} or question.numbers):
        score -= 2.0  # members meeting a target, not the size of the alliance
    head = question_head(question) - MEMBER_WORDS
    score += 0.5 * len(head & measure.keywords)
    if measure.key in GDP_MEASURES and "gdp" in head:
        score += 1.0
    if measure.key in GDP_MEASURES and question.has("of gdp", "% of gdp", "percent of gdp", "share of gdp"):
        score += 1.5
    if QuestionKind.COUNT in kinds and QuestionKind.COUNT not in measure.kinds:
        score -= 2.0
    elif kinds & measure.kinds:
        score += 1.5
    elif kinds & {QuestionKind.PERSON, QuestionKind.PLACE} and not (measure.numeric and question.numbers):
        score -= 1.5
    elif kinds & {QuestionKind.COUNT, QuestionKind.SHARE} and not measure.numeric:
        score -= 2.0
    elif QuestionKind.TIME in kinds and not measure.numeric:
        score -= 3.0  # "when did he take office?" is not answered by who holds the office
    return score


MEMBER_WORDS = frozenset({"allies", "ally", "members", "member", "states", "countries", "country", "nations"})
AUXILIARIES = frozenset({"is", "are", "was", "were", "did", "does", "do", "has", "have", "will", "would", "can"})
WH_WORDS = frozenset({"what", "whats", "which", "who", "whos", "where", "when", "how"})


WHOLE_WORDS = frozenset({"combined", "total", "altogether", "overall", "sum", "together"})
WHOLE_ALLIANCE_ALIASES = frozenset(
    {"nato", "nato total", "the alliance", "alliance", "nato as a whole", "all of nato", "whole alliance"}
)


def asks_for_profile(question: Question) -> bool:
    """'France vs Italy', 'tell me about Poland': only allies' names and words asking for an overview."""
    named = {word for name in question.entities for alias in question.aliases.get(name, []) for word in alias.split()}
    leftover = {word for word in question.content_words if word not in named and not word.isdigit()}
    return leftover <= PROFILE_WORDS


def names_the_whole(question: Question) -> bool:
    """'NATO' or 'the alliance' can mean the whole; 'allies' and 'members' mean the member states."""
    aliases = set(question.aliases.get(NATO_ALLIES, []))
    return bool(aliases & WHOLE_ALLIANCE_ALIASES) or bool(aliases and question.word_set & WHOLE_WORDS)


def asks_fraction_of_members(question: Question) -> bool:
    """'what percentage of nato members met…' asks a fraction of a count, not a share of GDP."""
    words = question.words
    for index, word in enumerate(words[:-1]):
        if word in {"percentage", "fraction", "proportion", "share", "percent"} and words[index + 1] == "of":
            following = [w for w in words[index + 2 : index + 5] if w not in STOPWORDS and w != "nato"]
            return bool(following) and following[0] in MEMBER_WORDS
    return False


def refers_to_previous_answer(words: list[str]) -> bool:
    """'is that…', 'how many of them' point at the last answer; 'that country' points at an entity in it."""
    for index, word in enumerate(words):
        if word in {"that", "this", "it"}:
            following = words[index + 1] if index + 1 < len(words) else ""
            if following not in MEMBER_WORDS | {"person", "man", "woman", "city", "place", "guy"}:
                return True
    return False


def split_parts(text: str) -> list[str]:
    """'what's the US share and how many met 2%?' asks two things; 'the gap between A and B' asks one."""
    parts: list[str] = []
    start = 0
    for match in MULTI_PART.finditer(text):
        before = text[start : match.start()].lower()
        joins_operands = match.group(0).strip().lower() == "and" and not before.rstrip().endswith(",")
        if joins_operands and re.search(r"\bbetween\b(?!.*\band\b)", before):
            continue
        if match.group(0).strip() == ":" and not set(normalise(before).split()) & WH_WORDS:
            continue  # "US spending in constant dollars: how did it change?" — a topic, then its question
        parts.append(text[start : match.start()])
        start = match.end()
    parts.append(text[start:])
    return [part for part in parts if part.strip()]


def question_head(question: Question) -> set[str]:
    """The words right after the question word: 'what *percentage of gdp* is…' names what is asked."""
    words = question.words
    start = next((index for index, word in enumerate(words) if word in WH_WORDS), None)
    if start is None:
        return set()
    head: set[str] = set()
    for word in words[start + 1 : start + 6]:
        if word in AUXILIARIES:
            break
        head.add(word)
    return head


def _is_proposal(fact: Fact) -> bool:
    return any(qualifier.startswith("proposed by") for qualifier in fact.qualifiers)


def _plain(markdown: str) -> str:
    return markdown.replace("**", "")


def _unique(facts: Iterable[Fact]) -> list[Fact]:
    return list({fact.id: fact for fact in facts}.values())


def _unique_citations(citations: Iterable[AnswerCitation]) -> list[AnswerCitation]:
    return list({(c.document, c.locator): c for c in citations}.values())


__all__ = ["STOPWORDS", "Engine"]
