"""`assistant serve`: the web chat (Gradio), a thin adapter over one `Assistant`.

`ChatHandlers` holds everything the page does, as plain methods that tests call with a
fake assistant; `create_app()` only lays the page out and wires events to them;
`create_server()` adds the document pages; `serve()` runs it. All text the page shows from
documents or questions is escaped in web_render.py.
"""

from __future__ import annotations

import hmac
import logging
import os
import tempfile
import threading
import time
from collections import defaultdict, deque
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

# Before gradio is imported: no version check, no telemetry.
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import gradio as gr  # noqa: E402
from fastapi import FastAPI, Request  # noqa: E402
from fastapi.responses import HTMLResponse  # noqa: E402

from assistant.config import Settings  # noqa: E402
from assistant.core import Assistant, QuestionError  # noqa: E402
from assistant.documents import LOADERS, DocumentError  # noqa: E402
from assistant.feedback import FEEDBACK_FILE, FeedbackStore  # noqa: E402
from assistant.models import SearchFilter  # noqa: E402
from assistant.store import IndexUnavailableError  # noqa: E402
from assistant.uploads import UploadError, allowed_types, save_upload  # noqa: E402
from assistant.web_render import (  # noqa: E402
    answer_markdown,
    conversation_markdown,
    document_page,
    documents_table,
    glossary_table,
    md_escape,
)

log = logging.getLogger(__name__)

ANY_YEAR = "Alla år"
SEARCHING = "*Söker i dokumenten …*"
STREAM_STEP = 12  # words per streamed update
STREAM_PAUSE = 0.02  # seconds between updates: the answer visibly builds up


class LoginGuard:
    """Admin password check with a limit on failed attempts per client.

    After `max_failures` failures within `window` seconds, a client must wait until the
    oldest of them is `window` seconds old.
    """

    def __init__(self, password: str, max_failures: int = 5, window: float = 300.0):
        self.password = password
        self.max_failures = max_failures
        self.window = window
        self._failures: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def try_login(self, client: str, password: str, now: float | None = None) -> tuple[bool, str]:
        """(accepted, Swedish message)."""
        now = time.monotonic() if now is None else now
        with self._lock:
            failures = self._failures[client]
            while failures and now - failures[0] > self.window:
                failures.popleft()
            if len(failures) >= self.max_failures:
                wait = int(self.window - (now - failures[0])) + 1
                return False, f"För många misslyckade inloggningar. Försök igen om {wait} sekunder."
            if hmac.compare_digest(password.encode(), self.password.encode()):
                failures.clear()
                return True, "Inloggad som administratör."
            failures.append(now)
            return False, "Fel lösenord."


def _year(value) -> int | None:
    return int(value) if value not in (None, "", ANY_YEAR) else None


def _history(turns: list[dict]) -> list[dict]:
    """The chat's messages, rebuilt from the session's turns (one question, one answer)."""
    messages = []
    for turn in turns:
        messages.append({"role": "user", "content": md_escape(turn["question"])})
        messages.append({"role": "assistant", "content": turn["markdown"]})
    return messages


