"""The common form every table source is turned into before labels are read: a stream of cell tokens.

A DOM, PDF or DOCX table gives a grid (rows of cells, spans resolved); a table flattened to text gives only the
cells in reading order. Both become `Token`s. Grid tokens know their row and column (and colspan), so values can
be placed under the header cell above them; text tokens know neither, so values are read in sequence after
their row label. `nianbao.parse.tables` reads either.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from nianbao.parse.values import CellValue, normalise, parse_value

Grid = list[list[str | None]]   # a cell is its text; None marks a position covered by another cell's span


@dataclass(slots=True)
class Token:
    text: str                    # normalised (NFKC, no whitespace)
    raw: str
    row: object | None = None    # a hashable row id when the source had rows (grids), else None
    col: int | None = None       # grid column of the cell's top-left corner
    span: int = 1                # colspan
    value: CellValue | None = field(default=None)

    @property
    def is_value(self) -> bool:
        return self.value is not None


def make_token(raw: str, row: object | None = None, col: int | None = None, span: int = 1) -> Token:
    return Token(normalise(raw), raw, row, col, span, parse_value(raw))


def grid_tokens(grid: Grid, table_id: object = 0, spans: dict[tuple[int, int], int] | None = None) -> list[Token]:
    """Tokens of a grid, row by row; blank cells stay (as blank values), covered positions do not."""
    out: list[Token] = []
    for r, row in enumerate(grid):
        for c, cell in enumerate(row):
            if cell is None:
                continue
            out.append(make_token(cell, (table_id, r), c, (spans or {}).get((r, c), 1)))
    return out
