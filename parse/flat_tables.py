"""Tables that reached us already flattened to text, turned back into a stream of cell tokens.

The shapes seen in real reports (tests/samples/ has each):
- one cell per line, blank lines and `&nbsp;` lines between them (lintao-county-2019);
- one cell per line ending in ` |`, spanned cells as lines of bare pipes (xinghe-county-2024);
- cells separated by lines holding only `|`, a cell's text wrapped over several lines (hanbin-district-2020),
  including headers broken one character per line (`三\\n、\\n本\\n年\\n度…`);
- `|`-joined cells, one table row per line (yandu-supply-coop-2019);
- tab-separated cells, one table row per line (lushan-county-2019).

Blank cells and span fillers cannot be told apart in any of these, so empty cells are dropped; the table reader
then reads values in sequence after their row label (and says so when a row has fewer values than columns).
"""

from __future__ import annotations

import re

from nianbao.parse.cells import Token, make_token
from nianbao.parse.values import is_value

_PIPE_ONLY = re.compile(r"^[\s|｜]+$")
_SPLIT = re.compile(r"[|｜\t]")
_STRIP = " \u00a0\u3000\u200b\ufeff\r"
_WHITESPACE = re.compile(r"[ \u00a0\u3000]+")
_SINGLE_CJK = re.compile(r"^[\u3400-\u9fff、，,。.：:（）()]$")


def _pipe_delimited(lines: list[str]) -> bool:
    """True for the hanbin shape: cells end at lines of bare pipes and text lines hold no pipe themselves."""
    content = [ln for ln in lines if ln.strip(_STRIP)]
    if not content:
        return False
    pipe_only = sum(1 for ln in content if _PIPE_ONLY.match(ln))
    text_with_pipe = sum(1 for ln in content if not _PIPE_ONLY.match(ln) and ("|" in ln or "｜" in ln))
    return pipe_only >= 0.15 * len(content) and text_with_pipe <= 0.05 * len(content)


def _merge_vertical(cells: list[str]) -> list[str]:
    """Join runs of one-character cells (a header written one character per line) into one cell. A run made
    only of 无 is a row of "none" values and stays apart; single digits are values and never join."""
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if len(run) >= 2 and any(ch != "无" for ch in run):
            out.append("".join(run))
        else:
            out.extend(run)
        run.clear()

    for cell in cells:
        if _SINGLE_CJK.match(cell):
            run.append(cell)
        else:
            flush()
            out.append(cell)
    flush()
    return out


def text_cells(text: str) -> list[str]:
    """The non-empty cell texts of a flattened table region, in reading order."""
    lines = text.splitlines()
    cells: list[str] = []
    if _pipe_delimited(lines):
        current: list[str] = []
        for line in lines:
            if _PIPE_ONLY.match(line):
                if current:
                    cells.append("".join(current))
                current = []
            elif line.strip(_STRIP):
                current.append(line.strip(_STRIP))
        if current:
            cells.append("".join(current))
        return cells
    for line in lines:
        for part in _SPLIT.split(line):
            part = part.strip(_STRIP)
            if part:
                cells.extend(_space_separated(part))
    return _merge_vertical(cells)


def _space_separated(part: str) -> list[str]:
    """`行政许可 1259 +3 18249` (cells separated by spaces, as PDF text and copied tables often are) → cells.
    Split only when at least two pieces are values, so `自 然 人` and prose stay whole."""
    if " " not in part and "\u3000" not in part and "\u00a0" not in part:
        return [part]
    pieces = [p for p in _WHITESPACE.split(part) if p]
    if sum(1 for p in pieces if is_value(p)) < 2:
        return [part]
    out: list[str] = []
    label: list[str] = []
    for piece in pieces:
        if is_value(piece):
            if label:
                out.append(" ".join(label))
                label = []
            out.append(piece)
        else:
            label.append(piece)
    if label:
        out.append(" ".join(label))
    return out


def text_tokens(text: str) -> list[Token]:
    return [make_token(cell) for cell in text_cells(text)]
