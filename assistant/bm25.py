"""BM25 (bm25s, Snowball stems) over every passage in the store, saved next to it.

Building BM25 over a large store is slow and heavy (about 3 minutes and 3 GB at 528k passages), so
``assistant index`` builds it and saves it (``save``), and the assistant loads the saved copy
(``load``, arrays memory-mapped) instead of building it on the first question. A saved index is
used only when its fingerprint matches the store's (``ArchiveStore.fingerprint``: a hash of every
passage id, and ids carry their record's content hash), with the same file format and bm25s
version; otherwise it is built again. An unreadable saved index is logged and built again, never
an error.

Layout of a folder (``bm25_folder`` in ``assistant.service`` says where):

    index.json      {"format", "bm25s", "fingerprint", "passages", "folder", "saved"}
    gen-<hex>/      bm25s's files, passages.json (ids and sources), source_of.npy

``index.json`` is replaced atomically and points at the generation folder, so a reader never sees
half a save; older generations are removed after a save (a process that has one mapped keeps it)."""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any, NamedTuple, Protocol

import numpy as np

from embeddings.store import ArchiveStore, fingerprint_of

logger = logging.getLogger("assistant.bm25")

FORMAT = 1  # bump when the tokenizer, the stemmer or the saved files change
POINTER = "index.json"
_GENERATION = re.compile(r"gen-[0-9a-z_]+")


