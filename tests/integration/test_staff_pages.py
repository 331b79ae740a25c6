"""The staff workspace through Streamlit's AppTest, on the real stack (MiniLM, embedded Chroma).

The archive is the bundled one plus a temp folder holding the expert answers file, so answers
written in the queue page become records of the test's own archive. Every test gets fresh data
folders (queue, query log, and so the sign-in limiter); the index is built once for the module."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from assistant.coverage import CoverageReport, coverage_json
from assistant.expert_queue import ExpertQueue
from assistant.settings import REPO_ROOT, Settings
from assistant.web.staff import (
    EMPTY_PASSWORD,
    NOT_SET_UP,
    NOT_STAFF,
    PASSWORD,
    SIGN_IN_BUTTON,
    STAFF_PAGES,
    WRONG_PASSWORD,
)
from assistant.web.staff_auth import hash_password

pytestmark = pytest.mark.integration

APP = REPO_ROOT / "app.py"
SCRIPTS = "assistant/web/page_scripts"
STAFF_SCRIPTS = [f"{SCRIPTS}/{script}" for script, *_ in STAFF_PAGES]
SIGN_IN = f"{SCRIPTS}/staff.py"
STAFF_PASSWORD = "needle-and-thread-2024"
TIMEOUT = 300

# Answered by the bundled archive (tests/integration/test_coverage_real.py checks the same pages).
COVERED = {
    "Is it safe to drive home straight after an acupuncture session if I feel sleepy?": (
        "corpus/archive/pages/practical-matters/can-i-drive-after-acupuncture.txt"
    ),
    "I'm on warfarin for atrial fibrillation - should I stop it before acupuncture?": (
        "corpus/archive/pages/long-term-conditions-and-medicines/acupuncture-while-taking-warfarin.txt"
    ),
}
UNCOVERED = [
    "Can needles be put near psoriasis patches?",
    "I've had psoriasis on my scalp and elbows for years, could acupuncture clear it?",
]
OIDC_SECRETS = {
    "auth": {
        "redirect_uri": "http://localhost:8501/oauth2callback",
        "cookie_secret": "a-long-random-cookie-secret-for-tests",
        "client_id": "assistant",
        "client_secret": "not-a-real-secret",
        "server_metadata_url": "https://id.example.org/.well-known/openid-configuration",
    },
    "staff_emails": ["expert@example.org"],
}
EMERGENCY = "I have crushing chest pain spreading to my left arm and I'm sweating"

# Questions the bundled archive has no answer for; the round trips give them one.
NEW_QUESTION = "Can acupuncture help my horse with its stiff hind legs?"
NEW_ANSWER = (
    "Acupuncture for animals is a veterinary treatment: in the UK only a vet, or someone working under "
    "a vet's direction, may needle a horse. Ask your vet about a referral to a vet trained in "
    "veterinary acupuncture; it is sometimes used alongside other care for stiffness in older horses."
)
OTHER_QUESTION = "Is acupuncture safe for my pet rabbit with a sore back?"
OTHER_ANSWER = (
    "Only a vet may treat a rabbit with acupuncture in the UK. Ask your vet, who can refer you to a vet "
    "trained in veterinary acupuncture if it might help."
)


@pytest.fixture(scope="module")
def stored_hash() -> str:
    return hash_password(STAFF_PASSWORD)


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory, shared_cache: Path) -> dict[str, str]:
    """The module's index and archive: the bundled archive plus a folder for expert answers."""
    tmp = tmp_path_factory.mktemp("staff")
    answers = tmp / "expert" / "answers.jsonl"
    answers.parent.mkdir()
    return {
        "ASSISTANT_CHROMA_DIR": str(tmp / "chroma"),
        "ASSISTANT_EMBEDDING_CACHE": str(shared_cache),
        "ASSISTANT_EXPERT_ANSWERS": str(answers),
        "ASSISTANT_CORPUS_DIRS": json.dumps([str(REPO_ROOT / "corpus" / "archive"), str(answers.parent)]),
    }


