"""The web chat in a real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright).

The app runs in-process on a free loopback port, on the real model and the real corpus.
axe-core (from npm, tests/browser/node_modules) checks WCAG 2.1 AA.
"""

from __future__ import annotations

import re
import socket
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest
import uvicorn

from assistant.core import Assistant
from assistant.feedback import FEEDBACK_FILE, FeedbackStore
from assistant.web import create_server
from tests.conftest import ROOT

pytestmark = [pytest.mark.e2e, pytest.mark.browser]

CHROMIUM = "/usr/bin/chromium"
AXE = ROOT / "tests" / "browser" / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class RunningApp:
    """The web app served by uvicorn in a background thread."""

    def __init__(self, assistant: Assistant, settings, export_dir):
        port = _free_port()
        self.url = f"http://127.0.0.1:{port}/"
        app = create_server(assistant, settings, export_dir)
        config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self):
        self.thread.start()
        deadline = time.monotonic() + 60
        while not self.server.started:
            assert time.monotonic() < deadline, "the web app did not start"
            time.sleep(0.1)
        return self

    def __exit__(self, *exc):
        self.server.should_exit = True
        self.thread.join(timeout=30)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), "Chromium saknas: make test installerar Debian-paketet chromium"
    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield instance
        instance.close()


@pytest.fixture(scope="module")
def app(real_assistant, tmp_path_factory):
    settings = replace(real_assistant.settings, admin_password="testlösen")
    with RunningApp(real_assistant, settings, tmp_path_factory.mktemp("export")) as running:
        yield running


def _page(browser, app, outside: list[str]):
    context = browser.new_context(viewport={"width": 1280, "height": 1000}, locale="sv-SE")
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=app.url.rstrip("/"))
    page = context.new_page()
    # Offline: every request the page makes must stay on this machine.
    page.on(
        "request",
        lambda r: (
            outside.append(r.url)
            if not r.url.startswith((app.url, "data:", "blob:", "about:"))
            else None
        ),
    )
    page.goto(app.url)
    page.wait_for_selector("#fraga textarea")
    return page


def _ask_by_keyboard(page, question: str) -> str:
    """Tab to the question field, type, press Enter; return the last answer's text."""
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.closest('#fraga') !== null"):
            break
    else:
        pytest.fail("the question field cannot be reached with the Tab key")
    before = page.locator("#samtal blockquote").count()
    page.keyboard.type(question)
    page.keyboard.press("Enter")
    page.wait_for_function(
        f"document.querySelectorAll('#samtal blockquote').length > {before}", timeout=60_000
    )
    # Streaming is over when the textbox is usable again and the answer has stopped growing.
    last = page.locator("#samtal .message-row, #samtal [data-testid='bot']").last
    text = ""
    for _ in range(50):
        time.sleep(0.2)
        now = last.inner_text()
        if now == text:
            break
        text = now
    return text


def _axe_violations(page) -> list[dict]:
    page.add_script_tag(path=str(AXE))
    return page.evaluate(
        """async () => {
            const result = await axe.run(document, {
                runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}
            });
            return result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.html)}));
        }"""
    )


def test_question_gets_an_answer_with_citation_cards(browser, app):
    outside: list[str] = []
    page = _page(browser, app, outside)
    answer = _ask_by_keyboard(page, "Hur mycket fick Huddinge?")
    assert re.search(r"11[,.]5 miljoner", answer), answer
    cards = page.locator("#samtal blockquote")
    assert "Huddinges arbete mot segregation" in cards.first.inner_text()
    assert "Huddinge kommun" in cards.first.inner_text()
    # The cited sentence is highlighted inside the card.
    assert re.search(r"11[,.]5 miljoner", cards.first.locator("strong").all_inner_texts()[-1])

    # Copy gives the answer with its sources as Markdown, for a memo.
    page.locator(
        "#samtal button[aria-label='Copy message'], #samtal button[title*='opi']"
    ).last.click()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert "**Källor**" in copied and "Huddinges arbete mot segregation" in copied

    # From the card, the whole document opens at the cited passage.
    with page.context.expect_page() as opened:
        cards.first.get_by_role("link", name=re.compile("Läs i dokumentet")).click()
    document = opened.value
    document.wait_for_load_state()
    assert "#avsnitt-" in document.url
    anchor = document.url.split("#", 1)[1]
    assert re.search(r"11[,.]5 miljoner", document.locator(f"#{anchor}").inner_text())
    assert document.locator("h1").inner_text() == "Huddinges arbete mot segregation"
    assert outside == []


