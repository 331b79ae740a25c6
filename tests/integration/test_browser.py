"""The chat in a real browser: `streamlit run app.py` driven by Debian's headless Chromium.

The server, browser and click helpers are tests/integration/conftest.py's."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from assistant.settings import Settings
from tests.conftest import make_settings
from tests.integration.conftest import LOAD_TIMEOUT, click, read, run_streamlit, settled

pytestmark = pytest.mark.browser

REPLY_TIMEOUT = 90
SEED_TITLE = "Pain after acupuncture for lower back pain"
NEW_QUESTION = "Can acupuncture fix a broken laptop screen?"


@dataclass(frozen=True)
class Server:
    url: str
    settings: Settings


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, shared_cache: Path) -> Iterator[Server]:
    tmp = tmp_path_factory.mktemp("browser")
    settings = make_settings(tmp, embedding_cache=shared_cache)  # the session's vectors: no re-embedding
    with run_streamlit(settings, tmp) as url:
        yield Server(url, settings)


def test_ask_read_and_hand_off(server: Server, driver: object) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.remote.webdriver import WebDriver
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    from assistant.expert_queue import ExpertQueue

    assert isinstance(driver, WebDriver)
    d = driver
    d.get(server.url)
    chat_box = (By.CSS_SELECTOR, "[data-testid='stChatInputTextArea']")
    WebDriverWait(d, LOAD_TIMEOUT).until(ec.element_to_be_clickable(chat_box))

    def ask(text: str, replies: int) -> None:
        box = WebDriverWait(d, REPLY_TIMEOUT).until(ec.element_to_be_clickable(chat_box))
        box.send_keys(text)
        box.send_keys(Keys.ENTER)

        quiet = settled()

        def replied(drv: WebDriver) -> bool:
            done = drv.find_elements(By.CSS_SELECTOR, "[aria-label='Chat message from assistant']")
            return quiet(drv) and len(done) >= replies

        WebDriverWait(d, REPLY_TIMEOUT).until(replied)

    # 1. An archived question: the citation and, on request, the whole answer.
    ask("I've had shooting pains and pins and needles since acupuncture on my lower back, is that normal?", 1)
    WebDriverWait(d, REPLY_TIMEOUT).until(ec.text_to_be_present_in_element((By.TAG_NAME, "body"), SEED_TITLE))
    assert not d.find_elements(By.CSS_SELECTOR, "[data-testid='stException']")
    summary = (By.XPATH, "//details//summary[contains(., 'Read the full answer')]")
    WebDriverWait(d, REPLY_TIMEOUT).until(ec.element_to_be_clickable(summary))
    full_answer = (By.XPATH, "//details[@open]//p[contains(., 'migratory arthritis')]")
    # A rerun may redraw the expander closed in place; clicking a closed one again is safe.
    click(
        d,
        summary,
        effect=ec.visibility_of_element_located(full_answer),
        again=lambda drv: (
            drv.find_element(*summary).find_element(By.XPATH, "..").get_attribute("open") is None
        ),
    )

    # 2. A new question: the Ask-an-expert form, prefilled; send it and see the reference.
    ask(NEW_QUESTION, 2)
    form_box = (By.CSS_SELECTOR, "[data-testid='stForm'] textarea")
    WebDriverWait(d, REPLY_TIMEOUT).until(ec.text_to_be_present_in_element_value(form_box, NEW_QUESTION))
    consent = (By.CSS_SELECTOR, "[data-testid='stForm'] [data-testid='stCheckbox'] label")
    assert "I agree that the expert team" in read(d, lambda drv: drv.find_element(*consent).text)
    consent_box = (
        By.CSS_SELECTOR,
        "[data-testid='stForm'] [data-testid='stCheckbox'] input[type='checkbox']",
    )
    click(
        d,
        consent,
        effect=ec.element_located_to_be_selected(consent_box),
        again=lambda drv: not drv.find_element(*consent_box).is_selected(),
    )
    click(d, (By.XPATH, "//button[contains(., 'Send to an expert')]"))
    confirmation = WebDriverWait(d, REPLY_TIMEOUT).until(
        ec.visibility_of_element_located((By.XPATH, "//*[contains(text(), 'Your reference is')]"))
    )
    assert "Your reference is" in confirmation.text
    assert not d.find_elements(By.CSS_SELECTOR, "[data-testid='stException']")

    rows = ExpertQueue(server.settings.queue_db).list()
    assert len(rows) == 1
    assert NEW_QUESTION in repr(rows[0])
