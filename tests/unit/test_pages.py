from __future__ import annotations

from pathlib import Path

import pytest

from corpus.load import load_archive
from corpus.pages import BOILERPLATE_LINES, PageParseError, parse_page
from tests.conftest import SEED_PATH

SEED_QUESTION = (
    "I had an acupuncture session to help with my lower back pain and when the needles were inserted "
    "into my lower back my bum area I had a spasm in my leg. I also had pain in the other side where the "
    "other needle was all the rest seems to be fine. When I spoke to the practitioner he said this was "
    "normal as he had use larger Needles. It has now been over two weeks and I\u2019m still suffering from "
    "pain at the side of the needle insertion and also from shooting pains and pins and needles especially "
    "in the side where the spasm occurred. Please help me is this normal as I have used acupuncture as "
    "treatment for my ME and migratory arthritis previously and have never experienced this."
)

FOOTER = (
    "Post a question\n\nIf you have any questions about acupuncture, browse our archive or ask an expert.\n\n"
    "Ask an expert\n\nBAcC Factsheets\n\nResearch based factsheets have been prepared for over 60 "
    "conditions especially for this website\n\nBrowse the facts"
)


def test_seed_page_fields_exact() -> None:
    [pair] = parse_page(SEED_PATH.read_text(encoding="utf-8"))
    assert pair.title == "Pain after acupuncture for lower back pain"
    assert pair.has_title
    assert pair.question == SEED_QUESTION
    paragraphs = pair.answer.split("\n\n")
    assert len(paragraphs) == 4
    assert paragraphs[0].startswith("We would hesitate to use the word 'normal'")
    assert "small bruises deep within the tissue" in paragraphs[1]  # nbsp run folded
    assert paragraphs[3].endswith("there is no recurrence of such unpleasant symptoms.")
    assert "\u00a0" not in pair.question + pair.answer


def test_seed_boilerplate_is_gone() -> None:
    [pair] = parse_page(SEED_PATH.read_text(encoding="utf-8"))
    text = "\n".join([pair.title, pair.question, pair.answer]).casefold()
    for line in BOILERPLATE_LINES:
        assert line not in text.split("\n")
    for phrase in ("find an acupuncturist", "browse the facts", "bacc factsheets", "post a question"):
        assert phrase not in text


@pytest.mark.parametrize("marker", ["\u00a0 ", " ", "\u00a0", "", "  \u00a0"])
def test_markers_with_any_space(marker: str) -> None:
    page = f"Find an acupuncturist...\n\nTitle here\n\nQ:{marker}Is it safe?\n\nA:{marker}Yes, it is.\n\n{FOOTER}"
    [pair] = parse_page(page)
    assert (pair.title, pair.question, pair.answer) == ("Title here", "Is it safe?", "Yes, it is.")


def test_page_without_title_derives_one() -> None:
    page = f"Find an acupuncturist...\n\nQ: Does acupuncture hurt much? I am a wimp.\n\nA: Not usually.\n\n{FOOTER}"
    [pair] = parse_page(page)
    assert not pair.has_title
    assert pair.title == "Does acupuncture hurt much?"


LISTING = f"""Find an acupuncturist...

Member login

Back, neck and joint pain

Latest posts are at the bottom of this page.

Use the filter buttons above to find questions on a topic.

3 questions

Heel pain in the morning

Q:\u00a0 My heel hurts when I get up. Can acupuncture help?

A:\u00a0 It may help some people.

See your GP if it lasts.

Tingling fingers at night

Q:\u00a0 My fingers tingle at night.

A:\u00a0 This can be carpal tunnel syndrome.

Is it worth trying for a pulled hamstring?

Q: I pulled my hamstring playing football.

A: Rest first, then gentle treatment may help (ask your physio).

{FOOTER}"""


def test_listing_page_yields_one_record_per_pair() -> None:
    pairs = parse_page(LISTING)
    assert [p.title for p in pairs] == [
        "Heel pain in the morning",
        "Tingling fingers at night",
        "Is it worth trying for a pulled hamstring?",
    ]
    assert pairs[0].answer == "It may help some people.\n\nSee your GP if it lasts."
    assert pairs[1].question == "My fingers tingle at night."
    assert pairs[2].answer == "Rest first, then gentle treatment may help (ask your physio)."
    for pair in pairs:
        assert "questions" not in pair.title and "Member login" not in pair.answer


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Find an acupuncturist...\n\nJust some text with no markers.", "no Q/A found"),
        ("Q: A question without an answer?\n\nPost a question", "has no answer"),
        ("A: An answer without a question.", "no Q/A found"),
        ("Q: one?\n\nQ: two?\n\nA: answer.", "has no answer"),
        ("Q: Is this empty?\n\nA:\u00a0\n\nPost a question\n\nBrowse the facts", "empty answer"),
    ],
)
def test_broken_pages_raise_with_reason(text: str, reason: str) -> None:
    with pytest.raises(PageParseError, match=reason):
        parse_page(text)


def test_loader_reports_bad_files_and_keeps_the_rest(tmp_path: Path) -> None:
    good = tmp_path / "general" / "good.txt"
    good.parent.mkdir()
    good.write_text(f"Find an acupuncturist...\n\nGood\n\nQ: Fine?\n\nA: Yes.\n\n{FOOTER}", encoding="utf-8")
    (tmp_path / "general" / "latin1.txt").write_bytes("Q: caf\xe9?\n\nA: oui.".encode("latin-1"))
    (tmp_path / "general" / "binary.txt").write_bytes(b"\x00\x01\x02Q: x")
    (tmp_path / "general" / "nothing.txt").write_text("no markers here", encoding="utf-8")
    (tmp_path / "general" / "empty.txt").write_text("  \n", encoding="utf-8")
    result = load_archive([tmp_path], lambda p: p.relative_to(tmp_path).as_posix())
    assert [r.source for r in result.records] == ["general/good.txt"]
    assert result.records[0].category == "General"
    reasons = {s.path: s.reason for s in result.skipped}
    assert reasons["general/latin1.txt"].startswith("not UTF-8")
    assert reasons["general/binary.txt"].startswith("binary file")
    assert reasons["general/nothing.txt"].startswith("no Q/A found")
    assert reasons["general/empty.txt"] == "empty file"


def test_identical_texts_are_kept_once(tmp_path: Path) -> None:
    page = f"Find an acupuncturist...\n\nSame\n\nQ: Same question?\n\nA: Same answer.\n\n{FOOTER}"
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(page, encoding="utf-8")
    result = load_archive([tmp_path], lambda p: p.name)
    assert [r.source for r in result.records] == ["a.txt"]
    assert [(d.path, d.reason) for d in result.duplicates] == [("b.txt#1", "same text as a.txt#1")]


def test_meta_csv_gives_date_and_url(tmp_path: Path) -> None:
    folder = tmp_path / "arthritis"
    folder.mkdir()
    (folder / "knee.txt").write_text(f"Q: Knee?\n\nA: Yes.\n\n{FOOTER}", encoding="utf-8")
    (folder / "_meta.csv").write_text(
        "file,date,url\nknee.txt,2020-02-03,https://example.org/k\n", encoding="utf-8"
    )
    [record] = load_archive([tmp_path], lambda p: p.name).records
    assert (record.date, record.url, record.category) == ("2020-02-03", "https://example.org/k", "Arthritis")
