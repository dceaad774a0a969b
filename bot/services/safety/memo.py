"""Each update's reading, kept by update id, so that one message is classified once however many places ask.

In webhook mode three places want to know what a message says: the intake (an urgent update is queued without
waiting on the database), the update processor (an urgent update skips the per-chat order) and the text handler
(which answers it). Each used to run the matcher on the same text. The first one to ask now classifies; the others
read the decision by update id, and the handler, the last to ask, takes it out.

Only the decision is kept (a Reading: help, stop or a disclosure's kind; or None), never the text, and only for
the newest `size` updates, so an update that never reaches the handler (a command, a group message) cannot make
the memo grow."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable

from bot.services.safety.matcher import Reading

KEPT_UPDATES = 10_000  # far more than the updates in flight at once: a decision is read within seconds


class ReadingMemo:
    def __init__(self, size: int = KEPT_UPDATES) -> None:
        self._size = size
        self._readings: OrderedDict[int, Reading | None] = OrderedDict()

    def __len__(self) -> int:
        return len(self._readings)

    def read(self, update_id: int | None, text: str, classify: Callable[[str], Reading | None]) -> Reading | None:
        """The update's reading: remembered if an earlier step classified it, else classified now and kept."""
        if update_id is None:
            return classify(text)
        if update_id in self._readings:
            return self._readings[update_id]
        reading = classify(text)
        self._readings[update_id] = reading
        if len(self._readings) > self._size:
            self._readings.popitem(last=False)
        return reading

    def take(self, update_id: int | None, text: str, classify: Callable[[str], Reading | None]) -> Reading | None:
        """As `read`, for the last step to ask: the decision is not kept afterwards."""
        if update_id is not None and update_id in self._readings:
            return self._readings.pop(update_id)
        return classify(text)
