"""Write ``knowledge/questionsets/countries.jsonl`` from NATO's tidy defence-expenditure table.

Every expected figure and name is read from the tidy CSV of NATO's workbook
*Defence Expenditure of NATO Countries (2014-2024)*, so the question set always agrees
with the source. Conventions:

* a question without a year asks for the latest year, 2024 (a NATO estimate);
* "in dollars" means Table 2 at current prices and exchange rates, in million US dollars;
  "real" or "constant" dollars mean Table 2 at constant 2015 prices;
* "share of GDP" means Table 3, share of real GDP (%);
* "military personnel", "troops" and "soldiers" mean Table 7, in thousands;
* "per head" / "per capita" means Table 6, defence expenditure per capita (US dollars);
* "equipment share" means Table 8a, equipment as a percentage of defence expenditure;
* an ally "meets 2%" when its Table 3 share is at or above 2.00; lists, counts and
  rankings cover the 31 Allies with a defence row, never the two aggregates;
* names in expected text are written as the CSV writes them (Türkiye, Czechia,
  Slovak Republic, United Kingdom, United States).

Usage::

    python benchmarks/make_country_questions.py [--source CSV] [--output JSONL]
"""

from __future__ import annotations

import argparse
import csv
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

SOURCE = Path("/work/shared/sources/nato-defence-expenditure-2014-2024.tidy.csv")
OUTPUT = Path(__file__).resolve().parents[1] / "knowledge" / "questionsets" / "countries.jsonl"

LATEST = "2024"
AGGREGATES = frozenset({"NATO Europe and Canada", "NATO Total"})
EUROPE_AND_CANADA = "NATO Europe and Canada"
TOTAL = "NATO Total"
NORTH_AMERICA = frozenset({"United States", "Canada"})

Measure = tuple[str, str]

NATIONAL: Measure = ("1", "Current prices")
USD: Measure = ("2", "Current prices and exchange rates")
USD_2015: Measure = ("2", "Constant 2015 prices and exchange rates")
SHARE: Measure = ("3", "Share of real GDP (%)")
REAL_CHANGE: Measure = ("3", "Annual real change (%)")
DECADE_CHANGE: Measure = ("4", "Real change 2014-2024e (%)")
GDP: Measure = ("5", "Current prices and exchange rates")
PER_CAPITA: Measure = ("6", "Defence expenditure per capita (US dollars)")
GDP_PER_CAPITA: Measure = ("6", "GDP per capita (thousand US dollars)")
PERSONNEL: Measure = ("7", "Military personnel")
EQUIPMENT: Measure = ("8a", "Equipment (a)")
PERSONNEL_SPENDING: Measure = ("8a", "Personnel (b)")
INFRASTRUCTURE: Measure = ("8b", "Infrastructure (c)")

Record = dict[str, Any]


class Figures:
    """The figures of the tidy CSV, keyed by table, measure, entity and year."""

    def __init__(self, path: Path) -> None:
        self._values: dict[tuple[str, str, str, str], float] = {}
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                if not row["value"]:
                    continue
                key = (row["table"], row["measure"], row["entity"], row["year"])
                if key in self._values:
                    raise ValueError(f"duplicate figure {key} in {path}")
                self._values[key] = float(row["value"])

    def value(self, measure: Measure, entity: str, year: str = LATEST) -> float:
        table, label = measure
        try:
            return self._values[(table, label, entity, year)]
        except KeyError:
            raise KeyError(f"no figure for {entity}, {label} (Table {table}), {year}") from None

    def allies(self, measure: Measure, year: str = LATEST) -> dict[str, float]:
        """Every Ally's figure for one measure and year, aggregates left out."""
        table, label = measure
        return {
            entity: value
            for (t, m, entity, y), value in self._values.items()
            if t == table and m == label and y == year and entity not in AGGREGATES
        }

    def where(self, measure: Measure, year: str, keep: Callable[[float], bool]) -> list[str]:
        return sorted(entity for entity, value in self.allies(measure, year).items() if keep(value))

    def ranked(
        self, measure: Measure, year: str = LATEST, *, lowest: bool = False, among: frozenset[str] | None = None
    ) -> list[tuple[str, float]]:
        figures = self.allies(measure, year)
        if among is not None:
            figures = {entity: value for entity, value in figures.items() if entity in among}
        return sorted(figures.items(), key=lambda item: (item[1], item[0]), reverse=not lowest)


