"""In a kernel the look-ahead runs in the background, one slice per event-loop callback,
so that a control change is handled without waiting for the whole look-ahead, and the
settings around the newest position are computed first (widgets/views/base.py)."""

from __future__ import annotations

import asyncio

import widgets
from widgets.views.lookahead import reachable
from widgets.views.plot_pane import settings_key


def _one_key_away(widget) -> set[str]:
    return {
        settings_key(widget._controls, {i: setting})
        for i, control in enumerate(widget._controls)
        for setting, _ in reachable(control, moved=control is widget._moved)
    }


async def _drain(widget, limit: int = 2000) -> int:
    for n in range(limit):
        if not widget._ahead_scheduled:
            return n
        await asyncio.sleep(0)
    raise AssertionError("the look-ahead never finished")


def test_lookahead_is_sliced_and_newest_first():
    async def main():
        explorer = widgets.compression_explorer()
        first = _one_key_away(explorer)  # what the constructor's look-ahead is for
        sent: list[list[str]] = []
        pane_send = explorer.pane.send_ahead

        def record(states):
            sent.append(list(states))
            pane_send(states)

        explorer.pane.send_ahead = record
        # the constructor only schedules the look-ahead; it runs once the loop is free
        assert explorer._ahead_scheduled and not sent
        await asyncio.sleep(0)
        assert len(sent) == 1, "one slice per callback"
        # a learner moves the duration slider while the first look-ahead is under way
        before = len(sent)
        explorer.minutes.value += 1
        assert len(sent) == before, "the change handler must not compute the look-ahead"
        await asyncio.sleep(0)
        nearest = settings_key(explorer._controls, {1: reachable(explorer.minutes, True)[0][0]})
        assert sent[before][0] == nearest, "the newest position's neighbours go first"
        slices = await _drain(explorer)
        assert slices > 3, "the look-ahead should take several slices"
        # every setting one key press from the final position is in the browser, and the
        # interrupted first look-ahead was finished too
        assert all(explorer.pane.knows(k) for k in _one_key_away(explorer))
        assert all(explorer.pane.knows(k) for k in first)

    asyncio.run(main())


def test_without_an_event_loop_the_lookahead_is_done_at_once():
    explorer = widgets.compression_explorer()
    assert not explorer._ahead_scheduled
    assert all(explorer.pane.knows(k) for k in _one_key_away(explorer))
