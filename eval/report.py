"""Reports: ``report.json`` (the source of truth), ``report.md`` and a self-contained ``report.html``.

The Markdown and HTML reports and the terminal summary are rendered from the JSON report dict only,
so a saved ``report.json`` can be re-rendered. Charts are drawn with matplotlib's Agg renderer (no
pyplot, no global backend switch) and embedded in the HTML as base64 PNG: no external JS, CSS or
images.
"""

from __future__ import annotations

import base64
import html
import io
import json
import math
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from assistant.answers import DECISIONS
from assistant.errors import InputError
from eval.metrics import CurvePoint
from eval.runner import LOWER_IS_BETTER, METRIC_NAMES, EvalRun, ItemResult, Summary, item_rows

SCHEMA_VERSION = 1
REPORT_FILES = ("report.json", "report.md", "report.html")
UNDEFINED = "–"
RETRIEVAL_METRICS = ("hit@1", "hit@3", "hit@5", "mrr", "ndcg@10")
QUESTION_PREVIEW = 90

Report = dict[str, Any]


# --- building ----------------------------------------------------------------------------------


def build_report(
    run: EvalRun,
    *,
    baseline: Mapping[str, Any] | None = None,
    baseline_path: str | None = None,
    gates: Sequence[Mapping[str, Any]] = (),
) -> Report:
    """The JSON-able report of a run, with baseline deltas and gate results when given."""
    summary = run.summary()
    curves = run.curves()
    report: Report = {
        "schema_version": SCHEMA_VERSION,
        "created": run.started_at,
        "duration_s": round(run.duration_s, 3),
        "sets": [
            {"name": name, "n": sum(1 for item in run.items if item.set_name == name)}
            for name in run.set_names
        ],
        "n_items": len(run.items),
        "retrievers": list(run.retrievers),
        "primary": run.primary,
        "threshold_in_use": run.threshold_in_use,
        "metric_names": list(METRIC_NAMES),
        "summary": {name: _round_summary(s) for name, s in summary.items()},
        "per_tag": {name: {k: _round_summary(v) for k, v in g.items()} for name, g in run.per_tag().items()},
        "per_set": {name: {k: _round_summary(v) for k, v in g.items()} for name, g in run.per_set().items()},
        "confusion": {"labels": list(DECISIONS), **{"matrices": run.confusion()}},
        "coverage_risk": {
            name: [_curve_point(p, run.threshold_in_use) for p in points] for name, points in curves.items()
        },
        "items": [_item_entry(item_results) for _, item_results in item_rows(run)],
        "baseline": None,
        "gates": [dict(g) for g in gates],
    }
    if baseline is not None:
        report["baseline"] = baseline_section(report["summary"], baseline, baseline_path)
    return report


def _round(value: float | None, digits: int = 6) -> float | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return round(float(value), digits)


def _round_summary(summary: Summary) -> dict[str, float | int | None]:
    out: dict[str, float | int | None] = {}
    for name in METRIC_NAMES:
        value = summary.get(name)
        out[name] = int(value) if name == "n" and value is not None else _round(value)
    return out


def _curve_point(point: CurvePoint, in_use: float) -> dict[str, Any]:
    return {
        "threshold": point.threshold,
        "coverage": _round(point.coverage),
        "risk": _round(point.risk),
        "answered": point.answered,
        "judged": point.judged,
        "wrong": point.wrong,
        "n": point.n,
        "in_use": math.isclose(point.threshold, in_use, abs_tol=1e-9),
    }


def _item_entry(per: Mapping[str, ItemResult]) -> dict[str, Any]:
    item = next(iter(per.values())).item
    return {
        "id": item.id,
        "set": item.set_name,
        "origin": item.origin,
        "question": item.question,
        "history": list(item.history),
        "tags": list(item.tags),
        "expected_decision": item.expected_decision,
        "expected_safety": item.expected_safety,
        "expected_sources": list(item.expected_sources),
        "failed": any(r.failed for r in per.values()),
        "results": {name: _result_entry(r) for name, r in per.items()},
    }


