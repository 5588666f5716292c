from __future__ import annotations

import json
import logging

from nianbao.crawler.extensions.progress import ProgressExtension
from scrapy.utils.test import get_crawler


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
    with caplog.at_level(logging.INFO, logger="nianbao.crawler.extensions.progress"):
        ext.tick()
    assert "7 pages" in caplog.text and "5 reports" in caplog.text


def test_stop_reason_in_words(tmp_path):
    from nianbao.crawler.extensions.progress import stop_reason

    ext, _ = _extension(tmp_path)
    assert stop_reason(ext.build_summary("closespider_pagecount")) == "stopped: page limit reached (--max-pages)"
    assert stop_reason(ext.build_summary("finished")).startswith("finished")
    summary = {"finish_reason": "finished", "portals": {"a": {"page_budget_reached": True}}}
    assert "page budget (NIANBAO_MAX_PAGES_PER_PORTAL) reached on a" in stop_reason(summary)


def test_live_view_shows_years_and_portal_status(tmp_path):
    from rich.console import Console

    ext, stats = _extension(tmp_path, tty=True)
    for key, value in {"portal/a/reports": 3, "portal/a/reports_by_year/2023": 2, "portal/b/reports_by_year/2023": 1,
                       "portal/a/reports_by_year/2022": 1, "challenge/b": 1, "challenge/unpassed/b": 1,
                       "portal/b/errors": 4}.items():
        stats.set_value(key, value)
    ext.pages.update({"a": 10, "b": 4})
    console = Console(record=True, width=120)
    console.print(ext.live_view())
    text = console.export_text()
    assert "14 pages" in text and "reports by year: 2023:3 2022:1" in text
    row_b = next(line for line in text.splitlines() if line.strip().startswith("b "))
    assert row_b.split()[1:5] == ["4", "0", "1", "4"] and "challenge not passed" in row_b


def test_closing_table_goes_to_the_terminal_when_the_cli_asks(tmp_path, capsys):
    crawler = get_crawler(settings_dict={"NIANBAO_DATA_DIR": str(tmp_path), "NIANBAO_CRAWL_ID": "c1",
                                         "NIANBAO_PROGRESS_TTY": True, "NIANBAO_PROGRESS_CONSOLE": "stdout"})
    crawler.stats.open_spider()
    crawler.spider = None
    ext = ProgressExtension.from_crawler(crawler)
    ext.spider_closed(None, "closespider_timeout")
    out, err = capsys.readouterr()
    assert "time limit reached" in out and "time limit reached" in err     # terminal and log


def test_cli_progress_only_on_a_terminal_and_not_quiet(tmp_path, monkeypatch):
    import sys

    from nianbao.archive.datadir import DataDir
    from nianbao.crawler.app.cli import build_parser, crawl_config
    from nianbao.crawler.runner import crawl_settings

    (tmp_path / "registry.csv").write_text("id,name,region_code,level,homepage\na,A,110101,county,http://a.gov.cn/\n",
                                           encoding="utf-8")

    def settings(argv, tty):
        monkeypatch.setattr(sys.stdout, "isatty", lambda: tty)
        args = build_parser().parse_args(["crawl", "--data", str(tmp_path), *argv])
        return crawl_settings(crawl_config(args, DataDir.locate(tmp_path)), tmp_path / "registry.csv")

    assert settings([], True)["NIANBAO_PROGRESS_CONSOLE"] == "stdout"
    assert "NIANBAO_PROGRESS_CONSOLE" not in settings([], False)
    assert "NIANBAO_PROGRESS_CONSOLE" not in settings(["-q"], True)
    assert settings(["-v"], False)["LOG_LEVEL"] == "DEBUG"
