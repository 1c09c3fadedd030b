"""Text and embedded metadata out of PDF, Word (DOCX) and HTML files.

Each extractor returns an `Extracted`: the content as lines (text, is_heading, page) and the
metadata the file carries itself (PDF info, DOCX core properties, HTML title and meta tags).
documents.py then cleans the lines and decides which metadata wins (front matter and
sidecars beat what a file says about itself). Problems raise FormatError with a Swedish
message; documents.py turns it into a DocumentError naming the file.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise

HEADING_STYLES = re.compile(r"^(heading|rubrik|title)\s*\d*$", re.IGNORECASE)
# A page number alone in a margin: "3", "Sida 3", "s. 3", "3 (12)", "3 av 12", "Page 3 of 12".
PAGE_NUMBER = re.compile(
    r"^((sida|sid\.?|s\.|page)\s*)?\d{1,4}(\s*(\(\d{1,4}\)|(av|of|/)\s*\d{1,4}))?$", re.IGNORECASE
)
SENTENCE_END = tuple('.!?:;”"')
HEADING_SIZE = 1.15  # a font this much larger than the body text's is a heading's
SUPERSCRIPT_SIZE = 0.8  # a footnote mark's font is at most this share of its line's
MARGIN = 0.09  # top and bottom share of a page where running headers and footers sit
DOCX_MAX_UNPACKED = 200_000_000  # bytes; more is a zip bomb, not a policy document
DOCX_MAX_RATIO = 200  # unpacked / packed


class FormatError(ValueError):
    """The file cannot be read as its type says; the message (Swedish) says why."""


@dataclass
class Extracted:
    """Content lines, the file's own metadata, and the text of its running headers and
    footers (no content, but they name who wrote the file: "Borås Stad")."""

    lines: list[tuple[str, bool, int | None]] = field(default_factory=list)
    metadata: dict[str, str] = field(default_factory=dict)
    margins: list[str] = field(default_factory=list)
    # Whether the format marks its headings (Word styles, HTML tags, a PDF's fonts): if so,
    # a short unpunctuated line in the body font is text (a slide's bullet, a caption).
    marks_headings: bool = True


# --- PDF -------------------------------------------------------------------------------


def _pdf_string(value) -> str:
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text

    value = resolve1(value)
    if isinstance(value, bytes):
        if value.startswith((b"\xfe\xff", b"\xff\xfe")):
            return value.decode("utf-16", errors="replace").strip()
        return decode_text(value).strip()
    return str(value).strip() if value is not None else ""


def pdf_date(value: str) -> str:
    """PDF date "D:20180503120000+02'00'" -> "2018-05-03" ("" when not a date)."""
    match = re.match(r"(?:D:)?(\d{4})(\d{2})?(\d{2})?", value)
    if not match:
        return ""
    year, month, day = match.groups()
    return "-".join(p for p in (year, month, day) if p)


def _pdf_metadata(raw: bytes) -> dict[str, str]:
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser

    document = PDFDocument(PDFParser(io.BytesIO(raw)))
    info = document.info[0] if document.info else {}
    meta = {
        "title": _pdf_string(info.get("Title")),
        "publisher": _pdf_string(info.get("Author")),
        "date": pdf_date(_pdf_string(info.get("CreationDate"))),
    }
    return {k: v for k, v in meta.items() if v}


def _line_text(line, size: float) -> str:
    """A text line's words without its footnote marks: digits set smaller and raised
    ("…började 2015.¹ Fler …") belong to a note at the foot of the page, not to the text."""
    from pdfminer.layout import LTChar

    baseline = sorted(ch.y0 for ch in line if isinstance(ch, LTChar) and ch.size >= size * 0.9)
    if not baseline:
        return " ".join(line.get_text().split())
    base = baseline[len(baseline) // 2]
    spaced = _letter_spaced(line)
    if spaced:
        return spaced
    text = "".join(
        ""
        if isinstance(ch, LTChar)
        and ch.get_text().isdigit()
        and ch.size < size * SUPERSCRIPT_SIZE
        and ch.y0 > base + size * 0.2
        else ch.get_text()
        for ch in line
    )
    return " ".join(text.split())


SPACED_LETTERS = re.compile(r"(?:\w ){3,}\w")


def _letter_spaced(line) -> str:
    """A heading set in spaced capitals ("S A M M A N F A T T N I N G", as designed reports
    set them) as its words, "SAMMANFATTNING", told apart where the gap between two letters
    is wider than between the others; "" for any other line."""
    from pdfminer.layout import LTChar

    if not SPACED_LETTERS.fullmatch(" ".join(line.get_text().split())):
        return ""
    letters = [ch for ch in line if isinstance(ch, LTChar) and ch.get_text().strip()]
    gaps = [b.x0 - a.x1 for a, b in zip(letters, letters[1:], strict=False)]
    if len(gaps) < 3:
        return ""
    typical = sorted(gaps)[len(gaps) // 2]
    words = [letters[0].get_text()]
    for gap, letter in zip(gaps, letters[1:], strict=True):
        if gap > 2 * typical + 1:
            words.append("")
        words[-1] += letter.get_text()
    return " ".join(words)


def _line_font(line) -> tuple[float, bool]:
    """Median character size of a text line, and whether most of it is bold."""
    from pdfminer.layout import LTChar

    chars = [ch for ch in line if isinstance(ch, LTChar)]
    if not chars:
        return 0.0, False
    sizes = sorted(round(ch.size, 1) for ch in chars)
    bold = sum("bold" in ch.fontname.lower() for ch in chars) > len(chars) / 2
    return sizes[len(sizes) // 2], bold


def _turned(line) -> bool:
    """Whether most of a text line's letters are set at an angle (a table printed turned
    a quarter round on a portrait page), which pdfminer's layout does not read as lines."""
    from pdfminer.layout import LTChar

    chars = [ch for ch in line if isinstance(ch, LTChar)]
    return bool(chars) and sum(not ch.upright for ch in chars) > len(chars) / 2


TURNED_CELL_GAP = 1.0  # font sizes of space between two letters of a turned line: two cells
TURNED_WORD_GAP = 0.15  # font sizes of space between two letters that part two words


