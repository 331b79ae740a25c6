"""Coverage reports and archive health with a fake bot (canned answers) and the hashing model."""

from __future__ import annotations

import argparse
import csv
import io
import json
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import numpy as np
import pytest

from assistant.answers import Answer, Citation, Decision, SafetyLevel
from assistant.archive_health import archive_health
from assistant.coverage import (
    CSV_COLUMNS,
    NO_CATEGORY,
    assess_coverage,
    classify,
    cluster_gaps,
    coverage_csv,
    coverage_json,
    coverage_markdown,
    read_questions,
    register,
    run_command,
)
from assistant.errors import InputError
from assistant.settings import RetrieverName, Settings
from assistant.text import clean_question
from embeddings.model import HashingEmbeddings
from embeddings.store import StoredPassage

T = 0.55
MARGIN = 0.08


def cite(source: str, score: float, category: str = "Arthritis") -> Citation:
    return Citation(
        source=source,
        id=source + "#0",
        title=f"Title of {source}",
        kind="qa",
        url=f"https://example.org/{source}",
        score=score,
        quote=f"quote from {source}",
        category=category,
    )


class FakeBot:
    """Canned answers keyed by question; unknown questions get no citations."""

    def __init__(self, threshold: float = T) -> None:
        self.novelty_threshold = threshold
        self.embedder = HashingEmbeddings()
        self.canned: dict[str, tuple[tuple[Citation, ...], Decision, SafetyLevel]] = {}
        self.asked: list[str] = []

    def add(
        self,
        question: str,
        *citations: Citation,
        decision: Decision | None = None,
        safety: SafetyLevel = "none",
    ) -> FakeBot:
        if decision is None:
            best = citations[0].score if citations else 0.0
            decision = "answer" if best >= self.novelty_threshold else "ask_expert"
        self.canned[question] = (citations, decision, safety)
        return self

    def ask(
        self,
        question: str,
        history: Sequence[str] = (),
        *,
        retriever: RetrieverName | None = None,
        k: int | None = None,
    ) -> Answer:
        question = clean_question(question, 200)
        self.asked.append(question)
        citations, decision, safety = self.canned.get(question, ((), "ask_expert", "none"))
        return Answer(question, decision, safety, "canned", citations)


# --- statuses ---------------------------------------------------------------------------------


def test_status_boundaries_at_threshold_and_margin() -> None:
    bot = (
        FakeBot()
        .add("just below t", cite("a", T - 0.0001))
        .add("exactly t", cite("b", T))
        .add("just below t + margin", cite("c", T + MARGIN - 0.0001))
        .add("exactly t + margin", cite("d", T + MARGIN))
        .add("exactly 0.63 typed by hand", cite("e", 0.63))
        .add("well above", cite("f", 0.9))
        .add("no citations")
    )
    report = assess_coverage(bot, list(bot.canned), weak_margin=MARGIN)
    status = {q.question: q.status for q in report.questions}
    assert status == {
        "just below t": "uncovered",
        "exactly t": "weak",
        "just below t + margin": "weak",
        "exactly t + margin": "covered",
        "exactly 0.63 typed by hand": "covered",
        "well above": "covered",
        "no citations": "uncovered",
    }
    assert report.summary == {"covered": 3, "weak": 2, "uncovered": 2, "safety": 0}
    assert report.threshold == T and report.weak_margin == MARGIN


def test_status_reads_the_top_ranked_citation_like_the_policy() -> None:
    # Hybrid ranking may put a lower-scoring page first; the assistant then hands off.
    bot = FakeBot().add("q", cite("first", 0.40), cite("second", 0.80))
    [item] = assess_coverage(bot, ["q"]).questions
    assert item.status == "uncovered" and item.source == "first" and item.score == pytest.approx(0.40)


