"""Amounts of money as values, in any common Swedish writing.

"11.5 miljoner", "11,5 mnkr", "11 500 000 kronor" and "11 500 tkr" are the same amount;
comparing values rather than strings lets a question quoting an amount find the passage
that writes it another way (and lets a generated answer's figures be checked against the
passages it cites).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Multipliers of the unit words, in kronor.
UNITS = {
    "kronor": 1,
    "krona": 1,
    "kr": 1,
    "sek": 1,
    ":-": 1,
    "tkr": 1_000,
    "tsek": 1_000,
    "tusen": 1_000,
    "mnkr": 1_000_000,
    "mkr": 1_000_000,
    "msek": 1_000_000,
    "milj": 1_000_000,
    "miljon": 1_000_000,
    "miljoner": 1_000_000,
    "mdkr": 1_000_000_000,
    "mdr": 1_000_000_000,
    "miljard": 1_000_000_000,
    "miljarder": 1_000_000_000,
}
NUMBER = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?"
UNIT = "|".join(sorted((re.escape(u) for u in UNITS), key=len, reverse=True))
AMOUNT = re.compile(
    rf"(?<![\d.,])({NUMBER})\s*({UNIT})\.?(?:\s+(kronor|kr|sek)\b)?(?![a-zåäö])", re.IGNORECASE
)


@dataclass(frozen=True)
class Amount:
    """An amount found in a text: its value in kronor and where it was written."""

    value: float
    text: str
    start: int
    end: int


def _number(text: str) -> float:
    digits = re.sub(r"[ \u00a0\u202f]", "", text)
    return float(digits.replace(",", "."))


def parse_amounts(text: str) -> list[Amount]:
    """Every amount of money in `text` (a number with a currency or size word)."""
    found = []
    for match in AMOUNT.finditer(text):
        number, unit, _ = match.groups()
        found.append(
            Amount(
                _number(number) * UNITS[unit.lower()], match.group(0), match.start(), match.end()
            )
        )
    return found


def same_amount(a: float, b: float) -> bool:
    """Equal values, allowing for rounding in the way they were written."""
    return abs(a - b) <= 1e-6 * max(abs(a), abs(b), 1.0)


def shares_amount(text: str, values: list[float]) -> bool:
    """Whether `text` holds one of the amounts `values`."""
    return any(same_amount(a.value, v) for a in parse_amounts(text) for v in values)
