"""``ArchiveStore.passages_of`` fetches by id through the per-source id lists, and returns exactly
what the metadata filter it replaced returned (same passages, same order), through incremental
builds, an interrupted build and a store built before the lists existed. Real embedded Chroma,
fake model."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import numpy as np
import pytest

import embeddings.store as store_module
from assistant.service import build_index, open_store
from assistant.settings import Settings
from embeddings.model import CachedEmbeddings, HashingEmbeddings
from embeddings.store import ArchiveStore, StoredPassage, sources_collection
from tests.conftest import SEED_PATH, make_settings

ARCHIVE = Path(__file__).resolve().parents[2] / "corpus" / "archive"
FOOTER = "Post a question\n\nAsk an expert\n\nBrowse the facts"


def _page(folder: Path, name: str, question: str, answer: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(
        f"Find an acupuncturist...\n\nQ: {question}\n\nA: {answer}\n\n{FOOTER}", encoding="utf-8"
    )


def _export(path: Path, rows: list[dict[str, str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def _long(topic: str, n: int = 40) -> str:
    return " ".join(f"Sentence {i} about {topic} and what the research says." for i in range(n))


def _corpus(tmp_path: Path) -> Path:
    """Sources of every shape: a page with one long Q/A (several passages), factsheets (several
    records, each with passages), a JSONL export (several records in one source)."""
    corpus = tmp_path / "corpus"
    _page(corpus / "general", "long.txt", "Does acupuncture hurt?", _long("needling"))
    _page(corpus / "general", "short.txt", "How many sessions?", "Usually six to eight.")
    shutil.copy(SEED_PATH, corpus / "general" / SEED_PATH.name)
    (corpus / "factsheets").mkdir()
    for name in ("migraine.md", "low-back-pain.md"):
        shutil.copy(ARCHIVE / "factsheets" / name, corpus / "factsheets" / name)
    _export(
        corpus / "exports" / "answers.jsonl",
        [
            {
                "id": "e1",
                "question": "Can I have acupuncture when pregnant?",
                "answer": _long("pregnancy", 25),
            },
            {"id": "e2", "question": "Is cupping safe?", "answer": "Mostly, with some bruising."},
            {"id": "e3", "question": "Does it help sleep?", "answer": _long("sleep", 30)},
        ],
    )
    return corpus


def _open(settings: Settings) -> ArchiveStore:
    return open_store(settings, CachedEmbeddings(HashingEmbeddings(), settings.embedding_cache))


def _by_filter(store: ArchiveStore, sources: list[str]) -> list[StoredPassage]:
    """What ``passages_of`` did before: one metadata filter over the whole collection."""
    where: dict[str, Any] = {"source": sources[0]} if len(sources) == 1 else {"source": {"$in": sources}}
    got = store.vectors.get(where=where, include=["metadatas", "documents", "embeddings"])
    return [
        store_module._stored(pid, meta, doc, np.asarray(vec, dtype=np.float32))
        for pid, meta, doc, vec in zip(
            got["ids"], got["metadatas"], got["documents"], got["embeddings"], strict=True
        )
    ]


def _same(a: list[StoredPassage], b: list[StoredPassage]) -> bool:
    def key(p: StoredPassage) -> tuple[object, ...]:
        assert p.vector is not None
        return (
            p.id,
            p.record_id,
            p.source,
            p.kind,
            p.text,
            p.quote,
            json.dumps(p.record),
            p.vector.tobytes(),
        )

    return [key(p) for p in a] == [key(p) for p in b]


def _all_sources(store: ArchiveStore) -> list[str]:
    return sorted({p.source for p in store.all_passages()})


def _no_filter(monkeypatch: pytest.MonkeyPatch, store: ArchiveStore) -> None:
    """Make a metadata filter on the passages an error: ``passages_of`` must fetch by id."""
    collection = store.vectors._collection
    real_get = collection.get

    def get(*args: Any, **kwargs: Any) -> Any:
        assert kwargs.get("where") is None, "passages_of used a metadata filter"
        return real_get(*args, **kwargs)

    monkeypatch.setattr(collection, "get", get)


def _check_all(store: ArchiveStore) -> None:
    sources = _all_sources(store)
    for source in sources:
        assert _same(store.passages_of([source]), _by_filter(store, [source])), source
    for group in (sources, sources[::-1], sources[1:4], [sources[0], sources[0]]):
        assert _same(store.passages_of(group), _by_filter(store, list(dict.fromkeys(group))))


def _entries(store: ArchiveStore) -> dict[str, list[str]]:
    got = store.source_index.get(include=["metadatas"])
    return {s: json.loads(m["ids"]) for s, m in zip(got["ids"], got["metadatas"], strict=True)}


def _stored_by_source(store: ArchiveStore) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for p in store.all_passages():
        out.setdefault(p.source, []).append(p.id)
    return {s: sorted(ids) for s, ids in out.items()}


def test_passages_of_fetches_by_id_and_matches_the_filter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = make_settings(tmp_path, corpus_dirs=[_corpus(tmp_path)])
    store = _open(settings)
    build_index(settings, store)
    by_source = _stored_by_source(store)
    assert _entries(store) == by_source
    multi = [s for s, ids in by_source.items() if len(ids) >= 4]
    assert any(s.endswith("long.txt") for s in multi)  # one record, many passages
    assert any(s.endswith(".md") for s in multi)  # many records in one source
    assert any(s.endswith(".jsonl") for s in multi)

    _check_all(store)
    expected = {source: _by_filter(store, [source]) for source in by_source}
    everything = _by_filter(store, list(by_source))
    _no_filter(monkeypatch, store)
    for source in by_source:
        assert _same(store.passages_of([source]), expected[source])
    assert _same(store.passages_of(list(by_source)), everything)
    assert store.passages_of([]) == []
    monkeypatch.undo()
    assert store.passages_of(["no/such/source.txt"]) == []  # unlisted: the filter, finding nothing


def test_lists_follow_incremental_builds(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    settings = make_settings(tmp_path, corpus_dirs=[corpus])
    store = _open(settings)
    build_index(settings, store)

    # One record of a multi-record source changes, one source goes, one source comes.
    rows = [json.loads(line) for line in (corpus / "exports" / "answers.jsonl").read_text().splitlines()]
    rows[1]["answer"] = "Mostly, with some bruising that fades. " + _long("cupping", 20)
    _export(corpus / "exports" / "answers.jsonl", rows)
    (corpus / "general" / "short.txt").unlink()
    _page(corpus / "general", "new.txt", "Can acupuncture help nausea?", _long("nausea", 20))
    stats = build_index(settings, store).stats
    assert (stats.updated, stats.removed, stats.added) == (1, 1, 1)

    assert _entries(store) == _stored_by_source(store)
    assert not any(s.endswith("short.txt") for s in _entries(store))
    _check_all(store)

    again = build_index(settings, store).stats
    assert again.added == again.updated == again.removed == 0
    assert _entries(store) == _stored_by_source(store)


def test_an_interrupted_build_still_finds_every_stored_passage(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = _corpus(tmp_path)
    settings = make_settings(tmp_path, corpus_dirs=[corpus])
    store = _open(settings)
    build_index(settings, store)

    # Change a multi-record source and add pages, then stop the build after its first batch.
    rows = [json.loads(line) for line in (corpus / "exports" / "answers.jsonl").read_text().splitlines()]
    rows[0]["answer"] = _long("pregnancy and safety", 30)
    rows.append({"id": "e4", "question": "Can children have acupuncture?", "answer": _long("children", 20)})
    _export(corpus / "exports" / "answers.jsonl", rows)
    for n in range(3):
        _page(corpus / "more", f"p{n}.txt", f"Question {n}?", _long(f"topic {n}", 20))
    monkeypatch.setattr(store_module, "BATCH", 4)
    real_add = ArchiveStore._add
    calls = 0

    def add_then_die(self: ArchiveStore, batch: Any) -> None:
        nonlocal calls
        calls += 1
        if calls > 1:
            raise KeyboardInterrupt
        real_add(self, batch)

    monkeypatch.setattr(ArchiveStore, "_add", add_then_die)
    with pytest.raises(KeyboardInterrupt):
        build_index(settings, store)
    monkeypatch.setattr(ArchiveStore, "_add", real_add)

    # Old and new passages of the changed source are both there, and both found.
    jsonl = next(s for s in _all_sources(store) if s.endswith(".jsonl"))
    assert len({p.record_id for p in store.passages_of([jsonl])}) >= 3
    _check_all(store)

    build_index(settings, store)  # the next build completes
    assert _entries(store) == _stored_by_source(store)
    _check_all(store)


def test_store_without_lists_falls_back_then_gets_them(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, corpus_dirs=[_corpus(tmp_path)])
    store = _open(settings)
    build_index(settings, store)
    sources = _all_sources(store)
    expected = {s: _by_filter(store, [s]) for s in sources}

    # A store from before the lists existed: no entries (and one unreadable entry).
    store.client.delete_collection(sources_collection(settings.collection))
    store._open_sources()
    store.source_index.upsert(ids=[sources[0]], embeddings=[[1.0]], metadatas=[{"ids": "not json"}])
    for s in sources:
        assert _same(store.passages_of([s]), expected[s])

    build_index(settings, store)  # nothing changed, but the lists are written
    assert _entries(store) == _stored_by_source(store)
    _check_all(store)


def test_index_sources_after_direct_adds(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, corpus_dirs=[_corpus(tmp_path)])
    store = _open(settings)
    build_index(settings, store)
    # Passages added straight to Chroma (as the scale benchmark does) are listed by index_sources.
    vector = HashingEmbeddings().embed_array(["extra"])[0].tolist()
    store.vectors._collection.add(
        ids=["x.txt#0::abc::q0", "x.txt#0::abc::a0"],
        embeddings=[vector, vector],
        documents=["extra question", "extra answer"],
        metadatas=[
            {"source": "x.txt", "record_id": "x.txt#0", "kind": k, "record": "{}"}
            for k in ("question", "answer")
        ],
    )
    assert store.index_sources() == 1
    assert store.index_sources() == 0
    assert _entries(store) == _stored_by_source(store)
    assert [p.id for p in store.passages_of(["x.txt"])] == ["x.txt#0::abc::q0", "x.txt#0::abc::a0"]


def test_rebuild_and_reset_clear_the_lists(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    settings = make_settings(tmp_path, corpus_dirs=[corpus])
    store = _open(settings)
    build_index(settings, store)
    store.reset()
    assert _entries(store) == {} and store.count() == 0
    build_index(settings, store, rebuild=True)
    assert _entries(store) == _stored_by_source(store)
    _check_all(store)


def test_the_fingerprint_is_recorded_by_a_complete_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = _corpus(tmp_path)
    settings = make_settings(tmp_path, corpus_dirs=[corpus])
    store = _open(settings)
    assert store.fingerprint() == store.scanned_fingerprint()  # empty store, nothing recorded
    build_index(settings, store)
    recorded = store._recorded_state()
    assert recorded == (store.scanned_fingerprint(), store.count())

    # Recorded and the count agrees: no read of every id.
    def no_scan() -> str:
        raise AssertionError("read every id")

    monkeypatch.setattr(store, "scanned_fingerprint", no_scan)
    assert store.fingerprint() == recorded[0]
    monkeypatch.undo()

    # Passages added behind the build's back change the count: read the ids.
    vector = HashingEmbeddings().embed_array(["extra"])[0].tolist()
    store.vectors._collection.add(
        ids=["x.txt#0::abc::q0"], embeddings=[vector], documents=["extra"], metadatas=[{"source": "x.txt"}]
    )
    assert store.fingerprint() == store.scanned_fingerprint() != recorded[0]
    store.index_sources()
    assert store._recorded_state() == (store.scanned_fingerprint(), store.count())

    # A build that stops half-way leaves nothing recorded.
    _page(corpus / "more", "p.txt", "Question?", _long("topic", 20))

    def die(self: ArchiveStore, batch: Any) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(ArchiveStore, "_add", die)
    with pytest.raises(KeyboardInterrupt):
        build_index(settings, store)
    monkeypatch.undo()
    assert store._recorded_state() is None
    assert store.fingerprint() == store.scanned_fingerprint()
    build_index(settings, store)
    assert store._recorded_state() == (store.scanned_fingerprint(), store.count())

    store.reset()
    assert store._recorded_state() is None