def test_without_a_margin_the_bot_s_own_band_is_used() -> None:
    # The learned evidence score is a probability, so the assistant carries a wider band (0.35)
    # than the formula's 0.08; a bot that says nothing gets the formula's.
    plain = FakeBot().add("q", cite("a", T + 0.2))
    assert assess_coverage(plain, ["q"]).weak_margin == pytest.approx(0.08)
    assert assess_coverage(plain, ["q"]).questions[0].status == "covered"
    learned = FakeBot().add("q", cite("a", T + 0.2))
    learned.weak_margin = 0.35  # type: ignore[attr-defined]
    report = assess_coverage(learned, ["q"])
    assert report.weak_margin == pytest.approx(0.35) and report.questions[0].status == "weak"
    assert assess_coverage(learned, ["q"], weak_margin=0.1).questions[0].status == "covered"


def test_zero_margin_has_no_weak_band() -> None:
    bot = FakeBot().add("q", cite("a", T))
    assert assess_coverage(bot, ["q"], weak_margin=0.0).questions[0].status == "covered"
    with pytest.raises(InputError, match="weak margin"):
        assess_coverage(bot, ["q"], weak_margin=-0.1)


@pytest.mark.parametrize(
    ("decision", "safety", "score", "expected"),
    [
        ("emergency", "emergency", 0.9, "safety"),  # citations may be present; safety wins
        ("ask_expert", "urgent", 0.9, "safety"),
        ("answer", "caution", 0.9, "covered"),  # caution still answers from the archive
        ("ask_expert", "caution", 0.2, "uncovered"),
    ],
)
def test_safety_status(decision: Decision, safety: SafetyLevel, score: float, expected: str) -> None:
    answer = Answer("q", decision, safety, "r", (cite("a", score),))
    assert classify(answer, T, MARGIN) == expected


def test_safety_questions_keep_no_citation() -> None:
    bot = FakeBot().add(
        "I have crushing chest pain", cite("a", 0.9), decision="emergency", safety="emergency"
    )
    report = assess_coverage(bot, ["I have crushing chest pain"])
    [item] = report.questions
    assert item.status == "safety" and item.source is None and item.score is None and item.quote is None
    assert report.gaps == ()
    assert coverage_json(report)["questions"][0]["source"] is None


def test_invalid_questions_are_skipped_and_counted() -> None:
    bot = FakeBot().add("fine", cite("a", 0.9))
    seen: list[tuple[int, int]] = []
    questions = ["", "fine", "   \t ", "x" * 500, "fine"]
    report = assess_coverage(bot, questions, progress=lambda done, total: seen.append((done, total)))
    assert report.invalid == 3
    assert [s.index for s in report.skipped] == [0, 2, 3]
    assert "empty" in report.skipped[0].reason and "too long" in report.skipped[2].reason
    assert len(report.skipped[2].question) <= 200
    assert [q.question for q in report.questions] == ["fine", "fine"]
    assert seen == [(n, 5) for n in range(1, 6)]
    assert coverage_json(report)["invalid"] == 3


def test_summary_by_category() -> None:
    bot = (
        FakeBot()
        .add("a1", cite("a", 0.9, "Arthritis"))
        .add("a2", cite("b", 0.58, "Arthritis"))
        .add("c1", cite("c", 0.9, "Children"))
        .add("u1", cite("d", 0.3, "Children"))
        .add("u2")
        .add("s1", cite("e", 0.9, "Children"), decision="emergency", safety="emergency")
    )
    rows = {c.category: c for c in assess_coverage(bot, list(bot.canned)).by_category}
    assert set(rows) == {"Arthritis", "Children", NO_CATEGORY}
    assert (rows["Arthritis"].covered, rows["Arthritis"].weak, rows["Arthritis"].total) == (1, 1, 2)
    assert (rows["Children"].covered, rows["Children"].total) == (1, 1)
    assert (rows[NO_CATEGORY].uncovered, rows[NO_CATEGORY].safety) == (2, 1)


# --- gap clusters -----------------------------------------------------------------------------

PSORIASIS = [
    "Can acupuncture help psoriasis on my elbows?",
    "Can acupuncture help my psoriasis on the elbows?",
    "Does acupuncture help psoriasis on elbows and knees?",
]
ASTHMA = [
    "Will acupuncture help my asthma and wheezing?",
    "Can acupuncture help asthma and wheezing at night?",
]
PARKING = "How do I park my car at the clinic?"


