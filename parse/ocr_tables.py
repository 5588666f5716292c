"""Statistical tables published as images: OCR boxes → table rows by position → the table reader → values, each
with the OCR confidence of the box it was read from. A value in the scope of a consistency rule that fails is
withheld (null, listed in `withheld`), never guessed: OCR errors show up as broken 勾稽关系.

The OCR engine is a callable `png bytes -> list[OcrBox]`; `rapidocr_engine()` wraps RapidOCR (ONNX models that
ship in the rapidocr-onnxruntime wheel: nothing downloads at run time), the candidate chosen by measurement
(benchmarks/ocr_tables.py, which also measures Debian's tesseract with chi_sim). The engine is computation only;
this module does no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from statistics import median

from nianbao.parse.cells import make_token
from nianbao.parse.tables import COLUMNS, OUTCOMES, read_tables
from nianbao.parse.validate import SIGNED_FIELDS, outcome_rows, validate_tables


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
    image: dict[str, int] = field(default_factory=dict)          # key → index of the image it was read from
    bbox: dict[str, list[float]] = field(default_factory=dict)   # key → [left, top, right, bottom] px in that image


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


# Letters OCR engines return for digits in a numeric cell (a 0 read as "o" is the common case). Applied only to a
# cell whose text is all digits and such letters; a wrong fix still has to pass the consistency rules.
_DIGIT_LOOKALIKES = str.maketrans({"o": "0", "O": "0", "〇": "0", "l": "1", "I": "1"})
_NUMERIC_CELL = re.compile(r"[-+]?[\doO〇lI][\doO〇lI,.]*")
MIN_WIDE_ROW = 5     # rows with this many values or more are aligned to the table's value columns


def cell_text(box: OcrBox) -> str:
    text = box.text.strip()
    return text.translate(_DIGIT_LOOKALIKES) if _NUMERIC_CELL.fullmatch(text) else text


def aligned_rows(boxes: list[OcrBox]) -> list[list[tuple[str, float | None, OcrBox | None]]]:
    """Rows of (cell text, confidence, its box), rebuilt from positions. In wide rows (table 三, table 四) each value is
    placed under the nearest value column, learnt from the rows that have a value in every column; a column with
    no box in a row (a digit the engine did not see) becomes a blank cell, so the values that were seen stay in
    their columns instead of shifting."""
    rows = rows_from_boxes(boxes)
    numeric = [[b for b in row if _NUMERIC_CELL.fullmatch(cell_text(b))] for row in rows]
    widest = max((len(values) for values in numeric), default=0)
    full = [values for values in numeric if len(values) == widest]
    centres = ([median((v[i].left + v[i].right) / 2 for v in full) for i in range(widest)]
               if widest >= MIN_WIDE_ROW else [])
    out = []
    for row, values in zip(rows, numeric, strict=True):
        if centres and widest - 2 <= len(values) < widest:
            first = centres[0] - (centres[1] - centres[0]) / 2 if widest > 1 else centres[0]
            labels = [(cell_text(b), b.confidence, b) for b in row if (b.left + b.right) / 2 < first]
            slots: list[tuple[str, float | None, OcrBox | None]] = [("", None, None)] * widest
            for box in (b for b in row if (b.left + b.right) / 2 >= first):
                nearest = min(range(widest), key=lambda i, b=box: abs(centres[i] - (b.left + b.right) / 2))
                slots[nearest] = (cell_text(box), box.confidence, box)
            out.append(labels + slots)
        else:   # left to right, as the engine saw them
            out.append([(cell_text(b), b.confidence, b) for b in row])
    return out


def read_image_tables(images: list[list[OcrBox]], template: str | None = None) -> OcrTables:
    """The three tables from the OCR boxes of a report's table images (in document order). Cells are read in
    row order, values after their row label, as for a table flattened to text (an image has no cell markup)."""
    tokens, confidence_of, image_of, box_of = [], {}, {}, {}
    for index, boxes in enumerate(images):
        for row in aligned_rows(boxes):
            for text, confidence, box in row:
                token = make_token(text)
                if confidence is not None:
                    confidence_of[id(token)] = confidence
                if box is not None:
                    box_of[id(token)] = [round(v, 1) for v in (box.left, box.top, box.right, box.bottom)]
                image_of[id(token)] = index
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
    image = {key: image_of[id(token)] for key, token in result.sources.items() if id(token) in image_of}
    bbox = {key: box_of[id(token)] for key, token in result.sources.items() if id(token) in box_of}
    return OcrTables(result.template, result.tables, confidence, sorted(set(withheld)), failing, image, bbox)


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



# ---------------------------------------------------------------- a parsed record and its table images

TABLE_KEYS = ("active", "applications", "review_litigation")


def tables_may_be_images(record: dict, images_in_content: int) -> bool:
    """A report whose content holds images and misses a statistical table (parse_report's error says the table
    may be published as an image)."""
    tables = record.get("tables") or {}
    return bool(record.get("is_report")) and images_in_content > 0 and record.get("template") != "pre2019" \
        and any(tables.get(key) is None for key in TABLE_KEYS)


def content_image_urls(content_html: str | None, base_url: str) -> list[str]:
    """The <img> URLs of a page's main content, absolute, in document order (the tables' order), once each."""
    from urllib.parse import urljoin

    from lxml import html as lxml_html

    if not content_html or not content_html.strip():
        return []
    root = lxml_html.fromstring(content_html)
    out: list[str] = []
    for img in root.iter("img"):
        ref = (img.get("src") or img.get("data-src") or "").strip()
        if ref and not ref.startswith(("data:", "javascript:")):
            url = urljoin(base_url, ref).split("#", 1)[0]
            if url not in out:
                out.append(url)
    return out


def merge_into_record(record: dict, read: OcrTables, images: list[dict], engine: str) -> list[str]:
    """Fill the record's missing tables from the images' tables, additively: the values go to `tables` as any
    other value; `ocr` says which tables came from images, each value's confidence (`values[key] = {source:
    "ocr", confidence}`), what was withheld and why. Returns the tables filled. Pure."""
    from nianbao.parse.report import TABLE_NAMES
    from nianbao.parse.validate import validate_report

    if read.tables is None:
        return []
    tables = record.setdefault("tables", dict.fromkeys(TABLE_KEYS))
    filled = [key for key in TABLE_KEYS if tables.get(key) is None and read.tables.get(key)]
    if not filled:
        return []
    for key in filled:
        tables[key] = read.tables[key]
    if record.get("template") not in ("2019", "2021") and read.template:
        record["template"] = read.template
    from nianbao.parse.export import table_cells

    cells = table_cells({key: tables[key] for key in filled})
    record["ocr"] = {
        "engine": engine, "tables": filled, "images": images,
        "values": {key: {"source": "ocr", "confidence": read.confidence.get(key, 0.0), "image": read.image.get(key),
                         "bbox": read.bbox.get(key)} for key, value in cells.items() if value is not None},
        "withheld": [key for key in read.withheld if key.split(".", 1)[0] in filled],
        "failing_rules": read.failing_rules,
    }
    names = [TABLE_NAMES[key] for key in filled]
    record["errors"] = [e for e in record.get("errors") or []
                        if not (e.get("stage") == "tables" and (any(e.get("message", "").startswith(f"table {n} not found")
                                                                    for n in names)
                                                                or "no statistical tables" in e.get("message", "")))]
    prose = (record.get("sections") or {}).get("1") or ""
    record["validation"] = validate_report(record["tables"], record["template"], prose)
    return filled
