"""Question-set loading: the format, defaults, and every refusal with its file:line."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from assistant.errors import InputError
from eval.sets import EvalItem, check_sources, load_set, load_sets

S1 = "corpus/archive/pages/side-effects-and-safety/000_44b55cc1c08e95fb.txt"
S2 = "corpus/archive/factsheets/migraine.md"
KNOWN = {S1, S2}


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def jsonl(*objs: object) -> str:
    return "".join((o if isinstance(o, str) else json.dumps(o)) + "\n" for o in objs)


def refused(path: Path, known: set[str] | None = KNOWN) -> str:
    with pytest.raises(InputError) as info:
        load_set(path, known)
    return str(info.value)


def test_full_item_and_defaults(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "dev.jsonl",
        jsonl(
            {
                "id": "q1",
                "question": "Is bruising normal?",
                "expected_sources": [S1, S1],
                "expected_decision": "answer",
                "expected_safety": "none",
                "tags": ["bruising", "side-effects"],
                "history": ["I had acupuncture yesterday"],
            },
            "",
            "# a comment line",
            {"question": "Can it help migraine?", "expected_sources": [S2]},
            {"question": "What about my cat?"},
        ),
    )
    items = load_set(path, KNOWN)
    assert items[0] == EvalItem(
        id="q1",
        question="Is bruising normal?",
        expected_sources=(S1,),
        expected_decision="answer",
        expected_safety="none",
        tags=("bruising", "side-effects"),
        history=("I had acupuncture yesterday",),
        set_name="dev",
        origin=f"{path}:1",
    )
    assert items[1].id == "dev:4"  # default id: <file stem>:<line>
    assert items[1].expected_decision == "answer"  # sources without a decision: an answer is expected
    assert items[2].id == "dev:5"
    assert items[2].expected_decision is None  # nothing expected: decision not scored
    assert items[2].expected_sources == () and items[2].tags == () and items[2].history == ()


def test_known_sources_none_skips_the_index_check(tmp_path: Path) -> None:
    path = write(tmp_path, "dev.jsonl", jsonl({"question": "q", "expected_sources": ["nowhere.txt"]}))
    assert load_set(path, None)[0].expected_sources == ("nowhere.txt",)


@pytest.mark.parametrize(
    ("lines", "line", "reason"),
    [
        ([{"question": "ok"}, "{not json"], 2, "invalid JSON"),
        ([{"question": "ok"}, '["a list"]'], 2, "expected an object with a 'question', got a list"),
        (['"just a string"'], 1, "expected an object with a 'question', got a string"),
        ([{"id": "x"}], 1, "missing 'question'"),
        ([{"question": "   "}], 1, "'question' is empty"),
        ([{"question": 42}], 1, "'question' must be a string, got a number"),
        ([{"question": None}], 1, "'question' must be a string, got null"),
        ([{"question": "ok"}, {"quesiton": "typo"}], 2, "unknown key 'quesiton' (did you mean 'question'?)"),
        ([{"question": "ok", "notes": "x"}], 1, "unknown key 'notes'"),
        ([{"question": "ok", "id": 3}], 1, "'id' must be a string, got a number"),
        ([{"question": "ok", "id": ""}], 1, "'id' is empty"),
        (
            [{"question": "ok", "expected_sources": S1}],
            1,
            "'expected_sources' must be a list of strings, got a string",
        ),
        ([{"question": "ok", "tags": ["a", 1]}], 1, "'tags' must be a list of strings, found a number"),
        ([{"question": "ok", "tags": [""]}], 1, "'tags' holds an empty string"),
        ([{"question": "ok", "history": "earlier"}], 1, "'history' must be a list of strings, got a string"),
        (
            [{"question": "ok", "history": [{"role": "user"}]}],
            1,
            "'history' must be a list of strings, found an object",
        ),
        (
            [{"question": "ok", "expected_decision": "anwser"}],
            1,
            "'expected_decision' must be one of answer, ask_expert, emergency, not 'anwser'",
        ),
        (
            [{"question": "ok", "expected_decision": None}],
            1,
            "'expected_decision' is null; leave it out instead",
        ),
        (
            [{"question": "ok", "expected_safety": "high"}],
            1,
            "'expected_safety' must be one of none, caution, urgent, emergency, not 'high'",
        ),
        (
            [{"question": "a"}, {"question": "b", "expected_sources": ["corpus/nope.md"]}],
            2,
            "expected source 'corpus/nope.md' is not in the index",
        ),
        (
            [{"id": "x", "question": "a"}, {"question": "b"}, {"id": "x", "question": "c"}],
            3,
            "duplicate id 'x'",
        ),
    ],
)
def test_malformed_jsonl_is_refused_with_file_and_line(
    tmp_path: Path, lines: list[object], line: int, reason: str
) -> None:
    path = write(tmp_path, "dev.jsonl", jsonl(*lines))
    message = refused(path)
    assert message.startswith(f"{path}:{line}: {reason}"), message


def test_line_numbers_count_blank_and_comment_lines(tmp_path: Path) -> None:
    path = write(tmp_path, "dev.jsonl", jsonl({"question": "a"}, "", "# note", {"quesiton": "b"}))
    assert refused(path).startswith(f"{path}:4: unknown key 'quesiton'")


def test_source_suggestion(tmp_path: Path) -> None:
    path = write(
        tmp_path, "dev.jsonl", jsonl({"question": "a", "expected_sources": [S2.replace(".md", ".txt")]})
    )
    assert f"did you mean '{S2}'" in refused(path)


def test_empty_set_unsupported_suffix_and_unreadable(tmp_path: Path) -> None:
    empty = write(tmp_path, "empty.jsonl", "\n# nothing\n")
    assert refused(empty) == f"{empty}: the set has no questions"
    other = write(tmp_path, "dev.csv", "question\n")
    assert "unsupported set format '.csv'" in refused(other)
    missing = tmp_path / "missing.jsonl"
    assert refused(missing).startswith(f"{missing}: cannot read the set")
    binary = tmp_path / "bin.jsonl"
    binary.write_bytes(b'{"question": "a"}\n\xff\xfe\n')
    assert refused(binary) == f"{binary}:2: not UTF-8 text"


def test_yaml_is_accepted(tmp_path: Path) -> None:
    text = f"""# a YAML set
