"""Foundation benchmark: index throughput against the model's raw encode throughput on the same
texts (overhead ratio), marginal per-question latency over 200 questions in one process, peak RSS,
and optionally the README install's setup time in a fresh copy of the repo.

    .venv/bin/python -m bench.foundation [--questions 200] [--setup] [--out bench/out/foundation.json]

Figures are written to a JSON file; ratios are against a baseline measured in the same process."""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

from assistant.service import ArchiveAssistant, build_index, load_records, open_store
from assistant.settings import REPO_ROOT, Settings
from embeddings.chunking import passages_for
from embeddings.model import CachedEmbeddings, MiniLMEmbeddings


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def questions_for(count: int) -> list[str]:
    """Eval questions if present, topped up with the archive's own questions' first sentences."""
    from eval.sets import load_sets  # the set format (comment lines, validation) lives there

    out: list[str] = [item.question for item in load_sets(sorted((REPO_ROOT / "eval").glob("*.jsonl")))]
    if len(out) < count:
        for record in load_records(Settings()).records:
            out.append(record.question.split(". ")[0][:300])
    return (out * (count // max(1, len(out)) + 1))[:count]


def time_setup() -> float:
    """Seconds for `scripts/setup.sh` in a fresh copy of the tracked files (fresh .venv)."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "repo"
        subprocess.run(
            ["git", "worktree", "add", "--detach", str(copy)], cwd=REPO_ROOT, check=True, capture_output=True
        )
        try:
            started = time.perf_counter()
            subprocess.run(["scripts/setup.sh"], cwd=copy, check=True)
            return time.perf_counter() - started
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(copy)], cwd=REPO_ROOT, check=False)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--questions", type=int, default=200)
    parser.add_argument("--setup", action="store_true", help="also time scripts/setup.sh in a fresh copy")
    parser.add_argument("--out", type=Path, default=REPO_ROOT / "bench" / "out" / "foundation.json")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="bench-foundation-"))
    settings = Settings(
        chroma_dir=work / "chroma", embedding_cache=work / "cache.sqlite", data_dir=work / "data"
    )
    started = time.perf_counter()
    model = MiniLMEmbeddings()
    model_load_s = time.perf_counter() - started

    records = load_records(settings).records
    texts = [p.text for r in records for p in passages_for(r)]
    model.embed_array(texts[:32])  # warm-up, not timed
    started = time.perf_counter()
    model.embed_array(texts)
    raw_s = time.perf_counter() - started

    embeddings = CachedEmbeddings(model, settings.embedding_cache)
    store = open_store(settings, embeddings)
    started = time.perf_counter()
    report = build_index(settings, store)
    index_s = time.perf_counter() - started
    started = time.perf_counter()
    unchanged = build_index(settings, store)
    reindex_s = time.perf_counter() - started

    bot = ArchiveAssistant.from_settings(settings, embedder=model)
    questions = questions_for(args.questions)
    started = time.perf_counter()
    bot.ask(questions[0])  # first answer pays for BM25 build and warm-up
    first_answer_ms = (time.perf_counter() - started) * 1000
    latencies = []
    for question in questions:
        t0 = time.perf_counter()
        bot.ask(question)
        latencies.append((time.perf_counter() - t0) * 1000)

    figures = {
        "machine": {
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
        },
        "records": len(records),
        "passages": len(texts),
        "model_load_s": round(model_load_s, 2),
        "raw_encode_passages_per_s": round(len(texts) / raw_s, 1),
        "index_passages_per_s": round(report.stats.passages_embedded / index_s, 1),
        "index_overhead_ratio": round(index_s / raw_s, 3),
        "index_seconds": round(index_s, 2),
        "reindex_unchanged_seconds": round(reindex_s, 3),
        "reindex_unchanged_embedded": unchanged.stats.passages_embedded,
        "first_answer_ms": round(first_answer_ms, 1),
        "question_latency_ms": {
            "n": len(latencies),
            "p50": round(statistics.median(latencies), 1),
            "p95": round(percentile(latencies, 95), 1),
            "mean": round(statistics.fmean(latencies), 1),
        },
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    if args.setup:
        figures["setup_seconds"] = round(time_setup(), 1)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    json.dump(figures, sys.stdout, indent=2)
    print()
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
