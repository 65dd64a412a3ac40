"""Danish and Norwegian amounts as their own releases write them: 'mia. kr.', 'mio. kr.', 'NOK 611 milliarder'."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.models import Fact
from knowledge.sentence import Context, SentenceReader
from knowledge.snapshot import build_knowledge_base


@pytest.mark.parametrize(
    ("sentence", "value", "scale"),
    [
        ("The agreement provides a framework of 143 mia. kr. over the period 2024–2033.", 143.0, 1e9),
        ("Norway raises defence spending by NOK 611 milliarder over twelve years.", 611.0, 1e9),
        ("The municipality adds 2,300 mio. kr. for barracks.", 2300.0, 1e6),
        ("Sweden's plan adds 12 milliard kronor.", 12.0, 1e9),
    ],
)
def test_a_nordic_scale_word_makes_an_amount(sentence: str, value: float, scale: float) -> None:
    money = [(f.value, f.scale) for f in SentenceReader(sentence, Context(), 2025).values if f.kind.value == "money"]
    assert money == [(value, scale)]


def _facts(tmp_path: Path, text: str) -> list[Fact]:
    (tmp_path / "release.md").write_text(text, encoding="utf-8")
    (tmp_path / "catalog.toml").write_text(
        '["release.md"]\ntitle = "Finance Bill 2026"\npublished = "2025-08-28"\n', encoding="utf-8"
    )
    return [fact for fact in build_knowledge_base(tmp_path).facts if fact.value == 143.0]


def test_kroner_written_kr_are_the_danish_crown_in_a_danish_release(tmp_path: Path) -> None:
    """'143 mia. kr.' in a release on Denmark's defence: 143 billion Danish crowns, Denmark's."""
    (fact,) = _facts(
        tmp_path, "# Finance Bill 2026\n\nDenmark's defence agreement provides 143 mia. kr. for 2024–2033.\n"
    )
    assert (fact.subject, fact.currency, fact.scale) == ("Denmark", "DKK", 1e9)
