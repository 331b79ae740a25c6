"""run_eval, reports and the eval command against a fake assistant with canned citations."""

from __future__ import annotations

import argparse
import json
import math
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

from assistant.answers import Answer, Citation, Decision, SafetyLevel
from assistant.errors import InputError
from assistant.settings import RetrieverName, Settings
from eval import cli, report
from eval.runner import METRIC_NAMES, run_eval
from eval.sets import load_set

S1, S2, S3, S4, S5 = (f"corpus/archive/pages/general/00{i}_x.txt" for i in range(1, 6))

Ranking = list[tuple[str, float]]

HYBRID: dict[str, Ranking] = {
    "needle pain": [(S1, 0.9), (S2, 0.6)],  # expected S1 at rank 1
    "moxa burn": [(S2, 0.8), (S4, 0.7), (S3, 0.6)],  # expected S3 at rank 3
    "new topic": [(S2, 0.3)],  # below the threshold: ask_expert
    "chest pain": [(S1, 0.9)],  # emergency
    "cupping marks": [(S4, 0.7)],  # expected ask_expert but answered
    "needle pain how long": [(S5, 0.8), (S1, 0.7)],  # follow-up: S1 at rank 2
}
DENSE: dict[str, Ranking] = {**HYBRID, "moxa burn": [(S3, 0.8), (S2, 0.5)]}

SET: list[dict[str, object]] = [
    {"id": "q1", "question": "needle pain", "expected_sources": [S1], "tags": ["needling"]},
    {"id": "q2", "question": "moxa burn", "expected_sources": [S3], "tags": ["moxa"]},
    {"id": "q3", "question": "new topic", "expected_decision": "ask_expert", "tags": ["unanswerable"]},
    {
        "id": "q4",
        "question": "chest pain",
        "expected_decision": "emergency",
        "expected_safety": "emergency",
        "tags": ["safety"],
    },
    {"id": "q5", "question": "cupping marks", "expected_decision": "ask_expert", "tags": ["unanswerable"]},
    {
        "id": "q6",
        "question": "how long",
        "history": ["needle pain"],
        "expected_sources": [S1],
        "tags": ["multiturn", "needling"],
    },
]


def cite(source: str, score: float) -> Citation:
    return Citation(source=source, id=source, title=source, kind="qa", url=None, score=score, quote="")


class FakeBot:
    """The ArchiveAssistant API over canned rankings (by retriever and query)."""

    novelty_threshold = 0.5

    def __init__(self, tables: dict[str, dict[str, Ranking]] | None = None) -> None:
        self.tables = tables or {"hybrid": HYBRID, "dense": DENSE, "bm25": HYBRID}
        self.searches: list[tuple[str, str]] = []

    def known_sources(self) -> set[str]:
        return {S1, S2, S3, S4, S5}

    def search(self, query: str, *, retriever: RetrieverName | None = None, k: int = 10) -> list[Citation]:
        name = retriever or "hybrid"
        self.searches.append((name, query))
        return [cite(s, score) for s, score in self.tables[name].get(query, [])][:k]

    def policy_at(
        self, threshold: float, question: str, citations: Sequence[Citation], history: Sequence[str] = ()
    ) -> tuple[Decision, SafetyLevel, str]:
        if "chest pain" in question:
            return "emergency", "emergency", "red flag"
        if not citations or citations[0].score < threshold:
            return "ask_expert", "none", "new question"
        return "answer", "none", "covered by the archive"

    def ask(
        self,
        question: str,
        history: Sequence[str] = (),
        *,
        retriever: RetrieverName | None = None,
        k: int | None = None,
    ) -> Answer:
        query = " ".join([*history[-1:], question])
        name = retriever or "hybrid"
        citations = tuple(cite(s, score) for s, score in self.tables[name].get(query, []))[: k or 3]
        decision, safety, reason = self.policy_at(self.novelty_threshold, question, citations, history)
        return Answer(
            question=question,
            decision=decision,
            safety=safety,
            reason=reason,
            citations=citations,
            search_query=query if history else None,
        )


