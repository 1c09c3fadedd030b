"""Writes the PDF and DOCX documents of held-out round 15 into tests/data/heldout/.

Round 15: a Word plan whose headings are set by hand (bold, larger text, no heading
styles), with numbered list paragraphs and a table whose first column is merged down the
rows of each area; and a PDF report with a ruled table whose cells wrap onto two or three
lines, a numbered list and an appendix. The generated files are committed; this script
shows how they were made. Run it with the project's environment:
`.venv/bin/python tests/data/make_heldout15.py`.
"""

import datetime

import docx
from docx.shared import Pt
from make_heldout8 import HERE, ReportPdf


def _manual_heading(document, text: str, size: int = 14) -> None:
    """A heading as many write it: a Normal paragraph in bold, larger text."""
    run = document.add_paragraph().add_run(text)
    run.bold, run.font.size = True, Pt(size)


def molndal_plan(path):
    document = docx.Document()
    props = document.core_properties
    props.title, props.author = "", "Mölndals stad"
    props.created = datetime.datetime(2024, 3, 4, 10, 0)
    _manual_heading(document, "Lokal utvecklingsplan för Bifrost 2024–2026", 18)
    document.add_paragraph(
        "Planen beskriver hur Mölndals stad, bostadsbolaget Mölndalsbostäder och föreningarna "
        "ska arbeta för att Bifrost ska bli en tryggare och mer jämlik stadsdel."
    )
    _manual_heading(document, "Prioriterade områden")
    for item in [
        "Fler vuxna i arbete genom jobbcoacher på plats i Bifrost.",
        "Bättre skolresultat i Bifrostskolan.",
        "Ökad trygghet kring torget och vid busshållplatserna.",
    ]:
        document.add_paragraph(item, style="List Number")
    _manual_heading(document, "Insatser och ansvar")
    rows = [
        ("Område", "Insats", "Ansvarig", "Kostnad 2024"),
        ("Arbete", "Jobbcoacher", "Arbetsmarknadsenheten", "1,1 mnkr"),
        ("Arbete", "Språkpraktik", "Vuxenutbildningen", "400 tkr"),
        ("Skola", "Lovskola", "Bifrostskolan", "350 tkr"),
        ("Skola", "Läxhjälp", "Röda korset", "120 tkr"),
        ("Trygghet", "Fältassistenter", "Socialtjänsten", "900 tkr"),
    ]
    table = document.add_table(rows=len(rows), cols=4)
    table.style = "Table Grid"
    for cells, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(cells.cells, values, strict=True):
            cell.text = value
    # Each area's name once, merged down its rows, as the table is laid out in Word.
    for first, last in ((1, 2), (3, 4)):
        merged = table.cell(first, 0).merge(table.cell(last, 0))
        merged.text = rows[first][0]
    _manual_heading(document, "Uppföljning")
    document.add_paragraph(
        "Planen följs upp varje halvår av en styrgrupp som leds av stadsdelschefen Emma "
        "Sjöberg. Den första uppföljningen redovisas för kommunstyrelsen i oktober 2024."
    )
    document.save(str(path))


def sundbyberg_report(path):
    """A ruled table whose long cells wrap onto several lines."""
    doc = ReportPdf("Sundbybergs stad – Uppföljning av trygghetsinsatser i Hallonbergen 2023", 2)
    doc.pdf.set_title("Uppföljning trygghetsinsatser Hallonbergen 2023")
    doc.pdf.set_author("Sundbybergs stad")
    doc.pdf.set_creation_date(datetime.datetime(2024, 2, 20, 9, 30))
    doc.page()
    doc.heading("Uppföljning av trygghetsinsatser i Hallonbergen 2023", 16)
    doc.paragraph(
        "Staden genomförde fyra trygghetsinsatser i Hallonbergen under 2023. Tabellen visar "
        "vad som gjordes, resultatet och kostnaden."
    )
    rows = [
        ("Insats", "Resultat", "Kostnad"),
        (
            "Nattvandring med föräldrar fredagar och lördagar",
            "38 vuxna deltog, 96 kvällar genomförda",
            "85 000 kr",
        ),
        (
            "Ny belysning i gångtunneln under Ursviksvägen",
            "Färre anmälda rån i tunneln (från 9 till 3)",
            "640 000 kr",
        ),
        (
            "Sommaröppen fritidsgård i Hallonbergens centrum",
            "Öppet 7 veckor, i snitt 55 besökare per kväll",
            "310 000 kr",
        ),
        (
            "Trygghetsvärdar vid tunnelbanan",
            "Två värdar på kvällstid från augusti",
            "420 000 kr",
        ),
    ]
    widths = (62, 70, 30)
    doc.pdf.set_font("DejaVu", size=9)
    for r, row in enumerate(rows):
        doc.pdf.set_font("DejaVu", "B" if r == 0 else "", 9)
        top = doc.pdf.get_y()
        heights = []
        x = 20
        for value, width in zip(row, widths, strict=True):
            doc.pdf.set_xy(x, top)
            doc.pdf.multi_cell(width, 5, value, border=0)
            heights.append(doc.pdf.get_y() - top)
            x += width
        height = max(heights)
        x = 20
        for width in widths:
            doc.pdf.rect(x, top, width, height)
            x += width
        doc.pdf.set_xy(20, top + height)
    doc.pdf.ln(4)
    doc.paragraph("Staden föreslår tre förändringar till 2024:")
    for number, text in enumerate(
        [
            "Trygghetsvärdarna ska finnas på plats året runt, inte bara från augusti.",
            "Nattvandringen ska även omfatta Rissne.",
            "Fritidsgården ska hålla sommaröppet i nio veckor.",
        ],
        start=1,
    ):
        doc.paragraph(f"{number}. {text}")
    doc.page()
    doc.heading("Bilaga: Anmälda brott i Hallonbergen", 12)
    doc.paragraph(
        "Antalet anmälda brott i Hallonbergen minskade från 1 240 år 2022 till 1 105 år 2023, "
        "enligt polisens statistik."
    )
    doc.save(path)


if __name__ == "__main__":
    molndal_plan(HERE / "140_Lokal_utvecklingsplan_Bifrost.docx")
    sundbyberg_report(HERE / "141_uppfoljning_trygghet_hallonbergen_2023.pdf")