def meets_two_percent(share: float) -> bool:
    return share >= 2.0


def question(text: str, kind: str, values: Sequence[float] = (), names: Sequence[str] = ()) -> Record:
    expect: dict[str, list[Any]] = {}
    if values:
        expect["values"] = [round(value, 4) for value in values]
    if names:
        expect["text"] = list(names)
    if not expect:
        raise ValueError(f"question without an expectation: {text!r}")
    return {"question": text, "kind": kind, "expect": expect}


def abstain(text: str) -> Record:
    return {"question": text, "kind": "abstain", "expect": "abstain"}


# (question, kind, measure, entity, year)
SINGLE_FIGURES: list[tuple[str, str, Measure, str, str]] = [
    ("What does Poland spend as a share of GDP?", "single", SHARE, "Poland", LATEST),
    ("germany defence spending 2019 in dollars", "single", USD, "Germany", "2019"),
    ("how many military personnel does france have", "single", PERSONNEL, "France", LATEST),
    ("UK equipment share 2024", "single", EQUIPMENT, "United Kingdom", "2024"),
    ("defence spending per head norway", "single", PER_CAPITA, "Norway", LATEST),
    ("What was Italy's defence expenditure as a percentage of GDP in 2022?", "single", SHARE, "Italy", "2022"),
    ("How much did Canada spend on defence in 2024 in US dollars?", "single", USD, "Canada", "2024"),
    ("estonia share of gdp 2023", "single", SHARE, "Estonia", "2023"),
    ("What is Spain's defence spending as a share of GDP?", "single", SHARE, "Spain", LATEST),
    ("how many troops does Greece have in 2024?", "single", PERSONNEL, "Greece", "2024"),
    ("Denmark defence expenditure per capita 2024", "single", PER_CAPITA, "Denmark", "2024"),
    ("What share of Hungary's defence budget went on equipment in 2024?", "single", EQUIPMENT, "Hungary", "2024"),
    ("France defence spending in USD 2014", "single", USD, "France", "2014"),
    ("Lithuania % of GDP on defence 2020", "single", SHARE, "Lithuania", "2020"),
    ("Romania military personnel 2018", "single", PERSONNEL, "Romania", "2018"),
    ("How much did Sweden spend on defence in 2024, in dollars?", "single", USD, "Sweden", "2024"),
    ("What was Germany's real change in defence spending in 2024?", "single", REAL_CHANGE, "Germany", "2024"),
    ("Poland defence expenditure in constant 2015 dollars 2024", "single", USD_2015, "Poland", "2024"),
    ("What share of Italy's defence spending goes to personnel costs?", "single", PERSONNEL_SPENDING, "Italy", LATEST),
    ("Belgium infrastructure share of defence expenditure 2024", "single", INFRASTRUCTURE, "Belgium", "2024"),
    ("How much does Poland spend on defence in zloty (million, current prices)?", "single", NATIONAL, "Poland", LATEST),
    ("iceland gdp per capita 2024", "single", GDP_PER_CAPITA, "Iceland", "2024"),
    ("Finland share of GDP on defence in 2021", "single", SHARE, "Finland", "2021"),
    ("Portugal defence spending per capita", "single", PER_CAPITA, "Portugal", LATEST),
    ("Latvia equipment expenditure share in 2019", "single", EQUIPMENT, "Latvia", "2019"),
    ("How many military personnel did the Netherlands have in 2016?", "single", PERSONNEL, "Netherlands", "2016"),
    ("What did Croatia spend on defence as a share of GDP in 2024?", "single", SHARE, "Croatia", "2024"),
    ("Luxembourg defence spending in dollars 2024", "single", USD, "Luxembourg", "2024"),
    ("Bulgaria share of GDP 2019", "single", SHARE, "Bulgaria", "2019"),
    ("What is Montenegro's defence spending in US dollars?", "single", USD, "Montenegro", LATEST),
    ("Slovenia annual real change in defence expenditure 2024", "single", REAL_CHANGE, "Slovenia", "2024"),
    ("What's Albania's defence spending as % of GDP in 2024?", "single", SHARE, "Albania", "2024"),
    ("what does the US spend on defence in dollars", "single", USD, "United States", LATEST),
    # aliases and paraphrases
    ("What percentage of GDP does Turkey put into defence?", "paraphrase", SHARE, "Türkiye", LATEST),
    ("Czech Republic defence spending as a share of GDP 2024", "paraphrase", SHARE, "Czechia", "2024"),
    (
        "how big is slovakia's defence budget relative to its economy in 2024",
        "paraphrase",
        SHARE,
        "Slovak Republic",
        "2024",
    ),
    ("How much does Britain spend on its military, in US dollars?", "paraphrase", USD, "United Kingdom", LATEST),
    ("how much does holland spend on defence as a percent of gdp", "paraphrase", SHARE, "Netherlands", LATEST),
    ("How many people serve in America's armed forces?", "paraphrase", PERSONNEL, "United States", LATEST),
    ("What slice of the German economy went to defence in 2023?", "paraphrase", SHARE, "Germany", "2023"),
    ("how much is spent on defence per citizen in Finland", "paraphrase", PER_CAPITA, "Finland", LATEST),
    ("How large is the Turkish military in personnel?", "paraphrase", PERSONNEL, "Türkiye", LATEST),
    ("What fraction of Poland's defence money buys equipment?", "paraphrase", EQUIPMENT, "Poland", LATEST),
    ("how many soldiers does the czech republic have", "paraphrase", PERSONNEL, "Czechia", LATEST),
    ("How much do the Norwegians spend on defence in dollars?", "paraphrase", USD, "Norway", LATEST),
    ("what's the real-terms growth of Canada's defence spending in 2024?", "paraphrase", REAL_CHANGE, "Canada", "2024"),
    ("how many troops does great britain have?", "paraphrase", PERSONNEL, "United Kingdom", LATEST),
    ("USA defence spending share of gdp 2020", "paraphrase", SHARE, "United States", "2020"),
    ("what did north macedonia put into defence as a share of gdp", "paraphrase", SHARE, "North Macedonia", LATEST),
    ("what does a slovak citizen pay for defence per head?", "paraphrase", PER_CAPITA, "Slovak Republic", LATEST),
    # typos
    ("germnay defense spending 2024 in usd", "typo", USD, "Germany", "2024"),
    ("polnad share of gdp 2023", "typo", SHARE, "Poland", "2023"),
    ("how many soldiers dose frnace have", "typo", PERSONNEL, "France", LATEST),
    ("netherlnads equipmnet share 2024", "typo", EQUIPMENT, "Netherlands", "2024"),
    ("turky military personel", "typo", PERSONNEL, "Türkiye", LATEST),
    ("portugl per capita defence spending", "typo", PER_CAPITA, "Portugal", LATEST),
    ("whats the uk's % of gdp on defnce 2023", "typo", SHARE, "United Kingdom", "2023"),
    ("lithuaina share of gdp 2024", "typo", SHARE, "Lithuania", "2024"),
    ("belguim defense spending in dollars", "typo", USD, "Belgium", LATEST),
    ("estonnia gdp share 2022", "typo", SHARE, "Estonia", "2022"),
    ("norwya defence spending per head", "typo", PER_CAPITA, "Norway", LATEST),
    ("romnaia military personell 2024", "typo", PERSONNEL, "Romania", "2024"),
    ("itlay defence spendng as share of gdp", "typo", SHARE, "Italy", LATEST),
    ("canda defense spending in dollars 2023", "typo", USD, "Canada", "2023"),
]

