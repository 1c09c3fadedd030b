"""`assistant eval`: run a question file and report retrieval and answer figures."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from assistant.text import normalize_space


@dataclass
class QuestionResult:
    """How one question fared."""

    id: str
    question: str
    unanswerable: bool
    gold_rank: int | None  # rank of the first retrieved passage holding the gold phrase
    gold_cited: bool
    answer_ok: bool
    answered: bool
    answer: str
    why: str = ""

    @property
    def passed(self) -> bool:
        if self.unanswerable:
            return not self.answered
        return self.answered and self.gold_cited and self.answer_ok


@dataclass
class EvalReport:
    """Figures over a question file."""

    results: list[QuestionResult] = field(default_factory=list)

    @property
    def answerable(self) -> list[QuestionResult]:
        return [r for r in self.results if not r.unanswerable]

    @property
    def unanswerable(self) -> list[QuestionResult]:
        return [r for r in self.results if r.unanswerable]

    def hit_at(self, k: int) -> float:
        """Share of answerable questions whose gold passage is among the first k retrieved."""
        rs = self.answerable
        return (
            sum(r.gold_rank is not None and r.gold_rank <= k for r in rs) / len(rs) if rs else 0.0
        )

    def figures(self) -> dict:
        """The headline numbers."""
        a, u = self.answerable, self.unanswerable
        return {
            "answerable": len(a),
            "unanswerable": len(u),
            "hit@1": round(self.hit_at(1), 3),
            "hit@3": round(self.hit_at(3), 3),
            "hit@5": round(self.hit_at(5), 3),
            "gold_cited": round(sum(r.gold_cited for r in a) / len(a), 3) if a else 0.0,
            "answer_accuracy": round(sum(r.answer_ok for r in a) / len(a), 3) if a else 0.0,
            "unanswerable_refused": sum(not r.answered for r in u),
            "answerable_refused": sum(not r.answered for r in a),
        }

    def summary(self) -> str:
        """Swedish summary for the terminal."""
        f = self.figures()
        lines = [
            f"Frågor: {f['answerable']} besvarbara, {f['unanswerable']} obesvarbara",
            f"Rätt avsnitt bland de hämtade: hit@1 {f['hit@1']:.0%}, hit@3 {f['hit@3']:.0%}, hit@5 {f['hit@5']:.0%}",
            f"Rätt avsnitt citerat: {f['gold_cited']:.0%}",
            f"Svaret innehåller det väntade: {f['answer_accuracy']:.0%}",
            f"Obesvarbara som vägrades: {f['unanswerable_refused']} av {f['unanswerable']}",
            f"Besvarbara som felaktigt vägrades: {f['answerable_refused']}",
        ]
        failed = [r for r in self.results if not r.passed]
        if failed:
            lines.append("Misslyckade:")
            lines += [f"  {r.id}: {r.why} – {r.question}" for r in failed]
        return "\n".join(lines)

    def to_json(self) -> dict:
        """Figures and per-question results, for `--report`."""
        return {
            "figures": self.figures(),
            "results": [r.__dict__ | {"passed": r.passed} for r in self.results],
        }

    def to_markdown(self) -> str:
        """A readable report: the figures, then one table row per question."""
        f = self.figures()
        lines = [
            "# Utvärdering",
            "",
            f"- Frågor: {f['answerable']} besvarbara, {f['unanswerable']} obesvarbara",
            f"- Rätt avsnitt bland de hämtade: hit@1 {f['hit@1']:.0%}, hit@3 {f['hit@3']:.0%}, "
            f"hit@5 {f['hit@5']:.0%}",
            f"- Rätt avsnitt citerat: {f['gold_cited']:.0%}",
            f"- Svaret innehåller det väntade: {f['answer_accuracy']:.0%}",
            f"- Obesvarbara som vägrades: {f['unanswerable_refused']} av {f['unanswerable']}",
            f"- Besvarbara som felaktigt vägrades: {f['answerable_refused']}",
            "",
            "| id | Fråga | Rang för rätt avsnitt | Resultat | Varför | Svar |",
            "|---|---|---|---|---|---|",
        ]

        def cell(text: str) -> str:
            return normalize_space(text).replace("|", "\\|")

        for r in self.results:
            rank = "–" if r.unanswerable else (str(r.gold_rank) if r.gold_rank else "ej hämtat")
            verdict = "godkänd" if r.passed else "underkänd"
            lines.append(
                f"| {cell(r.id)} | {cell(r.question)} | {rank} | {verdict} | {cell(r.why)} | "
                f"{cell(r.answer)} |"
            )
        return "\n".join(lines) + "\n"


def load_questions(path: Path) -> list[dict]:
    """Questions from a JSONL file (one object with at least `question` per line)."""
    items = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}, rad {n}: ogiltig JSON ({exc.msg}).") from None
            if not isinstance(item, dict) or not isinstance(item.get("question"), str):
                raise ValueError(f'{path}, rad {n}: fältet "question" saknas.')
            items.append(item)
    return items


def _matches(patterns: list[str], text: str) -> list[bool]:
    return [re.search(normalize_space(p), text, re.IGNORECASE) is not None for p in patterns]


def evaluate_question(assistant, item: dict, k: int = 5) -> QuestionResult:
    """Ask one question and judge retrieval, citation and answer against the item's keys."""
    question = item["question"]
    gold = normalize_space(item.get("gold", ""))
    passages = assistant.retrieve(question, k)
    rank = next(
        (i + 1 for i, p in enumerate(passages) if gold and gold in normalize_space(p.chunk.text)),
        None,
    )
    answer = assistant.ask(question, k)
    text = normalize_space(answer.text)
    cited = bool(gold) and any(gold in normalize_space(c.text) for c in answer.citations)
    any_ok = any(_matches(item["answer_any"], text)) if item.get("answer_any") else True
    all_ok = all(_matches(item["answer_all"], text)) if item.get("answer_all") else True
    unanswerable = bool(item.get("unanswerable"))
    why = []
    if unanswerable and answer.answered:
        why.append("besvarades fast dokumenten saknar svar")
    if not unanswerable:
        if not answer.answered:
            why.append("vägrades")
        if not cited:
            why.append(f"rätt avsnitt ej citerat (rang {rank})")
        if not (any_ok and all_ok):
            why.append("svaret saknar väntat innehåll")
    return QuestionResult(
        id=str(item.get("id", "")),
        question=question,
        unanswerable=unanswerable,
        gold_rank=rank,
        gold_cited=cited,
        answer_ok=any_ok and all_ok,
        answered=answer.answered,
        answer=answer.text,
        why="; ".join(why),
    )


def evaluate(assistant, items: list[dict], k: int = 5) -> EvalReport:
    """Evaluate every question of a question file."""
    return EvalReport([evaluate_question(assistant, item, k) for item in items])