def _turned_page(
    chars, rulings: list[_Ruling], page_box
) -> tuple[list[_Line], list[_Ruling], float]:
    """Letters set at an angle (a wide table printed turned a quarter round on a portrait
    page, as a landscape section of a Word report is) laid out as they read: turned back
    with the first letter's direction, as lines of upright text (a line broken where a gap
    parts two cells) and the page's rulings turned alike, and the page's height so turned.
    Letters in another direction than the first's are left out."""
    a, b = chars[0].matrix[:2]
    length = (a * a + b * b) ** 0.5
    across, up = a / length, b / length  # the reading direction on the page

    def turn(x: float, y: float) -> tuple[float, float]:
        return x * across + y * up, y * across - x * up

    def turn_box(x0: float, y0: float, x1: float, y1: float) -> _Ruling:
        corners = [turn(x, y) for x in (x0, x1) for y in (y0, y1)]
        xs, ys = [c[0] for c in corners], [c[1] for c in corners]
        return min(xs), min(ys), max(xs), max(ys)

    left, bottom, right, top = turn_box(*page_box)

    def placed(box) -> _Ruling:
        x0, y0, x1, y1 = turn_box(*box)
        return x0 - left, y0 - bottom, x1 - left, y1 - bottom

    letters = [
        (placed(ch.bbox), ch)
        for ch in chars
        if abs(ch.matrix[0] * across + ch.matrix[1] * up - length) < length * 0.05
    ]
    lines = _lines_of_letters(letters)
    return lines, [placed(r) for r in rulings], top - bottom


def _lines_of_letters(letters: list[tuple[_Ruling, object]]) -> list[_Line]:
    """Letters laid out upright (each with its box) as lines of text: letters side by side
    make a row, and a row is broken into lines where a gap parts two cells."""
    letters = sorted(letters, key=lambda letter: (-letter[0][1], letter[0][0]))
    rows: list[list[tuple[_Ruling, object]]] = []
    for box, ch in letters:
        if rows and abs(rows[-1][0][0][1] - box[1]) < ch.size * 0.5:
            rows[-1].append((box, ch))
        else:
            rows.append([(box, ch)])
    lines: list[_Line] = []
    for row in rows:
        row.sort(key=lambda letter: letter[0][0])
        runs: list[list[tuple[_Ruling, object]]] = []
        for box, ch in row:
            if runs and box[0] - runs[-1][-1][0][2] <= ch.size * TURNED_CELL_GAP:
                runs[-1].append((box, ch))
            else:
                runs.append([(box, ch)])
        for run in runs:
            text = run[0][1].get_text()
            for (before, _), (box, ch) in pairwise(run):
                text += (" " if box[0] - before[2] > ch.size * TURNED_WORD_GAP else "") + (
                    ch.get_text()
                )
            text = " ".join(text.split())
            if text:
                size, bold = _line_font([ch for _, ch in run])
                boxes = [box for box, _ in run]
                bottom, top = min(b[1] for b in boxes), max(b[3] for b in boxes)
                lines.append(_Line(text, 0, boxes[0][0], bottom, size, bold, boxes[-1][2], top))
    return lines


@dataclass
class _Line:
    """One line of text as pdfminer found it, with where it stands and its font."""

    text: str
    box: int  # the text box pdfminer put it in (its reading order)
    x0: float
    y0: float
    size: float
    bold: bool
    x1: float = 0.0
    y1: float = 0.0
    table: bool = False  # a row of a table, read as "Kolumn: värde; …"
    # its letters as (left, right, text), a space between words as (None, None, " "): a
    # line that runs across a table's column edge is parted there
    letters: list[tuple[float | None, float | None, str]] = field(default_factory=list)


# --- PDF tables ------------------------------------------------------------------------

RULING_TOLERANCE = 2.0  # points: how near two rulings are to touch, two edges to be one
_Ruling = tuple[float, float, float, float]  # x0, y0, x1, y1


def _touch(a: _Ruling, b: _Ruling) -> bool:
    t = RULING_TOLERANCE
    return a[0] - t <= b[2] and b[0] - t <= a[2] and a[1] - t <= b[3] and b[1] - t <= a[3]


def _edges(values: list[float]) -> list[float]:
    """Positions of edges, those within RULING_TOLERANCE of each other counted once."""
    edges: list[float] = []
    for value in sorted(values):
        if not edges or value - edges[-1] > RULING_TOLERANCE:
            edges.append(value)
    return edges


def _grids(rulings: list[_Ruling]) -> list[tuple[list[float], list[float]]]:
    """The tables drawn on a page, as (column edges left to right, row edges top to
    bottom). Rulings that touch make one drawing; one with at least three horizontal and
    three vertical edges (two rows, two columns) is a table. Cells drawn as rectangles
    give all four edges; a thin rectangle or a line gives one."""
    groups: list[list[_Ruling]] = []
    for ruling in rulings:
        touching = [g for g in groups if any(_touch(ruling, other) for other in g)]
        groups = [g for g in groups if g not in touching]
        groups.append([ruling, *(r for g in touching for r in g)])
    grids = []
    for group in groups:
        across, down = [], []
        for x0, y0, x1, y1 in group:
            if y1 - y0 < RULING_TOLERANCE:
                across.append((y0 + y1) / 2)
            elif x1 - x0 < RULING_TOLERANCE:
                down.append((x0 + x1) / 2)
            else:
                across += [y0, y1]
                down += [x0, x1]
        xs, ys = _edges(down), _edges(across)
        if len(xs) >= 3 and len(ys) >= 3:
            grids.append((xs, ys[::-1]))
    return grids


def _parted_at_edges(line: _Line, xs: list[float], ys: list[float]) -> list[_Line]:
    """A line inside a drawn table parted where it runs across a column edge: pdfminer
    joins a cell's text with the next cell's when it nearly reaches the rule between them
    ("… arabiska och somaliska Holmängen")."""
    cy = (line.y0 + line.y1) / 2
    inner = [
        x for x in xs[1:-1] if line.x0 < x - RULING_TOLERANCE and line.x1 > x + RULING_TOLERANCE
    ]
    if not (inner and line.letters and ys[-1] < cy < ys[0]):
        return [line]
    parts: dict[int, list[tuple[float | None, float | None, str]]] = {}
    column = 0
    for letter in line.letters:
        if letter[0] is not None:
            column = sum(letter[0] + letter[1] > 2 * x for x in inner)
        parts.setdefault(column, []).append(letter)
    parted = []
    for letters in parts.values():
        text = " ".join("".join(t for _, _, t in letters).split())
        placed = [ltr for ltr in letters if ltr[0] is not None]
        if text and placed:
            left, right = placed[0][0], placed[-1][1]
            parted.append(
                _Line(text, line.box, left, line.y0, line.size, line.bold, right, line.y1)
            )
    return parted