# (question, kind, measure, entity, year)
AGGREGATE_FIGURES: list[tuple[str, str, Measure, str, str]] = [
    ("total NATO defence spending 2024 in dollars", "aggregate", USD, TOTAL, "2024"),
    ("NATO Europe and Canada share of GDP 2024", "aggregate", SHARE, EUROPE_AND_CANADA, "2024"),
    ("What is NATO's total military personnel?", "aggregate", PERSONNEL, TOTAL, LATEST),
    (
        "How much did European allies and Canada spend on defence in 2024 in US dollars?",
        "aggregate",
        USD,
        EUROPE_AND_CANADA,
        "2024",
    ),
    ("what share of GDP does NATO as a whole spend on defence?", "aggregate", SHARE, TOTAL, LATEST),
    ("NATO total defence expenditure per capita 2024", "aggregate", PER_CAPITA, TOTAL, "2024"),
    ("total nato defense spending in 2014 in usd", "aggregate", USD, TOTAL, "2014"),
    ("What was NATO Europe and Canada's share of GDP in 2014?", "aggregate", SHARE, EUROPE_AND_CANADA, "2014"),
    (
        "How many military personnel do NATO Europe and Canada have together?",
        "aggregate",
        PERSONNEL,
        EUROPE_AND_CANADA,
        LATEST,
    ),
    ("annual real change in NATO total defence expenditure 2024", "aggregate", REAL_CHANGE, TOTAL, "2024"),
    ("NATO total defence spending in constant 2015 dollars 2024", "aggregate", USD_2015, TOTAL, "2024"),
]

