"""Coverage of a list of questions by the archive, and the gaps grouped by topic.

Each question goes through ``bot.ask`` exactly as a patient's would, so the report says what the
assistant would actually do with it:

* ``safety``: the safety check took over (decision ``emergency`` or safety ``urgent``);
* ``uncovered``: no citation, or the top citation's score is below the novelty threshold ``t``
  (the assistant hands the question to an expert);
* ``weak``: answered, but only just (``t <= score < t + weak_margin``);
* ``covered``: answered with room to spare.

The score read is the top-ranked citation's, the same one the policy reads, so ``uncovered`` means
exactly "the assistant would say it has no close answer".

Uncovered and weak questions are then clustered by meaning (agglomerative clustering, average
linkage, cosine distance) so staff see topics to write answers for, not a list of strings.

``coverage_json`` is a contract for outside tools: keep its keys and types.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import math
import re
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Protocol

import numpy as np

from assistant.answers import Answer, Decision, QuestionAnswerer, SafetyLevel
from assistant.errors import InputError
from assistant.retrieval import FORMULA_WEAK_MARGIN
from assistant.settings import Settings
from assistant.topic import FRAMING_WORDS
from embeddings.model import TextEmbedder

CoverageStatus = Literal["covered", "weak", "uncovered", "safety"]
STATUSES: tuple[CoverageStatus, ...] = ("covered", "weak", "uncovered", "safety")
GAP_STATUSES: frozenset[CoverageStatus] = frozenset({"uncovered", "weak"})

NO_CATEGORY = "(none)"
# For a bot that doesn't say (test doubles); the assistant's own margin depends on how it scores
# citations (``ArchiveAssistant.weak_margin``: 0.08 with the formula, 0.35 with the learned head).
DEFAULT_WEAK_MARGIN = FORMULA_WEAK_MARGIN
# Words every question in this archive shares, dropped before questions are embedded for
# clustering: with them, MiniLM puts "Can acupuncture help X?" close to "Can acupuncture help Y?"
# whatever X and Y are, and the topic drowns in the template. Lighter than assistant.topic (which
# scores novelty from a bag of topic words): clustering keeps the sentence, and needle words,
# because "scared of needles" is a topic of its own (with assistant.topic's text, no threshold
# clustered the tuning set described below perfectly).
DOMAIN_WORDS = re.compile(r"\b(?:acupunctur\w*|treat\w*)\b", re.IGNORECASE)
# Average-linkage cosine distance under which questions share a gap cluster. On topic texts
# (domain words dropped), MiniLM puts paraphrases of one question at ~0.1-0.6 and questions about
# different conditions mostly above 0.65. Clustering was perfect (adjusted Rand index 1.0) from
# 0.53 to 0.60 on a tuning set (12 topics x 1-4 paraphrases) and up to 0.59 on a second set of 8
# topics; 0.56 is the middle of that range. Lower splits paraphrases; 0.6+ starts merging related
# conditions (psoriasis with rosacea, asthma with smoking).
GAP_DISTANCE = 0.56
KEY_TERMS = 5
_EPS = 1e-9  # so a score of exactly t + margin counts as covered despite float rounding

Progress = Callable[[int, int], None]


class CoverageBot(QuestionAnswerer, Protocol):
    """The part of ``assistant.service.ArchiveAssistant`` coverage needs."""

    @property
    def embedder(self) -> TextEmbedder: ...


@dataclass(frozen=True)
class QuestionCoverage:
    """One question and what the assistant would do with it. ``source`` and friends describe the
    top citation (the nearest page even when it is not close enough); they are empty for ``safety``
    questions, whose citations are never shown."""

    question: str
    status: CoverageStatus
    source: str | None = None
    title: str | None = None
    category: str | None = None
    score: float | None = None
    quote: str | None = None
    url: str | None = None
    decision: Decision | None = None
    safety: SafetyLevel | None = None

    @property
    def summary_category(self) -> str:
        """The category this question counts under: its top page's, if that page covers it."""
        if self.status in ("covered", "weak") and self.category:
            return self.category
        return NO_CATEGORY


@dataclass(frozen=True)
class SkippedQuestion:
    """A question that could not be asked (empty, too long, binary); ``index`` is 0-based."""

    index: int
    question: str
    reason: str