class ChatHandlers:
    """What the page does, independent of Gradio's layout (tests call these directly)."""

    def __init__(self, assistant: Assistant, settings: Settings, export_dir: Path | None = None):
        self.assistant = assistant
        self.settings = settings
        self.feedback = FeedbackStore(settings.index_dir / FEEDBACK_FILE)
        # Made on the first export, so that a page (or a test) that never exports leaves
        # no empty folder behind in the temp directory.
        self.export_dir = export_dir
        self.login_guard = LoginGuard(settings.admin_password) if settings.admin_password else None

    # --- chat ------------------------------------------------------------------------

    def respond(
        self, question: str, turns: list[dict], sources=None, year_from=None, year_to=None
    ) -> Iterator[tuple[list[dict], list[dict], str, str]]:
        """Answer a question, streaming: yields (messages, turns, textbox, status)."""
        turns = list(turns or [])
        filters = SearchFilter(tuple(sources or ()), _year(year_from), _year(year_to))
        if not (question or "").strip():
            yield _history(turns), turns, "", "Skriv en fråga först."
            return
        pending = [*_history(turns), {"role": "user", "content": md_escape(question)}]
        yield [*pending, {"role": "assistant", "content": SEARCHING}], turns, "", ""
        previous = turns[-1]["searched"] if turns else None
        streamed = ""
        try:
            for item in self.assistant.ask_stream(question, filters=filters, previous=previous):
                if isinstance(item, str):  # a language model writing its answer
                    streamed += item
                    partial = md_escape(streamed)
                    yield [*pending, {"role": "assistant", "content": partial}], turns, "", ""
                else:
                    answer = item.to_json()
        except (QuestionError, IndexUnavailableError) as exc:
            yield _history(turns), turns, question, str(exc)
            return
        except Exception:  # the official sees a message, the log gets the details
            log.exception("Frågan kunde inte besvaras")
            yield (
                _history(turns),
                turns,
                question,
                "Något gick fel när frågan besvarades. Försök igen; om felet kvarstår, kontakta "
                "den som driver assistenten.",
            )
            return
        markdown = answer_markdown(answer, typed_question=" ".join(question.split()))
        if not streamed:  # the extractive answer comes whole; let it build up visibly
            for partial in _stream_pieces(markdown):
                yield [*pending, {"role": "assistant", "content": partial}], turns, "", ""
                time.sleep(STREAM_PAUSE)
        turn = {
            "question": question,
            "searched": answer["question"],
            "answer": answer,
            "markdown": markdown,
        }
        turns.append(turn)
        yield _history(turns), turns, "", ""

    def clear(self) -> tuple[list, list, str]:
        """A new conversation."""
        return [], [], ""

    def export(self, turns: list[dict]) -> str | None:
        """The conversation as a Markdown file; its path (None when there is nothing)."""
        if not turns:
            return None
        if self.export_dir is None:
            self.export_dir = Path(tempfile.mkdtemp(prefix="assistant-export-"))
        self.export_dir.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        path = Path(tempfile.mkdtemp(dir=self.export_dir)) / f"samtal-{stamp}.md"
        path.write_text(conversation_markdown(turns), encoding="utf-8")
        return str(path)

    # --- feedback --------------------------------------------------------------------

    def rate(self, turns: list[dict], message_index, liked) -> tuple[int | None, str]:
        """Store thumbs up/down for the answer at `message_index` of the chat.

        Returns (feedback row id, message). `liked` is True, False, or a string from the
        chat's feedback options (anything but "Dislike"/False counts as positive).
        """
        index = message_index[0] if isinstance(message_index, (list, tuple)) else message_index
        turn_index = int(index) // 2
        if not turns or turn_index >= len(turns):
            return None, "Det finns inget svar att betygsätta."
        rating = -1 if liked is False or liked == "Dislike" else 1
        row_id = self.feedback.record(rating, turns[turn_index]["answer"])
        thanks = (
            "Tack! Betyget är sparat" if rating > 0 else "Tack! Vi noterar att svaret inte hjälpte"
        )
        return row_id, f"{thanks}. Skriv gärna en kommentar nedan."

    def comment(self, row_id: int | None, text: str) -> tuple[str, str]:
        """Attach a comment to the latest rating; returns (textbox, message)."""
        if row_id is None:
            return text, "Betygsätt ett svar med tummen upp eller ned först."
        if not text.strip():
            return text, "Kommentaren är tom."
        self.feedback.add_comment(row_id, text.strip()[:5000])
        return "", "Tack, kommentaren är sparad (bara på den här datorn)."

    # --- documents -------------------------------------------------------------------

    def documents_html(self) -> str:
        """The Dokument tab's table."""
        try:
            return documents_table(self.assistant.status().documents)
        except IndexUnavailableError as exc:
            return f"<p>{exc}</p>"

    def glossary_html(self) -> str:
        """The Begrepp tab's table."""
        try:
            return glossary_table(self.assistant.glossary())
        except IndexUnavailableError as exc:
            return f"<p>{exc}</p>"

    def filter_choices(self) -> tuple[list[str], list[str]]:
        """(sources, years) for the filter menus."""
        try:
            sources, years = self.assistant.filter_options()
        except IndexUnavailableError:
            return [], [ANY_YEAR]
        return sources, [ANY_YEAR, *(str(y) for y in years)]

    def document_page(self, doc_id: str) -> str | None:
        """The HTML page of an indexed document (None when there is no such document)."""
        try:
            meta, passages = self.assistant.document_passages(doc_id)
        except (KeyError, IndexUnavailableError):
            return None
        return document_page(doc_id, meta, passages)

    # --- administration --------------------------------------------------------------

    def login(self, client: str, password: str) -> tuple[bool, str]:
        """Check the admin password (rate-limited per client)."""
        if self.login_guard is None:
            return False, "Administration är inte aktiverad."
        return self.login_guard.try_login(client, password or "")

    def upload(self, is_admin: bool, file_path: str | None, metadata: dict, replace: bool) -> str:
        """Save an uploaded document in the documents folder; returns a message."""
        if not is_admin:
            return "Logga in som administratör först."
        if not file_path:
            return "Välj en fil att ladda upp."
        source = Path(file_path)  # Gradio already caps uploads at max_document_bytes
        try:
            saved = save_upload(
                self.settings.documents_dir,
                source.name,
                source.read_bytes(),
                metadata,
                self.settings.max_document_bytes,
                replace,
            )
        except UploadError as exc:
            return str(exc)
        return f"Sparad som {saved.name}. Klicka på ”Indexera om” för att göra den sökbar."

    def reindex(self, is_admin: bool, progress=None) -> str:
        """Bring the index in line with the documents folder; returns the summary."""
        if not is_admin:
            return "Logga in som administratör först."

        def report(done: int, total: int, doc_id: str) -> None:
            if progress is not None:
                progress((done, max(total, 1)), desc=f"Indexerar {doc_id}" if doc_id else "Klart")

        try:
            result = self.assistant.index(progress=False, on_progress=report)
        except (DocumentError, IndexUnavailableError) as exc:
            return str(exc)
        return result.summary().replace("\n", "  \n")


