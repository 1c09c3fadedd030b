"""The small frozen data objects that flow between the stages."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


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
    author: str = ""
    missing_metadata: tuple[str, ...] = ()  # "titel", "utgivare", "datum" not found anywhere


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
    # One vector per sentence_spans() span of the passage, stored at indexing (None: absent).
    sentence_vectors: Any = field(default=None, compare=False, repr=False)
    # Its heading and the headings it is a subsection of (chunking.section_paths).
    section: str = ""


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
    chunk_id: str = ""
    # (start, end) of each quoted sentence within `text`, for highlighting.
    highlights: tuple[tuple[int, int], ...] = ()


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
    scope: str = ""  # which documents were searched, e.g. "Huddinge, 2018–2024"

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
            "scope": self.scope,
        }


def source_label(item, separator: str = ", ", with_title: bool = True) -> str:
    """Title, publisher, date and page of a Chunk or Citation: "Titel, Utgivare, 2018, s. 4"."""
    page = f"s. {item.page}" if item.page else ""
    parts = (item.title if with_title else "", item.publisher, item.date, page)
    return separator.join(p for p in parts if p)


def document_year(date: str) -> int | None:
    """The year of an ISO date ("2018-05-03" or "2018"), or None when there is none."""
    return int(date[:4]) if date[:4].isdigit() else None


@dataclass(frozen=True)
class SearchFilter:
    """Which documents a question is searched in: by source and by year of publication.

    `sources` are municipalities or publishers (a document's municipality when it has one,
    else its publisher), as offered by `Assistant.filter_options()`.
    """

    sources: tuple[str, ...] = ()
    year_from: int | None = None
    year_to: int | None = None

    @property
    def is_empty(self) -> bool:
        """True when the filter lets every document through."""
        return not self.sources and self.year_from is None and self.year_to is None

    def admits(self, meta: dict) -> bool:
        """Whether a document (its manifest entry) passes the filter."""
        if self.sources and document_source(meta) not in self.sources:
            return False
        if self.year_from is None and self.year_to is None:
            return True
        year = document_year(meta.get("date", ""))
        if year is None:
            return False  # an undated document cannot be shown to fall within the years
        return (self.year_from is None or year >= self.year_from) and (
            self.year_to is None or year <= self.year_to
        )

    def describe(self) -> str:
        """Swedish description for "Sökt i: …"."""
        parts = [", ".join(self.sources)] if self.sources else []
        if self.year_from is not None and self.year_to is not None:
            years = (
                str(self.year_from)
                if self.year_from == self.year_to
                else f"{self.year_from}–{self.year_to}"
            )
            parts.append(years)
        elif self.year_from is not None:
            parts.append(f"från {self.year_from}")
        elif self.year_to is not None:
            parts.append(f"till {self.year_to}")
        return ", ".join(parts) if parts else "alla dokument"


def document_source(meta: dict) -> str:
    """What the source filter calls a document: its municipality, else its publisher."""
    return meta.get("municipality") or meta.get("publisher") or "Okänd utgivare"
