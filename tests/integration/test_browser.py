"""The chat in a real browser: `streamlit run app.py` driven by Debian's headless Chromium.

Never downloads a browser or a driver: both come from Debian (scripts/install-browser.sh) and the
driver path is passed explicitly, so selenium-manager does not run."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from assistant.settings import REPO_ROOT, Settings

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
LOAD_TIMEOUT = 240  # first page: model load and index build
REPLY_TIMEOUT = 90
SEED_TITLE = "Pain after acupuncture for lower back pain"
NEW_QUESTION = "Can acupuncture fix a broken laptop screen?"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass(frozen=True)
class Server:
    url: str
    settings: Settings


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, shared_cache: Path) -> Iterator[Server]:
    tmp = tmp_path_factory.mktemp("browser")
    env = {
        **os.environ,
        "ASSISTANT_CHROMA_DIR": str(tmp / "chroma"),
        "ASSISTANT_EMBEDDING_CACHE": str(shared_cache),  # the session's vectors: no re-embedding
        "ASSISTANT_DATA_DIR": str(tmp / "data"),
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
            settings = Settings(
                chroma_dir=tmp / "chroma", embedding_cache=shared_cache, data_dir=tmp / "data"
            )
            yield Server(f"http://127.0.0.1:{port}/", settings)
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)


@pytest.fixture
def driver(tmp_path: Path) -> Iterator[object]:
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


def test_ask_read_and_hand_off(server: Server, driver: object) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.remote.webdriver import WebDriver
    from selenium.webdriver.remote.webelement import WebElement
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

        def replied(drv: WebDriver) -> bool:
            done = drv.find_elements(By.CSS_SELECTOR, "[aria-label='Chat message from assistant']")
            busy = drv.find_elements(By.CSS_SELECTOR, "[data-testid='stSpinner']")
            return len(done) >= replies and not busy

        WebDriverWait(d, REPLY_TIMEOUT).until(replied)

    def click(element: WebElement) -> None:
        d.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
        WebDriverWait(d, 10).until(lambda _: element.is_displayed() and element.is_enabled())
        element.click()

    # 1. An archived question: the citation and, on request, the whole answer.
    ask("I've had shooting pains and pins and needles since acupuncture on my lower back, is that normal?", 1)
    WebDriverWait(d, REPLY_TIMEOUT).until(ec.text_to_be_present_in_element((By.TAG_NAME, "body"), SEED_TITLE))
    assert not d.find_elements(By.CSS_SELECTOR, "[data-testid='stException']")
    summary = WebDriverWait(d, REPLY_TIMEOUT).until(
        ec.element_to_be_clickable((By.XPATH, "//details//summary[contains(., 'Read the full answer')]"))
    )
    click(summary)
    WebDriverWait(d, REPLY_TIMEOUT).until(
        ec.visibility_of_element_located(
            (By.XPATH, "//details[@open]//p[contains(., 'migratory arthritis')]")
        )
    )

    # 2. A new question: the Ask-an-expert form, prefilled; send it and see the reference.
    ask(NEW_QUESTION, 2)
    form_box = (By.CSS_SELECTOR, "[data-testid='stForm'] textarea")
    WebDriverWait(d, REPLY_TIMEOUT).until(ec.text_to_be_present_in_element_value(form_box, NEW_QUESTION))
    consent = d.find_element(By.CSS_SELECTOR, "[data-testid='stForm'] [data-testid='stCheckbox'] label")
    assert "I agree that the expert team" in consent.text
    click(consent)
    send = d.find_element(By.XPATH, "//button[contains(., 'Send to an expert')]")
    click(send)
    confirmation = WebDriverWait(d, REPLY_TIMEOUT).until(
        ec.visibility_of_element_located((By.XPATH, "//*[contains(text(), 'Your reference is')]"))
    )
    assert "Your reference is" in confirmation.text
    assert not d.find_elements(By.CSS_SELECTOR, "[data-testid='stException']")

    rows = ExpertQueue(server.settings.queue_db).list()
    assert len(rows) == 1
    assert NEW_QUESTION in repr(rows[0])
