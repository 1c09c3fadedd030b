"""Title, date and municipality read from a page that has no metadata of its own."""

import pytest

from assistant.documents import load_document
from assistant.metadata import (
    clean_embedded,
    email_header,
    is_person_name,
    letterhead_publisher,
    margin_publisher,
    matter_line,
    municipality_of,
    page_date,
    page_municipality,
    page_title,
    parse_date,
    sentence_case,
    split_site_name,
    stated_date,
)


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("2021-03-11 14:05", "2021-03-11"),
        ("5 juni 2024", "2024-06-05"),
        ("Publicerad 8/14/2019", "2019-08-14"),  # month first: there is no month 14
        ("5/6/2019", "2019-06-05"),  # otherwise day first, as in Swedish
        ("18-11-09", "2018-11-09"),  # a short ISO date on a line of its own
        ("Kristianstad den 14 november 2022", "2022-11-14"),
        ("Sedan 2020 finns två förskolor.", ""),
        ("2019-13-40", ""),
    ],
)
def test_dates_are_read_in_the_ways_pages_write_them(written, iso):
    assert parse_date(written) == iso


def test_the_page_date_is_the_one_near_its_top():
    lines = [
        "Meny",
        "Rubrik",
        "Uppdaterad 2 februari 2024",
        "Publicerad 3 oktober 2022",
        "Kommunen fick den 1 januari 2021 ett bidrag.",
    ]
    # Publication before update; a date inside a sentence is no page date.
    assert page_date(lines) == "2022-10-03"
    assert page_date(lines[-1:]) == ""
    assert page_date(["x"] * 20 + ["2020-01-01"]) == ""  # too far down


def test_a_category_label_over_the_headline_is_not_the_title():
    blocks = [("Lokalt", True), ("Läxhjälp ska minska klyftorna", True), ("Text.", False)]
    assert page_title(blocks) == "Läxhjälp ska minska klyftorna"
    long_first = "Svar på interpellation ställd av Bo Berg (L) till kommunstyrelsens ordförande"
    assert page_title([(long_first, False), ("Text.", False)]) == long_first
    assert page_title([("Kommunen satsar på skolan.", False)]) == ""


def test_the_municipality_is_the_one_the_page_names_as_such_most_often():
    page = (
        "Nya insatser\n\nKommunledningen beslutade om två projekt.\n\n"
        "Norrby kommun öppnar akutskola\n\nSkolorna i Norrby ska vara trygga...\n\n"
        "Norrby kommun kräver att regionen agerar"
    )
    assert page_municipality(page) == "Norrby"
    # Genitive: "Norrbergs kommun" is Norrberg's, but a vowel before the s is the name's
    # own (names ending in a vowel take no genitive s before "kommun": "Norrby kommun").
    assert page_municipality("Norrbergs kommun har en plan. Norrberg växer.") == "Norrberg"
    assert page_municipality("Borås stad bygger. Borås växer.") == "Borås"
    # Named once: an example, not the page's own.
    assert page_municipality("E-utbildning, Västbys kommun") == ""
    # A national page names municipalities in lists: none of them is its own.
    national = (
        "Västbergs kommun har en e-utbildning. I nätverket ingår Västberg, Norrby, Sydby och "
        "Östby. Västberg började 2020."
    )
    assert page_municipality(national) == ""


def test_a_saved_web_page_without_metadata_describes_itself(tmp_path):
    f = tmp_path / "105_3fa9c1d2.txt"
    f.write_text(
        "Hoppa till innehåll\nMeny\nSök\n\nStart / Kommun och politik / Social hållbarhet\n\n"
        "Inrikes\n\nPlan för Norrby centrum\n\nPublicerad 3 oktober 2022\n\n"
        "Norrby kommun har tagit fram en plan för centrum. Planen gäller till 2025.\n\n"
        "Relaterade nyheter\n\nNy fritidsgård i Norrby\n12 augusti 2022\n"
        "Norrby kommun öppnar en fritidsgård...\n",
        encoding="utf-8",
    )
    doc, blocks = load_document(f, f.name)
    assert (doc.title, doc.date, doc.municipality) == (
        "Plan för Norrby centrum",
        "2022-10-03",
        "Norrby",
    )
    # The menu, breadcrumb and teasers are no content.
    assert "Meny" not in doc.text and "Start /" not in doc.text
    assert "fritidsgård" not in doc.text
    assert doc.missing_metadata == ("utgivare",)


