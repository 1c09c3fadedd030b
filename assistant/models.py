"""The small frozen data objects that flow between the stages."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Document:
    """A cleaned source document with its metadata."""

    doc_id: str  # path relative to the documents folder, with forward slashes
    text: str  # cleaned text; chunk spans point into it
    content_hash: str  # sha256 of the raw file bytes
    title: str
    publisher: str = ""
    date: str = ""  # ISO 8601 (a year alone where the day is unknown)
    doc_type: str = ""
    source: str = ""
    municipality: str = ""


@dataclass(frozen=True)
class Chunk:
    """A passage of a document: its text is `document.text[start:end]`."""

    chunk_id: str
    doc_id: str
    text: str
    start: int
    end: int
    heading: str
    title: str
    publisher: str
    date: str
    doc_hash: str
    page: int | None = None

    def metadata(self) -> dict:
        """Flat metadata for the vector store (no None values: Chroma rejects them)."""
        meta = {k: v for k, v in asdict(self).items() if k not in ("text", "chunk_id")}
        return {k: v for k, v in meta.items() if v is not None}


@dataclass(frozen=True)
class Passage:
    """A retrieved chunk with its fused score and the ranks it got from each retriever."""

    chunk: Chunk
    score: float
    dense_rank: int | None = None
    lexical_rank: int | None = None


@dataclass(frozen=True)
class Citation:
    """A passage an answer rests on, numbered as in the answer text ([n])."""

    n: int
    document: str
    title: str
    publisher: str
    date: str
    page: int | None
    text: str
    score: float
    heading: str = ""


@dataclass(frozen=True)
class Answer:
    """An answer with its citations; `answered` is False when the documents do not answer."""

    question: str
    text: str
    answered: bool
    mode: str
    citations: tuple[Citation, ...] = ()
    warnings: tuple[str, ...] = ()
    related: tuple[Citation, ...] = field(default=())

    def to_json(self) -> dict:
        """The answer contract of ARCHITECTURE.md (plus `related` for refusals)."""
        return {
            "question": self.question,
            "answer": self.text,
            "answered": self.answered,
            "mode": self.mode,
            "citations": [asdict(c) for c in self.citations],
            "warnings": list(self.warnings),
            "related": [asdict(c) for c in self.related],
        }
