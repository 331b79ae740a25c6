"""The patients' chat: ask in your own words, see the closest archived expert answers.

Every reply is built from an ``Answer`` (``ArchiveAssistant.ask``): a one-line lead-in, then the
cited expert answers, or a hand-off to "Ask an expert", or emergency guidance standing alone.
Archive and patient text only ever reaches the page through ``assistant.render`` (escaped)."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, cast

import streamlit as st

from assistant.answers import Answer, Citation
from assistant.errors import AssistantError, InputError, QueueError
from assistant.render import escape_markdown, highlight, markdown_link, quote_block, safe_url
from assistant.settings import Settings
from assistant.text import clean_question
from assistant.web.common import (
    apply_style,
    error_text,
    get_assistant,
    get_expert_queue,
    get_query_log,
    load_settings,
    show_error,
    shown_errors,
)

if TYPE_CHECKING:
    from assistant.service import ArchiveAssistant

logger = logging.getLogger("assistant.web.chat")

TITLE = "Ask the acupuncture archive"
INTRO = (
    "Ask about acupuncture in your own words. We show the closest answers our experts have already "
    "given to other people's questions, with links to the originals. This is not a diagnosis. "
    "**In an emergency call 999.**"
)
NOT_A_DIAGNOSIS = (
    "These are archived expert answers to other people's questions, not a diagnosis or advice about "
    "you. If you feel unwell, contact your GP or NHS 111."
)
EMPTY_PROMPT = "Please type your question first, for example: *Is it normal to feel tired after acupuncture?*"
PLACEHOLDER = "Ask about acupuncture…"
THINKING = "Searching the archive…"
FULL_ANSWER = "Read the full answer"
NOT_SENT = (
    "Your question was NOT sent: we couldn't store it just now. Please try again in a few minutes. "
    "If you are worried about your health, call NHS 111 (or 999 in an emergency)."
)
NEED_CONSENT = "Your question was not sent: please tick the box to agree, then press Send."
CONSENT_LABEL = (
    "I agree that the expert team may store my question (and contact details, if given) to answer it."
)
PRIVACY_NOTE = (
    "What we keep: your question, the contact details you choose to give (optional) and your "
    "agreement, so that an expert can answer. Only the expert team sees them. Without contact "
    "details we can't reply to you directly."
)


def privacy_note(settings: Settings) -> str:
    """``PRIVACY_NOTE`` and how long the question is kept (``queue_retention_days``)."""
    days = settings.queue_retention_days
    if days <= 0:
        return PRIVACY_NOTE
    return (
        f"{PRIVACY_NOTE} Once an expert has answered or closed it, we delete it, with your contact "
        f"details, after {days} days."
    )


USER_AVATAR = ":material/person:"
ASSISTANT_AVATAR = ":material/menu_book:"

# Session-state keys. Widget keys are fixed by the page's contract (tests find widgets by them).
CONVERSATION = "conversation"
FORM_TARGET = "expert_form_target"  # which reply the Ask-an-expert form belongs to (index)
FORM_LOADED = "expert_form_loaded"  # which reply's question the form fields were filled from
NEW_CONVERSATION = "new_conversation"
CHAT_INPUT = "chat_input"
FORM_KEY = "ask_expert_form"
FORM_QUESTION = "expert_question"
FORM_CONTACT = "expert_contact"
FORM_CONSENT = "expert_consent"
FORM_SEND = "expert_send"
FEEDBACK_PREFIX = "feedback_"
OPEN_FORM_PREFIX = "expert_open_"


@dataclass
class Exchange:
    """One question and the reply to it, as kept in the session."""

    question: str
    answer: Answer
    latency_ms: float
    log_id: int | None = None
    feedback: int | None = None
    expert_ref: str | None = None
    form_error: str | None = None

    @property
    def needs_form(self) -> bool:
        return self.answer.decision == "ask_expert" and self.expert_ref is None


def conversation() -> list[Exchange]:
    if CONVERSATION not in st.session_state:
        st.session_state[CONVERSATION] = []
    return cast(list[Exchange], st.session_state[CONVERSATION])


def _clear_conversation() -> None:
    st.session_state[CONVERSATION] = []
    for key in list(st.session_state.keys()):
        if str(key).startswith((FEEDBACK_PREFIX, OPEN_FORM_PREFIX, "expert_")):
            del st.session_state[key]


def render() -> None:
    """The chat page (called by ``st.navigation``)."""
    with shown_errors():
        _render()


def _render() -> None:
    apply_style()
    st.title(TITLE)
    st.markdown(INTRO)
    settings = load_settings()
    st.caption(
        "What we log: each question you ask, when, what we showed (the decision and the sources "
        "cited), how long it took, and your thumbs up or down if you give one, to improve this "
        f"service. Kept for {settings.log_retention_days} days. We never log names or contact details."
    )
    try:
        bot = get_assistant(settings)
    except AssistantError as exc:
        st.error(f"The archive can't be searched right now: {exc}")
        st.chat_input(PLACEHOLDER, key=CHAT_INPUT, disabled=True)
        return

    exchanges = conversation()
    form_at = _form_index(exchanges)
    for i, exchange in enumerate(exchanges):
        _show_exchange(exchange, i, settings, form=i == form_at)
    if exchanges:
        st.button(
            "New conversation",
            key=NEW_CONVERSATION,
            icon=":material/restart_alt:",
            help="Start again: your earlier questions are no longer used to understand follow-ups.",
            on_click=_clear_conversation,
        )

    prompt = st.chat_input(PLACEHOLDER, key=CHAT_INPUT)
    if prompt is not None:
        text = prompt if isinstance(prompt, str) else str(getattr(prompt, "text", ""))
        if _ask(text, bot, settings, exchanges):
            st.rerun()


def _form_index(exchanges: list[Exchange]) -> int | None:
    """The one reply that shows the Ask-an-expert form: the one the patient picked, else the latest
    hand-off not yet sent (widget keys are fixed, so there is only ever one form on the page)."""
    target = st.session_state.get(FORM_TARGET)
    if isinstance(target, int) and 0 <= target < len(exchanges) and exchanges[target].needs_form:
        return target
    for i in range(len(exchanges) - 1, -1, -1):
        if exchanges[i].needs_form:
            return i
    return None


def _ask(text: str, bot: ArchiveAssistant, settings: Settings, exchanges: list[Exchange]) -> bool:
    """Ask, log, keep; True if the conversation grew (the page is then drawn again from state)."""
    if not text.strip():
        st.info(EMPTY_PROMPT)
        return False
    try:
        question = clean_question(text, settings.max_question_chars)
    except InputError as exc:
        st.error(f"{error_text(exc)}. Please shorten or change it and ask again.")
        return False
    with st.chat_message("user", avatar=USER_AVATAR):
        st.markdown(escape_markdown(question))
    with st.chat_message("assistant", avatar=ASSISTANT_AVATAR), st.spinner(THINKING):
        started = time.perf_counter()
        try:
            answer = bot.ask(question, [e.question for e in exchanges])
        except AssistantError as exc:
            show_error(exc)
            return False
        latency_ms = (time.perf_counter() - started) * 1000
    logger.info(
        "asked: decision=%s safety=%s latency_ms=%.0f timings=%s",
        answer.decision,
        answer.safety,
        latency_ms,
        answer.timings_ms,
    )
    exchanges.append(Exchange(question, answer, latency_ms, log_id=_log(settings, answer, latency_ms)))
    st.session_state.pop(FORM_TARGET, None)
    return True


def _log(settings: Settings, answer: Answer, latency_ms: float) -> int | None:
    try:
        return get_query_log(settings).record(answer, latency_ms)
    except AssistantError as exc:
        logger.warning("query not logged: %s", exc)
        return None


# ---------------------------------------------------------------------------------------- replies


def _show_exchange(exchange: Exchange, i: int, settings: Settings, *, form: bool) -> None:
    with st.chat_message("user", avatar=USER_AVATAR):
        st.markdown(escape_markdown(exchange.question))
    with st.chat_message("assistant", avatar=ASSISTANT_AVATAR):
        answer = exchange.answer
        if answer.decision == "emergency":
            _emergency(answer)
            return  # the guidance stands alone: no sources, no form, no rating
        if answer.decision == "ask_expert" and answer.safety == "urgent":
            _urgent(exchange, i, settings, form=form)
        elif answer.decision == "ask_expert":
            _hand_off(exchange, i, settings, form=form)
        else:
            _answered(answer)
        _feedback(exchange, i, settings)


def _emergency(answer: Answer) -> None:
    """999 first, in one prominent box (Samaritans and 111 too for a mental-health crisis)."""
    from assistant.messages import MENTAL_HEALTH_CATEGORIES, emergency_guidance

    crisis = answer.safety_category in MENTAL_HEALTH_CATEGORIES
    heading = "Please get help now" if crisis else "Call 999 now"
    st.error(f"## {heading}\n\n{emergency_guidance(answer.safety_category)}", icon=":material/emergency:")


def _lead_and_caution(answer: Answer) -> tuple[str, str | None]:
    """The lead-in (``Answer.message``) and, for a caution, its note for the banner (taken out of
    the lead-in so it is not said twice)."""
    from assistant.messages import caution_note

    if answer.safety != "caution":
        return answer.message, None
    note = caution_note(answer.safety_category)
    lead = answer.message
    if lead.endswith(note):
        lead = lead[: -len(note)].rstrip()
    return lead, note


def _answered(answer: Answer) -> None:
    lead, note = _lead_and_caution(answer)
    st.markdown(lead)
    if note:
        st.warning(note, icon=":material/info:")
    _citations(answer, said=lead)


def _hand_off(exchange: Exchange, i: int, settings: Settings, *, form: bool) -> None:
    lead, note = _lead_and_caution(exchange.answer)
    st.info(lead, icon=":material/forum:")
    if note:
        st.warning(note, icon=":material/info:")
    _expert(exchange, i, settings, form=form)


def _urgent(exchange: Exchange, i: int, settings: Settings, *, form: bool) -> None:
    from assistant.messages import URGENT_RELATED_HEADING

    st.warning(exchange.answer.message, icon=":material/medical_services:")
    _expert(exchange, i, settings, form=form)
    if exchange.answer.citations:
        st.markdown(f"**{URGENT_RELATED_HEADING}**")
        _citations(exchange.answer)


def _citations(answer: Answer, *, said: str = "") -> None:
    if not answer.citations:
        return
    if "not a diagnosis" not in said:
        st.caption(NOT_A_DIAGNOSIS)
    for n, citation in enumerate(answer.citations, start=1):
        _citation(citation, n)


def _nice_date(value: str | None) -> str | None:
    if not value:
        return None
    try:
        day = date.fromisoformat(value[:10])
    except ValueError:
        return value
    return f"{day.day} {day:%B %Y}"


def _citation(citation: Citation, n: int) -> None:
    with st.container(border=True):
        st.markdown(f"**{n}\\. {escape_markdown(citation.title)}**")
        meta = [escape_markdown(citation.category or ("Factsheet" if citation.kind == "factsheet" else ""))]
        if citation.kind == "factsheet" and citation.section:
            meta.append("Section: " + escape_markdown(citation.section))
        when = _nice_date(citation.date)
        if when:
            meta.append(escape_markdown(when))
        if safe_url(citation.url):
            meta.append(markdown_link("Open the original ↗", citation.url))
        st.caption(" · ".join(part for part in meta if part))
        st.markdown(quote_block(citation.quote, style="background"))
        with st.expander(FULL_ANSWER):
            if citation.kind == "factsheet":
                st.markdown(f"**{escape_markdown(citation.section or citation.question or citation.title)}**")
            else:
                st.markdown("**Question**")
                st.markdown(escape_markdown(citation.question))
                st.markdown("**Expert answer**")
            st.markdown(highlight(citation.answer, citation.quote))


# ---------------------------------------------------------------------------- Ask an expert form


def _expert(exchange: Exchange, i: int, settings: Settings, *, form: bool) -> None:
    if exchange.expert_ref is not None:
        st.success(
            "Sent to our experts: your question is safely stored. Your reference is "
            f"**{escape_markdown(exchange.expert_ref)}**; please keep it if you want to ask about it later."
        )
        return
    if not form:
        st.button(
            "Ask an expert about this question",
            key=f"{OPEN_FORM_PREFIX}{i}",
            on_click=_open_form,
            args=(i,),
        )
        return
    if st.session_state.get(FORM_LOADED) != i or FORM_QUESTION not in st.session_state:
        st.session_state[FORM_QUESTION] = exchange.question
        st.session_state[FORM_CONTACT] = ""
        st.session_state[FORM_CONSENT] = False
        st.session_state[FORM_LOADED] = i
    with st.form(FORM_KEY):
        st.markdown("**Ask an expert**")
        st.text_area(
            "Your question",
            key=FORM_QUESTION,
            max_chars=settings.max_question_chars,
            help="You can add details before sending.",
        )
        st.text_input(
            "Email or phone (optional)",
            key=FORM_CONTACT,
            max_chars=200,
            help="Only if you'd like a reply. Never added to the query log.",
        )
        st.checkbox(
            CONSENT_LABEL,
            key=FORM_CONSENT,
        )
        st.caption(privacy_note(settings))
        st.form_submit_button("Send to an expert", key=FORM_SEND, type="primary", on_click=_send, args=(i,))
    if exchange.form_error:
        st.error(exchange.form_error)


def _open_form(i: int) -> None:
    st.session_state[FORM_TARGET] = i


def _send(i: int) -> None:
    """Form callback: store the question; confirm only once ``ExpertQueue.submit`` has returned."""
    exchanges = conversation()
    if not 0 <= i < len(exchanges):
        return
    exchange = exchanges[i]
    exchange.form_error = None
    if not st.session_state.get(FORM_CONSENT):
        exchange.form_error = NEED_CONSENT
        return
    try:
        settings = load_settings()
        question = clean_question(str(st.session_state.get(FORM_QUESTION) or ""), settings.max_question_chars)
        contact = str(st.session_state.get(FORM_CONTACT) or "").strip() or None
        ref = get_expert_queue(settings).submit(
            question,
            contact=contact,
            consent=True,
            decision=exchange.answer.decision,
            reason=exchange.answer.reason,
            citations=[c.source for c in exchange.answer.citations],
        )
    except InputError as exc:
        exchange.form_error = f"Your question was not sent: {exc}."
        return
    except QueueError as exc:
        logger.error("expert queue: %s", exc)
        exchange.form_error = NOT_SENT
        return
    except Exception:
        logger.exception("expert queue: unexpected error")
        exchange.form_error = NOT_SENT
        return
    exchange.expert_ref = str(ref)
    for key in (FORM_QUESTION, FORM_CONTACT, FORM_CONSENT, FORM_LOADED, FORM_TARGET):
        st.session_state.pop(key, None)


# -------------------------------------------------------------------------------------- feedback


def _feedback(exchange: Exchange, i: int, settings: Settings) -> None:
    value = st.feedback("thumbs", key=f"{FEEDBACK_PREFIX}{i}")
    if value != exchange.feedback:
        if exchange.log_id is not None:
            try:
                get_query_log(settings).set_feedback(exchange.log_id, value)
            except AssistantError as exc:
                logger.warning("feedback not logged: %s", exc)
        exchange.feedback = value
    if exchange.feedback is not None:
        st.caption("Thank you: your rating is saved with this question.")
