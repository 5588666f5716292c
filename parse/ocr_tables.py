"""Statistical tables published as images: OCR boxes → table rows by position → the table reader → values, each
with the OCR confidence of the box it was read from. A value in the scope of a consistency rule that fails is
withheld (null, listed in `withheld`), never guessed: OCR errors show up as broken 勾稽关系.

The OCR engine is a callable `png bytes -> list[OcrBox]`; `rapidocr_engine()` wraps RapidOCR (ONNX models that
ship in the rapidocr-onnxruntime wheel: nothing downloads at run time), the candidate chosen by measurement
(benchmarks/ocr_tables.py, which also measures Debian's tesseract with chi_sim). The engine is computation only;
this module does no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from statistics import median

from parse.cells import make_token
from parse.tables import COLUMNS, OUTCOMES, read_tables
from parse.validate import SIGNED_FIELDS, outcome_rows, validate_tables


@dataclass
class OcrBox:
    text: str
    left: float
    top: float
    right: float
    bottom: float
    confidence: float           # 0 … 1

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass
class OcrTables:
    template: str | None
    tables: dict | None
    confidence: dict[str, float] = field(default_factory=dict)   # "applications.granted.total" → 0 … 1
    withheld: list[str] = field(default_factory=list)            # keys nulled because a rule over them failed
    failing_rules: list[str] = field(default_factory=list)


def rows_from_boxes(boxes: list[OcrBox]) -> list[list[OcrBox]]:
    """Group boxes into table rows by their vertical middles (a box joins a row whose mean middle is within half
    the median box height), each row left to right. Hand-written: the engines return boxes, not table cells."""
    if not boxes:
        return []
    tolerance = median(b.bottom - b.top for b in boxes) / 2
    rows: list[list[OcrBox]] = []
    for box in sorted(boxes, key=lambda b: b.middle):
        if rows and abs(box.middle - sum(b.middle for b in rows[-1]) / len(rows[-1])) <= tolerance:
            rows[-1].append(box)
        else:
            rows.append([box])
    return [sorted(row, key=lambda b: b.left) for row in rows]


def read_image_tables(images: list[list[OcrBox]], template: str | None = None) -> OcrTables:
    """The three tables from the OCR boxes of a report's table images (in document order). Cells are read in
    row order, values after their row label, as for a table flattened to text (an image has no cell markup)."""
    tokens, confidence_of = [], {}
    for boxes in images:
        for row in rows_from_boxes(boxes):
            for box in row:
                token = make_token(box.text)
                confidence_of[id(token)] = box.confidence
                tokens.append(token)
    result = read_tables(tokens, template)
    if result.tables is None:
        return OcrTables(result.template, None)
    confidence = {key: round(confidence_of.get(id(token), 0.0), 4) for key, token in result.sources.items()}
    failing = [r["rule"] for r in validate_tables(result.tables, result.template) if r["status"] == "fail"]
    withheld = []
    for rule in failing:
        for key in rule_scope(rule, result.tables, result.template):
            table, row, column = _split(key)
            if (result.tables.get(table) or {}).get(row, {}).get(column) is not None:
                result.tables[table][row][column] = None
                withheld.append(key)
    return OcrTables(result.template, result.tables, confidence, sorted(set(withheld)), failing)


def _split(key: str) -> tuple[str, str, str]:
    table, rest = key.split(".", 1)
    row, column = rest.rsplit(".", 1)
    return table, row, column


def rule_scope(rule: str, tables: dict, template: str) -> list[str]:
    """The cells a failing rule reads: any of them may be the misread one."""
    name, _, arg = rule.partition(":")
    apps = "applications"
    if name == "t3_balance":
        return [f"{apps}.{row}.{arg}" for row in ("new_received", "carried_over", "total", "carried_forward")]
    if name == "t3_total":
        return [f"{apps}.{row}.{arg}" for row in [*outcome_rows(template), "total"]]
    if name == "t3_row_total":
        return [f"{apps}.{arg}.{column}" for column in COLUMNS]
    if name == "t4_total":
        return [f"review_litigation.{arg}.{outcome}" for outcome in OUTCOMES]
    if name == "nonnegative":
        return [f"{table}.{row}.{column}" for table, rows in tables.items() for row, cells in (rows or {}).items()
                for column, value in cells.items()
                if isinstance(value, (int, float)) and value < 0 and column not in SIGNED_FIELDS]
    return []


def rapidocr_engine():
    """png bytes → [OcrBox] with RapidOCR (models inside the wheel; CPU, ONNX Runtime)."""
    from rapidocr_onnxruntime import RapidOCR

    engine = RapidOCR()

    def run(png: bytes) -> list[OcrBox]:
        found, _ = engine(png)
        out = []
        for points, text, score in found or []:
            xs, ys = [p[0] for p in points], [p[1] for p in points]
            out.append(OcrBox(text, min(xs), min(ys), max(xs), max(ys), float(score)))
        return out
    return run

