"""Cell values of the statistical tables: counts, signed changes (`+3`, `-167`, `增243`, `减5`), money with units
(`万元`; `元` converted to 万元), and the many ways a report says "no value" (`/`, `—`, `无`, blank) → None.

`0` stays 0. Labels that merely start with a digit (`1.属于国家秘密`) are not values.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# NFKC folds full-width digits and signs (１２, ＋, －, （）) to ASCII; these dashes and minus signs it keeps.
_DASHES = str.maketrans({"−": "-", "‒": "-", "–": "-", "﹣": "-", "—": "—", "―": "—", "─": "—", "━": "—"})
_SPACE = re.compile(r"[\s\u00a0\u3000\u200b\ufeff]+")
NULL_MARKERS = frozenset({"", "/", "//", "\\", "-", "--", "---", "—", "——", "———", "无", "空", "—/—", "-/-", "／",
                          "null", "none", "n/a", "na", "x", "×", "*", "…", "..."})
_NUMBER = re.compile(
    r"^(?P<sign>[+-]|增加|增|减少|减|新增|下降|上升)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
    r"(?P<unit>万元|元|件|个|项|条|起|次|人次|宗|家|篇|份|人)?$")
_NEGATIVE_WORDS = ("-", "减少", "减", "下降")


@lru_cache(maxsize=65536)
def normalise(text: str) -> str:
    """NFKC, unified dashes, all whitespace removed: the form labels and values are compared in."""
    text = unicodedata.normalize("NFKC", text).translate(_DASHES)
    return _SPACE.sub("", text)


@dataclass(frozen=True, slots=True)
class CellValue:
    value: int | float | None
    kind: str            # "number" | "null" (a marker such as / — 无) | "blank" (empty cell)
    unit: str | None = None


_BLANK = CellValue(None, "blank")


def parse_value(text: str | None) -> CellValue | None:
    """The value of one cell, or None when the text is not a value at all (a label)."""
    if text is None:
        return _BLANK
    return _parse_value(text)


@lru_cache(maxsize=65536)
def _parse_value(text: str) -> CellValue | None:
    norm = normalise(text).lower()
    if norm == "":
        return CellValue(None, "blank")
    if norm in NULL_MARKERS:
        return CellValue(None, "null")
    match = _NUMBER.match(norm)
    if not match:
        return None
    num = match.group("num").replace(",", "")
    number: int | float = float(num) if "." in num else int(num)
    if match.group("sign") in _NEGATIVE_WORDS:
        number = -number
    unit = match.group("unit")
    if unit == "元":      # money in 元 → 万元 (the tables' unit); rounding keeps 251000元 = 25.1 exact
        number = round(number / 10000, 6)
        unit = "万元"
    return CellValue(number, "number", unit)


def is_value(text: str) -> bool:
    return parse_value(text) is not None


def as_count(value: int | float | None) -> int | float | None:
    """Counts are integers; an integral float (from `3.0`) becomes an int, a fractional one stays as found."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def as_amount(value: int | float | None) -> float | None:
    return None if value is None else float(value)
