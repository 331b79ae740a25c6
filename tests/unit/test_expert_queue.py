"""The "Ask an expert" queue: round trip, consent, contact handling, concurrency, failures, and
durability when the writing process is killed."""

from __future__ import annotations

import errno
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from assistant.errors import InputError, QueueError
from assistant.expert_queue import ExpertQueue

REPO_ROOT = Path(__file__).resolve().parents[2]
REF = re.compile(r"^Q-[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{6}$")


@pytest.fixture
def queue(tmp_path: Path) -> ExpertQueue:
    return ExpertQueue(tmp_path / "data" / "expert-queue.sqlite")


def test_creates_folder_and_uses_wal(tmp_path: Path) -> None:
    db = tmp_path / "nested" / "data" / "q.sqlite"
    ExpertQueue(db)
    assert db.is_file()
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_submit_list_get_mark_export_round_trip(queue: ExpertQueue) -> None:
    ref = queue.submit(
        "  Is it safe to have acupuncture on warfarin?  ",
        consent=True,
        contact="me@example.org",
        decision="ask_expert",
        reason="no close answer",
        citations=["corpus/archive/pages/a.txt", "corpus/archive/pages/b.txt"],
    )
    assert REF.match(ref)
    item = queue.get(ref)
    assert item.question == "Is it safe to have acupuncture on warfarin?"
    assert item.status == "new" and item.answer is None and item.answered_at is None
    assert item.closed_at is None
    assert item.citations == ("corpus/archive/pages/a.txt", "corpus/archive/pages/b.txt")
    assert item.consent is True and item.reason == "no close answer" and item.decision == "ask_expert"
    assert [q.ref for q in queue.list()] == [ref]
    assert [q.ref for q in queue.list("new")] == [ref]
    assert queue.list("answered") == []

    answered = queue.mark(ref, "answered", "Yes, with care: tell your practitioner.")
    assert answered.status == "answered"
    assert answered.answer == "Yes, with care: tell your practitioner."
    assert answered.answered_at is not None and answered.closed_at == answered.answered_at
    assert queue.list("new") == []
    assert queue.get(ref.lower()) == answered  # references are case-insensitive

    dismissed = queue.mark(ref, "dismissed")
    assert dismissed.status == "dismissed" and dismissed.answer == answered.answer
    assert dismissed.answered_at is None and dismissed.closed_at is not None
    reopened = queue.mark(ref, "new")
    assert reopened.status == "new" and reopened.closed_at is None

    rows = queue.export_rows()
    assert len(rows) == 1
    assert rows[0]["ref"] == ref
    assert rows[0]["citations"] == ["corpus/archive/pages/a.txt", "corpus/archive/pages/b.txt"]
    assert set(rows[0]) == {
        "ref",
        "created_at",
        "question",
        "decision",
        "reason",
        "citations",
        "contact",
        "consent",
        "status",
        "answer",
        "answered_at",
        "closed_at",
    }


def test_list_is_oldest_first(queue: ExpertQueue) -> None:
    refs = [queue.submit(f"question {i}", consent=True) for i in range(5)]
    assert [q.ref for q in queue.list()] == refs


def test_consent_is_required(queue: ExpertQueue) -> None:
    with pytest.raises(QueueError, match="consent is needed"):
        queue.submit("Can acupuncture help my knee?", consent=False)
    assert queue.list() == []


def test_contact_is_kept_only_if_given(queue: ExpertQueue) -> None:
    without = queue.submit("q1", consent=True)
    blank = queue.submit("q2", consent=True, contact="   ")
    given = queue.submit("q3", consent=True, contact="  07700 900123 ")
    assert queue.get(without).contact is None
    assert queue.get(blank).contact is None
    assert queue.get(given).contact == "07700 900123"


@pytest.mark.parametrize("question", ["", "   ", "\n\t"])
def test_empty_question_is_an_input_error(queue: ExpertQueue, question: str) -> None:
    with pytest.raises(InputError):
        queue.submit(question, consent=True)


