"""The three statistical tables laid out as the official template prints them (rowspans, colspans, labels).

The layout is defined once, in `nianbao.crawler.sandbox.tables` (the sandbox publishes reports in exactly this form).
Here each value slot of that layout is filled with a *marker* naming its DESIGN key; the page then shows the
report's value for that key, links it to its provenance and marks it when a revision changed it.
"""

from __future__ import annotations

from dataclasses import dataclass

from nianbao.crawler.sandbox import tables as official
from nianbao.parse.tables import GROUPS, OUTCOMES, active_layout, application_rows

MARK = "\x00key:"
TITLES = {"active": "二、主动公开政府信息情况", "applications": "三、收到和处理政府信息公开申请情况",
          "review_litigation": "四、政府信息公开行政复议、行政诉讼情况"}


@dataclass
class Slot:
    text: str
    rowspan: int = 1
    colspan: int = 1
    header: bool = False
    key: str | None = None        # DESIGN key of a value cell, e.g. applications.new_received.total
    value: object = None


def _markers(table: str, template: str) -> dict:
    if table == "applications":
        return {row: {col: f"{MARK}applications.{row}.{col}" for col in official.COLUMNS}
                for row in application_rows(template)}
    if table == "review_litigation":
        return {g: {k: f"{MARK}review_litigation.{g}.{k}" for k in OUTCOMES} for g in GROUPS}
    return {row: {f: f"{MARK}active.{row}.{f}" for f in fields} for row, fields in active_layout(template).items()}


def layout(table: str, template: str | None, values: dict | None) -> list[list[Slot]]:
    """Rows of slots for one table (`active`, `applications`, `review_litigation`) of a report."""
    template = "2019" if template == "2019" else "2021"
    markers = _markers(table, template)
    if table == "applications":
        grid = official.applications_grid(markers, template)
    elif table == "review_litigation":
        grid = official.review_grid(markers)
    else:
        grid = official.active_grid(markers, template)
    values = values or {}
    out = []
    for row in grid:
        slots = []
        for cell in row:
            if cell.text.startswith(MARK):
                key = cell.text[len(MARK):]
                _, row_key, field = key.split(".", 1)[0], *key.split(".", 1)[1].rsplit(".", 1)
                value = (values.get(row_key) or {}).get(field)
                slots.append(Slot("" if value is None else _fmt(value), cell.rowspan, cell.colspan, False, key, value))
            else:
                slots.append(Slot(cell.text, cell.rowspan, cell.colspan, cell.header))
        out.append(slots)
    return out


def _fmt(value) -> str:
    if isinstance(value, float):
        return f"{value:.4f}".rstrip("0").rstrip(".")
    return str(value)
