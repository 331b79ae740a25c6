"""The decision: answer from the archive, hand off to an expert, or send to emergency services."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from assistant.answers import Citation, Decision, SafetyLevel

NO_CLOSE_ANSWER = "no close answer in the archive"


class SafetyView(Protocol):
    @property
    def level(self) -> SafetyLevel: ...
    @property
    def category(self) -> str | None: ...
    @property
    def reason(self) -> str: ...


@dataclass(frozen=True)
class Verdict:
    decision: Decision
    safety: SafetyLevel
    reason: str


def decide(safety: SafetyView, citations: Sequence[Citation], threshold: float) -> Verdict:
    """Safety first; then novelty (the best passage's cosine below ``threshold``); then answer."""
    if safety.level == "emergency":
        return Verdict("emergency", "emergency", safety.reason or "possible emergency")
    if safety.level == "urgent":
        return Verdict("ask_expert", "urgent", safety.reason or "needs medical advice soon")
    best = citations[0].score if citations else 0.0
    if best < threshold:
        level: SafetyLevel = "caution" if safety.level == "caution" else "none"
        return Verdict("ask_expert", level, NO_CLOSE_ANSWER)
    if safety.level == "caution":
        return Verdict("answer", "caution", safety.reason or "safety-relevant; tell your practitioner")
    return Verdict("answer", "none", "close answers found in the archive")
