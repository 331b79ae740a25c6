"""The public surface, pinned: changing it is a decision, not an accident."""

from __future__ import annotations

import dataclasses

import assistant
from assistant.answers import Answer, Citation


def test_public_names() -> None:
    assert sorted(assistant.__all__) == [
        "Answer",
        "ArchiveAssistant",
        "AssistantError",
        "Citation",
        "ConfigError",
        "CorpusError",
        "Decision",
        "InputError",
        "QueueError",
        "SafetyLevel",
        "Settings",
        "StoreError",
        "build_index",
    ]


def test_ask_json_contract() -> None:
    citation = Citation(
        source="corpus/archive/pages/general/a.txt",
        id="corpus/archive/pages/general/a.txt#1",
        title="T",
        kind="qa",
        url=None,
        score=0.812345,
        quote="q",
    )
    answer = Answer(question="Q?", decision="answer", safety="none", reason="r", citations=(citation,))
    data = answer.to_json()
    assert {"question", "decision", "safety", "reason", "citations"} <= set(data)
    assert data["citations"][0].keys() >= {"source", "id", "title", "kind", "url", "score", "quote"}
    assert data["citations"][0]["score"] == 0.8123
    assert dataclasses.is_dataclass(answer) and answer.__dataclass_params__.frozen  # type: ignore[attr-defined]


def test_errors_share_one_base() -> None:
    for name in ("ConfigError", "CorpusError", "InputError", "QueueError", "StoreError"):
        assert issubclass(getattr(assistant, name), assistant.AssistantError)
