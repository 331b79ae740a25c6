"""Parser for archive pages in the site's scraped text format.

A page is the site's boilerplate, an optional title line, then one or more ``Q:``/``A:`` pairs
(category listing pages hold several, each with its own title line), then more boilerplate. The
markers may be followed by ordinary or non-breaking spaces."""

from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.records import derive_title

# Lines of site chrome that surround the content. Matched on the whole line after folding spaces.
BOILERPLATE_LINES = frozenset(
    {
        "find an acupuncturist...",
        "find an acupuncturist",
        "post a question",
        "if you have any questions about acupuncture, browse our archive or ask an expert.",
        "ask an expert",
        "bacc factsheets",
        "research based factsheets have been prepared for over 60 conditions especially for this website",
        "browse the facts",
        "member login",
        "latest posts are at the bottom of this page.",
    }
)
_BOILERPLATE_PREFIXES = ("use the filter buttons above",)
_COUNT_LINE = re.compile(r"^\d+\s+questions?$", re.IGNORECASE)
_MARKER = re.compile(r"^[ \t\u00a0]*([QA]):[ \t\u00a0]*(.*)$")
_SPACES = re.compile(r"[ \t\u00a0\u2007\u202f]+")
_TITLE_MAX = 120
# An answer's last paragraph ends like a sentence; a title line does not.
_SENTENCE_END = (".", "!", ")", '"', "'", "”", "’", ":", ";", ",")


class PageParseError(ValueError):
    """The text is not an archive page; the message is the reason."""


@dataclass(frozen=True)
class ParsedPair:
    title: str
    question: str
    answer: str
    has_title: bool


def _fold(line: str) -> str:
    return _SPACES.sub(" ", line).strip()


def is_boilerplate(line: str) -> bool:
    folded = _fold(line).casefold()
    if not folded:
        return False
    return (
        folded in BOILERPLATE_LINES
        or folded.startswith(_BOILERPLATE_PREFIXES)
        or bool(_COUNT_LINE.match(folded))
    )


def _paragraphs(lines: list[str]) -> list[str]:
    """Group lines into paragraphs at blank lines; fold spaces inside each paragraph."""
    paras: list[str] = []
    current: list[str] = []
    for line in lines:
        folded = _fold(line)
        if folded:
            current.append(folded)
        elif current:
            paras.append(" ".join(current))
            current = []
    if current:
        paras.append(" ".join(current))
    return paras


def _looks_like_title(paragraph: str) -> bool:
    return len(paragraph) <= _TITLE_MAX and not paragraph.endswith(_SENTENCE_END)


def parse_page(text: str) -> list[ParsedPair]:
    """Parse one page into its Q/A pairs. Raises ``PageParseError`` when no pair can be found."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    markers = [(i, m.group(1), m.group(2)) for i, line in enumerate(lines) if (m := _MARKER.match(line))]
    if not any(kind == "Q" for _, kind, _ in markers):
        raise PageParseError("no Q/A found (no line starts with 'Q:')")

    # Pair up Q and A markers in order; stray markers are an error with their line number.
    pairs: list[tuple[int, int]] = []
    pending_q: int | None = None
    for index, kind, _ in markers:
        if kind == "Q":
            if pending_q is not None:
                raise PageParseError(f"question on line {pending_q + 1} has no answer")
            pending_q = index
        else:
            if pending_q is None:
                raise PageParseError(f"answer on line {index + 1} has no question")
            pairs.append((pending_q, index))
            pending_q = None
    if pending_q is not None:
        raise PageParseError(f"question on line {pending_q + 1} has no answer")

    header = [line for line in lines[: pairs[0][0]] if not is_boilerplate(line)]
    header_paras = _paragraphs(header)
    next_title = header_paras[-1] if header_paras else ""

    results: list[ParsedPair] = []
    for n, (q_line, a_line) in enumerate(pairs):
        end = pairs[n + 1][0] if n + 1 < len(pairs) else len(lines)
        q_lines = [_MARKER.sub(r"\2", lines[q_line]), *lines[q_line + 1 : a_line]]
        a_lines = [_MARKER.sub(r"\2", lines[a_line]), *lines[a_line + 1 : end]]
        if n + 1 == len(pairs):
            a_lines = _strip_footer(a_lines)
        question_paras = _paragraphs(q_lines)
        answer_paras = _paragraphs(a_lines)
        title = next_title
        next_title = ""
        if n + 1 < len(pairs) and len(answer_paras) > 1 and _looks_like_title(answer_paras[-1]):
            next_title = answer_paras.pop()
        if not question_paras:
            raise PageParseError(f"empty question on line {q_line + 1}")
        if not answer_paras:
            raise PageParseError(f"empty answer on line {a_line + 1}")
        question = "\n\n".join(question_paras)
        results.append(
            ParsedPair(
                title=title or derive_title(question),
                question=question,
                answer="\n\n".join(answer_paras),
                has_title=bool(title),
            )
        )
    return results


def _strip_footer(lines: list[str]) -> list[str]:
    """Cut the closing site chrome: everything from the first 'Post a question' line, then any
    boilerplate lines left at the end."""
    for i, line in enumerate(lines):
        if _fold(line).casefold() == "post a question":
            lines = lines[:i]
            break
    while lines and (not _fold(lines[-1]) or is_boilerplate(lines[-1])):
        lines = lines[:-1]
    return lines
