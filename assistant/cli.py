"""Command line: `assistant index | ask | status | glossary | eval | serve | run`. Each command calls one core function."""

from __future__ import annotations

import argparse
import json
import os
import sys
import warnings
from pathlib import Path

from assistant.config import Settings, load_settings
from assistant.core import Assistant, QuestionError, build_assistant
from assistant.documents import DocumentError
from assistant.evaluation import evaluate, load_questions
from assistant.models import Answer, Citation, SearchFilter, source_label
from assistant.store import IndexUnavailableError

SAMPLE_QUESTION = "Hur mycket fick Huddinge för att motverka segregation?"


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--documents", type=Path, help="dokumentmapp (standard: documents/)")
    common.add_argument("--index", type=Path, help="indexmapp (standard: index/)")

    parser = argparse.ArgumentParser(
        prog="assistant",
        description="Svarar på frågor om kommunala styrdokument om segregation, med citerade avsnitt.",
        parents=[common],
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="KOMMANDO")

    p = sub.add_parser("index", parents=[common], help="indexera dokumentmappen (inkrementellt)")
    p.add_argument("--rebuild", action="store_true", help="bygg om indexet från början")

    p = sub.add_parser("ask", parents=[common], help="ställ en fråga")
    p.add_argument("question", nargs="?", help="frågan")
    p.add_argument("--json", action="store_true", help="skriv resultatet som JSON")
    p.add_argument("-k", type=int, help="antal avsnitt att hämta (standard 5)")
    p.add_argument("--questions-file", type=Path, help="JSONL med ett fält 'question' per rad")
    p.add_argument(
        "--source",
        action="append",
        metavar="KOMMUN",
        help="sök bara i dokument från denna kommun eller utgivare (kan upprepas)",
    )
    p.add_argument("--year-from", type=int, metavar="ÅR", help="sök bara i dokument från detta år")
    p.add_argument("--year-to", type=int, metavar="ÅR", help="sök bara i dokument till detta år")

    sub.add_parser("status", parents=[common], help="visa vad indexet innehåller")
    sub.add_parser(
        "glossary", parents=[common], help="förkortningar och begrepp som dokumenten definierar"
    )

    p = sub.add_parser("eval", parents=[common], help="utvärdera mot en frågefil (JSONL)")
    p.add_argument("file", type=Path)
    p.add_argument(
        "--report",
        type=Path,
        help="skriv resultat per fråga som JSON hit, och som Markdown-tabell bredvid (.md)",
    )

    web = argparse.ArgumentParser(add_help=False)
    web.add_argument("--host", help="adress att lyssna på (standard 127.0.0.1)")
    web.add_argument("--port", type=int, help="port (standard 7860)")
    sub.add_parser("serve", parents=[common, web], help="starta webbchatten")

    p = sub.add_parser(
        "run",
        parents=[common, web],
        help="indexera vid behov, besvara en exempelfråga och starta webbchatten",
    )
    p.add_argument("question", nargs="?", default=SAMPLE_QUESTION)
    p.add_argument("--no-serve", action="store_true", help="avsluta efter exempelfrågan")
    return parser


def _source_line(c: Citation) -> str:
    return f"[{c.n}] {source_label(c, ' – ')} ({c.document})"


def format_answer(answer: Answer) -> str:
    """The human form: the answer, then each cited (or related) passage with its source."""
    lines = [answer.text]
    lines += [f"Obs: {w}" for w in answer.warnings]
    for heading, items in (("Källor:", answer.citations), ("Möjligen relaterat:", answer.related)):
        if items:
            lines += ["", heading]
            for c in items:
                lines.append(_source_line(c))
                lines += ["    " + line for line in c.text.splitlines() if line.strip()]
    return "\n".join(lines)


def _ask(assistant: Assistant, args) -> int:
    if args.questions_file:
        items = load_questions(args.questions_file)
        for item in items:
            try:
                result = assistant.ask(item["question"], args.k).to_json()
            except QuestionError as exc:
                result = {"question": item["question"], "error": str(exc)}
            print(json.dumps(result, ensure_ascii=False), flush=True)
        return 0
    if args.question is None:
        raise QuestionError(
            'Ange en fråga, till exempel: assistant ask "Hur mycket fick Huddinge?"'
        )
    filters = SearchFilter(tuple(args.source or ()), args.year_from, args.year_to)
    answer = assistant.ask(args.question, args.k, filters=filters)
    print(
        json.dumps(answer.to_json(), ensure_ascii=False, indent=2)
        if args.json
        else format_answer(answer)
    )
    return 0


