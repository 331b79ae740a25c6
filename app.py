"""The Streamlit app: page set-up and navigation only; the pages live in ``assistant.web``.

Run with ``scripts/run-app.sh`` (or ``streamlit run app.py``). Patients get the chat page and no
navigation at all. Staff pages are added in ``staff_pages``: return them only to a signed-in staff
member, and the navigation (in the sidebar) then appears for that session alone."""

from __future__ import annotations

import streamlit as st

from assistant.web.chat_page import render as chat_page

st.set_page_config(page_title="Ask the acupuncture archive", page_icon="🪡", layout="centered")

PATIENT_PAGES = [st.Page(chat_page, title="Ask the archive", icon=":material/chat:", default=True)]


def staff_pages() -> list[st.Page]:
    """The staff workspace (``assistant.web.staff``): its pages once this session has signed in as
    staff, an empty list for everyone else (staff pages then don't exist for the session, not even
    by URL)."""
    from assistant.web.staff import signed_in_pages

    return signed_in_pages()


staff = staff_pages()
if staff:
    navigation = st.navigation({"Ask the archive": PATIENT_PAGES, "Staff": staff}, position="sidebar")
else:
    from assistant.web.staff import sign_in_page

    # Staff sign in at /staff: a page of its own, with no navigation shown and no link to it.
    navigation = st.navigation([*PATIENT_PAGES, sign_in_page()], position="hidden")
navigation.run()
