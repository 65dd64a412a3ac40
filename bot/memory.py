"""Each member's last answer per channel, so "and europe?" can follow "how much does the US pay?"."""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable

from knowledge.models import Answer

Key = tuple[int, int]  # (channel id, user id)


class FollowUpMemory:
    """A bounded LRU with expiry; cheap enough to touch on every question."""

    def __init__(
        self, max_entries: int = 5000, ttl: float = 1800.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.max_entries = max_entries
        self.ttl = ttl
        self._clock = clock
        self._entries: OrderedDict[Key, tuple[float, Answer]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, channel_id: int, user_id: int) -> Answer | None:
        key = (channel_id, user_id)
        entry = self._entries.get(key)
        if entry is None:
            return None
        stored_at, answer = entry
        if self._clock() - stored_at > self.ttl:
            del self._entries[key]
            return None
        self._entries.move_to_end(key)
        return answer

    def remember(self, channel_id: int, user_id: int, answer: Answer) -> None:
        """Keep only answers worth following up on: a real answer, not chatter or a miss."""
        if not answer.answered:
            return
        key = (channel_id, user_id)
        self._entries[key] = (self._clock(), answer)
        self._entries.move_to_end(key)
        while len(self._entries) > self.max_entries:
            self._entries.popitem(last=False)

    def clear(self) -> None:
        self._entries.clear()
