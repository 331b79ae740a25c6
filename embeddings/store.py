"""The vector store: Chroma (embedded PersistentClient by default, a `chroma run` server when
configured) behind LangChain's ``Chroma`` vector store, with an incremental index build."""

from __future__ import annotations

import contextlib
import hashlib
import json
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

from assistant.errors import StoreError
from corpus.records import Record
from embeddings.chunking import Passage, passages_for
from embeddings.model import CachedEmbeddings

BATCH = 256
PAGE = 5000
ID_PAGE = 100_000  # ids alone are small: big pages keep a scan of 500k passages to a few calls

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class IndexStats:
    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    skipped: int = 0
    passages_embedded: int = 0
    passages_deleted: int = 0

    def as_dict(self) -> dict[str, int]:
        return {
            "added": self.added,
            "updated": self.updated,
            "removed": self.removed,
            "unchanged": self.unchanged,
            "skipped": self.skipped,
        }


@dataclass(frozen=True)
class StoredPassage:
    id: str
    record_id: str
    source: str
    kind: str
    text: str
    quote: str
    record: dict[str, Any]
    vector: np.ndarray | None = None


class PassageText(NamedTuple):
    """What BM25 needs of a passage: no record JSON, no vector."""

    id: str
    source: str
    text: str


def fingerprint_of(ids: Iterable[str]) -> str:
    """The store's content, as far as the index build can change it: passage ids carry the record
    id and its content hash, so adding, changing or removing a record changes this."""
    digest = hashlib.sha256()
    for pid in sorted(ids):
        digest.update(pid.encode("utf-8", "surrogatepass"))
        digest.update(b"\n")
    return digest.hexdigest()


def sources_collection(collection: str) -> str:
    """Name of the collection holding each source's passage ids (see ``ArchiveStore``)."""
    return f"{collection}.sources"


def _client(*, path: Path | None, host: str | None, port: int) -> Any:
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=True)
    try:
        if host:
            return chromadb.HttpClient(host=host, port=port, settings=chroma_settings)
        assert path is not None
        path.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(path), settings=chroma_settings)
    except Exception as exc:  # chromadb raises many kinds; all mean "can't open the store"
        where = f"Chroma server {host}:{port}" if host else f"vector store at {path}"
        fix = "start it with `chroma run`" if host else "run `assistant index --rebuild`"
        raise StoreError(f"can't open the {where} ({type(exc).__name__}: {exc}); {fix}") from exc


def _set_aside(path: Path) -> Path:
    """Rename an unreadable store folder out of the way (kept for inspection) and forget Chroma's
    cached client for it, so a fresh store can be made at ``path``."""
    from datetime import UTC, datetime

    from chromadb.api.shared_system_client import SharedSystemClient

    aside = path.with_name(f"{path.name}.unreadable-{datetime.now(UTC).strftime('%Y%m%dT%H%M%S%f')}")
    try:
        path.rename(aside)
    except OSError as exc:
        raise StoreError(
            f"the vector store at {path} can't be read and can't be moved aside ({exc.strerror or exc}); "
            f"delete or move the folder {path}, then run `assistant index`"
        ) from exc
    # Chroma caches a client per folder, even one that failed to start: forget it.
    SharedSystemClient._identifier_to_system.pop(str(path), None)
    getattr(SharedSystemClient, "_identifier_to_refcount", {}).pop(str(path), None)
    return aside


def _record_meta(record: Record) -> dict[str, Any]:
    return {
        "id": record.id,
        "source": record.source,
        "kind": record.kind,
        "title": record.title,
        "question": record.question,
        "answer": record.answer,
        "category": record.category,
        "url": record.url,
        "date": record.date,
        "section": record.section,
    }


def passage_metadata(passage: Passage, record_json: str) -> dict[str, Any]:
    """What Chroma stores beside a passage. ``record_json`` is the record's metadata as JSON
    (``record_json(record)``): the whole record rides along so answers can be shown from the store
    alone."""
    return {
        "record_id": passage.record_id,
        "source": passage.source,
        "kind": passage.kind,
        "content_hash": passage.content_hash,
        "quote": passage.quote,
        "record": record_json,
    }


def record_json(record: Record) -> str:
    return json.dumps(_record_meta(record), ensure_ascii=False)


