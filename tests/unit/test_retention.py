"""Retention (docs/privacy.md): the query log and the expert queue purge old entries not only when a
process starts but periodically while it runs; closed expert-queue questions are deleted, with
their contact details, ``queue_retention_days`` after they were closed; open ones never are. Time
is a fake clock throughout: nothing sleeps."""

from __future__ import annotations

import logging
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from assistant.answers import Answer, Citation
from assistant.cli import main
from assistant.errors import QueueError
from assistant.expert_queue import ExpertQueue
from assistant.query_log import QueryLog, QueryLogError
from assistant.retention import PURGE_EVERY, Every
from assistant.settings import Settings
from tests.conftest import make_settings

T0 = datetime(2026, 1, 1, 9, tzinfo=UTC)
DAY = timedelta(days=1)
CONTACT = "jane.doe@example.org"


class Clock:
    """A clock that moves only when told to."""

    def __init__(self, now: datetime = T0) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, by: timedelta) -> None:
        self.now += by


def answer(question: str) -> Answer:
    cite = Citation(source="a.txt", id="a.txt#1", title="t", kind="qa", url=None, score=0.8, quote="q")
    return Answer(question=question, decision="answer", safety="none", reason="r", citations=(cite,))


def files_holding(folder: Path, text: str) -> list[str]:
    needle = text.encode("utf-8")
    return [p.name for p in folder.rglob("*") if p.is_file() and needle in p.read_bytes()]


def questions(log: QueryLog) -> list[str]:
    return [e.question for e in log.entries()]


# ------------------------------------------------------------------------------------ the gate


def test_every_is_due_at_first_then_once_per_interval() -> None:
    clock = Clock()
    every = Every(timedelta(hours=1), clock)
    assert every.due()
    assert not every.due()
    clock.advance(timedelta(minutes=59))
    assert not every.due()
    clock.advance(timedelta(minutes=1))
    assert every.due()
    assert not every.due()
    assert timedelta(hours=1) == PURGE_EVERY  # the documented default


# ------------------------------------------------------------------------------- the query log


def test_query_log_purges_on_opening(tmp_path: Path) -> None:
    path = tmp_path / "log.sqlite"
    QueryLog(path).record(answer("old"), 1, at=T0 - 91 * DAY)
    QueryLog(path).record(answer("recent"), 1, at=T0 - 89 * DAY)
    log = QueryLog(path, retention_days=90, clock=Clock())
    assert questions(log) == ["recent"]


def test_long_running_query_log_keeps_to_its_retention_without_a_restart(tmp_path: Path) -> None:
    """One ``QueryLog`` open for weeks (as in the app): questions age out as new ones are logged,
    and the purge runs at most once an hour."""
    clock = Clock()
    log = QueryLog(tmp_path / "log.sqlite", retention_days=90, clock=clock)  # purged on opening
    log.record(answer("asked 89 days before the app started"), 1, at=T0 - 89 * DAY)
    log.record(answer("asked at start"), 1)
    assert len(questions(log)) == 2

    clock.advance(2 * DAY)  # the app has been running for two days
    log.record(answer("asked on day 2"), 1)
    assert questions(log) == ["asked at start", "asked on day 2"]  # the 91-day-old one went

    # Within the hour no purge runs (cheap), even when something is past the limit...
    log.record(answer("back-dated past the limit"), 1, at=clock.now - 91 * DAY)
    clock.advance(timedelta(minutes=59))
    log.record(answer("59 minutes later"), 1)
    assert "back-dated past the limit" in questions(log)
    # ... and once the hour is up, the next question logged purges it.
    clock.advance(timedelta(minutes=1))
    log.record(answer("an hour later"), 1)
    assert "back-dated past the limit" not in questions(log)

    clock.advance(91 * DAY)  # and three months on, everything from the first days has gone
    log.record(answer("three months later"), 1)
    assert questions(log) == ["three months later"]


def test_periodic_purge_leaves_no_trace_in_the_files(tmp_path: Path) -> None:
    clock = Clock()
    log = QueryLog(tmp_path / "data" / "log.sqlite", retention_days=90, clock=clock)
    log.record(answer(f"my phone is {CONTACT}"), 1)
    log.record(answer("someone else's question"), 1, at=T0 + 50 * DAY)
    clock.advance(91 * DAY)
    log.record(answer("today"), 1)
    assert files_holding(tmp_path / "data", CONTACT) == []
    assert questions(log) == ["someone else's question", "today"]


