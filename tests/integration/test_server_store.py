"""The server path: the same index and retrieval against a real `chroma run` on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.retrieval import Retriever
from assistant.service import build_index, open_store
from embeddings.model import CachedEmbeddings, MiniLMEmbeddings
from tests.conftest import SEED_SOURCE, make_settings

pytestmark = [pytest.mark.integration, pytest.mark.server]


def test_index_and_search_on_a_chroma_server(
    tmp_path: Path, chroma_server: tuple[str, int], real_model: MiniLMEmbeddings, shared_cache: Path
) -> None:
    host, port = chroma_server
    settings = make_settings(tmp_path, chroma_host=host, chroma_port=port, collection="server_test")
    embeddings = CachedEmbeddings(real_model, shared_cache)
    store = open_store(settings, embeddings)
    assert store.location == f"{host}:{port}"
    first = build_index(settings, store).stats
    assert first.added >= 95 and first.updated == first.removed == 0
    again = build_index(settings, store).stats
    assert again.added == 0 and again.unchanged == first.added
    citations = Retriever(store, embeddings).search(
        "two weeks of pins and needles after deep needling in my lower back", k=3
    )
    assert citations[0].source == SEED_SOURCE


def test_passages_by_id_and_saved_bm25_on_a_chroma_server(
    tmp_path: Path, chroma_server: tuple[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Against the server, ``passages_of`` (by id) returns what the metadata filter returns, and
    the BM25 index is saved under the data folder and loaded, not built, by a new retriever."""
    import assistant.bm25 as bm25_module
    from assistant.service import bm25_folder
    from embeddings.model import HashingEmbeddings
    from tests.unit.test_store_sources import _by_filter, _corpus, _entries, _same, _stored_by_source

    host, port = chroma_server
    settings = make_settings(
        tmp_path,
        chroma_host=host,
        chroma_port=port,
        collection="server_sources",
        corpus_dirs=[_corpus(tmp_path)],
    )
    store = open_store(settings, CachedEmbeddings(HashingEmbeddings(), settings.embedding_cache))
    assert build_index(settings, store).bm25_built
    by_source = _stored_by_source(store)
    assert _entries(store) == by_source and any(len(ids) >= 4 for ids in by_source.values())
    sources = sorted(by_source)
    for group in [[s] for s in sources] + [sources, sources[::-1]]:
        assert _same(store.passages_of(group), _by_filter(store, group))

    folder = bm25_folder(settings)
    assert folder.is_relative_to(settings.data_dir) and (folder / "index.json").is_file()
    expected = [(h.id, s) for h, s in bm25_module.BM25Index(store.passage_texts()).search("acupuncture", 10)]

    def refuse(store: object) -> object:
        raise AssertionError("BM25 was built, not loaded")

    monkeypatch.setattr(bm25_module, "build", refuse)
    loaded = Retriever(store, HashingEmbeddings(), bm25_dir=folder).bm25()
    assert [(h.id, s) for h, s in loaded.search("acupuncture", 10)] == expected
