"""Follow-up questions: rewrite one that leans on the previous turn into a standalone question.

In a chat, "Och Helsingborg då?" after "Hur mycket fick Huddinge?" means "Hur mycket fick
Helsingborg?", and "Hur mycket var det?" after "Vad fick Helsingborg för stöd?" means the
amount of that support. Retrieval needs the standalone form; without a language model the
rewrite is done by these rules, which look only at what the question names
(see answering.analyse_question), never at particular words of the corpus.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.answering import YEAR, QuestionAnalysis
from assistant.text import words

# Openings that mark a question as a continuation of the one before.
FOLLOW_UP_OPENINGS = (
    "och",
    "men",
    "samt",
    "även",
    "också",
    "hur är det med",
    "hur var det med",
    "gäller det",
    "gäller samma",
    "samma för",
    "and",
    "but",
    "also",
    "what about",
    "how about",
    "same for",
)
# Closings with the same effect: "Och Helsingborg då?", "Helsingborg också?", "… then?"
FOLLOW_UP_CLOSINGS = ("då", "också", "med", "then", "too", "also")
# A short question ending on one of these asks about the previous topic ("Hur mycket var det?").
PRONOUNS = frozenset("det den de dem detta dessa där då it that this they them there those".split())
SHORT = 7  # words; a longer question is taken to stand on its own


def _is_continuation(question: str) -> bool:
    low = " ".join(words(question))
    tokens = low.split()
    return any(low == o or low.startswith(o + " ") for o in FOLLOW_UP_OPENINGS) or bool(
        tokens and tokens[-1] in FOLLOW_UP_CLOSINGS and len(tokens) <= SHORT
    )


def _replace_entities(previous: str, old: tuple[str, ...], new: tuple[str, ...]) -> str:
    """Put the new names in the place of the old ones of the same kind (years for years)."""
    new_years = [e for e in new if YEAR.fullmatch(e)]
    new_names = [e for e in new if not YEAR.fullmatch(e)]
    text = previous
    for kind_new, is_year in ((new_names, False), (new_years, True)):
        if not kind_new:
            continue
        old_same = [e for e in old if bool(YEAR.fullmatch(e)) == is_year]
        if not old_same:
            text = f"{text.rstrip(' ?.!')} ({', '.join(kind_new)})?"
            continue
        replacement = " och ".join(kind_new)
        # The first old name takes the new one; further old names of that kind are dropped.
        for j, old_name in enumerate(old_same):
            pattern = re.compile(rf"\b{re.escape(old_name)}(:?s)?\b")
            if j == 0:
                text = pattern.sub(lambda m, new=replacement: new + (m.group(1) or ""), text)
            else:
                text = pattern.sub("", text)
        text = " ".join(text.split())
    return text


def rewrite_follow_up(
    question: str,
    previous: str | None,
    analyse: Callable[[str], QuestionAnalysis],
) -> str:
    """The standalone form of `question` given the previous (standalone) question.

    Returns `question` unchanged when it stands on its own or there is no previous question.
    """
    if not previous:
        return question
    q = analyse(question)
    p = analyse(previous)
    tokens = words(question)
    continuation = _is_continuation(question)
    # "Hur mycket var det?", "Hur många bor där?": a pronoun at the end points back.
    leans_back = not q.entities and len(tokens) <= SHORT and any(t in PRONOUNS for t in tokens[-2:])
    if continuation and q.entities:
        # "Och Helsingborg då?": the previous question, about the newly named place or year.
        return _replace_entities(previous, p.entities, q.entities)
    if continuation and q.terms and len(tokens) <= SHORT:
        # "Och skolan då?": the previous question's names, with the new topic.
        context = ", ".join(p.entities) if p.entities else previous.rstrip(" ?.!")
        return f"{question.rstrip(' ?.!')} ({context})?"
    if leans_back or (continuation and not q.entities and not q.terms):
        # This question's kind and words, the previous question's subject.
        subject = [*p.entities, *(t.word for t in p.terms if not q.terms)]
        if not subject:
            return question
        return f"{question.rstrip(' ?.!')} ({', '.join(subject)})?"
    return question
