"""Load a document file: read it safely, take its metadata, clean away what is not content.

Metadata travels as YAML front matter at the top of the file (see README, "Lägga till
dokument"): `title`, `publisher`, `date` (ISO 8601), `type`, and optionally `source`,
`municipality`, `author`. A file that cannot carry front matter may have a sidecar
`<file name>.yaml` with the same keys.

Metadata precedence, strongest first: front matter (text and Markdown files), the sidecar,
what the file says about itself (PDF info, DOCX core properties, HTML <title> and meta
tags), and, for the date only, the first date written in the text. A title falls back to
the first heading, then to the file name.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import os
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import yaml

from assistant import formats
from assistant.metadata import (
    CLOSING,
    MONTHS,
    PAGE_DATE_LABEL,
    SIGNATURE_REACH,
    author_publisher,
    clean_embedded,
    email_header,
    letterhead_publisher,
    letterhead_unit,
    margin_publisher,
    matter_line,
    municipality_of,
    page_date,
    page_municipality,
    page_title,
    parse_date,
    sentence_case,
    signature_publisher,
    split_site_name,
    stated_date,
)
from assistant.models import Document

SIDECAR_SUFFIX = ".yaml"
# (text, is_heading, page): a line of content as the loaders produce it; page is None
# for formats without pages.
Line = tuple[str, bool, int | None]


class DocumentError(Exception):
    """A file that cannot be indexed; the message (Swedish) names the problem."""


@dataclass(frozen=True)
class Block:
    """A heading or a paragraph of cleaned text, with its span in the cleaned text."""

    text: str
    is_heading: bool
    start: int
    end: int
    page: int | None = None


# --- reading -------------------------------------------------------------------------


def content_hash(raw: bytes) -> str:
    """sha256 of a file's bytes: the indexer skips documents whose hash is unchanged."""
    return hashlib.sha256(raw).hexdigest()


def decode_text(raw: bytes, name: str) -> str:
    """Decode UTF-8 (with or without BOM), UTF-16 with a BOM (Notepad's "Unicode"),
    falling back to Windows-1252; refuse binary data."""
    if not raw.strip():
        raise DocumentError(f"{name}: filen är tom.")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            raw = raw.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError:
            raise DocumentError(
                f"{name}: texten är inte giltig UTF-16 och kan inte läsas."
            ) from None
    if b"\x00" in raw[:8192]:
        raise DocumentError(f"{name}: filen ser ut att vara binär (innehåller NUL-tecken).")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = raw.decode("cp1252")
        except UnicodeDecodeError:
            raise DocumentError(
                f"{name}: texten är varken UTF-8 eller Windows-1252 och kan inte läsas."
            ) from None
    controls = sum(
        1 for ch in text[:8192] if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f"
    )
    if controls > 0.05 * min(len(text), 8192):
        raise DocumentError(f"{name}: filen ser ut att vara binär (många styrtecken).")
    return text


FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*\r?\n", re.DOTALL)


def split_front_matter(text: str, name: str) -> tuple[dict, str]:
    """Separate YAML front matter (between `---` lines at the top) from the body."""
    match = FRONT_MATTER.match(text)
    if not match:
        return {}, text
    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as exc:
        raise DocumentError(f"{name}: metadata (front matter) är inte giltig YAML: {exc}") from None
    if not isinstance(meta, dict):
        raise DocumentError(f"{name}: metadata (front matter) ska vara nyckel: värde-rader.")
    return meta, text[match.end() :]


def read_sidecar(path: Path) -> dict:
    """Metadata from `<file>.yaml` beside the file, if there is one."""
    sidecar = path.with_name(path.name + SIDECAR_SUFFIX)
    if not sidecar.is_file():
        return {}
    try:
        meta = yaml.safe_load(sidecar.read_text(encoding="utf-8")) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise DocumentError(f"{sidecar.name}: metadatafilen kan inte läsas: {exc}") from None
    return meta if isinstance(meta, dict) else {}


# --- cleaning ------------------------------------------------------------------------


def _patterns(*patterns: str) -> list[re.Pattern]:
    return [re.compile(p, re.IGNORECASE) for p in patterns]


# Lines that are page furniture wherever they appear.
CHROME_LINES = _patterns(
    r"annons",
    r"foto: .*",
    r"(bild|illustration): .*",
    r"var (informationen|sidan) till (din )?hjälp\??",
    r"verifiering \*? ?\(obligatorisk\)",
    r"vi kontrollerar att du är en människa.*",
    r".*länk till annan webbplats",
    r"läs (vidare|mer|också)",
    r"kontakta oss",
    r"dela( (sidan|artikeln))?",
    r"skriv ut",
    rf"{PAGE_DATE_LABEL}:? .*\d{{4}}.*",
    r"till toppen",
    r"hoppa till (huvud)?innehåll(et)?",
    r"(meny|sök|stäng|logga in)",
    # A breadcrumb trail: "Start / Kommun och politik / Social hållbarhet".
    r"(start|startsida|hem)( ?[/>›»] ?[^/>›»]+)+",
    # A page's running header or footer copied with the text: "Landskrona stad
    # Sammanträdesprotokoll 2023-09-25 Sida 4 (9)", "Justerandes sign".
    r".{0,100}\bsida \d{1,3} ?(\(\d{1,3}\)|av \d{1,3})",
    r"justerandes sign(atur)?.*",
)

# Headings after which a web page holds only navigation, forms and teasers of other news.
END_OF_CONTENT = _patterns(
    r"senaste nytt",
    r"populärt just nu",
    r"mest läst",
    r"fler nyheter",
    r"relaterade (nyheter|artiklar)",
    r"var (informationen|sidan) till (din )?hjälp\??",
    r"informationsansvarig",
    r"kontaktformulär.*",
)

