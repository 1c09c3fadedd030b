"""BM25 over Swedish-stemmed tokens (Snowball) with compounds split, built in memory from
the indexed passages."""

from __future__ import annotations

import math
from collections import Counter

import numpy as np

from assistant.models import Chunk
from assistant.text import QUESTION_WORDS, STOP_WORDS, compound_parts, stem, words

COMPOUND_MIN_CHARS = 9  # shorter words are rarely compounds of two content words


def passage_text(chunk: Chunk, section: str = "") -> str:
    """What a passage is found by: its own words plus its title and headings (`section`:
    its heading and those it is a subsection of, see chunking.section_paths)."""
    return f"{chunk.title} {section or chunk.heading} {chunk.text}"


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
    """Okapi BM25 (k1=1.2, b=0.75) over a list of passages.

    Postings are numpy arrays holding each passage's BM25 term weight, so a question is
    scored by a few vector additions even over a hundred thousand passages.
    """

    def __init__(
        self,
        chunks: list[Chunk],
        k1: float = 1.2,
        b: float = 0.75,
        sections: dict[str, str] | None = None,
    ):
        self.chunks = chunks
        sections = sections or {}
        texts = [passage_text(c, sections.get(c.chunk_id, "")) for c in chunks]
        corpus_words = {w for t in texts for w in words(t) if len(w) >= 4}
        self.vocabulary = corpus_words | {stem(w) for w in corpus_words}
        term_counts = [Counter(lexical_terms(t, self.vocabulary)) for t in texts]
        lengths = np.array([sum(tc.values()) for tc in term_counts], dtype=np.float32)
        avg_length = float(lengths.mean()) if chunks else 0.0
        norms = k1 * (1 - b + b * lengths / avg_length) if chunks else lengths
        rows: dict[str, list[int]] = {}
        weights: dict[str, list[float]] = {}
        for i, tc in enumerate(term_counts):
            for term, tf in tc.items():
                rows.setdefault(term, []).append(i)
                weights.setdefault(term, []).append(tf * (k1 + 1) / (tf + norms[i]))
        n = len(chunks)
        self.idf = {t: math.log(1 + (n - len(r) + 0.5) / (len(r) + 0.5)) for t, r in rows.items()}
        self.postings = {
            t: (np.array(r, dtype=np.int32), np.array(weights[t], dtype=np.float32))
            for t, r in rows.items()
        }
        doc_ids = sorted({c.doc_id for c in chunks})
        self._doc_number = {d: k for k, d in enumerate(doc_ids)}
        self._chunk_doc = np.array([self._doc_number[c.doc_id] for c in chunks], dtype=np.int32)

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every passage (0 for passages sharing no term with the query)."""
        result = np.zeros(len(self.chunks), dtype=np.float32)
        for term in set(lexical_terms(query, self.vocabulary)):
            if term in self.postings:
                rows, weights = self.postings[term]
                result[rows] += self.idf[term] * weights
        return result

    def rarest_term(self, query: str) -> str | None:
        """The query's rarest term the passages use (highest IDF), or None."""
        known = [t for t in set(lexical_terms(query, self.vocabulary)) if t in self.idf]
        return max(known, key=lambda t: (self.idf[t], t)) if known else None

    def passages_with(self, term: str) -> set[str]:
        """The ids of the passages that use a term."""
        rows = self.postings.get(term)
        return set() if rows is None else {self.chunks[i].chunk_id for i in rows[0].tolist()}

    def search(self, query: str, n: int, doc_ids: set[str] | None = None) -> list[Chunk]:
        """The `n` best passages for `query` (only from `doc_ids` when given), best first."""
        scores = self.scores(query)
        candidates = np.flatnonzero(scores > 0)
        if doc_ids is not None:
            wanted = [self._doc_number[d] for d in doc_ids if d in self._doc_number]
            candidates = candidates[np.isin(self._chunk_doc[candidates], wanted)]
        if len(candidates) > n:
            candidates = candidates[np.argpartition(-scores[candidates], n - 1)[:n]]
        # Ties keep passage order, so results do not depend on the partition.
        order = sorted(candidates.tolist(), key=lambda i: (-scores[i], i))
        return [self.chunks[i] for i in order]
