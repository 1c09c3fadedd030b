"""PDF, Word, HTML and Windows-1252 documents: text, metadata, pages, and re-indexing.

Every fixture is generated here: PDFs with fpdf2, DOCX with python-docx, HTML and text by hand.
"""

from __future__ import annotations

import datetime
import io
import os
import zipfile
from pathlib import Path

import docx
import pytest
from fpdf import FPDF

from assistant.cli import format_answer
from assistant.documents import DocumentError, load_document

# --- fixtures -------------------------------------------------------------------------


def make_pdf(path: Path, encrypt: bool = False, info: bool = True) -> Path:
    """Two A4 pages with a running header and footer; page 2 in two columns written row by
    row (as many producers do), with a word hyphenated at a line end."""
    pdf = FPDF(format="A4")
    if info:
        pdf.set_title("Norrbys plan mot segregation")
        pdf.set_author("Norrby kommun")
        pdf.set_creation_date(datetime.datetime(2024, 3, 5))
    pdf.set_auto_page_break(False)
    if encrypt:
        pdf.set_encryption(owner_password="ägare", user_password="hemligt")

    def page(number: int, heading: str) -> None:
        pdf.add_page()
        pdf.set_font("Helvetica", size=9)
        pdf.set_xy(10, 8)
        pdf.cell(0, 5, "Norrby kommun - Plan mot segregation 2024")
        pdf.set_xy(10, 285)
        pdf.cell(0, 5, f"Sida {number} av 2")
        pdf.set_font("Helvetica", "B", 16)
        pdf.set_xy(10, 30)
        pdf.cell(0, 10, heading)
        pdf.set_font("Helvetica", size=11)

    page(1, "Bakgrund")
    pdf.set_xy(10, 45)
    pdf.multi_cell(
        190,
        6,
        "Norrby kommun har under flera år arbetat mot segregation i bostadsområdena. "
        "Arbetet leds av kommunstyrelsen och följs upp varje år.",
    )
    page(2, "Ekonomi")
    left = [
        "Norrby fick 4,2 miljoner kronor för",
        "2024 för att minska segrega-",
        "tionen i kommunens östra delar.",
    ]
    right = [
        "Sommarjobb för unga ordnas",
        "i samarbete med föreningslivet",
        "och näringslivet i Norrby.",
    ]
    for row, (left_line, right_line) in enumerate(zip(left, right, strict=True)):
        pdf.set_xy(10, 50 + 6 * row)
        pdf.cell(90, 6, left_line)
        pdf.set_xy(110, 50 + 6 * row)
        pdf.cell(90, 6, right_line)
    pdf.output(str(path))
    return path


def make_scanned_pdf(path: Path) -> Path:
    """A page with only a drawing on it: no text layer."""
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 50, style="F")
    pdf.output(str(path))
    return path


def make_docx(path: Path) -> Path:
    document = docx.Document()
    props = document.core_properties
    props.title, props.author = "Sunnviks handlingsplan", "Sunnviks kommun"
    props.created = datetime.datetime(2023, 5, 10)
    document.add_heading("Handlingsplan mot segregation", level=1)
    document.add_paragraph(
        "Sunnvik ska minska segregationen genom samverkan mellan skola och socialtjänst."
    )
    document.add_heading("Budget", level=2)
    table = document.add_table(rows=3, cols=3)
    rows = [
        ["Insats", "Belopp", "År"],
        ["Läxhjälp", "1,2 miljoner kronor", "2023"],
        ["Feriejobb", "600 000 kr", "2024"],
    ]
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph("Planen följs upp varje år.")
    document.save(str(path))
    return path


HTML_PAGE = """<!DOCTYPE html><html lang="sv"><head>
<title>Östby satsar mot segregation | Östby kommun</title>
<meta property="og:site_name" content="Östby kommun">
<meta property="article:published_time" content="2022-09-01T10:00:00+02:00">
</head><body>
<header><nav><ul><li><a href="/">Start</a></li><li><a href="/om">Om kommunen</a></li></ul></nav></header>
<div class="cookie-banner">Vi använder kakor för att förbättra webbplatsen. <button>OK</button></div>
<main><article>
<h1>Östby satsar mot segregation</h1>
<p>Östby kommun får <strong>3 miljoner kronor</strong> för att minska segregationen.</p>
<h2>Insatser</h2>
<ul><li>Läxhjälp på biblioteket</li><li>Öppen förskola</li></ul>
<aside>Annonsplats</aside>
<div class="related-news"><h2>Relaterade nyheter</h2><ul><li><a href="/a">Ny skola i Östby</a></li></ul></div>
<table><tr><th>År</th><th>Belopp</th></tr><tr><td>2023</td><td>3 miljoner kronor</td></tr></table>
<p>Pengarna ska användas under 2023.</p>
<script>var spårning = 1;</script>
</article></main>
<footer><p>Östby kommun, 123 45 Östby. Telefon 012-345 67.</p></footer>
</body></html>
"""


def _docx_table(document, rows: list[tuple[str, ...]]):
    """A Word table holding `rows`, added at the end of `document`."""
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for cells, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(cells.cells, values, strict=True):
            cell.text = value
    return table


def _load(path: Path):
    document, blocks = load_document(path, path.name)
    return document, blocks, [(b.text, b.is_heading, b.page) for b in blocks]


# --- PDF ------------------------------------------------------------------------------


def test_pdf_text_pages_columns_hyphens_and_running_heads(tmp_path):
    document, _, blocks = _load(make_pdf(tmp_path / "plan.pdf"))
    assert blocks == [
        ("Bakgrund", True, 1),
        (
            "Norrby kommun har under flera år arbetat mot segregation i bostadsområdena. "
            "Arbetet leds av kommunstyrelsen och följs upp varje år.",
            False,
            1,
        ),
        ("Ekonomi", True, 2),
        # Left column first, the hyphenated word whole again.
        (
            "Norrby fick 4,2 miljoner kronor för 2024 för att minska segregationen i kommunens "
            "östra delar.",
            False,
            2,
        ),
        (
            "Sommarjobb för unga ordnas i samarbete med föreningslivet och näringslivet i Norrby.",
            False,
            2,
        ),
    ]
    assert "Sida 1 av 2" not in document.text and "Plan mot segregation 2024" not in document.text
    # Metadata from the PDF's info dictionary.
    assert (document.title, document.publisher, document.date) == (
        "Norrbys plan mot segregation",
        "Norrby kommun",
        "2024-03-05",
    )


def test_sidecar_metadata_beats_the_pdf_info(tmp_path):
    path = make_pdf(tmp_path / "plan.pdf")
    (tmp_path / "plan.pdf.yaml").write_text(
        "title: Plan mot segregation 2024–2026\ntype: rapport\n", encoding="utf-8"
    )
    document, _, _ = _load(path)
    assert document.title == "Plan mot segregation 2024–2026"  # sidecar wins
    assert document.publisher == "Norrby kommun"  # the PDF fills what the sidecar lacks
    assert document.doc_type == "rapport"


