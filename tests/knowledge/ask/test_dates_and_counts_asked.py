"""Dates and counts a question asks of a document: a date stated whole, the day a goal was agreed rather than its
deadline, the thing a count is of, and an amount rather than how long it runs."""

from __future__ import annotations

from pathlib import Path

from knowledge.ask.dates import (
    days_without_year,
    in_the_documents_year,
    month_in_the_documents_year,
    months_without_year,
)
from knowledge.ask.statements import date_numbers
from knowledge.engine import Engine
from knowledge.snapshot import build_knowledge_base

FAQ = ("evaluation_holdout15", "nato-targets-faq.md")
WIRE = ("evaluation_holdout15", "baltic-poland-spending-wire.txt")
ASIA = ("evaluation_holdout15", "asia-middle-east-military-spending.md")


def test_a_day_without_its_year_is_found_in_either_order():
    assert days_without_year("Germany commissioned its brigade on April 1, the first") == ["April 1"]
    assert days_without_year("On 18 March the ministers met") == ["18 March"]
    assert days_without_year("On 25 June 2025 and on April 28, 2025, leaders met in June 2025") == []


def test_a_day_is_dated_in_its_documents_year_only_once_that_day_had_come():
    assert in_the_documents_year("April 1", "2025-09-03") == "April 1, 2025"
    assert in_the_documents_year("18 March", "2025-09-03") == "18 March 2025"
    assert in_the_documents_year("December 5", "2025-09-03") is None  # the year before, or a plan: not told
    assert in_the_documents_year("April 1", "2025-09") is None  # no day of publication to tell it by
    assert in_the_documents_year("April 1", None) is None


def test_a_month_named_alone_is_found_and_dated_in_its_documents_year_once_it_had_come():
    assert months_without_year("the new plan, which the Storting adopted in June and which will") == ["June"]
    assert months_without_year("adopted in June 2024, signed on 6 June, in 12 June") == []
    assert month_in_the_documents_year("June", "2024-10-07") == "June 2024"
    assert month_in_the_documents_year("June", "2024-10") == "June 2024"
    assert month_in_the_documents_year("November", "2024-10-07") is None  # the year before, or a plan: not told
    assert month_in_the_documents_year("June", None) is None


MONTH_ALONE = """# Budget 2025: the first step

This is the first annual budget under the new long-term plan, which parliament adopted in June and which will
strengthen the defence of Denmark by DKK 60 billion over the next twelve years.
"""


def test_a_month_the_sentence_gives_no_year_is_stated_whole(tmp_path: Path):
    """'which parliament adopted in June', in a release of October 2024: the time asked is June 2024."""
    (tmp_path / "release.md").write_text(MONTH_ALONE, encoding="utf-8")
    catalog = '["release.md"]\ntitle = "Budget 2025: the first step"\npublished = "2024-10-07"\n'
    (tmp_path / "catalog.toml").write_text(catalog, encoding="utf-8")
    engine = Engine(build_knowledge_base(tmp_path))
    answer = engine.ask("When did parliament adopt the long-term plan?")
    assert answer.answered and "**June 2024**" in answer.answer and 2024.0 in answer.values


def test_the_numbers_of_a_date_as_written_are_its_figures():
    assert date_numbers("4-5 September 2014") == [4.0, 5.0, 2014.0]


def test_a_date_the_sentence_gives_no_year_is_stated_whole(documents):
    answer = documents(*WIRE).ask("When was the German brigade in Lithuania commissioned?")
    assert answer.answered and "**April 1, 2025**" in answer.answer and 2025.0 in answer.values


def test_a_span_of_days_is_bold_whole(documents):
    answer = documents(*FAQ).ask("When did the Wales Summit take place?")
    assert answer.answered and "**4-5 September 2014**" in answer.answer and {4.0, 2014.0} <= set(answer.values)