class ArchiveStore:
    """Passages and their vectors in one Chroma collection (cosine space).

    ``rebuild=True`` says the caller is about to rebuild the index (``assistant index --rebuild``),
    so a store that can't be used is not an error: a local folder Chroma can't read is renamed to
    ``<folder>.unreadable-<UTC time>`` (kept, never deleted; see ``set_aside``) and a fresh one is
    made, and a collection built with another model is emptied.

    Beside the passages, a small second collection (``<collection>.sources``) holds, per source
    page, the ids of its passages (one entry per source, a dummy 1-d vector, the ids as JSON in the
    metadata). ``passages_of`` reads it and then fetches the passages by id: Chroma runs a metadata
    filter (``where source $in``) as a scan of the whole collection, 74 ms per question at 528k
    passages, against 4 ms for the list and the fetch by id (docs/scale.md). ``sync`` keeps it in
    line, listing old and new ids while a build is under way, so an interrupted build still finds
    every stored passage. A source missing from it (a store built before it existed) is fetched by
    metadata filter, as before, until the next ``assistant index`` writes its list.

    That collection's metadata also records the store's ``fingerprint`` and passage count when a
    build completes (cleared while one runs), so the fingerprint costs a count, not a read of every
    id (7 s at 528k passages)."""

    def __init__(
        self,
        embeddings: CachedEmbeddings,
        *,
        collection: str = "archive",
        path: Path | None = None,
        host: str | None = None,
        port: int = 8000,
        rebuild: bool = False,
    ) -> None:
        if host and path:
            raise StoreError("conflicting store options: path and host; give a folder or a server, not both")
        if not host and not path:
            raise StoreError("no store given: pass a folder (path) or a server (host)")
        self.embeddings = embeddings
        self.location = f"{host}:{port}" if host else str(path)
        self.collection_name = collection
        self.set_aside: Path | None = None
        try:
            self._open(path, host, port, check_model=not rebuild)
        except StoreError:
            if not (rebuild and path is not None and path.exists()):
                raise
            self.set_aside = _set_aside(path)
            self._open(path, host, port, check_model=False)
        if rebuild and not self._same_model():
            self.reset()

    def _open(self, path: Path | None, host: str | None, port: int, *, check_model: bool) -> None:
        from langchain_chroma import Chroma

        self.client = _client(path=path, host=host, port=port)
        try:
            self.vectors = Chroma(
                client=self.client,
                collection_name=self.collection_name,
                embedding_function=self.embeddings,
                collection_metadata={"hnsw:space": "cosine", "model": self.embeddings.name},
            )
            if check_model:
                self._check_model()
            self._open_sources()
        except StoreError:
            raise
        except Exception as exc:
            raise StoreError(
                f"the vector store at {self.location} can't be read ({type(exc).__name__}: {exc}); "
                "run `assistant index --rebuild`"
            ) from exc

    def _open_sources(self) -> None:
        self.source_index: Any = self.client.get_or_create_collection(
            sources_collection(self.collection_name), embedding_function=None, metadata=self._about()
        )

    def _about(self) -> dict[str, Any]:
        return {"about": f"passage ids per source of collection {self.collection_name}"}

    def _record_state(self, fingerprint: str | None, passages: int = 0) -> None:
        """Record the store's fingerprint and passage count once a build is done, or with None
        clear them (a build is about to change the store)."""
        meta = self._about()
        if fingerprint is not None:
            meta.update(fingerprint=fingerprint, passages=passages)
        self.source_index.modify(metadata=meta)

    def _recorded_state(self) -> tuple[str, int] | None:
        name = sources_collection(self.collection_name)
        meta = self.client.get_collection(name, embedding_function=None).metadata or {}
        fingerprint, passages = meta.get("fingerprint"), meta.get("passages")
        if isinstance(fingerprint, str) and fingerprint and isinstance(passages, int):
            return fingerprint, passages
        return None

    def _same_model(self) -> bool:
        stored = (self.vectors._collection.metadata or {}).get("model")
        return not stored or stored == self.embeddings.name

    def _check_model(self) -> None:
        stored = (self.vectors._collection.metadata or {}).get("model")
        if not self._same_model():
            raise StoreError(
                f"the store was built with model {stored}, not {self.embeddings.name}; "
                "run `assistant index --rebuild`"
            )

    def count(self) -> int:
        try:
            return int(self.vectors._collection.count())
        except Exception as exc:
            raise StoreError(f"the vector store at {self.location} can't be read ({exc})") from exc

    def _existing(self) -> dict[str, tuple[str, str]]:
        """passage id -> (record content hash, source), paged so large stores don't load at once."""
        out: dict[str, tuple[str, str]] = {}
        offset = 0
        while True:
            got = self.vectors.get(include=["metadatas"], limit=PAGE, offset=offset)
            ids = got.get("ids") or []
            for pid, meta in zip(ids, got.get("metadatas") or [], strict=False):
                meta = meta or {}
                source = sys.intern(str(meta.get("source", "")))
                out[pid] = (str(meta.get("content_hash", "")), source)
            if len(ids) < PAGE:
                return out
            offset += PAGE

    # -- the per-source id lists (``<collection>.sources``) -------------------------------------

    def _source_entries(self, sources: Sequence[str] | None = None) -> dict[str, list[str]]:
        """source -> its listed passage ids: the given sources (those listed), or every entry."""
        out: dict[str, list[str]] = {}

        def read(got: Any) -> int:
            ids = got.get("ids") or []
            for source, meta in zip(ids, got.get("metadatas") or [], strict=False):
                try:
                    listed = json.loads((meta or {}).get("ids") or "null")
                except (json.JSONDecodeError, TypeError):
                    continue  # unreadable entry: the source is fetched by metadata filter
                if isinstance(listed, list):
                    out[source] = [str(pid) for pid in listed]
            return len(ids)

        if sources is not None:
            if sources:
                read(self.source_index.get(ids=list(dict.fromkeys(sources)), include=["metadatas"]))
            return out
        offset = 0
        while read(self.source_index.get(include=["metadatas"], limit=PAGE, offset=offset)) == PAGE:
            offset += PAGE
        return out

    def _write_sources(self, lists: Mapping[str, Sequence[str]]) -> None:
        items = list(lists.items())
        step = min(PAGE, int(self.client.get_max_batch_size()))
        for start in range(0, len(items), step):
            part = items[start : start + step]
            self.source_index.upsert(
                ids=[source for source, _ in part],
                embeddings=[[1.0]] * len(part),
                metadatas=[{"ids": json.dumps(list(ids), ensure_ascii=False)} for _, ids in part],
            )

    def _drop_sources(self, sources: Sequence[str]) -> None:
        for start in range(0, len(sources), PAGE):
            self.source_index.delete(ids=list(sources[start : start + PAGE]))

    def _set_sources(
        self, wanted: Mapping[str, list[str]], current: Mapping[str, list[str]], *, drop_others: bool
    ) -> dict[str, list[str]]:
        """Write the entries that differ from ``current``; with ``drop_others``, delete entries of
        sources not in ``wanted``. Returns the entries as they now are."""
        self._write_sources({s: ids for s, ids in wanted.items() if current.get(s) != ids})
        now = {**current, **wanted}
        if drop_others:
            gone = [s for s in now if s not in wanted]
            self._drop_sources(gone)
            for source in gone:
                del now[source]
        return now

    def index_sources(self) -> int:
        """Make the per-source id lists match the stored passages (for stores filled without
        ``sync``, such as the scale benchmark's). Returns the number of entries written."""
        existing = self._existing()
        by_source: dict[str, list[str]] = {}
        for pid, (_, source) in existing.items():
            by_source.setdefault(source, []).append(pid)
        wanted = {source: sorted(ids) for source, ids in by_source.items()}
        current = self._source_entries()
        changed = sum(1 for s, ids in wanted.items() if current.get(s) != ids)
        self._set_sources(wanted, current, drop_others=True)
        self._record_state(fingerprint_of(existing), len(existing))
        return changed

    def sync(
        self, records: Sequence[Record], *, skipped: int = 0, progress: Progress | None = None
    ) -> IndexStats:
        """Make the collection hold exactly ``records``. New passages are added before stale ones
        are deleted, so an interrupted build leaves an index that still answers; passage ids
        carry the content hash, so the next build picks up where this one stopped.

        Memory stays bounded for large archives: only passage ids are kept for the whole archive;
        passage texts are made again batch by batch as they are embedded.

        The per-source id lists (see the class) list old and new ids while passages are added and
        deleted, and exactly the new ones once the build is done."""
        existing = self._existing()
        existing_records: dict[str, set[str]] = {}
        stored_by_source: dict[str, set[str]] = {}
        for pid, (chash, source) in existing.items():
            existing_records.setdefault(pid.split("::", 1)[0], set()).add(chash)
            stored_by_source.setdefault(source, set()).add(pid)

        added = updated = unchanged = 0
        desired: set[str] = set()
        desired_by_source: dict[str, set[str]] = {}
        to_add: set[str] = set()
        pending: list[int] = []  # records with passages to add, in order
        for n, record in enumerate(records):
            ids = [p.id for p in passages_for(record)]
            desired.update(ids)
            desired_by_source.setdefault(sys.intern(record.source), set()).update(ids)
            missing = [pid for pid in ids if pid not in existing]
            if missing:
                to_add.update(missing)
                pending.append(n)
            hashes = existing_records.get(record.id)
            if not hashes:
                added += 1
            elif hashes == {record.content_hash} and not missing:
                unchanged += 1
            else:
                updated += 1
        wanted_ids = {r.id for r in records}
        removed = sum(1 for rid in existing_records if rid not in wanted_ids)
        to_delete = [pid for pid in existing if pid not in desired]
        final_count = len(desired)
        final_fingerprint = fingerprint_of(desired)
        del existing, existing_records, desired, wanted_ids
        self._record_state(None)  # until this build is done, the store is what it is

        # While passages come and go, each source lists both its stored and its new passages.
        during = {
            source: sorted(ids | stored_by_source.get(source, set()))
            for source, ids in desired_by_source.items()
        }
        listed = self._set_sources(during, self._source_entries(), drop_others=False)
        del during, stored_by_source

        total = len(to_add)
        done = 0
        batch: list[tuple[Passage, Record]] = []
        for n in pending:
            record = records[n]
            for passage in passages_for(record):
                if passage.id in to_add:
                    to_add.discard(passage.id)  # once, even if two records made the same passage
                    batch.append((passage, record))
            while len(batch) >= BATCH or (batch and n == pending[-1]):
                part, batch = batch[:BATCH], batch[BATCH:]
                self._add(part)
                done += len(part)
                if progress:
                    progress(done, total)
        for start in range(0, len(to_delete), PAGE):
            self.vectors.delete(ids=to_delete[start : start + PAGE])
        final = {source: sorted(ids) for source, ids in desired_by_source.items()}
        self._set_sources(final, listed, drop_others=True)
        self._record_state(final_fingerprint, final_count)
        return IndexStats(added, updated, removed, unchanged, skipped, total, len(to_delete))

    def _add(self, batch: Iterable[tuple[Passage, Record]]) -> None:
        texts: list[str] = []
        metas: list[dict[str, Any]] = []
        ids: list[str] = []
        for passage, record in batch:
            texts.append(passage.text)
            ids.append(passage.id)
            metas.append(passage_metadata(passage, record_json(record)))
        self.vectors.add_texts(texts, metadatas=metas, ids=ids)

    def reset(self) -> None:
        from chromadb.errors import NotFoundError

        self.vectors.reset_collection()
        with contextlib.suppress(NotFoundError):  # already gone (another process reset it)
            self.client.delete_collection(sources_collection(self.collection_name))
        self._open_sources()

    def all_passages(self, *, with_vectors: bool = False) -> list[StoredPassage]:
        """Every passage with its record, for the staff pages; paged so large stores stream in."""
        out: list[StoredPassage] = []
        offset = 0
        include = ["metadatas", "documents", *(["embeddings"] if with_vectors else [])]
        while True:
            got = self.vectors.get(include=include, limit=PAGE, offset=offset)
            ids = got.get("ids") or []
            vectors = got.get("embeddings") if with_vectors else None
            for n, (pid, meta, doc) in enumerate(zip(ids, got["metadatas"], got["documents"], strict=False)):
                vector = np.asarray(vectors[n], dtype=np.float32) if vectors is not None else None
                out.append(_stored(pid, meta, doc, vector))
            if len(ids) < PAGE:
                return out
            offset += PAGE

    def passage_texts(self) -> list[PassageText]:
        """Every passage's id, source and text (for building BM25), paged; no record JSON is
        parsed and no vector fetched."""
        out: list[PassageText] = []
        offset = 0
        while True:
            got = self.vectors.get(include=["metadatas", "documents"], limit=PAGE, offset=offset)
            ids = got.get("ids") or []
            for pid, meta, doc in zip(ids, got["metadatas"], got["documents"], strict=False):
                out.append(PassageText(pid, sys.intern(str((meta or {}).get("source", ""))), str(doc or "")))
            if len(ids) < PAGE:
                return out
            offset += PAGE

    def fingerprint(self) -> str:
        """``fingerprint_of`` every stored passage id. The one the last complete build recorded
        when the passage count still agrees (a count is cheap); else read from every id."""
        try:
            recorded = self._recorded_state()
            if recorded is not None and recorded[1] == self.count():
                return recorded[0]
        except Exception:
            pass  # no recorded state to trust: read the ids
        return self.scanned_fingerprint()

    def scanned_fingerprint(self) -> str:
        """``fingerprint_of`` every stored passage id, read from the store (ids only, big pages)."""
        ids: list[str] = []
        collection: Any = self.vectors._collection
        try:
            while True:
                got = collection.get(include=[], limit=ID_PAGE, offset=len(ids))
                page = got.get("ids") or []
                ids.extend(page)
                if len(page) < ID_PAGE:
                    return fingerprint_of(ids)
        except Exception as exc:
            raise StoreError(f"the vector store at {self.location} can't be read ({exc})") from exc

    def dense_search(self, vector: np.ndarray, n: int) -> list[tuple[StoredPassage, float]]:
        """Nearest passages with cosine similarity (1 - cosine distance)."""
        try:
            # No count() to clamp n: it scans the whole collection (~60 ms at 500k passages, per
            # question), and Chroma already returns what there is when n is larger.
            result: Any = self.vectors._collection.query(
                query_embeddings=[vector.astype(np.float32).tolist()],
                n_results=max(1, n),
                include=["metadatas", "documents", "distances"],
            )
        except Exception as exc:
            raise StoreError(f"the vector store at {self.location} can't be read ({exc})") from exc
        rows = zip(
            result["ids"][0],
            result["metadatas"][0],
            result["documents"][0],
            result["distances"][0],
            strict=False,
        )
        return [(_stored(pid, meta, doc, None), 1.0 - float(dist)) for pid, meta, doc, dist in rows]

    def passages_of(self, sources: Sequence[str]) -> list[StoredPassage]:
        """All passages of the given sources, with their vectors, in the store's order. Fetched by
        id through the per-source id lists; a source not listed there by metadata filter."""
        if not sources:
            return []
        wanted = list(dict.fromkeys(sources))
        include = ["metadatas", "documents", "embeddings"]
        collection: Any = self.vectors._collection
        try:
            listed = self._source_entries(wanted)
            ids = list(dict.fromkeys(pid for s in wanted for pid in listed.get(s, ())))
            unlisted = [s for s in wanted if s not in listed]
            parts = []
            if ids:
                parts.append(collection.get(ids=ids, include=include))
            if unlisted:
                where: dict[str, Any] = (
                    {"source": unlisted[0]} if len(unlisted) == 1 else {"source": {"$in": unlisted}}
                )
                parts.append(collection.get(where=where, include=include))
        except Exception as exc:
            raise StoreError(f"the vector store at {self.location} can't be read ({exc})") from exc
        return [
            _stored(pid, meta, doc, np.asarray(vec, dtype=np.float32))
            for got in parts
            for pid, meta, doc, vec in zip(
                got["ids"], got["metadatas"], got["documents"], got["embeddings"], strict=False
            )
        ]


def _stored(pid: str, meta: Any, doc: Any, vector: np.ndarray | None) -> StoredPassage:
    meta = meta or {}
    try:
        record = json.loads(meta.get("record") or "{}")
    except json.JSONDecodeError:
        record = {}
    return StoredPassage(
        id=pid,
        record_id=str(meta.get("record_id", "")),
        source=str(meta.get("source", "")),
        kind=str(meta.get("kind", "")),
        text=str(doc or ""),
        quote=str(meta.get("quote", "")),
        record=record,
        vector=vector,
    )


def tqdm_progress(description: str) -> tuple[Progress, Callable[[], None]]:
    """A progress callback drawing a tqdm bar on stderr, and a closer."""
    from tqdm import tqdm

    bar: Any = None

    def update(done: int, total: int) -> None:
        nonlocal bar
        if bar is None:
            bar = tqdm(total=total, desc=description, unit="passage", file=sys.stderr, leave=False)
        bar.n = done
        bar.refresh()

    def close() -> None:
        if bar is not None:
            bar.close()

    return update, close
