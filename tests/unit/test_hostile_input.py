"""Hostile input: random bytes and unicode through every archive parser and the question path.

Each parser gives records (or rows and row errors) or its own clear parse error (PageParseError,
FactsheetParseError, ExportParseError: all ValueErrors), never another exception; ``load_archive``
never raises at all, whatever the folder holds; ``clean_question`` gives a cleaned string within
the limit or InputError."""

from __future__ import annotations

import json
import tempfile
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from assistant.chat import search_query
from assistant.errors import InputError
from assistant.retrieval import BM25Index
from assistant.text import clean_question
from corpus.exports import ExportParseError, parse_csv, parse_jsonl
from corpus.factsheets import FactsheetParseError, parse_factsheet
from corpus.load import load_archive
from corpus.pages import BOILERPLATE_LINES, PageParseError, parse_page
from embeddings.store import StoredPassage

PROPERTY = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Any code point, lone surrogates included (what a broken decoder or a hostile client can send).
ANY_CHAR = st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=())
ANY_TEXT = st.text(ANY_CHAR, max_size=400)
# Text from raw bytes the way a file reader would see it.
BYTES_AS_TEXT = st.binary(max_size=400).map(lambda b: b.decode("utf-8", errors="replace"))
LATIN1_TEXT = st.binary(max_size=400).map(lambda b: b.decode("latin-1"))

# Fragments that steer random pages into the parser's interesting paths.
PAGE_PIECES = st.sampled_from(
    [
        "Q:",
        "A:",
        "Q: ",
        "A:\u00a0",
        " Q:\t",
        "q:",
        "Q:Q:",
        "\n",
        "\n\n",
        "\r\n",
        "\r",
        "\u00a0",
        "Title line",
        "A sentence ends here.",
        "Post a question",
        "12 questions",
        "\u2028",
        "\x00",
        *sorted(BOILERPLATE_LINES),
    ]
)
PAGE_TEXT = st.lists(st.one_of(PAGE_PIECES, st.text(ANY_CHAR, max_size=12)), max_size=40).map("".join)

FACTSHEET_PIECES = st.sampled_from(
    [
        "---\n",
        "...\n",
        "title: T\n",
        "condition: C\n",
        "url: u\n",
        "updated: 2020-01-01\n",
        "updated: 2020-13-45\n",
        "updated: 2020-01-01 10:00:00\n",
        "title: [a, b]\n",
        "title: {a: 1}\n",
        "title: &a [x, x]\n",
        "condition: *a\n",
        "? [k]\n: v\n",
        "title: !!python/object:os.system x\n",
        "# Heading\n",
        "## Section\n",
        "### Sub\n",
        "text line\n",
        "\n",
        "\t",
        ": :",
        "- x\n",
        "'",
        '"',
        "[" * 50,
        "{a: " * 30,
    ]
)
FACTSHEET_TEXT = st.lists(st.one_of(FACTSHEET_PIECES, st.text(ANY_CHAR, max_size=10)), max_size=30).map(
    "".join
)

JSON_SCALAR = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(ANY_CHAR, max_size=20))
JSON_VALUE = st.recursive(
    JSON_SCALAR,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)
JSON_ROW = st.fixed_dictionaries(
    {},
    optional={
        "id": JSON_VALUE,
        "question": JSON_VALUE,
        "answer": JSON_VALUE,
        "title": JSON_VALUE,
        "category": JSON_VALUE,
        "date": JSON_VALUE,
        "url": JSON_VALUE,
    },
)
JSONL_TEXT = st.lists(
    st.one_of(JSON_ROW.map(json.dumps), JSON_VALUE.map(json.dumps), ANY_TEXT),
    max_size=8,
).map("\n".join)

CSV_CELL = st.one_of(
    st.sampled_from(
        ["id", "question", "answer", "title", "category", "date", "url", '"', '""', ",", "\n", "\r"]
    ),
    st.text(ANY_CHAR, max_size=10),
)
CSV_HEADER = "id,question,answer,category,url,date\n"
CSV_TEXT = st.lists(st.lists(CSV_CELL, max_size=6).map(",".join), max_size=8).map(
    lambda rows: CSV_HEADER + "\n".join(rows)
)


