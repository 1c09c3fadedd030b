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