# (question, measure, year, condition)
LISTS: list[tuple[str, Measure, str, Callable[[float], bool]]] = [
    ("which allies were below 2% in 2024?", SHARE, "2024", lambda v: not meets_two_percent(v)),
    ("Which countries spent more than 3% of GDP on defence in 2024?", SHARE, "2024", lambda v: v > 3.0),
    ("which allies met the 2% guideline in 2014?", SHARE, "2014", meets_two_percent),
    ("Which allies were at or above 2% of GDP in 2022?", SHARE, "2022", meets_two_percent),
    ("which nato countries spent under 1.5% of gdp on defence in 2024", SHARE, "2024", lambda v: v < 1.5),
    (
        "Which allies spent less than 20% of their defence budget on equipment in 2024?",
        EQUIPMENT,
        "2024",
        lambda v: v < 20.0,
    ),
    ("which allies cut defence spending in real terms in 2024?", REAL_CHANGE, "2024", lambda v: v < 0.0),
    ("who was meeting 2% in 2023?", SHARE, "2023", meets_two_percent),
    (
        "list the allies that spent over 40% of their defence budgets on equipment in 2024",
        EQUIPMENT,
        "2024",
        lambda v: v > 40.0,
    ),
    ("Which allies had more than 200 thousand military personnel in 2024?", PERSONNEL, "2024", lambda v: v > 200.0),
]

# (question, measure, year, condition)
COUNTS: list[tuple[str, Measure, str, Callable[[float], bool]]] = [
    ("how many allies met 2% in 2014?", SHARE, "2014", meets_two_percent),
    (
        "According to NATO's June 2024 estimates, how many allies spend at least 2% of GDP on defence in 2024?",
        SHARE,
        "2024",
        meets_two_percent,
    ),
    (
        "how many allies are below 2% of GDP in NATO's 2024 estimates?",
        SHARE,
        "2024",
        lambda v: not meets_two_percent(v),
    ),
    ("How many allies reached 2% of GDP in 2023?", SHARE, "2023", meets_two_percent),
    ("how many countries hit the 2 percent target in 2022", SHARE, "2022", meets_two_percent),
    ("number of allies at or above 2% of GDP in 2018", SHARE, "2018", meets_two_percent),
    ("How many allies spent over 3% of GDP on defence in 2024?", SHARE, "2024", lambda v: v > 3.0),
    (
        "How many allies spent at least 20% of defence expenditure on equipment in 2024?",
        EQUIPMENT,
        "2024",
        lambda v: v >= 20.0,
    ),
    ("how many allies increased defence spending in real terms in 2024", REAL_CHANGE, "2024", lambda v: v > 0.0),
    ("How many allies had more than 100,000 military personnel in 2024?", PERSONNEL, "2024", lambda v: v > 100.0),
    ("how many allies met 2% in 2021?", SHARE, "2021", meets_two_percent),
]

