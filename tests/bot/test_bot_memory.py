from bot.memory import FollowUpMemory
from knowledge.models import Answer, Band


def answer(text: str, *, answered: bool = True) -> Answer:
    return Answer(
        question=text,
        answered=answered,
        band=Band.ANSWER if answered else Band.UNKNOWN,
        answer=text,
        confidence=0.9,
    )


def test_remembers_per_channel_and_user_and_expires():
    now = [0.0]
    memory = FollowUpMemory(ttl=60, clock=lambda: now[0])
    memory.remember(1, 10, answer("a"))
    assert memory.get(1, 10).question == "a"
    assert memory.get(2, 10) is None
    assert memory.get(1, 11) is None
    now[0] = 61
    assert memory.get(1, 10) is None
    assert len(memory) == 0


def test_is_bounded_least_recently_used_first():
    memory = FollowUpMemory(max_entries=2)
    memory.remember(1, 1, answer("one"))
    memory.remember(1, 2, answer("two"))
    memory.get(1, 1)  # touch: (1, 2) is now the oldest
    memory.remember(1, 3, answer("three"))
    assert memory.get(1, 2) is None
    assert memory.get(1, 1) is not None
    assert len(memory) == 2


def test_misses_are_not_remembered():
    memory = FollowUpMemory()
    memory.remember(1, 1, answer("a"))
    memory.remember(1, 1, answer("??", answered=False))
    assert memory.get(1, 1).question == "a"
