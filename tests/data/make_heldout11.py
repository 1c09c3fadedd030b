"""Writes the PDF and DOCX documents of held-out round 11 into tests/data/heldout/.

Round 11: slides exported from a presentation program to PDF (landscape pages, large
titles, bullets, a key figure set large), a Word plan with numbered headings, a typed
table of contents and a budget table in thousands of kronor, and a PDF report with a
table of contents set with dot leaders, superscript footnote marks, footnotes at the foot
of the page and a framed fact box. The generated files are committed; this script shows
how they were made. Run it with the project's environment:
`.venv/bin/python tests/data/make_heldout11.py`.
"""

import datetime

import docx
from fpdf import FPDF
from make_heldout8 import FONTS, HERE, ReportPdf


def slides(path):
    """Slides 254 × 143 mm: a title per slide, bullets, a footer and a slide number."""
    pdf = FPDF(orientation="L", unit="mm", format=(142.9, 254))
    pdf.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(False)
    pdf.set_title("PowerPoint-presentation")
    pdf.set_author("Haddad Amira")
    pdf.set_creation_date(datetime.datetime(2024, 2, 5, 14, 40))
    number = 0

    def slide(title, size=28):
        nonlocal number
        pdf.add_page()
        number += 1
        pdf.set_font("DejaVu", size=9)
        pdf.set_xy(15, 132)
        pdf.cell(100, 5, "Trollhättans stad")
        pdf.set_xy(220, 132)
        pdf.cell(20, 5, str(number), align="R")
        pdf.set_xy(15, 18)
        pdf.set_font("DejaVu", "B", size)
        pdf.multi_cell(224, size * 0.5, title)
        pdf.ln(8)

    def bullets(items):
        for item in items:
            pdf.set_x(22)
            pdf.set_font("DejaVu", size=18)
            pdf.cell(8, 10, "•")
            pdf.multi_cell(200, 10, item)
            pdf.ln(2)

    slide("Områdessatsning Kronogården 2024–2026", 32)
    pdf.set_x(15)
    pdf.set_font("DejaVu", size=18)
    pdf.multi_cell(224, 10, "Presentation för kommunstyrelsen 6 februari 2024")

    slide("Bakgrund")
    bullets(
        [
            "48 % av de boende är födda utomlands",
            "Arbetslösheten är 14 % (7 % i hela kommunen)",
            "Hälften av hushållen hyr av det kommunala bostadsbolaget Eidar",
        ]
    )
    slide("Mål till 2026")
    bullets(
        [
            "Fler unga i arbete eller studier",
            "Ökad trygghet: från 55 % till 70 % som känner sig trygga",
            "Fler föreningar med verksamhet i området",
        ]
    )
    slide("Insatser")
    bullets(
        [
            "Fältassistenter kvällar och helger",
            "Sommarlovsaktiviteter för 500 barn",
            "Trygghetsvandringar tillsammans med Eidar och polisen",
        ]
    )
    slide("Budget")
    pdf.set_x(15)
    pdf.set_font("DejaVu", "B", 40)
    pdf.multi_cell(224, 20, "3,2 mnkr per år", align="C")
    pdf.ln(4)
    pdf.set_x(15)
    pdf.set_font("DejaVu", size=16)
    pdf.multi_cell(224, 9, "Finansieras inom kommunstyrelsens ram 2024–2026", align="C")
    slide("Kontakt")
    bullets(["Projektledare: Amira Haddad", "amira.haddad@trollhattan.se"])
    pdf.output(str(path))


def kungsmarken_plan(path):
    """Numbered headings in the heading styles, a typed contents list, a budget table."""
    document = docx.Document()
    props = document.core_properties
    props.title, props.author = "Handlingsplan Kungsmarken", "Jonas Ek"
    props.created = datetime.datetime(2024, 1, 18, 10, 5)
    document.sections[0].header.paragraphs[0].text = "Karlskrona kommun\tHandlingsplan"
    document.add_paragraph("Handlingsplan för Kungsmarken 2024", style="Title")
    document.add_paragraph("Antagen av kommunstyrelsen 2024-02-27")
    document.add_paragraph("Innehåll")
    for line in ("1 Inledning\t2", "2 Nuläge\t2", "3 Åtgärder\t3", "4 Uppföljning\t3"):
        document.add_paragraph(line)
    document.add_paragraph("1 Inledning", style="Heading 1")
    document.add_paragraph(
        "Kungsmarken är ett av de områden i Karlskrona där skillnaderna mot resten av "
        "kommunen är störst. Planen samlar kommunens insatser i området under 2024."
    )
    document.add_paragraph("2 Nuläge", style="Heading 1")
    document.add_paragraph("2.1 Befolkning", style="Heading 2")
    document.add_paragraph(
        "I Kungsmarken bor 3 400 personer. 41 procent av invånarna är under 25 år."
    )
    document.add_paragraph("2.2 Skola", style="Heading 2")
    document.add_paragraph(
        "Andelen elever i årskurs 9 som var behöriga till gymnasiet var 68 procent 2023, "
        "jämfört med 85 procent i hela kommunen."
    )
    document.add_paragraph("3 Åtgärder", style="Heading 1")
    document.add_paragraph("Tabell 1. Åtgärder och kostnader 2024")
    rows = [
        ("Åtgärd", "Ansvarig", "Belopp (tkr)"),
        ("Läxhjälp", "Utbildningsförvaltningen", "450"),
        ("Fältgrupp", "Socialförvaltningen", "1 200"),
        ("Föreningsstöd", "Kultur- och fritidsförvaltningen", "300"),
        ("Summa", "", "1 950"),
    ]
    table = document.add_table(rows=len(rows), cols=3)
    for cells, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(cells.cells, values, strict=True):
            cell.text = value
    document.add_paragraph("4 Uppföljning", style="Heading 1")
    document.add_paragraph(
        "Planen följs upp av kommunstyrelsens arbetsutskott i december varje år. Ansvarig "
        "tjänsteperson är Jonas Ek, utvecklingsstrateg."
    )
    document.save(str(path))


