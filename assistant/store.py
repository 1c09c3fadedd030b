"""The vector store (a Chroma collection) and the manifest that says what the index holds.

The manifest (`index/manifest.json`) records the embedding model, the chunker settings,
a schema version and, per document, the content hash whose passages are live. It is
replaced atomically after each document, so an interrupted run leaves every document
either wholly old or wholly new: passages of any other hash are ignored until the next
`assistant index` deletes them.
"""

from __future__ import annotations

import json
import os
import tempfile
import warnings
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from assistant.chunking import CHUNKER_VERSION
from assistant.config import Settings
from assistant.models import Chunk

# Chroma tries to rebuild a stored embedding function by name when it reads the collection;
# ours is always passed in, so its failed attempt (a warning) is expected and harmless.
warnings.filterwarnings("ignore", message="Could not reconstruct embedding function")

SCHEMA_VERSION = 1
COLLECTION = "passages"
MANIFEST = "manifest.json"


class IndexUnavailableError(Exception):
    """The index cannot be used as it is; the message (Swedish) says what to run."""


class IndexMissingError(IndexUnavailableError):
    """No index has been built yet."""


class IndexMismatchError(IndexUnavailableError):
    """The index was built with other settings than those now configured."""


def index_settings(settings: Settings) -> dict:
    """The settings an index depends on; a change in any of them needs a rebuild."""
    return {
        "schema_version": SCHEMA_VERSION,
        "embedding_model": settings.embedding_model,
        "query_prefix": settings.effective_query_prefix,
        "passage_prefix": settings.effective_passage_prefix,
        "chunker": {"version": CHUNKER_VERSION, "max_chars": settings.chunk_max_chars},
    }


@dataclass
class Manifest:
    """What the index holds: the settings it was built with and the live hash per document."""

    settings: dict
    documents: dict[str, dict] = field(default_factory=dict)
    indexed_at: str = ""

    @classmethod
    def load(cls, index_dir: Path) -> Manifest | None:
        """The manifest in `index_dir`, or None when there is none."""
        path = index_dir / MANIFEST
        if not path.is_file():
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(data["settings"], data.get("documents", {}), data.get("indexed_at", ""))

    def save(self, index_dir: Path) -> None:
        """Write atomically: a temporary file renamed over the old manifest."""
        self.indexed_at = datetime.now(UTC).isoformat(timespec="seconds")
        data = {
            "settings": self.settings,
            "documents": self.documents,
            "indexed_at": self.indexed_at,
        }
        fd, tmp = tempfile.mkstemp(prefix=".manifest-", dir=index_dir)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=1)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, index_dir / MANIFEST)

    def check(self, settings: Settings) -> None:
        """Raise IndexMismatchError when the index was built with other settings."""
        wanted = index_settings(settings)
        if self.settings != wanted:
            diffs = [
                f"{key}: indexet har {self.settings.get(key)!r}, inställt är {value!r}"
                for key, value in wanted.items()
                if self.settings.get(key) != value
            ]
            raise IndexMismatchError(
                "Indexet byggdes med andra inställningar än de som gäller nu ("
                + "; ".join(diffs)
                + "). Bygg om det med: assistant index --rebuild"
            )


class _EmbedderFunction:
    """Chroma embedding function over our embedder, so Chroma never loads its default model."""

    def __init__(self, embedder):
        self.embedder = embedder

    def __call__(self, input):  # noqa: A002 - Chroma's parameter name
        return [v for v in self.embedder.embed_documents(list(input))]

    def embed_query(self, input):  # noqa: A002
        return [self.embedder.embed_query(t) for t in input]

    @staticmethod
    def name() -> str:
        return "assistant-embedder"

    def get_config(self) -> dict:
        return {"model": self.embedder.name}

    @staticmethod
    def build_from_config(config):
        raise IndexUnavailableError(
            "Indexet öppnas bara genom assistentens egen inbäddningsmodell."
        )

    def is_legacy(self) -> bool:
        return False

    def default_space(self) -> str:
        return "cosine"

    def supported_spaces(self) -> list[str]:
        return ["cosine"]