def test_follow_up_feedback_and_filters(browser, app, real_assistant):
    page = _page(browser, app, [])
    _ask_by_keyboard(page, "Hur mycket fick Huddinge?")
    follow_up = _ask_by_keyboard(page, "Och Helsingborg då?")
    assert "Tolkad som: Hur mycket fick Helsingborg?" in follow_up
    assert "13 miljoner" in follow_up

    # Thumbs down on the follow-up, with a comment: stored locally with its question.
    page.locator("#samtal button[aria-label='Ogilla']").last.click()
    page.wait_for_function("document.querySelector('#status').innerText.includes('Tack')")
    page.get_by_label("Kommentar till ditt betyg (valfritt)").fill("Saknar år.")
    page.get_by_role("button", name="Skicka kommentar").click()
    page.wait_for_function("document.querySelector('#status').innerText.includes('kommentaren')")
    rows = FeedbackStore(real_assistant.settings.index_dir / FEEDBACK_FILE).rows()
    assert (rows[-1]["rating"], rows[-1]["question"], rows[-1]["comment"]) == (
        -1,
        "Hur mycket fick Helsingborg?",
        "Saknar år.",
    )

    # A filter on one municipality limits the search and is named in the answer.
    page.get_by_text("Avgränsa sökningen").click()
    sources = page.get_by_label("Kommun eller utgivare")
    sources.click()
    sources.fill("Sigtuna")
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    answer = _ask_by_keyboard(page, "Vad gör kommunen mot segregation?")
    assert "Sökt i: Sigtuna" in answer
    cards = page.locator("#samtal blockquote").all_inner_texts()[-1]
    assert "Sigtuna" in cards


def test_pages_have_no_serious_accessibility_violations(browser, app):
    page = _page(browser, app, [])
    _ask_by_keyboard(page, "Vad är Delmos?")
    assert _axe_violations(page) == []
    for tab in ("Dokument", "Begrepp", "Administration"):
        page.get_by_role("tab", name=tab).click()
        time.sleep(0.5)
        assert _axe_violations(page) == [], tab
    page.get_by_role("tab", name="Dokument").click()
    assert page.get_by_role("table").locator("tbody tr").count() == 5


HOSTILE = """---
title: Dokument med <script>window.__pwned = 1</script> i titeln
publisher: Testkommun <img src=x onerror="window.__pwned = 2">
municipality: Testkommun
date: 2024-01-01
---
Testkommun har fått 5 miljoner kronor mot segregation <script>window.__pwned = 3</script> för 2024.

Länken <a href="javascript:window.__pwned = 4">klicka här</a> ska visas som text i Testkommun.
"""


def test_markup_in_a_document_is_shown_as_text(browser, real_assistant, tmp_path):
    docs = tmp_path / "documents"
    docs.mkdir()
    (docs / "fientlig.txt").write_text(HOSTILE, encoding="utf-8")
    settings = replace(real_assistant.settings, documents_dir=docs, index_dir=tmp_path / "index")
    assistant = Assistant(settings, embedder=real_assistant.embedder)
    assistant.index(progress=False)
    with RunningApp(assistant, settings, tmp_path / "export") as running:
        page = _page(browser, running, [])
        answer = _ask_by_keyboard(page, "Hur mycket fick Testkommun?")
        assert "5 miljoner kronor" in answer
        card = page.locator("#samtal blockquote").first.inner_text()
        assert "<script>window.__pwned = 3</script>" in card
        assert "<script>window.__pwned = 1</script>" in card
        assert '<img src=x onerror="window.__pwned = 2">' in card
        page.get_by_role("tab", name="Dokument").click()
        time.sleep(0.5)
        with page.context.expect_page() as opened:
            page.get_by_role("link", name=re.compile("Dokument med")).click()
        document = opened.value
        document.wait_for_load_state()
        assert '<a href="javascript:window.__pwned = 4">' in document.locator("main").inner_text()
        assert document.evaluate("window.__pwned") is None
        # Markup in a question is shown as text too.
        page.get_by_role("tab", name="Fråga").click()
        asked = _ask_by_keyboard(
            page, 'Vad fick <img src=x onerror="window.__pwned = 5"> Testkommun?'
        )
        assert '<img src=x onerror="window.__pwned = 5">' in page.locator("#samtal").inner_text()
        assert asked
        assert page.evaluate("window.__pwned") is None