@dataclass(frozen=True)
class CategoryCoverage:
    category: str
    covered: int = 0
    weak: int = 0
    uncovered: int = 0
    safety: int = 0

    @property
    def total(self) -> int:
        return self.covered + self.weak + self.uncovered + self.safety


@dataclass(frozen=True)
class GapCluster:
    """Uncovered or weak questions about one topic. ``questions`` are most typical first; ``label``
    is the most typical one (the question closest to the cluster's centroid)."""

    label: str
    questions: tuple[str, ...]
    terms: tuple[str, ...] = ()
    uncovered: int = 0
    weak: int = 0

    @property
    def size(self) -> int:
        return len(self.questions)


@dataclass(frozen=True)
class CoverageReport:
    questions: tuple[QuestionCoverage, ...]
    gaps: tuple[GapCluster, ...]
    skipped: tuple[SkippedQuestion, ...]
    threshold: float
    weak_margin: float

    @property
    def invalid(self) -> int:
        """How many questions were skipped as invalid (empty, too long)."""
        return len(self.skipped)

    @property
    def summary(self) -> dict[str, int]:
        counts = Counter(q.status for q in self.questions)
        return {status: counts.get(status, 0) for status in STATUSES}

    @property
    def by_category(self) -> tuple[CategoryCoverage, ...]:
        """Counts by status per category (of the top page; not-covered questions under "(none)"),
        biggest first."""
        counts: dict[str, Counter[str]] = {}
        for item in self.questions:
            counts.setdefault(item.summary_category, Counter())[item.status] += 1
        rows = [
            CategoryCoverage(
                category=name,
                covered=c["covered"],
                weak=c["weak"],
                uncovered=c["uncovered"],
                safety=c["safety"],
            )
            for name, c in counts.items()
        ]
        return tuple(sorted(rows, key=lambda r: (-r.total, r.category == NO_CATEGORY, r.category)))


def classify(answer: Answer, threshold: float, weak_margin: float = DEFAULT_WEAK_MARGIN) -> CoverageStatus:
    """The coverage status of one answer (see the module docstring)."""
    if answer.decision == "emergency" or answer.safety in ("urgent", "emergency"):
        return "safety"
    if not answer.citations:
        return "uncovered"
    score = float(answer.citations[0].score)
    if score < threshold:
        return "uncovered"
    if score < threshold + weak_margin - _EPS:
        return "weak"
    return "covered"


def _coverage_of(answer: Answer, status: CoverageStatus) -> QuestionCoverage:
    base = QuestionCoverage(
        question=answer.question, status=status, decision=answer.decision, safety=answer.safety
    )
    if status == "safety" or not answer.citations:
        return base
    top = answer.citations[0]
    return QuestionCoverage(
        question=answer.question,
        status=status,
        source=top.source,
        title=top.title,
        category=top.category or None,
        score=float(top.score),
        quote=top.quote,
        url=top.url,
        decision=answer.decision,
        safety=answer.safety,
    )


def weak_margin_of(bot: object) -> float:
    """The weak band the bot's scores call for: its ``weak_margin`` if it has one."""
    margin = getattr(bot, "weak_margin", DEFAULT_WEAK_MARGIN)
    return float(margin) if isinstance(margin, (int, float)) else DEFAULT_WEAK_MARGIN


def assess_coverage(
    bot: CoverageBot,
    questions: Sequence[str],
    *,
    weak_margin: float | None = None,
    progress: Progress | None = None,
    gap_distance: float = GAP_DISTANCE,
) -> CoverageReport:
    """Ask every question and report coverage and gap clusters. ``weak_margin`` None: the bot's own
    (``weak_margin_of``).

    Invalid questions (``InputError`` from ``bot.ask``: empty, too long, binary) are skipped and
    listed in ``report.skipped``; ``progress(done, total)`` is called after each question."""
    if weak_margin is None:
        weak_margin = weak_margin_of(bot)
    if not math.isfinite(weak_margin) or weak_margin < 0:
        raise InputError(f"the weak margin must be a number >= 0, got {weak_margin}")
    threshold = float(bot.novelty_threshold)
    items: list[QuestionCoverage] = []
    skipped: list[SkippedQuestion] = []
    total = len(questions)
    for index, question in enumerate(questions):
        try:
            answer = bot.ask(question)
        except InputError as exc:
            skipped.append(SkippedQuestion(index, str(question)[:200], str(exc)))
        else:
            items.append(_coverage_of(answer, classify(answer, threshold, weak_margin)))
        if progress is not None:
            progress(index + 1, total)
    gap_items = [q for q in items if q.status in GAP_STATUSES]
    gaps = cluster_gaps(
        [q.question for q in gap_items],
        bot.embedder,
        distance_threshold=gap_distance,
        statuses=[q.status for q in gap_items],
    )
    return CoverageReport(tuple(items), gaps, tuple(skipped), threshold, float(weak_margin))


