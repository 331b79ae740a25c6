"""The staff workspace's door: who is staff, the sign-in page, and the staff pages' navigation.

Staff pages exist for a session only once it has signed in: ``app.py`` asks ``signed_in_pages()``
and gives ``st.navigation`` nothing else, so ``/coverage`` and the rest are unknown URLs for
everyone else (Streamlit then shows the patients' chat). The sign-in page is reachable at ``/staff``
and linked from nowhere.

Two ways to sign in:

* **OIDC**, when ``.streamlit/secrets.toml`` has an ``[auth]`` section: ``st.login()`` and
  ``st.user.is_logged_in``. An optional top-level ``staff_emails`` list in the secrets limits who
  counts as staff (recommended unless the identity provider only admits staff); an address the
  provider marks unverified never counts.
* **A shared staff password** otherwise: its argon2 hash comes from ``ASSISTANT_STAFF_PASSWORD_HASH``
  (``Settings.staff_password_hash``) or ``staff_password_hash`` in the secrets. Failed attempts are
  counted per client address in the server process (``LoginLimiter``): a page reload doesn't reset
  them. The sign-in lasts for the browser session (a reload means signing in again), 12 hours at
  most; changing the hash signs every session out.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Final

import streamlit as st

from assistant.errors import AssistantError
from assistant.settings import Settings
from assistant.web.common import load_settings, shown_errors
from assistant.web.staff_auth import (
    ENV_VAR,
    LoginLimiter,
    hash_fingerprint,
    is_password_hash,
    verify_password,
)

logger = logging.getLogger("assistant.web.staff")

PAGE_SCRIPTS: Final = Path(__file__).resolve().parent / "page_scripts"
SIGN_IN_URL: Final = "staff"

# (script, title, icon, url path): the staff pages, in the order of the sidebar.
STAFF_PAGES: Final = (
    ("coverage.py", "Coverage", ":material/fact_check:", "coverage"),
    ("health.py", "Archive health", ":material/monitor_heart:", "health"),
    ("queue.py", "Expert queue", ":material/inbox:", "queue"),
    ("log.py", "Query log", ":material/query_stats:", "log"),
    ("evaluation.py", "Evaluation", ":material/science:", "evaluation"),
)

SESSION_SECONDS: Final = 12 * 60 * 60  # a password sign-in lasts a working day at most
SIGNED_IN: Final = "staff_signed_in"  # session: {"method": "password", "fingerprint": …}
SIGN_IN_ERROR: Final = "staff_sign_in_error"
SIGN_IN_FORM: Final = "staff_sign_in_form"
PASSWORD: Final = "staff_password"
SIGN_IN_BUTTON: Final = "staff_sign_in"
SIGN_OUT_BUTTON: Final = "staff_sign_out"

NOT_SET_UP = (
    "Staff sign-in is not set up. An administrator must set {var} to the argon2 hash of the staff "
    "password (make one with `assistant staff-password`), or configure a sign-in provider."
)
WRONG_PASSWORD = "Wrong password."
EMPTY_PASSWORD = "Type the staff password."
NOT_STAFF = "You are signed in, but not as a member of staff."


# --- configuration ----------------------------------------------------------------------------


def secrets() -> Mapping[str, Any]:
    """The app's secrets (``.streamlit/secrets.toml``); empty when there are none."""
    try:
        if not st.secrets.load_if_toml_exists():
            return {}
        return st.secrets.to_dict()
    except Exception:  # a broken secrets file: no secrets, and the reason in the server log
        logger.exception("can't read the Streamlit secrets")
        return {}


def oidc_providers() -> list[str | None] | None:
    """``None`` without an ``[auth]`` section; else the providers to offer (``None`` = the default
    one configured directly in ``[auth]``)."""
    auth = secrets().get("auth")
    if not isinstance(auth, Mapping):
        return None
    named = sorted(str(name) for name, value in auth.items() if isinstance(value, Mapping))
    return [*named] if named else [None]


