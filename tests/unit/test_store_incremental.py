"""Index round trip on a real embedded Chroma with the fake model: incremental counts, nothing
re-embedded when nothing changed, removed records deleted."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.errors import ConfigError, StoreError
from assistant.service import build_index, open_store
from assistant.settings import Settings
from embeddings.model import CachedEmbeddings, HashingEmbeddings
from embeddings.store import ArchiveStore
from tests.conftest import SEED_PATH, make_settings

FOOTER = "Post a question\n\nAsk an expert\n\nBrowse the facts"


def _page(folder: Path, name: str, question: str, answer: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(
        f"Find an acupuncturist...\n\nQ: {question}\n\nA: {answer}\n\n{FOOTER}", encoding="utf-8"
    )


def test_incremental_index(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    _page(corpus / "general", "a.txt", "Does acupuncture hurt?", "Most people feel a dull ache. " * 30)
    _page(corpus / "general", "b.txt", "How many sessions?", "Usually six to eight.")
    shutil.copy(SEED_PATH, corpus / "general" / SEED_PATH.name)
    settings = make_settings(tmp_path, corpus_dirs=[corpus])
    model = HashingEmbeddings()
    store = open_store(settings, CachedEmbeddings(model, settings.embedding_cache))

    first = build_index(settings, store).stats
    assert first.as_dict() == {"added": 3, "updated": 0, "removed": 0, "unchanged": 0, "skipped": 0}
    embedded_once = model.texts_embedded
    assert embedded_once == first.passages_embedded > 3  # long answers give several passages

    again = build_index(settings, store).stats
    assert again.as_dict() == {"added": 0, "updated": 0, "removed": 0, "unchanged": 3, "skipped": 0}
    assert model.texts_embedded == embedded_once  # nothing re-embedded

    _page(corpus / "general", "b.txt", "How many sessions?", "Usually six to eight, then review.")
    (corpus / "general" / "a.txt").unlink()
    (corpus / "general" / "broken.txt").write_text("no markers", encoding="utf-8")
    changed = build_index(settings, store)
    assert changed.stats.as_dict() == {"added": 0, "updated": 1, "removed": 1, "unchanged": 1, "skipped": 1}
    sources = {p.source for p in store.all_passages()}
    assert not any(s.endswith("a.txt") for s in sources)
    assert any(s.endswith("b.txt") for s in sources)

    # A rebuild drops everything but the cache means nothing is embedded again.
    before = model.texts_embedded
    rebuilt = build_index(settings, store, rebuild=True).stats
    assert rebuilt.added == 2 and model.texts_embedded == before


def test_cache_survives_a_new_process(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite"
    model = HashingEmbeddings()
    first = CachedEmbeddings(model, path).embed_array(["one", "two", "one"])
    assert model.texts_embedded == 2
    second = CachedEmbeddings(model, path).embed_array(["two", "one"])
    assert model.texts_embedded == 2
    assert (second[0] == first[1]).all() and (second[1] == first[0]).all()


def test_conflicting_store_options(tmp_path: Path) -> None:
    cached = CachedEmbeddings(HashingEmbeddings(), None)
    with pytest.raises(StoreError, match="path and host"):
        ArchiveStore(cached, path=tmp_path, host="127.0.0.1")
    with pytest.raises(ConfigError, match="chroma_host and chroma_dir"):
        Settings(chroma_host="127.0.0.1", chroma_dir=tmp_path / "chroma")


def test_store_built_with_another_model_is_refused(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    open_store(settings, CachedEmbeddings(HashingEmbeddings(64), None))
    with pytest.raises(StoreError, match="index --rebuild"):
        open_store(settings, CachedEmbeddings(HashingEmbeddings(128), None))


def test_corrupt_store_names_the_fix(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    settings.chroma_dir.mkdir(parents=True)
    (settings.chroma_dir / "chroma.sqlite3").write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="index --rebuild"):
        store = open_store(settings, CachedEmbeddings(HashingEmbeddings(), None))
        store.count()
