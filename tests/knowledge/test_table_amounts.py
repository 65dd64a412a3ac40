"""A table cell holding one amount of money and nothing else (`knowledge.table_amounts`)."""

from __future__ import annotations

import pytest

from knowledge.table_amounts import lone_amount


@pytest.mark.parametrize(
    ("cell", "value", "currency", "scale"),
    [
        ("€9.75bn", 9.75, "EUR", 1e9),
        ("~€50bn", 50.0, "EUR", 1e9),  # about
        ("€2,100", 2100.0, "EUR", None),
        ("EUR 4.2 billion", 4.2, "EUR", 1e9),
        ("£71.0bn", 71.0, "GBP", 1e9),
    ],
)
def test_a_cell_of_one_amount_is_that_amount(cell: str, value: float, currency: str, scale: float | None) -> None:
    amount = lone_amount(cell)
    assert amount is not None
    assert (amount.value, amount.currency, amount.scale) == (value, currency, scale)


@pytest.mark.parametrize("cell", ["+36%", "2.1", "Germany €2bn", "FY24", "€2bn and €3bn"])
def test_a_cell_saying_more_or_no_money_is_no_lone_amount(cell: str) -> None:
    assert lone_amount(cell) is None
