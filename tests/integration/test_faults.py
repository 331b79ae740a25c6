"""Faults: an index build killed mid-way, a corrupt store, an unreachable or vanished server, and
a data folder that can't be written while a question is queued for the experts.

The CLI runs in subprocesses with the environment a user would set (ASSISTANT_*), on copies of the
archive in temp folders. Store checks after a subprocess wrote run in a fresh process too (Chroma
keeps a client per folder inside a process, which would not see another process's writes)."""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.errors import QueueError, StoreError
from assistant.expert_queue import ExpertQueue
from assistant.service import load_records
from assistant.settings import REPO_ROOT
from bench import processes
from bench.synth import synthetic_records, write_pages
from embeddings.chunking import passages_for
from embeddings.model import CachedEmbeddings, HashingEmbeddings, MiniLMEmbeddings
from embeddings.store import BATCH, ArchiveStore
from tests.conftest import SEED_NAME, make_settings

pytestmark = pytest.mark.integration

SEED_QUESTION = "two weeks of pins and needles after deep needling in my lower back, is that normal?"
ARCHIVE = REPO_ROOT / "corpus" / "archive"
_BAR = re.compile(r"embedding:.*?\|\s*(\d+)/(\d+)\s*\[")
_COUNTS = re.compile(r"(\d+) added, (\d+) updated, (\d+) removed, (\d+) unchanged, (\d+) skipped")

# Runs in a fresh process: what the store holds, and what a search for the seed page finds.
PROBE = """
import json, sys
import assistant
from assistant.retrieval import Retriever
from assistant.service import open_store
from assistant.settings import Settings
from embeddings.model import CachedEmbeddings, MiniLMEmbeddings
model = MiniLMEmbeddings()
store = open_store(Settings(), CachedEmbeddings(model, None))
passages = store.all_passages()
top = [c.source for c in Retriever(store, model).search(sys.argv[1], method="hybrid", k=3)]
print(json.dumps({"ids": [p.id for p in passages], "records": sorted({p.record_id for p in passages}), "top": top}))
"""


def _env(tmp: Path, **settings: str) -> dict[str, str]:
    """The environment a user would run the CLI with: only ASSISTANT_* settings, offline."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
    env.update(
        PYTHONPATH=str(REPO_ROOT),
        HF_HUB_OFFLINE="1",
        TOKENIZERS_PARALLELISM="false",
        ANONYMIZED_TELEMETRY="False",
    )
    values = {
        "CHROMA_DIR": str(tmp / "chroma"),
        "EMBEDDING_CACHE": str(tmp / "cache.sqlite"),
        "DATA_DIR": str(tmp / "data"),
        **settings,
    }
    env.update({f"ASSISTANT_{k}": v for k, v in values.items() if v})
    return env


def _cli(
    tmp: Path, env: dict[str, str], *args: str, timeout: float = 900
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "assistant.cli", *args],
        env=env,
        cwd=tmp,  # not the repo: no .env there
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def _probe(tmp: Path, env: dict[str, str]) -> dict[str, list[str]]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, SEED_QUESTION],
        env=env,
        cwd=tmp,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    found: dict[str, list[str]] = json.loads(done.stdout.strip().splitlines()[-1])
    return found


def _assert_one_line_error(stderr: str, fix: str) -> str:
    """One ``assistant: error:`` line naming the fix; no traceback; nothing else but the model's
    loading bar (which sentence-transformers draws on stderr)."""
    assert "Traceback" not in stderr, stderr
    lines = [line for line in re.split(r"[\r\n]+", stderr) if line.strip()]
    errors = [line for line in lines if line.startswith("assistant: error:")]
    assert len(errors) == 1, stderr
    others = [line for line in lines if line not in errors and "Loading weights" not in line]
    assert not others, stderr
    assert fix in errors[0], errors[0]
    return errors[0]


def _prime_cache(dst: Path, texts: list[str], model: MiniLMEmbeddings, shared_cache: Path) -> None:
    """Copy vectors for ``texts`` from the session's shared cache into a new cache file, so a
    subprocess doesn't embed the bundled archive again."""
    source = CachedEmbeddings(model, shared_cache)
    vectors = source.embed_array(texts)
    db = sqlite3.connect(dst)
    with db:
        db.execute("CREATE TABLE IF NOT EXISTS vectors (key TEXT PRIMARY KEY, vector BLOB NOT NULL)")
        db.executemany(
            "INSERT OR REPLACE INTO vectors VALUES (?, ?)",
            [(source._key(t), v.tobytes()) for t, v in zip(texts, vectors, strict=True)],
        )
    db.close()


