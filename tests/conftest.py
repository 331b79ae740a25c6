"""Shared fixtures. Unit tests use the readable fake model (``HashingEmbeddings``) with a real
Chroma in a temp folder; integration tests load the real MiniLM model once per session."""

from __future__ import annotations

import os

os.environ["HF_HUB_OFFLINE"] = "1"  # nothing may be downloaded in tests
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.settings import REPO_ROOT, Settings
from bench import processes
from embeddings.model import HashingEmbeddings, MiniLMEmbeddings

SEED_NAME = "000_44b55cc1c08e95fb.txt"
SEED_SOURCE = f"corpus/archive/pages/side-effects-and-safety/{SEED_NAME}"
SEED_PATH = REPO_ROOT / SEED_SOURCE


def make_settings(tmp: Path, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "chroma_dir": tmp / "chroma",
        "embedding_cache": tmp / "cache.sqlite",
        "data_dir": tmp / "data",
    }
    values.update(overrides)
    if values.get("chroma_host"):
        del values["chroma_dir"]  # a server keeps its own data; both together are refused
    return Settings(**values)  # type: ignore[arg-type]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path)


@pytest.fixture
def fake_model() -> HashingEmbeddings:
    return HashingEmbeddings()


@pytest.fixture(scope="session")
def real_model() -> MiniLMEmbeddings:
    return MiniLMEmbeddings()


@pytest.fixture(scope="session")
def shared_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One embedding cache for the session, so each real-model store embeds the archive once."""
    return tmp_path_factory.mktemp("cache") / "cache.sqlite"


@pytest.fixture(scope="session")
def real_assistant(
    tmp_path_factory: pytest.TempPathFactory, real_model: MiniLMEmbeddings, shared_cache: Path
):  # type: ignore[no-untyped-def]
    """The assistant over the bundled archive: real model, real embedded Chroma."""
    from assistant.service import ArchiveAssistant

    tmp = tmp_path_factory.mktemp("real")
    return ArchiveAssistant.from_settings(
        make_settings(tmp, embedding_cache=shared_cache), embedder=real_model
    )


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, int]]:
    """A real `chroma run` on 127.0.0.1, started for this test session."""
    data = tmp_path_factory.mktemp("chroma-server")
    with processes.chroma_server(data / "db", data / "server.log", timeout=60) as (host, port, _):
        yield host, port
