"""The ``assistant eval`` sub-command: run question sets, write reports, gate CI on figures.

``assistant/cli.py`` calls :func:`register` with its sub-parsers and dispatches to
:func:`run_command` with the parsed arguments and the ``Settings``.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Literal, cast, get_args

from assistant.errors import InputError
from assistant.settings import RetrieverName, Settings
from eval import report as reports
from eval.metrics import threshold_grid
from eval.runner import METRIC_NAMES, EvalBot, Summary, run_eval
from eval.sets import check_sources, load_sets

DEFAULT_OUT = Path("eval/out")
RETRIEVER_NAMES: tuple[str, ...] = get_args(RetrieverName)

Direction = Literal["under", "over"]


@dataclass(frozen=True)
class Gate:
    """``--fail-under`` (fail when the figure is below ``bound``) or ``--fail-over`` (above)."""

    spec: str
    retriever: str
    metric: str
    bound: float
    direction: Direction

    def check(self, summary: Summary) -> dict[str, Any]:
        value = summary.get(self.metric)
        if value is None:
            status = "undefined"
        elif self.direction == "under":
            status = "fail" if value < self.bound else "pass"
        else:
            status = "fail" if value > self.bound else "pass"
        return {**asdict(self), "value": value, "status": status}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``eval`` sub-command to ``subparsers``."""
    parser = subparsers.add_parser(
        "eval",
        help="score the assistant on question sets and write reports",
        description=(
            "Run question sets (JSONL or YAML, see eval/README.md) through the assistant, print a summary "
            "and write report.json, report.md and report.html. Exit 0 when every gate passes, 1 when a "
            "--fail-under/--fail-over gate is breached, 2 on bad input."
        ),
    )
    parser.add_argument("sets", nargs="+", metavar="SET", help="question set files (.jsonl, .yaml or .yml)")
    parser.add_argument(
        "--out",
        type=Path,
        default=DEFAULT_OUT,
        metavar="DIR",
        help=f"folder for report.json, report.md and report.html (default: {DEFAULT_OUT})",
    )
    parser.add_argument(
        "--retriever",
        choices=RETRIEVER_NAMES,
        default=None,
        help="retriever to evaluate (default: the configured one); ignored with --compare",
    )
    parser.add_argument(
        "--compare",
        metavar="NAMES",
        default=None,
        help="comma-separated retrievers to run side by side in one process, e.g. bm25,dense,hybrid; "
        "the first one is the one unprefixed gates apply to",
    )
    parser.add_argument(
        "--baseline",
        type=Path,
        metavar="REPORT",
        default=None,
        help="an earlier report.json: show each figure's change against it",
    )
    parser.add_argument(
        "--fail-under",
        action="append",
        default=[],
        metavar="[RETRIEVER:]METRIC=X",
        help="exit 1 if METRIC falls below X, e.g. hit@3=0.9 or hybrid:hit@3=0.9 (repeatable; "
        f"metrics: {', '.join(METRIC_NAMES)})",
    )
    parser.add_argument(
        "--fail-over",
        action="append",
        default=[],
        metavar="[RETRIEVER:]METRIC=X",
        help="exit 1 if METRIC rises above X, for figures where lower is better, e.g. risk=0.1, "
        "false_emergency_rate=0 or latency_p95_ms=2000 (repeatable)",
    )
    parser.add_argument(
        "--grid-step",
        type=float,
        default=0.05,
        metavar="STEP",
        help="spacing of the novelty-threshold grid for the coverage-risk curve (default: 0.05)",
    )
    parser.add_argument("--no-progress", action="store_true", help="don't show the progress bar on stderr")
    parser.set_defaults(handler=run_command)


