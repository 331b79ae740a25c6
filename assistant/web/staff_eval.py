"""Staff: run the evaluation (``eval/``) on shipped or uploaded question sets, with the retrievers
chosen, and read the same report ``assistant eval`` writes: metrics, charts, the questions (failures
first), and report.json / report.md / report.html to download."""

from __future__ import annotations

import base64
import dataclasses
import json
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import streamlit as st

from assistant.errors import InputError
from assistant.settings import REPO_ROOT, RetrieverName, Settings
from assistant.web.common import error_text, get_assistant, load_settings
from assistant.web.staff_common import (
    as_temp_file,
    one_line,
    progress_bar,
    read_upload,
    shipped_sets,
    table,
    upload_size_mb,
)

REPORT = "eval_report"
SETS = "eval_sets"
UPLOAD = "eval_upload"
RETRIEVER_CHOICE = "eval_retrievers"
RUN = "eval_run"
UPLOAD_SUFFIXES = (".jsonl", ".yaml", ".yml")
UPLOAD_STEM = "uploaded"
DEFAULT_SET = "eval/dev.jsonl"


def _load_items(chosen: Sequence[str], upload: Any, settings: Settings) -> list[Any]:
    """The items of the chosen shipped sets and the uploaded one; ``InputError`` naming the file and
    line of the first problem (ids must be unique across them all)."""
    from eval.sets import EvalItem, load_set

    items: list[EvalItem] = []
    for name in chosen:
        if name not in shipped_sets():
            raise InputError(f"unknown set {name!r}")
        shown = f"{REPO_ROOT.as_posix()}/"
        try:
            loaded = load_set(REPO_ROOT / name)
        except InputError as exc:
            raise InputError(str(exc).replace(shown, "")) from None
        items += [dataclasses.replace(i, origin=i.origin.replace(shown, "")) for i in loaded]
    if upload is not None:
        data, suffix = read_upload(upload, settings.upload_max_bytes, UPLOAD_SUFFIXES)
        with as_temp_file(data, UPLOAD_STEM, suffix) as path:
            folder = f"{path.parent.as_posix()}/"
            try:
                loaded = load_set(path)
            except InputError as exc:
                raise InputError(f"in the uploaded set: {str(exc).replace(folder, '')}") from None
        items += [dataclasses.replace(i, origin=i.origin.replace(folder, "")) for i in loaded]
    seen: dict[str, str] = {}
    for item in items:
        if item.id in seen:
            raise InputError(f"{item.origin}: duplicate id {item.id!r} (also at {seen[item.id]})")
        seen[item.id] = item.origin
    return items


def run_with_progress(bot: Any, items: Sequence[Any], retrievers: Sequence[RetrieverName]) -> dict[str, Any]:
    """``eval.runner.run_eval`` one item at a time (so a progress bar can follow), merged into one
    run, and its report (``eval.report.build_report``)."""
    from eval.metrics import threshold_grid
    from eval.report import build_report
    from eval.runner import EvalRun, ItemResult, run_eval
    from eval.sets import check_sources

    check_sources(items, bot.known_sources())
    grid = threshold_grid()
    results: dict[str, list[ItemResult]] = {name: [] for name in retrievers}
    started = datetime.now(UTC).isoformat(timespec="seconds")
    t0 = time.perf_counter()
    thresholds: list[float] = grid
    in_use = float(bot.novelty_threshold)
    update, close = progress_bar("questions")
    try:
        for done, item in enumerate(items, start=1):
            part = run_eval(bot, [item], retrievers, progress=False, thresholds=grid)
            thresholds, in_use = part.thresholds, part.threshold_in_use
            for name in retrievers:
                results[name] += part.results[name]
            update(done, len(items))
    finally:
        close()
    run = EvalRun(
        items=list(items),
        retrievers=list(retrievers),
        thresholds=thresholds,
        threshold_in_use=in_use,
        results=results,
        started_at=started,
        duration_s=time.perf_counter() - t0,
        set_names=list(dict.fromkeys(item.set_name for item in items)),
    )
    return build_report(run)