def test_unknown_ref_status_and_decision(queue: ExpertQueue) -> None:
    ref = queue.submit("question", consent=True)
    with pytest.raises(InputError):
        queue.mark("Q-ZZZZZZ", "answered", "x")
    with pytest.raises(InputError):
        queue.get("Q-ZZZZZZ")
    with pytest.raises(InputError):
        queue.mark(ref, "closed")
    with pytest.raises(InputError):
        queue.list("closed")
    with pytest.raises(InputError):
        queue.submit("question", consent=True, decision="maybe")


def test_odd_text_is_stored(queue: ExpertQueue) -> None:
    text = "Broken \ud800 surrogate, emoji 🙂, quotes ' \" and a NUL-free line\nsecond line"
    ref = queue.submit(text, consent=True, contact="\udcff x")
    stored = queue.get(ref)
    assert "emoji 🙂" in stored.question and "second line" in stored.question
    assert stored.contact is not None


def test_many_threads_all_land(queue: ExpertQueue) -> None:
    refs: list[str] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def worker(n: int) -> None:
        try:
            for i in range(10):
                ref = queue.submit(f"thread {n} question {i}", consent=True)
                with lock:
                    refs.append(ref)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(refs) == 200 == len(set(refs))
    stored = {q.ref for q in queue.list()}
    assert stored == set(refs)


@contextmanager
def _unprivileged() -> Iterator[None]:
    """Root ignores file permissions: drop to 'nobody' for the duration (effective uid only)."""
    if os.geteuid() != 0:
        yield
        return
    os.setegid(65534)
    os.seteuid(65534)
    try:
        yield
    finally:
        os.seteuid(0)
        os.setegid(0)


@pytest.fixture
def open_dir() -> Iterator[Path]:
    """A world-traversable temporary folder (pytest's tmp_path is private to root)."""
    path = Path(tempfile.mkdtemp(prefix="queue-ro-"))
    path.chmod(0o755)
    try:
        yield path
    finally:
        for p in sorted(path.rglob("*"), reverse=True):
            p.chmod(0o755)
        subprocess.run(["rm", "-rf", str(path)], check=False)


def test_read_only_data_folder_raises_queue_error(open_dir: Path) -> None:
    data = open_dir / "data"
    data.mkdir()
    data.chmod(0o555)
    with _unprivileged(), pytest.raises(QueueError, match="expert queue"):
        ExpertQueue(data / "expert-queue.sqlite")


def test_read_only_parent_raises_queue_error(open_dir: Path) -> None:
    parent = open_dir / "ro"
    parent.mkdir()
    parent.chmod(0o555)
    with _unprivileged(), pytest.raises(QueueError, match="read-only"):
        ExpertQueue(parent / "data" / "expert-queue.sqlite")


def test_folder_made_read_only_later_raises_queue_error(open_dir: Path) -> None:
    data = open_dir / "data"
    data.mkdir()
    data.chmod(0o777)
    db = data / "expert-queue.sqlite"
    with _unprivileged():
        queue = ExpertQueue(db)
        queue.submit("first", consent=True)
    for p in data.iterdir():
        p.chmod(0o444)
    data.chmod(0o555)
    with _unprivileged(), pytest.raises(QueueError):
        queue.submit("second", consent=True)


def test_disk_full_is_a_queue_error(queue: ExpertQueue, monkeypatch: pytest.MonkeyPatch) -> None:
    _failing_insert(monkeypatch, sqlite3.OperationalError("database or disk is full"))
    with pytest.raises(QueueError, match="disk is full"):
        queue.submit("question", consent=True)


def _failing_insert(monkeypatch: pytest.MonkeyPatch, error: BaseException) -> None:
    """Every INSERT into the queue raises ``error`` (what SQLite raises on a full disk)."""
    real_connect = sqlite3.connect

    class Failing:
        def __init__(self, *args: object, **kwargs: object) -> None:
            self._conn = real_connect(*args, **kwargs)  # type: ignore[call-overload]

        def __getattr__(self, name: str) -> object:
            return getattr(self._conn, name)

        def execute(self, sql: str, *args: object) -> sqlite3.Cursor:
            if sql.startswith("INSERT"):
                raise error
            return self._conn.execute(sql, *args)

    monkeypatch.setattr(sqlite3, "connect", Failing)


