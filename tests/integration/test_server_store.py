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
