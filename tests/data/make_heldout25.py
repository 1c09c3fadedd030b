"""Writes the PDF and DOCX documents of held-out round 25 into tests/data/heldout/.

Round 25: a budget as PDF whose table gives thousands of kronor ("tkr") for two years and a
total row; and a Word motion with a demand ("att …"), a party's letter after its author's
name and a signature with place and date. The generated files are committed; this script
shows how they were made. Run it with the project's environment:
`.venv/bin/python tests/data/make_heldout25.py`.
"""

import datetime

import docx
from make_heldout8 import HERE, ReportPdf


def enkoping_budget(path):
    """A budget report with a table in tkr and a total row."""
    doc = ReportPdf("Enköpings kommun – Budget 2025 – Områdesarbete Romberga", 1)
    doc.pdf.set_title("Budget 2025 Områdesarbete Romberga")
    doc.pdf.set_author("Enköpings kommun")
    doc.pdf.set_creation_date(datetime.datetime(2024, 11, 27, 15, 0))
    doc.page()
    doc.heading("Budget 2025 för områdesarbetet i Romberga", 16)
    doc.paragraph(
        "Budgeten för områdesarbetet i Romberga ökar med 180 000 kronor till 2025. Ökningen "
        "går till fältassistenterna, som utökas från tre till fyra tjänster."
    )
    doc.heading("Budget per insats", 12)
    doc.table(
        [
            ["Insats", "Budget 2024 (tkr)", "Budget 2025 (tkr)"],
            ["Fältassistenter", "1 400", "1 550"],
            ["Läxhjälp", "320", "350"],
            ["Öppen förskola", "610", "610"],
            ["Summa", "2 330", "2 510"],
        ],
        [70, 45, 45],
    )
    doc.paragraph("Budgeten beslutas av kommunstyrelsen den 10 december 2024.")
    doc.save(path)


def kungsbacka_motion(path):
    """A Word motion with a demand and a signature."""
    document = docx.Document()
    props = document.core_properties
    props.title, props.author = "Motion om fritidsbank i Kolla", "Anna Svensson"
    props.created = datetime.datetime(2024, 3, 4, 19, 0)
    document.add_heading("Motion om en fritidsbank i Kolla", 0)
    document.add_paragraph(
        "I Kolla bor många barnfamiljer med små marginaler. Enligt kommunens statistik deltar "
        "bara 38 procent av barnen i Kolla i en förening, jämfört med 64 procent i hela "
        "kommunen. Utrustning kostar, och en fritidsbank där man lånar sport- och "
        "fritidsutrustning gratis skulle sänka tröskeln."
    )
    document.add_paragraph("Med anledning av detta yrkar jag")
    document.add_paragraph(
        "att kommunfullmäktige ger kultur- och fritidsnämnden i uppdrag att utreda en "
        "fritidsbank i Kolla, och"
    )
    document.add_paragraph(
        "att utredningen redovisas för kommunfullmäktige senast i december 2024."
    )
    document.add_paragraph("Kungsbacka den 4 mars 2024")
    document.add_paragraph("Anna Svensson (C)")
    document.save(path)


if __name__ == "__main__":
    enkoping_budget(HERE / "189_budget_2025_romberga.pdf")
    kungsbacka_motion(HERE / "190_Motion_fritidsbank_Kolla.docx")
