"""Browser fixtures and helpers shared by test_browser.py and test_browser_staff.py: `streamlit run
app.py` on a free port, and Debian's headless Chromium driven by selenium.

Never downloads a browser or a driver: both come from Debian (scripts/install-browser.sh) and the
driver path is passed explicitly, so selenium-manager does not run. selenium is imported inside the
functions, so collecting the other integration tests does not import it."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import pytest

from assistant.settings import Settings
from bench import processes

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
LOAD_TIMEOUT = 240  # first page: model load and index build
CLICK_TIMEOUT = 30
SETTLE_SECONDS = 2.0
# True while Streamlit runs the script or draws a reply: the app's own run state (the status widget is
# not drawn with toolbarMode "minimal"), a spinner, or elements left from the last run (stale).
_BUSY_JS = """
const app = document.querySelector("[data-testid='stApp']");
return app === null || app.getAttribute("data-test-script-state") !== "notRunning"
    || document.querySelector("[data-testid='stSpinner'], [data-stale='true']") !== null;
"""
# True when a click at the element's centre would reach it (not an overlay or the fixed chat bar).
_REACHABLE_JS = """
const el = arguments[0];
if (!el.isConnected) return false;
const r = el.getBoundingClientRect();
if (r.width === 0 || r.height === 0) return false;
const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
return hit !== null && (hit === el || el.contains(hit));
"""
T = TypeVar("T")


@contextmanager
def run_streamlit(settings: Settings, log_dir: Path, **env: str) -> Iterator[str]:
    """`streamlit run app.py` on 127.0.0.1 with `settings`' store, cache and data folders (and any
    further ASSISTANT_* variables in `env`); yields the app's URL once /_stcore/health answers."""
    streamlit = shutil.which("streamlit", path=str(Path(sys.executable).parent)) or shutil.which("streamlit")
    assert streamlit, "streamlit is not installed in this environment"
    full_env = {
        **os.environ,
        "ASSISTANT_CHROMA_DIR": str(settings.chroma_dir),
        "ASSISTANT_EMBEDDING_CACHE": str(settings.embedding_cache),
        "ASSISTANT_DATA_DIR": str(settings.data_dir),
        "HF_HUB_OFFLINE": "1",
        "TOKENIZERS_PARALLELISM": "false",
        "ANONYMIZED_TELEMETRY": "False",
        **env,
    }
    with processes.streamlit_app(full_env, log_dir / "streamlit.log", timeout=60) as (host, port):
        yield f"http://{host}:{port}/"


@pytest.fixture
def driver(tmp_path: Path) -> Iterator[object]:
    """Headless Chromium with a fresh profile, quit after the test."""
    if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
        pytest.fail("Debian chromium and chromedriver are required: run scripts/install-browser.sh")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,1000",
    ):
        options.add_argument(arg)
    options.add_argument(f"--user-data-dir={tempfile.mkdtemp(dir=tmp_path)}")
    options.binary_location = str(CHROMIUM)
    browser = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    try:
        yield browser
    finally:
        browser.quit()


def app_idle(d: Any) -> bool:
    """Streamlit is not running the script and shows no spinner and no stale element. A reply is
    drawn twice (the first run, then `st.rerun()` from state) with a short idle gap between, so this
    says "idle now", not "settled for good"."""
    return not d.execute_script(_BUSY_JS)


def settled(seconds: float = SETTLE_SECONDS) -> Callable[[Any], bool]:
    """A wait condition: the app has been idle (`app_idle`) at every check for `seconds` on end.
    Outlasts the gap between a reply's first drawing and its redraw by `st.rerun()`."""
    idle_since: list[float] = []

    def quiet(d: Any) -> bool:
        if not app_idle(d):
            idle_since.clear()
            return False
        if not idle_since:
            idle_since.append(time.monotonic())
        return time.monotonic() - idle_since[0] >= seconds

    return quiet


def read(d: Any, fn: Callable[[Any], T], timeout: float = CLICK_TIMEOUT) -> T:
    """`fn(d)`, called again while it meets an element Streamlit redrew in the middle of the read."""
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.support.ui import WebDriverWait

    wait = WebDriverWait(d, timeout, ignored_exceptions=(StaleElementReferenceException,))
    return wait.until(lambda drv: (fn(drv),))[0]


def click(
    d: Any,
    locator: tuple[str, str],
    effect: Callable[[Any], object] | None = None,
    timeout: float = CLICK_TIMEOUT,
    again: Callable[[Any], object] | None = None,
) -> None:
    """Click the element at `locator` once nothing covers it; with `effect`, wait for it to be true.

    Each attempt finds the element afresh, waits until the app is idle (`app_idle`) and the element
    is displayed and enabled, scrolls it to the middle of the window and checks that a click at its
    centre would reach it; an intercepted click is tried again. Only if that never happens within
    `timeout` is it clicked by JavaScript, and only once the element is checked to be present,
    displayed and enabled (else the wait's error is raised).

    `effect` (an expected condition) makes the click checked: if a rerun replaced the clicked element
    before the effect showed, the click was lost and is made again on the new element; while the
    clicked element is still on the page it is never clicked twice (a second click would undo a
    toggle), unless `again` says a repeat is safe: `again(d)` true once the app has been idle for
    `SETTLE_SECONDS` since the click (e.g. "the expander is still closed": a rerun that redrew it in
    place reset it, so the click was lost without the element going stale). Leave `effect` out for a
    click that must not be repeated (a form's submit button)."""
    from selenium.common.exceptions import StaleElementReferenceException, TimeoutException
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    deadline = time.monotonic() + timeout
    while True:
        element = _click_once(d, locator, max(deadline - time.monotonic(), 1.0))
        if effect is None:
            return

        quiet = settled()

        def outcome(drv: Any, element: Any = element, quiet: Callable[[Any], bool] = quiet) -> str | None:
            if effect(drv):
                return "done"
            if ec.staleness_of(element)(drv):
                return "lost"
            return "lost" if again is not None and quiet(drv) and again(drv) and not effect(drv) else None

        wait = WebDriverWait(
            d, max(deadline - time.monotonic(), 1.0), ignored_exceptions=(StaleElementReferenceException,)
        )
        if wait.until(outcome, f"clicking {locator} had no effect") == "done":
            return
        if time.monotonic() > deadline:
            raise TimeoutException(f"each click on {locator} was lost to a rerun")


def _click_once(d: Any, locator: tuple[str, str], timeout: float) -> Any:
    from selenium.common.exceptions import (
        ElementClickInterceptedException,
        ElementNotInteractableException,
        NoSuchElementException,
        StaleElementReferenceException,
        TimeoutException,
    )
    from selenium.webdriver.support.ui import WebDriverWait

    def clicked(drv: Any) -> Any:
        if not app_idle(drv):
            return None
        element = drv.find_element(*locator)
        if not (element.is_displayed() and element.is_enabled()):
            return None
        drv.execute_script("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", element)
        if not drv.execute_script(_REACHABLE_JS, element):
            return None
        element.click()
        return element

    try:
        return WebDriverWait(
            d,
            timeout,
            ignored_exceptions=(
                NoSuchElementException,
                StaleElementReferenceException,
                ElementClickInterceptedException,
                ElementNotInteractableException,
            ),
        ).until(clicked)
    except TimeoutException:
        element = d.find_element(*locator)  # NoSuchElementException if it is gone
        if not (element.is_displayed() and element.is_enabled()):
            raise
        d.execute_script("arguments[0].click()", element)
        return element