def test_clustering_groups_obvious_paraphrases() -> None:
    questions = [ASTHMA[0], PSORIASIS[0], PARKING, PSORIASIS[1], ASTHMA[1], PSORIASIS[2]]
    gaps = cluster_gaps(questions, HashingEmbeddings())
    assert [sorted(g.questions) for g in gaps] == [sorted(PSORIASIS), sorted(ASTHMA), [PARKING]]
    assert [g.size for g in gaps] == [3, 2, 1]
    assert gaps[0].label in PSORIASIS and gaps[0].label == gaps[0].questions[0]
    assert "psoriasis" in gaps[0].terms and "asthma" in gaps[1].terms
    for gap in gaps:  # stop words and the words every question shares are not key terms
        assert not {"can", "my", "the", "acupuncture", "help"} & set(gap.terms)


class TableEmbedder:
    """Fixed vectors per (topic) text."""

    name = "table"
    dimension = 3

    def __init__(self, table: dict[str, tuple[float, ...]]) -> None:
        self.table = table

    def embed_array(self, texts: Sequence[str]) -> np.ndarray:
        rows = np.array([self.table[t] for t in texts], dtype=np.float32)
        return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def test_typical_question_is_closest_to_the_centroid() -> None:
    table = {"edge one": (1.0, 0.3, 0.0), "middle": (1.0, 0.0, 0.0), "edge two": (1.0, -0.25, 0.0)}
    gaps = cluster_gaps(["edge one", "edge two", "middle"], TableEmbedder(table))
    assert len(gaps) == 1
    assert gaps[0].label == "middle" and gaps[0].questions == ("middle", "edge two", "edge one")


def test_two_question_tie_goes_to_the_one_asked_first() -> None:
    table = {"first": (1.0, 0.2, 0.0), "second": (1.0, -0.2, 0.0)}
    for order in (["first", "second"], ["second", "first"]):
        [gap] = cluster_gaps(order, TableEmbedder(table))
        assert gap.label == order[0]


def test_clustering_edge_cases() -> None:
    model = HashingEmbeddings()
    assert cluster_gaps([], model) == ()
    [one] = cluster_gaps(["only one question about gout"], model)
    assert (one.size, one.label) == (1, "only one question about gout")
    # No words at all: a zero vector; it stays a singleton instead of breaking the clustering.
    gaps = cluster_gaps(["???", "!!!", *ASTHMA], model)
    assert sorted(g.size for g in gaps) == [1, 1, 2]
    assert {g.terms for g in gaps if g.size == 1} == {()}


def test_gaps_hold_only_uncovered_and_weak_questions() -> None:
    bot = FakeBot()
    for q in PSORIASIS:
        bot.add(q, cite("p", 0.40))
    bot.add(ASTHMA[0], cite("a", 0.57)).add(ASTHMA[1], cite("a", 0.58))
    bot.add("Does acupuncture hurt?", cite("hurt", 0.9))
    bot.add("chest pain and can't breathe", decision="emergency", safety="emergency")
    report = assess_coverage(bot, list(bot.canned))
    assert [(g.size, g.uncovered, g.weak) for g in report.gaps] == [(3, 3, 0), (2, 0, 2)]
    in_gaps = {q for g in report.gaps for q in g.questions}
    assert in_gaps == set(PSORIASIS) | set(ASTHMA)


# --- exports ----------------------------------------------------------------------------------


def mixed_report() -> tuple[FakeBot, list[str]]:
    bot = FakeBot()
    for q in PSORIASIS:
        bot.add(q, cite("p", 0.41, "Skin"))
    bot.add('=HYPERLINK("http://evil") | is this covered?', cite("x", 0.60, "General"))
    bot.add("Does acupuncture hurt?", cite("hurt", 0.91, "General"))
    bot.add("I can't breathe", decision="emergency", safety="emergency")
    return bot, [*bot.canned, ""]


