"""Scale benchmark: query latency (p50/p95) and memory (RSS) at 1k, 10k and 100k archive records,
embedded Chroma (PersistentClient) against a `chroma run` server on 127.0.0.1.

    .venv/bin/python -m bench.scale [--sizes 1000,10000,100000] [--queries 200] \\
        [--out bench/out/scale.json] [--plot docs/scale.png] [--work DIR]

How the stores are made. Each store holds the bundled archive, indexed the normal way with the real
model (so the seed page is there to be found), plus N synthetic records (``bench.synth``) whose
passages are chunked and stored exactly as ``ArchiveStore`` stores them (document, record metadata),
but whose vectors are synthetic: a real vector of a bundled passage of the same category plus
Gaussian noise (cosine about 0.7 to it), so the collection is clustered the way real text is.
Synthetic vectors are added straight to the Chroma collection, bypassing the model, and then listed
in the store's per-source id lists (``ArchiveStore.index_sources``). A store is built once,
embedded; the server figures come from `chroma run --path` on the same folder. Stores are kept in
``--work`` (reruns reuse them; delete the folder to rebuild). The BM25 index is then built and
saved beside each store the way ``assistant index`` does (timed: the index-time cost), and every
measuring process loads the saved one.

What is timed, per question (real MiniLM query encoding throughout):
  * ``store``: the Chroma nearest-neighbour query alone (``ArchiveStore.dense_search``, 60 passages);
  * ``dense``: ``Retriever.search(method="dense", k=3)``: encode, query, group, fetch passages, cite;
  * ``hybrid``: ``ArchiveAssistant.ask`` (safety check + hybrid retrieval + decision) when
    ``assistant.safety`` is importable, else ``Retriever.search(method="hybrid")``; BM25 runs over
    every passage in the store (bundled + synthetic). The one-off BM25 build is reported apart.
One-off: ``first_question_s``, from opening the store in a fresh process (model already loaded) to
the first hybrid answer: BM25 loaded from its saved copy, safety exemplars encoded.
RSS: the measuring process (client, and embedded Chroma when embedded) and the server process.

It also projects the full index-build time for 100k real records: the real model embeds 500
synthetic passages (passages/s), times the passages 100k records make, plus the store's measured
insert rate. Figures go to ``--out`` (JSON) and a plot to ``--plot``."""

from __future__ import annotations

import argparse
import contextlib
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
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

import numpy as np
import psutil

from assistant.settings import REPO_ROOT, Settings
from bench.processes import chroma_server
from bench.synth import synthetic_questions, synthetic_records
from corpus.records import Record
from embeddings.chunking import passages_for

SEED = 20240601
SOURCE_INDEX = 2  # per-source id lists (1), and the store's recorded fingerprint (2)
NOISE = 0.05  # per-dimension sigma: |noise| ~ 0.98 for 384 dimensions, cosine to the base ~0.7
INSERT_BATCH = 5000
COLLECTION = "archive"
SEED_QUESTION = "two weeks of pins and needles after deep needling in my lower back, is that normal?"
SEED_SOURCE = "corpus/archive/pages/side-effects-and-safety/000_44b55cc1c08e95fb.txt"


def percentile(values: list[float], q: float) -> float:
    return float(np.percentile(np.asarray(values, dtype=np.float64), q))


def summary(values: list[float]) -> dict[str, float]:
    return {
        "n": len(values),
        "p50": round(percentile(values, 50), 2),
        "p95": round(percentile(values, 95), 2),
        "mean": round(statistics.fmean(values), 2),
        "max": round(max(values), 2),
    }


def rss_mb(pid: int | None = None) -> float:
    proc = psutil.Process(pid or os.getpid())
    total = int(proc.memory_info().rss)
    for child in proc.children(recursive=True):
        with contextlib.suppress(psutil.Error):
            total += int(child.memory_info().rss)
    return round(total / 2**20, 1)


def peak_rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def dir_mb(path: Path) -> float:
    return round(sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 2**20, 1)