def test_without_retention_the_query_log_never_purges_by_itself(tmp_path: Path) -> None:
    clock = Clock()
    log = QueryLog(tmp_path / "log.sqlite", clock=clock)
    log.record(answer("old"), 1, at=T0 - 1000 * DAY)
    clock.advance(2 * DAY)
    log.record(answer("new"), 1)
    assert questions(log) == ["old", "new"]


def test_a_failed_purge_never_loses_the_question_being_logged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    clock = Clock()
    log = QueryLog(tmp_path / "log.sqlite", retention_days=90, clock=clock)

    def broken(days: int, *, now: datetime | None = None) -> int:
        raise QueryLogError("can't purge the query log at x: database is locked")

    monkeypatch.setattr(log, "purge_older_than", broken)
    clock.advance(2 * DAY)
    with caplog.at_level(logging.WARNING, logger="assistant.query_log"):
        row = log.record(answer("still logged"), 1)
    assert log.get(row) is not None
    assert "not purged" in caplog.text


def test_query_log_retention_must_not_be_negative(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="zero or more"):
        QueryLog(tmp_path / "log.sqlite", retention_days=-1)


# ---------------------------------------------------------------------------- the expert queue


def _queue(tmp_path: Path, clock: Clock, retention_days: int = 0) -> ExpertQueue:
    return ExpertQueue(tmp_path / "data" / "expert-queue.sqlite", retention_days=retention_days, clock=clock)


def test_closed_questions_go_after_the_retention_period_and_open_ones_stay(tmp_path: Path) -> None:
    clock = Clock()
    queue = _queue(tmp_path, clock)
    answered = queue.submit("answered question", contact=CONTACT, consent=True)
    dismissed = queue.submit("dismissed question", contact="07700 900123", consent=True)
    still_new = queue.submit("never handled", contact="new@example.org", consent=True)
    queue.mark(answered, "answered", "An answer.")
    queue.mark(dismissed, "dismissed")
    clock.advance(10 * DAY)
    late = queue.submit("answered later", consent=True)
    queue.mark(late, "answered", "Another answer.")

    clock.advance(355 * DAY)  # 365 days after the first two closed, 355 after the late one
    assert queue.purge_closed(365) == []  # not *more* than 365 days yet
    clock.advance(timedelta(seconds=1))
    assert queue.purge_closed(365, dry_run=True) == [answered, dismissed]
    assert {q.ref for q in queue.list()} == {answered, dismissed, still_new, late}  # dry run: all there
    assert queue.purge_closed(365) == [answered, dismissed]
    assert [q.ref for q in queue.list()] == [still_new, late]
    assert queue.purge_closed(365) == []

    clock.advance(5000 * DAY)  # open questions are never purged, however old
    assert queue.purge_closed(365) == [late]
    assert [q.ref for q in queue.list()] == [still_new]


def test_contact_details_are_deleted_with_the_question(tmp_path: Path) -> None:
    clock = Clock()
    queue = _queue(tmp_path, clock)
    ref = queue.submit("Is acupuncture safe in pregnancy?", contact=CONTACT, consent=True)
    queue.submit("another question", contact="keep@example.org", consent=True)
    queue.mark(ref, "answered", "Yes, with a qualified practitioner.")
    assert files_holding(tmp_path / "data", CONTACT)
    clock.advance(366 * DAY)
    assert queue.purge_closed(365) == [ref]
    # Overwritten in the database (secure_delete) and no copy left in the write-ahead log.
    assert files_holding(tmp_path / "data", CONTACT) == []
    assert files_holding(tmp_path / "data", "Is acupuncture safe in pregnancy?") == []
    assert files_holding(tmp_path / "data", "keep@example.org")


def test_retention_counts_from_when_a_question_was_closed(tmp_path: Path) -> None:
    """A question answered a year after it arrived is kept a full period after the answer (the
    expert may still need the contact details to reply)."""
    clock = Clock()
    queue = _queue(tmp_path, clock)
    ref = queue.submit("a slow one", contact=CONTACT, consent=True)
    clock.advance(400 * DAY)
    queue.mark(ref, "answered", "Sorry for the wait.")
    clock.advance(DAY)
    assert queue.purge_closed(365) == []
    queue.mark(ref, "new")  # reopened: never purged while open
    clock.advance(1000 * DAY)
    assert queue.purge_closed(365) == []
    assert queue.get(ref).contact == CONTACT


