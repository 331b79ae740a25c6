"""Fit or check the learned safety head (``assistant/safety_head.json``).

    python -m eval.safety_head fit     # refit on eval/dev*.jsonl and the exemplars, write the file
    python -m eval.safety_head check   # exit 1 if the training data changed since the last fit

Training data: every development question labelled by its ``expected_safety`` (emergency, urgent;
caution and none count as ordinary) and every exemplar sentence (the category's level; ``ordinary``
as ordinary), each as the head reads it at run time (``SafetyClassifier.head_text``: without the
clauses the rules find negated or past, in its conversation). Held-out splits (``eval/test``,
``eval/holdout*``) are never read.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from tqdm import tqdm

from assistant.errors import AssistantError
from assistant.safety import DEFAULT_EXEMPLARS, SafetyClassifier
from assistant.safety_head import (
    DEFAULT_C,
    DEFAULT_HEAD,
    LabelledText,
    fingerprint,
    fit_safety_head,
    load_safety_head,
    save_safety_head,
)
from eval.sets import development_sets, load_sets

BATCH = 64


def training_examples(set_paths: Sequence[Path], exemplars_path: Path | None = None) -> list[LabelledText]:
    """The labelled texts the head learns from, as it reads them, deduplicated (a text labelled twice
    keeps its higher level, so a red flag is never taught as ordinary). Texts with nothing left to
    read once negated and past clauses are set aside are left out, as the head never sees them."""
    rules = SafetyClassifier(exemplars_path=exemplars_path or DEFAULT_EXEMPLARS)  # no model: rules only
    rank = {"none": 0, "urgent": 1, "emergency": 2}
    best: dict[str, str] = {}

    def add(text: str, history: Sequence[str], level: str) -> None:
        read = rules.head_text(text, history)
        level = level if level in ("urgent", "emergency") else "none"
        if read and rank[level] >= rank[best.get(read, "none")]:
            best[read] = level

    for item in load_sets(set_paths):
        add(item.question, item.history, item.expected_safety or "none")
    for category_id, sentences in rules.exemplars.by_category.items():
        for sentence in sentences:
            add(sentence, (), rules.lexicon.category(category_id).level)
    for sentence in rules.exemplars.ordinary:
        add(sentence, (), "none")
    return [LabelledText(text, level) for text, level in sorted(best.items())]  # type: ignore[arg-type]


def _fit(out: Path, regularisation: float) -> int:
    from embeddings.model import MiniLMEmbeddings

    examples = training_examples(development_sets())
    embedder = MiniLMEmbeddings()
    texts = [e.text for e in examples]
    chunks = [
        embedder.embed_array(texts[i : i + BATCH])
        for i in tqdm(range(0, len(texts), BATCH), desc="embedding", unit="batch", file=sys.stderr)
    ]
    head = fit_safety_head(examples, np.vstack(chunks), model=embedder.name, regularisation=regularisation)
    save_safety_head(head, out)
    counts = {level: sum(e.level == level for e in examples) for level in ("emergency", "urgent", "none")}
    print(f"fitted on {len(examples)} texts {counts}; wrote {out}")
    return 0


def _check(path: Path) -> int:
    head = load_safety_head(path)
    current = fingerprint(training_examples(development_sets()))
    if current != head.fingerprint:
        print(
            f"{path} was fitted on other training data (development sets or exemplars changed since); "
            "run: python -m eval.safety_head fit"
        )
        return 1
    print(f"{path} is up to date ({head.examples} texts)")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.safety_head", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    fit = sub.add_parser("fit", help="refit the head on the development sets and exemplars")
    fit.add_argument(
        "--out", type=Path, default=DEFAULT_HEAD, help=f"where to write (default: {DEFAULT_HEAD})"
    )
    fit.add_argument("--regularisation", type=float, default=DEFAULT_C, help="inverse L2 strength C")
    check = sub.add_parser("check", help="exit 1 if the training data changed since the last fit")
    check.add_argument("--head", type=Path, default=DEFAULT_HEAD)
    args = parser.parse_args(argv)
    try:
        return _fit(args.out, args.regularisation) if args.command == "fit" else _check(args.head)
    except AssistantError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
