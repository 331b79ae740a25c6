"""The patients' chat page through Streamlit's AppTest, on the real stack (MiniLM, embedded Chroma).

All tests share one set of temp folders, so the app's cached assistant (and the index it builds on
first load) is made once for the module."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest
from streamlit.testing.v1.element_tree import Block, Expander, Node

from assistant.errors import QueueError
from assistant.query_log import QueryLog
from assistant.settings import REPO_ROOT, Settings

pytestmark = pytest.mark.integration

APP = REPO_ROOT / "app.py"
SEED_TITLE = "Pain after acupuncture for lower back pain"
SEED_PARAPHRASE = "shooting pains and pins and needles two weeks after acupuncture in my lower back"
SEED_ANSWERED = (
    "I've had shooting pains and pins and needles since acupuncture on my lower back, is that normal?"
)
NEW_QUESTION = "Can acupuncture fix a broken laptop screen?"
EMERGENCY = "I had needles in my upper back this morning and now I have chest pain and can't breathe properly"
HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[click](javascript:alert(1))",
]
# Text elements whose body Streamlit renders as Markdown.
MARKDOWN_TYPES = (
    "markdown",
    "caption",
    "error",
    "warning",
    "info",
    "success",
    "title",
    "header",
    "subheader",
)
LIVE = re.compile(r"(?<!\\)<\s*/?\s*(?:script|img|a|iframe|svg)\b|(?<!\\)\]\(\s*javascript:|(?<!\\)!\[", re.I)


@pytest.fixture(scope="module")
def index_dirs(tmp_path_factory: pytest.TempPathFactory, shared_cache: Path) -> dict[str, Path]:
    tmp = tmp_path_factory.mktemp("app")
    return {"ASSISTANT_CHROMA_DIR": tmp / "chroma", "ASSISTANT_EMBEDDING_CACHE": shared_cache}


@pytest.fixture
def settings(index_dirs: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """The app's environment: one index for the module (built by the app on its first load, then
    cached in the process), and fresh expert-queue and query-log folders for each test."""
    for name, path in {**index_dirs, "ASSISTANT_DATA_DIR": tmp_path / "data"}.items():
        monkeypatch.setenv(name, str(path))
    return Settings()


def start() -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=120)
    at.run()
    assert not at.exception
    return at


def ask(at: AppTest, text: str) -> AppTest:
    at.chat_input(key="chat_input").set_value(text).run()
    assert not at.exception
    return at


def texts(node: Block | AppTest, *types: str) -> list[str]:
    root = node if isinstance(node, Block) else node._tree
    return [str(n.value) for n in root if getattr(n, "type", None) in (types or MARKDOWN_TYPES)]


def elements(block: Block) -> list[Node]:
    return [n for n in block if not isinstance(n, Block)]


def reply(at: AppTest, n: int = -1) -> Block:
    assistants = [m for m in at.chat_message if m.name == "assistant"]
    return assistants[n]


def titles(block: Block) -> list[str]:
    return [t for t in texts(block, "markdown") if re.match(r"^\*\*\d+\\\. ", t)]


def test_page_loads_with_the_logging_note(settings: Settings) -> None:
    at = start()
    assert at.title[0].value == "Ask the acupuncture archive"
    assert any("What we log" in c.value and "contact details" in c.value for c in at.caption)
    assert not at.chat_message
    assert at.chat_input(key="chat_input")


def test_archive_question_shows_the_right_citation(settings: Settings) -> None:
    at = ask(start(), SEED_PARAPHRASE)
    [exchange] = at.session_state["conversation"]
    # "two weeks after" reads as a lasting after-effect (urgent): GP/111 first, then related answers.
    assert exchange.answer.decision != "emergency"
    answer = reply(at)
    first = titles(answer)[0]
    assert SEED_TITLE in first
    body = texts(answer)
    assert any("not a diagnosis" in t for t in body)
    assert any(t.startswith(":orange-background[") for t in body)  # the passage that matters
    expanders = [e for e in answer if isinstance(e, Expander)]
    assert expanders and expanders[0].label == "Read the full answer"
    inside = texts(expanders[0], "markdown")
    assert any("migratory arthritis" in t for t in inside)  # the whole archived question
    assert any("pins and needles" in t and ":orange-background[" in t for t in inside)  # quote in context
    assert any("Open the original" in t and "](https://" in t for t in texts(answer, "caption"))


def test_answer_leads_in_then_cites(settings: Settings) -> None:
    at = ask(start(), SEED_ANSWERED)
    [exchange] = at.session_state["conversation"]
    assert (exchange.answer.decision, exchange.answer.safety) == ("answer", "none")
    shown = elements(reply(at))
    assert shown[0].type == "markdown" and shown[0].value == exchange.answer.message
    assert SEED_TITLE in titles(reply(at))[0]
    assert not at.text_area  # no hand-off form for an answered question
    assert at.feedback(key="feedback_0")


def test_urgent_puts_gp_and_form_before_related_answers(settings: Settings) -> None:
    from assistant.messages import URGENT_RELATED_HEADING

    at = ask(start(), SEED_PARAPHRASE)
    [exchange] = at.session_state["conversation"]
    if exchange.answer.safety != "urgent":
        pytest.skip("the safety classifier no longer reads this paraphrase as urgent")
    shown = elements(reply(at))
    kinds = [n.type for n in shown]
    assert kinds[0] == "warning"
    assert "111" in shown[0].value or "GP" in shown[0].value
    form_at = kinds.index("text_area")
    heading_at = next(
        i for i, n in enumerate(shown) if URGENT_RELATED_HEADING in str(getattr(n, "value", ""))
    )
    title_at = next(i for i, n in enumerate(shown) if SEED_TITLE in str(getattr(n, "value", "")))
    assert 0 < form_at < heading_at < title_at


def test_follow_up_uses_the_conversation_then_new_conversation_clears_it(settings: Settings) -> None:
    at = ask(start(), SEED_PARAPHRASE)
    ask(at, "how long will that last?")
    first, second = at.session_state["conversation"]
    assert second.answer.search_query.startswith(first.question)
    assert any(SEED_TITLE in t for t in titles(reply(at)))

    at.button(key="new_conversation").click().run()
    assert not at.exception
    assert not at.chat_message
    assert at.session_state["conversation"] == []
    ask(at, "how long will that last?")
    [alone] = at.session_state["conversation"]
    assert alone.answer.search_query == "how long will that last?"


def test_new_question_hands_off_and_the_form_stores_it(settings: Settings) -> None:
    from assistant.expert_queue import ExpertQueue

    at = ask(start(), NEW_QUESTION)
    assert at.session_state["conversation"][0].answer.decision == "ask_expert"
    assert not titles(reply(at))
    assert at.text_area(key="expert_question").value == NEW_QUESTION
    assert at.text_input(key="expert_contact").value == ""
    assert any("What we keep" in t for t in texts(at, "caption"))

    # Without consent nothing is sent.
    at.button(key="expert_send").click().run()
    assert not at.exception
    assert any("not sent" in e.value for e in at.error)
    assert ExpertQueue(settings.queue_db).list() == []

    at.text_input(key="expert_contact").input("me@example.org")
    at.checkbox(key="expert_consent").check()
    at.button(key="expert_send").click().run()
    assert not at.exception
    rows = ExpertQueue(settings.queue_db).list()
    assert len(rows) == 1
    confirmation = " ".join(s.value for s in at.success)
    assert "Your reference is" in confirmation
    assert not any(f.key == "expert_question" for f in at.text_area)  # the form has gone
    # The contact went to the queue only, never to the query log.
    for entry in QueryLog(settings.query_log_db).entries():
        assert "me@example.org" not in repr(entry)


def test_queue_failure_says_not_sent(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    from assistant.expert_queue import ExpertQueue

    def broken(self: object, *args: object, **kwargs: object) -> str:
        raise QueueError("database is locked")

    at = ask(start(), NEW_QUESTION)
    monkeypatch.setattr(ExpertQueue, "submit", broken)
    at.checkbox(key="expert_consent").check()
    at.button(key="expert_send").click().run()
    assert not at.exception
    [error] = [e.value for e in at.error]
    assert "NOT sent" in error and "111" in error
    assert not at.success
    assert at.text_area(key="expert_question").value == NEW_QUESTION  # still there to try again


def test_emergency_guidance_stands_first_and_alone(settings: Settings) -> None:
    from assistant.messages import EMERGENCY_GUIDANCE

    at = ask(start(), EMERGENCY)
    assert at.session_state["conversation"][0].answer.decision == "emergency"
    answer = reply(at)
    shown = elements(answer)
    assert shown[0].type == "error"
    assert EMERGENCY_GUIDANCE.strip() in shown[0].value
    assert len(shown) == 1  # nothing competes with it: no citations, form or rating
    assert not titles(answer)
    assert not at.expander
    assert not at.feedback


def test_mental_health_crisis_gets_samaritans(settings: Settings) -> None:
    at = ask(start(), "I have pills saved up and I'm going to take them all tonight to end it")
    [exchange] = at.session_state["conversation"]
    assert exchange.answer.decision == "emergency"
    shown = elements(reply(at))
    assert len(shown) == 1 and shown[0].type == "error"
    assert "999" in shown[0].value and "Samaritans" in shown[0].value and "116 123" in shown[0].value


@pytest.mark.parametrize("text", ["", "   \n  "])
def test_empty_input_gets_a_gentle_prompt(settings: Settings, text: str) -> None:
    at = ask(start(), text)
    assert any("type your question" in i.value for i in at.info)
    assert not at.error
    assert not at.chat_message


def test_very_long_input_is_refused_with_the_limit(settings: Settings) -> None:
    at = ask(start(), "Is acupuncture safe? " * 143)  # 3003 characters
    assert len(at.error) == 1
    assert f"{settings.max_question_chars:,}" in at.error[0].value
    assert not at.chat_message
    assert QueryLog(settings.query_log_db).entries() == []


@pytest.mark.parametrize("text", [*HOSTILE, " ".join(HOSTILE) + " does acupuncture hurt?"])
def test_markup_is_shown_inert(settings: Settings, text: str) -> None:
    at = ask(start(), text)
    assert at.chat_message
    for body in texts(at):
        assert not LIVE.search(body), body
    [question] = texts(at.chat_message[0], "markdown")
    assert "\\<" in question or "\\[" in question  # the patient's words, escaped
    for area in at.text_area:
        assert area.value == text.strip()  # a text area shows its value literally


def test_questions_and_feedback_are_logged(settings: Settings) -> None:
    at = ask(start(), SEED_ANSWERED)
    log = QueryLog(settings.query_log_db)
    [entry] = log.entries()
    assert entry.question == SEED_ANSWERED
    assert entry.decision == "answer" and entry.safety == "none"
    assert entry.sources and entry.sources[0].endswith("000_44b55cc1c08e95fb.txt")
    assert entry.top_score is not None and entry.latency_ms > 0
    assert entry.feedback is None

    at.feedback(key="feedback_0").set_value(1).run()
    assert not at.exception
    assert log.entries()[0].feedback == 1
    at.feedback(key="feedback_0").set_value(0).run()
    assert log.entries()[0].feedback == 0
    assert any("rating is saved" in c for c in texts(at, "caption"))
