"""The pipeline a user would assemble from the LangChain documentation, on the same corpus,
model and questions: RecursiveCharacterTextSplitter(1000, 200), HuggingFaceEmbeddings on the
same e5 model folder (its defaults: no query:/passage: prefixes), a Chroma vector store and
`similarity_search(question, k=4)`.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from assistant.documents import discover, load_document
from assistant.text import normalize_space


def gold_rank(texts: list[str], gold: str) -> int | None:
    """1-based rank of the first text holding the gold phrase (whitespace collapsed)."""
    phrase = normalize_space(gold)
    return next((n for n, t in enumerate(texts, 1) if phrase in normalize_space(t)), None)


def run(corpus: Path, model_folder: Path, questions: list[dict], repeats: int = 3) -> dict:
    """Index `corpus` the LangChain way and measure gold-passage hits and search latency."""
    from chromadb.config import Settings as ChromaSettings
    from langchain_chroma import Chroma
    from langchain_core.documents import Document
    from langchain_huggingface import HuggingFaceEmbeddings
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    started = time.perf_counter()
    # Each file's text as a loader would give it (front matter removed by our reader, so
    # both pipelines see the same words).
    documents = []
    for doc_id, path in discover(corpus):
        document, _ = load_document(path, doc_id, 20_000_000, root=corpus)
        documents.append(Document(page_content=document.text, metadata={"source": doc_id}))
    splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200)
    chunks = splitter.split_documents(documents)
    embeddings = HuggingFaceEmbeddings(
        model_name=str(model_folder),
        model_kwargs={"device": "cpu"},
        encode_kwargs={"normalize_embeddings": True},
    )
    store = Chroma.from_documents(
        chunks,
        embeddings,
        collection_name="langchain_baseline",
        persist_directory=tempfile.mkdtemp(prefix="lc-chroma-"),
        client_settings=ChromaSettings(anonymized_telemetry=False),
    )
    build_seconds = time.perf_counter() - started

    answerable = [q for q in questions if q.get("gold")]
    ranks, latencies = [], []
    for q in answerable:
        store.similarity_search(q["question"], k=4)  # warm
    for _ in range(repeats):
        for q in answerable:
            t = time.perf_counter()
            found = store.similarity_search(q["question"], k=4)
            latencies.append(time.perf_counter() - t)
    for q in answerable:
        found = store.similarity_search(q["question"], k=4)
        ranks.append(gold_rank([d.page_content for d in found], q["gold"]))
    return {
        "chunks": len(chunks),
        "build_seconds": round(build_seconds, 1),
        "hit@1": sum(r == 1 for r in ranks if r) / len(ranks),
        "hit@4": sum(1 for r in ranks if r) / len(ranks),
        "search_p50_ms": round(1000 * statistics.median(latencies), 1),
        "search_p95_ms": round(1000 * _p95(latencies), 1),
        "questions": len(answerable),
    }


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