def open_collection(index_dir: Path, embedder):
    """The Chroma collection of passages in `index_dir` (created if missing), telemetry off."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    index_dir.mkdir(parents=True, exist_ok=True)
    client = chromadb.PersistentClient(
        path=str(index_dir / "chroma"),
        settings=ChromaSettings(anonymized_telemetry=False, allow_reset=True),
    )
    return client, client.get_or_create_collection(
        COLLECTION,
        embedding_function=_EmbedderFunction(embedder),
        configuration={"hnsw": {"space": "cosine"}},
    )


def chunk_from_record(chunk_id: str, text: str, meta: dict) -> Chunk:
    """Rebuild a Chunk from what Chroma stores."""
    return Chunk(
        chunk_id=chunk_id,
        doc_id=meta["doc_id"],
        text=text,
        start=int(meta["start"]),
        end=int(meta["end"]),
        heading=meta.get("heading", ""),
        title=meta.get("title", ""),
        publisher=meta.get("publisher", ""),
        date=meta.get("date", ""),
        doc_hash=meta["doc_hash"],
        page=meta.get("page"),
    )


class Store:
    """The collection plus its manifest, as one object the indexer and retriever share."""

    def __init__(self, settings: Settings, embedder):
        self.settings = settings
        self.index_dir = settings.index_dir
        self.embedder = embedder
        self._client = None
        self._collection = None

    @property
    def collection(self):
        """The Chroma collection, opened on first use."""
        if self._collection is None:
            self._client, self._collection = open_collection(self.index_dir, self.embedder)
        return self._collection

    def manifest_for_reading(self) -> Manifest:
        """The manifest of a usable index, or an IndexUnavailableError saying how to build one."""
        manifest = Manifest.load(self.index_dir)
        if manifest is None:
            raise IndexMissingError(
                f"Det finns inget index i {self.index_dir}/. Bygg det med: assistant index"
            )
        manifest.check(self.settings)
        return manifest

    def live_chunks(self, manifest: Manifest) -> list[Chunk]:
        """All passages whose document hash is the one the manifest names."""
        data = self.collection.get(include=["documents", "metadatas"])
        chunks = []
        for cid, text, meta in zip(data["ids"], data["documents"], data["metadatas"], strict=True):
            entry = manifest.documents.get(meta.get("doc_id"))
            if entry and entry["hash"] == meta.get("doc_hash"):
                chunks.append(chunk_from_record(cid, text, meta))
        chunks.sort(key=lambda c: (c.doc_id, c.start))
        return chunks

    def add(self, chunks: list[Chunk], embeddings: np.ndarray) -> None:
        """Store passages with the embeddings computed for them."""
        if chunks:
            self.collection.upsert(
                ids=[c.chunk_id for c in chunks],
                embeddings=[e for e in embeddings],
                documents=[c.text for c in chunks],
                metadatas=[c.metadata() for c in chunks],
            )

    def delete_document(self, doc_id: str, keep_hash: str | None = None) -> None:
        """Delete a document's passages, except those of `keep_hash` when given."""
        where: dict = {"doc_id": doc_id}
        if keep_hash is not None:
            where = {"$and": [{"doc_id": doc_id}, {"doc_hash": {"$ne": keep_hash}}]}
        self.collection.delete(where=where)

    def delete_stale(self, manifest: Manifest) -> int:
        """Delete passages left behind by an interrupted run; returns how many."""
        data = self.collection.get(include=["metadatas"])
        stale = [
            cid
            for cid, meta in zip(data["ids"], data["metadatas"], strict=True)
            if manifest.documents.get(meta.get("doc_id"), {}).get("hash") != meta.get("doc_hash")
        ]
        if stale:
            self.collection.delete(ids=stale)
        return len(stale)

    def reset(self) -> None:
        """Drop every passage and the manifest (for --rebuild)."""
        import chromadb

        _ = self.collection  # opens the client
        try:
            self._client.delete_collection(COLLECTION)
        except (ValueError, chromadb.errors.NotFoundError):
            pass
        self._collection = None
        (self.index_dir / MANIFEST).unlink(missing_ok=True)

    def query_dense(self, vector: np.ndarray, n: int, where: dict | None = None) -> list[str]:
        """Ids of the `n` passages nearest to `vector` (matching `where`), nearest first."""
        count = self.collection.count()
        if count == 0:
            return []
        result = self.collection.query(
            query_embeddings=[vector], n_results=min(n, count), where=where, include=[]
        )
        return result["ids"][0]
