"""Parse results in the catalog (archive/derived.py): compressed, stored once, read back exactly."""

from __future__ import annotations

import json

from nianbao.archive import derived


def _parsed(i: int) -> dict:
    return {"title": f"2019年第{i}号报告", "agency": "甲县人民政府", "year": 2019, "is_report": True,
            "sections": {"1": "总体情况。" * (20 + i)}, "tables": {"active": {"regulations": {"issued": i}}},
            "validation": [{"rule": "t3_balance:total", "status": "pass", "severity": "error", "detail": str(i)}],
            "_locators": {"active.regulations.issued": {"kind": "html", "dom_path": f"/html/body/table/tr[{i}]"}},
            "_content_type": "text/html"}


def test_report_is_stored_as_what_it_adds_and_reads_back_exactly(catalog) -> None:
    conn = catalog.conn
    parsed = _parsed(1)
    derived.put_parsed(conn, "r1", "http://a.gov.cn/1.html", "2020-01-01T00:00:00.000000Z", parsed, 0.9)
    base = {k: v for k, v in parsed.items() if not k.startswith("_")}
    record = {"id": "c1", **base, "title": "借来的标题", "canonical": {"url": "http://a.gov.cn/1.html"},
              "duplicates": [], "previous_versions": []}
    del record["agency"]                                          # a key the parse has and the record not
    record["validation"] = [*base["validation"], {"rule": "carry", "status": "fail"}]   # only extended
    derived.put_report(conn, record, "r1")
    stored, canonical_id = derived.report(conn, "c1")
    assert canonical_id == "r1"
    assert json.dumps(stored, ensure_ascii=False) == json.dumps(record, ensure_ascii=False)   # order too
    overlay = derived.unpack(conn, conn.execute("SELECT record FROM reports").fetchone()[0])
    assert "sections" not in overlay["own"] and overlay["more"] == {"validation": [record["validation"][1]]}
    assert derived.parsed(conn, "r1") == parsed
    [(row, again)] = derived.reports(conn, "year = ?", (2019,))
    assert again == record and (row["title"], row["is_report"]) == ("借来的标题", 1)
    assert json.loads(conn.execute("SELECT nb_report(record) FROM reports").fetchone()[0]) == record


def test_a_dictionary_is_trained_and_older_blobs_still_read(catalog) -> None:
    conn = catalog.conn
    for i in range(derived.TRAIN_AT[0]):
        derived.put_parsed(conn, f"r{i}", f"http://a.gov.cn/{i}.html", None, _parsed(i), 0.5)
    assert conn.execute("SELECT COUNT(*) FROM blob_dicts").fetchone()[0] == 1
    derived.put_parsed(conn, "late", "http://a.gov.cn/late.html", None, _parsed(99), 0.5)
    blobs = dict(conn.execute("SELECT record_id, record FROM parsed_documents"))
    from nianbao.archive.codec import zstd

    assert zstd.get_frame_info(blobs["r0"]).dictionary_id == 0          # written before the dictionary
    assert zstd.get_frame_info(blobs["late"]).dictionary_id != 0
    assert derived.parsed(conn, "r0") == _parsed(0) and derived.parsed(conn, "late") == _parsed(99)
