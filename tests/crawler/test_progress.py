from __future__ import annotations

import json
import logging

from scrapy.utils.test import get_crawler

from crawler.progress import ProgressExtension


def _extension(tmp_path, tty=False):
    crawler = get_crawler(settings_dict={"NIANBAO_DATA_DIR": str(tmp_path), "NIANBAO_CRAWL_ID": "c1",
                                         "NIANBAO_PROGRESS_TTY": tty})
    crawler.stats.open_spider()
    crawler.spider = None
    return ProgressExtension.from_crawler(crawler), crawler.stats


def test_summary_table_and_json(tmp_path, capsys):
    ext, stats = _extension(tmp_path)
    for key, value in {"portal/a/pages": 10, "portal/a/reports": 3, "portal/a/reports_by_year/2023": 2,
                       "portal/a/reports_by_year/2022": 1, "portal/a/reports_by_unit/township": 3,
                       "portal/a/attachments": 1, "portal/a/errors": 2, "portal/a/errors/TimeoutError": 2,
                       "challenge/a": 1, "challenge/passed/a": 1, "portal/b/pages": 4}.items():
        stats.set_value(key, value)
    ext.pages.update({"a": 10, "b": 4})
    ext.spider_closed(None, "finished")
    summary = json.loads((tmp_path / "runs" / "c1" / "summary.json").read_text(encoding="utf-8"))
    assert summary["finish_reason"] == "finished" and summary["limit_reached"] is False
    assert summary["totals"]["pages"] == 14 and summary["totals"]["reports"] == 3
    assert summary["totals"]["challenges"] == 1 and summary["totals"]["errors"] == 2
    row = summary["portals"]["a"]
    assert row["reports_by_year"] == {"2022": 1, "2023": 2} and row["reports_by_unit"] == {"township": 3}
    assert row["challenges_passed"] == 1 and row["errors_by_kind"] == {"TimeoutError": 2}
    assert "2023:2" in capsys.readouterr().err   # the closing table


def test_limit_reasons_mark_the_run_incomplete(tmp_path):
    ext, _ = _extension(tmp_path)
    assert ext.build_summary("closespider_pagecount")["limit_reached"] is True
    assert ext.build_summary("finished")["limit_reached"] is False


def test_plain_log_line_without_a_terminal(tmp_path, caplog):
    ext, stats = _extension(tmp_path)
    stats.set_value("portal/a/reports", 5)
    ext.pages.update({"a": 7})
    with caplog.at_level(logging.INFO, logger="crawler.progress"):
        ext.tick()
    assert "7 pages" in caplog.text and "5 reports" in caplog.text
