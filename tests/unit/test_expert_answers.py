"""Publishing an expert's answer from the queue: the JSONL record, its place in the archive, and the
queue and index steps (with a stand-in for the assistant's re-index)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest

from assistant.errors import ConfigError, InputError
from assistant.expert_answers import (
    append_expert_answer,
    check_location,
    expert_record,
    publish_answer,
)
from assistant.expert_queue import ExpertQueue, QueuedQuestion
from assistant.settings import Settings
from corpus.load import load_archive
from tests.conftest import make_settings

QUESTION = "Can acupuncture help my horse with its stiff hind legs?"
ANSWER = "Only a vet, or someone working under a vet's direction, may needle an animal in the UK."
TODAY = date(2025, 3, 14)


@pytest.fixture
def archive_settings(tmp_path: Path) -> Settings:
    folder = tmp_path / "archive"
    folder.mkdir()
    return make_settings(
        tmp_path, corpus_dirs=[folder], expert_answers=folder / "expert-answers" / "answers.jsonl"
    )


@pytest.fixture
def queue(archive_settings: Settings) -> ExpertQueue:
    return ExpertQueue(archive_settings.queue_db)


def _item(queue: ExpertQueue, question: str = QUESTION) -> QueuedQuestion:
    return queue.get(queue.submit(question, consent=True, contact="me@example.org"))


class FakeBot:
    """Re-indexing reads the archive as the real one does (``load_archive``)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.calls = 0

    def reindex(self, *, progress: object = None) -> SimpleNamespace:
        self.calls += 1
        loaded = load_archive(self.settings.corpus_dirs, self.settings.relative_source)
        return SimpleNamespace(load=loaded, stats=SimpleNamespace(passages_embedded=2), seconds=0.0)


def test_the_record_is_the_export_format(queue: ExpertQueue) -> None:
    item = _item(queue)
    row = expert_record(
        item, "  Acupuncture   for horses ", "Related therapies", f"\n{ANSWER}\n", today=TODAY
    )
    assert row == {
        "id": item.ref,
        "question": QUESTION,
        "answer": ANSWER,
        "category": "related-therapies",
        "url": "",
        "date": "2025-03-14",
        "title": "Acupuncture for horses",
    }
    assert "me@example.org" not in json.dumps(row)  # contact details never leave the queue


def test_a_missing_title_is_made_from_the_question(queue: ExpertQueue) -> None:
    row = expert_record(_item(queue), "", "expert-answers", ANSWER)
    assert row["title"] == QUESTION


@pytest.mark.parametrize(
    ("title", "category", "answer", "message"),
    [
        ("T", "expert-answers", "   ", "answer is empty"),
        ("T", "Astrology", ANSWER, "unknown category"),
        ("T" * 201, "expert-answers", ANSWER, "title is too long"),
        ("T", "expert-answers", "x" * 20_001, "answer is too long"),
    ],
)
def test_unusable_input_is_refused(
    queue: ExpertQueue, title: str, category: str, answer: str, message: str
) -> None:
    with pytest.raises(InputError, match=message):
        expert_record(_item(queue), title, category, answer)


def test_the_file_must_be_read_by_the_index(tmp_path: Path) -> None:
    folder = tmp_path / "archive"
    folder.mkdir()
    for path in (tmp_path / "elsewhere" / "a.jsonl", folder / "_drafts" / "a.jsonl", folder / "a.csv"):
        with pytest.raises(ConfigError):
            check_location(make_settings(tmp_path, corpus_dirs=[folder], expert_answers=path))
    assert check_location(
        make_settings(tmp_path, corpus_dirs=[folder], expert_answers=folder / "x" / "a.jsonl")
    )


def test_append_then_correct_replaces_the_record(archive_settings: Settings, queue: ExpertQueue) -> None:
    first, second = _item(queue), _item(queue, "Is acupuncture safe for my pet rabbit?")
    path = Path(archive_settings.expert_answers)
    source = append_expert_answer(archive_settings, first, "Horses", "expert-answers", ANSWER, today=TODAY)
    append_expert_answer(archive_settings, second, "Rabbits", "expert-answers", "Ask your vet.", today=TODAY)
    append_expert_answer(archive_settings, first, "Horses", "expert-answers", ANSWER + " (Corrected.)")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == [second.ref, first.ref]
    assert rows[1]["answer"].endswith("(Corrected.)")
    assert not list(path.parent.glob(".expert-answers-*"))  # no temporary file left behind
    loaded = load_archive(archive_settings.corpus_dirs, archive_settings.relative_source)
    assert not loaded.skipped
    records = {r.id: r for r in loaded.records}
    record = records[f"{source}#{first.ref}"]
    assert (record.source, record.kind, record.category, record.url) == (
        source,
        "qa",
        "New expert answers",
        None,
    )


def test_publish_marks_answered_and_reindexes(archive_settings: Settings, queue: ExpertQueue) -> None:
    item = _item(queue, QUESTION + " I'm Jo Bloggs.")
    bot = FakeBot(archive_settings)
    published = publish_answer(
        bot,
        queue,
        item.ref.lower(),
        title="Horses",
        category="expert-answers",
        answer=ANSWER,
        question=QUESTION,
    )
    assert published.live and published.problem is None and bot.calls == 1
    assert published.record_id == f"{published.source}#{item.ref}"
    stored = queue.get(item.ref)
    assert (stored.status, stored.answer) == ("answered", ANSWER)
    assert "Jo Bloggs" not in Path(archive_settings.expert_answers).read_text(encoding="utf-8")


def test_nothing_is_written_for_an_unknown_ref_or_a_bad_location(
    archive_settings: Settings, queue: ExpertQueue, tmp_path: Path
) -> None:
    bot = FakeBot(archive_settings)
    with pytest.raises(InputError, match="no question"):
        publish_answer(bot, queue, "Q-NOPE99", title="T", category="expert-answers", answer=ANSWER)
    item = _item(queue)
    outside = make_settings(
        tmp_path, corpus_dirs=archive_settings.corpus_dirs, expert_answers=tmp_path / "x.jsonl"
    )
    with pytest.raises(ConfigError, match="not inside any archive folder"):
        publish_answer(
            bot, queue, item.ref, title="T", category="expert-answers", answer=ANSWER, settings=outside
        )
    assert queue.get(item.ref).status == "new"
    assert bot.calls == 0 and not Path(archive_settings.expert_answers).exists()


def test_a_record_the_index_drops_is_reported_not_live(
    archive_settings: Settings, queue: ExpertQueue
) -> None:
    # The same question and answer already in the archive: the index keeps the first copy only.
    folder = archive_settings.corpus_dirs[0]
    (folder / "existing.jsonl").write_text(
        json.dumps({"id": "old", "question": QUESTION, "answer": ANSWER}) + "\n", encoding="utf-8"
    )
    item = _item(queue)
    published = publish_answer(
        FakeBot(archive_settings), queue, item.ref, title="T", category="expert-answers", answer=ANSWER
    )
    assert not published.live
    assert published.problem is not None and "same text" in published.problem
