"""Writes the PDF and DOCX documents of held-out round 10 into tests/data/heldout/.

Round 10: a motion in Word (a user id for author, the Title style, a bulleted list of
proposals, a signature) and a two-column PDF newsletter with a framed table. The
generated files are committed; this script shows how they were made. Run it with the
project's environment: `.venv/bin/python tests/data/make_heldout10.py`.
"""

import datetime

import docx
from make_heldout8 import HERE, ReportPdf


def motion(path):
    document = docx.Document()
    props = document.core_properties
    props.title, props.author = "", "lenbe01"
    props.created = datetime.datetime(2024, 3, 12, 9, 15)
    document.add_paragraph("Motion om en fritidsbank i Gullänget", style="Title")
    document.add_paragraph(
        "Gullänget är en av de stadsdelar i Örnsköldsvik där flest barn lever i familjer med "
        "låga inkomster. Enligt kommunens välfärdsbokslut 2023 lever 22 procent av barnen i "
        "Gullänget i ekonomiskt utsatta hushåll, jämfört med 8 procent i hela kommunen."
    )
    document.add_paragraph(
        "En fritidsbank lånar ut sport- och fritidsutrustning gratis, på samma sätt som ett "
        "bibliotek lånar ut böcker. I dag finns över 100 fritidsbanker i Sverige."
    )
    document.add_paragraph(
        "En fritidsbank i Gullänget beräknas kosta 350 000 kronor per år, främst för en "
        "halvtidstjänst och lokalhyra. Verksamheten kan drivas tillsammans med en förening."
    )
    document.add_paragraph("Jag föreslår därför kommunfullmäktige")
    document.add_paragraph(
        "att kommunen inrättar en fritidsbank i Gullänget under 2025", style="List Bullet"
    )
    document.add_paragraph("att verksamheten utvärderas efter två år", style="List Bullet")
    document.add_paragraph("Örnsköldsvik den 12 mars 2024")
    document.add_paragraph("Lena Berglund (C)")
    document.save(str(path))


def newsletter(path):
    """Two columns written one after the other, then a framed table across the page."""
    doc = ReportPdf("Nyhetsbrev Jordbro · nr 2 · 2023", 1)
    doc.pdf.set_title("Nyhetsbrev Jordbro 2 2023")
    doc.pdf.set_author("Haninge kommun")
    doc.pdf.set_creation_date(datetime.datetime(2023, 9, 15, 11, 0))
    doc.page()
    doc.heading("Nyhetsbrev för Jordbro – hösten 2023", 20)
    top = doc.pdf.get_y() + 4

    def column(x, blocks):
        doc.pdf.set_xy(x, top)
        for heading, text in blocks:
            doc.pdf.set_x(x)
            doc.pdf.set_font("DejaVu", "B", 12)
            doc.pdf.multi_cell(80, 7, heading)
            doc.pdf.set_x(x)
            doc.pdf.set_font("DejaVu", size=10)
            doc.pdf.multi_cell(80, 5.5, text, align="L")
            doc.pdf.ln(4)
        return doc.pdf.get_y()

    left = column(
        20,
        [
            (
                "Ny simskola för vuxna",
                "I oktober startar Haninge kommun en simskola för vuxna i Jordbro simhall. "
                "Kursen är gratis och riktar sig till dem som aldrig lärt sig simma. "
                "40 platser finns.",
            ),
            (
                "Läxhjälp på Jordbro bibliotek",
                "Läxhjälpen är öppen tisdagar och torsdagar klockan 15–17. Den drivs av Röda "
                "korset.",
            ),
        ],
    )
    right = column(
        110,
        [
            (
                "Trygghetsmätningen 2023",
                "I årets trygghetsmätning svarade 68 procent av de boende i Jordbro att de "
                "känner sig trygga i sitt bostadsområde. År 2021 var andelen 59 procent.",
            ),
            (
                "Kontakt",
                "Frågor om nyhetsbrevet besvaras av Jordbro medborgarkontor, telefon 08-606 70 00.",
            ),
        ],
    )
    doc.pdf.set_y(max(left, right) + 6)
    doc.heading("Återkommande aktiviteter", 12)
    rows = [
        ["Aktivitet", "Dag", "Tid"],
        ["Öppen förskola", "Måndag", "9–12"],
        ["Språkcafé", "Onsdag", "17–19"],
    ]
    doc.table(rows, [70, 50, 40])
    doc.save(path)


if __name__ == "__main__":
    motion(HERE / "116_motion_fritidsbank.docx")
    newsletter(HERE / "118_nyhetsbrev_jordbro_2-2023.pdf")