def test_json_contract_keys_and_types() -> None:
    bot, questions = mixed_report()
    data = coverage_json(assess_coverage(bot, questions))
    json.dumps(data)  # serialisable as is
    assert {"summary", "questions", "gaps"} <= set(data)
    assert list(data["summary"]) == ["covered", "weak", "uncovered", "safety"]
    assert all(type(v) is int for v in data["summary"].values())
    assert data["summary"] == {"covered": 1, "weak": 1, "uncovered": 3, "safety": 1}
    assert len(data["questions"]) == 6
    for item in data["questions"]:
        assert {"question", "status", "source", "score"} <= set(item)
        assert type(item["question"]) is str
        assert item["status"] in {"covered", "weak", "uncovered", "safety"}
        assert item["source"] is None or type(item["source"]) is str
        assert item["score"] is None or type(item["score"]) is float
    safety = [q for q in data["questions"] if q["status"] == "safety"]
    assert safety[0]["source"] is None and safety[0]["score"] is None
    assert data["gaps"]
    for gap in data["gaps"]:
        assert {"label", "size", "questions"} <= set(gap)
        assert type(gap["label"]) is str and type(gap["size"]) is int
        assert type(gap["questions"]) is list and all(type(q) is str for q in gap["questions"])
        assert gap["size"] == len(gap["questions"])
    assert data["gaps"][0]["size"] == 3 and data["gaps"][0]["label"] in PSORIASIS


def test_csv_export() -> None:
    bot, questions = mixed_report()
    report = assess_coverage(bot, questions)
    text = coverage_csv(report)
    rows = list(csv.DictReader(io.StringIO(text)))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == len(report.questions)
    by_status = {r["status"] for r in rows}
    assert by_status == {"covered", "weak", "uncovered", "safety"}
    hurt = next(r for r in rows if r["question"] == "Does acupuncture hurt?")
    assert (hurt["score"], hurt["source"], hurt["category"], hurt["gap"]) == ("0.9100", "hurt", "General", "")
    psoriasis = [r for r in rows if r["question"] in PSORIASIS]
    assert len({r["gap"] for r in psoriasis}) == 1 and psoriasis[0]["gap"] in PSORIASIS
    # A question typed by the public can't become a spreadsheet formula.
    formula = next(r for r in rows if "HYPERLINK" in r["question"])
    assert formula["question"].startswith("'=")
    safety = next(r for r in rows if r["status"] == "safety")
    assert safety["score"] == "" and safety["source"] == ""


def test_markdown_export() -> None:
    bot, questions = mixed_report()
    text = coverage_markdown(assess_coverage(bot, questions))
    assert text.startswith("# Archive coverage\n")
    assert "6 questions: 1 covered, 1 weak, 3 uncovered, 1 safety; 1 skipped as invalid." in text
    assert "## Gaps" in text and "### 1. " in text and "(3 questions)" in text
    assert "## Uncovered (3)" in text and "## Safety (1)" in text
    assert "\\| is this covered?" in text  # pipes escaped inside tables
    table_rows = [line for line in text.splitlines() if line.startswith("| ")]
    assert all(line.rstrip().endswith("|") for line in table_rows)


def test_empty_report_exports() -> None:
    report = assess_coverage(FakeBot(), [])
    assert coverage_json(report)["summary"] == {"covered": 0, "weak": 0, "uncovered": 0, "safety": 0}
    assert coverage_json(report)["gaps"] == [] and coverage_json(report)["questions"] == []
    assert coverage_csv(report).splitlines() == [",".join(CSV_COLUMNS)]
    assert "No uncovered or weak questions." in coverage_markdown(report)


# --- reading uploads --------------------------------------------------------------------------


def test_read_txt(tmp_path: Path) -> None:
    path = tmp_path / "q.txt"
    path.write_bytes("\ufeffDoes it hurt?\r\n\r\n  Can I drive after?  \nÀ bientôt, café?\n".encode())
    assert read_questions(path, 10_000) == ["Does it hurt?", "Can I drive after?", "À bientôt, café?"]


def test_read_csv_question_column(tmp_path: Path) -> None:
    path = tmp_path / "q.csv"
    path.write_text(
        'id,Question,date\n1,"Does it hurt, a lot?",2024\n2,,2024\n3,Can I drive?\n', encoding="utf-8"
    )
    assert read_questions(path, 10_000) == ["Does it hurt, a lot?", "Can I drive?"]


