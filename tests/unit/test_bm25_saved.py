"""The saved BM25 index (``assistant.bm25``): built and saved by ``build_index``, loaded instead of
built when it matches the store, built again (and saved) when it is stale or damaged, never an
error. Real embedded Chroma, fake model."""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

import numpy as np
import pytest

import assistant.bm25 as bm25_module
from assistant.bm25 import POINTER, BM25Index, ensure_saved, load_or_build
from assistant.retrieval import Retriever
from assistant.service import ArchiveAssistant, bm25_folder, build_index, open_store
from assistant.settings import Settings
from embeddings.model import CachedEmbeddings, HashingEmbeddings
from embeddings.store import ArchiveStore
from tests.conftest import SEED_PATH, make_settings

ARCHIVE = Path(__file__).resolve().parents[2] / "corpus" / "archive"
FOOTER = "Post a question\n\nAsk an expert\n\nBrowse the facts"
QUERIES = [
    "pins and needles after deep needling in my lower back",
    "does acupuncture help migraine",
    "how many sessions for back pain",
    "bruising",
    "zzzz nothing matches this",
]


def _page(folder: Path, name: str, question: str, answer: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(
        f"Find an acupuncturist...\n\nQ: {question}\n\nA: {answer}\n\n{FOOTER}", encoding="utf-8"
    )


@pytest.fixture
def indexed(tmp_path: Path) -> tuple[Settings, ArchiveStore]:
    corpus = tmp_path / "corpus"
    _page(corpus / "general", "a.txt", "Does acupuncture hurt?", "Most people feel a dull ache. " * 30)
    _page(corpus / "general", "b.txt", "How many sessions for back pain?", "Usually six to eight.")
    shutil.copy(SEED_PATH, corpus / "general" / SEED_PATH.name)
    (corpus / "factsheets").mkdir()
    for name in ("migraine.md", "low-back-pain.md"):
        shutil.copy(ARCHIVE / "factsheets" / name, corpus / "factsheets" / name)
    settings = make_settings(tmp_path, corpus_dirs=[corpus])
    store = open_store(settings, CachedEmbeddings(HashingEmbeddings(), settings.embedding_cache))
    report = build_index(settings, store)
    assert report.bm25_built
    return settings, store


def _results(index: BM25Index) -> list[list[tuple[str, str, float]]]:
    return [[(h.id, h.source, s) for h, s in index.search(q, 20)] for q in QUERIES]


def _fresh(store: ArchiveStore) -> BM25Index:
    return BM25Index(store.passage_texts())


def _no_build(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(store: ArchiveStore) -> BM25Index:
        raise AssertionError("BM25 was built, not loaded")

    monkeypatch.setattr(bm25_module, "build", refuse)


def _count_builds(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = bm25_module.build

    def counted(store: ArchiveStore) -> BM25Index:
        calls.append(1)
        return real(store)

    monkeypatch.setattr(bm25_module, "build", counted)
    return calls


def test_the_saved_index_is_loaded_not_built(
    indexed: tuple[Settings, ArchiveStore], monkeypatch: pytest.MonkeyPatch
) -> None:
    settings, store = indexed
    folder = bm25_folder(settings)
    assert folder == settings.chroma_dir.with_name("chroma.bm25") / settings.collection
    pointer = json.loads((folder / POINTER).read_text())
    assert pointer["fingerprint"] == store.fingerprint() and pointer["passages"] == store.count()
    expected = _results(_fresh(store))
    assert any(expected)

    _no_build(monkeypatch)
    retriever = Retriever(store, HashingEmbeddings(), bm25_dir=folder)
    assert retriever.load_saved_bm25()
    loaded = retriever.bm25()
    assert len(loaded) == store.count()
    assert _results(loaded) == expected
    # The whole hybrid ranking is the same as with an index built in memory.
    fresh = Retriever(store, HashingEmbeddings())
    monkeypatch.undo()
    for query in QUERIES:
        assert retriever.search(query, k=5) == fresh.search(query, k=5)

    # Indexing again with nothing changed keeps the saved index.
    _no_build(monkeypatch)
    assert build_index(settings, store).bm25_built is False


def test_from_settings_loads_it_at_start(
    indexed: tuple[Settings, ArchiveStore], monkeypatch: pytest.MonkeyPatch
) -> None:
    settings, _ = indexed
    _no_build(monkeypatch)
    bot = ArchiveAssistant.from_settings(settings, embedder=HashingEmbeddings())
    assert bot.retriever._bm25 is not None  # loaded at start, before any question
    assert bot.search("does acupuncture help migraine", retriever="bm25")


def test_a_stale_index_is_built_again_and_saved(
    indexed: tuple[Settings, ArchiveStore], monkeypatch: pytest.MonkeyPatch
) -> None:
    settings, store = indexed
    folder = bm25_folder(settings)
    old = json.loads((folder / POINTER).read_text())["fingerprint"]
    # The store changes behind the saved index's back (a sync without the BM25 step).
    corpus = settings.corpus_dirs[0]
    _page(corpus / "general", "c.txt", "Can acupuncture help hay fever?", "Some trials found a benefit.")
    from assistant.service import load_records

    store.sync(list(load_records(settings).records))
    assert store.fingerprint() != old

    builds = _count_builds(monkeypatch)
    index = Retriever(store, HashingEmbeddings(), bm25_dir=folder).bm25()
    assert builds == [1]
    assert _results(index) == _results(_fresh(store))
    assert any(h.source.endswith("c.txt") for h, _ in index.search("hay fever", 5))
    assert json.loads((folder / POINTER).read_text())["fingerprint"] == store.fingerprint()
    assert len(list(folder.glob("gen-*"))) == 1  # the old generation is gone

    # The re-saved index is used from now on.
    assert Retriever(store, HashingEmbeddings(), bm25_dir=folder).bm25() is not None
    assert builds == [1]


def _garbage_pointer(folder: Path) -> None:
    (folder / POINTER).write_text("{not json", encoding="utf-8")


def _generation(folder: Path) -> Path:
    return folder / json.loads((folder / POINTER).read_text())["folder"]


def _truncate_scores(folder: Path) -> None:
    path = _generation(folder) / "data.csc.index.npy"
    path.write_bytes(path.read_bytes()[:200])


def _garbage_passages(folder: Path) -> None:
    (_generation(folder) / "passages.json").write_bytes(b"\x00\xff garbage")


def _missing_generation(folder: Path) -> None:
    shutil.rmtree(_generation(folder))


def _indices_out_of_range(folder: Path) -> None:
    path = _generation(folder) / "indices.csc.index.npy"
    indices = np.load(path)
    indices[-1] = 10**6
    np.save(path, indices)


def _fewer_passages(folder: Path) -> None:
    path = _generation(folder) / "passages.json"
    data = json.loads(path.read_text())
    data["ids"] = data["ids"][:-1]
    path.write_text(json.dumps(data))


def _pointer_escapes(folder: Path) -> None:
    pointer = json.loads((folder / POINTER).read_text())
    pointer["folder"] = "../../elsewhere"
    (folder / POINTER).write_text(json.dumps(pointer))


@pytest.mark.parametrize(
    "damage",
    [
        _garbage_pointer,
        _truncate_scores,
        _garbage_passages,
        _missing_generation,
        _indices_out_of_range,
        _fewer_passages,
        _pointer_escapes,
    ],
)
def test_a_damaged_index_is_built_again_with_a_warning(
    indexed: tuple[Settings, ArchiveStore],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    damage: object,
) -> None:
    settings, store = indexed
    folder = bm25_folder(settings)
    expected = _results(_fresh(store))
    damage(folder)  # type: ignore[operator]
    builds = _count_builds(monkeypatch)
    with caplog.at_level(logging.WARNING, logger="assistant.bm25"):
        index = Retriever(store, HashingEmbeddings(), bm25_dir=folder).bm25()
    assert builds == [1]
    assert _results(index) == expected
    assert any("can't be read" in r.getMessage() for r in caplog.records if r.levelno == logging.WARNING)
    # Saved again, and good.
    assert bm25_module.BM25Index.load(folder, store.fingerprint()) is not None


@pytest.mark.parametrize("field", ["format", "bm25s"])
def test_another_format_or_bm25s_version_is_built_again(
    indexed: tuple[Settings, ArchiveStore], monkeypatch: pytest.MonkeyPatch, field: str
) -> None:
    settings, store = indexed
    folder = bm25_folder(settings)
    pointer = json.loads((folder / POINTER).read_text())
    pointer[field] = "other"
    (folder / POINTER).write_text(json.dumps(pointer))
    builds = _count_builds(monkeypatch)
    assert ensure_saved(store, folder) is True
    assert builds == [1]
    assert json.loads((folder / POINTER).read_text())[field] != "other"


def test_a_failed_save_is_logged_and_the_index_used(
    indexed: tuple[Settings, ArchiveStore], monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    _, store = indexed

    def refuse(self: BM25Index, folder: Path, fingerprint: str | None = None) -> None:
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(BM25Index, "save", refuse)
    with caplog.at_level(logging.WARNING, logger="assistant.bm25"):
        index = load_or_build(store, store_folder := Path(store.location).with_name("elsewhere"))
    assert _results(index) == _results(_fresh(store))
    assert not (store_folder / POINTER).exists()
    assert any("can't save" in r.getMessage() for r in caplog.records)


def test_no_folder_means_in_memory_only(indexed: tuple[Settings, ArchiveStore], tmp_path: Path) -> None:
    _, store = indexed
    index = Retriever(store, HashingEmbeddings()).bm25()
    assert _results(index) == _results(_fresh(store))


def test_empty_store(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    store = open_store(settings, CachedEmbeddings(HashingEmbeddings(), None))
    index = load_or_build(store, bm25_folder(settings))
    assert len(index) == 0 and index.search("anything", 5) == []
    assert not (bm25_folder(settings) / POINTER).exists()


def test_server_stores_save_under_the_data_folder(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, chroma_host="chroma.local", chroma_port=8123, collection="c1")
    assert bm25_folder(settings) == tmp_path / "data" / "bm25" / "chroma.local_8123" / "c1"
