"""Text of an RTF document (Word's and WPS's "RTF" save): `read_rtf(data) -> RtfRead`, paragraphs as lines and
table rows as `a | b | c` lines and grids, like the DOCX reader's.

striprtf (PyPI, pure Python) turns the control words into text: `\\'hh` bytes decoded in the document's `\\ansicpg`
code page or its font's `\\fcharset` (134: GBK, what Chinese Word writes), `\\uN?` escapes, `\\cell` as `|` and `\\row`
as a line end; destinations (font and colour tables, pictures, fields' instructions) are skipped. What it does not
do is bounded here: the bytes it is given (limits.MAX_RTF_BYTES: a regex match a character, measured at 4 MB a
second through a picture's hex digits, 8 MB a second through GBK text); the nesting of groups
(limits.MAX_RTF_GROUP_DEPTH: its state stack has no bound); a document cut short (groups left open: read as far as
it goes, an error says so); and its hyperlink rewrite, a regex with `.*` run over each line, which took 1.2 s on one
18 KB line of 500 closed `{\\field{\\*\\fldinst{…}}}` groups and grows faster than the square of it. Each group is
started on a line of its own first (RTF ignores line ends), so that regex finds nothing: a link is read as its
shown text, without its address in brackets. Pure; no I/O.

A cell of several paragraphs comes out as several lines (striprtf writes `\\par` in a cell as a line end): the
last one holds the row, the others are read as paragraphs of their own."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from nianbao.parse import limits
from nianbao.parse.cells import Grid

_CODE_PAGE = re.compile(rb"\\ansicpg(\d{3,5})")
_BRACES = re.compile(r"\\[\\{}]|[{}]")   # escaped braces and backslashes are text, not groups
_CELL_END = "|"   # striprtf's rendering of \cell (and \nestcell)


@dataclass
class RtfRead:
    lines: list[str] = field(default_factory=list)
    tables: list[Grid] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def read_rtf(data: bytes) -> RtfRead:
    """The document's lines and table grids (module docstring); problems in `errors`, never raised."""
    if len(data) > limits.MAX_RTF_BYTES:
        return RtfRead(errors=[f"RTF of {len(data)} bytes is larger than {limits.MAX_RTF_BYTES}; not parsed "
                               f"(limits.MAX_RTF_BYTES)"])
    text = _decode(data)
    depth, unclosed = _group_depth(text)
    if depth > limits.MAX_RTF_GROUP_DEPTH:
        return RtfRead(errors=[f"RTF groups nest {depth} deep, more than {limits.MAX_RTF_GROUP_DEPTH}; not parsed"])
    from striprtf.striprtf import rtf_to_text

    read = RtfRead()
    if unclosed:
        read.errors.append(f"RTF cut short: {unclosed} groups left open; read as far as it goes")
    try:
        plain = rtf_to_text(_BRACES.sub(_group_on_new_line, text), errors="replace")
    except Exception as exc:  # noqa: BLE001 - striprtf raises ValueError, IndexError, … on damaged control words
        read.errors.append(f"RTF could not be read: {type(exc).__name__}: {exc}")
        return read
    _lines_and_tables(plain, read)
    return read


def _decode(data: bytes) -> str:
    """RTF is 7-bit text (its other characters are escapes); the 8-bit bytes some writers leave raw are read in the
    document's code page, so they come out as the characters they are, not as Latin-1 noise."""
    if data.isascii():
        return data.decode("ascii")
    found = _CODE_PAGE.search(data[:4096])
    try:
        return data.decode(f"cp{found.group(1).decode()}" if found else "latin-1", errors="replace")
    except LookupError:
        return data.decode("latin-1")


def _group_on_new_line(match: re.Match) -> str:
    return "\n{" if match.group() == "{" else match.group()


def _group_depth(text: str) -> tuple[int, int]:
    """(deepest nesting of groups, groups left open at the end)."""
    depth = deepest = 0
    for match in _BRACES.finditer(text):
        brace = match.group()
        if brace == "{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > limits.MAX_RTF_GROUP_DEPTH:
                    break
        elif brace == "}":
            depth = max(0, depth - 1)
    return deepest, depth


def _lines_and_tables(plain: str, read: RtfRead) -> None:
    """A line ending with a cell end is a table row; consecutive rows are one table."""
    grid: Grid = []
    cells = 0
    for line in plain.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = line.strip()
        if line.endswith(_CELL_END) and cells < limits.MAX_TABLE_CELLS:
            row = [cell.strip() for cell in line[:-1].split(_CELL_END)]
            grid.append(row)
            cells += len(row)
            read.lines.append(" | ".join(row))
            continue
        if grid and line:
            _close_table(grid, read)
            grid, cells = [], 0
        read.lines.append(line)
    if grid:
        _close_table(grid, read)


def _close_table(grid: Grid, read: RtfRead) -> None:
    width = max(len(row) for row in grid)
    read.tables.append([row + [""] * (width - len(row)) for row in grid])