def bench_settings(work: Path) -> Settings:
    return Settings(
        chroma_dir=work / "unused-chroma", embedding_cache=work / "cache.sqlite", data_dir=work / "data"
    )


def bm25_dir(db: Path) -> Path:
    """Where the store in ``db`` keeps its saved BM25 index: the app's own rule for an embedded
    store. The server view of the same folder has the same contents, so it shares the folder."""
    from assistant.service import bm25_folder

    return bm25_folder(Settings(chroma_dir=db, collection=COLLECTION))


def bundled_records() -> tuple[Record, ...]:
    from assistant.service import load_records

    return load_records(Settings()).records


# --------------------------------------------------------------------------------------------
# Build (worker): bundled archive through ArchiveStore.sync, synthetic records straight to Chroma


def build_store(size: int, db: Path, work: Path) -> dict[str, Any]:
    from embeddings.model import CachedEmbeddings, MiniLMEmbeddings
    from embeddings.store import ArchiveStore, passage_metadata, record_json

    os.nice(10)  # building is not what is measured: leave the CPU to others first
    model = MiniLMEmbeddings()
    cached = CachedEmbeddings(model, work / "cache.sqlite")
    store = ArchiveStore(cached, collection=COLLECTION, path=db)
    bundled = bundled_records()
    store.sync(list(bundled))  # vectors come from the cache filled by the orchestrator

    # Real vectors of the bundled Q/A passages, by category: the centres of the synthetic clusters.
    centres: dict[str, list[np.ndarray]] = {}
    got: Any = store.vectors._collection.get(include=["metadatas", "embeddings"])
    for meta, vector in zip(got["metadatas"], got["embeddings"], strict=True):
        record = json.loads(meta["record"])
        if record.get("kind") == "qa":
            centres.setdefault(str(record.get("category")), []).append(np.asarray(vector, dtype=np.float32))
    everything = [v for group in centres.values() for v in group]
    rng = np.random.default_rng(SEED + size)

    collection: Any = store.vectors._collection
    batch_size = min(INSERT_BATCH, int(store.client.get_max_batch_size()))
    started = time.perf_counter()
    records = synthetic_records(size, seed=SEED)
    generated_s = time.perf_counter() - started
    ids: list[str] = []
    docs: list[str] = []
    metas: list[dict[str, Any]] = []
    vectors: list[np.ndarray] = []
    inserted = 0
    insert_s = 0.0

    def flush() -> None:
        nonlocal ids, docs, metas, vectors, inserted, insert_s
        if not ids:
            return
        t0 = time.perf_counter()
        collection.add(
            ids=ids, embeddings=np.asarray(vectors, dtype=np.float32), metadatas=metas, documents=docs
        )
        insert_s += time.perf_counter() - t0
        inserted += len(ids)
        ids, docs, metas, vectors = [], [], [], []

    for record in records:
        meta_json = record_json(record)
        group = centres.get(record.category) or everything
        for passage in passages_for(record):
            base = group[int(rng.integers(len(group)))]
            vector = base + rng.normal(0.0, NOISE, size=base.shape).astype(np.float32)
            vectors.append(vector / np.linalg.norm(vector))
            ids.append(passage.id)
            docs.append(passage.text)
            metas.append(passage_metadata(passage, meta_json))
            if len(ids) >= batch_size:
                flush()
    flush()
    total_s = time.perf_counter() - started
    t0 = time.perf_counter()
    store.index_sources()
    sources_s = time.perf_counter() - t0
    return {
        "records_synthetic": size,
        "records_bundled": len(bundled),
        "passages": store.count(),
        "passages_synthetic": inserted,
        "generate_s": round(generated_s, 2),
        "insert_s": round(insert_s, 1),
        "insert_passages_per_s": round(inserted / insert_s, 1) if insert_s else None,
        "build_s": round(total_s, 1),
        "source_index_s": round(sources_s, 1),
        "source_index": SOURCE_INDEX,
        "build_peak_rss_mb": peak_rss_mb(),
        "store_disk_mb": dir_mb(db),
    }


