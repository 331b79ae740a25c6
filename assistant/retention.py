"""Retention housekeeping shared by the query log and the expert queue: a cheap, thread-safe "is a
purge due?" check, so a long-running app purges old entries as it goes (at most once per
``PURGE_EVERY``), not only when a process starts. The clock is injectable, for tests."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Final

PURGE_EVERY: Final = timedelta(hours=1)

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


class Every:
    """``due()`` is True the first time it is asked, then again once ``interval`` has passed on
    ``clock`` since it last said True. Costs one clock read and a lock when not due."""

    def __init__(self, interval: timedelta = PURGE_EVERY, clock: Clock = utc_now) -> None:
        self.interval = interval
        self.clock = clock
        self._last: datetime | None = None
        self._lock = threading.Lock()

    def due(self) -> bool:
        now = self.clock()
        with self._lock:
            if self._last is not None and now - self._last < self.interval:
                return False
            self._last = now
            return True