- id: y1
  question: Is bruising normal?
  expected_sources: [{S1}]
  tags: [bruising]

- question: And how long does it last?
  history:
    - Is bruising normal?
  expected_decision: answer
"""
    for suffix in (".yaml", ".yml"):
        path = write(tmp_path, f"multiturn{suffix}", text)
        items = load_set(path, KNOWN)
        assert [i.id for i in items] == ["y1", "multiturn:7"]  # default id uses the item's first line
        assert items[0].expected_sources == (S1,) and items[0].expected_decision == "answer"
        assert items[1].history == ("Is bruising normal?",)
        assert items[1].origin == f"{path}:7"


def test_yaml_errors_name_the_line(tmp_path: Path) -> None:
    bad_key = write(tmp_path, "s.yaml", "- question: a\n- question: b\n  expected_decison: answer\n")
    assert refused(bad_key).startswith(
        f"{bad_key}:3: unknown key 'expected_decison' (did you mean 'expected_decision'?)"
    )
    bad_type = write(tmp_path, "t.yaml", "- question: a\n  tags: solo\n")
    assert refused(bad_type).startswith(f"{bad_type}:2: 'tags' must be a list of strings, got a string")
    missing = write(tmp_path, "m.yaml", "- question: a\n- id: b\n  tags: [x]\n")
    assert refused(missing).startswith(f"{missing}:2: missing 'question'")
    syntax = write(tmp_path, "x.yaml", "- question: a\n- question: [unclosed\n")
    assert refused(syntax).startswith(f"{syntax}:3: invalid YAML")
    not_list = write(tmp_path, "n.yaml", "question: a\n")
    assert refused(not_list).startswith(f"{not_list}:1: a YAML set must be a list of questions")
    scalar_item = write(tmp_path, "i.yaml", "- question: a\n- just text\n")
    assert refused(scalar_item).startswith(
        f"{scalar_item}:2: expected an object with a 'question', got a string"
    )
    empty = write(tmp_path, "e.yaml", "# nothing yet\n")
    assert refused(empty) == f"{empty}: the set has no questions"


def test_load_sets_checks_ids_across_files(tmp_path: Path) -> None:
    a = write(tmp_path, "a.jsonl", jsonl({"id": "same", "question": "x"}))
    b = write(tmp_path, "b.jsonl", jsonl({"question": "y"}, {"id": "same", "question": "z"}))
    with pytest.raises(
        InputError, match=rf"^{re.escape(str(b))}:2: duplicate id 'same' \(also at {re.escape(str(a))}:1\)"
    ):
        load_sets([a, b])
    assert [i.id for i in load_sets([a])] == ["same"]


def test_check_sources_names_the_item(tmp_path: Path) -> None:
    path = write(tmp_path, "dev.jsonl", jsonl({"question": "a"}, {"question": "b", "expected_sources": [S1]}))
    items = load_set(path)
    check_sources(items, KNOWN)
    with pytest.raises(InputError, match=rf"^{re.escape(str(path))}:2: expected source"):
        check_sources(items, {S2})
