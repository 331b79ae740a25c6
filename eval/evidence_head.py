"""Fit or check the learned evidence score (``assistant/evidence_head.json``).

    python -m eval.evidence_head fit     # refit on eval/dev*.jsonl against the bundled archive
    python -m eval.evidence_head check   # exit 1 if the training questions changed since the last fit
    python -m eval.evidence_head backtest [--also SET...]   # fit on older sets, score newer ones

Training data: every development question that should be answered from the archive (covered) or
handed to an expert as new (uncovered, in the domain or off-topic); questions labelled urgent or
emergency are left out, as safety decides those before novelty. Each is asked as the evaluation asks
it, with its conversation, by the assistant scoring with the fixed formula, and the head learns from
the first citation's signals. Held-out splits (``eval/test``, ``eval/holdout*``) are never read.
Refit after a large change to the archive too: the head reads the archive's passages and word
statistics, which ``check`` does not see.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Final

import numpy as np
import numpy.typing as npt
from tqdm import tqdm

from assistant.errors import AssistantError
from assistant.evidence_head import (
    ANCHOR,
    DEFAULT_C,
    DEFAULT_EVIDENCE_HEAD,
    WEAK_MARGIN,
    EvidenceHead,
    LabelledPair,
    choose_cutoff,
    features,
    fingerprint,
    fit_evidence_head,
    load_evidence_head,
    save_evidence_head,
)
from assistant.retrieval import FORMULA_WEAK_MARGIN
from eval.sets import EvalItem, development_sets, load_sets

if TYPE_CHECKING:  # the model loads only when a command needs it
    from assistant.service import ArchiveAssistant


def _key(item: EvalItem) -> str:
    return "\n".join([*item.history, item.question])


def training_items(set_paths: Sequence[Path]) -> list[tuple[EvalItem, LabelledPair]]:
    """Covered and uncovered development questions, one per distinct conversation (the first wins)."""
    seen: set[str] = set()
    out = []
    for item in load_sets(set_paths):
        if item.expected_safety in ("urgent", "emergency"):
            continue
        if item.expected_decision == "answer" and item.expected_sources:
            covered = True
        elif item.expected_decision == "ask_expert" and not item.expected_sources:
            covered = False
        else:
            continue
        key = _key(item)
        if key not in seen:
            seen.add(key)
            out.append((item, LabelledPair(key, covered)))
    return out


@dataclasses.dataclass(frozen=True)
class Observed:
    """One training question as the assistant saw it with the fixed formula."""

    item: EvalItem
    pair: LabelledPair
    row: npt.NDArray[np.float32]  # the head's features of the first citation
    right_first: bool  # covered, and the first citation is an expected source
    formula: float  # the first citation's score by the fixed formula


def formula_assistant() -> ArchiveAssistant:
    """The assistant over the bundled archive, scoring citations with the fixed formula."""
    from assistant.service import ArchiveAssistant
    from assistant.settings import Settings

    return ArchiveAssistant.from_settings(Settings(learned_evidence=False))


def observe(
    items: Sequence[tuple[EvalItem, LabelledPair]], bot: ArchiveAssistant
) -> tuple[list[Observed], str]:
    """Ask every question as the evaluation does (``bot`` scoring with the formula); the embedder's
    name."""
    settings = bot.settings
    seen = []
    for item, pair in tqdm(items, desc="asking", unit="question", file=sys.stderr):
        answer = bot.ask(item.question, item.history)
        query = answer.search_query or item.question
        found = bot.retriever.search_with_signals(query, method=settings.retriever, k=1)
        citation, signals = found[0] if found else (None, None)
        if citation is None or signals is None:
            continue  # nothing retrieved: the question is handed off whatever the head says
        right = pair.covered and citation.source in item.expected_sources
        seen.append(Observed(item, pair, features(signals), right, citation.score))
    return seen, bot.embedder.name


def _fit_on(seen: Sequence[Observed], model: str, regularisation: float) -> EvidenceHead:
    return fit_evidence_head(
        [o.pair for o in seen],
        np.vstack([o.row for o in seen]),
        [o.right_first for o in seen],
        model=model,
        regularisation=regularisation,
    )


def _fit(out: Path, regularisation: float) -> int:
    items = training_items(development_sets())
    seen, model = observe(items, formula_assistant())
    head = _fit_on(seen, model, regularisation)
    # The fingerprint covers every training question, as ``check`` reads them, including any
    # skipped for want of a citation.
    head = dataclasses.replace(head, fingerprint=fingerprint(pair for _, pair in items))
    save_evidence_head(head, out)
    covered = sum(o.pair.covered for o in seen)
    print(f"fitted on {len(seen)} questions ({covered} covered, {len(seen) - covered} not); wrote {out}")
    return 0


# The development sets written after the word-match change (ninth round on; the fifteenth round's
# set was scored as a blind set before it joined): the backtest fits on the older ones and scores
# these, as if the head had been fitted then.
NEWER_SETS: Final = (
    "dev_paraphrase5",
    "dev_unanswerable4",
    "dev_paraphrase6",
    "dev_multiturn3",
    "dev_safety11",
    "dev_safety12",
    "dev_safety13",
    "dev_mixed15",
    "dev_mixed16",
    "dev_mixed17",
    "dev_mixed18",
    "dev_mixed19",
    "dev_mixed20",
    "dev_mixed21",
    "dev_mixed22",
    "dev_mixed23",
    "dev_mixed24",
    "dev_mixed25",
)


def _rates(scores: Sequence[float], seen: Sequence[Observed], threshold: float) -> dict[str, float]:
    def share(group: list[tuple[float, Observed]], passes: Callable[[float, Observed], bool]) -> float:
        return sum(passes(s, o) for s, o in group) / len(group) if group else float("nan")

    pairs = list(zip(scores, seen, strict=True))
    covered = [(s, o) for s, o in pairs if o.pair.covered]
    off = [(s, o) for s, o in pairs if not o.pair.covered and _off_topic(o.item)]
    new = [(s, o) for s, o in pairs if not o.pair.covered and not _off_topic(o.item)]
    return {
        "covered answered, right first citation": share(
            covered, lambda s, o: s >= threshold and o.right_first
        ),
        "in-domain uncovered sent to an expert": share(new, lambda s, _: s < threshold),
        "off-topic sent to an expert": share(off, lambda s, _: s < threshold),
    }


def _off_topic(item: EvalItem) -> bool:
    return bool({"off-topic", "offtopic"} & set(item.tags))


def _backtest(regularisation: float, extra: Sequence[Path]) -> int:
    newer_paths = [p for p in development_sets() if p.stem in NEWER_SETS] + list(extra)
    older_paths = [p for p in development_sets() if p.stem not in NEWER_SETS]
    bot = formula_assistant()
    older, model = observe(training_items(older_paths), bot)
    newer, _ = observe(training_items(newer_paths), bot)
    head = _fit_on(older, model, regularisation)
    formula_cutoff = choose_cutoff(
        [o.formula for o in older], [o.pair.covered for o in older], [o.right_first for o in older]
    )
    rows = {
        f"formula at {formula_cutoff:.3f} (its 90% point on the older sets)": _rates(
            [o.formula for o in newer], newer, formula_cutoff
        ),
        f"learned head at {ANCHOR}": _rates([head.score_row(o.row) for o in newer], newer, ANCHOR),
    }
    print(
        f"fitted on {len(older)} older questions; scored {len(newer)} newer ones ({', '.join(p.stem for p in newer_paths)})"
    )
    names = list(next(iter(rows.values())))
    print("| evidence | " + " | ".join(names) + " |")
    print("|---" * (len(names) + 1) + "|")
    for label, rates in rows.items():
        print(f"| {label} | " + " | ".join(f"{rates[n]:.3f}" for n in names) + " |")
    # The coverage report's "weak" band on each scale: how many of the wrong answers (uncovered
    # questions answered, or a wrong first citation) it holds, and what share of all answers.
    head_scores = [head.score_row(o.row) for o in newer]
    for label, scores, threshold, margin in (
        ("formula", [o.formula for o in newer], formula_cutoff, FORMULA_WEAK_MARGIN),
        ("learned head", head_scores, ANCHOR, WEAK_MARGIN),
    ):
        answered = [(s, o) for s, o in zip(scores, newer, strict=True) if s >= threshold]
        weak = [(s, o) for s, o in answered if s < threshold + margin]
        wrong = sum(not o.right_first for _, o in answered)
        weak_wrong = sum(not o.right_first for _, o in weak)
        print(
            f"weak band, {label} (+{margin}): {weak_wrong} of {wrong} wrong answers, "
            f"{len(weak) / max(1, len(answered)):.0%} of {len(answered)} answers"
        )
    return 0


def _check(path: Path) -> int:
    head = load_evidence_head(path)
    current = fingerprint(pair for _, pair in training_items(development_sets()))
    if current != head.fingerprint:
        print(
            f"{path} was fitted on other questions (development sets changed since); "
            "run: python -m eval.evidence_head fit"
        )
        return 1
    print(f"{path} is up to date ({head.examples} questions)")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m eval.evidence_head", description=__doc__.split("\n\n")[0]
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    fit = sub.add_parser("fit", help="refit the head on the development sets (about 3 minutes)")
    fit.add_argument(
        "--out",
        type=Path,
        default=DEFAULT_EVIDENCE_HEAD,
        help=f"where to write (default: {DEFAULT_EVIDENCE_HEAD})",
    )
    fit.add_argument("--regularisation", type=float, default=DEFAULT_C, help="inverse L2 strength C")
    check = sub.add_parser("check", help="exit 1 if the training questions changed since the last fit")
    check.add_argument("--head", type=Path, default=DEFAULT_EVIDENCE_HEAD)
    backtest = sub.add_parser(
        "backtest",
        help="fit on the older development sets, score the newer ones: formula against head (about 3 minutes)",
    )
    backtest.add_argument("--regularisation", type=float, default=DEFAULT_C, help="inverse L2 strength C")
    backtest.add_argument(
        "--also", type=Path, nargs="*", default=[], help="more sets to score, e.g. a blind round"
    )
    args = parser.parse_args(argv)
    try:
        if args.command == "fit":
            return _fit(args.out, args.regularisation)
        if args.command == "backtest":
            return _backtest(args.regularisation, args.also)
        return _check(args.head)
    except AssistantError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
