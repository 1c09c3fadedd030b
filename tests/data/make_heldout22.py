"""Writes the PDF and DOCX documents of held-out round 22 into tests/data/heldout/.

Round 22: a decision extract as PDF whose drawn table has cells of two and three lines
(the text wraps inside the cell); and a Word follow-up with unaccepted tracked changes
(inserted and deleted text) and a table whose first column is merged down over rows. The
generated files are committed; this script shows how they were made. Run it with the
project's environment: `.venv/bin/python tests/data/make_heldout22.py`.
"""

import datetime

import docx
from docx.oxml import parse_xml
from make_heldout8 import HERE, ReportPdf

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def vanersborg_extract(path):
    """A decision extract with a table whose cells wrap onto several lines."""
    doc = ReportPdf("Vänersborgs kommun – Kommunstyrelsen – Protokollsutdrag", 1)
    doc.pdf.set_title("Protokollsutdrag KS 2024-09-11 § 142")
    doc.pdf.set_author("Vänersborgs kommun")
    doc.pdf.set_creation_date(datetime.datetime(2024, 9, 13, 8, 30))
    doc.page()
    doc.heading("§ 142 Fördelning av medel mot segregation 2025", 14)
    doc.paragraph(
        "Kommunstyrelsen beslutar att fördela 2 360 000 kronor ur utvecklingsfonden till "
        "tre insatser i Holmängen och Öxnered under 2025, enligt tabellen nedan."
    )
    rows = [
        ("Insats", "Område", "Belopp 2025 (kr)"),
        ("Föräldrastöd i grupp på arabiska och somaliska", "Holmängen", "320 000"),
        (
            "Sommarjobb för unga 16–19 år med handledare från föreningslivet",
            "Holmängen och Öxnered",
            "1 150 000",
        ),
        ("Trygghetsvärdar kvällstid", "Öxnered", "890 000"),
    ]
    doc.pdf.set_x(20)
    doc.pdf.set_font("DejaVu", size=9)
    with doc.pdf.table(col_widths=(80, 50, 40), width=170, align="LEFT", line_height=5) as table:
        for values in rows:
            row = table.row()
            for value in values:
                row.cell(value)
    doc.pdf.ln(4)
    doc.paragraph(
        "Insatserna ska följas upp i en gemensam rapport till kommunstyrelsen senast den "
        "31 mars 2026."
    )
    doc.paragraph("Justerare: Eva Lindqvist och Omar Said.")
    doc.save(path)


def _tracked(inserted: str, deleted: str) -> str:
    return (
        f'<w:ins xmlns:w="{W}" w:id="1" w:author="Lena" w:date="2024-12-02T10:00:00Z">'
        f'<w:r><w:t xml:space="preserve">{inserted}</w:t></w:r></w:ins>'
        f'<w:del xmlns:w="{W}" w:id="2" w:author="Lena" w:date="2024-12-02T10:00:00Z">'
        f'<w:r><w:delText xml:space="preserve">{deleted}</w:delText></w:r></w:del>'
    )


def karlskrona_followup(path):
    """A Word follow-up with tracked changes and a table with a merged first column."""
    document = docx.Document()
    props = document.core_properties
    props.title, props.author = (
        "Uppföljning områdesinsatser Hästö och Marieberg 2024",
        "Karlskrona kommun",
    )
    props.created = datetime.datetime(2024, 12, 4, 9, 0)
    document.add_heading("Uppföljning av områdesinsatser i Hästö och Marieberg 2024", 0)
    document.add_paragraph(
        "Uppföljningen beskriver insatserna i Hästö och Marieberg under 2024. Områdesprogrammet "
        "för de två områdena kostade 2,1 miljoner kronor under året."
    )
    paragraph = document.add_paragraph(
        "Språkcaféet i Marieberg har vuxit under året: antalet deltagare ökade till "
    )
    for element in parse_xml(f'<w:p xmlns:w="{W}">{_tracked("48", "42")}</w:p>'):
        paragraph._p.append(element)
    paragraph.add_run(" personer i november.")
    document.add_heading("Insatser och deltagare", 1)
    rows = [
        ("Område", "Insats", "Deltagare 2024", "Ansvarig"),
        ("Hästö", "Läxhjälp", "65", "Utbildningsförvaltningen"),
        ("", "Nattvandring", "30 vuxna", "Föreningen Trygga Hästö"),
        ("Marieberg", "Sommarlovsaktiviteter", "210", "Kultur- och fritidsförvaltningen"),
        ("", "Fritidsbank", "–", "Marieberg BK"),
    ]
    table = document.add_table(rows=len(rows), cols=4)
    table.style = "Table Grid"
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            if value:
                table.cell(r, c).text = value
    # The area is written once and its cell merged down over the rows of its efforts.
    table.cell(1, 0).merge(table.cell(2, 0))
    table.cell(3, 0).merge(table.cell(4, 0))
    document.add_heading("Fortsättning", 1)
    document.add_paragraph(
        "Läxhjälpen i Hästö fortsätter 2025. Sommarlovsaktiviteterna i Marieberg utökas till "
        "att omfatta även höstlovet."
    )
    document.save(path)


if __name__ == "__main__":
    vanersborg_extract(HERE / "174_protokollsutdrag_KS_2024-09-11_142.pdf")
    karlskrona_followup(HERE / "175_Uppfoljning_Hasto_Marieberg_2024.docx")
