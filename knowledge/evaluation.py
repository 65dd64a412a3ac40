"""Running a question set through the engine: correct / wrong / abstained per kind, and latency."""

from __future__ import annotations

import logging
import statistics
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from knowledge.engine import Engine
from knowledge.models import Answer, Band
from knowledge.questionset import Question, Verdict, judge

log = logging.getLogger(__name__)


@dataclass
class Outcome:
    question: Question
    answer: Answer
    verdict: Verdict
    milliseconds: float


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def totals(self) -> Counter[Verdict]:
        return Counter(outcome.verdict for outcome in self.outcomes)

    def rate(self, verdict: Verdict) -> float:
        return self.totals[verdict] / len(self.outcomes) if self.outcomes else 0.0

    @property
    def rate_correct(self) -> float:
        return self.rate(Verdict.CORRECT)

    @property
    def rate_wrong(self) -> float:
        return self.rate(Verdict.WRONG)

    def by_kind(self) -> dict[str, Counter[Verdict]]:
        kinds: dict[str, Counter[Verdict]] = defaultdict(Counter)
        for outcome in self.outcomes:
            kinds[outcome.question.kind][outcome.verdict] += 1
        return dict(sorted(kinds.items()))

    def latency(self, quantile: float) -> float:
        timings = sorted(outcome.milliseconds for outcome in self.outcomes)
        if not timings:
            return 0.0
        if len(timings) == 1:
            return timings[0]
        return statistics.quantiles(timings, n=100, method="inclusive")[round(quantile * 100) - 1]

    def failures(self) -> list[Outcome]:
        return [outcome for outcome in self.outcomes if outcome.verdict is not Verdict.CORRECT]

    def table(self) -> str:
        rows = [f"{'kind':<12} {'n':>4} {'correct':>8} {'wrong':>6} {'abstained':>10}"]
        for kind, counts in self.by_kind().items():
            total = sum(counts.values())
            rows.append(
                f"{kind:<12} {total:>4} {counts[Verdict.CORRECT]:>8} {counts[Verdict.WRONG]:>6} "
                f"{counts[Verdict.ABSTAINED]:>10}"
            )
        totals = self.totals
        rows.append(
            f"{'all':<12} {len(self.outcomes):>4} {totals[Verdict.CORRECT]:>8} {totals[Verdict.WRONG]:>6} "
            f"{totals[Verdict.ABSTAINED]:>10}"
        )
        rows.append(
            f"correct {self.rate(Verdict.CORRECT):.1%}  wrong {self.rate(Verdict.WRONG):.1%}  "
            f"abstained {self.rate(Verdict.ABSTAINED):.1%}  latency p50 {self.latency(0.5):.2f} ms  "
            f"p99 {self.latency(0.99):.2f} ms"
        )
        return "\n".join(rows)


def answer_or_error(engine: Engine, question: str, previous: Answer | None) -> Answer:
    """The engine's answer; an internal error becomes an unanswered "I could not answer" (the batch goes on)."""
    try:
        return engine.compute(question, previous)
    except Exception as error:  # one question's fault must not stop a batch
        log.exception("Could not answer %r", question)
        text = f"I could not answer that (internal error: {type(error).__name__})."
        return Answer(question=question, answered=False, band=Band.UNKNOWN, answer=text, confidence=0.0)


def evaluate(engine: Engine, questions: list[Question], *, repeat: int = 1) -> Report:
    """Ask every question (follow-ups after their lead question); time each ask, best of `repeat`. The
    verifier's words of every fact are worked out first, as the bot does after every swap: no question pays."""
    engine.warm()
    report = Report()
    for question in questions:
        previous = engine.ask(question.after) if question.after else None
        timings = []
        answer = None
        for _ in range(max(1, repeat)):
            started = time.perf_counter()
            answer = answer_or_error(engine, question.question, previous)
            timings.append((time.perf_counter() - started) * 1000)
        assert answer is not None
        partial = answer.band is Band.PARTIAL
        verdict = judge(question, answered=answer.answered, values=answer.values, text=answer.answer, partial=partial)
        report.outcomes.append(Outcome(question, answer, verdict, min(timings)))
    return report
