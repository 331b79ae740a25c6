"""What the assistant returns: ranked citations and a decision. ``Answer.to_json`` is the public
``ask --json`` contract that outside evaluation tools rely on: keep its keys and values."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, Protocol

from corpus.records import RecordKind

if TYPE_CHECKING:
    from assistant.settings import RetrieverName

Decision = Literal["answer", "ask_expert", "emergency"]
SafetyLevel = Literal["none", "caution", "urgent", "emergency"]

DECISIONS: tuple[Decision, ...] = ("answer", "ask_expert", "emergency")
SAFETY_LEVELS: tuple[SafetyLevel, ...] = ("none", "caution", "urgent", "emergency")


@dataclass(frozen=True)
class Citation:
    source: str
    id: str
    title: str
    kind: RecordKind
    url: str | None
    score: float  # evidence 0..1 that this source answers the question (see assistant/retrieval.py)
    quote: str  # the passage of the record that best matches the question
    category: str = ""
    date: str | None = None
    question: str = ""  # full archived question (qa) or section heading (factsheet)
    answer: str = ""  # full archived answer (qa) or section text (factsheet)
    section: str | None = None
    rank_score: float = 0.0  # the fused ranking score (retriever-specific scale)
    similarity: float = 0.0  # cosine of the best passage to the whole question
    topic_similarity: float = 0.0  # cosine of the best passage to the question's topic words
    lexical: float = 0.0  # BM25 word match, 0..1 (BM25 per sqrt(question word) / LEXICAL_SCALE, capped)

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "id": self.id,
            "title": self.title,
            "kind": self.kind,
            "url": self.url,
            "score": round(float(self.score), 4),
            "quote": self.quote,
            "category": self.category,
            "date": self.date,
        }


@dataclass(frozen=True)
class Answer:
    question: str
    decision: Decision
    safety: SafetyLevel
    reason: str
    citations: tuple[Citation, ...]
    message: str = ""  # the user-facing lead-in for this decision
    safety_category: str | None = None
    search_query: str | None = None  # what was searched: rewritten from the conversation, misspellings mended
    timings_ms: dict[str, float] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "question": self.question,
            "decision": self.decision,
            "safety": self.safety,
            "reason": self.reason,
            "citations": [c.to_json() for c in self.citations],
            "message": self.message,
        }
        if self.safety_category:
            out["safety_category"] = self.safety_category
        if self.search_query and self.search_query != self.question:
            out["search_query"] = self.search_query
        return out


class QuestionAnswerer(Protocol):
    """What answers a question: ``assistant.service.ArchiveAssistant`` or a test double. Coverage
    and evaluation each extend it with the one more thing they need."""

    @property
    def novelty_threshold(self) -> float: ...

    def ask(
        self,
        question: str,
        history: Sequence[str] = (),
        *,
        retriever: RetrieverName | None = None,
        k: int | None = None,
    ) -> Answer: ...
