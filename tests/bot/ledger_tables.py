"""A small, made-up tidy table CSV (NATO's tidy column layout) for the chart and upload tests."""

from __future__ import annotations

HEADER = "table,table_title,measure,unit,basis,entity,year,estimate,value,sheet,cell"
YEARS = range(2014, 2025)
COLUMNS = "DEFGHIJKLMN"
SHARES = {"Poland": 1.81, "Germany": 1.11, "Spain": 0.91, "United States": 3.51, "NATO Europe and Canada": 1.41}
SPENDING = {"United States": 700_000.0, "NATO Europe and Canada": 300_000.0}  # US$ million in 2014


def share(entity: str, year: int, bases: dict[str, float] = SHARES) -> float:
    return round(bases[entity] + 0.1 * (year - 2014), 2)


def tidy_csv(entities: dict[str, float] | None = None) -> str:
    rows = [HEADER]
    bases = entities or SHARES
    for row, entity in enumerate(bases, start=11):
        for year in YEARS:
            estimate = "yes" if year >= 2023 else "no"
            rows.append(
                f"3,Defence expenditure as a share of GDP and annual real change,Share of real GDP (%),"
                f"Based on 2015 prices,,{entity},{year},{estimate},{share(entity, year, bases)},"
                f"TABLE3,{COLUMNS[year - 2014]}{row}"
            )
    for row, (entity, start) in enumerate(SPENDING.items(), start=41):
        for year in YEARS:
            estimate = "yes" if year >= 2023 else "no"
            value = start * (1 + 0.05 * (year - 2014))
            rows.append(
                f"2,Defence expenditure,Current prices and exchange rates,Million US dollars,,{entity},{year},"
                f"{estimate},{value},TABLE2,{COLUMNS[year - 2014]}{row}"
            )
    return "\n".join(rows) + "\n"