def test_read_csv_first_column(tmp_path: Path) -> None:
    path = tmp_path / "q.csv"
    path.write_text("text,source\nDoes it hurt?,log\nCan I drive?,log\n", encoding="utf-8")
    assert read_questions(path, 10_000) == ["Does it hurt?", "Can I drive?"]
    # A first row that is itself a question is not taken for a header.
    path.write_text("Does it hurt?\nCan I drive?\n", encoding="utf-8")
    assert read_questions(path, 10_000) == ["Does it hurt?", "Can I drive?"]


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("q.txt", b"\x00\x01binary\xff", "binary file"),
        ("q.csv", b"PK\x03\x04\x00\x00zip", "binary file"),
        ("q.txt", "caf\u00e9 question?".encode("latin-1"), "not UTF-8"),
        ("q.txt", b"a question?\n" * 200, "too large (2,400 bytes; the limit is 1,000)"),
        ("q.txt", b"\n  \n\n", "contains no questions"),
        ("q.csv", b"question\n", "contains no questions"),
        ("q.xlsx", b"whatever", "unsupported file type '.xlsx'"),
    ],
)
def test_read_questions_refuses(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError) as info:
        read_questions(path, 1_000)
    assert message in str(info.value) and name in str(info.value)


def test_read_questions_missing_or_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_questions(tmp_path / "nope.txt", 1_000)
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    with pytest.raises(InputError, match="is a folder"):
        read_questions(folder, 1_000)


# --- the command ------------------------------------------------------------------------------


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="assistant")
    register(root.add_subparsers(dest="command", required=True))
    return root


