"""`nianbao serve` on a real archive: one sandbox portal crawled at revision 0 and again at revision 1 (an edited
report, run history), then the read-only web view, through Flask's test client and in Chromium.

Browser checks: search → report → click a table value → the archived page shows that value highlighted in a
sandboxed frame; the region page draws its plots; no request leaves 127.0.0.1. Screenshots of the main pages
go to $NIANBAO_SCREENSHOTS when set (the README's docs/screenshots/ are made that way)."""

from __future__ import annotations

import asyncio
import importlib.util
import json
import os
import re
import sqlite3
import threading
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from nianbao.archive.datadir import DataDir
from nianbao.crawler.app import cli, pipeline
from nianbao.crawler.crawl_main import chromium_available, chromium_executable
from nianbao.crawler.sandbox import build_sandbox, serve
from nianbao.crawler.web.server import build

from tests.fast_crawl import FAST_CRAWL

pytestmark = pytest.mark.slow
PORTAL = "lanchuan"     # the sandbox's revision 1 edits one of its reports
FAST = {**FAST_CRAWL, "NIANBAO_PAGE_WORKERS": 0, "NIANBAO_WARC_WRITER_PROCESS": False}
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync"]


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    data = tmp_path_factory.mktemp("serve")
    for revision in (0, 1):
        sandbox = build_sandbox(revision=revision)
        registry = data / "registry.csv"
        registry.write_text(sandbox.registry_csv(), encoding="utf-8")
        with serve(sandbox) as server:
            args = cli.build_parser().parse_args(["run", "--data", str(data), "--registry", str(registry),
                                                  "--render", "never", "--portal", PORTAL, "--proxy", server.url])
            config = cli.crawl_config(args, DataDir.locate(data), extra_settings=FAST)
            assert pipeline.recorded_run(DataDir.locate(data), config).ok
    return data


@pytest.fixture(scope="module")
def client(archive):
    return build(archive, (archive / "store").as_uri()).test_client()


def _connect(archive: Path) -> sqlite3.Connection:
    """The catalog, with the SQL functions that read its compressed records (archive/derived.py)."""
    from nianbao.archive import derived

    conn = sqlite3.connect(archive / "catalog.sqlite")
    derived.register(conn)
    return conn


def _edited_report(archive: Path) -> tuple[str, dict]:
    """A report edited between the two crawls (with its changed cells, when revisions are recorded)."""
    conn = _connect(archive)
    candidates = []
    for report_id, body in conn.execute("SELECT report_id, nb_report(record) FROM reports ORDER BY report_id"):
        record = json.loads(body)
        if record.get("previous_versions") and (record.get("tables") or {}).get("applications"):
            cells = sum(len(r.get("cells") or []) for r in record.get("revisions") or [])
            candidates.append((-cells, report_id, record))
    assert candidates, "the sandbox's revision 1 should leave a report with a previous version"
    return min(candidates, key=lambda c: c[:2])[1:]


def test_report_page_shows_template_tables_history_and_duplicates(client, archive) -> None:
    report_id, record = _edited_report(archive)
    page = client.get(f"/report/{report_id}")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert record["title"] in html and "收到和处理政府信息公开申请情况" in html
    total = record["tables"]["applications"]["new_received"]["total"]
    assert re.search(rf'data-key="applications.new_received.total"[^>]*><a class="cell" [^>]*>{total}</a>', html)
    assert "一、本年新收政府信息公开申请数量" in html          # the official row label, in its template place
    timeline = client.get(f"/report/{report_id}/timeline.svg")    # the capture history on a time axis
    assert timeline.mimetype == "image/svg+xml" and timeline.get_data(as_text=True).count("<path") >= 3
    for version in record["previous_versions"]:
        assert version["captured_at"] in html
    changed = [c for revision in record.get("revisions") or [] for c in revision.get("cells") or []]
    assert changed or "revisions" not in record
    for change in changed:        # revisions (issue 16): the changed values are marked in the template tables
        assert re.search(rf'<td class="v changed"[^>]*data-key="{re.escape(change["key"])}"', html), change


def test_capture_replays_from_the_archive_with_links_rewritten_and_a_sandbox_csp(client, archive) -> None:
    _, record = _edited_report(archive)
    canonical = record["canonical"]
    ts = re.sub(r"\D", "", canonical["captured_at"])[:14]
    page = client.get(f"/web/{ts}/{canonical['url']}")
    assert page.status_code == 200
    assert f'src="/replay/{ts}/{canonical["url"]}"' in page.get_data(as_text=True)
    assert "sandbox" in page.get_data(as_text=True)
    replay = client.get(f"/replay/{ts}/{canonical['url']}")
    assert replay.status_code == 200
    csp = replay.headers["Content-Security-Policy"]
    assert csp.startswith("sandbox;") and "allow-same-origin" not in csp and "script-src 'none'" in csp
    body = replay.get_data(as_text=True)
    links = re.findall(r'(?:href|src|action)="([^"#]+)"', body)
    assert links and all(link.startswith("/replay/") for link in links), links
    assert "<script" not in body.lower()


