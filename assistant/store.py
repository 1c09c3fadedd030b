"""The vector store (a Chroma collection) and the manifest that says what the index holds.

The manifest records the embedding model, the chunker settings, a schema version and, per
document, the content hash whose passages are live. It is replaced atomically, so an
interrupted run leaves every document either wholly old or wholly new: passages of any
other hash are ignored until the next `assistant index` deletes them.

Two places hold the collection:

* embedded (default): Chroma in `index/chroma/`, the manifest in `index/manifest.json`;
* a Chroma server (`ASSISTANT_CHROMA_URL`): the collection on the server, the manifest in
  the collection's own metadata, so every machine using the server sees the same index.
"""

from __future__ import annotations

import base64
import json
import os
import tempfile
import warnings
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlparse

import numpy as np

from assistant.chunking import CHUNKER_VERSION
from assistant.config import Settings
from assistant.models import Chunk

# Chroma tries to rebuild a stored embedding function by name when it reads the collection;
# ours is always passed in, so its failed attempt (a warning) is expected and harmless.
warnings.filterwarnings("ignore", message="Could not reconstruct embedding function")

SCHEMA_VERSION = 2  # 2: passages carry their sentences' vectors
MANIFEST = "manifest.json"
PAGE = 1000  # records per request to Chroma
SENTENCE_VECTORS = "sentence_vectors"  # metadata field: the passage's packed sentence vectors
MANIFEST_KEY = "assistant_manifest"  # collection metadata holding the manifest (server mode)
# HNSW graph settings, stored with the collection when it is created. Chroma's default
# ef_search (10) found only about half of the true nearest passages at 20 000 vectors;
# these were chosen with benchmarks/recall.py (figures in docs/BENCHMARKS.md).
HNSW = {"space": "cosine", "ef_construction": 200, "max_neighbors": 32, "ef_search": 128}


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
        "hnsw": HNSW,
    }


@dataclass
class Manifest:
    """What the index holds: the settings it was built with and the live hash per document."""

    settings: dict
    documents: dict[str, dict] = field(default_factory=dict)
    indexed_at: str = ""

    @classmethod
    def from_json(cls, text: str) -> Manifest:
        """A manifest from its JSON text."""
        data = json.loads(text)
        return cls(data["settings"], data.get("documents", {}), data.get("indexed_at", ""))

    def to_json(self) -> str:
        """The manifest as JSON text, stamped with the current time."""
        self.indexed_at = datetime.now(UTC).isoformat(timespec="microseconds")
        data = {
            "settings": self.settings,
            "documents": self.documents,
            "indexed_at": self.indexed_at,
        }
        return json.dumps(data, ensure_ascii=False, indent=1)

    @classmethod
    def load(cls, index_dir: Path) -> Manifest | None:
        """The manifest file in `index_dir`, or None when there is none."""
        path = index_dir / MANIFEST
        if not path.is_file():
            return None
        return cls.from_json(path.read_text(encoding="utf-8"))

    def save(self, index_dir: Path) -> None:
        """Write to `index_dir` atomically: a temporary file renamed over the old manifest."""
        text = self.to_json()
        fd, tmp = tempfile.mkstemp(prefix=".manifest-", dir=index_dir)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
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


class _NoEmbedder:
    """Stands in for the model in an embedding function Chroma rebuilt from its config."""

    def __init__(self, name: str):
        self.name = name

    def embed_documents(self, texts):
        raise IndexUnavailableError(
            "Indexet öppnas bara genom assistentens egen inbäddningsmodell."
        )

    embed_query = embed_documents


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
        # Chroma rebuilds the function when it reads a collection's configuration (e.g. on
        # modify); that copy must never embed: the store always passes in the real one.
        return _EmbedderFunction(_NoEmbedder(config.get("model", "")))

    def is_legacy(self) -> bool:
        return False

    def default_space(self) -> str:
        return "cosine"

    def supported_spaces(self) -> list[str]:
        return ["cosine"]


