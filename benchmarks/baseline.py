"""Plain sentence-retrieval baselines for a question set.

Runs two baselines over the sentences of every ``.txt`` and ``.md`` document in a
directory and judges them with :func:`knowledge.questionset.judge`:

* **bm25**: ``rank_bm25.BM25Okapi`` over lowercase word tokens of each sentence;
* **wratio**: ``rapidfuzz.process.extractOne`` with ``fuzz.WRatio`` and
  ``utils.default_process``.

Each baseline "answers" with its top sentence; the figures it states are the numbers
in that sentence, and the sentence is the answer text. It abstains only when its best
score is trivially low: a BM25 score of 0 or less (no query word occurs in any
sentence, or only words present in every sentence) or a WRatio score of 0 (nothing
in common after processing). No tuned cut-off: these are floors, not competitors.
Follow-up questions are asked alone (the baselines keep no conversation).

Usage::

    python benchmarks/baseline.py [--questions PATH] [--documents DIR]

``rank-bm25`` is a dev extra (``pip install -e .[dev]``).
"""

from __future__ import annotations

import argparse
import math
import re
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rank_bm25 import BM25Okapi
from rapidfuzz import fuzz, process, utils

try:
    from knowledge.questionset import QUESTION_SETS, Question, Verdict, judge, load_question_set
except ModuleNotFoundError:  # a checkout that is not pip-installed: use the repository root
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from knowledge.questionset import QUESTION_SETS, Question, Verdict, judge, load_question_set

REPO = Path(__file__).resolve().parents[1]
DEFAULT_QUESTIONS = QUESTION_SETS / "article.jsonl"
DEFAULT_DOCUMENTS = REPO / "seeds"
DOCUMENT_SUFFIXES = (".txt", ".md")

# A sentence ends at . ! ? followed by whitespace, or at a line break (headlines, list items);
# not after an initialism such as "U.S." ("the U.S. meets ...").
SENTENCE_END = re.compile(r"(?<![A-Z]\.[A-Z]\.)(?<=[.!?])[ \t]+|\s*\n\s*")
WORD = re.compile(r"\w+")
# 1,474,399.5 / 19.4 / -3 / 64 ; a decimal point must be followed by a digit ("2024." is 2024).
NUMBER = re.compile(r"(?<![\w.])-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\w.])-?\d+(?:\.\d+)?")

WRATIO_CUTOFF = 0.0
BM25_CUTOFF = 0.0

# An answer: (answered, top sentence); the sentence is "" when the baseline abstains.
Answerer = Callable[[str], tuple[bool, str]]


def split_sentences(text: str) -> list[str]:
    """Split a document into non-empty sentences; front-matter fences and bare markup are dropped."""
    sentences = (piece.strip() for piece in SENTENCE_END.split(text))
    return [sentence for sentence in sentences if WORD.search(sentence)]


def load_sentences(directory: Path) -> list[str]:
    sentences: list[str] = []
    for path in sorted(directory.iterdir()):
        if path.is_file() and path.suffix.lower() in DOCUMENT_SUFFIXES:
            sentences.extend(split_sentences(path.read_text(encoding="utf-8")))
    return sentences


def tokenize(text: str) -> list[str]:
    return WORD.findall(text.lower())


def numbers_in(sentence: str) -> list[float]:
    return [float(match.replace(",", "")) for match in NUMBER.findall(sentence)]


def bm25_answerer(sentences: Sequence[str]) -> Answerer:
    index = BM25Okapi([tokenize(sentence) for sentence in sentences])

    def answer(question: str) -> tuple[bool, str]:
        tokens = tokenize(question)
        if not tokens:
            return False, ""
        scores = index.get_scores(tokens)
        best = max(range(len(sentences)), key=lambda position: scores[position])
        if scores[best] <= BM25_CUTOFF:
            return False, ""
        return True, sentences[best]

    return answer


def wratio_answerer(sentences: Sequence[str]) -> Answerer:
    choices = list(sentences)

    def answer(question: str) -> tuple[bool, str]:
        best = process.extractOne(
            question, choices, scorer=fuzz.WRatio, processor=utils.default_process, score_cutoff=WRATIO_CUTOFF
        )
        if best is None or best[1] <= WRATIO_CUTOFF:
            return False, ""
        return True, best[0]

    return answer


@dataclass
class Tally:
    counts: dict[Verdict, int] = field(default_factory=lambda: dict.fromkeys(Verdict, 0))

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def cell(self, verdict: Verdict) -> str:
        count = self.counts[verdict]
        share = 100 * count / self.total if self.total else 0.0
        return f"{count:>4} {share:5.1f}%"


@dataclass
class Run:
    name: str
    by_kind: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    overall: Tally = field(default_factory=Tally)
    latencies_ms: list[float] = field(default_factory=list)


def percentile(values: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    if not ordered:
        return 0.0
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]


def run(name: str, answerer: Answerer, questions: Sequence[Question]) -> Run:
    result = Run(name)
    for question in questions:
        started = time.perf_counter()
        answered, sentence = answerer(question.question)
        result.latencies_ms.append((time.perf_counter() - started) * 1000)
        values = numbers_in(sentence) if answered else []
        verdict = judge(question, answered=answered, values=values, text=sentence)
        result.by_kind[question.kind].counts[verdict] += 1
        result.overall.counts[verdict] += 1
    return result


def render(result: Run) -> str:
    header = f"{'kind':<12} {'n':>4}  {'correct':>11}  {'wrong':>11}  {'abstained':>11}"
    lines = [f"== {result.name} ==", header, "-" * len(header)]
    rows = [*sorted(result.by_kind.items()), ("overall", result.overall)]
    for kind, tally in rows:
        if kind == "overall":
            lines.append("-" * len(header))
        cells = "  ".join(tally.cell(verdict) for verdict in Verdict)
        lines.append(f"{kind:<12} {tally.total:>4}  {cells}")
    p50 = percentile(result.latencies_ms, 0.50)
    p99 = percentile(result.latencies_ms, 0.99)
    lines.append(f"latency per question: p50 {p50:.3f} ms, p99 {p99:.3f} ms")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--questions", type=Path, default=DEFAULT_QUESTIONS, help="question set (JSON Lines)")
    parser.add_argument("--documents", type=Path, default=DEFAULT_DOCUMENTS, help="directory of .txt/.md files")
    arguments = parser.parse_args(argv)

    questions = load_question_set(arguments.questions)
    sentences = load_sentences(arguments.documents)
    if not sentences:
        parser.error(f"no sentences in .txt/.md files under {arguments.documents}")
    print(f"{len(questions)} questions, {len(sentences)} sentences from {arguments.documents}\n")

    for name, answerer in (("bm25", bm25_answerer(sentences)), ("wratio", wratio_answerer(sentences))):
        print(render(run(name, answerer, questions)))
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
