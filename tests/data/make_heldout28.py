"""Writes the PDF and DOCX documents of held-out round 28 into tests/data/heldout/.

Round 28: a Word extract from the minutes of a board meeting, its headings set in bold by
hand, its decision a row of "att" clauses, with a reservation and a list of where the
decision is sent; and a PDF labour-market report whose key figures stand on lines of
leader dots ("Inskrivna arbetslösa, totalt ........ 1 180"). The generated files are
committed; this script shows how they were made. Run it with the project's environment:
`.venv/bin/python tests/data/make_heldout28.py`.
"""

import datetime

import docx
from make_heldout8 import HERE, ReportPdf


def falkoping_extract(path):
    """A Word extract of minutes: bold paragraphs for headings, "att" clauses, a reservation."""
    document = docx.Document()
    props = document.core_properties
    props.title, props.author = "Protokollsutdrag", "Kommunstyrelsen"
    props.created = datetime.datetime(2024, 10, 22, 8, 45)

    def bold(text):
        document.add_paragraph().add_run(text).bold = True

    document.add_paragraph("Falköpings kommun\tPROTOKOLLSUTDRAG")
    document.add_paragraph("Kommunstyrelsen\tSammanträdesdatum 2024-10-21")
    bold("§ 112\tDnr KS 2024/0388")
    bold("Ansökan om medel för trygghetsvärdar i Ranten")
    bold("Beslut")
    document.add_paragraph("Kommunstyrelsen beslutar")
    for clause in (
        "att bevilja 650 000 kronor ur kommunstyrelsens utvecklingsmedel för trygghetsvärdar "
        "i Ranten under 2025,",
        "att trygghetsvärdarna ska anställas av bostadsbolaget Falköpings Hyresbostäder,",
        "att arbetet ska redovisas för kommunstyrelsen senast den 31 januari 2026.",
    ):
        document.add_paragraph(clause)
    bold("Reservation")
    document.add_paragraph(
        "Sverigedemokraterna reserverar sig mot beslutet till förmån för eget yrkande om "
        "kameraövervakning vid Rantens centrum."
    )
    bold("Ärendebeskrivning")
    document.add_paragraph(
        "Boende i Ranten har i kommunens trygghetsmätning 2024 angett att de känner sig "
        "otrygga kvällstid. Trygghetsvärdarna ska arbeta fyra kvällar i veckan, torsdag till "
        "söndag, och samarbeta med fältassistenterna."
    )
    bold("Beslutsunderlag")
    document.add_paragraph("Tjänsteskrivelse 2024-09-30")
    bold("Expedieras till")
    document.add_paragraph("Falköpings Hyresbostäder")
    document.add_paragraph("Kommunledningsförvaltningen")
    document.save(path)


def varnamo_report(path):
    """A two-page PDF report: key figures on lines of leader dots, then text."""
    doc = ReportPdf("Värnamo kommun | Arbetsmarknadsläget 2024", 2)
    doc.pdf.set_title("Arbetsmarknadsläget i Värnamo 2024")
    doc.pdf.set_author("Värnamo kommun")
    doc.pdf.set_creation_date(datetime.datetime(2025, 2, 10, 14, 0))
    doc.page()
    doc.heading("Arbetsmarknadsläget i Värnamo 2024", 16)
    doc.paragraph(
        "Rapporten beskriver arbetslösheten i kommunen i december 2024 och vad kommunen gör "
        "för att fler ska komma i arbete."
    )
    doc.heading("Nyckeltal december 2024", 12)
    for label, value in (
        ("Inskrivna arbetslösa, totalt", "1 180"),
        ("varav utrikes födda", "640"),
        ("varav unga 18–24 år", "150"),
        ("Andel av befolkningen 16–64 år", "5,9 %"),
    ):
        doc.pdf.set_font("DejaVu", size=10)
        doc.pdf.set_x(20)
        doc.pdf.cell(130, 6, f"{label} " + "." * (60 - len(label)))
        doc.pdf.cell(30, 6, value, align="R")
        doc.pdf.ln(6)
    doc.page()
    doc.heading("Insatser", 12)
    doc.paragraph(
        "Arbetslösheten bland utrikes födda är fyra gånger så hög som bland inrikes födda. "
        "Jobbtorg Värnamo tog emot 420 deltagare under 2024, och 38 procent av dem gick "
        "vidare till arbete eller studier."
    )
    doc.paragraph(
        "Hösten 2025 startar kommunen ett yrkesspår inom lager och logistik tillsammans med "
        "företag i Värnamo."
    )
    doc.save(path)


if __name__ == "__main__":
    falkoping_extract(HERE / "204_Protokollsutdrag_KS_2024-10-21_112.docx")
    varnamo_report(HERE / "205_arbetsmarknadslaget_varnamo_2024.pdf")
