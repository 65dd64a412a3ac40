"""A small, made-up knowledge base for chart tests: table figures for five allies and the aggregates."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

from knowledge.models import Citation, Document, DocumentKind, Fact, KnowledgeBase, Unit

TABLES = "tables.tidy.csv"
ARTICLE = "article.md"
TABLES_TITLE = "Test tables of defence expenditure"
ARTICLE_TITLE = "Test article on alliance spending"
YEARS = range(2014, 2025)
ALLIES = {"Poland": 1.8, "Germany": 1.2, "Spain": 0.9, "Estonia": 1.9, "United States": 3.7}
AGGREGATE_SHARES = {"European Allies and Canada": 1.5, "NATO Allies": 2.5}
COLUMNS = "DEFGHIJKLMN"
US_SPENDING = {year: 700_000.0 + 10_000 * (year - 2014) for year in YEARS}  # US$ million
EUROPE_SPENDING = {year: 300_000.0 + 5_000 * (year - 2014) for year in YEARS}


def share(subject: str, year: int) -> float:
    base = {**ALLIES, **AGGREGATE_SHARES}[subject]
    return round(base + 0.1 * (year - 2014), 2)


def table_fact(subject: str, measure: str, year: int, value: float, row: int, table: str, **extra: object) -> Fact:
    cell = f"{COLUMNS[year - 2014]}{row}"
    return Fact(
        id=hashlib.sha256(f"{subject}{measure}{year}".encode()).hexdigest()[:16],
        subject=subject,
        measure=measure,
        value=value,
        period=str(year),
        estimate=year >= 2023,
        qualifiers=(f"table {table}",),
        citation=Citation(
            document=TABLES,
            locator=f"Table {table}, TABLE{table}!{cell}",
            quote=f"Table {table}, {subject}, {year}: {value}",
            sheet=f"TABLE{table}",
            cell=cell,
        ),
        **extra,  # type: ignore[arg-type]
    )


def chart_kb(*, with_article: bool = True) -> KnowledgeBase:
    facts: list[Fact] = []
    for row, subject in enumerate([*ALLIES, *AGGREGATE_SHARES], start=11):
        facts += [
            table_fact(subject, "share_of_gdp", year, share(subject, year), row, "3", unit=Unit.PERCENT_OF_GDP)
            for year in YEARS
        ]
    for row, (subject, series) in enumerate(
        (("United States", US_SPENDING), ("European Allies and Canada", EUROPE_SPENDING)), start=40
    ):
        facts += [
            table_fact(
                subject,
                "spending_usd_current",
                year,
                series[year],
                row,
                "2",
                unit=Unit.MONEY,
                scale=1e6,
                currency="US$",
            )
            for year in YEARS
        ]
    documents = [
        Document(id=TABLES, title=TABLES_TITLE, kind=DocumentKind.TABLE, sha256="0" * 64),
    ]
    if with_article:
        documents.append(Document(id=ARTICLE, title=ARTICLE_TITLE, sha256="1" * 64, default_period="2024"))
        for number, (subject, value) in enumerate((("United States", 64.0), ("European Allies and Canada", 36.0))):
            facts.append(
                Fact(
                    id=f"article-{number}",
                    subject=subject,
                    measure="share_of_alliance_spending",
                    value=value,
                    unit=Unit.PERCENT,
                    period="2024",
                    estimate=subject == "United States",
                    citation=Citation(
                        document=ARTICLE,
                        locator=f"paragraph 4, sentence {number + 1}",
                        quote=f"{subject} paid {value:.0f}% in 2024.",
                    ),
                )
            )
    return KnowledgeBase(version="charts-test", built_at=datetime.now(UTC), documents=documents, facts=facts)