class FootnotedReport(ReportPdf):
    """ReportPdf with running text that carries superscript footnote marks."""

    def marked(self, parts: list[str], size: int = 10) -> None:
        """Text parts alternate with footnote marks: ["text", "1", "more text", …]."""
        self.pdf.set_x(20)
        self.pdf.set_left_margin(20)
        self.pdf.set_right_margin(20)
        for i, part in enumerate(parts):
            if i % 2:
                self.pdf.char_vpos = "SUP"
                self.pdf.write(5.5, part)
                self.pdf.char_vpos = "LINE"
            else:
                self.pdf.set_font("DejaVu", size=size)
                self.pdf.write(5.5, part)
        self.pdf.ln(8.5)

    def footnotes(self, notes: list[str]) -> None:
        self.pdf.line(20, 262, 80, 262)
        self.pdf.set_xy(20, 264)
        self.pdf.set_font("DejaVu", size=7)
        for number, note in enumerate(notes, 1):
            self.pdf.set_x(20)
            self.pdf.multi_cell(170, 3.5, f"{number} {note}")


def gamlegarden_report(path):
    doc = FootnotedReport("Lägesbild Gamlegården 2023", 4)
    doc.pdf.set_title("Lägesbild Gamlegården 2023")
    doc.pdf.set_author("Kristianstads kommun")
    doc.pdf.set_creation_date(datetime.datetime(2023, 10, 20, 8, 30))

    doc.page(cover=True)
    doc.pdf.set_xy(20, 40)
    doc.paragraph("Kristianstads kommun", size=12)
    doc.pdf.set_xy(20, 100)
    doc.heading("Lägesbild Gamlegården 2023", size=24)
    doc.paragraph("Rapport från enheten för områdesutveckling, oktober 2023", size=12)

    doc.page()
    doc.heading("Innehåll", 16)
    for entry, page in (
        ("1 Sammanfattning", 3),
        ("2 Befolkning och ekonomi", 3),
        ("3 Trygghet", 4),
        ("4 Föreningsliv", 4),
    ):
        doc.pdf.set_x(20)
        doc.pdf.set_font("DejaVu", size=11)
        dots = "." * (70 - 2 * len(entry) // 3)
        doc.pdf.cell(160, 7, f"{entry} {dots}")
        doc.pdf.cell(10, 7, str(page), align="R")
        doc.pdf.ln(7)

    doc.page()
    doc.heading("1 Sammanfattning")
    doc.marked(
        [
            "Gamlegården har förändrats mycket sedan upprustningen av bostäderna började 2015.",
            "1",
            " Fler bor kvar längre i området, men inkomsterna är fortfarande låga och "
            "många barn växer upp i hushåll med små marginaler.",
        ]
    )
    doc.heading("2 Befolkning och ekonomi")
    doc.marked(
        [
            "I Gamlegården bor cirka 2 900 personer.",
            "2",
            " Medelinkomsten är 178 000 kronor per år, ungefär hälften av kommunens genomsnitt.",
        ]
    )
    top = doc.pdf.get_y()
    doc.pdf.set_font("DejaVu", "B", 10)
    doc.pdf.set_xy(24, top + 3)
    doc.pdf.cell(80, 6, "Fakta om Gamlegården")
    doc.pdf.set_font("DejaVu", size=10)
    for i, fact in enumerate(
        (
            "Invånare: 2 900",
            "Förvärvsfrekvens: 52 %",
            "Barn i ekonomiskt utsatta hushåll: 31 %",
        )
    ):
        doc.pdf.set_xy(24, top + 10 + 6 * i)
        doc.pdf.cell(80, 6, fact)
    doc.pdf.rect(20, top, 90, 32)
    doc.footnotes(
        [
            "Upprustningen genomfördes av ABK, Allmännyttiga Bostadsbolaget i Kristianstad.",
            "SCB, befolkningsstatistik 31 december 2022.",
        ]
    )

    doc.page()
    doc.heading("3 Trygghet")
    doc.paragraph(
        "I polisens trygghetsmätning 2023 uppgav 38 procent av de boende i Gamlegården att "
        "de avstår från att gå ut på kvällen. År 2019 var andelen 51 procent."
    )
    doc.heading("4 Föreningsliv")
    doc.paragraph(
        "Elva föreningar har verksamhet i Gamlegårdens aktivitetshus. Kommunen ger "
        "aktivitetshuset 850 000 kronor per år i driftbidrag."
    )
    doc.save(path)


if __name__ == "__main__":
    slides(HERE / "120_Kronogarden_KS_2024-02-06.pdf")
    kungsmarken_plan(HERE / "121_handlingsplan_kungsmarken_2024.docx")
    gamlegarden_report(HERE / "122_lagesbild_gamlegarden_2023.pdf")
