"""A question -> ranked citations, one per source page.

Dense: cosine similarity of MiniLM vectors in Chroma (question passages and answer windows).
BM25: bm25s over the same passages, with Snowball stemming (built at index time and saved,
``assistant.bm25``). Hybrid: reciprocal-rank fusion of the two source rankings. Whatever ranks, a
citation's ``score`` is the same evidence measure, so one novelty threshold reads the same for
every retriever: a weighted mean of how close the source's best passage is in meaning (the mean of
its cosine to the whole question and to the question's topic words) and how strongly its words
match (its BM25 score per square root of question word, saturating at ``LEXICAL_SCALE``). The
weight was fitted on the development sets (docs/retrieval.md). With the model it was fitted on, a
learned head (``evidence_head.py``) weighs those signals and the question's and passage's vectors
instead, calibrated to the same threshold."""

from __future__ import annotations

import math
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol

import numpy as np

from assistant.answers import Citation
from assistant.bm25 import BM25Index, load_or_build, load_saved
from assistant.errors import ConfigError
from assistant.evidence_head import WEAK_MARGIN, EvidenceHead, EvidenceSignals
from assistant.settings import RetrieverName
from assistant.spelling import correct_domain_spelling
from assistant.topic import topic_text
from embeddings.model import TextEmbedder
from embeddings.store import ArchiveStore, StoredPassage

CANDIDATES = 60  # passages per retriever before grouping by source
RRF_K = 60
# Evidence = (1 - LEXICAL_WEIGHT) * meaning + LEXICAL_WEIGHT * words (docs/retrieval.md, "Evidence
# score"): a logistic fit of covered against uncovered development questions on the two signals.
LEXICAL_WEIGHT = 0.48
LEXICAL_SCALE = 5.0  # BM25 per sqrt(question word) that counts as a full word match (95th percentile)
# Answers scoring less than this above the threshold are "weak" in the coverage report (formula).
FORMULA_WEAK_MARGIN = 0.08


@dataclass(frozen=True)
class FusionWeights:
    dense: float = 1.0
    bm25: float = 1.5


class _HasSource(Protocol):
    @property
    def source(self) -> str: ...


def _best_by_source(hits: Sequence[tuple[_HasSource, float]]) -> list[tuple[str, float]]:
    best: dict[str, float] = {}
    for passage, score in hits:
        if passage.source not in best or score > best[passage.source]:
            best[passage.source] = score
    return sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))


def fuse(
    rankings: Sequence[tuple[Sequence[tuple[str, float]], float]], k: int = RRF_K
) -> list[tuple[str, float]]:
    """Weighted reciprocal-rank fusion of several source rankings."""
    fused: dict[str, float] = {}
    for ranking, weight in rankings:
        for rank, (source, _) in enumerate(ranking, start=1):
            fused[source] = fused.get(source, 0.0) + weight / (k + rank)
    return sorted(fused.items(), key=lambda kv: (-kv[1], kv[0]))