def staff_emails() -> frozenset[str]:
    raw = secrets().get("staff_emails") or ()
    values = raw.split(",") if isinstance(raw, str) else raw
    return frozenset(str(v).strip().casefold() for v in values if str(v).strip())


def configured_hash(settings: Settings) -> str | None:
    """The staff password's hash: ``Settings.staff_password_hash``, else the secrets'."""
    value = settings.staff_password_hash or secrets().get("staff_password_hash")
    return str(value).strip() if value else None


@st.cache_resource(show_spinner=False)
def _limiter(scope: str, max_failures: int, window_seconds: int) -> LoginLimiter:
    """One limiter per deployment (its data folder) and process, shared by every session."""
    return LoginLimiter(max_failures, window_seconds, window_seconds)


def login_limiter(settings: Settings) -> LoginLimiter:
    return _limiter(
        str(Path(settings.data_dir).resolve()),
        max(1, settings.login_max_failures),
        max(1, settings.login_lockout_seconds),
    )


def client_key() -> str:
    """Whom failed sign-ins are counted against: the client's address (Streamlit reports none for
    localhost, and behind a proxy everyone shares the proxy's address, so they share one count)."""
    try:
        address = st.context.ip_address
    except Exception:
        address = None
    return f"ip:{address}" if isinstance(address, str) and address else "local"


# --- who is staff -----------------------------------------------------------------------------


def _oidc_user_is_staff() -> bool:
    try:
        if not st.user.is_logged_in:
            return False
    except Exception:
        return False
    if st.user.get("email_verified") is False:  # an address the provider has not checked
        return False
    allowed = staff_emails()
    if not allowed:
        return True
    email = str(st.user.get("email") or "").strip().casefold()
    return bool(email) and email in allowed


def is_staff() -> bool:
    """Has this session signed in as staff (with the current password or provider)?"""
    if oidc_providers() is not None:
        return _oidc_user_is_staff()
    state = st.session_state.get(SIGNED_IN)
    if not isinstance(state, dict) or state.get("method") != "password":
        return False
    if not 0 <= time.time() - float(state.get("at", 0)) < SESSION_SECONDS:
        st.session_state.pop(SIGNED_IN, None)
        return False
    try:
        stored = configured_hash(load_settings())
    except AssistantError:
        return False
    return is_password_hash(stored) and state.get("fingerprint") == hash_fingerprint(str(stored))


# --- navigation -------------------------------------------------------------------------------


def sign_in_page() -> st.Page:
    """The staff sign-in (or, once signed in, sign-out) page at ``/staff``."""
    return st.Page(
        PAGE_SCRIPTS / "staff.py",
        title="Staff account" if is_staff() else "Staff sign in",
        icon=":material/badge:",
        url_path=SIGN_IN_URL,
    )


def signed_in_pages() -> list[st.Page]:
    """The staff pages and the account page for a signed-in staff member; ``[]`` for anyone else."""
    if not is_staff():
        return []
    pages = [
        st.Page(PAGE_SCRIPTS / script, title=title, icon=icon, url_path=url)
        for script, title, icon, url in STAFF_PAGES
    ]
    return [*pages, sign_in_page()]


def staff_page(render: Callable[[], None]) -> None:
    """Run a staff page: refuse anyone not signed in (the page should not even exist for them),
    show who is signed in with a sign-out button, and turn errors into messages."""
    if not is_staff():
        st.error("Staff only. Please sign in first.")
        st.stop()
    _sidebar()
    with shown_errors():
        render()


def _sidebar() -> None:
    with st.sidebar:
        st.caption("Signed in as staff.")
        st.button("Sign out", key=SIGN_OUT_BUTTON, icon=":material/logout:", on_click=sign_out)


