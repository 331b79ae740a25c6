"""The archive's health, for the staff workspace: what to merge, prune, refresh or write.

Everything is read from the vector store (records ride along with their passages), so the report
describes exactly what the assistant answers from:

* near-duplicate answers: Q/A records on different pages whose answers say the same thing
  (cosine of their answer vectors, the mean of each record's answer passages re-normalised);
* answers never retrieved: Q/A pages that no question in ``questions`` (logged or evaluation
  questions) brought into the top 3;
* competing pages: pairs of pages that are the top two for a question with scores within 0.02,
  so which one a patient sees is a coin toss;
* the oldest answers, by date;
* conditions without a factsheet: Q/A pages whose question is not close (cosine < 0.5) to any
  factsheet section, grouped by category.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from assistant.answers import Citation
from assistant.errors import InputError
from assistant.settings import RetrieverName
from embeddings.store import StoredPassage

DUPLICATE_COSINE = 0.92
CONTEST_MARGIN = 0.02
FACTSHEET_COSINE = 0.5
RETRIEVED_K = 3
OLDEST = 10
_EPS = 1e-9
_BLOCK = 1024  # rows of the similarity matrix computed at once

Progress = Callable[[int, int], None]
Matrix = npt.NDArray[np.float32]


class PassageSource(Protocol):
    def all_passages(self, *, with_vectors: bool = False) -> list[StoredPassage]: ...


class HealthBot(Protocol):
    """The part of ``assistant.service.ArchiveAssistant`` the health report needs."""

    @property
    def store(self) -> PassageSource: ...

    def search(
        self, query: str, *, retriever: RetrieverName | None = None, k: int = 10
    ) -> list[Citation]: ...


@dataclass(frozen=True)
class RecordRef:
    """One archived record (a Q/A, or a factsheet section)."""

    record_id: str
    source: str
    title: str
    category: str = ""
    url: str | None = None
    date: str | None = None
    kind: str = "qa"
    section: str | None = None


@dataclass(frozen=True)
class PageRef:
    """One source file (a Q/A page or a whole factsheet)."""

    source: str
    title: str
    category: str = ""
    url: str | None = None


@dataclass(frozen=True)
class DuplicatePair:
    first: RecordRef
    second: RecordRef
    similarity: float


@dataclass(frozen=True)
class CompetingPair:
    """Two pages that came top-two within ``CONTEST_MARGIN`` for ``count`` questions."""

    first: PageRef
    second: PageRef
    count: int
    questions: tuple[str, ...]


@dataclass(frozen=True)
class AgedAnswer:
    record: RecordRef
    date: date
    age_days: int


@dataclass(frozen=True)
class UncoveredPage:
    """A Q/A page with no close factsheet section; ``nearest`` is the closest one, if any."""

    record: RecordRef
    nearest: RecordRef | None
    similarity: float


@dataclass(frozen=True)
class FactsheetGap:
    category: str
    pages: tuple[UncoveredPage, ...]

    @property
    def size(self) -> int:
        return len(self.pages)


@dataclass(frozen=True)
class HealthReport:
    today: date
    answers: int  # Q/A records in the store
    factsheets: int  # factsheet files in the store
    questions_checked: int  # questions searched for "never retrieved" and "competing"
    questions_invalid: int  # questions skipped (empty, too long)
    near_duplicates: tuple[DuplicatePair, ...]
    never_retrieved: tuple[RecordRef, ...]  # empty when no questions were checked
    competing: tuple[CompetingPair, ...]
    oldest: tuple[AgedAnswer, ...]
    undated: int  # Q/A records with no usable date
    missing_factsheets: tuple[FactsheetGap, ...]


@dataclass(frozen=True)
class _Record:
    ref: RecordRef
    question: Matrix | None = None  # the question passage's vector (Q/A)
    answers: tuple[Matrix, ...] = ()  # answer passage vectors (Q/A)
    sections: tuple[Matrix, ...] = ()  # section passage vectors (factsheet)


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _optional(value: Any) -> str | None:
    return _text(value) or None


def _ref(passage: StoredPassage) -> RecordRef:
    rec = passage.record
    return RecordRef(
        record_id=passage.record_id or _text(rec.get("id")),
        source=passage.source or _text(rec.get("source")),
        title=_text(rec.get("title")) or passage.source,
        category=_text(rec.get("category")),
        url=_optional(rec.get("url")),
        date=_optional(rec.get("date")),
        kind=_text(rec.get("kind")) or ("factsheet" if passage.kind == "section" else "qa"),
        section=_optional(rec.get("section")),
    )


def _records(passages: Sequence[StoredPassage]) -> list[_Record]:
    refs: dict[str, RecordRef] = {}
    vectors: dict[tuple[str, str], list[Matrix]] = {}
    for passage in passages:
        refs.setdefault(passage.record_id, _ref(passage))
        if passage.vector is not None:
            key = (passage.record_id, passage.kind)
            vectors.setdefault(key, []).append(np.asarray(passage.vector, dtype=np.float32))
    out = [
        _Record(
            ref,
            question=next(iter(vectors.get((rid, "question"), ())), None),
            answers=tuple(vectors.get((rid, "answer"), ())),
            sections=tuple(vectors.get((rid, "section"), ())),
        )
        for rid, ref in refs.items()
    ]
    return sorted(out, key=lambda r: (r.ref.source, r.ref.record_id))


def _normalised(rows: Matrix) -> Matrix:
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return np.asarray(rows / norms, dtype=np.float32)


def _page(ref: RecordRef) -> PageRef:
    return PageRef(source=ref.source, title=ref.title, category=ref.category, url=ref.url)


def _near_duplicates(records: Sequence[_Record], threshold: float = DUPLICATE_COSINE) -> list[DuplicatePair]:
    """Pairs of Q/A records on different pages whose mean answer vectors have cosine >= threshold,
    most similar first."""
    qa = [r for r in records if r.ref.kind == "qa" and r.answers]
    if len(qa) < 2:
        return []
    matrix = _normalised(np.stack([np.mean(np.stack(r.answers), axis=0) for r in qa]))
    pairs: list[DuplicatePair] = []
    for start in range(0, len(qa), _BLOCK):
        sims = matrix[start : start + _BLOCK] @ matrix.T
        rows, cols = np.nonzero(sims >= threshold - _EPS)
        for row, col in zip(rows.tolist(), cols.tolist(), strict=True):
            i = start + row
            if col <= i or qa[i].ref.source == qa[col].ref.source:
                continue
            pairs.append(DuplicatePair(qa[i].ref, qa[col].ref, round(float(sims[row, col]), 4)))
    return sorted(pairs, key=lambda p: (-p.similarity, p.first.source, p.second.source))


def _oldest_answers(records: Sequence[_Record], today: date, n: int = OLDEST) -> tuple[list[AgedAnswer], int]:
    """The ``n`` oldest Q/A records by date (oldest first), and how many have no usable date."""
    dated: list[AgedAnswer] = []
    undated = 0
    for record in records:
        if record.ref.kind != "qa":
            continue
        try:
            when = date.fromisoformat((record.ref.date or "")[:10])
        except ValueError:
            undated += 1
            continue
        dated.append(AgedAnswer(record.ref, when, (today - when).days))
    dated.sort(key=lambda a: (a.date, a.record.source, a.record.record_id))
    return dated[:n], undated


def _missing_factsheets(
    records: Sequence[_Record], threshold: float = FACTSHEET_COSINE
) -> list[FactsheetGap]:
    """Q/A pages whose question passage has no factsheet section at cosine >= threshold, grouped by
    category (biggest group first; pages least covered first)."""
    sections = [(r.ref, v) for r in records if r.ref.kind == "factsheet" for v in r.sections]
    matrix = np.stack([v for _, v in sections]) if sections else None
    by_category: dict[str, list[UncoveredPage]] = {}
    for record in records:
        if record.ref.kind != "qa" or record.question is None:
            continue
        nearest: RecordRef | None = None
        best = 0.0
        if matrix is not None:
            sims = matrix @ record.question
            index = int(np.argmax(sims))
            nearest, best = sections[index][0], float(sims[index])
        if best < threshold:
            page = UncoveredPage(record.ref, nearest, round(best, 4))
            by_category.setdefault(record.ref.category or "(none)", []).append(page)
    groups = [
        FactsheetGap(category, tuple(sorted(pages, key=lambda p: (p.similarity, p.record.source))))
        for category, pages in by_category.items()
    ]
    return sorted(groups, key=lambda g: (-g.size, g.category))


def _contested(citations: Sequence[Citation], margin: float) -> bool:
    """The top two pages scored within ``margin`` of each other."""
    return (
        len(citations) >= 2
        and citations[0].source != citations[1].source
        and abs(citations[0].score - citations[1].score) <= margin + _EPS
    )


def archive_health(
    bot: HealthBot,
    questions: Sequence[str] = (),
    *,
    today: date | None = None,
    duplicate_cosine: float = DUPLICATE_COSINE,
    contest_margin: float = CONTEST_MARGIN,
    factsheet_cosine: float = FACTSHEET_COSINE,
    oldest: int = OLDEST,
    progress: Progress | None = None,
) -> HealthReport:
    """The health report over the whole store; ``questions`` (e.g. logged and evaluation questions)
    feed "never retrieved" and "competing pages". ``progress(done, total)`` follows the searches."""
    today = today or date.today()
    records = _records(bot.store.all_passages(with_vectors=True))
    pages: dict[str, PageRef] = {}
    for record in records:
        pages.setdefault(record.ref.source, _page(record.ref))

    retrieved: set[str] = set()
    contests: dict[tuple[str, str], list[str]] = {}
    checked = invalid = 0
    for done, question in enumerate(questions, start=1):
        try:
            citations = bot.search(question, k=RETRIEVED_K)
        except InputError:
            invalid += 1
        else:
            checked += 1
            retrieved.update(c.source for c in citations[:RETRIEVED_K])
            if _contested(citations, contest_margin):
                a, b = sorted((citations[0].source, citations[1].source))
                contests.setdefault((a, b), []).append(" ".join(question.split()))
        if progress is not None:
            progress(done, len(questions))

    never = (
        sorted(
            (r.ref for r in records if r.ref.kind == "qa" and r.ref.source not in retrieved),
            key=lambda ref: (ref.category, ref.title, ref.source),
        )
        if checked
        else []
    )
    competing = sorted(
        (
            CompetingPair(
                pages.get(a) or PageRef(a, a),
                pages.get(b) or PageRef(b, b),
                len(asked),
                tuple(asked),
            )
            for (a, b), asked in contests.items()
        ),
        key=lambda p: (-p.count, p.first.source, p.second.source),
    )
    aged, undated = _oldest_answers(records, today, oldest)
    counts = Counter(r.ref.kind for r in records)
    return HealthReport(
        today=today,
        answers=counts["qa"],
        factsheets=len({r.ref.source for r in records if r.ref.kind == "factsheet"}),
        questions_checked=checked,
        questions_invalid=invalid,
        near_duplicates=tuple(_near_duplicates(records, duplicate_cosine)),
        never_retrieved=tuple(never),
        competing=tuple(competing),
        oldest=tuple(aged),
        undated=undated,
        missing_factsheets=tuple(_missing_factsheets(records, factsheet_cosine)),
    )
