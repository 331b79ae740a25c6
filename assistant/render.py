"""Showing archive and user text safely in Streamlit Markdown.

Everything a patient types and everything that comes from the archive is *data*: it must appear
literally, never as live HTML, a Markdown link, an image, a heading, LaTeX or a Streamlit directive.
``escape_markdown`` backslash-escapes every ASCII punctuation character (CommonMark allows that for
all of them, so the rendered text is unchanged) and flattens what Markdown reads from layout
(indentation, which would start a code block). Only Markdown we write ourselves is added around
the escaped text, e.g. the highlight in ``highlight``."""

from __future__ import annotations

import re
import string
from urllib.parse import quote, urlsplit

_PUNCTUATION = frozenset(string.punctuation)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_SPACES = re.compile(r"[ \t\u00a0\u2007\u202f\u3000]+")
_INVISIBLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_MANY_BREAKS = re.compile(r"\n{3,}")
# GFM turns bare web and e-mail addresses into live links even when their punctuation is escaped.
# A WORD JOINER (invisible, zero width) where the autolink would start stops that.
_AUTOLINK_START = re.compile(r"(?i)(?=https?://|www\.)")
WORD_JOINER = "\u2060"

HIGHLIGHT_STYLES = ("background", "bold")


def _normalise(text: str) -> str:
    """Unify line ends, drop control and bidi-override characters, fold spaces, strip each line.

    Leading spaces would make an indented code block, and a run of blank lines means no more than
    one paragraph break, so neither survives; the words and the paragraphs do."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub(" ", text.replace("\t", " "))
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _MANY_BREAKS.sub("\n\n", "\n".join(lines)).strip("\n")


def _escape_chars(text: str) -> str:
    """Backslash-escape ASCII punctuation, stop autolinks, and keep single line breaks (a paragraph
    break stays a paragraph break; a lone line end becomes a hard break instead of a space)."""
    text = _AUTOLINK_START.sub(WORD_JOINER, text).replace("@", "@" + WORD_JOINER)
    escaped = "".join("\\" + ch if ch in _PUNCTUATION else ch for ch in text)
    return "\n\n".join(para.replace("\n", "\\\n") for para in escaped.split("\n\n"))


def escape_markdown(text: str) -> str:
    """``text`` as Markdown source that ``st.markdown`` shows literally.

    Escapes Markdown syntax (``* _ [ ] ( ) # > | ~`` …), HTML (``< > &``), LaTeX (``$``) and
    Streamlit's own ``:directive[...]`` / ``:emoji:`` syntax (``:``); bare ``www.``/``http://``
    addresses and e-mail addresses get an invisible WORD JOINER so they don't become links.
    Paragraph breaks are kept and single line breaks become hard breaks."""
    return _escape_chars(_normalise(text))


def _mark(escaped: str, style: str) -> str:
    if style == "bold":
        return f"**{escaped}**"
    return f":orange-background[{escaped}]"


def find_quote(text: str, quote: str) -> tuple[int, int] | None:
    """Where ``quote`` occurs in ``text``, ignoring differences in white space; None if it doesn't."""
    words = quote.split()
    if not words:
        return None
    pattern = r"\s+".join(re.escape(w) for w in words)
    found = re.search(pattern, text)
    if found is None:
        found = re.search(pattern, text, re.IGNORECASE)
    return (found.start(), found.end()) if found else None


def highlight(text: str, quote: str, *, style: str = "background") -> str:
    """Escaped Markdown of ``text`` with ``quote`` (the passage that matters) marked.

    ``style`` is ``"background"`` (Streamlit's ``:orange-background[...]``) or ``"bold"``
    (``**...**``). A quote spanning paragraphs is marked paragraph by paragraph. If the quote is
    not in the text, the text is returned escaped and unmarked."""
    if style not in HIGHLIGHT_STYLES:
        raise ValueError(f"unknown highlight style {style!r}; use one of {HIGHLIGHT_STYLES}")
    clean = _normalise(text)
    span = find_quote(clean, _normalise(quote))
    if span is None:
        return _escape_chars(clean)
    start, end = span
    # Marked runs: from the quote's start to each paragraph break inside it, then on to its end.
    out: list[str] = [_escape_chars(clean[:start])]
    cursor = start
    for brk in _PARAGRAPH_BREAK.finditer(clean, start, end):
        out.append(_mark(_escape_chars(clean[cursor : brk.start()]), style))
        out.append("\n\n")
        cursor = brk.end()
    out.append(_mark(_escape_chars(clean[cursor:end]), style))
    out.append(_escape_chars(clean[end:]))
    return "".join(out)


def quote_block(quote: str, *, style: str = "blockquote") -> str:
    """The quote alone as escaped Markdown: a block quote (``style="blockquote"``), or marked like
    ``highlight`` marks it in context (``"background"`` or ``"bold"``)."""
    clean = _normalise(quote)
    if not clean:
        return ""
    paragraphs = [p for p in _PARAGRAPH_BREAK.split(clean) if p.strip()]
    if style == "blockquote":
        lines = "\n>\n".join(_escape_chars(p) for p in paragraphs).split("\n")
        return "\n".join(line if line.startswith(">") else f"> {line}" for line in lines)
    if style not in HIGHLIGHT_STYLES:
        raise ValueError(f"unknown quote style {style!r}")
    return "\n\n".join(_mark(_escape_chars(p), style) for p in paragraphs)


def safe_url(url: str | None) -> str | None:
    """``url`` if it is an ordinary http(s) address, percent-encoded so it can't break out of a
    Markdown link; None for anything else (``javascript:``, ``data:``, relative, malformed)."""
    if not url:
        return None
    url = url.strip()
    if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return quote(url, safe="/:?#@!$&*+,;=%~-._")


def markdown_link(label: str, url: str | None) -> str:
    """A Markdown link with an escaped label, or just the escaped label if the URL is not safe."""
    target = safe_url(url)
    if target is None:
        return escape_markdown(label)
    return f"[{escape_markdown(label)}]({target})"