def test_pdf_without_info_takes_heading_as_title_and_its_running_head_as_publisher(tmp_path):
    document, _, _ = _load(make_pdf(tmp_path / "plan.pdf", info=False))
    assert document.title == "Bakgrund"
    # The running header "Norrby kommun - Plan mot segregation 2024" names who issued it.
    assert document.publisher == "Norrby kommun"
    assert document.missing_metadata == ()


def make_word_export_pdf(path: Path) -> Path:
    """A PDF as Word exports it: the Word file's name for its title and a user id for its
    author; a cover whose large heading is set word by word, spread over the row (as
    justified text often is); and a heading printed right above its paragraph."""
    pdf = FPDF(format="A4")
    pdf.set_title("Microsoft Word - plan_slutversion.docx")
    pdf.set_author("nor4711")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 22)
    for x, y, word in (
        (20, 60, "Plan"),
        (95, 60, "mot"),
        (150, 60, "segregation"),
        (20, 70, "2025"),
    ):
        pdf.set_xy(x, y)
        pdf.cell(0, 10, word)
    pdf.set_font("Helvetica", size=11)
    pdf.set_xy(20, 200)
    pdf.cell(0, 6, "Antagen av kommunfullmäktige.")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.set_xy(20, 30)
    pdf.cell(0, 7, "Bakgrund")
    pdf.set_font("Helvetica", size=11)
    pdf.set_xy(20, 37.5)
    pdf.multi_cell(170, 5.5, "Norrby kommun har arbetat mot segregation sedan 2018.", align="L")
    for number in (1, 2):
        pdf.page = number
        pdf.set_font("Helvetica", size=8)
        pdf.set_xy(20, 285)
        pdf.cell(0, 5, "Norrby kommun | Plan mot segregation")
    pdf.output(str(path))
    return path


def test_a_word_exported_pdf_gets_its_title_from_the_page(tmp_path):
    document, _, lines = _load(make_word_export_pdf(tmp_path / "export.pdf"))
    assert lines[0][0].startswith("Plan mot segregation")
    assert document.title.startswith("Plan mot segregation")
    assert document.publisher == "Norrby kommun"  # not the user id
    # A heading pdfminer boxed with its paragraph is a heading of its own.
    assert ("Bakgrund", True, 2) in lines
    assert ("Norrby kommun har arbetat mot segregation sedan 2018.", False, 2) in lines


@pytest.mark.parametrize(
    ("maker", "expected"),
    [
        (lambda p: make_pdf(p, encrypt=True), "krypterad"),
        (make_scanned_pdf, "saknar textlager"),
        (lambda p: p.write_bytes(b"%PDF-1.4\n1 0 obj trasig") and p, "skadad"),
    ],
)
def test_unreadable_pdfs_are_reported(tmp_path, maker, expected):
    path = tmp_path / "fel.pdf"
    maker(path)
    with pytest.raises(DocumentError, match=expected):
        load_document(path, "fel.pdf")


# --- DOCX -----------------------------------------------------------------------------


def test_docx_headings_tables_and_core_properties(tmp_path):
    document, _, blocks = _load(make_docx(tmp_path / "plan.docx"))
    assert blocks == [
        ("Handlingsplan mot segregation", True, None),
        (
            "Sunnvik ska minska segregationen genom samverkan mellan skola och socialtjänst.",
            False,
            None,
        ),
        ("Budget", True, None),
        ("Insats: Läxhjälp; Belopp: 1,2 miljoner kronor; År: 2023", False, None),
        ("Insats: Feriejobb; Belopp: 600 000 kr; År: 2024", False, None),
        ("Planen följs upp varje år.", False, None),
    ]
    assert (document.title, document.publisher, document.date) == (
        "Sunnviks handlingsplan",
        "Sunnviks kommun",
        "2023-05-10",
    )


def make_table_pdf(path: Path, ruled_with_lines: bool) -> Path:
    """A table of three columns, its cells drawn as rectangles, or its grid drawn with
    lines (as Word draws table borders), between two paragraphs."""
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.set_xy(20, 30)
    pdf.multi_cell(170, 6, "Tabellen visar insatserna och vad de kostar.", align="L")
    rows = [
        ["Insats", "Ansvar", "Kostnad per år"],
        ["Feriearbete för unga", "Arbetsmarknadsenheten", "3,2 mnkr"],
        ["Språkcafé", "Fritid Norrby", "450 tkr"],
    ]
    widths, top, height = [70, 60, 40], 45, 8
    for r, row in enumerate(rows):
        x = 20
        for value, width in zip(row, widths, strict=True):
            pdf.set_xy(x, top + r * height)
            pdf.cell(width, height, value, border=0 if ruled_with_lines else 1)
            x += width
    if ruled_with_lines:
        for r in range(len(rows) + 1):
            pdf.line(20, top + r * height, 20 + sum(widths), top + r * height)
        for x in (20, 90, 150, 190):
            pdf.line(x, top, x, top + len(rows) * height)
    pdf.set_xy(20, 80)
    pdf.multi_cell(170, 6, "Insatserna finansieras inom budgeten.", align="L")
    pdf.output(str(path))
    return path


@pytest.mark.parametrize("ruled_with_lines", [False, True])
def test_a_pdf_table_is_read_row_by_row_with_its_headers(tmp_path, ruled_with_lines):
    _, _, lines = _load(make_table_pdf(tmp_path / "tabell.pdf", ruled_with_lines))
    assert [text for text, _, _ in lines] == [
        "Tabellen visar insatserna och vad de kostar.",
        "Insats: Feriearbete för unga; Ansvar: Arbetsmarknadsenheten; Kostnad per år: 3,2 mnkr",
        "Insats: Språkcafé; Ansvar: Fritid Norrby; Kostnad per år: 450 tkr",
        "Insatserna finansieras inom budgeten.",
    ]
    assert not any(heading for _, heading, _ in lines)


def test_a_pdf_table_cell_filled_to_its_rule_is_not_joined_to_the_next(tmp_path):
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=9)
    rows = [
        ("Insats", "Område", "Belopp"),
        ("Föräldrastöd i grupp på arabiska och somaliska", "Holmängen", "320 000"),
        ("Trygghetsvärdar kvällstid", "Öxnered", "890 000"),
    ]
    # The first column is as wide as its longest text (66.7 mm and the cell's margin), so
    # pdfminer reads that text and the next cell's as one line.
    widths = (68.5, 40, 30)
    for r, values in enumerate(rows):
        x = 20
        for value, width in zip(values, widths, strict=True):
            pdf.set_xy(x, 30 + 8 * r)
            pdf.cell(width, 8, value, border=1)
            x += width
    path = tmp_path / "tabell.pdf"
    pdf.output(str(path))
    _, _, lines = _load(path)
    assert [text for text, _, _ in lines] == [
        "Insats: Föräldrastöd i grupp på arabiska och somaliska; Område: Holmängen; Belopp: 320 000",
        "Insats: Trygghetsvärdar kvällstid; Område: Öxnered; Belopp: 890 000",
    ]


