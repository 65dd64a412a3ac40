"""The fact index: look-ups by measure, subject and period, and the canonical question of a fact."""

from __future__ import annotations

import operator
from collections import Counter, defaultdict

from knowledge.ask import index as index_module
from knowledge.ask.index import FactIndex
from knowledge.lexicon import normalise
from knowledge.models import Citation, Fact, Unit
from knowledge.question import stem


def test_the_index_holds_only_answerable_facts(seed_kb):
    index = FactIndex(seed_kb)
    assert index.facts == [fact for fact in seed_kb.facts if not fact.low_trust and not fact.open_only]
    assert sum(len(facts) for facts in index.by_measure.values()) == len(index.facts)


def test_a_countrys_latest_row_and_a_year_outside_the_tables(engine):
    row = engine.index.latest_row("share_of_gdp", "Poland", [])
    assert (row.period, row.citation.cell) == ("2024", "N32")
    assert engine.index.latest_row("share_of_gdp", "Poland", [2013]) is None


def test_the_column_asked_for(engine):
    periods = engine.index.periods("share_of_gdp")
    assert periods[0] == "2014" and periods[-1] == "2024"
    assert engine.index.table_period("share_of_gdp", []) == "2024"
    assert engine.index.table_period("share_of_gdp", [2019]) == "2019"


def test_latest_by_measure_gives_one_row_per_subject(engine):
    latest = engine.index.latest_by_measure("share_of_gdp")
    assert len({fact.subject for fact in latest}) == len(latest)
    assert latest is engine.index.latest_by_measure("share_of_gdp")  # computed once


def test_canonical_question(engine):
    row = engine.index.latest_row("share_of_gdp", "Poland", [])
    assert engine.index.canonical_question(row) == "What share of GDP did Poland spend on defence in 2024?"


def test_a_subjects_facts_in_one_period_are_its_pool_for_that_period_in_order(engine):
    index = engine.index
    expected: defaultdict[tuple[str, str, str], list[Fact]] = defaultdict(list)
    for fact in index.facts:
        expected[(fact.measure, fact.subject, fact.period or "")].append(fact)
    for (measure, subject, period), facts in expected.items():
        found = index.facts_in_period(measure, subject, period)
        assert len(found) == len(facts) and all(a is b for a, b in zip(found, facts, strict=True))
    assert index.facts_in_period("share_of_gdp", "Poland", "1900") == []
    assert index.facts_in_period("share_of_gdp", "Atlantis", "2024") == []


def test_a_quotes_words_are_its_stems_once_each_and_the_same_when_worked_out_again(seed_kb, monkeypatch):
    index = FactIndex(seed_kb)  # its own: no quote's words kept yet
    fact = index.latest_row("share_of_gdp", "Poland", [])
    words = index.quote_words_of(fact)
    assert words == tuple(dict.fromkeys(stem(word) for word in normalise(fact.citation.quote).split()))
    assert "poland" in words and "2024" in words
    monkeypatch.setattr(index_module, "QUOTE_WORDS_KEPT", 1)  # one quote's words kept: worked out again
    other = index.latest_row("share_of_gdp", "Germany", [])
    assert index.quote_words_of(other) != words
    again = index.quote_words_of(fact)
    assert again == words and again is not words


def test_a_word_of_one_quote_weighs_more_than_a_word_of_several(engine):
    index = engine.index
    quotes = {fact.citation.quote: index.quote_words_of(fact) for fact in index.facts}
    frequency = Counter(word for words in quotes.values() for word in words)
    assert {word: index.word_weight[word] for word in frequency} == {
        word: 0.6 if count == 1 else 0.25 for word, count in frequency.items()
    }
    # a sentence giving several facts: a word only it has still weighs as a word of one quote
    assert any(count == 1 and index.facts_quoting_count(word) > 1 for word, count in frequency.items())


def test_the_facts_by_their_quotes_words_are_built_when_first_looked_up_and_are_those_of_every_quote(seed_kb):
    index = FactIndex(seed_kb)
    assert index._positions_by_quote_word is None  # not built with the index: only a quoted phrase asked needs them
    expected: defaultdict[str, list[Fact]] = defaultdict(list)
    for fact in index.facts:
        for word in dict.fromkeys(stem(word) for word in normalise(fact.citation.quote).split()):
            expected[word].append(fact)
    for word, facts in expected.items():
        found = index.facts_quoting(word)
        assert len(found) == len(facts) == index.facts_quoting_count(word)
        assert all(map(operator.is_, found, facts))
    built = index._positions_by_quote_word
    assert built is not None and built.keys() == expected.keys()
    assert index.facts_quoting("nosuchword") == [] and index.facts_quoting_count("nosuchword") == 0
    assert index._positions_by_quote_word is built  # built once
    weights = {
        word: 0.6 if len({fact.citation.quote for fact in facts}) == 1 else 0.25 for word, facts in expected.items()
    }
    assert dict(index.word_weight) == weights and index.corpus_words == set(expected)


def test_warm_builds_the_facts_by_their_quotes_words(seed_kb):
    index = FactIndex(seed_kb)
    index.warm()
    assert index._positions_by_quote_word is not None


def test_the_vocabulary_has_every_word_of_the_quotes_and_of_the_text_facts(seed_kb):
    index = FactIndex(seed_kb)
    quoted = {word for fact in index.facts for word in normalise(fact.citation.quote).split()}
    texts = {
        word for fact in index.facts if fact.text for word in normalise(f"{fact.citation.quote} {fact.text}").split()
    }
    assert quoted | texts <= index.vocabulary.words


def _cell(index: int, document: str) -> Fact:
    return Fact(
        id=f"cell-{index}",
        subject="Poland",
        measure="share_of_gdp",
        value=float(index),
        unit=Unit.PERCENT_OF_GDP,
        period="1990",
        citation=Citation(document=document, locator=f"cell R{index}", quote=f"Poland {index}", cell=f"R{index}"),
    )


def test_a_documents_facts_are_looked_up_in_the_order_of_all_facts_even_when_documents_alternate(seed_kb):
    """A summary's key figures: a document's facts, found without going over every fact of the knowledge base,
    in the order a scan of them finds (a document's facts may stand apart: 'a', 'b', 'a', 'a', 'b')."""
    made_up = [_cell(at, document) for at, document in enumerate(["a.csv", "b.csv", "a.csv", "a.csv", "b.csv"])]
    index = FactIndex(seed_kb.model_copy(update={"facts": [*seed_kb.facts, *made_up]}))
    assert [fact.id for fact in index.facts_of_document("a.csv")] == ["cell-0", "cell-2", "cell-3"]
    assert [fact.id for fact in index.facts_of_document("b.csv")] == ["cell-1", "cell-4"]
    assert index.facts_of_document("nowhere.csv") == []
    for document in {fact.citation.document for fact in index.facts}:
        scanned = [fact for fact in index.facts if fact.citation.document == document]
        assert index.facts_of_document(document) == scanned