class PassageLike(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def source(self) -> str: ...
    @property
    def text(self) -> str: ...


class BM25Hit(NamedTuple):
    id: str
    source: str


def _stemmer() -> Any:
    import Stemmer

    return Stemmer.Stemmer("english")


class BM25Index:
    """bm25s over the given passages. Keeps only what ranking needs: the bm25s model, each
    passage's id and source (as an index into the distinct sources). Passage texts and records
    stay in Chroma."""

    def __init__(self, passages: Iterable[PassageLike]) -> None:
        import bm25s

        self._stem = _stemmer()
        self.ids: list[str] = []
        self.sources: list[str] = []
        source_number: dict[str, int] = {}
        source_of: list[int] = []
        texts: list[str] = []
        for passage in passages:
            self.ids.append(passage.id)
            source_of.append(source_number.setdefault(passage.source, len(source_number)))
            texts.append(passage.text)
        self.sources = list(source_number)
        self.source_of = np.asarray(source_of, dtype=np.int32)
        self._model: Any = None
        self._vocab: dict[str, int] = {}
        if texts:
            tokens = bm25s.tokenize(texts, stopwords="en", stemmer=self._stem, show_progress=False)
            del texts
            self._model = bm25s.BM25()
            self._model.index(tokens, show_progress=False)
            self._vocab = dict(tokens.vocab)

    def __len__(self) -> int:
        return len(self.ids)

    def search(self, query: str, n: int) -> list[tuple[BM25Hit, float]]:
        import bm25s

        if self._model is None or n < 1:
            return []
        words = bm25s.tokenize(
            [query], stopwords="en", stemmer=self._stem, return_ids=False, show_progress=False
        )[0]
        ids = [self._vocab[w] for w in words if w in self._vocab]
        if not ids:
            return []
        scores = self._model.get_scores(ids)
        n = min(n, len(self.ids))
        top = np.argpartition(-scores, n - 1)[:n]
        top = top[np.argsort(-scores[top], kind="stable")]
        return [(self.hit(int(i)), float(scores[i])) for i in top if scores[i] > 0]

    def knows(self, word: str) -> bool:
        """Whether some passage holds ``word`` (or a word with its stem); stop words are not kept."""
        return str(self._stem.stemWord(word.lower())) in self._vocab

    def hit(self, row: int) -> BM25Hit:
        return BM25Hit(self.ids[row], self.sources[int(self.source_of[row])])

    @property
    def fingerprint(self) -> str:
        return fingerprint_of(self.ids)

    # -- saving and loading ---------------------------------------------------------------------

    def save(self, folder: Path, fingerprint: str | None = None) -> None:
        """Write this index to ``folder`` (a new generation, then the pointer). Raises OSError."""
        import bm25s

        if self._model is None:
            return  # nothing to save: an empty store builds in no time
        folder.mkdir(parents=True, exist_ok=True)
        generation = Path(tempfile.mkdtemp(prefix="gen-", dir=folder))
        try:
            self._model.save(str(generation), show_progress=False)
            (generation / "passages.json").write_text(
                json.dumps({"ids": self.ids, "sources": self.sources}, ensure_ascii=False), encoding="utf-8"
            )
            np.save(generation / "source_of.npy", self.source_of, allow_pickle=False)
            pointer = {
                "format": FORMAT,
                "bm25s": bm25s.__version__,
                "fingerprint": fingerprint or self.fingerprint,
                "passages": len(self.ids),
                "folder": generation.name,
                "saved": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            }
            handle, tmp = tempfile.mkstemp(prefix=".index-", suffix=".json", dir=folder)
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(pointer, out)
            os.replace(tmp, folder / POINTER)
        except BaseException:
            shutil.rmtree(generation, ignore_errors=True)
            raise
        keep = {generation.name, _pointed_at(folder)}  # another process may have saved since
        for old in folder.glob("gen-*"):
            if old.name not in keep:
                shutil.rmtree(old, ignore_errors=True)
        for stray in folder.glob(".index-*.json"):
            stray.unlink(missing_ok=True)

    @classmethod
    def load(cls, folder: Path, fingerprint: str) -> BM25Index | None:
        """The index saved in ``folder`` if it was saved for ``fingerprint`` (by this format and
        bm25s version), else None. Raises when the files are there but can't be read."""
        import bm25s

        pointer_path = folder / POINTER
        if not pointer_path.is_file():
            return None
        pointer = json.loads(pointer_path.read_text(encoding="utf-8"))
        if not isinstance(pointer, dict):
            raise ValueError(f"{pointer_path} is not a JSON object")
        if (
            pointer.get("format") != FORMAT
            or pointer.get("bm25s") != bm25s.__version__
            or pointer.get("fingerprint") != fingerprint
        ):
            return None
        name = str(pointer.get("folder"))
        if not _GENERATION.fullmatch(name):
            raise ValueError(f"{pointer_path} names no generation folder")
        generation = folder / name
        model = bm25s.BM25.load(str(generation), mmap=True, show_progress=False)
        passages = json.loads((generation / "passages.json").read_text(encoding="utf-8"))
        source_of = np.load(generation / "source_of.npy", allow_pickle=False)
        index = cls.__new__(cls)
        index._stem = _stemmer()
        index.ids = [str(pid) for pid in passages["ids"]]
        index.sources = [str(source) for source in passages["sources"]]
        index.source_of = np.asarray(source_of, dtype=np.int32)
        index._model = model
        index._vocab = {str(word): int(n) for word, n in model.vocab_dict.items()}
        index._check(int(pointer.get("passages", -1)))
        return index

    def _check(self, passages: int) -> None:
        """Cheap consistency checks on loaded files, so a damaged save fails here, not mid-question."""
        scores = self._model.scores
        data, indices, indptr = scores["data"], scores["indices"], scores["indptr"]
        problems = []
        if not (passages == len(self.ids) == len(self.source_of) == int(scores["num_docs"])):
            problems.append("passage counts differ")
        if len(self.source_of) and (self.source_of.min() < 0 or self.source_of.max() >= len(self.sources)):
            problems.append("source numbers out of range")
        words = [n for word, n in self._vocab.items() if word]  # bm25s adds an empty token, never asked
        if not len(indptr) or int(indptr[0]) != 0 or (words and max(words) >= len(indptr) - 1):
            problems.append("vocabulary and score matrix differ")
        elif not (int(indptr[-1]) == len(data) == len(indices)):
            problems.append("score matrix is truncated")
        elif len(indices) and (int(indices.min()) < 0 or int(indices.max()) >= len(self.ids)):
            problems.append("score matrix points past the passages")
        if problems:
            raise ValueError("; ".join(problems))


def _pointed_at(folder: Path) -> str | None:
    try:
        return str(json.loads((folder / POINTER).read_text(encoding="utf-8")).get("folder"))
    except (OSError, ValueError, AttributeError):
        return None


def load_saved(store: ArchiveStore, folder: Path) -> BM25Index | None:
    """The saved index when it matches the store now; None when there is none or it is stale. An
    unreadable one is logged (warning) and treated as missing."""
    fingerprint = store.fingerprint()
    try:
        index = BM25Index.load(folder, fingerprint)
    except Exception as exc:  # any damage to the files: rebuild rather than fail a question
        logger.warning(
            "the saved BM25 index in %s can't be read (%s: %s); building it again",
            folder,
            type(exc).__name__,
            exc,
        )
        return None
    if index is None and (folder / POINTER).is_file():
        logger.info("the saved BM25 index in %s is for other store contents; building it again", folder)
    return index


def build(store: ArchiveStore) -> BM25Index:
    return BM25Index(store.passage_texts())


def load_or_build(store: ArchiveStore, folder: Path | None) -> BM25Index:
    """The saved index if it matches the store, else a fresh one (saved when ``folder`` is given;
    a failed save is logged and the fresh index used anyway)."""
    if folder is None:
        return build(store)
    index = load_saved(store, folder)
    if index is not None:
        return index
    index = build(store)
    _save(index, folder)
    return index


def ensure_saved(store: ArchiveStore, folder: Path) -> bool:
    """At index time: build and save unless the saved index already matches the store. True when
    it was built."""
    if load_saved(store, folder) is not None:
        return False
    _save(build(store), folder)
    return True


def _save(index: BM25Index, folder: Path) -> None:
    try:
        index.save(folder)
    except OSError as exc:
        logger.warning("can't save the BM25 index in %s (%s); it will be built again next start", folder, exc)
