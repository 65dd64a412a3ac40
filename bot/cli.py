"""`alliance-ledger`: the one console script, `run` and `local` for the bot beside the knowledge commands."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

PROG = "alliance-ledger"
BOT_COMMANDS = {"run", "local"}


def parser() -> argparse.ArgumentParser:
    from bot.__main__ import add_local_options  # noqa: PLC0415  # keep `--help` light
    from knowledge.__main__ import EXIT_HELP, add_commands  # noqa: PLC0415

    root = argparse.ArgumentParser(
        prog=PROG,
        description="Alliance Ledger: a Discord bot answering questions on NATO defence spending with cited figures.",
        epilog=f"Run `{PROG} COMMAND --help` for each command's options.\n\n{EXIT_HELP}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = root.add_subparsers(dest="command", required=True, metavar="COMMAND")
    commands.add_parser(
        "run",
        help="run the bot on Discord (DISCORD_TOKEN from the environment or .env)",
        description="Run the bot on Discord. Settings come from the environment or .env; see .env.example.",
    )
    local = commands.add_parser(
        "local",
        help="try the bot in this terminal against a local Discord stand-in: no token, no network",
        description="Chat with the real bot in this terminal; every slash command works. Type / to list them.",
    )
    add_local_options(local)
    add_commands(commands)
    return root


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments and arguments[0] in BOT_COMMANDS:
        from bot.__main__ import main as bot_main  # noqa: PLC0415

        command, rest = arguments[0], arguments[1:]
        return bot_main(["--local", *rest] if command == "local" else rest, prog=f"{PROG} {command}")
    if not arguments or arguments[0].startswith("-"):
        parser().parse_args(arguments)  # --help, or a usage error naming every command
    from knowledge.__main__ import main as knowledge_main  # noqa: PLC0415

    return knowledge_main(arguments, prog=PROG)


if __name__ == "__main__":
    sys.exit(main())