# (question, measure, year, how many, lowest first, European Allies only)
RANKINGS: list[tuple[str, Measure, str, int, bool, bool]] = [
    ("top 3 spenders as share of GDP in 2024", SHARE, "2024", 3, False, False),
    ("lowest share of GDP 2024", SHARE, "2024", 1, True, False),
    ("Which ally spends the most on defence in dollars?", USD, LATEST, 1, False, False),
    ("biggest european defence spender in dollars 2024", USD, "2024", 1, False, True),
    ("top 5 nato defence budgets in current dollars 2024", USD, "2024", 5, False, False),
    ("which european ally has the most military personnel?", PERSONNEL, LATEST, 1, False, True),
    ("Which ally has the smallest military by personnel?", PERSONNEL, LATEST, 1, True, False),
    ("Which ally spends the most on defence per capita?", PER_CAPITA, LATEST, 1, False, False),
    ("highest defence spending per head in europe 2024", PER_CAPITA, "2024", 1, False, True),
    ("Which ally spends the largest share of its defence budget on equipment?", EQUIPMENT, LATEST, 1, False, False),
    ("lowest equipment share 2024", EQUIPMENT, "2024", 1, True, False),
    ("Which ally had the fastest real growth in defence spending in 2024?", REAL_CHANGE, "2024", 1, False, False),
    ("bottom 3 allies by share of gdp 2024", SHARE, "2024", 3, True, False),
    ("who spent the highest share of GDP on defence in 2022?", SHARE, "2022", 1, False, False),
    (
        "Which ally grew its defence spending the most in real terms between 2014 and 2024?",
        DECADE_CHANGE,
        "2014-2024",
        1,
        False,
        False,
    ),
    ("which ally had the highest share of gdp in 2014", SHARE, "2014", 1, False, False),
]

# (question, measure, entities, year)
COMPARISONS: list[tuple[str, Measure, Sequence[str], str]] = [
    ("Poland vs Germany share of GDP 2024", SHARE, ("Poland", "Germany"), "2024"),
    ("Who spends more as a share of GDP, France or the UK?", SHARE, ("France", "United Kingdom"), LATEST),
    ("Compare Italy and Spain defence spending in dollars 2024", USD, ("Italy", "Spain"), "2024"),
    ("Turkey vs Greece military personnel", PERSONNEL, ("Türkiye", "Greece"), LATEST),
    ("Norway or Denmark: who spends more per head on defence?", PER_CAPITA, ("Norway", "Denmark"), LATEST),
    ("Estonia, Latvia and Lithuania share of GDP 2024", SHARE, ("Estonia", "Latvia", "Lithuania"), "2024"),
    ("Compare Canada and the Netherlands on share of GDP in 2023", SHARE, ("Canada", "Netherlands"), "2023"),
    ("equipment share germany vs france 2024", EQUIPMENT, ("Germany", "France"), "2024"),
    ("US versus UK defence spending in dollars in 2024", USD, ("United States", "United Kingdom"), "2024"),
    ("Sweden vs Finland share of GDP 2024", SHARE, ("Sweden", "Finland"), "2024"),
    (
        "How does Belgium's share of GDP compare with the Netherlands' in 2024?",
        SHARE,
        ("Belgium", "Netherlands"),
        "2024",
    ),
]

# (question, measure, entity, first year, last year)
TRENDS: list[tuple[str, Measure, str, str, str]] = [
    ("how has Germany's share of GDP changed since 2014?", SHARE, "Germany", "2014", "2024"),
    (
        "How has US defence spending as a share of GDP changed between 2014 and 2024?",
        SHARE,
        "United States",
        "2014",
        "2024",
    ),
    ("poland share of gdp 2014 vs 2024", SHARE, "Poland", "2014", "2024"),
    ("How did the UK's military personnel change from 2014 to 2024?", PERSONNEL, "United Kingdom", "2014", "2024"),
    ("lithuania defence spending in current dollars 2014 and 2024", USD, "Lithuania", "2014", "2024"),
    ("Has Canada's share of GDP gone up since 2014?", SHARE, "Canada", "2014", "2024"),
    ("how did france's equipment share change from 2014 to 2024", EQUIPMENT, "France", "2014", "2024"),
    ("Denmark share of GDP 2022 to 2024, how much did it jump?", SHARE, "Denmark", "2022", "2024"),
    ("Italy's share of GDP over the decade since 2014", SHARE, "Italy", "2014", "2024"),
    ("how has Spain's defence spending per head changed since 2014?", PER_CAPITA, "Spain", "2014", "2024"),
]

