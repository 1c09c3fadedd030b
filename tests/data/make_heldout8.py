"""Writes the PDF and DOCX documents of held-out round 8 into tests/data/heldout/.

Round 8 imitates what officials save from municipal websites: a PDF exported from Word
(its document title is the Word file name), a PDF with no title or author, and
a Word document made from an older template (its created date is the template's, its
author a person). The generated files are committed; this script shows how they were made.
Run it with the project's environment: `.venv/bin/python tests/data/make_heldout8.py`.
"""

import datetime
from pathlib import Path

import docx
from fpdf import FPDF

HERE = Path(__file__).parent / "heldout"
FONTS = Path("/usr/share/fonts/truetype/dejavu")


class ReportPdf:
    """An A4 report: a running header and 'Sida N av M' on every page but the cover."""

    def __init__(self, header: str, pages: int):
        self.pdf = FPDF(format="A4")
        self.pdf.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
        self.pdf.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
        self.pdf.set_auto_page_break(False)
        self.header, self.pages, self.number = header, pages, 0

    def page(self, cover: bool = False) -> None:
        self.pdf.add_page()
        self.number += 1
        if not cover:
            self.pdf.set_font("DejaVu", size=8)
            self.pdf.set_xy(20, 10)
            self.pdf.cell(0, 5, self.header)
            self.pdf.set_xy(20, 282)
            self.pdf.cell(0, 5, f"Sida {self.number} av {self.pages}")
        self.pdf.set_xy(20, 25)

    def heading(self, text: str, size: int = 14) -> None:
        self.pdf.ln(4)
        self.pdf.set_x(20)
        self.pdf.set_font("DejaVu", "B", size)
        self.pdf.multi_cell(170, 8, text)
        self.pdf.ln(1)

    def paragraph(self, text: str, size: int = 10) -> None:
        self.pdf.set_x(20)
        self.pdf.set_font("DejaVu", size=size)
        self.pdf.multi_cell(170, 5.5, text)
        self.pdf.ln(3)

    def table(self, rows: list[list[str]], widths: list[int]) -> None:
        for r, row in enumerate(rows):
            self.pdf.set_x(20)
            self.pdf.set_font("DejaVu", "B" if r == 0 else "", 9)
            for value, width in zip(row, widths, strict=True):
                self.pdf.cell(width, 7, value, border=1)
            self.pdf.ln(7)
        self.pdf.ln(3)

    def save(self, path: Path) -> None:
        self.pdf.output(str(path))


