"""scrapyd deployment (deploy/scrapyd): `scrapyd-deploy --build-egg` builds an egg whose `scrapy` entry point names
nianbao.crawler.settings, and a scrapyd serving that egg runs a crawl of the sandbox from `schedule.json`, with the
settings passed as `setting=NAME=VALUE`, into a data directory the CLI can read."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import urllib.parse
import urllib.request
import zipfile
from pathlib import Path

import pytest
from nianbao.crawler.sandbox import build_sandbox, serve

from tests.archive.harness import free_port

pytestmark = pytest.mark.slow
REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
if not (BIN / "scrapyd").exists() or not (BIN / "scrapyd-deploy").exists():
    pytestmark = [pytestmark, pytest.mark.skip(reason="pip install scrapyd scrapyd-client (the [test] extra)")]


def build_egg(tmp: Path) -> Path:
    """scrapyd-deploy in a copy of the project (it writes build/ and egg-info beside setup.py)."""
    copy = tmp / "project"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for package in ("nianbao", "crawler", "archive", "parse"):   # installed as nianbao, nianbao.crawler, …
        shutil.copytree(REPO / package, copy / package, ignore=ignore)
    shutil.copy(REPO / "setup.py", copy / "setup.py")   # owns the package list the egg's setup.py reads
    shutil.copytree(REPO / "deploy" / "scrapyd", copy / "deploy" / "scrapyd", ignore=ignore)
    egg = tmp / "nianbao.egg"
    subprocess.run([str(BIN / "scrapyd-deploy"), "--build-egg", str(egg)], cwd=copy / "deploy" / "scrapyd",
                   check=True, capture_output=True, timeout=300)
    return egg


def post(url: str, fields: list[tuple[str, str]]) -> dict:
    data = urllib.parse.urlencode(fields).encode()
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(url, data=data, timeout=30) as response:
        return json.loads(response.read())


def get(url: str) -> dict:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(url, timeout=30) as response:
        return json.loads(response.read())


def wait_until(condition, timeout_s: float):
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.5)   # polling a server we started; there is no event to wait on
    return condition()


def test_egg_has_the_settings_entry_point_and_schedule_json_crawls(tmp_path) -> None:
    egg = build_egg(tmp_path)
    with zipfile.ZipFile(egg) as archive:
        entry_points = archive.read("EGG-INFO/entry_points.txt").decode()
        assert "[scrapy]" in entry_points and "settings = nianbao.crawler.settings" in entry_points
        assert "nianbao/crawler/spiders/portal.py" in archive.namelist()
    port = free_port()
    (tmp_path / "scrapyd.conf").write_text(
        f"[scrapyd]\nhttp_port = {port}\nbind_address = 127.0.0.1\neggs_dir = {tmp_path / 'eggs'}\n"
        f"logs_dir = {tmp_path / 'logs'}\ndbs_dir = {tmp_path / 'dbs'}\nitems_dir =\nmax_proc = 1\n", encoding="utf-8")
    base = f"http://127.0.0.1:{port}"
    sandbox = build_sandbox(portals=2)
    registry = tmp_path / "registry.csv"
    registry.write_text(sandbox.registry_csv(), encoding="utf-8")
    data = tmp_path / "data"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    scrapyd = subprocess.Popen([str(BIN / "scrapyd")], cwd=tmp_path, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
    try:
        with serve(sandbox) as server:
            assert wait_until(lambda: _up(base), 60), "scrapyd did not start"
            import requests

            with open(egg, "rb") as handle:
                added = requests.post(f"{base}/addversion.json", data={"project": "nianbao", "version": "1"},
                                      files={"egg": handle}, timeout=60, proxies={"http": None}).json()
            assert added["status"] == "ok" and added["spiders"] == 1, added
            settings = {"NIANBAO_REGISTRY_FILE": str(registry), "NIANBAO_DATA_DIR": str(data),
                        "NIANBAO_PROXY": server.url, "DOWNLOAD_DELAY": "0",
                        "AUTOTHROTTLE_ENABLED": "False", "NIANBAO_CRAWL_ID": "scrapyd-1"}
            job = post(f"{base}/schedule.json", [("project", "nianbao"), ("spider", "portal")]
                       + [("setting", f"{k}={v}") for k, v in settings.items()])
            assert job["status"] == "ok", job
            finished = wait_until(lambda: [j for j in get(f"{base}/listjobs.json?project=nianbao")["finished"]
                                           if j["id"] == job["jobid"]], 240)
            assert finished, "the scrapyd job did not finish"
    finally:
        scrapyd.terminate()
        scrapyd.wait(timeout=30)
    summary = json.loads((data / "runs" / "scrapyd-1" / "summary.json").read_text(encoding="utf-8"))
    assert summary["finish_reason"] == "finished" and summary["totals"]["reports"] > 0, summary["totals"]
    assert list((data / "store" / "warcs" / "scrapyd-1").glob("*.warc.gz"))


def _up(base: str) -> bool:
    try:
        return get(f"{base}/daemonstatus.json")["status"] == "ok"
    except OSError:
        return False


def test_rendering_is_off_without_the_browser_handler() -> None:
    from nianbao.crawler.browser import SHARED_HANDLER
    from nianbao.crawler.spiders.portal import PortalSpider
    from scrapy.utils.test import get_crawler

    plain = get_crawler(PortalSpider, {"NIANBAO_RENDER": "auto", "NIANBAO_PAGE_WORKERS": 0})
    assert PortalSpider.from_crawler(plain).render_mode == "never"      # scrapyd, `scrapy crawl portal`
    handlers = {"http": SHARED_HANDLER, "https": SHARED_HANDLER}
    browser = get_crawler(PortalSpider, {"NIANBAO_RENDER": "always", "NIANBAO_PAGE_WORKERS": 0,
                                         "DOWNLOAD_HANDLERS": handlers})
    assert PortalSpider.from_crawler(browser).render_mode == "always"   # crawl_main installs the handler