def render() -> None:
    from eval.runner import RETRIEVERS

    settings = load_settings()
    st.title("Evaluation")
    st.caption(
        "Run question sets through the assistant: does retrieval find the right pages, does it make the "
        "right call (answer, hand to an expert, emergency), how fast? The same report as `assistant eval`."
    )
    shipped = shipped_sets()
    chosen = st.multiselect(
        "Shipped sets",
        shipped,
        default=[DEFAULT_SET] if DEFAULT_SET in shipped else [],
        key=SETS,
        help="eval/*.jsonl are the development sets; eval/test/ is the held-out split (never tune on it).",
    )
    upload = st.file_uploader(
        "Or add a set of your own (.jsonl or .yaml; eval/README.md describes the format)",
        type=["jsonl", "yaml", "yml"],
        key=UPLOAD,
        max_upload_size=upload_size_mb(settings.upload_max_bytes),
    )
    retrievers = st.multiselect(
        "Retrievers", list(RETRIEVERS), default=[settings.retriever], key=RETRIEVER_CHOICE
    )
    ready = bool(chosen or upload is not None) and bool(retrievers)
    if st.button("Run the evaluation", key=RUN, type="primary", disabled=not ready):
        try:
            items = _load_items(chosen, upload, settings)
            bot = get_assistant(settings)
            report = run_with_progress(bot, items, retrievers)
            with st.spinner("Drawing the charts…"):
                st.session_state[REPORT] = prepare(report)
        except InputError as exc:
            st.error(error_text(exc))
    prepared = st.session_state.get(REPORT)
    if isinstance(prepared, dict):
        show_report(prepared)


CHARTS = (
    ("Coverage against risk as the novelty threshold moves (★ the threshold in use)", "chart_coverage_risk"),
    ("Retrieval: hit@k, MRR, nDCG@10", "chart_retrieval"),
    ("Decisions: expected against actual", "chart_confusion"),
)


def prepare(report: dict[str, Any]) -> dict[str, Any]:
    """The report with what showing it needs, made once: the chart PNGs and the three files."""
    from eval import report as reports

    return {
        "report": report,
        "charts": [(title, base64.b64decode(getattr(reports, name)(report))) for title, name in CHARTS],
        "report.json": json.dumps(report, indent=2, ensure_ascii=False) + "\n",
        "report.md": reports.render_markdown(report),
        "report.html": reports.render_html(report),
    }


def _fmt(value: Any) -> str:
    from eval.report import UNDEFINED

    if value is None:
        return UNDEFINED
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def show_report(prepared: dict[str, Any]) -> None:
    report: dict[str, Any] = prepared["report"]
    retrievers: list[str] = report["retrievers"]
    sets = ", ".join(f"{s['name']} ({s['n']})" for s in report["sets"])
    failing = sum(1 for item in report["items"] if item["failed"])
    st.subheader("Metrics")
    st.caption(
        f"{report['n_items']} questions from {sets}; novelty threshold {report['threshold_in_use']:.2f}; "
        f"{report['duration_s']:.1f} s."
    )
    metrics = {"metric": list(report["metric_names"])}
    for name in retrievers:
        metrics[name] = [_fmt(report["summary"][name].get(m)) for m in report["metric_names"]]
    st.dataframe(metrics, hide_index=True, height=36 * (len(report["metric_names"]) + 1) + 2)

    st.subheader("Charts")
    for title, png in prepared["charts"]:
        st.image(png, caption=title, width=640)

    st.subheader(f"Questions ({failing} failing, listed first)")
    rows = []
    for item in report["items"]:
        row: dict[str, Any] = {
            "ok": "✗" if item["failed"] else "✓",
            "id": item["id"],
            "question": item["question"],
            "expected": item["expected_decision"] or "",
        }
        failures: list[str] = []
        for name in retrievers:
            result = item["results"][name]
            rank = result["rank"]
            row[name] = result["decision"] + (f" (rank {rank})" if rank is not None else "")
            failures += [f"{name}: {f}" for f in result["failures"]]
        row["failures"] = "; ".join(failures)
        row["tags"] = ", ".join(item["tags"])
        row["origin"] = one_line(item["origin"], 120)
        rows.append(row)
    table(rows, ["ok", "id", "question", "expected", *retrievers, "failures", "tags", "origin"])

    columns = st.columns(3)
    for column, (name, mime) in zip(
        columns,
        (("report.json", "application/json"), ("report.md", "text/markdown"), ("report.html", "text/html")),
        strict=True,
    ):
        column.download_button(
            name, prepared[name], file_name=name, mime=mime, on_click="ignore", icon=":material/download:"
        )