def _result_entry(r: ItemResult) -> dict[str, Any]:
    return {
        "decision": r.decision,
        "safety": r.safety,
        "reason": r.reason,
        "search_query": r.search_query,
        "cited": list(r.cited),
        "ranked": list(r.ranked),
        "rank": r.rank,
        "top_score": _round(r.top_score, 4),
        "latency_ms": round(r.latency_ms, 3),
        "hit@1": r.hit1,
        "hit@3": r.hit3,
        "hit@5": r.hit5,
        "rr": _round(r.rr),
        "ndcg@10": _round(r.ndcg10),
        "decision_correct": r.decision_correct,
        "safety_correct": r.safety_correct,
        "wrong_if_answered": r.wrong_if_answered,
        "failures": list(r.failures),
    }


# --- baseline ----------------------------------------------------------------------------------


def load_baseline(path: str | Path) -> Report:
    """A previous ``report.json``; ``InputError`` if it can't be read or is not a report."""
    shown = str(path)
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as err:
        raise InputError(f"{shown}: cannot read the baseline report: {err.strerror or err}") from err
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise InputError(f"{shown}: the baseline is not a JSON report: {err}") from err
    if not isinstance(data, dict) or not isinstance(data.get("summary"), dict):
        raise InputError(f"{shown}: not an eval report (no 'summary'); pass an earlier eval/out/report.json")
    for name, figures in data["summary"].items():
        if not isinstance(figures, dict):
            raise InputError(f"{shown}: not an eval report ('summary.{name}' is not an object)")
    return data


def baseline_section(
    summary: Mapping[str, Mapping[str, Any]], baseline: Mapping[str, Any], path: str | None
) -> dict[str, Any]:
    """Deltas ``current - baseline`` per retriever present in both; ``None`` where either is undefined.

    Retrievers are matched by name; a retriever missing from the baseline gets no deltas and is listed
    in ``missing``."""
    old: Mapping[str, Mapping[str, Any]] = baseline.get("summary", {})
    deltas: dict[str, dict[str, float | None]] = {}
    missing: list[str] = []
    for name, figures in summary.items():
        if name not in old:
            missing.append(name)
            continue
        deltas[name] = {}
        for metric in METRIC_NAMES:
            new_value, old_value = figures.get(metric), old[name].get(metric)
            if isinstance(new_value, int | float) and isinstance(old_value, int | float):
                deltas[name][metric] = _round(float(new_value) - float(old_value))
            else:
                deltas[name][metric] = None
    return {
        "path": path,
        "created": baseline.get("created"),
        "summary": {name: dict(old[name]) for name in deltas},
        "deltas": deltas,
        "missing": missing,
    }


# --- formatting --------------------------------------------------------------------------------


