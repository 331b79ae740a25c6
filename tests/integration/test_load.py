"""Load: concurrent question streams through the Python API, concurrent submissions to the expert
queue (threads and processes), and concurrent Streamlit sessions. These check correctness under
concurrency (no errors, the same answers as one at a time, nothing lost); timings are measured by
``bench/load.py``, not asserted here."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from assistant.expert_queue import ExpertQueue
from assistant.query_log import QueryLog
from assistant.service import ArchiveAssistant, load_records
from assistant.settings import REPO_ROOT, Settings
from tests.conftest import SEED_SOURCE

pytestmark = pytest.mark.integration

STREAMS = 20
PER_STREAM = 5

# (question, expected decision, a page expected among the top three citations, or None)
QUESTIONS: list[tuple[str, str, str | None]] = [
    (
        "I've had shooting pains and pins and needles since acupuncture on my lower back, is that normal?",
        "answer",
        SEED_SOURCE,
    ),
    ("Does acupuncture hurt?", "answer", "pages/general/does-acupuncture-hurt.txt"),
    ("Can I drive home after an acupuncture session?", "answer", "can-i-drive-after-acupuncture.txt"),
    ("What does the research say about acupuncture for hay fever?", "answer", "factsheets/hay-fever.md"),
    ("Is it safe to have acupuncture if I take warfarin?", "answer", "acupuncture-while-taking-warfarin.txt"),
    ("How much does an acupuncture session usually cost?", "answer", "how-much-does-a-session-cost.txt"),
    ("Are acupuncture needles ever reused?", "answer", "are-acupuncture-needles-reused.txt"),
    ("How long do cupping marks last?", "answer", "cupping-marks-how-long-they-last.txt"),
    ("Can acupuncture fix my car's gearbox?", "ask_expert", None),
    ("I have crushing chest pain after my session", "emergency", None),
]


def _comparable(answer: Any) -> dict[str, Any]:
    """An answer without its timings, for comparing concurrent runs with a sequential one."""
    return answer.to_json()  # type: ignore[no-any-return]  # timings are not in the JSON contract


def test_twenty_concurrent_question_streams(real_assistant: ArchiveAssistant) -> None:
    sequential = {q: _comparable(real_assistant.ask(q)) for q, _, _ in QUESTIONS}
    for question, decision, source in QUESTIONS:  # the baseline is sane
        got = sequential[question]
        assert got["decision"] == decision, (question, got["decision"])
        if source:
            assert any(c["source"].endswith(source) for c in got["citations"][:3]), (
                question,
                got["citations"],
            )

    real_assistant.retriever.refresh()  # so the streams also race to build the BM25 index

    def stream(n: int) -> list[tuple[str, dict[str, Any]]]:
        mine = [QUESTIONS[(n + i) % len(QUESTIONS)][0] for i in range(PER_STREAM)]
        return [(q, _comparable(real_assistant.ask(q))) for q in mine]

    with ThreadPoolExecutor(max_workers=STREAMS) as pool:
        results = [pair for chunk in pool.map(stream, range(STREAMS)) for pair in chunk]
    assert len(results) == STREAMS * PER_STREAM
    for question, got in results:
        assert got == sequential[question], question  # the same answer as one at a time


def test_twenty_threads_submitting_to_the_queue_lose_nothing(tmp_path: Path) -> None:
    shared = ExpertQueue(tmp_path / "expert-queue.sqlite")
    per_thread = 10

    def submit(thread: int) -> list[tuple[str, str, str]]:
        # Half the threads share one ExpertQueue (as Streamlit sessions do), half open their own.
        queue = shared if thread % 2 else ExpertQueue(tmp_path / "expert-queue.sqlite")
        out = []
        for i in range(per_thread):
            text = f"Thread {thread}, question {i}: can acupuncture help with my symptoms?"
            contact = f"patient-{thread}-{i}@example.org"
            out.append(
                (queue.submit(text, contact=contact, consent=True, citations=["a", "b"]), text, contact)
            )
        return out

    with ThreadPoolExecutor(max_workers=20) as pool:
        submitted = [item for chunk in pool.map(submit, range(20)) for item in chunk]
    refs = [ref for ref, _, _ in submitted]
    assert len(refs) == len(set(refs)) == 20 * per_thread
    stored = {q.ref: q for q in ExpertQueue(tmp_path / "expert-queue.sqlite").list()}
    assert set(stored) == set(refs)
    for ref, text, contact in submitted:
        item = stored[ref]
        assert (item.question, item.contact, item.citations) == (text, contact, ("a", "b"))
        assert item.status == "new" and item.consent


SUBMITTER = """
import json, sys
import assistant
from pathlib import Path
from assistant.expert_queue import ExpertQueue
queue = ExpertQueue(Path(sys.argv[1]))
refs = [queue.submit(f"process {sys.argv[2]} question {i}", consent=True) for i in range(int(sys.argv[3]))]
print(json.dumps(refs))
"""


def test_several_processes_submitting_to_one_queue_lose_nothing(tmp_path: Path) -> None:
    db = tmp_path / "expert-queue.sqlite"
    ExpertQueue(db)
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", SUBMITTER, str(db), str(n), "25"],
            cwd=REPO_ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(4)
    ]
    refs: list[str] = []
    for proc in procs:
        out, err = proc.communicate(timeout=600)
        assert proc.returncode == 0, err[-2000:]
        refs.extend(json.loads(out.strip().splitlines()[-1]))
    assert len(refs) == len(set(refs)) == 100
    stored = ExpertQueue(db).list()
    assert sorted(q.ref for q in stored) == sorted(refs)
    assert Counter(q.question.split(" question ")[0] for q in stored) == {
        f"process {n}": 25 for n in range(4)
    }


@pytest.mark.timeout(1800)
def test_ten_concurrent_streamlit_sessions(tmp_path: Path, shared_cache: Path) -> None:
    """Ten browser sessions of a real ``streamlit run app.py`` asking at once (over the websocket,
    as a browser does): every one gets its own answer with the right citation, nobody sees another
    session's question, and each question is logged once with its decision.

    (AppTest can't do this: each run installs and tears down a process-wide Runtime, so AppTest
    instances in threads break each other.)"""
    from bench.load import StreamlitSession, app_env, streamlit_app

    titles = {r.source: r.title for r in load_records(Settings()).records}
    questions = [QUESTIONS[n % len(QUESTIONS)] for n in range(10)]
    env = app_env(tmp_path, shared_cache)
    with streamlit_app(env, tmp_path / "streamlit.log") as (host, port):
        with StreamlitSession(host, port) as first:  # loads the model and builds the index once
            assert not first.open().exceptions

        def session(n: int) -> tuple[list[str], list[str]]:
            with StreamlitSession(host, port) as browser:
                opened = browser.open()
                run = browser.ask(questions[n][0])
                return opened.exceptions + run.exceptions, [t.replace("\\", "") for t in run.texts]

        with ThreadPoolExecutor(max_workers=10) as pool:
            results = list(pool.map(session, range(10)))

    for n, (exceptions, texts) in enumerate(results):
        question, _, source = questions[n]
        assert not exceptions, exceptions
        shown = "\n".join(texts)
        assert question.replace("\\", "") in shown.replace("\\", "")  # its own question is on its page ...
        others = {q for q, _, _ in questions} - {question}
        assert not [q for q in others if q in shown]  # ... and nobody else's
        if source:
            title = next(t for s, t in titles.items() if s.endswith(source))
            assert title in shown, (question, title)
    logged = QueryLog(Path(env["ASSISTANT_DATA_DIR"]) / "query-log.sqlite").entries()
    assert sorted((e.question, e.decision) for e in logged) == sorted((q, d) for q, d, _ in questions)
