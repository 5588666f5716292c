"""Interop with pywb: it replays a page we captured, on loopback, from our WARC and our CDXJ (and from its own
index of our WARC); a revisit is resolved to its original's payload.

pywb 2.10 pins redis==2.10.6 and fakeredis<1.0, which clash with this project's redis>=5, so it lives in its own
virtualenv: set NIANBAO_PYWB to that env's python (e.g. `python -m venv ../pywb-venv && ../pywb-venv/bin/pip
install pywb==2.10.0 gevent==26.9.0`; .venv-pywb in the checkout, as .ci/bootstrap makes it, or ../pywb-venv
next to it are found without the variable). The test
is skipped with that advice when no pywb is available."""

from __future__ import annotations

import gzip
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from nianbao.archive.catalog import Catalog

from tests.archive.harness import ROOT, Site, capture_settings, demo_site, free_port, run_crawl


def pywb_python() -> str | None:
    candidates = [os.environ.get("NIANBAO_PYWB"), sys.executable, str(ROOT / ".venv-pywb" / "bin" / "python"),
                  str(ROOT.parent / "pywb-venv" / "bin" / "python")]
    for python in filter(None, candidates):
        if Path(python).exists() and subprocess.run([python, "-c", "import pywb.apps.cli"],
                                                    capture_output=True).returncode == 0:
            return python
    return None


PYWB = pywb_python()
pytestmark = pytest.mark.skipif(PYWB is None, reason="pywb is not installed (it pins redis==2.10.6, so it needs its "
                                "own venv: pip install pywb==2.10.0 gevent==26.9.0 there and set NIANBAO_PYWB to "
                                "its python)")


def wait_for_port(port: int, proc: subprocess.Popen, timeout_s: float = 60) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"pywb exited: {proc.stderr.read().decode(errors='replace')[-2000:]}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)   # polling a server we started; there is no event to wait on
    raise TimeoutError("pywb did not start")


def pywb_cmd(*args: str) -> list[str]:
    return [PYWB, "-c", "from pywb.manager.manager import main; main()", *args]


@contextmanager
def wayback(root: Path, warcs: list[tuple[Path, Path]], add_to: tuple[str, ...] = ()) -> Iterator[str]:
    """pywb on loopback while the block runs, serving from `root` the collection `ours` (our WARCs `warcs`, each
    given with our CDXJ of it, that CDXJ its index) and each collection of `add_to` (the same WARCs, indexed by
    pywb itself). Yields its base URL."""
    env = {**os.environ, "PYTHONPATH": ""}
    for coll in ("ours", *add_to):
        subprocess.run(pywb_cmd("init", coll), cwd=root, env=env, check=True, capture_output=True)
    lines = []
    for warc, cdxj in warcs:
        (root / "collections" / "ours" / "archive" / warc.name).write_bytes(warc.read_bytes())
        lines += cdxj.read_text(encoding="utf-8").splitlines(True)
        for coll in add_to:
            subprocess.run(pywb_cmd("add", coll, str(warc)), cwd=root, env=env, check=True, capture_output=True)
    (root / "collections" / "ours" / "indexes" / "index.cdxj").write_text("".join(sorted(lines)), encoding="utf-8")
    port = free_port()
    proc = subprocess.Popen([PYWB, "-c", "from pywb.apps.cli import wayback; wayback()", "-p", str(port), "-b",
                             "127.0.0.1", "-d", str(root)], cwd=root, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    try:
        wait_for_port(port, proc)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def our_warcs(data: Path, catalog: Catalog) -> list[tuple[Path, Path]]:
    """Every WARC of the catalog in the store under `data`, with our CDXJ of it."""
    paths = [data / "store" / warc["key"] for warc in catalog.warc_files()]
    return [(path, path.with_name(path.name.replace(".warc.gz", ".cdxj"))) for path in paths]


def fetch(url: str) -> tuple[int, dict, bytes]:
    request = urllib.request.Request(url, headers={"Accept-Encoding": "identity"})
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


@pytest.fixture(scope="module")
def replay(tmp_path_factory):
    data = tmp_path_factory.mktemp("pywb-data")
    pages = demo_site()
    with Site(pages) as site:
        result = run_crawl(capture_settings(data, "c1", [site.url + "/"]))
        assert result.returncode == 0, result.stderr[-3000:]
        base = site.url
    catalog = Catalog(data / "catalog.sqlite")
    with wayback(tmp_path_factory.mktemp("pywb"), our_warcs(data, catalog), add_to=("theirs",)) as pywb:
        yield {"pywb": pywb, "site": base, "pages": pages, "catalog": catalog}


@pytest.mark.parametrize("collection", ["ours", "theirs"])
def test_pywb_replays_the_report_page_exactly(replay, collection) -> None:
    url = replay["site"] + "/report.html"
    row = replay["catalog"].captures_for_urls([url])[0]
    stamp = row["captured_at"][:19].replace("-", "").replace(":", "").replace("T", "")
    status, headers, body = fetch(f"{replay['pywb']}/{collection}/{stamp}id_/{url}")
    assert status == 200, body[:500]
    if headers.get("Content-Encoding") == "gzip":
        body = gzip.decompress(body)
    assert body == replay["pages"]["/report.html"].body           # the GBK bytes as the server sent them
    status, _, rewritten = fetch(f"{replay['pywb']}/{collection}/{stamp}mp_/{url}")   # rewritten for replay
    assert status == 200
    title = "某县2025年政府信息公开工作年度报告"
    assert title.encode("gbk") in rewritten or title.encode() in rewritten


def test_pywb_resolves_a_revisit_to_its_original(replay) -> None:
    catalog = replay["catalog"]
    revisit = next(r for r in catalog.all_captures() if r["record_type"] == "revisit")
    stamp = revisit["captured_at"][:19].replace("-", "").replace(":", "").replace("T", "")
    status, _, body = fetch(f"{replay['pywb']}/ours/{stamp}id_/{revisit['url']}")
    assert status == 200 and body == replay["pages"]["/copy-a.pdf"].body
