"""`python -m bot --local`: chat with the real bot in a terminal, against the local Discord stand-in.

Each line is posted by a member as a message mentioning the bot (or run as `/ask` when it starts
with `/ask `); the bot's reply is printed as plain text. No token, no network: the stand-in
listens on 127.0.0.1 and discord.py is pointed at it.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import sys
from collections.abc import Callable
from typing import Any, TextIO

from bot.log import logging_to_stderr
from bot.settings import Settings
from bot.standin import DiscordStandIn
from bot.standin.testing import running_bot

JSON = dict[str, Any]
ASK_PREFIX = "/ask "
REPLY_TIMEOUT = 10.0
BANNER = (
    "Alliance Ledger, local mode: no Discord account, no network.\n"
    "Type a question (it is sent as a message mentioning the bot), or `/ask <question>`.\n"
    "Ctrl-D to quit.\n"
)


_EMPHASIS = re.compile(r"(\*\*|__|~~)(.+?)\1|(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])")
_ESCAPE = re.compile(r"\\([\\*_`~|>#-])")


def plain(markdown: str) -> str:
    """Discord Markdown as terminal text: emphasis markers and backslash escapes removed."""
    escaped: list[str] = []

    def hide(match: re.Match[str]) -> str:
        escaped.append(match.group(1))
        return f"\ue000{len(escaped) - 1}\ue001"

    text = _ESCAPE.sub(hide, markdown)
    text = _EMPHASIS.sub(lambda m: m.group(2) or m.group(3), text)
    return re.sub("\ue000(\\d+)\ue001", lambda m: escaped[int(m.group(1))], text)


def render_message(message: JSON) -> str:
    """A bot message (Discord payload) as readable text: content, embeds, buttons."""
    lines: list[str] = []
    if message.get("content"):
        lines.append(plain(message["content"]))
    for embed in message.get("embeds") or []:
        if embed.get("title"):
            lines.append(f"== {plain(embed['title'])} ==")
        if embed.get("description"):
            lines.append(plain(embed["description"]))
        for field in embed.get("fields") or []:
            lines.append(f"{plain(field['name'])}: {plain(field['value'])}")
        footer = (embed.get("footer") or {}).get("text")
        if footer:
            lines.append(f"({footer})")
    labels = [
        component.get("label")
        for row in message.get("components") or []
        for component in row.get("components") or []
        if component.get("label")
    ]
    if labels:
        lines.append("Buttons: " + " | ".join(f"[{label}]" for label in labels))
    return "\n".join(lines)


async def ask_line(standin: DiscordStandIn, line: str, user_id: int) -> str:
    if line.startswith(ASK_PREFIX):
        interaction = await standin.invoke_command(
            "ask", {"question": line[len(ASK_PREFIX) :].strip() or "?"}, user_id=user_id
        )
        await interaction.wait_response(timeout=REPLY_TIMEOUT)
        if interaction.original is None and interaction.followups:
            return render_message(interaction.followups[-1])
        return render_message(await interaction.wait_original(timeout=REPLY_TIMEOUT))
    posted = await standin.post_message(None, user_id, f"<@{standin.bot_user_id}> {line}")

    def replies_to_post(message: JSON) -> bool:
        reference = message.get("message_reference") or {}
        return reference.get("message_id") == posted["id"]

    reply = await standin.wait_for_bot_message(timeout=REPLY_TIMEOUT, predicate=replies_to_post)
    return render_message(reply)


async def chat(stdin: TextIO, stdout: TextIO, make_settings: Callable[[DiscordStandIn], Settings]) -> int:
    from bot.bot import create_bot  # noqa: PLC0415  # heavy import after logging is configured

    async with DiscordStandIn() as standin:
        settings = make_settings(standin)
        async with running_bot(lambda: create_bot(settings, guild_ready_timeout=0.05), standin, timeout=30):
            if stdin.isatty():
                stdout.write(BANNER)
            while True:
                if stdin.isatty():
                    stdout.write("> ")
                    stdout.flush()
                line = await asyncio.to_thread(stdin.readline)
                if line == "":
                    break
                question = line.strip()
                if not question:
                    continue
                try:
                    reply = await ask_line(standin, question, standin.member_id)
                except TimeoutError:
                    reply = "(no reply from the bot)"
                stdout.write(reply + "\n\n")
                stdout.flush()
    return 0


def local_settings(standin: DiscordStandIn) -> Settings:
    """The environment's settings (documents, snapshot path...) with the stand-in's guild and token."""
    return Settings(  # type: ignore[call-arg]  # the rest comes from the environment
        discord_token=standin.token,
        discord_guild_ids=(standin.guild_id,),
        answer_channel_ids=(),
        # One person typing at a terminal is not a flood; don't make them wait.
        cooldown_questions=1_000_000,
    )


def main() -> int:
    with logging_to_stderr("WARNING"):
        try:
            return asyncio.run(chat(sys.stdin, sys.stdout, local_settings))
        except KeyboardInterrupt:
            return 0
        finally:
            with contextlib.suppress(BrokenPipeError):
                sys.stdout.flush()
