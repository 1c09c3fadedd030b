"""Writes the PDF and DOCX documents of held-out round 24 into tests/data/heldout/.

Round 24 asks questions of new kinds (a difference between years, a share of a group, who
something is for, how a cost is shared) of documents in plain forms: a Word annual report of
a family centre and a PDF survey report with a drawn table. The generated files are
committed; this script shows how they were made. Run it with the project's environment:
`.venv/bin/python tests/data/make_heldout24.py`.
"""

import datetime

import docx
from make_heldout8 import HERE, ReportPdf


def tranas_report(path):
    """A Word annual report with headings and figures in running text."""
    document = docx.Document()
    props = document.core_properties
    props.title, props.author = (
        "Verksamhetsberättelse 2024 Ekbackens familjecentral",
        "Tranås kommun",
    )
    props.created = datetime.datetime(2025, 2, 14, 10, 0)
    document.add_heading("Verksamhetsberättelse 2024 – Ekbackens familjecentral", 0)
    document.add_paragraph(
        "Ekbackens familjecentral drivs av Tranås kommun och Region Jönköpings län. Här finns "
        "öppen förskola, barnmorskemottagning, barnavårdscentral och socialtjänstens "
        "förebyggande arbete under samma tak."
    )
    document.add_heading("Besök och deltagare", 1)
    document.add_paragraph(
        "Under 2024 hade den öppna förskolan 3 450 besök, jämfört med 2 980 år 2023. "
        "Barnmorskemottagningen hade 412 inskrivna."
    )
    document.add_paragraph(
        "Familjecentralen ordnade 14 föräldragrupper med totalt 96 föräldrar. Det är fortfarande "
        "svårt att nå pappor: andelen pappor i föräldragrupperna var 18 procent."
    )
    document.add_heading("Personal och ekonomi", 1)
    document.add_paragraph(
        "Familjecentralen har 6,5 årsarbetare. Kostnaden för 2024 var 4,1 miljoner kronor, "
        "varav regionen betalade 1,9 miljoner kronor."
    )
    document.add_heading("Inför 2025", 1)
    document.add_paragraph(
        "Under 2025 startar en pappagrupp på lördagar, och den öppna förskolan får öppet även "
        "på fredagar."
    )
    document.save(path)


def falkenberg_survey(path):
    """A PDF survey report with a drawn table of two years."""
    doc = ReportPdf("Falkenbergs kommun | Trygghetsmätning Hjortsberg 2024", 2)
    doc.pdf.set_title("Trygghetsmätning Hjortsberg 2024")
    doc.pdf.set_author("Falkenbergs kommun")
    doc.pdf.set_creation_date(datetime.datetime(2024, 8, 20, 9, 0))
    doc.page()
    doc.heading("Trygghetsmätning i Hjortsberg 2024", 16)
    doc.paragraph(
        "Mätningen gjordes i maj 2024 genom en enkät som 640 boende besvarade. "
        "Svarsfrekvensen var 41 procent. Samma frågor ställdes 2022."
    )
    doc.heading("Resultat", 12)
    doc.table(
        [
            ["Fråga", "2022", "2024"],
            ["Känner sig trygg i området på kvällen (%)", "61", "68"],
            ["Har utsatts för skadegörelse (%)", "14", "9"],
            ["Undviker vissa platser (%)", "33", "27"],
        ],
        [110, 25, 25],
    )
    doc.paragraph(
        "Otryggast upplevs gångtunneln vid Hjortsbergs centrum, där belysningen är dålig och "
        "många undviker att gå efter mörkrets inbrott."
    )
    doc.page()
    doc.heading("Åtgärder", 12)
    doc.paragraph(
        "Kommunen och polisen genomför en trygghetsvandring i september 2024. Belysningen i "
        "gångtunneln byts av fastighetsägaren Falkenbergs Bostads AB under hösten."
    )
    doc.save(path)


if __name__ == "__main__":
    tranas_report(HERE / "184_Verksamhetsberattelse_2024_Ekbacken.docx")
    falkenberg_survey(HERE / "185_trygghetsmatning_hjortsberg_2024.pdf")
