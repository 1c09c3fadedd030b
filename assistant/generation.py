"""Generative answers through a language-model server, checked against the passages.

Configured with `ASSISTANT_LLM=openai` (any OpenAI-compatible server: vLLM, llama.cpp
server, LM Studio, OpenAI) or `ASSISTANT_LLM=ollama`; the default stays extractive.
The model sees only the numbered passages (prompts/answer_*.md). Its answer is then checked:

* markers [n] pointing at no passage are removed and reported;
* every number or amount must occur, as a value, in a passage the answer cites; one that
  does not is marked "(ej verifierat)" in the text and listed in `warnings`;
* an answer that cites no valid passage comes with the retrieved passages and a warning.

A server that is unreachable, slow or answers with an error gives way to the extractive
answer, with a notice; no stack trace reaches the user.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from assistant.amounts import parse_amounts, same_amount
from assistant.answering import citation_from
from assistant.config import Settings
from assistant.models import Answer, Passage, source_label

log = logging.getLogger(__name__)

PROMPTS_DIR = Path(__file__).resolve().parent.parent / "prompts"
MARKER = re.compile(r"\[(\d{1,3})\]")
# Numbers worth checking: amounts, and figures with at least two digits or a decimal part
# (a lone "1" in "1 av 3" is left alone, years and counts are checked).
FIGURE = re.compile(r"(?<![\w\[])(\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)(?![\w\]])")
UNVERIFIED = " (ej verifierat)"


class GenerationError(RuntimeError):
    """The language model could not give an answer (unreachable, timeout, error reply)."""


@lru_cache(maxsize=8)
def load_prompt(name: str, prompts_dir: Path = PROMPTS_DIR) -> tuple[str, str]:
    """(system, user) templates from prompts/<name>.md (sections "## system", "## user")."""
    text = (prompts_dir / f"{name}.md").read_text(encoding="utf-8")
    sections = dict(
        (m.group(1), m.group(2).strip())
        for m in re.finditer(r"^## (system|user)\n(.*?)(?=^## |\Z)", text, re.M | re.S)
    )
    if set(sections) != {"system", "user"}:
        raise ValueError(f"{name}.md ska ha avsnitten '## system' och '## user'.")
    return sections["system"], sections["user"]


def format_passages(passages: list[Passage]) -> str:
    """The numbered passages as the prompt shows them, each with its source."""
    blocks = []
    for n, p in enumerate(passages, start=1):
        blocks.append(f"[{n}] ({source_label(p.chunk)})\n{p.chunk.text.strip()}")
    return "\n\n".join(blocks)


def build_messages(question: str, passages: list[Passage], language: str) -> list[tuple[str, str]]:
    """The chat messages for an answer: the rules, then the passages and the question."""
    system, user = load_prompt("answer_en" if language == "en" else "answer_sv")
    return [
        ("system", system),
        ("human", user.format(passages=format_passages(passages), question=question)),
    ]


def chat_model(settings: Settings):
    """The LangChain chat model the settings name (None for the extractive default)."""
    kind = (settings.llm or "").lower()
    if not kind or kind == "none":
        return None
    if kind == "openai":
        from langchain_openai import ChatOpenAI

        return ChatOpenAI(
            base_url=settings.llm_base_url or None,
            model=settings.llm_model or "default",
            api_key=settings.llm_api_key or "ingen-nyckel",  # local servers accept any key
            timeout=settings.llm_timeout,
            max_retries=0,  # a slow server falls back at once, not after several tries
            temperature=0,
        )
    if kind == "ollama":
        from langchain_ollama import ChatOllama

        return ChatOllama(
            base_url=settings.llm_base_url or "http://127.0.0.1:11434",
            model=settings.llm_model or "llama3.1",
            temperature=0,
            client_kwargs={"timeout": settings.llm_timeout},
        )
    raise ValueError(f"ASSISTANT_LLM={settings.llm!r} är okänt; använd openai eller ollama.")


def _figures(text: str) -> list[str]:
    return [m.group(1) for m in FIGURE.finditer(text)]


def _figure_in(figure: str, text: str) -> bool:
    """Whether a figure (or the amount it is part of) occurs in a passage, as a value."""
    plain = re.sub(r"[ \u00a0]", "", figure)
    passage_figures = {re.sub(r"[ \u00a0]", "", f).replace(".", ",") for f in _figures(text)}
    return plain.replace(".", ",") in passage_figures


def check_answer(text: str, passages: list[Passage]) -> tuple[str, list[int], list[str]]:
    """Check a generated answer against the passages it was given.

    Returns the text (bad markers removed, unverified figures marked), the cited passage
    numbers in order of first use, and the warnings.
    """
    warnings: list[str] = []
    cited: list[int] = []
    bad: list[str] = []

    def keep_valid(match: re.Match) -> str:
        n = int(match.group(1))
        if 1 <= n <= len(passages):
            if n not in cited:
                cited.append(n)
            return match.group(0)
        bad.append(match.group(0))
        return ""

    text = re.sub(r"\s*" + MARKER.pattern, keep_valid, text)
    if bad:
        warnings.append(
            f"Hänvisningar till avsnitt som inte finns togs bort: {', '.join(dict.fromkeys(bad))}."
        )

    # Each sentence's figures are checked against the passages that sentence cites (or,
    # when it cites none, every passage the answer cites).
    cited_text = " ".join(passages[n - 1].chunk.text for n in cited)
    out, unverified = [], []
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        own = [int(n) for n in MARKER.findall(sentence) if 1 <= int(n) <= len(passages)]
        evidence = " ".join(passages[n - 1].chunk.text for n in own) if own else cited_text
        body = MARKER.sub("", sentence)
        evidence_amounts = [a.value for a in parse_amounts(evidence)]
        marked = sentence
        amounts = parse_amounts(body)
        for amount in amounts:
            if not any(same_amount(amount.value, v) for v in evidence_amounts):
                unverified.append(amount.text)
                marked = marked.replace(amount.text, amount.text + UNVERIFIED, 1)
        amount_spans = [(a.start, a.end) for a in amounts]
        for m in FIGURE.finditer(body):
            if any(s <= m.start() < e for s, e in amount_spans):
                continue
            figure = m.group(1)
            if not _figure_in(figure, evidence):
                unverified.append(figure)
                marked = re.sub(
                    rf"(?<![\w\[]){re.escape(figure)}(?![\w\]])",
                    figure + UNVERIFIED,
                    marked,
                    count=1,
                )
        out.append(marked)
    if unverified:
        warnings.append(
            "Uppgifter som inte står i de citerade avsnitten (ej verifierade): "
            + ", ".join(dict.fromkeys(unverified))
            + "."
        )
    return " ".join(out).strip(), cited, warnings


def is_refusal(text: str) -> bool:
    """Whether the model said the passages do not answer."""
    return bool(
        re.match(
            r"\s*(jag hittar inget svar|i can't find an answer|i cannot find an answer)", text, re.I
        )
    )


class GenerativeAnswerer:
    """Answers with a chat model from the retrieved passages, then checks the answer."""

    def __init__(self, model):
        self.model = model

    def stream(self, question: str, passages: list[Passage], language: str) -> Iterator[str]:
        """The answer's text as the model writes it. Raises GenerationError on failure."""
        try:
            for piece in self.model.stream(build_messages(question, passages, language)):
                content = piece.content if isinstance(piece.content, str) else ""
                if content:
                    yield content
        except Exception as exc:  # connection refused, timeout, HTTP error, bad reply
            raise GenerationError(_failure(exc)) from exc

    def finish(
        self, question: str, text: str, passages: list[Passage], warnings: tuple[str, ...] = ()
    ) -> Answer:
        """Check a complete generated text and build the Answer (mode "llm")."""
        if is_refusal(text):
            related = tuple(citation_from(n + 1, p) for n, p in enumerate(passages[:3]))
            return Answer(question, text.strip(), False, "llm", (), tuple(warnings), related)
        checked, cited, problems = check_answer(text, passages)
        if not cited:
            # Nothing checkable: show what was retrieved so the reader can judge.
            related = tuple(citation_from(n + 1, p) for n, p in enumerate(passages))
            problems.append(
                "Svaret hänvisar inte till något avsnitt och kan inte kontrolleras; "
                "de hämtade avsnitten visas nedan."
            )
            return Answer(question, checked, True, "llm", (), (*warnings, *problems), related)
        # Renumber so the citations read [1], [2] … in order of first use.
        renumber = {old: new for new, old in enumerate(cited, start=1)}
        checked = MARKER.sub(lambda m: f"[{renumber.get(int(m.group(1)), m.group(1))}]", checked)
        citations = tuple(citation_from(renumber[n], passages[n - 1]) for n in cited)
        return Answer(question, checked, True, "llm", citations, (*warnings, *problems))

    def answer(
        self, question: str, passages: list[Passage], language: str, warnings: tuple[str, ...] = ()
    ) -> Answer:
        """The whole generated, checked answer. Raises GenerationError on failure."""
        return self.finish(
            question, "".join(self.stream(question, passages, language)), passages, warnings
        )

    def rewrite(self, question: str, previous: str) -> str:
        """A follow-up rewritten into a standalone question by the model."""
        system, user = load_prompt("rewrite")
        try:
            reply = self.model.invoke(
                [("system", system), ("human", user.format(previous=previous, question=question))]
            )
        except Exception as exc:
            raise GenerationError(_failure(exc)) from exc
        text = reply.content.strip() if isinstance(reply.content, str) else ""
        return text.splitlines()[0].strip() if text else question


def _failure(exc: Exception) -> str:
    """A short Swedish reason for the fallback notice (details go to the log)."""
    log.warning("Språkmodellen svarade inte: %r", exc)
    name = type(exc).__name__.lower()
    if "timeout" in name:
        return "språkmodellen svarade inte i tid"
    if "connect" in name:
        return "språkmodellen gick inte att nå"
    status = getattr(exc, "status_code", None)
    if status:
        return f"språkmodellen svarade med fel (HTTP {status})"
    return "språkmodellen gav inget användbart svar"


def fallback_notice(reason: str) -> str:
    """The notice shown when the extractive answer stands in for the model's."""
    return f"Svaret är utdraget direkt ur dokumenten eftersom {reason}."


def with_fallback_notice(answer: Answer, reason: str) -> Answer:
    """An extractive answer marked as standing in for the model's."""
    return replace(answer, warnings=(*answer.warnings, fallback_notice(reason)))