def fmt(metric: str, value: Any) -> str:
    """A figure for tables: ``–`` when undefined, ms with one decimal, counts as integers, rates x.xxx."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return UNDEFINED
    if metric == "n":
        return str(int(value))
    if metric.endswith("_ms"):
        return f"{float(value):.1f}"
    return f"{float(value):.3f}"


def fmt_delta(metric: str, value: Any) -> str:
    """A signed change for tables (``+0.020``); ``–`` when either side is undefined; never ``-0.000``."""
    if value is None:
        return UNDEFINED
    if metric == "n":
        return f"{int(value):+d}"
    digits = 1 if metric.endswith("_ms") else 3
    return f"{round(float(value), digits) + 0.0:+.{digits}f}"


def _deltas(report: Mapping[str, Any]) -> Mapping[str, Mapping[str, Any]] | None:
    baseline = report.get("baseline")
    return baseline.get("deltas", {}) if isinstance(baseline, Mapping) else None


def summary_rows(report: Mapping[str, Any]) -> tuple[list[str], list[list[str]]]:
    """Header and rows of the summary table: one row per metric, one column per retriever
    (figure, with ``(Δ)`` against the baseline when there is one)."""
    retrievers: list[str] = report["retrievers"]
    deltas = _deltas(report)
    header = ["metric", *retrievers]
    rows: list[list[str]] = []
    for metric in report.get("metric_names", METRIC_NAMES):
        row = [metric]
        for name in retrievers:
            cell = fmt(metric, report["summary"][name].get(metric))
            if deltas is not None and name in deltas:
                cell += f" ({fmt_delta(metric, deltas[name].get(metric))})"
            row.append(cell)
        rows.append(row)
    return header, rows


def text_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    lines = [
        "  ".join(
            str(c).ljust(w) if i == 0 else str(c).rjust(w)
            for i, (c, w) in enumerate(zip(r, widths, strict=True))
        )
        for r in [header, *rows]
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(line.rstrip() for line in lines)


def summary_text(report: Mapping[str, Any]) -> str:
    """The terminal summary: the metric table, then the gate results."""
    header, rows = summary_rows(report)
    sets = ", ".join(f"{s['name']} ({s['n']})" for s in report["sets"])
    parts = [
        f"{report['n_items']} questions from {sets}; novelty threshold {report['threshold_in_use']:g}",
        text_table(header, rows),
    ]
    baseline = report.get("baseline")
    if isinstance(baseline, Mapping):
        parts.append(f"(Δ against {baseline.get('path') or 'baseline'})")
        if baseline.get("missing"):
            parts.append(f"not in the baseline: {', '.join(baseline['missing'])}")
    parts.extend(gate_line(g) for g in report.get("gates", []))
    return "\n".join(parts)


def gate_line(gate: Mapping[str, Any]) -> str:
    metric = gate["metric"]
    op = "≥" if gate["direction"] == "under" else "≤"
    label = f"{gate['retriever']}:{metric}"
    if gate["status"] == "undefined":
        return f"ERROR {label} is undefined on these sets (no items to compute it on); the gate cannot pass"
    status = "PASS" if gate["status"] == "pass" else "FAIL"
    return f"{status} {label} = {fmt(metric, gate['value'])}, required {op} {gate['bound']:g}"


# --- markdown ----------------------------------------------------------------------------------


def _md_cell(text: Any) -> str:
    return str(text).replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("\r", " ")


def md_table(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    lines = [
        "| " + " | ".join(_md_cell(h) for h in header) + " |",
        "|" + "|".join("---" for _ in header) + "|",
    ]
    lines.extend("| " + " | ".join(_md_cell(c) for c in row) + " |" for row in rows)
    return "\n".join(lines)


def _group_rows(groups: Mapping[str, Mapping[str, Any]]) -> tuple[list[str], list[list[str]]]:
    header = ["group", *METRIC_NAMES]
    rows = [[key, *(fmt(m, figures.get(m)) for m in METRIC_NAMES)] for key, figures in groups.items()]
    return header, rows


def _confusion_rows(report: Mapping[str, Any], name: str) -> tuple[list[str], list[list[str]]]:
    labels: list[str] = report["confusion"]["labels"]
    matrix = report["confusion"]["matrices"][name]
    header = ["expected ↓ / actual →", *labels]
    rows = [[row, *(str(matrix[row][col]) for col in labels)] for row in labels]
    return header, rows


def _curve_rows(report: Mapping[str, Any]) -> tuple[list[str], list[list[str]]]:
    retrievers: list[str] = report["retrievers"]
    curves = report["coverage_risk"]
    header = ["threshold"]
    for name in retrievers:
        header += [f"{name} answer rate", f"{name} risk"]
    rows: list[list[str]] = []
    for i, point in enumerate(curves[retrievers[0]]):
        label = f"{point['threshold']:.3g}" + (" (in use)" if point["in_use"] else "")
        row = [label]
        for name in retrievers:
            p = curves[name][i]
            row += [fmt("answer_rate", p["coverage"]), fmt("risk", p["risk"])]
        rows.append(row)
    return header, rows


def _preview(text: str, limit: int = QUESTION_PREVIEW) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _expected_label(item: Mapping[str, Any]) -> str:
    parts = [item["expected_decision"] or "–"]
    if item["expected_sources"]:
        parts.append(f"{len(item['expected_sources'])} src")
    if item["expected_safety"]:
        parts.append(f"safety {item['expected_safety']}")
    return ", ".join(parts)


def _result_label(result: Mapping[str, Any]) -> str:
    rank = result["rank"]
    rank_text = (
        "" if rank is None and result["hit@1"] is None else f", rank {rank if rank is not None else '>10'}"
    )
    return f"{result['decision']}{rank_text}, {result['latency_ms']:.0f} ms"


def _failures_text(item: Mapping[str, Any], retrievers: Sequence[str]) -> str:
    parts: list[str] = []
    for name in retrievers:
        for failure in item["results"][name]["failures"]:
            parts.append(f"{name}: {failure}" if len(retrievers) > 1 else failure)
    return "; ".join(parts)


def _question_rows(report: Mapping[str, Any]) -> tuple[list[str], list[list[str]]]:
    retrievers: list[str] = report["retrievers"]
    header = ["", "id", "question", "tags", "expected", *retrievers, "failures"]
    rows = []
    for item in report["items"]:
        question = _preview(item["question"])
        if item["history"]:
            question = f"(turn {len(item['history']) + 1}) {question}"
        rows.append(
            [
                "✗" if item["failed"] else "✓",
                item["id"],
                question,
                ", ".join(item["tags"]),
                _expected_label(item),
                *(_result_label(item["results"][name]) for name in retrievers),
                _failures_text(item, retrievers),
            ]
        )
    return header, rows


def _heading_line(report: Mapping[str, Any]) -> str:
    sets = ", ".join(f"{s['name']} ({s['n']})" for s in report["sets"])
    return (
        f"Sets: {sets} · {report['n_items']} questions · retrievers: {', '.join(report['retrievers'])} · "
        f"novelty threshold in use: {report['threshold_in_use']:g} · run {report['created']} "
        f"({report['duration_s']:.1f} s)"
    )


def render_markdown(report: Mapping[str, Any]) -> str:
    retrievers: list[str] = report["retrievers"]
    out = ["# Evaluation report", "", _heading_line(report), "", "Charts are in report.html.", ""]
    out += ["## Summary", ""]
    baseline = report.get("baseline")
    if isinstance(baseline, Mapping):
        out += [f"Deltas in brackets are against `{baseline.get('path')}` ({baseline.get('created')}).", ""]
    out += [md_table(*summary_rows(report)), ""]
    if report.get("gates"):
        out += ["## Gates", ""] + [f"- {gate_line(g)}" for g in report["gates"]] + [""]
    out += ["## Decisions", ""]
    for name in retrievers:
        out += [f"### {name}", "", md_table(*_confusion_rows(report, name)), ""]
    out += [
        "## Selective answering",
        "",
        "Answer rate and risk (share of answered questions whose first citation is not an expected source, "
        "or that expected no answer) as the novelty threshold moves.",
        "",
        md_table(*_curve_rows(report)),
        "",
    ]
    out += ["## Per tag", ""]
    for name in retrievers:
        groups = report["per_tag"][name]
        out += [f"### {name}", "", md_table(*_group_rows(groups)) if groups else "No tagged questions.", ""]
    out += ["## Per set", ""]
    for name in retrievers:
        out += [f"### {name}", "", md_table(*_group_rows(report["per_set"][name])), ""]
    failed = sum(1 for item in report["items"] if item["failed"])
    out += [f"## Questions ({failed} failing, listed first)", "", md_table(*_question_rows(report)), ""]
    return "\n".join(out)


# --- charts ------------------------------------------------------------------------------------


def _png(fig: Figure) -> str:
    FigureCanvasAgg(fig)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=110, metadata={"Software": None})
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def chart_coverage_risk(report: Mapping[str, Any]) -> str:
    """Coverage-risk curve per retriever, the threshold in use starred. Base64 PNG."""
    fig = Figure(figsize=(6.4, 4.2), layout="constrained")
    ax = fig.add_subplot()
    for name in report["retrievers"]:
        points = [
            p for p in report["coverage_risk"][name] if p["coverage"] is not None and p["risk"] is not None
        ]
        if not points:
            continue
        (line,) = ax.plot(
            [p["coverage"] for p in points], [p["risk"] for p in points], marker=".", label=name
        )
        for p in points:
            if p["in_use"]:
                ax.plot([p["coverage"]], [p["risk"]], marker="*", markersize=15, color=line.get_color())
                ax.annotate(
                    f"t={p['threshold']:g}",
                    (p["coverage"], p["risk"]),
                    textcoords="offset points",
                    xytext=(8, 6),
                )
    ax.set_xlim(0, 1.02)
    ax.set_ylim(0, 1.02)
    ax.set_xlabel("answer rate (coverage)")
    ax.set_ylabel("risk (wrong first citation among answered)")
    ax.set_title("Selective answering: coverage vs risk (★ threshold in use)")
    ax.grid(alpha=0.3)
    if ax.get_legend_handles_labels()[0]:
        ax.legend()
    return _png(fig)


def chart_retrieval(report: Mapping[str, Any]) -> str:
    """Grouped bars of hit@1/3/5, MRR and nDCG@10 per retriever. Base64 PNG."""
    retrievers: list[str] = report["retrievers"]
    fig = Figure(figsize=(6.4, 3.8), layout="constrained")
    ax = fig.add_subplot()
    width = 0.8 / len(retrievers)
    for j, name in enumerate(retrievers):
        xs, heights = [], []
        for i, metric in enumerate(RETRIEVAL_METRICS):
            value = report["summary"][name].get(metric)
            if value is not None:
                xs.append(i + (j - (len(retrievers) - 1) / 2) * width)
                heights.append(value)
        bars = ax.bar(xs, heights, width=width, label=name)
        ax.bar_label(bars, fmt="%.2f", fontsize=7)
    ax.set_xticks(range(len(RETRIEVAL_METRICS)), list(RETRIEVAL_METRICS))
    ax.set_ylim(0, 1.1)
    ax.set_title("Retrieval (items with expected sources)")
    ax.legend()
    return _png(fig)


def chart_confusion(report: Mapping[str, Any]) -> str:
    """Heatmap of expected vs actual decision, one panel per retriever. Base64 PNG."""
    retrievers: list[str] = report["retrievers"]
    labels: list[str] = report["confusion"]["labels"]
    fig = Figure(figsize=(3.6 * len(retrievers) + 0.6, 3.6), layout="constrained")
    axes = fig.subplots(1, len(retrievers), squeeze=False)[0]
    for ax, name in zip(axes, retrievers, strict=True):
        matrix = report["confusion"]["matrices"][name]
        grid = [[matrix[row][col] for col in labels] for row in labels]
        peak = max(1, max(max(r) for r in grid))
        ax.imshow(grid, cmap="Blues", vmin=0, vmax=peak)
        for r, row in enumerate(grid):
            for c, count in enumerate(row):
                ax.text(
                    c, r, str(count), ha="center", va="center", color="white" if count > peak / 2 else "black"
                )
        ax.set_xticks(range(len(labels)), labels, rotation=20)
        ax.set_yticks(range(len(labels)), labels)
        ax.set_xlabel("actual")
        ax.set_ylabel("expected")
        ax.set_title(name)
    return _png(fig)


# --- html --------------------------------------------------------------------------------------

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:1200px;
padding:0 1rem;color:#222}
table{border-collapse:collapse;margin:.5rem 0 1.5rem;font-size:.9rem}
th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:right;vertical-align:top}
th:first-child,td:first-child{text-align:left}
td.text{text-align:left}
tr.fail{background:#fdecea}
.better{color:#0a7d32}.worse{color:#b3261e}.pass{color:#0a7d32}.fail-g{color:#b3261e;font-weight:bold}
img{max-width:100%;margin:.5rem 1rem .5rem 0}
.muted{color:#666;font-size:.9rem}
details{margin:.2rem 0}
"""


