"""The record: one archived question and answer, or one factsheet section."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Literal

RecordKind = Literal["qa", "factsheet"]

_SPACE = re.compile(r"\s+")


def normalise_space(text: str) -> str:
    """Fold every run of white space (including non-breaking spaces) to one space."""
    return _SPACE.sub(" ", text.replace("\u00a0", " ")).strip()


@dataclass(frozen=True)
class Record:
    id: str
    source: str  # file path relative to the repo root, posix
    kind: RecordKind
    title: str
    question: str  # qa: the patient's question; factsheet: the section heading
    answer: str  # qa: the expert answer; factsheet: the section text
    category: str
    url: str | None = None
    date: str | None = None  # ISO date
    section: str | None = None  # factsheet section heading

    @property
    def content_hash(self) -> str:
        """Hash of what is embedded; unchanged hash means nothing to re-embed."""
        payload = "\x1f".join((self.kind, self.title, self.question, self.answer))
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()

    @property
    def text_key(self) -> str:
        """Identity of the text regardless of where it was found (duplicate detection)."""
        body = normalise_space(self.question + " " + self.answer).casefold()
        return hashlib.sha256(body.encode("utf-8")).hexdigest()

    @property
    def full_text(self) -> str:
        if self.kind == "qa":
            return f"Q: {self.question}\n\nA: {self.answer}"
        return f"{self.section or self.title}\n\n{self.answer}"


@dataclass(frozen=True)
class SkippedFile:
    path: str
    reason: str


def derive_title(question: str, limit: int = 80) -> str:
    """A title for a page that has none: the question's first sentence, trimmed at a word boundary."""
    text = normalise_space(question)
    first = re.split(r"(?<=[.?!])\s", text, maxsplit=1)[0]
    if len(first) <= limit:
        return first.rstrip(" .")
    cut = first[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:.") + "…"
