"""Feedback on answers (thumbs up/down, optional comment), kept in a local SQLite file.

The file lies beside the index (index/feedback.sqlite3) and never leaves the machine. Each
call opens its own connection, so the web chat's worker threads can record at the same
time; SQLite serialises the writes, and every write is committed before the call returns,
so a restarted web process loses nothing already acknowledged.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

FEEDBACK_FILE = "feedback.sqlite3"

SCHEMA = """
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at TEXT NOT NULL,
    rating INTEGER NOT NULL,          -- 1 thumbs up, -1 thumbs down
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    citations TEXT NOT NULL,          -- JSON list of the cited passages
    comment TEXT NOT NULL DEFAULT ''
)
"""


class FeedbackStore:
    """Append-only store of feedback rows."""

    def __init__(self, path: Path):
        self.path = path

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(self.path, timeout=30)
        connection.execute(SCHEMA)
        return connection

    def record(self, rating: int, answer: dict, comment: str = "") -> int:
        """Store a rating for an answer (`Answer.to_json()`); returns the row id."""
        with closing(self._connect()) as db, db:
            cursor = db.execute(
                "INSERT INTO feedback (created_at, rating, question, answer, citations, comment)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    datetime.now(UTC).isoformat(timespec="seconds"),
                    1 if rating > 0 else -1,
                    answer.get("question", ""),
                    answer.get("answer", ""),
                    json.dumps(answer.get("citations", []), ensure_ascii=False),
                    comment,
                ),
            )
            return int(cursor.lastrowid)

    def add_comment(self, row_id: int, comment: str) -> None:
        """Attach a comment to a stored rating."""
        with closing(self._connect()) as db, db:
            db.execute("UPDATE feedback SET comment = ? WHERE id = ?", (comment, row_id))

    def rows(self) -> list[dict]:
        """Every stored row, oldest first."""
        with closing(self._connect()) as db:
            db.row_factory = sqlite3.Row
            return [dict(r) for r in db.execute("SELECT * FROM feedback ORDER BY id")]
