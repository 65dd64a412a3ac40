"""What the engine's verifier keeps of the facts' words: one string per word, and every fact's words only when
they all fit in its cache."""

from __future__ import annotations

from knowledge import engine as engine_module
from knowledge.ask.verify import Verifier
from knowledge.engine import Engine


def test_kept_fact_words_share_one_string_per_word(seed_kb):
    verifier = Engine(seed_kb).verifier
    first, second = [fact for fact in verifier.facts if fact.subject == "Poland"][:2]
    kept = [{word: word for word in verifier._evidence[fact]} for fact in (first, second)]
    common = kept[0].keys() & kept[1].keys()
    assert "poland" in common
    assert all(kept[0][word] is kept[1][word] for word in common)


def test_warm_keeps_every_facts_words_when_they_fit(seed_kb):
    verifier = Engine(seed_kb).verifier
    verifier.warm()
    assert verifier._evidence.known.keys() == {fact.id for fact in verifier.facts}


def test_past_the_cache_warm_reads_every_facts_words_for_the_corpus_and_keeps_none(seed_kb, monkeypatch):
    monkeypatch.setattr(engine_module, "EVIDENCE_CACHE", 100)
    engine = Engine(seed_kb)
    engine.verifier.warm()
    assert engine.verifier._evidence.known == {}
    every_word = Verifier(engine.verifier.facts, engine.documents, seed_kb.texts).corpus
    assert engine.verifier.corpus == every_word