def _status(assistant: Assistant) -> int:
    status = assistant.status()
    print(
        f"Index: {assistant.store.where} – {len(status.documents)} dokument, {status.chunks} avsnitt"
    )
    print(f"Inbäddningsmodell: {status.embedding_model}")
    print(f"Senast indexerat: {status.indexed_at}")
    incomplete = 0
    for doc_id, d in sorted(status.documents.items()):
        print(
            f"  {doc_id}: {d['title']} – {d['publisher'] or '(utgivare saknas)'}, "
            f"{d['date'] or '(datum saknas)'}, {d['type'] or '(typ saknas)'}; {d['chunks']} avsnitt"
        )
        if d.get("missing"):
            incomplete += 1
            print(
                f"    ⚠ saknar {', '.join(d['missing'])}: ange i front matter eller {doc_id}.yaml"
            )
    if incomplete:
        print(f"{incomplete} dokument saknar titel, utgivare eller datum.")
    return 0


def _glossary(assistant: Assistant) -> int:
    entries = assistant.glossary()
    if not entries:
        print("Dokumenten definierar inga förkortningar eller begrepp som kunde hittas.")
        return 0
    print(f"Förkortningar och begrepp som dokumenten definierar ({len(entries)}):")
    for e in entries:
        c = e.chunk
        print(f"\n  {e.term}" + (f" – {e.meaning}" if e.meaning else ""))
        print(f"    ”{e.sentence}”\n    ({source_label(c)}; {c.doc_id})")
    return 0


def _eval(assistant: Assistant, args) -> int:
    report = evaluate(assistant, load_questions(args.file))
    print(report.summary())
    if args.report:
        args.report.parent.mkdir(parents=True, exist_ok=True)
        args.report.write_text(
            json.dumps(report.to_json(), ensure_ascii=False, indent=2), encoding="utf-8"
        )
        markdown = args.report.with_suffix(".md")
        markdown.write_text(report.to_markdown(), encoding="utf-8")
        print(f"Resultat per fråga: {args.report} och {markdown}")
    return 0


def _run(assistant: Assistant, args) -> int:
    # A local index from an older version is rebuilt: `run` is the one command that sets
    # everything up. An index on a shared Chroma server is left for `index --rebuild`.
    rebuild = assistant.built_with_other_settings() and not assistant.settings.chroma_url
    if rebuild:
        print("Indexet byggdes av en annan version – bygger om det …", file=sys.stderr)
        print(assistant.index(rebuild=True).summary(), file=sys.stderr)
    elif assistant.needs_indexing():
        print("Indexet saknas eller är inaktuellt – indexerar documents/ …", file=sys.stderr)
        print(assistant.index().summary(), file=sys.stderr)
    print(f"Fråga: {args.question}\n")
    print(format_answer(assistant.ask(args.question)), flush=True)
    if args.no_serve:
        return 0
    print()
    return _serve(assistant)


def _serve(assistant: Assistant) -> int:
    from assistant.web import serve  # gradio loads only for the web chat

    serve(assistant.settings, assistant)
    return 0


def settings_from_args(args, environ=None) -> Settings:
    """Environment settings with the command line's --documents / --index on top."""
    return load_settings(environ).with_overrides(
        documents_dir=args.documents,
        index_dir=args.index,
        host=getattr(args, "host", None),
        port=getattr(args, "port", None),
    )


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `assistant` command; returns the exit code."""
    # Chroma and Hugging Face stay offline and quiet; nothing leaves the machine.
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    args = _parser().parse_args(argv)
    try:
        assistant = build_assistant(settings_from_args(args))
        if args.command == "index":
            report = assistant.index(rebuild=args.rebuild)
            print(report.summary())
            return 0
        if args.command == "ask":
            return _ask(assistant, args)
        if args.command == "status":
            return _status(assistant)
        if args.command == "eval":
            return _eval(assistant, args)
        if args.command == "glossary":
            return _glossary(assistant)
        if args.command == "serve":
            return _serve(assistant)
        return _run(assistant, args)
    except QuestionError as exc:
        print(f"Fel: {exc}", file=sys.stderr)
        return 2
    except (IndexUnavailableError, DocumentError, ValueError, OSError) as exc:
        print(f"Fel: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Avbrutet.", file=sys.stderr)
        return 130
