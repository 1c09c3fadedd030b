"""Writes the PDF and DOCX documents of held-out round 26 into tests/data/heldout/.

Round 26: an interim report in Word whose results stand in a numbered list (Word's own
numbering, so the numbers are not in the text) and a table of shares; and a two-page PDF
situation report with a footnote at the foot of a page and a figure given as a range. The
generated files are committed; this script shows how they were made. Run it with the
project's environment: `.venv/bin/python tests/data/make_heldout26.py`.
"""

import datetime

import docx
from make_heldout8 import HERE, ReportPdf


def hallstahammar_report(path):
    """A Word interim report with a numbered list and a table of shares."""
    document = docx.Document()
    props = document.core_properties
    props.title, props.author = (
        "Delårsrapport områdesarbete Kolbäck jan–jun 2024",
        "Hallstahammars kommun",
    )
    props.created = datetime.datetime(2024, 8, 26, 13, 0)
    document.add_heading("Delårsrapport för områdesarbetet i Kolbäck, januari–juni 2024", 0)
    document.add_paragraph(
        "Rapporten redovisar vad som gjorts i Kolbäck under första halvåret 2024 och hur "
        "arbetet ligger till mot målen för året."
    )
    document.add_heading("Resultat under halvåret", 1)
    for item in (
        "Läxhjälpen i Kolbäcksskolan har haft i genomsnitt 28 elever per vecka.",
        "Fältassistenterna har haft kontakt med 140 unga, varav 35 har fått stöd vidare.",
        "Föreningen Kolbäcks BK har startat en tjejgrupp i fotboll med 22 deltagare.",
    ):
        document.add_paragraph(item, style="List Number")
    document.add_heading("Mål och utfall", 1)
    rows = [
        ("Mål", "Utfall jan–jun", "Mål helår"),
        ("Andel elever med godkänt i alla ämnen, åk 9", "76 %", "80 %"),
        ("Andel unga i en förening", "41 %", "50 %"),
    ]
    table = document.add_table(rows=len(rows), cols=3)
    table.style = "Table Grid"
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    document.add_heading("Ekonomi", 1)
    document.add_paragraph(
        "Av årets budget på 1,2 miljoner kronor har 540 000 kronor använts under halvåret."
    )
    document.save(path)


def kumla_report(path):
    """A two-page PDF situation report with a footnote and a range."""
    doc = ReportPdf("Kumla kommun | Lägesbild Älvesta 2024", 2)
    doc.pdf.set_title("Lägesbild Älvesta 2024")
    doc.pdf.set_author("Kumla kommun")
    doc.pdf.set_creation_date(datetime.datetime(2024, 10, 7, 11, 0))
    doc.page()
    doc.heading("Lägesbild för Älvesta 2024", 16)
    doc.paragraph(
        "Älvesta har omkring 2 400 invånare. Mellan 30 och 35 procent av de vuxna saknar "
        "arbete, vilket är dubbelt så många som i kommunen som helhet.¹"
    )
    doc.heading("Trygghet", 12)
    doc.paragraph(
        "Antalet anmälda skadegörelsebrott har minskat från 96 till 61 mellan 2022 och 2024. "
        "Boende uppger ändå att de känner sig otrygga vid busshållplatsen på Älvestavägen."
    )
    doc.pdf.set_xy(20, 265)
    doc.pdf.set_font("DejaVu", size=7)
    doc.pdf.multi_cell(170, 4, "¹ Källa: Arbetsförmedlingen och SCB, 2023.")
    doc.page()
    doc.heading("Prioriteringar 2025", 12)
    doc.paragraph(
        "Kommunen prioriterar tre områden 2025: vuxnas väg till arbete, belysning och "
        "trygghet i utemiljön samt fler aktiviteter för unga på helger."
    )
    doc.paragraph("Lägesbilden har tagits fram av kommunens folkhälsostrateg Petra Lund.")
    doc.save(path)


if __name__ == "__main__":
    hallstahammar_report(HERE / "194_Delarsrapport_Kolback_2024.docx")
    kumla_report(HERE / "195_lagesbild_alvesta_2024.pdf")
