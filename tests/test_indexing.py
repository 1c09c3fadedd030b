"""Incremental indexing with a fake embedder: skips, replacements, removals, bad files, crashes."""

import pytest

from assistant.chunking import chunk_document, embedding_text
from assistant.config import Settings
from assistant.core import Assistant
from assistant.documents import load_document
from assistant.store import IndexMismatchError, IndexMissingError

DOC = "---\ntitle: {title}\npublisher: Testkommun\ndate: 2021-05-01\n---\nRubrik\n\n{body}\n"


def _write(folder, name, title, body):
    (folder / name).write_text(DOC.format(title=title, body=body), encoding="utf-8")


def test_incremental_runs_skip_replace_and_remove(fake_assistant):
    docs = fake_assistant.settings.documents_dir
    _write(docs, "a.txt", "A", "Testkommun fick 100 000 kronor för arbete mot segregation.")
    _write(docs, "b.txt", "B", "Skolan arbetar med språkutveckling.")
    first = fake_assistant.index(progress=False)
    assert sorted(first.added) == ["a.txt", "b.txt"]

    embedded_before = fake_assistant.embedder.calls
    _write(docs, "b.txt", "B", "Skolan arbetar nu med läsning.")
    second = fake_assistant.index(progress=False)
    assert second.unchanged == ["a.txt"] and second.updated == ["b.txt"]
    # Only the changed file's passages were embedded again.
    assert fake_assistant.embedder.calls - embedded_before == second.chunks_embedded == 1

    (docs / "a.txt").unlink()
    third = fake_assistant.index(progress=False)
    assert third.removed == ["a.txt"]
    chunks = fake_assistant.store.live_chunks(fake_assistant.store.manifest_for_reading())
    assert {c.doc_id for c in chunks} == {"b.txt"}
    assert fake_assistant.store.collection.count() == len(chunks)  # old passages deleted
    assert "läsning" in chunks[0].text


def test_bad_files_are_skipped_with_reasons_and_the_rest_indexed(fake_assistant):
    docs = fake_assistant.settings.documents_dir
    _write(docs, "bra.txt", "Bra", "En läsbar mening om segregation.")
    (docs / "tom.txt").write_bytes(b"")
    (docs / "binar.txt").write_bytes(bytes(range(256)) * 10)
    (docs / "bild.png").write_bytes(b"\x89PNG\r\n")
    report = fake_assistant.index(progress=False)
    assert report.added == ["bra.txt"]
    reasons = dict(report.skipped)
    assert set(reasons) == {"tom.txt", "binar.txt", "bild.png"}
    assert (
        "tom" in reasons["tom.txt"]
        and "binär" in reasons["binar.txt"]
        and "stöds inte" in reasons["bild.png"]
    )
    assert "bild.png" in report.summary()


def test_a_file_gone_bad_keeps_its_indexed_passages(fake_assistant):
    docs = fake_assistant.settings.documents_dir
    _write(docs, "a.txt", "A", "Viktig mening om segregation.")
    fake_assistant.index(progress=False)
    (docs / "a.txt").write_bytes(b"\x00\x00\x00")
    report = fake_assistant.index(progress=False)
    assert [d for d, _ in report.skipped] == ["a.txt"] and report.removed == []
    assert fake_assistant.status().documents.keys() == {"a.txt"}


def test_interrupted_update_never_mixes_old_and_new_passages(fake_assistant):
    docs = fake_assistant.settings.documents_dir
    _write(docs, "a.txt", "A", "Gammal text om segregation.")
    fake_assistant.index(progress=False)
    # Simulate a run killed after adding the new passages but before switching the manifest.
    _write(docs, "a.txt", "A", "Ny text om integration.")
    doc, blocks = load_document(docs / "a.txt", "a.txt")
    new_chunks = chunk_document(doc, blocks)
    store = fake_assistant.store
    store.add(
        new_chunks, fake_assistant.embedder.embed_documents([embedding_text(c) for c in new_chunks])
    )
    live = store.live_chunks(store.manifest_for_reading())
    assert [c.text.split("\n\n")[-1] for c in live] == ["Gammal text om segregation."]
    # The next run completes the update and removes the leftovers.
    fake_assistant.index(progress=False)
    live = store.live_chunks(store.manifest_for_reading())
    assert [c.text.split("\n\n")[-1] for c in live] == ["Ny text om integration."]
    assert store.collection.count() == len(live)


def test_index_built_with_other_settings_asks_for_rebuild(fake_assistant, tmp_path):
    _write(fake_assistant.settings.documents_dir, "a.txt", "A", "Text.")
    fake_assistant.index(progress=False)
    other = Assistant(
        Settings(
            documents_dir=fake_assistant.settings.documents_dir,
            index_dir=fake_assistant.settings.index_dir,
            embedding_model=fake_assistant.embedder.name,
            chunk_max_chars=300,
        ),
        embedder=fake_assistant.embedder,
    )
    with pytest.raises(IndexMismatchError, match="--rebuild"):
        other.status()
    report = other.index(rebuild=True, progress=False)
    assert report.added == ["a.txt"]


def test_missing_index_says_how_to_build_it(fake_assistant):
    with pytest.raises(IndexMissingError, match="assistant index"):
        fake_assistant.ask("Vad gäller?")
