"""Shared fixtures: a network guard, a deterministic fake embedder, and the real assistant."""

from __future__ import annotations

import hashlib
import shutil
import socket
from pathlib import Path

import numpy as np
import pytest

from assistant.config import Settings
from assistant.core import Assistant
from assistant.documents import split_front_matter
from assistant.text import content_stems

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "documents"
DEV_QA = ROOT / "tests" / "data" / "dev_qa.jsonl"
HELDOUT = ROOT / "tests" / "data" / "heldout"  # documents only the held-out questions use


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Any connection other than loopback fails the test: everything must work offline."""
    real_connect = socket.socket.connect

    def guarded(self, address):
        host = address[0] if isinstance(address, tuple) else address
        if (
            isinstance(host, str)
            and host not in ("127.0.0.1", "::1", "localhost")
            and "/" not in host
        ):
            raise AssertionError(f"network access attempted: {address}")
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)


class FakeEmbedder:
    """Deterministic bag-of-stems hashing embedder: similar words give similar vectors."""

    name = "fake-hash-64"

    def __init__(self):
        self.calls = 0  # passages embedded so far

    def _vector(self, text: str) -> np.ndarray:
        v = np.zeros(64, dtype=np.float32)
        for term in content_stems(text):
            v[int(hashlib.md5(term.encode()).hexdigest(), 16) % 64] += 1.0
        n = np.linalg.norm(v)
        return v / n if n else v + 1.0 / 8

    def embed_documents(self, texts):
        self.calls += len(texts)
        return (
            np.stack([self._vector(t) for t in texts]) if texts else np.zeros((0, 64), np.float32)
        )

    def embed_query(self, text):
        return self._vector(text)

    def embed_passages(self, texts, spans):
        """Passages and their sentences in one call, like the real embedder (calls count
        passages only)."""
        self.calls += len(texts)
        passages = [self._vector(t) for t in texts]
        sentences = [
            np.stack([self._vector(t[s:e]) for s, e in text_spans])
            if text_spans
            else np.zeros((0, 64), np.float32)
            for t, text_spans in zip(texts, spans, strict=True)
        ]
        return (np.stack(passages) if passages else np.zeros((0, 64), np.float32)), sentences


@pytest.fixture
def fake_assistant(tmp_path):
    """An Assistant over an empty documents folder in tmp_path, with the fake embedder."""
    docs = tmp_path / "documents"
    docs.mkdir()
    settings = Settings(
        documents_dir=docs, index_dir=tmp_path / "index", embedding_model=FakeEmbedder.name
    )
    return Assistant(settings, embedder=FakeEmbedder())


@pytest.fixture(scope="session")
def real_assistant(tmp_path_factory):
    """The real model on the real corpus, indexed once for the session into a temporary index."""
    base = tmp_path_factory.mktemp("real")
    docs = base / "documents"
    shutil.copytree(CORPUS, docs)
    assistant = Assistant(Settings(documents_dir=docs, index_dir=base / "index"))
    assistant.index(progress=False)
    return assistant


@pytest.fixture(scope="session")
def heldout_assistant(tmp_path_factory, real_assistant):
    """The real model on the real corpus plus the held-out documents (tests/data/heldout:
    other municipalities, in text with and without metadata, Markdown, HTML, PDF, Word)."""
    base = tmp_path_factory.mktemp("heldout")
    docs = base / "documents"
    shutil.copytree(CORPUS, docs)
    shutil.copytree(HELDOUT, docs, dirs_exist_ok=True)
    settings = Settings(documents_dir=docs, index_dir=base / "index")
    assistant = Assistant(settings, embedder=real_assistant.embedder)
    assistant.index(progress=False)
    return assistant


@pytest.fixture(scope="session")
def raw_corpus_assistant(tmp_path_factory, real_assistant):
    """The real model on the corpus as saved from the web: the metadata we added (front
    matter) removed and the files named by number, so title, date and municipality must
    come from the pages themselves."""
    base = tmp_path_factory.mktemp("raw")
    docs = base / "documents"
    docs.mkdir()
    for n, path in enumerate(sorted(CORPUS.glob("*.txt"))):
        _, body = split_front_matter(path.read_text(encoding="utf-8"), path.name)
        (docs / f"{n:03d}.txt").write_text(body, encoding="utf-8")
    settings = Settings(documents_dir=docs, index_dir=base / "index")
    assistant = Assistant(settings, embedder=real_assistant.embedder)
    assistant.index(progress=False)
    return assistant


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory):
    """A real Chroma server (`chroma run`, from the chromadb package) on loopback, for the
    session; yields its URL. Each test uses its own collection name."""
    from benchmarks.chroma_server import ChromaServer

    server = ChromaServer(tmp_path_factory.mktemp("chroma-server"))
    yield server.url
    server.stop()
