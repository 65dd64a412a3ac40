"""Domain words of questions are data (knowledge/domain/questions.toml), validated by knowledge.domain's schema."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest
from pydantic import ValidationError

from knowledge import domain
from knowledge.ask.handlers.facts import TIME_WORDS, YEAR_ASKED
from knowledge.ask.intent import asks_fraction_of_members
from knowledge.domain import QuestionWords
from knowledge.question import Question, Vocabulary, parse, us_dollar_names
from knowledge.remarks import CHITCHAT


def _shipped() -> dict[str, object]:
    return tomllib.loads(resources.files(domain).joinpath("questions.toml").read_text(encoding="utf-8"))


def test_the_shipped_words_validate() -> None:
    words = QuestionWords.model_validate(_shipped())
    assert "thank you" in words.small_talk and words.year_asked <= TIME_WORDS
    pronoun_us = words.pronoun_us
    assert pronoun_us.pronoun_context == pronoun_us.addressing | pronoun_us.storytelling | pronoun_us.prepositions


def test_a_pattern_that_does_not_compile_is_rejected_naming_its_field() -> None:
    data = _shipped()
    data["pronoun_us"] = {**data["pronoun_us"], "written_as_country": r"\bU(\.?S"}  # type: ignore[dict-item]
    with pytest.raises(ValidationError, match=r"(?s)pronoun_us\.written_as_country.*regular expression"):
        QuestionWords.model_validate(data)


def test_an_unknown_or_missing_field_is_rejected_naming_it() -> None:
    data = _shipped()
    data["pronoun_us"] = {**data["pronoun_us"], "followers": ["share"]}  # type: ignore[dict-item]
    with pytest.raises(ValidationError, match=r"(?s)pronoun_us\.followers.*Extra inputs"):
        QuestionWords.model_validate(data)
    del data["small_talk"]
    with pytest.raises(ValidationError, match=r"(?s)small_talk.*Field required"):
        QuestionWords.model_validate(data)


def test_small_talk_is_taken_whole_from_the_data() -> None:
    match = CHITCHAT.match("thank you so much")
    assert match is not None and match.group() == "thank you"
    assert CHITCHAT.fullmatch("how are you today") and not CHITCHAT.match("thanksgiving spending")


def _read(text: str) -> Question:
    return parse(text, Vocabulary(set()), {})


def test_us_is_the_asker_or_the_country_by_the_words_around_it() -> None:
    assert _read("tell us the share of gdp of poland").entities == ["Poland"]
    assert "United States" in _read("what is the us share of spending").entities
    assert "United States" in _read("what is the ratio of us to uk spending").entities
    assert "United States" in _read("what did the U.S. spend").entities
    # the story of a chatty message: 'it got us talking', 'kept us guessing' speak of the asker
    assert _read("the cruise got us talking: what did norway spend in 2024?").entities == ["Norway"]
    assert {"year", "when"} == YEAR_ASKED


def test_the_whole_alliances_names_must_name_it_in_the_entity_list() -> None:
    data = _shipped()
    data["intent"] = {**data["intent"], "whole_alliance_names": ["nato", "the eu"]}  # type: ignore[dict-item]
    with pytest.raises(
        ValidationError, match=r"(?s)intent\.whole_alliance_names.*not names of 'NATO Allies'.*'the eu'"
    ):
        QuestionWords.model_validate(data)


def test_member_words_are_the_members_concept_and_its_singulars() -> None:
    words = domain.question_words().intent.member_words
    assert {"allies", "ally", "members", "member", "states", "countries", "country", "nations"} == words
    assert domain.members_concept_words() == words - {"ally", "country"}


def test_the_alliances_one_word_names_come_from_the_entity_list() -> None:
    assert domain.alliance_words() == {"nato", "alliance"}


def test_us_before_dollars_names_the_currency_not_the_country() -> None:
    assert {"us dollars", "u s dollar"} <= us_dollar_names()
    assert "United States" not in _read("what did poland spend in us dollars in 2024").entities
    assert asks_fraction_of_members(_read("what percentage of the alliance members met the target"))
    assert asks_fraction_of_members(_read("what percentage of nato members met the target"))


def test_span_words_are_table_question_words() -> None:
    assert {"since", "decade"} <= domain.question_words().table_questions.span_words


def test_the_measures_questions_toml_names_must_be_measures() -> None:
    data = _shipped()
    data["headline_measure"] = "gdp_share"
    with pytest.raises(ValidationError, match=r"headline_measure names no measure of measures.toml: \['gdp_share'\]"):
        QuestionWords.model_validate(data)
    data = _shipped()
    data["shares_of_amounts"] = {"equipment_share": "spending_dollars"}
    with pytest.raises(ValidationError, match=r"shares_of_amounts names no measure.*'spending_dollars'"):
        QuestionWords.model_validate(data)


def test_a_phrase_leaving_allies_out_around_them_is_a_verb_and_its_particle() -> None:
    data = _shipped()
    data["operations"] = {**data["operations"], "excluded_around": ["leave out", "leave them all out"]}  # type: ignore[dict-item]
    with pytest.raises(ValidationError, match=r"(?s)excluded_around.*verb and its particle"):
        QuestionWords.model_validate(data)


def test_a_typo_equally_close_to_two_words_is_the_commoner_english_one() -> None:
    """'europ' is as close to 'europe' as to 'europa' (Europe in other languages): the English word."""
    assert Vocabulary({"europa"}).correct("europ") == "europe"
    assert "europe" in parse("europ and canda share of nato expendature 2024?", Vocabulary(set()), {}).words


def test_points_of_a_change_are_listed_once_each_and_read_together() -> None:
    """Basis points are their own list, not repeated among the percentage points; a change asked in either is read."""
    operations = domain.question_words().operations
    assert not set(operations.change_in_points) & set(operations.basis_points)
    assert {"pp", "bps", "basis points"} <= set(operations.points_of_change)