@pytest.fixture
def settings(
    archive: dict[str, str], stored_hash: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Settings:
    env = {
        **archive,
        "ASSISTANT_DATA_DIR": str(tmp_path / "data"),
        "ASSISTANT_STAFF_PASSWORD_HASH": stored_hash,
        "ASSISTANT_LOGIN_MAX_FAILURES": "3",
        "ASSISTANT_LOGIN_LOCKOUT_SECONDS": "300",
    }
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return Settings()


def start() -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.run()
    assert not at.exception
    return at


def sign_in(at: AppTest, password: str) -> AppTest:
    at.switch_page(SIGN_IN).run()
    assert not at.exception
    at.text_input(key=PASSWORD).input(password)
    at.button(key=SIGN_IN_BUTTON).click().run()
    assert not at.exception
    return at


def signed_in() -> AppTest:
    at = sign_in(start(), STAFF_PASSWORD)
    assert at.title[0].value == "Staff workspace"
    return at


def open_page(at: AppTest, script: str) -> AppTest:
    at.switch_page(script).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def page_paths(at: AppTest) -> set[str]:
    return {str(info.get("url_pathname") or "") for info in at._registered_pages.values()}


def everything_shown(at: AppTest) -> str:
    return " ".join(str(getattr(node, "value", "")) + str(getattr(node, "label", "")) for node in at._tree)


# --- before signing in ------------------------------------------------------------------------


def test_patients_have_no_staff_pages_or_links(settings: Settings) -> None:
    at = start()
    assert page_paths(at) == {"", "staff"}  # the chat and the sign-in page, nothing else
    for script in STAFF_SCRIPTS:
        with pytest.raises(ValueError, match="Could not find a navigation page"):
            at.switch_page(script)
    assert not at.sidebar.children  # no navigation, no links, nothing in the sidebar
    assert at.title[0].value == "Ask the acupuncture archive"
    assert "staff" not in everything_shown(at).casefold()


def test_the_sign_in_page_shows_only_the_form(settings: Settings) -> None:
    at = start()
    at.switch_page(SIGN_IN).run()
    assert not at.exception
    assert at.title[0].value == "Staff sign in"
    assert at.text_input(key=PASSWORD).proto.type == at.text_input(key=PASSWORD).proto.PASSWORD
    assert page_paths(at) == {"", "staff"}
    assert not at.sidebar.children


@pytest.mark.parametrize("script", STAFF_SCRIPTS)
def test_a_page_script_run_without_signing_in_shows_nothing(settings: Settings, script: str) -> None:
    at = AppTest.from_file(str(REPO_ROOT / script), default_timeout=TIMEOUT).run()
    assert not at.exception
    assert [e.value for e in at.error] == ["Staff only. Please sign in first."]
    assert not at.title and not at.dataframe and not at.button


def test_wrong_passwords_are_refused_then_locked_out(settings: Settings) -> None:
    at = sign_in(start(), "")
    assert [e.value for e in at.error] == [EMPTY_PASSWORD]
    for attempt in range(settings.login_max_failures):
        at = sign_in(at, f"guess number {attempt}")
        assert not page_paths(at) - {"", "staff"}
        assert at.error[0].value.startswith(WRONG_PASSWORD)
    assert "locked" in at.error[0].value
    assert at.text_input(key=PASSWORD).value == ""  # the password is never kept

    # Locked: even the right password is refused, and a reload (a new session) is still locked.
    at = sign_in(at, STAFF_PASSWORD)
    assert "locked" in at.error[0].value
    assert page_paths(at) == {"", "staff"}
    fresh = start()
    fresh.switch_page(SIGN_IN).run()
    assert "locked" in fresh.error[0].value


def test_a_plain_password_as_the_hash_never_signs_in(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ASSISTANT_STAFF_PASSWORD_HASH", STAFF_PASSWORD)
    at = start()
    at.switch_page(SIGN_IN).run()
    assert [w.value for w in at.warning] == [NOT_SET_UP.format(var="ASSISTANT_STAFF_PASSWORD_HASH")]
    assert not at.text_input  # no form to try
    assert page_paths(at) == {"", "staff"}


def test_with_a_sign_in_provider_only_listed_staff_get_in(settings: Settings) -> None:
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.secrets.update(OIDC_SECRETS)
    at.run()
    assert page_paths(at) == {"", "staff"}
    at.switch_page(SIGN_IN).run()
    assert not at.exception
    assert [b.label for b in at.button] == ["Sign in"]
    assert not at.text_input  # no password form, although a hash is configured too

    at.user = {"is_logged_in": True, "email": "patient@example.org"}
    at.run()
    assert page_paths(at) == {"", "staff"}
    assert [e.value for e in at.error] == [NOT_STAFF]

    at.user = {"is_logged_in": True, "email": "Expert@Example.org"}
    at.run()
    assert not at.exception
    assert page_paths(at) == {"", "staff", *(url for *_, url in STAFF_PAGES)}
    assert at.title[0].value == "Staff workspace"


# --- signed in --------------------------------------------------------------------------------


def test_sign_in_opens_every_staff_page(settings: Settings) -> None:
    at = signed_in()
    assert page_paths(at) == {"", "staff", *(url for *_, url in STAFF_PAGES)}
    for (_script, title, _icon, _url), script in zip(STAFF_PAGES, STAFF_SCRIPTS, strict=True):
        open_page(at, script)
        assert at.title[0].value == title
        assert at.sidebar.button(key="staff_sign_out")
        assert not at.error, [e.value for e in at.error]


def test_changing_the_password_signs_everyone_out(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    at = signed_in()
    monkeypatch.setenv("ASSISTANT_STAFF_PASSWORD_HASH", hash_password("a-brand-new-password"))
    at.run()
    assert page_paths(at) == {"", "staff"}


def test_a_sign_in_expires(settings: Settings) -> None:
    at = signed_in()
    at.session_state["staff_signed_in"]["at"] -= 13 * 60 * 60
    at.run()
    assert page_paths(at) == {"", "staff"}
    assert at.title[0].value == "Staff sign in"


def test_sign_out(settings: Settings) -> None:
    at = open_page(signed_in(), STAFF_SCRIPTS[0])
    at.sidebar.button(key="staff_sign_out").click().run()
    assert not at.exception
    assert page_paths(at) == {"", "staff"}
    assert at.title[0].value == "Ask the acupuncture archive"


def test_coverage_of_pasted_questions(settings: Settings) -> None:
    at = open_page(signed_in(), f"{SCRIPTS}/coverage.py")
    questions = [*COVERED, *UNCOVERED, EMERGENCY, ""]
    at.text_area(key="coverage_pasted").input("\n".join(questions)).run()
    at.button(key="coverage_run").click().run()
    assert not at.exception
    report = at.session_state["coverage_report"]
    assert isinstance(report, CoverageReport)
    data = coverage_json(report)
    by_question = {q["question"]: q for q in data["questions"]}
    for question, source in COVERED.items():
        assert (by_question[question]["status"], by_question[question]["source"]) == ("covered", source)
    for question in UNCOVERED:
        assert by_question[question]["status"] in ("uncovered", "weak")
    assert by_question[EMERGENCY]["status"] == "safety"
    assert data["summary"]["covered"] == 2 and data["summary"]["safety"] == 1
    assert [sorted(g["questions"]) for g in data["gaps"]] == [sorted(UNCOVERED)]
    # The margin left empty: the band the learned evidence score calls for, not the formula's.
    assert report.weak_margin == pytest.approx(0.35)
    # What the page shows: the metrics, the gap, the table.
    assert [m.value for m in at.metric][:4] == [
        "2",
        str(data["summary"]["weak"]),
        str(data["summary"]["uncovered"]),
        "1",
    ]
    assert any("psoriasis" in e.label for e in at.expander)
    assert at.dataframe and at.get("vega_lite_chart")
    assert [b.label for b in at.get("download_button")] == [
        "Download CSV",
        "Download Markdown",
        "Download JSON",
    ]


def test_coverage_of_an_uploaded_csv(settings: Settings) -> None:
    at = open_page(signed_in(), f"{SCRIPTS}/coverage.py")
    at.radio(key="coverage_source").set_value("Upload a file").run()
    body = "id,question\n1," + "\n2,".join(COVERED) + "\n"
    at.file_uploader(key="coverage_upload").set_value(
        ("../../etc/passwd.csv", body.encode(), "text/csv")
    ).run()
    assert not at.exception and not at.error
    at.button(key="coverage_run").click().run()
    report = at.session_state["coverage_report"]
    assert report.summary["covered"] == 2


def test_coverage_of_logged_questions(settings: Settings) -> None:
    chat = start()
    for question in [*COVERED, next(iter(COVERED))]:
        chat.chat_input(key="chat_input").set_value(question).run()
    at = open_page(signed_in(), f"{SCRIPTS}/coverage.py")
    at.radio(key="coverage_source").set_value("The query log").run()
    assert any(c.value == "2 questions to check." for c in at.caption)  # each question once
    at.button(key="coverage_run").click().run()
    assert not at.exception
    assert at.session_state["coverage_report"].summary["covered"] == 2


def test_an_oversized_upload_is_refused(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASSISTANT_UPLOAD_MAX_BYTES", "100")
    at = open_page(signed_in(), f"{SCRIPTS}/coverage.py")
    at.radio(key="coverage_source").set_value("Upload a file").run()
    at.file_uploader(key="coverage_upload").set_value(("q.txt", b"Does it hurt?\n" * 20, "text/plain")).run()
    assert not at.exception
    assert any("too large" in e.value for e in at.error)
    assert at.button(key="coverage_run").disabled


def test_archive_health_runs(settings: Settings) -> None:
    chat = start()
    for question in COVERED:
        chat.chat_input(key="chat_input").set_value(question).run()
    at = open_page(signed_in(), f"{SCRIPTS}/health.py")
    assert "(2)" in at.checkbox(key="health_use_log").label
    assert int(at.checkbox(key="health_use_eval").label.split("(")[1].rstrip(")").replace(",", "")) > 200
    at.checkbox(key="health_use_eval").uncheck().run()  # the logged questions only, to be quick
    at.button(key="health_run").click().run()
    assert not at.exception
    report = at.session_state["health_report"]
    assert report.answers > 50 and report.factsheets == 16
    assert report.questions_checked == 2
    never = {r.source for r in report.never_retrieved}
    assert never and not never & set(COVERED.values())
    assert at.dataframe and not at.error


def test_query_log_charts_and_deletion(settings: Settings) -> None:
    from assistant.query_log import QueryLog

    chat = start()
    for question in [*COVERED, NEW_QUESTION]:
        chat.chat_input(key="chat_input").set_value(question).run()
    entries = QueryLog(settings.query_log_db).entries()
    assert len(entries) == 3

    at = open_page(signed_in(), f"{SCRIPTS}/log.py")
    assert at.metric[0].value == "3"
    assert len(at.get("vega_lite_chart")) >= 4  # per day, decisions, ratings, pages, topics
    at.number_input(key="log_entry_id").set_value(entries[0].id).run()
    at.button(key="log_delete").click().run()
    assert not at.exception
    assert [e.id for e in QueryLog(settings.query_log_db).entries()] == [e.id for e in entries[1:]]
    assert any("deleted" in s.value for s in at.success)

    at.number_input(key="log_retention").set_value(0).run()
    at.checkbox(key="log_confirm_purge").check().run()
    at.button(key="log_purge").click().run()
    assert not at.exception
    assert QueryLog(settings.query_log_db).entries() == []


def test_evaluation_of_an_uploaded_set(settings: Settings) -> None:
    at = open_page(signed_in(), f"{SCRIPTS}/evaluation.py")
    lines = [
        {"id": "drive", "question": next(iter(COVERED)), "expected_sources": [next(iter(COVERED.values()))]},
        {"id": "chest", "question": EMERGENCY, "expected_decision": "emergency"},
        {
            "id": "gearbox",
            "question": "Can acupuncture fix my car's gearbox?",
            "expected_decision": "ask_expert",
        },
    ]
    at.multiselect(key="eval_sets").set_value([]).run()
    body = "\n".join(json.dumps(line) for line in lines).encode()
    at.file_uploader(key="eval_upload").set_value(("mine.jsonl", body, "application/json")).run()
    at.multiselect(key="eval_retrievers").set_value(["hybrid", "bm25"]).run()
    at.button(key="eval_run").click().run()
    assert not at.exception
    assert not at.error, [e.value for e in at.error]
    report = at.session_state["eval_report"]["report"]
    assert report["retrievers"] == ["hybrid", "bm25"] and report["n_items"] == 3
    assert report["summary"]["hybrid"]["emergency_recall"] == 1.0
    assert len(at.get("image")) == 3  # the report's charts
    assert [b.label for b in at.get("download_button")] == ["report.json", "report.md", "report.html"]


def test_a_bad_uploaded_set_names_the_line(settings: Settings) -> None:
    at = open_page(signed_in(), f"{SCRIPTS}/evaluation.py")
    at.multiselect(key="eval_sets").set_value([]).run()
    body = b'{"question": "Does it hurt?"}\n{"quesiton": "typo"}\n'
    at.file_uploader(key="eval_upload").set_value(("/etc/shadow.jsonl", body, "application/json")).run()
    at.button(key="eval_run").click().run()
    assert not at.exception
    [error] = [e.value for e in at.error]
    assert error.startswith("In the uploaded set: uploaded.jsonl:2: unknown key 'quesiton'")
    assert "/tmp" not in error and "shadow" not in error


def test_dismiss_and_reopen_a_queued_question(settings: Settings) -> None:
    queue = ExpertQueue(settings.queue_db)
    ref = queue.submit("Spam spam spam", consent=True)
    at = open_page(signed_in(), f"{SCRIPTS}/queue.py")
    at.button(key=f"queue_dismiss_{ref}").click().run()
    assert not at.exception
    assert queue.get(ref).status == "dismissed"
    assert any(f"{ref} marked dismissed" in s.value for s in at.success)
    at.selectbox(key="queue_status").set_value("dismissed").run()
    at.button(key=f"queue_reopen_{ref}").click().run()
    assert queue.get(ref).status == "new"


# --- the expert loop --------------------------------------------------------------------------


def _ask(settings: Settings, question: str):  # type: ignore[no-untyped-def]
    from assistant.web.common import get_assistant

    return get_assistant(settings).ask(question)


def test_an_expert_answer_written_in_the_queue_page_answers_the_next_patient(settings: Settings) -> None:
    expert_file = settings.relative_source(settings.expert_answers)
    at = start()  # loads (and caches) the assistant over the test's archive
    before = _ask(settings, NEW_QUESTION)
    assert before.decision == "ask_expert"

    queue = ExpertQueue(settings.queue_db)
    ref = queue.submit(NEW_QUESTION, consent=True, decision=before.decision, reason=before.reason)

    at = open_page(signed_in(), f"{SCRIPTS}/queue.py")
    assert at.selectbox(key="queue_selected").value == ref
    at.text_input(key=f"queue_title_{ref}").input("Acupuncture for horses")
    at.text_area(key=f"queue_answer_{ref}").input(NEW_ANSWER)
    at.button(key=f"queue_publish_{ref}").click().run()
    assert not at.exception
    assert not at.error, [e.value for e in at.error]
    [live] = [s.value for s in at.success]
    assert ref in live and "live" in live

    item = queue.get(ref)
    assert item.status == "answered" and item.answer == NEW_ANSWER
    [row] = [json.loads(line) for line in Path(settings.expert_answers).read_text().splitlines()]
    assert row["id"] == ref and row["question"] == NEW_QUESTION and row["url"] == ""
    assert row["title"] == "Acupuncture for horses" and row["category"] == "expert-answers"

    after = _ask(settings, NEW_QUESTION)
    assert after.decision == "answer"
    top = after.citations[0]
    assert (top.source, top.id, top.title) == (expert_file, f"{expert_file}#{ref}", "Acupuncture for horses")

    # And in the patients' chat:
    chat = start()
    chat.chat_input(key="chat_input").set_value(NEW_QUESTION).run()
    [exchange] = chat.session_state["conversation"]
    assert exchange.answer.decision == "answer"
    assert exchange.answer.citations[0].source == expert_file


def test_publish_answer_without_the_page(settings: Settings) -> None:
    from assistant.expert_answers import publish_answer
    from assistant.web.common import get_assistant

    start()
    bot = get_assistant(settings)
    assert bot.ask(OTHER_QUESTION).decision == "ask_expert"
    queue = ExpertQueue(settings.queue_db)
    ref = queue.submit(OTHER_QUESTION + " My name is Jo Bloggs.", consent=True)
    published = publish_answer(
        bot,
        queue,
        ref,
        title="Acupuncture for rabbits",
        category="Related therapies",
        answer=OTHER_ANSWER,
        question=OTHER_QUESTION,  # the personal detail taken out
        settings=settings,
    )
    assert published.live and published.passages_embedded >= 2
    answer = bot.ask(OTHER_QUESTION)
    assert answer.decision == "answer"
    assert answer.citations[0].id == f"{settings.relative_source(settings.expert_answers)}#{ref}"
    assert "Jo Bloggs" not in Path(settings.expert_answers).read_text()