def _counts(stdout: str) -> dict[str, int]:
    match = _COUNTS.search(stdout)
    assert match, stdout
    return dict(
        zip(["added", "updated", "removed", "unchanged", "skipped"], map(int, match.groups()), strict=True)
    )


@pytest.mark.timeout(1800)
def test_killed_index_build_leaves_the_old_index_answering_and_resumes(
    tmp_path: Path, real_model: MiniLMEmbeddings, shared_cache: Path
) -> None:
    archive = tmp_path / "archive"
    shutil.copytree(ARCHIVE, archive)
    settings = make_settings(tmp_path, corpus_dirs=[archive])
    before = load_records(settings).records
    _prime_cache(
        settings.embedding_cache, [p.text for r in before for p in passages_for(r)], real_model, shared_cache
    )
    env = _env(tmp_path, CORPUS_DIRS=json.dumps([str(archive)]))

    first = _cli(tmp_path, env, "index")
    assert first.returncode == 0, first.stderr[-3000:]
    assert _counts(first.stdout)["added"] == len(before)

    # A changed file set: two pages gone, one page edited, 100 new pages (several batches).
    pages = archive / "pages"
    gone = [
        pages / "general" / "does-acupuncture-hurt.txt",
        pages / "practical-matters" / "home-visits-for-acupuncture.txt",
    ]
    for path in gone:
        path.unlink()
    edited = pages / "general" / "is-acupuncture-just-a-placebo.txt"
    edited.write_text(
        edited.read_text(encoding="utf-8").replace(
            "\n\nPost a question", " Ask your GP if unsure.\n\nPost a question", 1
        ),
        encoding="utf-8",
    )
    write_pages(synthetic_records(100, seed=7), pages)
    after = load_records(settings).records
    before_ids = {r.id for r in before}
    new_passages = sum(len(passages_for(r)) for r in after if r.id not in before_ids)
    assert new_passages > 2 * BATCH  # so the kill lands mid-way
    removed_ids = before_ids - {r.id for r in after}
    assert len(removed_ids) == 2

    # Start the build and kill -9 it once the progress bar shows some passages stored.
    proc = subprocess.Popen(
        [sys.executable, "-m", "assistant.cli", "index"],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    seen: list[tuple[int, int]] = []
    progressed = threading.Event()
    stderr_text: list[str] = []

    def watch() -> None:
        assert proc.stderr is not None
        text = ""
        while chunk := proc.stderr.read1(4096):  # type: ignore[attr-defined]
            text += chunk.decode("utf-8", errors="replace")
            for done, total in _BAR.findall(text):
                seen.append((int(done), int(total)))
                if int(done) > 0:
                    progressed.set()
        stderr_text.append(text)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    deadline = time.monotonic() + 900
    while not progressed.wait(0.2):
        assert proc.poll() is None, (
            f"the build ended before it could be killed: {''.join(stderr_text)[-3000:]}"
        )
        assert time.monotonic() < deadline, "no progress in 15 minutes"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=60)
    watcher.join(timeout=10)
    assert proc.stderr is not None
    proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    done, total = seen[-1]
    assert 0 < done < total

    # The previous index still answers: the seed page comes first; nothing was deleted yet.
    interrupted = _probe(tmp_path, env)
    assert interrupted["top"][0].endswith(SEED_NAME)
    assert removed_ids <= set(interrupted["records"])  # stale passages go only after the new ones are in
    assert len(interrupted["ids"]) == len(set(interrupted["ids"]))

    # The next build completes and the counts add up.
    resumed = _cli(tmp_path, env, "index")
    assert resumed.returncode == 0, resumed.stderr[-3000:]
    counts = _counts(resumed.stdout)
    assert counts["added"] + counts["updated"] + counts["unchanged"] == len(after)
    assert counts["removed"] == 2 and counts["skipped"] == 0
    assert counts["updated"] >= 1  # the edited page (and any new page the kill cut in half)
    final = _probe(tmp_path, env)
    assert final["top"][0].endswith(SEED_NAME)
    assert sorted(final["ids"]) == sorted(p.id for r in after for p in passages_for(r))
    assert final["records"] == sorted(r.id for r in after)

    # And once more: nothing left to do.
    again = _counts(_cli(tmp_path, env, "index").stdout)
    assert again == {"added": 0, "updated": 0, "removed": 0, "unchanged": len(after), "skipped": 0}


