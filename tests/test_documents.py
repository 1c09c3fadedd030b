"""Loading, metadata and cleaning of document files."""

import pytest

from assistant.documents import DocumentError, clean_lines, decode_text, discover, load_document


def test_front_matter_gives_metadata(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(
        "---\ntitle: Titel\npublisher: Testkommun\ndate: 2020-01-02\ntype: webbsida\n---\n"
        "Rubrik\n\nEn mening om segregation.\n",
        encoding="utf-8",
    )
    doc, blocks = load_document(f, "a.txt")
    assert (doc.title, doc.publisher, doc.date, doc.doc_type) == (
        "Titel",
        "Testkommun",
        "2020-01-02",
        "webbsida",
    )
    assert "title:" not in doc.text
    assert [b.is_heading for b in blocks] == [True, False]


def test_sidecar_metadata_used_when_no_front_matter(tmp_path):
    f = tmp_path / "b.md"
    f.write_text("# Rubrik\n\nText om arbete.\n", encoding="utf-8")
    (tmp_path / "b.md.yaml").write_text(
        "title: Från sidofil\npublisher: Kommunen\n", encoding="utf-8"
    )
    doc, _ = load_document(f, "b.md")
    assert doc.title == "Från sidofil" and doc.publisher == "Kommunen"
    assert [d for d, _ in discover(tmp_path)] == ["b.md"]


def test_a_written_down_title_is_kept_whole_after_a_dash(tmp_path):
    f = tmp_path / "ansokan.txt"
    f.write_text(
        "---\ntitle: Ansökan om medel – Läxhjälp i Åby\npublisher: Berga kommun\n---\n"
        "Ansökan om medel\n\nProjektets namn: Läxhjälp i Åby\n",
        encoding="utf-8",
    )
    doc, _ = load_document(f, "ansokan.txt")
    # Not a web page's headline and site name: the part after the dash names the project.
    assert doc.title == "Ansökan om medel – Läxhjälp i Åby"
    assert doc.publisher == "Berga kommun"


def test_cleaning_removes_web_chrome_and_teasers():
    body = "\n".join(
        [
            "Artikelrubrik",
            "Foto: Någon Fotograf.",
            "Annons",
            "Kommunen får 600\u00a0000 kronor.",
            "Var informationen till din hjälp?",
            "Det här ska bort.",
        ]
    )
    texts = [t for t, _ in clean_lines(body)]
    assert texts == ["Kommunen får 600 000 kronor."]


def test_teaser_list_of_other_news_is_dropped():
    body = "Rubrik\n\nEn riktig mening.\n\nAnnan nyhet\n\n9 juni 2024\nSteg för steg har något hänt...\n"
    assert [t for t, _ in clean_lines(body)] == ["Rubrik", "En riktig mening."]


def test_sentence_broken_over_paragraphs_is_joined():
    body = "Arbetet görs med kartläggning för\n\natt insatserna ska bli bättre."
    assert [t for t, _ in clean_lines(body)] == [
        "Arbetet görs med kartläggning för att insatserna ska bli bättre."
    ]


def test_a_line_that_is_only_a_name_is_a_byline_not_a_heading():
    body = "Kommunen får pengar\n\nKommunen får 600 000 kronor.\n\nAnna Berg\n\nAnnons"
    assert clean_lines(body) == [
        ("Kommunen får pengar", True),
        ("Kommunen får 600 000 kronor.", False),
        ("Anna Berg", False),
    ]


def test_a_closing_signature_is_the_author_when_the_metadata_names_none(tmp_path):
    path = tmp_path / "svar.txt"
    path.write_text(
        "Svar på interpellation\n\nKommunen har anställt sex fältassistenter.\n\n"
        "Anders Franzén (M)\n\nKommunstyrelsens ordförande\n",
        encoding="utf-8",
    )
    document, _ = load_document(path, "svar.txt")
    assert document.author == "Anders Franzén (M)"


@pytest.mark.parametrize(
    "raw, problem", [(b"", "tom"), (b"   \n", "tom"), (b"\x00\x01\x02abc", "binär")]
)
def test_bad_bytes_are_named(raw, problem):
    with pytest.raises(DocumentError, match=problem):
        decode_text(raw, "fil.txt")


def test_windows_1252_text_keeps_swedish_letters():
    assert decode_text("Åsa äter gröt".encode("cp1252"), "x.txt") == "Åsa äter gröt"


def test_unsupported_type_is_refused(tmp_path):
    f = tmp_path / "bild.png"
    f.write_bytes(b"\x89PNG")
    with pytest.raises(DocumentError, match="stöds inte"):
        load_document(f, "bild.png")


def test_a_signature_with_a_role_is_one_paragraph(tmp_path):
    f = tmp_path / "svar.txt"
    f.write_text(
        "Svar på motion om trygghet\n\nKommunen har fyra trygghetsvärdar.\n\n"
        "Norrby den 14 november 2022\n\nPeter Berg (M)\nKommunstyrelsens ordförande\n",
        encoding="utf-8",
    )
    doc, blocks = load_document(f, "svar.txt")
    # The role is said of the name (not a heading over nothing), and the name is the author.
    assert blocks[-1].text == "Peter Berg (M), Kommunstyrelsens ordförande"
    assert not blocks[-1].is_heading
    assert doc.author == "Peter Berg (M)"
    # The place and date line is a date, not a heading.
    assert not any(b.is_heading and "november" in b.text for b in blocks)


def test_a_publication_line_with_a_time_is_page_furniture():
    lines = clean_lines("Rubrik\n\nPublicerad 2021-03-11 14:05\n\nText om läxhjälp.")
    assert [t for t, _ in lines] == ["Rubrik", "Text om läxhjälp."]


def test_text_copied_from_a_pdf_keeps_its_paragraphs_whole(tmp_path):
    path = tmp_path / "protokoll.txt"
    path.write_text(
        "Ärendebeskrivning\n"
        "Karin Holm har föreslagit att staden ska erbjuda feriejobb till alla 16-\n"
        "åringar som söker. I dag erbjuds feriejobb främst till ungdomar som bor i\n"
        "Centrum och Väster.\n\n"
        "Norrby stad                 Sammanträdesprotokoll 2023-09-25           Sida 4 (9)\n\n"
        "Kommunstyrelsen föreslår att motionen avslås, eftersom feriejobben bör gå till de ung-\n"
        "domar som har svårast att få ett första jobb.\n\n"
        "Justerandes sign                     Utdragsbestyrkande\n",
        encoding="utf-8",
    )
    _, blocks = load_document(path, "protokoll.txt")
    assert [b.text for b in blocks] == [
        "Ärendebeskrivning",
        "Karin Holm har föreslagit att staden ska erbjuda feriejobb till alla 16-åringar som "
        "söker. I dag erbjuds feriejobb främst till ungdomar som bor i Centrum och Väster.",
        "Kommunstyrelsen föreslår att motionen avslås, eftersom feriejobben bör gå till de "
        "ungdomar som har svårast att få ett första jobb.",
    ]


MEMO = """NORRBY KOMMUN                                   TJÄNSTESKRIVELSE
Kommunledningskontoret                          2024-05-21
                                                Dnr KS 2024/0456

Handläggare
Petra Sjöberg
Utvecklingsledare

STÖD TILL FÖRENINGSDRIVEN FRITIDSGÅRD I ÖSTRA NORRBY

Bakgrund
--------
Sedan fritidsgården i Östra Norrby stängdes saknar unga i området en
mötesplats. Efter mätningen byttes belysningen längs de större gång-
och cykelvägarna till LED.

----

Förslag
=======
Kommunstyrelsen föreslås bevilja 380 000 kronor.
"""


def test_a_typed_memo_its_letterhead_fields_underlined_headings_and_title(tmp_path):
    path = tmp_path / "tjansteskrivelse.txt"
    path.write_text(MEMO, encoding="utf-8")
    document, blocks = load_document(path, path.name)
    texts = [(b.text, b.is_heading) for b in blocks]
    # A label over its value is one field; an underlined line is a heading, the rule after
    # a blank line nothing; a hyphen before "och" belongs to the text.
    assert ("Handläggare: Petra Sjöberg, Utvecklingsledare", False) in texts
    assert texts[-4:] == [
        ("Bakgrund", True),
        (
            "Sedan fritidsgården i Östra Norrby stängdes saknar unga i området en mötesplats. "
            "Efter mätningen byttes belysningen längs de större gång- och cykelvägarna till LED.",
            False,
        ),
        ("Förslag", True),
        ("Kommunstyrelsen föreslås bevilja 380 000 kronor.", False),
    ]
    assert "----" not in document.text
    # The headline in capitals is the title, as a sentence writes it; the letterhead in
    # capitals names the issuer.
    assert (document.title, document.publisher) == (
        "Stöd till föreningsdriven fritidsgård i Östra Norrby",
        "Norrby kommun",
    )


def test_markdown_underlined_headings_are_headings(tmp_path):
    path = tmp_path / "omrade.md"
    path.write_text(
        "Områdesutveckling Norrby\n========================\n\nNorrby har 3 200 invånare.\n\n"
        "Kontakt\n-------\nJonas Lindqvist\n",
        encoding="utf-8",
    )
    _, blocks = load_document(path, path.name)
    assert [(b.text, b.is_heading) for b in blocks] == [
        ("Områdesutveckling Norrby", True),
        ("Norrby har 3 200 invånare.", False),
        ("Kontakt", True),
        ("Jonas Lindqvist", False),
    ]


def test_a_spreadsheet_export_and_html_in_markdown_are_read_as_tables(tmp_path):
    export = tmp_path / "export.txt"
    export.write_text(
        "Norrby kommun - Fritidsaktiviteter 2024\n"
        "Område;Aktivitet;Deltagare;Kostnad (kr)\n"
        "Lombolo;Fritidsgård;420;610 000\n"
        'Centrum;"Idrott; öppen hall";210;150 000\n\n'
        "Två rader; inte tre; ingen tabell\nEn rad; till; här\n",
        encoding="utf-8",
    )
    document, blocks = load_document(export, export.name)
    assert [b.text for b in blocks][1:3] == [
        "Område: Lombolo; Aktivitet: Fritidsgård; Deltagare: 420; Kostnad (kr): 610 000",
        "Område: Centrum; Aktivitet: Idrott; öppen hall; Deltagare: 210; Kostnad (kr): 150 000",
    ]
    assert "Två rader; inte tre; ingen tabell" in document.text
    assert document.publisher == "Norrby kommun"
    # Rows as the readers write them are no export to be read again.
    rows = tmp_path / "rader.txt"
    rows.write_text(
        "Stadsdel: Ängby; Totalt: 62; År: 2023\nStadsdel: Söderby; Totalt: 73; År: 2023\n"
        "Stadsdel: Västerby; Totalt: 85; År: 2023\n",
        encoding="utf-8",
    )
    assert load_document(rows, rows.name)[0].text.startswith("Stadsdel: Ängby; Totalt: 62")
    page = tmp_path / "vandring.md"
    page.write_text(
        "# Trygghetsvandring\n\nPublicerad: 2024-10-08 | Norrby kommun\n\n"
        "<table>\n<tr><th>Plats</th><th>Åtgärd</th></tr>\n"
        "<tr><td>Gångtunneln</td><td>Ny belysning</td></tr>\n</table>\n\n"
        "<details>\n<summary>Vad är en trygghetsvandring?</summary>\n"
        "En promenad genom området.\n</details>\n\n"
        "Klart senast<br>31 mars 2025.\n",
        encoding="utf-8",
    )
    document, blocks = load_document(page, page.name)
    assert [(b.text, b.is_heading) for b in blocks][1:] == [
        ("Plats: Gångtunneln; Åtgärd: Ny belysning", False),
        ("Vad är en trygghetsvandring?", True),
        ("En promenad genom området.", False),
        ("Klart senast 31 mars 2025.", False),
    ]
    assert document.publisher == "Norrby kommun"


def test_an_interview_written_out_and_a_byline_with_a_comma(tmp_path):
    path = tmp_path / "intervju.txt"
    path.write_text(
        "Norrby kommun, nyhetsbrev oktober 2024\n\n"
        "Sara Holm är områdespolis i Torpa.\n\n"
        "Fråga: Vad oroar dig mest?\nSvar: Narkotikan. Yngre barn rekryteras.\n",
        encoding="utf-8",
    )
    document, blocks = load_document(path, path.name)
    assert [(b.text, b.is_heading) for b in blocks][-2:] == [
        ("Vad oroar dig mest?", True),
        ("Narkotikan. Yngre barn rekryteras.", False),
    ]
    assert document.publisher == "Norrby kommun"
    page = tmp_path / "satsning.md"
    page.write_text(
        "# Satsning i Strömbacka\n\n**Utgivare:** Norrby kommun\n\n"
        "> **Obs!** Anmälan öppnar den 1 mars 2025.\n",
        encoding="utf-8",
    )
    document, blocks = load_document(page, page.name)
    assert document.publisher == "Norrby kommun"
    assert blocks[-1].text == "Obs! Anmälan öppnar den 1 mars 2025."


def test_markdown_footnotes_are_read_where_they_are_referred_to_and_quotes_lose_their_mark(
    tmp_path,
):
    page = tmp_path / "lofte.md"
    page.write_text(
        "# Medborgarlöfte för Norrby\n\n"
        "- Norrbyhem anställer en trygghetsvärd på heltid.[^2]\n\n"
        "[^2]: Tjänsten kostar cirka 550 000 kronor per år.\n",
        encoding="utf-8",
    )
    _, blocks = load_document(page, page.name)
    assert [b.text for b in blocks] == [
        "Medborgarlöfte för Norrby",
        "- Norrbyhem anställer en trygghetsvärd på heltid. Tjänsten kostar cirka 550 000 "
        "kronor per år.",
    ]
    mail = tmp_path / "svar.txt"
    mail.write_text(
        "Hej Lena,\n\nVi kan bekräfta bidraget.\n\nDen 3 maj 2024 skrev Lena:\n"
        "> Vi undrar om kommunen kan bidra med 150 000 kronor till fotbollsskolan i Norrby\n"
        "> i sommar.\n",
        encoding="utf-8",
    )
    _, blocks = load_document(mail, mail.name)
    assert blocks[-1].text == (
        "Vi undrar om kommunen kan bidra med 150 000 kronor till fotbollsskolan i Norrby i sommar."
    )


MAIL = """Från: Anna Berg <anna.berg@norrby.se>
Skickat: den 14 mars 2024 16:02
Till: Kommunstyrelsens arbetsutskott
Ämne: SV: Fältassistenter i Norrby

Hej,

Vi har fyra fältassistenter anställda.

Vänliga hälsningar
Anna Berg
Projektledare, Områdessatsning Norrby
Norrby kommun

-----Ursprungligt meddelande-----
Från: Per Lund <per.lund@norrby.se>
Skickat: den 12 mars 2024 09:40
Ämne: Fältassistenter i Norrby

Hur många fältassistenter finns det?
"""


def test_an_email_saved_as_text_is_described_by_its_header_and_signature(tmp_path):
    path = tmp_path / "SV_Faltassistenter.txt"
    path.write_text(MAIL, encoding="utf-8")
    doc, blocks = load_document(path, path.name)
    assert (doc.title, doc.author, doc.date, doc.publisher, doc.municipality) == (
        "Fältassistenter i Norrby",
        "Anna Berg",
        "2024-03-14",
        "Norrby kommun",
        "Norrby",
    )
    # The header's fields are text, not headings; the signature is one paragraph, its
    # greeting dropped, so the role is said of the name.
    assert not any(b.is_heading for b in blocks)
    assert "Anna Berg, Projektledare, Områdessatsning Norrby, Norrby kommun" in [
        b.text for b in blocks
    ]
    assert "Vänliga hälsningar" not in doc.text


def test_tables_in_text_are_read_row_by_row(tmp_path):
    wiki = tmp_path / "wiki.md"
    wiki.write_text(
        "# Insatser\n\n| Insats | Kostnad (kr) |\n|---|---|\n| Nattvandring | 60 000 |\n"
        "| Läxhjälp | 90 000 |\n",
        encoding="utf-8",
    )
    _, blocks = load_document(wiki, wiki.name)
    assert [b.text for b in blocks] == [
        "Insatser",
        "Insats: Nattvandring; Kostnad (kr): 60 000",
        "Insats: Läxhjälp; Kostnad (kr): 90 000",
    ]
    sheet = tmp_path / "statistik.txt"
    sheet.write_text(
        "Förvärvsfrekvens 2023\n\nTabellen visar andelen i procent.\n\n"
        "Stadsdel        Kvinnor    Män\n--------------  ---------  ----\n"
        "Norrby             58       66\n"
        "Söderby            71       75\n\nNorrby stad            Protokoll\n"
        "Kommunstyrelsen        2023-09-25\n",
        encoding="utf-8",
    )
    _, blocks = load_document(sheet, sheet.name)
    texts = [(b.text, b.is_heading) for b in blocks]
    assert ("Stadsdel: Norrby; Kvinnor: 58; Män: 66", False) in texts
    assert ("Stadsdel: Söderby; Kvinnor: 71; Män: 75", False) in texts
    # The rule under the header is no row.
    assert not any("---" in t for t, _ in texts)
    # Two lines with wide gaps (a letterhead) are no table.
    assert not any("Protokoll" in t and ":" in t for t, _ in texts)


def test_a_memo_titled_by_its_kind_takes_its_matter_and_a_fuller_headline_wins():
    from assistant.documents import completes

    assert completes(
        "Budgetuppföljning för områdesarbetet i Odenslund 2024",
        "Budgetuppföljning områdesarbete 2024",
    )
    assert not completes("Nyhetsbrev för Jordbro – hösten 2023", "Nyhetsbrev Jordbro 2 2023")
    assert not completes("Plan för Norrby", "Plan för Norrby")


def test_markdown_closed_headings_lose_their_closing_hashes(tmp_path):
    page = tmp_path / "begrepp.md"
    page.write_text("# Begrepp i Norrby ##\n\nText om Norrby.\n\n## Siffror ##\n\nMer text.\n")
    _, blocks = load_document(page, page.name)
    assert [b.text for b in blocks if b.is_heading] == ["Begrepp i Norrby", "Siffror"]


def test_comma_exports_are_tables_and_markdown_links_read_as_their_text(tmp_path):
    export = tmp_path / "lov.txt"
    export.write_text(
        'Omrade,Aktivitet,Deltagare\nSund,Fotbollsskola,85\nSund,"Dans, musik",36\n'
        "Hallsta,Utflykter,54\n\nSätra, Ängen och Nordby deltog, med flera.\n",
        encoding="utf-8",
    )
    _, blocks = load_document(export, export.name)
    texts = [b.text for b in blocks]
    assert "Omrade: Sund; Aktivitet: Dans, musik; Deltagare: 36" in texts
    assert "Sätra, Ängen och Nordby deltog, med flera." in texts  # prose is no export
    page = tmp_path / "nyhetsbrev.md"
    page.write_text(
        "# Nyhetsbrev\n\n![Bild: Barn på planen](bild.jpg)\n\n"
        "Kontakta [Föreningen Nattvandrarna](https://example.org/n) eller Jonas Persson.\n",
        encoding="utf-8",
    )
    _, blocks = load_document(page, page.name)
    assert "Kontakta Föreningen Nattvandrarna eller Jonas Persson." in [b.text for b in blocks]
    assert not any("](" in b.text for b in blocks)


def test_a_grid_table_is_read_with_its_wrapped_cells_joined(tmp_path):
    plan = tmp_path / "plan.md"
    plan.write_text(
        "# Plan för Norrby\n\n## Åtgärder\n\n"
        "+-----------------+------------------+-------------+\n"
        "| Åtgärd          | Ansvarig         | Budget (kr) |\n"
        "+=================+==================+=============+\n"
        "| Ny belysning    | Tekniska         | 450 000     |\n"
        "| vid planen      | förvaltningen    |             |\n"
        "+-----------------+------------------+-------------+\n"
        "| Feriejobb för   | Arbetsmarknads-  | 620 000     |\n"
        "| 30 ungdomar     | enheten          |             |\n"
        "+-----------------+------------------+-------------+\n\n"
        "Planen följs upp varje kvartal.\n",
        encoding="utf-8",
    )
    _, blocks = load_document(plan, plan.name)
    assert [b.text for b in blocks][2:] == [
        "Åtgärd: Ny belysning vid planen; Ansvarig: Tekniska förvaltningen; Budget (kr): 450 000",
        "Åtgärd: Feriejobb för 30 ungdomar; Ansvarig: Arbetsmarknadsenheten; Budget (kr): 620 000",
        "Planen följs upp varje kvartal.",
    ]


def test_a_markdown_line_under_a_line_of_text_goes_on_with_its_paragraph(tmp_path):
    page = tmp_path / "uppdateringar.md"
    page.write_text(
        "# Uppdateringar\n\n## 2024-03-05\n\nDialogen är avslutad. 412 personer svarade.\n"
        "Flest önskade fler sittplatser.\n\n**Budget:** 4,5 miljoner kronor.\n"
        "**Projektledare:** Anna Berg\n- Första punkten\n- Andra punkten\n",
        encoding="utf-8",
    )
    _, blocks = load_document(page, page.name)
    assert [b.text for b in blocks][2:] == [
        "Dialogen är avslutad. 412 personer svarade. Flest önskade fler sittplatser.",
        "Budget: 4,5 miljoner kronor.",  # fact lines stay one per line
        "Projektledare: Anna Berg",
        "- Första punkten",
        "- Andra punkten",
    ]


def test_a_numbered_item_starts_a_line_of_its_own(tmp_path):
    page = tmp_path / "dagordning.md"
    page.write_text(
        "# Dagordning\n\n1. Mötets öppnande\n2. Lägesbild för SFI på öarna – Anna Berg, rektor "
        "för vuxenutbildningen\n3. Förslag om sommarlovsaktiviteter för barn på Hälsö – för "
        "beslut\n4. Rapport om läxhjälp\n",
        encoding="utf-8",
    )
    _, blocks = load_document(page, page.name)
    assert [b.text for b in blocks][1:] == [
        "1. Mötets öppnande",
        "2. Lägesbild för SFI på öarna – Anna Berg, rektor för vuxenutbildningen",
        "3. Förslag om sommarlovsaktiviteter för barn på Hälsö – för beslut",
        "4. Rapport om läxhjälp",
    ]


def test_a_letters_kind_and_matter_is_its_title_and_each_signatory_keeps_a_role(tmp_path):
    letter = tmp_path / "remissvar.txt"
    # Saved by an older editor: Windows-1252 with CRLF line ends.
    letter.write_bytes(
        "Norrby kommun\nKommunstyrelsen\n2024-09-18\nDnr KS 2024/455\n\n"
        "Remissvar: Regional strategi mot segregation 2025–2030\n\n"
        "Kommunen ställer sig bakom förslaget.\n\nFör kommunstyrelsen\n\n"
        "Anna Berg\nKommunstyrelsens ordförande\n\nLars Nyström\nKommundirektör\n".replace(
            "\n", "\r\n"
        ).encode("cp1252")
    )
    doc, blocks = load_document(letter, letter.name)
    assert doc.title == "Remissvar: Regional strategi mot segregation 2025–2030"
    assert [b.text for b in blocks][-2:] == [
        "Anna Berg, Kommunstyrelsens ordförande",
        "Lars Nyström, Kommundirektör",
    ]
    assert doc.author == "Anna Berg"  # the first signatory; the official countersigns


def test_markdown_reference_links_read_as_their_text(tmp_path):
    page = tmp_path / "sprakvan.md"
    page.write_text(
        "# Språkvän\n\nVi samarbetar med [PRO Norrby][pro] och [kyrkan][].\n\n"
        '[pro]: https://example.org/pro\n[kyrkan]: https://example.org/kyrkan "Kyrkan"\n',
        encoding="utf-8",
    )
    _, blocks = load_document(page, page.name)
    assert [b.text for b in blocks] == ["Språkvän", "Vi samarbetar med PRO Norrby och kyrkan."]


def test_key_figures_on_leader_dots_stay_and_a_table_of_contents_goes(tmp_path):
    report = tmp_path / "rapport.txt"
    report.write_text(
        "BODENS KOMMUN – FRITIDSGÅRDEN NORRGÅRDEN\nMånadsrapport oktober 2024\n\n"
        "Innehåll\nBesök ........................ 2\nPersonal ..................... 3\n\n"
        "Siffrorna gäller gårdens verksamhet under hela oktober månad för alla åldrar\n"
        "Besök totalt .................... 1 240\n  varav flickor ................... 410\n"
        "Öppna kvällar ...................... 18\n\nBesök\n"
        "Besöken ökade med 15 procent.\n\nPersonal\nGården har fyra fritidsledare.\n",
        encoding="utf-8",
    )
    doc, blocks = load_document(report, report.name)
    texts = [b.text for b in blocks]
    assert "Besök totalt: 1 240" in texts
    assert "Besök, varav flickor: 410" in texts
    assert "Öppna kvällar: 18" in texts
    assert not any("Innehåll" in t or "...." in t for t in texts)  # the contents are gone
    assert doc.author == "Fritidsgården Norrgården"  # the unit its letterhead names


def test_markdown_code_in_a_language_goes_and_a_definition_list_reads_term_and_definition(
    tmp_path,
):
    page = tmp_path / "begrepp.md"
    page.write_text(
        '---\ntitle: "Begrepp"\nauthor: "Norrby kommun, analysenheten"\n---\n\n'
        "Förvärvsfrekvens\n:   Andelen av befolkningen i åldern 20–64 år som\n"
        "    förvärvsarbetar.\n\n```{r}\n#| echo: false\nknitr::kable(x)\n```\n\n"
        "```\nOmråde   Andel\nNorr     58 %\n```\n",
        encoding="utf-8",
    )
    doc, blocks = load_document(page, page.name)
    texts = [b.text for b in blocks]
    assert (
        texts[0]
        == "Förvärvsfrekvens: Andelen av befolkningen i åldern 20–64 år som förvärvsarbetar."
    )
    assert not any("knitr" in t or "echo" in t for t in texts)
    assert any("58 %" in t for t in texts)  # a fence without a language holds text
    assert doc.publisher == "Norrby kommun"  # the municipality its author belongs to


def test_a_municipality_whose_name_ends_in_s_keeps_it():
    from assistant.metadata import municipality_of

    assert municipality_of("Kramfors kommun", "Kramfors den 20 januari 2025") == "Kramfors"
    assert municipality_of("Hässleholms kommun", "trygghetsvärdar i Hässleholms centrum") == (
        "Hässleholm"
    )
    assert municipality_of("Linköpings kommun") == "Linköping"


def test_markdown_comments_note_markers_and_emoji_codes_are_no_text(tmp_path):
    page = tmp_path / "bidrag.md"
    page.write_text(
        "# Bidrag\n\n<!-- Utkast: tidigare belopp var 450 000 kr -->\n\nNorrby fördelar "
        "600 000 kronor.\n\n> [!NOTE]\n> Ansökan öppnar den 1 oktober.\n\n"
        "| Förening | Aktivitet |\n|---|---|\n| Norrby IS | Fotboll \\| tjejlag :soccer: |\n"
        "| Norrby SK | Schack |\n\n:warning: Bidraget får inte gå till lokalhyra.\n",
        encoding="utf-8",
    )
    _, blocks = load_document(page, page.name)
    assert [b.text for b in blocks] == [
        "Bidrag",
        "Norrby fördelar 600 000 kronor.",
        "Ansökan öppnar den 1 oktober.",
        "Förening: Norrby IS; Aktivitet: Fotboll | tjejlag",
        "Förening: Norrby SK; Aktivitet: Schack",
        "Bidraget får inte gå till lokalhyra.",
    ]


def test_a_markdown_checklist_reads_as_its_items(tmp_path):
    page = tmp_path / "checklista.md"
    page.write_text(
        "# Checklista\n\nKontrollera innan du skickar.\n\n- [ ] Föreningen är registrerad.\n"
        "- [x] Budgeten är klar.\n",
        encoding="utf-8",
    )
    _, blocks = load_document(page, page.name)
    text = "\n".join(b.text for b in blocks)
    # The empty box is no part of the item; the ticked one says it is done.
    assert "[" not in text
    assert "Föreningen är registrerad." in text and "✓ Budgeten är klar." in text


def test_a_signature_naming_the_municipality_after_the_unit_gives_the_publisher(tmp_path):
    path = tmp_path / "svar.txt"
    path.write_text(
        "Från: Kontaktcenter Norrby kommun\nSkickat: den 3 mars 2025 10:12\nTill: Karin Sjö\n"
        "Ämne: SV: Läxhjälp i Åby\n\nHej Karin,\n\nLäxhjälpen är öppen för alla elever.\n\n"
        "Vänliga hälsningar\nEmil Grahn\nKontaktcenter, Norrby kommun\n",
        encoding="utf-8",
    )
    doc, _ = load_document(path, path.name)
    assert (doc.title, doc.publisher) == ("Läxhjälp i Åby", "Norrby kommun")
