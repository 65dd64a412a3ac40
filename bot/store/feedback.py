"""Answers that carry vote buttons, the votes on them, and the questions the bot could not answer."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from bot.store.records import Gap, now
from bot.store.sql import Database


def voter_key(answer_id: str, user_id: int) -> str:
    # One vote per member and answer without keeping who voted.
    return hashlib.sha256(f"{answer_id}:{user_id}".encode()).hexdigest()[:32]


def gap_key(question: str) -> str:
    return " ".join(question.casefold().split())


class Feedback:
    def __init__(self, db: Database) -> None:
        self._db = db

    def record_answers(self, answers: Sequence[tuple[str, str, str, str, str]]) -> None:
        """Answers that carry vote buttons: (id, question, version, band, facts as JSON), in one transaction."""
        db = self._db
        with db._transaction() as cursor:
            for answer_id, question, version, band, facts in answers:
                db._execute(
                    cursor,
                    "INSERT INTO answers (id, question, version, band, facts, at) VALUES (?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT (id) DO NOTHING",
                    answer_id,
                    question,
                    version,
                    band,
                    facts,
                    now(),
                )

    def vote(self, answer_id: str, user_id: int, up: bool) -> bool:
        """Record (or change) a member's vote on an answer; False when the answer is unknown."""
        db = self._db
        with db._transaction() as cursor:
            db._execute(cursor, "SELECT 1 FROM answers WHERE id = ?", answer_id)
            if cursor.fetchone() is None:
                return False
            key = voter_key(answer_id, user_id)
            db._execute(cursor, "DELETE FROM votes WHERE answer_id = ? AND voter = ?", answer_id, key)
            db._execute(
                cursor,
                "INSERT INTO votes (answer_id, voter, up, at) VALUES (?, ?, ?, ?)",
                answer_id,
                key,
                1 if up else 0,
                now(),
            )
        return True

    def votes(self, answer_id: str) -> tuple[int, int]:
        rows = self._db._rows(
            "SELECT COALESCE(SUM(up), 0), COUNT(*) - COALESCE(SUM(up), 0) FROM votes WHERE answer_id = ?", answer_id
        )
        return int(rows[0][0]), int(rows[0][1])

    def answer_record(self, answer_id: str) -> tuple[str, str, str, str] | None:
        rows = self._db._rows("SELECT question, version, band, facts FROM answers WHERE id = ?", answer_id)
        return tuple(rows[0]) if rows else None  # type: ignore[return-value]

    def record_gaps(self, questions: Sequence[str]) -> None:
        """Questions the bot could not answer; never who asked."""
        db = self._db
        with db._transaction() as cursor:
            for question in questions:
                db._execute(
                    cursor,
                    "INSERT INTO gaps (question, question_key, at) VALUES (?, ?, ?)",
                    question,
                    gap_key(question),
                    now(),
                )

    def gaps(self, since: float, limit: int = 100) -> list[Gap]:
        rows = self._db._rows(
            "SELECT MIN(question), COUNT(*), MAX(at) FROM gaps WHERE at >= ? GROUP BY question_key "
            "ORDER BY COUNT(*) DESC, MAX(at) DESC LIMIT ?",
            since,
            limit,
        )
        return [Gap(question, int(count), float(last)) for question, count, last in rows]

    def purge(self, older_than: float) -> int:
        """Forget unanswered questions and answer records (with their votes) older than the retention limit."""
        db = self._db
        with db._transaction() as cursor:
            db._execute(cursor, "DELETE FROM gaps WHERE at < ?", older_than)
            removed = max(cursor.rowcount, 0)
            db._execute(
                cursor, "DELETE FROM votes WHERE answer_id IN (SELECT id FROM answers WHERE at < ?)", older_than
            )
            db._execute(cursor, "DELETE FROM answers WHERE at < ?", older_than)
        return removed
