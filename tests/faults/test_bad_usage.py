"""Bad usage and a hostile machine around nianbao: one line on stderr, exit status 2, nothing changed.
Reading commands (verify, provenance, export) need no write access to the data directory and create no store."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from nianbao.crawler.app.cli import EXIT_PROBLEMS, EXIT_USAGE, main

from tests.archive.harness import free_port
from tests.faults.test_warc_damage import URL, archive_pages

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def archived(tmp_path, make_writer, catalog) -> Path:
    """A data directory (catalog.sqlite + store/) with 30 captures, its catalog closed."""
    archive_pages(make_writer)
    catalog.conn.commit()
    catalog.close()
    return tmp_path


def snapshot(root: Path) -> dict[str, tuple[int, int]]:
    """Every file's size and mtime, but SQLite's own -wal/-shm (a reader of a WAL database makes them where it
    may; where it may not, see the read-only test)."""
    return {str(p.relative_to(root)): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in sorted(root.rglob("*")) if p.is_file() and not p.name.endswith(("-wal", "-shm"))}


def one_line_error(capsys) -> str:
    err = capsys.readouterr().err.strip()
    assert err.startswith("nianbao: error:") and "Traceback" not in err and len(err.splitlines()) == 1, err
    return err


@pytest.mark.parametrize("argv", [["verify"], ["provenance", URL.format(3)], ["export", "--format", "jsonl",
                                                                                "--out", "{out}"]])
def test_reading_commands_write_nothing_in_the_data_directory(archived, tmp_path_factory, argv) -> None:
    out = tmp_path_factory.mktemp("out") / "reports.jsonl"
    before = snapshot(archived)
    argv = [a.replace("{out}", str(out)) for a in argv]
    assert main([*argv, "--data", str(archived)]) in (0, EXIT_PROBLEMS, EXIT_USAGE)  # export: nothing parsed yet
    assert snapshot(archived) == before        # no schema write, no store folder touched


@pytest.mark.skipif(os.geteuid() != 0 or not shutil.which("setpriv"), reason="needs root to become nobody")
def test_verify_as_a_user_who_cannot_write_the_data_directory(archived) -> None:
    import tempfile

    top = Path(tempfile.mkdtemp(prefix="nianbao-ro-"))
    try:
        data = top / "data"
        shutil.copytree(archived, data)
        for path in [top, *top.rglob("*")]:
            os.chmod(path, 0o755 if path.is_dir() else 0o644)   # readable by all, writable by root only
        done = as_nobody(["verify", "--data", str(data)])
        assert done.returncode == 0, done.stderr
        assert "30 indexed captures: all good" in done.stdout
        done = as_nobody(["provenance", URL.format(3), "--data", str(data)])
        assert done.returncode == 0 and "fixity OK" in done.stdout, done.stderr
    finally:
        shutil.rmtree(top)


def as_nobody(argv: list[str]) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HOME": "/tmp"}
    nobody = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable]
    # The user `nobody` must be able to read this checkout and its venv (a clone in a private folder, such as
    # mktemp -d makes, is not): else it would run whatever other nianbao its Python finds, or none.
    probe = subprocess.run([*nobody, "-c", "import nianbao.crawler.app.cli as c; print(c.__file__)"],
                           capture_output=True, text=True, env=env, cwd="/", timeout=120)
    if probe.returncode != 0 or not probe.stdout.startswith(str(ROOT)):
        pytest.skip(f"nobody cannot run this checkout's nianbao ({ROOT} or its venv is not readable by all)")
    return subprocess.run([*nobody, "-m", "nianbao.crawler.app.cli", *argv], capture_output=True, text=True,
                          env=env, cwd="/", timeout=120)


@pytest.mark.skipif(os.geteuid() != 0 or not shutil.which("setpriv"), reason="needs root to become nobody")
def test_a_crawl_into_a_read_only_store_is_one_line_and_starts_nothing() -> None:
    import tempfile

    top = Path(tempfile.mkdtemp(prefix="nianbao-ro-"))
    try:
        data = top / "data"
        (data / "store").mkdir(parents=True)
        (data / "registry.csv").write_text("id,name,region_code,level,homepage\n"
                                           "x,某县,110101,county,http://www.x.gov.cn/\n", encoding="utf-8")
        os.chmod(top, 0o755)
        os.chmod(data, 0o777)                  # the data directory is writable, DATA/store is not
        os.chmod(data / "store", 0o755)
        os.chmod(data / "registry.csv", 0o644)
        done = as_nobody(["crawl", "--data", str(data)])
        assert done.returncode == EXIT_USAGE, done.stderr
        assert done.stderr.startswith("nianbao: error:") and "not writable" in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1 and not (data / "runs").exists()
    finally:
        shutil.rmtree(top)


def test_verify_of_a_mistyped_store_creates_nothing(archived, capsys) -> None:
    missing = archived / "no-such-store"
    assert main(["verify", "--data", str(archived), "--store", missing.as_uri()]) == EXIT_USAGE
    assert "does not exist" in one_line_error(capsys)
    assert not missing.exists()


def test_verify_of_a_mistyped_bucket_creates_no_bucket(archived, s3_environ, capsys) -> None:
    import boto3

    assert main(["verify", "--data", str(archived), "--store", "s3://typo-bucket/prod"]) == EXIT_USAGE
    assert "no bucket 'typo-bucket'" in one_line_error(capsys)
    s3 = boto3.client("s3", endpoint_url=f"http://{s3_environ['NIANBAO_S3_ENDPOINT']}",
                      aws_access_key_id=s3_environ["NIANBAO_S3_ACCESS_KEY"],
                      aws_secret_access_key=s3_environ["NIANBAO_S3_SECRET_KEY"], region_name="us-east-1")
    assert "typo-bucket" not in [b["Name"] for b in s3.list_buckets()["Buckets"]]


@pytest.mark.parametrize("uri", ["typo", "file:///nonexistent/nianbao-store", "{empty}"])
def test_reindex_from_a_mistyped_store_keeps_the_catalog(archived, capsys, uri) -> None:
    empty = archived / "empty-store"
    (empty / "warcs").mkdir(parents=True)
    before = snapshot(archived)
    status = main(["reindex", "--data", str(archived), "--store", uri.replace("{empty}", empty.as_uri())])
    assert status in (EXIT_USAGE, EXIT_PROBLEMS)
    err = capsys.readouterr().err
    assert "Traceback" not in err and ("error" in err or "refused" in err), err
    assert snapshot(archived) == before


def test_s3_endpoint_down_at_start_is_one_line(archived, monkeypatch, capsys) -> None:
    monkeypatch.setenv("NIANBAO_S3_ENDPOINT", f"127.0.0.1:{free_port()}")
    monkeypatch.setenv("NIANBAO_S3_ACCESS_KEY", "k")
    monkeypatch.setenv("NIANBAO_S3_SECRET_KEY", "secret-secret")
    monkeypatch.setenv("NIANBAO_S3_SECURE", "0")
    before = snapshot(archived)
    assert main(["verify", "--data", str(archived), "--store", "s3://bucket/prefix"]) == EXIT_USAGE
    assert "cannot reach the S3 endpoint" in one_line_error(capsys)
    assert snapshot(archived) == before


def test_export_to_an_unwritable_place_is_one_line(archived, capsys) -> None:
    blocker = archived.parent / "a-file"
    blocker.write_text("x")
    status = main(["export", "--data", str(archived), "--format", "jsonl", "--out", str(blocker / "out.jsonl")])
    assert status == EXIT_USAGE
    one_line_error(capsys)


@pytest.mark.parametrize("argv", [
    ["crawl", "--time-limit", "-5"], ["run", "--max-pages", "-1"], ["crawl", "--per-host", "x"],
    ["schedule", "add", "n", "--cron", "0 3 * * *", "--time-limit", "-5"], ["runs", "--limit", "-3"]])
def test_negative_limits_are_refused(tmp_path, argv) -> None:
    with pytest.raises(SystemExit) as exited:
        main([*argv, "--data", str(tmp_path / "d")])
    assert exited.value.code == EXIT_USAGE
    assert not (tmp_path / "d").exists()


@pytest.mark.parametrize("argv", [
    ["dedup"], ["parse"], ["export", "--format", "jsonl", "--out", "x.jsonl"], ["provenance", "某县 2023"],
    ["verify"], ["runs"]])
def test_reading_commands_on_a_missing_data_directory(tmp_path, capsys, argv) -> None:
    missing = tmp_path / "nowhere"
    assert main([*argv, "--data", str(missing)]) == EXIT_USAGE
    assert "no nianbao data" in one_line_error(capsys)
    assert not missing.exists()


@pytest.mark.parametrize("argv", [
    ["crawl", "--render", "sometimes"], ["export", "--format", "xlsx", "--out", "x"], ["export"],
    ["schedule", "explode"], ["sandbox", "--port", "http"], ["provenance"], ["demo", "--portals", "-2"],
    ["verify", "--unknown-flag"], ["reindex", "extra-argument"]])
def test_malformed_arguments_are_usage_errors(tmp_path, argv) -> None:
    with pytest.raises(SystemExit) as exited:
        main([*argv, "--data", str(tmp_path / "d")])
    assert exited.value.code == EXIT_USAGE
    assert not (tmp_path / "d").exists()


def test_parse_of_a_missing_file_is_a_usage_error(tmp_path, capsys) -> None:
    assert main(["parse", str(tmp_path / "missing.pdf")]) == EXIT_USAGE
    assert "cannot read" in capsys.readouterr().err
