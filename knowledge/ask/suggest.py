"""What to offer instead of an answer: the canonical questions the documents answer ('did you mean',
autocomplete) and the refusals that list them."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from rapidfuzz import fuzz, process, utils

from knowledge import aggregate, domain
from knowledge.ask.index import IN_US_DOLLARS, FactIndex, label_for
from knowledge.ask.retrieve import LARGE_POOL, measure_scores
from knowledge.ask.types import SUGGEST_SCORE, Resolution
from knowledge.ask.verify import Verdict
from knowledge.measures import MEASURES
from knowledge.models import Answer, Band, Fact
from knowledge.question import Question, parse

MAX_SUGGESTIONS = 5


class Suggester:
    def __init__(self, index: FactIndex) -> None:
        self.index = index
        self.suggestions = self._suggestions()
        self.suggestion_texts = list(self.suggestions)
        # the suggestions about each subject and each measure (their positions), for the questions that narrow
        # them down without going over every suggestion's facts
        self._about_subject = _positions_by(self.suggestions, lambda fact: fact.subject)
        self._about_measure = _positions_by(self.suggestions, lambda fact: fact.measure)

    def _suggestions(self) -> dict[str, list[Fact]]:
        """One canonical question per (measure, subject, period): for 'did you mean' and autocomplete."""
        index = self.index
        questions: dict[str, list[Fact]] = defaultdict(list)
        for (measure, _), facts in index.by_measure_subject.items():
            table = facts[-1].citation.cell is not None
            chosen = facts[-1:] if table or len(index.by_measure[measure]) > LARGE_POOL else facts
            for fact in chosen:
                questions[index.canonical_question(fact)].append(fact)
        for measure in sorted(index.table_measures & set(MEASURES) - set(IN_US_DOLLARS)):
            rows = index.latest_by_measure(measure)
            period = max(fact.period or "" for fact in rows)
            questions[f"Which allies had the highest {MEASURES[measure].label} in {period}?"] = rows
            if measure == domain.question_words().headline_measure:
                questions[f"Which allies spent less than 2% of GDP on defence in {period}?"] = rows
                questions[f"How many allies spent at least 2% of GDP on defence in {period}?"] = rows
        return dict(questions)

    def complete(self, text: str, limit: int = 25) -> list[str]:
        """Questions the knowledge base answers, ranked by fuzzy similarity to what was typed so far."""
        if limit <= 0:
            return []
        choices = self.suggestion_texts
        text = text.strip()[:200]
        if not text:
            return choices[:limit]
        focused = self._focused(parse(text, self.index.vocabulary, self.index.people))
        ranked: list[str] = []
        for pool in (focused, choices):
            found = process.extract(
                text, pool, scorer=fuzz.WRatio, processor=utils.default_process, limit=limit, score_cutoff=30
            )
            ranked.extend(choice for choice, _, _ in found if choice not in ranked)
        return ranked[:limit]

    def _focused(self, question: Question) -> list[str]:
        """The canonical questions about what was typed so far: its subjects, then its likeliest measures."""
        spec = aggregate.table_question(question)
        if spec is not None and spec.intent is aggregate.Intent.RANKING:
            return [q for q in self.suggestions if q.startswith("Which allies had the highest")]
        named = {*question.entities, *question.people}
        pool = sorted(set().union(*(self._about_subject.get(name, ()) for name in named)))
        scores = measure_scores(self.index, question)
        if scores:
            best = max(scores.values())
            wanted = {key for key, score in scores.items() if score >= best - 1.5}
            of_measures = set().union(*(self._about_measure.get(key, ()) for key in wanted))
            if pool:
                pool = [position for position in pool if position in of_measures]
            else:  # every suggestion about those measures, in order: looked up, not every suggestion tried
                pool = sorted(position for position in of_measures if 0 <= position < len(self.suggestion_texts))
        return [self.suggestion_texts[position] for position in pool]

    def suggest(self, parsed: Question, resolution: Resolution) -> list[str]:
        pool = self._focused(parsed) or self.suggestion_texts
        ranked = process.extract(" ".join(parsed.words), pool, scorer=fuzz.token_set_ratio, limit=MAX_SUGGESTIONS)
        suggestions = [self.index.canonical_question(fact) for fact in resolution.facts]
        suggestions += [choice for choice, score, _ in ranked if score >= 40]
        if not suggestions:
            suggestions = list(self.suggestions)[:3]
        return list(dict.fromkeys(suggestions))[:MAX_SUGGESTIONS]

    # ----- refusals ---------------------------------------------------------------------------

    def unsure(self, question: str, parsed: Question, resolution: Resolution) -> Answer:
        suggestions = self.suggest(parsed, resolution)
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

    def pointer(self, question: str, band: Band, greeting: str) -> Answer:
        examples = list(self.suggestions)[:3]
        text = greeting + " Try:\n" + "\n".join(f"• {example}" for example in examples)
        return Answer(question=question, answered=False, band=band, answer=text, confidence=1.0, suggestions=examples)

    def no_table_data(self, question: str, parsed: Question, measure: str, period: str) -> Answer:
        periods = self.index.periods(measure)
        span = periods[0] if periods[0] == periods[-1] else f"{periods[0]}–{periods[-1]}"  # a span once, not twice
        text = f"I don't have that: the tables give {label_for(measure)} for {span}, not {period}."
        suggestions = self.suggest(parsed, Resolution([], 0.0))
        return Answer(
            question=question, answered=False, band=Band.UNKNOWN, answer=text, confidence=0.0, suggestions=suggestions
        )

    def withheld(self, question: str, parsed: Question, answer: Answer, verdict: Verdict) -> Answer:
        """The draft's facts do not account for the question: say what is missing and offer what they do answer."""
        missing = ", ".join(item.split(" ", 1)[-1] for item in verdict.unaccounted[:3])
        closest = [self.index.canonical_question(fact) for fact in answer.facts[:3]]
        suggestions = list(dict.fromkeys([*closest, *self.suggest(parsed, Resolution([], 0.0))]))[:MAX_SUGGESTIONS]
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


def _positions_by(suggestions: dict[str, list[Fact]], key: Callable[[Fact], str]) -> dict[str, list[int]]:
    """Each key of the suggestions' facts -> the positions of the suggestions with a fact of it, in order."""
    positions: defaultdict[str, list[int]] = defaultdict(list)
    for position, facts in enumerate(suggestions.values()):
        for value in dict.fromkeys(map(key, facts)):
            positions[value].append(position)
    return dict(positions)
