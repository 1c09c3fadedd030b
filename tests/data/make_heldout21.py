"""Writes the PDF and DOCX documents of held-out round 21 into tests/data/heldout/.

Round 21: a report as PDF whose wide table is printed turned a quarter round on its page
(as Word does with a landscape section in a portrait document); and a Word plan with an
automatic table of contents (a content control of hyperlinked entries with page numbers)
before its text. The generated files are committed; this script shows how they were made.
Run it with the project's environment: `.venv/bin/python tests/data/make_heldout21.py`.
"""

import datetime

import docx
from docx.oxml import parse_xml
from make_heldout8 import HERE, ReportPdf

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def sollentuna_report(path):
    """A report whose second page holds a wide table turned a quarter round."""
    doc = ReportPdf("Sollentuna kommun – Lägesrapport Edsberg 2024", 2)
    doc.pdf.set_title("Lägesrapport Edsberg 2024")
    doc.pdf.set_author("Sollentuna kommun")
    doc.pdf.set_creation_date(datetime.datetime(2024, 12, 2, 10, 0))
    doc.page()
    doc.heading("Lägesrapport för Edsberg 2024", 16)
    doc.paragraph(
        "Rapporten beskriver läget i Edsberg efter tre år av områdesarbete. Arbetet drivs av "
        "Sollentuna kommun tillsammans med Sollentunahem och polisen."
    )
    doc.heading("Sammanfattning", 12)
    doc.paragraph(
        "Tryggheten har ökat och fler unga deltar i fritidsaktiviteter. Andelen elever som "
        "klarar kunskapskraven i årskurs 6 har däremot minskat. Tabellen på nästa sida visar "
        "utvecklingen för alla mått."
    )
    doc.paragraph("Kontaktperson: områdesstrateg Nils Ahlberg.")
    doc.page()
    rows = [
        ["Mått", "2021", "2022", "2023", "2024", "Mål 2026"],
        ["Trygga utomhus på kvällen (%)", "46", "49", "53", "57", "65"],
        ["Unga i fritidsaktiviteter", "310", "355", "402", "448", "500"],
        ["Klarar kunskapskraven åk 6 (%)", "71", "69", "66", "64", "80"],
        ["Anmälda inbrott", "58", "51", "47", "39", "30"],
    ]
    widths = [70, 25, 25, 25, 25, 30]
    # The table is turned so that its rows run up the page, as a landscape page in a
    # portrait report is printed.
    with doc.pdf.rotation(90, 105, 148):
        y = 95
        for r, row in enumerate(rows):
            doc.pdf.set_font("DejaVu", "B" if r == 0 else "", 10)
            x = 15
            for value, width in zip(row, widths, strict=True):
                doc.pdf.set_xy(x, y)
                doc.pdf.cell(width, 8, value, border=1)
                x += width
            y += 8
    doc.save(path)


def _toc_entry(text: str, page: int, anchor: str) -> str:
    return (
        f'<w:p xmlns:w="{W}"><w:pPr><w:pStyle w:val="TOC1"/></w:pPr>'
        f'<w:hyperlink w:anchor="{anchor}"><w:r><w:t xml:space="preserve">{text}</w:t></w:r>'
        f"<w:r><w:tab/></w:r><w:r><w:t>{page}</w:t></w:r></w:hyperlink></w:p>"
    )


def nassjo_plan(path):
    """A Word plan with an automatic table of contents before its text."""
    document = docx.Document()
    props = document.core_properties
    props.title, props.author = "Handlingsplan Runnevål 2025", "Nässjö kommun"
    props.created = datetime.datetime(2025, 2, 3, 9, 0)
    document.add_heading("Handlingsplan för Runnevål 2025", 0)
    entries = [
        ("1 Bakgrund", 2, "_Toc1"),
        ("2 Mål", 2, "_Toc2"),
        ("3 Insatser och kostnader", 3, "_Toc3"),
        ("4 Uppföljning", 4, "_Toc4"),
    ]
    toc = (
        f'<w:sdt xmlns:w="{W}"><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of '
        f'Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>'
        f'<w:p><w:pPr><w:pStyle w:val="TOCHeading"/></w:pPr><w:r><w:t>Innehåll</w:t></w:r></w:p>'
        + "".join(_toc_entry(*entry).replace(f' xmlns:w="{W}"', "", 1) for entry in entries)
        + "</w:sdtContent></w:sdt>"
    )
    document.element.body[-1].addprevious(parse_xml(toc))
    document.add_heading("1 Bakgrund", 1)
    document.add_paragraph(
        "Runnevål är Nässjös största bostadsområde med cirka 3 600 invånare. Andelen "
        "förvärvsarbetande är 52 procent, jämfört med 78 procent i hela kommunen."
    )
    document.add_heading("2 Mål", 1)
    document.add_paragraph(
        "Till 2027 ska andelen förvärvsarbetande i Runnevål vara minst 60 procent, och "
        "alla barn ska erbjudas en plats i förskolan från ett års ålder."
    )
    document.add_heading("3 Insatser och kostnader", 1)
    document.add_paragraph(
        "En jobbcoach på plats i Runnevål kostar 650 000 kronor per år. Språkförskolan "
        "utökas med 20 platser till en kostnad av 1,4 miljoner kronor. Sommarlovsentrén "
        "för barn 7–12 år kostar 180 000 kronor."
    )
    document.add_heading("4 Uppföljning", 1)
    document.add_paragraph(
        "Planen följs upp två gånger per år av socialnämnden. Ansvarig tjänsteperson är "
        "utvecklingsledare Amina Yusuf."
    )
    document.save(path)


if __name__ == "__main__":
    sollentuna_report(HERE / "169_lagesrapport_edsberg_2024.pdf")
    nassjo_plan(HERE / "170_Handlingsplan_Runneval_2025.docx")