# --- gap clusters ---------------------------------------------------------------------------


def topic_text(question: str) -> str:
    """The question without the words every question in the archive shares; the question itself
    if nothing else is left."""
    stripped = " ".join(DOMAIN_WORDS.sub(" ", question).split())
    return stripped if re.search(r"\w", stripped) else question


def _cluster_labels(vectors: np.ndarray, distance_threshold: float) -> list[int]:
    """Cluster ids for each row; rows that are all zeros (no words) stay alone."""
    n = len(vectors)
    norms = np.linalg.norm(vectors, axis=1) if n else np.zeros(0)
    usable = [i for i in range(n) if norms[i] > 0]
    labels = [-1] * n
    next_label = 0
    if len(usable) >= 2:
        from sklearn.cluster import AgglomerativeClustering

        model = AgglomerativeClustering(
            n_clusters=None, distance_threshold=distance_threshold, metric="cosine", linkage="average"
        )
        found = model.fit_predict(vectors[usable])
        for i, label in zip(usable, found, strict=True):
            labels[i] = int(label)
        next_label = int(max(found)) + 1
    for i in range(n):
        if labels[i] < 0:
            labels[i] = next_label
            next_label += 1
    return labels


def _term_text(question: str) -> str:
    """Lower case, contractions closed up ("I've" -> "ive", a framing word, not "ve")."""
    return question.lower().replace("\u2019", "'").replace("'", "")


