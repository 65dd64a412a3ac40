"""Logging set-up: one stderr handler, noisy libraries quietened, secrets redacted."""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Iterable, Iterator

FORMAT = "%(asctime)s %(levelname)-8s %(name)s: %(message)s"


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
def logging_to_stderr(level: str | int = "INFO", *, secrets: Iterable[str] = ()) -> Iterator[logging.Handler]:
    """Send every record to stderr for the duration of the block, then restore the previous set-up."""
    root = logging.getLogger()
    http = logging.getLogger("discord.http")
    saved = (root.level, http.level)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(RedactFilter(secrets))
    root.addHandler(handler)
    root.setLevel(level)
    # discord.http logs every request at DEBUG; keep it at INFO even when the bot runs at DEBUG.
    http.setLevel(max(logging.INFO, root.level))
    try:
        yield handler
    finally:
        root.removeHandler(handler)
        root.setLevel(saved[0])
        http.setLevel(saved[1])
