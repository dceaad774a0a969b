"""Prometheus text exposition of what the bot does: updates by kind, handler latency, errors, outbox depth,
messages sent by status and 429s seen. No client library needed for a handful of counters."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass
class Metrics:
    """Counters the bot updates as it runs (one instance per process, in the runtime)."""

    errors: Counter[str] = field(default_factory=Counter)
    sent: Counter[str] = field(default_factory=Counter)  # the outbox sender's outcomes
    telegram_429: Counter[str] = field(default_factory=Counter)  # by who got it: reply, push
    reply_retries: Counter[str] = field(default_factory=Counter)  # replies sent again after a 5xx or timeout
    malformed_updates: int = 0  # updates that could not be parsed and were skipped
    webhook_rejected: int = 0
    duplicate_updates: int = 0

    def count_429(self, source: str) -> None:
        self.telegram_429[source] += 1

    def render(self, *, handled: Counter[str], handler_seconds: float, outbox_depth: int | None,
               sent: Counter[str], leader: bool) -> str:
        lines: list[str] = []

        def metric(name: str, kind: str, help_text: str, samples: Iterable[tuple[str, float]]) -> None:
            lines.append(f"# HELP {name} {help_text}")
            lines.append(f"# TYPE {name} {kind}")
            lines.extend(f"{name}{labels} {value:g}" for labels, value in samples)

        metric("bot_updates_handled_total", "counter", "Updates handled, by kind.",
               [(f'{{kind="{k}"}}', v) for k, v in sorted(handled.items())] or [('{kind="message"}', 0)])
        lines += [
            "# HELP bot_handler_seconds Time spent handling updates.",
            "# TYPE bot_handler_seconds summary",
            f"bot_handler_seconds_sum {handler_seconds:g}",
            f"bot_handler_seconds_count {sum(handled.values())}",
        ]
        metric("bot_errors_total", "counter", "Errors while handling updates, by type.",
               [(f'{{type="{k}"}}', v) for k, v in sorted(self.errors.items())] or [('{type="none"}', 0)])
        metric("bot_webhook_rejected_total", "counter", "Webhook requests with a missing or wrong secret.",
               [("", self.webhook_rejected)])
        metric("bot_duplicate_updates_total", "counter", "Re-sent updates dropped as already processed.",
               [("", self.duplicate_updates)])
        if outbox_depth is not None:
            metric("bot_outbox_due", "gauge", "Deliveries due now and not yet sent.", [("", outbox_depth)])
        metric("bot_messages_sent_total", "counter", "Outbox messages by outcome.",
               [(f'{{status="{k}"}}', v) for k, v in sorted(sent.items())] or [('{status="sent"}', 0)])
        metric("bot_telegram_429_total", "counter", "429 Too Many Requests answers, by who got them (reply, push).",
               [(f'{{source="{k}"}}', v) for k, v in sorted(self.telegram_429.items())] or [('{source="push"}', 0)])
        metric("bot_reply_retries_total", "counter", "Replies sent again after a 5xx or a timeout, by method.",
               [(f'{{method="{k}"}}', v) for k, v in sorted(self.reply_retries.items())]
               or [('{method="sendMessage"}', 0)])
        metric("bot_malformed_updates_total", "counter", "Updates that could not be parsed and were skipped.",
               [("", self.malformed_updates)])
        metric("bot_outbox_leader", "gauge", "1 if this replica runs the outbox sender.", [("", int(leader))])
        return "\n".join(lines) + "\n"
