"""Extraction measured against hand annotations: precision and recall per document and per measure kind.

Each evaluation document `NAME.ext` in `evaluation_docs/documents/` has `NAME.facts.jsonl` (its figure
statements, annotated by hand) and `NAME.questions.jsonl` (a question set) in `evaluation_docs/annotations/`.

Matching rule (one annotation matches at most one fact and the other way round):
- the same sentence: the annotation's quote and the fact's quote, whitespace collapsed, contain one another;
- the same value within the rounding people use (`questionset.value_matches`; a change whose fall is said in
  words, 'fell 10%', is also its negative, -10), money compared after its scale ("EUR bn" = 1e9 euros, "EUR bn
  per year" too), a count after its own ("1.37 million people"), and a date by its year (an annotated
  "2025-06-25" is the value 2025);
- the same subject, alias-aware (`entities.canonical_subject` on both sides, an annotated weak name such as
  "Allies" the entity it names, a company with or without its legal form, "Storfors Defence AB" or "Storfors
  Defence", a segment annotated under its company, "Storfors Defence — Naval", the segment); a programme's figure
  is also its body's (ReArm Europe's is the European Union's, as `entities.toml` says with `part_of`); a budget
  line annotated under a government body, "MoD Equipment Plan", is its country's (the body's `bodies` entry);
- the same period when the annotation gives one (a span written with an en dash, "2021–2027", is "2021-2027";
  a fiscal year "2029-30" also matches "2029" and "2029-2030", and the other way round, a fiscal year written
  "FY2025", "FY2023-FY2027" or "FY25-26" is "2025", "2023-2027" or "2025-26", a date "2025-06-25" its year or
  itself); a change over
  one year annotated "2023-2024" is also the change stated for 2024, the year it ends in;
- the same kind of measure (share_of_gdp, share_of_total, change, money, count, date, rank), except that
  an annotation of kind "other" accepts any kind; an annotated "year" is a date, a "real_change" a change, and a
  "share_of_gdp" whose measure or unit names another base ("% of GNI") a share of that named base (share_of_total);
- a share annotated as a fraction of one (0.333, unit "fraction (a third)" or "ratio (one in three)") is the
  percentage it is (33.3), as the extractor states shares.
A figure fact (any fact with a numeric value) that matches no annotation is a false positive; facts with no
figure (who said what, roles) are outside the annotations and not counted.
"""

from __future__ import annotations

import json
import re
import shutil
import tempfile
import time
import tomllib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationInfo, field_validator, model_validator

from knowledge.cues import cues, fold
from knowledge.engine import Engine
from knowledge.entities import canonical_subject, entity_tables
from knowledge.evaluation import Report, evaluate
from knowledge.models import Fact, KnowledgeBase, Unit
from knowledge.named_things import thing_words
from knowledge.questionset import Verdict, load_question_set, value_matches
from knowledge.snapshot import build_knowledge_base
from knowledge.words import normalise