def umea_plan(path: Path) -> None:
    """A plan exported from Word: the PDF's title is the Word file's name."""
    doc = ReportPdf("Umeå kommun | Handlingsplan för minskad segregation 2025–2027", 4)
    doc.pdf.set_title("Microsoft Word - Handlingsplan segregation KF slutversion.docx")
    doc.pdf.set_author("ume40213")
    doc.pdf.set_creation_date(datetime.datetime(2025, 1, 9, 13, 2))

    doc.page(cover=True)
    doc.pdf.set_xy(20, 40)
    doc.paragraph("Umeå kommun", size=12)
    doc.pdf.set_xy(20, 90)
    doc.heading("Handlingsplan för minskad segregation 2025–2027", size=22)
    doc.pdf.set_xy(20, 200)
    doc.paragraph("Antagen av kommunfullmäktige 2024-12-16, § 215")
    doc.paragraph("Dnr KS-2024/00871")
    doc.paragraph("Dokumentansvarig: Kommunstyrelsen")

    doc.page()
    doc.heading("Innehåll")
    for line in [
        "1 Inledning ........................................................ 2",
        "2 Nulägesbild ..................................................... 2",
        "3 Mål ................................................................. 3",
        "4 Insatser .......................................................... 3",
        "5 Uppföljning ..................................................... 4",
    ]:
        doc.paragraph(line)
    doc.heading("1 Inledning")
    doc.paragraph(
        "Umeå kommun har sedan 2018 arbetat med områdesbaserade insatser i Ålidhem, "
        "Tomtebo och Holmsund. Handlingsplanen ersätter det tidigare programmet Ett Umeå "
        "för alla (2019–2024) och gäller för perioden 2025–2027. Planen bygger på "
        "Delegationen mot segregations (Delmos) fem områden: arbete, boende, utbildning, "
        "demokrati och brottslighet."
    )
    doc.heading("2 Nulägesbild")
    doc.paragraph(
        "Skillnaderna mellan kommunens stadsdelar har ökat. I Ålidhem är andelen "
        "förvärvsarbetande 54 procent, jämfört med 79 procent i kommunen som helhet. "
        "Andelen elever som blir behöriga till gymnasiets yrkesprogram var 71 procent i "
        "Ålidhemsskolan våren 2024."
    )
    doc.paragraph(
        "Ungefär 7 400 personer bor i Ålidhem, varav en tredjedel är under 25 år. Många "
        "hushåll har flyttat till området under de senaste fem åren."
    )

    doc.page()
    doc.heading("3 Mål")
    doc.paragraph("Planen har tre övergripande mål:")
    doc.paragraph("1. Fler vuxna i Ålidhem och Holmsund ska ha ett arbete eller studera.")
    doc.paragraph("2. Alla elever ska gå ut grundskolan med godkända betyg.")
    doc.paragraph("3. Tryggheten i bostadsområdena ska öka.")
    doc.heading("4 Insatser")
    doc.paragraph("Tabellen visar planens insatser, vem som ansvarar för dem och vad de kostar.")
    doc.table(
        [
            ["Insats", "Ansvar", "Kostnad per år"],
            ["Språkcafé och samhällsorientering", "Fritid Umeå", "450 tkr"],
            ["Feriearbete för 300 ungdomar", "Arbetsmarknadsenheten", "3,2 mnkr"],
            ["Föräldrastöd i förskolan", "Förskoleförvaltningen", "600 tkr"],
            ["Trygghetsvandringar", "Bostaden AB och Polisen", "120 tkr"],
        ],
        [75, 55, 35],
    )
    doc.paragraph(
        "Insatserna finansieras inom nämndernas budgetramar. Kommunen har dessutom "
        "beviljats 4,6 miljoner kronor från Delmos för åren 2025–2026."
    )

    doc.page()
    doc.heading("5 Uppföljning")
    doc.paragraph(
        "Kommunstyrelsen följer upp planen varje år i samband med årsredovisningen. En "
        "oberoende utvärdering görs av Umeå universitet och ska redovisas senast i juni 2027."
    )
    doc.paragraph("Kontaktperson: Sara Nilsson, strateg för social hållbarhet, tfn 090-16 10 00")
    doc.save(path)


def sundsvall_report(path: Path) -> None:
    """A yearly follow-up with no title or author in its properties (only the date the
    PDF was made, which fpdf2 always writes)."""
    doc = ReportPdf("Sundsvalls kommun – Årsrapport 2024, program mot segregation", 2)
    doc.pdf.set_creation_date(datetime.datetime(2025, 3, 12, 9, 40))

    doc.page()
    doc.heading("Uppföljning av Sundsvalls program mot segregation – årsrapport 2024", 18)
    doc.paragraph(
        "Sundsvalls kommun har sedan 2019 ett program mot segregation för stadsdelarna "
        "Nacksta och Skönsberg. Den här rapporten beskriver vad som har gjorts under 2024 "
        "och hur läget har utvecklats."
    )
    doc.heading("Arbete och försörjning")
    doc.paragraph(
        "Sedan 2019 har andelen förvärvsarbetande i Nacksta ökat från 48 till 55 procent. "
        "I Skönsberg är ökningen mindre."
    )
    doc.table(
        [
            ["Andel förvärvsarbetande (%)", "2019", "2022", "2024"],
            ["Nacksta", "48", "51", "55"],
            ["Skönsberg", "45", "47", "52"],
            ["Sundsvall totalt", "77", "78", "79"],
        ],
        [70, 25, 25, 25],
    )
    doc.heading("Unga")
    doc.paragraph(
        "Under 2024 deltog 412 ungdomar i sommarjobb via programmet, jämfört med 350 år "
        "2023. Fritidsgården i Nacksta har förlängt sina öppettider på fredagar."
    )
    doc.heading("Ekonomi")
    doc.paragraph(
        "Programmet kostade 6,2 miljoner kronor 2024, varav 2,5 miljoner kronor var statsbidrag."
    )

    doc.page()
    doc.heading("Slutsatser")
    doc.paragraph(
        "Insatserna för unga har gett bäst resultat. Trygghetsarbetet behöver förstärkas: i "
        "trygghetsmätningen 2024 uppgav 38 procent av de boende i Skönsberg att de undviker "
        "att gå ut på kvällen, mot 31 procent 2022."
    )
    doc.paragraph("Rapporten är framtagen av kommunstyrelsekontoret, mars 2025.")
    doc.save(path)


