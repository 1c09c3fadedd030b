"""Split a cleaned document into passages that follow its headings and paragraphs."""

from __future__ import annotations

import re

from assistant.documents import Block
from assistant.models import Chunk, Document
from assistant.text import stem, words

# A sentence ends at . ! ? or … followed by space and a capital, digit, quote or dash.
SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”»]?\s+(?=[\"”«–\-•(]?\s?[A-ZÅÄÖÜÉ0-9])")

# Raised when cleaning or chunking changes what passages an index holds (an index of another
# version must be rebuilt). 2: a line that is only a name is a byline, not a heading.
# 3: a document's closing signature is its author when its metadata names none.
# 4: a page without metadata gets its title, date and municipality from its own text.
# 5: PDF headings split into words on a row are whole again; a heading and its paragraph
# in one PDF box are two blocks; titles, publishers and dates read from letterheads.
# 6: PDF tables drawn with rules or cell frames are read row by row, "Kolumn: värde; …".
# 7: text copied from PDFs: wrapped lines joined, hyphens mended, page headers dropped;
# titles skip letterheads.
# 8: two PDF columns set side by side are read one after the other.
# 9: an HTML definition list's <dt> heads its <dd> (questions and answers).
# 12: Word text boxes and merged table headers, a fold-out's <summary> as heading,
# underlined headings and label stanzas in text.
# 13: Word tracked changes accepted, ligatures and soft hyphens, HTML table spans and
# captions, semicolon exports in text, HTML in Markdown.
# 14: Word headings set by hand, a page's content without <main> and its contact box,
# <br> lines as one entry, written-out questions and answers, Markdown quotes; a numbered
# item is one sentence with its number.
# 15: Markdown footnotes read where they are referred to; quoted lines lose their '>'.
# 16: the rule under an aligned text table's header is no row; an issuer in capitals heads a
# running header.
# 17: Word footnotes read where they are referred to.
# 18: headings in a row stay in the passage under the last; Word content controls and
# pages laid out with tables are read.
# 19: a memo titled by its kind takes its first heading as title; a headline ending with
# a date is a title.
# 20: an HTML fact box (a definition list without questions) is "term: value" lines; a page's
# JSON-LD gives its date and publisher; closed Markdown headings lose their closing hashes.
# 21: comma exports in text are tables; Markdown links and images read as their text; an
# HTML table with a header row is no form; text set at an angle in a PDF is left out (it
# made the reader fail).
# 22: text set at an angle in a PDF (a table printed turned a quarter round) is turned back
# and read, a table's rows as rows.
# 23: a PDF table cell filled to its rule is parted from the next; a sentence goes on after
# an abbreviation such as "kl." or "t.ex.".
# 24: grid tables in text and Markdown ("+-----+-----+") are read as tables.
# 25: a reference number that only a page header gives is a line after the title.
# 26: in Markdown a line right under a line of text goes on with its paragraph.
# 27: a letterhead's date does not hide the title under it, "Remissvar: …" is a title;
# several signatories at the end each keep their role; Markdown reference links read as
# their text.
# 28: key figures set on leader dots are read "label: figure" (a table of contents, with
# its page numbers going up, is still left out); Markdown code in a language is left out
# and pandoc definition lists read "term: definition"; a meeting's date in a letterhead
# line, a page's modified time, a letterhead issuer over a board in the file's properties.
# 29: UTF-16 text with a byte order mark is read; a table row across all columns names the
# group of the rows under it; PDF headings in spaced capitals are words again; an image's
# long alt text is read; Markdown comments, note markers, emoji codes are left out and an
# escaped bar stays in its cell.
# 30: a numbered item in text and Markdown ("4. Rapport …") starts a line of its own.
# 31: a Markdown checklist's boxes ("- [ ] …") are left out, a ticked one read as "✓"; a
# title written down in front matter or a sidecar is kept whole after a dash.
# 32: a signature naming the municipality after the unit ("Kontaktcenter, Danderyds kommun")
# gives the publisher.
CHUNKER_VERSION = 32


ITEM_NUMBER = re.compile(r"\s*\d{1,2}\.")
# Abbreviations that stand inside a sentence ("kl. 15–18", "t.ex. Malmö", "ca. 300"); those
# that often end one ("m.m.", "osv.", "etc.") are not among them.
ABBREVIATION_BEFORE = re.compile(
    r"(?:^|[\s(])(?:kl|ca|t\.ex|bl\.a|s|nr|resp|jfr|dvs|f\.d|p\.g\.a|inkl|exkl|tel|tfn|avd|"
    r"kap|fr\.o\.m|t\.o\.m|e\.g|i\.e)\.$",
    re.IGNORECASE,
)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) in `text`; paragraph breaks always end a sentence."""
    spans = []
    for para in re.finditer(r"[^\n]+", text):
        start = para.start()
        for m in SENTENCE_END.finditer(para.group()):
            end = para.start() + m.start()
            if ITEM_NUMBER.fullmatch(text[start:end]):
                continue  # "1. Trygghetsvärdarna ska …": the number opens the item
            if ABBREVIATION_BEFORE.search(text[start:end]):
                continue  # "Öppet tisdagar kl. 15–18.": the sentence goes on
            if text[start:end].strip():
                spans.append((start, end))
            start = para.start() + m.end()
        if text[start : para.end()].strip():
            spans.append((start, para.end()))
    return spans


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence spans with surrounding whitespace trimmed: exactly what an answer may quote.

    The indexer stores one vector per span and the answerer reads them back by position,
    so both must cut a passage the same way: through this function.
    """
    out = []
    for start, end in split_sentences(text):
        raw = text[start:end]
        start += len(raw) - len(raw.lstrip())
        out.append((start, start + len(raw.strip())))
    return out


