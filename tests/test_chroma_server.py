"""Server mode: the same indexing and answering against a real `chroma run` on loopback."""

from __future__ import annotations

import http.server
import threading
import urllib.error
import urllib.request
import uuid

import pytest

from assistant import core
from assistant.config import Settings
from assistant.core import Assistant
from assistant.models import SearchFilter
from assistant.store import IndexMismatchError, IndexUnavailableError
from tests.conftest import FakeEmbedder

DOC = "---\ntitle: {title}\npublisher: {publisher}\ndate: {date}\n---\n{body}\n"
NORRBY = DOC.format(
    title="Norrbys arbete",
    publisher="Norrby kommun",
    date="2020-03-01",
    body="Stöd\n\nNorrby har fått 4,5 miljoner kronor för 2020 för arbetet mot segregation.",
)
SYDBY = DOC.format(
    title="Sydbys arbete",
    publisher="Sydby kommun",
    date="2022-09-10",
    body="Stöd\n\nSydby har fått 2 miljoner kronor för 2022 för arbetet mot segregation.",
)


def server_settings(tmp_path, url, collection, **overrides) -> Settings:
    docs = tmp_path / "documents"
    docs.mkdir(exist_ok=True)
    return Settings(
        documents_dir=docs,
        index_dir=tmp_path / "index",
        embedding_model=FakeEmbedder.name,
        chroma_url=url,
        chroma_collection=collection,
        **overrides,
    )


@pytest.fixture
def on_server(tmp_path, chroma_server):
    """An Assistant with the fake embedder whose index is a fresh collection on the server."""
    settings = server_settings(tmp_path, chroma_server, f"test-{uuid.uuid4().hex[:12]}")
    (settings.documents_dir / "norrby.txt").write_text(NORRBY, encoding="utf-8")
    (settings.documents_dir / "sydby.txt").write_text(SYDBY, encoding="utf-8")
    assistant = Assistant(settings, embedder=FakeEmbedder())
    assistant.index(progress=False)
    return assistant


