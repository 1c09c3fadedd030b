"""Writes the PDF, DOCX and UTF-16 text documents of held-out round 29 into
tests/data/heldout/.

Round 29: a PDF safety report whose headings are set in spaced capitals, as designed
reports set them; a Word action plan whose table has rows that span all columns and name
the goal the rows under them belong to; and meeting notes saved as "Unicode" by Windows
Notepad (UTF-16 with a byte order mark). The generated files are committed; this script
shows how they were made. Run it with the project's environment:
`.venv/bin/python tests/data/make_heldout29.py`.
"""

import datetime

import docx
from make_heldout8 import HERE, ReportPdf


def alingsas_report(path):
    """A two-page PDF report with headings in spaced capitals."""
    doc = ReportPdf("Alingsås kommun | Trygghetsrapport Noltorp 2024", 2)
    doc.pdf.set_title("Trygghetsrapport Noltorp 2024")
    doc.pdf.set_author("Alingsås kommun")
    doc.pdf.set_creation_date(datetime.datetime(2025, 1, 28, 10, 0))

    def spaced(text):
        doc.pdf.ln(4)
        doc.pdf.set_x(20)
        doc.pdf.set_font("DejaVu", "B", 12)
        doc.pdf.set_char_spacing(3)
        doc.pdf.cell(170, 8, text.upper())
        doc.pdf.set_char_spacing(0)
        doc.pdf.ln(10)

    doc.page()
    doc.heading("Trygghetsrapport Noltorp 2024", 16)
    spaced("Sammanfattning")
    doc.paragraph(
        "Andelen boende i Noltorp som känner sig trygga utomhus på kvällen har ökat från "
        "48 procent 2022 till 61 procent 2024."
    )
    spaced("Åtgärder")
    doc.paragraph(
        "Under 2024 har kommunen satt upp 35 nya belysningspunkter längs gång- och "
        "cykelvägarna och röjt buskage vid Noltorps centrum. Alingsåshem har anställt två "
        "bovärdar som arbetar kvällstid."
    )
    doc.page()
    spaced("Nästa steg")
    doc.paragraph(
        "En ny trygghetsmätning görs hösten 2026. Ansvarig för rapporten är "
        "trygghetssamordnare Karin Holm."
    )
    doc.save(path)


def mora_plan(path):
    """A Word plan whose table has goal rows merged across all columns."""
    document = docx.Document()
    props = document.core_properties
    props.title, props.author = "Handlingsplan mot segregation 2025–2027", "Mora kommun"
    props.created = datetime.datetime(2024, 12, 18, 9, 0)
    document.add_heading("Handlingsplan mot segregation 2025–2027", 0)
    document.add_paragraph(
        "Planen antogs av kommunfullmäktige den 16 december 2024 och följs upp årligen i april."
    )
    document.add_heading("Mål och åtgärder", 1)
    rows = [
        ("Åtgärd", "Ansvar", "Tidplan"),
        ("Mål 1: Fler vuxna i arbete",),
        (
            "Språkpraktik på kommunens arbetsplatser för 40 personer per år",
            "HR-avdelningen",
            "2025–2027",
        ),
        ("Jobbcoacher i Noret", "Arbetsmarknadsenheten", "från mars 2025"),
        ("Mål 2: Alla barn klarar skolan",),
        ("Läxhjälp på biblioteket två dagar i veckan", "Kultur och fritid", "löpande"),
        ("Modersmålsstöd i förskolan i Noret", "Förskoleverksamheten", "hösten 2025"),
        ("Mål 3: Trygga bostadsområden",),
        ("Fältassistenter på kvällar och helger", "Socialtjänsten", "från januari 2025"),
    ]
    table = document.add_table(rows=len(rows), cols=3)
    table.style = "Table Grid"
    for r, values in enumerate(rows):
        cells = table.rows[r].cells
        if len(values) == 1:
            merged = cells[0].merge(cells[2])
            merged.text = values[0]
            continue
        for c, value in enumerate(values):
            cells[c].text = value
    document.save(path)


BOLLNAS_NOTES = """Minnesanteckningar från dialogmöte i Granbacka
Datum: 2025-03-12
Plats: Granbackaskolans matsal
Närvarande: cirka 45 boende, representanter för Bollnäs kommun, Bollnäshem och polisen

1. Trygghet
Boende tog upp att belysningen vid busshållplatsen på Granbackavägen är trasig. Bollnäshem
lovade att laga den före den 1 april.

2. Fritid för unga
Flera föräldrar efterfrågade en öppen verksamhet för unga på fredagskvällar. Kommunen ska
undersöka om fritidsgården kan hålla öppet på fredagar från hösten 2025.

3. Nästa möte
Nästa dialogmöte hålls den 10 september 2025.
"""


def bollnas_notes(path):
    """Notes saved as "Unicode" by Windows Notepad: UTF-16 little endian with a BOM, CRLF."""
    path.write_bytes(BOLLNAS_NOTES.replace("\n", "\r\n").encode("utf-16"))


if __name__ == "__main__":
    alingsas_report(HERE / "209_trygghetsrapport_noltorp_2024.pdf")
    mora_plan(HERE / "210_Handlingsplan_segregation_Mora_2025-2027.docx")
    bollnas_notes(HERE / "212_minnesanteckningar_granbacka.txt")
