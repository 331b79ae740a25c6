"""The assistant as a Python API: load once, then ``ask`` and ``search``.

Data flows one way: archive files -> records (corpus) -> vectors in Chroma (embeddings) ->
ranked citations (retrieval) -> decision (policy, safety) -> the UI or the CLI."""

from __future__ import annotations

import functools
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from assistant import bm25
from assistant.answers import Answer, Citation, Decision, SafetyLevel
from assistant.chat import points_back, search_query
from assistant.errors import StoreError
from assistant.evidence_head import EvidenceHead, load_evidence_head
from assistant.policy import SafetyView, decide
from assistant.retrieval import FusionWeights, Retriever
from assistant.settings import RetrieverName, Settings
from assistant.text import clean_question
from corpus.load import LoadResult, load_archive
from embeddings.model import CachedEmbeddings, MiniLMEmbeddings, TextEmbedder
from embeddings.store import ArchiveStore, IndexStats, Progress


class SafetyAssessor(Protocol):
    def assess(self, text: str, history: Sequence[str] = ()) -> SafetyView: ...


@dataclass(frozen=True)
class IndexReport:
    stats: IndexStats
    load: LoadResult
    seconds: float
    bm25_built: bool = False  # False: the saved BM25 index already matched the store


def bm25_folder(settings: Settings) -> Path:
    """Where the BM25 index is saved: beside an embedded store's folder
    (``<chroma_dir>.bm25/<collection>``), or under the data folder for a `chroma run` server, which
    has no local folder (``<data_dir>/bm25/<host>_<port>/<collection>``)."""
    if settings.chroma_host:
        server = re.sub(r"[^A-Za-z0-9.-]", "_", f"{settings.chroma_host}_{settings.chroma_port}")
        return settings.data_dir / "bm25" / server / settings.collection
    return settings.chroma_dir.with_name(f"{settings.chroma_dir.name}.bm25") / settings.collection


def open_store(settings: Settings, embeddings: CachedEmbeddings, *, rebuild: bool = False) -> ArchiveStore:
    """Open the configured store. ``rebuild`` (``assistant index --rebuild``) sets an unreadable
    embedded store aside instead of refusing it, so the named fix works."""
    if settings.chroma_host:
        return ArchiveStore(
            embeddings,
            collection=settings.collection,
            host=settings.chroma_host,
            port=settings.chroma_port,
            rebuild=rebuild,
        )
    return ArchiveStore(embeddings, collection=settings.collection, path=settings.chroma_dir, rebuild=rebuild)


def load_records(settings: Settings) -> LoadResult:
    return load_archive(settings.corpus_dirs, lambda p: settings.relative_source(p))


def build_index(
    settings: Settings, store: ArchiveStore, *, rebuild: bool = False, progress: Progress | None = None
) -> IndexReport:
    """Parse the archive and bring the store in line with it (incrementally unless ``rebuild``),
    then build and save the BM25 index unless the saved one already matches the store."""
    started = time.perf_counter()
    loaded = load_records(settings)
    if rebuild:
        store.reset()
    stats = store.sync(list(loaded.records), skipped=len(loaded.skipped), progress=progress)
    built = bm25.ensure_saved(store, bm25_folder(settings))
    return IndexReport(stats, loaded, time.perf_counter() - started, bm25_built=built)