def other_machine(assistant: Assistant, tmp_path) -> Assistant:
    """A second Assistant with its own (empty) index folder, using the same server collection."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    settings = Settings(
        documents_dir=assistant.settings.documents_dir,
        index_dir=elsewhere / "index",
        embedding_model=FakeEmbedder.name,
        chroma_url=assistant.settings.chroma_url,
        chroma_collection=assistant.settings.chroma_collection,
    )
    return Assistant(settings, embedder=FakeEmbedder())


def test_index_and_answer_on_the_server(on_server, tmp_path):
    answer = on_server.ask("Hur mycket fick Norrby?")
    assert answer.answered and "4,5 miljoner kronor" in answer.text
    assert answer.citations[0].document == "norrby.txt"
    # Nothing of the index is kept locally: the manifest lives with the collection.
    assert not (on_server.settings.index_dir / "manifest.json").exists()
    assert not (on_server.settings.index_dir / "chroma").exists()
    elsewhere = other_machine(on_server, tmp_path)
    assert set(elsewhere.status().documents) == {"norrby.txt", "sydby.txt"}
    assert elsewhere.ask("Hur mycket fick Sydby?").citations[0].document == "sydby.txt"


def test_incremental_indexing_on_the_server(on_server):
    docs = on_server.settings.documents_dir
    (docs / "sydby.txt").write_text(SYDBY.replace("2 miljoner", "3 miljoner"), encoding="utf-8")
    (docs / "norrby.txt").unlink()
    before = on_server.embedder.calls
    report = on_server.index(progress=False)
    assert report.updated == ["sydby.txt"] and report.removed == ["norrby.txt"]
    assert on_server.embedder.calls - before == report.chunks_embedded == 1
    # Old passages are gone from the server: it holds exactly the manifest's passages.
    assert on_server.store.collection.count() == on_server.status().chunks == 1
    assert "3 miljoner" in on_server.ask("Hur mycket fick Sydby?").text
    assert not on_server.ask("Hur mycket fick Norrby?").answered
    assert on_server.index(progress=False).unchanged == ["sydby.txt"]


def test_filters_on_the_server(on_server):
    only_sydby = SearchFilter(sources=("Sydby",))  # its municipality, from "Sydby kommun"
    answer = on_server.ask("Hur mycket fick man för arbetet mot segregation?", filters=only_sydby)
    assert answer.answered and {c.document for c in answer.citations} == {"sydby.txt"}
    later = SearchFilter(year_from=2030)
    assert not on_server.ask("Hur mycket fick Sydby?", filters=later).answered


def test_manifest_check_on_the_server(on_server, tmp_path):
    other = tmp_path / "other"
    other.mkdir()
    settings = server_settings(
        other,
        on_server.settings.chroma_url,
        on_server.settings.chroma_collection,
        chunk_max_chars=900,
    )
    with pytest.raises(IndexMismatchError, match="chunker"):
        Assistant(settings, embedder=FakeEmbedder()).ask("Hur mycket fick Norrby?")


def test_another_machine_sees_new_documents(on_server, tmp_path, monkeypatch):
    monkeypatch.setattr(core, "READER_RECHECK_SECONDS", 0.0)
    elsewhere = other_machine(on_server, tmp_path)
    assert not elsewhere.ask("Hur mycket fick Västby?").answered
    (on_server.settings.documents_dir / "vastby.txt").write_text(
        NORRBY.replace("Norrby", "Västby"), encoding="utf-8"
    )
    on_server.index(progress=False)
    answer = elsewhere.ask("Hur mycket fick Västby?")
    assert answer.answered and answer.citations[0].document == "vastby.txt"


def test_unreachable_server_is_named(tmp_path):
    settings = server_settings(tmp_path, "http://127.0.0.1:9", "x")
    with pytest.raises(IndexUnavailableError, match="Chroma-servern på http://127.0.0.1:9"):
        Assistant(settings, embedder=FakeEmbedder()).status()


class TokenProxy(http.server.ThreadingHTTPServer):
    """A minimal reverse proxy that lets a request through only with the right bearer token
    (the role nginx or Caddy plays in front of a real Chroma server; see the README)."""

    def __init__(self, upstream: str, token: str):
        self.upstream, self.token = upstream, token
        super().__init__(("127.0.0.1", 0), _ProxyHandler)
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _ProxyHandler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def _forward(self):
        if self.headers.get("Authorization") != f"Bearer {self.server.token}":
            self.send_response(401)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0)) or None
        request = urllib.request.Request(
            self.server.upstream + self.path, data=body, method=self.command
        )
        request.add_header("Content-Type", self.headers.get("Content-Type", "application/json"))
        try:
            with urllib.request.urlopen(request, timeout=30) as reply:
                status, payload, kind = reply.status, reply.read(), reply.headers["Content-Type"]
        except urllib.error.HTTPError as err:
            status, payload, kind = err.code, err.read(), err.headers["Content-Type"]
        self.send_response(status)
        self.send_header("Content-Type", kind or "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _forward


def test_token_reaches_a_proxy_in_front_of_the_server(tmp_path, chroma_server):
    proxy = TokenProxy(chroma_server, "hemligt")
    try:
        name = f"test-{uuid.uuid4().hex[:12]}"
        settings = server_settings(tmp_path, proxy.url, name, chroma_token="hemligt")
        (settings.documents_dir / "norrby.txt").write_text(NORRBY, encoding="utf-8")
        assistant = Assistant(settings, embedder=FakeEmbedder())
        assistant.index(progress=False)
        assert assistant.ask("Hur mycket fick Norrby?").answered
        wrong = server_settings(tmp_path, proxy.url, name, chroma_token="fel")
        with pytest.raises(IndexUnavailableError, match="Chroma-servern"):
            Assistant(wrong, embedder=FakeEmbedder()).status()
    finally:
        proxy.shutdown()
