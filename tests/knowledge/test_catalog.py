"""The documents catalog: what a moderator may write as a document's period, and the message when it names none."""

from __future__ import annotations

import pytest

from knowledge.catalog import CatalogError, read_catalog


def catalog_with(tmp_path, period: str):
    (tmp_path / "catalog.toml").write_text(f'["budget.md"]\ntitle = "Budget request"\nperiod = "{period}"\n')
    return read_catalog(tmp_path)


@pytest.mark.parametrize(
    ("written", "period"),
    [
        ("FY2025", "2025"),
        ("fy2026", "2026"),
        ("Fiscal year 2024-25", "2024-25"),
        ("2014-2024", "2014-2024"),
        ("current", "current"),
    ],
)
def test_a_period_names_its_year_a_fiscal_year_as_budgets_write_it(tmp_path, written, period):
    assert catalog_with(tmp_path, written)["budget.md"].period == period


@pytest.mark.parametrize("written", ["soon", "2025e", "next year"])
def test_a_period_naming_no_year_is_refused_with_a_message_saying_what_to_write(tmp_path, written):
    with pytest.raises(CatalogError, match=r"must name a year.*FY2025"):
        catalog_with(tmp_path, written)
