"""Writes the PDF and DOCX documents of held-out round 14 into tests/data/heldout/.

Round 14: a Word action plan saved with its tracked changes still in it (a figure struck
out and replaced, a sentence added, a sentence deleted), a contact's name as a mailto
link and amounts written with non-breaking spaces; and a PDF report typeset with
ligatures ("ﬁ", "ﬂ", "ﬃ" as one glyph each) and amounts grouped with narrow no-break
spaces. The generated files are committed; this script shows
how they were made. Run it with the project's environment:
`.venv/bin/python tests/data/make_heldout14.py`.
"""

import datetime

import docx
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import parse_xml
from make_heldout8 import HERE, ReportPdf

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CHANGE = 'w:author="Anna Karlsson" w:date="2025-01-10T10:00:00Z"'
NBSP, NARROW_NBSP = "\u00a0", "\u202f"


def _run(text: str) -> str:
    return f'<w:r xmlns:w="{W}"><w:t xml:space="preserve">{text}</w:t></w:r>'


def _inserted(text: str, change: int) -> str:
    return (
        f'<w:ins xmlns:w="{W}" w:id="{change}" {CHANGE}>'
        f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:ins>'
    )


def _deleted(text: str, change: int) -> str:
    return (
        f'<w:del xmlns:w="{W}" w:id="{change}" {CHANGE}>'
        f'<w:r><w:delText xml:space="preserve">{text}</w:delText></w:r></w:del>'
    )


def _paragraph(document, pieces: list[str], style: str | None = None):
    paragraph = document.add_paragraph(style=style)
    for piece in pieces:
        paragraph._p.append(parse_xml(piece))
    return paragraph


def uddevalla_plan(path):
    document = docx.Document()
    props = document.core_properties
    props.title, props.author = "Handlingsplan Dalaberg 2025", "Uddevalla kommun"
    props.created = datetime.datetime(2025, 1, 15, 14, 5)
    document.add_paragraph("Handlingsplan för Dalaberg 2025", style="Title")
    document.add_paragraph("Bakgrund", style="Heading 1")
    document.add_paragraph(
        "Dalaberg är ett bostadsområde i norra Uddevalla där arbetslösheten är mer än dubbelt "
        "så hög som i kommunen som helhet."
    )
    _paragraph(
        document,
        [
            _run("Uddevalla kommun avsätter "),
            _deleted("2,5", 1),
            _inserted("3,1", 2),
            _run(" miljoner kronor till områdesarbetet i Dalaberg under 2025."),
            _inserted(
                " Arbetet leds av en styrgrupp med representanter för kommunen, Uddevallahem "
                "och polisen.",
                3,
            ),
        ],
    )
    document.add_paragraph("Insatser", style="Heading 1")
    document.add_paragraph(
        f"Läxhjälpen i Dalabergsskolan kostar 450{NBSP}000 kronor per år och drivs av "
        "Studieförbundet Vuxenskolan."
    )
    _paragraph(
        document,
        [
            _run("Fritidsgården har öppet fyra kvällar i veckan."),
            _deleted(" Den stänger under sommaren.", 4),
        ],
    )
    document.add_paragraph(
        f"Föreningar i Dalaberg kan söka upp till 25{NBSP}000 kronor i bidrag för aktiviteter "
        "för barn och unga."
    )
    document.add_paragraph("Kontakt", style="Heading 1")
    link = document.part.relate_to(
        "mailto:lina.ahmadi@uddevalla.se", RELATIONSHIP_TYPE.HYPERLINK, is_external=True
    )
    _paragraph(
        document,
        [
            _run("Områdesutvecklare är "),
            f'<w:hyperlink xmlns:w="{W}" xmlns:r="{R}" r:id="{link}"><w:r><w:rPr>'
            '<w:rStyle w:val="Hyperlink"/></w:rPr><w:t>Lina Ahmadi</w:t></w:r></w:hyperlink>',
            _run(", telefon 0522-69 60 00."),
        ],
    )
    document.save(str(path))


def skelleftea_report(path):
    """Ligatures and narrow no-break spaces, as a typesetting program exports them."""
    doc = ReportPdf("Skellefteå kommun – Lägesrapport Morö Backe 2024", 2)
    doc.pdf.set_title("Lägesrapport Morö Backe 2024")
    doc.pdf.set_author("Skellefteå kommun")
    doc.pdf.set_creation_date(datetime.datetime(2024, 12, 2, 9, 0))
    doc.page()
    doc.heading("Lägesrapport för områdesarbetet i Morö Backe 2024", 16)
    doc.paragraph(
        "Områdesarbetet i Morö Backe startade 2021 och ﬁnansieras av Skellefteå kommun och "
        "Skellefteåbostäder. Budgeten för 2024 är 1" + NARROW_NBSP + "850" + NARROW_NBSP + "000 "
        "kronor, varav Skellefteåbostäder står för 400" + NARROW_NBSP + "000 kronor."
    )
    doc.paragraph(
        "Omkring 3" + NARROW_NBSP + "100 personer bor i Morö Backe. Andelen som står utanför "
        "arbetsmarknaden är 38 procent, jämfört med 16 procent i hela "
        "kommunen."
    )
    doc.heading("Resultat", 12)
    doc.paragraph(
        "Under året har ﬂer unga fått sommarjobb: 64 ungdomar från Morö Backe arbetade i "
        "kommunens verksamheter sommaren 2024, jämfört med 41 året innan."
    )
    doc.paragraph(
        "Den nya mötesplatsen Backens hus öppnade i mars. Där ﬁnns familjecentral, "
        "bibliotek och en oﬃciell ingång till kommunens samhällsvägledning."
    )
    doc.page()
    doc.heading("Fortsatt arbete", 12)
    doc.paragraph(
        "Under 2025 ska arbetet inriktas på vuxnas väg till arbete. Kommunen planerar ett "
        "samarbete med Arbetsförmedlingen om yrkessvenska för 30 "
        "deltagare."
    )
    doc.heading("Kontakt", 12)
    doc.paragraph("Områdessamordnare Johan Lindberg, telefon 0910-73 50 00.")
    doc.save(path)


if __name__ == "__main__":
    uddevalla_plan(HERE / "135_Handlingsplan_Dalaberg_2025_utkast.docx")
    skelleftea_report(HERE / "136_lagesrapport_moro_backe_2024.pdf")