def _corrupt(folder: Path) -> None:
    folder.mkdir(parents=True)
    (folder / "chroma.sqlite3").write_bytes(b"this is not a database" * 100)


@pytest.mark.parametrize("command", [["index"], ["ask", "does acupuncture hurt?"]], ids=["index", "ask"])
def test_corrupt_store_gives_one_line_naming_the_fix(tmp_path: Path, command: list[str]) -> None:
    _corrupt(tmp_path / "chroma")
    done = _cli(tmp_path, _env(tmp_path), *command)
    assert done.returncode == 2
    line = _assert_one_line_error(done.stderr, "assistant index --rebuild")
    assert str(tmp_path / "chroma") in line


def test_the_named_fix_rebuilds_a_corrupt_store(
    tmp_path: Path, real_model: MiniLMEmbeddings, shared_cache: Path
) -> None:
    _corrupt(tmp_path / "chroma")
    texts = [p.text for r in load_records(make_settings(tmp_path)).records for p in passages_for(r)]
    _prime_cache(tmp_path / "cache.sqlite", texts, real_model, shared_cache)
    env = _env(tmp_path)
    done = _cli(tmp_path, env, "index", "--rebuild")
    assert done.returncode == 0, done.stderr[-2000:]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("chroma.unreadable-")]
    assert _probe(tmp_path, env)["top"][0].endswith(SEED_NAME)


def test_rebuild_sets_an_unreadable_store_aside(tmp_path: Path) -> None:
    """The store side of the named fix: ``rebuild=True`` keeps the bad folder and starts afresh."""
    folder = tmp_path / "chroma"
    _corrupt(folder)
    cached = CachedEmbeddings(HashingEmbeddings(), None)
    with pytest.raises(StoreError, match="index --rebuild"):
        ArchiveStore(cached, path=folder)
    store = ArchiveStore(cached, path=folder, rebuild=True)
    assert store.count() == 0 and store.set_aside is not None
    assert (store.set_aside / "chroma.sqlite3").read_bytes().startswith(b"this is not a database")
    store.vectors.add_texts(["a passage"], ids=["r::h::q0"], metadatas=[{"source": "s"}])
    assert ArchiveStore(cached, path=folder).count() == 1

    # A store built with another model is emptied, not refused, when rebuilding.
    other = CachedEmbeddings(HashingEmbeddings(64), None)
    with pytest.raises(StoreError, match="built with model"):
        ArchiveStore(other, path=folder)
    rebuilt = ArchiveStore(other, path=folder, rebuild=True)
    assert rebuilt.count() == 0 and rebuilt.set_aside is None
    assert ArchiveStore(other, path=folder).count() == 0


def test_unreachable_server_gives_one_line_naming_the_fix(tmp_path: Path) -> None:
    env = _env(tmp_path, CHROMA_DIR="", CHROMA_HOST="127.0.0.1", CHROMA_PORT=str(processes.free_port()))
    done = _cli(tmp_path, env, "index")
    assert done.returncode == 2
    _assert_one_line_error(done.stderr, "chroma run")


@pytest.fixture
def own_chroma_server(tmp_path: Path) -> Iterator[tuple[str, int, subprocess.Popen[bytes]]]:
    """A `chroma run` this test may stop (the session's server is shared)."""
    with processes.chroma_server(tmp_path / "server-db", tmp_path / "server.log") as server:
        yield server


