"""Abbreviations and terms the documents define: found by how definitions are written."""

import pytest

from assistant.glossary import build_glossary, definitions_in, expand_query
from assistant.models import Chunk
from assistant.web_render import glossary_table


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Arbetet stöds av Myndigheten för ungdoms- och civilsamhällesfrågor (MUCF) sedan 2020.",
            [("MUCF", "Myndigheten för ungdoms- och civilsamhällesfrågor")],
        ),
        (
            "Norrby deltar i Nätverket mot bostadssegregation (Nemob) tillsammans med grannarna.",
            [("Nemob", "Nätverket mot bostadssegregation")],
        ),
        (
            "Polisen leder BRÅG (brottsförebyggande rådets arbetsgrupp) varje vecka.",
            [("BRÅG", "brottsförebyggande rådets arbetsgrupp")],
        ),
        (
            "Kommunen inför SSP, Skola Socialtjänst Polis, i alla stadsdelar.",
            [("SSP", "Skola Socialtjänst Polis")],
        ),
        (
            "Med socioekonomiskt utsatta områden avses områden med låg sysselsättning.",
            [("socioekonomiskt utsatta områden", "")],
        ),
        # Not definitions: party letters, names in brackets, brackets without a matching long form.
        ("Det sade kommunalrådet Anna Berg (S) i fullmäktige.", []),
        ("Beslutet togs i mars (se bilaga) av nämnden.", []),
        ("Projektet drivs av föreningen (Norrby IF) i år.", []),
    ],
)
def test_definitions_are_found_by_their_form(sentence, expected):
    assert definitions_in(sentence) == expected


def _chunk(text, doc="a.txt", publisher="Norrby kommun"):
    return Chunk(f"{doc}::x::0", doc, text, 0, len(text), "", "Titel <b>", publisher, "2024", "x")


def test_glossary_keeps_the_first_definition_with_its_passage_and_sorts():
    chunks = [
        _chunk("Arbetet leds av den operativa gruppen (OG). Senare nämns OG igen."),
        _chunk("Här står Myndigheten för ungdoms- och civilsamhällesfrågor (MUCF).", doc="b.txt"),
        _chunk("Text.", doc="c.txt", publisher="Sveriges Kommuner och Regioner (SKR)"),
    ]
    entries = build_glossary(chunks)
    assert [(e.term, e.meaning, e.chunk.doc_id) for e in entries] == [
        ("MUCF", "Myndigheten för ungdoms- och civilsamhällesfrågor", "b.txt"),
        ("OG", "operativa gruppen", "a.txt"),
        ("SKR", "Sveriges Kommuner och Regioner", "c.txt"),
    ]
    assert entries[1].sentence == "Arbetet leds av den operativa gruppen (OG)."


def test_abbreviations_and_long_forms_expand_each_other_for_retrieval():
    glossary = build_glossary([_chunk("Arbetet leds av den operativa gruppen (OG).")])
    assert expand_query("Vad gör OG?", glossary) == "Vad gör OG? operativa gruppen"
    assert expand_query("Vad gör den operativa gruppen?", glossary).endswith(" OG")
    assert expand_query("Vad gör kommunen?", glossary) == "Vad gör kommunen?"


def test_glossary_table_escapes_and_links():
    html = glossary_table(build_glossary([_chunk("Den operativa gruppen (OG) <i>möts</i>.")]))
    assert "<i>" not in html and "&lt;i&gt;" in html and "Titel &lt;b&gt;" in html
    assert 'href="dokument?id=a.txt#avsnitt-0"' in html


@pytest.mark.e2e
def test_corpus_glossary(real_assistant):
    terms = {e.term: e.meaning for e in real_assistant.glossary()}
    assert terms["GVI"] == "Group Violence Intervention"
    assert terms["Delmos"] == "Delegationen mot segregation"
    assert terms["SKR"] == "Sveriges Kommuner och Regioner"
    assert terms["OSG"].startswith("operativa samverkansgrupp")
