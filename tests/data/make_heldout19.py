"""Writes the PDF and DOCX documents of held-out round 19 into tests/data/heldout/.

Round 19: a flyer as PDF (centred lines in large type, few full sentences, a tear-off
line); and a Word memo made from a template whose fields (dnr, date, handläggare, title)
stand in content controls around whole paragraphs and inside them. The generated files
are committed; this script shows how they were made. Run it with the project's
environment: `.venv/bin/python tests/data/make_heldout19.py`.
"""

import datetime

import docx
from docx.oxml import parse_xml
from fpdf import FPDF
from make_heldout8 import FONTS, HERE

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def norrkoping_flyer(path):
    """A flyer: centred lines in large type, a box with times, a line to tear off."""
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(False)
    pdf.set_title("Flyer sommarlov Hageby 2025")
    pdf.set_author("Norrköpings kommun")
    pdf.set_creation_date(datetime.datetime(2025, 5, 12, 10, 0))
    pdf.add_page()
    lines = [
        ("B", 30, "SOMMARLOV I HAGEBY"),
        ("B", 20, "Gratis aktiviteter för dig som är 8–15 år"),
        ("", 14, "Vecka 26–31, måndag till fredag 10–15"),
        ("", 14, "Samling vid Hageby fritidsgård"),
        ("", 12, "Fotboll · Bad · Utflykter · Pyssel · Lunch ingår"),
    ]
    y = 35
    for style, size, text in lines:
        pdf.set_font("DejaVu", style, size)
        pdf.set_xy(15, y)
        pdf.multi_cell(180, size * 0.55, text, align="C")
        y = pdf.get_y() + 8
    pdf.set_font("DejaVu", "", 12)
    pdf.set_xy(30, y + 4)
    pdf.multi_cell(
        150,
        6,
        "Anmälan görs senast den 2 juni till fritidsgården eller på norrkoping.se/sommarlov. "
        "Det finns 120 platser och först till kvarn gäller.",
        align="C",
    )
    pdf.set_xy(30, pdf.get_y() + 10)
    pdf.multi_cell(
        150,
        6,
        "Aktiviteterna ordnas av Norrköpings kommun tillsammans med IK Sleipner och "
        "Hyresgästföreningen.",
        align="C",
    )
    pdf.set_font("DejaVu", "", 9)
    pdf.set_xy(15, 262)
    pdf.cell(
        180,
        5,
        "- - - - - - - - - - - - - - - - klipp här - - - - - - - - - - - - - - - -",
        align="C",
    )
    pdf.set_xy(15, 270)
    pdf.cell(
        180,
        5,
        "Namn: ____________________   Ålder: _____   Telefon till vårdnadshavare: ____________",
        align="C",
    )
    pdf.output(str(path))


def _content_control(tag: str, inner: str) -> str:
    return (
        f'<w:sdt xmlns:w="{W}"><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/>'
        f"</w:sdtPr><w:sdtContent>{inner}</w:sdtContent></w:sdt>"
    )


def _paragraph(text: str, style: str = "") -> str:
    style_xml = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f'<w:p xmlns:w="{W}">{style_xml}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def jonkoping_memo(path):
    """A Word memo from a template: fields in content controls around whole paragraphs
    (block-level) and around runs inside a paragraph (inline)."""
    document = docx.Document()
    props = document.core_properties
    props.title, props.author = "Tjänsteskrivelse", "jkpg\\anls02"
    props.created = datetime.datetime(2023, 1, 10, 8, 0)  # the template's
    body = document.element.body
    sect = body[-1]  # the section properties stay last

    def add(xml: str) -> None:
        sect.addprevious(parse_xml(xml))

    add(_paragraph("Jönköpings kommun"))
    add(_paragraph("Socialförvaltningen"))
    add(_content_control("Diarienummer", _paragraph("Dnr SN 2024/0318")))
    add(
        f'<w:p xmlns:w="{W}"><w:r><w:t xml:space="preserve">Datum: </w:t></w:r>'
        + _content_control(
            "Datum", '<w:r><w:t xml:space="preserve">2024-08-26</w:t></w:r>'
        ).replace(f' xmlns:w="{W}"', "", 1)
        + "</w:p>"
    )
    add(_content_control("Handläggare", _paragraph("Handläggare: Lena Holm, enhetschef")))
    add(
        _content_control(
            "Rubrik",
            _paragraph("Förlängning av trygghetsvärdar i Råslätt", "Heading1"),
        )
    )
    add(_paragraph("Förslag till beslut", "Heading2"))
    add(
        _content_control(
            "Beslutsförslag",
            _paragraph(
                "Socialnämnden beslutar att förlänga uppdraget med trygghetsvärdar i Råslätt "
                "till och med den 31 december 2025, med en kostnad på 2,4 miljoner kronor."
            ),
        )
    )
    add(_paragraph("Sammanfattning", "Heading2"))
    add(
        _content_control(
            "Sammanfattning",
            _paragraph(
                "Sedan mars 2023 arbetar sex trygghetsvärdar i Råslätt kvällar och helger. "
                "I den senaste trygghetsmätningen svarade 58 procent av de boende att de "
                "känner sig trygga utomhus på kvällen, jämfört med 44 procent 2022."
            )
            + _paragraph(
                "Trygghetsvärdarna är anställda av Vätterhem, som står för en tredjedel av "
                "kostnaden. Resten betalas av socialnämnden."
            ),
        )
    )
    document.save(path)


if __name__ == "__main__":
    norrkoping_flyer(HERE / "159_flyer_sommarlov_hageby_2025.pdf")
    jonkoping_memo(HERE / "160_TJS_SN_2024-0318.docx")
