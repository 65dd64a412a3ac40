"""Sentences stating several figures of several things: each figure's subject and kind from its own clause, and a
figure comparing two entities ('43 % of what Russia spent', 'outspends the UK by about 8 %') a ratio, never a
figure of the one compared with (`knowledge.sentence_reading`, `knowledge.sentence_subjects`,
`knowledge.sentence_kinds`, `knowledge.figures`)."""

from __future__ import annotations

from knowledge.sentence import Context, SentenceReader


def read(sentence: str, subject: str | None = None) -> list[tuple[float, str, str]]:
    context = Context(subject=subject, paragraph_subject=subject, section_subject=subject)
    statements = SentenceReader(sentence, context, 2024).statements()
    return [(stated.figure.value, stated.kind, ", ".join(stated.subjects)) for stated in statements]


def test_names_in_a_bracketed_relative_clause_are_asides() -> None:
    sentence = (
        "European spending (which in SIPRI's geography includes Russia and Ukraine) climbed 17 % to $693 billion."
    )
    assert read(sentence, "Europe") == [(17.0, "change", "Europe"), (693.0, "money", "Europe")]


def test_a_hedge_between_a_change_word_and_its_figure_keeps_it_a_change() -> None:
    assert read("Ukraine spent $64.7 billion, up just 2.9 %.") == [
        (64.7, "money", "Ukraine"),
        (2.9, "change", "Ukraine"),
    ]


def test_a_percentage_of_what_another_spent_is_a_ratio_of_the_subject() -> None:
    assert read("In dollar terms that is 43 % of what Russia spent.", "Ukraine") == [(43.0, "other", "Ukraine")]


def test_the_one_outspent_keeps_its_own_amount_and_the_margin_is_the_subject_s_ratio() -> None:
    assert read("Germany now outspends the United Kingdom ($81.8 billion) by about 8 %.") == [
        (81.8, "money", "United Kingdom"),
        (8.0, "other", "Germany"),
    ]


def test_a_pronoun_never_refers_to_the_one_compared_with() -> None:
    sentence = (
        "China, at an estimated $314 billion, spends about a third as much as the US — but it has now raised its "
        "budget for 30 consecutive years."
    )
    assert {subject for _, _, subject in read(sentence)} == {"China"}


def test_bare_points_after_percentages_are_a_change_in_points() -> None:
    sentence = "Germany's military burden rose from 1.5 % to 1.9 % of GDP, so the gap narrowed by 0.4 points in a year."
    assert (0.4, "change") in [(value, kind) for value, kind, _ in read(sentence)]


def test_every_figure_of_a_plan_for_a_span_of_years_is_of_that_span() -> None:
    sentence = (
        "The National Audit Office found that the equipment plan for 2023 to 2033 was unaffordable by £16.9 billion, "
        "on a total cost of £288.6 billion."
    )
    statements = SentenceReader(sentence, Context(subject="United Kingdom"), 2025).statements()
    assert {(stated.figure.value, stated.period) for stated in statements} == {
        (16.9, "2023-2033"),
        (288.6, "2023-2033"),
    }


def test_a_span_reaching_past_the_documents_year_is_not_its_period(build_note) -> None:
    text = "\n\n".join(
        [
            "# The brief",
            "EDIP carries EUR 1.5 billion from 2025 to 2027, including a EUR 300 million support instrument.",
            "Belgium asked for EUR 8.3 billion and Lithuania for EUR 6.4 billion.",
        ]
    )
    facts = build_note(text, published="2025-09-15")
    assert {fact.period for fact in facts if fact.value in (8.3, 6.4)} == {"2025"}


def test_a_bare_number_after_a_body_s_strength_of_is_its_headcount() -> None:
    sentence = "The Regular Force was about 16,000 trained members short of its authorized strength of 71,500."
    assert (71500.0, "count") in [(value, kind) for value, kind, _ in read(sentence, "Canada")]


def test_a_name_set_aside_keeps_the_figure_its_possessive_stands_before() -> None:
    sentence = "Apart from Portugal's 1.55%, Greece spent an estimated 3.08% of GDP in 2024."
    assert [(value, subject) for value, _, subject in read(sentence, "Southern Europe")] == [
        (1.55, "Portugal"),
        (3.08, "Greece"),
    ]
    sentence = "Unlike Italy's €32.7 billion, Spain spent €19.7 billion on defence in 2024."
    assert [(value, subject) for value, _, subject in read(sentence)] == [(32.7, "Italy"), (19.7, "Spain")]


def test_a_name_set_aside_before_a_year_stays_aside() -> None:
    sentence = "Besides Portugal's 2024 review, Greece spent 3.08% of GDP."
    assert [subject for _, _, subject in read(sentence)] == ["Greece"]


def test_a_level_compared_with_is_of_the_one_recorded_by_or_named_for() -> None:
    sentence = (
        "That ratio is above the 1.9% recorded by European allies and Canada in 2024, though below the 2.6% for "
        "the alliance as a whole."
    )
    statements = SentenceReader(sentence, Context(subject="Greece"), 2024).statements()
    assert [(s.figure.value, ", ".join(s.subjects)) for s in statements] == [
        (1.9, "European Allies and Canada"),
        (2.6, "NATO Allies"),
    ]
    assert not any({"minimum", "maximum"} & set(s.qualifiers) for s in statements)  # neither bounds its own figure