def make_newsletter_pdf(path: Path) -> Path:
    """Two columns set side by side with loose line spacing (pdfminer then makes each line a
    box of its own and reads the columns row by row), each with a bold heading."""
    pdf = FPDF(format="A4")
    pdf.add_page()
    columns = {
        20: (
            "Ny simskola",
            "I oktober startar en simskola för vuxna i Norrby simhall. Kursen "
            "är gratis och riktar sig till dem som aldrig lärt sig simma. 40 platser finns.",
        ),
        110: (
            "Trygghetsmätningen",
            "I årets trygghetsmätning svarade 68 procent av de "
            "boende i Norrby att de känner sig trygga. År 2021 var andelen 59 procent.",
        ),
    }
    for x, (heading, text) in columns.items():
        pdf.set_xy(x, 30)
        pdf.set_font("Helvetica", "B", 12)
        pdf.multi_cell(80, 7, heading)
        pdf.set_x(x)
        pdf.set_font("Helvetica", size=10)
        pdf.multi_cell(80, 5.5, text, align="L")
    pdf.output(str(path))
    return path


def test_two_pdf_columns_are_read_one_after_the_other(tmp_path):
    _, _, lines = _load(make_newsletter_pdf(tmp_path / "nyhetsbrev.pdf"))
    assert [(text, heading) for text, heading, _ in lines] == [
        ("Ny simskola", True),
        (
            "I oktober startar en simskola för vuxna i Norrby simhall. Kursen är gratis och "
            "riktar sig till dem som aldrig lärt sig simma. 40 platser finns.",
            False,
        ),
        ("Trygghetsmätningen", True),
        (
            "I årets trygghetsmätning svarade 68 procent av de boende i Norrby att de känner "
            "sig trygga. År 2021 var andelen 59 procent.",
            False,
        ),
    ]


def make_slides_pdf(path: Path) -> Path:
    """Slides saved as PDF: a program's default title, bullets set as a glyph and a cell,
    a key figure in a large font with a caption in a smaller one."""
    pdf = FPDF(orientation="L", unit="mm", format=(142.9, 254))
    pdf.set_title("PowerPoint-presentation")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 32)
    pdf.set_xy(15, 30)
    pdf.cell(0, 16, "Satsning i Norrby 2024")
    pdf.set_font("Helvetica", size=18)
    pdf.set_xy(15, 60)
    pdf.cell(0, 10, "Presentation for kommunstyrelsen")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 28)
    pdf.set_xy(15, 18)
    pdf.cell(0, 14, "Bakgrund")
    for row, item in enumerate(("48 % av de boende har flyttat hit", "Arbetslösheten är 14 %")):
        pdf.set_font("Helvetica", size=18)
        pdf.set_xy(22, 45 + 12 * row)
        pdf.cell(8, 10, chr(149))  # the bullet of the PDF's own encoding
        pdf.cell(200, 10, item)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 28)
    pdf.set_xy(15, 18)
    pdf.cell(0, 14, "Budget")
    pdf.set_font("Helvetica", "B", 40)
    pdf.set_xy(15, 50)
    pdf.cell(224, 20, "3,2 mnkr per år", align="C")
    pdf.set_font("Helvetica", size=16)
    pdf.set_xy(15, 75)
    pdf.cell(224, 9, "Finansieras inom kommunstyrelsens ram", align="C")
    pdf.output(str(path))
    return path


def test_slides_keep_their_bullets_apart_and_their_key_figure_as_text(tmp_path):
    document, _, lines = _load(make_slides_pdf(tmp_path / "bilder.pdf"))
    assert [(t, h) for t, h, _ in lines] == [
        ("Satsning i Norrby 2024", True),
        # In the body font: text, though short and unpunctuated (the fonts mark headings).
        ("Presentation for kommunstyrelsen", False),
        ("Bakgrund", True),
        ("• 48 % av de boende har flyttat hit", False),
        ("• Arbetslösheten är 14 %", False),
        ("Budget", True),
        ("3,2 mnkr per år", False),
        ("Finansieras inom kommunstyrelsens ram", False),
    ]
    # "PowerPoint-presentation" is the program's name for a new file, not a title.
    assert document.title == "Satsning i Norrby 2024"


def make_footnoted_report_pdf(path: Path) -> Path:
    """A report: contents with dot leaders and the page numbers in a column of their own,
    a superscript footnote mark, a framed box of facts, two footnotes in a small font."""
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.set_xy(20, 25)
    pdf.cell(0, 10, "Innehåll")
    for row, entry in enumerate(("1 Befolkning", "2 Trygghet")):
        pdf.set_font("Helvetica", size=11)
        pdf.set_xy(20, 40 + 7 * row)
        pdf.cell(150, 7, entry + " " + "." * 60)
        pdf.cell(10, 7, "2", align="R")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.set_xy(20, 25)
    pdf.cell(0, 8, "1 Befolkning")
    pdf.set_xy(20, 36)
    pdf.set_font("Helvetica", size=10)
    pdf.write(5.5, "I Norrby bor cirka 2 900 personer.")
    pdf.char_vpos = "SUP"
    pdf.write(5.5, "1")
    pdf.char_vpos = "LINE"
    pdf.write(5.5, " Medelinkomsten är 178 000 kronor per år.")
    for row, fact in enumerate(("Invånare: 2 900", "Förvärvsfrekvens: 52 %")):
        pdf.set_xy(24, 50 + 6 * row)
        pdf.cell(80, 6, fact)
    pdf.rect(20, 48, 90, 16)
    pdf.set_xy(20, 75)
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 8, "2 Trygghet")
    pdf.set_xy(20, 86)
    pdf.set_font("Helvetica", size=10)
    pdf.multi_cell(170, 5.5, "Fler känner sig trygga än för fem år sedan")
    pdf.set_font("Helvetica", size=7)
    pdf.set_xy(20, 250)
    pdf.multi_cell(170, 3.5, "1 SCB, befolkningsstatistik 2022.\n2 Polisens trygghetsmätning.")
    pdf.output(str(path))
    return path


def test_a_reports_contents_footnote_marks_fact_box_and_footnotes(tmp_path):
    _, _, lines = _load(make_footnoted_report_pdf(tmp_path / "rapport.pdf"))
    assert [(t, h) for t, h, _ in lines] == [
        ("1 Befolkning", True),
        # The footnote mark "1" after "personer." is gone.
        ("I Norrby bor cirka 2 900 personer. Medelinkomsten är 178 000 kronor per år.", False),
        # Facts listed one per line stay apart, and are no headings.
        ("Invånare: 2 900", False),
        ("Förvärvsfrekvens: 52 %", False),
        ("2 Trygghet", True),
        # An unfinished paragraph does not run on into the footnotes in a smaller font,
        # and the notes stay apart.
        ("Fler känner sig trygga än för fem år sedan", False),
        ("1 SCB, befolkningsstatistik 2022.", False),
        ("2 Polisens trygghetsmätning.", False),
    ]


