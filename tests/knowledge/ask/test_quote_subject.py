"""A quoted sentence led by whose figure it is when the quote does not say (`knowledge.ask.quote_subject`)."""

from __future__ import annotations

from knowledge.ask.quote_subject import names_its_subject, with_its_subject
from knowledge.models import Citation, Fact, Unit

FACT_BOX = """# FACTBOX-How much are NATO allies spending?

July 12 (Wire) - Below are the latest estimates for selected allies. National-currency figures are in current prices;
GDP shares are NATO estimates for 2024.

**FRANCE**
- 2024 defence spending: 59.6 billion euros ($64.3 billion).
- Share of GDP: 2.06%.

**ITALY**
- 2024 defence spending: 32.0 billion euros ($34.5 billion).
- Share of GDP: 1.49%.

**POLAND**
- 2024 defence spending: 151.2 billion zlotys ($35.0 billion).
- Share of GDP: 4.12%, the highest in the alliance.
"""


def _share(subject: str, quote: str) -> Fact:
    return Fact(
        id=f"share-{subject}",
        subject=subject,
        measure="open:share_of_gdp",
        value=1.49,
        unit=Unit.PERCENT_OF_GDP,
        period="2024",
        citation=Citation(document="factbox.md", locator="paragraph 4", quote=quote),
    )


def test_a_quote_naming_its_subject_by_any_name_is_left_as_it_is() -> None:
    assert names_its_subject(_share("Italy", "Italy spent 1.49% of GDP."))
    assert names_its_subject(_share("Germany", "- Share of GDP: 2.12%, the first time Berlin has met the guideline."))
    assert with_its_subject(_share("Italy", "Italy spent 1.49% of GDP."), "“quoted”") == "“quoted”"


def test_a_quote_naming_no_one_is_led_by_its_subject() -> None:
    bullet = _share("Italy", "- Share of GDP: 1.49%.")
    assert not names_its_subject(bullet)
    assert with_its_subject(bullet, "“- Share of GDP: 1.49%.”") == "Italy: “- Share of GDP: 1.49%.”"


def test_a_fact_box_bullet_answers_with_the_ally_its_heading_names(engine_of_text) -> None:
    engine = engine_of_text("factbox.md", FACT_BOX)
    italy = engine.ask("What is Italy's defence spending as a share of GDP?")
    assert italy.answered and italy.answer.startswith("Italy: ") and "1.49%" in italy.answer
