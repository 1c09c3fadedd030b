"""Writes the PDF and DOCX documents of held-out round 13 into tests/data/heldout/.

Round 13: a Word area plan whose key figures stand in a floating text box (saved the way
Word saves it: a drawing shape with a VML copy as fallback) and whose budget table has a
header cell merged across two year columns and one merged down two rows; and a PDF survey
report whose lines are hyphenated at the right margin ("svars-" / "frekvens", and "gång-"
/ "och cykelvägarna", where the hyphen belongs to the text) and whose ruled table runs on
to the next page under a repeated header row. The generated files are committed; this
script shows how they were made. Run it with the project's environment:
`.venv/bin/python tests/data/make_heldout13.py`.
"""

import datetime

import docx
from docx.oxml import parse_xml
from make_heldout8 import HERE, ReportPdf

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NAMESPACES = (
    f'xmlns:w="{W}" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def _text_box_run(lines: list[str]) -> str:
    """A run holding a floating text box as Word writes it: the shape, and a VML copy of
    the same text for older readers."""
    content = "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in lines)
    return (
        f'<w:r {NAMESPACES}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="2" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>3600000</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="2300000" cy="1300000"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapSquare wrapText="bothSides"/><wp:docPr id="1" name="Textruta 1"/>'
        "<a:graphic><a:graphicData "
        'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        '<a:ext cx="2300000" cy="1300000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/>'
        "</a:prstGeom></wps:spPr>"
        f"<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx>"
        "<wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>"
        "</mc:Choice><mc:Fallback><w:pict>"
        '<v:shape id="Textruta1" style="width:181pt;height:102pt" type="#_x0000_t202">'
        f"<v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox></v:shape>"
        "</w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )


def linkoping_plan(path):
    document = docx.Document()
    props = document.core_properties
    props.title, props.author = "Områdesplan", "lin40877"
    props.created = datetime.datetime(2025, 2, 10, 9, 30)
    document.add_paragraph("Områdesplan för Skäggetorp 2025–2026", style="Title")
    document.add_paragraph("Linköpings kommun, Kultur- och fritidsförvaltningen")
    document.add_paragraph("Bakgrund", style="Heading 1")
    anchor = document.add_paragraph()
    anchor._p.append(
        parse_xml(
            _text_box_run(
                [
                    "Fakta om Skäggetorp",
                    "Cirka 9 400 personer bor i Skäggetorp.",
                    "31 procent av invånarna är under 20 år.",
                    "Förvärvsfrekvensen bland 20–64-åringar är 52 procent.",
                ]
            )
        )
    )
    anchor.add_run(
        "Skäggetorp är ett av Linköpings mest segregerade bostadsområden. Områdesplanen "
        "beskriver hur kommunen, Stångåstaden och civilsamhället ska arbeta tillsammans "
        "under 2025 och 2026."
    )
    document.add_paragraph("Insatser", style="Heading 1")
    for item in [
        "Läxhjälp i Skäggetorps bibliotek tre kvällar i veckan.",
        "Sommarjobb för 120 ungdomar i samarbete med Stångåstaden.",
        "Föräldrastöd på arabiska och somaliska i familjecentralen.",
    ]:
        document.add_paragraph(item, style="List Bullet")
    document.add_paragraph("Budget", style="Heading 1")
    document.add_paragraph("Tabellen visar kommunens budget för insatserna i tusentals kronor.")
    rows = [
        ("Insats", "Budget (tkr)", ""),
        ("", "2025", "2026"),
        ("Läxhjälp", "450", "450"),
        ("Sommarjobb", "1 800", "2 000"),
        ("Föräldrastöd", "300", "350"),
        ("Totalt", "2 550", "2 800"),
    ]
    table = document.add_table(rows=len(rows), cols=3)
    table.style = "Table Grid"
    for cells, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(cells.cells, values, strict=True):
            cell.text = value
    table.cell(0, 1).merge(table.cell(0, 2))
    table.cell(0, 0).merge(table.cell(1, 0))
    document.add_paragraph("Kontakt", style="Heading 1")
    document.add_paragraph("Områdesutvecklare: Sara Berglund, sara.berglund@linkoping.se")
    document.save(str(path))


class HyphenatedPdf(ReportPdf):
    """A report whose paragraphs are set line by line, broken where the typesetter broke
    them, hyphens included."""

    def lines(self, lines: list[str], size: int = 10) -> None:
        self.pdf.set_font("DejaVu", size=size)
        for line in lines:
            self.pdf.set_x(20)
            self.pdf.cell(170, 5.5, line)
            self.pdf.ln(5.5)
        self.pdf.ln(3)

    def table_rows(self, rows: list[list[str]], widths: list[int], header: bool) -> None:
        for r, row in enumerate(rows):
            self.pdf.set_x(20)
            self.pdf.set_font("DejaVu", "B" if header and r == 0 else "", 9)
            for value, width in zip(row, widths, strict=True):
                self.pdf.cell(width, 7, value, border=1)
            self.pdf.ln(7)
        self.pdf.ln(3)


def halmstad_survey(path):
    doc = HyphenatedPdf("Halmstads kommun – Trygghetsmätning Andersberg 2024", 3)
    doc.pdf.set_title("Trygghetsmätning Andersberg 2024")
    doc.pdf.set_author("Halmstads kommun")
    doc.pdf.set_creation_date(datetime.datetime(2024, 11, 5, 10, 0))
    doc.page()
    doc.heading("Trygghetsmätning i Andersberg 2024", 16)
    doc.lines(
        [
            "Halmstads kommun och Polisen genomför vartannat år en trygghetsmätning i",
            "Andersberg. Enkäten skickades i september 2024 till 1 500 slumpvis utvalda",
            "invånare och besvarades av 642 personer, vilket ger en svars-",
            "frekvens på 43 procent.",
        ]
    )
    doc.lines(
        [
            "Andelen som känner sig otrygga ute sent på kvällen minskade från 38 procent",
            "2022 till 29 procent 2024. Störst är förbättringen bland kvinnor och bland",
            "boende över 65 år. Tabellen nedan visar andelen som instämmer i varje på-",
            "stående.",
        ]
    )
    doc.heading("Resultat per fråga", 12)
    header = ["Påstående", "2022", "2024"]
    widths = [110, 25, 25]
    first = [
        ["Otrygg ute sent på kvällen", "38 %", "29 %"],
        ["Avstått från aktivitet på grund av otrygghet", "24 %", "19 %"],
        ["Oroad för bostadsinbrott", "31 %", "30 %"],
        ["Utsatt för skadegörelse det senaste året", "12 %", "9 %"],
        ["Nedskräpning är ett problem", "61 %", "48 %"],
        ["Ungdomsgäng som bråkar är ett problem", "35 %", "26 %"],
    ]
    doc.table_rows([header, *first], widths, header=True)
    doc.page()
    second = [
        ["Dålig belysning är ett problem", "44 %", "27 %"],
        ["Narkotikaförsäljning syns öppet", "22 %", "15 %"],
        ["Förtroende för polisen", "58 %", "63 %"],
        ["Förtroende för kommunen", "49 %", "52 %"],
    ]
    doc.table_rows([header, *second], widths, header=True)
    doc.lines(["Källa: Trygghetsmätning Andersberg 2022 och 2024."], size=8)
    doc.page()
    doc.heading("Åtgärder", 12)
    doc.lines(
        [
            "Efter mätningen 2022 byttes belysningen längs gång-",
            "och cykelvägarna till LED, vilket kostade 1,1 miljoner kronor. Kommunen pla-",
            "nerar nu fler trygghetsvandringar tillsammans med HFAB och Polisen.",
        ]
    )
    doc.heading("Kontakt", 12)
    doc.lines(["Kontaktperson: Ahmed Nour, trygghetssamordnare, Halmstads kommun."])
    doc.save(path)


if __name__ == "__main__":
    linkoping_plan(HERE / "130_Omradesplan_Skaggetorp_2025-2026.docx")
    halmstad_survey(HERE / "131_trygghetsmatning-andersberg-2024.pdf")