def _io_error(cause: BaseException | None = None) -> sqlite3.OperationalError:
    error = sqlite3.OperationalError("disk I/O error")
    error.sqlite_errorcode = 4874  # type: ignore[attr-defined]  # SQLITE_IOERR_SHMSIZE, as on a full tmpfs
    error.__cause__ = cause
    return error


def _free_space(monkeypatch: pytest.MonkeyPatch, free: int) -> None:
    import assistant.expert_queue as expert_queue

    usage = shutil._ntuple_diskusage(10 * 1024 * 1024, 10 * 1024 * 1024 - free, free)  # type: ignore[attr-defined]
    monkeypatch.setattr(expert_queue.shutil, "disk_usage", lambda path: usage)


def test_io_error_on_a_full_disk_says_the_disk_is_full(
    queue: ExpertQueue, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In WAL mode SQLite reports a full disk as an I/O error: the free space of the data folder
    tells the two apart."""
    kept = queue.submit("stored before the disk filled", consent=True)
    _free_space(monkeypatch, 4096)
    _failing_insert(monkeypatch, _io_error())
    with pytest.raises(QueueError) as raised:
        queue.submit("Can acupuncture help with hay fever?", contact="01234 567890", consent=True)
    message = str(raised.value)
    folder = str(queue.db_path.parent)
    assert message == (
        f"can't store the question in the expert queue at {queue.db_path}: the disk is full "
        f"({folder}: 4 KB free); the question was NOT sent"
    )
    monkeypatch.undo()
    assert [q.ref for q in queue.list()] == [kept]  # nothing partial was stored


def test_io_error_with_space_left_is_not_called_a_full_disk(
    queue: ExpertQueue, monkeypatch: pytest.MonkeyPatch
) -> None:
    _free_space(monkeypatch, 50 * 1024 * 1024)
    _failing_insert(monkeypatch, _io_error())
    with pytest.raises(QueueError, match=r"disk I/O error; the question was NOT sent$") as raised:
        queue.submit("Does acupuncture hurt?", consent=True)
    assert "full" not in str(raised.value)


def test_enospc_behind_an_sqlite_error_is_a_full_disk(
    queue: ExpertQueue, monkeypatch: pytest.MonkeyPatch
) -> None:
    _free_space(monkeypatch, 50 * 1024 * 1024)  # e.g. freed again by the time we look
    _failing_insert(monkeypatch, _io_error(OSError(errno.ENOSPC, "No space left on device")))
    with pytest.raises(QueueError, match=r"the disk is full \(.*\); the question was NOT sent"):
        queue.submit("Does acupuncture hurt?", consent=True)


def test_corrupt_file_is_a_queue_error(tmp_path: Path) -> None:
    db = tmp_path / "q.sqlite"
    db.write_bytes(b"this is not a database" * 100)
    with pytest.raises(QueueError):
        ExpertQueue(db)


_WRITER = """
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[2])
from assistant.expert_queue import ExpertQueue
queue = ExpertQueue(Path(sys.argv[1]))
i = 0
while True:
    ref = queue.submit(f"question {i}", consent=True)
    print(ref, flush=True)
    i += 1
"""


def test_every_printed_ref_survives_sigkill(tmp_path: Path) -> None:
    db = tmp_path / "data" / "q.sqlite"
    proc = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(db), str(REPO_ROOT)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    printed: list[str] = []
    try:
        for line in proc.stdout:
            printed.append(line.strip())
            if len(printed) >= 40:
                break
        proc.send_signal(signal.SIGKILL)
        rest, _ = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:  # pragma: no cover - only if the loop above failed
            proc.kill()
            proc.communicate()
    assert proc.returncode == -signal.SIGKILL
    printed.extend(line.strip() for line in rest.splitlines() if REF.match(line.strip()))
    assert len(printed) >= 40
    stored = {q.ref for q in ExpertQueue(db).list()}
    missing = [ref for ref in printed if ref not in stored]
    assert missing == []
