"""Tables published as images, end to end: the sandbox's image-table reports of both templates are crawled with
their page requisites, `dedup` OCRs the archived images (archive/ocr_images.py) and the exported report holds
every value right or withheld (null), never wrong, each with its confidence and `source: "ocr"`. A report whose
images are not in the archive gets a clear error and no values.

Costs ~6 OCR'd tables (one report per template), the fewest that cover both templates."""

from __future__ import annotations

import json

import pytest
from nianbao.archive.catalog import Catalog
from nianbao.crawler.app.cli import EXIT_OK, main
from nianbao.crawler.sandbox import build_sandbox, serve
from nianbao.parse.export import table_cells

from tests.fast_crawl import FAST_CRAWL_ARGS

pytestmark = [pytest.mark.slow, pytest.mark.ocr]

IMAGE_OF_TABLE = {"active": 0, "applications": 1, "review_litigation": 2}     # the page shows them in order
PORTAL = "heyu"     # the default sandbox's gkmlpt portal: image-table reports of both templates


def test_image_tables_are_ocrd_into_the_export(tmp_path, capsys) -> None:
    pytest.importorskip("rapidocr_onnxruntime", reason="the `ocr` extra is not installed (pip install '.[ocr]')")
    sandbox = build_sandbox(portals=3)
    truth = sandbox.ground_truth()
    if not truth["table_images"]["text"]:
        pytest.skip("no CJK font at sandbox build time: its table images hold the ruling only "
                    "(apt-get install fonts-wqy-zenhei)")
    image_reports = [r for r in truth["reports"] if r["table_style"] == "image" and r["portal_id"] == PORTAL]
    page_of = {d["report_key"]: d["url"] for d in truth["documents"] if d.get("html_tables") == "image"}
    by_template = {r["template"]: r for r in image_reports}
    assert set(by_template) == {"2019", "2021"}, image_reports
    read_back = sorted(by_template.values(), key=lambda r: r["key"])
    left_out = [r for r in image_reports if r not in read_back]      # its images are taken out of the catalog

    data, registry = tmp_path / "data", tmp_path / "portals.csv"
    registry.write_text(sandbox.registry_csv(), encoding="utf-8")
    with serve(sandbox) as server:
        assert main(["crawl", "--data", str(data), "--registry", str(registry), "--portal", PORTAL, "--proxy",
                     server.url, "--render", "never", *FAST_CRAWL_ARGS]) == EXIT_OK
    catalog = Catalog(data / "catalog.sqlite")
    for report in left_out:     # as if the crawl had not fetched this page's images
        catalog.conn.execute("DELETE FROM captures WHERE role = 'requisite' AND via = ? AND mime LIKE 'image/%'",
                             (page_of[report["key"]],))
    catalog.conn.commit()
    catalog.close()
    capsys.readouterr()
    assert main(["dedup", "--data", str(data), "--registry", str(registry)]) == EXIT_OK
    assert main(["parse", "--data", str(data)]) == EXIT_OK
    out = tmp_path / "reports.jsonl"
    assert main(["export", "--data", str(data), "--format", "jsonl", "--out", str(out)]) == EXIT_OK
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    exported = {(r["agency"], r["year"]): r for r in records}

    right = withheld = cells = 0
    for report in read_back:
        record = exported[(report["agency"], report["year"])]
        assert record["template"] == report["template"]
        ocr = record["ocr"]
        assert sorted(ocr["tables"]) == ["active", "applications", "review_litigation"], record["errors"]
        assert [i["url"] for i in ocr["images"]] and all(i["record_id"] for i in ocr["images"])
        expected, got = table_cells(report["tables"]), table_cells(record["tables"])
        for key, value in got.items():
            if value is not None:
                assert value == expected[key], (report["key"], key, value, expected[key])       # never wrong
                mark = ocr["values"][key]
                assert mark["source"] == "ocr" and 0 < mark["confidence"] <= 1, (key, mark)
                assert mark["image"] == IMAGE_OF_TABLE[key.split(".")[0]], (key, mark)     # tables 二, 三, 四
                left, top, right, bottom = mark["bbox"]
                assert 0 <= left < right and 0 <= top < bottom, (key, mark)
        for key in ocr["withheld"]:
            assert got[key] is None
        truth_cells = [k for k, v in expected.items() if v is not None]
        cells += len(truth_cells)
        right += sum(1 for k in truth_cells if got[k] == expected[k])
        withheld += sum(1 for k in truth_cells if got[k] is None)
        assert not any(e["stage"] == "ocr" for e in record["errors"]), record["errors"]
    print(f"OCR on the sandbox: {right}/{cells} cells right ({right / cells:.1%}), {withheld} null or withheld, "
          f"0 wrong")
    assert right >= cells * 0.6, (right, cells)       # the images are read, not just withheld
    for report in left_out:
        record = exported[(report["agency"], report["year"])]
        assert "ocr" not in record and record["tables"]["applications"] is None
        assert any(e["stage"] == "ocr" and "none of the page's images is archived" in e["message"]
                   for e in record["errors"]), record["errors"]

    # cell-level provenance of an OCR'd value: the image it was read from, its box, and the image's own capture
    from nianbao.archive import cell_provenance
    from nianbao.archive.store import open_store as open_folder_store

    catalog = Catalog(data / "catalog.sqlite")
    ids = {row[0] for row in catalog.conn.execute("SELECT report_id FROM reports WHERE nb_report(record) LIKE '%\"ocr\"%'")}
    image_rows = [row for rid in ids for row in cell_provenance.report_cells(catalog.conn, rid)
                  if row["locator_kind"] == "image"]
    assert image_rows, "no OCR'd cell carries a locator"
    store = open_folder_store(f"file://{data / 'store'}")
    for row in image_rows[:5]:
        locator = json.loads(row["locator"])
        assert locator["image_url"] == row["url"] and locator["bbox"] and row["record_id"], row
        check = cell_provenance.check_cell(store, row)
        assert check.ok, check.problems
    catalog.close()
