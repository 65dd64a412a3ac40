"""Logging set-up: one stderr handler, noisy libraries quietened, secrets redacted."""

from __future__ import annotations

import contextlib
import json
import logging
import sys
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime

FORMAT = "%(asctime)s %(levelname)-8s %(name)s: %(message)s"
# Standard LogRecord attributes; anything else on a record was passed with `extra=` and goes into the JSON.
_STANDARD = frozenset(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message", "asctime"}


class JsonFormatter(logging.Formatter):
    """One JSON object per line (LOG_FORMAT=json), for log collectors: time, level, logger, message, extras."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            entry["exception"] = record.exc_text
        for key, value in vars(record).items():
            if key not in _STANDARD and not key.startswith("_"):
                entry[key] = value if isinstance(value, str | int | float | bool | None) else repr(value)
        return json.dumps(entry, ensure_ascii=False)


class RedactFilter(logging.Filter):
    """Replace secrets in the formatted message and traceback (defence in depth: nothing should log them)."""

    def __init__(self, secrets: Iterable[str]) -> None:
        super().__init__()
        self.secrets = [secret for secret in secrets if secret]

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.secrets:
            return True
        message = record.getMessage()
        exc_text = record.exc_text
        if record.exc_info and not exc_text:
            exc_text = logging.Formatter().formatException(record.exc_info)
        redacted = message
        for secret in self.secrets:
            redacted = redacted.replace(secret, "[redacted]")
            exc_text = exc_text.replace(secret, "[redacted]") if exc_text else exc_text
        if redacted != message:
            record.msg, record.args = redacted, None
        if exc_text != record.exc_text:
            record.exc_text = exc_text
        return True


@contextlib.contextmanager
def logging_to_stderr(
    level: str | int = "INFO", *, secrets: Iterable[str] = (), json_lines: bool = False
) -> Iterator[logging.Handler]:
    """Send every record to stderr for the duration of the block, then restore the previous set-up."""
    root = logging.getLogger()
    http = logging.getLogger("discord.http")
    client = logging.getLogger("discord.client")
    saved = (root.level, http.level, client.level)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter() if json_lines else logging.Formatter(FORMAT))
    handler.addFilter(RedactFilter(secrets))
    root.addHandler(handler)
    root.setLevel(level)
    # discord.http logs every request at DEBUG; keep it at INFO even when the bot runs at DEBUG.
    http.setLevel(max(logging.INFO, root.level))
    # discord.client's only INFO line is "logging in using static token": noise before a rejected token's message.
    client.setLevel(max(logging.WARNING, root.level))
    try:
        yield handler
    finally:
        root.removeHandler(handler)
        root.setLevel(saved[0])
        http.setLevel(saved[1])
        client.setLevel(saved[2])