def test_docx_from_a_template_gets_the_date_it_states_and_its_letterhead(tmp_path):
    document = docx.Document()
    props = document.core_properties
    props.title, props.author = "Ansökan", "Anna Berg"  # the headline gives the title in full
    props.created = datetime.datetime(2019, 9, 14)  # the template's
    document.sections[0].header.paragraphs[0].text = "Sunnviks kommun\tTjänsteskrivelse"
    document.add_paragraph().add_run("Tjänsteskrivelse").bold = True
    document.add_paragraph("Datum: 2025-02-03")
    document.add_heading("Ansökan om statsbidrag", level=1)
    document.add_paragraph("Kommunen ansöker om 1,8 miljoner kronor för Sunnvik.")
    path = tmp_path / "tjs.docx"
    document.save(str(path))
    loaded, _, lines = _load(path)
    assert loaded.title == "Ansökan om statsbidrag"
    assert loaded.date == "2025-02-03"
    assert (loaded.publisher, loaded.author) == ("Sunnviks kommun", "Anna Berg")
    assert loaded.municipality == "Sunnvik"
    assert not any("Tjänsteskrivelse" in text for text, _, _ in lines[1:])  # header not content


def _with_footnote(path: Path, mark: str, note: str) -> None:
    """Turns `mark` in a saved Word file into a reference to a footnote saying `note`."""
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    parts["word/document.xml"] = (
        parts["word/document.xml"]
        .decode()
        .replace(
            mark,
            '</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:t xml:space="preserve">',
        )
        .encode()
    )
    parts["word/footnotes.xml"] = (
        f'<w:footnotes xmlns:w="{w}"><w:footnote w:type="separator" w:id="-1"><w:p><w:r>'
        f'<w:separator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r>'
        f"<w:footnoteRef/></w:r><w:r><w:t> {note}</w:t></w:r></w:p></w:footnote>"
        f"</w:footnotes>"
    ).encode()
    parts["word/_rels/document.xml.rels"] = (
        parts["word/_rels/document.xml.rels"]
        .decode()
        .replace(
            "</Relationships>",
            '<Relationship Id="rIdNotes" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
            "</Relationships>",
        )
        .encode()
    )
    with zipfile.ZipFile(path, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)


def test_docx_footnotes_are_read_where_they_are_referred_to(tmp_path):
    document = docx.Document()
    document.add_heading("Utvärdering av läxhjälpen", level=1)
    document.add_paragraph("I genomsnitt kom 34 elever per tillfälle.[[1]] Resten gick hem.")
    path = tmp_path / "utvardering.docx"
    document.save(str(path))
    _with_footnote(path, "[[1]]", "Flest kom i mars, med 51 elever vid ett tillfälle.")
    _, _, lines = _load(path)
    assert (
        "I genomsnitt kom 34 elever per tillfälle. Flest kom i mars, med 51 elever vid ett "
        "tillfälle. Resten gick hem.",
        False,
        None,
    ) in lines


def test_docx_content_controls_are_read(tmp_path):
    from docx.oxml import parse_xml

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    document = docx.Document()
    document.add_paragraph("Norrby kommun")
    sect = document.element.body[-1]
    sect.addprevious(
        parse_xml(
            f'<w:sdt xmlns:w="{w}"><w:sdtPr><w:tag w:val="Beslutsförslag"/></w:sdtPr>'
            f"<w:sdtContent><w:p><w:r><w:t>Nämnden beslutar att förlänga uppdraget.</w:t>"
            f"</w:r></w:p></w:sdtContent></w:sdt>"
        )
    )
    path = tmp_path / "tjs.docx"
    document.save(str(path))
    _, _, lines = _load(path)
    assert ("Nämnden beslutar att förlänga uppdraget.", False, None) in lines


def test_a_memo_titled_by_its_kind_takes_its_first_heading(tmp_path):
    document = docx.Document()
    document.core_properties.title = "Tjänsteskrivelse"  # the template's
    document.add_paragraph("Norrby kommun")
    document.add_paragraph("Dnr SN 2024/0318")
    document.add_heading("Förlängning av trygghetsvärdar i Norrby", level=1)
    document.add_paragraph("Nämnden beslutar att förlänga uppdraget.")
    path = tmp_path / "tjs.docx"
    document.save(str(path))
    loaded, _, _ = _load(path)
    assert loaded.title == "Förlängning av trygghetsvärdar i Norrby"


def test_docx_zip_bomb_and_broken_docx_are_refused(tmp_path):
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\0" * 60_000_000)
    (tmp_path / "bomb.docx").write_bytes(bomb.getvalue())
    with pytest.raises(DocumentError, match="zip-bomb"):
        load_document(tmp_path / "bomb.docx", "bomb.docx")
    (tmp_path / "trasig.docx").write_bytes(b"PK\x03\x04 inte en riktig fil")
    with pytest.raises(DocumentError, match="skadad"):
        load_document(tmp_path / "trasig.docx", "trasig.docx")


# --- HTML and text ----------------------------------------------------------------------


@pytest.mark.parametrize("angle", [90, -90])
def test_pdf_table_turned_a_quarter_round_is_read_as_rows(tmp_path, angle):
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.set_xy(20, 20)
    pdf.multi_cell(170, 6, "Rapporten beskriver läget i Norrby efter tre år av områdesarbete.")
    pdf.add_page()
    rows = [["Mått", "2021", "2022"], ["Trygga (%)", "46", "49"], ["Anmälda inbrott", "58", "51"]]
    # A wide table printed turned on a portrait page, its rows running up (or down) it.
    with pdf.rotation(angle, 105, 148):
        for i, row in enumerate(rows):
            for j, cell in enumerate(row):
                pdf.set_xy(40 + 50 * j, 120 + 8 * i)
                pdf.cell(50, 8, cell, border=1)
    path = tmp_path / "rapport.pdf"
    pdf.output(str(path))
    _, _, lines = _load(path)
    # It was refused as damaged, then read without the table; now its rows are read as a
    # table's, on the page where it stands.
    assert [(t, p) for t, _, p in lines] == [
        ("Rapporten beskriver läget i Norrby efter tre år av områdesarbete.", 1),
        ("Mått: Trygga (%); 2021: 46; 2022: 49", 2),
        ("Mått: Anmälda inbrott; 2021: 58; 2022: 51", 2),
    ]


def test_html_laid_out_with_tables_is_read_as_a_page(tmp_path):
    page = tmp_path / "omrade.html"
    page.write_text(
        "<html><body><table><tr><td class='vanstermeny'><a href='/'>Startsida</a></td>"
        "<td><h1>Områdesarbete i Norrby</h1><p>Arbetet leds av en områdesgrupp.</p>"
        "<h2>Ekonomi</h2><table border='1'><tr><th>År</th><th>Statsbidrag</th></tr>"
        "<tr><td>2023</td><td>450 000 kr</td></tr></table></td></tr></table></body></html>",
        encoding="utf-8",
    )
    _, _, lines = _load(page)
    assert [(t, h) for t, h, _ in lines] == [
        ("Områdesarbete i Norrby", True),
        ("Arbetet leds av en områdesgrupp.", False),
        ("Ekonomi", True),
        ("År: 2023; Statsbidrag: 450 000 kr", False),
    ]


