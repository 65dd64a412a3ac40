"""`python -m bot --local`: the real bot in a terminal, against the local Discord stand-in.

Every line goes through the same handlers as in Discord: a line starting with `/` runs that slash
command (`/ask`, `/help`, `/sources`, `/facts [topic]`, `/kb status`, `/kb refresh`, `/kb upload PATH`,
`/chart KIND [country] [year]`; `/` alone lists them), any other line is posted as a message
mentioning the bot. `n` / `p` page through the last list, a number clicks that button. Replies are
printed as plain text. No token, no network: the stand-in listens on 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import contextlib
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from bot.local_commands import LocalError, parse_options
from bot.local_text import buttons, command_listing, render_message
from bot.log import logging_to_stderr
from bot.settings import Settings
from discord_standin import DiscordStandIn, InteractionRecord, UnknownCommandError
from discord_standin.testing import running_bot
from knowledge.snapshot import BuildError

JSON = dict[str, Any]
REPLY_TIMEOUT = 30.0
BANNER = (
    "Alliance Ledger, local mode: no Discord account, no network.\n"
    "Ask a question (sent as a message mentioning the bot), or type / to list the slash commands.\n"
    "Ctrl-D to quit.\n"
)
NEXT, PREVIOUS = {"n", "next"}, {"p", "prev", "previous"}
SUB_COMMAND, SUB_COMMAND_GROUP = 1, 2


class LocalChat:
    """One person at a terminal, playing a server admin in the stand-in's guild."""

    def __init__(self, standin: DiscordStandIn, out_dir: Path) -> None:
        self.standin = standin
        self.user_id = standin.admin_id  # the owner trying their bot: may refresh and upload
        self.out_dir = out_dir
        self.last: JSON | None = None  # the last reply with buttons: n/p and numbers click them
        self.saved = 0

    def commands(self) -> list[JSON]:
        return self.standin.registered_commands(self.standin.guild_id) or self.standin.registered_commands()

    async def handle(self, line: str) -> str:
        try:
            if line == "/":
                return command_listing(self.commands())
            if line.startswith("/"):
                return await self.command(line[1:])
            if self.last is not None and (line.lower() in NEXT | PREVIOUS or line.isdigit()):
                return await self.click(line.lower())
            return await self.mention(line)
        except LocalError as error:
            return f"{error}. Type / to list the commands."
        except TimeoutError:
            return "(no reply from the bot)"

    async def command(self, text: str) -> str:
        words = text.split(maxsplit=2)
        if not words:
            return command_listing(self.commands())
        registered = {c["name"]: c for c in self.commands() if c.get("type", 1) == 1}
        command = registered.get(words[0].lower())
        if command is None:
            raise LocalError(f"there is no /{words[0]} command")
        path = [command["name"]]
        options = command.get("options") or []
        rest = text[len(words[0]) :].strip()
        if options and options[0]["type"] in (SUB_COMMAND, SUB_COMMAND_GROUP):
            sub = next((o for o in options if len(words) > 1 and o["name"] == words[1].lower()), None)
            if sub is None:
                names = " | ".join(o["name"] for o in options)
                raise LocalError(f"/{command['name']} needs one of: {names}")
            path.append(sub["name"])
            options = sub.get("options") or []
            rest = rest[len(words[1]) :].strip()
        values, files = parse_options(options, rest)
        try:
            interaction = await self.standin.invoke_command(
                path, values, user_id=self.user_id, attachments=files or None, bypass_permissions=True
            )
        except UnknownCommandError as error:
            raise LocalError(str(error)) from error
        return await self.reply_to(interaction)

    async def reply_to(self, interaction: InteractionRecord) -> str:
        response = await interaction.wait_response(timeout=REPLY_TIMEOUT)
        if response.type in (6, 7):  # the bot updated the message that was clicked
            return self.show(self.standin.message(int(interaction.payload["message"]["id"])))
        if response.type == 5:
            message = await interaction.wait_original(timeout=REPLY_TIMEOUT)
        else:
            message = interaction.original or (await interaction.wait_followups(1, timeout=REPLY_TIMEOUT))[-1]
        # A refusal after a "thinking…" placeholder (deleted) arrives as a private followup.
        if interaction.deleted_original and interaction.followups:
            message = interaction.followups[-1]
        return self.show(message)

    async def mention(self, line: str) -> str:
        standin = self.standin
        posted = await standin.post_message(None, self.user_id, f"<@{standin.bot_user_id}> {line}")

        def replies_to_post(message: JSON) -> bool:
            return (message.get("message_reference") or {}).get("message_id") == posted["id"]

        return self.show(await standin.wait_for_bot_message(timeout=REPLY_TIMEOUT, predicate=replies_to_post))

    async def click(self, key: str) -> str:
        assert self.last is not None
        found = buttons(self.last)
        if key.isdigit():
            index = int(key) - 1
            if not 0 <= index < len(found):
                raise LocalError(f"there is no button {key}")
            button = found[index]
        else:
            start = "Next" if key in NEXT else "◀"
            button = next((b for b in found if (b.get("label") or "").startswith(start)), None)
            if button is None:
                raise LocalError("there is no page that way")
        interaction = await self.standin.click(int(self.last["id"]), button["custom_id"], user_id=self.user_id)
        return await self.reply_to(interaction)

    def show(self, message: JSON) -> str:
        self.last = message if buttons(message) else None
        names = {user.id: user.global_name or user.username for user in self.standin.world.users.values()}
        return render_message(message, saved=self.save_attachments(message), names=names)

    def save_attachments(self, message: JSON) -> list[Path]:
        paths: list[Path] = []
        for attachment in message.get("attachments") or []:
            self.saved += 1
            stem, _, suffix = attachment["filename"].rpartition(".")
            path = self.out_dir / f"{stem or 'file'}-{self.saved}.{suffix or 'bin'}"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(self.standin.attachment_bytes(attachment))
            paths.append(path.resolve())
        return paths


