"""The "Ask an expert" queue: questions people chose to send to an expert, kept in SQLite.

Durability: the database runs in WAL mode with ``synchronous=FULL`` and every write is committed
before the call returns, so a reference shown to a user always names a stored question, even if
the process is killed straight afterwards. Each call opens its own connection, so one
``ExpertQueue`` can be shared by threads, and several processes can use the same file.

Every SQLite or OS failure is raised as ``QueueError`` with a one-line message the user can act on;
unusable input (an empty question, an unknown reference or status) is an ``InputError``."""

from __future__ import annotations

import builtins
import errno
import json
import secrets
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Final

from assistant.answers import DECISIONS
from assistant.errors import InputError, QueueError

STATUSES: Final = ("new", "answered", "dismissed")
REF_ALPHABET: Final = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O or 1/I, easy to read out
REF_LENGTH: Final = 6
BUSY_TIMEOUT_S: Final = 30.0
SCHEMA_VERSION: Final = 1

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
    answered_at TEXT
);
CREATE INDEX IF NOT EXISTS questions_status_created ON questions (status, created_at);
"""
_COLUMNS = (
    "ref, created_at, question, decision, reason, citations, contact, consent, status, answer, answered_at"
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


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _clean(text: str) -> str:
    """Text SQLite can store: lone surrogates (from broken input) become U+FFFD."""
    return text.encode("utf-8", "replace").decode("utf-8", "replace")


def _new_ref() -> str:
    return "Q-" + "".join(secrets.choice(REF_ALPHABET) for _ in range(REF_LENGTH))


def _explain(exc: BaseException) -> str:
    """A short reason for a storage failure, in words a user or admin can act on."""
    text = str(exc).lower()
    code = getattr(exc, "errno", None)
    if code == errno.ENOSPC or "disk is full" in text or "database or disk is full" in text:
        return "the disk is full"
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
    ref, created_at, question, decision, reason, citations, contact, consent, status, answer, answered_at = (
        values
    )
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
    )


class ExpertQueue:
    def __init__(self, db_path: Path) -> None:
        self.db_path = Path(db_path)
        try:
            self.db_path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise QueueError(
                f"can't create the expert queue folder {self.db_path.parent}: {_explain(exc)}"
            ) from exc
        try:
            with self._connect() as conn:
                mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()
                if not mode or str(mode[0]).lower() != "wal":
                    raise QueueError(f"the expert queue at {self.db_path} can't use write-ahead logging")
                conn.executescript(f"BEGIN IMMEDIATE;{_SCHEMA}PRAGMA user_version={SCHEMA_VERSION};COMMIT;")
        except (sqlite3.Error, OSError) as exc:
            raise QueueError(f"can't open the expert queue at {self.db_path}: {_explain(exc)}") from exc

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

    def _fail(self, action: str, exc: BaseException) -> QueueError:
        return QueueError(f"can't {action} in the expert queue at {self.db_path}: {_explain(exc)}")

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
                            f"INSERT INTO questions ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, 1, 'new', NULL, NULL)",
                            (ref, _now(), text, decision, _clean(reason or ""), cited, kept_contact or None),
                        )
                        conn.execute("COMMIT")
                        return ref
                    except sqlite3.IntegrityError:
                        if conn.in_transaction:
                            conn.execute("ROLLBACK")
                raise QueueError("could not find a free reference for the question; please try again")
        except QueueError:
            raise
        except (sqlite3.Error, OSError, ValueError) as exc:
            raise self._fail("store the question", exc) from exc

    def mark(self, ref: str, status: str, answer: str | None = None) -> QueuedQuestion:
        """Set a question's status (``answered``, ``dismissed`` or back to ``new``) and, optionally,
        the expert's answer. ``answered_at`` is set when it is marked answered, cleared otherwise."""
        if status not in STATUSES:
            raise InputError(f"unknown status {status!r}: use one of {', '.join(STATUSES)}")
        key = self._key(ref)
        try:
            with self._connect() as conn:
                conn.execute("BEGIN IMMEDIATE")
                cur = conn.execute(
                    "UPDATE questions SET status = ?, answer = COALESCE(?, answer), answered_at = ? WHERE ref = ?",
                    (
                        status,
                        None if answer is None else _clean(answer),
                        _now() if status == "answered" else None,
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