def index_sources(db: Path) -> dict[str, Any]:
    """List the passages per source, and record the fingerprint, in a store built before these
    existed."""
    from embeddings.model import CachedEmbeddings, MiniLMEmbeddings
    from embeddings.store import ArchiveStore

    store = ArchiveStore(CachedEmbeddings(MiniLMEmbeddings(), None), collection=COLLECTION, path=db)
    t0 = time.perf_counter()
    written = store.index_sources()
    return {
        "source_index_s": round(time.perf_counter() - t0, 1),
        "source_index_written": written,
        "source_index": SOURCE_INDEX,
    }


def bm25_index(db: Path) -> dict[str, Any]:
    """The index-time BM25 cost: build over every passage in the store, then save beside it (what
    ``assistant index`` does after a change)."""
    from assistant.bm25 import BM25Index
    from embeddings.model import CachedEmbeddings, MiniLMEmbeddings
    from embeddings.store import ArchiveStore

    store = ArchiveStore(CachedEmbeddings(MiniLMEmbeddings(), None), collection=COLLECTION, path=db)
    rss_before = rss_mb()
    t0 = time.perf_counter()
    passages = store.passage_texts()
    read_s = time.perf_counter() - t0
    index = BM25Index(passages)
    del passages
    build_s = time.perf_counter() - t0
    folder = bm25_dir(db)
    t0 = time.perf_counter()
    fingerprint = store.fingerprint()  # recorded by the build, checked by a count
    fingerprint_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    scanned = store.scanned_fingerprint()  # what it costs without the recorded one
    scan_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    index.save(folder, fingerprint)
    save_s = time.perf_counter() - t0
    return {
        "bm25_passages": len(index),
        "bm25_read_s": round(read_s, 1),
        "bm25_build_s": round(build_s, 1),
        "bm25_save_s": round(save_s, 1),
        "store_fingerprint_s": round(fingerprint_s, 2),
        "store_fingerprint_scan_s": round(scan_s, 2),
        "fingerprint_recorded_matches_scan": fingerprint == scanned,
        "bm25_disk_mb": dir_mb(folder),
        "bm25_build_rss_mb": {"before": rss_before, "after": rss_mb(), "peak": peak_rss_mb()},
    }


# --------------------------------------------------------------------------------------------
# Measure (workers): a profile per size and backend (memory, one-off costs), then latency with
# every question run against every size in turn, so background load on a shared machine hits
# all sizes alike and the large/small ratio stays fair.


def _open(backend: str, db: Path, endpoint: str | None, model: Any) -> Any:
    from embeddings.model import CachedEmbeddings
    from embeddings.store import ArchiveStore

    cached = CachedEmbeddings(model, None)
    if backend == "server":
        assert endpoint is not None
        host, port = endpoint.rsplit(":", 1)
        return ArchiveStore(cached, collection=COLLECTION, host=host, port=int(port))
    return ArchiveStore(cached, collection=COLLECTION, path=db)


def _hybrid_runner(work: Path, store: Any, model: Any, bm25: Path) -> tuple[str, Any, Any]:
    """('ask', ask, retriever) when the assistant's safety and message modules exist, else
    ('retriever', hybrid search, retriever). BM25 comes from its saved copy in ``bm25``."""
    from assistant.retrieval import Retriever

    try:
        import assistant.messages  # noqa: F401  (ask needs it)
        from assistant.safety import SafetyClassifier
        from assistant.service import ArchiveAssistant

        bot = ArchiveAssistant(bench_settings(work), store, model, SafetyClassifier(model), bm25_dir=bm25)
        return "ask", bot.ask, bot.retriever
    except ImportError:
        retriever = Retriever(store, model, bm25_dir=bm25)
        return "retriever", lambda q: retriever.search(q, method="hybrid", k=3), retriever