def test_long_running_queue_purges_on_opening_and_then_hourly_as_questions_arrive(tmp_path: Path) -> None:
    clock = Clock()
    setup = _queue(tmp_path, clock)  # no retention: nothing goes by itself
    old = setup.submit("closed long ago", contact=CONTACT, consent=True)
    setup.mark(old, "dismissed")
    clock.advance(400 * DAY)
    setup.submit("a new question", consent=True)
    assert len(setup.list()) == 2

    queue = _queue(tmp_path, clock, retention_days=365)  # the app starts: purged on opening
    assert [q.question for q in queue.list()] == ["a new question"]

    recent = queue.submit("answered soon", consent=True)
    queue.mark(recent, "answered", "An answer.")
    clock.advance(366 * DAY)  # the app kept running; the first submission after an hour purges
    queue.submit("a year later", consent=True)
    assert recent not in {q.ref for q in queue.list()}

    closed = queue.submit("dismissed at once", consent=True)
    queue.mark(closed, "dismissed")
    clock.advance(365 * DAY - timedelta(minutes=30))
    queue.submit("a purge runs, but the dismissed one is not old enough yet", consent=True)
    assert closed in {q.ref for q in queue.list()}
    clock.advance(timedelta(minutes=40))  # now it is past the limit, but the last purge was 40 min ago
    queue.submit("still within the hour", consent=True)
    assert closed in {q.ref for q in queue.list()}  # at most one purge an hour
    clock.advance(timedelta(minutes=20))
    queue.submit("an hour on", consent=True)
    assert closed not in {q.ref for q in queue.list()}
    assert all(q.status == "new" for q in queue.list())


def test_retention_zero_keeps_closed_questions(tmp_path: Path) -> None:
    clock = Clock()
    queue = _queue(tmp_path, clock, retention_days=0)
    ref = queue.submit("question", consent=True)
    queue.mark(ref, "dismissed")
    clock.advance(10_000 * DAY)
    queue.submit("another", consent=True)
    assert ref in {q.ref for q in _queue(tmp_path, clock, retention_days=0).list()}


