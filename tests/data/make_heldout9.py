"""Writes the PDF and DOCX documents of held-out round 9 into tests/data/heldout/.

Round 9: a work plan in Word with a bulleted list and a table of indicators, and a status
report as PDF with a table ruled with lines (as Word draws table borders). The generated
files are committed; this script shows how they were made. Run it with the project's
environment: `.venv/bin/python tests/data/make_heldout9.py`.
"""

import datetime

import docx
from make_heldout8 import HERE, ReportPdf


def nykoping_plan(path):
    """A work plan: core properties filled in, a bulleted list, a table of indicators."""
    document = docx.Document()
    props = document.core_properties
    props.title, props.author = "Verksamhetsplan 2024", "Nyköpings kommun"
    props.created = datetime.datetime(2024, 1, 22, 10, 0)
    document.add_heading("Verksamhetsplan 2024 för områdesarbetet i Arnö och Brandholmen", 1)
    document.add_paragraph(
        "Områdesarbetet ska minska skillnaderna i livsvillkor mellan Arnö, Brandholmen och "
        "resten av Nyköping. Arbetet leds av en områdessamordnare, Lina Ekberg, som är "
        "placerad på kommunledningskontoret."
    )
    document.add_heading("Aktiviteter 2024", 2)
    document.add_paragraph("Under 2024 genomförs följande aktiviteter:")
    for item in (
        "Läxhjälp i Arnöskolan två kvällar i veckan",
        "Sommarlovsaktiviteter för barn i årskurs 1–6",
        "Föräldraträffar på svenska och arabiska",
        "Trygghetsvandringar tillsammans med Nyköpingshem",
    ):
        document.add_paragraph(item, style="List Bullet")
    document.add_paragraph(
        "Fritidsgården Arnö har öppet tisdag till lördag klockan 15–22 och drivs av "
        "kultur- och fritidsförvaltningen."
    )
    document.add_heading("Mål och indikatorer", 2)
    rows = [
        ["Indikator", "2022", "2023", "Mål 2025"],
        ["Andel elever med gymnasiebehörighet (%)", "71", "74", "85"],
        ["Antal deltagare i föreningsaktiviteter", "320", "410", "600"],
    ]
    table = document.add_table(rows=len(rows), cols=4)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_heading("Budget", 2)
    document.add_paragraph(
        "Budgeten för områdesarbetet är 2,6 miljoner kronor för 2024, varav 900 000 kronor "
        "går till läxhjälpen."
    )
    document.save(str(path))


def skovde_report(path):
    """A status report with proper properties and a table ruled with lines."""
    doc = ReportPdf("Skövde kommun · Lägesrapport Södra Ryd 2023", 2)
    doc.pdf.set_title("Lägesrapport social hållbarhet Södra Ryd 2023")
    doc.pdf.set_author("Skövde kommun")
    doc.pdf.set_creation_date(datetime.datetime(2024, 2, 6, 14, 0))
    doc.page()
    doc.heading("Lägesrapport social hållbarhet – Södra Ryd 2023", 18)
    doc.heading("1. Befolkning och försörjning")
    doc.paragraph(
        "I Södra Ryd bor cirka 4 100 personer. Andelen hushåll med ekonomiskt bistånd var "
        "11 procent 2023, jämfört med 4 procent i hela Skövde."
    )
    doc.heading("2. Trygghet")
    doc.paragraph(
        "Ett lokalt trygghetsråd bildas 2023. Trygghetsrådet består av polisen, "
        "Skövdebostäder och kommunen och träffas en gång i månaden."
    )
    doc.heading("3. Åtgärder")
    doc.paragraph("Följande åtgärder pågår eller planeras i stadsdelen:")
    rows = [
        ["Åtgärd", "Start", "Status"],
        ["Medborgarkontor", "2021", "Pågår"],
        ["Nattvandring", "2022", "Pågår"],
        ["Lokalt trygghetsråd", "2023", "Planeras"],
    ]
    widths, top, height = [80, 40, 40], doc.pdf.get_y(), 8
    doc.pdf.set_font("DejaVu", size=9)
    for r, row in enumerate(rows):
        x = 20
        for value, width in zip(row, widths, strict=True):
            doc.pdf.set_xy(x, top + r * height)
            doc.pdf.cell(width, height, value)
            x += width
    for r in range(len(rows) + 1):
        doc.pdf.line(20, top + r * height, 20 + sum(widths), top + r * height)
    for x in (20, 100, 140, 180):
        doc.pdf.line(x, top, x, top + len(rows) * height)
    doc.pdf.set_y(top + len(rows) * height + 6)
    doc.page()
    doc.heading("4. Uppföljning")
    doc.paragraph(
        "Rapporten följs upp av sektor samhällsbyggnad i mars 2025. Då ska även "
        "medborgarkontorets öppettider utvärderas."
    )
    doc.save(path)


if __name__ == "__main__":
    nykoping_plan(HERE / "112_VP_2024_omradesarbete.docx")
    skovde_report(HERE / "113_lagesrapport_sodra_ryd.pdf")
