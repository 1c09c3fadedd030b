"""Adding a document from the web: check it, give it a safe name, save it in the documents folder.

Whatever name the browser sends, the file lands directly in the documents folder: the
name is reduced to letters, digits, `-`, `_` and `.`, and the final path is checked to lie
inside the folder. A file the indexer could not read is refused before anything is written,
so a bad upload never replaces a good document.
"""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from pathlib import Path

import yaml

from assistant.documents import LOADERS, SIDECAR_SUFFIX, DocumentError, load_document

METADATA_FIELDS = ("title", "publisher", "municipality", "date", "type", "source")
MAX_NAME_CHARS = 120


class UploadError(ValueError):
    """An upload that was refused; the message (Swedish) says why."""


def safe_file_name(name: str) -> str:
    """The last path component of `name`, reduced to safe characters (å, ä, ö kept).

    Raises UploadError when nothing usable is left or the type is not one the indexer reads.
    """
    base = unicodedata.normalize("NFC", name.replace("\\", "/").split("/")[-1])
    base = re.sub(r"[^\w.\-]+", "-", base, flags=re.UNICODE).strip("-.")
    stem, dot, suffix = base.rpartition(".")
    if not dot or not stem:
        raise UploadError(
            f"Filnamnet {name!r} saknar filändelse. Tillåtna typer: {allowed_types()}."
        )
    suffix = "." + suffix.lower()
    if suffix not in LOADERS:
        raise UploadError(f"Filtypen {suffix} stöds inte. Tillåtna typer: {allowed_types()}.")
    return stem[: MAX_NAME_CHARS - len(suffix)] + suffix


def allowed_types() -> str:
    """The file types the indexer reads, for messages: ".md, .txt"."""
    return ", ".join(sorted(LOADERS))


def save_upload(
    documents_dir: Path,
    original_name: str,
    data: bytes,
    metadata: dict[str, str] | None = None,
    max_bytes: int = 20_000_000,
    replace: bool = False,
) -> Path:
    """Check an uploaded file and save it (with a metadata sidecar when fields are given).

    Returns the saved path. Raises UploadError when the name, type, size or content is not
    acceptable, or a file of that name exists and `replace` is False.
    """
    name = safe_file_name(original_name)
    if len(data) > max_bytes:
        raise UploadError(
            f"{name}: filen är för stor ({len(data) / 1e6:.1f} MB, gränsen är {max_bytes / 1e6:.0f} MB)."
        )
    folder = documents_dir.resolve()
    target = (folder / name).resolve()
    if target.parent != folder:  # never outside the documents folder, whatever the name
        raise UploadError(f"Filnamnet {original_name!r} är inte tillåtet.")
    if target.exists() and not replace:
        raise UploadError(
            f"Det finns redan ett dokument som heter {name}. Kryssa i ”Ersätt befintlig fil” "
            "för att ersätta det."
        )
    if target.is_symlink() or (target.exists() and not target.is_file()):
        raise UploadError(f"{name} kan inte ersättas: det är inte en vanlig fil.")

    # Read it as the indexer will, from a temporary copy, before touching the folder.
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        trial = Path(tmp) / name
        trial.write_bytes(data)
        try:
            load_document(trial, name, max_bytes)
        except DocumentError as exc:
            raise UploadError(str(exc)) from None
        fields = {
            k: v.strip()
            for k, v in (metadata or {}).items()
            if k in METADATA_FIELDS and v and v.strip()
        }
        sidecar = target.with_name(target.name + SIDECAR_SUFFIX)
        if fields:
            text = yaml.safe_dump(fields, allow_unicode=True, sort_keys=False)
            _write_atomically(sidecar, text.encode("utf-8"))
        _write_atomically(target, data)
    return target


def _write_atomically(path: Path, data: bytes) -> None:
    """Write via a temporary file and rename, so a reader never sees half a file."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".upload-")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