def profile(
    backend: str, db: Path, work: Path, endpoint: str | None, server_pid: int | None, hybrid: bool
) -> dict[str, Any]:
    """Memory and one-off costs for one size and backend, in a fresh process."""
    from assistant.retrieval import Retriever
    from embeddings.model import MiniLMEmbeddings

    model = MiniLMEmbeddings()
    rss_model = rss_mb()
    warm = synthetic_questions(20, seed=SEED + 7)
    out: dict[str, Any] = {"backend": backend}
    first: dict[str, Any] = {}
    if hybrid:
        # The first question after a start, before anything else touches the store: open it, load
        # the saved BM25 index, encode the safety exemplars, answer.
        t0 = time.perf_counter()
        fresh = _open(backend, db, endpoint, model)
        how, ask, hybrid_retriever = _hybrid_runner(work, fresh, model, bm25_dir(db))
        ask(warm[0])
        first["first_question_s"] = round(time.perf_counter() - t0, 2)
        first["rss_mb_after_first_question"] = rss_mb()
        t0 = time.perf_counter()
        Retriever(fresh, model, bm25_dir=bm25_dir(db)).bm25()  # again, alone: fingerprint + load
        first["bm25_load_s"] = round(time.perf_counter() - t0, 2)
    started = time.perf_counter()
    store = _open(backend, db, endpoint, model)
    retriever = Retriever(store, model)
    for question in warm:
        retriever.search(question, method="dense", k=3)
    out.update(
        {
            "passages": store.count(),
            "open_and_20_dense_s": round(time.perf_counter() - started, 2),
            "rss_mb": {"model_loaded": rss_model, "after_dense": rss_mb()},
        }
    )
    seed_dense = [c.source for c in retriever.search(SEED_QUESTION, method="dense", k=5)]
    out["seed_rank_dense"] = seed_dense.index(SEED_SOURCE) + 1 if SEED_SOURCE in seed_dense else None
    if hybrid:
        out.update(first)
        out["rss_mb"]["after_first_question"] = out.pop("rss_mb_after_first_question")
        for question in warm[1:]:
            ask(question)
        out["rss_mb"]["after_hybrid"] = rss_mb()
        out["hybrid"] = how
        seed_hybrid = [c.source for c in hybrid_retriever.search(SEED_QUESTION, method="hybrid", k=5)]
        out["seed_rank_hybrid"] = seed_hybrid.index(SEED_SOURCE) + 1 if SEED_SOURCE in seed_hybrid else None
    out["rss_mb"]["peak"] = peak_rss_mb()
    if server_pid:
        out["server_rss_mb"] = rss_mb(server_pid)
    return out


