"""Staff: the "Ask an expert" queue. Read the questions patients sent, export them, and answer one:
the answer is published to the archive (``assistant.expert_answers.publish_answer``) and indexed
at once, so the next patient who asks the same thing gets the expert's answer."""

from __future__ import annotations

import streamlit as st

from assistant.errors import AssistantError
from assistant.expert_answers import DEFAULT_CATEGORY, publish_answer
from assistant.expert_queue import STATUSES, ExpertQueue, QueuedQuestion
from assistant.render import escape_markdown
from assistant.web.common import error_text, get_assistant, get_expert_queue, load_settings
from assistant.web.staff_common import csv_text, flash, one_line, show_flash, table
from corpus.categories import CATEGORIES
from corpus.records import derive_title

ALL = "all"
STATUS_FILTER = "queue_status"
SELECTED = "queue_selected"
FORM = "queue_answer_form"
EXPORT_COLUMNS = (
    "ref",
    "created_at",
    "status",
    "question",
    "contact",
    "consent",
    "decision",
    "reason",
    "citations",
    "answer",
    "answered_at",
    "closed_at",
)


def _key(kind: str, ref: str) -> str:
    return f"queue_{kind}_{ref}"


def render() -> None:
    settings = load_settings()
    queue = get_expert_queue(settings)
    st.title("Expert queue")
    st.caption('Questions patients sent to the experts through the chat\'s "Ask an expert" form.')
    st.caption(_retention_note(settings.queue_retention_days))
    show_flash()

    everything = queue.list()
    counts = {status: sum(1 for item in everything if item.status == status) for status in STATUSES}
    columns = st.columns(len(STATUSES))
    for column, status in zip(columns, STATUSES, strict=True):
        column.metric(status.capitalize(), counts[status])

    status = st.selectbox(
        "Show",
        [*STATUSES, ALL],
        key=STATUS_FILTER,
        format_func=lambda s: "All" if s == ALL else s.capitalize(),
    )
    items = everything if status == ALL else [item for item in everything if item.status == status]
    table(
        [
            {
                "ref": item.ref,
                "sent": item.created_at,
                "status": item.status,
                "question": item.question,
                "contact given": bool(item.contact),
                "assistant said": item.decision,
                "answered": item.answered_at or "",
            }
            for item in items
        ],
        ["ref", "sent", "status", "question", "contact given", "assistant said", "answered"],
    )
    st.download_button(
        "Export the queue (CSV)",
        csv_text(queue.export_rows(), EXPORT_COLUMNS),
        file_name="expert-queue.csv",
        mime="text/csv",
        on_click="ignore",
        icon=":material/download:",
        help="Every question, with contact details: keep the file safe and delete it when done.",
    )
    if not items:
        st.info("No questions with this status.")
        return

    by_ref = {item.ref: item for item in items}
    ref = st.selectbox(
        "Question",
        list(by_ref),
        key=SELECTED,
        format_func=lambda r: f"{r} · {one_line(by_ref[r].question, 90)}" if r in by_ref else str(r),
    )
    if ref is None or ref not in by_ref:
        return
    _detail(by_ref[ref], queue)


def _retention_note(days: int) -> str:
    if days <= 0:
        return (
            "Answered and dismissed questions are kept until deleted (ASSISTANT_QUEUE_RETENTION_DAYS is 0); "
            "delete one with `assistant queue delete REF`."
        )
    return (
        f"Answered and dismissed questions are deleted, with their contact details, {days} days after they "
        "were closed (ASSISTANT_QUEUE_RETENTION_DAYS). New questions are kept until handled."
    )


def _detail(item: QueuedQuestion, queue: ExpertQueue) -> None:
    with st.container(border=True):
        st.markdown(f"**{escape_markdown(item.ref)}** · {escape_markdown(item.status)}")
        st.markdown(escape_markdown(item.question))
        meta = [f"Sent {item.created_at}", f"the assistant said: {item.decision}"]
        if item.reason:
            meta.append(item.reason)
        st.caption(escape_markdown(" · ".join(meta)))
        if item.contact:
            st.markdown("**Contact:** " + escape_markdown(item.contact))
        else:
            st.caption("No contact details given: the answer can only reach them through the archive.")
        if item.citations:
            st.caption("Cited: " + escape_markdown(", ".join(item.citations)))
        if item.answer:
            st.markdown(
                "**Answer given**" + (f" ({escape_markdown(item.answered_at)})" if item.answered_at else "")
            )
            st.markdown(escape_markdown(item.answer))

    left, right = st.columns(2)
    if item.status != "dismissed":
        left.button("Dismiss", key=_key("dismiss", item.ref), on_click=_mark, args=(item.ref, "dismissed"))
    if item.status != "new":
        right.button("Back to new", key=_key("reopen", item.ref), on_click=_mark, args=(item.ref, "new"))

    _answer_form(item)


def _mark(ref: str, status: str) -> None:
    try:
        get_expert_queue(load_settings()).mark(ref, status)
    except AssistantError as exc:
        st.session_state[_key("error", ref)] = error_text(exc)
        return
    flash(f"{ref} marked {status}.")


def _answer_form(item: QueuedQuestion) -> None:
    error = st.session_state.pop(_key("error", item.ref), None)
    if error:
        st.error(str(error))
    st.subheader("Publish an answer" if item.status != "answered" else "Correct the published answer")
    slugs = list(CATEGORIES)
    with st.form(_key("form", item.ref)):
        title = st.text_input(
            "Title", value=derive_title(item.question), max_chars=200, key=_key("title", item.ref)
        )
        category = st.selectbox(
            "Category",
            slugs,
            index=slugs.index(DEFAULT_CATEGORY),
            format_func=lambda s: CATEGORIES.get(s, s),
            key=_key("category", item.ref),
        )
        question = st.text_area(
            "Question as published",
            value=item.question,
            key=_key("question", item.ref),
            help="Patients will see this. Take out names, contact details and anything else personal.",
        )
        answer = st.text_area("Answer", value=item.answer or "", height=240, key=_key("answer", item.ref))
        submitted = st.form_submit_button("Publish the answer", type="primary", key=_key("publish", item.ref))
    if not submitted:
        return
    settings = load_settings()
    try:
        bot = get_assistant(settings)
        with st.spinner("Saving and indexing the answer…"):
            result = publish_answer(
                bot,
                get_expert_queue(settings),
                item.ref,
                title=title or "",
                category=str(category),
                answer=answer or "",
                question=question or "",
                settings=settings,
            )
    except AssistantError as exc:
        st.error(error_text(exc))
        return
    if result.live:
        flash(
            f"{result.ref} is answered and the answer is live: patients who ask this now get it "
            f"({result.passages_embedded} new passage{'s' if result.passages_embedded != 1 else ''} indexed)."
        )
        st.rerun()
    st.warning(
        f"{result.ref} is saved and marked answered, but the answer is not searchable yet: "
        f"{result.problem}. Run `assistant index` and check the archive folder settings."
    )
