"""Tables published as images: OCR accuracy (cells right, withheld, wrong) and seconds per image table, for two
candidates — RapidOCR (rapidocr-onnxruntime, ONNX models inside the wheel) and Debian's tesseract with chi_sim.

    python benchmarks/ocr_tables.py                 # 2 reports per template (6 image tables each engine)
    python benchmarks/ocr_tables.py --reports 4 --engine rapidocr

The images are the table grids of the sandbox's image-table reports (crawler/sandbox, both templates; other
reports fill up to --reports per template) drawn with a CJK font from Debian (fonts-wqy-zenhei): ruled cells,
16 px text (crawler/sandbox/documents.py `table_png_with_text`, what the sandbox serves when the font is installed). Each engine's boxes go through parse/ocr_tables.py (rows by
position, the table reader, rules that withhold). Needs `apt-get install tesseract-ocr tesseract-ocr-chi-sim
fonts-wqy-zenhei` and `pip install rapidocr-onnxruntime`; an engine that is missing is reported and skipped.
"""

from __future__ import annotations

import argparse
import csv
import io
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from nianbao.crawler.sandbox import build_sandbox  # noqa: E402
from nianbao.crawler.sandbox.documents import table_png_with_text  # noqa: E402
from nianbao.parse.export import table_cells  # noqa: E402
from nianbao.parse.ocr_tables import OcrBox, rapidocr_engine, read_image_tables  # noqa: E402

FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"


def render(grid) -> bytes:
    """A ruled table image of a sandbox grid, text drawn with a real CJK font (the sandbox's own renderer)."""
    return table_png_with_text(grid, FONT)


def tesseract_engine():
    """png → [OcrBox] with the tesseract command (chi_sim): its words on one line are joined into a cell's text
    while the gap between them is under one text height."""
    if not shutil.which("tesseract"):
        raise RuntimeError("tesseract not installed (apt-get install tesseract-ocr tesseract-ocr-chi-sim)")

    def run(png: bytes) -> list[OcrBox]:
        tsv = subprocess.run(["tesseract", "-", "-", "-l", "chi_sim", "--psm", "6", "tsv"], input=png,
                             capture_output=True, check=True, timeout=300).stdout.decode("utf-8", "replace")
        words = [w for w in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE)
                 if w.get("level") == "5" and (w.get("text") or "").strip()]
        out: list[OcrBox] = []
        last_line = None
        for w in words:
            left, top = float(w["left"]), float(w["top"])
            right, bottom = left + float(w["width"]), top + float(w["height"])
            line = (w["block_num"], w["par_num"], w["line_num"])
            conf = max(0.0, float(w["conf"])) / 100
            if out and line == last_line and left - out[-1].right < (bottom - top):
                box = out[-1]
                box.text += w["text"].strip()
                box.right, box.bottom = right, max(box.bottom, bottom)
                box.top, box.confidence = min(box.top, top), min(box.confidence, conf)
            else:
                out.append(OcrBox(w["text"].strip(), left, top, right, bottom, conf))
            last_line = line
        return out
    return run


def score(truth_tables: dict, read) -> tuple[int, int, int, int]:
    """(cells, right, withheld, wrong) over the cells that hold a value in the ground truth; a value read where
    the truth has none counts as wrong too."""
    truth = table_cells(truth_tables)
    got = table_cells(read.tables) if read.tables else dict.fromkeys(truth)
    cells = [k for k, v in truth.items() if v is not None]
    right = sum(1 for k in cells if got.get(k) == truth[k])
    withheld = sum(1 for k in cells if got.get(k) is None)
    spurious = sum(1 for k, v in truth.items() if v is None and got.get(k) is not None)
    return len(cells), right, withheld, len(cells) - right - withheld + spurious


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=2, help="reports per template")
    parser.add_argument("--engine", action="append", choices=("rapidocr", "tesseract"))
    args = parser.parse_args(argv)
    sandbox = build_sandbox(portals=6)
    chosen = []
    for template in ("2019", "2021"):     # the sandbox's image-table reports first, then others to fill up
        pool = sorted((r for r in sandbox.reports if r.template == template and not r.skipped),
                      key=lambda r: (r.table_style != "image", r.key))
        chosen += pool[:args.reports]
    images = {r.key: [render(r.grids()[n]) for n in "234"] for r in chosen}
    factories = {"rapidocr": rapidocr_engine, "tesseract": tesseract_engine}
    for name in args.engine or ("rapidocr", "tesseract"):
        try:
            engine = factories[name]()
        except (ImportError, RuntimeError) as exc:
            print(f"{name}: not available ({exc})")
            continue
        totals, seconds, n_images, confidences = [0, 0, 0, 0], 0.0, 0, []
        for report in chosen:
            started = time.perf_counter()
            boxes = [engine(png) for png in images[report.key]]
            seconds += time.perf_counter() - started
            n_images += len(boxes)
            read = read_image_tables(boxes, report.template)
            confidences += list(read.confidence.values())
            totals = [a + b for a, b in zip(totals, score(report.tables, read), strict=True)]
        cells, right, withheld, wrong = totals
        low = sum(1 for c in confidences if c < 0.9)
        print(f"{name}: {len(chosen)} reports ({', '.join(sorted({r.template for r in chosen}))} templates), "
              f"{n_images} image tables: cells right {right}/{cells} ({right / cells:.1%}), withheld {withheld} "
              f"({withheld / cells:.1%}), wrong {wrong} ({wrong / cells:.1%}); {seconds / n_images:.2f} s per "
              f"image table; {low} of {len(confidences)} values read with confidence < 0.9")


if __name__ == "__main__":
    main()
