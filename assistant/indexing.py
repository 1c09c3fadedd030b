"""`assistant index`: bring the index in line with the documents folder, incrementally."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from tqdm import tqdm

from assistant.chunking import chunk_document, embedding_text, sentence_spans
from assistant.config import Settings
from assistant.documents import DocumentError, content_hash, discover, load_document
from assistant.embedding import embed_passages
from assistant.store import Manifest, Store, index_settings

COMMIT_DOCUMENTS = 20  # documents indexed between manifest saves, at most ...
COMMIT_SECONDS = 2.0  # ... or seconds


@dataclass
class IndexReport:
    """What an indexing run did."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)
    chunks_embedded: int = 0
    seconds: float = 0.0

    def summary(self) -> str:
        """A Swedish summary for the terminal."""
        lines = [
            f"Klart på {self.seconds:.1f} s: {len(self.added)} tillagda, {len(self.updated)} uppdaterade, "
            f"{len(self.removed)} borttagna, {len(self.unchanged)} oförändrade, "
            f"{len(self.skipped)} överhoppade; {self.chunks_embedded} avsnitt inbäddade."
        ]
        lines += [f"  Överhoppad: {reason}" for _, reason in self.skipped]
        return "\n".join(lines)


def file_unchanged(path, indexed_hash: str, max_bytes: int) -> bool:
    """Whether a file still has the content it was indexed with (False when unreadable)."""
    try:
        return path.stat().st_size <= max_bytes and content_hash(path.read_bytes()) == indexed_hash
    except OSError:
        return False


def index_documents(
    settings: Settings,
    store: Store,
    rebuild: bool = False,
    progress: bool = True,
    on_progress: Callable[[int, int, str], None] | None = None,
) -> IndexReport:
    """Index new and changed documents, drop removed ones, skip unchanged ones by content hash.

    `progress` shows a bar on the terminal; `on_progress(done, total, doc_id)` reports to
    other front ends (the web chat's progress bar).

    Each document is written as: new passages added, manifest switched to the new hash
    (atomically), old passages deleted. A run cut off at any point therefore leaves each
    document wholly old or wholly new for readers, and the next run tidies up.
    """
    started = time.perf_counter()
    report = IndexReport()
    if not settings.documents_dir.is_dir():
        raise DocumentError(f"Dokumentmappen {settings.documents_dir}/ finns inte.")
    settings.index_dir.mkdir(parents=True, exist_ok=True)
    if rebuild:
        store.reset()
    manifest = store.load_manifest()
    if manifest is None:
        manifest = Manifest(index_settings(settings))
        store.save_manifest(manifest)
    else:
        manifest.check(settings)
        store.delete_stale(manifest)

    # Old passages are deleted only after the manifest has switched away from them; the
    # manifest is saved every few documents (or seconds), not after each one, since it
    # grows with the corpus and on a server every save is a request.
    outdated: list[tuple[str, str | None]] = []  # (doc_id, hash to keep or None for all)
    last_save = time.perf_counter()

    def commit() -> None:
        nonlocal last_save
        store.save_manifest(manifest)
        for doc_id, keep_hash in outdated:
            store.delete_document(doc_id, keep_hash=keep_hash)
        outdated.clear()
        last_save = time.perf_counter()

    def commit_now_and_then() -> None:
        if len(outdated) >= COMMIT_DOCUMENTS or time.perf_counter() - last_save >= COMMIT_SECONDS:
            commit()

    files = discover(settings.documents_dir)
    on_disk = {doc_id for doc_id, _ in files}
    # The same content under two names is indexed once, under the name met first.
    indexed_as = {
        entry["hash"]: doc_id for doc_id, entry in manifest.documents.items() if doc_id in on_disk
    }
    bar = tqdm(files, desc="Indexerar", unit="dok", file=sys.stderr, disable=not progress)
    for done, (doc_id, path) in enumerate(bar):
        bar.set_postfix_str(doc_id[-40:], refresh=False)
        if on_progress:
            on_progress(done, len(files), doc_id)
        previous = manifest.documents.get(doc_id)
        if previous and file_unchanged(path, previous["hash"], settings.max_document_bytes):
            report.unchanged.append(doc_id)  # not even parsed: PDFs are slow to read
            continue
        try:
            document, blocks = load_document(
                path, doc_id, settings.max_document_bytes, root=settings.documents_dir
            )
        except DocumentError as exc:
            report.skipped.append((doc_id, str(exc)))
            if progress:
                tqdm.write(f"Varning: {exc}", file=sys.stderr)
            continue
        twin = indexed_as.get(document.content_hash)
        if twin and twin != doc_id:
            report.skipped.append(
                (doc_id, f"{doc_id}: samma innehåll som {twin}; indexeras en gång.")
            )
            if previous:  # it used to differ: its old passages go
                del manifest.documents[doc_id]
                outdated.append((doc_id, None))
                commit_now_and_then()
            continue
        indexed_as[document.content_hash] = doc_id
        chunks = chunk_document(document, blocks, settings.chunk_max_chars)
        texts = [embedding_text(c) for c in chunks]
        # Each passage's sentences get vectors from the same pass, for the answerer.
        spans = [
            [
                (s + len(t) - len(c.text), e + len(t) - len(c.text))
                for s, e in sentence_spans(c.text)
            ]
            for t, c in zip(texts, chunks, strict=True)
        ]
        embeddings, sentence_vectors = embed_passages(store.embedder, texts, spans)
        store.add(chunks, embeddings, sentence_vectors)
        manifest.documents[doc_id] = {
            "hash": document.content_hash,
            "chunks": len(chunks),
            "title": document.title,
            "publisher": document.publisher,
            "date": document.date,
            "type": document.doc_type,
            "municipality": document.municipality,
            "author": document.author,
            "source": document.source,
            "missing": list(document.missing_metadata),
        }
        outdated.append((doc_id, document.content_hash))
        commit_now_and_then()
        report.chunks_embedded += len(chunks)
        (report.updated if previous else report.added).append(doc_id)

    # Only files gone from disk (or now duplicates) are removed: one present but now unreadable keeps its last
    # good passages, so nothing indexed is lost to a bad save.
    for doc_id in sorted(set(manifest.documents) - on_disk):
        del manifest.documents[doc_id]
        outdated.append((doc_id, None))
        report.removed.append(doc_id)
    commit()
    if on_progress:
        on_progress(len(files), len(files), "")
    report.seconds = time.perf_counter() - started
    return report