def test_command_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        parser().parse_args(["coverage", "--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert "--format {json,csv,md}" in out and "--out PATH" in out and "weak" in out


@pytest.mark.parametrize("fmt", ["json", "csv", "md"])
def test_command_writes_report(tmp_path: Path, fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    bot, questions = mixed_report()
    src = tmp_path / "questions.txt"
    src.write_text("\n".join(q for q in questions if q) + "\n", encoding="utf-8")
    out = tmp_path / "sub" / f"report.{fmt}"
    args = parser().parse_args(["coverage", str(src), "--format", fmt, "--out", str(out), "--no-progress"])
    assert args.handler is run_command
    assert run_command(args, Settings(), bot=bot) == 0
    text = out.read_text(encoding="utf-8")
    if fmt == "json":
        assert json.loads(text)["summary"]["uncovered"] == 3
    elif fmt == "csv":
        assert text.startswith("question,status,score")
    else:
        assert text.startswith("# Archive coverage")
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "1 covered, 1 weak, 3 uncovered, 1 safety" in captured.err


def test_command_prints_to_stdout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bot, _ = mixed_report()
    src = tmp_path / "questions.txt"
    src.write_text("Does acupuncture hurt?\n", encoding="utf-8")
    args = parser().parse_args(["coverage", str(src)])
    assert run_command(args, Settings(), bot=bot) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["summary"]["covered"] == 1
    assert "coverage" in captured.err  # the progress bar and the summary line go to stderr


def test_command_refuses_bad_file_before_loading(tmp_path: Path) -> None:
    src = tmp_path / "q.txt"
    src.write_bytes(b"\x00\x00")
    args = parser().parse_args(["coverage", str(src), "--no-progress"])
    with pytest.raises(InputError, match="binary"):
        run_command(args, Settings(), bot=None)  # would load the model if the file were read later
    args = parser().parse_args(["coverage", str(src), "--weak-margin", "-1"])
    with pytest.raises(InputError, match="--weak-margin"):
        run_command(args, Settings(), bot=None)


# --- archive health (fake store) --------------------------------------------------------------


def unit(*values: float) -> np.ndarray:
    vector = np.zeros(4, dtype=np.float32)
    vector[: len(values)] = values
    return vector / np.linalg.norm(vector)


def passage(record_id: str, source: str, kind: str, vector: np.ndarray, **record: object) -> StoredPassage:
    meta: dict[str, object] = {
        "id": record_id,
        "source": source,
        "kind": "factsheet" if kind == "section" else "qa",
        "title": f"Title {record_id}",
        "category": "General",
        **record,
    }
    return StoredPassage(f"{record_id}::{kind}", record_id, source, kind, "text", "quote", meta, vector)


class FakeStore:
    def __init__(self, passages: list[StoredPassage]) -> None:
        self.passages = passages

    def all_passages(self, *, with_vectors: bool = False) -> list[StoredPassage]:
        assert with_vectors
        return self.passages


class HealthFakeBot:
    def __init__(self, passages: list[StoredPassage], results: dict[str, list[Citation]]) -> None:
        self.store = FakeStore(passages)
        self.results = results

    def search(self, query: str, *, retriever: RetrieverName | None = None, k: int = 10) -> list[Citation]:
        query = clean_question(query, 200)
        return self.results.get(query, [])[:k]


def test_archive_health_on_a_fake_store() -> None:
    passages = [
        # a and b say the same thing on different pages; c is its own answer.
        passage("a", "pages/a.txt", "question", unit(1, 0, 0), date="2015-03-01", category="Skin"),
        passage("a", "pages/a.txt", "answer", unit(0, 1, 0.1)),
        passage("a", "pages/a.txt", "answer", unit(0, 1, -0.1)),
        passage("b", "pages/b.txt", "question", unit(1, 0.2, 0), date="2012-01-01", category="Skin"),
        passage("b", "pages/b.txt", "answer", unit(0, 1, 0)),
        passage("c", "pages/c.txt", "question", unit(0, 0, 1), date="2020-06-30", category="Back"),
        passage("c", "pages/c.txt", "answer", unit(0, 0, 1)),
        passage("d", "pages/d.txt", "question", unit(0, 0, 0, 1), date="not a date", category="Back"),
        passage("d", "pages/d.txt", "answer", unit(1, 0, 0, 1)),
        # one factsheet close to c's question only
        passage("f1", "factsheets/f.md", "section", unit(0, 0.1, 1), section="Evidence"),
        passage("f2", "factsheets/f.md", "section", unit(0, 1, 0.2), section="Safety"),
    ]
    results = {
        "q1": [cite("pages/a.txt", 0.70), cite("pages/b.txt", 0.69), cite("pages/c.txt", 0.2)],
        "q2": [cite("pages/b.txt", 0.61), cite("pages/a.txt", 0.60)],
        "q3": [cite("pages/b.txt", 0.9), cite("pages/a.txt", 0.5)],
    }
    report = archive_health(HealthFakeBot(passages, results), ["q1", "q2", "q3", ""], today=date(2025, 1, 1))
    assert (report.answers, report.factsheets) == (4, 1)
    assert (report.questions_checked, report.questions_invalid) == (3, 1)

    [dup] = report.near_duplicates
    assert {dup.first.source, dup.second.source} == {"pages/a.txt", "pages/b.txt"}
    assert dup.similarity >= 0.92

    assert [r.source for r in report.never_retrieved] == ["pages/d.txt"]

    [pair] = report.competing
    assert (pair.first.source, pair.second.source, pair.count) == ("pages/a.txt", "pages/b.txt", 2)
    assert pair.questions == ("q1", "q2") and pair.first.title == "Title a"

    assert [a.record.source for a in report.oldest] == ["pages/b.txt", "pages/a.txt", "pages/c.txt"]
    assert report.oldest[0].date == date(2012, 1, 1) and report.oldest[0].age_days == 4749
    assert report.undated == 1

    gaps = {g.category: g for g in report.missing_factsheets}
    assert set(gaps) == {"Skin", "Back"}
    assert {p.record.source for p in gaps["Skin"].pages} == {"pages/a.txt", "pages/b.txt"}
    assert [p.record.source for p in gaps["Back"].pages] == ["pages/d.txt"]
    assert gaps["Back"].pages[0].nearest is not None and gaps["Back"].pages[0].similarity < 0.5


def test_archive_health_without_questions_or_factsheets() -> None:
    passages = [
        passage("a", "pages/a.txt", "question", unit(1, 0), date="2015-03-01"),
        passage("a", "pages/a.txt", "answer", unit(0, 1)),
    ]
    report = archive_health(HealthFakeBot(passages, {}), today=date(2025, 1, 1))
    assert report.never_retrieved == () and report.competing == () and report.near_duplicates == ()
    assert report.questions_checked == 0
    [gap] = report.missing_factsheets
    assert gap.pages[0].nearest is None and gap.pages[0].similarity == 0.0
