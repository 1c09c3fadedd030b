"""Embedders: turn questions and passages into vectors. The model loads lazily, once."""

from __future__ import annotations

import logging
import os
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

    def __init__(self, settings: Settings, batch_size: int = 32):
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