def _key_terms(texts: Sequence[str], groups: Sequence[Sequence[int]], top: int) -> list[tuple[str, ...]]:
    """Top TF-IDF terms of each group of ``texts``, without English stop words and the framing words
    of assistant.topic; IDF over all texts, so words every gap shares weigh less than the ones that
    set a topic apart."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer

    stop_words = sorted(ENGLISH_STOP_WORDS | FRAMING_WORDS)
    vectorizer = TfidfVectorizer(
        stop_words=stop_words, lowercase=False, token_pattern=r"(?u)\b[^\W\d_]{2,}\b"
    )
    try:
        matrix = vectorizer.fit_transform([_term_text(t) for t in texts])
    except ValueError:  # nothing but stop words
        return [() for _ in groups]
    vocab = vectorizer.get_feature_names_out()
    out: list[tuple[str, ...]] = []
    for rows in groups:
        weights = np.asarray(matrix[list(rows)].sum(axis=0)).ravel()
        order = sorted(
            (i for i in range(len(vocab)) if weights[i] > 0), key=lambda i: (-weights[i], vocab[i])
        )
        out.append(tuple(str(vocab[i]) for i in order[:top]))
    return out


def cluster_gaps(
    questions: Sequence[str],
    embedder: TextEmbedder,
    *,
    distance_threshold: float = GAP_DISTANCE,
    statuses: Sequence[CoverageStatus] | None = None,
    terms: int = KEY_TERMS,
) -> tuple[GapCluster, ...]:
    """Group questions by topic; biggest cluster first (ties: the one asked first). Singletons
    are clusters of size 1. ``statuses`` (parallel to ``questions``) fills the per-cluster counts."""
    if not questions:
        return ()
    vectors = np.asarray(embedder.embed_array([topic_text(q) for q in questions]), dtype=np.float64)
    labels = _cluster_labels(vectors, distance_threshold)
    members: dict[int, list[int]] = {}
    for i, label in enumerate(labels):
        members.setdefault(label, []).append(i)
    groups = sorted(members.values(), key=lambda rows: (-len(rows), rows[0]))
    ordered: list[list[int]] = []
    for rows in groups:
        centroid = vectors[rows].mean(axis=0)
        norm = float(np.linalg.norm(centroid))
        closeness = vectors[rows] @ (centroid / norm) if norm > 0 else np.zeros(len(rows))
        # Rounded so float noise doesn't break ties (two questions are always equally typical).
        ranked = sorted(range(len(rows)), key=lambda j: (-round(float(closeness[j]), 6), rows[j]))
        ordered.append([rows[j] for j in ranked])
    keys = _key_terms(questions, ordered, terms)
    clusters: list[GapCluster] = []
    for rows, words in zip(ordered, keys, strict=True):
        kinds = Counter(statuses[i] for i in rows) if statuses is not None else Counter[str]()
        clusters.append(
            GapCluster(
                label=questions[rows[0]],
                questions=tuple(questions[i] for i in rows),
                terms=words,
                uncovered=kinds["uncovered"],
                weak=kinds["weak"],
            )
        )
    return tuple(clusters)


# --- exports ----------------------------------------------------------------------------------


def _score(value: float | None) -> float | None:
    return None if value is None else round(float(value), 4)


def coverage_json(report: CoverageReport) -> dict[str, Any]:
    """The JSON contract: ``summary`` (the four status counts), ``questions`` (question, status,
    source, score) and ``gaps`` (label, size, questions). Extra keys may be added, never removed."""
    return {
        "summary": {status: int(count) for status, count in report.summary.items()},
        "questions": [
            {
                "question": q.question,
                "status": q.status,
                "source": q.source,
                "score": _score(q.score),
                "title": q.title,
                "category": q.category,
                "url": q.url,
                "quote": q.quote,
                "decision": q.decision,
                "safety": q.safety,
            }
            for q in report.questions
        ],
        "gaps": [
            {
                "label": g.label,
                "size": g.size,
                "questions": list(g.questions),
                "terms": list(g.terms),
                "uncovered": g.uncovered,
                "weak": g.weak,
            }
            for g in report.gaps
        ],
        "by_category": [
            {
                "category": c.category,
                "covered": c.covered,
                "weak": c.weak,
                "uncovered": c.uncovered,
                "safety": c.safety,
                "total": c.total,
            }
            for c in report.by_category
        ],
        "invalid": report.invalid,
        "threshold": report.threshold,
        "weak_margin": report.weak_margin,
    }


CSV_COLUMNS = ("question", "status", "score", "source", "title", "category", "url", "gap", "quote")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> str:
    """A CSV cell; text that a spreadsheet would run as a formula is prefixed with an apostrophe
    (the questions come from the public)."""
    if value is None:
        return ""
    text = str(value)
    if isinstance(value, str) and text.startswith(_FORMULA_START):
        return "'" + text
    return text


def _gap_of(report: CoverageReport) -> dict[str, str]:
    return {q: g.label for g in report.gaps for q in g.questions}


def coverage_csv(report: CoverageReport) -> str:
    """One row per question (columns ``CSV_COLUMNS``); ``gap`` is the label of its gap cluster."""
    gap_of = _gap_of(report)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for q in report.questions:
        score = _score(q.score)
        writer.writerow(
            [
                _cell(q.question),
                q.status,
                "" if score is None else f"{score:.4f}",
                _cell(q.source),
                _cell(q.title),
                _cell(q.category),
                _cell(q.url),
                _cell(gap_of.get(q.question) if q.status in GAP_STATUSES else None),
                _cell(q.quote),
            ]
        )
    return out.getvalue()


def _md(text: str | None, limit: int | None = None) -> str:
    """Text safe inside a Markdown table cell."""
    if not text:
        return ""
    flat = " ".join(text.split())
    if limit is not None and len(flat) > limit:
        flat = flat[: limit - 1].rstrip() + "…"
    return flat.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;")


def coverage_markdown(report: CoverageReport) -> str:
    """A readable report: summary, categories, gap clusters, then every question by status."""
    summary = report.summary
    total = sum(summary.values())
    lines = [
        "# Archive coverage",
        "",
        f"{total} questions: {summary['covered']} covered, {summary['weak']} weak, "
        f"{summary['uncovered']} uncovered, {summary['safety']} safety"
        + (f"; {report.invalid} skipped as invalid." if report.invalid else "."),
        "",
        f"Novelty threshold {report.threshold:.2f}; weak below {report.threshold + report.weak_margin:.2f}.",
        "",
        "| status | questions |",
        "| --- | ---: |",
        *(f"| {status} | {summary[status]} |" for status in STATUSES),
        "",
        "## By category",
        "",
    ]
    if report.by_category:
        lines += [
            "| category | covered | weak | uncovered | safety | total |",
            "| --- | ---: | ---: | ---: | ---: | ---: |",
        ]
        lines += [
            f"| {_md(c.category)} | {c.covered} | {c.weak} | {c.uncovered} | {c.safety} | {c.total} |"
            for c in report.by_category
        ]
    else:
        lines.append("No questions.")
    lines += ["", "## Gaps", ""]
    if not report.gaps:
        lines.append("No uncovered or weak questions.")
    for n, gap in enumerate(report.gaps, start=1):
        noun = "question" if gap.size == 1 else "questions"
        lines.append(f"### {n}. {_md(gap.label, 160)} ({gap.size} {noun})")
        lines.append("")
        if gap.terms:
            lines += [f"Key terms: {', '.join(_md(t) for t in gap.terms)}", ""]
        lines += [f"- {_md(q, 300)}" for q in gap.questions]
        lines.append("")
    if report.skipped:
        lines += ["## Skipped", ""]
        lines += [f"- #{s.index + 1}: {_md(s.reason)}" for s in report.skipped]
        lines.append("")
    for status in STATUSES:
        rows = [q for q in report.questions if q.status == status]
        if not rows:
            continue
        lines += [
            f"## {status.capitalize()} ({len(rows)})",
            "",
            "| question | score | top page |",
            "| --- | ---: | --- |",
        ]
        for q in rows:
            score = "" if q.score is None else f"{q.score:.2f}"
            page = _md(q.title or q.source)
            lines.append(f"| {_md(q.question, 200)} | {score} | {page} |")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


# --- reading uploads --------------------------------------------------------------------------

TEXT_SUFFIXES = frozenset({"", ".txt", ".text"})
CSV_SUFFIXES = frozenset({".csv"})


def _decode(data: bytes, name: str) -> str:
    if b"\x00" in data:
        raise InputError(f"{name} is a binary file, not text (it contains NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name} is not UTF-8 text (bad byte at offset {exc.start}); save it as UTF-8 and try again"
        ) from None


def _csv_questions(text: str, name: str) -> list[str]:
    try:
        rows = [row for row in csv.reader(io.StringIO(text, newline="")) if any(cell.strip() for cell in row)]
    except csv.Error as exc:
        raise InputError(f"{name} is not a readable CSV file ({exc})") from None
    if not rows:
        return []
    header = [cell.strip().casefold() for cell in rows[0]]
    for wanted in ("question", "questions"):
        if wanted in header:
            column = header.index(wanted)
            body = rows[1:]
            break
    else:
        column = 0
        # No "question" column: the first row is a header unless it reads like a question itself.
        body = rows if rows[0] and rows[0][0].strip().endswith("?") else rows[1:]
    return [row[column].strip() for row in body if len(row) > column and row[column].strip()]


def read_questions(path: Path, max_bytes: int) -> list[str]:
    """Questions from an upload: ``.txt`` (one a line) or ``.csv`` (the column named "question",
    else the first column; the first row is the header). Blank lines are dropped.

    Raises ``InputError`` naming the reason for a missing, oversized, binary, non-UTF-8 or
    unsupported file, or one with no questions."""
    path = Path(path)
    name = path.name or str(path)
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES | CSV_SUFFIXES:
        raise InputError(
            f"{name}: unsupported file type {suffix!r}; use .txt (one question a line) or .csv "
            "(a 'question' column)"
        )
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise InputError(f"{name} is a folder, not a file of questions")
        if size > max_bytes:
            raise InputError(f"{name} is too large ({size:,} bytes; the limit is {max_bytes:,})")
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"no such file: {path}") from None
    except OSError as exc:
        raise InputError(f"can't read {path}: {exc.strerror or exc}") from None
    if len(data) > max_bytes:  # it grew since stat
        raise InputError(f"{name} is too large ({len(data):,} bytes; the limit is {max_bytes:,})")
    text = _decode(data, name)
    if suffix in CSV_SUFFIXES:
        questions = _csv_questions(text, name)
    else:
        questions = [line.strip() for line in text.splitlines() if line.strip()]
    if not questions:
        raise InputError(f"{name} contains no questions")
    return questions


# --- the `assistant coverage` command ---------------------------------------------------------

FORMATS = ("json", "csv", "md")


def render(report: CoverageReport, fmt: str) -> str:
    """The report as ``json``, ``csv`` or ``md`` text."""
    if fmt == "json":
        return json.dumps(coverage_json(report), ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        return coverage_csv(report)
    if fmt == "md":
        return coverage_markdown(report)
    raise InputError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``coverage`` sub-command to ``subparsers``."""
    parser = subparsers.add_parser(
        "coverage",
        help="check which questions the archive covers, and group the gaps by topic",
        description=(
            "Ask every question in FILE as a patient would and report how well the archive covers it: "
            "covered, weak (just above the novelty threshold), uncovered (handed to an expert) or safety "
            "(the safety check took over). Uncovered and weak questions are grouped into topics to write "
            "new answers for. Empty or over-long questions are skipped and counted. Exit 0 on success, "
            "2 on a bad file or option."
        ),
    )
    parser.add_argument(
        "file",
        type=Path,
        metavar="FILE",
        help="questions: a .txt file (one a line) or a .csv file (a 'question' column, else the first)",
    )
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default="json",
        help="json (the documented contract: summary, questions, gaps), csv (one row per question) or md "
        "(a readable report) (default: json)",
    )
    parser.add_argument(
        "--out", type=Path, default=None, metavar="PATH", help="write the report to PATH instead of stdout"
    )
    parser.add_argument(
        "--weak-margin",
        type=float,
        default=None,
        metavar="X",
        help="answers scoring below threshold + X count as weak (default: 0.35 with the learned evidence "
        "score, 0.08 with the formula)",
    )
    parser.add_argument("--no-progress", action="store_true", help="don't show the progress bar on stderr")
    parser.set_defaults(handler=run_command)


