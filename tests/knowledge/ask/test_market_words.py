"""The words of defence-industry analysts and investors for what is spent and how it ranks: 'topline', 'TAM',
'spend pool', 'capex-heavy', 'the runner-up'. Expected figures are read from the shipped tidy CSV."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

CSV = Path(__file__).resolve().parents[3] / "seeds" / "nato-defence-expenditure-2014-2024.tidy.csv"


def cells(table: str, measure: str, year: int) -> dict[str, float]:
    with CSV.open(encoding="utf-8") as handle:
        return {
            row["entity"]: float(row["value"])
            for row in csv.DictReader(handle)
            if (row["table"], row["measure"], row["year"]) == (table, measure, str(year))
        }


def equipment(year: int) -> dict[str, float]:
    return {name: value for name, value in cells("8a", "Equipment (a)", year).items() if not name.startswith("NATO")}


@pytest.mark.parametrize(
    "question",
    ["Total NATO defence spend for 2024 in current USD mn — the whole-alliance TAM?", "nato's 2024 TAM in dollars?"],
)
def test_the_addressable_market_is_what_is_spent(engine, question):
    answer = engine.ask(question)
    total = cells("2", "Current prices and exchange rates", 2024)["NATO Total"]
    assert answer.answered and answer.values[0] == pytest.approx(total, rel=1e-6)


@pytest.mark.parametrize(
    ("question", "pick"),
    [
        ("Lowest equipment share in 2024 — least capex-heavy ally?", min),
        ("which ally was the most capex-heavy in 2023?", max),
    ],
)
def test_capex_heavy_ranks_the_equipment_share(engine, question, pick):
    year = 2024 if "2024" in question else 2023
    shares = equipment(year)
    expected = pick(shares, key=shares.__getitem__)
    answer = engine.ask(question)
    assert answer.answered and answer.values[0] == pytest.approx(shares[expected], rel=1e-6)
    assert expected.split()[0] in answer.answer


@pytest.mark.parametrize("follow_up", ["And the runner-up?", "who was runner up?"])
def test_the_runner_up_is_the_second_of_the_ranking(engine, follow_up):
    lead = engine.ask("Who has the highest equipment share in 2024?")
    shares = equipment(2024)
    second = sorted(shares, key=shares.__getitem__, reverse=True)[1]
    answer = engine.ask(follow_up, previous=lead)
    assert answer.answered and answer.values[0] == pytest.approx(shares[second], rel=1e-6)