def test_a_failed_purge_never_fails_the_submission(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    clock = Clock()
    queue = _queue(tmp_path, clock, retention_days=365)

    def broken(days: int, *, now: datetime | None = None, dry_run: bool = False) -> list[str]:
        raise QueueError("can't purge old questions in the expert queue at x: the queue is busy")

    monkeypatch.setattr(queue, "purge_closed", broken)
    clock.advance(2 * DAY)
    with caplog.at_level(logging.WARNING, logger="assistant.expert_queue"):
        ref = queue.submit("stored whatever the purge does", contact=CONTACT, consent=True)
    assert queue.get(ref).question == "stored whatever the purge does"
    assert "not purged" in caplog.text and CONTACT not in caplog.text


def test_a_version_1_queue_gets_closed_times(tmp_path: Path) -> None:
    """Queues written before ``closed_at`` existed: answered questions count from their answer,
    dismissed ones from the upgrade (never sooner than the period allows)."""
    db = tmp_path / "expert-queue.sqlite"
    with sqlite3.connect(db) as conn:
        conn.executescript(
            """
            CREATE TABLE questions (
                ref TEXT PRIMARY KEY, created_at TEXT NOT NULL, question TEXT NOT NULL,
                decision TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '', citations TEXT NOT NULL DEFAULT '[]',
                contact TEXT, consent INTEGER NOT NULL CHECK (consent IN (0, 1)),
                status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'answered', 'dismissed')),
                answer TEXT, answered_at TEXT);
            INSERT INTO questions VALUES
                ('Q-AAAAAA', '2024-01-01T00:00:00Z', 'a', 'ask_expert', '', '[]', NULL, 1, 'answered', 'x',
                 '2024-02-01T00:00:00Z'),
                ('Q-BBBBBB', '2024-01-01T00:00:00Z', 'b', 'ask_expert', '', '[]', 'c@example.org', 1,
                 'dismissed', NULL, NULL),
                ('Q-CCCCCC', '2024-01-01T00:00:00Z', 'c', 'ask_expert', '', '[]', NULL, 1, 'new', NULL, NULL);
            PRAGMA user_version = 1;
            """
        )
    conn.close()
    clock = Clock()
    queue = ExpertQueue(db, retention_days=365, clock=clock)  # purged on opening: Q-AAAAAA went
    assert [(q.ref, q.closed_at) for q in queue.list()] == [
        ("Q-BBBBBB", "2026-01-01T09:00:00Z"),
        ("Q-CCCCCC", None),
    ]
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
    conn.close()
    clock.advance(366 * DAY)
    assert queue.purge_closed(365) == ["Q-BBBBBB"]


# -------------------------------------------------------------------- settings and the command


def test_retention_settings_defaults_and_bounds(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    assert settings.log_retention_days == 90 and settings.queue_retention_days == 365
    assert make_settings(tmp_path, queue_retention_days=0).queue_retention_days == 0
    for field in ("log_retention_days", "queue_retention_days"):
        with pytest.raises(ValueError, match="greater than or equal to 0"):
            make_settings(tmp_path, **{field: -1})


def test_the_app_opens_both_stores_with_their_retention(tmp_path: Path) -> None:
    from assistant.web import common

    settings = make_settings(tmp_path, log_retention_days=7, queue_retention_days=30)
    assert common.get_query_log(settings).retention_days == 7
    assert common.get_expert_queue(settings).retention_days == 30


def _closed_long_ago(settings: Settings) -> tuple[str, str]:
    """An answered question closed in 2020 and a new one from then: (closed ref, open ref)."""
    queue = ExpertQueue(settings.queue_db, clock=Clock(datetime(2020, 1, 1, tzinfo=UTC)))
    closed = queue.submit("closed in 2020", contact=CONTACT, consent=True)
    queue.mark(closed, "answered", "An answer.")
    return closed, queue.submit("open since 2020", consent=True)


@pytest.fixture
def cli_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("ASSISTANT_QUEUE_RETENTION_DAYS", raising=False)
    return Settings()


def test_queue_purge_command(cli_settings: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    closed, still_open = _closed_long_ago(cli_settings)
    assert main(["queue", "purge", "--dry-run"]) == 0
    out, err = capsys.readouterr()
    assert out.split() == [closed] and "would delete 1 answered or dismissed question" in err
    assert {q.ref for q in ExpertQueue(cli_settings.queue_db).list()} == {closed, still_open}

    assert main(["queue", "purge"]) == 0
    out, err = capsys.readouterr()
    assert out.split() == [closed] and "deleted 1 " in err and "more than 365 days ago" in err
    assert [q.ref for q in ExpertQueue(cli_settings.queue_db).list()] == [still_open]
    assert files_holding(cli_settings.data_dir, CONTACT) == []

    assert main(["queue", "purge"]) == 0
    assert "deleted 0 answered or dismissed questions" in capsys.readouterr().err


def test_queue_purge_days_and_retention_off(
    cli_settings: Settings, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    closed, _ = _closed_long_ago(cli_settings)
    monkeypatch.setenv("ASSISTANT_QUEUE_RETENTION_DAYS", "0")
    assert main(["queue", "purge"]) == 0
    assert "retention is off" in capsys.readouterr().out
    assert closed in {q.ref for q in ExpertQueue(cli_settings.queue_db).list()}

    assert main(["queue", "purge", "--days", "100000", "--dry-run"]) == 0  # closed too recently for that
    assert capsys.readouterr().out == ""
    assert main(["queue", "purge", "--days", "30"]) == 0
    assert capsys.readouterr().out.split() == [closed]

    with pytest.raises(SystemExit) as exit_info:
        main(["queue", "purge", "--days", "0"])
    assert exit_info.value.code == 2
    assert "give 1 day or more" in capsys.readouterr().err


def test_bad_queue_retention_setting_is_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ASSISTANT_QUEUE_RETENTION_DAYS", "-5")
    assert main(["queue", "purge"]) == 2
    err = capsys.readouterr().err
    assert "bad setting queue_retention_days" in err and err.count("\n") == 1


def test_queue_purge_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["queue", "purge", "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert "ASSISTANT_QUEUE_RETENTION_DAYS" in out and "--dry-run" in out and "never deleted" in out