class ArchiveAssistant:
    def __init__(
        self,
        settings: Settings,
        store: ArchiveStore,
        embedder: TextEmbedder,
        safety: SafetyAssessor,
        *,
        weights: FusionWeights | None = None,
        bm25_dir: Path | None = None,
        evidence_head: EvidenceHead | None = None,
    ) -> None:
        self.settings = settings
        self.store = store
        self.embedder = embedder
        self.safety = safety
        self.retriever = Retriever(
            store,
            embedder,
            weights=weights,
            bm25_dir=bm25_dir or bm25_folder(settings),
            evidence_head=evidence_head,
        )
        self.novelty_threshold = settings.novelty_threshold
        # Threshold sweeps ask the policy many times about one question: assess it once.
        self._assess = functools.lru_cache(maxsize=4096)(self._assess_uncached)

    @property
    def weak_margin(self) -> float:
        """The coverage report's "weak" band above the threshold, on the scale citations are scored
        (read from the retriever, so it follows whichever scoring is in use)."""
        return self.retriever.weak_margin

    def _assess_uncached(self, question: str, history: tuple[str, ...]) -> SafetyView:
        return self.safety.assess(question, history)

    @classmethod
    def from_settings(
        cls, settings: Settings, *, embedder: TextEmbedder | None = None, progress: Progress | None = None
    ) -> ArchiveAssistant:
        """Load the model and open the store; build the index first if the store is empty; load the
        saved BM25 index."""
        from assistant.safety import SafetyClassifier

        model = embedder or MiniLMEmbeddings(settings.model_path)
        cached = CachedEmbeddings(model, settings.embedding_cache)
        store = open_store(settings, cached)
        if store.count() == 0:
            report = build_index(settings, store, progress=progress)
            if store.count() == 0:
                raise StoreError(
                    f"the archive gave no records to index ({len(report.load.skipped)} files skipped); "
                    "check ASSISTANT_CORPUS_DIRS"
                )
        # Questions are embedded by the bare model: only archive text goes through the persistent
        # cache, so no patient's question lingers on disk as a vector (docs/privacy.md).
        head = None
        if settings.learned_evidence:
            # Its weights only mean something for the model it was fitted on: with any other model
            # (or the tests' hashing fake) citations keep the fixed formula.
            bundled = load_evidence_head()
            head = bundled if bundled.fits(model.name, model.dimension) else None
        bot = cls(settings, store, model, SafetyClassifier(model), evidence_head=head)
        if settings.retriever != "dense":
            # The saved BM25 index, if it matches the store (else it is built on first use).
            bot.retriever.load_saved_bm25()
        return bot

    def reindex(self, *, progress: Progress | None = None) -> IndexReport:
        report = build_index(self.settings, self.store, progress=progress)
        self.retriever.refresh()
        return report

    def known_sources(self) -> set[str]:
        return {p.source for p in self.store.all_passages()}

    def search(self, query: str, *, retriever: RetrieverName | None = None, k: int = 10) -> list[Citation]:
        query = clean_question(query, self.settings.max_question_chars)
        return self.retriever.search(query, method=retriever or self.settings.retriever, k=k)

    def policy_at(
        self, threshold: float, question: str, citations: Sequence[Citation], history: Sequence[str] = ()
    ) -> tuple[Decision, SafetyLevel, str]:
        turns = tuple(h for h in history if h and h.strip())
        verdict = decide(self._assess(question.strip(), turns), citations, threshold)
        return verdict.decision, verdict.safety, verdict.reason

    def decide(
        self, question: str, citations: Sequence[Citation], history: Sequence[str] = ()
    ) -> tuple[Decision, SafetyLevel, str]:
        return self.policy_at(self.novelty_threshold, question, citations, history)

    def ask(
        self,
        question: str,
        history: Sequence[str] = (),
        *,
        retriever: RetrieverName | None = None,
        k: int | None = None,
    ) -> Answer:
        from assistant.messages import message_for

        started = time.perf_counter()
        question = clean_question(question, self.settings.max_question_chars)
        turns = [h for h in history if h and h.strip()]
        assessment = self._assess(question, tuple(turns))
        query = search_query(question, turns)
        method = retriever or self.settings.retriever
        citations = self.retriever.search(query, method=method, k=k or self.settings.top_k)
        if query != question and not points_back(question):
            # A short turn that doesn't point back may be a new topic ("does it hurt?"): keep it
            # alone when the archive answers it well on its own. (Scores of the two queries can't
            # be compared directly: the longer one always matches more.)
            alone = self.retriever.search(question, method=method, k=k or self.settings.top_k)
            if alone and alone[0].score >= self.novelty_threshold:
                query, citations = question, alone
        verdict = decide(assessment, citations, self.novelty_threshold)
        # Report what was searched: the spelling repair is part of the rewrite (idempotent, cheap).
        query = self.retriever.spell(query)
        return Answer(
            question=question,
            decision=verdict.decision,
            safety=verdict.safety,
            reason=verdict.reason,
            citations=tuple(citations),
            message=message_for(verdict.decision, verdict.safety, assessment.category),
            safety_category=assessment.category,
            search_query=query,
            timings_ms={"total": (time.perf_counter() - started) * 1000},
        )
