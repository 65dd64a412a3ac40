"""A count of people placed by its verb at a place the entity list does not know ('About 900 soldiers and civilian
staff currently work at Martin') is that place's, never the country the article is set in; a singular pronoun after
the place in the same sentence points back at it."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.models import Fact
from knowledge.snapshot import build_knowledge_base

STORY = "\n\n".join(
    [
        "# Slovakia signs deal for new armoured vehicles",
        "BRATISLAVA — Slovakia will spend EUR 1.2 billion on 150 new armoured vehicles, the ministry said.",
        "The country's defence budget for 2025 is EUR 2.6 billion, or 2% of GDP.",
        "About 900 soldiers and civilian staff currently work at Martin, the mayor said.",
        "Some 450 people are employed at the Sliač air base, and the ministry says it will need roughly 120 more"
        " people — pilots, technicians and security staff — once the squadron is operational.",
        "Slovakia has about 6,000 soldiers stationed in Slovakia's eastern regions.",
    ]
)
CATALOG = '["story.md"]\ntitle = "Slovakia signs deal for new armoured vehicles"\npublished = "2025-03-01"\n'


@pytest.fixture(scope="module")
def facts(tmp_path_factory: pytest.TempPathFactory) -> list[Fact]:
    path: Path = tmp_path_factory.mktemp("story")
    (path / "story.md").write_text(STORY, encoding="utf-8")
    (path / "catalog.toml").write_text(CATALOG, encoding="utf-8")
    return [fact for fact in build_knowledge_base(path).facts if fact.value is not None]


def subjects_of(facts: list[Fact], value: float) -> set[str]:
    return {fact.subject for fact in facts if fact.value == value}


def test_a_count_working_at_a_named_place_is_the_places(facts: list[Fact]) -> None:
    assert subjects_of(facts, 900) == {"Martin"}


def test_a_place_named_with_its_noun_keeps_the_noun(facts: list[Fact]) -> None:
    assert subjects_of(facts, 450) == {"Sliač air base"}


def test_a_pronoun_after_the_place_points_back_at_it(facts: list[Fact]) -> None:
    assert subjects_of(facts, 120) == {"Sliač air base"}


def test_the_countrys_own_figures_stay_the_countrys(facts: list[Fact]) -> None:
    assert subjects_of(facts, 2.6) == {"Slovakia"}
    assert subjects_of(facts, 150) == {"Slovakia"}
    assert subjects_of(facts, 6000) == {"Slovakia"}  # placed in a listed country: no unknown place


def test_a_count_of_a_named_nations_soldiers_at_a_place_stays_theirs(tmp_path) -> None:
    (tmp_path / "tapa.md").write_text("# Tapa\n\nAround 900 British soldiers are based in Tapa today.\n", "utf-8")
    (tmp_path / "catalog.toml").write_text('["tapa.md"]\ntitle = "Tapa"\npublished = "2025-05-01"\n', "utf-8")
    facts = [fact for fact in build_knowledge_base(tmp_path).facts if fact.value == 900]
    assert facts and "Tapa" not in {fact.subject for fact in facts}