def boras_memo(path: Path) -> None:
    """An officer's report made from a 2021 template: no title, a person as author."""
    document = docx.Document()
    props = document.core_properties
    props.title, props.author = "", "Anna Berg"
    props.created = datetime.datetime(2021, 9, 14, 8, 30)
    props.modified = datetime.datetime(2025, 2, 3, 16, 12)
    header = document.sections[0].header.paragraphs[0]
    header.text = "Borås Stad\tTjänsteskrivelse"

    document.add_paragraph().add_run("Tjänsteskrivelse").bold = True
    document.add_paragraph("Datum: 2025-02-03")
    document.add_paragraph("Diarienummer: KS 2025/0112")
    document.add_paragraph("Handläggare: Anna Berg, utvecklingsstrateg")
    document.add_heading(
        "Ansökan om statsbidrag för insatser mot segregation i Hässleholmen och Hulta 2025",
        level=1,
    )
    document.add_heading("Förslag till beslut", level=2)
    document.add_paragraph(
        "Kommunstyrelsen beslutar att ansöka om 1,8 miljoner kronor i statsbidrag från "
        "Delegationen mot segregation för 2025."
    )
    document.add_paragraph(
        "Kommunstyrelsen beslutar att kommunens medfinansiering om 600 000 kronor tas ur "
        "kommunstyrelsens utvecklingsmedel."
    )
    document.add_heading("Sammanfattning av ärendet", level=2)
    document.add_paragraph(
        "Borås Stad har sedan 2022 ett områdesprogram för Hässleholmen och Hulta. Programmet "
        "pekar ut tidiga insatser för barn och unga som det viktigaste för att minska "
        "segregationen. Förvaltningen föreslår att staden söker statsbidrag för två "
        "insatser: språkstöd för föräldrar och fältassistenter under kvällar och helger."
    )
    document.add_heading("Ärendet", level=2)
    document.add_paragraph(
        "Språkstödet riktar sig till cirka 120 familjer med barn i förskoleåldern. "
        "Föräldrarna får svenskundervisning i förskolans lokaler två gånger i veckan, "
        "samtidigt som barnen är i förskolan."
    )
    document.add_paragraph(
        "Fältassistenterna ska arbeta i Hässleholmen och Hulta fredag till söndag mellan "
        "klockan 18 och 02. Insatsen genomförs tillsammans med AB Bostäder i Borås och "
        "Polisen."
    )
    rows = [
        ["Kostnadspost", "Belopp (kr)"],
        ["Språkstöd för föräldrar", "950 000"],
        ["Fältassistenter (tre tjänster)", "1 250 000"],
        ["Utvärdering", "200 000"],
        ["Summa", "2 400 000"],
    ]
    table = document.add_table(rows=len(rows), cols=2)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph(
        "Av den totala kostnaden på 2,4 miljoner kronor söks 1,8 miljoner kronor från "
        "Delmos. Resterande 600 000 kronor finansieras av staden."
    )
    document.add_heading("Uppföljning", level=2)
    document.add_paragraph(
        "Insatserna utvärderas av FoU Sjuhärad under hösten 2025. Resultatet redovisas för "
        "kommunstyrelsen i februari 2026."
    )
    document.add_paragraph("Anna Berg")
    document.add_paragraph("Utvecklingsstrateg")
    document.add_paragraph(
        "Beslutet skickas till: Sociala omsorgsnämnden, Förskolenämnden, Delegationen mot "
        "segregation"
    )
    document.save(str(path))


if __name__ == "__main__":
    umea_plan(HERE / "108_Handlingsplan_segregation_KF.pdf")
    sundsvall_report(HERE / "109_arsrapport-2024.pdf")
    boras_memo(HERE / "110_TJS_KS_2025-0112.docx")
