"""What the bot does, for Prometheus (GET /metrics), through prometheus_client: updates by kind, handler latency
and Bot API call durations as histograms (so a p95 can be alerted on), errors, outbox depth and outcomes, 429s,
retries, and the process's own CPU, memory and file descriptors.

Each Runtime has its own registry (never the library's global one), so tests and several runtimes in one process
do not clash. Labels are only kinds, types, statuses and method names: never text, never an id."""

from __future__ import annotations

from collections.abc import Iterator

from prometheus_client import (
    CollectorRegistry,
    Counter,
    GCCollector,
    Histogram,
    PlatformCollector,
    ProcessCollector,
    disable_created_metrics,
    generate_latest,
)
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
HANDLER_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)
API_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)
SEND_OUTCOMES = ("sent", "failed", "blocked", "retry", "uncertain")

# The `_created` timestamp series double the output and are read by nothing we run.
disable_created_metrics()


class _ScrapeTimeGauges(Collector):
    """Values known only when /metrics is read: the outbox depth (left out when the database does not answer, so
    an alert sees "absent" rather than a stale number) and whether this replica leads the sender."""

    def __init__(self) -> None:
        self.outbox_due: int | None = None
        self.leader = False

    def collect(self) -> Iterator[Metric]:
        if self.outbox_due is not None:
            yield GaugeMetricFamily("bot_outbox_due", "Deliveries due now and not yet sent.", value=self.outbox_due)
        yield GaugeMetricFamily("bot_outbox_leader", "1 if this replica runs the outbox sender.",
                                value=int(self.leader))

    def describe(self) -> Iterator[Metric]:
        return iter(())


class Metrics:
    """The counters and histograms the bot updates as it runs (one instance per runtime)."""

    def __init__(self) -> None:
        self.registry = registry = CollectorRegistry()
        ProcessCollector(registry=registry)
        PlatformCollector(registry=registry)
        GCCollector(registry=registry)
        self._scraped = _ScrapeTimeGauges()
        registry.register(self._scraped)
        self._updates = Counter("bot_updates_handled", "Updates handled, by kind.", ["kind"], registry=registry)
        self._handler_seconds = Histogram("bot_handler_seconds", "Time spent handling one update.",
                                          buckets=HANDLER_BUCKETS, registry=registry)
        self._api_seconds = Histogram("bot_telegram_api_seconds",
                                      "Bot API call durations, by method and caller (reply, push).",
                                      ["method", "source"], buckets=API_BUCKETS, registry=registry)
        self._errors = Counter("bot_errors", "Errors while handling updates, by type.", ["type"], registry=registry)
        self._webhook_rejected = Counter("bot_webhook_rejected", "Webhook requests with a missing or wrong secret.",
                                         registry=registry)
        self._duplicates = Counter("bot_duplicate_updates", "Re-sent updates dropped as already processed.",
                                   registry=registry)
        self._sent = Counter("bot_messages_sent", "Outbox messages by outcome.", ["status"], registry=registry)
        self._429 = Counter("bot_telegram_429", "429 Too Many Requests answers, by who got them (reply, push).",
                            ["source"], registry=registry)
        self._retries = Counter("bot_reply_retries", "Replies sent again after a 5xx or a timeout, by method.",
                                ["method"], registry=registry)
        self._malformed = Counter("bot_malformed_updates", "Updates that could not be parsed and were skipped.",
                                  registry=registry)
        for status in SEND_OUTCOMES:  # zero rather than absent, so rates work from the first scrape
            self._sent.labels(status)
        for source in ("reply", "push"):
            self._429.labels(source)

    # --- what the code reports ------------------------------------------------------------------------

    def observe_update(self, kind: str, seconds: float) -> None:
        self._updates.labels(kind).inc()
        self._handler_seconds.observe(seconds)

    def observe_api_call(self, method: str, source: str, seconds: float) -> None:
        self._api_seconds.labels(method, source).observe(seconds)

    def count_error(self, error_type: str) -> None:
        self._errors.labels(error_type).inc()

    def count_sent(self, status: str, n: int = 1) -> None:
        if n:
            self._sent.labels(status).inc(n)

    def count_429(self, source: str) -> None:
        self._429.labels(source).inc()

    def count_reply_retry(self, method: str) -> None:
        self._retries.labels(method).inc()

    def count_malformed_update(self) -> None:
        self._malformed.inc()

    def count_webhook_rejected(self) -> None:
        self._webhook_rejected.inc()

    def count_duplicate_update(self) -> None:
        self._duplicates.inc()

    # --- reading ----------------------------------------------------------------------------------------

    def value(self, name: str, **labels: str) -> float:
        """One sample's current value (0 when it was never counted), e.g. value("bot_telegram_429_total",
        source="reply")."""
        return self.registry.get_sample_value(name, labels) or 0.0

    def by_label(self, name: str, label: str) -> dict[str, float]:
        """A labelled counter's non-zero values, e.g. by_label("bot_errors_total", "type")."""
        return {sample.labels[label]: sample.value for family in self.registry.collect() for sample in family.samples
                if sample.name == name and sample.value}

    def render(self, *, outbox_depth: int | None, leader: bool) -> bytes:
        """The Prometheus text exposition, with the values known only now."""
        self._scraped.outbox_due, self._scraped.leader = outbox_depth, leader
        return generate_latest(self.registry)
