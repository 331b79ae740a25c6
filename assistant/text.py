"""Cleaning what people type before it is used."""

from __future__ import annotations

import re
import unicodedata

from assistant.errors import InputError

MAX_QUESTION_CHARS = 2000
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_SPACE = re.compile(r"[ \t\u00a0]+")


def clean_question(text: str, max_chars: int = MAX_QUESTION_CHARS) -> str:
    """Drop control and bidi-override characters, fold spaces; refuse empty or over-long text."""
    if not isinstance(text, str):
        raise InputError("the question must be text")
    text = unicodedata.normalize("NFC", text)
    text = _CONTROL.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = [_SPACE.sub(" ", line).strip() for line in text.split("\n")]
    cleaned = "\n".join(line for line in lines if line).strip()
    if not cleaned:
        raise InputError("the question is empty")
    if len(cleaned) > max_chars:
        raise InputError(
            f"the question is too long ({len(cleaned):,} characters; the limit is {max_chars:,})"
        )
    if sum(1 for ch in cleaned if ch == "\ufffd") > max(3, len(cleaned) // 10):
        raise InputError("the question looks like binary data, not text")
    return cleaned
