"""The `Assistant`: one object, built once from the settings, that the CLI and web use."""

from __future__ import annotations

import threading
import time
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import cached_property
from typing import NamedTuple

import numpy as np

from assistant.answering import KIND_VALUE as VALUE_KINDS
from assistant.answering import (
    ExtractiveAnswerer,
    QuestionAnalysis,
    defined_term,
    document_view,
    swedish_equivalents,
    verb_equivalents,
)
from assistant.config import Settings
from assistant.conversation import rewrite_follow_up
from assistant.documents import discover
from assistant.embedding import build_embedder
from assistant.generation import (
    GenerationError,
    GenerativeAnswerer,
    chat_model,
    with_fallback_notice,
)
from assistant.glossary import GlossaryEntry, build_glossary, expand_query
from assistant.indexing import IndexReport, file_unchanged, index_documents
from assistant.models import Answer, Chunk, Passage, SearchFilter, document_source, document_year
from assistant.retrieval import Retriever
from assistant.store import IndexUnavailableError, Store, index_settings

VALUE_POOL = 10  # passages searched for a sentence holding the asked-for value
# "Vilka kommuner har fått pengar …?": each document may add one item, so the pool is wider.
LIST_POOL = 20
LIST_PER_DOCUMENT = 4  # passages one document may give a list question naming none
CONTINUED_KINDS = ("list",)  # questions whose answer may run on into the next passage
READER_RECHECK_SECONDS = 5.0  # how often to look for an index changed by another process


