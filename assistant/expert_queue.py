"""The "Ask an expert" queue: questions people chose to send to an expert, kept in SQLite.

Durability: the database runs in WAL mode with ``synchronous=FULL`` and every write is committed
before the call returns, so a reference shown to a user always names a stored question, even if
the process is killed straight afterwards. Each call opens its own connection, so one
``ExpertQueue`` can be shared by threads, and several processes can use the same file.

Every SQLite or OS failure is raised as ``QueueError`` with a one-line message the user can act on
(a full disk is named as such, with the folder, even when SQLite only reports an I/O error);
unusable input (an empty question, an unknown reference or status) is an ``InputError``.

Retention: open questions (``new``) are kept until someone handles or deletes them. Closed ones
(``answered``, ``dismissed``) are deleted, with their contact details, ``retention_days`` after they
were closed (``closed_at``): when the queue is opened with a retention period, then after each
submission at most once an hour, and by ``assistant queue purge``."""

from __future__ import annotations

import builtins
import errno
import json
import logging
import secrets
import shutil
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Final

from assistant.answers import DECISIONS
from assistant.errors import InputError, QueueError
from assistant.retention import PURGE_EVERY, Clock, Every, utc_now

logger = logging.getLogger("assistant.expert_queue")

STATUSES: Final = ("new", "answered", "dismissed")
CLOSED: Final = ("answered", "dismissed")
REF_ALPHABET: Final = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O or 1/I, easy to read out
REF_LENGTH: Final = 6
BUSY_TIMEOUT_S: Final = 30.0
SCHEMA_VERSION: Final = 2  # 2: closed_at
SQLITE_IOERR: Final = 10  # primary result codes (``sqlite_errorcode & 0xFF``)
SQLITE_FULL: Final = 13
# With less free space than this in the data folder, an SQLite I/O error is taken to be the full
# disk: in WAL mode SQLite reports a full disk as SQLITE_IOERR_SHMSIZE or _WRITE, not SQLITE_FULL.
LOW_SPACE_BYTES: Final = 1024 * 1024

_SCHEMA = """
CREATE TABLE IF NOT EXISTS questions (
    ref         TEXT PRIMARY KEY,
    created_at  TEXT NOT NULL,
    question    TEXT NOT NULL,
    decision    TEXT NOT NULL,
    reason      TEXT NOT NULL DEFAULT '',
    citations   TEXT NOT NULL DEFAULT '[]',
    contact     TEXT,
    consent     INTEGER NOT NULL CHECK (consent IN (0, 1)),
    status      TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'answered', 'dismissed')),
    answer      TEXT,
    answered_at TEXT,
    closed_at   TEXT  -- when it was last marked answered or dismissed; NULL while new
);
CREATE INDEX IF NOT EXISTS questions_status_created ON questions (status, created_at);
"""
_COLUMNS = (
    "ref, created_at, question, decision, reason, citations, contact, consent, status, answer, answered_at,"
    " closed_at"
)


@dataclass(frozen=True)
class QueuedQuestion:
    ref: str
    created_at: str
    question: str
    decision: str
    reason: str
    citations: tuple[str, ...]  # cited sources
    contact: str | None
    consent: bool
    status: str  # new | answered | dismissed
    answer: str | None
    answered_at: str | None
    closed_at: str | None = None  # when it was answered or dismissed; None while new


def _stamp(when: datetime) -> str:
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _clean(text: str) -> str:
    """Text SQLite can store: lone surrogates (from broken input) become U+FFFD."""
    return text.encode("utf-8", "replace").decode("utf-8", "replace")


