"""A country's own institutions name it in documents (`document_only_weak` in `domain/entities.toml`): the figure
of its defence department is the country's, as a figure of its capital or its parliament is."""

from __future__ import annotations

import pytest

from knowledge.models import Fact


@pytest.mark.parametrize(
    "sentence",
    [
        "The DOD request for 2026 totals $861.2 billion.",
        "In 2026 the Department of Defense asks Congress for $861.2 billion.",
        "The Defense Department plans to spend $861.2 billion in 2026.",
    ],
)
def test_a_figure_of_a_countrys_defence_department_is_the_countrys(build_note, sentence: str) -> None:
    facts: list[Fact] = build_note(f"# Budget request\n\n{sentence}")
    assert {fact.subject for fact in facts if fact.value == 861.2} == {"United States"}