def chroma_client(settings: Settings):
    """A Chroma client, telemetry off: a server's (ASSISTANT_CHROMA_URL) or the embedded one."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=True)
    if settings.chroma_url:
        url = urlparse(settings.chroma_url)
        if url.scheme not in ("http", "https") or not url.hostname:
            raise IndexUnavailableError(
                f"ASSISTANT_CHROMA_URL={settings.chroma_url!r} är ingen adress som "
                "http://127.0.0.1:8000."
            )
        # Chroma's own server has no authentication: a token is for a proxy in front of it.
        headers = (
            {"Authorization": f"Bearer {settings.chroma_token}"} if settings.chroma_token else None
        )
        try:
            return chromadb.HttpClient(
                host=url.hostname,
                port=url.port or (443 if url.scheme == "https" else 80),
                ssl=url.scheme == "https",
                headers=headers,
                settings=chroma_settings,
            )
        except Exception as exc:  # connection refused, 401 from the proxy, bad TLS ...
            raise IndexUnavailableError(
                f"Kunde inte nå Chroma-servern på {settings.chroma_url}: {exc}"
            ) from exc
    settings.index_dir.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(
        path=str(settings.index_dir / "chroma"), settings=chroma_settings
    )


def pack_vectors(vectors: np.ndarray) -> str:
    """Unit vectors as compact text for a metadata field: int8 per value, one scale per row."""
    vectors = np.asarray(vectors, dtype=np.float32)
    n, dim = vectors.shape if vectors.size else (0, 0)
    scale = np.abs(vectors).max(axis=1, initial=0.0) / 127 if n else np.zeros(0, np.float32)
    safe = np.where(scale > 0, scale, 1.0)[:, None] if n else np.ones((0, 1), np.float32)
    values = np.round(vectors / safe).astype(np.int8) if n else np.zeros(0, np.int8)
    raw = (
        np.array([n, dim], dtype="<u2").tobytes() + scale.astype("<f4").tobytes() + values.tobytes()
    )
    return base64.b64encode(raw).decode("ascii")


def unpack_vectors(text: str) -> np.ndarray:
    """The vectors packed by `pack_vectors` (rows L2-normalised again)."""
    raw = base64.b64decode(text)
    n, dim = np.frombuffer(raw[:4], dtype="<u2")
    scale = np.frombuffer(raw[4 : 4 + 4 * n], dtype="<f4")
    values = np.frombuffer(raw[4 + 4 * n :], dtype=np.int8).reshape(n, dim)
    vectors = values.astype(np.float32) * scale[:, None]
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms > 0, norms, 1.0)


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
        self.on_server = bool(settings.chroma_url)
        self.name = settings.chroma_collection
        # Where the index lives, as messages name it.
        self.where = (
            f"Chroma-servern {settings.chroma_url} (samling {self.name})"
            if self.on_server
            else f"{self.index_dir}/"
        )
        self._client = None
        self._collection = None

    @property
    def collection(self):
        """The Chroma collection, opened (or created, with our HNSW settings) on first use."""
        if self._collection is None:
            if self._client is None:
                self._client = chroma_client(self.settings)
            self._collection = self._client.get_or_create_collection(
                self.name,
                embedding_function=_EmbedderFunction(self.embedder),
                configuration={"hnsw": dict(HNSW)},
            )
        return self._collection

    def load_manifest(self) -> Manifest | None:
        """The index's manifest (from the server's collection in server mode), or None."""
        if not self.on_server:
            return Manifest.load(self.index_dir)
        self._collection = None  # fetched anew: another machine may have indexed since
        text = (self.collection.metadata or {}).get(MANIFEST_KEY)
        return Manifest.from_json(text) if text else None

    def save_manifest(self, manifest: Manifest) -> None:
        """Replace the manifest atomically (a file rename, or one metadata update on the server)."""
        if not self.on_server:
            manifest.save(self.index_dir)
            return
        self.collection.modify(metadata={MANIFEST_KEY: manifest.to_json()})

    def manifest_stamp(self) -> str | None:
        """Something that changes whenever the manifest does (to notice another indexer)."""
        if not self.on_server:
            try:
                return str((self.index_dir / MANIFEST).stat().st_mtime_ns)
            except FileNotFoundError:
                return None
        manifest = self.load_manifest()
        return manifest.indexed_at if manifest else None

    def manifest_for_reading(self) -> Manifest:
        """The manifest of a usable index, or an IndexUnavailableError saying how to build one."""
        manifest = self.load_manifest()
        if manifest is None:
            raise IndexMissingError(
                f"Det finns inget index i {self.where}. Bygg det med: assistant index"
            )
        manifest.check(self.settings)
        return manifest

    def _get_all(self, include: list[str]):
        """Every record, fetched in pages (a server limits how much one answer may hold)."""
        ids, documents, metadatas = [], [], []
        offset = 0
        while True:
            page = self.collection.get(include=include, limit=PAGE, offset=offset)
            ids += page["ids"]
            documents += page.get("documents") or [None] * len(page["ids"])
            metadatas += page.get("metadatas") or [None] * len(page["ids"])
            if len(page["ids"]) < PAGE:
                return ids, documents, metadatas
            offset += PAGE

    def live_chunks(self, manifest: Manifest) -> list[Chunk]:
        """All passages whose document hash is the one the manifest names."""
        chunks = []
        for cid, text, meta in zip(*self._get_all(["documents", "metadatas"]), strict=True):
            entry = manifest.documents.get(meta.get("doc_id"))
            if entry and entry["hash"] == meta.get("doc_hash"):
                chunks.append(chunk_from_record(cid, text, meta))
        chunks.sort(key=lambda c: (c.doc_id, c.start))
        return chunks

    def add(
        self,
        chunks: list[Chunk],
        embeddings: np.ndarray,
        sentence_vectors: list[np.ndarray] | None = None,
    ) -> None:
        """Store passages with their embeddings and (when given) their sentences' vectors."""
        metadatas = [c.metadata() for c in chunks]
        if sentence_vectors is not None:
            for meta, vectors in zip(metadatas, sentence_vectors, strict=True):
                meta[SENTENCE_VECTORS] = pack_vectors(vectors)
        for at in range(0, len(chunks), PAGE):
            part = slice(at, at + PAGE)
            self.collection.upsert(
                ids=[c.chunk_id for c in chunks[part]],
                embeddings=[e for e in embeddings[part]],
                documents=[c.text for c in chunks[part]],
                metadatas=metadatas[part],
            )

    def sentence_vectors(self, chunk_ids: list[str]) -> dict[str, np.ndarray]:
        """The stored sentence vectors of these passages (passages without any are left out)."""
        if not chunk_ids:
            return {}
        data = self.collection.get(ids=chunk_ids, include=["metadatas"])
        return {
            cid: unpack_vectors(meta[SENTENCE_VECTORS])
            for cid, meta in zip(data["ids"], data["metadatas"], strict=True)
            if meta and SENTENCE_VECTORS in meta
        }

    def delete_document(self, doc_id: str, keep_hash: str | None = None) -> None:
        """Delete a document's passages, except those of `keep_hash` when given."""
        where: dict = {"doc_id": doc_id}
        if keep_hash is not None:
            where = {"$and": [{"doc_id": doc_id}, {"doc_hash": {"$ne": keep_hash}}]}
        self.collection.delete(where=where)

    def delete_stale(self, manifest: Manifest) -> int:
        """Delete passages left behind by an interrupted run; returns how many."""
        ids, _, metadatas = self._get_all(["metadatas"])
        stale = [
            cid
            for cid, meta in zip(ids, metadatas, strict=True)
            if manifest.documents.get(meta.get("doc_id"), {}).get("hash") != meta.get("doc_hash")
        ]
        for at in range(0, len(stale), PAGE):
            self.collection.delete(ids=stale[at : at + PAGE])
        return len(stale)

    def reset(self) -> None:
        """Drop every passage and the manifest (for --rebuild)."""
        import chromadb

        _ = self.collection  # opens the client
        try:
            self._client.delete_collection(self.name)  # in server mode the manifest goes with it
        except (ValueError, chromadb.errors.NotFoundError):
            pass
        self._collection = None
        if not self.on_server:
            (self.index_dir / MANIFEST).unlink(missing_ok=True)

    def query_dense(self, vector: np.ndarray, n: int, where: dict | None = None) -> list[str]:
        """Ids of the `n` passages nearest to `vector` (matching `where`), nearest first.

        `n` should not exceed the number of passages (the retriever knows it; asking Chroma
        to count costs a request each time).
        """
        if n <= 0:
            return []
        result = self.collection.query(
            query_embeddings=[vector], n_results=n, where=where, include=[]
        )
        return result["ids"][0]
