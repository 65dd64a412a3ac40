"""Per-member cooldowns whose cost does not grow with the number of members.

discord.py's cooldown mappings sweep every bucket on every call, which is quadratic in a burst
from many members (2,000 distinct askers: 0.2 ms a question and growing). Here expired windows
are swept at most once per window, so a check is a dictionary lookup.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import TypeVar

import discord
from discord import app_commands

from bot.checks import channel_user_key, ledger

T = TypeVar("T")


@dataclass
class _Window:
    start: float
    used: int


class Cooldowns:
    """At most `rate` uses per `per` seconds for each key; a window opens at a key's first use."""

    def __init__(self, rate: int, per: float, clock: Callable[[], float] = time.time) -> None:
        self.rate = rate
        self.per = per
        self._clock = clock
        self._windows: dict[Hashable, _Window] = {}
        self._next_sweep = 0.0

    def __len__(self) -> int:
        return len(self._windows)

    def hit(self, key: Hashable, now: float | None = None) -> float:
        """Use one for `key`: 0.0 when allowed, else the seconds until it is."""
        now = self._clock() if now is None else now
        if now >= self._next_sweep:
            self._windows = {k: w for k, w in self._windows.items() if now < w.start + self.per}
            self._next_sweep = now + self.per
        window = self._windows.get(key)
        if window is None or now >= window.start + self.per:
            self._windows[key] = _Window(now, 1)
            return 0.0
        if window.used < self.rate:
            window.used += 1
            return 0.0
        return window.start + self.per - now


def question_cooldown() -> Callable[[T], T]:
    """COOLDOWN_QUESTIONS per COOLDOWN_SECONDS per member and channel; over it, `CommandOnCooldown`."""
    by_setting: dict[tuple[int, float], Cooldowns] = {}

    def check(interaction: discord.Interaction) -> bool:
        settings = ledger(interaction).settings
        rate, per = settings.cooldown_questions, settings.cooldown_seconds
        cooldowns = by_setting.setdefault((rate, per), Cooldowns(rate, per))
        retry_after = cooldowns.hit(channel_user_key(interaction), interaction.created_at.timestamp())
        if retry_after:
            raise app_commands.CommandOnCooldown(app_commands.Cooldown(rate, per), retry_after)
        return True

    return app_commands.check(check)