def _close_http_client(client: object) -> None:
    """chromadb's ``close()`` leaves the HTTP pools of the client and its admin client open."""
    for holder in (client, getattr(client, "_admin_client", None)):
        session = getattr(getattr(holder, "_server", None), "_session", None)
        if session is not None:
            session.close()
    client.close()  # type: ignore[attr-defined]


@pytest.mark.server
def test_server_going_away_mid_session_is_a_store_error(
    tmp_path: Path, own_chroma_server: tuple[str, int, subprocess.Popen[bytes]]
) -> None:
    from assistant.retrieval import Retriever
    from assistant.service import build_index, open_store

    host, port, proc = own_chroma_server
    settings = make_settings(tmp_path, chroma_host=host, chroma_port=port)
    model = HashingEmbeddings()
    store = open_store(settings, CachedEmbeddings(model, None))
    build_index(settings, store)
    retriever = Retriever(store, model)
    assert retriever.search("pins and needles after acupuncture in my lower back", k=3)
    proc.terminate()
    proc.wait(timeout=30)
    try:
        with pytest.raises(StoreError, match=f"{host}:{port}"):
            retriever.search("does acupuncture hurt", method="dense", k=3)
    finally:
        _close_http_client(store.client)


# ------------------------------------------------------------------------------------------------
# The expert queue when the data folder can't be written: read-only, or the disk is full.
# (That the app then says "not sent" and never shows a reference is tested with the app.)


def _run(*cmd: str) -> bool:
    return subprocess.run(cmd, capture_output=True, check=False).returncode == 0


@contextlib.contextmanager
def _mounted(target: Path, *how: str) -> Iterator[None]:
    """``mount`` for the test's duration; skip when this user may not mount (not root, no caps)."""
    target.mkdir(parents=True, exist_ok=True)
    if shutil.which("mount") is None or not _run("mount", *how, str(target)):
        pytest.skip(f"can't mount here ({' '.join(how)}): needs root with CAP_SYS_ADMIN")
    try:
        yield
    finally:
        if not _run("umount", str(target)):
            _run("umount", "-l", str(target))


def _read_only(folder: Path, how: str) -> contextlib.AbstractContextManager[None]:
    """Make ``folder`` (and what is in it) unwritable: by permissions, or a read-only bind mount."""
    if how == "chmod":

        @contextlib.contextmanager
        def chmodded() -> Iterator[None]:
            paths = [folder, *folder.iterdir()]
            for path in paths:
                path.chmod(0o555 if path.is_dir() else 0o444)
            try:
                yield
            finally:
                for path in paths:
                    path.chmod(0o755 if path.is_dir() else 0o644)

        return chmodded()

    @contextlib.contextmanager
    def remounted() -> Iterator[None]:
        with _mounted(folder, "--bind", str(folder)):
            if not _run("mount", "-o", "remount,ro,bind", str(folder)):
                pytest.skip("can't remount read-only here")
            yield

    return remounted()


def _read_only_sqlite(monkeypatch: pytest.MonkeyPatch) -> None:
    """Open every queue database read-only (what SQLite does on a read-only file), for runs
    where neither permissions nor mounts can make a folder read-only."""
    import assistant.expert_queue as expert_queue

    real_connect = sqlite3.connect

    def connect(path: str, *args: object, **kwargs: object) -> sqlite3.Connection:
        return real_connect(f"file:{path}?mode=ro", *args, uri=True, **kwargs)  # type: ignore[misc]

    monkeypatch.setattr(expert_queue.sqlite3, "connect", connect)


# Permissions don't bind root (CI runs as root), so there the read-only mount stands in for them.
READ_ONLY_WAYS = ["mount", "sqlite-ro"] if os.geteuid() == 0 else ["chmod", "mount", "sqlite-ro"]


