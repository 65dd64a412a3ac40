"""Store calls on threads: closing waits for those running, drops those queued and refuses new ones."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest

from bot.store_calls import ServiceClosed, StoreCalls


async def test_draining_waits_for_a_call_whose_awaiter_was_cancelled():
    calls = StoreCalls(workers=1)
    started, finished = threading.Event(), threading.Event()

    def slow() -> None:
        started.set()
        time.sleep(0.3)
        finished.set()

    waiting = asyncio.create_task(calls(slow))
    assert await asyncio.to_thread(started.wait, 5)
    waiting.cancel()  # a stop during start-up cancels the await; the thread runs on
    await asyncio.gather(waiting, return_exceptions=True)
    assert not finished.is_set()
    assert await calls.drain(timeout=5) == 0
    assert finished.is_set()


async def test_after_draining_no_call_is_taken_and_queued_ones_never_run():
    calls = StoreCalls(workers=1)
    gate, ran = threading.Event(), []
    first = asyncio.create_task(calls(gate.wait, 5))
    queued = asyncio.create_task(calls(ran.append, "queued"))
    await asyncio.sleep(0.05)
    draining = asyncio.create_task(calls.drain(timeout=5))
    await asyncio.sleep(0.05)
    gate.set()
    assert await draining == 0
    await asyncio.gather(first, queued, return_exceptions=True)
    assert ran == [] and queued.cancelled()
    with pytest.raises(ServiceClosed):
        await calls(ran.append, "late")


async def test_a_call_still_running_after_the_timeout_is_counted():
    calls = StoreCalls(workers=1)
    gate = threading.Event()
    task = asyncio.create_task(calls(gate.wait, 5))
    await asyncio.sleep(0.05)
    assert await calls.drain(timeout=0.1) == 1
    gate.set()
    await task
