"""Writes the PDF document of held-out round 16 into tests/data/heldout/.

Round 16: a PDF leaflet whose page has a narrow fact column at the right margin beside
the body text (a layout from a desktop publishing program). The generated file is
committed; this script shows how it was made. Run it with the project's environment:
`.venv/bin/python tests/data/make_heldout16.py`.
"""

import datetime

from make_heldout8 import HERE, ReportPdf


def trelleborg_leaflet(path):
    doc = ReportPdf("Trelleborgs kommun – Mötesplats Västra Port", 1)
    doc.pdf.set_title("Mötesplats Västra Port")
    doc.pdf.set_author("Trelleborgs kommun")
    doc.pdf.set_creation_date(datetime.datetime(2024, 8, 19, 11, 0))
    doc.page()
    doc.pdf.set_xy(20, 25)
    doc.pdf.set_font("DejaVu", "B", 16)
    doc.pdf.multi_cell(120, 8, "Mötesplats Västra Port öppnar i september")
    doc.pdf.ln(2)
    body = [
        "Den 2 september 2024 öppnar Mötesplats Västra Port i det gamla bibliotekets lokaler. "
        "Mötesplatsen ska vara en plats där boende i Västra Port kan få stöd, träffas och "
        "delta i kurser.",
        "Mötesplatsen drivs av Trelleborgs kommun tillsammans med Trelleborgshem och "
        "Studieförbundet Vuxenskolan. Kommunen har avsatt 1,6 miljoner kronor per år för "
        "verksamheten under 2024–2026.",
        "Varje vecka erbjuds läxhjälp, språkcafé och rådgivning om ekonomi. En gång i "
        "månaden kommer Försäkringskassan och Arbetsförmedlingen på besök.",
    ]
    for text in body:
        doc.pdf.set_x(20)
        doc.pdf.set_font("DejaVu", size=10)
        doc.pdf.multi_cell(120, 5.5, text)
        doc.pdf.ln(3)
    # The fact column at the right margin, beside the body text.
    doc.pdf.set_draw_color(120, 120, 120)
    doc.pdf.rect(148, 40, 46, 70)
    doc.pdf.set_xy(150, 42)
    doc.pdf.set_font("DejaVu", "B", 9)
    doc.pdf.multi_cell(42, 5, "Fakta")
    doc.pdf.set_font("DejaVu", size=8)
    for line in [
        "Öppettider: måndag–torsdag 10–19",
        "Adress: Algatan 12",
        "Personal: tre mötesplatsvärdar",
        "Kontakt: Mira Johansson, enhetschef",
    ]:
        doc.pdf.set_x(150)
        doc.pdf.multi_cell(42, 4.5, line)
        doc.pdf.ln(1)
    doc.save(path)


if __name__ == "__main__":
    trelleborg_leaflet(HERE / "145_motesplats_vastra_port.pdf")
