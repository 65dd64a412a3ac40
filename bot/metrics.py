"""Prometheus metrics of one bot, in its own registry (several bots may live in one process, e.g. in tests)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, InfoMetricFamily, Metric
from prometheus_client.registry import Collector

from knowledge.models import Answer, KnowledgeBase

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)


class KnowledgeBaseCollector(Collector):
    """The loaded knowledge base's version and fact count, read when Prometheus scrapes."""

    def __init__(self, current: Callable[[], KnowledgeBase | None]) -> None:
        self.current = current

    def collect(self) -> Iterator[Metric]:
        kb = self.current()
        if kb is None:
            return
        info = InfoMetricFamily("ledger_knowledge_base", "The knowledge base answering questions.")
        info.add_metric([], {"version": kb.version[:12]})
        yield info
        facts = GaugeMetricFamily("ledger_knowledge_base_facts", "Facts in the knowledge base.")
        facts.add_metric([], len(kb.facts))
        yield facts
        documents = GaugeMetricFamily("ledger_knowledge_base_documents", "Documents in the knowledge base.")
        documents.add_metric([], len(kb.documents))
        yield documents


class ArrivalsCollector(Collector):
    """What became of the interactions that must be acknowledged first (`bot.arrivals` counts them)."""

    def __init__(self, counts: Callable[[], Any]) -> None:
        self.counts = counts

    def collect(self) -> Iterator[Metric]:
        family = CounterMetricFamily(
            "ledger_interactions",
            "Interactions to acknowledge first: acknowledged, dropped (too old, or refused by Discord), "
            "refused_in_flight (the member already had a question in flight), worked, answered.",
            labels=["outcome"],
        )
        for outcome, count in dataclasses.asdict(self.counts()).items():
            family.add_metric([outcome], count)
        yield family


class BotMetrics:
    def __init__(
        self, current_kb: Callable[[], KnowledgeBase | None], arrivals: Callable[[], Any] | None = None
    ) -> None:
        self.registry = CollectorRegistry()
        self.questions = Counter(
            "ledger_questions", "Questions answered, by confidence band.", ["band"], registry=self.registry
        )
        self.answer_seconds = Histogram(
            "ledger_answer_seconds", "Time to work out an answer.", buckets=LATENCY_BUCKETS, registry=self.registry
        )
        self.refreshes = Counter(
            "ledger_refreshes", "Knowledge-base refreshes, by outcome.", ["outcome"], registry=self.registry
        )
        self.errors = Counter("ledger_errors", "Unexpected errors in commands and events.", registry=self.registry)
        self.interactions = Counter(
            "ledger_interactions_unanswered",
            "Interactions acknowledged too late for Discord, or dropped (refused or cut off at shutdown).",
            ["reason"],
            registry=self.registry,
        )
        self.registry.register(KnowledgeBaseCollector(current_kb))
        if arrivals is not None:
            self.registry.register(ArrivalsCollector(arrivals))

    def answered(self, answer: Answer, seconds: float) -> None:
        self.questions.labels(band=answer.band.value).inc()
        self.answer_seconds.observe(seconds)

    def refreshed(self, ok: bool) -> None:
        self.refreshes.labels(outcome="ok" if ok else "failed").inc()

    def unanswered(self, reason: str) -> None:
        self.interactions.labels(reason=reason).inc()

    def exposition(self) -> bytes:
        return generate_latest(self.registry)