def test_html_fact_box_and_json_ld_date(tmp_path):
    page = tmp_path / "nyhet.html"
    page.write_text(
        '<html><head><title>Norrby får bidrag</title><script type="application/ld+json">'
        '{"@type": "NewsArticle", "datePublished": "2022-06-21T09:30:00+02:00", '
        '"publisher": {"@type": "Organization", "name": "Norrby kommun"}}</script></head>'
        "<body><main><h1>Norrby får bidrag</h1><p>Kommunen har fått 1,9 miljoner kronor.</p>"
        "<dl><dt>Invånare</dt><dd>Cirka 2 300</dd><dt>Bostäder</dt><dd>Hyresrätter</dd></dl>"
        "<dl><dt>Vad kostar det?</dt><dd>Inget.</dd></dl></main></body></html>",
        encoding="utf-8",
    )
    loaded, _, lines = _load(page)
    assert (loaded.date, loaded.publisher) == ("2022-06-21", "Norrby kommun")
    assert loaded.doc_type == "nyhetsartikel"  # "nyheten om …" names it by its type
    texts = [(t, h) for t, h, _ in lines]
    # A fact box's term and value are one line; a question still heads its answer.
    assert ("Invånare: Cirka 2 300", False) in texts and ("Bostäder: Hyresrätter", False) in texts
    assert ("Vad kostar det?", True) in texts


def test_html_two_column_table_with_a_header_row_is_no_form(tmp_path):
    page = tmp_path / "ekonomi.html"
    page.write_text(
        "<html><body><main><h1>Ekonomi i Norrby</h1><div class='readspeaker-bar'>Lyssna</div>"
        "<table><tr><th>Insats</th><th>Kostnad 2024 (kr)</th></tr>"
        "<tr><td>Nattvandring</td><td>95 000</td></tr>"
        "<tr><td>Belysning</td><td>620 000</td></tr></table></main></body></html>",
        encoding="utf-8",
    )
    _, _, lines = _load(page)
    assert [t for t, _, _ in lines] == [
        "Ekonomi i Norrby",
        "Insats: Nattvandring; Kostnad 2024 (kr): 95 000",
        "Insats: Belysning; Kostnad 2024 (kr): 620 000",
    ]


def test_lines_broken_in_a_table_cell_are_its_items(tmp_path):
    notes = tmp_path / "anteckningar.md"
    notes.write_text(
        "# Anteckningar\n\n| Aktivitet | Ansvarig |\n|:--|:--|\n"
        "| Trygghetsvandring | Bostadsbolaget<br>polisen |\n"
        "| Julmarknad | Föreningen <b>Torget</b><br>Adress:<br>Torget 1 |\n",
        encoding="utf-8",
    )
    page = tmp_path / "aktiviteter.html"
    page.write_text(
        "<html><body><main><h1>Anteckningar</h1><table><tr><th>Aktivitet</th><th>Ansvarig</th>"
        "</tr><tr><td>Trygghetsvandring</td><td>Bostadsbolaget<br>polisen</td></tr>"
        "<tr><td>Julmarknad</td><td>Föreningen <b>Torget</b><br>Adress:<br/>Torget 1<!-- ny -->"
        "</td></tr></table></main></body></html>",
        encoding="utf-8",
    )
    for path in (notes, page):
        _, _, lines = _load(path)
        assert [t for t, _, _ in lines][1:] == [
            "Aktivitet: Trygghetsvandring; Ansvarig: Bostadsbolaget, polisen",
            "Aktivitet: Julmarknad; Ansvarig: Föreningen Torget, Adress: Torget 1",
        ]


def test_html_main_content_only_with_headings_and_meta(tmp_path):
    path = tmp_path / "sida.html"
    path.write_text(HTML_PAGE, encoding="utf-8")
    document, _, blocks = _load(path)
    assert blocks == [
        ("Östby satsar mot segregation", True, None),
        ("Östby kommun får 3 miljoner kronor för att minska segregationen.", False, None),
        ("Insatser", True, None),
        ("Läxhjälp på biblioteket", False, None),
        ("Öppen förskola", False, None),
        ("År: 2023; Belopp: 3 miljoner kronor", False, None),
        ("Pengarna ska användas under 2023.", False, None),
    ]
    for furniture in ("Start", "kakor", "Annonsplats", "Ny skola", "Telefon", "spårning"):
        assert furniture not in document.text
    assert (document.title, document.publisher, document.date) == (
        "Östby satsar mot segregation",
        "Östby kommun",
        "2022-09-01",
    )


def test_a_definition_lists_terms_head_their_descriptions(tmp_path):
    path = tmp_path / "fragor.html"
    path.write_text(
        "<html><body><main><h1>Frågor och svar</h1><dl><dt>När är mötesplatsen öppen?</dt>"
        "<dd>Måndag till fredag klockan 10–16.</dd></dl></main></body></html>",
        encoding="utf-8",
    )
    _, _, lines = _load(path)
    assert [(t, h) for t, h, _ in lines] == [
        ("Frågor och svar", True),
        ("När är mötesplatsen öppen?", True),
        ("Måndag till fredag klockan 10–16.", False),
    ]


def test_fold_out_questions_head_their_answers_and_the_footer_dates_the_page(tmp_path):
    path = tmp_path / "fragor.html"
    path.write_text(
        "<html><body><main><h1>Frågor och svar om Träffpunkten</h1>"
        "<details><summary>När har ni öppet?</summary><p>Måndag–torsdag 9–16.</p></details>"
        "</main><footer><p>Sidan uppdaterades 2024-03-18</p></footer></body></html>",
        encoding="utf-8",
    )
    document, _, lines = _load(path)
    assert [(t, h) for t, h, _ in lines] == [
        ("Frågor och svar om Träffpunkten", True),
        ("När har ni öppet?", True),
        ("Måndag–torsdag 9–16.", False),
    ]
    assert document.date == "2024-03-18"


def _text_box(lines: list[str]) -> str:
    """A floating text box as Word saves it: the shape, and a VML copy for old readers."""
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    content = "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in lines)
    return (
        f'<w:r xmlns:w="{w}" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml">'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>'
        f"<w:txbxContent>{content}</w:txbxContent></wps:txbx></wps:wsp></w:drawing>"
        "</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>"
        f"<w:txbxContent>{content}</w:txbxContent></v:textbox></v:shape></w:pict>"
        "</mc:Fallback></mc:AlternateContent></w:r>"
    )


def test_a_word_text_box_is_read_once_and_merged_headers_name_their_columns(tmp_path):
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_paragraph("Områdesplan för Norrby", style="Title")
    anchor = document.add_paragraph()
    fact = (
        "Cirka 9 400 personer bor i Norrby, och nästan en tredjedel av dem är under 20 år, "
        "enligt kommunens befolkningsstatistik för 2024."
    )
    anchor._p.append(parse_xml(_text_box([fact])))
    anchor.add_run("Norrby är ett av kommunens mest segregerade bostadsområden.")
    table = _docx_table(
        document,
        [
            ("Insats", "Budget (tkr)", ""),
            ("", "2025", "2026"),
            ("Läxhjälp", "450", "450"),
            ("Sommarjobb", "1 800", "2 000"),
        ],
    )
    table.cell(0, 1).merge(table.cell(0, 2))
    table.cell(0, 0).merge(table.cell(1, 0))
    path = tmp_path / "plan.docx"
    document.save(str(path))
    _, _, lines = _load(path)
    assert [t for t, _, _ in lines] == [
        "Områdesplan för Norrby",
        fact,  # once, though Word saves the box twice
        "Norrby är ett av kommunens mest segregerade bostadsområden.",
        # Two equal figures side by side are two cells, not one merged cell.
        "Insats: Läxhjälp; Budget (tkr) 2025: 450; Budget (tkr) 2026: 450",
        "Insats: Sommarjobb; Budget (tkr) 2025: 1 800; Budget (tkr) 2026: 2 000",
    ]


