"""The staff workspace in a real browser: `streamlit run app.py` and Debian's headless Chromium.

Staff URLs opened without signing in show the patients' chat and no staff content; signing in at
/staff brings the staff pages into the sidebar for that session only. The browser and driver setup
is tests/integration/conftest.py's."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.web.staff import STAFF_PAGES
from assistant.web.staff_auth import hash_password
from tests.conftest import make_settings
from tests.integration.conftest import LOAD_TIMEOUT, click, read, run_streamlit

pytestmark = pytest.mark.browser

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
    settings = make_settings(tmp, embedding_cache=shared_cache)
    with run_streamlit(settings, tmp, ASSISTANT_STAFF_PASSWORD_HASH=hash_password(STAFF_PASSWORD)) as url:
        yield url


def _wait_for_chat(d: object) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(d, LOAD_TIMEOUT).until(
        ec.presence_of_element_located((By.CSS_SELECTOR, "[data-testid='stChatInputTextArea']"))
    )


def _headings(d: object) -> list[str]:
    from selenium.webdriver.common.by import By

    def texts(drv: object) -> list[str]:
        from selenium.webdriver.remote.webdriver import WebDriver

        assert isinstance(drv, WebDriver)
        return [h.text.strip() for h in drv.find_elements(By.CSS_SELECTOR, "h1") if h.text.strip()]

    return read(d, texts)  # a page switch may redraw a heading between finding and reading it


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
    nav = (By.CSS_SELECTOR, "[data-testid='stSidebarNav']")
    WebDriverWait(d, PAGE_TIMEOUT).until(ec.visibility_of_element_located(nav))
    WebDriverWait(d, PAGE_TIMEOUT).until(ec.text_to_be_present_in_element(nav, "Coverage"))
    nav_text = read(d, lambda drv: drv.find_element(*nav).text)
    assert all(title in nav_text for title in STAFF_TITLES)
    click(
        d,
        (By.XPATH, "//*[@data-testid='stSidebarNav']//a[contains(., 'Coverage')]"),
        effect=lambda drv: "Coverage" in _headings(drv),
        timeout=PAGE_TIMEOUT,
    )
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