def sign_out() -> None:
    st.session_state.pop(SIGNED_IN, None)
    st.session_state.pop(SIGN_IN_ERROR, None)
    if oidc_providers() is not None:
        st.logout()


# --- the sign-in page -------------------------------------------------------------------------


def _wait_text(seconds: float) -> str:
    minutes = max(1, round(seconds / 60))
    return f"{minutes} minute{'s' if minutes != 1 else ''}"


def _locked(seconds: float) -> str:
    return f"Too many failed attempts. Sign-in is locked; try again in {_wait_text(seconds)}."


def _sign_in() -> None:
    """Form callback (it runs before the script, so the navigation is rebuilt at once)."""
    password = str(st.session_state.get(PASSWORD) or "")
    st.session_state[PASSWORD] = ""  # never kept in the session
    st.session_state.pop(SIGN_IN_ERROR, None)
    try:
        settings = load_settings()
    except AssistantError as exc:
        st.session_state[SIGN_IN_ERROR] = str(exc)
        return
    stored = configured_hash(settings)
    if not is_password_hash(stored):
        st.session_state[SIGN_IN_ERROR] = NOT_SET_UP.format(var=ENV_VAR)
        return
    assert stored is not None
    limiter = login_limiter(settings)
    key = client_key()
    waiting = limiter.retry_after(key)
    if waiting > 0:
        st.session_state[SIGN_IN_ERROR] = _locked(waiting)
        return
    if not password:
        st.session_state[SIGN_IN_ERROR] = EMPTY_PASSWORD
        return
    if verify_password(stored, password):
        limiter.success(key)
        st.session_state[SIGNED_IN] = {
            "method": "password",
            "fingerprint": hash_fingerprint(stored),
            "at": time.time(),
        }
        logger.info("staff signed in")  # no address in the log: it is personal data
        return
    waiting = limiter.failure(key)
    logger.warning("failed staff sign-in%s", "; sign-in locked for this client" if waiting > 0 else "")
    st.session_state[SIGN_IN_ERROR] = WRONG_PASSWORD + (" " + _locked(waiting) if waiting > 0 else "")


def render_account() -> None:
    """The ``/staff`` page: sign in, or (signed in) where to go and how to sign out."""
    with shown_errors():
        if is_staff():
            _signed_in()
        else:
            _sign_in_form()


def _signed_in() -> None:
    st.title("Staff workspace")
    st.write("You are signed in. The staff pages are in the sidebar:")
    for script, title, icon, _url in STAFF_PAGES:
        st.page_link(str(PAGE_SCRIPTS / script), label=title, icon=icon)
    st.button("Sign out", key=SIGN_OUT_BUTTON, icon=":material/logout:", on_click=sign_out)


def _sign_in_form() -> None:
    st.title("Staff sign in")
    providers = oidc_providers()
    if providers is not None:
        try:
            logged_in = bool(st.user.is_logged_in)
        except Exception:
            logged_in = False
        if logged_in:
            st.error(NOT_STAFF)
            st.button("Sign out", key=SIGN_OUT_BUTTON, on_click=st.logout)
            return
        for provider in providers:
            label = "Sign in" if provider is None else f"Sign in with {provider}"
            st.button(label, key=f"staff_login_{provider or 'default'}", on_click=st.login, args=(provider,))
        return

    settings = load_settings()
    if not is_password_hash(configured_hash(settings)):
        st.warning(NOT_SET_UP.format(var=ENV_VAR))
        return
    message = st.session_state.get(SIGN_IN_ERROR)
    waiting = login_limiter(settings).retry_after(client_key())
    if waiting > 0 and not message:
        message = _locked(waiting)
    with st.form(SIGN_IN_FORM, clear_on_submit=True):
        st.text_input("Staff password", type="password", key=PASSWORD, autocomplete="current-password")
        st.form_submit_button("Sign in", key=SIGN_IN_BUTTON, type="primary", on_click=_sign_in)
    if message:
        st.error(str(message))