def test_a_word_draft_reads_with_its_tracked_changes_accepted(tmp_path):
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    r = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    change = 'w:id="1" w:author="A" w:date="2025-01-10T10:00:00Z"'

    def run(text):
        return f'<w:r {w}><w:t xml:space="preserve">{text}</w:t></w:r>'

    document = docx.Document()
    document.add_paragraph("Handlingsplan för Norrby", style="Title")
    paragraph = document.add_paragraph()
    link = document.part.relate_to(
        "mailto:lina@norrby.se", RELATIONSHIP_TYPE.HYPERLINK, is_external=True
    )
    for piece in [
        run("Kommunen avsätter "),
        f"<w:del {w} {change}><w:r><w:delText>2,5</w:delText></w:r></w:del>",
        f"<w:ins {w} {change}><w:r><w:t>3,1</w:t></w:r></w:ins>",
        run(" miljoner kronor. Kontakt: "),
        f'<w:hyperlink {w} {r} r:id="{link}"><w:r><w:t>Lina Ahmadi</w:t></w:r></w:hyperlink>',
        run("."),
        f"<w:moveFrom {w} {change}><w:r><w:t> Flyttad mening.</w:t></w:r></w:moveFrom>",
    ]:
        paragraph._p.append(parse_xml(piece))
    path = tmp_path / "utkast.docx"
    document.save(str(path))
    _, _, lines = _load(path)
    assert [t for t, _, _ in lines] == [
        "Handlingsplan för Norrby",
        "Kommunen avsätter 3,1 miljoner kronor. Kontakt: Lina Ahmadi.",
    ]


def test_an_accordion_heading_a_spanned_table_and_soft_hyphens(tmp_path):
    path = tmp_path / "lyftet.html"
    path.write_text(
        "<html><body><main><h1>Områdes&shy;lyftet</h1>"
        "<h2><button aria-expanded='false'>Vad gör lyftet?</button></h2>"
        "<div hidden><p>Lyftet erbjuder simskola.</p></div>"
        "<table><caption>Deltagare 2023 och 2024</caption>"
        "<tr><th rowspan='2'>Aktivitet</th><th colspan='2'>Deltagare</th></tr>"
        "<tr><th>2023</th><th>2024</th></tr>"
        "<tr><td>Simskola</td><td>85</td><td>110</td></tr></table>"
        "</main></body></html>",
        encoding="utf-8",
    )
    _, _, lines = _load(path)
    assert [(t, h) for t, h, _ in lines] == [
        ("Områdeslyftet", True),
        ("Vad gör lyftet?", True),
        ("Lyftet erbjuder simskola.", False),
        ("Deltagare 2023 och 2024", False),
        ("Aktivitet: Simskola; Deltagare 2023: 85; Deltagare 2024: 110", False),
    ]


def test_ligatures_are_spelt_out():
    from assistant.documents import normalise_characters

    assert normalise_characters("Arbetet ﬁnansieras av ﬂer än oﬃciella bidrag") == (
        "Arbetet finansieras av fler än officiella bidrag"
    )


def test_word_headings_set_by_hand_are_headings(tmp_path):
    from docx.shared import Pt

    document = docx.Document()
    for text, bold in [
        ("Prioriterade områden", True),
        ("Fler vuxna i arbete.", False),
        ("Planen följs upp varje halvår.", True),  # a bold sentence is no heading
    ]:
        run = document.add_paragraph().add_run(text)
        run.bold, run.font.size = bold, Pt(14 if bold else 11)
    path = tmp_path / "plan.docx"
    document.save(str(path))
    _, _, lines = _load(path)
    assert [(t, h) for t, h, _ in lines] == [
        ("Prioriterade områden", True),
        ("Fler vuxna i arbete.", False),
        ("Planen följs upp varje halvår.", False),
    ]


def test_a_page_without_main_keeps_its_content_and_its_sidebar_contact(tmp_path):
    path = tmp_path / "hagalund.html"
    path.write_text(
        "<html><body><div id='header'><a href='/'>Norrby stad</a></div>"
        "<div id='content'><h1>Områdesutveckling</h1><p>Staden har två områdesvärdar.</p>"
        "<p>Besök oss<br>Torget 1<br>171 00 Norrby</p></div>"
        "<div class='sidebar'><div class='contact-box'><h2>Kontakt</h2>"
        "<p>Områdesutvecklare<br>Jonas Berg<br>08-746 10 00</p></div>"
        "<div class='related'><h2>Relaterat</h2><p>Trygghet i Norrby</p></div></div>"
        "<footer><div class='footer-contact'>Växel 08-000 00 00</div></footer>"
        "</body></html>",
        encoding="utf-8",
    )
    _, _, lines = _load(path)
    assert [(t, h) for t, h, _ in lines] == [
        ("Områdesutveckling", True),
        ("Staden har två områdesvärdar.", False),
        ("Besök oss, Torget 1, 171 00 Norrby", False),
        ("Kontakt", True),
        ("Områdesutvecklare, Jonas Berg, 08-746 10 00", False),
    ]


def test_a_table_caption_across_all_columns_and_a_group_row():
    from assistant.formats import table_rows

    grid = [
        ["Budget 2025", None, None],
        ["Insats", "Ansvar", "Kostnad"],
        ["Östra delen", None, None],
        ["Läxhjälp", "Skolan", "450 tkr"],
    ]
    assert table_rows(grid) == [
        "Budget 2025",
        # The group's name goes with each row under it.
        "Östra delen – Insats: Läxhjälp; Ansvar: Skolan; Kostnad: 450 tkr",
    ]
    # A header cell spanning two columns over a row of data is no two-row header.
    grid = [["Insats", "Kostnad", None], ["Läxhjälp", "450", "tkr"], ["Simskola", "150", "tkr"]]
    assert table_rows(grid) == [
        "Insats: Läxhjälp; Kostnad: 450; tkr",
        "Insats: Simskola; Kostnad: 150; tkr",
    ]


def test_a_typed_table_of_contents_in_word_is_dropped(tmp_path):
    document = docx.Document()
    document.add_paragraph("Plan för Norrby", style="Title")
    document.add_paragraph("Innehåll")
    for entry in ("1 Inledning 2", "2 Åtgärder 3"):
        document.add_paragraph(entry)
    document.add_paragraph("1 Inledning", style="Heading 1")
    document.add_paragraph("Planen gäller 2024.")
    document.add_paragraph("2 Åtgärder", style="Heading 1")
    document.add_paragraph("Läxhjälp 2 dagar i veckan")
    path = tmp_path / "plan.docx"
    document.save(str(path))
    _, _, lines = _load(path)
    # "Läxhjälp 2 …" names no heading: text, though it holds a number.
    assert [t for t, _, _ in lines] == [
        "Plan för Norrby",
        "1 Inledning",
        "Planen gäller 2024.",
        "2 Åtgärder",
        "Läxhjälp 2 dagar i veckan",
    ]


