"""What the web chat shows, as text: answers with citation cards (Markdown), document pages
and the document list (HTML).

Everything that comes from a document, a question or metadata is escaped here, so HTML or
script inside it is shown as text and never runs. The chat's Markdown is also what the copy
button and the conversation export give, so an answer taken into a memo keeps its sources.
"""

from __future__ import annotations

import html
import re
from urllib.parse import quote

from assistant.models import Citation, source_label
from assistant.text import normalize_space

# Characters that start Markdown constructs anywhere (emphasis, links, code, tables, maths).
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()!|~$])")
# At the start of a line: lists, headings, setext underlines, numbered lists.
_LINE_START = re.compile(r"^(\s*)([-+#=]|\d+(?=\.))", re.MULTILINE)


def md_escape(text: str) -> str:
    """Text shown literally in Markdown: HTML escaped (< > &), Markdown syntax backslashed."""
    escaped = html.escape(text, quote=False)
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", escaped)
    return _LINE_START.sub(_escape_line_start, escaped)


def _escape_line_start(match: re.Match) -> str:
    indent, marker = match.groups()
    # "1." becomes "1\." (the dot makes the list); "-", "#" … get the backslash before them.
    return indent + (marker + "\\" if marker.isdigit() else "\\" + marker)


def document_link(doc_id: str, chunk_id: str = "") -> str:
    """Relative address of the document page, at the passage when `chunk_id` is given."""
    anchor = f"#avsnitt-{chunk_id.rsplit('::', 1)[-1]}" if chunk_id else ""
    return f"dokument?id={quote(doc_id, safe='')}{anchor}"


def highlighted_passage(citation: Citation) -> str:
    """The passage as escaped Markdown, its quoted sentences in bold."""
    text = citation.text
    pieces, position = [], 0
    for start, end in sorted(citation.highlights):
        if start < position:
            continue
        pieces.append(md_escape(normalize_space(text[position:start])))
        pieces.append(f"**{md_escape(normalize_space(text[start:end]))}**")
        position = end
    pieces.append(md_escape(normalize_space(text[position:])))
    return " ".join(p for p in pieces if p)


def source_details(citation: Citation) -> str:
    """Publisher · date · page, as plain text."""
    return source_label(citation, " · ", with_title=False)


def citation_card(citation: Citation, read_label: str = "Läs i dokumentet") -> str:
    """One citation as a Markdown block quote: number and title, source, passage, link."""
    lines = [f"**\\[{citation.n}\\] {md_escape(citation.title)}**"]
    details = source_details(citation)
    if details:
        lines.append(md_escape(details))
    lines.append(highlighted_passage(citation))
    lines.append(f"[{read_label} ↗]({document_link(citation.document, citation.chunk_id)})")
    return "\n".join(f"> {line}  " for line in lines)


def answer_markdown(answer: dict, typed_question: str = "") -> str:
    """An answer (`Answer.to_json()`) as the chat shows it: text, notes, citation cards."""
    parts = [md_escape(answer["answer"])]
    notes = []
    if typed_question and answer["question"] != typed_question:
        notes.append(f"Tolkad som: {md_escape(answer['question'])}")
    if answer.get("scope"):
        notes.append(f"Sökt i: {md_escape(answer['scope'])}")
    notes += [f"⚠ {md_escape(w)}" for w in answer.get("warnings", [])]
    if notes:
        parts.append("\n".join(f"*{n}*" for n in notes))
    citations = [Citation(**c) for c in answer.get("citations", [])]
    related = [Citation(**c) for c in answer.get("related", [])]
    if citations:
        parts.append("**Källor**")
        parts += [citation_card(c) for c in citations]
    elif related:
        parts.append("**Närliggande avsnitt (inte ett svar)**")
        parts += [citation_card(c) for c in related]
    return "\n\n".join(parts)


def conversation_markdown(turns: list[dict], title: str = "Samtal med assistenten") -> str:
    """A whole conversation as one Markdown document, for export."""
    out = [f"# {title}"]
    for turn in turns:
        out.append(f"## Fråga: {md_escape(turn['question'])}")
        out.append(turn["markdown"])
    return "\n\n".join(out) + "\n"


