"""The staff workspace in a real browser: `streamlit run app.py` and Debian's headless Chromium.

Staff URLs opened without signing in show the patients' chat and no staff content; signing in at
/staff brings the staff pages into the sidebar for that session only. The browser and driver setup
is tests/integration/test_browser.py's."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_browser import LOAD_TIMEOUT, _free_port, driver

from assistant.settings import REPO_ROOT
from assistant.web.staff import STAFF_PAGES
from assistant.web.staff_auth import hash_password

pytestmark = pytest.mark.browser

__all__ = ["driver"]  # the fixture, shared with test_browser.py

STAFF_PASSWORD = "needle-and-thread-2024"
STAFF_TITLES = [title for _script, title, _icon, _url in STAFF_PAGES]
STAFF_URLS = [url for *_, url in STAFF_PAGES]
PAGE_TIMEOUT = 60
# Words that only staff pages show (buttons, headings).
STAFF_WORDS = [
    "Check coverage",
    "Check the archive",
    "Export the queue",
    "Delete old entries",
    "Run the evaluation",
]


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory, shared_cache: Path) -> Iterator[str]:
    tmp = tmp_path_factory.mktemp("browser-staff")
    env = {
        **os.environ,
        "ASSISTANT_CHROMA_DIR": str(tmp / "chroma"),
        "ASSISTANT_EMBEDDING_CACHE": str(shared_cache),
        "ASSISTANT_DATA_DIR": str(tmp / "data"),
        "ASSISTANT_STAFF_PASSWORD_HASH": hash_password(STAFF_PASSWORD),
        "HF_HUB_OFFLINE": "1",
        "TOKENIZERS_PARALLELISM": "false",
        "ANONYMIZED_TELEMETRY": "False",
    }
    streamlit = shutil.which("streamlit", path=str(Path(sys.executable).parent)) or shutil.which("streamlit")
    assert streamlit, "streamlit is not installed in this environment"
    port = _free_port()
    log_path = tmp / "streamlit.log"
    with log_path.open("w") as log:
        proc = subprocess.Popen(
            [
                streamlit,
                "run",
                "app.py",
                "--server.headless",
                "true",
                "--server.address",
                "127.0.0.1",
                "--server.port",
                str(port),
                "--browser.gatherUsageStats",
                "false",
            ],
            cwd=REPO_ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as resp:
                        if resp.status == 200:
                            break
                except OSError:
                    pass
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"streamlit did not start:\n{log_path.read_text()[-3000:]}")
                time.sleep(0.3)
            yield f"http://127.0.0.1:{port}/"
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)


def _wait_for_chat(d: object) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(d, LOAD_TIMEOUT).until(
        ec.presence_of_element_located((By.CSS_SELECTOR, "[data-testid='stChatInputTextArea']"))
    )


def _headings(d: object) -> list[str]:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.remote.webdriver import WebDriver

    assert isinstance(d, WebDriver)
    return [h.text.strip() for h in d.find_elements(By.CSS_SELECTOR, "h1") if h.text.strip()]


@pytest.mark.parametrize("path", STAFF_URLS)
def test_staff_urls_show_no_staff_content_before_sign_in(base_url: str, driver: object, path: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.remote.webdriver import WebDriver

    assert isinstance(driver, WebDriver)
    driver.get(base_url + path)
    _wait_for_chat(driver)  # Streamlit falls back to the patients' chat
    time.sleep(1.0)  # let any late element arrive
    body = driver.find_element(By.TAG_NAME, "body").text
    assert "Ask the acupuncture archive" in _headings(driver)
    assert not set(_headings(driver)) & set(STAFF_TITLES)
    for words in STAFF_WORDS:
        assert words not in body
    assert not driver.find_elements(By.CSS_SELECTOR, "[data-testid='stSidebarNav']")
    assert not driver.find_elements(By.CSS_SELECTOR, "[data-testid='stSidebar'] a")
    assert not driver.find_elements(By.CSS_SELECTOR, "[data-testid='stException']")


def test_patient_page_has_no_link_to_staff(base_url: str, driver: object) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.remote.webdriver import WebDriver

    assert isinstance(driver, WebDriver)
    driver.get(base_url)
    _wait_for_chat(driver)
    links = [a.get_attribute("href") or "" for a in driver.find_elements(By.TAG_NAME, "a")]
    assert not [
        href for href in links if any(href.rstrip("/").endswith("/" + p) for p in [*STAFF_URLS, "staff"])
    ]


def test_sign_in_shows_the_staff_pages_to_that_session_only(base_url: str, driver: object) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.remote.webdriver import WebDriver
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    assert isinstance(driver, WebDriver)
    d = driver
    d.get(base_url + "staff")
    box = WebDriverWait(d, LOAD_TIMEOUT).until(
        ec.element_to_be_clickable((By.CSS_SELECTOR, "input[type='password']"))
    )
    assert "Staff sign in" in _headings(d)
    box.send_keys("not the password")
    box.send_keys(Keys.ENTER)
    WebDriverWait(d, PAGE_TIMEOUT).until(
        ec.text_to_be_present_in_element((By.TAG_NAME, "body"), "Wrong password.")
    )
    assert not d.find_elements(By.CSS_SELECTOR, "[data-testid='stSidebarNav']")

    box = WebDriverWait(d, PAGE_TIMEOUT).until(
        ec.element_to_be_clickable((By.CSS_SELECTOR, "input[type='password']"))
    )
    box.send_keys(STAFF_PASSWORD)
    box.send_keys(Keys.ENTER)
    nav = WebDriverWait(d, PAGE_TIMEOUT).until(
        ec.visibility_of_element_located((By.CSS_SELECTOR, "[data-testid='stSidebarNav']"))
    )
    WebDriverWait(d, PAGE_TIMEOUT).until(lambda _: "Coverage" in nav.text)
    assert all(title in nav.text for title in STAFF_TITLES)
    nav.find_element(By.XPATH, ".//a[contains(., 'Coverage')]").click()
    WebDriverWait(d, PAGE_TIMEOUT).until(lambda drv: "Coverage" in _headings(drv))
    WebDriverWait(d, PAGE_TIMEOUT).until(
        ec.text_to_be_present_in_element((By.TAG_NAME, "body"), "Check coverage")
    )
    assert not d.find_elements(By.CSS_SELECTOR, "[data-testid='stException']")

    # A new session (a reload) must sign in again.
    d.get(base_url + "coverage")
    _wait_for_chat(d)
    time.sleep(1.0)
    assert "Coverage" not in _headings(d)
    assert not d.find_elements(By.CSS_SELECTOR, "[data-testid='stSidebarNav']")