def _read_tables(lines: list[_Line], rulings: list[_Ruling]) -> list[_Line]:
    """The page's lines with those inside a drawn table replaced by one line per table
    row, "Kolumn: värde; …" (the first row as headers, see table_rows), where the table
    stands: pdfminer reads a table's cells as loose lines, column by column or mixed."""
    for xs, ys in _grids(rulings):
        lines = [part for line in lines for part in _parted_at_edges(line, xs, ys)]
        cells: dict[tuple[int, int], list[_Line]] = {}
        for line in lines:
            cx, cy = (line.x0 + line.x1) / 2, (line.y0 + line.y1) / 2
            if xs[0] < cx < xs[-1] and ys[-1] < cy < ys[0]:
                column = next(i for i in range(len(xs) - 1) if cx < xs[i + 1])
                row = next(j for j in range(len(ys) - 1) if cy > ys[j + 1])
                cells.setdefault((row, column), []).append(line)
        inside = [line for found in cells.values() for line in found]
        if not inside:
            continue
        grid = [
            [
                " ".join(ln.text for ln in sorted(cells.get((r, c), []), key=lambda ln: -ln.y0))
                for c in range(len(xs) - 1)
            ]
            for r in range(len(ys) - 1)
        ]
        lines = _as_table_rows(lines, inside, grid, xs[0], ys[0], xs[-1])
    return lines