async def chat(
    stdin: TextIO,
    stdout: TextIO,
    make_settings: Callable[[DiscordStandIn], Settings],
    *,
    lines: Sequence[str] = (),
    out_dir: Path = Path(),
) -> int:
    from bot.bot import create_bot  # noqa: PLC0415  # heavy import after logging is configured

    async with DiscordStandIn() as standin:
        settings = make_settings(standin)
        async with running_bot(lambda: create_bot(settings, guild_ready_timeout=0.05), standin, timeout=60):
            session = LocalChat(standin, out_dir)
            interactive = not lines and stdin.isatty()
            if interactive:
                stdout.write(BANNER)
                with contextlib.suppress(ImportError):  # not on Windows
                    import readline  # noqa: F401, PLC0415  # input() edits lines and keeps history
            pending = list(lines)
            while True:
                if lines:
                    if not pending:
                        break
                    line = pending.pop(0)
                elif interactive and stdin is sys.stdin and stdout is sys.stdout:
                    try:  # input() gives line editing and history (readline) at a real terminal
                        line = await asyncio.to_thread(input, "> ")
                    except EOFError:
                        stdout.write("\n")
                        break
                else:
                    if interactive:
                        stdout.write("> ")
                        stdout.flush()
                    line = await asyncio.to_thread(stdin.readline)
                    if line == "":
                        break
                question = line.strip()
                if not question:
                    continue
                if not interactive:  # a transcript: which reply answers which line
                    stdout.write(f"> {question}\n")
                stdout.write(await session.handle(question) + "\n\n")
                stdout.flush()
    return 0


def local_settings(standin: DiscordStandIn) -> Settings:
    """The environment's settings (data folder, documents, snapshot...) with the stand-in's guild and token."""
    return Settings(  # type: ignore[call-arg]  # the rest comes from the environment
        discord_token=standin.token,
        discord_guild_ids=(standin.guild_id,),
        kb_admin_guild_ids=(standin.guild_id,),
        answer_channel_ids=(),
        # One person typing at a terminal is not a flood; don't make them wait.
        cooldown_questions=1_000_000,
    )


def main(lines: Sequence[str] = (), out_dir: Path = Path()) -> int:
    with logging_to_stderr("WARNING"):
        try:
            return asyncio.run(chat(sys.stdin, sys.stdout, local_settings, lines=lines, out_dir=out_dir))
        except BuildError as error:
            print(f"Could not build the knowledge base: {error}", file=sys.stderr)
            return 1
        except OSError as error:  # no network here: this is the data folder (the store opens in it)
            print(f"Could not use the data folder: {error.strerror or error}: {error.filename}", file=sys.stderr)
            return 1
        except KeyboardInterrupt:
            return 0
        finally:
            with contextlib.suppress(BrokenPipeError):
                sys.stdout.flush()