def _new_ref() -> str:
    return "Q-" + "".join(secrets.choice(REF_ALPHABET) for _ in range(REF_LENGTH))


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """``exc`` and the exceptions it was raised from or during."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def _free_bytes(folder: Path) -> int | None:
    """Free space (for this user) on the disk holding ``folder`` or its nearest existing parent."""
    for place in (folder, *folder.parents):
        if place.exists():
            try:
                return shutil.disk_usage(place).free
            except OSError:
                return None
    return None


def _size(n: int) -> str:
    if n < 1024:
        return f"{n} bytes"
    if n < 1024 * 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n / (1024 * 1024):.1f} MB"


def _full_disk(exc: BaseException, folder: Path | None) -> str | None:
    """The reason to give when the failure was a full disk ("the disk is full (FOLDER: N free)"),
    else None. SQLITE_FULL, ENOSPC and SQLite's "database or disk is full" say so directly; an SQLite
    I/O error counts as a full disk when the folder's disk has (almost) no space left."""
    full = io_error = False
    for link in _chain(exc):
        code = getattr(link, "sqlite_errorcode", None)
        primary = code & 0xFF if isinstance(code, int) else None
        text = str(link).lower()
        if primary == SQLITE_FULL or getattr(link, "errno", None) == errno.ENOSPC or "disk is full" in text:
            full = True
        elif primary == SQLITE_IOERR or (isinstance(link, sqlite3.Error) and "disk i/o error" in text):
            io_error = True
    if not (full or io_error):
        return None
    if folder is None:
        return "the disk is full" if full else None
    free = _free_bytes(folder)
    if full or (free is not None and free < LOW_SPACE_BYTES):
        return f"the disk is full ({folder}" + ("" if free is None else f": {_size(free)} free") + ")"
    return None


def _explain(exc: BaseException, folder: Path | None = None) -> str:
    """A short reason for a storage failure, in words a user or admin can act on; ``folder`` (the
    data folder) is checked for free space when the failure may be a full disk."""
    text = str(exc).lower()
    code = getattr(exc, "errno", None)
    full = _full_disk(exc, folder)
    if full:
        return full
    if code in (errno.EACCES, errno.EPERM, errno.EROFS) or "readonly" in text or "read-only" in text:
        return "the folder is read-only"
    if "unable to open" in text:
        return "the file can't be opened (is the folder missing or read-only?)"
    if "locked" in text or "busy" in text:
        return "the queue is busy; please try again"
    if "malformed" in text or "not a database" in text:
        return "the queue file is damaged"
    return str(exc) or type(exc).__name__


def _row(values: Sequence[object]) -> QueuedQuestion:
    (
        ref,
        created_at,
        question,
        decision,
        reason,
        citations,
        contact,
        consent,
        status,
        answer,
        answered_at,
        closed_at,
    ) = values
    try:
        cited = tuple(str(c) for c in json.loads(str(citations or "[]")))
    except (ValueError, TypeError):
        cited = ()
    return QueuedQuestion(
        ref=str(ref),
        created_at=str(created_at),
        question=str(question),
        decision=str(decision),
        reason=str(reason or ""),
        citations=cited,
        contact=None if contact is None else str(contact),
        consent=bool(consent),
        status=str(status),
        answer=None if answer is None else str(answer),
        answered_at=None if answered_at is None else str(answered_at),
        closed_at=None if closed_at is None else str(closed_at),
    )


