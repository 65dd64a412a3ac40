"""Local mode's input: the words typed after a slash command as the command's options."""

from __future__ import annotations

import re
import shlex
from collections.abc import Sequence
from pathlib import Path
from typing import Any

JSON = dict[str, Any]
# Option types of Discord's application commands that local mode fills in.
STRING, INTEGER, NUMBER, ATTACHMENT = 3, 4, 10, 11


class LocalError(Exception):
    """A line local mode cannot turn into a command; the message says how to fix it."""


def parse_options(options: Sequence[JSON], text: str) -> tuple[dict[str, Any], dict[str, tuple[str, bytes]]]:
    """The words after a command as its options: `name:value` as in Discord, or in order as people type them."""
    values: dict[str, Any] = {}
    files: dict[str, tuple[str, bytes]] = {}
    pairs, words = option_pairs(options, text)
    for option, value in pairs:
        store_option(option, value, values, files)
    if words:
        raise LocalError(f"did not understand {' '.join(words)!r}")
    missing = [o["name"] for o in options if o.get("required") and o["name"] not in values and o["name"] not in files]
    if missing:
        raise LocalError("missing " + ", ".join(missing))
    return values, files


def option_pairs(options: Sequence[JSON], text: str) -> tuple[list[tuple[JSON, str]], list[str]]:
    """Each option given with its value, and the words no option took."""
    named = {o["name"]: o for o in options}
    keyed = re.findall(r"(\w+):(\"[^\"]*\"|\S+)", text)
    if keyed and all(name in named for name, _ in keyed):
        pairs = [(named[name], value.strip('"')) for name, value in keyed]
        words: list[str] = []
    elif len(options) == 1 and options[0]["type"] == STRING and not options[0].get("choices"):
        pairs = [(options[0], text)] if text else []  # a question or topic, exactly as typed
        words = []
    else:
        pairs = []
        try:
            words = shlex.split(text)  # "United Kingdom" in quotes stays one value
        except ValueError:  # an apostrophe or an unclosed quote: plain words then
            words = text.split()
    for option in options:
        if words:
            value = take_word(option, words, last=option is options[-1] or len(options) == 1)
            if value is not None:
                pairs.append((option, value))
    return pairs, words


def store_option(option: JSON, value: str, values: dict[str, Any], files: dict[str, tuple[str, bytes]]) -> None:
    """One option's value as its type: a file's bytes, a whole number, a number or a choice."""
    if option["type"] == ATTACHMENT:
        path = Path(value).expanduser()
        try:
            files[option["name"]] = (path.name, path.read_bytes())
        except OSError as error:
            raise LocalError(f"cannot read {path}: {error.strerror or error}") from error
    elif option["type"] == INTEGER:
        if not str(value).lstrip("-").isdigit():
            raise LocalError(f"{option['name']} must be a whole number, not {value!r}")
        values[option["name"]] = int(value)
    elif option["type"] == NUMBER:
        values[option["name"]] = float(value)
    else:
        values[option["name"]] = choice_value(option, str(value))


def take_word(option: JSON, words: list[str], *, last: bool) -> str | None:
    if option["type"] in (INTEGER, NUMBER):
        for index, word in enumerate(words):
            if re.fullmatch(r"-?\d+(\.\d+)?", word):
                return words.pop(index)
        return None
    if option.get("choices"):
        for size in range(len(words), 0, -1):
            candidate = " ".join(words[:size])
            if any(matches_choice(choice, candidate) for choice in option["choices"]):
                del words[:size]
                return candidate
        return words.pop(0)
    if last or option["type"] == ATTACHMENT:
        text = " ".join(words)
        words.clear()
        return text
    # Words up to the next number: "/chart trend United Kingdom 2020" gives country "United Kingdom".
    taken: list[str] = []
    while words and not re.fullmatch(r"-?\d+(\.\d+)?", words[0]):
        taken.append(words.pop(0))
    return " ".join(taken) or None


def matches_choice(choice: JSON, text: str) -> bool:
    wanted = text.casefold()
    return wanted in (str(choice["value"]).casefold(), choice["name"].casefold())


def choice_value(option: JSON, text: str) -> Any:
    choices = option.get("choices")
    if not choices:
        return text
    for choice in choices:
        if matches_choice(choice, text):
            return choice["value"]
    known = ", ".join(str(choice["value"]) for choice in choices)
    raise LocalError(f"{option['name']} must be one of {known}")