def _esc(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _html_table(
    header: Sequence[str], rows: Sequence[Sequence[str]], text_columns: Sequence[int] = ()
) -> str:
    head = "".join(f"<th>{_esc(h)}</th>" for h in header)
    body = []
    for row in rows:
        cells = "".join(
            f'<td class="text">{_esc(c)}</td>' if i in text_columns else f"<td>{_esc(c)}</td>"
            for i, c in enumerate(row)
        )
        body.append(f"<tr>{cells}</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def _html_summary(report: Mapping[str, Any]) -> str:
    retrievers: list[str] = report["retrievers"]
    deltas = _deltas(report)
    head = "".join(f"<th>{_esc(h)}</th>" for h in ["metric", *retrievers])
    rows = []
    for metric in report.get("metric_names", METRIC_NAMES):
        cells = [f"<td>{_esc(metric)}</td>"]
        for name in retrievers:
            cell = _esc(fmt(metric, report["summary"][name].get(metric)))
            if deltas is not None and name in deltas:
                delta = deltas[name].get(metric)
                css = ""
                if delta:
                    good = (delta < 0) if metric in LOWER_IS_BETTER else (delta > 0)
                    css = "better" if good else "worse"
                    if metric == "n":
                        css = ""
                cell += f' <span class="{css}">({_esc(fmt_delta(metric, delta))})</span>'
            cells.append(f"<td>{cell}</td>")
        rows.append(f"<tr>{''.join(cells)}</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _html_questions(report: Mapping[str, Any]) -> str:
    retrievers: list[str] = report["retrievers"]
    header = ["", "id", "question", "tags", "expected", *retrievers, "failures"]
    head = "".join(f"<th>{_esc(h)}</th>" for h in header)
    rows = []
    for item in report["items"]:
        turns = "".join(f"<div class='muted'>earlier: {_esc(t)}</div>" for t in item["history"])
        sources = "".join(f"<div class='muted'>{_esc(s)}</div>" for s in item["expected_sources"])
        question = (
            f"{turns}<details><summary>{_esc(_preview(item['question']))}</summary>{_esc(item['question'])}"
        )
        question += f"<div class='muted'>{_esc(item['origin'])}</div></details>"
        cells = [
            f"<td>{'✗' if item['failed'] else '✓'}</td>",
            f'<td class="text">{_esc(item["id"])}</td>',
            f'<td class="text">{question}</td>',
            f'<td class="text">{_esc(", ".join(item["tags"]))}</td>',
            f'<td class="text">{_esc(_expected_label(item))}{sources}</td>',
        ]
        for name in retrievers:
            result = item["results"][name]
            cited = "".join(f"<div class='muted'>{_esc(s)}</div>" for s in result["cited"][:3])
            summary = f"<summary>{_esc(_result_label(result))}</summary>"
            detail = f"<details>{summary}{_esc(result['reason'])}{cited}</details>"
            cells.append(f'<td class="text">{detail}</td>')
        cells.append(f'<td class="text">{_esc(_failures_text(item, retrievers))}</td>')
        css = ' class="fail"' if item["failed"] else ""
        rows.append(f"<tr{css}>{''.join(cells)}</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def render_html(report: Mapping[str, Any]) -> str:
    """One self-contained page: inline CSS, charts as data: PNG, no scripts or external links."""
    retrievers: list[str] = report["retrievers"]
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>Evaluation report</title><style>{_CSS}</style></head><body>",
        "<h1>Evaluation report</h1>",
        f"<p class='muted'>{_esc(_heading_line(report))}</p>",
        "<h2>Summary</h2>",
    ]
    baseline = report.get("baseline")
    if isinstance(baseline, Mapping):
        parts.append(
            f"<p class='muted'>Deltas in brackets are against {_esc(baseline.get('path'))} "
            f"({_esc(baseline.get('created'))}).</p>"
        )
    parts.append(_html_summary(report))
    if report.get("gates"):
        parts.append("<h2>Gates</h2><ul>")
        for gate in report["gates"]:
            css = "pass" if gate["status"] == "pass" else "fail-g"
            parts.append(f'<li class="{css}">{_esc(gate_line(gate))}</li>')
        parts.append("</ul>")
    parts.append("<h2>Charts</h2><div>")
    for alt, data in (
        ("coverage-risk curve", chart_coverage_risk(report)),
        ("retrieval hit@k", chart_retrieval(report)),
        ("decision confusion matrix", chart_confusion(report)),
    ):
        parts.append(f'<img alt="{_esc(alt)}" src="data:image/png;base64,{data}">')
    parts.append("</div><h2>Decisions</h2>")
    for name in retrievers:
        parts += [f"<h3>{_esc(name)}</h3>", _html_table(*_confusion_rows(report, name))]
    parts += [
        "<h2>Selective answering</h2>",
        "<p class='muted'>Answer rate and risk (share of answered questions whose first citation is not an "
        "expected source, or that expected no answer) as the novelty threshold moves.</p>",
        _html_table(*_curve_rows(report)),
        "<h2>Per tag</h2>",
    ]
    for name in retrievers:
        groups = report["per_tag"][name]
        table = _html_table(*_group_rows(groups)) if groups else "<p>No tagged questions.</p>"
        parts += [f"<h3>{_esc(name)}</h3>", table]
    parts.append("<h2>Per set</h2>")
    for name in retrievers:
        parts += [f"<h3>{_esc(name)}</h3>", _html_table(*_group_rows(report["per_set"][name]))]
    failed = sum(1 for item in report["items"] if item["failed"])
    parts += [
        f"<h2>Questions ({failed} failing, listed first)</h2>",
        _html_questions(report),
        "</body></html>",
    ]
    return "\n".join(parts)


# --- writing -----------------------------------------------------------------------------------


def write_reports(report: Mapping[str, Any], out_dir: str | Path) -> dict[str, Path]:
    """Write report.json, report.md and report.html into ``out_dir`` (created if missing)."""
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
        paths = {name: out / name for name in REPORT_FILES}
        paths["report.json"].write_text(
            json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        paths["report.md"].write_text(render_markdown(report), encoding="utf-8")
        paths["report.html"].write_text(render_html(report), encoding="utf-8")
    except OSError as err:
        raise InputError(f"{out}: cannot write the reports: {err.strerror or err}") from err
    return paths