def _stream_pieces(markdown: str) -> Iterator[str]:
    """Growing prefixes of the answer, a few words at a time, ending with the whole."""
    tokens = markdown.split(" ")
    for end in range(STREAM_STEP, len(tokens), STREAM_STEP):
        yield " ".join(tokens[:end])
    yield markdown


CSS = """
.gradio-container { max-width: 70rem !important; margin: auto; }
.message blockquote { border-left: 4px solid #0b5cad; background: #f3f7fb; color: #1f2328;
    padding: .5rem .75rem; margin: .6rem 0; border-radius: 4px; }
#samtal blockquote a { color: #0a4a8c !important; }
/* WCAG AA contrast for the selected tab's label (the theme's accent is too light). */
button[role="tab"].selected { color: #1d4ed8 !important; }
.dokumentlista { border-collapse: collapse; width: 100%; }
.dokumentlista caption { text-align: left; font-weight: 600; padding: .25rem 0; }
.dokumentlista th, .dokumentlista td { border-bottom: 1px solid #d0d7de; padding: .35rem .5rem;
    text-align: left; }
.dokumentlista a { color: #0b5cad; }
"""

# The page is Swedish: screen readers pick their voice from this.
JS_ON_LOAD = "() => { document.documentElement.lang = 'sv'; }"

THEME = gr.themes.Default(
    primary_hue="blue",
    # System fonts only: nothing is fetched from a font CDN.
    font=["system-ui", "Segoe UI", "Roboto", "Arial", "sans-serif"],
    font_mono=["ui-monospace", "Consolas", "monospace"],
).set(
    # WCAG AA contrast (≥ 4.5:1) for white text on the main buttons.
    button_primary_background_fill="#1d4ed8",
    button_primary_background_fill_hover="#1e40af",
    button_primary_text_color="#ffffff",
)