def _check_page(text: str) -> None:
    try:
        pairs = parse_page(text)
    except PageParseError as exc:
        assert str(exc)
        return
    assert pairs
    for pair in pairs:
        assert pair.question.strip() and pair.answer.strip() and pair.title


@PROPERTY
@given(st.one_of(ANY_TEXT, BYTES_AS_TEXT, LATIN1_TEXT, PAGE_TEXT))
@example("Q: a\nA: b")
@example("Q:\u00a0\u00a0x\n\nA:\u00a0y\n\nPost a question")
@example("Title\n\nQ: a\nA: b\n\nNext title\nQ: c\nA: d")
def test_parse_page_gives_pairs_or_a_parse_error(text: str) -> None:
    _check_page(text)


@PROPERTY
@given(st.one_of(ANY_TEXT, BYTES_AS_TEXT, FACTSHEET_TEXT, FACTSHEET_TEXT.map(lambda t: "---\n" + t)))
@example("---\n" + "[" * 5000 + "\n---\nbody")  # deep nesting: RecursionError inside PyYAML
@example("---\ntitle: " + "{a: " * 3000 + "\n---\nbody")
@example("---\ntitle: a\ncondition: b\nurl: c\nupdated: 2020-13-45\n---\n## x\ntext")  # impossible date
@example("---\ntitle: " + "9" * 5000 + "\ncondition: b\nurl: c\nupdated: 2020-01-01\n---\n## x\ny")
@example(  # an alias bomb: printing the title would expand 9**9 items
    "---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
    "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n"
    "g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\nh: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\ni: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]\n"
    "title: *i\ncondition: c\nurl: x\nupdated: 2020-01-01\n---\n## x\ny"
)
def test_parse_factsheet_gives_sections_or_a_parse_error(text: str) -> None:
    try:
        sheet = parse_factsheet(text)
    except FactsheetParseError as exc:
        assert str(exc)
        return
    assert sheet.title and sheet.condition and sheet.sections
    assert all(s.heading and s.text for s in sheet.sections)
    assert sheet.updated is None or len(sheet.updated) == 10  # an ISO date, never a date-time


def test_factsheet_datetime_becomes_a_date() -> None:
    sheet = parse_factsheet("---\ntitle: a\ncondition: b\nurl: c\nupdated: 2020-01-02 10:00:00\n---\n## x\ny")
    assert sheet.updated == "2020-01-02"


@PROPERTY
@given(st.one_of(ANY_TEXT, BYTES_AS_TEXT, JSONL_TEXT))
@example("[" * 100_000)  # RecursionError inside json
@example('{"id": ' + "9" * 5000 + ', "question": "q", "answer": "a"}')  # over the int digit limit
@example('{"id": 1, "question": "q", "answer": "a"}\n' + "{" * 50_000)
def test_parse_jsonl_gives_rows_or_a_parse_error(text: str) -> None:
    try:
        rows, errors = parse_jsonl(text)
    except ExportParseError as exc:
        assert str(exc)
        return
    assert rows or errors
    for row in rows:
        assert all(row.fields.get(c) for c in ("id", "question", "answer"))
    assert all(e.line >= 1 and e.reason for e in errors)


@PROPERTY
@given(st.one_of(ANY_TEXT, BYTES_AS_TEXT, CSV_TEXT))
@example('"' + "a" * 200_000 + '"\n')  # a header field over the csv module's limit
@example('id,question,answer\n1,"' + "a" * 200_000 + '",x\n')
@example('id,question,answer\n1,"unterminated\n')
@example("id,question,answer\n1,\x00,b\n")
def test_parse_csv_gives_rows_or_a_parse_error(text: str) -> None:
    try:
        rows, errors = parse_csv(text)
    except ExportParseError as exc:
        assert str(exc)
        return
    for row in rows:
        assert all(row.fields.get(c) for c in ("id", "question", "answer"))
    assert all(e.line >= 1 and e.reason for e in errors)