def latency(
    backend: str,
    targets: list[tuple[int, Path, str | None]],
    work: Path,
    queries: int,
    hybrid_sizes: set[int],
) -> dict[str, Any]:
    """Per-question timings at every size; each question visits the sizes in a rotating order."""
    from assistant.retrieval import CANDIDATES, Retriever
    from embeddings.model import MiniLMEmbeddings

    model = MiniLMEmbeddings()
    opened: dict[int, tuple[Any, Any, Any]] = {}
    how = "none"
    for size, db, endpoint in targets:
        store = _open(backend, db, endpoint, model)
        retriever = Retriever(store, model)  # the raw model: no cache hits for repeated questions
        ask = None
        if size in hybrid_sizes:
            how, ask, hybrid_retriever = _hybrid_runner(work, store, model, bm25_dir(db))
            hybrid_retriever.bm25()  # loaded from the saved copy (the one-off build is timed apart)
        opened[size] = (store, retriever, ask)
    questions = synthetic_questions(queries, seed=SEED)
    vectors = model.embed_array(questions)
    for question, vector in zip(questions[:5], vectors[:5], strict=True):  # warm-up, not timed
        for store, retriever, ask in opened.values():
            store.dense_search(vector, CANDIDATES)
            retriever.search(question, method="dense", k=3)
            if ask:
                ask(question)

    sizes = list(opened)
    timings: dict[int, dict[str, list[float]]] = {
        s: {"store_ms": [], "dense_ms": [], "hybrid_ms": []} for s in sizes
    }
    loads = [os.getloadavg()[0]]
    for n, (question, vector) in enumerate(zip(questions, vectors, strict=True)):
        for size in sizes[n % len(sizes) :] + sizes[: n % len(sizes)]:
            store, retriever, ask = opened[size]
            t0 = time.perf_counter()
            store.dense_search(vector, CANDIDATES)
            t1 = time.perf_counter()
            retriever.search(question, method="dense", k=3)
            t2 = time.perf_counter()
            timings[size]["store_ms"].append((t1 - t0) * 1000)
            timings[size]["dense_ms"].append((t2 - t1) * 1000)
            if ask:
                t3 = time.perf_counter()
                ask(question)
                timings[size]["hybrid_ms"].append((time.perf_counter() - t3) * 1000)
        if n % 20 == 0:
            loads.append(os.getloadavg()[0])
    loads.append(os.getloadavg()[0])
    return {
        "backend": backend,
        "hybrid": how,
        "load_average_1min": {
            "min": round(min(loads), 2),
            "mean": round(statistics.fmean(loads), 2),
            "max": round(max(loads), 2),
        },
        "sizes": {
            str(size): {key: summary(values) for key, values in t.items() if values}
            for size, t in timings.items()
        },
    }


# --------------------------------------------------------------------------------------------
# Orchestrator


WORKER_FLAGS: list[str] = []  # passed to every measuring worker (``--torch-threads``)


def _worker(args: list[str]) -> dict[str, Any]:
    """Run this module as a worker in a fresh process (clean RSS per measurement)."""
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as handle:
        result = Path(handle.name)
    try:
        subprocess.run(
            [sys.executable, "-m", "bench.scale", "--worker", *args, *WORKER_FLAGS, "--result", str(result)],
            cwd=REPO_ROOT,
            check=True,
        )
        data: dict[str, Any] = json.loads(result.read_text(encoding="utf-8"))
        return data
    finally:
        result.unlink(missing_ok=True)


def model_throughput(sample: int) -> dict[str, Any]:
    """Real-model encode rate on synthetic passages, and the 100k-record projection inputs."""
    from embeddings.model import MiniLMEmbeddings

    started = time.perf_counter()
    model = MiniLMEmbeddings()
    load_s = time.perf_counter() - started
    records = synthetic_records(2000, seed=SEED + 1)
    per_record = statistics.fmean(len(passages_for(r)) for r in records)
    texts = [p.text for r in records for p in passages_for(r)][:sample]
    model.embed_array(texts[:32])  # warm-up
    load = os.getloadavg()[0]
    started = time.perf_counter()
    model.embed_array(texts)
    seconds = time.perf_counter() - started
    return {
        "model_load_s": round(load_s, 2),
        "sample_passages": len(texts),
        "encode_s": round(seconds, 2),
        "passages_per_s": round(len(texts) / seconds, 1),
        "passages_per_record": round(per_record, 2),
        "load_average_1min": round(load, 2),
    }


def fill_cache(work: Path) -> None:
    """Embed the bundled archive once into the benchmark's cache (every store build reuses it)."""
    from embeddings.model import CachedEmbeddings, MiniLMEmbeddings

    cached = CachedEmbeddings(MiniLMEmbeddings(), work / "cache.sqlite")
    cached.embed_array([p.text for r in bundled_records() for p in passages_for(r)])
    cached.close()


