"""Writes the PDF and DOCX documents of held-out round 18 into tests/data/heldout/.

Round 18: a Word evaluation whose sources and some figures stand in real Word footnotes
(footnotes.xml, a superscript reference in the text); and a budget follow-up as PDF whose
table has no rules at all, its columns only aligned (as many reports set figures). The
generated files are committed; this script shows how they were made. Run it with the
project's environment: `.venv/bin/python tests/data/make_heldout18.py`.
"""

import datetime
import re
import shutil
import tempfile
import zipfile

import docx
from make_heldout8 import HERE, ReportPdf

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FOOTNOTE_MARK = "[[fn{}]]"


def _add_footnotes(path, notes: list[str]) -> None:
    """Turns each "[[fnN]]" in the saved document into a footnote reference to notes[N-1],
    with the footnotes part, its relationship and its content type, as Word writes them."""
    tmp = tempfile.mkdtemp()
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    document = parts["word/document.xml"].decode("utf-8")
    reference = (
        '</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        '<w:footnoteReference w:id="{}"/></w:r><w:r><w:t xml:space="preserve">'
    )
    for number in range(1, len(notes) + 1):
        document = document.replace(FOOTNOTE_MARK.format(number), reference.format(number))
    parts["word/document.xml"] = document.encode("utf-8")
    separators = (
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        "</w:footnote>"
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
        "<w:continuationSeparator/></w:r></w:p></w:footnote>"
    )
    bodies = "".join(
        f'<w:footnote w:id="{n}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/>'
        f'</w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {text}</w:t></w:r>'
        f"</w:p></w:footnote>"
        for n, text in enumerate(notes, start=1)
    )
    parts["word/footnotes.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:footnotes xmlns:w="{W}">{separators}{bodies}</w:footnotes>'
    ).encode()
    rels = parts["word/_rels/document.xml.rels"].decode("utf-8")
    rels = rels.replace(
        "</Relationships>",
        '<Relationship Id="rIdFootnotes" Type="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
        "</Relationships>",
    )
    parts["word/_rels/document.xml.rels"] = rels.encode("utf-8")
    types = parts["[Content_Types].xml"].decode("utf-8")
    types = re.sub(
        "</Types>",
        '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.'
        'openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>',
        types,
    )
    parts["[Content_Types].xml"] = types.encode("utf-8")
    out = f"{tmp}/out.docx"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)
    shutil.move(out, path)


def motala_evaluation(path):
    """A Word evaluation with its sources and two figures in footnotes."""
    document = docx.Document()
    props = document.core_properties
    props.title, props.author = "Utvärdering läxhjälp Råssnäs", "Motala kommun"
    props.created = datetime.datetime(2024, 12, 9, 14, 0)
    document.add_heading("Utvärdering av läxhjälpen i Råssnäs 2024", 1)
    document.add_paragraph(
        "Läxhjälpen i Råssnäs startade i januari 2023 som en del av kommunens arbete mot "
        "segregation. Den hålls i Råssnässkolans bibliotek tisdagar och torsdagar 15–17 och "
        f"leds av studenter från Linköpings universitet.{FOOTNOTE_MARK.format(1)}"
    )
    document.add_heading("Deltagande", 2)
    document.add_paragraph(
        "Under vårterminen 2024 kom i genomsnitt 34 elever per tillfälle, jämfört med 21 "
        f"under hösten 2023.{FOOTNOTE_MARK.format(2)} Ungefär två tredjedelar av deltagarna "
        "går i årskurs 7–9."
    )
    document.add_heading("Resultat", 2)
    document.add_paragraph(
        "Andelen elever i årskurs 9 på Råssnässkolan som blev behöriga till gymnasiet ökade "
        f"från 68 procent 2023 till 74 procent 2024.{FOOTNOTE_MARK.format(3)} Det går inte "
        "att säga hur stor del av ökningen som beror på läxhjälpen."
    )
    document.add_heading("Kostnader och fortsättning", 2)
    document.add_paragraph(
        "Läxhjälpen kostade 420 000 kronor 2024, främst arvoden till studenterna. "
        "Utvärderingen föreslår att läxhjälpen permanentas och utökas med en dag i veckan "
        "från hösten 2025."
    )
    document.add_paragraph("Utvärderingen är gjord av utredare Karin Sjögren.")
    document.save(path)
    _add_footnotes(
        path,
        [
            "Avtalet med Linköpings universitet gäller till och med juni 2026.",
            "Närvarolistor från läxhjälpen. Flest deltagare hade läxhjälpen i mars 2024, "
            "med 51 elever vid ett tillfälle.",
            "Källa: Skolverket, behörighet till yrkesprogram.",
        ],
    )


def sundsvall_follow_up(path):
    """A budget follow-up whose table has no rules: figures in aligned columns only."""
    doc = ReportPdf("Sundsvalls kommun – Uppföljning områdesarbetet Skönsberg", 2)
    doc.pdf.set_title("Delårsuppföljning Skönsberg sep 2024")
    doc.pdf.set_author("Sundsvalls kommun")
    doc.pdf.set_creation_date(datetime.datetime(2024, 10, 14, 9, 0))
    doc.page()
    doc.heading("Delårsuppföljning av områdesarbetet i Skönsberg, januari–september 2024")
    doc.paragraph(
        "Områdesarbetet i Skönsberg finansieras av kommunen och bostadsbolaget Mitthem. "
        "Tabellen visar budget, utfall till och med september och prognos för helåret, i "
        "tusen kronor."
    )
    columns = [20, 95, 125, 160]
    rows = [
        ("Insats", "Budget 2024", "Utfall jan–sep", "Prognos helår"),
        ("Fältassistenter", "1 200", "870", "1 180"),
        ("Läxhjälp", "450", "390", "460"),
        ("Sommarlovsaktiviteter", "600", "640", "640"),
        ("Trygghetsvandringar", "80", "35", "60"),
        ("Summa", "2 330", "1 935", "2 340"),
    ]
    y = doc.pdf.get_y() + 2
    for r, row in enumerate(rows):
        doc.pdf.set_font("DejaVu", "B" if r in (0, len(rows) - 1) else "", 9)
        for x, value in zip(columns, row, strict=True):
            doc.pdf.set_xy(x, y)
            doc.pdf.cell(30, 6, value)
        y += 6.5
    doc.pdf.set_xy(20, y + 4)
    doc.paragraph(
        "Prognosen visar ett underskott på 10 tkr för helåret. Sommarlovsaktiviteterna blev "
        "dyrare än beräknat eftersom fler barn deltog, 310 jämfört med 240 sommaren 2023."
    )
    doc.paragraph(
        "Trygghetsvandringarna blir billigare än budgeterat, eftersom två av fyra planerade "
        "vandringar genomfördes tillsammans med polisen, som stod för kostnaden."
    )
    doc.heading("Kontakt", 12)
    doc.paragraph("Områdessamordnare Ahmed Rashid, telefon 060-19 10 00.")
    doc.save(path)


if __name__ == "__main__":
    motala_evaluation(HERE / "154_Utvardering_laxhjalp_Rassnas_2024.docx")
    sundsvall_follow_up(HERE / "155_delarsuppfoljning_skonsberg_sep2024.pdf")