def parse_retrievers(args: argparse.Namespace, settings: Settings) -> list[RetrieverName]:
    if args.compare:
        names = [name.strip() for name in str(args.compare).split(",") if name.strip()]
        if not names:
            raise InputError("--compare: name at least one retriever")
        for name in names:
            if name not in RETRIEVER_NAMES:
                raise InputError(
                    f"--compare: unknown retriever {name!r}; choose from {', '.join(RETRIEVER_NAMES)}"
                )
        if len(set(names)) != len(names):
            raise InputError(f"--compare: a retriever is named twice in {args.compare!r}")
        return [cast(RetrieverName, name) for name in names]
    return [cast(RetrieverName, args.retriever or settings.retriever)]


def parse_gate(spec: str, direction: Direction, retrievers: Sequence[str]) -> Gate:
    """``[RETRIEVER:]METRIC=X``; an unprefixed gate applies to the first retriever."""
    option = f"--fail-{direction}"
    target, sep, raw = spec.rpartition("=")
    if not sep or not target.strip() or not raw.strip():
        raise InputError(f"{option} {spec!r}: expected [RETRIEVER:]METRIC=X, e.g. hit@3=0.9")
    retriever, colon, metric = target.strip().rpartition(":")
    retriever = retriever.strip() if colon else retrievers[0]
    metric = metric.strip()
    if metric not in METRIC_NAMES:
        raise InputError(
            f"{option} {spec!r}: unknown metric {metric!r}; choose from {', '.join(METRIC_NAMES)}"
        )
    if retriever not in retrievers:
        raise InputError(
            f"{option} {spec!r}: retriever {retriever!r} is not in this run ({', '.join(retrievers)})"
        )
    try:
        bound = float(raw)
    except ValueError:
        raise InputError(f"{option} {spec!r}: {raw.strip()!r} is not a number") from None
    if not math.isfinite(bound):
        raise InputError(f"{option} {spec!r}: the bound must be a finite number")
    return Gate(spec=spec, retriever=retriever, metric=metric, bound=bound, direction=direction)


def load_bot(settings: Settings) -> EvalBot:
    """The real assistant (imported late: loading the model is slow and the CLI may not need it)."""
    from assistant.service import ArchiveAssistant

    return ArchiveAssistant.from_settings(settings)


def run_command(args: argparse.Namespace, settings: Settings, bot: EvalBot | None = None) -> int:
    """Run ``assistant eval``; returns 0 when every gate passes, 1 when one is breached.

    Raises ``InputError`` for a bad set, option or baseline, and (after writing the reports) for a gate
    on a figure that is undefined on these sets. ``bot`` is for tests; by default the real assistant is
    built from ``settings`` once the sets have passed the format check."""
    retrievers = parse_retrievers(args, settings)
    gates = [parse_gate(s, "under", retrievers) for s in args.fail_under]
    gates += [parse_gate(s, "over", retrievers) for s in args.fail_over]
    if not 0 < args.grid_step <= 1:
        raise InputError(f"--grid-step must be within (0, 1], got {args.grid_step}")
    items = load_sets(args.sets)  # format first: fail fast, before the model loads
    baseline = reports.load_baseline(args.baseline) if args.baseline is not None else None

    if bot is None:
        bot = load_bot(settings)
    check_sources(items, bot.known_sources())
    grid = threshold_grid(float(args.grid_step))
    run = run_eval(bot, items, retrievers, progress=not args.no_progress, thresholds=grid)

    summary = run.summary()
    results = [gate.check(summary[gate.retriever]) for gate in gates]
    report = reports.build_report(
        run,
        baseline=baseline,
        baseline_path=str(args.baseline) if args.baseline is not None else None,
        gates=results,
    )
    paths = reports.write_reports(report, args.out)
    print(reports.summary_text(report))
    print(f"reports: {', '.join(str(p) for p in paths.values())}")

    undefined = [g for g in results if g["status"] == "undefined"]
    failed = [g for g in results if g["status"] == "fail"]
    for gate in failed:
        print(reports.gate_line(gate), file=sys.stderr)
    if undefined:
        names = ", ".join(f"{g['retriever']}:{g['metric']}" for g in undefined)
        raise InputError(f"cannot gate on {names}: undefined on these sets (no items to compute it on)")
    return 1 if failed else 0