def plot(figures: dict[str, Any], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    runs = figures["runs"]
    sizes = sorted({r["size"] for r in runs})
    panels = [
        ("store_ms", "Chroma nearest-neighbour query only"),
        ("dense_ms", "Dense search (encode + Chroma + cite)"),
        ("hybrid_ms", f"Hybrid ({runs[0].get('hybrid', 'ask')}: BM25 + dense)"),
    ]
    panels = [(key, title) for key, title in panels if any(key in r for r in runs)]
    from matplotlib.ticker import NullFormatter

    fig, axes = plt.subplots(1, len(panels), figsize=(5.5 * len(panels), 4.5), squeeze=False)
    colours = {"embedded": "tab:blue", "server": "tab:orange"}
    for ax, (key, title) in zip(axes[0], panels, strict=True):
        for backend in ("embedded", "server"):
            rows = sorted((r for r in runs if r["backend"] == backend and key in r), key=lambda r: r["size"])
            if not rows:
                continue
            xs = [r["size"] for r in rows]
            ax.plot(xs, [r[key]["p50"] for r in rows], "o-", color=colours[backend], label=f"{backend} p50")
            ax.plot(xs, [r[key]["p95"] for r in rows], "s--", color=colours[backend], label=f"{backend} p95")
        ax.set_xscale("log")
        ax.set_xticks(sizes, [f"{s / 1000:g}k" for s in sizes])
        ax.xaxis.set_minor_formatter(NullFormatter())
        ax.set_xlabel("archive records (synthetic, log scale)")
        ax.set_ylabel("latency per question (ms)")
        ax.set_ylim(bottom=0)
        ax.set_title(title)
        ax.grid(True, which="both", alpha=0.3)
        ax.legend()
    machine = figures["machine"]
    fig.suptitle(
        f"Query latency vs archive size ({machine['cpus']} CPUs, {figures['queries']} questions per point)"
    )
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=120)
    plt.close(fig)


