from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpus.exports import ExportParseError, parse_csv
from corpus.factsheets import FactsheetParseError, parse_factsheet
from corpus.load import load_archive

SHEET = """---
title: Acupuncture and hay fever
condition: Allergic rhinitis
url: https://example.org/factsheets/hay-fever
updated: 2023-04-01
---

# Acupuncture and hay fever

A short introduction.

## The condition
Hay fever is an allergy
to pollen.

## What the research shows
Some trials found a small benefit.

Others did not.
"""


def test_factsheet_split_by_section() -> None:
    sheet = parse_factsheet(SHEET)
    assert (sheet.title, sheet.condition, sheet.updated) == (
        "Acupuncture and hay fever",
        "Allergic rhinitis",
        "2023-04-01",
    )
    assert [s.heading for s in sheet.sections] == ["Overview", "The condition", "What the research shows"]
    assert sheet.sections[1].text == "Hay fever is an allergy to pollen."
    assert sheet.sections[2].text == "Some trials found a small benefit.\n\nOthers did not."


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("# No front matter\n\n## A\ntext", "no front matter"),
        ("---\ntitle: x\n", "not closed"),
        ("---\ntitle: [unclosed\n---\n## A\ntext", "not valid YAML"),
        ("---\ntitle: x\ncondition: y\nurl: u\n---\n## A\ntext", "lacks updated"),
        ("---\ntitle: x\ncondition: y\nurl: u\nupdated: soon\n---\n## A\ntext", "not a date"),
        ("---\ntitle: x\ncondition: y\nurl: u\nupdated: 2020-01-01\n---\n", "no text"),
    ],
)
def test_broken_factsheets(text: str, reason: str) -> None:
    with pytest.raises(FactsheetParseError, match=reason):
        parse_factsheet(text)


def test_factsheet_records(tmp_path: Path) -> None:
    (tmp_path / "hay-fever.md").write_text(SHEET, encoding="utf-8")
    records = load_archive([tmp_path], lambda p: p.name).records
    assert [r.id for r in records] == [
        "hay-fever.md#overview",
        "hay-fever.md#the-condition",
        "hay-fever.md#what-the-research-shows",
    ]
    assert {r.kind for r in records} == {"factsheet"}
    assert (
        records[1].section == "The condition" and records[1].url == "https://example.org/factsheets/hay-fever"
    )


def test_jsonl_export_with_a_bad_line(tmp_path: Path) -> None:
    rows = [
        {
            "id": "17",
            "question": "Can I have acupuncture on warfarin?",
            "answer": "Usually yes.",
            "category": "long-term-conditions-and-medicines",
            "url": "https://example.org/17",
            "date": "2021-05-01",
        },
        {"id": "18", "question": "", "answer": "No question here."},
    ]
    path = tmp_path / "export.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n{broken\n", encoding="utf-8")
    result = load_archive([tmp_path], lambda p: p.name)
    [record] = result.records
    assert (record.id, record.category, record.title) == (
        "export.jsonl#17",
        "Long-term conditions and medicines",
        "Can I have acupuncture on warfarin?",
    )
    assert [(s.path, s.reason) for s in result.skipped] == [
        ("export.jsonl:2", "missing question"),
        ("export.jsonl:3", "not valid JSON (Expecting property name enclosed in double quotes)"),
    ]


def test_csv_export(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text(
        'id,question,answer,category,url,date\n1,"Is it, like, safe?",Yes.,general,,\n', encoding="utf-8"
    )
    [record] = load_archive([tmp_path], lambda p: p.name).records
    assert (record.question, record.url, record.category) == ("Is it, like, safe?", None, "General")


def test_csv_without_required_columns() -> None:
    with pytest.raises(ExportParseError, match="lacks answer"):
        parse_csv("id,question\n1,q\n")
