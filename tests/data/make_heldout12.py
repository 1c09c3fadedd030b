"""Writes the PDF and DOCX documents of held-out round 12 into tests/data/heldout/.

Round 12: a Word decision memo whose particulars stand in a two-column form table (labels
on the left, no header row) above a costed table, and a PDF budget report whose table is
aligned with spaces only, without rules or frames. The generated files are committed; this
script shows how they were made. Run it with the project's environment:
`.venv/bin/python tests/data/make_heldout12.py`.
"""

import datetime

import docx
from make_heldout8 import HERE, ReportPdf


def eslov_memo(path):
    document = docx.Document()
    props = document.core_properties
    props.title, props.author = "Beslutsunderlag", "malind"
    props.created = datetime.datetime(2024, 4, 2, 8, 45)
    document.sections[0].header.paragraphs[0].text = "Eslövs kommun"
    document.add_paragraph("Beslutsunderlag", style="Title")
    form = [
        ("Ärende", "Sommarlovsaktiviteter i Östra Eslöv 2024"),
        ("Diarienummer", "KS 2024/112"),
        ("Handläggare", "Maria Lind, folkhälsostrateg"),
        ("Datum", "2024-04-02"),
    ]
    table = document.add_table(rows=len(form), cols=2)
    for row, (label, value) in zip(table.rows, form, strict=True):
        row.cells[0].text, row.cells[1].text = label, value
    document.add_paragraph("Sammanfattning", style="Heading 1")
    document.add_paragraph(
        "Kommunen har beviljats 420 000 kronor i statsbidrag från Socialstyrelsen för "
        "avgiftsfria sommarlovsaktiviteter. Förvaltningen föreslår att pengarna används i "
        "Östra Eslöv, där andelen barn i ekonomiskt utsatta hushåll är högst."
    )
    document.add_paragraph("Föreslagna aktiviteter", style="Heading 1")
    rows = [
        ("Aktivitet", "Period", "Kostnad"),
        ("Simskola", "Vecka 26–28", "150 000 kr"),
        ("Dagläger", "Vecka 29–31", "190 000 kr"),
        ("Utflykter", "Vecka 32", "80 000 kr"),
    ]
    table = document.add_table(rows=len(rows), cols=3)
    for cells, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(cells.cells, values, strict=True):
            cell.text = value
    document.add_paragraph("Förslag till beslut", style="Heading 1")
    document.add_paragraph(
        "Kommunstyrelsen beslutar att fördela statsbidraget enligt förvaltningens förslag."
    )
    document.save(str(path))


def ostersund_budget(path):
    """A budget table set in columns with spaces: no rules, no frames."""
    doc = ReportPdf("Östersunds kommun – Budgetuppföljning områdesarbete 2024", 2)
    doc.pdf.set_title("Budgetuppföljning områdesarbete 2024")
    doc.pdf.set_author("Östersunds kommun")
    doc.pdf.set_creation_date(datetime.datetime(2024, 9, 30, 15, 0))
    doc.page()
    doc.heading("Budgetuppföljning för områdesarbetet i Odenslund 2024", 16)
    doc.paragraph(
        "Områdesarbetet i Odenslund har en budget på 2,6 miljoner kronor för 2024. Till och "
        "med augusti har 1,4 miljoner kronor använts. Uppföljningen visar kostnaden per "
        "insats."
    )
    doc.heading("Kostnad per insats", 12)
    rows = [
        ("Insats", "Budget (tkr)", "Utfall aug (tkr)"),
        ("Läxhjälp", "600", "380"),
        ("Fältarbete", "1 200", "710"),
        ("Öppen förskola", "500", "210"),
        ("Föreningsstöd", "300", "100"),
    ]
    top = doc.pdf.get_y() + 2
    for r, row in enumerate(rows):
        doc.pdf.set_font("DejaVu", "B" if r == 0 else "", 10)
        for x, value, align in zip((20, 90, 140), row, ("L", "R", "R"), strict=True):
            doc.pdf.set_xy(x, top + 7 * r)
            doc.pdf.cell(40, 7, value, align=align)
    doc.pdf.set_y(top + 7 * len(rows) + 6)
    doc.paragraph(
        "Fältarbetet har kostat mindre än beräknat eftersom en tjänst var vakant under "
        "våren. Prognosen för helåret är att budgeten hålls."
    )
    doc.heading("Kontakt", 12)
    doc.paragraph("Områdessamordnare Erik Sundqvist, telefon 063-14 30 00.")
    doc.page()
    doc.heading("Bakgrund", 12)
    doc.paragraph(
        "Odenslund är ett av två områden i Östersund med socioekonomiska utmaningar. "
        "Områdesarbetet startade 2022 och drivs tillsammans med Östersundshem och polisen."
    )
    doc.save(path)


if __name__ == "__main__":
    eslov_memo(HERE / "127_Beslutsunderlag_sommarlov_2024.docx")
    ostersund_budget(HERE / "128_budgetuppfoljning_odenslund_aug2024.pdf")
