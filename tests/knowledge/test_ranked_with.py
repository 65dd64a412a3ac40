"""'23 of 32 Allies are expected to reach 2% in 2024, with Poland highest at 4.12% of GDP': a name after 'with' and a
superlative before 'at' and a figure owns that figure, as 'with Belgium at 1.30%' does (hold-out 52)."""

from __future__ import annotations

from knowledge.cues import cues
from knowledge.figures import tokenize
from knowledge.mentions import entity_mentions


def _asides(text: str) -> dict[str, bool]:
    return {mention.name: mention.aside for mention in entity_mentions(tokenize(text), cues())}


def test_a_name_before_a_superlative_and_its_figure_is_no_aside() -> None:
    text = "23 of 32 Allies are expected to reach 2% in 2024, with Poland highest at 4.12% of GDP."
    assert _asides(text)["Poland"] is False


def test_a_name_after_with_and_no_figure_of_its_own_stays_an_aside() -> None:
    assert _asides("Allies agreed, with Poland pushing hardest, to raise spending to 3.5% of GDP.")["Poland"] is True
