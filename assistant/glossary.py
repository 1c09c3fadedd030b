"""The abbreviations and terms the documents define, with the passage that defines each.

New staff meet SKR, Delmos, GVI, OSG … without knowing them; the documents usually spell
them out once. Found by the usual ways of writing a definition, never by a word list:

* "Delegationen mot segregation (Delmos)"   – long form, then the abbreviation in brackets;
* "OSG (operativa samverkansgruppen)"       – the abbreviation, then the long form;
* "GVI, Group Violence Intervention, en …"  – the abbreviation, then the long form in commas;
* "Med socioekonomiskt utsatta områden avses …" / "X definieras som …" – a term defined.

An abbreviation counts only when its letters occur, in order, in the long form, starting
with the long form's first letter. The glossary also links abbreviations and long forms
for retrieval: a question about "OSG" also searches for "operativa samverkansgruppen".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from assistant.chunking import split_sentences
from assistant.models import Chunk

ABBREVIATION = r"[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{1,9}"
LONG_THEN_SHORT = re.compile(rf"((?:[\w-]+ ){{0,7}}[\w-]+) \(({ABBREVIATION})\)")
SHORT_THEN_LONG = re.compile(rf"\b({ABBREVIATION}) \(([^()]{{4,80}})\)")
SHORT_COMMA_LONG = re.compile(rf"\b({ABBREVIATION}), ((?:[\w-]+ ){{1,6}}[\w-]+),")
DEFINING_VERBS = ("avses", "menas", "definieras")
TERM_DEFINED = re.compile(
    r"\b[Mm]ed ((?:[\w-]+ ){0,5}[\w-]+) (?:avses|menas)\b|"
    r"\b((?:[A-ZÅÄÖ][\w-]* )?(?:[\w-]+ ){0,4}[\w-]+) definieras som\b"
)


@dataclass(frozen=True)
class GlossaryEntry:
    """A term with its long form (for abbreviations) and the sentence that defines it."""

    term: str
    meaning: str  # the long form, or "" for a defined term (the sentence says it)
    sentence: str
    chunk: Chunk


def _is_abbreviation(short: str) -> bool:
    """Upper case (SKR, GVI), or a short capitalised word with more capitals or few letters
    (Delmos, MUCF): not an ordinary capitalised word in brackets."""
    return short.isupper() or (len(short) <= 7 and short[0].isupper() and short[1:].islower())


def _letters_in_order(short: str, long: str) -> bool:
    letters, text = short.lower(), long.lower()
    if not text or text[0] != letters[0]:
        return False
    position = 0
    for letter in letters:
        position = text.find(letter, position)
        if position < 0:
            return False
        position += 1
    return True


def _shortest_long_form(short: str, words: list[str]) -> str | None:
    """The fewest last words that spell out the abbreviation ("… av Delegationen mot
    segregation" -> "Delegationen mot segregation")."""
    for n in range(1, len(words) + 1):
        candidate = " ".join(words[-n:])
        if candidate[0].lower() == short[0].lower() and _letters_in_order(short, candidate):
            # Each word of a real long form adds letters; stop at the first fit.
            return candidate if len(candidate) > len(short) else None
    return None


def definitions_in(sentence: str) -> list[tuple[str, str]]:
    """(term, long form or "") pairs that one sentence defines."""
    return list(_definitions(sentence))


@lru_cache(maxsize=100_000)
def _definitions(sentence: str) -> tuple[tuple[str, str], ...]:
    # The patterns are costly on every sentence of a large corpus; each needs a bracket, a
    # comma or a defining verb, so sentences without them are passed over cheaply.
    found: list[tuple[str, str]] = []
    if "(" in sentence:
        for match in LONG_THEN_SHORT.finditer(sentence):
            long_words, short = match.group(1).split(), match.group(2)
            if _is_abbreviation(short):
                long = _shortest_long_form(short, long_words)
                if long:
                    found.append((short, long))
    for pattern, needed in ((SHORT_THEN_LONG, "("), (SHORT_COMMA_LONG, ",")):
        if needed not in sentence:
            continue
        for match in pattern.finditer(sentence):
            short, long = match.group(1), match.group(2).strip()
            if short.isupper() and len(short) >= 2 and _letters_in_order(short, long):
                found.append((short, long))
    if any(verb in sentence for verb in DEFINING_VERBS):
        for match in TERM_DEFINED.finditer(sentence):
            term = (match.group(1) or match.group(2)).strip()
            if term and term.lower() not in ("det", "detta", "den", "som"):
                found.append((term, ""))
    return tuple(found)


def build_glossary(chunks: list[Chunk]) -> list[GlossaryEntry]:
    """Every term the passages define, first definition kept, sorted alphabetically."""
    entries: dict[str, GlossaryEntry] = {}
    first_of_document: dict[str, Chunk] = {}
    for chunk in chunks:
        first_of_document.setdefault(chunk.doc_id, chunk)
    # A publisher named "Sveriges Kommuner och Regioner (SKR)" defines SKR too.
    metadata = [(c, f"Utgivare: {c.publisher}") for c in first_of_document.values() if c.publisher]
    sentences = [
        (chunk, " ".join(chunk.text[start:end].split()))
        for chunk in chunks
        for start, end in split_sentences(chunk.text)
    ]
    for chunk, sentence in sentences + metadata:
        for term, meaning in definitions_in(sentence):
            key = term.lower()
            if key not in entries or (meaning and not entries[key].meaning):
                entries[key] = GlossaryEntry(term, meaning, sentence, chunk)
    return sorted(entries.values(), key=lambda e: e.term.casefold())


def expand_query(question: str, glossary: list[GlossaryEntry]) -> str:
    """The question with the long form of each abbreviation it uses added (and the
    abbreviation of each long form), for retrieval only."""
    additions = []
    lowered = question.lower()
    for entry in glossary:
        if not entry.meaning:
            continue
        if re.search(rf"\b{re.escape(entry.term)}\b", question):
            if entry.meaning.lower() not in lowered:
                additions.append(entry.meaning)
        elif entry.meaning.lower() in lowered:
            additions.append(entry.term)
    return f"{question} {' '.join(additions)}" if additions else question