EVALUATION_DIR = Path(__file__).parent / "evaluation_docs"
KINDS = ("share_of_gdp", "share_of_total", "change", "money", "count", "date", "rank", "other")
# Kinds some annotators wrote under another name: the year something happened is a date, a real increase a change.
KIND_SYNONYMS = {"year": "date", "real_change": "change"}
UNIT_SCALES = {
    **{"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9},
    **{"trn": 1e12, "tn": 1e12, "trillion": 1e12},
}
# Units annotators write for a share given as a fraction of one ('0.6', "fraction (three-fifths)"), not a percentage.
FRACTION_UNITS = frozenset({"fraction", "ratio"})
SHARE_KINDS = frozenset({"share_of_gdp", "share_of_total"})
PERCENT = 100
EN_DASH = "–"
FISCAL_YEAR = re.compile(r"^(\d{4})[-/–](\d{2,4})$")
FISCAL_PREFIX = re.compile(r"\bFY\s?(?=\d{4}\b)", re.IGNORECASE)  # "FY2025", "FY 2025": the fiscal year 2025
# "FY25-26", "FY 25/26": the fiscal year 2025-26 written short (its century: this one).
SHORT_FISCAL_YEAR = re.compile(r"\bFY\s?(\d{2})(?=[-/–]\d{2}\b)", re.IGNORECASE)
# A date annotated as written by people: "2025-06-25", "2014-09", a span "2026-07-07/2026-07-08" or "2008-2013"
# (compared by its first year, as a span of days is).
SEGMENT_DASH = " — "  # 'Storfors Defence — Naval'
CALENDAR_DATE = re.compile(r"^(\d{4})-(?:\d{2}(?:-\d{2})?(?:/\d{4}-\d{2}(?:-\d{2})?)?|\d{4})$")


class Annotation(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    subject: str
    measure: str
    kind: str
    value: float
    unit: str
    period: str
    quote: str

    @field_validator("unit", "period", mode="before")
    @classmethod
    def _none_as_unstated(cls, value: object) -> object:
        """A count or a year annotated with "unit": null has no unit, as one annotated with "" has none."""
        return "" if value is None else value

    @field_validator("period")
    @classmethod
    def _span_with_a_hyphen(cls, period: str) -> str:
        """'2021–2027' annotated with an en dash is the span the extractor writes '2021-2027'."""
        return period.replace(EN_DASH, "-")

    @field_validator("kind")
    @classmethod
    def _kind_by_its_usual_name(cls, kind: str) -> str:
        return KIND_SYNONYMS.get(kind, kind)

    @field_validator("value", mode="before")
    @classmethod
    def _date_as_year(cls, value: object, info: ValidationInfo) -> object:
        """A date is compared by its year, as the docstring's matching rule says."""
        if isinstance(value, str) and (date := CALENDAR_DATE.match(value.strip())):
            return float(date.group(1))
        return _spelled(value, ranked=info.data.get("kind") == "rank") if isinstance(value, str) else value

    @model_validator(mode="after")
    def _share_of_its_named_base(self) -> Annotation:
        """'overseas aid as share of GNI', annotated share_of_gdp by some: a share of another base than GDP is a share
        of that named base, as the extractor states it (never a share of GDP)."""
        if self.kind == "share_of_gdp":
            words = [fold(word) for word in f"{self.measure} {self.unit}".split()]
            if cues().other_bases.within(words, 0, len(words)):
                object.__setattr__(self, "kind", "share_of_total")
        return self

    @property
    def amount(self) -> float:
        """The value after its scale: money's ('EUR billion'), a count's ('million people')."""
        words = self.unit.casefold().split() or [""]
        if self.kind == "money":  # 'EUR bn', 'EUR bn per year': the scale is the currency's, before any rate
            scales = [UNIT_SCALES[word] for word in words if word in UNIT_SCALES]
            return self.value * (scales[-1] if scales else 1.0)
        scale = words[0] if self.kind == "count" else ""
        return self.value * UNIT_SCALES.get(scale, 1.0)


def _spelled(value: str, *, ranked: bool = False) -> object:
    """A value annotated in words: a fraction ('two-thirds', 0.667), a number or a range of numbers ('two or
    three', read by its first, as a span of years is) or a rank ('fifth', 'last'), as the cues read them; a rank's
    'fifth' is its place, not a fraction."""
    words = value.replace("-", " ").strip().casefold()
    table = cues().raw
    if words in table.fraction_words and not (ranked and words in table.ordinals):
        return table.fraction_words[words]
    first = words.split()[0] if words else ""
    if first in table.ordinals:  # a rank in words ('fifth', 'last'), read as the extractor reads ranks
        return float(table.ordinals[first])
    return float(table.numbers[first]) if first in table.numbers else value


def load_annotations(path: Path) -> list[Annotation]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [Annotation.model_validate(json.loads(line)) for line in lines if line.strip()]


def evaluation_documents(folder: Path = EVALUATION_DIR) -> dict[str, Path]:
    """Document name (file stem) -> document path, for every document that has annotations."""
    annotations = folder / "annotations"
    return {
        path.stem: path
        for path in sorted((folder / "documents").iterdir())
        if path.name != "catalog.toml" and (annotations / f"{path.stem}.facts.jsonl").exists()
    }


def fact_kind(fact: Fact) -> str | None:
    """The kind of measure a fact states, or None for a fact with no figure."""
    if fact.value is None or fact.unit is Unit.TEXT:
        return None
    recognised = getattr(fact, "measure_kind", None)
    if recognised:
        return str(recognised)
    if fact.unit is Unit.PERCENT_OF_GDP:
        return "share_of_gdp"
    if fact.unit is Unit.MONEY:
        return "money"
    if fact.unit in (Unit.COUNT, Unit.PEOPLE):
        return "count"
    return "change" if "change" in fact.measure else "share_of_total"


def _squash(text: str) -> str:
    return " ".join(text.split())


def _same_sentence(annotation: Annotation, fact: Fact) -> bool:
    ours, theirs = _squash(fact.citation.quote), _squash(annotation.quote)
    return bool(ours and theirs) and (ours in theirs or theirs in ours)


def _one_fiscal_year(period: str) -> str | None:
    """The year a single fiscal year starts in ('2025-26', '2025/26', '2025-2026': 2025), else None (a span of
    several years, '2023-2027', is not one fiscal year)."""
    fiscal = FISCAL_YEAR.match(period)
    if not fiscal:
        return None
    first, second = int(fiscal.group(1)), int(fiscal.group(2))
    following = first + 1
    return fiscal.group(1) if second in (following, following % 100) else None


def _same_fiscal_year(annotated: str, stated: str) -> bool:
    """One fiscal year written two ways: "2024-2025" annotated, "2024-25" stated."""
    fiscal_year = _one_fiscal_year(annotated)
    return fiscal_year is not None and fiscal_year == _one_fiscal_year(stated)


def _without_fiscal_prefix(period: str) -> str:
    """'FY2024-FY2025' -> '2024-2025', 'FY25-26' -> '2025-26': the years a fiscal-year period names."""
    return FISCAL_PREFIX.sub("", SHORT_FISCAL_YEAR.sub(r"20\1", period))


def _period_matches(annotated: str, stated: str | None) -> bool:
    if not annotated:
        return True
    if stated is None:
        return False
    annotated = _without_fiscal_prefix(annotated)
    if annotated == stated or _same_fiscal_year(annotated, stated):
        return True
    if date := CALENDAR_DATE.match(annotated):
        return date.group(1) == stated or annotated.startswith(f"{stated}-")
    if annotated.isdigit() and _one_fiscal_year(stated) == annotated:
        return True  # "2025" annotated, "fiscal 2025-26" stated: the fiscal year that starts in 2025
    fiscal = FISCAL_YEAR.match(annotated)
    return bool(fiscal) and fiscal.group(1) == stated


def _change_over_its_year(annotated: str, stated: str | None) -> bool:
    """A change over one year, annotated from the year before to it ('2023-2024'), is the change stated for the
    year it ends in ('grew by 5.7% in 2024': 2024), written with fiscal-year prefixes too ('FY2024-FY2025')."""
    starts_in = _one_fiscal_year(_without_fiscal_prefix(annotated))
    return starts_in is not None and stated is not None and stated == str(int(starts_in) + 1)


def _fact_amount(fact: Fact) -> float:
    assert fact.value is not None
    # a headcount a table gives in thousands ('Personnel ('000)': 204.8) is 204,800 people, as annotated
    scaled = fact.unit in (Unit.MONEY, Unit.COUNT, Unit.PEOPLE)
    return fact.value * (fact.scale or 1.0) if scaled else fact.value


def _company_name(subject: str) -> str:
    """'Storfors Defence AB', 'Storfors Defence': a company named with or without its legal form is one company;
    'Storfors Defence — Naval': a business segment annotators name under its company is the segment."""
    subject = subject.rsplit(SEGMENT_DASH, 1)[-1].strip()
    *words, form = subject.split() or [""]
    return " ".join(words) if words and form in thing_words().suffixes else subject


def _same_subject(annotated: str, stated: str) -> bool:
    """The same entity, alias-aware (an annotated weak name, 'Allies', is the entity it names; a company with or
    without its legal form); a programme's figure ('ReArm Europe': 800 billion euros) is also its body's, as
    annotators write it ('European Union')."""
    theirs, ours = canonical_subject(_company_name(annotated)), canonical_subject(_company_name(stated))
    theirs = entity_tables().weak.get(tuple(theirs.split()), theirs)  # 'Allies', as annotators write the alliance
    theirs = _country_of_its_body(theirs) or theirs
    body = entity_tables().part_of(ours)
    return theirs == ours or (body is not None and canonical_subject(body) == theirs)


def _country_of_its_body(subject: str) -> str | None:
    """'dod military personnel', 'mod equipment plan': a budget line annotated under the government body that
    spends it is its country's line, as one annotated under the country's name ('US Navy shipbuilding') is; the
    line itself is what the amount is spent on (the fact's measure), never its subject."""
    words = subject.split()
    for entry in entity_tables().entries.values():
        for body in entry.bodies:
            body_words = normalise(body).split()
            if len(words) > len(body_words) and words[: len(body_words)] == body_words:
                return entry.name
    return None


def _same_value(annotation: Annotation, fact: Fact) -> bool:
    """The same value; a fall stated as a change with its direction in words ('fell 10%': 10, a decrease) is the
    negative change annotators write (-10); a share annotated as a fraction of one ('0.125', unit 'ratio (one in
    eight)') is the percentage stated (12.5)."""
    amount = _fact_amount(fact)
    if value_matches(annotation.amount, amount):
        return True
    if _fraction_of_one(annotation) and fact_kind(fact) in SHARE_KINDS:
        return value_matches(annotation.value * PERCENT, amount)
    return fact_kind(fact) == "change" and "decrease" in fact.qualifiers and value_matches(annotation.amount, -amount)


def _fraction_of_one(annotation: Annotation) -> bool:
    """'0.333', unit 'fraction (a third)' or 'ratio (more than one in three)': a share written as a fraction of one."""
    words = annotation.unit.casefold().split()
    return bool(words) and words[0] in FRACTION_UNITS and 0 < annotation.value < 1


def matches(annotation: Annotation, fact: Fact) -> bool:
    kind = fact_kind(fact)
    return (
        kind is not None
        and annotation.kind in ("other", kind)
        and _same_sentence(annotation, fact)
        and _same_value(annotation, fact)
        and _same_subject(annotation.subject, fact.subject)
        and (
            _period_matches(annotation.period, fact.period)
            or (kind == "change" and _change_over_its_year(annotation.period, fact.period))
        )
    )


@dataclass
class DocumentScore:
    name: str
    annotations: list[Annotation]
    facts: list[Fact]
    matched: list[tuple[Annotation, Fact]] = field(default_factory=list)
    build_ms: float = 0.0

    @property
    def missed(self) -> list[Annotation]:
        found = {id(annotation) for annotation, _ in self.matched}
        return [annotation for annotation in self.annotations if id(annotation) not in found]

    @property
    def false_positives(self) -> list[Fact]:
        found = {id(fact) for _, fact in self.matched}
        return [fact for fact in self.facts if id(fact) not in found]


def score_document(name: str, annotations: list[Annotation], facts: Iterable[Fact]) -> DocumentScore:
    figure_facts = [fact for fact in facts if fact_kind(fact) is not None]
    score = DocumentScore(name, annotations, figure_facts)
    used: set[int] = set()
    for annotation in annotations:
        for index, fact in enumerate(figure_facts):
            if index not in used and matches(annotation, fact):
                used.add(index)
                score.matched.append((annotation, fact))
                break
    return score


def ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 1.0


@dataclass
class ExtractionReport:
    documents: list[DocumentScore]

    def totals(self) -> tuple[int, int, int]:
        """(matched, facts, annotations) over every document."""
        return (
            sum(len(score.matched) for score in self.documents),
            sum(len(score.facts) for score in self.documents),
            sum(len(score.annotations) for score in self.documents),
        )

    @property
    def precision(self) -> float:
        matched, facts, _ = self.totals()
        return ratio(matched, facts)

    @property
    def recall(self) -> float:
        matched, _, annotations = self.totals()
        return ratio(matched, annotations)

    def by_kind(self) -> dict[str, tuple[int, int, int, int]]:
        """kind -> (annotations, annotations found, facts stated, facts right)."""
        annotated: Counter[str] = Counter()
        found: Counter[str] = Counter()
        stated: Counter[str] = Counter()
        right: Counter[str] = Counter()
        for score in self.documents:
            annotated.update(annotation.kind for annotation in score.annotations)
            found.update(annotation.kind for annotation, _ in score.matched)
            stated.update(str(fact_kind(fact)) for fact in score.facts)
            right.update(str(fact_kind(fact)) for _, fact in score.matched)
        kinds = [*KINDS, *sorted(set(stated) - set(KINDS))]
        return {kind: (annotated[kind], found[kind], stated[kind], right[kind]) for kind in kinds}

    def table(self) -> str:
        rows = [f"{'document':<22} {'annot':>6} {'facts':>6} {'match':>6} {'precision':>10} {'recall':>7} {'build':>9}"]
        for score in self.documents:
            rows.append(
                f"{score.name:<22} {len(score.annotations):>6} {len(score.facts):>6} {len(score.matched):>6} "
                f"{ratio(len(score.matched), len(score.facts)):>10.1%} "
                f"{ratio(len(score.matched), len(score.annotations)):>7.1%} {score.build_ms:>6.0f} ms"
            )
        matched, facts, annotations = self.totals()
        rows.append(f"{'all':<22} {annotations:>6} {facts:>6} {matched:>6} {self.precision:>10.1%} {self.recall:>7.1%}")
        rows.append("")
        rows.append(
            f"{'measure kind':<22} {'annot':>6} {'found':>6} {'recall':>7} {'facts':>6} {'right':>6} {'precision':>10}"
        )
        for kind, (annotated, found, stated, right) in self.by_kind().items():
            rows.append(
                f"{kind:<22} {annotated:>6} {found:>6} {ratio(found, annotated):>7.1%} {stated:>6} {right:>6} "
                f"{ratio(right, stated):>10.1%}"
            )
        return "\n".join(rows)

    def failures(self) -> str:
        lines: list[str] = []
        for score in self.documents:
            for annotation in score.missed:
                lines.append(
                    f"[missed] {score.name}: {annotation.subject} · {annotation.measure} ({annotation.kind}) = "
                    f"{annotation.value:g} {annotation.unit} · {annotation.period or '-'} — {annotation.quote[:90]}"
                )
            for fact in score.false_positives:
                lines.append(
                    f"[false+] {score.name}: {fact.subject} · {fact.measure} ({fact_kind(fact)}) = {fact.value:g} "
                    f"· {fact.period or '-'} — {fact.citation.quote[:90]}"
                )
        return "\n".join(lines)


def catalog_entry_toml(catalog: Path, document: str) -> str:
    """One document's catalog entry, as TOML text to append to another catalog."""
    entries = tomllib.loads(catalog.read_text(encoding="utf-8")) if catalog.exists() else {}
    entry = entries.get(document)
    if not entry:
        return ""
    keys = "\n".join(f"{key} = {json.dumps(value, ensure_ascii=False)}" for key, value in entry.items())
    return f"\n[{json.dumps(document, ensure_ascii=False)}]\n{keys}\n"


def staged_folder(target: Path, document: Path, seeds: Path | None) -> Path:
    """A documents folder holding `document` (with its catalog entry) and, when given, every seed."""
    target.mkdir(parents=True, exist_ok=True)
    catalog = ""
    if seeds is not None:
        for path in seeds.iterdir():
            if path.is_file() and not path.name.startswith("."):
                shutil.copy2(path, target / path.name)
        seeds_catalog = seeds / "catalog.toml"
        catalog = seeds_catalog.read_text(encoding="utf-8") if seeds_catalog.exists() else ""
    shutil.copy2(document, target / document.name)
    catalog += catalog_entry_toml(document.parent / "catalog.toml", document.name)
    (target / "catalog.toml").write_text(catalog, encoding="utf-8")
    return target


def build_document(document: Path) -> tuple[KnowledgeBase, float]:
    """The knowledge base of one document alone, and its build time in milliseconds."""
    with tempfile.TemporaryDirectory() as temporary:
        folder = staged_folder(Path(temporary) / "documents", document, seeds=None)
        started = time.perf_counter()
        kb = build_knowledge_base(folder)
        return kb, (time.perf_counter() - started) * 1000


def extraction_report(folder: Path = EVALUATION_DIR) -> ExtractionReport:
    scores = []
    for name, document in evaluation_documents(folder).items():
        kb, milliseconds = build_document(document)
        annotations = load_annotations(folder / "annotations" / f"{name}.facts.jsonl")
        facts = [fact for fact in kb.facts if fact.citation.document == document.name]
        score = score_document(name, annotations, facts)
        score.build_ms = milliseconds
        scores.append(score)
    return ExtractionReport(scores)


@dataclass
class QuestionRuns:
    name: str
    with_seeds: Report
    alone: Report


def question_runs(seeds: Path, folder: Path = EVALUATION_DIR) -> list[QuestionRuns]:
    """Each document's questions, asked with the document beside the seeds and with the document alone."""
    runs = []
    for name, document in evaluation_documents(folder).items():
        questions = load_question_set(folder / "annotations" / f"{name}.questions.jsonl")
        reports = []
        for beside in (seeds, None):
            with tempfile.TemporaryDirectory() as temporary:
                kb = build_knowledge_base(staged_folder(Path(temporary) / "documents", document, beside))
            reports.append(evaluate(Engine(kb), questions))
        runs.append(QuestionRuns(name, reports[0], reports[1]))
    return runs


def question_table(runs: list[QuestionRuns]) -> str:
    def cells(report: Report) -> str:
        totals = report.totals
        return f"{totals[Verdict.CORRECT]:>4} {totals[Verdict.WRONG]:>4} {totals[Verdict.ABSTAINED]:>4}"

    rows = [f"{'questions':<22} {'n':>4}  {'with seeds: ok wrong abst':>25}  {'alone: ok wrong abst':>20}"]
    for run in runs:
        rows.append(f"{run.name:<22} {len(run.alone.outcomes):>4}  {cells(run.with_seeds):>25}  {cells(run.alone):>20}")
    merged_seeds = Report([o for run in runs for o in run.with_seeds.outcomes])
    merged_alone = Report([o for run in runs for o in run.alone.outcomes])
    rows.append(f"{'all':<22} {len(merged_alone.outcomes):>4}  {cells(merged_seeds):>25}  {cells(merged_alone):>20}")
    for label, report in (("with seeds", merged_seeds), ("alone", merged_alone)):
        rows.append(
            f"{label}: correct {report.rate_correct:.1%}  wrong {report.rate_wrong:.1%}  "
            f"abstained {report.rate(Verdict.ABSTAINED):.1%}  p50 {report.latency(0.5):.2f} ms  "
            f"p99 {report.latency(0.99):.2f} ms"
        )
    return "\n".join(rows)
