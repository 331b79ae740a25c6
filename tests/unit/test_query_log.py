"""assistant.query_log: what is logged per question and per rating, and nothing else."""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import FrozenInstanceError
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from assistant.answers import Answer, Citation
from assistant.query_log import LogEntry, QueryLog, QueryLogError


def cite(source: str, score: float) -> Citation:
    return Citation(source=source, id=source, title="t", kind="qa", url=None, score=score, quote="q")


def answer(question: str = "Is it normal to bruise?", **kw: object) -> Answer:
    values: dict[str, object] = {
        "question": question,
        "decision": "answer",
        "safety": "none",
        "reason": "close answers found in the archive",
        "citations": (cite("a.txt", 0.8), cite("b.txt", 0.7)),
        "message": "Here are the closest answers.",
    }
    values.update(kw)
    return Answer(**values)  # type: ignore[arg-type]


@pytest.fixture
def log(tmp_path: Path) -> QueryLog:
    return QueryLog(tmp_path / "data" / "log.sqlite")


def test_record_and_read_back(log: QueryLog) -> None:
    row = log.record(answer(search_query="bruise follow up", safety_category=None), 123.4)
    [entry] = log.entries()
    assert isinstance(entry, LogEntry)
    assert entry.id == row
    assert entry.question == "Is it normal to bruise?"
    assert entry.decision == "answer" and entry.safety == "none"
    assert entry.sources == ("a.txt", "b.txt")
    assert entry.top_score == pytest.approx(0.8)
    assert entry.latency_ms == pytest.approx(123.4)
    assert entry.search_query == "bruise follow up"
    assert entry.feedback is None and entry.feedback_at is None
    assert entry.asked_at.tzinfo is not None
    assert abs(datetime.now(UTC) - entry.asked_at) < timedelta(minutes=1)
    with pytest.raises(FrozenInstanceError):
        entry.question = "x"  # type: ignore[misc]


def test_no_citations_means_no_score(log: QueryLog) -> None:
    log.record(answer(decision="ask_expert", citations=(), reason="no close answer"), 5)
    [entry] = log.entries()
    assert entry.top_score is None and entry.sources == ()


def test_feedback(log: QueryLog) -> None:
    row = log.record(answer(), 10)
    log.set_feedback(row, 1)
    assert log.entries()[0].feedback == 1
    assert log.entries()[0].feedback_at is not None
    log.set_feedback(row, 0)
    assert log.entries()[0].feedback == 0
    log.set_feedback(row, None)
    assert log.entries()[0].feedback is None
    with pytest.raises(ValueError):
        log.set_feedback(row, 5)
    with pytest.raises(QueryLogError):
        log.set_feedback(row + 100, 1)


def test_entries_by_day_and_purge(log: QueryLog) -> None:
    now = datetime(2025, 6, 10, 12, tzinfo=UTC)
    for days_ago in (0, 1, 5, 40):
        log.record(answer(f"q{days_ago}"), 1, at=now - timedelta(days=days_ago))
    assert [e.question for e in log.entries()] == ["q40", "q5", "q1", "q0"]
    assert [e.question for e in log.entries(since=date(2025, 6, 9))] == ["q1", "q0"]
    assert [e.question for e in log.entries(until=date(2025, 6, 5))] == ["q40", "q5"]
    assert [e.question for e in log.entries(since=date(2025, 6, 9), until=date(2025, 6, 9))] == ["q1"]
    assert log.purge_older_than(30, now=now) == 1
    assert log.purge_older_than(2, now=now) == 1
    assert [e.question for e in log.entries()] == ["q1", "q0"]
    with pytest.raises(ValueError):
        log.purge_older_than(-1)


def test_delete(log: QueryLog) -> None:
    keep = log.record(answer("keep"), 1)
    gone = log.record(answer("gone"), 1)
    assert log.delete(gone) is True
    assert log.delete(gone) is False
    assert [e.id for e in log.entries()] == [keep]
    assert log.get(gone) is None


def test_wal_and_no_contact_columns(log: QueryLog) -> None:
    with sqlite3.connect(log.path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        columns = {row[1] for row in conn.execute("PRAGMA table_info(queries)")}
    assert not {c for c in columns if "contact" in c or "email" in c or "phone" in c}


def test_persists_across_instances(tmp_path: Path) -> None:
    path = tmp_path / "log.sqlite"
    row = QueryLog(path).record(answer(), 1)
    QueryLog(path).set_feedback(row, 1)
    assert QueryLog(path).entries()[0].feedback == 1


def test_log_file_removed_while_running_comes_back(log: QueryLog) -> None:
    log.record(answer("old"), 1)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{log.path}{suffix}").unlink(missing_ok=True)
    log.record(answer("new"), 1)
    assert [e.question for e in log.entries()] == ["new"]


def test_thread_safe(log: QueryLog) -> None:
    errors: list[BaseException] = []

    def work(n: int) -> None:
        try:
            for k in range(20):
                row = log.record(answer(f"t{n}-{k}"), k)
                log.set_feedback(row, k % 2)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    entries = log.entries()
    assert len(entries) == 160
    assert len({e.id for e in entries}) == 160


def test_unopenable_path_is_a_query_log_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(QueryLogError):
        QueryLog(blocker / "log.sqlite")
