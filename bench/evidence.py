"""What the learned evidence score costs: search latency with the head against the fixed formula,
the same questions in the same process, alternating which goes first; and the head's own time per
citation.

    .venv/bin/python -m bench.evidence [--questions 200] [--out bench/out/evidence.json]

Figures are written to a JSON file; the ratio is head / formula."""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

from assistant.evidence_head import EvidenceSignals
from assistant.service import ArchiveAssistant
from assistant.settings import REPO_ROOT, Settings
from bench.foundation import percentile, questions_for


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.evidence", description=__doc__.split("\n\n")[0])
    parser.add_argument("--questions", type=int, default=200)
    parser.add_argument("--out", type=Path, default=REPO_ROOT / "bench" / "out" / "evidence.json")
    args = parser.parse_args(argv)

    bot = ArchiveAssistant.from_settings(Settings())
    retriever = bot.retriever
    head = retriever.evidence_head
    if head is None:
        raise SystemExit("the learned evidence head does not fit the model in use; nothing to compare")
    questions = questions_for(args.questions)
    retriever.search(questions[0])  # warm-up: BM25 load, first encode

    timings: dict[str, list[float]] = {"head": [], "formula": []}
    signals: list[EvidenceSignals] = []
    for index, question in enumerate(questions):
        order = ("head", "formula") if index % 2 == 0 else ("formula", "head")
        for name in order:
            retriever.evidence_head = head if name == "head" else None
            start = time.perf_counter()
            found = retriever.search_with_signals(question, k=3)
            timings[name].append((time.perf_counter() - start) * 1000)
            if name == "head":
                signals.extend(s for _, s in found if s is not None)
    retriever.evidence_head = head

    start = time.perf_counter()
    for s in signals:
        head.score(s)
    per_citation_us = (time.perf_counter() - start) / max(1, len(signals)) * 1e6

    def summary(values: list[float]) -> dict[str, float]:
        return {
            "p50_ms": round(statistics.median(values), 2),
            "p95_ms": round(percentile(values, 95), 2),
            "mean_ms": round(statistics.fmean(values), 2),
        }

    result = {
        "questions": len(questions),
        "search_with_head": summary(timings["head"]),
        "search_with_formula": summary(timings["formula"]),
        "ratio_mean_head_over_formula": round(
            statistics.fmean(timings["head"]) / statistics.fmean(timings["formula"]), 3
        ),
        "head_score_per_citation_us": round(per_citation_us, 1),
        "load_average": os.getloadavg()[0],
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
