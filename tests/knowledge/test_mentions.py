"""Entities named in a sentence (`knowledge.mentions`)."""

from __future__ import annotations

import pytest

from knowledge.cues import cues
from knowledge.figures import tokenize
from knowledge.mentions import entity_mentions


@pytest.mark.parametrize(
    ("sentence", "name"),
    [("the EU's SAFE loan instrument", "European Union"), ("The US’s budget", "United States")],
)
def test_a_name_matched_as_written_keeps_its_possessive(sentence: str, name: str) -> None:
    assert name in [mention.name for mention in entity_mentions(tokenize(sentence), cues())]


def test_a_possessive_does_not_make_a_word_a_name() -> None:
    assert [mention.name for mention in entity_mentions(tokenize("Let us's say"), cues())] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The US spent $997 billion by SIPRI's count.",
        "on NATO's tally",
        "Defence spending, on a NATO basis, is expected to climb",  # the rules it is counted by, not whose it is
    ],
)
def test_a_body_whose_count_a_figure_is_by_is_its_source(sentence: str) -> None:
    (mention,) = entity_mentions(tokenize(sentence), cues())[-1:]
    assert mention.source


def test_a_country_written_with_its_article_after_from_is_an_aside() -> None:
    """'ordered 250 tanks from the United States and 96 helicopters': the seller is an aside, as 'from Germany' is;
    'with the United States contributing 64%' still leads its clause."""
    *_, origin = entity_mentions(tokenize("Warsaw ordered 250 tanks from the United States and 96 helicopters"), cues())
    (leading,) = entity_mentions(tokenize("with the United States contributing 64% of the total"), cues())
    assert origin.aside and not leading.aside


@pytest.mark.parametrize("sentence", ["At the Vilnius Summit in July 2023, leaders agreed", "the Washington summit"])
def test_a_capital_naming_an_event_held_there_is_only_an_aside(sentence: str) -> None:
    assert [mention.aside for mention in entity_mentions(tokenize(sentence), cues())] == [True]


def test_a_body_naming_its_own_summit_is_still_named() -> None:
    assert [m.name for m in entity_mentions(tokenize("the NATO summit declaration"), cues())] == ["NATO Allies"]


@pytest.mark.parametrize(
    ("sentence", "titled"),
    [("a NATO military official told reporters", True), ("Canada's military spending rose", False)],
)
def test_a_body_naming_a_military_official_is_part_of_a_title(sentence: str, titled: bool) -> None:
    (mention,) = entity_mentions(tokenize(sentence), cues())
    assert mention.titled is titled


@pytest.mark.parametrize("joiner", ["plus", "together with", "&"])
def test_a_group_s_name_joined_by_another_word_than_and_is_the_group(joiner: str) -> None:
    sentence = f"Overall, European allies {joiner} Canada together went from about 1.43% to 2.02%."
    assert [m.name for m in entity_mentions(tokenize(sentence), cues())] == ["European Allies and Canada"]


@pytest.mark.parametrize("sentence", ["Nothing new since. #EU #UK", "Thread by @NATO on spending"])
def test_a_hashtag_or_a_handle_names_no_one(sentence: str) -> None:
    assert entity_mentions(tokenize(sentence), cues()) == []


def test_a_name_restated_in_brackets_after_a_source_is_the_source_too() -> None:
    sentence = "According to new figures from the Stockholm International Peace Research Institute (SIPRI), Japan spent"
    mentions = entity_mentions(tokenize(sentence), cues())
    sources = [(mention.name, mention.source) for mention in mentions]
    assert sources[:2] == [(mentions[0].name, True), (mentions[0].name, True)] and not mentions[-1].source
    alone = entity_mentions(tokenize("SIPRI (Stockholm) says Japan spent"), cues())
    assert not any(mention.source for mention in alone[1:])  # a bracket naming something else restates nothing


@pytest.mark.parametrize(
    "sentence",
    [
        "9 July 2016 — Warsaw: Allies agree to deploy four multinational battlegroups.",
        "4 December 2019 — London (Watford): the Secretary General reports that spending rose.",
    ],
)
def test_a_capital_as_a_dated_line_s_place_is_only_an_aside(sentence: str) -> None:
    """Where the event of a dated line was held, not the government that did it."""
    mentions = entity_mentions(tokenize(sentence), cues())
    assert mentions[0].aside
    assert all(not mention.aside for mention in mentions[1:])


def test_a_country_as_a_dated_line_s_label_is_the_line_s_own() -> None:
    (mention,) = entity_mentions(tokenize("27 February 2022 – Germany: the chancellor announces a fund."), cues())
    assert mention.name == "Germany" and not mention.aside


def test_every_name_of_a_list_an_aside_word_opens_is_an_aside() -> None:
    sentence = "Allies agree to deploy battlegroups to Estonia, Latvia, Lithuania and Poland, about 4,500 troops in all"
    mentions = entity_mentions(tokenize(sentence), cues())
    assert [(mention.name, mention.aside) for mention in mentions] == [
        ("NATO Allies", False),
        ("Estonia", True),
        ("Latvia", True),
        ("Lithuania", True),
        ("Poland", True),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Spain is lowest at 1.28%, with Slovenia and Luxembourg on 1.29%.",
        "Spain is lowest at 1.28%, with Slovenia and Luxembourg at 1.29%.",
    ],
)
def test_the_last_name_of_a_list_owning_a_figure_is_no_aside(sentence: str) -> None:
    named = {mention.name: mention.aside for mention in entity_mentions(tokenize(sentence), cues())}
    assert named == {"Spain": False, "Slovenia": True, "Luxembourg": False}


def test_a_list_whose_last_name_owns_a_figure_a_few_words_on_is_no_list_of_asides() -> None:
    sentence = "Spain ranked last, at 1.28%, with Belgium, Luxembourg and Slovenia all around 1.3%."
    named = {mention.name: mention.aside for mention in entity_mentions(tokenize(sentence), cues())}
    assert not named["Slovenia"] and not named["Luxembourg"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The UK spent £64.6 billion on the definition used by NATO, equivalent to 2.33% of GDP.",
        "According to the estimate published by NATO, this amount is equivalent to 1,28 % of GDP.",
        "The distribution among the four categories used by NATO is shown below.",
    ],
)
def test_a_body_whose_method_or_publication_a_figure_follows_is_its_source(sentence: str) -> None:
    (nato,) = [mention for mention in entity_mentions(tokenize(sentence), cues()) if mention.name == "NATO Allies"]
    assert nato.source


def test_a_country_after_used_by_is_no_source() -> None:
    """'the 300 drones used by Ukraine': a country using something is whose figure it may be."""
    (ukraine,) = entity_mentions(tokenize("The 300 drones used by Ukraine came from Latvia."), cues())[:1]
    assert ukraine.name == "Ukraine" and not ukraine.source


@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        ("Global military expenditure rose to USD 2,718 billion in 2024.", ["World"]),
        ("The global total reached USD 2,718 billion.", ["World"]),
        ("The budget, approved in the final global vote of the Assembleia, allocates EUR 2 764,7 million.", []),
        ("The global context has changed since 2022.", []),
    ],
)
def test_a_name_that_is_an_adjective_names_its_entity_only_before_a_word_of_its_figures(
    sentence: str, named: list[str]
) -> None:
    assert [mention.name for mention in entity_mentions(tokenize(sentence), cues())] == named
