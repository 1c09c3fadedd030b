"""BM25 over Swedish-stemmed tokens (Snowball) with compounds split, built in memory from
the indexed passages."""

from __future__ import annotations

import math
from collections import Counter

from assistant.models import Chunk
from assistant.text import QUESTION_WORDS, STOP_WORDS, compound_parts, stem, words

COMPOUND_MIN_CHARS = 9  # shorter words are rarely compounds of two content words


def passage_text(chunk: Chunk) -> str:
    """What a passage is found by: its own words plus its title and heading."""
    return f"{chunk.title} {chunk.heading} {chunk.text}"


def lexical_terms(text: str, vocabulary: set[str]) -> list[str]:
    """Stems of the content words, plus the stems of the parts of compounds, so that
    "segregationsarbetet" is also found by "segregation" and "arbete" (and back)."""
    terms = []
    for word in words(text):
        if word in STOP_WORDS or word in QUESTION_WORDS:
            continue
        terms.append(stem(word))
        if len(word) >= COMPOUND_MIN_CHARS:
            parts = compound_parts(word, vocabulary)
            if parts:
                terms += [stem(p) for p in parts]
    return terms


class BM25Index:
    """Okapi BM25 (k1=1.2, b=0.75) over a list of passages."""

    def __init__(self, chunks: list[Chunk], k1: float = 1.2, b: float = 0.75):
        self.chunks = chunks
        self.k1, self.b = k1, b
        texts = [passage_text(c) for c in chunks]
        corpus_words = {w for t in texts for w in words(t) if len(w) >= 4}
        self.vocabulary = corpus_words | {stem(w) for w in corpus_words}
        self.term_counts = [Counter(lexical_terms(t, self.vocabulary)) for t in texts]
        self.lengths = [sum(tc.values()) for tc in self.term_counts]
        self.avg_length = (sum(self.lengths) / len(self.lengths)) if chunks else 0.0
        df: Counter = Counter()
        for tc in self.term_counts:
            df.update(tc.keys())
        n = len(chunks)
        self.idf = {t: math.log(1 + (n - f + 0.5) / (f + 0.5)) for t, f in df.items()}
        self.postings: dict[str, list[int]] = {}
        for i, tc in enumerate(self.term_counts):
            for t in tc:
                self.postings.setdefault(t, []).append(i)

    def scores(self, query: str) -> dict[int, float]:
        """BM25 score per passage position, for passages sharing at least one term."""
        result: dict[int, float] = {}
        for term in set(lexical_terms(query, self.vocabulary)):
            idf = self.idf.get(term)
            if idf is None:
                continue
            for i in self.postings[term]:
                tf = self.term_counts[i][term]
                norm = self.k1 * (1 - self.b + self.b * self.lengths[i] / self.avg_length)
                result[i] = result.get(i, 0.0) + idf * tf * (self.k1 + 1) / (tf + norm)
        return result

    def search(self, query: str, n: int) -> list[Chunk]:
        """The `n` best passages for `query`, best first."""
        scored = sorted(self.scores(query).items(), key=lambda kv: (-kv[1], kv[0]))
        return [self.chunks[i] for i, _ in scored[:n]]