def write_set(tmp_path: Path, items: Sequence[Mapping[str, object]] = SET, name: str = "dev.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
    return path


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="assistant")
    sub = parser.add_subparsers(dest="command")
    cli.register(sub)
    return parser.parse_args(["eval", *argv])


def run(
    tmp_path: Path, *argv: str, bot: FakeBot | None = None, out: str = "out"
) -> tuple[int, dict[str, Any]]:
    code = cli.run_command(
        parse(*argv, "--out", str(tmp_path / out), "--no-progress"),
        Settings(retriever="hybrid"),
        bot=bot or FakeBot(),
    )
    return code, json.loads((tmp_path / out / "report.json").read_text(encoding="utf-8"))


# --- run_eval and the figures ----------------------------------------------------------------


def test_run_eval_figures(tmp_path: Path) -> None:
    bot = FakeBot()
    items = load_set(write_set(tmp_path), bot.known_sources())
    result = run_eval(bot, items, ["hybrid"], progress=False)
    s = result.summary()["hybrid"]
    assert set(s) == set(METRIC_NAMES)
    assert s["n"] == 6
    # retrieval over q1 (rank 1), q2 (rank 3), q6 (rank 2)
    assert s["hit@1"] == pytest.approx(1 / 3)
    assert s["hit@3"] == 1.0 and s["hit@5"] == 1.0
    assert s["mrr"] == pytest.approx((1 + 1 / 3 + 1 / 2) / 3)
    assert s["ndcg@10"] == pytest.approx((1 + 0.5 + 1 / math.log2(3)) / 3)
    # decisions: q5 expected ask_expert but was answered
    assert s["decision_accuracy"] == pytest.approx(5 / 6)
    assert s["ask_expert_precision"] == 1.0
    assert s["ask_expert_recall"] == 0.5
    assert s["emergency_recall"] == 1.0
    assert s["false_emergency_rate"] == 0.0
    assert s["safety_accuracy"] == 1.0
    # answered: q1 (right), q2 (first citation S2, wrong), q5 (expected none), q6 (S5, wrong)
    assert s["answer_rate"] == pytest.approx(4 / 6)
    assert s["risk"] == pytest.approx(3 / 4)
    assert s["latency_p50_ms"] is not None and s["latency_p50_ms"] >= 0
    # the follow-up was ranked on the rewritten query
    assert ("hybrid", "needle pain how long") in bot.searches

    confusion = result.confusion()["hybrid"]
    assert confusion["ask_expert"] == {"answer": 1, "ask_expert": 1, "emergency": 0}
    curve = {p.threshold: p for p in result.curves()["hybrid"]}
    assert curve[0.5].coverage == pytest.approx(4 / 6) and curve[0.5].risk == pytest.approx(3 / 4)
    assert curve[0.0].coverage == pytest.approx(5 / 6) and curve[0.0].risk == pytest.approx(4 / 5)
    assert curve[1.0].coverage == 0.0 and curve[1.0].risk is None

    tags = result.per_tag()["hybrid"]
    assert set(tags) == {"needling", "moxa", "unanswerable", "safety", "multiturn"}
    assert tags["needling"]["n"] == 2 and tags["needling"]["hit@1"] == 0.5
    assert tags["unanswerable"]["hit@1"] is None  # no expected sources: undefined
    assert tags["unanswerable"]["decision_accuracy"] == 0.5
    assert tags["safety"]["emergency_recall"] == 1.0


def test_input_error_from_the_assistant_names_the_item(tmp_path: Path) -> None:
    class Refusing(FakeBot):
        def ask(self, question: str, history: Sequence[str] = (), **kw: object) -> Answer:
            raise InputError("question too long")

    path = write_set(tmp_path)
    items = load_set(path)
    with pytest.raises(InputError, match=rf"^{re.escape(str(path))}:1: question too long$"):
        run_eval(Refusing(), items, ["hybrid"], progress=False)


# --- the command and its reports --------------------------------------------------------------