class Retriever:
    """Ranks sources for a question. ``bm25_dir``: where the BM25 index is saved (``assistant.bm25``);
    None builds it in memory on first use and never saves it."""

    def __init__(
        self,
        store: ArchiveStore,
        embedder: TextEmbedder,
        *,
        weights: FusionWeights | None = None,
        bm25_dir: Path | None = None,
        evidence_head: EvidenceHead | None = None,
    ) -> None:
        if evidence_head is not None and not evidence_head.fits(embedder.name, embedder.dimension):
            raise ConfigError(
                f"the evidence head was fitted on {evidence_head.model} ({evidence_head.dimension}-d), "
                f"not {embedder.name} ({embedder.dimension}-d)"
            )
        self.store = store
        self.embedder = embedder
        self.weights = weights or FusionWeights()
        self.bm25_dir = bm25_dir
        # None: the fixed formula (``evidence``) scores citations.
        self.evidence_head = evidence_head
        self._bm25: BM25Index | None = None
        self._lock = threading.Lock()

    @property
    def weak_margin(self) -> float:
        """How far above the novelty threshold an answer still counts as weak, on this scale."""
        return FORMULA_WEAK_MARGIN if self.evidence_head is None else WEAK_MARGIN

    def bm25(self) -> BM25Index:
        """The BM25 index: the saved one when it matches the store, else built (and saved)."""
        with self._lock:
            if self._bm25 is None:
                self._bm25 = load_or_build(self.store, self.bm25_dir)
            return self._bm25

    def load_saved_bm25(self) -> bool:
        """At start-up: load the saved BM25 index if it matches the store; never build. True when
        an index is ready."""
        with self._lock:
            if self._bm25 is None and self.bm25_dir is not None:
                self._bm25 = load_saved(self.store, self.bm25_dir)
            return self._bm25 is not None

    def refresh(self) -> None:
        """Forget the BM25 index after the store changed."""
        with self._lock:
            self._bm25 = None

    def rank_sources(self, query: str, method: RetrieverName, vector: np.ndarray) -> list[tuple[str, float]]:
        return self._rankings(query, method, vector)[0]

    def _rankings(
        self, query: str, method: RetrieverName, vector: np.ndarray
    ) -> tuple[list[tuple[str, float]], dict[str, float]]:
        """The source ranking for ``method``, and each source's best BM25 score (for the evidence
        score, whatever the method ranks by)."""
        dense: list[tuple[str, float]] = []
        if method in ("dense", "hybrid"):
            dense = _best_by_source(self.store.dense_search(vector, CANDIDATES))
        lexical = _best_by_source(self.bm25().search(query, CANDIDATES))
        if method == "dense":
            ranking = dense
        elif method == "bm25":
            ranking = lexical
        else:
            ranking = fuse([(dense, self.weights.dense), (lexical, self.weights.bm25)])
        return ranking, dict(lexical)

    def spell(self, query: str) -> str:
        """``query`` with misspelt domain words mended, as the search reads it (assistant/spelling.py)."""
        return correct_domain_spelling(query, self.bm25().knows)

    def search(self, query: str, *, method: RetrieverName = "hybrid", k: int = 5) -> list[Citation]:
        return [citation for citation, _ in self.search_with_signals(query, method=method, k=k)]

    def search_with_signals(
        self, query: str, *, method: RetrieverName = "hybrid", k: int = 5
    ) -> list[tuple[Citation, EvidenceSignals | None]]:
        """``search``, with what the evidence score read for each citation (to fit the evidence head
        on; ``eval/evidence_head.py``). Signals are None for a source whose passages have no vector."""
        query = self.spell(query)
        topic = topic_text(query)
        vector, topic_vector = self.embedder.embed_array([query, topic])
        ranking, bm25_scores = self._rankings(query, method, vector)
        ranked = ranking[:k]
        if not ranked:
            return []
        by_source: dict[str, list[StoredPassage]] = {}
        for passage in self.store.passages_of([s for s, _ in ranked]):
            by_source.setdefault(passage.source, []).append(passage)
        words = len(query.split())
        per_word = math.sqrt(max(1, words))
        citations = []
        for source, rank_score in ranked:
            passages = by_source.get(source)
            if passages:
                lexical = min(1.0, bm25_scores.get(source, 0.0) / per_word / LEXICAL_SCALE)
                citations.append(
                    _cite(passages, vector, topic_vector, rank_score, lexical, words, self.evidence_head)
                )
        return citations


def evidence(similarity: float, topic_similarity: float, lexical: float) -> float:
    """How strongly a source answers the question, 0..1: the novelty threshold reads this."""
    meaning = (similarity + topic_similarity) / 2
    return (1 - LEXICAL_WEIGHT) * meaning + LEXICAL_WEIGHT * lexical


def _cite(
    passages: list[StoredPassage],
    vector: np.ndarray,
    topic_vector: np.ndarray,
    rank_score: float,
    lexical: float = 0.0,
    words: int = 1,
    head: EvidenceHead | None = None,
) -> tuple[Citation, EvidenceSignals | None]:
    sims = [float(np.dot(p.vector, vector)) if p.vector is not None else 0.0 for p in passages]
    topic_sims = [float(np.dot(p.vector, topic_vector)) if p.vector is not None else 0.0 for p in passages]
    best = int(np.argmax(sims))
    similarity = max(0.0, min(1.0, sims[best]))
    topic_similarity = max(0.0, min(1.0, max(topic_sims)))
    record_id = passages[best].record_id
    own = [(p, s) for p, s in zip(passages, sims, strict=True) if p.record_id == record_id]
    quotable = [(p, s) for p, s in own if p.kind != "question"] or own
    quote_passage = max(quotable, key=lambda ps: ps[1])[0]
    record = passages[best].record
    kind: Literal["qa", "factsheet"] = "factsheet" if record.get("kind") == "factsheet" else "qa"
    best_vector = passages[best].vector
    signals = None
    if best_vector is not None:
        signals = EvidenceSignals(
            similarity=similarity,
            topic_similarity=topic_similarity,
            lexical=lexical,
            words=words,
            factsheet=kind == "factsheet",
            question_passage=passages[best].kind == "question",
            query_vector=np.asarray(vector, dtype=np.float32),
            topic_vector=np.asarray(topic_vector, dtype=np.float32),
            passage_vector=np.asarray(best_vector, dtype=np.float32),
        )
    if head is not None and signals is not None:
        score = head.score(signals)
    else:
        score = evidence(similarity, topic_similarity, lexical)
    citation = Citation(
        source=passages[best].source,
        id=record_id,
        title=str(record.get("title", "")),
        kind=kind,
        url=record.get("url"),
        # The evidence that this source answers the question: how close its best passage is to
        # the whole question and to the question's topic words (assistant/topic.py), and how
        # strongly its words match; weighed by the learned head when there is one.
        score=score,
        similarity=similarity,
        topic_similarity=topic_similarity,
        lexical=lexical,
        quote=quote_passage.quote,
        category=str(record.get("category", "")),
        date=record.get("date"),
        question=str(record.get("question", "")),
        answer=str(record.get("answer", "")),
        section=record.get("section"),
        rank_score=rank_score,
    )
    return citation, signals
