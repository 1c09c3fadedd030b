"""Writes the PDF, DOCX and Windows-1252 text documents of held-out round 27 into
tests/data/heldout/.

Round 27: a three-page PDF plan whose table of measures runs over a page break (its header
row printed again on the next page) and whose goals are bullets that wrap; a Word
memorandum that opens with a table of contents as Word leaves it (entry, tab, page number),
numbers its headings by hand and carries a reviewer's comment; and a consultation response
saved as Windows-1252 text with CRLF line ends and points numbered "1)". The generated
files are committed; this script shows how they were made. Run it with the project's
environment: `.venv/bin/python tests/data/make_heldout27.py`.
"""

import datetime

import docx
from make_heldout8 import HERE, ReportPdf


def ornskoldsvik_plan(path):
    """A three-page PDF plan: wrapped bullets and a table of measures over a page break."""
    doc = ReportPdf("Örnsköldsviks kommun | Verksamhetsplan Gullänget 2025", 3)
    doc.pdf.set_title("Verksamhetsplan för områdesarbetet i Gullänget 2025")
    doc.pdf.set_author("Örnsköldsviks kommun")
    doc.pdf.set_creation_date(datetime.datetime(2024, 12, 12, 9, 30))
    doc.page(cover=True)
    doc.heading("Verksamhetsplan för områdesarbetet i Gullänget 2025", 18)
    doc.paragraph(
        "Planen beskriver vad kommunen, bostadsbolaget och föreningarna ska göra i Gullänget "
        "under 2025. Den har tagits fram av områdesgruppen och antogs av socialnämnden den "
        "10 december 2024."
    )
    doc.heading("Mål för 2025", 12)
    for goal in (
        "Fler elever i Gullängsskolan ska klara kunskapskraven i svenska och matematik, "
        "genom läxhjälp och samarbete med föräldrarna.",
        "Unga i Gullänget ska ha en meningsfull fritid även på kvällar och helger, så att "
        "färre dras in i kriminalitet.",
        "Boende ska känna sig trygga på gångstråken och i centrum, också när det är mörkt.",
    ):
        doc.pdf.set_font("DejaVu", size=10)
        doc.pdf.set_x(20)
        doc.pdf.cell(5, 5.5, "•")
        doc.pdf.set_x(25)
        doc.pdf.multi_cell(165, 5.5, goal)
        doc.pdf.ln(2)
    doc.page()
    doc.heading("Åtgärder och kostnader", 12)
    doc.paragraph(
        "Tabellen visar årets åtgärder, vem som ansvarar för dem, vad de kostar och när de "
        "ska vara genomförda."
    )
    header = ["Åtgärd", "Ansvarig", "Kostnad (tkr)", "Klart"]
    widths = [78, 42, 26, 24]
    rows = [
        ["Läxhjälp tre kvällar i veckan", "Barn och utbildning", "420", "aug 2025"],
        ["Längre öppettider på fritidsgården", "Kultur och fritid", "310", "mars 2025"],
        ["Trygghetsvandringar varje termin", "Säkerhetsenheten", "40", "löpande"],
    ]
    doc.table([header, *rows], widths)
    doc.page()
    doc.table(
        [
            header,
            ["Språkcafé för föräldrar", "Vuxenutbildningen", "95", "sep 2025"],
            ["Belysning på gångstråket till centrum", "Tekniska kontoret", "1 150", "nov 2025"],
            ["Summa", "", "2 015", ""],
        ],
        widths,
    )
    doc.heading("Uppföljning", 12)
    doc.paragraph(
        "Områdesgruppen följer upp planen i juni och i december. Resultaten redovisas för "
        "socialnämnden i februari 2026."
    )
    doc.save(path)


def oskarshamn_memo(path):
    """A Word memorandum with a table of contents left as text, headings numbered by hand,
    the reference number in the page header and a reviewer's comment."""
    document = docx.Document()
    props = document.core_properties
    props.title, props.author = "Tjänsteskrivelse", "Anna-Karin Lövgren"
    props.created = datetime.datetime(2024, 11, 5, 10, 15)
    header = document.sections[0].header.paragraphs[0]
    header.text = "Oskarshamns kommun\tTjänsteskrivelse\tDnr KS 2024/612"
    document.add_heading("Medel ur den sociala investeringsfonden till Familjelots Kristineberg", 0)
    document.add_paragraph("Innehåll")
    for entry, page in (("1 Sammanfattning", 1), ("2 Bakgrund", 1), ("3 Förslag", 2)):
        document.add_paragraph(f"{entry}\t{page}")
    document.add_heading("1 Sammanfattning", 1)
    summary = document.add_paragraph(
        "Kommunledningskontoret föreslår att kommunstyrelsen beviljar 2,4 mnkr ur den "
        "sociala investeringsfonden till projektet Familjelots Kristineberg under "
        "2025–2027."
    )
    document.add_comment(
        summary.runs, text="Stämmer beloppet med ansökan?", author="Per Ek", initials="PE"
    )
    document.add_heading("2 Bakgrund", 1)
    document.add_paragraph(
        "I Kristineberg går färre barn i förskola än i övriga Oskarshamn, och många "
        "föräldrar som är nya i Sverige känner inte till vilket stöd som finns."
    )
    document.add_heading("3 Förslag", 1)
    document.add_paragraph(
        "Familjelotsen vänder sig till familjer med barn i åldern 0–6 år i Kristineberg. "
        "Två familjelotsar ska hjälpa familjerna att hitta till förskola, barnhälsovård och "
        "föreningsliv. Målet är att nå 60 familjer varje år."
    )
    document.add_paragraph(
        "Projektet pågår i tre år. Linnéuniversitetet följer och utvärderar arbetet, och en "
        "slutrapport lämnas till kommunstyrelsen i mars 2028."
    )
    document.save(path)


SODERHAMN_RESPONSE = """Söderhamns kommun
Kommunstyrelsen
2024-09-18
Dnr KS 2024/455

Remissvar: Regional strategi mot segregation i Gävleborg 2025–2030

Söderhamns kommun har getts möjlighet att lämna synpunkter på Region Gävleborgs förslag
till regional strategi mot segregation. Kommunen ställer sig i huvudsak bakom förslaget
men har följande synpunkter.

1) Mål och uppföljning
Kommunen anser att strategin behöver färre och tydligare mål. Förslaget innehåller 14
mål, vilket gör uppföljningen svår för mindre kommuner.

2) Finansiering
Kommunen saknar en beskrivning av hur arbetet ska finansieras. Söderhamn föreslår att
regionen avsätter minst 5 miljoner kronor per år till ett gemensamt utvecklingsstöd för
kommunerna.

3) Boende
Kommunen delar bedömningen att boendesegregationen måste minska. Söderhamns Bostäder
har redan börjat bygga om 40 hyresrätter i Långrötter till bostadsrätter.

4) Civilsamhället
Strategin bör lyfta fram föreningslivets roll, till exempel läxhjälpen som Röda Korset
driver i Långrötter sedan 2021.

För kommunstyrelsen

Anna Berg
Kommunstyrelsens ordförande

Lars Nyström
Kommundirektör
"""


def soderhamn_response(path):
    """A consultation response saved by an older editor: Windows-1252, CRLF line ends."""
    path.write_bytes(SODERHAMN_RESPONSE.replace("\n", "\r\n").encode("cp1252"))


if __name__ == "__main__":
    ornskoldsvik_plan(HERE / "199_Verksamhetsplan_Gullanget_2025.pdf")
    oskarshamn_memo(HERE / "200_TJS_KS_2024-612.docx")
    soderhamn_response(HERE / "202_remissvar_regional_strategi.txt")
