"""Writes the PDF and DOCX documents of held-out round 23 into tests/data/heldout/.

Round 23: a newsletter as PDF set in three columns under a masthead; and a Word application
whose municipality, board, reference number and date stand only in the page header (as
Word templates put them), with a username as author and no title. The generated files are
committed; this script shows how they were made. Run it with the project's environment:
`.venv/bin/python tests/data/make_heldout23.py`.
"""

import datetime

import docx
from make_heldout8 import HERE, ReportPdf


def avesta_newsletter(path):
    """A one-page newsletter in three columns under a masthead."""
    doc = ReportPdf("", 1)
    doc.pdf.set_title("Krylbonytt nr 4 2024")
    doc.pdf.set_author("Avesta kommun")
    doc.pdf.set_creation_date(datetime.datetime(2024, 11, 18, 14, 0))
    doc.pdf.add_page()
    doc.pdf.set_font("DejaVu", "B", 24)
    doc.pdf.set_xy(15, 15)
    doc.pdf.cell(180, 12, "Krylbonytt")
    doc.pdf.set_font("DejaVu", "", 9)
    doc.pdf.set_xy(15, 28)
    doc.pdf.cell(
        180, 5, "Nyhetsbrev från Avesta kommun till dig som bor i Krylbo · Nr 4 · November 2024"
    )
    columns = [
        [
            ("Ny fritidsgård på Kyrkbacken", True),
            (
                "Fritidsgården Kyrkbacken öppnar den 9 december i den gamla skolmatsalen. "
                "Gården håller öppet tisdag till fredag klockan 17–21 och riktar sig till unga "
                "mellan 13 och 17 år. Fyra fritidsledare är anställda.",
                False,
            ),
            ("Läxhjälp i biblioteket", True),
            (
                "Varje måndag och onsdag finns läxhjälp i Krylbo bibliotek. Hjälpen ges av "
                "studenter från Högskolan Dalarna och är gratis.",
                False,
            ),
        ],
        [
            ("Pengar till Krylbo", True),
            (
                "Avesta kommun har fått 1,2 miljoner kronor från Delegationen mot segregation "
                "för att utveckla Krylbo under 2025 och 2026. Pengarna ska användas till "
                "arbete med föräldrar och till att fler unga ska få sommarjobb.",
                False,
            ),
            ("Trygghetsvandring", True),
            (
                "Den 14 oktober gick 22 boende, polisen och bostadsbolaget Avestahem en "
                "trygghetsvandring i Krylbo. Belysningen vid gångtunneln ska bytas före jul.",
                False,
            ),
        ],
        [
            ("Kontakt", True),
            (
                "Områdesutvecklare för Krylbo är Sanna Ek. Du når henne på telefon "
                "0226-64 51 20 eller på träffpunkten på Kyrkbacken.",
                False,
            ),
            ("Nästa nummer", True),
            ("Nästa nummer av Krylbonytt kommer i februari 2025.", False),
        ],
    ]
    for k, column in enumerate(columns):
        x = 15 + k * 62
        doc.pdf.set_xy(x, 42)
        for text, heading in column:
            doc.pdf.set_x(x)
            doc.pdf.set_font("DejaVu", "B" if heading else "", 12 if heading else 9)
            doc.pdf.multi_cell(56, 6 if heading else 4.5, text, align="L")
            doc.pdf.ln(2)
    doc.save(path)


def osthammar_application(path):
    """A Word application whose details stand only in the page header."""
    document = docx.Document()
    props = document.core_properties
    props.title, props.author = "", "oha1207"
    props.created = datetime.datetime(2024, 3, 11, 8, 0)
    header = document.sections[0].header
    header.paragraphs[0].text = "Östhammars kommun\tSocialnämnden"
    header.add_paragraph("Dnr SN 2024/311\t2024-03-08")
    document.add_paragraph("Ansökan om medel för sociala insatser i Gimo", style="Title")
    document.add_heading("Sökande", 1)
    document.add_paragraph(
        "Socialnämnden ansöker om 540 000 kronor ur kommunstyrelsens fond för social "
        "hållbarhet för att starta en familjecentral i Gimo."
    )
    document.add_heading("Syfte", 1)
    document.add_paragraph(
        "Syftet är att ge föräldrar med små barn i Gimo stöd tidigt och på ett ställe, och att "
        "minska skillnaderna i barns hälsa mellan Gimo och resten av kommunen."
    )
    document.add_heading("Tidsplan", 1)
    document.add_paragraph(
        "Familjecentralen ska öppna i augusti 2024 och drivs som ett projekt till och med "
        "juni 2026. Därefter ska verksamheten ingå i ordinarie budget."
    )
    document.add_heading("Samverkan", 1)
    document.add_paragraph(
        "Familjecentralen drivs tillsammans med Region Uppsala, som står för barnmorska och "
        "barnavårdscentral."
    )
    document.save(path)


if __name__ == "__main__":
    avesta_newsletter(HERE / "179_Krylbonytt_nr4_2024.pdf")
    osthammar_application(HERE / "180_Ansokan_familjecentral_Gimo.docx")
