"""Records -> passages that fit the model's window.

MiniLM reads at most 256 word pieces, so long answers are cut into overlapping windows of whole
sentences. Each Q/A record also gets a passage for its question alone: matching a patient's
question to archived questions is the strongest signal in FAQ retrieval."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from corpus.records import Record

PassageKind = Literal["question", "answer", "section"]

MAX_WORDS = 110  # ~160-200 word pieces: inside the 256 window with room for the title prefix
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(“‘])")


@dataclass(frozen=True)
class Passage:
    id: str
    record_id: str
    source: str
    kind: PassageKind
    text: str  # what is embedded and searched
    quote: str  # what is shown: the passage without its title prefix
    content_hash: str


def split_sentences(text: str) -> list[str]:
    out: list[str] = []
    for para in text.split("\n\n"):
        out.extend(s.strip() for s in _SENTENCE.split(para.strip()) if s.strip())
    return out


def _windows(sentences: list[str], max_words: int) -> list[str]:
    """Greedy windows of whole sentences, each starting with the previous window's last sentence."""
    windows: list[str] = []
    current: list[str] = []
    words = 0
    for sentence in sentences:
        n = len(sentence.split())
        if current and words + n > max_words:
            windows.append(" ".join(current))
            overlap = current[-1:] if len(current) > 1 else []
            current, words = overlap, sum(len(s.split()) for s in overlap)
        current.append(sentence)
        words += n
    if current:
        windows.append(" ".join(current))
    return windows


def passages_for(record: Record, max_words: int = MAX_WORDS) -> list[Passage]:
    short_hash = record.content_hash[:12]

    def make(kind: PassageKind, n: int, text: str, quote: str) -> Passage:
        return Passage(
            id=f"{record.id}::{short_hash}::{kind[0]}{n}",
            record_id=record.id,
            source=record.source,
            kind=kind,
            text=text,
            quote=quote,
            content_hash=record.content_hash,
        )

    if record.kind == "qa":
        question = " ".join(record.question.split())
        out = [make("question", 0, f"{record.title}. {question}", question)]
        for n, window in enumerate(_windows(split_sentences(record.answer), max_words)):
            out.append(make("answer", n, window, window))
        return out
    prefix = f"{record.title}: {record.section or ''}."
    return [
        make("section", n, f"{prefix} {window}", window)
        for n, window in enumerate(_windows(split_sentences(record.answer), max_words))
    ]
