"""assistant.render: archive and user text shown literally, the quote marked in context."""

from __future__ import annotations

import re
import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assistant.render import (
    WORD_JOINER,
    escape_markdown,
    find_quote,
    highlight,
    markdown_link,
    quote_block,
    safe_url,
)

HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[click](javascript:alert(1))",
    "![x](https://evil.example/x.png)",
    "<a href='javascript:alert(1)'>x</a>",
    "&lt;script&gt;",
    ":orange-background[fake] :material/home: :smile:",
    "$\\frac{1}{2}$",
    "# Heading\n> quote\n- item\n1. one",
    "    indented code",
    "**bold** _it_ `code` ~~gone~~ | a | b |",
]


def unescape(md: str) -> str:
    """What CommonMark shows for text that is only backslash escapes and hard breaks."""
    md = md.replace("\\\n", "\n").replace(WORD_JOINER, "")
    return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", md)


def unescaped_specials(md: str) -> list[str]:
    """ASCII punctuation in ``md`` that is not preceded by a backslash escape."""
    out = []
    i = 0
    while i < len(md):
        ch = md[i]
        if ch == "\\" and i + 1 < len(md):
            i += 2
            continue
        if ch in string.punctuation:
            out.append(ch)
        i += 1
    return out


@pytest.mark.parametrize("text", HOSTILE)
def test_escape_markdown_leaves_no_live_syntax(text: str) -> None:
    md = escape_markdown(text)
    assert unescaped_specials(md) == []
    assert not re.search(r"(?<!\\)<", md)
    assert "](" not in md and "[click]" not in md


@pytest.mark.parametrize("text", HOSTILE)
def test_escape_markdown_shows_the_same_words(text: str) -> None:
    shown = unescape(escape_markdown(text))
    assert shown.split() == text.split()


def test_no_leading_spaces_so_no_code_block() -> None:
    md = escape_markdown("    indented\n\tand tabbed")
    assert all(not line.startswith((" ", "\t")) for line in md.split("\n"))


def test_paragraphs_kept_lines_become_hard_breaks() -> None:
    md = escape_markdown("one\ntwo\n\n\n\nthree")
    assert md == "one\\\ntwo\n\nthree"


def test_bare_addresses_do_not_autolink() -> None:
    md = escape_markdown("see www.nhs.uk or https://example.org or mail a@b.org")
    assert f"{WORD_JOINER}www" in md
    assert f"{WORD_JOINER}https" in md
    assert f"@{WORD_JOINER}" in md


def test_control_and_bidi_characters_are_dropped() -> None:
    assert "\u202e" not in escape_markdown("abc\u202edef\x00")


@given(st.text(max_size=300))
def test_escape_markdown_never_leaves_live_punctuation(text: str) -> None:
    md = escape_markdown(text)
    assert unescaped_specials(md) == []
    assert unescape(md).split() == escape_markdown_words(text)


def escape_markdown_words(text: str) -> list[str]:
    # escape_markdown drops control / bidi characters and folds spaces; words are otherwise kept.
    invisible = r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]"
    cleaned = re.sub(invisible, " ", text.replace("\t", " "))
    return cleaned.replace("\r", "\n").split()


ANSWER = (
    "We would hesitate to use the word 'normal' [sic].\n\n"
    "This can particularly be the case when someone is using a slightly heavier gauge needle.\n"
    "Such bruising can take a couple of weeks to disperse.\n\n"
    "If this does persist, see your GP."
)


def test_find_quote_ignores_white_space() -> None:
    span = find_quote(ANSWER, "heavier   gauge\nneedle. Such bruising")
    assert span is not None
    assert ANSWER[span[0] : span[1]].split() == ["heavier", "gauge", "needle.", "Such", "bruising"]
    assert find_quote(ANSWER, "not in the text") is None
    assert find_quote(ANSWER, "   ") is None


def test_highlight_marks_the_quote_in_context() -> None:
    quote = "This can particularly be the case when someone is using a slightly heavier gauge needle."
    md = highlight(ANSWER, quote)
    assert md.count(":orange-background[") == 1
    marked = md.split(":orange-background[", 1)[1]
    assert marked.startswith("This can particularly")
    assert "\\'normal\\' \\[sic\\]" in md  # the context is there, escaped
    assert "see your GP\\." in md


def test_highlight_bold_style_and_paragraph_spanning_quote() -> None:
    quote = "Such bruising can take a couple of weeks to disperse. If this does persist,"
    md = highlight(ANSWER, quote, style="bold")
    assert md.count("**") == 4  # one marked run per paragraph the quote touches
    assert "**Such bruising" in md and "**If this does persist\\,**" in md


def test_highlight_escapes_hostile_quote_and_text() -> None:
    text = "Before <script>alert(1)</script> [click](javascript:alert(1)) after."
    md = highlight(text, "<script>alert(1)</script> [click](javascript:alert(1))")
    before, rest = md.split(":orange-background[", 1)
    inner, after = rest.rsplit("]", 1)
    for part in (before, inner, after):
        assert unescaped_specials(part) == []
    assert unescape(inner) == "<script>alert(1)</script> [click](javascript:alert(1))"


def test_highlight_without_a_match_is_just_escaped() -> None:
    assert highlight("a *b*", "zzz") == escape_markdown("a *b*")


def test_highlight_rejects_unknown_style() -> None:
    with pytest.raises(ValueError):
        highlight("a", "a", style="blink")


def test_quote_block() -> None:
    assert quote_block("x [y]") == "> x \\[y\\]"
    assert quote_block("a > b\nc\n\nd") == "> a \\> b\\\n> c\n>\n> d"
    assert quote_block("x [y]", style="background") == ":orange-background[x \\[y\\]]"
    assert quote_block("x", style="bold") == "**x**"
    assert quote_block("  ") == ""
    with pytest.raises(ValueError):
        quote_block("x", style="blink")


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://example.org/ask-an-expert/x", True),
        ("http://example.org/a?b=1&c=(2)", True),
        ("javascript:alert(1)", False),
        ("JaVaScRiPt:alert(1)", False),
        ("data:text/html,<script>", False),
        ("//example.org/x", False),
        ("/relative", False),
        ("https://exa mple.org", False),
        ("https://", False),
        (None, False),
        ("", False),
    ],
)
def test_safe_url(url: str | None, ok: bool) -> None:
    result = safe_url(url)
    assert (result is not None) == ok
    if result:
        assert not set(result) & set("()<> \"'[]\\")


def test_markdown_link() -> None:
    assert (
        markdown_link("Open [it]", "https://example.org/a(b)")
        == "[Open \\[it\\]](https://example.org/a%28b%29)"
    )
    assert markdown_link("Open", "javascript:alert(1)") == "Open"