@pytest.mark.parametrize("how", READ_ONLY_WAYS)
def test_read_only_data_folder_makes_submit_raise_queue_error(
    tmp_path: Path, how: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    queue = ExpertQueue(data / "expert-queue.sqlite")  # opened while writable, as the app does at start
    kept = queue.submit("Can I have acupuncture while pregnant?", consent=True)
    guard = contextlib.nullcontext() if how == "sqlite-ro" else _read_only(data, how)
    with guard:
        if how == "sqlite-ro":
            _read_only_sqlite(monkeypatch)
        with pytest.raises(QueueError, match=r"expert queue at .*: .*read-only") as raised:
            queue.submit("Is acupuncture safe with a pacemaker?", contact="someone@example.org", consent=True)
        assert "someone@example.org" not in str(raised.value)  # contact details never reach messages or logs
        if how != "sqlite-ro":
            with pytest.raises(QueueError, match="read-only"):  # a fresh queue in that folder fails too
                ExpertQueue(data / "another.sqlite")
    monkeypatch.undo()
    assert [q.ref for q in ExpertQueue(data / "expert-queue.sqlite").list()] == [kept]  # nothing half-stored


@contextlib.contextmanager
def _full_disk(tmp_path: Path) -> Iterator[tuple[ExpertQueue, Path, str]]:
    """A real full filesystem: a 1 MiB tmpfs with a queue in it (opened first, as the app does),
    then filled up. Yields the queue, the filler file (delete it to free the space) and the
    reference of the question stored before the disk filled."""
    disk = tmp_path / "disk"
    with _mounted(disk, "-t", "tmpfs", "-o", "size=1m", "tmpfs"):
        queue = ExpertQueue(disk / "data" / "expert-queue.sqlite")
        kept = queue.submit("Does acupuncture hurt?", consent=True)
        filler = disk / "filler"
        with filler.open("wb") as handle:
            try:
                while True:
                    handle.write(b"\0" * 65536)
                    handle.flush()
            except OSError:
                pass  # ENOSPC: the disk is full
        yield queue, filler, kept


def test_full_disk_makes_submit_raise_queue_error(tmp_path: Path) -> None:
    with _full_disk(tmp_path) as (queue, filler, kept):
        with pytest.raises(
            QueueError, match=r"can't store the question in the expert queue at .*: \w"
        ) as raised:
            queue.submit("Can acupuncture help with hay fever? " * 200, contact="01234 567890", consent=True)
        assert "01234 567890" not in str(raised.value)
        with pytest.raises(QueueError, match="can't list"):  # in WAL mode even reading needs space
            queue.list()
        filler.unlink()
        assert [q.ref for q in queue.list()] == [kept]  # the failed one was not half-stored
        again = queue.submit("Can acupuncture help with hay fever?", consent=True)  # space back: it works
        assert [q.ref for q in queue.list()] == [kept, again]


def test_full_disk_message_says_the_disk_is_full(tmp_path: Path) -> None:
    """In WAL mode SQLite reports a really full disk as an I/O error (SQLITE_IOERR_SHMSIZE or
    _WRITE), not SQLITE_FULL: the queue then checks the folder's free space and names the full disk,
    the folder and that the question was not sent, in one line."""
    with _full_disk(tmp_path) as (queue, filler, kept):
        with pytest.raises(QueueError, match="the disk is full") as raised:
            queue.submit("Can acupuncture help with hay fever? " * 200, contact="01234 567890", consent=True)
        message = str(raised.value)
        assert "\n" not in message
        assert str(queue.db_path.parent) in message and "NOT sent" in message
        assert "01234 567890" not in message and "hay fever" not in message
        filler.unlink()
        assert [q.ref for q in queue.list()] == [kept]  # nothing partial was stored


def test_database_full_makes_submit_raise_queue_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without mount rights: SQLite's own page limit gives a real SQLITE_FULL ("database or disk is
    full"), which the queue does name as a full disk."""
    import assistant.expert_queue as expert_queue

    queue = ExpertQueue(tmp_path / "data" / "expert-queue.sqlite")
    kept = queue.submit("Does acupuncture hurt?", consent=True)
    real_connect = sqlite3.connect

    def connect(*args: object, **kwargs: object) -> sqlite3.Connection:
        conn = real_connect(*args, **kwargs)  # type: ignore[arg-type]
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")
        return conn

    monkeypatch.setattr(expert_queue.sqlite3, "connect", connect)
    with pytest.raises(QueueError, match="the disk is full"):
        queue.submit("Can acupuncture help with hay fever? " * 200, consent=True)
    monkeypatch.undo()
    assert [q.ref for q in queue.list()] == [kept]