# (question, entity) for Table 4's real change 2014-2024e
DECADE_TRENDS: list[tuple[str, str]] = [
    ("By how much did Poland's defence spending grow in real terms from 2014 to 2024?", "Poland"),
    ("real change in US defence expenditure 2014-2024", "United States"),
    ("how much has Germany's defence spending grown in real terms since 2014 (percent)?", "Germany"),
]

ABSTAIN: list[str] = [
    "What does Russia spend on defence as a share of GDP?",
    "how much does japan spend on its military in dollars",
    "australia defence spending 2024",
    "Ukraine's share of GDP on defence in 2024?",
    "what is iceland's defence budget?",
    "how many military personnel does iceland have?",
    "Iceland equipment share 2024",
    "south korea defence budget",
    "What did China spend on its military in 2023?",
    "israel defense spending per capita",
    "Does Austria spend 2% of GDP on defence?",
    "switzerland military personnel 2024",
    "Ireland defence spending as a share of GDP",
    "germany defence spending 2013",
    "What will Poland spend as a share of GDP in 2025?",
    "UK defence spending in 2030",
    "total nato defence spending in 2012",
    "france share of gdp 2010",
    "how much will canada spend on defence in 2026?",
    "How many naval ships does Italy have?",
    "how many tanks does poland have",
    "How many fighter jets does Norway operate?",
    "What was the US Department of Defense budget request for FY2025?",
    "how many nuclear warheads does france have",
    "How much military aid has Germany given Ukraine?",
    "What does Sweden spend on cyber defence?",
    "mexico military spending share of gdp",
    "How many reservists does Finland have?",
    "what is spain's navy budget",
]


def build(figures: Figures) -> list[Record]:
    records: list[Record] = []

    for text, kind, measure, entity, year in SINGLE_FIGURES + AGGREGATE_FIGURES:
        records.append(question(text, kind, values=[figures.value(measure, entity, year)]))

    for text, measure, year, keep in LISTS:
        names = figures.where(measure, year, keep)
        if not names:
            raise ValueError(f"empty list for {text!r}")
        records.append(question(text, "list", names=names))

    for text, measure, year, keep in COUNTS:
        records.append(question(text, "count", values=[len(figures.where(measure, year, keep))]))

    europe = frozenset(figures.allies(SHARE)) - NORTH_AMERICA
    for text, measure, year, size, lowest, europe_only in RANKINGS:
        top = figures.ranked(measure, year, lowest=lowest, among=europe if europe_only else None)[:size]
        records.append(
            question(text, "ranking", values=[value for _, value in top], names=[entity for entity, _ in top])
        )

    for text, measure, entities, year in COMPARISONS:
        records.append(
            question(text, "comparison", values=[figures.value(measure, entity, year) for entity in entities])
        )

    for text, measure, entity, first, last in TRENDS:
        values = [figures.value(measure, entity, first), figures.value(measure, entity, last)]
        records.append(question(text, "trend", values=values))
    for text, entity in DECADE_TRENDS:
        records.append(question(text, "trend", values=[figures.value(DECADE_CHANGE, entity, "2014-2024")]))

    records.extend(abstain(text) for text in ABSTAIN)

    seen: set[str] = set()
    for record in records:
        key = record["question"].casefold()
        if key in seen:
            raise ValueError(f"duplicate question {record['question']!r}")
        seen.add(key)
    return records


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=SOURCE, help="tidy CSV of NATO's workbook")
    parser.add_argument("--output", type=Path, default=OUTPUT, help="question set to write")
    arguments = parser.parse_args(argv)

    records = build(Figures(arguments.source))
    lines = [json.dumps(record, ensure_ascii=False) for record in records]
    arguments.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(records)} questions to {arguments.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
