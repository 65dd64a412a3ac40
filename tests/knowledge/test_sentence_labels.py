"""A pronoun in an emphasised label opening a sentence ('*What it means for you:*') points back at no one."""

from __future__ import annotations

import pytest

from knowledge.sentence import Context, SentenceReader
from knowledge.sentence_labels import SPEAKER_TURN, in_a_label, speaker_label_end, speaker_turn


def words_of(sentence: str) -> list[str]:
    return SentenceReader(sentence, Context(), 2025).words


def test_a_pronoun_in_an_emphasised_label_is_in_a_label() -> None:
    sentence = "*What it means for you:* the 65% rule favours European supply chains."
    words = words_of(sentence)
    assert in_a_label(sentence, words, words.index("it"), words.index("65"))


def test_a_pronoun_in_a_clause_before_a_colon_is_no_label() -> None:
    sentence = "BUT it's split: at least 3.5% for core defence."
    words = words_of(sentence)
    assert not in_a_label(sentence, words, words.index("it"), words.index("3.5"))


def test_a_pronoun_after_the_label_is_no_label() -> None:
    sentence = "**Verdict:** it spends 2.3% of GDP."
    words = words_of(sentence)
    assert not in_a_label(sentence, words, words.index("it"), words.index("2.3"))


def test_a_labelled_figure_is_not_the_alliances_carried_by_the_labels_pronoun(build_note) -> None:
    facts = build_note(
        "## SAFE\n\nThe Council adopted SAFE. Allies agreed to spend 5% of GDP by 2035.\n\n"
        "*What it means for you:* the 65% rule favours European supply chains."
    )
    assert {fact.subject for fact in facts if fact.value == 65} <= {"Security Action for Europe"}


def test_a_label_naming_a_journalist_and_the_outlet_opens_a_speaker_s_turn():
    assert SPEAKER_TURN.match("Q (Anna Lindqvist, Nordic Defence Review): Minister, at The Hague …")
    assert SPEAKER_TURN.match("Q (Marek Zieliński, Radio Centrum): After the drones …")
    assert not SPEAKER_TURN.match("In 2024 (see Table 1, below): spending rose.")


@pytest.mark.parametrize(
    ("line", "turn"),
    [
        ("**Mr Vermeulen (PVV):** Thank you, Chair.", True),
        ("**Ms Hoekstra-Ruiter (GroenLinks-PvdA):** Chair, my group supports a strong defence.", True),
        ("**The Minister of Defence:** The defence budget for 2025 is about 22 billion euros.", True),
        ("**The Chair (Mr Dijkhuis, BBB):** I open this committee debate.", True),
        ("**Sir Roger Ainsley (Marchbury) (Con):** In 1985 this country spent 5.1% of GDP on defence.", True),
        ("**Why it matters:** the 65% rule favours European supply chains.", False),
        ("**The Hague Declaration:** allies agreed to 5% of GDP.", False),
        ("**Question (UIN 40874), tabled 12 March 2025:** To ask the Secretary of State …", False),
        ("Mr Vermeulen (PVV): an unemphasised line is no turn of a parliament's transcript.", False),
    ],
)
def test_a_parliaments_transcript_labels_a_turn_in_bold_by_an_honorific_or_an_office(line: str, turn: bool) -> None:
    assert bool(speaker_turn(line)) is turn


def test_the_capitals_labels_are_turns_still() -> None:
    line = "**PEVKUR:** Last year NATO put us at 3.43% of GDP."
    assert speaker_turn(line) is not None
    assert speaker_turn(line).end() == SPEAKER_TURN.match(line).end()


def test_a_bold_label_ends_where_its_speaker_s_words_begin() -> None:
    line = "**Mr Bakker (SP):** And Ukraine?"
    assert line[speaker_label_end(line) :] == "And Ukraine?"


@pytest.mark.parametrize(
    "line",
    [
        "MS. ANNE-MARIE CÔTÉ: Madam Speaker, let me put the record straight.",
        "MS. SOPHIE GAGNON (Lac-Brûlé): Madam Speaker, neither side has mentioned people.",
        "MR. JAMES BEZAN (Selkirk—Interlake—Eastman, CPC): Madam Speaker, the numbers speak for themselves.",
        "MR. GRAHAM LEBLANC (Northshore—Bayview): Madam Speaker, I rise to support this motion.",
    ],
)
def test_a_speaker_in_capitals_with_accents_or_a_constituency_joined_by_dashes_opens_a_turn(line: str) -> None:
    turn = speaker_turn(line)
    assert turn is not None and line[turn.end() :].startswith("Madam Speaker")


def test_a_word_in_ordinary_case_with_an_accented_capital_is_no_speaker() -> None:
    assert speaker_turn("Énorme: the budget doubled.") is None
    assert speaker_turn("Some hon. members: Hear, hear!") is None
