"""Writes the PDF and DOCX documents of held-out round 17 into tests/data/heldout/.

Round 17: a Word guideline whose headings carry numbers on several levels ("2.2.1") typed
into the heading text, with "a)" lists and a header and footer; the text layer of scanned
minutes (invisible OCR text over a grey page, with the misreadings OCR leaves, a stamp line
on every page and words hyphenated at line ends); and a slide deck saved as PDF (landscape
pages, one title and a few bullets each, a footer on every slide). The generated files are
committed; this script shows how they were made. Run it with the project's environment:
`.venv/bin/python tests/data/make_heldout17.py`.
"""

import datetime

import docx
from fpdf import FPDF
from fpdf.enums import TextMode
from make_heldout8 import FONTS, HERE


def skovde_guidelines(path):
    """Word guidelines: numbered headings on three levels, "a)" items, header and footer."""
    document = docx.Document()
    props = document.core_properties
    props.title, props.author = "Riktlinjer föreningsbidrag", "skovde\\lek01"
    props.created = datetime.datetime(2024, 2, 1, 9, 30)
    section = document.sections[0]
    section.header.paragraphs[0].text = "Skövde kommun\tKultur- och fritidsförvaltningen"
    section.footer.paragraphs[0].text = "Dnr KFN 2024/112\tSida 1"
    document.add_heading("Riktlinjer för bidrag till föreningar i Ryd och Norrmalm", 0)
    document.add_paragraph("Antagna av kultur- och fritidsnämnden 2024-02-20, § 14")
    document.add_heading("1 Inledning", 1)
    document.add_paragraph(
        "Kultur- och fritidsnämnden i Skövde kommun vill att fler barn och unga i Ryd och "
        "Norrmalm ska delta i föreningslivet. Riktlinjerna gäller från den 1 mars 2024 och "
        "ersätter riktlinjerna från 2019."
    )
    document.add_heading("2 Bidragsformer", 1)
    document.add_heading("2.1 Aktivitetsbidrag", 2)
    document.add_paragraph(
        "Föreningar som bedriver verksamhet för barn och unga 7–20 år i Ryd eller Norrmalm "
        "får ett förhöjt aktivitetsbidrag på 45 kronor per deltagartillfälle, jämfört med "
        "30 kronor i övriga kommunen."
    )
    document.add_heading("2.2 Projektbidrag", 2)
    document.add_paragraph(
        "Projektbidrag kan ges till nya aktiviteter som samlar barn och unga från olika "
        "delar av staden. Bidraget är högst 120 000 kronor per projekt och år."
    )
    document.add_heading("2.2.1 Villkor för projektbidrag", 3)
    document.add_paragraph("För att få projektbidrag ska föreningen")
    for item in [
        "a) vara registrerad i kommunens föreningsregister,",
        "b) ha en styrelse med minst tre ledamöter,",
        "c) redovisa hur projektet når flickor.",
    ]:
        document.add_paragraph(item)
    document.add_heading("2.3 Lokalbidrag", 2)
    document.add_paragraph(
        "Föreningar som hyr lokal i Ryd eller Norrmalm kan få lokalbidrag med högst "
        "50 procent av hyran."
    )
    document.add_heading("3 Ansökan", 1)
    document.add_heading("3.1 När ska man söka?", 2)
    document.add_paragraph(
        "Aktivitetsbidrag söks två gånger per år, senast den 25 februari och den 25 augusti. "
        "Projektbidrag kan sökas löpande."
    )
    document.add_heading("3.2 Beslut", 2)
    document.add_paragraph(
        "Beslut om projektbidrag över 50 000 kronor fattas av kultur- och fritidsnämnden. "
        "Mindre belopp beslutas av förvaltningen."
    )
    document.add_heading("4 Uppföljning", 1)
    document.add_paragraph(
        "Föreningarna redovisar antal deltagare, uppdelat på flickor och pojkar, senast den "
        "31 januari året efter."
    )
    document.add_paragraph(
        "Frågor besvaras av föreningskonsulent Linnea Ek, telefon 0500-49 80 00."
    )
    document.save(path)


class ScannedPdf:
    """Scanned pages: a grey page with the OCR text laid invisibly over it, line by line."""

    def __init__(self):
        self.pdf = FPDF(format="A4")
        self.pdf.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
        self.pdf.set_auto_page_break(False)
        self.y = 0.0

    def page(self, header: str, stamp: str) -> None:
        self.pdf.add_page()
        self.pdf.set_fill_color(236, 236, 232)
        self.pdf.rect(0, 0, 210, 297, style="F")
        self.pdf.text_mode = TextMode.INVISIBLE
        self.pdf.set_font("DejaVu", size=9)
        self.pdf.text(18, 14, header)
        self.pdf.text(18, 286, stamp)
        self.y = 30.0

    def lines(self, lines: list[str], gap: float = 4.0, size: int = 10) -> None:
        self.pdf.set_font("DejaVu", size=size)
        for line in lines:
            self.pdf.text(22, self.y, line)
            self.y += 5.2
        self.y += gap

    def save(self, path) -> None:
        self.pdf.output(str(path))


