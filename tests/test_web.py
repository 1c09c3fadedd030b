"""The web chat's handlers and pages, without a browser, on a small corpus with the fake embedder."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from assistant.config import Settings
from assistant.core import Assistant
from assistant.feedback import FEEDBACK_FILE
from assistant.web import SEARCHING, ChatHandlers, LoginGuard, create_app, create_server
from assistant.web_render import md_escape
from tests.conftest import FakeEmbedder

DOCS = {
    "norrby-2019.txt": (
        "title: Norrbys arbete mot segregation\npublisher: Norrby kommun\n"
        "municipality: Norrby\ndate: 2019-03-01\ntype: rapport",
        "Norrby har fått 4 miljoner kronor för 2019 för att minska segregationen i kommunen.\n\n"
        "Pengarna används till läxhjälp och feriejobb för unga i utsatta områden.",
    ),
    "sunnvik-2023.txt": (
        "title: Sunnviks plan mot segregation\npublisher: Sunnviks kommun\n"
        "municipality: Sunnvik\ndate: 2023-05-10",
        "Sunnvik har fått 2 miljoner kronor för 2023 för att minska segregationen.\n\n"
        "Planen bygger på samverkan mellan skola och socialtjänst i kommunen.",
    ),
    "markup.txt": (
        "title: Test <b>fet</b> titel\npublisher: Hackare <img src=x onerror=alert(1)>\ndate: 2020",
        "Skriptet <script>window.__pwned = 1</script> ska visas som text i Östby.\n\n"
        "En länk [klicka](javascript:alert(1)) och *stjärnor* ska också visas som de står i Östby.",
    ),
}


def _write_corpus(folder: Path) -> None:
    for name, (meta, body) in DOCS.items():
        (folder / name).write_text(f"---\n{meta}\n---\n{body}\n", encoding="utf-8")


@pytest.fixture
def web(fake_assistant, tmp_path):
    _write_corpus(fake_assistant.settings.documents_dir)
    fake_assistant.index(progress=False)
    return ChatHandlers(fake_assistant, fake_assistant.settings, export_dir=tmp_path / "export")


def _last(generator):
    items = list(generator)
    return items, items[-1]


def test_answer_streams_and_ends_with_citation_cards(web):
    items, (messages, turns, textbox, status) = _last(
        web.respond("Hur mycket fick Norrby?", [], None, None, None)
    )
    # First the question and a "searching" note, then the answer grows, then the final state.
    assert items[0][0][-1]["content"] == SEARCHING
    assert items[0][2] == ""  # the textbox is cleared at once
    assert len(items) >= 3
    final = messages[-1]["content"]
    assert "4 miljoner kronor" in final
    assert "**Källor**" in final
    card = final.split("**Källor**")[1]
    assert "\\[1\\] Norrbys arbete mot segregation" in card
    assert "Norrby kommun · 2019-03-01" in card
    # The quoted sentence is highlighted in the passage; the card links into the document.
    assert "**Norrby har fått 4 miljoner kronor" in card
    assert "dokument?id=norrby-2019.txt#avsnitt-0" in card
    assert "Sökt i: alla dokument" in final
    assert len(turns) == 1 and turns[0]["answer"]["answered"]
    assert status == "" and textbox == ""


def test_empty_question_gets_a_message_and_changes_nothing(web):
    items, (messages, turns, _, status) = _last(web.respond("   ", [], None, None, None))
    assert len(items) == 1 and messages == [] and turns == []
    assert "Skriv en fråga" in status


def test_missing_index_is_explained(fake_assistant):
    handlers = ChatHandlers(fake_assistant, fake_assistant.settings)
    _, (messages, turns, textbox, status) = _last(
        handlers.respond("Hur mycket?", [], None, None, None)
    )
    assert "assistant index" in status and turns == []
    assert textbox == "Hur mycket?"  # the question is kept for a second try


def test_follow_up_is_rewritten_with_the_previous_question(web):
    _, (_, turns, _, _) = _last(web.respond("Hur mycket fick Norrby?", [], None, None, None))
    _, (messages, turns, _, _) = _last(web.respond("Och Sunnvik då?", turns, None, None, None))
    assert turns[1]["searched"] == "Hur mycket fick Sunnvik?"
    assert "Tolkad som: Hur mycket fick Sunnvik?" in messages[-1]["content"]
    assert "2 miljoner kronor" in messages[-1]["content"]
    assert len(messages) == 4


def test_filters_limit_the_search_and_are_shown(web):
    sources, years = web.filter_choices()
    assert {"Norrby", "Sunnvik"} <= set(sources)
    assert years[0] == "Alla år" and {"2019", "2023"} <= set(years)

    _, (messages, turns, _, _) = _last(
        web.respond(
            "Hur mycket fick de för att minska segregationen?", [], ["Sunnvik"], "2020", "Alla år"
        )
    )
    answer = turns[0]["answer"]
    assert {c["document"] for c in answer["citations"]} == {"sunnvik-2023.txt"}
    assert "Sökt i: Sunnvik, från 2020" in messages[-1]["content"]

    _, (messages, turns, _, _) = _last(
        web.respond("Hur mycket fick Norrby?", [], ["Norrby"], "2021", "2022")
    )
    assert not turns[0]["answer"]["answered"]
    assert (
        "Inga dokument matchar det valda urvalet \\(Norrby, 2021–2022\\)" in messages[-1]["content"]
    )


def test_markup_in_documents_is_shown_as_text(web):
    _, (messages, turns, _, _) = _last(
        web.respond("Vad ska visas som text i Östby?", [], None, None, None)
    )
    shown = messages[-1]["content"]
    assert turns[0]["answer"]["citations"]
    assert "<script" not in shown and "<img" not in shown and "<b>" not in shown
    assert "&lt;script&gt;window.\\_\\_pwned = 1&lt;/script&gt;" in shown
    assert "](javascript:" not in shown
    assert "Hackare &lt;img src=x onerror=alert\\(1\\)&gt;" in shown


def test_document_pages_escape_text_and_forbid_scripts(web):
    page = web.document_page("markup.txt")
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert 'id="avsnitt-0"' in page and "<title>Test &lt;b&gt;fet&lt;/b&gt; titel</title>" in page
    assert web.document_page("finns-inte.txt") is None

    client = TestClient(create_server(web.assistant, web.settings))
    response = client.get("/dokument", params={"id": "markup.txt"})
    assert response.status_code == 200
    assert "script-src" not in response.headers["content-security-policy"]  # default-src 'none'
    assert response.headers["content-security-policy"].startswith("default-src 'none'")
    assert client.get("/dokument", params={"id": "../../etc/passwd"}).status_code == 404
    assert client.get("/").status_code == 200


def test_documents_table_lists_every_indexed_document(web):
    table = web.documents_html()
    assert table.count("<tr>") == 1 + len(DOCS)
    assert "Norrbys arbete mot segregation" in table and "rapport" in table
    assert "<b>fet</b>" not in table and "&lt;b&gt;fet&lt;/b&gt;" in table
    assert 'href="dokument?id=norrby-2019.txt"' in table


def test_feedback_is_stored_with_question_answer_and_citations(web):
    _, (_, turns, _, _) = _last(web.respond("Hur mycket fick Norrby?", [], None, None, None))
    row_id, message = web.rate(turns, 1, False)
    assert "Tack" in message
    assert web.comment(row_id, "Saknar 2020.")[1].startswith("Tack")
    assert web.comment(None, "x")[1].startswith("Betygsätt")

    db = sqlite3.connect(web.settings.index_dir / FEEDBACK_FILE)
    rating, question, answer, citations, comment = db.execute(
        "SELECT rating, question, answer, citations, comment FROM feedback"
    ).fetchone()
    assert (rating, question, comment) == (-1, "Hur mycket fick Norrby?", "Saknar 2020.")
    assert "4 miljoner" in answer and "norrby-2019.txt" in citations

    # A new handler (a restarted web process) sees the same rows.
    again = ChatHandlers(web.assistant, web.settings)
    assert len(again.feedback.rows()) == 1
    assert again.rate(turns, 1, True)[0] == 2


def test_conversation_export_is_markdown_with_sources(web):
    assert web.export([]) is None
    _, (_, turns, _, _) = _last(web.respond("Hur mycket fick Norrby?", [], None, None, None))
    exported = Path(web.export(turns))
    assert exported.is_relative_to(web.export_dir)
    text = exported.read_text(encoding="utf-8")
    assert text.startswith("# Samtal med assistenten")
    assert "## Fråga: Hur mycket fick Norrby?" in text
    assert "**Källor**" in text and "Norrbys arbete mot segregation" in text


def test_markdown_escaping():
    assert md_escape("<a>") == "&lt;a&gt;"
    assert md_escape("[x](y)") == "\\[x\\]\\(y\\)"
    assert md_escape("- punkt\n1. ett") == "\\- punkt\n1\\. ett"
    assert md_escape("11,5 miljoner 2018-11-09") == "11,5 miljoner 2018-11-09"


# --- administration ------------------------------------------------------------------


@pytest.fixture
def admin(fake_assistant):
    settings = Settings(
        documents_dir=fake_assistant.settings.documents_dir,
        index_dir=fake_assistant.settings.index_dir,
        embedding_model=FakeEmbedder.name,
        admin_password="rätt lösen",
        max_document_bytes=10_000,
    )
    _write_corpus(settings.documents_dir)
    assistant = Assistant(settings, embedder=fake_assistant.embedder)
    assistant.index(progress=False)
    return ChatHandlers(assistant, settings)


def _upload_file(tmp_path: Path, name: str, data: bytes) -> str:
    folder = tmp_path / "uppladdat"
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_bytes(data)
    return str(path)


def test_upload_requires_login(admin, tmp_path):
    path = _upload_file(tmp_path, "ny.txt", "Ny text om segregation i Västby.".encode())
    assert "Logga in" in admin.upload(False, path, {}, False)
    assert not (admin.settings.documents_dir / "ny.txt").exists()
    assert "Logga in" in admin.reindex(False)


def test_upload_saves_with_metadata_and_reindex_makes_it_searchable(admin, tmp_path):
    path = _upload_file(
        tmp_path, "västby plan.txt", "Västby har fått 7 miljoner kronor för 2024.".encode()
    )
    message = admin.upload(
        True, path, {"title": "Västbys plan", "publisher": "Västby kommun"}, False
    )
    assert "Sparad som västby-plan.txt" in message
    saved = admin.settings.documents_dir / "västby-plan.txt"
    assert saved.is_file()
    assert "Västbys plan" in (saved.parent / "västby-plan.txt.yaml").read_text(encoding="utf-8")

    calls = []
    summary = admin.reindex(True, lambda value, desc: calls.append((value, desc)))
    assert "1 tillagda" in summary
    assert calls[-1] == ((len(DOCS) + 1, len(DOCS) + 1), "Klart")
    answer = admin.assistant.ask("Hur mycket fick Västby?")
    assert answer.answered and answer.citations[0].title == "Västbys plan"

    # The same name again is refused unless replacing is asked for.
    assert "finns redan" in admin.upload(True, path, {}, False)
    assert "Sparad" in admin.upload(True, path, {}, True)


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("program.exe", b"MZ\x90\x00", "Filtypen .exe stöds inte"),
        ("tom.txt", b"   ", "filen är tom"),
        ("binar.txt", b"\x00\x01\x02" * 100, "binär"),
        ("stor.txt", b"a" * 20_000, "för stor"),
        ("utannamn", b"text", "saknar filändelse"),
    ],
)
def test_bad_uploads_are_refused_with_a_reason(admin, tmp_path, name, data, expected):
    before = sorted(p.name for p in admin.settings.documents_dir.iterdir())
    message = admin.upload(True, _upload_file(tmp_path, name, data), {}, False)
    assert expected in message
    assert sorted(p.name for p in admin.settings.documents_dir.iterdir()) == before


def test_upload_names_cannot_leave_the_documents_folder(admin, tmp_path):
    from assistant.uploads import save_upload

    docs = admin.settings.documents_dir
    for name in ("../../utanfor.txt", "..\\..\\utanfor.txt", "/etc/utanfor.txt", ".dold.txt"):
        saved = save_upload(docs, name, "Text om Västby.".encode(), replace=True)
        assert saved.parent == docs.resolve()
    assert not (docs.parent / "utanfor.txt").exists()
    assert not (docs.parent.parent / "utanfor.txt").exists()


def test_login_is_rate_limited():
    guard = LoginGuard("hemligt", max_failures=3, window=60)
    assert guard.try_login("a", "fel", now=0)[0] is False
    assert guard.try_login("a", "fel", now=1)[0] is False
    assert guard.try_login("a", "fel", now=2)[0] is False
    ok, message = guard.try_login("a", "hemligt", now=3)
    assert not ok and "För många" in message  # even the right password waits
    assert guard.try_login("b", "hemligt", now=3)[0] is True  # other clients are not blocked
    assert guard.try_login("a", "hemligt", now=61)[0] is True


def test_admin_tab_exists_only_with_a_password(web, admin):
    def tab_labels(blocks):
        return {
            c.get("props", {}).get("label")
            for c in blocks.config["components"]
            if c.get("type") == "tabitem"
        }

    without, _ = create_app(web.assistant, web.settings)
    with_password, _ = create_app(admin.assistant, admin.settings)
    assert "Administration" not in tab_labels(without)
    assert {"Fråga", "Dokument", "Administration"} <= tab_labels(with_password)
    assert web.login("127.0.0.1", "vad som helst")[0] is False
