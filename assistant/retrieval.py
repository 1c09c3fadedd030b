"""Hybrid retrieval: the lexical (BM25) and dense rankings fused by reciprocal rank fusion."""

from __future__ import annotations

from collections import Counter

import numpy as np

from assistant.chunking import section_paths
from assistant.lexical import BM25Index
from assistant.models import Chunk, Passage
from assistant.store import Store

DENSE_WIDENING = 10  # an unfiltered dense search this many times wider, filtered afterwards
RRF_K = 60  # the usual constant: damps the weight of the very first ranks
FOLLOWING_OF_TOP = 2  # with_following: the best passages whose successors are added
FOLLOWING_DEPTH = 2  # … and how many successors of each


class Retriever:
    """Finds the passages for a question among the live passages of the index."""

    def __init__(self, store: Store, chunks: list[Chunk], candidates: int = 30):
        self.store = store
        self.chunks = {c.chunk_id: c for c in chunks}
        # A passage is found, and read, under its parent headings too.
        self.sections = section_paths(chunks)
        self.lexical = BM25Index(chunks, sections=self.sections)
        self.candidates = candidates
        # Each document's passages in reading order, and each passage's successor (for
        # answers that run on past a passage).
        self._by_document: dict[str, list[Chunk]] = {}
        for chunk in sorted(chunks, key=lambda c: (c.doc_id, c.start)):
            self._by_document.setdefault(chunk.doc_id, []).append(chunk)
        self._following = {
            before.chunk_id: after.chunk_id
            for document in self._by_document.values()
            for before, after in zip(document, document[1:], strict=False)
        }

    def document_chunks(self, doc_id: str) -> list[Chunk]:
        """All live passages of a document, in reading order."""
        return self._by_document.get(doc_id, [])

    def _dense(self, vector: np.ndarray, doc_ids: set[str] | None) -> list[str]:
        """Ids of the nearest live passages, only from `doc_ids` when given.

        Chroma's filtered search is slow when the filter lists hundreds of documents (80 ms
        at 10 000 passages against 8 ms unfiltered), so a wider unfiltered search is tried
        first and filtered here; only when that leaves too few does Chroma filter.
        """
        # Ids not among the live chunks belong to an interrupted run and are ignored.
        n = min(self.candidates, len(self.chunks))
        if doc_ids is None:
            return [c for c in self.store.query_dense(vector, n) if c in self.chunks]
        wide = min(n * DENSE_WIDENING, len(self.chunks))
        found = [
            cid
            for cid in self.store.query_dense(vector, wide)
            if cid in self.chunks and self.chunks[cid].doc_id in doc_ids
        ]
        if len(found) >= n or wide == len(self.chunks):
            return found[:n]
        where = {"doc_id": {"$in": sorted(doc_ids)}}
        return [c for c in self.store.query_dense(vector, n, where) if c in self.chunks]

    def search(
        self,
        question: str,
        k: int,
        doc_ids: set[str] | None = None,
        vector: np.ndarray | None = None,
        per_document: int | None = None,
    ) -> list[Passage]:
        """The `k` best passages, fused from both rankings; only from `doc_ids` when given.

        `vector` is the question's embedding when the caller already has it. With
        `per_document`, at most that many passages come from any one document, so that a
        question asking across documents hears from more of them.
        """
        if not self.chunks:
            return []
        if vector is None:
            vector = self.store.embedder.embed_query(question)
        dense = self._dense(vector, doc_ids)
        lexical = [c.chunk_id for c in self.lexical.search(question, self.candidates, doc_ids)]
        fused: dict[str, float] = {}
        for ranking in (dense, lexical):
            for rank, cid in enumerate(ranking):
                fused[cid] = fused.get(cid, 0.0) + 1.0 / (RRF_K + rank + 1)
        dense_rank = {cid: r + 1 for r, cid in enumerate(dense)}
        lexical_rank = {cid: r + 1 for r, cid in enumerate(lexical)}
        best = sorted(fused.items(), key=lambda kv: -kv[1])
        if per_document is not None:
            taken: Counter[str] = Counter()
            kept = []
            for cid, score in best:
                doc_id = self.chunks[cid].doc_id
                if taken[doc_id] < per_document:
                    taken[doc_id] += 1
                    kept.append((cid, score))
            best = kept
        # Each ranking's first passage is always kept: the one passage holding a rare word
        # ("arvsfonden") may rank first by its words alone and far down by meaning, which
        # the fused score hides behind passages ranked middling by both.
        scores = dict(best)
        firsts = {r[0] for r in (dense, lexical) if r and r[0] in scores}
        # So is the first by words that holds the question's rarest word: "Vad används
        # pengarna från arvsfonden till?" may find a page saying "pengarna ska användas"
        # twice first, and the one passage on the arvsfond second.
        rarest = self.lexical.rarest_term(question)
        if rarest is not None:
            holding = self.lexical.passages_with(rarest)
            firsts |= {next((c for c in lexical if c in holding and c in scores), None)} - {None}
        kept = [cid for cid, _ in best if cid in firsts]
        kept += [cid for cid, _ in best if cid not in firsts][: k - len(kept)]
        best = sorted(((cid, scores[cid]) for cid in kept), key=lambda kv: -kv[1])
        sentence_vectors = self.store.sentence_vectors([cid for cid, _ in best])
        return [
            Passage(
                self.chunks[cid],
                score,
                dense_rank.get(cid),
                lexical_rank.get(cid),
                sentence_vectors.get(cid),
                self.sections.get(cid, ""),
            )
            for cid, score in best
        ]

    def with_following(
        self, passages: list[Passage], top: int = FOLLOWING_OF_TOP, depth: int = FOLLOWING_DEPTH
    ) -> list[Passage]:
        """`passages` plus the `depth` passages after each of the `top` best, when not there
        already.

        A list is often announced at the end of one passage and given in the next ones ("…
        två nya pilotprojekt." / "Det ena projektet …" / "Det andra projektet …"; a
        section's heading and its "Members" subsection), which a question matches less
        well than the announcement. An added passage ranks just below the one it continues.
        """
        present = {p.chunk.chunk_id for p in passages}
        added: list[tuple[str, float]] = []  # (chunk_id, score)
        for passage in passages[:top]:
            cid = passage.chunk.chunk_id
            for step in range(1, depth + 1):
                cid = self._following.get(cid)
                if cid is None:
                    break
                if cid not in present:
                    present.add(cid)
                    added.append((cid, passage.score * (1 - 0.01 * step)))
        # One request for all their sentence vectors (a round trip each on a Chroma server).
        vectors = self.store.sentence_vectors([cid for cid, _ in added])
        return passages + [
            Passage(
                self.chunks[cid], score, None, None, vectors.get(cid), self.sections.get(cid, "")
            )
            for cid, score in added
        ]
