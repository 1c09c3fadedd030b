"""Writes the PDF and DOCX documents of held-out round 20 into tests/data/heldout/.

Round 20: a Word follow-up whose indicator table runs its years across the columns (the
indicators down the first column); and an annual report as PDF with numbered sections, a
table of changes with signed figures (a Unicode minus, "+4,5"), and a boxed quote. The
generated files are committed; this script shows how they were made. Run it with the
project's environment: `.venv/bin/python tests/data/make_heldout20.py`.
"""

import datetime

import docx
from make_heldout8 import HERE, ReportPdf


def eskilstuna_indicators(path):
    """A Word follow-up: indicators down the first column, years across the top."""
    document = docx.Document()
    props = document.core_properties
    props.title, props.author = "Uppföljning Skiftinge 2024", "Eskilstuna kommun"
    props.created = datetime.datetime(2024, 11, 4, 9, 0)
    document.add_heading("Uppföljning av områdesarbetet i Skiftinge 2024", 1)
    document.add_paragraph(
        "Eskilstuna kommun följer varje år upp utvecklingen i Skiftinge med fem indikatorer. "
        "Tabellen visar värdena för de tre senaste åren."
    )
    rows = [
        ("Indikator", "2021", "2022", "2023"),
        ("Förvärvsfrekvens (%)", "55", "57", "61"),
        ("Behöriga till gymnasiet (%)", "68", "66", "71"),
        ("Trygga utomhus på kvällen (%)", "49", "52", "58"),
        ("Anmälda brott", "412", "388", "341"),
        ("Valdeltagande (%)", "–", "58", "–"),
    ]
    table = document.add_table(rows=len(rows), cols=4)
    table.style = "Table Grid"
    for cells, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(cells.cells, values, strict=True):
            cell.text = value
    document.add_heading("Kommentar", 2)
    document.add_paragraph(
        "Förvärvsfrekvensen har ökat med sex procentenheter sedan 2021, främst bland kvinnor. "
        "Behörigheten till gymnasiet sjönk 2022 men återhämtade sig 2023. Valdeltagandet mäts "
        "bara valår."
    )
    document.add_paragraph("Ansvarig för uppföljningen: analytiker Sofia Lindgren.")
    document.save(path)


def gavle_annual_report(path):
    """An annual report with numbered sections, signed changes and a boxed quote."""
    doc = ReportPdf("Gävle kommun | Årsrapport Nordost 2023", 2)
    doc.pdf.set_title("Årsrapport 2023 – Områdesutveckling Nordost")
    doc.pdf.set_author("Gävle kommun")
    doc.pdf.set_creation_date(datetime.datetime(2024, 3, 18, 13, 0))
    doc.page()
    doc.heading("Årsrapport 2023 – Områdesutveckling Nordost", 16)
    doc.heading("1. Sammanfattning", 12)
    doc.paragraph(
        "Områdesutvecklingen i Nordost omfattar Sätra, Andersberg och Nordost centrum. Under "
        "2023 användes 3,2 miljoner kronor, varav 1,1 miljoner kronor var statsbidrag."
    )
    doc.heading("2. Förändring jämfört med 2022", 12)
    rows = [
        ["Mått", "2022", "2023", "Förändring"],
        ["Besök på mötesplatsen", "8 400", "9 650", "+1 250"],
        ["Anmälda skadegörelser", "215", "178", "\u221237"],
        ["Andel trygga (%)", "51", "55,5", "+4,5"],
    ]
    doc.table(rows, [60, 30, 30, 35])
    doc.pdf.set_draw_color(90, 90, 90)
    y = doc.pdf.get_y() + 2
    doc.pdf.rect(25, y, 160, 22)
    doc.pdf.set_xy(30, y + 3)
    doc.pdf.set_font("DejaVu", size=10)
    doc.pdf.multi_cell(
        150,
        5.5,
        "\u201dMötesplatsen har blivit ett andra vardagsrum för många familjer.\u201d "
        "– Lina Berg, verksamhetsledare",
    )
    doc.pdf.set_xy(20, y + 28)
    doc.heading("3. Nästa år", 12)
    doc.paragraph(
        "Under 2024 flyttar mötesplatsen till större lokaler vid Sätra torg. Målet är 11 000 "
        "besök under året."
    )
    doc.save(path)


if __name__ == "__main__":
    eskilstuna_indicators(HERE / "164_Uppfoljning_Skiftinge_2024.docx")
    gavle_annual_report(HERE / "165_arsrapport_nordost_2023.pdf")