class ExpertQueue:
    def __init__(
        self,
        db_path: Path,
        *,
        retention_days: int = 0,
        purge_every: timedelta = PURGE_EVERY,
        clock: Clock = utc_now,
    ) -> None:
        """``retention_days`` > 0: delete closed questions that long after they were closed, now and
        then after submissions at most once per ``purge_every``. 0 (the default here): never
        automatically; ``purge_closed`` still works."""
        if retention_days < 0:
            raise ValueError("retention_days must be zero or more")
        self.db_path = Path(db_path)
        self.retention_days = retention_days
        self._clock = clock
        self._purge_due = Every(purge_every, clock)
        try:
            self.db_path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise QueueError(
                f"can't create the expert queue folder {self.db_path.parent}: {_explain(exc, self.db_path.parent)}"
            ) from exc
        try:
            with self._connect() as conn:
                mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()
                if not mode or str(mode[0]).lower() != "wal":
                    raise QueueError(f"the expert queue at {self.db_path} can't use write-ahead logging")
                conn.executescript(f"BEGIN IMMEDIATE;{_SCHEMA}")  # the transaction stays open
                self._migrate(conn)
                conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
                conn.execute("COMMIT")
        except (sqlite3.Error, OSError) as exc:
            raise QueueError(
                f"can't open the expert queue at {self.db_path}: {_explain(exc, self.db_path.parent)}"
            ) from exc
        self.purge_if_due()

    def _migrate(self, conn: sqlite3.Connection) -> None:
        """Bring a queue file from an older version up to date (inside the opening transaction)."""
        columns = {str(row[1]) for row in conn.execute("PRAGMA table_info(questions)")}
        if "closed_at" not in columns:
            # Version 1 did not record when a question was closed. Answered ones use their answer's
            # time; dismissed ones count from now, so none is deleted sooner than the period allows.
            conn.execute("ALTER TABLE questions ADD COLUMN closed_at TEXT")
            conn.execute(
                "UPDATE questions SET closed_at = COALESCE(answered_at, ?) WHERE status != 'new'",
                (_stamp(self._clock()),),
            )

    # ------------------------------------------------------------------ connections

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        """A fresh connection in autocommit mode; callers open transactions explicitly."""
        conn = sqlite3.connect(str(self.db_path), timeout=BUSY_TIMEOUT_S, isolation_level=None)
        try:
            conn.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
            conn.execute("PRAGMA synchronous=FULL")
            yield conn
            if conn.in_transaction:
                conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                with suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
            raise
        finally:
            conn.close()

    def _fail(self, action: str, exc: BaseException, then: str = "") -> QueueError:
        reason = _explain(exc, self.db_path.parent)
        return QueueError(f"can't {action} in the expert queue at {self.db_path}: {reason}{then}")

    # ------------------------------------------------------------------ writing

    def submit(
        self,
        question: str,
        *,
        contact: str | None = None,
        consent: bool,
        decision: str = "ask_expert",
        reason: str = "",
        citations: Sequence[str] = (),
    ) -> str:
        """Store a question; return its reference (e.g. ``Q-7F3K2A``) once it is safely on disk."""
        text = _clean(question or "").strip()
        if not text:
            raise InputError("the question is empty: type a question to send to an expert")
        if consent is not True:
            raise QueueError(
                "consent is needed to send your question to an expert: please tick the box to agree "
                "that we store your question (and contact details, if you give them)"
            )
        if decision not in DECISIONS:
            raise InputError(f"unknown decision {decision!r}: use one of {', '.join(DECISIONS)}")
        kept_contact = _clean(contact).strip() if contact else ""
        cited = json.dumps([_clean(str(c)) for c in citations], ensure_ascii=False)
        try:
            with self._connect() as conn:
                for _ in range(20):
                    ref = _new_ref()
                    try:
                        conn.execute("BEGIN IMMEDIATE")
                        conn.execute(
                            f"INSERT INTO questions ({_COLUMNS})"
                            " VALUES (?, ?, ?, ?, ?, ?, ?, 1, 'new', NULL, NULL, NULL)",
                            (
                                ref,
                                _stamp(self._clock()),
                                text,
                                decision,
                                _clean(reason or ""),
                                cited,
                                kept_contact or None,
                            ),
                        )
                        conn.execute("COMMIT")
                        break
                    except sqlite3.IntegrityError:
                        if conn.in_transaction:
                            conn.execute("ROLLBACK")
                else:
                    raise QueueError("could not find a free reference for the question; please try again")
        except QueueError:
            raise
        except (sqlite3.Error, OSError, ValueError) as exc:
            # Nothing is half-stored: the transaction was rolled back (or never committed).
            raise self._fail("store the question", exc, "; the question was NOT sent") from exc
        self.purge_if_due()  # after the commit: a failed purge never loses a stored question
        return ref

    def mark(self, ref: str, status: str, answer: str | None = None) -> QueuedQuestion:
        """Set a question's status (``answered``, ``dismissed`` or back to ``new``) and, optionally,
        the expert's answer. ``answered_at`` is set when it is marked answered, cleared otherwise;
        ``closed_at`` (from which the retention period counts) when it is answered or dismissed."""
        if status not in STATUSES:
            raise InputError(f"unknown status {status!r}: use one of {', '.join(STATUSES)}")
        key = self._key(ref)
        now = _stamp(self._clock())
        try:
            with self._connect() as conn:
                conn.execute("BEGIN IMMEDIATE")
                cur = conn.execute(
                    "UPDATE questions SET status = ?, answer = COALESCE(?, answer), answered_at = ?,"
                    " closed_at = ? WHERE ref = ?",
                    (
                        status,
                        None if answer is None else _clean(answer),
                        now if status == "answered" else None,
                        now if status in CLOSED else None,
                        key,
                    ),
                )
                if cur.rowcount == 0:
                    conn.execute("ROLLBACK")
                    raise InputError(f"no question with reference {ref!r} in the expert queue")
                conn.execute("COMMIT")
        except InputError:
            raise
        except (sqlite3.Error, OSError, ValueError) as exc:
            raise self._fail("update the question", exc) from exc
        return self.get(key)

    def delete(self, ref: str) -> None:
        """Remove a question and its contact details for good (a patient's request): the row is
        overwritten on disk (secure_delete) and the write-ahead log is checkpointed and truncated so
        no copy lingers there either."""
        key = self._key(ref)
        try:
            with self._connect() as conn:
                conn.execute("PRAGMA secure_delete=ON")
                conn.execute("BEGIN IMMEDIATE")
                cur = conn.execute("DELETE FROM questions WHERE ref = ?", (key,))
                if cur.rowcount == 0:
                    conn.execute("ROLLBACK")
                    raise InputError(f"no question with reference {ref!r} in the expert queue")
                conn.execute("COMMIT")
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except InputError:
            raise
        except (sqlite3.Error, OSError, ValueError) as exc:
            raise self._fail("delete the question", exc) from exc

    def purge_closed(
        self, days: int, *, now: datetime | None = None, dry_run: bool = False
    ) -> builtins.list[str]:
        """Delete every answered or dismissed question closed more than ``days`` days ago, with its
        contact details, for good (as ``delete``); questions still ``new`` are never touched.
        Returns the references deleted (with ``dry_run``: that would be, and nothing is deleted)."""
        if days < 0:
            raise ValueError("days must be zero or more")
        cutoff = _stamp((now or self._clock()) - timedelta(days=days))
        where = f"status IN ({', '.join('?' for _ in CLOSED)}) AND closed_at IS NOT NULL AND closed_at < ?"
        params = (*CLOSED, cutoff)
        try:
            with self._connect() as conn:
                conn.execute("PRAGMA secure_delete=ON")
                conn.execute("BEGIN IMMEDIATE")
                refs = [
                    str(row[0])
                    for row in conn.execute(
                        f"SELECT ref FROM questions WHERE {where} ORDER BY closed_at, rowid", params
                    )
                ]
                if dry_run or not refs:
                    conn.execute("ROLLBACK")
                    return refs
                conn.execute(f"DELETE FROM questions WHERE {where}", params)
                conn.execute("COMMIT")
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except (sqlite3.Error, OSError, ValueError) as exc:
            raise self._fail("purge old questions", exc) from exc
        return refs

    def purge_if_due(self) -> builtins.list[str]:
        """Apply ``retention_days`` (if set) when a purge is due: on opening, then at most once per
        ``purge_every``. Never raises: a failed purge is logged and tried again next time."""
        if self.retention_days <= 0 or not self._purge_due.due():
            return []
        try:
            refs = self.purge_closed(self.retention_days)
        except QueueError as exc:
            logger.warning("expert queue: closed questions not purged: %s", exc)
            return []
        if refs:
            logger.info(
                "expert queue: deleted %d answered or dismissed questions closed more than %d days ago",
                len(refs),
                self.retention_days,
            )
        return refs

    # ------------------------------------------------------------------ reading

    @staticmethod
    def _key(ref: str) -> str:
        return (ref or "").strip().upper()

    def get(self, ref: str) -> QueuedQuestion:
        try:
            with self._connect() as conn:
                row = conn.execute(
                    f"SELECT {_COLUMNS} FROM questions WHERE ref = ?", (self._key(ref),)
                ).fetchone()
        except (sqlite3.Error, OSError, ValueError) as exc:
            raise self._fail("read the question", exc) from exc
        if row is None:
            raise InputError(f"no question with reference {ref!r} in the expert queue")
        return _row(row)

    def list(self, status: str | None = None) -> builtins.list[QueuedQuestion]:
        """Questions, oldest first; only those with ``status`` if given."""
        if status is not None and status not in STATUSES:
            raise InputError(f"unknown status {status!r}: use one of {', '.join(STATUSES)}")
        sql = f"SELECT {_COLUMNS} FROM questions"
        params: tuple[str, ...] = ()
        if status is not None:
            sql += " WHERE status = ?"
            params = (status,)
        try:
            with self._connect() as conn:
                rows = conn.execute(sql + " ORDER BY created_at, rowid", params).fetchall()
        except (sqlite3.Error, OSError) as exc:
            raise self._fail("list the questions", exc) from exc
        return [_row(r) for r in rows]

    def export_rows(self) -> builtins.list[dict[str, object]]:
        """Every question as a plain dict (citations as a list), oldest first, for CSV/JSON export."""
        out: builtins.list[dict[str, object]] = []
        for item in self.list():
            row: dict[str, object] = asdict(item)
            row["citations"] = list(item.citations)
            out.append(row)
        return out