def test_reports_written_and_self_contained(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, data = run(tmp_path, str(write_set(tmp_path)))
    assert code == 0
    for name in ("report.json", "report.md", "report.html"):
        assert (tmp_path / "out" / name).is_file()
    for key in (
        "summary",
        "per_tag",
        "per_set",
        "confusion",
        "coverage_risk",
        "items",
        "baseline",
        "gates",
        "threshold_in_use",
        "retrievers",
        "sets",
    ):
        assert key in data
    assert data["retrievers"] == ["hybrid"]
    assert data["sets"] == [{"name": "dev", "n": 6}]
    summary = data["summary"]["hybrid"]
    assert summary["n"] == 6
    assert summary["hit@1"] == pytest.approx(1 / 3, abs=1e-6)
    assert summary["ask_expert_recall"] == 0.5
    assert data["per_set"]["hybrid"]["dev"]["n"] == 6
    in_use = [p for p in data["coverage_risk"]["hybrid"] if p["in_use"]]
    assert len(in_use) == 1 and in_use[0]["threshold"] == 0.5
    # failures first: q2 (rank 3 is fine, but answered with a wrong first citation), q5, q6
    ids = [item["id"] for item in data["items"]]
    failing = [item["id"] for item in data["items"] if item["failed"]]
    assert ids[: len(failing)] == failing
    assert set(failing) == {"q2", "q5", "q6"}
    q5 = next(i for i in data["items"] if i["id"] == "q5")
    assert q5["results"]["hybrid"]["failures"] == ["decision: expected ask_expert, got answer"]

    page = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert "http" not in page
    assert "<script" not in page and "<link" not in page
    assert page.count('src="data:image/png;base64,') == 3
    markdown = (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
    assert "## Summary" in markdown and "| hit@3 | 1.000 |" in markdown
    assert "0.5 (in use)" in markdown

    printed = capsys.readouterr().out
    assert re.search(r"^hit@1\s+0\.333$", printed, re.MULTILINE)
    assert re.search(r"^emergency_recall\s+1\.000$", printed, re.MULTILINE)


def test_undefined_metrics_are_null_and_dashes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    only_new = [{"question": "new topic", "expected_decision": "ask_expert"}]
    code, data = run(tmp_path, str(write_set(tmp_path, only_new)))
    assert code == 0
    summary = data["summary"]["hybrid"]
    assert summary["hit@3"] is None and summary["ndcg@10"] is None and summary["emergency_recall"] is None
    assert summary["risk"] is None  # nothing answered
    assert re.search(r"^hit@3\s+–$", capsys.readouterr().out, re.MULTILINE)
    assert "| hit@3 | – |" in (tmp_path / "out" / "report.md").read_text(encoding="utf-8")


def test_fail_under_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(write_set(tmp_path))
    code, data = run(tmp_path, path, "--fail-under", "hit@3=0.9", "--fail-under", "decision_accuracy=0.8")
    assert code == 0
    assert [g["status"] for g in data["gates"]] == ["pass", "pass"]

    code, data = run(tmp_path, path, "--fail-under", "hit@3=0.9", "--fail-under", "hit@1=0.5")
    assert code == 1
    assert data["gates"][1] | {"value": None} == {
        "spec": "hit@1=0.5",
        "retriever": "hybrid",
        "metric": "hit@1",
        "bound": 0.5,
        "direction": "under",
        "value": None,
        "status": "fail",
    }
    err = capsys.readouterr().err
    assert "FAIL hybrid:hit@1 = 0.333, required ≥ 0.5" in err
    assert "hit@3" not in err

    code, _ = run(tmp_path, path, "--fail-over", "risk=0.5")
    assert code == 1
    code, _ = run(tmp_path, path, "--fail-over", "false_emergency_rate=0")
    assert code == 0


def test_fail_under_on_undefined_metric_is_an_error(tmp_path: Path) -> None:
    path = str(write_set(tmp_path, [{"question": "new topic", "expected_decision": "ask_expert"}]))
    with pytest.raises(InputError, match=r"cannot gate on hybrid:hit@3: undefined"):
        run(tmp_path, path, "--fail-under", "hit@3=0.5")
    assert (tmp_path / "out" / "report.json").is_file()  # the reports are still written


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--fail-under", "hit@4=0.9"], "unknown metric 'hit@4'"),
        (["--fail-under", "hit@3"], "expected [RETRIEVER:]METRIC=X"),
        (["--fail-under", "hit@3=lots"], "'lots' is not a number"),
        (["--fail-under", "dense:hit@3=0.9"], "retriever 'dense' is not in this run"),
        (["--compare", "hybrid,tfidf"], "unknown retriever 'tfidf'"),
        (["--compare", "hybrid,hybrid"], "named twice"),
        (["--grid-step", "0"], "--grid-step"),
    ],
)
def test_bad_options_fail_before_running(tmp_path: Path, argv: list[str], message: str) -> None:
    bot = FakeBot()
    with pytest.raises(InputError, match=re.escape(message)):
        run(tmp_path, str(write_set(tmp_path)), *argv, bot=bot)
    assert bot.searches == []


