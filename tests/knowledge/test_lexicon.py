"""The lexicon (knowledge/lexicon.py) reads entities, titles and concepts from data and keeps its API."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge import lexicon
from knowledge.entities import DomainDataError
from knowledge.measures import MEASURES
from knowledge.questionset import QUESTION_SETS, load_question_set


def test_the_three_wholes_come_from_the_roles_in_the_data() -> None:
    assert lexicon.NATO_ALLIES == "NATO Allies"
    assert lexicon.UNITED_STATES == "United States"
    assert lexicon.EUROPE_AND_CANADA == "European Allies and Canada"
    by_name = lexicon.entities_by_name()
    assert by_name[lexicon.UNITED_STATES].nato_member
    assert by_name[lexicon.EUROPE_AND_CANADA].kind is lexicon.EntityKind.GROUP


def test_a_group_joined_by_plus_in_a_question_is_the_group_as_documents_read_it() -> None:
    table = lexicon.entity_aliases()
    assert table[("european", "members", "plus", "canada")] == lexicon.EUROPE_AND_CANADA
    assert table[("european", "members", "together", "with", "canada")] == lexicon.EUROPE_AND_CANADA


def test_questions_name_entities_by_aliases_weak_and_question_only_names() -> None:
    table = lexicon.entity_aliases()
    assert table[("norwegians",)] == "Norway"
    assert table[("washington",)] == lexicon.UNITED_STATES  # weak in documents, plain in questions
    assert table[("us",)] == lexicon.UNITED_STATES  # question only
    assert table[("europe",)] == lexicon.EUROPE_AND_CANADA  # a question about Europe asks for the allies
    assert table[("members",)] == lexicon.NATO_ALLIES
    assert ("bundeswehr",) not in table  # documents only
    assert table[("pentagon",)] == lexicon.UNITED_STATES  # a government body, weak in documents
    assert "World" not in lexicon.entities_by_name()  # documents only


def test_mentions_titles_and_concepts() -> None:
    words = lexicon.normalise("Did the Sec-Gen say Poland's outlays beat the 2% guideline?").split()
    assert [m.target for m in lexicon.find_mentions(words, lexicon.entity_aliases())] == ["Poland"]
    assert [m.target for m in lexicon.find_mentions(words, lexicon.role_aliases())] == ["Secretary General"]
    assert {"say", "spending", "target"} <= lexicon.concepts(words)
    assert {"sec", "gen", "outlays", "poland"} <= lexicon.vocabulary()


def test_a_word_belongs_to_one_concept() -> None:
    assert lexicon.synonym_aliases()[("called", "for")] == "proposal"
    assert "called for" not in lexicon.SYNONYMS["call"]


def test_every_concept_a_measure_names_is_in_the_data() -> None:
    named = {concept for measure in MEASURES.values() for group in measure.cue_sets for concept in group}
    assert named <= set(lexicon.SYNONYMS)


def test_a_concept_word_listed_twice_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "concepts.toml"
    path.write_text('[concepts]\nspending = ["outlay"]\nmoney = ["Outlay"]\n', encoding="utf-8")
    with pytest.raises(DomainDataError, match=r"'Outlay' of 'money' is listed already \(in 'spending'\)"):
        lexicon.load_concepts(path)


def test_a_title_word_equal_to_the_title_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "roles.toml"
    path.write_text('[titles]\nPresident = ["president", "potus"]\n', encoding="utf-8")
    with pytest.raises(DomainDataError, match="listed already"):
        lexicon.load_titles(path)


def test_an_unknown_table_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "roles.toml"
    path.write_text('[titles]\nPresident = ["potus"]\n[people]\nRutte = ["mark rutte"]\n', encoding="utf-8")
    with pytest.raises(DomainDataError, match="Extra inputs are not permitted"):
        lexicon.load_titles(path)


def test_of_two_overlapping_names_the_longer_is_meant():
    text = "how much more did the us spend than all of nato europe and canada together"
    words = text.split(" ")
    mentions = lexicon.find_mentions(words, lexicon.entity_aliases())
    assert [mention.target for mention in mentions] == ["United States", "European Allies and Canada"]


def test_only_countries_are_countries() -> None:
    assert lexicon.is_country("Italy")
    assert not lexicon.is_country("World")  # a region named in documents, not among the entities questions use
    assert not lexicon.is_country("NATO Allies")
    assert not lexicon.is_country("a name nobody listed")


def test_only_member_countries_are_allies() -> None:
    assert lexicon.is_ally("Italy")
    assert not lexicon.is_ally("World")
    assert not lexicon.is_ally("NATO Allies")
    assert not any(lexicon.is_ally(name) for name in ("Japan", "Ukraine") if lexicon.is_country(name))


def _mentions_trying_every_word(words: list[str], table: dict[tuple[str, ...], str]) -> list[lexicon.Mention]:
    """find_mentions as it was before it skipped the words no alias starts with: every length tried at every word."""

    def longest_at(position: int) -> int:
        return next(
            (n for n in range(min(6, len(words) - position), 0, -1) if tuple(words[position : position + n]) in table),
            0,
        )

    mentions, position = [], 0
    while position < len(words):
        length = longest_at(position)
        if not length or any(longest_at(start) > length for start in range(position + 1, position + length)):
            position += 1
            continue
        key = tuple(words[position : position + length])
        mentions.append(lexicon.Mention(table[key], " ".join(key), position, position + length))
        position += length
    return mentions


def test_skipping_the_words_no_alias_starts_with_finds_the_same_mentions() -> None:
    texts = [
        "how much more did the us spend than all of nato europe and canada together",
        "nato europe and canada nato europe canada and the us of america",
        "all of nato europe and canada",
        "the secretary general of nato and the prime minister of the united kingdom",
    ]
    texts += [lexicon.normalise(question.question) for question in load_question_set(QUESTION_SETS / "article.jsonl")]
    tables = [lexicon.entity_aliases(), lexicon.synonym_aliases(), lexicon.role_aliases()]
    for table in tables:
        for text in texts:
            words = text.split()
            lexicon.forget_mentions()
            assert lexicon.find_mentions(words, table) == _mentions_trying_every_word(words, table), text


def test_a_table_of_the_same_identity_grown_since_is_read_again() -> None:
    table = {("alpha",): "Alpha"}
    assert [m.target for m in lexicon.find_mentions(["alpha", "beta"], table)] == ["Alpha"]
    table[("beta",)] = "Beta"
    lexicon.forget_mentions()
    assert [m.target for m in lexicon.find_mentions(["alpha", "beta"], table)] == ["Alpha", "Beta"]