def test_when_a_goal_was_agreed_is_its_day_not_its_deadline(documents):
    answer = documents(*FAQ).ask("When did NATO leaders sign up to the 5% goal?")
    assert answer.answered and "**25 June 2025**" in answer.answer


def test_a_deadline_asked_is_still_the_deadline(documents):
    answer = documents(*FAQ).ask("By what year must allies reach 5% of GDP?")
    assert not answer.answered or 2035.0 in answer.values


def test_a_count_of_another_thing_in_the_sentence_does_not_answer(documents):
    answer = documents(*WIRE).ask("How many Apache helicopters did Warsaw buy?")
    assert 250.0 not in answer.values  # 'ordered 250 Abrams tanks … and 96 Apache attack helicopters'


def test_how_long_a_plan_runs_is_not_its_amount(documents):
    answer = documents(*ASIA).ask("How much is Japan planning to spend on defence between fiscal 2023 and 2027?")
    assert "**five fiscal years**" not in answer.answer


def test_an_amount_is_bold_with_its_currency(documents):
    answer = documents(*ASIA).ask("What is China's official defence budget for 2025?")
    assert answer.answered and "**1.78 trillion yuan**" in answer.answer


def test_a_body_named_after_per_is_whose_figure_is_asked(documents):
    engine = documents("evaluation_holdout15", "baltic-poland-spending-wire.txt")
    answer = engine.ask("What was Poland's defence spending as a share of GDP in 2024 per NATO?")
    assert 4.2 not in answer.values  # SIPRI's 4.2% 'by its own measure' is not NATO's figure
    cited = documents("evaluation_holdout12", "sipri-beyond-nato-2025.txt")
    assert 149.0 in cited.ask("How much did Russia spend on its military in 2024, per SIPRI?").values


def test_a_date_asked_by_the_noun_after_its_event_is_the_events_date(engine):
    answer = engine.ask("Hague summit date?")
    assert answer.answered and "**25 June 2025**" in answer.answer


def test_the_exact_wording_asked_is_the_speakers_own_words_not_a_report_of_them(engine):
    answer = engine.ask("exact wording of Rutte's 'quantum leap' line?")
    assert answer.answered
    assert "must make a quantum leap when it comes to the contributions and capabilities" in answer.answer


CAMO = """Belgium's land programmes

The plan names its main purchases.

- **Motorised capability (CaMo)**: 382 Griffon multi-role armoured vehicles and 60 Jaguar reconnaissance and combat vehicles, acquired in partnership with France for some EUR 1.5 billion.
"""  # noqa: E501


def test_a_count_of_vehicles_of_another_name_does_not_answer(text_beside_the_seeds):
    engine = text_beside_the_seeds(
        "camo.md", CAMO, title="Belgium's land programmes", publisher="Belgian Chamber", published="2024-09-10"
    )
    assert 382.0 not in engine.ask("How many Jaguar vehicles is Belgium acquiring with France?").values
    griffons = engine.ask("How many Griffon vehicles is Belgium acquiring?")
    assert griffons.answered and 382.0 in griffons.values


ACCESSION = """# Latvia's defence in brief

Latvia will raise defence spending to 4% of GDP in 2026. Latvia joined NATO on 29 March 2004, with six other states.
"""


def test_becoming_a_member_asked_is_the_sentence_saying_who_joined(tmp_path: Path):
    """'When did Latvia become a NATO member?' is answered by 'Latvia joined NATO on 29 March 2004'."""
    (tmp_path / "brief.md").write_text(ACCESSION, encoding="utf-8")
    catalog = '["brief.md"]\ntitle = "Latvia\'s defence in brief"\npublished = "2025-03-10"\n'
    (tmp_path / "catalog.toml").write_text(catalog, encoding="utf-8")
    engine = Engine(build_knowledge_base(tmp_path))
    answer = engine.ask("When did Latvia become a NATO member?")
    assert answer.answered and "**29 March 2004**" in answer.answer