FILE_NAMES = st.sampled_from(
    ["a.txt", "b.md", "c.jsonl", "d.csv", "_meta.csv", "README.md", "e.TXT", "f.bin"]
)
FILE_BODIES = st.one_of(
    st.binary(max_size=300),
    PAGE_TEXT.map(lambda t: t.encode("utf-8", errors="surrogatepass")),
    FACTSHEET_TEXT.map(lambda t: ("---\n" + t).encode("utf-8", errors="surrogatepass")),
    JSONL_TEXT.map(lambda t: t.encode("utf-8", errors="surrogatepass")),
    CSV_TEXT.map(lambda t: t.encode("utf-8", errors="surrogatepass")),
    st.just(b"\xef\xbb\xbf"),  # a BOM alone
    st.just(("[" * 5000).encode()),
)


@PROPERTY
@given(
    st.lists(st.tuples(st.sampled_from(["", "general", "sub/deeper"]), FILE_NAMES, FILE_BODIES), max_size=6)
)
def test_load_archive_never_raises(files: list[tuple[str, str, bytes]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "archive"
        root.mkdir()
        for folder, name, body in files:
            (root / folder).mkdir(parents=True, exist_ok=True)
            (root / folder / name).write_bytes(body)
        result = load_archive([root, Path(tmp) / "missing"], lambda p: p.relative_to(tmp).as_posix())
    assert any(s.reason == "no such file or folder" for s in result.skipped)
    for record in result.records:
        assert record.id and record.question and record.answer and record.title
    assert len({r.id for r in result.records}) == len(result.records)


_CONTROL_CHARS = {chr(c) for c in [*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)]} | {
    *map(chr, range(0x200B, 0x2010)),
    *map(chr, range(0x202A, 0x202F)),
    *map(chr, range(0x2066, 0x206A)),
    "\ufeff",
}


@PROPERTY
@given(
    st.one_of(ANY_TEXT, BYTES_AS_TEXT, st.text(ANY_CHAR, min_size=1990, max_size=2100)),
    st.sampled_from([20, 2000]),
)
@example("\u202eevil\u202c question", 2000)
@example("   \n\t\r\n\x00  ", 2000)
@example("\ufffd" * 50, 2000)
@example("e\u0301" * 1500, 2000)  # NFC shrinks it under the limit
def test_clean_question_gives_clean_text_within_the_limit_or_input_error(text: str, limit: int) -> None:
    try:
        cleaned = clean_question(text, limit)
    except InputError as exc:
        assert str(exc)
        return
    assert isinstance(cleaned, str)
    assert 0 < len(cleaned) <= limit
    assert cleaned == cleaned.strip()
    assert "\r" not in cleaned and "\n\n" not in cleaned
    assert not (set(cleaned) & _CONTROL_CHARS - {"\n"})
    assert unicodedata.is_normalized("NFC", cleaned) or any(0xD800 <= ord(c) <= 0xDFFF for c in cleaned)
    assert clean_question(cleaned, limit) == cleaned  # cleaning is idempotent


@pytest.mark.parametrize("value", [None, 42, b"bytes", ["a list"]])
def test_clean_question_refuses_non_text(value: object) -> None:
    with pytest.raises(InputError):
        clean_question(value)  # type: ignore[arg-type]


def _passage(n: int, text: str) -> StoredPassage:
    return StoredPassage(
        id=f"p{n}", record_id=f"r{n}", source=f"s{n}", kind="answer", text=text, quote=text, record={}
    )


_BM25 = BM25Index(
    [
        _passage(0, "Bruising after acupuncture usually fades within a few days."),
        _passage(1, "Acupuncture while taking warfarin: tell your practitioner."),
        _passage(2, "Needles are single-use, sterile and disposable."),
    ]
)


@PROPERTY
@given(ANY_TEXT, st.lists(ANY_TEXT, max_size=3))
def test_the_search_path_takes_any_cleaned_question(text: str, history: list[str]) -> None:
    try:
        question = clean_question(text)
    except InputError:
        return
    query = search_query(question, history)
    assert question in query
    hits = _BM25.search(query, 5)
    assert all(score > 0 for _, score in hits)