def test_a_word_form_is_one_row_and_its_matter_the_title(tmp_path):
    document = docx.Document()
    document.core_properties.title = "Beslutsunderlag"
    document.add_paragraph("Beslutsunderlag", style="Title")
    _docx_table(
        document, [("Ärende", "Sommarlov i Östra Norrby 2024"), ("Handläggare", "Maria Lind")]
    )
    _docx_table(document, [("Aktivitet", "Kostnad"), ("Simskola", "150 000 kr")])
    path = tmp_path / "underlag.docx"
    document.save(str(path))
    doc, _, lines = _load(path)
    assert [t for t, _, _ in lines] == [
        "Beslutsunderlag",
        "Ärende: Sommarlov i Östra Norrby 2024; Handläggare: Maria Lind",
        "Aktivitet: Simskola; Kostnad: 150 000 kr",
    ]
    assert doc.title == "Sommarlov i Östra Norrby 2024"


def test_a_pdf_table_set_in_columns_with_spaces_is_read_row_by_row(tmp_path):
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.set_xy(20, 20)
    pdf.cell(0, 8, "Kostnad per insats")
    rows = [("Insats", "Budget (tkr)"), ("Läxhjälp", "600"), ("Fältarbete", "1 200")]
    for r, (name, budget) in enumerate(rows):
        pdf.set_font("Helvetica", "B" if r == 0 else "", 10)
        pdf.set_xy(20, 32 + 7 * r)
        pdf.cell(40, 7, name)
        pdf.set_xy(90, 32 + 7 * r)
        pdf.cell(40, 7, budget, align="R")
    pdf.set_font("Helvetica", size=10)
    pdf.set_xy(20, 60)
    pdf.multi_cell(170, 5.5, "Fältarbetet kostade mindre än beräknat.")
    # Two columns of running text side by side are no table.
    for row in range(3):
        pdf.set_xy(20, 80 + 6 * row)
        pdf.cell(80, 6, f"Vänster spalt har en lång rad text nummer {row}")
        pdf.set_xy(110, 80 + 6 * row)
        pdf.cell(80, 6, f"Höger spalt har också en lång rad nummer {row}")
    path = tmp_path / "budget.pdf"
    pdf.output(str(path))
    _, _, lines = _load(path)
    texts = [t for t, _, _ in lines]
    assert texts[:4] == [
        "Kostnad per insats",
        "Insats: Läxhjälp; Budget (tkr): 600",
        "Insats: Fältarbete; Budget (tkr): 1 200",
        "Fältarbetet kostade mindre än beräknat.",
    ]
    assert not any("Vänster" in t and ":" in t for t in texts)


def test_a_pages_feedback_question_is_furniture_and_its_update_line_dates_it(tmp_path):
    path = tmp_path / "bidrag.html"
    path.write_text(
        "<html><head><title>Beviljade bidrag</title></head><body><main>"
        "<h1>Beviljade bidrag</h1><p>Bidraget ska redovisas senast den 31 mars 2025.</p>"
        "<p class='updated'>Sidan uppdaterades 2024-04-30</p>"
        "<div class='page-feedback'><p>Fick du svar på din fråga?</p><p>Ja Nej</p></div>"
        "</main></body></html>",
        encoding="utf-8",
    )
    document, _, lines = _load(path)
    assert [t for t, _, _ in lines] == [
        "Beviljade bidrag",
        "Bidraget ska redovisas senast den 31 mars 2025.",
    ]
    # Not the deadline the text mentions, and "Ja Nej" is no signature.
    assert (document.date, document.author) == ("2024-04-30", "")


def test_windows_1252_text_keeps_swedish_letters(tmp_path):
    path = tmp_path / "gammal.txt"
    path.write_bytes(
        "Västerås och Öckerö – 9 november 2018\n\nSkärgårdens kommuner samverkar.".encode("cp1252")
    )
    document, _, _ = _load(path)
    assert "Västerås och Öckerö" in document.text and "Skärgårdens" in document.text
    assert document.date == "2018-11-09"  # found in the text, no metadata given


# --- a mixed folder, indexed ------------------------------------------------------------


@pytest.fixture
def mixed_folder(fake_assistant):
    docs = fake_assistant.settings.documents_dir
    make_pdf(docs / "plan.pdf")
    (docs / "word").mkdir()
    make_docx(docs / "word" / "handlingsplan.docx")
    (docs / "sida.html").write_text(HTML_PAGE, encoding="utf-8")
    (docs / "gammal.txt").write_bytes(
        "Skärgårdens kommuner samverkar mot segregation.".encode("cp1252")
    )
    return fake_assistant


def test_mixed_folder_indexes_with_metadata_and_answers_from_page_two(mixed_folder):
    report = mixed_folder.index(progress=False)
    assert sorted(report.added) == [
        "gammal.txt",
        "plan.pdf",
        "sida.html",
        "word/handlingsplan.docx",
    ]
    documents = mixed_folder.status().documents
    assert documents["word/handlingsplan.docx"]["publisher"] == "Sunnviks kommun"
    assert documents["sida.html"]["date"] == "2022-09-01"
    assert documents["gammal.txt"]["missing"] == ["titel", "utgivare", "datum"]

    answer = mixed_folder.ask("Hur mycket fick Norrby för 2024?")
    assert answer.answered, answer.text
    assert "4,2 miljoner kronor" in answer.text
    citation = answer.citations[0]
    assert (citation.document, citation.page) == ("plan.pdf", 2)
    assert "s. 2" in format_answer(answer)


def test_editing_one_file_re_embeds_only_that_file(mixed_folder):
    mixed_folder.index(progress=False)
    docs = mixed_folder.settings.documents_dir
    before = mixed_folder.embedder.calls
    (docs / "sida.html").write_text(HTML_PAGE.replace("3 miljoner", "5 miljoner"), encoding="utf-8")
    report = mixed_folder.index(progress=False)
    assert report.updated == ["sida.html"]
    assert sorted(report.unchanged) == ["gammal.txt", "plan.pdf", "word/handlingsplan.docx"]
    assert mixed_folder.embedder.calls - before == report.chunks_embedded
    chunks = mixed_folder.store.live_chunks(mixed_folder.store.manifest_for_reading())
    assert report.chunks_embedded == sum(c.doc_id == "sida.html" for c in chunks)


