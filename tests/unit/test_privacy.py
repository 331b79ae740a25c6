"""What docs/privacy.md promises: questions are logged for ``log_retention_days`` then purged;
a logged or queued question can be deleted and then leaves no trace in the files; contact details
are kept only in the expert queue, only when given and agreed to, and never reach the query log,
the embedding cache or error messages; asking a question adds nothing to the embedding cache."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from assistant.answers import Answer, Citation
from assistant.errors import QueueError
from assistant.expert_queue import ExpertQueue
from assistant.query_log import QueryLog
from assistant.settings import Settings
from embeddings.model import CachedEmbeddings, HashingEmbeddings
from tests.conftest import make_settings

NOW = datetime(2026, 1, 31, 12, tzinfo=UTC)
PERSONAL = "my name is Jane Doe, phone 07700 900123"


def answer(question: str) -> Answer:
    cite = Citation(source="a.txt", id="a.txt#1", title="t", kind="qa", url=None, score=0.8, quote="q")
    return Answer(question=question, decision="answer", safety="none", reason="r", citations=(cite,))


def files_holding(folder: Path, text: str) -> list[str]:
    """Every file under ``folder`` (database, WAL, shared memory) whose bytes contain ``text``."""
    needle = text.encode("utf-8")
    return [p.name for p in folder.rglob("*") if p.is_file() and needle in p.read_bytes()]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path)


def test_stores_live_under_the_data_folder(settings: Settings) -> None:
    assert settings.query_log_db.parent == settings.data_dir
    assert settings.queue_db.parent == settings.data_dir
    assert settings.log_retention_days == 90  # the documented default


def test_the_retention_setting_purges_older_questions_and_their_ratings(settings: Settings) -> None:
    log = QueryLog(settings.query_log_db)
    days = settings.log_retention_days
    old = log.record(answer("asked just over the limit"), 1, at=NOW - timedelta(days=days, minutes=1))
    log.set_feedback(old, 0)
    log.record(answer("asked just inside the limit"), 1, at=NOW - timedelta(days=days) + timedelta(minutes=1))
    log.record(answer("asked today"), 1, at=NOW)
    assert log.purge_older_than(days, now=NOW) == 1
    assert [e.question for e in log.entries()] == ["asked just inside the limit", "asked today"]
    assert log.get(old) is None  # the rating went with it
    assert log.purge_older_than(days, now=NOW) == 0  # purging again removes nothing more
    assert log.purge_older_than(0, now=NOW + timedelta(seconds=1)) == 2  # zero days keeps nothing


def test_purged_and_deleted_questions_leave_no_trace_in_the_files(settings: Settings) -> None:
    log = QueryLog(settings.query_log_db)
    log.record(answer(PERSONAL + " (old)"), 1, at=NOW - timedelta(days=400))
    row = log.record(answer(PERSONAL + " (asked today)"), 1, at=NOW)
    log.record(answer("someone else's question"), 1, at=NOW)
    assert files_holding(settings.data_dir, "Jane Doe")

    assert log.purge_older_than(settings.log_retention_days, now=NOW) == 1
    assert log.delete(row) is True
    # SQLite overwrites deleted rows only with secure_delete; the text must not linger in free pages.
    assert files_holding(settings.data_dir, "Jane Doe") == []
    assert [e.question for e in log.entries()] == ["someone else's question"]


def test_contact_details_are_kept_only_when_given_and_agreed(settings: Settings) -> None:
    queue = ExpertQueue(settings.queue_db)
    given = queue.submit("Is acupuncture safe in pregnancy?", contact=" jane@example.org ", consent=True)
    none = queue.submit("Does acupuncture hurt?", consent=True)
    blank = queue.submit("How many sessions?", contact="   ", consent=True)
    assert queue.get(given).contact == "jane@example.org"
    assert queue.get(none).contact is None and queue.get(blank).contact is None

    with pytest.raises(QueueError, match="consent"):
        queue.submit("Can I have acupuncture on warfarin?", contact="other@example.org", consent=False)
    assert len(queue.list()) == 3
    assert files_holding(settings.data_dir, "other@example.org") == []


def test_contact_details_never_reach_the_query_log(settings: Settings) -> None:
    """The query log has no field for them, and logging the same question does not copy them."""
    queue = ExpertQueue(settings.queue_db)
    log = QueryLog(settings.query_log_db)
    queue.submit("Is acupuncture safe in pregnancy?", contact="jane@example.org", consent=True)
    log.record(answer("Is acupuncture safe in pregnancy?"), 12.0)
    with sqlite3.connect(settings.query_log_db) as conn:
        columns = {row[1] for row in conn.execute("PRAGMA table_info(queries)")}
    assert not {c for c in columns if any(word in c for word in ("contact", "email", "phone", "name"))}
    holding = files_holding(settings.data_dir, "jane@example.org")
    assert holding and all(name.startswith(settings.queue_db.name) for name in holding)  # queue (or its WAL)


def test_queue_errors_never_carry_contact_details(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app logs a failed submission's message: it must not hold what the patient typed."""
    import assistant.expert_queue as expert_queue

    queue = ExpertQueue(settings.queue_db)

    def broken(*args: object, **kwargs: object) -> sqlite3.Connection:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(expert_queue.sqlite3, "connect", broken)
    with pytest.raises(QueueError) as raised:
        queue.submit("My question about needles", contact="jane@example.org", consent=True)
    assert "jane@example.org" not in str(raised.value)
    assert "My question" not in str(raised.value)


def test_the_embedding_cache_keeps_vectors_not_text(tmp_path: Path) -> None:
    cache = CachedEmbeddings(HashingEmbeddings(), tmp_path / "cache.sqlite")
    cache.embed_array([PERSONAL])
    cache.close()
    assert files_holding(tmp_path, "Jane Doe") == []
    assert files_holding(tmp_path, "07700") == []


def test_a_queued_question_can_be_deleted(settings: Settings) -> None:
    queue = ExpertQueue(settings.queue_db)
    ref = queue.submit("Is acupuncture safe in pregnancy?", contact="jane@example.org", consent=True)
    queue.delete(ref)
    assert queue.list() == []
    assert files_holding(settings.data_dir, "jane@example.org") == []


def test_asking_adds_nothing_to_the_embedding_cache(settings: Settings) -> None:
    """Questions are embedded by the bare model: only archive text is cached on disk."""
    from assistant.service import ArchiveAssistant

    bot = ArchiveAssistant.from_settings(settings, embedder=HashingEmbeddings(384))

    def rows() -> int:
        with sqlite3.connect(settings.embedding_cache) as conn:
            return int(conn.execute("SELECT count(*) FROM vectors").fetchone()[0])

    before = rows()
    bot.ask(PERSONAL + ": is a bruise after acupuncture normal?")
    bot.ask("and how long does it last?", ["is a bruise after acupuncture normal?"])
    assert rows() == before