def create_app(
    assistant: Assistant, settings: Settings, export_dir: Path | None = None
) -> tuple[gr.Blocks, ChatHandlers]:
    """Lay out the page and wire its events to `ChatHandlers` (`export_dir`: where exported
    conversations go; a new temporary folder when None)."""
    h = ChatHandlers(assistant, settings, export_dir)
    examples = [q.strip() for q in settings.example_questions.split("|") if q.strip()]

    with gr.Blocks(title="Assistenten – frågor om segregation", analytics_enabled=False) as app:
        gr.Markdown(
            "# Assistenten\nFrågor om kommunala styrdokument om segregation. Svaren bygger "
            "bara på dokumenten och varje påstående hänvisar till ett avsnitt [n] som du kan "
            "läsa och kontrollera. Du kan fråga på svenska eller engelska."
        )
        turns = gr.State([])
        feedback_row = gr.State(None)
        is_admin = gr.State(False)

        def index_views(reset_years: bool = False) -> tuple:
            """What shows the index: document list, glossary, filter choices (on load and
            after re-indexing)."""
            sources_, years_ = h.filter_choices()
            year = {"value": ANY_YEAR} if reset_years else {}
            return (
                h.documents_html(),
                h.glossary_html(),
                gr.update(choices=sources_),
                gr.update(choices=years_, **year),
                gr.update(choices=years_, **year),
            )

        with gr.Tab("Fråga", id="chat"):
            with gr.Accordion("Avgränsa sökningen", open=False):
                with gr.Row():
                    sources = gr.Dropdown(
                        label="Kommun eller utgivare",
                        choices=[],
                        multiselect=True,
                        info="Tomt: alla dokument.",
                    )
                    year_from = gr.Dropdown(label="Från år", choices=[ANY_YEAR], value=ANY_YEAR)
                    year_to = gr.Dropdown(label="Till år", choices=[ANY_YEAR], value=ANY_YEAR)
            chatbot = gr.Chatbot(
                label="Samtal",
                height=560,
                placeholder="**Ställ en fråga om dokumenten.** Svaret visar de avsnitt det "
                "bygger på. Prova till exempel:",
                examples=[{"text": q} for q in examples],
                buttons=["copy"],
                latex_delimiters=[],  # amounts like "$5" are not maths
                sanitize_html=True,
                feedback_options=("Like", "Dislike"),
                elem_id="samtal",
            )
            status = gr.Markdown(elem_id="status")
            with gr.Row():
                question = gr.Textbox(
                    label="Din fråga",
                    placeholder="Till exempel: Hur mycket fick Huddinge för att motverka segregation?",
                    lines=1,
                    max_lines=4,
                    scale=5,
                    elem_id="fraga",
                )
                send = gr.Button("Skicka", variant="primary", scale=1, elem_id="skicka")
            with gr.Row():
                new_chat = gr.Button("Nytt samtal", size="sm")
                download = gr.DownloadButton(
                    "Ladda ner samtalet (Markdown)", value=None, size="sm", interactive=False
                )
            with gr.Group(visible=True):
                comment = gr.Textbox(
                    label="Kommentar till ditt betyg (valfritt)",
                    placeholder="Vad saknades eller var fel?",
                    lines=2,
                )
                send_comment = gr.Button("Skicka kommentar", size="sm")
            gr.Markdown(
                "Tumme upp eller ned under ett svar sparas lokalt, tillsammans med frågan, "
                "svaret och källorna. Inget lämnar datorn."
            )

        with gr.Tab("Dokument", id="dokument"):
            gr.Markdown("De dokument assistenten svarar från. Klicka på en titel för att läsa den.")
            docs_table = gr.HTML()

        with gr.Tab("Begrepp", id="begrepp"):
            gr.Markdown(
                "Förkortningar och begrepp som dokumenten själva definierar, med meningen som "
                "definierar dem och länk till stället i dokumentet."
            )
            glossary_html = gr.HTML()

        if settings.admin_password:
            with gr.Tab("Administration", id="admin"):
                with gr.Column() as login_box:
                    password = gr.Textbox(label="Administratörslösenord", type="password")
                    login = gr.Button("Logga in")
                with gr.Column(visible=False) as admin_box:
                    gr.Markdown(f"Lägg till ett dokument. Filtyper: {allowed_types()}.")
                    upload = gr.File(label="Dokument", file_types=sorted(LOADERS), type="filepath")
                    with gr.Row():
                        meta_title = gr.Textbox(label="Titel")
                        meta_publisher = gr.Textbox(label="Utgivare")
                        meta_municipality = gr.Textbox(label="Kommun")
                    with gr.Row():
                        meta_date = gr.Textbox(label="Datum (ÅÅÅÅ-MM-DD eller år)")
                        meta_type = gr.Textbox(label="Typ (t.ex. rapport, protokoll)")
                        meta_source = gr.Textbox(label="Källa (webbadress)")
                    replace = gr.Checkbox(label="Ersätt befintlig fil med samma namn")
                    save = gr.Button("Spara dokumentet")
                    reindex = gr.Button("Indexera om", variant="primary")
                admin_status = gr.Markdown()

            def do_login(pw: str, request: gr.Request):
                ok, message = h.login(request.client.host if request.client else "?", pw)
                return ok, message, "", gr.update(visible=not ok), gr.update(visible=ok)

            login.click(
                do_login,
                [password],
                [is_admin, admin_status, password, login_box, admin_box],
                concurrency_limit=1,
            )
            password.submit(
                do_login, [password], [is_admin, admin_status, password, login_box, admin_box]
            )

            def do_upload(ok, path, title, publisher, municipality, date, doc_type, source, rep):
                meta = {
                    "title": title,
                    "publisher": publisher,
                    "municipality": municipality,
                    "date": date,
                    "type": doc_type,
                    "source": source,
                }
                return h.upload(ok, path, meta, rep)

            save.click(
                do_upload,
                [
                    is_admin,
                    upload,
                    meta_title,
                    meta_publisher,
                    meta_municipality,
                    meta_date,
                    meta_type,
                    meta_source,
                    replace,
                ],
                [admin_status],
            )

            def do_reindex(ok, progress=gr.Progress()):  # noqa: B008 - how Gradio injects it
                return (h.reindex(ok, progress), *index_views())

            reindex.click(
                do_reindex,
                [is_admin],
                [admin_status, docs_table, glossary_html, sources, year_from, year_to],
                concurrency_limit=1,
                concurrency_id="index",
            )

        ask_inputs = [question, turns, sources, year_from, year_to]
        ask_outputs = [chatbot, turns, question, status]

        def refresh_download(t):
            return gr.update(value=h.export(t), interactive=bool(t))

        for trigger in (question.submit, send.click):
            trigger(h.respond, ask_inputs, ask_outputs, concurrency_id="ask").then(
                refresh_download, [turns], [download]
            )

        def pick_example(data: gr.SelectData) -> str:
            return data.value["text"]

        chatbot.example_select(pick_example, None, [question]).then(
            h.respond, ask_inputs, ask_outputs, concurrency_id="ask"
        ).then(refresh_download, [turns], [download])
        chatbot.clear(h.clear, None, [chatbot, turns, status])  # the chat's own bin button
        new_chat.click(h.clear, None, [chatbot, turns, status]).then(
            lambda: gr.update(value=None, interactive=False), None, [download]
        )

        def do_rate(t, data: gr.LikeData):
            return h.rate(t, data.index, data.liked)

        chatbot.like(do_rate, [turns], [feedback_row, status])
        send_comment.click(h.comment, [feedback_row, comment], [comment, status])

        app.load(
            lambda: index_views(reset_years=True),
            None,
            [docs_table, glossary_html, sources, year_from, year_to],
        )
    app.queue(default_concurrency_limit=settings.web_concurrency, max_size=200)
    return app, h