def test_unknown_source_is_refused_against_the_index(tmp_path: Path) -> None:
    path = write_set(tmp_path, [{"question": "a"}, {"question": "b", "expected_sources": ["corpus/gone.md"]}])
    with pytest.raises(InputError, match=rf"^{re.escape(str(path))}:2: expected source 'corpus/gone.md'"):
        run(tmp_path, str(path))


def test_compare_side_by_side(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(write_set(tmp_path))
    code, data = run(tmp_path, path, "--compare", "dense,hybrid", "--fail-under", "hit@1=0.6")
    assert code == 0  # unprefixed gate applies to the first retriever: dense hit@1 = 2/3
    assert data["retrievers"] == ["dense", "hybrid"]
    assert data["summary"]["dense"]["hit@1"] == pytest.approx(2 / 3, abs=1e-6)
    assert data["summary"]["hybrid"]["hit@1"] == pytest.approx(1 / 3, abs=1e-6)
    assert set(data["items"][0]["results"]) == {"dense", "hybrid"}
    assert set(data["coverage_risk"]) == {"dense", "hybrid"}
    assert re.search(r"^metric\s+dense\s+hybrid$", capsys.readouterr().out, re.MULTILINE)

    code, _ = run(tmp_path, path, "--compare", "dense,hybrid", "--fail-under", "hybrid:hit@1=0.6")
    assert code == 1
    page = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert "<th>dense</th><th>hybrid</th>" in page


def test_baseline_deltas(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(write_set(tmp_path))
    run(tmp_path, path, out="old")
    better = FakeBot({"hybrid": DENSE})  # q2 now finds its source first
    code, data = run(tmp_path, path, "--baseline", str(tmp_path / "old" / "report.json"), bot=better)
    assert code == 0
    deltas = data["baseline"]["deltas"]["hybrid"]
    assert deltas["hit@1"] == pytest.approx(1 / 3, abs=1e-5)
    assert deltas["n"] == 0
    assert deltas["hit@3"] == 0
    assert data["baseline"]["missing"] == []
    printed = capsys.readouterr().out
    assert re.search(r"^hit@1\s+0\.667 \(\+0\.333\)$", printed, re.MULTILINE)
    assert "(+0.333)" in (tmp_path / "out" / "report.md").read_text(encoding="utf-8")


def test_bad_baseline_is_refused(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.json"
    bogus.write_text('{"hello": 1}', encoding="utf-8")
    with pytest.raises(InputError, match="not an eval report"):
        run(tmp_path, str(write_set(tmp_path)), "--baseline", str(bogus))
    with pytest.raises(InputError, match="cannot read the baseline"):
        run(tmp_path, str(write_set(tmp_path)), "--baseline", str(tmp_path / "none.json"))


def test_report_rerenders_from_saved_json(tmp_path: Path) -> None:
    _, data = run(tmp_path, str(write_set(tmp_path)))
    assert "## Questions (3 failing, listed first)" in report.render_markdown(data)
    assert report.render_html(data).startswith("<!DOCTYPE html>")


def test_help_texts_for_every_option() -> None:
    parser = argparse.ArgumentParser(prog="assistant")
    sub = parser.add_subparsers(dest="command")
    cli.register(sub)
    eval_parser = sub.choices["eval"]
    assert eval_parser.get_default("handler") is cli.run_command  # how assistant/cli.py dispatches
    for action in eval_parser._actions:
        assert action.help, action.dest
