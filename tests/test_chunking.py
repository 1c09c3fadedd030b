"""Passages follow headings and paragraphs and keep their spans."""

from assistant.chunking import chunk_document, split_sentences
from assistant.documents import clean_lines, to_blocks
from assistant.models import Document


def _document(body: str):
    text, blocks = to_blocks(clean_lines(body))
    return Document(doc_id="d.txt", text=text, content_hash="h" * 64, title="T"), blocks


def test_passages_never_cross_headings_and_spans_point_into_text():
    doc, blocks = _document(
        "Första rubriken\n\nEtt stycke.\n\nAndra rubriken\n\nTvå stycken här.\n\nOch ett till."
    )
    chunks = chunk_document(doc, blocks, max_chars=600)
    assert [c.heading for c in chunks] == ["Första rubriken", "Andra rubriken"]
    for c in chunks:
        assert doc.text[c.start : c.end] == c.text
        assert c.text.startswith(c.heading)
    assert "Och ett till." in chunks[1].text


def test_headings_in_a_row_stay_in_the_passage_under_the_last():
    from assistant.documents import Block

    # A flyer: lines in large type, read as headings, with nothing between them.
    lines = ["SOMMARLOV I NORRBY", "Gratis aktiviteter för dig som är 8–15 år", "Anmälan"]
    body = "Anmälan görs senast den 2 juni."
    text = "\n\n".join([*lines, body])
    blocks, start = [], 0
    for line in [*lines, body]:
        blocks.append(Block(line, line != body, start, start + len(line)))
        start += len(line) + 2
    doc = Document(doc_id="d.pdf", text=text, content_hash="h" * 64, title="T")
    (chunk,) = chunk_document(doc, blocks, max_chars=600)
    assert chunk.heading == "Anmälan" and "8–15 år" in chunk.text and chunk.text == text


def test_long_paragraph_is_cut_at_sentence_ends():
    long = " ".join(f"Mening nummer {i} handlar om segregation." for i in range(40))
    doc, blocks = _document(long)
    chunks = chunk_document(doc, blocks, max_chars=200)
    assert len(chunks) > 1
    assert all(len(c.text) <= 200 and c.text.endswith(".") for c in chunks)


def test_sentence_split_keeps_decimal_amounts():
    text = "Huddinge har fått 11.5 miljoner för 2018. Sedan kom mer."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Huddinge har fått 11.5 miljoner för 2018.",
        "Sedan kom mer.",
    ]


def test_a_sentence_goes_on_after_an_abbreviation():
    text = (
        "Öppet tisdagar kl. 15–18 i källaren. Det finns t.ex. Läxhjälp och bl.a. 300 "
        "platser. Vi ordnar fika, spel osv. Alla är välkomna."
    )
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Öppet tisdagar kl. 15–18 i källaren.",
        "Det finns t.ex. Läxhjälp och bl.a. 300 platser.",
        "Vi ordnar fika, spel osv.",
        "Alla är välkomna.",
    ]


def test_a_heading_leaning_on_the_one_before_is_its_subsection():
    from assistant.chunking import section_paths

    doc, blocks = _document(
        "Regionens nätverk\n\nRegionen driver två nätverk.\n\n"
        "Skolnätverk mot segregation\n\nEtt nätverk för skolor.\n\n"
        "Nätverkets syfte\n\nAtt dela kunskap.\n\n"
        "Medlemmar i nätverket\n\nRektorer från tio skolor.\n\n"
        "Nätverk för bibliotek\n\nEtt mindre nätverk.\n\n"
        "Kontakt\n\nSkriv till oss."
    )
    paths = [
        section_paths(chunk_document(doc, blocks))[c.chunk_id] for c in chunk_document(doc, blocks)
    ]
    assert paths == [
        "Regionens nätverk",
        "Skolnätverk mot segregation",  # indefinite: a new subject, not a subsection
        "Nätverkets syfte – Skolnätverk mot segregation",
        "Medlemmar i nätverket – Nätverkets syfte – Skolnätverk mot segregation",
        "Nätverk för bibliotek",
        "Kontakt",
    ]


def test_question_headings_are_siblings_under_the_heading_over_them():
    from assistant.chunking import section_paths

    body = (
        "# Frågor och svar om Träffpunkten\n\nHär svarar vi på vanliga frågor.\n\n"
        "## När har ni öppet?\n\nMåndag–torsdag 9–16.\n\n"
        "## Vad kostar det?\n\nDet är gratis.\n\n"
        "# Kontakt\n\nSkriv till oss."
    )
    text, blocks = to_blocks(clean_lines(body, markdown=True))
    doc = Document(doc_id="d.md", text=text, content_hash="h" * 64, title="T")
    chunks = chunk_document(doc, blocks)
    assert [section_paths(chunks)[c.chunk_id] for c in chunks] == [
        "Frågor och svar om Träffpunkten",
        "När har ni öppet? – Frågor och svar om Träffpunkten",
        "Vad kostar det? – Frågor och svar om Träffpunkten",
        "Kontakt",
    ]


def test_a_numbered_item_is_one_sentence_with_its_number():
    text = "Staden föreslår två förändringar:\n\n1. Värdarna ska finnas året runt. Det är bra."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Staden föreslår två förändringar:",
        "1. Värdarna ska finnas året runt.",
        "Det är bra.",
    ]