def test_read_only_and_validated(client, archive) -> None:
    before = (archive / "catalog.sqlite").stat().st_mtime_ns
    assert client.post("/search", data={"q": "x"}).status_code == 405
    assert client.get("/report/x'%20OR%201=1").status_code == 404
    assert client.get("/region/12345").status_code == 404
    missing = client.get("/replay/2024/file:///etc/passwd")
    assert missing.status_code == 404 and missing.headers["Content-Security-Policy"].startswith("sandbox;")
    assert client.get("/raw/not-a-uuid").status_code == 404
    assert client.get("/search?year=abcd&region=1;DROP&page=-1").status_code == 200
    assert (archive / "catalog.sqlite").stat().st_mtime_ns == before


def test_region_grid_is_the_compliance_audit(client, archive) -> None:
    audit = pytest.importorskip("nianbao.archive.audit", reason="the compliance audit (research, issue 16) is not merged")
    conn = sqlite3.connect(archive / "catalog.sqlite")
    region = conn.execute("SELECT region_code FROM reports WHERE region_code IS NOT NULL LIMIT 1").fetchone()[0]
    facts = audit.load_facts(conn)
    years = sorted({f.year for f in facts.reports if f.year and (f.region_code or "").startswith(region)})
    expected = [row.status for year in years for row in audit.audit(facts, year, audit.DEFAULT_RULES, region)]
    html = client.get(f"/region/{region}").get_data(as_text=True)
    shown = re.findall(r'<td class="st-([a-z_]+)"', html)
    assert sorted(shown) == sorted(expected) and "late" in expected


def test_search_by_title_text_and_filters(client, archive) -> None:
    report_id, record = _edited_report(archive)
    fragment = record["title"][2:12]
    html = client.get(f"/search?q={fragment}&year={record['year']}").get_data(as_text=True)
    assert f"/report/{report_id}" in html
    conn = _connect(archive)
    expected = {r for (r,) in conn.execute("SELECT report_id FROM reports WHERE year = ? AND (agency LIKE ? OR "
                                           "json_extract(nb_report(record), '$.title') LIKE ?)",
                                           (record["year"], f"%{fragment}%", f"%{fragment}%"))}
    assert set(re.findall(r'href="/report/([^"/]+)"', html)) == expected
    other_year = client.get(f"/search?q={fragment}&year={record['year'] + 1}").get_data(as_text=True)
    assert f"/report/{report_id}\"" not in other_year


def test_serve_command_needs_an_archive(tmp_path, capsys) -> None:
    assert cli.main(["serve", "--data", str(tmp_path / "none")]) == cli.EXIT_USAGE
    assert "no catalog.sqlite" in capsys.readouterr().err


def test_runs_and_region_pages(client, archive) -> None:
    runs = client.get("/runs").get_data(as_text=True)
    conn = sqlite3.connect(archive / "catalog.sqlite")
    for (run_id,) in conn.execute("SELECT run_id FROM runs"):
        assert f'id="run-{run_id}"' in runs
    region = conn.execute("SELECT region_code FROM reports WHERE region_code IS NOT NULL LIMIT 1").fetchone()[0]
    html = client.get(f"/region/{region}").get_data(as_text=True)
    plots = re.findall(r'<img src="(/region/[^"]+/plot/[a-z]+\.svg)"', html)
    assert len(plots) == 4, html
    for plot in plots:
        svg = client.get(plot)
        assert svg.mimetype == "image/svg+xml" and svg.get_data(as_text=True).count("<path") > 5, plot


# ---------------------------------------------------------------- in Chromium