def ratios(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """p95 at the largest size over p95 at the smallest, per backend and timing (target: <= 2)."""
    out: dict[str, Any] = {}
    for backend in ("embedded", "server"):
        rows = sorted((r for r in runs if r["backend"] == backend), key=lambda r: r["size"])
        if len(rows) < 2:
            continue
        small, large = rows[0], rows[-1]
        for key in ("store_ms", "dense_ms", "hybrid_ms"):
            if key in small and key in large:
                ratio = large[key]["p95"] / small[key]["p95"]
                out[f"{backend}.{key}"] = {
                    "sizes": [small["size"], large["size"]],
                    "p95": [small[key]["p95"], large[key]["p95"]],
                    "ratio": round(ratio, 2),
                    "meets_2x_target": ratio <= 2.0,
                }
    return out


def merge_profiles(args: argparse.Namespace, profiles: dict[tuple[int, str], dict[str, Any]]) -> int:
    """Re-measured profiles into the runs of an existing figures file (latency figures kept)."""
    figures = json.loads(args.out.read_text(encoding="utf-8"))
    for run in figures["runs"]:
        fresh = profiles.get((run["size"], run["backend"]))
        if fresh:
            run.update(fresh)
    args.out.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    json.dump({f"{size} {backend}": p for (size, backend), p in profiles.items()}, sys.stdout, indent=2)
    print()
    return 0


def orchestrate(args: argparse.Namespace) -> int:
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    work = args.work or Path(tempfile.mkdtemp(prefix="bench-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    print(f"work folder: {work}", file=sys.stderr)
    fill_cache(work)
    throughput = model_throughput(args.sample)
    WORKER_FLAGS[:] = ["--torch-threads", str(args.torch_threads)]
    figures: dict[str, Any] = {
        "machine": {
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "memory_gb": round(psutil.virtual_memory().total / 2**30, 1),
            "platform": platform.platform(),
        },
        "queries": args.queries,
        "torch_threads_for_queries": args.torch_threads,
        "noise_sigma": NOISE,
        "model_throughput": throughput,
        "builds": {},
        "runs": [],
    }
    backends = [b for b in args.backends.split(",") if b]
    hybrid_sizes = {size for size in sizes if size <= args.hybrid_max}
    for size in sizes:
        db = work / f"store-{size}"
        marker = db / "bench-build.json"
        if not marker.is_file():
            shutil.rmtree(db, ignore_errors=True)
            print(f"[{size}] building the store …", file=sys.stderr)
            build = _worker(["build", "--size", str(size), "--db", str(db), "--work", str(work)])
            marker.write_text(json.dumps(build), encoding="utf-8")
        build = json.loads(marker.read_text(encoding="utf-8"))
        if build.get("source_index") != SOURCE_INDEX:  # built before the lists or the fingerprint
            print(f"[{size}] listing passages per source …", file=sys.stderr)
            build.update(_worker(["sources", "--db", str(db), "--work", str(work)]))
            marker.write_text(json.dumps(build), encoding="utf-8")
        figures["builds"][str(size)] = build
        print(f"[{size}] built: {json.dumps(figures['builds'][str(size)])}", file=sys.stderr)
    figures["bm25_index"] = {}
    for size in sizes:
        if size in hybrid_sizes:
            db = work / f"store-{size}"
            print(f"[{size}] building and saving BM25 …", file=sys.stderr)
            figures["bm25_index"][str(size)] = _worker(["bm25", "--db", str(db), "--work", str(work)])
            print(f"[{size}] BM25: {json.dumps(figures['bm25_index'][str(size)])}", file=sys.stderr)

    profiles: dict[tuple[int, str], dict[str, Any]] = {}
    for size in sizes:
        db = work / f"store-{size}"
        common = ["--db", str(db), "--work", str(work), "--size", str(size)]
        if size not in hybrid_sizes:
            common.append("--no-hybrid")
        for backend in backends:
            print(f"[{size}] profiling {backend} …", file=sys.stderr)
            if backend == "server":
                with chroma_server(db, work / f"server-{size}.log") as (host, port, server):
                    found = _worker(
                        [
                            "profile",
                            "--backend",
                            "server",
                            "--endpoint",
                            f"{host}:{port}",
                            "--server-pid",
                            str(server.pid),
                            *common,
                        ]
                    )
            else:
                found = _worker(["profile", "--backend", "embedded", *common])
            profiles[(size, backend)] = found
            print(f"[{size}] {backend}: {json.dumps(found)}", file=sys.stderr)

    phases = {p.strip() for p in args.phases.split(",") if p.strip()}
    if "latency" not in phases:
        return merge_profiles(args, profiles)

    timed: dict[str, dict[str, Any]] = {}
    hybrid_arg = ",".join(str(s) for s in sorted(hybrid_sizes)) or "none"
    for backend in backends:
        print(f"latency, {backend}, sizes {sizes} interleaved …", file=sys.stderr)
        targets = [f"{size}={work / f'store-{size}'}" for size in sizes]
        base = [
            "latency",
            "--backend",
            backend,
            "--work",
            str(work),
            "--queries",
            str(args.queries),
            "--hybrid-sizes",
            hybrid_arg,
        ]
        if backend == "server":
            with contextlib.ExitStack() as stack:
                endpoints = []
                for size in sizes:
                    host, port, _ = stack.enter_context(
                        chroma_server(work / f"store-{size}", work / f"server-{size}-latency.log")
                    )
                    endpoints.append(f"{size}={host}:{port}")
                timed[backend] = _worker([*base, "--targets", *targets, "--endpoints", *endpoints])
        else:
            timed[backend] = _worker([*base, "--targets", *targets])
        print(f"{backend}: {json.dumps(timed[backend])}", file=sys.stderr)
        figures.setdefault("latency_conditions", {})[backend] = {
            "hybrid": timed[backend]["hybrid"],
            "load_average_1min": timed[backend]["load_average_1min"],
        }
        for size in sizes:
            run = {
                "size": size,
                **figures["bm25_index"].get(str(size), {}),
                **profiles[(size, backend)],
                **timed[backend]["sizes"][str(size)],
            }
            figures["runs"].append(run)

    largest = max(sizes)
    build_at_largest = figures["builds"][str(largest)]
    passages_100k = 100_000 * throughput["passages_per_record"]
    embed_s = passages_100k / throughput["passages_per_s"]
    insert_rate = build_at_largest.get("insert_passages_per_s") or 0
    insert_s = passages_100k / insert_rate if insert_rate else None
    figures["projection_100k_real_records"] = {
        "passages": round(passages_100k),
        "embed_s": round(embed_s),
        "embed_h": round(embed_s / 3600, 2),
        "store_insert_s": round(insert_s) if insert_s else None,
        "total_h": round((embed_s + (insert_s or 0)) / 3600, 2),
        "basis": f"real-model encode rate on {throughput['sample_passages']} synthetic passages; "
        f"insert rate measured while building the {largest:,}-record store",
    }
    figures["p95_ratio_largest_vs_smallest"] = ratios(figures["runs"])
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    plot(figures, args.plot)
    json.dump(
        {
            "p95_ratio": figures["p95_ratio_largest_vs_smallest"],
            "projection": figures["projection_100k_real_records"],
        },
        sys.stdout,
        indent=2,
    )
    print()
    if not args.work and not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--sizes", default="1000,10000,100000", help="synthetic record counts, comma-separated"
    )
    parser.add_argument("--queries", type=int, default=200, help="questions timed per size and backend")
    parser.add_argument("--out", type=Path, default=REPO_ROOT / "bench" / "out" / "scale.json")
    parser.add_argument("--plot", type=Path, default=REPO_ROOT / "docs" / "scale.png")
    parser.add_argument(
        "--work", type=Path, default=None, help="keep stores here and reuse them (default: temp)"
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary work folder")
    parser.add_argument("--backends", default="embedded,server")
    parser.add_argument("--sample", type=int, default=500, help="passages for the model throughput figure")
    parser.add_argument("--hybrid-max", type=int, default=10**9, help="skip hybrid above this many records")
    parser.add_argument(
        "--phases",
        default="profile,latency",
        help="what to measure after building: profile (memory, one-off costs), latency, or both; "
        "with profile alone, the profiles are merged into the runs of an existing --out file",
    )
    parser.add_argument(
        "--torch-threads",
        type=int,
        default=1,
        help="torch threads while timing questions (default 1: steadier on a busy machine; 0 = torch's default)",
    )
    parser.add_argument(
        "--worker", choices=["build", "sources", "bm25", "profile", "latency"], help=argparse.SUPPRESS
    )
    parser.add_argument("--size", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--backend", default="embedded", help=argparse.SUPPRESS)
    parser.add_argument("--endpoint", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--server-pid", type=int, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--no-hybrid", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--targets", nargs="*", default=[], help=argparse.SUPPRESS)
    parser.add_argument("--endpoints", nargs="*", default=[], help=argparse.SUPPRESS)
    parser.add_argument("--hybrid-sizes", default="none", help=argparse.SUPPRESS)
    parser.add_argument("--result", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker is None:
        return orchestrate(args)
    if args.torch_threads > 0 and args.worker != "build":
        import torch

        torch.set_num_threads(args.torch_threads)
    assert args.result is not None and args.work is not None
    data: dict[str, Any]
    if args.worker == "build":
        data = build_store(args.size, args.db, args.work)
    elif args.worker == "sources":
        data = index_sources(args.db)
    elif args.worker == "bm25":
        data = bm25_index(args.db)
    elif args.worker == "profile":
        data = profile(args.backend, args.db, args.work, args.endpoint, args.server_pid, not args.no_hybrid)
    else:
        endpoints = dict(e.split("=", 1) for e in args.endpoints)
        targets = []
        for target in args.targets:
            size, db = target.split("=", 1)
            targets.append((int(size), Path(db), endpoints.get(size)))
        hybrid_sizes = {int(s) for s in args.hybrid_sizes.split(",") if s.isdigit()}
        data = latency(args.backend, targets, args.work, args.queries, hybrid_sizes)
    args.result.write_text(json.dumps(data), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
