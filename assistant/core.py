"""The `Assistant`: one object, built once from the settings, that the CLI and web use."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from assistant.answering import ExtractiveAnswerer, QuestionAnalysis, document_view
from assistant.config import Settings
from assistant.embedding import SentenceTransformerEmbedder
from assistant.indexing import IndexReport, index_documents
from assistant.models import Answer, Passage
from assistant.retrieval import Retriever
from assistant.store import Manifest, Store, index_settings


class QuestionError(ValueError):
    """A question that cannot be asked as it is; the message (Swedish) says why."""


@dataclass(frozen=True)
class IndexStatus:
    """What `assistant status` shows."""

    documents: dict[str, dict]
    chunks: int
    embedding_model: str
    indexed_at: str


def clean_question(question: str, max_chars: int) -> tuple[str, tuple[str, ...]]:
    """Strip control characters and whitespace; cut an overlong question, with a warning."""
    text = "".join(ch if ch.isprintable() or ch in "\n\t" else " " for ch in question or "")
    text = " ".join(text.split())
    if not text:
        raise QuestionError(
            "Frågan är tom. Skriv en fråga, till exempel: Hur mycket fick Huddinge?"
        )
    if len(text) > max_chars:
        return text[:max_chars], (
            f"Frågan var {len(text)} tecken lång; bara de första {max_chars} tecknen användes.",
        )
    return text, ()


class Assistant:
    """Indexes the documents and answers questions from them. Heavy parts load on first use."""

    def __init__(self, settings: Settings, embedder=None):
        self.settings = settings
        self.embedder = embedder or SentenceTransformerEmbedder(settings)
        self.store = Store(settings, self.embedder)

    def index(self, rebuild: bool = False, progress: bool = True) -> IndexReport:
        """Bring the index in line with the documents folder (see indexing.index_documents)."""
        report = index_documents(self.settings, self.store, rebuild=rebuild, progress=progress)
        self.__dict__.pop("_reader", None)  # the next question sees the new passages
        return report

    def needs_indexing(self) -> bool:
        """True when the index is missing or differs from the documents folder."""
        from assistant.documents import content_hash, discover

        manifest = Manifest.load(self.settings.index_dir)
        if manifest is None or manifest.settings != index_settings(self.settings):
            return True
        files = dict(discover(self.settings.documents_dir))
        if set(files) != set(manifest.documents):
            return True
        return any(
            content_hash(p.read_bytes()) != manifest.documents[d]["hash"] for d, p in files.items()
        )

    @cached_property
    def _reader(self) -> tuple[Retriever, ExtractiveAnswerer]:
        manifest = self.store.manifest_for_reading()
        chunks = self.store.live_chunks(manifest)
        texts: dict[str, list[str]] = defaultdict(list)
        for chunk in chunks:
            texts[chunk.doc_id].append(chunk.text)
        views = {
            doc_id: document_view(doc_id, "\n".join(texts[doc_id]), meta)
            for doc_id, meta in manifest.documents.items()
        }
        retriever = Retriever(self.store, chunks)
        return retriever, ExtractiveAnswerer(self.embedder, views, retriever.lexical.idf)

    def _search(
        self, text: str, k: int | None
    ) -> tuple[QuestionAnalysis, np.ndarray, list[Passage]]:
        """Analyse and embed the question once; retrieve with both.

        A question naming places, organisations or years searches only the documents that
        mention them all (when some do), so the right document is not crowded out.
        """
        retriever, answerer = self._reader
        q = answerer.analyse(text)
        vector = self.embedder.embed_query(text)
        naming = answerer.documents_naming(q)
        passages = retriever.search(
            text, k or self.settings.top_k, doc_ids=naming or None, vector=vector
        )
        return q, vector, passages

    def retrieve(self, question: str, k: int | None = None) -> list[Passage]:
        """The passages retrieved for a question, best first."""
        text, _ = clean_question(question, self.settings.max_question_chars)
        return self._search(text, k)[2]

    def ask(self, question: str, k: int | None = None) -> Answer:
        """Answer a question from the indexed documents, citing the passages used."""
        text, warnings = clean_question(question, self.settings.max_question_chars)
        q, vector, passages = self._search(text, k)
        return self._reader[1].answer(q, passages, warnings, vector)

    def status(self) -> IndexStatus:
        """Documents, passage count, model and time of the last indexing."""
        manifest = self.store.manifest_for_reading()
        return IndexStatus(
            documents=manifest.documents,
            chunks=sum(d["chunks"] for d in manifest.documents.values()),
            embedding_model=manifest.settings["embedding_model"],
            indexed_at=manifest.indexed_at,
        )


def build_assistant(settings: Settings) -> Assistant:
    """The one way the CLI and the web chat get an Assistant."""
    return Assistant(settings)