def load_bot(settings: Settings) -> CoverageBot:
    """The real assistant (imported late: loading the model is slow); a first index build shows
    its own progress bar."""
    from assistant.service import ArchiveAssistant
    from embeddings.store import tqdm_progress

    update, close = tqdm_progress("embedding")
    try:
        return ArchiveAssistant.from_settings(settings, progress=update)
    finally:
        close()


def run_command(args: argparse.Namespace, settings: Settings, bot: CoverageBot | None = None) -> int:
    """Run ``assistant coverage``. The file is read (and refused) before the model loads; ``bot``
    is for tests."""
    from tqdm import tqdm

    fmt = str(args.format)
    if fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    margin = None if args.weak_margin is None else float(args.weak_margin)
    if margin is not None and (not math.isfinite(margin) or margin < 0):
        raise InputError(f"--weak-margin must be a number >= 0, got {args.weak_margin}")
    questions = read_questions(Path(args.file), settings.upload_max_bytes)
    if bot is None:
        bot = load_bot(settings)
    bar: Any = tqdm(
        total=len(questions),
        desc="coverage",
        unit="question",
        file=sys.stderr,
        disable=bool(args.no_progress),
    )

    def update(done: int, total: int) -> None:
        bar.n = done
        bar.refresh()

    try:
        report = assess_coverage(bot, questions, weak_margin=margin, progress=update)
    finally:
        bar.close()
    text = render(report, fmt)
    if args.out is None:
        sys.stdout.write(text)
    else:
        out = Path(args.out)
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise InputError(f"can't write {out}: {exc.strerror or exc}") from None
    s = report.summary
    print(
        f"coverage: {s['covered']} covered, {s['weak']} weak, {s['uncovered']} uncovered, "
        f"{s['safety']} safety; {len(report.gaps)} gap topics"
        + (f"; {report.invalid} invalid questions skipped" if report.invalid else "")
        + (f"; report: {args.out}" if args.out is not None else ""),
        file=sys.stderr,
    )
    return 0
