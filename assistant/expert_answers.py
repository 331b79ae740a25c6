"""Closing the loop: an expert's answer to a queued question becomes an archive record.

``publish_answer`` writes the answer to ``Settings.expert_answers`` (a JSONL export, the format of
``corpus/exports.py``: id, question, answer, category, url, date, title; the id is the queue
reference), marks the queue item answered, and re-indexes: only the new record is embedded, and the
next patient who asks the same thing is answered from it.

The file must lie inside one of ``Settings.corpus_dirs`` (else no index would ever read it); that is
checked before anything is written. It is rewritten atomically (a temporary file, fsync, rename),
so a crash leaves the old file or the new one, never half a line; answering a reference a second
time replaces its record (a correction) instead of adding a duplicate."""

from __future__ import annotations

import json
import os
import tempfile
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Final, Protocol

from assistant.errors import ConfigError, InputError
from corpus.categories import CATEGORIES
from corpus.records import derive_title, normalise_space

if TYPE_CHECKING:
    from assistant.expert_queue import ExpertQueue, QueuedQuestion
    from assistant.service import IndexReport
    from assistant.settings import Settings
    from embeddings.store import Progress

DEFAULT_CATEGORY: Final = "expert-answers"
MAX_TITLE_CHARS: Final = 200
MAX_ANSWER_CHARS: Final = 20_000
EXPORT_SUFFIX: Final = ".jsonl"

# One writer at a time in this process (the file rewrite and the re-index that follows it).
_PUBLISH_LOCK = threading.Lock()


class Reindexer(Protocol):
    """The part of ``assistant.service.ArchiveAssistant`` publishing needs."""

    @property
    def settings(self) -> Settings: ...

    def reindex(self, *, progress: Progress | None = None) -> IndexReport: ...


@dataclass(frozen=True)
class PublishedAnswer:
    """What ``publish_answer`` did. ``live`` is True once the record is in the index (searchable)."""

    ref: str
    source: str  # the record's source, as citations show it
    record_id: str
    path: Path
    live: bool
    passages_embedded: int = 0
    problem: str | None = None  # why it is not live, if it isn't


def _text(value: str | None, what: str, limit: int) -> str:
    text = (value or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        raise InputError(f"the {what} is empty")
    if len(text) > limit:
        raise InputError(f"the {what} is too long ({len(text):,} characters; the limit is {limit:,})")
    return text.encode("utf-8", "replace").decode("utf-8", "replace")


def category_slug(category: str) -> str:
    """A category's folder slug (``corpus.categories.CATEGORIES``), given the slug or its name."""
    value = (category or "").strip()
    if value in CATEGORIES:
        return value
    for slug, name in CATEGORIES.items():
        if value.casefold() == name.casefold():
            return slug
    raise InputError(f"unknown category {category!r}: use one of {', '.join(CATEGORIES.values())}")


def expert_record(
    item: QueuedQuestion,
    title: str,
    category: str,
    answer: str,
    *,
    question: str | None = None,
    today: date | None = None,
) -> dict[str, str]:
    """The JSONL export row for an answered queue item. ``question`` is the question as published
    (an expert may take personal details out); by default the one the patient sent."""
    asked = _text(item.question if question is None else question, "question", 2 * MAX_ANSWER_CHARS)
    heading = normalise_space(title or "") or derive_title(asked)
    if len(heading) > MAX_TITLE_CHARS:
        raise InputError(f"the title is too long ({len(heading)} characters; the limit is {MAX_TITLE_CHARS})")
    return {
        "id": item.ref,
        "question": asked,
        "answer": _text(answer, "answer", MAX_ANSWER_CHARS),
        "category": category_slug(category),
        "url": "",
        "date": (today or date.today()).isoformat(),
        "title": heading,
    }


def check_location(settings: Settings) -> Path:
    """``Settings.expert_answers``, refused (``ConfigError``) unless the index would read it: a
    ``.jsonl`` file inside one of ``corpus_dirs``, in no folder starting with ``.`` or ``_``."""
    path = Path(settings.expert_answers)
    target = path.resolve()
    if path.suffix.lower() != EXPORT_SUFFIX:
        raise ConfigError(f"the expert answers file {path} must be a {EXPORT_SUFFIX} file")
    for root in settings.corpus_dirs:
        base = Path(root).resolve()
        if target == base:
            return path
        if target.is_relative_to(base):
            parts = target.relative_to(base).parts
            if not any(part.startswith((".", "_")) for part in parts):
                return path
    raise ConfigError(
        f"the expert answers file {path} is not inside any archive folder (ASSISTANT_CORPUS_DIRS), so "
        "answers saved there would never be searched; move it into one or add its folder"
    )


def _write_atomically(path: Path, lines: Sequence[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp_name = tempfile.mkstemp(prefix=".expert-answers-", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.writelines(line + "\n" for line in lines)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    try:  # make the rename itself durable
        folder = os.open(path.parent, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(folder)
    except OSError:
        pass
    finally:
        os.close(folder)


def _line_id(line: str) -> str | None:
    try:
        obj = json.loads(line)
    except ValueError:
        return None
    return str(obj.get("id", "")).strip() if isinstance(obj, dict) else None


def append_expert_answer(
    settings: Settings,
    item: QueuedQuestion,
    title: str,
    category: str,
    answer: str,
    *,
    question: str | None = None,
    today: date | None = None,
) -> str:
    """Write the expert's answer to ``settings.expert_answers`` (replacing an earlier answer to the
    same reference) and return the record's ``source`` (as citations will show it)."""
    row = expert_record(item, title, category, answer, question=question, today=today)
    path = check_location(settings)
    line = json.dumps(row, ensure_ascii=False)
    try:
        existing = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"can't read the expert answers file {path}: {exc}") from exc
    kept = [old for old in existing if old.strip() and _line_id(old) != row["id"]]
    try:
        _write_atomically(path, [*kept, line])
    except OSError as exc:
        raise ConfigError(f"can't write the expert answers file {path}: {exc.strerror or exc}") from exc
    return settings.relative_source(path)


def publish_answer(
    bot: Reindexer,
    queue: ExpertQueue,
    ref: str,
    *,
    title: str,
    category: str,
    answer: str,
    question: str | None = None,
    settings: Settings | None = None,
    today: date | None = None,
    progress: Progress | None = None,
) -> PublishedAnswer:
    """Answer queue item ``ref``: append the record, mark the item answered (with the answer),
    re-index (only the new record is embedded) and report whether the record is now searchable.

    ``InputError`` for an unknown reference or unusable text, ``ConfigError`` if the answers file
    can't be used; both before anything is written."""
    settings = settings or bot.settings
    item = queue.get(ref)
    expert_record(item, title, category, answer, question=question, today=today)  # validate first
    check_location(settings)
    with _PUBLISH_LOCK:
        source = append_expert_answer(settings, item, title, category, answer, question=question, today=today)
        queue.mark(item.ref, "answered", answer=answer.strip())
        record_id = f"{source}#{item.ref}"
        report = bot.reindex(progress=progress)
    indexed = {record.id for record in report.load.records}
    problem = None
    if record_id not in indexed:
        reasons = [
            s.reason for s in (*report.load.skipped, *report.load.duplicates) if s.path.startswith(source)
        ]
        problem = "the index did not take the record" + (f" ({reasons[0]})" if reasons else "")
    return PublishedAnswer(
        ref=item.ref,
        source=source,
        record_id=record_id,
        path=Path(settings.expert_answers),
        live=problem is None,
        passages_embedded=report.stats.passages_embedded,
        problem=problem,
    )