def test_given_metadata_wins_over_what_the_page_says(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(
        "---\ntitle: Titel\nmunicipality: Sydby\ndate: 2020-01-02\n---\n"
        "Lokalt\n\nRubrik\n\nPublicerad 3 oktober 2022\n\nNorrby kommun och Norrby kommun.\n",
        encoding="utf-8",
    )
    doc, _ = load_document(f, "a.txt")
    assert (doc.title, doc.date, doc.municipality) == ("Titel", "2020-01-02", "Sydby")


# --- what Office programs put in a file's properties by themselves ---------------------


def test_a_word_exports_file_name_and_a_user_id_are_no_title_or_publisher():
    cleaned = clean_embedded(
        {
            "title": "Microsoft Word - Handlingsplan segregation KF slutversion.docx",
            "publisher": "ume40213",
            "date": "2025-01-09",
        }
    )
    assert cleaned == {"date": "2025-01-09"}
    assert clean_embedded({"title": "Plan mot segregation", "publisher": "Norrby kommun"}) == {
        "title": "Plan mot segregation",
        "publisher": "Norrby kommun",
    }


def test_a_person_in_the_author_property_is_the_author_not_the_publisher():
    assert clean_embedded({"publisher": "Anna Berg"}) == {"author": "Anna Berg"}
    assert is_person_name("Per-Olof Abrahamsson")
    assert not is_person_name("Borås Stad")
    assert not is_person_name("Bostaden AB")


def test_a_web_pages_title_is_its_headline_and_the_sites_name():
    assert split_site_name("Ny mötesplats öppnar - Norrby kommun", "Ny mötesplats öppnar") == (
        "Ny mötesplats öppnar",
        "Norrby kommun",
    )
    assert split_site_name("Ny mötesplats öppnar", "Ny mötesplats öppnar") == (
        "Ny mötesplats öppnar",
        "",
    )
    assert split_site_name("Norrbys plan - en sammanfattning", "Inledning") == (
        "Norrbys plan - en sammanfattning",
        "",
    )


def test_the_date_a_document_states_and_the_issuer_in_its_letterhead():
    assert stated_date(["Tjänsteskrivelse", "Datum: 2025-02-03", "Dnr 2025/12"]) == "2025-02-03"
    assert stated_date(["Uppdaterad 2025-02-04", "Rubrik"]) == ""  # an update is no date of it
    assert stated_date(["Plan", "Antagen av kommunfullmäktige 2024-12-16, § 215"]) == "2024-12-16"
    assert margin_publisher(["Sida 2 av 4", "Umeå kommun | Handlingsplan 2025–2027"]) == (
        "Umeå kommun"
    )
    assert margin_publisher(["Borås Stad Tjänsteskrivelse"]) == "Borås Stad"
    # A scanned page's header in capitals.
    assert margin_publisher(["HÄSSLEHOLMS KOMMUN   SAMMANTRÄDESPROTOKOLL   Sida 1 (2)"]) == (
        "Hässleholms kommun"
    )
    assert margin_publisher(["Handlingsplan 2025–2027"]) == ""


def test_a_municipality_written_with_stad_and_listed_with_one_other_name():
    text = "Borås Stad har ett program. Insatsen görs med AB Bostäder i Borås och Polisen."
    assert page_municipality(text) == "Borås"


def test_a_letterhead_before_the_first_marked_heading_is_no_title():
    blocks = [
        ("Tjänsteskrivelse", False),
        ("Datum: 2025-02-03", False),
        ("Ansökan om statsbidrag för Norrby", True),
        ("Förslag till beslut", True),
        ("Kommunstyrelsen beslutar att ansöka.", False),
    ]
    assert page_title(blocks, explicit_headings=True) == "Ansökan om statsbidrag för Norrby"
    assert page_title(blocks) == "Tjänsteskrivelse"  # plain text marks no headings


def test_a_protocols_letterhead_and_reference_line_are_no_title():
    blocks = [
        ("LANDSKRONA STADS KOMMUNFULLMÄKTIGE SAMMANTRÄDESPROTOKOLL", True),
        ("Sammanträdesdatum den 25 september 2023", True),
        ("§ 142 Dnr KS 2023/0331", False),
        ("Svar på motion", True),
        ("Ärendebeskrivning", True),
        ("Karin Holm (V) har föreslagit feriejobb.", False),
    ]
    assert page_title(blocks) == "Svar på motion"


def test_a_memos_fields_stand_before_its_headline_in_capitals():
    blocks = [
        ("NORRBY KOMMUN TJÄNSTESKRIVELSE", True),
        ("Dnr KS 2024/0456", True),
        ("Handläggare: Petra Sjöberg, utvecklingsledare", False),
        ("STÖD TILL FÖRENINGSDRIVEN FRITIDSGÅRD I ÖSTRA NORRBY", True),
        ("FÖRSLAG TILL BESLUT", True),
        ("Kommunstyrelsen föreslås bevilja 380 000 kronor.", False),
    ]
    assert page_title(blocks) == "STÖD TILL FÖRENINGSDRIVEN FRITIDSGÅRD I ÖSTRA NORRBY"
    # Without the headline the reference line is still no title.
    assert "Dnr" not in page_title([b for b in blocks if not b[0].startswith("STÖD")])
    text = "Sedan fritidsgården i Östra Norrby stängdes saknar unga en mötesplats."
    assert sentence_case("STÖD TILL FRITIDSGÅRD I ÖSTRA NORRBY", text) == (
        "Stöd till fritidsgård i Östra Norrby"
    )
    assert sentence_case("Stöd till Norrby", text) == "Stöd till Norrby"


def test_a_letterhead_or_a_publisher_names_the_municipality():
    assert letterhead_publisher(["LANDSKRONA STAD", "Kommunfullmäktige"]) == "Landskrona stad"
    assert letterhead_publisher(["Umeå kommun", "Plan"]) == "Umeå kommun"
    assert letterhead_publisher(["Kommunfullmäktige", "Protokoll"]) == ""
    assert letterhead_publisher(["NORRBY KOMMUN TJÄNSTESKRIVELSE"]) == "Norrby kommun"
    assert letterhead_publisher(["Rubrik", "Norrby stad · Senast uppdaterad 12 mars"]) == (
        "Norrby stad"
    )
    # A sentence opening with the municipality is no letterhead.
    assert letterhead_publisher(["Norrby kommun har fått 3 miljoner kronor."]) == ""
    assert municipality_of("Nyköpings kommun") == "Nyköping"
    assert municipality_of("Länsstyrelsen Östergötland") == ""
    assert page_municipality("LANDSKRONA STAD\nProtokoll\nFeriejobb i Landskrona.") == "Landskrona"


def test_an_email_header_names_subject_sender_and_date_or_nothing():
    header = [
        "From: Anna Berg <anna.berg@norrby.se>",
        "Sent: 14 March 2024 16:02",
        "To: Per Lund",
        "Subject: RE: FW: Läxhjälp",
    ]
    assert email_header(header) == {"title": "Läxhjälp", "author": "Anna Berg"}
    assert email_header(["Från: Norrby kommun", "Datum: 2024-03-14", "Ämne: Läxhjälp"]) == {
        "title": "Läxhjälp",
        "date": "2024-03-14",
    }
    # Two fields are no header: a text may open with "Datum: …" and "Från: …".
    assert email_header(["Från: Anna Berg", "Datum: 2024-03-14", "Text"]) == {}


def test_a_memos_matter_line():
    assert matter_line(["Beslutsunderlag", "Ärende: Sommarlov i Östra Norrby 2024; Dnr: 12"]) == (
        "Sommarlov i Östra Norrby 2024"
    )
    assert matter_line(["Beslutsunderlag", "Text om ärendet."]) == ""


def test_a_headline_ending_with_a_date_is_a_title_but_a_date_line_is_not():
    from assistant.metadata import page_title

    blocks = [("Protokoll styrgrupp Holma 2024-05-02", True), ("Lägesrapport", True)]
    assert page_title(blocks, explicit_headings=True) == "Protokoll styrgrupp Holma 2024-05-02"
    blocks = [("Sammanträdesdatum 2023-09-25", True), ("Medel till läxhjälp i Norrby", True)]
    assert page_title(blocks, explicit_headings=True) == "Medel till läxhjälp i Norrby"