def _as_table_rows(
    lines: list[_Line],
    inside: list[_Line],
    grid: list[list[str]],
    left: float,
    top: float,
    right: float,
) -> list[_Line]:
    """`lines` with the cells `inside` a table replaced by one line per row of `grid` read
    "Kolumn: värde; …" (table_rows), standing where the table stood, in its first cell's
    box and its cells' font size."""
    first = min(inside, key=lambda ln: ln.box)
    size = sorted(ln.size for ln in inside)[len(inside) // 2]
    taken = {id(ln) for ln in inside}
    return [ln for ln in lines if id(ln) not in taken] + [
        _Line(text, first.box, left, top - k, size, False, right, top - k, True)
        for k, text in enumerate(table_rows(grid))
    ]


# A label set on leader dots, its figure (or page number) in a cell of its own; and a whole
# such row, "Besök totalt ........ 1 240": one line to itself, never joined to the next.
LEADER_LABEL = re.compile(r"^.*\S\s*(?:\.\s?){4,}$")
LEADER_ROW = re.compile(r"^.*\S\s*(?:\.\s?){4,}\s*\S+(?: \S+)?$")


def leader_row_between(previous: str, following: str) -> bool:
    """Whether either of two lines is a row set on leader dots, which is never joined to
    the line before or after it as one paragraph would be."""
    return bool(LEADER_ROW.match(previous) or LEADER_ROW.match(following))


def _leader_rows(lines: list[_Line]) -> list[_Line]:
    """The page's lines with a label set on leader dots ("Inskrivna arbetslösa, totalt
    ……") joined with the one cell right of it on the same row ("1 180"): pdfminer reads
    the column of figures, or of page numbers, as a box of its own. Whether the rows are
    key figures or a table of contents is told later (documents.drop_contents)."""
    free = [ln for ln in lines if not ln.table]
    taken: set[int] = set()
    joined = []
    for label in free:
        if not LEADER_LABEL.match(label.text):
            continue
        right = [
            v
            for v in free
            if v is not label
            and id(v) not in taken
            and abs(v.y0 - label.y0) < 2
            and v.x0 >= label.x1 - RULING_TOLERANCE
        ]
        if len(right) != 1:
            continue
        value = right[0]
        taken |= {id(label), id(value)}
        text = f"{label.text} {value.text}"
        joined.append(
            _Line(text, label.box, label.x0, label.y0, label.size, label.bold, value.x1, label.y1)
        )
    return [ln for ln in lines if id(ln) not in taken] + joined


ALIGNED_CELL_CHARS = 40  # a cell of a table set with spaces is short
ALIGNED_MIN_ROWS = 3  # a header and two rows; fewer aligned lines are a letterhead


def _aligned_tables(lines: list[_Line]) -> list[_Line]:
    """The page's lines with a table set in columns by spacing alone (no rules, no frames)
    replaced by one line per row, "Kolumn: värde; …", as _read_tables does for drawn ones.

    Such a table is rows of short cells side by side, three or more rows after another with
    as many cells, each cell under the first row's cell of its column, and a column of
    figures below the header: two columns of running text are no table."""
    free = sorted((ln for ln in lines if not ln.table), key=lambda ln: (-ln.y0, ln.x0))
    rows: list[list[_Line]] = []
    for line in free:
        if rows and abs(rows[-1][0].y0 - line.y0) < 2:
            rows[-1].append(line)
        else:
            rows.append([line])

    def is_row(row: list[_Line]) -> bool:
        return len(row) >= 2 and all(len(c.text) <= ALIGNED_CELL_CHARS for c in row)

    def under(cell: _Line, head: _Line) -> bool:
        return cell.x0 < head.x1 and head.x0 < cell.x1

    i = 0
    while i < len(rows):
        end = i + 1
        while (
            is_row(rows[i])
            and end < len(rows)
            and len(rows[end]) == len(rows[i])
            and rows[end - 1][0].y0 - rows[end][0].y0 < 3 * rows[end][0].size
            and all(under(c, h) for c, h in zip(rows[end], rows[i], strict=True))
        ):
            end += 1
        table = rows[i:end]
        figures = any(
            all(re.search(r"\d", row[k].text) for row in table[1:]) for k in range(1, len(table[0]))
        )
        if len(table) >= ALIGNED_MIN_ROWS and figures:
            inside = [c for row in table for c in row]
            grid = [[c.text for c in row] for row in table]
            right = max(c.x1 for c in inside)
            lines = _as_table_rows(lines, inside, grid, table[0][0].x0, table[0][0].y0, right)
            i = end
        else:
            i += 1
    return lines


def _same_row(a: _Line, b: _Line) -> bool:
    return abs(a.y0 - b.y0) < 1.5 and abs(a.size - b.size) < 0.5 and a.bold == b.bold


COLUMN_MIN_LINES = 3  # lines on each side of a gutter that make two columns


def _gutter(lines: list[_Line]) -> tuple[float, float, float] | None:
    """The gap between two columns of text on a page, as (x, top, bottom), or None.

    A gutter is where at least COLUMN_MIN_LINES lines start, right of the page's left edge,
    with as many lines beside them on the left and no line crossing it."""
    text = [ln for ln in lines if not ln.table]
    starts = Counter(round(ln.x0) for ln in text)
    if not starts:
        return None
    left_edge = min(starts)
    for x, count in sorted(starts.items()):
        if x <= left_edge + RULING_TOLERANCE * 10 or count < COLUMN_MIN_LINES:
            continue
        column = [ln for ln in text if abs(ln.x0 - x) <= RULING_TOLERANCE]
        top, bottom = max(ln.y1 for ln in column), min(ln.y0 for ln in column)
        beside = [ln for ln in text if ln.y0 < top and ln.y1 > bottom]
        crossing = any(
            ln.x0 < x - RULING_TOLERANCE and ln.x1 > x + RULING_TOLERANCE for ln in beside
        )
        left = [ln for ln in beside if ln.x1 <= x]
        if not crossing and len(left) >= COLUMN_MIN_LINES:
            return x, top, bottom
    return None


def _reading_order(lines: list[_Line], gutter: tuple[float, float, float] | None) -> None:
    """Renumber the lines' boxes in reading order: what stands above two columns, the left
    column top to bottom, the right one, then what stands below (pdfminer may read two
    columns row by row when each line is a box of its own)."""
    if gutter is None:
        return
    x, top, bottom = gutter

    def key(line: _Line) -> tuple[int, int, float]:
        if line.y0 >= top or line.table and line.y0 > bottom:
            return (0, 0, float(line.box))
        if line.y1 <= bottom or line.table:
            return (2, 0, float(line.box))
        return (1, 0 if line.x0 < x - RULING_TOLERANCE else 1, -line.y0)

    first = {}
    for line in lines:
        first[line.box] = min(first.get(line.box, key(line)), key(line))
    order = {box: n for n, box in enumerate(sorted(first, key=first.get))}
    for line in lines:
        line.box = order[line.box]


def _page_boxes(lines: list[_Line], body_size: float, page_height: float) -> list[_Box]:
    """A page's lines as boxes of one font each, in reading order.

    pdfminer may break a justified large heading into words on one row and even put them
    in different boxes ("för", "Handlingsplan", …, "minskad"): words of a heading on the
    same row are one line again, left to right (not across the gutter of two columns). And
    it may put a heading and the paragraph under it in one box: a box is split where the
    font changes."""
    gutter = _gutter(lines)
    _reading_order(lines, gutter)

    def side(line: _Line) -> bool:
        return gutter is not None and line.x0 >= gutter[0] - RULING_TOLERANCE

    large = [ln for ln in lines if ln.size >= body_size * HEADING_SIZE and not ln.table]
    merged: set[int] = set()
    for i, line in enumerate(large):
        if id(line) in merged:
            continue
        row = [
            other
            for other in large[i + 1 :]
            if _same_row(line, other) and side(other) == side(line)
        ]
        if row:
            parts = sorted([line, *row], key=lambda ln: ln.x0)
            line.text = " ".join(p.text for p in parts)
            line.x0 = parts[0].x0
            merged.update(id(p) for p in row)
    lines = [ln for ln in lines if id(ln) not in merged]
    # Within a box: top to bottom, then left to right.
    lines.sort(key=lambda ln: (ln.box, -round(ln.y0), ln.x0))
    boxes: list[_Box] = []
    previous: _Line | None = None
    for line in lines:
        same_run = (
            previous is not None
            and not (previous.table or line.table)
            and previous.box == line.box
            and abs(previous.size - line.size) < 0.5
            and previous.bold == line.bold
            and not starts_item(previous.text, line.text)
        )
        if same_run:
            boxes[-1].text = join_lines(boxes[-1].text, line.text)
            boxes[-1].y0 = line.y0
            boxes[-1].last_line = line.text
        else:
            boxes.append(
                _Box(
                    line.text,
                    False,
                    line.size,
                    line.bold,
                    line.y0,
                    line.y0 + line.size,
                    line.table,
                    line.text,
                )
            )
        previous = line
    for box in boxes:
        box.in_margin = box.y0 > page_height * (1 - MARGIN) or box.y1 < page_height * MARGIN
    return boxes


def _margin_key(text: str) -> str:
    """Headers and footers differ from page to page only in their numbers."""
    return re.sub(r"\d+", "#", text.lower())


@dataclass
class _Box:
    text: str
    in_margin: bool
    size: float
    bold: bool
    y0: float = 0.0  # bottom of its last line
    y1: float = 0.0  # top of its first line
    table_row: bool = False  # complete in itself: no heading, not joined to a paragraph
    last_line: str = ""


# A line that opens an item of its own: a bullet, a "Label: value" entry of a list of
# facts ("Invånare: 2 900" over "Förvärvsfrekvens: 52 %"), which end without a full stop,
# or a numbered note after a finished one ("… i Kristianstad." / "2 SCB, …").
BULLET_START = re.compile(r"^[•·▪‣◦●■▶➢✓-]\s")
ENTRY = re.compile(r"^[A-ZÅÄÖ][\w ()/-]{0,40}: \S")
NOTE_START = re.compile(r"^\d{1,2} [A-ZÅÄÖ]")


def starts_item(previous: str, following: str) -> bool:
    """Whether line `following` begins an item of a list rather than continuing the line
    of text `previous` (a bullet, an entry after an entry, a note after a sentence)."""
    return (
        bool(BULLET_START.match(following))
        or bool(ENTRY.match(following) and ENTRY.match(previous))
        or bool(NOTE_START.match(following) and previous.endswith(SENTENCE_END))
    )


# A hyphen before these words is the text's own: "gång- och cykelvägar", "för- eller".
SUSPENDED_HYPHEN_NEXT = re.compile(r"^(och|eller|samt|resp\.?|respektive|som|till)\b")


def join_lines(previous: str, following: str) -> str:
    """Two pieces of one paragraph; a word broken with a hyphen is made whole again, but a
    hyphen standing for a shared end of a word ("gång-" / "och cykelvägar") stays."""
    if (
        re.search(r"[a-zåäöéü]-$", previous)
        and following[:1].islower()
        and not SUSPENDED_HYPHEN_NEXT.match(following)
    ):
        return previous[:-1] + following
    return f"{previous} {following}"


def extract_pdf(raw: bytes) -> Extracted:
    """Text per page in reading order (two columns: left, then right), without running
    headers, footers and page numbers, with words broken at line ends joined again.

    Headings are told by their font (larger than the body text, or bold and short); the
    lines of a paragraph that the layout split apart are joined until a sentence ends.
    """
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTChar, LTCurve, LTTextContainer, LTTextLine
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    try:
        metadata = _pdf_metadata(raw)
        # boxes_flow weighs horizontal position: columns are read one after the other.
        layout = LAParams(boxes_flow=0.5, line_margin=0.5)
        # per page: its number, its lines and its height; a page's turned text comes after
        # the page as a page of its own with the same number.
        read: list[tuple[int, list[_Line], float]] = []
        for number, page in enumerate(extract_pages(io.BytesIO(raw), laparams=layout), 1):
            lines, turned = [], []
            for box, element in enumerate(e for e in page if isinstance(e, LTTextContainer)):
                # Text set at an angle (a table turned a quarter round) comes as lines of its
                # own, not in boxes of lines.
                in_box = [element] if isinstance(element, LTTextLine) else element
                for line in (ln for ln in in_box if isinstance(ln, LTTextLine)):
                    if _turned(line):
                        # read letter by letter across its lines: its letters are laid out anew
                        turned += [ch for ch in line if isinstance(ch, LTChar)]
                        continue
                    size, bold = _line_font(line)
                    text = _line_text(line, size)
                    if text:
                        read_line = _Line(text, box, line.x0, line.y0, size, bold, line.x1, line.y1)
                        read_line.letters = [
                            (ch.x0, ch.x1, ch.get_text())
                            if isinstance(ch, LTChar)
                            else (None, None, ch.get_text())
                            for ch in line
                        ]
                        lines.append(read_line)
            rulings = [(e.x0, e.y0, e.x1, e.y1) for e in page if isinstance(e, LTCurve)]
            lines = _leader_rows(_read_tables(lines, rulings))
            read.append((number, _aligned_tables(lines), page.height))
            if turned:
                lines, rulings, height = _turned_page(turned, rulings, page.bbox)
                read.append((number, _aligned_tables(_read_tables(lines, rulings)), height))
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise FormatError("PDF-filen är krypterad (lösenordsskyddad) och kan inte läsas.") from None
    except Exception as exc:  # pdfminer raises many kinds for damaged files
        raise FormatError(
            f"PDF-filen är skadad och kan inte läsas ({type(exc).__name__})."
        ) from None

    if not any(lines for _, lines, _ in read):
        raise FormatError(
            "PDF-filen saknar textlager (troligen inskannad); den behöver tolkas med OCR först."
        )
    sizes = Counter(ln.size for _, lines, _ in read for ln in lines for _ in range(len(ln.text)))
    body_size = sizes.most_common(1)[0][0]
    pages = [(number, _page_boxes(lines, body_size, h)) for number, lines, h in read]
    # A margin line repeated on at least half the pages (and two) is a running header/footer.
    repeated = Counter(
        key for _, boxes in pages for key in {_margin_key(b.text) for b in boxes if b.in_margin}
    )
    threshold = max(2, (read[-1][0] + 1) // 2)

    lines: list[tuple[str, bool, int | None]] = []
    margins: list[str] = []
    for number, boxes in pages:
        previous_open = False  # the last line on this page is a paragraph not yet ended
        previous: _Box | None = None
        for box in boxes:
            if box.in_margin and (
                PAGE_NUMBER.match(box.text) or repeated[_margin_key(box.text)] >= threshold
            ):
                if box.text not in margins:
                    margins.append(box.text)
                continue
            heading = not box.table_row and (
                box.size >= body_size * HEADING_SIZE
                or (box.bold and len(box.text) <= 90 and not box.text.endswith("."))
            )
            # A paragraph the layout split goes on in its own font: a smaller one under it
            # is a footnote or a caption, and an item of a list starts anew.
            continues = (
                previous_open
                and not heading
                and not box.table_row
                and (previous is None or abs(previous.size - box.size) < 0.5)
                and not (previous is not None and starts_item(previous.last_line, box.text))
                and not leader_row_between(lines[-1][0] if lines else "", box.text)
            )
            if continues:
                lines[-1] = (join_lines(lines[-1][0], box.text), False, number)
            else:
                lines.append((box.text, heading, number))
            previous_open = (
                not heading and not box.table_row and not lines[-1][0].endswith(SENTENCE_END)
            )
            previous = box
    # A PDF set in one font marks no headings: documents.py tells them by their shape.
    return Extracted(lines, metadata, margins, any(heading for _, heading, _ in lines))


# --- DOCX ------------------------------------------------------------------------------


def _check_zip(raw: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            unpacked = sum(i.file_size for i in archive.infolist())
    except zipfile.BadZipFile:
        raise FormatError("Word-filen är skadad (inte ett giltigt DOCX-arkiv).") from None
    if unpacked > DOCX_MAX_UNPACKED or unpacked > DOCX_MAX_RATIO * max(len(raw), 1):
        raise FormatError(
            f"Word-filen packas upp till {unpacked / 1e6:.0f} MB; det liknar en zip-bomb och "
            "läses inte."
        )


def _is_label(cell: str) -> bool:
    """A cell that names a column or a field: a few words, no figures."""
    return 0 < len(cell.split()) <= 4 and not re.search(r"\d", cell)


def _column_names(top: list[str | None], below: list[str | None]) -> list[str]:
    """A header of two rows, the upper one with cells spanning columns ("Budget (tkr)" over
    "2025" and "2026"): each column named by its parts top to bottom, "Budget (tkr) 2025"."""
    names, spanning = [], ""
    for upper, lower in zip(top, below, strict=True):
        spanning = spanning if upper is None else upper
        parts = [spanning, lower if lower is not None else ""]
        names.append(" ".join(dict.fromkeys(p for p in parts if p)))
    return names


def table_rows(rows: list[list[str | None]], marked_header: bool = False) -> list[str]:
    """A table as readable rows, "Kolumn: värde; Kolumn: värde", the first row as headers.

    `rows` is the table's grid: a cell merged across columns stands in its first column and
    None in the others; one merged down rows stands in each of them. A header whose cells
    span columns has a second header row under it (years under "Budget (tkr)"), and a first
    row that is one cell across the table is its caption. A two-column form (labels down
    the left, no header row: "Ärende" | "Sommarlovsaktiviteter i Östra Eslöv 2024",
    "Handläggare" | "Maria Lind") is read as one row, "Etikett: värde; Etikett: värde".
    `marked_header`: the format marks the first row as the header (HTML's <th>), so the
    table is no form, though its header reads like a value ("Kostnad 2024 (kr)")."""
    rows = [r for r in rows if any(r)]
    captions = []
    while len(rows) > 1 and len(rows[0]) > 1 and all(c is None for c in rows[0][1:]):
        captions.append(rows.pop(0)[0])
    if len(rows) < 2:
        return captions + ["; ".join(c for c in r if c) for r in rows]
    header = rows[0]
    if (
        None in header
        and len(rows) > 2
        and len(rows[1]) == len(header)
        and rows[1][0] in ("", header[0])
    ):
        # A second header row has nothing of its own under the first column's name.
        header, rows = _column_names(header, rows[1]), rows[1:]
    else:
        header = [c or "" for c in header]
    if (
        not marked_header
        and all(len(r) == 2 and r[1] is not None and _is_label(r[0]) for r in rows)
        and not _is_label(rows[0][1])
    ):
        # One line: the form's fields belong together ("Handläggare" of the "Ärende").
        return captions + ["; ".join(f"{label}: {value}" for label, value in rows)]
    out = []
    group, grouped = "", True  # a group's name, and whether a row has carried it
    for row in rows[1:]:
        if len(row) > 1 and row[0] and all(c is None for c in row[1:]):
            # One cell across the table names the group of the rows under it ("Mål 3:
            # Trygga bostadsområden"): each of them is read with it.
            if not grouped:
                out.append(group)
            group, grouped = row[0], False
            continue
        if len(row) == len(header) and any(c is not None for c in row[1:]):
            cells = [(h, c) for h, c in zip(header, row, strict=True) if c]
            line = "; ".join(f"{h}: {c}" if h else c for h, c in cells)
        else:  # a row of another width
            line = "; ".join(c for c in row if c)
        if group:
            line = f"{group}{'; ' if ': ' in group else ' – '}{line}"
            grouped = True
        out.append(line)
    if not grouped:
        out.append(group)
    return captions + out


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# What a paragraph's text does not hold: text deleted or moved away under tracked changes
# (its words stand in w:delText, or in w:t under w:moveFrom), and text boxes anchored in
# the paragraph, which are read on their own.
_NOT_TEXT = {f"{_W}del", f"{_W}moveFrom", f"{_W}txbxContent"}


def docx_text(element, notes: dict[str, str] | None = None) -> str:
    """The text of a Word paragraph (or table cell) as it reads with its tracked changes
    accepted: inserted runs in, deleted ones out; links and fields included. A footnote
    (`notes`: its text by id) is read where it is referred to, as a reader would turn to
    it there."""
    parts = []
    for node in element.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr", f"{_W}footnoteReference"):
        parent, skipped = node.getparent(), False
        while parent is not None and parent is not element:
            if parent.tag in _NOT_TEXT:
                skipped = True
                break
            parent = parent.getparent()
        if skipped:
            continue
        if node.tag == f"{_W}t":
            parts.append(node.text or "")
        elif node.tag == f"{_W}footnoteReference":
            parts.append(f" {(notes or {}).get(node.get(f'{_W}id'), '')} ")
        else:
            parts.append(" ")
    return " ".join("".join(parts).split())


def _docx_footnotes(document) -> dict[str, str]:
    """A Word document's footnotes, their text by id (the separators Word keeps there left
    out)."""
    from docx.oxml import parse_xml

    part = next(
        (p for p in document.part.package.iter_parts() if p.partname == "/word/footnotes.xml"),
        None,
    )
    if part is None:
        return {}
    root = parse_xml(part.blob)
    return {
        note.get(f"{_W}id"): docx_text(note)
        for note in root.iter(f"{_W}footnote")
        if note.get(f"{_W}type") in (None, "normal") and docx_text(note)
    }


def _docx_paragraphs(elements, document, notes=None) -> list[tuple[str, bool, int | None]]:
    """Word paragraphs as lines, headings by their style."""
    from docx.text.paragraph import Paragraph

    lines = []
    for element in elements:
        paragraph = Paragraph(element, document)
        text = docx_text(element, notes)
        if text:
            style = paragraph.style.name if paragraph.style is not None else ""
            heading = bool(HEADING_STYLES.match(style)) or _set_as_heading(paragraph, text)
            lines.append((text, heading, None))
    return lines


MANUAL_HEADING_MAX_WORDS = 12


def _set_as_heading(paragraph, text: str) -> bool:
    """A heading set by hand, as many write them: a short unpunctuated paragraph whose
    every run is bold ("Prioriterade områden" in bold 14 pt in the Normal style)."""
    runs = [run for run in paragraph.runs if run.text.strip()]
    return (
        bool(runs)
        and all(run.bold for run in runs)
        and len(text.split()) <= MANUAL_HEADING_MAX_WORDS
        and not text.endswith(SENTENCE_END)
    )


def _text_boxes(paragraph) -> list:
    """The text boxes (w:txbxContent) anchored in a Word paragraph. Word saves each box
    twice, as a drawing shape and as a VML copy for older readers (mc:Fallback); the copy
    is skipped so that the box is read once."""
    from docx.oxml.ns import qn

    fallback = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
    return [
        box
        for box in paragraph.iter(qn("w:txbxContent"))
        if not any(ancestor.tag == fallback for ancestor in box.iterancestors())
    ]


def _docx_grid(table, notes=None) -> list[list[str | None]]:
    """A Word table's grid for table_rows: a cell merged across columns once, then None;
    one merged down rows in each of them (python-docx gives the same cell for every grid
    position a merged cell covers)."""
    grid = []
    for row in table.rows:
        cells = row.cells
        grid.append(
            [
                None if j and cell._tc is cells[j - 1]._tc else docx_text(cell._tc, notes)
                for j, cell in enumerate(cells)
            ]
        )
    return grid


def _docx_blocks(parent):
    """The paragraphs and tables of a Word body in order, also those a template puts in
    content controls (w:sdt, "Rubrik", "Beslutsförslag") or custom XML around them."""
    for child in parent.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag in ("p", "tbl"):
            yield child
        elif tag in ("sdt", "sdtContent", "customXml"):
            yield from _docx_blocks(child)


def extract_docx(raw: bytes) -> Extracted:
    """Paragraphs in order, headings by their style, tables as "Kolumn: värde" rows."""
    _check_zip(raw)
    import docx
    from docx.oxml.ns import qn
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(raw))
    except Exception as exc:
        raise FormatError(f"Word-filen kan inte läsas ({type(exc).__name__}).") from None
    notes = _docx_footnotes(document)
    lines: list[tuple[str, bool, int | None]] = []
    for child in _docx_blocks(document.element.body):
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            # A text box anchored in the paragraph (a fact box) is read before its text.
            for box in _text_boxes(child):
                lines += _docx_paragraphs(box.iterchildren(qn("w:p")), document, notes)
            lines += _docx_paragraphs([child], document, notes)
        elif tag == "tbl":
            grid = _docx_grid(Table(child, document), notes)
            lines += [(row, False, None) for row in table_rows(grid)]
    props = document.core_properties
    metadata = {
        "title": (props.title or "").strip(),
        "publisher": (props.author or "").strip(),
        "date": props.created.date().isoformat() if props.created else "",
    }
    margins = [
        " ".join(paragraph.text.split())
        for section in document.sections
        for part in (section.header, section.footer)
        for paragraph in part.paragraphs
        if paragraph.text.strip()
    ]
    return Extracted(lines, {k: v for k, v in metadata.items() if v}, list(dict.fromkeys(margins)))


# --- HTML ------------------------------------------------------------------------------

# Never content.
HTML_DROP = (
    "script style noscript template svg nav aside form iframe button select input "
    "textarea dialog object embed canvas".split()
)
# Page furniture outside the main content; inside <main>/<article> a <header> holds the title.
HTML_DROP_OUTSIDE_MAIN = ("header", "footer")
FURNITURE = re.compile(
    r"cookie|consent|gdpr|banner|breadcrumb|share|social|related|relaterad|newsletter|"
    r"nyhetsbrev|advert|annons|sidebar|skip-?link|menu|meny|navigation|footer|puff|feedback|"
    r"rating|survey|readspeaker|toolbar",
    re.IGNORECASE,
)
# The content of a page without <main> or <article>: <div id="content">, "main-content".
CONTENT_ID = re.compile(r"^(?:main-?)?content$|^main$", re.IGNORECASE)
# A box giving the page's contact person: "contact-box", "kontaktruta".
CONTACT_BOX = re.compile(r"contact|kontakt", re.IGNORECASE)
# A definition list's term heads its description, and a fold-out's <summary> the text it
# opens: in a page of questions and answers each is the question answered under it.
HEADINGS = {f"h{i}" for i in range(1, 7)} | {"dt", "summary"}
BLOCKS = set(
    "p div section article main header footer ul ol li blockquote pre figure figcaption "
    "dl dt dd address details body html".split()
)


DESCRIBED_IMAGE_WORDS = 6  # an alt text this long describes; "Logotyp" or "Foto" does not


def _is_furniture(tag) -> bool:
    if tag.attrs is None:
        return False
    marks = " ".join(
        [
            tag.get("id") or "",
            " ".join(tag.get("class") or []),
            tag.get("role") or "",
            tag.get("aria-label") or "",
        ]
    )
    return (
        bool(marks.strip())
        and bool(FURNITURE.search(marks))
        and tag.name not in ("main", "article", "body")
    )


def _is_link_list(tag) -> bool:
    """A list whose every item is just a link: navigation or "related news"."""
    items = tag.find_all("li", recursive=False)
    return bool(items) and all(
        (a := li.find("a")) is not None
        and a.get_text(" ", strip=True) == li.get_text(" ", strip=True)
        for li in items
    )


def html_cell_text(cell) -> str:
    """A table cell's text; lines broken with <br> are its items ("Gråbo IP<br>Region
    Gotland" -> "Gråbo IP, Region Gotland"), parted by a comma unless punctuation does."""
    from bs4 import NavigableString

    lines = [""]
    for node in cell.descendants:
        if getattr(node, "name", None) == "br":
            lines.append("")
        elif type(node) is NavigableString:  # text, not a comment
            lines[-1] += f" {node} "
    text = ""
    for piece in lines:
        piece = " ".join(piece.split())
        if piece:
            text += (
                "" if not text else " " if text.endswith((",", ";", ":", ".")) else ", "
            ) + piece
    return text


def _html_grid(table) -> list[list[str | None]]:
    """An HTML table's grid for table_rows: a cell spanning columns (colspan) once, then
    None; one spanning rows (rowspan) in each of them."""
    grid: list[list[str | None]] = []
    below: dict[tuple[int, int], str] = {}  # (row, column) -> text of a cell from above
    for r, tr in enumerate(table.find_all("tr")):
        row: list[str | None] = []
        for cell in tr.find_all(["th", "td"]):
            while (r, len(row)) in below:
                row.append(below.pop((r, len(row))))
            text = html_cell_text(cell)
            span = _span(cell, "colspan")
            for k in range(1, _span(cell, "rowspan")):
                for c in range(span):
                    below[(r + k, len(row) + c)] = text if c == 0 else None
            row += [text] + [None] * (span - 1)
        while (r, len(row)) in below:
            row.append(below.pop((r, len(row))))
        grid.append(row)
    return grid


FACT_VALUE_WORDS = 12  # a fact box's values are short; an FAQ's answers are not


def _facts(dl) -> list[tuple[str, str]]:
    """A definition list's terms, each with its descriptions joined."""
    pairs: list[tuple[str, str]] = []
    for item in dl.find_all(["dt", "dd"]):
        text = " ".join(item.get_text(" ").split())
        if item.name == "dt":
            pairs.append((text, ""))
        elif pairs and text:
            term, value = pairs[-1]
            pairs[-1] = (term, f"{value} {text}".strip())
    return [(term, value) for term, value in pairs if term and value]


def _fact_box(dl) -> list[tuple[str, str]]:
    """A definition list's terms and values when it is a fact box ("Invånare" / "Cirka
    2 300"); [] for questions and answers, whose terms head their answers."""
    facts = _facts(dl)
    fact_box = all(
        not term.endswith("?") and len(value.split()) <= FACT_VALUE_WORDS for term, value in facts
    )
    return facts if fact_box else []


def _own_cells(table) -> list:
    """A table's own cells, not those of tables inside them."""
    return [cell for cell in table.find_all(["td", "th"]) if cell.find_parent("table") is table]


def _is_layout_table(table) -> bool:
    """Whether a table lays out a page, as older sites do, rather than holding data: a
    cell holds headings, another table or several paragraphs (a cell exported from Word
    holds one paragraph)."""
    if (table.get("role") or "").lower() in ("presentation", "none"):
        return True
    return any(
        cell.find(["h1", "h2", "h3", "h4", "h5", "h6", "table"]) is not None
        or len(cell.find_all("p")) >= 2
        for cell in _own_cells(table)
    )


def _span(cell, attribute: str) -> int:
    """A cell's colspan or rowspan: 1 unless the page gives a sensible number."""
    value = str(cell.get(attribute) or "1").strip()
    return min(int(value), 50) if value.isdigit() and int(value) > 0 else 1


BROKEN_LINE_WORDS = 6  # lines this short, broken with <br>, are one entry's parts


def _html_lines(root) -> list[tuple[str, bool, int | None]]:
    from bs4 import NavigableString, Tag

    out: list[tuple[str, bool, int | None]] = []
    inline: list[str] = []
    broken: list[str] = []  # the lines of a block broken with <br> so far

    def take_inline() -> str:
        text = " ".join(" ".join(inline).split())
        inline.clear()
        return text

    def flush() -> None:
        text = take_inline()
        lines = [*broken, text] if text else broken[:]
        broken.clear()
        if len(lines) > 1 and all(
            len(line.split()) <= BROKEN_LINE_WORDS and not line.endswith(SENTENCE_END)
            for line in lines
        ):
            # "Områdesutvecklare<br>Jonas Berg<br>08-746 10 00": an address or a contact
            # set line by line is one entry.
            lines = [", ".join(lines)]
        out.extend((line, False, None) for line in lines)

    def line_break() -> None:
        text = take_inline()
        if text:
            broken.append(text)

    def walk(element) -> None:
        for child in element.children:
            if isinstance(child, NavigableString):
                if type(child).__name__ in (
                    "Comment",
                    "Doctype",
                    "Declaration",
                    "ProcessingInstruction",
                ):
                    continue
                inline.append(str(child))
            elif isinstance(child, Tag):
                if child.name in HEADINGS:
                    flush()
                    text = " ".join(child.get_text(" ").split())
                    if text:
                        out.append((text, True, None))
                elif child.name == "dl" and (facts := _fact_box(child)):
                    # "Invånare" / "Cirka 2 300": a fact box's term and value are one line.
                    flush()
                    out.extend((f"{term}: {value}", False, None) for term, value in facts)
                elif child.name == "table" and _is_layout_table(child):
                    # An old page laid out with a table: its cells are the page's parts.
                    for cell in _own_cells(child):
                        flush()
                        walk(cell)
                        flush()
                elif child.name == "table":
                    flush()
                    caption = child.find("caption")
                    if caption is not None and caption.get_text(strip=True):
                        # The caption says what the table is of: a line of its own above it.
                        out.append((" ".join(caption.get_text(" ").split()), False, None))
                    first = child.find("tr")
                    marked = first is not None and first.find("td") is None
                    rows = table_rows(_html_grid(child), marked_header=marked)
                    out.extend((row, False, None) for row in rows if row)
                elif child.name == "br":
                    line_break()
                elif child.name == "img" and len((alt := child.get("alt") or "").split()) >= (
                    DESCRIBED_IMAGE_WORDS
                ):
                    # A chart or a picture described in words (its alt text, as accessible
                    # pages give it) says what the image shows: "Stapeldiagram … 2022: 21 900".
                    flush()
                    out.append((" ".join(alt.split()), False, None))
                elif child.name in BLOCKS:
                    flush()
                    walk(child)
                    flush()
                else:
                    walk(child)

    walk(root)
    flush()
    return out


def html_fragment_lines(html: str) -> list[tuple[str, bool, int | None]]:
    """The lines of a piece of HTML standing in another format (a table or a fold-out in
    Markdown), read as a page's content is."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup.find_all(HTML_DROP):
        tag.decompose()
    return _html_lines(soup)


def _json_ld(soup) -> dict:
    """The article a page describes in JSON-LD (schema.org), for its date and publisher:
    many sites state them there and nowhere else in the page's head; {} when none."""
    for tag in soup.find_all("script", attrs={"type": "application/ld+json"}):
        try:
            data = json.loads(tag.string or "")
        except ValueError:
            continue
        if isinstance(data, dict):
            data = data.get("@graph", [data])
        for item in data if isinstance(data, list) else []:
            if isinstance(item, dict) and (item.get("datePublished") or item.get("headline")):
                return item
    return {}


def extract_html(text: str) -> Extracted:
    """The main content of a web page (navigation, cookie banners, footers and link lists
    dropped), headings kept; title, publisher and date from the head."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(text, "html.parser")

    def meta(*names: str) -> str:
        for name in names:
            tag = soup.find("meta", attrs={"property": name}) or soup.find(
                "meta", attrs={"name": name}
            )
            if tag and tag.get("content", "").strip():
                return tag["content"].strip()
        return ""

    time_tag = soup.find("time", attrs={"datetime": True})
    described = _json_ld(soup)  # what the page says of itself for search engines
    date = (
        meta("article:published_time", "date", "dcterms.date", "DC.date", "pubdate")
        or str(described.get("datePublished") or described.get("dateModified") or "")
        or (time_tag["datetime"] if time_tag else "")
        # Last a page's "changed" date: no other date says when it was written.
        or meta("article:modified_time", "dcterms.modified", "last-modified")
    )
    title_tag = soup.find("title")
    title = meta("og:title") or (title_tag.get_text(" ", strip=True) if title_tag else "")
    by = described.get("publisher")
    publisher = meta("og:site_name", "author", "dcterms.publisher", "DC.publisher") or (
        str(by.get("name") or "") if isinstance(by, dict) else ""
    )
    if publisher:  # "Östby satsar mot segregation | Östby kommun": the site name is not the title
        title = re.sub(rf"\s*[|–—-]\s*{re.escape(publisher)}$", "", title)
    kind = str(described.get("@type") or "")
    metadata = {
        "title": title,
        "publisher": publisher,
        # A news article says so ("NewsArticle"): "nyheten om …" names it by its type.
        "type": "nyhetsartikel" if kind == "NewsArticle" else "",
        "date": date[:10] if re.match(r"\d{4}-\d{2}-\d{2}", date) else "",
        "source": meta("og:url"),
    }
    # An accordion's heading holds a button that opens its panel ("<h2><button>Vad gör
    # Områdeslyftet?</button></h2>"): the button's text is the heading, not a control.
    for button in soup.select(", ".join(f"{h} button" for h in sorted(HEADINGS))):
        button.unwrap()
    for tag in soup.find_all(HTML_DROP):
        tag.decompose()
    # The page's footer is no content, but may say who runs the site and when the page
    # was last updated ("Sidan uppdaterades 2024-03-18"): kept as the page's margin.
    margins = [
        line
        for footer in soup.find_all("footer")
        for line in (" ".join(t.split()) for t in footer.get_text("\n").splitlines())
        if line
    ]
    root = (
        soup.find("main")
        or soup.find(attrs={"role": "main"})
        or soup.find("article")
        or soup.find(id=CONTENT_ID)
    )
    # The page's contact box ("Kontakt" / Områdesutvecklare / Jonas Berg) often stands in a
    # sidebar beside the content: it is content, read after the rest.
    contacts = [
        box
        for box in soup.find_all(class_=CONTACT_BOX)
        if (root is None or root not in box.parents)
        and box.find_parent(["footer", "header"]) is None  # the site's switchboard, not the page's
        and box.find_parent(class_=CONTACT_BOX) is None  # a box once, not again for its parts
    ]
    for box in contacts:
        box.extract()
    if root is None:
        root = soup.body or soup
        for tag in root.find_all(HTML_DROP_OUTSIDE_MAIN):
            tag.decompose()
    for tag in root.find_all(True):
        if tag.decomposed:
            continue
        if _is_furniture(tag) or (tag.name in ("ul", "ol") and _is_link_list(tag)):
            tag.decompose()
    for box in contacts:
        root.append(box)
    return Extracted(_html_lines(root), {k: v for k, v in metadata.items() if v}, margins)