def create_server(
    assistant: Assistant, settings: Settings, export_dir: Path | None = None
) -> FastAPI:
    """The web app: the chat at /, document pages at /dokument?id=…."""
    blocks, handlers = create_app(assistant, settings, export_dir)
    server = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)

    @server.get("/dokument", response_class=HTMLResponse)
    def read_document(id: str, request: Request) -> HTMLResponse:  # noqa: A002 - query name
        page = handlers.document_page(id)
        if page is None:
            return HTMLResponse(
                '<!DOCTYPE html><html lang="sv"><title>Dokumentet finns inte</title>'
                '<p>Dokumentet finns inte i indexet. <a href="./">Till chatten</a></p></html>',
                status_code=404,
            )
        # Document text is escaped; the policy is a second lock: no script runs on the page.
        return HTMLResponse(
            page,
            headers={
                "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
                "X-Content-Type-Options": "nosniff",
            },
        )

    return gr.mount_gradio_app(
        server,
        blocks,
        path="",
        theme=THEME,
        css=CSS,
        js=JS_ON_LOAD,
        footer_links=[],
        max_file_size=settings.max_document_bytes,
        show_error=False,
        ssr_mode=False,
    )


def serve(settings: Settings, assistant: Assistant) -> None:
    """Run the web chat until interrupted (Ctrl+C)."""
    import uvicorn

    app = create_server(assistant, settings)
    print("Laddar modellen …", flush=True)
    assistant.warm_up()
    print(
        f"Webbchatten körs på http://{settings.host}:{settings.port} – avsluta med Ctrl+C.",
        flush=True,
    )
    uvicorn.run(app, host=settings.host, port=settings.port, log_level="warning")