def hassleholm_minutes(path):
    """Scanned minutes with OCR text: misread letters, a stamp line, hyphenated words."""
    doc = ScannedPdf()
    doc.pdf.set_creation_date(datetime.datetime(2024, 4, 22, 8, 15))
    stamp = "Justerandes sign ..........   Utdragsbestyrkande .........."
    doc.page("HÄSSLEHOLMS KOMMUN      SAMMANTRÄDESPROTOKOLL      Sida 1 (2)", stamp)
    doc.lines(["Kommunstyrelsen", "Sammanträdesdatum 2024-04-15"], gap=6, size=11)
    doc.lines(["§ 58    Dnr KS 2024/0231"], gap=1, size=11)
    doc.lines(["Medel till sommarlovsaktiviteter i Läreda"], gap=4, size=12)
    doc.lines(["Kommunstyrelsens beslut"], gap=1, size=11)
    doc.lines(
        [
            "Kommunstyrelsen beviljar Läreda Fritidsförening 640 000 kr för sommarlovs-",
            "aktiviteter 2024. Medlen tas ur kommunstyrelsens utvecklingsreserv.",
        ]
    )
    doc.lines(["Sarnmanfattning av ärendet"], gap=1, size=11)
    doc.lines(
        [
            "Läreda Fritidsförening har ansökt om 780 000 kr för att ordna sommarlovsakti-",
            "viteter för barn och unga i Läreda och Ljungdala under sex veckor. Förvalt-",
            "ningen föreslår att ansökan bevi1jas delvis. Under 2023 deltog i genom-",
            "snitt 140 barn per vecka.",
        ]
    )
    doc.page("Hässleholms kornmun      SAMMANTRÄDESPROTOKOLL      Sida 2 (2)", stamp)
    doc.lines(["§ 59    Dnr KS 2024/0198"], gap=1, size=11)
    doc.lines(["Uppföljning av trygghetsvärdar i Hässleholms centrum"], gap=4, size=12)
    doc.lines(["Kommunstyre1sens beslut"], gap=1, size=11)
    doc.lines(["Informationen noteras."])
    doc.lines(["Sammanfattning av ärendet"], gap=1, size=11)
    doc.lines(
        [
            "Sedan hösten 2023 arbetar fyra trygghetsvärdar kvällstid i centrum och vid",
            "resecentrum. Antalet anmälda skadegörelser vid resecentrum minskade med",
            "30 procent jämfört med 2022. Uppdraget förlängs till och med 2025.",
        ]
    )
    doc.lines(["Vid protokollet", "Eva Nordin, sekreterare"], gap=2)
    doc.save(path)


def ostersund_slides(path):
    """A slide deck saved as PDF: landscape pages, a title and bullets, a footer each."""
    pdf = FPDF(orientation="L", format=(142.9, 254))
    pdf.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(False)
    pdf.set_title("Dialogmöte Lugnvik mars 2024")
    pdf.set_author("Sara Lind")
    pdf.set_creation_date(datetime.datetime(2024, 3, 11, 16, 40))
    slides = [
        ("Dialogmöte Lugnvik", ["12 mars 2024", "Östersunds kommun, områdesgruppen Lugnvik"]),
        (
            "Varför är vi här?",
            [
                "• Berätta vad som hänt sedan förra mötet",
                "• Lyssna på era idéer",
                "• Ta fram tre prioriteringar för 2024",
            ],
        ),
        (
            "Det här har hänt 2023",
            [
                "• 48 ungdomar fick sommarjobb",
                "• Fritidsgården Lugnet öppen även fredagar till kl. 23",
                "• Ny belysning längs gångvägen till Lugnviksskolan",
                "• Läxhjälp i biblioteket två kvällar i veckan",
            ],
        ),
        (
            "Enkäten – vad tycker ni?",
            [
                "212 boende svarade",
                "• 64 % känner sig trygga i området på kvällen",
                "• Mest önskat: fler aktiviteter för unga (41 %)",
                "• Näst mest önskat: bättre belysning (27 %)",
            ],
        ),
        (
            "Nästa steg",
            [
                "• April: prioriteringarna klara",
                "• Juni: nytt dialogmöte i Lugnviksskolans matsal",
            ],
        ),
        ("Kontakt", ["Sara Lind, områdesutvecklare", "sara.lind@ostersund.se"]),
    ]
    for number, (title, bullets) in enumerate(slides, start=1):
        pdf.add_page()
        pdf.set_xy(18, 16 if number > 1 else 50)
        pdf.set_font("DejaVu", "B", 26 if number == 1 else 22)
        pdf.cell(0, 12, title)
        pdf.set_xy(22, 40 if number > 1 else 66)
        pdf.set_font("DejaVu", size=16)
        for bullet in bullets:
            pdf.set_x(22)
            pdf.cell(0, 10, bullet)
            pdf.ln(13)
        pdf.set_font("DejaVu", size=8)
        pdf.set_xy(18, 134)
        pdf.cell(0, 4, f"Östersunds kommun   |   Dialogmöte Lugnvik   |   {number}")
    pdf.output(str(path))


if __name__ == "__main__":
    skovde_guidelines(HERE / "149_Riktlinjer_foreningsbidrag_KFN.docx")
    hassleholm_minutes(HERE / "150_protokoll_ks_2024-04-15_skannad.pdf")
    ostersund_slides(HERE / "151_Dialogmote_Lugnvik_mars.pdf")
