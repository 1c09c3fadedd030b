"""Runs one measured step in a fresh process and prints its figures as JSON (last line).

    python -m benchmarks.child index        # index ASSISTANT_DOCUMENTS_DIR into ASSISTANT_INDEX_DIR
    python -m benchmarks.child ask QUESTION # what `assistant ask` does, timed phase by phase

Peak memory is the process's own high-water mark (ru_maxrss), so each step is measured alone.
"""

from __future__ import annotations

import json
import resource
import sys
import time

STARTED = time.perf_counter()


def peak_mb() -> float:
    """This process's peak resident memory in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str]) -> None:
    phases: dict[str, float] = {}
    mark = time.perf_counter()

    def phase(name: str) -> None:
        nonlocal mark
        now = time.perf_counter()
        phases[name] = round(now - mark, 3)
        mark = now

    from assistant.config import load_settings
    from assistant.core import Assistant

    phase("import")
    assistant = Assistant(load_settings())
    if argv[0] == "index":
        assistant.embedder.embed_documents(["uppvärmning"])  # the model loads outside the timing
        phase("embedding model")
        in_model = [0.0]
        embed_passages = assistant.embedder.embed_passages

        def timed(*args):
            t = time.perf_counter()
            try:
                return embed_passages(*args)
            finally:
                in_model[0] += time.perf_counter() - t

        assistant.embedder.embed_passages = timed  # how much of indexing is the model
        report = assistant.index(progress=False)
        phase("index")
        result = {
            "chunks": report.chunks_embedded,
            "index_seconds": report.seconds,
            "embedding_seconds": round(in_model[0], 2),
        }
    else:
        from assistant.cli import format_answer

        assistant.glossary()  # builds the reader: passages from the store, BM25
        phase("passages and BM25")
        assistant.embedder.embed_query("uppvärmning")
        phase("embedding model")
        answer = assistant.ask(argv[1])
        phase("answer")
        print(format_answer(answer))
        result = {"answered": answer.answered}
    result.update(phases=phases, peak_mb=round(peak_mb(), 1))
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1:])
