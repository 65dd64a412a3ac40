"""A sentence answering in words (`knowledge.ask.verify_sentence`): what it names of the question."""

from __future__ import annotations

from knowledge.ask.parse import parse_question


def test_a_speaker_addressing_the_chair_does_not_answer_who_chaired(engine_of_text) -> None:
    text = (
        "# Committee debate on defence spending\n\nPublished 21 May 2025.\n\n"
        "**The Chair (Mr Dijkhuis, BBB):** I open this committee debate.\n\n"
        "**Ms Hoekstra-Ruiter (GroenLinks-PvdA):** Chair, my group supports a strong defence.\n"
    )
    answer = engine_of_text("debate.md", text).ask("Who chaired the committee debate?")
    assert "Hoekstra" not in answer.answer


THREAD = (
    "Thread exported from @DefenceDataDesk, posted 28 Apr 2025\n\n"
    "11/22 That Russian figure equals 7.1% of GDP. A full war economy. #Ukraine\n\n"
    "12/22 🇺🇦 Ukraine: $64.7bn, +2.9%. That is only 43% of Russia's spending, but it eats 34% of GDP, the heaviest "
    "burden of any country in the world. 😬\n"
)


def test_which_country_is_not_answered_by_a_sentence_whose_subject_the_one_before_named(engine_of_text) -> None:
    answer = engine_of_text("thread.txt", THREAD).ask("Which country had the heaviest military burden in the world?")
    assert not answer.answered or "Ukraine" in answer.answer


def test_which_country_is_answered_by_a_sentence_naming_it_as_its_subject(engine_of_text) -> None:
    text = "# Burdens\n\nUkraine carried the heaviest military burden of any country in the world, at 34% of GDP.\n"
    answer = engine_of_text("burdens.md", text).ask("Which country had the heaviest military burden in the world?")
    assert answer.answered
    assert "Ukraine" in answer.answer


def test_which_country_is_not_answered_by_the_other_country_a_pointing_back_sentence_names(engine_of_text) -> None:
    text = (
        "# Burdens\n\nUkraine spent $64.7bn in 2024.\n\n"
        "That is only 43% of Russia's spending, but it eats 34% of GDP, the heaviest burden of any country in the "
        "world.\n"
    )
    answer = engine_of_text("burdens.md", text).ask("Which country had the heaviest military burden in the world?")
    assert not answer.answered


CLAIM_CHECK = (
    "# Fact check: is Britain Europe's biggest spender?\n\n*ClaimCheck UK, 12 May 2025*\n\n"
    '**Claim:** "We spend more on defence than any other country in Europe." (A Conservative frontbench '
    "spokesperson, speaking on a radio phone-in on 6 May 2025.)\n\n"
    "On 25 February 2025 the Prime Minister, Keir Starmer, announced a rise in defence spending.\n"
)


def test_a_persons_name_asked_is_not_answered_by_a_sentence_naming_no_one(engine_of_text) -> None:
    answer = engine_of_text("check.md", CLAIM_CHECK).ask(
        "What is the name of the Conservative spokesperson who made the claim?"
    )
    assert not answer.answered


def test_a_persons_name_asked_is_given_by_first_and_last_name_together(engine_of_text) -> None:
    engine = engine_of_text("check.md", CLAIM_CHECK)
    asked = parse_question(engine.drafter.parse("What is the name of the Prime Minister who announced the rise?"))
    named = "On 25 February 2025 the Prime Minister, Keir Starmer, announced a rise in defence spending."
    unnamed = "On 25 February 2025 the Prime Minister announced a rise in defence spending."
    assert "quantity: a name" not in engine.verifier.check_sentence(asked, named).unaccounted
    assert "quantity: a name" in engine.verifier.check_sentence(asked, unnamed).unaccounted


WALES = (
    "# Defence spending guidelines\n\n"
    "At the Wales summit in September 2014, Allied leaders agreed that members spending less than 2% of GDP on "
    "defence would aim to move towards that level within a decade.\n\n"
    "The summit was chaired by Secretary General Anders Fogh Rasmussen.\n"
)


def test_who_held_a_role_is_answered_only_by_a_sentence_naming_a_person(engine_of_text) -> None:
    """'Who was NATO Secretary General at the Wales summit?' asks a person by name: the sentence naming the summit,
    its place and the Allies names no one holding the role; the one naming him does."""
    engine = engine_of_text("guidelines.md", WALES)
    asked = parse_question(engine.drafter.parse("Who was NATO Secretary General at the Wales summit?"))
    unnamed, named = (block.strip() for block in WALES.split("\n\n")[1:])
    assert "quantity: a person" in engine.verifier.check_sentence(asked, unnamed).unaccounted
    assert "quantity: a person" not in engine.verifier.check_sentence(asked, named).unaccounted
