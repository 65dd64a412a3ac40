"""Embeds and lines for knowledge-base changes, the audit log and the gaps (pure: no I/O)."""

from __future__ import annotations

import json
from collections.abc import Sequence

import discord

from bot.knowledge_service import RefreshResult
from bot.rendering import add_coverage_fields, fit_embed
from bot.store import AuditEntry, Gap
from bot.store.records import as_datetime
from bot.text import escape_user_text, shorten

DIFF_LINES = 15
TITLES = {
    "refresh": "Knowledge base refreshed",
    "upload": "Document added",
    "remove": "Document removed",
    "replace": "Document replaced",
    "import": "Documents imported",
}
VERBS = {
    "refresh": "refreshed the knowledge base",
    "upload": "uploaded",
    "remove": "removed",
    "replace": "replaced",
    "import": "imported the documents folder",
    "config": "changed the settings",
}


def change_embed(result: RefreshResult) -> discord.Embed:
    """The reply (and log-channel post) for a change: versions, counts and the facts that changed."""
    record = result.record
    diff = result.diff
    embed = discord.Embed(title=TITLES.get(record.action, "Knowledge base changed"), colour=discord.Colour.green())
    lines = []
    if result.staged is not None:
        lines.append(f"`{result.staged.name}`: {result.staged.facts} facts")
    elif record.document:
        lines.append(f"`{escape_user_text(record.document)}`")
    lines.append(f"`{result.old_version[:12]}` → `{result.new_version[:12]}`")
    lines.append(f"**{len(diff.added)}** added · **{len(diff.removed)}** removed · **{len(diff.changed)}** changed")
    if diff.is_empty:
        lines.append("No facts changed.")
    embed.description = "\n".join(lines)
    if not diff.is_empty:
        embed.add_field(name="Changes", value=shorten("\n".join(diff.summary_lines(DIFF_LINES)), 1024), inline=False)
    add_coverage_fields(embed, result.coverage)
    if result.staged is not None and result.staged.warnings:
        notes = "\n".join(f"• {escape_user_text(note)}" for note in result.staged.warnings)
        embed.add_field(name="Warnings", value=shorten(notes, 1024), inline=False)
    embed.set_footer(text=f"By {record.actor}")
    return fit_embed(embed)


def history_line(entry: AuditEntry) -> str:
    when = discord.utils.format_dt(as_datetime(entry.at), "f")
    who = escape_user_text(entry.actor)
    what = VERBS.get(entry.action, entry.action)
    if entry.document:
        what += f" `{escape_user_text(entry.document)}`"
    if not entry.ok:
        return shorten(f"{when} · {who} {what}: **failed**, {escape_user_text(entry.detail or '')}", 400)
    line = f"{when} · {who} {what}"
    if entry.new_version:
        line += f" · `{(entry.old_version or '')[:8] or '—'}` → `{entry.new_version[:8]}`"
        line += f" (+{entry.added} −{entry.removed} ~{entry.changed})"
    if entry.detail:
        line += f" · {escape_user_text(entry.detail)}"
    return shorten(line, 400)


def gap_lines(gaps: Sequence[Gap]) -> list[str]:
    return [
        f"**{gap.count}×** “{escape_user_text(shorten(gap.question, 150))}” · "
        f"last {discord.utils.format_dt(as_datetime(gap.last_asked), 'R')}"
        for gap in gaps
    ]


def gaps_jsonl(gaps: Sequence[Gap]) -> bytes:
    """A question set for `python -m knowledge eval`: each gap as a question the documents should abstain on.

    Moderators edit `expect` to the figures a new document should give, then run the set after adding it.
    """
    return "".join(
        json.dumps({"question": gap.question, "kind": "gap", "expect": "abstain"}, ensure_ascii=False) + "\n"
        for gap in gaps
    ).encode()
