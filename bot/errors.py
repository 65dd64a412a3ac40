"""Errors the bot raises and turns into friendly replies."""

from __future__ import annotations

from discord import app_commands


class NotModerator(app_commands.CheckFailure):
    """The member has neither Manage Server nor a configured moderator role."""


class NotKnowledgeBaseHome(app_commands.CheckFailure):
    """A write to the shared knowledge base from a server that does not own it."""


class RefreshInProgress(Exception):
    """Another `/kb refresh` holds the lock."""

    def __init__(self, started_by: str | None) -> None:
        self.started_by = started_by
        super().__init__(f"a refresh started by {started_by or 'someone'} is running")


class RefreshFailed(Exception):
    """Building the new knowledge base failed; the current one stays in place."""

    def __init__(self, reason: str, document: str | None = None) -> None:
        self.reason = reason
        self.document = document
        where = f" in {document}" if document else ""
        super().__init__(f"refresh failed{where}: {reason}")