def test_duplicates_and_outside_links_are_skipped_with_reasons(mixed_folder, tmp_path):
    docs = mixed_folder.settings.documents_dir
    (docs / "kopia.html").write_text(HTML_PAGE, encoding="utf-8")
    secret = tmp_path / "utanfor.txt"
    secret.write_text("Hemlig text utanför dokumentmappen.", encoding="utf-8")
    os.symlink(secret, docs / "länk.txt")
    outside_folder = tmp_path / "annan-mapp"
    outside_folder.mkdir()
    (outside_folder / "mer.txt").write_text("Text i en länkad mapp.", encoding="utf-8")
    os.symlink(outside_folder, docs / "länkad-mapp")

    report = mixed_folder.index(progress=False)
    reasons = dict(report.skipped)
    assert "samma innehåll som kopia.html" in reasons["sida.html"] or (
        "samma innehåll som sida.html" in reasons["kopia.html"]
    )
    assert "utanför dokumentmappen" in reasons["länk.txt"]
    indexed = set(mixed_folder.status().documents)
    assert not any(d.startswith("länkad-mapp") for d in indexed)
    assert len({"sida.html", "kopia.html"} & indexed) == 1
    summary = report.summary()
    assert "överhoppade" in summary and "länk.txt" in summary


@pytest.mark.e2e
def test_real_model_answers_from_page_two_of_a_pdf(real_assistant, tmp_path):
    from dataclasses import replace

    from assistant.core import Assistant

    docs = tmp_path / "documents"
    docs.mkdir()
    make_pdf(docs / "plan.pdf")
    make_docx(docs / "handlingsplan.docx")
    settings = replace(real_assistant.settings, documents_dir=docs, index_dir=tmp_path / "index")
    assistant = Assistant(settings, embedder=real_assistant.embedder)
    assistant.index(progress=False)
    answer = assistant.ask("Hur mycket fick Norrby för 2024?")
    assert answer.answered and "4,2 miljoner kronor" in answer.text
    assert (answer.citations[0].document, answer.citations[0].page) == ("plan.pdf", 2)


def test_key_figures_on_leader_dots_in_a_pdf_are_read_label_and_figure(tmp_path):
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.set_xy(20, 25)
    pdf.cell(0, 8, "Nyckeltal december 2024")
    pdf.set_font("Helvetica", size=10)
    for n, (label, value) in enumerate(
        (("Inskrivna arbetslosa, totalt", "1 180"), ("varav unga", "150"), ("Andel", "5,9 %"))
    ):
        pdf.set_xy(20, 40 + 6 * n)
        pdf.cell(130, 6, f"{label} " + "." * (60 - len(label)))
        pdf.cell(30, 6, value, align="R")
    pdf.set_xy(20, 70)
    pdf.multi_cell(170, 6, "Arbetslosheten har minskat sedan i fjol.")
    path = tmp_path / "nyckeltal.pdf"
    pdf.output(str(path))
    _, _, lines = _load(path)
    assert [text for text, _, _ in lines][1:4] == [
        "Inskrivna arbetslosa, totalt: 1 180",
        "Inskrivna arbetslosa, varav unga: 150",  # a part names its whole
        "Andel: 5,9 %",
    ]


def test_a_meeting_date_and_the_issuer_in_a_word_letterhead_and_recipients_sign_nothing(
    tmp_path,
):
    document = docx.Document()
    document.core_properties.author = "Kommunstyrelsen"
    document.core_properties.created = datetime.datetime(2024, 10, 22)
    document.add_paragraph("Norrby kommun\tPROTOKOLLSUTDRAG")
    document.add_paragraph("Kommunstyrelsen\tSammanträdesdatum 2024-10-21")
    document.add_heading("Medel för trygghetsvärdar", 1)
    document.add_paragraph("Kommunstyrelsen beviljar 650 000 kronor för trygghetsvärdar.")
    document.add_heading("Expedieras till", 2)
    document.add_paragraph("Norrby Bostäder")
    path = tmp_path / "utdrag.docx"
    document.save(path)
    doc, _, _ = _load(path)
    assert (doc.publisher, doc.date, doc.author) == ("Norrby kommun", "2024-10-21", "")


def test_a_pages_modified_time_dates_it_when_nothing_else_does(tmp_path):
    page = tmp_path / "sida.html"
    page.write_text(
        '<html><head><title>Fritidskortet</title><meta property="article:modified_time" '
        'content="2024-08-19T10:12:00+02:00"></head><body><main><h1>Fritidskortet</h1>'
        "<p>Kortet är värt 500 kronor per termin.</p></main></body></html>",
        encoding="utf-8",
    )
    assert _load(page)[0].date == "2024-08-19"


def test_notepads_unicode_text_is_read(tmp_path):
    notes = tmp_path / "anteckningar.txt"
    notes.write_bytes("Dialogmöte i Norrby\r\n\r\nPlats: Norrbyskolans matsal\r\n".encode("utf-16"))
    _, _, lines = _load(notes)
    assert [text for text, _, _ in lines] == ["Dialogmöte i Norrby", "Plats: Norrbyskolans matsal"]


def test_a_table_row_across_all_columns_names_the_group_of_the_rows_under_it(tmp_path):
    document = docx.Document()
    document.add_heading("Handlingsplan", 1)
    rows = [
        ("Åtgärd", "Ansvar"),
        ("Mål 1: Fler i arbete",),
        ("Språkpraktik", "HR"),
        ("Trygghet",),
        ("Fältassistenter", "Socialtjänsten"),
    ]
    table = document.add_table(rows=len(rows), cols=2)
    for r, values in enumerate(rows):
        cells = table.rows[r].cells
        if len(values) == 1:
            cells[0].merge(cells[1]).text = values[0]
        else:
            for c, value in enumerate(values):
                cells[c].text = value
    path = tmp_path / "plan.docx"
    document.save(path)
    _, _, lines = _load(path)
    assert [text for text, _, _ in lines][1:] == [
        "Mål 1: Fler i arbete; Åtgärd: Språkpraktik; Ansvar: HR",
        "Trygghet – Åtgärd: Fältassistenter; Ansvar: Socialtjänsten",
    ]


def test_a_pdf_heading_in_spaced_capitals_is_read_as_its_words(tmp_path):
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 12)
    pdf.set_xy(20, 30)
    pdf.set_char_spacing(3)
    pdf.cell(170, 8, "NASTA STEG")
    pdf.set_char_spacing(0)
    pdf.set_font("Helvetica", size=10)
    pdf.set_xy(20, 45)
    pdf.multi_cell(170, 6, "En ny trygghetsmatning gors hosten 2026.")
    path = tmp_path / "rapport.pdf"
    pdf.output(str(path))
    _, _, lines = _load(path)
    assert lines[0][:2] == ("NASTA STEG", True)


def test_a_charts_alt_text_is_read_and_a_logos_is_not(tmp_path):
    page = tmp_path / "statistik.html"
    page.write_text(
        "<html><body><main><h1>Besök</h1><img src='logo.png' alt='Norrby kommun logotyp'>"
        "<figure><img src='b.png' alt='Stapeldiagram: besök per år. 2022: 21 900 besök, "
        "2023: 24 300 besök.'><figcaption>Besök per år.</figcaption></figure></main>"
        "</body></html>",
        encoding="utf-8",
    )
    _, _, lines = _load(page)
    assert [text for text, _, _ in lines] == [
        "Besök",
        "Stapeldiagram: besök per år. 2022: 21 900 besök, 2023: 24 300 besök.",
        "Besök per år.",
    ]
