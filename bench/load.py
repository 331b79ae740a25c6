"""Load benchmark: throughput and latency (p50/p95) under concurrency, written to a JSON file.

    .venv/bin/python -m bench.load [--streams 1,5,20] [--per-stream 5] [--queue-threads 20] \\
        [--queue-per-thread 25] [--sessions 10] [--per-session 2] [--out bench/out/load.json]

* API: N threads each asking ``--per-stream`` questions through ``ArchiveAssistant.ask`` (real
  MiniLM, embedded Chroma, the bundled archive), for each N in ``--streams``.
* Expert queue: ``--queue-threads`` threads each submitting ``--queue-per-thread`` questions to one
  SQLite queue (WAL, synchronous=FULL); every reference is checked to be stored.
* Streamlit: a real ``streamlit run app.py`` on 127.0.0.1 and ``--sessions`` websocket sessions
  (``StreamlitSession`` speaks the browser's protocol), each asking ``--per-session`` questions
  at once; the latency is from sending the question to the script run finishing.

Every timed question is a different synthetic patient question (``bench.synth``): a repeated
question would be answered from the embedding cache and look faster than a new one.

Timings depend on the machine and on whatever else runs on it; the JSON records the CPU count and
the load average during each phase."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import shutil
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

import numpy as np

from assistant.settings import REPO_ROOT, Settings
from bench.processes import streamlit_app

QUESTIONS = [
    "I've had shooting pains and pins and needles since acupuncture on my lower back, is that normal?",
    "Does acupuncture hurt?",
    "Can I drive home after an acupuncture session?",
    "What does the research say about acupuncture for hay fever?",
    "Is it safe to have acupuncture if I take warfarin?",
    "How much does an acupuncture session usually cost?",
    "Are acupuncture needles ever reused?",
    "How long do cupping marks last?",
    "Can acupuncture fix my car's gearbox?",
    "I have crushing chest pain after my session",
]


def summary(values: Sequence[float]) -> dict[str, float]:
    data = np.asarray(values, dtype=np.float64)
    return {
        "n": len(values),
        "p50": round(float(np.percentile(data, 50)), 1),
        "p95": round(float(np.percentile(data, 95)), 1),
        "mean": round(statistics.fmean(values), 1),
        "max": round(float(data.max()), 1),
    }


# ------------------------------------------------------------------------------------------------
# A Streamlit session over the websocket, as a browser would drive it.


@dataclass
class ScriptRun:
    """What one script run sent: element types and the text of Markdown-like elements."""

    elements: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    exceptions: list[str] = field(default_factory=list)
    seconds: float = 0.0


class StreamlitSession:
    """One browser session of a running ``streamlit run``: run the page, type into the chat input.

    Speaks the browser's protocol: BackMsg ``rerun_script`` (with widget states) up, ForwardMsg
    deltas down until ``script_finished``."""

    def __init__(self, host: str, port: int, *, timeout: float = 600) -> None:
        from websockets.sync.client import connect

        self.timeout = timeout
        self._stack = contextlib.ExitStack()
        self.ws = self._stack.enter_context(
            connect(
                f"ws://{host}:{port}/_stcore/stream",
                subprotocols=["streamlit"],  # type: ignore[list-item]
                open_timeout=timeout,
                max_size=None,
            )
        )
        self.page_hash = ""
        self.chat_input_id: str | None = None

    def close(self) -> None:
        self._stack.close()

    def __enter__(self) -> StreamlitSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _run(self, widgets: Sequence[Any] = ()) -> ScriptRun:
        from streamlit.proto.BackMsg_pb2 import BackMsg
        from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

        msg = BackMsg()
        msg.rerun_script.query_string = ""
        msg.rerun_script.page_script_hash = self.page_hash
        msg.rerun_script.widget_states.widgets.extend(widgets)
        started = time.perf_counter()
        self.ws.send(msg.SerializeToString())
        run = ScriptRun()
        finished_ok = ForwardMsg.ScriptFinishedStatus.Value("FINISHED_SUCCESSFULLY")
        while True:
            data = self.ws.recv(timeout=self.timeout)
            forward = ForwardMsg()
            forward.ParseFromString(data if isinstance(data, bytes) else data.encode())
            kind = forward.WhichOneof("type")
            if kind == "new_session":
                self.page_hash = forward.new_session.page_script_hash or self.page_hash
            elif kind == "delta" and forward.delta.WhichOneof("type") == "new_element":
                element = forward.delta.new_element
                what = str(element.WhichOneof("type"))
                run.elements.append(what)
                if what == "chat_input":
                    self.chat_input_id = element.chat_input.id
                elif what in ("markdown", "alert", "heading"):
                    run.texts.append(getattr(element, what).body)
                elif what == "exception":
                    run.exceptions.append(f"{element.exception.type}: {element.exception.message}")
            elif kind == "script_finished":
                if forward.script_finished == finished_ok:
                    run.seconds = time.perf_counter() - started
                    return run
                if forward.script_finished != ForwardMsg.ScriptFinishedStatus.Value(
                    "FINISHED_EARLY_FOR_RERUN"
                ):
                    raise RuntimeError(f"the script run ended with status {forward.script_finished}")

    def open(self) -> ScriptRun:
        """Load the page (the first run of a new session)."""
        return self._run()

    def ask(self, question: str) -> ScriptRun:
        """Type ``question`` into the chat input and submit it."""
        from streamlit.proto.WidgetStates_pb2 import WidgetState

        if self.chat_input_id is None:
            raise RuntimeError("no chat input on the page: open() it first")
        state = WidgetState(id=self.chat_input_id)
        state.chat_input_value.data = question
        return self._run([state])


def app_env(work: Path, embedding_cache: Path | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
    env.update(
        {
            "ASSISTANT_CHROMA_DIR": str(work / "chroma"),
            "ASSISTANT_EMBEDDING_CACHE": str(embedding_cache or work / "cache.sqlite"),
            "ASSISTANT_DATA_DIR": str(work / "data"),
            "PYTHONPATH": str(REPO_ROOT),
        }
    )
    return env


# ------------------------------------------------------------------------------------------------
# The three loads


def fresh_questions(count: int, seed: int) -> list[str]:
    """``count`` different patient-style questions nobody has asked this process before."""
    from bench.synth import synthetic_questions

    return list(dict.fromkeys(synthetic_questions(count * 2, seed=seed)))[:count]


def api_load(bot: Any, streams: int, per_stream: int) -> dict[str, Any]:
    latencies: list[float] = []
    lock = threading.Lock()
    questions = fresh_questions(streams * per_stream, seed=streams)

    def stream(n: int) -> None:
        for i in range(per_stream):
            question = questions[n * per_stream + i]
            t0 = time.perf_counter()
            bot.ask(question)
            with lock:
                latencies.append((time.perf_counter() - t0) * 1000)

    load = os.getloadavg()[0]
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=streams) as pool:
        list(pool.map(stream, range(streams)))
    seconds = time.perf_counter() - started
    return {
        "streams": streams,
        "questions": len(latencies),
        "seconds": round(seconds, 2),
        "questions_per_s": round(len(latencies) / seconds, 2),
        "latency_ms": summary(latencies),
        "load_average_1min": round(load, 2),
    }


def queue_load(path: Path, threads: int, per_thread: int) -> dict[str, Any]:
    from assistant.expert_queue import ExpertQueue

    queue = ExpertQueue(path)
    latencies: list[float] = []
    refs: list[str] = []
    lock = threading.Lock()

    def submit(n: int) -> None:
        for i in range(per_thread):
            t0 = time.perf_counter()
            ref = queue.submit(f"thread {n} question {i}: can acupuncture help?", contact=None, consent=True)
            with lock:
                latencies.append((time.perf_counter() - t0) * 1000)
                refs.append(ref)

    load = os.getloadavg()[0]
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=threads) as pool:
        list(pool.map(submit, range(threads)))
    seconds = time.perf_counter() - started
    stored = {q.ref for q in queue.list()}
    return {
        "threads": threads,
        "submitted": len(refs),
        "stored": len(stored & set(refs)),
        "lost": len(set(refs) - stored),
        "seconds": round(seconds, 2),
        "submits_per_s": round(len(refs) / seconds, 1),
        "latency_ms": summary(latencies),
        "load_average_1min": round(load, 2),
    }


def streamlit_load(work: Path, sessions: int, per_session: int, embedding_cache: Path) -> dict[str, Any]:
    work.mkdir(parents=True, exist_ok=True)
    env = app_env(work, embedding_cache)
    with streamlit_app(env, work / "streamlit.log") as (host, port):
        started = time.perf_counter()
        with StreamlitSession(host, port) as warm:  # first load: model, index, caches
            warm.open()
        first_load_s = time.perf_counter() - started

        questions = fresh_questions(sessions * per_session, seed=10_000)

        def session(n: int) -> tuple[list[float], list[float], int]:
            with StreamlitSession(host, port) as browser:
                opened = browser.open()
                asked = []
                errors = len(opened.exceptions)
                for i in range(per_session):
                    run = browser.ask(questions[n * per_session + i])
                    asked.append(run.seconds * 1000)
                    errors += len(run.exceptions)
                return [opened.seconds * 1000], asked, errors

        load = os.getloadavg()[0]
        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=sessions) as pool:
            results = list(pool.map(session, range(sessions)))
        seconds = time.perf_counter() - started
    page = [v for r in results for v in r[0]]
    asked = [v for r in results for v in r[1]]
    return {
        "sessions": sessions,
        "questions": len(asked),
        "errors": sum(r[2] for r in results),
        "first_load_s": round(first_load_s, 1),
        "seconds": round(seconds, 2),
        "questions_per_s": round(len(asked) / seconds, 2),
        "page_load_ms": summary(page),
        "question_ms": summary(asked),
        "load_average_1min": round(load, 2),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--streams", default="1,5,20", help="API concurrency levels, comma-separated")
    parser.add_argument("--per-stream", type=int, default=5)
    parser.add_argument("--queue-threads", type=int, default=20)
    parser.add_argument("--queue-per-thread", type=int, default=25)
    parser.add_argument("--sessions", type=int, default=10, help="Streamlit sessions (0 to skip)")
    parser.add_argument("--per-session", type=int, default=2)
    parser.add_argument("--out", type=Path, default=REPO_ROOT / "bench" / "out" / "load.json")
    args = parser.parse_args(argv)

    from assistant.service import ArchiveAssistant

    work = Path(tempfile.mkdtemp(prefix="bench-load-"))
    try:
        settings = Settings(
            chroma_dir=work / "chroma", embedding_cache=work / "cache.sqlite", data_dir=work / "data"
        )
        bot = ArchiveAssistant.from_settings(settings)
        for question in QUESTIONS:  # warm-up: BM25, safety exemplars, torch
            bot.ask(question)
        figures: dict[str, Any] = {
            "machine": {
                "python": platform.python_version(),
                "cpus": os.cpu_count(),
                "platform": platform.platform(),
            },
            "api": [api_load(bot, int(n), args.per_stream) for n in args.streams.split(",") if n.strip()],
            "queue": queue_load(
                work / "queue" / "expert-queue.sqlite", args.queue_threads, args.queue_per_thread
            ),
        }
        if args.sessions:
            figures["streamlit"] = streamlit_load(
                work / "app", args.sessions, args.per_session, work / "cache.sqlite"
            )
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
        json.dump(figures, sys.stdout, indent=2)
        print()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