class Reader(NamedTuple):
    """What answering needs, built from the index once and rebuilt after indexing."""

    retriever: Retriever
    answerer: ExtractiveAnswerer
    glossary: list[GlossaryEntry]


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
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        raise QuestionError(
            "Frågan innehåller inga ord. Skriv en fråga, till exempel: Hur mycket fick Huddinge?"
        )
    other_script = sum(not unicodedata.name(ch, "").startswith("LATIN") for ch in letters)
    if other_script > len(letters) / 2:
        # The documents and the search are Swedish; a question in Arabic or Tigrinya script
        # would only match by chance, so say so instead of answering at random.
        raise QuestionError(
            "Frågan verkar vara skriven på ett annat språk än svenska eller engelska. "
            "Assistenten kan bara svara på frågor på svenska eller engelska. / The assistant "
            "answers questions in Swedish or English only."
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
        self.embedder = embedder or build_embedder(settings)
        self.store = Store(settings, self.embedder)
        # One indexing run at a time (the web chat can start one while others ask).
        self._index_lock = threading.Lock()
        self._reader_stamp: str | None = None
        self._reader_checked = 0.0

    def index(
        self,
        rebuild: bool = False,
        progress: bool = True,
        on_progress: Callable[[int, int, str], None] | None = None,
    ) -> IndexReport:
        """Bring the index in line with the documents folder (see indexing.index_documents).

        `on_progress(done, total, document)` is called as documents are processed.
        """
        with self._index_lock:
            report = index_documents(
                self.settings,
                self.store,
                rebuild=rebuild,
                progress=progress,
                on_progress=on_progress,
            )
            # The next question sees the new passages; answers in flight keep the old reader.
            self.__dict__.pop("_built_reader", None)
        return report

    def built_with_other_settings(self) -> bool:
        """True when an index exists but was built with other settings or an older version
        of the chunker (then only a rebuild makes it usable)."""
        manifest = self.store.load_manifest()
        return manifest is not None and manifest.settings != index_settings(self.settings)

    def needs_indexing(self) -> bool:
        """True when the index is missing or differs from the documents folder."""
        manifest = self.store.load_manifest()
        if manifest is None or manifest.settings != index_settings(self.settings):
            return True
        files = dict(discover(self.settings.documents_dir))
        if set(files) != set(manifest.documents):
            return True
        limit = self.settings.max_document_bytes
        return not all(
            file_unchanged(p, manifest.documents[d]["hash"], limit) for d, p in files.items()
        )

    @property
    def _reader(self) -> Reader:
        """The reader for the index as it is now.

        Another process (`assistant index`, or another machine sharing a Chroma server) may
        change the index: at most every READER_RECHECK_SECONDS the manifest's stamp is
        compared, and a changed index gets a new reader (passages, BM25 and all).
        """
        now = time.monotonic()
        cached = self.__dict__.get("_built_reader")
        if cached is not None and now - self._reader_checked < READER_RECHECK_SECONDS:
            return cached
        stamp = self.store.manifest_stamp()
        self._reader_checked = now
        if cached is not None and stamp == self._reader_stamp:
            return cached
        reader = self._build_reader()
        self._reader_stamp = stamp
        self.__dict__["_built_reader"] = reader
        return reader

    def _build_reader(self) -> Reader:
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
        # Section headings (for telling sections apart) and the documents' municipalities
        # (what "Vilka kommuner …?" is answered with).
        headings: dict[str, set[str]] = defaultdict(set)
        for chunk in chunks:
            if chunk.heading and chunk.heading != chunk.title:
                headings[chunk.doc_id].add(chunk.heading)
        places = {m["municipality"] for m in manifest.documents.values() if m.get("municipality")}
        glossary = build_glossary(chunks)
        aliases = {e.term.lower(): e.meaning.lower() for e in glossary if e.meaning}
        answerer = ExtractiveAnswerer(
            self.embedder,
            views,
            retriever.lexical.idf,
            section_headings=headings,
            place_names=places,
            document_meta=manifest.documents,
            aliases=aliases,
            document_chunks=retriever.document_chunks,
        )
        return Reader(retriever, answerer, glossary)

    def _allowed_documents(self, filters: SearchFilter | None) -> set[str] | None:
        """Documents the filter admits (None: no filter, every document)."""
        if filters is None or filters.is_empty:
            return None
        manifest = self.store.manifest_for_reading()
        return {d for d, meta in manifest.documents.items() if filters.admits(meta)}

    def _search(
        self, text: str, k: int | None, allowed: set[str] | None = None
    ) -> tuple[QuestionAnalysis, np.ndarray, list[Passage]]:
        """Analyse and embed the question once; retrieve with both.

        A question naming places, organisations or years searches only the documents that
        mention them all (when some do), so the right document is not crowded out.
        `allowed` (from a search filter) limits the search further.
        """
        retriever, answerer, glossary = self._reader
        q = answerer.analyse(text)
        # Abbreviations the documents define are searched with their long forms too.
        search_text = expand_query(text, glossary)
        vector = self.embedder.embed_query(search_text)
        doc_ids = answerer.documents_naming(q) or None
        if allowed is not None:
            doc_ids = allowed if doc_ids is None else (doc_ids & allowed) or allowed
        k = k or self.settings.top_k
        if q.kind in VALUE_KINDS or q.wanted_value is not None or defined_term(q) is not None:
            # The one sentence holding the figure may sit in a passage ranked a little lower
            # than passages that only speak of the topic; the answerer quotes what fits. So
            # may a glossary's definition ("En lägesbild är …") below reports using the word.
            k = max(k, VALUE_POOL)
        per_document = None
        if q.asks_several:
            k = max(k, LIST_POOL)
            if doc_ids is None:
                # A list across the documents ("Vilka kommuner har fått …?"): one long
                # document's passages must not fill the pool and crowd the others out.
                per_document = LIST_PER_DOCUMENT
        lexical_text = search_text
        if q.language == "en":
            # The documents are Swedish: BM25 finds them by the Swedish words for the question's.
            lexical_text += " " + " ".join(swedish_equivalents(text))
        else:
            lexical_text += " " + " ".join(verb_equivalents(q))
        passages = retriever.search(
            lexical_text, k, doc_ids=doc_ids, vector=vector, per_document=per_document
        )
        if q.kind in CONTINUED_KINDS:
            passages = retriever.with_following(passages)
        return q, vector, passages

    def retrieve(self, question: str, k: int | None = None) -> list[Passage]:
        """The passages retrieved for a question, best first."""
        text, _ = clean_question(question, self.settings.max_question_chars)
        return self._search(text, k)[2]

    @cached_property
    def generator(self) -> GenerativeAnswerer | None:
        """The language model's answerer, when one is configured (ASSISTANT_LLM)."""
        model = chat_model(self.settings)
        return GenerativeAnswerer(model) if model is not None else None

    def _standalone(self, text: str, previous: str) -> str:
        """A follow-up made standalone: by the model when there is one, else by the rules."""
        if self.generator is not None:
            try:
                return self.generator.rewrite(text, previous)
            except GenerationError:
                pass  # the rules below do it without the model
        return rewrite_follow_up(text, previous, self._reader.answerer.analyse)

    def ask_stream(
        self,
        question: str,
        k: int | None = None,
        filters: SearchFilter | None = None,
        previous: str | None = None,
    ) -> Iterator[str | Answer]:
        """Answer a question, yielding the model's text as it comes, then the Answer.

        Without a language model (or when it fails) only the Answer is yielded.
        `filters` limits the documents searched; `previous` is the conversation's previous
        (standalone) question, against which a follow-up is rewritten. The answer's
        `question` is the question as it was searched.
        """
        text, warnings = clean_question(question, self.settings.max_question_chars)
        answerer = self._reader.answerer
        if previous:
            text = self._standalone(text, previous)
        scope = (filters or SearchFilter()).describe()
        allowed = self._allowed_documents(filters)
        if allowed is not None and not allowed:
            refusal = answerer.refuse_filtered(answerer.analyse(text), scope, warnings)
            yield replace(refusal, scope=scope)
            return
        q, vector, passages = self._search(text, k, allowed)
        generator = self.generator
        # Names no document mentions, or nothing retrieved: refused without asking the model.
        if generator is None or not passages or answerer.documents_naming(q) == set():
            yield replace(answerer.answer(q, passages, warnings, vector), scope=scope)
            return
        pieces: list[str] = []
        try:
            for piece in generator.stream(text, passages, q.language):
                pieces.append(piece)
                yield piece
            answer = generator.finish(text, "".join(pieces), passages, warnings)
        except GenerationError as exc:
            # Only now is the extractive answer needed: it stands in for the model's.
            extractive = answerer.answer(q, passages, warnings, vector)
            answer = with_fallback_notice(extractive, str(exc))
        yield replace(answer, scope=scope)

    def ask(
        self,
        question: str,
        k: int | None = None,
        filters: SearchFilter | None = None,
        previous: str | None = None,
    ) -> Answer:
        """Answer a question from the indexed documents, citing the passages used
        (see ask_stream for the arguments)."""
        *_, answer = self.ask_stream(question, k, filters, previous)
        return answer

    def glossary(self) -> list[GlossaryEntry]:
        """The abbreviations and terms the indexed documents define, alphabetically."""
        return self._reader.glossary

    def filter_options(self) -> tuple[list[str], list[int]]:
        """The sources (municipality or publisher) and the years of the indexed documents."""
        documents = self.store.manifest_for_reading().documents.values()
        sources = sorted({document_source(m) for m in documents}, key=str.casefold)
        years = sorted({y for m in documents if (y := document_year(m.get("date", "")))})
        return sources, years

    def document_passages(self, doc_id: str) -> tuple[dict, list[Chunk]]:
        """A document's metadata and its passages in reading order (KeyError if not indexed)."""
        manifest = self.store.manifest_for_reading()
        meta = manifest.documents[doc_id]
        retriever = self._reader.retriever
        chunks = sorted(
            (c for c in retriever.chunks.values() if c.doc_id == doc_id), key=lambda c: c.start
        )
        return meta, chunks

    def warm_up(self) -> None:
        """Load the model and the passages now, so the first question is answered quickly."""
        try:
            _ = self._reader
        except IndexUnavailableError:
            pass  # the chat says how to build the index when asked
        self.embedder.embed_query("uppvärmning")

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
