"""The front door: bad input gets a clear message and exit status 2, and touches nothing."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from nianbao.archive.datadir import DataDir
from nianbao.crawler.app.cli import EXIT_USAGE, main

SAMPLES = Path(__file__).parent / "samples"
REGISTRY = "id,name,region_code,level,homepage\nlintao,临洮县,621124,county,http://www.lintao.gov.cn/\n"


@pytest.fixture
def data(tmp_path: Path) -> Path:
    d = tmp_path / "data"
    d.mkdir()
    (d / "registry.csv").write_text(REGISTRY, encoding="utf-8")
    return d


def test_unknown_portal_id_is_usage_error(data: Path, capsys) -> None:
    assert main(["crawl", "--data", str(data), "--portal", "nowhere"]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "unknown portal id(s): nowhere" in err and "lintao" in err
    assert sorted(p.name for p in data.iterdir()) == ["registry.csv"]


def test_unreadable_registry_is_usage_error(data: Path, capsys) -> None:
    assert main(["crawl", "--data", str(data), "--registry", str(data / "missing.csv")]) == EXIT_USAGE
    assert "does not exist" in capsys.readouterr().err


def test_malformed_registry_row_names_the_line(data: Path, capsys) -> None:
    bad = data / "bad.csv"
    bad.write_text("id,name,region_code,level,homepage\nx,某县,12,county,http://www.x.gov.cn/\n", encoding="utf-8")
    assert main(["crawl", "--data", str(data), "--registry", str(bad)]) == EXIT_USAGE
    assert "line 2" in capsys.readouterr().err


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_unwritable_data_dir_is_usage_error(tmp_path: Path, capsys) -> None:
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    assert main(["crawl", "--data", str(locked / "sub")]) == EXIT_USAGE
    assert "not writable" in capsys.readouterr().err


def test_data_dir_under_a_file_is_usage_error(tmp_path: Path, capsys) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert main(["crawl", "--data", str(blocker / "data")]) == EXIT_USAGE
    assert "not writable" in capsys.readouterr().err


def test_commands_that_need_data_refuse_an_empty_dir(tmp_path: Path, capsys) -> None:
    for argv in (["verify"], ["provenance", "x"], ["export", "--format", "jsonl", "--out", "x"], ["dedup"]):
        assert main([*argv, "--data", str(tmp_path)]) == EXIT_USAGE
        assert "no catalog.sqlite" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_parse_files_prints_one_record_per_file(tmp_path: Path, capsys) -> None:
    sample = SAMPLES / "xinghe-county-2024.txt"
    assert main(["parse", str(sample), str(tmp_path / "missing.pdf")]) == EXIT_USAGE
    out, err = capsys.readouterr()
    lines = out.strip().splitlines()
    assert len(lines) == 1 and "missing.pdf" in err
    record = json.loads(lines[0])
    assert record["file"] == str(sample)
    assert record["year"] == 2024 and record["template"] == "2021"
    assert record["tables"]["applications"]["new_received"]["natural_person"] == 26


def test_parse_a_zip_file_prints_one_record_per_document_in_it(tmp_path: Path, capsys) -> None:
    from nianbao.crawler.app.cli import EXIT_OK, EXIT_PROBLEMS
    from nianbao.parse import limits

    from tests.faults import hostile
    from tests.parse.test_zip_members import make_zip

    text = (SAMPLES / "xinghe-county-2024.txt").read_bytes()
    bundle = tmp_path / "年报.zip"
    bundle.write_bytes(make_zip([("2024年报/", b""), ("2024年报/星河县2024年报告.txt".encode("gbk"), text),
                                 ("2024年报/说明.png", b"\x89PNG\r\n\x1a\n" + bytes(8))]))
    assert main(["parse", str(bundle)]) == EXIT_OK
    [line] = capsys.readouterr().out.strip().splitlines()
    record = json.loads(line)
    assert record["file"] == f"{bundle}!/2024年报/星河县2024年报告.txt"
    assert record["year"] == 2024 and record["tables"]["applications"]["new_received"]["natural_person"] == 26

    broken = tmp_path / "cut.zip"
    broken.write_bytes(bundle.read_bytes()[:200])
    assert main(["parse", str(broken)]) == EXIT_OK
    record = json.loads(capsys.readouterr().out)
    assert record["file"] == str(broken) and record["is_report"] is False
    assert [e["stage"] for e in record["errors"]] == ["extract"] and "fetch it again" in record["errors"][0]["message"]

    # the archive is read in a child process: the bounds it is refused by are the real ones, not a test's patch
    many = tmp_path / "many.zip"
    many.write_bytes(hostile.zip_of_many_files(limits.MAX_ARCHIVE_MEMBERS + 1))
    assert main(["parse", str(many)]) == EXIT_PROBLEMS
    assert json.loads(capsys.readouterr().out)["errors"][0]["stage"] == "unpack"


def test_parse_a_zip_file_lists_the_members_it_refused_in_each_record(tmp_path: Path, capsys) -> None:
    import struct

    from tests.parse.test_zip_members import make_zip

    text = (SAMPLES / "xinghe-county-2024.txt").read_bytes()
    pdf = b"%PDF-1.4\n%%EOF\n"
    data = bytearray(make_zip([("密.pdf", pdf), ("甲.txt", text), ("乙.txt", text), ("丙/", b"")]))
    struct.pack_into("<H", data, data.find(b"PK\x03\x04") + 6, 0x1)      # the first member: encrypted
    struct.pack_into("<H", data, data.find(b"PK\x01\x02") + 8, 0x1)
    bundle = tmp_path / "年报.zip"
    bundle.write_bytes(bytes(data))
    assert main(["parse", str(bundle)]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["file"].rsplit("!/", 1)[1] for r in records] == ["甲.txt", "乙.txt"]
    assert [r["members_refused"] for r in records] == [[{"member": "密.pdf", "size": len(pdf), "reason": "encrypted",
                                                          "detail": "encrypted (no password is known)"}]] * 2


def test_parse_a_zip_file_whose_reader_aborts_is_a_problem_that_says_so(tmp_path: Path, capsys) -> None:
    from nianbao.archive.member_reader import ReaderConfig
    from nianbao.crawler.app.cli import EXIT_PROBLEMS, parse_files

    from tests.parse.test_zip_members import make_zip

    text = (SAMPLES / "xinghe-county-2024.txt").read_bytes()
    bundle = tmp_path / "年报.zip"
    bundle.write_bytes(make_zip([("甲.txt", text), ("乙.txt", text)]))
    assert parse_files([str(bundle)], ReaderConfig(test_fault="abort")) == EXIT_PROBLEMS
    out, err = capsys.readouterr()
    [record] = [json.loads(line) for line in out.splitlines()]
    assert record["file"] == str(bundle) and record["is_report"] is False
    assert record["errors"] == [{"stage": "extract", "message": "ZIP not expanded: the archive reader died (killed "
                                                                  "by SIGABRT)"}]
    assert err == f"nianbao: error: {bundle}: the zip archive was not read through: the archive reader died " \
                  "(killed by SIGABRT)\n"

    # the member read before it stands, with an error saying the rest was not read; the message comes once
    assert parse_files([str(bundle)], ReaderConfig(test_fault="abort", test_fault_after=1)) == EXIT_PROBLEMS
    out, err = capsys.readouterr()
    [record] = [json.loads(line) for line in out.splitlines()]
    assert record["file"] == f"{bundle}!/甲.txt" and record["year"] == 2024
    assert record["errors"][-1]["message"].startswith("the zip archive was read only in part (the archive reader died")
    assert err.count("nianbao: error:") == 1 and "killed by SIGABRT" in err


def test_crawl_options_reach_the_crawl_settings(data: Path) -> None:
    from nianbao.crawler.app.cli import build_parser, crawl_config
    from nianbao.crawler.runner import crawl_settings

    args = build_parser().parse_args(["crawl", "--data", str(data), "--per-host", "1", "--redis",
                                      "redis://127.0.0.1:6379/0", "--frontier", "season-2027", "--max-pages", "9",
                                      "--page-workers", "0", "--writer-process", "off"])
    settings = crawl_settings(crawl_config(args, DataDir.locate(data)), data / "registry.csv")
    assert settings["CONCURRENT_REQUESTS_PER_DOMAIN"] == 1
    assert (settings["NIANBAO_PAGE_WORKERS"], settings["NIANBAO_WARC_WRITER_PROCESS"]) == (0, "off")
    assert settings["CLOSESPIDER_PAGECOUNT"] == 9
    assert settings["SCHEDULER"] == "nianbao.crawler.frontier.LeasingScheduler"
    assert settings["SCHEDULER_QUEUE_KEY"] == "nianbao:season-2027:requests"


def test_scrapy_settings_with_s(data: Path, capsys) -> None:
    from nianbao.crawler.app.cli import build_parser, crawl_config
    from nianbao.crawler.runner import crawl_settings

    for verb in ("crawl", "run"):
        args = build_parser().parse_args([verb, "--data", str(data), "-s", "DOWNLOAD_DELAY=2.5", "-s",
                                          "NIANBAO_REQUISITES=false", "--set", "USER_AGENT=nb test/1 (+x)"])
        settings = crawl_settings(crawl_config(args, DataDir.locate(data)), data / "registry.csv")
        assert settings["DOWNLOAD_DELAY"] == 2.5 and settings["NIANBAO_REQUISITES"] is False
        assert settings["USER_AGENT"] == "nb test/1 (+x)"
    assert main(["crawl", "--data", str(data), "-s", "DOWNLOAD_DELAY"]) == EXIT_USAGE
    assert "NAME=VALUE" in capsys.readouterr().err


@pytest.mark.parametrize("where", ["before", "after", "last"])
def test_data_is_accepted_before_or_after_the_verb(tmp_path: Path, where: str) -> None:
    from nianbao.archive import schedules
    from nianbao.archive.catalog import Catalog

    data = tmp_path / "d"
    data.mkdir()
    (data / "registry.csv").write_text(REGISTRY, encoding="utf-8")   # schedule add checks the registry
    argv = {"before": ["--data", str(data), "schedule", "add", "s1", "--cron", "0 3 * * *"],
            "after": ["schedule", "add", "--data", str(data), "s1", "--cron", "0 3 * * *"],
            "last": ["schedule", "add", "s1", "--cron", "0 3 * * *", "--data", str(data)]}[where]
    assert main(argv) == 0
    assert [s.name for s in schedules.list_schedules(Catalog(data / "catalog.sqlite").conn)] == ["s1"]


def test_export_refuses_report_for_tables_and_foreign_files(data: Path, capsys) -> None:
    from nianbao.archive.catalog import Catalog

    Catalog(data / "catalog.sqlite").close()     # every table, none filled
    out = data / "out"
    assert main(["export", "--data", str(data), "--format", "csv", "--out", str(out), "--report", "x 2019"]) == EXIT_USAGE
    assert "--report" in capsys.readouterr().err and not out.exists()
    out.mkdir()
    (out / "README.md").write_text("mine", encoding="utf-8")
    assert main(["export", "--data", str(data), "--format", "csv", "--out", str(out)]) == EXIT_USAGE
    assert "--force" in capsys.readouterr().err and (out / "README.md").read_text(encoding="utf-8") == "mine"
    assert main(["export", "--data", str(data), "--format", "csv", "--out", str(out), "--force"]) == 0


def test_schedules_state_their_time_zone(data: Path, capsys) -> None:
    assert main(["schedule", "add", "s1", "--cron", "0 3 * * *", "--data", str(data)]) == 0
    assert "'0 3 * * *' (UTC), next run" in capsys.readouterr().out
    assert main(["schedule", "list", "--data", str(data)]) == 0
    assert "0 3 * * * UTC" in capsys.readouterr().out


def test_data_without_a_value_is_a_usage_error(capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["runs", "--data"])
    assert exit_info.value.code == 2 and "--data: expected one argument" in capsys.readouterr().err
