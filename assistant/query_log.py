"""The local query log: one row per question asked in the chat, plus the patient's thumbs up/down.

What is kept: the question text, when it was asked, the decision and safety level, the cited
sources, the best score and the server-side latency. Never contact details (those only ever go to
the expert queue, and only with consent). SQLite in WAL mode with ``secure_delete`` on; one short
connection per call, and a lock, so one ``QueryLog`` can be shared by every Streamlit session thread.

Retention: given ``retention_days``, the log deletes entries older than that when it is opened and
then, as questions are recorded, at most once an hour (``assistant.retention.PURGE_EVERY``), so a
long-running app keeps to the retention period without a restart."""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from assistant.answers import Answer
from assistant.errors import AssistantError
from assistant.retention import PURGE_EVERY, Clock, Every, utc_now

logger = logging.getLogger("assistant.query_log")

FEEDBACK_DOWN = 0  # the values ``st.feedback("thumbs")`` returns
FEEDBACK_UP = 1
FEEDBACK_VALUES = (FEEDBACK_DOWN, FEEDBACK_UP)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS queries (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    asked_at TEXT NOT NULL,           -- ISO 8601, UTC
    question TEXT NOT NULL,
    search_query TEXT,                -- the question as rewritten from the conversation, if it was
    decision TEXT NOT NULL,
    safety TEXT NOT NULL,
    safety_category TEXT,
    reason TEXT NOT NULL DEFAULT '',
    sources TEXT NOT NULL,            -- JSON list of cited record sources, best first
    top_score REAL,                   -- cosine of the best citation; NULL when nothing was cited
    latency_ms REAL NOT NULL,
    feedback INTEGER,                 -- 1 thumbs up, 0 thumbs down, NULL none
    feedback_at TEXT
);
CREATE INDEX IF NOT EXISTS queries_asked_at ON queries (asked_at);
"""


class QueryLogError(AssistantError):
    """The query log could not be read or written."""


@dataclass(frozen=True)
class LogEntry:
    id: int
    asked_at: datetime
    question: str
    decision: str
    safety: str
    safety_category: str | None
    reason: str
    sources: tuple[str, ...]
    top_score: float | None
    latency_ms: float
    feedback: int | None = None
    feedback_at: datetime | None = None
    search_query: str | None = None


def _stamp(when: datetime) -> str:
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC).isoformat(timespec="microseconds")


def _day(d: date) -> str:
    return d.isoformat()


class QueryLog:
    def __init__(
        self,
        db_path: Path | str,
        *,
        retention_days: int | None = None,
        purge_every: timedelta = PURGE_EVERY,
        clock: Clock = utc_now,
    ) -> None:
        """``retention_days``: purge entries older than this on opening and then periodically while
        recording (None: only when ``purge_older_than`` is called)."""
        if retention_days is not None and retention_days < 0:
            raise ValueError("retention_days must be zero or more")
        self.path = Path(db_path)
        self.retention_days = retention_days
        self._clock = clock
        self._purge_due = Every(purge_every, clock)
        self._lock = threading.Lock()
        try:
            with self._connect():
                pass
        except (OSError, sqlite3.Error) as exc:
            raise QueryLogError(f"can't open the query log at {self.path}: {exc}") from exc
        self.purge_if_due()

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.path, timeout=15)
        try:
            # Cheap, and it brings back a log whose file was removed while the app was running.
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA secure_delete=ON")  # deleted questions don't linger in free pages
            conn.executescript(_SCHEMA)
            with conn:  # commit on success, roll back on error
                yield conn
        finally:
            conn.close()

    @contextmanager
    def _session(self, what: str) -> Iterator[sqlite3.Connection]:
        with self._lock:
            try:
                with self._connect() as conn:
                    yield conn
            except (OSError, sqlite3.Error) as exc:
                raise QueryLogError(f"can't {what} the query log at {self.path}: {exc}") from exc

    def record(self, answer: Answer, latency_ms: float, *, at: datetime | None = None) -> int:
        """Log one asked question; returns the row id (for ``set_feedback``)."""
        sources = [c.source for c in answer.citations]
        top = max((c.score for c in answer.citations), default=None)
        search_query = answer.search_query if answer.search_query != answer.question else None
        with self._session("write to") as conn:
            cursor = conn.execute(
                "INSERT INTO queries (asked_at, question, search_query, decision, safety, safety_category,"
                " reason, sources, top_score, latency_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    _stamp(at or self._clock()),
                    answer.question,
                    search_query,
                    answer.decision,
                    answer.safety,
                    answer.safety_category,
                    answer.reason,
                    json.dumps(sources),
                    None if top is None else float(top),
                    float(latency_ms),
                ),
            )
            row_id = cursor.lastrowid
        assert row_id is not None
        self.purge_if_due()
        return int(row_id)

    def set_feedback(self, row_id: int, value: int | None) -> None:
        """Thumbs up (1) or down (0) for a logged question; None clears it."""
        if value is not None and value not in FEEDBACK_VALUES:
            raise ValueError(f"feedback must be one of {FEEDBACK_VALUES} or None, not {value!r}")
        with self._session("write to") as conn:
            found = conn.execute(
                "UPDATE queries SET feedback = ?, feedback_at = ? WHERE id = ?",
                (value, None if value is None else _stamp(self._clock()), row_id),
            ).rowcount
        if not found:
            raise QueryLogError(f"no query log entry {row_id} (it may have been deleted)")

    def entries(self, since: date | None = None, until: date | None = None) -> list[LogEntry]:
        """Entries asked on ``since`` .. ``until`` (UTC days, both inclusive), oldest first."""
        where: list[str] = []
        params: list[str] = []
        if since is not None:
            where.append("asked_at >= ?")
            params.append(_day(since))
        if until is not None:
            where.append("asked_at < ?")
            params.append(_day(until + timedelta(days=1)))
        sql = "SELECT * FROM queries"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY asked_at, id"
        with self._session("read") as conn:
            conn.row_factory = sqlite3.Row
            rows = conn.execute(sql, params).fetchall()
        return [_entry(row) for row in rows]

    def get(self, row_id: int) -> LogEntry | None:
        with self._session("read") as conn:
            conn.row_factory = sqlite3.Row
            row = conn.execute("SELECT * FROM queries WHERE id = ?", (row_id,)).fetchone()
        return None if row is None else _entry(row)

    def delete(self, row_id: int) -> bool:
        """Remove one entry for good (overwritten, WAL checkpointed); False if there was none."""
        with self._session("delete from") as conn:
            found = conn.execute("DELETE FROM queries WHERE id = ?", (row_id,)).rowcount > 0
        if found:
            self._checkpoint()
        return found

    def purge_older_than(self, days: int, *, now: datetime | None = None) -> int:
        """Delete entries asked more than ``days`` days ago; returns how many went. The deleted
        rows are overwritten (``secure_delete``) and the write-ahead log is checkpointed, so the
        text doesn't linger in either file."""
        if days < 0:
            raise ValueError("days must be zero or more")
        cutoff = _stamp((now or self._clock()) - timedelta(days=days))
        with self._session("purge") as conn:
            removed = conn.execute("DELETE FROM queries WHERE asked_at < ?", (cutoff,)).rowcount
        if removed:
            self._checkpoint()
        return int(removed)

    def _checkpoint(self) -> None:
        """Copy the write-ahead log into the database and empty it, so deleted text (now
        overwritten in the database) has no old copy left in the WAL file."""
        with self._session("checkpoint") as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def purge_if_due(self) -> int:
        """Apply ``retention_days`` if a purge is due (on opening, then at most once per
        ``purge_every``); returns how many entries went. Never raises: a failed purge is logged and
        tried again when the next one is due, and recording goes on."""
        if self.retention_days is None or not self._purge_due.due():
            return 0
        try:
            removed = self.purge_older_than(self.retention_days)
        except QueryLogError as exc:
            logger.warning("query log: old entries not purged: %s", exc)
            return 0
        if removed:
            logger.info("query log: removed %d entries older than %d days", removed, self.retention_days)
        return removed


def _entry(row: sqlite3.Row) -> LogEntry:
    return LogEntry(
        id=int(row["id"]),
        asked_at=datetime.fromisoformat(row["asked_at"]),
        question=row["question"],
        decision=row["decision"],
        safety=row["safety"],
        safety_category=row["safety_category"],
        reason=row["reason"],
        sources=tuple(json.loads(row["sources"])),
        top_score=row["top_score"],
        latency_ms=float(row["latency_ms"]),
        feedback=row["feedback"],
        feedback_at=datetime.fromisoformat(row["feedback_at"]) if row["feedback_at"] else None,
        search_query=row["search_query"],
    )
