"""Local mode's output: a bot message (a Discord payload) as terminal text, and the list of commands."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from knowledge.terminal import Source, render_text, source_lines

JSON = dict[str, Any]
SUB_COMMAND, SUB_COMMAND_GROUP = 1, 2
MAX_SOURCES = 10
FIELD_SOURCE = re.compile(r"^\[\d+\] (?P<title>.+)$")


def discord_markup(text: str, names: Mapping[int, str]) -> str:
    """Discord-only markup as a terminal shows it: mentions by name, timestamps as dates, code and links bare."""
    text = re.sub(r"<@!?(\d+)>", lambda m: "@" + names.get(int(m.group(1)), "someone"), text)
    text = re.sub(
        r"<t:(\d+)(?::\w)?>",
        lambda m: datetime.fromtimestamp(int(m.group(1)), UTC).strftime("%Y-%m-%d %H:%M UTC"),
        text,
    )
    text = re.sub(r"<(https?://[^>\s]+)>", r"\1", text)
    return re.sub(r"`([^`\n]+)`", r"\1", text)


def render_message(message: JSON, *, saved: Sequence[Path] = (), names: Mapping[int, str] | None = None) -> str:
    """A bot message (Discord payload) as terminal text: content, embeds, sources once, buttons, saved files."""
    lines: list[str] = []
    sources: list[Source] = []
    footers: list[str] = []

    def text(markdown: str) -> list[str]:
        return render_text(discord_markup(markdown, names or {}), sources)

    if message.get("content"):
        lines += text(message["content"])
    for embed in message.get("embeds") or []:
        if embed.get("title"):
            lines.append(f"== {' '.join(text(embed['title']))} ==")
        if embed.get("description"):
            lines += text(embed["description"])
        for field in embed.get("fields") or []:
            add_field(field, text, lines, sources)
        footer = (embed.get("footer") or {}).get("text")
        if footer:
            footers.append(f"({discord_markup(footer, names or {})})")
    if sources:
        lines += ["Sources:", *source_lines(sources[:MAX_SOURCES])]
        if len(sources) > MAX_SOURCES:
            lines.append(f"   … and {len(sources) - MAX_SOURCES} more")
    lines += footers
    lines += [f"Chart saved to {path}" for path in saved]
    labels = button_labels(message)
    if labels:
        lines.append("Buttons: " + " | ".join(f"[{number}] {label}" for number, label in enumerate(labels, 1)))
        if any(label.startswith("Next") for label in labels):
            lines.append("(n: next page, p: previous page)")
    return "\n".join(lines)


def add_field(field: JSON, text: Callable[[str], list[str]], lines: list[str], sources: list[Source]) -> None:
    """An embed field as lines; a source field is kept for the sources list at the end, once."""
    cited = FIELD_SOURCE.match(field["name"])
    if cited:
        locator, _, quote = field["value"].partition("\n")
        found = Source(cited["title"], locator.strip(), quote.strip().removeprefix("> ").strip("“”"))
        shown = any(found.locator in line for line in lines)  # a list row already cites it
        if not shown and all((s.title, s.locator) != (found.title, found.locator) for s in sources):
            sources.append(found)
        return
    value = text(field["value"])
    if len(value) == 1:
        lines.append(f"{' '.join(text(field['name']))}: {value[0]}")
    else:
        lines += [f"{' '.join(text(field['name']))}:", *(f"  {line}" for line in value)]


def buttons(message: JSON) -> list[JSON]:
    return [
        component
        for row in message.get("components") or []
        for component in row.get("components") or []
        if component.get("type") == 2 and component.get("custom_id") and not component.get("disabled")
    ]


def button_labels(message: JSON) -> list[str]:
    return [component.get("label") or "" for component in buttons(message)]


def command_listing(commands: Sequence[JSON]) -> str:
    """What `/` prints: every command the bot registered, with its options and description."""
    lines = ["Slash commands:"]
    for command in sorted(commands, key=lambda c: c["name"]):
        if command.get("type", 1) != 1:
            continue
        for path, options, description in leaves(command):
            usage = " ".join(f"[{o['name']}]" if not o.get("required") else o["name"].upper() for o in options)
            lines.append(f"  /{' '.join(path)} {usage}".rstrip().ljust(34) + f" {description}")
    lines.append("Anything else is asked as a message mentioning the bot.")
    return "\n".join(lines)


def leaves(command: JSON) -> list[tuple[list[str], list[JSON], str]]:
    options = command.get("options") or []
    if options and options[0]["type"] in (SUB_COMMAND, SUB_COMMAND_GROUP):
        found: list[tuple[list[str], list[JSON], str]] = []
        for option in options:
            found += [([command["name"], *path], opts, text) for path, opts, text in leaves(option)]
        return found
    return [([command["name"]], options, command.get("description", ""))]