def _pieces(block: Block, max_chars: int) -> list[tuple[int, int]]:
    """A paragraph as one span, or cut at sentence ends when it is longer than max_chars."""
    if block.end - block.start <= max_chars:
        return [(block.start, block.end)]
    pieces: list[tuple[int, int]] = []
    for s, e in split_sentences(block.text):
        s, e = s + block.start, e + block.start
        if pieces and e - pieces[-1][0] <= max_chars:
            pieces[-1] = (pieces[-1][0], e)
        else:
            pieces.append((s, e))
    return pieces


def chunk_document(document: Document, blocks: list[Block], max_chars: int = 600) -> list[Chunk]:
    """Group paragraphs under the same heading into passages of at most `max_chars`.

    A passage never crosses a heading. The first passage of a section starts at the heading
    itself, so the cited text reads as it does in the document.
    """
    spans: list[tuple[int, int, str, int | None]] = []  # (start, end, heading, page)
    heading = ""
    section_start: int | None = None  # where an as yet unused heading starts
    for block in blocks:
        if block.is_heading:
            # Headings in a row with nothing between them ("SOMMARLOV I HAGEBY" / "Gratis
            # aktiviteter för dig som är 8–15 år" on a flyer) stay in the passage under the
            # last: their words are not lost.
            heading = block.text
            if section_start is None:
                section_start = block.start
            continue
        for start, end in _pieces(block, max_chars):
            last = spans[-1] if spans else None
            if (
                last
                and last[2] == heading
                and last[3] == block.page  # a passage stays on one page, so citations can say which
                and section_start is None
                and end - last[0] <= max_chars
            ):
                spans[-1] = (last[0], end, heading, block.page)
            else:
                first = (
                    section_start
                    if section_start is not None and end - section_start <= max_chars
                    else start
                )
                spans.append((first, end, heading, block.page))
                section_start = None
    return [
        Chunk(
            chunk_id=f"{document.doc_id}::{document.content_hash[:16]}::{i}",
            doc_id=document.doc_id,
            text=document.text[start:end],
            start=start,
            end=end,
            heading=heading,
            title=document.title,
            publisher=document.publisher,
            date=document.date,
            doc_hash=document.content_hash,
            page=page,
        )
        for i, (start, end, heading, page) in enumerate(spans)
    ]


SECTION_DEPTH = 3  # headings in a passage's section path, its own included


def _root(word: str) -> str:
    """The stem of a stem: "nätverkets" -> "nätverket" -> "nätverk"."""
    return stem(stem(word))


def _continues(heading: str, previous: str) -> bool:
    """Whether a heading speaks of the previous heading's subject in the definite form
    ("Nätverkets syfte" after "Kommunnätverk mot segregation"): then it is a subsection."""
    before = set(words(previous))
    before |= {_root(w) for w in before}
    for word in words(heading):
        root = _root(word)
        if root != word and len(root) >= 4 and any(b.endswith(root) for b in before):
            return True
    return False


def section_paths(chunks: list[Chunk]) -> dict[str, str]:
    """Each passage's heading followed by the headings it is a subsection of (chunk_id -> text).

    Plain text and PDF carry no heading levels, so a subsection is recognised by its
    heading leaning on the one before ("Kommunnätverk mot segregation" > "Nätverkets syfte"
    > "Medlemmar i nätverket"): the members' passage is then still about the
    "kommunnätverk", which its own heading does not say.
    """
    paths: dict[str, str] = {}
    by_document: dict[str, list[Chunk]] = {}
    for chunk in chunks:
        by_document.setdefault(chunk.doc_id, []).append(chunk)
    for document_chunks in by_document.values():
        path: list[str] = []
        for chunk in sorted(document_chunks, key=lambda c: c.start):
            if chunk.heading and (not path or chunk.heading != path[0]):
                if chunk.heading.endswith("?") and path:
                    # A question heading ("När har ni öppet?") asks about what the heading
                    # over the questions names; the question before it is a sibling.
                    parent = path[1:] if path[0].endswith("?") else path
                elif path and _continues(chunk.heading, path[0]):
                    parent = path
                else:
                    parent = []
                path = ([chunk.heading] + parent)[:SECTION_DEPTH]
            paths[chunk.chunk_id] = " – ".join(path) if chunk.heading else ""
    return paths


def embedding_text(chunk: Chunk) -> str:
    """What is embedded for a passage: the passage, placed under its document title and heading."""
    context = (
        chunk.title
        if not chunk.heading or chunk.heading == chunk.title
        else f"{chunk.title} – {chunk.heading}"
    )
    return f"{context}\n{chunk.text}"