# A date alone on its line, with a time ("2021-03-11 14:05") or a place ("Kristianstad
# den 14 november 2022", where a letter is signed).
DATE_LINE = re.compile(
    rf"^([A-ZÅÄÖ][\w-]+ den )?(\d{{1,2}} ({MONTHS}) \d{{4}}|\d{{2,4}}-\d{{1,2}}-\d{{1,2}}"
    rf"|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})( (kl\.? )?\d{{1,2}}[:.]\d\d)?$",
    re.IGNORECASE,
)
SPACES = re.compile(r"[ \t\u00a0\u2007\u202f\u2009\u200a\u3000]+")
# Typesetting programs write "fi", "fl", "ffi" … as one glyph ("ﬁnansieras"), and web pages
# mark where a long word may break with a soft hyphen ("Områdes&shy;lyftet").
LIGATURES = str.maketrans(
    {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st", "\u00ad": ""}
)


def normalise_characters(text: str) -> str:
    """Text as it is typed: composed letters (NFC), ligatures spelt out, soft hyphens out."""
    return unicodedata.normalize("NFC", text).translate(LIGATURES)


EMPHASIS = re.compile(r"(?<![\w*])\*{1,2}([^*\n]+?)\*{1,2}(?![\w*])")
TERMINAL = tuple('.!?:;,"”»…)')


def _is_chrome(line: str) -> bool:
    return any(p.fullmatch(line) for p in CHROME_LINES)


def _is_end_marker(line: str) -> bool:
    return any(p.fullmatch(line) for p in END_OF_CONTENT)


# A line that is only a person's name ("Andreas Nilsson"): an article's byline, not a
# heading (Swedish headings are written in sentence case).
NAME_LINE = re.compile(
    r"[A-ZÅÄÖ][a-zåäöéü]+(?:[- ][A-ZÅÄÖ][a-zåäöéü]+){1,2}(?: \((?:S|M|L|C|V|KD|MP|SD)\))?"
)
BYLINE_REACH = 3  # a signature stands among the last blocks of a document
RECIPIENTS = re.compile(
    r"^(?:expedieras till|expedieras|sändlista|kopia till|beslutet skickas till|"
    r"för kännedom till|distribution)\b",
    re.IGNORECASE,
)


def byline(blocks: list[Block]) -> str:
    """The name a document is signed with: a line that is only a name (with a party's
    letter, "Anders Franzén (M)"), or a name and its role ("Anders Franzén (M),
    Kommunstyrelsens ordförande", see `join_signature`), among its last few blocks, or "".
    Of several signatories in a row (a chair, then the official who countersigns) the first."""
    name = ""
    # A list of those the decision is sent to ("Expedieras till" / "Falköpings
    # Hyresbostäder") names no signer.
    recipients = [i for i, b in enumerate(blocks) if b.is_heading and RECIPIENTS.match(b.text)]
    if recipients:
        blocks = blocks[: recipients[-1]]
    for b in reversed(blocks[-BYLINE_REACH:]):
        signed = b.text.split(", ", 1)[0]
        if NAME_LINE.fullmatch(signed):
            name = signed
        elif name:
            break
    return name


SIGNATORIES_MAX = 4


def join_signature(lines: list[Line]) -> list[Line]:
    """A signature's name and the role on the line after it ("Peter Johansson (M)" /
    "Kommunstyrelsens ordförande") as one paragraph, so that the role is said of the
    name: the role line alone would pass for a heading over nothing. A document may end
    with several such pairs ("Anna Berg" / "Kommunstyrelsens ordförande" / "Lars Nyström" /
    "Kommundirektör")."""
    end, signatures = len(lines), []
    while end >= 2 and len(signatures) < SIGNATORIES_MAX:
        (name, _, page), (role, _, _) = lines[end - 2], lines[end - 1]
        if not (NAME_LINE.fullmatch(name) and looks_like_heading(role)):
            break
        signatures.insert(0, (f"{name}, {role}", False, page))
        end -= 2
    return [*lines[:end], *signatures]


def completes(headline: str, title: str) -> bool:
    """Whether a headline says all a shorter title property says, and more: "Verksam-
    hetsplan 2024" … "för områdesarbetet i Arnö", "Budgetuppföljning områdesarbete 2024" →
    "Budgetuppföljning för områdesarbetet i Odenslund 2024" (words compared by their
    beginnings, so "områdesarbete" is in "områdesarbetet")."""
    said = headline.lower().split()
    asked = title.lower().split()
    return len(said) > len(asked) and all(
        t in said if t.isdigit() else any(w.startswith(t[: max(4, len(t) - 2)]) for w in said)
        for t in asked
    )


def join_closing(lines: list[Line]) -> list[Line]:
    """A signature under a closing greeting ("Vänliga hälsningar" / "Amira Haddad" /
    "Projektledare, Områdessatsning Kronogården" / "Trollhättans stad") as one paragraph,
    "Amira Haddad, Projektledare, …": the role is said of the name, and the short lines
    would otherwise pass for headings over nothing. The greeting itself is dropped."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        text, heading, page = lines[i]
        if CLOSING.match(text) and len(text) <= 40:
            signature = []
            for below, _, _ in lines[i + 1 : i + 1 + SIGNATURE_REACH]:
                if len(below) > 60 or below.endswith((".", "!", "?")) or below.startswith("-"):
                    break
                if formats.ENTRY.match(below) and not signature:
                    break
                signature.append(below)
            if signature:
                out.append((", ".join(signature), False, page))
                i += 1 + len(signature)
                continue
        out.append((text, heading, page))
        i += 1
    return out


# A table row as the loaders write it: "Insats: Läxhjälp; Kostnad: 450 tkr".
TABLE_ROW = re.compile(r"^[^;:]+: [^;]+; [^;:]+: ")


def looks_like_heading(line: str) -> bool:
    """A short single line without closing punctuation that is not a date, list item, name
    or table row."""
    words = line.split()
    return (
        0 < len(words) <= 12
        and len(line) <= 90
        and not line.endswith(TERMINAL)
        and (line[0].isupper() or line[0].isdigit())
        and not line.startswith(("•", "-", "–", "*"))
        and not DATE_LINE.match(line)
        and "@" not in line
        and not NAME_LINE.fullmatch(line)
        and not TABLE_ROW.match(line)
        and not formats.ENTRY.match(line)  # "Skickat: …", "Invånare: 2 900"
    )


def _is_teaser(lines: list[str], i: int) -> bool:
    """A teaser of another article: title, date line, snippet cut off with an ellipsis."""
    return (
        i + 2 < len(lines)
        and DATE_LINE.match(lines[i + 1]) is not None
        and lines[i + 2].rstrip().endswith(("...", "…"))
    )


WRAPPED_LINE_CHARS = 60  # a line this long, unended, was wrapped at the page's width


def _clean_line(raw: str) -> str:
    """A raw line of text with its spaces collapsed and emphasis ("**Budget:**") taken out."""
    return EMPHASIS.sub(r"\1", SPACES.sub(" ", raw).strip())


# An item of a numbered list: "1. Mötets öppnande", "2) Lägesbild".
NUMBERED_ITEM = re.compile(r"\d{1,2}[.)]\s")


def _parse_text(body: str, markdown: bool) -> list[Line]:
    """Lines of a text body; `#` lines are headings in Markdown.

    Text copied from a PDF keeps its line breaks: a long line that ends mid-sentence
    continues on the next line of the same paragraph (no blank line between), a word broken
    with a hyphen made whole ("ung-" "domar"; "16-" "åringar" keeps its hyphen)."""
    lines: list[Line] = []
    wrapped = False  # the previous line was cut at the page's width
    raw_lines = body.splitlines()
    tables = text_tables(raw_lines)
    skip_to = 0
    for number, raw in enumerate(raw_lines):
        if number < skip_to:
            continue
        if number in tables:
            skip_to, rows = tables[number]
            lines += [(row, False, None) for row in rows]
            wrapped = False
            continue
        line = _clean_line(raw)
        if not line:
            wrapped = False
            continue
        if UNDERLINE.match(line):
            # "Mål för arbetet" over "-------" is a heading; a rule after a blank line is none.
            if number and raw_lines[number - 1].strip() and lines and not wrapped:
                lines[-1] = (lines[-1][0], True, None)
            wrapped = False
            continue
        stanza_end = _label_stanza(raw_lines, number)
        if stanza_end:
            label, *values = (SPACES.sub(" ", r).strip() for r in raw_lines[number:stanza_end])
            lines.append((f"{label}: {', '.join(values)}", False, None))
            skip_to, wrapped = stanza_end, False
            continue
        heading = False
        if line.startswith(">"):
            # A quote, a callout, an e-mail's quoted reply: its text is the text.
            line = line.lstrip("> ").strip()
            if not line:
                continue
        if markdown and line.startswith("#"):
            # "## Begrepp ##": a closed heading's closing hashes are no part of it.
            line, heading = re.sub(r"\s+#+$", "", line.lstrip("#").strip()), True
        elif (
            (wrapped or (markdown and continues_paragraph(raw_lines, number, lines)))
            and not line.startswith(("•", "-", "–", "*"))
            # (nor a numbered item: "3. Förslag … – för beslut" / "4. Rapport …")
            and not NUMBERED_ITEM.match(line)
            and not formats.leader_row_between(lines[-1][0], line)
        ):
            previous = lines[-1][0]
            if re.search(r"[^a-zåäöéü]-$", previous) and line[:1].islower():
                lines[-1] = (previous + line, False, None)  # "16-åringar" keeps its hyphen
            else:
                lines[-1] = (formats.join_lines(previous, line), False, None)
            wrapped = _is_wrapped(line)
            continue
        lines.append((line, heading, None))
        wrapped = not heading and _is_wrapped(line)
    return lines


MARKDOWN_BLOCK_START = re.compile(r"^\s*(?:[-*+•–]\s|\d{1,2}[.)]\s|#|>|\||<|!\[|```)")


def continues_paragraph(raw_lines: list[str], number: int, lines: list[Line]) -> bool:
    """Whether Markdown line `number` goes on with the paragraph of the line before it: a
    line right under a line of text is the same paragraph ("Medborgardialogen är avslutad."
    / "Flest önskade …"), unless either opens a block of its own (a list item, a heading, a
    quote, a table) or they are items of a list of facts ("Datum: …" / "Deltagare: …")."""
    if not number or not lines or lines[-1][1]:
        return False
    above, line = _clean_line(raw_lines[number - 1]), _clean_line(raw_lines[number])
    return (
        bool(above)
        and lines[-1][0].endswith(above)  # the line above was read as text, not dropped
        and not MARKDOWN_BLOCK_START.match(above)
        and not MARKDOWN_BLOCK_START.match(line)
        and not formats.starts_item(lines[-1][0], line)
        and not formats.ENTRY.match(line)
    )


# A heading underlined with "=" or "-" (Markdown's setext headings, typed documents).
UNDERLINE = re.compile(r"^(?:={3,}|-{3,})$")
STANZA_MAX_VALUES = 3
STANZA_MAX_WORDS = 6


def _label_stanza(raw_lines: list[str], i: int) -> int:
    """Where a letterhead's label stanza that starts at line i ends, or 0. A memo sets a
    field as a label over its value ("Handläggare" / "Petra Sjöberg" / "Utvecklingsledare
    social hållbarhet"), between blank lines: one word, then one to three short lines."""
    label = raw_lines[i].strip()
    if (i and raw_lines[i - 1].strip()) or not re.fullmatch(r"[A-ZÅÄÖ][a-zåäöéü]+", label):
        return 0
    end = i + 1
    while end < len(raw_lines) and raw_lines[end].strip():
        value = raw_lines[end].strip()
        if (
            len(value.split()) > STANZA_MAX_WORDS
            or value.endswith(TERMINAL)
            or UNDERLINE.match(value)
            or DOT_LEADER.match(value)  # "Innehåll" over its entries is no field
        ):
            return 0
        end += 1
    return end if 1 <= end - i - 1 <= STANZA_MAX_VALUES else 0


# A table in text: Markdown's "| Insats | Kostnad |" (with its "|---|---|" rule), or columns
# aligned with runs of spaces, as statistics are exported ("Slätta      71     75").
PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
PIPE_RULE = re.compile(r"^[\s|:-]+$")
PIPE_CELL_EDGE = re.compile(r"(?<!\\)\|")  # a bar between cells, not an escaped one
COLUMN_GAP = re.compile(r" {2,}|\t+")
TEXT_RULE = re.compile(r"^[\s=_+-]+$")  # "-------  ------" under an aligned table's header
# A grid table (pandoc's): rows between borders "+------+-----+" ("+====+" under the header),
# a cell's text wrapped over the lines of its row.
GRID_BORDER = re.compile(r"^\s*\+(?:[-=:]+\+)+\s*$")


SEMICOLON_MIN_CELLS = 3


def _semicolon_cells(line: str) -> list[str]:
    """The fields of a line exported from a spreadsheet with semicolons ("Lombolo;
    Fritidsgård;420;150;610 000", a field with a semicolon or comma in quotes), or [] for a
    line that is none: prose, or rows the readers write ("Insats: Läxhjälp; Kostnad: …")."""
    if line.count(";") < SEMICOLON_MIN_CELLS - 1 or ": " in line:
        return []
    return [cell.strip() for cell in next(csv.reader([line.strip()], delimiter=";"))]


def _comma_cells(line: str) -> list[str]:
    """The fields of a line exported with commas ("Sund,Fotbollsskola,26-27,85"), or []
    for a line that is none: prose separates with ", ", an export does not (outside its
    quoted fields, "Dans, musik och drama")."""
    unquoted = re.sub(r'"[^"]*"', "", line)
    if unquoted.count(",") < SEMICOLON_MIN_CELLS - 1 or ", " in unquoted or ": " in line:
        return []
    return [cell.strip() for cell in next(csv.reader([line.strip()], delimiter=","))]


def _export_fields(line: str) -> Callable[[str], list[str]] | None:
    """How a line exported from a spreadsheet splits into fields (by semicolons or by
    commas), or None for a line that is no such export."""
    return next(
        (cut for cut in (_semicolon_cells, _comma_cells) if len(cut(line)) >= SEMICOLON_MIN_CELLS),
        None,
    )


def _grid_table(raw_lines: list[str], first: int) -> tuple[int, list[list[str]]]:
    """The grid table whose top border is line `first`: the line after it, and its rows'
    cells, each cell's lines joined as a paragraph's ("Arbetsmarknads-" / "enheten")."""
    border = raw_lines[first].rstrip()
    edges = [k for k, ch in enumerate(border) if ch == "+"]
    rows: list[list[str]] = []
    cells: list[str] | None = None
    end = first + 1
    while end < len(raw_lines):
        line = raw_lines[end].rstrip()
        if GRID_BORDER.match(line):
            if cells is not None:
                rows.append(cells)
            cells = None
        elif line.lstrip().startswith("|"):
            pieces = [line[a + 1 : b].strip() for a, b in pairwise(edges)]
            cells = [
                formats.join_lines(before, piece) if before and piece else before or piece
                for before, piece in zip(cells or [""] * len(pieces), pieces, strict=True)
            ]
        else:
            break
        end += 1
    if cells is not None:
        rows.append(cells)
    return end, rows


def text_tables(raw_lines: list[str]) -> dict[int, tuple[int, list[str]]]:
    """The tables in the raw lines of a text: per first line, the line after the table and
    its rows read as "Kolumn: värde; …" (formats.table_rows)."""
    found: dict[int, tuple[int, list[str]]] = {}
    i = 0
    while i < len(raw_lines):
        end = i
        if GRID_BORDER.match(raw_lines[i]):
            end, cells = _grid_table(raw_lines, i)
        elif PIPE_ROW.match(raw_lines[i]):
            while end < len(raw_lines) and PIPE_ROW.match(raw_lines[end]):
                end += 1
            # "Fotboll för nyanlända \| tjejlag": an escaped bar is the cell's own.
            cells = [
                [c.strip().replace("\\|", "|") for c in PIPE_CELL_EDGE.split(line.strip()[1:-1])]
                for line in raw_lines[i:end]
                if not PIPE_RULE.match(line)
            ]
        elif (fields := _export_fields(raw_lines[i])) is not None:
            width = len(fields(raw_lines[i]))
            while end < len(raw_lines) and len(fields(raw_lines[end])) == width:
                end += 1
            if end - i < formats.ALIGNED_MIN_ROWS:
                end = i
            cells = [fields(line) for line in raw_lines[i:end]]
        else:
            width = len(COLUMN_GAP.split(raw_lines[i].strip()))
            while (
                end < len(raw_lines)
                and width >= 2
                and len(COLUMN_GAP.split(raw_lines[end].strip())) == width
            ):
                end += 1
            if end - i < formats.ALIGNED_MIN_ROWS:
                end = i
            cells = [
                COLUMN_GAP.split(line.strip())
                for line in raw_lines[i:end]
                if not TEXT_RULE.match(line)
            ]
        if end > i + 1:
            found[i] = (end, formats.table_rows(cells))
            i = end
        else:
            i += 1
    return found


def _is_wrapped(line: str) -> bool:
    return len(line) >= WRAPPED_LINE_CHARS and not line.endswith(TERMINAL) and not _is_chrome(line)


def clean_lines(body: str, markdown: bool = False) -> list[tuple[str, bool]]:
    """Clean a text body into (line, is_heading) pairs: chrome removed, whitespace normalised."""
    return [(t, h) for t, h, _ in clean_structured(_parse_text(body, markdown), markdown)]


# An interview or FAQ written out: "Fråga: Vad oroar dig mest?" / "Svar: Narkotikan."
QUESTION_LINE = re.compile(r"^(?:fråga|f|question|q)\s*[:.]\s*(.+\?)$", re.IGNORECASE)
ANSWER_LINE = re.compile(r"^(?:svar|s|answer|a)\s*[:.]\s*(\S.*)$", re.IGNORECASE)


def question_and_answer(lines: list[Line]) -> list[Line]:
    """Lines with each written-out question ("Fråga: …?") that an answer ("Svar: …")
    follows made a heading over its answer, as a page of questions and answers has them."""
    out = list(lines)
    for i in range(len(out) - 1):
        asked, answered = QUESTION_LINE.match(out[i][0]), ANSWER_LINE.match(out[i + 1][0])
        if asked and answered:
            out[i] = (asked.group(1), True, out[i][2])
            out[i + 1] = (answered.group(1), out[i + 1][1], out[i + 1][2])
    return out


def clean_structured(lines: list[Line], explicit_headings: bool) -> list[Line]:
    """Drop page chrome, teasers and repeats; join broken sentences; mark headings.

    With `explicit_headings` (Markdown, Word styles, HTML h1–h6) only lines marked as
    headings are headings; otherwise short unpunctuated lines are taken for headings.
    """
    lines = [(SPACES.sub(" ", normalise_characters(t)).strip(), h, p) for t, h, p in lines]
    lines = question_and_answer([line for line in lines if line[0]])
    texts = [t for t, _, _ in lines]
    kept: list[Line] = []
    seen: set[str] = set()
    i = 0
    while i < len(lines):
        text, heading, page = lines[i]
        if _is_end_marker(text):
            break
        if _is_teaser(texts, i):
            i += 3
            continue
        next_text = texts[i + 1] if i + 1 < len(texts) else ""
        # An image caption sits right before its photo credit.
        if re.match(r"foto: ", next_text, re.IGNORECASE) and not text.endswith(TERMINAL):
            i += 1
            continue
        # A repeated short line is a repeated title or a link to the same page.
        if _is_chrome(text) or (len(text) <= 120 and text in seen):
            i += 1
            continue
        seen.add(text)
        # A sentence broken over a page, column or paragraph break continues in lower case
        # (and its first half, being short and unpunctuated, may have looked like a heading).
        if (
            kept
            and text[0].islower()
            and not (explicit_headings and kept[-1][1])
            and not kept[-1][0].endswith(TERMINAL[:3])
            and not formats.leader_row_between(kept[-1][0], text)  # "varav flickor ... 410"
        ):
            joined = kept[-1][0] + " " + text
            kept[-1] = (joined, not explicit_headings and looks_like_heading(joined), kept[-1][2])
        else:
            is_heading = heading or (not explicit_headings and looks_like_heading(text))
            # A key figure set large ("3,2 mnkr per år") says something; it heads nothing.
            kept.append((text, is_heading and not FIGURE_LINE.match(text), page))
        i += 1
    if not explicit_headings and kept and kept[-1][1]:
        # A heading heads something: the last line of a text is text ("Expedieras till" /
        # "Norrby Bostäder, Kommunledningsförvaltningen").
        kept[-1] = (kept[-1][0], False, kept[-1][2])
    return drop_contents(kept)


# A line that opens with an amount, a share or a count of people: a statement.
FIGURE_LINE = re.compile(
    r"^(?:ca\.? |cirka |över |drygt |nästan )?\d[\d ]*(?:[,.]\d+)? ?"
    r"(?:%|procent|kr\b|kronor|mnkr|mkr|tkr|mdkr|miljon|miljard)",
    re.IGNORECASE,
)
# A table of contents: "2 Befolkning ........ 3", "1 Inledning 2", the page numbers alone.
CONTENTS_HEADING = re.compile(r"^(innehåll|innehållsförteckning|contents)$", re.IGNORECASE)
DOT_LEADER = re.compile(r"^(.+?)\s*(?:(?:\.\s?){4,}|…+)\s*(\S(?:(?!\.\.\.\.).)*)?$")
PAGE_NUMBER = re.compile(r"^\d{1,4}$")
PART_OF_FIGURE = re.compile(r"^(?:varav|därav|of which|of whom)\b", re.IGNORECASE)
TOTAL_WORD = re.compile(r",?\s+(?:totalt|sammanlagt|total|in total)$", re.IGNORECASE)
PAGE_NUMBERS = re.compile(r"^\d{1,4}(?: \d{1,4})*$")


def _key_figures(lines: list[Line], headings: set[str]) -> set[int]:
    """The lines set on leader dots that give key figures ("Besök totalt ...... 1 240",
    "Andel ...... 5,9 %"), not a table of contents. Contents list the document's headings
    with their page numbers, which go up; in a run of other such lines, a figure that is
    no page number, or page numbers that go down, make the run key figures."""
    found = [DOT_LEADER.match(t) for t, _, _ in lines]
    listed = {i for i, m in enumerate(found) if m and m.group(1) in headings}
    figures: set[int] = set()
    i = 0
    while i < len(lines):
        if not found[i] or i in listed:
            i += 1
            continue
        end = i
        while end < len(lines) and found[end] and end not in listed:
            end += 1
        values = [m.group(2) or "" for m in found[i:end]]
        pages = [int(v) for v in values if PAGE_NUMBER.match(v)]
        contents = all(not v or PAGE_NUMBER.match(v) for v in values) and pages == sorted(pages)
        if not contents:
            figures.update(range(i, end))
        i = end
    return figures


def drop_contents(lines: list[Line]) -> list[Line]:
    """Lines without a document's table of contents: entries set with dot leaders, or
    a heading of the document followed by its page number, the page numbers standing
    alone beside them, and the "Innehåll" heading over them. The contents repeat the
    headings; as text they would answer no question and crowd the passages.

    Key figures set on leader dots stay, as "Besök totalt: 1 240"; a part of the figure
    above names it ("varav flickor" -> "Besök, varav flickor: 410")."""
    headings = {t for t, h, _ in lines if h}
    figures = _key_figures(lines, headings)
    read: list[Line] = []
    whole = ""  # the label of the last figure that is no part of another
    for i, (text, heading, page) in enumerate(lines):
        found = DOT_LEADER.match(text) if i in figures else None
        if found is None or not found.group(2):
            read.append((text, heading, page))
            continue
        label = found.group(1)
        if PART_OF_FIGURE.match(label) and whole:
            label = f"{whole}, {label}"
        else:
            whole = TOTAL_WORD.sub("", label)
        read.append((f"{label}: {found.group(2)}", False, page))
    lines = read

    def entry(i: int, text: str) -> bool:
        number = re.match(r"^(.+?) \d{1,4}$", text)
        leader = DOT_LEADER.match(text)
        return (bool(leader) and i not in figures) or bool(number and number.group(1) in headings)

    contents = [entry(i, t) for i, (t, _, _) in enumerate(lines)]
    for i, (text, _, _) in enumerate(lines):
        near = contents[i - 1 : i] + contents[i + 1 : i + 2]
        if not contents[i] and PAGE_NUMBERS.match(text) and any(near):
            contents[i] = True
    for i, (text, _, _) in enumerate(lines):
        if CONTENTS_HEADING.match(text) and i + 1 < len(lines) and contents[i + 1]:
            contents[i] = True
    return [line for line, dropped in zip(lines, contents, strict=True) if not dropped]


def to_blocks(lines: list[Line] | list[tuple[str, bool]]) -> tuple[str, list[Block]]:
    """Join cleaned lines into the cleaned text (blocks separated by blank lines) with spans."""
    blocks: list[Block] = []
    parts: list[str] = []
    pos = 0
    for text, heading, *page in lines:
        if parts:
            pos += 2  # the "\n\n" separator
        blocks.append(Block(text, heading, pos, pos + len(text), page[0] if page else None))
        parts.append(text)
        pos += len(text)
    return "\n\n".join(parts), blocks


# --- loading -------------------------------------------------------------------------


def _meta_str(meta: dict, key: str) -> str:
    value = meta.get(key)
    return "" if value is None else str(value).strip()


@dataclass(frozen=True)
class Loaded:
    """What a loader gives: front matter (strongest metadata), the file's own metadata,
    and the lines as read, before cleaning (their date line and the names in menus and
    teasers tell when and where a page is from). `explicit_headings`: the format marks its
    headings (Markdown, Word styles, HTML), see clean_structured. `margins`: the running
    headers and footers, read for metadata only."""

    front_matter: dict
    embedded: dict
    raw: list[Line]
    explicit_headings: bool
    margins: tuple[str, ...] = ()

    @property
    def raw_texts(self) -> list[str]:
        """The lines as read, text only."""
        return [t for t, _, _ in self.raw]


# Markdown may hold HTML: a block from an opening tag at a line's start to its closing tag
# (a <table>, a <details> fold-out), and inline tags in running text ("senast<br>31 mars").
MARKDOWN_HTML_BLOCK = re.compile(
    r"^<(table|details|div|dl|ul|ol|figure|section|blockquote|p)\b.*?</\1>[ \t]*$",
    re.DOTALL | re.MULTILINE | re.IGNORECASE,
)
MARKDOWN_FOOTNOTE = re.compile(r"^\[\^(\w+)\]:[ \t]*(.+)$\n?", re.MULTILINE)
MARKDOWN_NOTE_MARK = re.compile(r"\[\^(\w+)\](?!:)")
MARKDOWN_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
MARKDOWN_LINK = re.compile(r"(?<!!)\[([^\]^][^\]]*)\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
# A reference-style link, "[PRO Tranås][pro]", and the line defining its address,
# "[pro]: https://…".
MARKDOWN_REFERENCE_LINK = re.compile(r"(?<!!)\[([^\]^][^\]]*)\]\[[^\]]*\]")
MARKDOWN_LINK_DEFINITION = re.compile(r"^ {0,3}\[[^\]^][^\]]*\]:[ \t]+\S+.*$\n?", re.MULTILINE)
# A fenced block of code in a language ("```{r}", "```python"): a program, not text. A
# fence without a language may hold text set as typed (a table), which is read.
MARKDOWN_CODE_BLOCK = re.compile(
    r"^[ \t]*(```|~~~)[ \t]*[{\w][^\n]*\n.*?^[ \t]*\1[ \t]*$\n?", re.MULTILINE | re.DOTALL
)
MARKDOWN_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
MARKDOWN_ALERT = re.compile(
    r"^[ \t]*>[ \t]*\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\][ \t]*$\n?", re.MULTILINE
)
MARKDOWN_EMOJI = re.compile(r"(?<![\w:]):[a-z][a-z0-9_+-]*:(?![\w:])")
# A pandoc definition list: the term on its line, the definition under it after ":".
MARKDOWN_DEFINITION = re.compile(r"^([^\s:|#>][^\n]*)\n(?:[ \t]*\n)?:[ \t]+", re.MULTILINE)
# A task list's box: "- [ ] Föreningen är registrerad …", "- [x] Budgeten är klar".
MARKDOWN_TASK_BOX = re.compile(r"^([ \t]*[-*+][ \t]+)\[([ xX])\][ \t]+", re.MULTILINE)
MARKDOWN_TABLE_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$", re.MULTILINE)
MARKDOWN_CELL_BREAK = re.compile(r"([,.;:])?\s*<br\s*/?>\s*", re.IGNORECASE)
MARKDOWN_INLINE_TAG = re.compile(r"<(/?)(a|b|strong|em|i|span|sup|sub|small|br)\b[^>]*>", re.I)


def _markdown_html(body: str) -> str:
    """A Markdown body with its HTML blocks written as Markdown (headings with "#", a
    table's rows as "Kolumn: värde; …" lines) and its inline tags taken out."""

    def block(match: re.Match) -> str:
        lines = formats.html_fragment_lines(match.group(0))
        return "\n\n".join(f"#### {t}" if h else t for t, h, _ in lines)

    body = MARKDOWN_CODE_BLOCK.sub("", body)
    # An HTML comment is a note to the page's writers ("<!-- Utkast: tidigare belopp var
    # 450 000 kr -->"): no part of the text. So are GitHub's note markers ("> [!NOTE]")
    # and emoji codes (":warning:").
    body = MARKDOWN_COMMENT.sub("", body)
    body = MARKDOWN_ALERT.sub("", body)
    body = MARKDOWN_EMOJI.sub("", body)
    # A checklist's item is its text: an empty box is no part of it, a ticked one says
    # the item is done ("✓").
    body = MARKDOWN_TASK_BOX.sub(lambda m: m.group(1) + ("" if m.group(2) == " " else "✓ "), body)
    body = MARKDOWN_HTML_BLOCK.sub(block, body)
    # "Förvärvsfrekvens" / ":   Andelen av …" reads "Förvärvsfrekvens: Andelen av …".
    body = MARKDOWN_DEFINITION.sub(lambda m: f"{m.group(1).rstrip()}: ", body)
    # Lines broken in a table cell are its items: "| GotlandsHem<br>polisen |" is
    # "GotlandsHem, polisen" (formats.html_cell_text reads an HTML cell so).
    body = MARKDOWN_TABLE_ROW.sub(
        lambda row: MARKDOWN_CELL_BREAK.sub(
            lambda m: f"{m.group(1)} " if m.group(1) else ", ", row.group(0)
        ),
        body,
    )
    body = MARKDOWN_INLINE_TAG.sub(lambda m: " " if m.group(2).lower() == "br" else "", body)
    # A link reads as its text, an image as its description ("Bild: Barn som spelar …").
    body = MARKDOWN_IMAGE.sub(lambda m: m.group(1), body)
    body = MARKDOWN_LINK.sub(lambda m: m.group(1), body)
    body = MARKDOWN_REFERENCE_LINK.sub(lambda m: m.group(1), body)
    body = MARKDOWN_LINK_DEFINITION.sub("", body)
    # A footnote ("…på heltid.[^2]" and "[^2]: Tjänsten … kostar 550 000 kronor.") is read
    # where it is referred to, as the sentence after the one that refers to it.
    notes = {m.group(1): m.group(2).strip() for m in MARKDOWN_FOOTNOTE.finditer(body)}
    body = MARKDOWN_FOOTNOTE.sub("", body)
    return MARKDOWN_NOTE_MARK.sub(
        lambda m: f" {notes[m.group(1)]}" if m.group(1) in notes else "", body
    )


def _load_text(path: Path, raw: bytes, name: str) -> Loaded:
    meta, body = split_front_matter(decode_text(raw, name), name)
    markdown = path.suffix.lower() == ".md"
    if markdown:
        body = _markdown_html(body)
    lines = _parse_text(body, markdown)
    # An e-mail saved as text says in its header what it is, who sent it and when.
    return Loaded(meta, email_header([t for t, _, _ in lines]), lines, markdown)


def _load_html(path: Path, raw: bytes, name: str) -> Loaded:
    extracted = formats.extract_html(decode_text(raw, name))
    return Loaded({}, extracted.metadata, extracted.lines, True, tuple(extracted.margins))


def _load_docx(path: Path, raw: bytes, name: str) -> Loaded:
    extracted = formats.extract_docx(raw)
    return Loaded({}, extracted.metadata, extracted.lines, True, tuple(extracted.margins))


def _load_pdf(path: Path, raw: bytes, name: str) -> Loaded:
    extracted = formats.extract_pdf(raw)
    return Loaded(
        {},
        extracted.metadata,
        extracted.lines,
        extracted.marks_headings,
        tuple(extracted.margins),
    )


LOADERS: dict[str, Callable[[Path, bytes, str], Loaded]] = {
    ".txt": _load_text,
    ".md": _load_text,
    ".html": _load_html,
    ".htm": _load_html,
    ".docx": _load_docx,
    ".pdf": _load_pdf,
}


def load_document(
    path: Path, doc_id: str, max_bytes: int = 20_000_000, root: Path | None = None
) -> tuple[Document, list[Block]]:
    """Read, clean and describe one file. Raises DocumentError naming what is wrong.

    `root` is the documents folder: a symbolic link leading outside it is not read.
    """
    suffix = path.suffix.lower()
    if suffix not in LOADERS:
        raise DocumentError(
            f"{doc_id}: filtypen {suffix or '(ingen)'} stöds inte "
            f"(läses: {', '.join(sorted(LOADERS))})."
        )
    if root is not None and path.is_symlink():
        if not path.resolve().is_relative_to(root.resolve()):
            raise DocumentError(
                f"{doc_id}: en länk som pekar utanför dokumentmappen; den följs inte."
            )
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise DocumentError(
                f"{doc_id}: filen är för stor ({size / 1e6:.1f} MB, gränsen är {max_bytes / 1e6:.0f} MB)."
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise DocumentError(f"{doc_id}: filen kan inte läsas ({exc.strerror}).") from None

    try:
        loaded = LOADERS[suffix](path, raw, doc_id)
    except formats.FormatError as exc:
        raise DocumentError(f"{doc_id}: {exc}") from None
    sidecar = read_sidecar(path)
    given = {**sidecar, **loaded.front_matter}  # what people wrote down; always wins
    embedded = clean_embedded(loaded.embedded)
    meta = {**embedded, **given}
    raw_texts = loaded.raw_texts
    lines = clean_structured(loaded.raw, loaded.explicit_headings)
    given_title = _meta_str(meta, "title")
    # A long title line opening the page stays a paragraph: it may be the only place that
    # says who asked ("Svar på interpellation ställd av Bo Källström (L) …").
    found_title = page_title([(t, h) for t, h, _ in lines], loaded.explicit_headings)
    reference = reference_line(loaded.margins, lines)
    if reference:
        # Said once, after the title: where a reader looks for the document's details.
        at = 1 if lines and lines[0][1] else 0
        lines = [*lines[:at], (reference, False, lines[at - 1][2] if at else None), *lines[at:]]
    text, blocks = to_blocks(join_signature(join_closing(lines)))
    found_title = sentence_case(found_title, text)
    if not any(not b.is_heading for b in blocks):
        raise DocumentError(f"{doc_id}: dokumentet innehåller ingen text efter rensning.")
    heading = found_title or next((b.text for b in blocks if b.is_heading), "")
    # A web page's <title> is often its headline and the site's name. A title people wrote
    # down is theirs whole: "Ansökan om medel … – Läxhjälp i Furulund" names the project.
    title_given = bool(_meta_str(given, "title"))
    site = ""
    if not title_given:
        given_title, site = split_site_name(given_title, heading)
    # A file's title property may be the start of the headline the text gives in full
    # ("Verksamhetsplan 2024" … "för områdesarbetet i Arnö och Brandholmen").
    if not title_given and given_title and completes(heading, given_title):
        given_title = heading
    # A memo titled by its kind ("Beslutsunderlag", "Tjänsteskrivelse") is about its
    # "Ärende: …", or else its first heading ("Förlängning av trygghetsvärdar i Råslätt"),
    # unless that is its issuer's name.
    if not title_given and len((given_title or heading).split()) == 1:
        headline = (
            heading if len(heading.split()) > 1 and not letterhead_publisher([heading]) else ""
        )
        given_title = matter_line(raw_texts) or headline or given_title
    title = given_title or heading or path.stem
    # What the document states as its date beats the file's properties (which may be the
    # template's), not what people wrote down.
    date = (
        _meta_str(given, "date")
        or stated_date(raw_texts)
        or _meta_str(embedded, "date")
        or page_date(raw_texts)
        or page_date(list(loaded.margins))  # "Sidan uppdaterades …" in a page's footer
        or parse_date(text)
    )
    issuer = letterhead_publisher(raw_texts)
    embedded_publisher = _meta_str(embedded, "publisher")
    if issuer and not municipality_of(embedded_publisher):
        # A board in the file's properties ("Kommunstyrelsen") says less than the
        # municipality the letterhead names ("Falköpings kommun").
        embedded_publisher = ""
    publisher = (
        _meta_str(given, "publisher")
        or embedded_publisher
        or site
        or margin_publisher(list(loaded.margins))
        or issuer
        or signature_publisher(raw_texts)
        # "author: Lycksele kommun, analysenheten": a municipality's unit wrote it.
        or author_publisher(_meta_str(given, "author"))
    )
    missing = tuple(
        name
        for name, present in (
            ("titel", _meta_str(meta, "title") or heading),
            ("utgivare", publisher),
            ("datum", date),
        )
        if not present
    )
    document = Document(
        doc_id=doc_id,
        text=text,
        content_hash=content_hash(raw),
        title=title,
        publisher=publisher,
        date=date,
        doc_type=_meta_str(meta, "type"),
        source=_meta_str(meta, "source"),
        municipality=_meta_str(meta, "municipality")
        or page_municipality("\n".join([*loaded.margins, *raw_texts]))
        or municipality_of(publisher, text),
        # Without an author in the metadata, the signature at the end names one.
        # Or the unit a letterhead names after its issuer ("… – FRITIDSGÅRDEN KNUTPUNKTEN").
        author=_meta_str(meta, "author") or byline(blocks) or letterhead_unit(raw_texts),
        missing_metadata=missing,
    )
    return document, blocks


# A registry's reference number, "SN 2024/311", "KS 2023.1045", "2024/58" (not a date), and
# the words that name one; in a page header: "Dnr SN 2024/311", "Diarienr: KS 2023.1045".
REFERENCE_WORDS = r"dnr|diarienr|diarienummer|ärendenr|ärendenummer"
REFERENCE_NUMBER = re.compile(
    r"(?:\b[A-ZÅÄÖ]{1,6}[ -]?)?\b(?:19|20)\d\d[/.:-]\d{1,6}\b(?![/.:-]\d)"
)
REFERENCE_IN_MARGIN = re.compile(
    rf"\b(?:{REFERENCE_WORDS})\b\.?:?\s*({REFERENCE_NUMBER.pattern})", re.IGNORECASE
)


def reference_line(margins: tuple[str, ...], lines: list[Line]) -> str:
    """ "Diarienummer: SN 2024/311" when the page header or footer gives the document's
    reference number and its text does not (a Word template puts it in the header), else
    "". Headers are left out of the text, so it would not be found otherwise."""
    for margin in margins:
        found = REFERENCE_IN_MARGIN.search(margin)
        if found and not any(found.group(1) in text for text, _, _ in lines):
            return f"Diarienummer: {found.group(1)}"
    return ""


def discover(folder: Path) -> list[tuple[str, Path]]:
    """All candidate files under `folder` and its subfolders as (doc_id, path), sorted;
    sidecars and hidden files excluded. Linked folders are not entered; linked files are
    listed, and load_document refuses those that lead outside the folder."""
    found = []
    for directory, subdirs, files in os.walk(folder, followlinks=False):
        subdirs[:] = [d for d in subdirs if not d.startswith(".")]
        for name in files:
            path = Path(directory) / name
            if name.startswith(".") or not path.is_file():
                continue
            if (
                name.endswith(SIDECAR_SUFFIX)
                and path.with_name(name[: -len(SIDECAR_SUFFIX)]).exists()
            ):
                continue
            found.append((path.relative_to(folder).as_posix(), path))
    return sorted(found)
