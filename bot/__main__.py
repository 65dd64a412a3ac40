"""`python -m bot` runs the bot; `python -m bot --local` chats with it in the terminal, offline."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import signal
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import discord
from pydantic import ValidationError

from bot.health import EndpointError
from bot.log import logging_to_stderr
from bot.settings import Settings
from knowledge.snapshot import BuildError

log = logging.getLogger("bot")

MISSING_TOKEN = (
    "DISCORD_TOKEN is not set. Put the bot token from the Discord developer portal in the "
    "environment or in .env (see .env.example), or try the bot offline with `python -m bot --local`."
)
REJECTED_TOKEN = (
    "Discord rejected DISCORD_TOKEN. Copy the token again from the developer portal "
    "(Bot > Reset Token) and update your environment or .env."
)

PRIVILEGED_INTENTS = (
    "Discord refused the Message Content intent. Enable it under Bot > Privileged Gateway Intents "
    "in the developer portal (answer channels need it to read questions that don't mention the bot)."
)


def add_local_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-c",
        "--command",
        dest="lines",
        action="append",
        default=[],
        metavar="LINE",
        help="local mode: run this line (a question or a slash command such as '/sources') and exit; repeatable",
    )
    parser.add_argument(
        "--out",
        metavar="DIR",
        type=Path,
        default=Path(),
        help="local mode: where charts and other files the bot sends are saved (default: this folder)",
    )


def parse_args(argv: Sequence[str] | None, prog: str = "python -m bot") -> argparse.Namespace:
    if prog.endswith("local"):
        description = (
            "Chat with the real bot in this terminal against a local Discord stand-in: no token, no network. "
            "Every slash command works (type / to list them); other lines are asked as mentions."
        )
    elif prog.endswith("run"):
        description = "Run the bot on Discord until SIGTERM or SIGINT, which stop it gracefully."
    else:
        description = __doc__
    parser = argparse.ArgumentParser(
        prog=prog,
        description=description,
        epilog="Settings come from the environment or .env (see .env.example); local mode needs none.",
    )
    if prog == "python -m bot":
        parser.add_argument(
            "--local",
            action="store_true",
            help="chat with the bot in this terminal against a local Discord stand-in (type / for the commands)",
        )
    else:
        parser.set_defaults(local=prog.endswith("local"))
    if prog == "python -m bot" or prog.endswith("local"):
        add_local_options(parser)
    return parser.parse_args(argv)


def settings_problem(error: ValidationError) -> str:
    missing = [str(e["loc"][0]) for e in error.errors() if e["type"] == "missing" and e["loc"]]
    if "discord_token" in missing:
        return MISSING_TOKEN
    lines = [f"  {'.'.join(map(str, e['loc'])).upper() or 'settings'}: {e['msg']}" for e in error.errors()]
    return "Invalid configuration:\n" + "\n".join(lines)


async def run(settings: Settings, *, client_options: dict[str, Any] | None = None) -> None:
    """Run until Discord ends the session or SIGTERM / SIGINT asks for a graceful stop."""
    from bot.bot import create_bot  # noqa: PLC0415  # after logging is configured
    from bot.health import HealthServer  # noqa: PLC0415  # aiohttp's server parts, only when running

    bot = create_bot(settings, **(client_options or {}))
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    handled = []
    for signum in (signal.SIGTERM, signal.SIGINT):
        # Only the main thread can handle signals (tests run main() in a worker thread; Windows has none).
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
            loop.add_signal_handler(signum, stop.set)
            handled.append(signum)
    health = HealthServer(bot, settings.health_host, settings.health_port, settings.metrics_port)
    try:
        await health.start()
        async with bot:
            running = asyncio.create_task(bot.start(settings.discord_token.get_secret_value()))
            stopping = asyncio.create_task(stop.wait())
            await asyncio.wait({running, stopping}, return_when=asyncio.FIRST_COMPLETED)
            if not running.done():
                log.info("Stop requested: finishing the commands in flight (at most %.0f s)", settings.shutdown_timeout)
                if not bot.gateway_connected():
                    # Still starting: stop the start itself; closing then waits for the store work it began.
                    # Once the gateway is open, even before discord.py's `ready` (its wait for guilds), the
                    # start is what reads the gateway: it keeps running, so interactions already sent are
                    # still read and told the bot is restarting, and closing ends it.
                    running.cancel()
                    await asyncio.wait({running})
                await bot.shutdown(settings.shutdown_timeout)
            stopping.cancel()
            if not running.cancelled():
                await running  # its failure (a rejected token...) is the caller's to report
    finally:
        await health.stop()
        for signum in handled:
            loop.remove_signal_handler(signum)


def main(argv: Sequence[str] | None = None, prog: str = "python -m bot") -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if prog.endswith("local"):
        arguments = [a for a in arguments if a != "--local"]
    args = parse_args(arguments, prog)
    if args.local:
        from bot.local import main as local_main  # noqa: PLC0415

        return local_main(args.lines, args.out)
    settings = read_settings()
    if settings is None:
        return 2
    token = settings.discord_token.get_secret_value()
    secrets = [token, *([settings.database_dsn] if settings.database_dsn else [])]
    with logging_to_stderr(settings.log_level, secrets=secrets, json_lines=settings.log_format == "json"):
        return run_until_stopped(settings)


def read_settings() -> Settings | None:
    """The settings from the environment, or None once what is wrong with them has been said on stderr."""
    try:
        settings = Settings()  # type: ignore[call-arg]  # read from the environment
    except ValidationError as error:
        print(settings_problem(error), file=sys.stderr)
        return None
    if not settings.discord_token.get_secret_value().strip():
        print(MISSING_TOKEN, file=sys.stderr)
        return None
    return settings


def run_until_stopped(settings: Settings) -> int:
    """Run the bot; the exit code, with a one-line reason on stderr when it could not run."""
    try:
        asyncio.run(run(settings))
    except discord.LoginFailure:
        message = REJECTED_TOKEN
    except BuildError as error:
        message = f"Could not build the knowledge base from {settings.documents_dir}: {error}"
    except EndpointError as error:
        message = str(error)
    except (OSError, discord.GatewayNotFound) as error:  # aiohttp's connection errors are OSErrors
        message = f"Could not connect to Discord: {error}"
    except discord.PrivilegedIntentsRequired:
        message = PRIVILEGED_INTENTS
    except KeyboardInterrupt:
        return 0
    else:
        return 0
    print(message, file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
