"""Image tables: OCR boxes → rows by position → values with confidence; values under a failing rule are withheld.
The boxes here are what an OCR engine returns for a sandbox table drawn as an image (positions from its layout),
so the test needs no OCR engine; benchmarks/ocr_tables.py measures real engines."""

from __future__ import annotations

from nianbao.crawler.sandbox import build_sandbox
from nianbao.crawler.sandbox.tables import layout
from nianbao.parse.export import table_cells
from nianbao.parse.ocr_tables import OcrBox, read_image_tables, rows_from_boxes


def boxes_of(grid, misread: dict[tuple[int, int], str] | None = None) -> list[OcrBox]:
    """One box per non-empty cell at its drawn position (60 px columns, 30 px rows, a little vertical jitter)."""
    matrix, _ = layout(grid)
    out = []
    for r, row in enumerate(matrix):
        for c, text in enumerate(row):
            if text:
                jitter = (c % 3) - 1
                out.append(OcrBox((misread or {}).get((r, c), text), c * 60 + 6, r * 30 + 7 + jitter,
                                  c * 60 + 50, r * 30 + 23 + jitter, 0.99 if (r, c) not in (misread or {}) else 0.61))
    return out


def report(template: str):
    return next(r for r in build_sandbox(portals=2).reports
                if r.template == template and r.valid and r.table_style == "dom" and not r.variants)


def test_rows_follow_vertical_positions_and_read_left_to_right() -> None:
    boxes = [OcrBox("b", 100, 31, 120, 45, 1), OcrBox("a", 0, 30, 40, 44, 1), OcrBox("c", 0, 60, 40, 75, 1)]
    assert [[b.text for b in row] for row in rows_from_boxes(boxes)] == [["a", "b"], ["c"]]


def test_clean_ocr_reads_every_cell_with_its_confidence() -> None:
    for template in ("2019", "2021"):
        rep = report(template)
        read = read_image_tables([boxes_of(rep.grids()[n]) for n in "234"], template)
        assert table_cells(read.tables) == table_cells(rep.tables)
        assert read.withheld == [] and read.failing_rules == []
        assert read.confidence and all(c == 0.99 for c in read.confidence.values())


def test_a_misread_value_breaking_a_rule_is_withheld_not_guessed() -> None:
    rep = report("2021")
    grid = rep.grids()["3"]
    matrix, _ = layout(grid)
    r = next(i for i, row in enumerate(matrix) if row[0].startswith("一、本年新收"))
    c = len(matrix[r]) - 1                              # the row's total column
    true_value = rep.tables["applications"]["new_received"]["total"]
    images = [boxes_of(rep.grids()["2"]), boxes_of(grid, {(r, c): str(true_value + 8)}), boxes_of(rep.grids()["4"])]
    read = read_image_tables(images, "2021")
    assert "applications.new_received.total" in read.withheld
    assert read.tables["applications"]["new_received"]["total"] is None
    assert set(read.failing_rules) >= {"t3_row_total:new_received"}
    truth = table_cells(rep.tables)
    got = table_cells(read.tables)
    wrong = [k for k, v in got.items() if v is not None and v != truth[k]]
    assert wrong == [], "no value that is kept differs from the truth"