@pytest.fixture(scope="module")
def server_url(archive):
    from werkzeug.serving import make_server

    server = make_server("127.0.0.1", 0, build(archive, (archive / "store").as_uri()), threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(5)


def _shots() -> Path | None:
    folder = os.environ.get("NIANBAO_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        return Path(folder)
    return None


async def _browse(base: str, report_title: str, agency: str, region: str) -> dict:
    from playwright.async_api import async_playwright

    shots = _shots()
    seen: list[str] = []
    out: dict = {"requests": seen}
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=chromium_executable(), args=ARGS)
        context = await browser.new_context(viewport={"width": 1280, "height": 900})
        context.on("request", lambda request: seen.append(request.url))
        page = await context.new_page()
        await page.goto(base + "/")
        await page.fill("form.search input[name=q]", agency)
        await page.click("form.search button")
        await page.wait_for_load_state()
        if shots:
            await page.screenshot(path=str(shots / "search.png"))
        await page.click(f"a.report-link:text-is('{report_title}')")
        await page.wait_for_load_state()
        out["report_url"] = page.url
        if shots:
            await page.screenshot(path=str(shots / "report.png"), full_page=False)
            await page.locator("table.template.applications").screenshot(path=str(shots / "report-tables.png"))
            if await page.locator(".revision").count():
                await page.locator(".revision").first.screenshot(path=str(shots / "report-revision.png"))
        cell = page.locator("td[data-key='applications.new_received.total'] a.cell")
        out["clicked_value"] = (await cell.inner_text()).strip()
        await cell.click()
        await page.wait_for_load_state()
        frame_element = await page.wait_for_selector("iframe.replay")
        out["frame_sandbox"] = await frame_element.get_attribute("sandbox")
        frame = await frame_element.content_frame()
        await frame.wait_for_load_state()
        out["frame_origin"] = await frame.evaluate("window.origin")
        out["frame_title"] = await frame.title()
        mark = await frame.query_selector("#nianbao-cell")
        out["highlighted"] = (await mark.inner_text()).strip() if mark else None
        out["cell_page_text"] = await page.inner_text("main")
        if shots and mark:
            await mark.scroll_into_view_if_needed()
            await page.screenshot(path=str(shots / "cell.png"))
        await page.goto(f"{base}/region/{region}")
        await page.wait_for_load_state("load")
        out["plots"] = await page.eval_on_selector_all(
            "figure.plot img", "els => els.map(e => ({complete: e.complete, width: e.naturalWidth, "
                               "height: e.naturalHeight}))")
        if shots:
            await page.screenshot(path=str(shots / "region.png"), full_page=True)
        await page.goto(f"{base}/runs")
        if shots:
            await page.screenshot(path=str(shots / "runs.png"))
        await browser.close()
    return out


def _report_with_a_cell_locator(archive: Path) -> dict:
    """A report whose new_received.total was read from an HTML table cell (a DOM locator), edited reports
    first; without cell provenance in the catalog, the edited report."""
    conn = _connect(archive)
    rows = conn.execute(
        "SELECT nb_report(r.record) FROM reports r JOIN parsed_documents p ON p.record_id = r.canonical_record_id "
        "WHERE json_extract(nb_parsed(p.record), '$._locators.\"applications.new_received.total\".kind') = 'html' "
        "ORDER BY json_array_length(nb_report(r.record), '$.previous_versions') DESC, r.report_id").fetchall()
    return json.loads(rows[0][0]) if rows else _edited_report(archive)[1]


@pytest.fixture(scope="module")
def browsed(archive, server_url):
    if not chromium_available():
        pytest.skip("needs Debian's chromium")
    record = _report_with_a_cell_locator(archive)
    return asyncio.run(_browse(server_url, record["title"], record["agency"][-6:], record["region_code"])), record


def test_browser_search_report_click_cell_shows_it_in_the_archived_page(browsed) -> None:
    out, record = browsed
    assert "/report/" in out["report_url"]
    assert out["clicked_value"] == str(record["tables"]["applications"]["new_received"]["total"])
    assert out["frame_sandbox"] == ""                  # a sandboxed frame: no scripts, opaque origin
    assert out["frame_origin"] == "null"
    assert out["frame_title"] == record["title"]       # the archived page itself, replayed from the WARC
    if "Cell-level provenance is not in this catalog" in out["cell_page_text"]:
        pytest.skip("cell-level provenance (issue 16, research branch) is not merged: no locator to highlight")
    assert out["highlighted"] == out["clicked_value"]


def test_browser_region_page_draws_its_plots(browsed) -> None:
    out, _ = browsed
    assert len(out["plots"]) == 4
    assert all(p["complete"] and p["width"] > 200 and p["height"] > 100 for p in out["plots"]), out["plots"]


def test_browser_requests_never_leave_loopback(browsed) -> None:
    out, _ = browsed
    hosts = {urlsplit(url).hostname for url in out["requests"] if not url.startswith("data:")}
    assert hosts == {"127.0.0.1"}, hosts


async def _images_in_frame(page_url: str) -> list[dict]:
    from playwright.async_api import async_playwright

    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=chromium_executable(), args=ARGS)
        page = await browser.new_page()
        await page.goto(page_url)
        frame = await (await page.wait_for_selector("iframe.replay")).content_frame()
        await frame.wait_for_load_state("load")
        images = await frame.eval_on_selector_all(
            "img", "els => els.map(e => ({src: e.getAttribute('src'), width: e.naturalWidth}))")
        await browser.close()
    return images


@pytest.mark.skipif(importlib.util.find_spec("nianbao.crawler.discovery.requisites") is None,
                    reason="page requisites (frontdoor's branch) are not merged into main: report pages have no "
                           "archived images to show")
def test_browser_report_with_image_tables_shows_its_images(archive, server_url) -> None:
    if not chromium_available():
        pytest.skip("needs Debian's chromium")
    conn = sqlite3.connect(archive / "catalog.sqlite")
    row = conn.execute(
        "SELECT p.url, p.captured_at FROM captures i JOIN captures p ON p.url = i.via "
        "JOIN documents d ON d.record_id = p.record_id AND d.kind = 'report' "
        "WHERE i.mime LIKE 'image/%' AND p.record_type = 'response' LIMIT 1").fetchone()
    if row is None:
        pytest.skip("no report page with archived images in this archive")
    ts = re.sub(r"\D", "", row[1])[:14]
    images = asyncio.run(_images_in_frame(f"{server_url}/web/{ts}/{row[0]}"))
    archived = [i for i in images if (i["src"] or "").startswith("/replay/")]
    assert archived and all(i["width"] > 0 for i in archived), images