def _new_tab_link(href: str, text: str) -> str:
    """An escaped link that opens in a new tab."""
    e = html.escape
    return f'<a href="{e(href)}" target="_blank" rel="noopener">{e(text)}</a>'


def _html_table(caption: str, headers: tuple[str, ...], rows: list[str]) -> str:
    """A table in the chat's style; `rows` are ready `<tr>` elements."""
    head = "".join(f'<th scope="col">{h}</th>' for h in headers)
    return (
        f'<table class="dokumentlista"><caption>{caption}</caption>'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def documents_table(documents: dict[str, dict]) -> str:
    """The indexed documents as an HTML table with a link to read each."""
    if not documents:
        return "<p>Inga dokument är indexerade ännu.</p>"
    rows = []
    for doc_id, meta in sorted(documents.items(), key=lambda kv: kv[1].get("title", kv[0])):
        cells = [
            _new_tab_link(document_link(doc_id), meta.get("title") or doc_id),
            html.escape(meta.get("publisher", "")),
            html.escape(meta.get("date", "")),
            html.escape(meta.get("type", "")),
            str(int(meta.get("chunks", 0))),
        ]
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    return _html_table(
        f"Indexerade dokument ({len(documents)})",
        ("Titel", "Utgivare", "Datum", "Typ", "Avsnitt"),
        rows,
    )


def glossary_table(entries: list) -> str:
    """The glossary (glossary.GlossaryEntry) as an HTML table: term, meaning, source."""
    if not entries:
        return "<p>Dokumenten definierar inga förkortningar eller begrepp som kunde hittas.</p>"
    e = html.escape
    rows = []
    for entry in entries:
        c = entry.chunk
        source = " · ".join(p for p in (c.publisher, c.date) if p)
        link = _new_tab_link(document_link(c.doc_id, c.chunk_id), c.title)
        rows.append(
            f'<tr><th scope="row">{e(entry.term)}</th><td>{e(entry.meaning)}</td>'
            f"<td>”{e(entry.sentence)}”<br>{link} ({e(source)})</td></tr>"
        )
    return _html_table(
        f"Förkortningar och begrepp ({len(entries)})", ("Begrepp", "Betydelse", "Källa"), rows
    )


DOCUMENT_PAGE_CSS = """
body { font-family: system-ui, sans-serif; max-width: 48rem; margin: 2rem auto; padding: 0 1rem;
       line-height: 1.55; color: #1f2328; background: #fff; }
a { color: #0b5cad; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
dt { font-weight: 600; }
section { padding: .5rem .75rem; border-left: 4px solid transparent; scroll-margin-top: 2rem; }
section:target { border-left-color: #0b5cad; background: #eef5fc; }
.nr { color: #57606a; font-size: .85rem; }
p { white-space: pre-wrap; margin: .3rem 0; }
"""


def document_page(doc_id: str, meta: dict, passages: list) -> str:
    """A whole document as a self-contained HTML page, one section per passage.

    Sections carry `id="avsnitt-<n>"`, the anchor citation cards link to; the cited one
    is highlighted by the browser (`:target`).
    """
    e = html.escape
    fields = [
        ("Utgivare", meta.get("publisher", "")),
        ("Kommun", meta.get("municipality", "")),
        ("Datum", meta.get("date", "")),
        ("Typ", meta.get("type", "")),
        ("Källa", meta.get("source", "")),
        ("Fil", doc_id),
    ]
    meta_html = "".join(f"<dt>{e(k)}</dt><dd>{e(v)}</dd>" for k, v in fields if v)
    sections = []
    for chunk in passages:
        n = chunk.chunk_id.rsplit("::", 1)[-1]
        page = f", s. {chunk.page}" if chunk.page else ""
        sections.append(
            f'<section id="avsnitt-{e(n)}" aria-label="Avsnitt {e(n)}">'
            f'<div class="nr">Avsnitt {e(n)}{page}</div><p>{e(chunk.text)}</p></section>'
        )
    title = e(meta.get("title") or doc_id)
    return (
        '<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{title}</title><style>{DOCUMENT_PAGE_CSS}</style></head><body>"
        f'<p><a href="./">← Till chatten</a></p><main><h1>{title}</h1><dl>{meta_html}</dl>'
        f"{''.join(sections)}</main></body></html>"
    )
