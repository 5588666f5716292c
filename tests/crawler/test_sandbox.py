"""The offline sandbox: determinism, ground truth against what the portals serve, and the HTTP behaviour the
crawler relies on (proxy, 304, gzip, chunked, 412 challenge, robots, GBK without charset, CMS list APIs)."""

from __future__ import annotations

import base64
import gzip
import http.client
import io
import json
import re
import shutil
import subprocess
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from email.utils import format_datetime, parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import pytest
from lxml import html as lxml_html
from nianbao.crawler.sandbox import build_sandbox, serve
from nianbao.crawler.sandbox.values import COLUMNS, GROUPS, application_rows, outcome_rows


@pytest.fixture(scope="module")
def sandbox():
    return build_sandbox()


@pytest.fixture(scope="module")
def truth(sandbox):
    return sandbox.ground_truth()


def _cookie_for(sandbox, host: str) -> dict:
    """What a browser running the challenge script sends back (the script's arithmetic, redone here)."""
    page = sandbox.handle("GET", f"http://{host}/", {})[2].decode()
    token = re.search(r'\$_ts\.cd="([a-z0-9]+)"', page).group(1)
    rot = "".join(chr((ord(c) - 97 + 13) % 26 + 97) if "a" <= c <= "z" else c for c in token)
    name = re.search(r"document\.cookie='([A-Za-z0-9]+)='", page).group(1)
    return {"Cookie": f"{name}={rot[::-1]}"}


def _get(sandbox, url: str, headers: dict | None = None):
    host = urlsplit(url).hostname
    hdrs = dict(headers or {})
    if sandbox.sites[host].challenge:
        hdrs.update(_cookie_for(sandbox, host))
    return sandbox.handle("GET", url, hdrs)


def _text_of_html(body: bytes) -> str:
    return lxml_html.fromstring(_text_decode(body)).text_content()


# --- determinism ---

def test_same_seed_same_bytes(sandbox, truth):
    again = build_sandbox()
    assert again.ground_truth() == truth
    html_urls = [u for u, role in truth["pages"].items() if role not in ("attachment", "image")]
    binary = [d["url"] for d in truth["documents"] if d["format"] in ("pdf", "docx")][:3]
    for url in html_urls + binary:
        a, b = _get(sandbox, url), _get(again, url)
        assert a == b, url


def test_other_seed_other_values():
    one, two = build_sandbox(seed=1).ground_truth(), build_sandbox(seed=2).ground_truth()
    assert [r["tables"] for r in one["reports"]] != [r["tables"] for r in two["reports"]]


def test_fifty_portals_have_their_own_hosts_and_codes():
    truth = build_sandbox(portals=50, news_per_portal=2).ground_truth()
    portals = truth["portals"]
    assert len(portals) == 50
    assert len({p["homepage"] for p in portals}) == 50
    assert len({p["region_code"] for p in portals}) == 50
    assert {p["cms"] for p in portals} == {"trs", "hanweb", "gkmlpt", "jsonly", "gbk", "city"}
    assert all(re.fullmatch(r"http://www\.[a-z]+\.gov\.cn/(index\.shtml)?", p["homepage"]) for p in portals)


# --- ground truth against the served pages ---

def test_ground_truth_shape(truth):
    assert truth["seed"] == 7 and truth["synthetic"] is True
    assert len(truth["portals"]) == 6
    assert {p["cms"] for p in truth["portals"]} == {"trs", "hanweb", "gkmlpt", "jsonly", "gbk", "city"}
    keys = {r["key"] for r in truth["reports"]}
    assert len(keys) == len(truth["reports"])
    assert {d["report_key"] for d in truth["documents"]} == keys
    assert {r["template"] for r in truth["reports"]} == {"2019", "2021"}
    for r in truth["reports"]:
        assert r["template"] == ("2019" if r["year"] <= 2020 else "2021")
        assert set(r["tables"]["applications"]) == set(application_rows(r["template"]))
    formats = {d["format"] for d in truth["documents"]}
    assert formats == {"html", "pdf", "doc", "docx"}
    assert {d["html_tables"] for d in truth["documents"] if d["format"] == "html"} >= {"dom", "flattened", "image"}
    assert any(d["role"] == "republication" and "yunliang" in d["url"] for d in truth["documents"])
    assert any(d["role"] == "republication" and "xxgkAnnualReport.jsp" in d["url"] for d in truth["documents"])
    assert truth["challenge_hosts"] == ["jyj.xitong.gov.cn"]


def test_every_document_is_served_with_its_report(sandbox, truth):
    reports = {r["key"]: r for r in truth["reports"]}
    for doc in truth["documents"]:
        status, headers, body = _get(sandbox, doc["url"])
        assert status == 200, doc["url"]
        report = reports[doc["report_key"]]
        if doc["format"] == "html":
            text = _text_of_html(body)
            assert report["title"] in text, doc["url"]
            if doc.get("html_tables") in ("dom", "flattened"):
                total = report["tables"]["applications"]["new_received"]["total"]
                assert str(total) in text
                assert "（七）总计" in text or "(七)总计" in text
        elif doc["format"] == "pdf":
            assert body.startswith(b"%PDF-")
        elif doc["format"] == "docx":
            assert body.startswith(b"PK")
        else:
            assert body.startswith(b"\xd0\xcf\x11\xe0")   # OLE2 compound file: a real .doc


def test_non_reports_are_served_and_not_documents(sandbox, truth):
    documents = {d["url"] for d in truth["documents"]}
    assert len(truth["non_reports"]) >= 6 * 12
    for url in truth["non_reports"]:
        assert url not in documents
        assert _get(sandbox, url)[0] == 200, url
    titles = " ".join(_text_of_html(_get(sandbox, u)[2]) for u in truth["non_reports"][:400])
    assert "解读" in titles and "编制和发布工作的通知" in titles and "工作总结" in titles


def _sum(values):
    return sum(values)


def test_validation_rules_hold_except_where_recorded(truth):
    """The core identities, re-derived here from the ground-truth tables."""
    failing = 0
    for r in truth["reports"]:
        apps, rules = r["tables"]["applications"], set(r["failing_rules"])
        for c in COLUMNS:
            ok = apps["new_received"][c] + apps["carried_over"][c] == apps["total"][c] + apps["carried_forward"][c]
            assert ok == (f"t3_balance:{c}" not in rules), (r["key"], c)
            ok = _sum(apps[row][c] for row in outcome_rows(r["template"])) == apps["total"][c]
            assert ok == (f"t3_total:{c}" not in rules), (r["key"], c)
        for group in GROUPS:
            g = r["tables"]["review_litigation"][group]
            ok = g["upheld"] + g["corrected"] + g["other"] + g["pending"] == g["total"]
            assert ok == (f"t4_total:{group}" not in rules), (r["key"], group)
        assert r["valid"] == (not any(x.split(":")[0] in ("t3_balance", "t3_total", "t3_row_total", "t4_total",
                                                          "nonnegative") for x in rules))
        failing += not r["valid"]
    share = failing / len(truth["reports"])
    assert 0.04 <= share <= 0.2, share


def test_prose_figures_match_the_text(truth):
    for r in truth["reports"]:
        text = r["sections"]["1"]
        if "new_received" in r["prose_figures"]:
            assert f"共收到政府信息公开申请{r['prose_figures']['new_received']}件" in text
        if "review" in r["prose_figures"]:
            assert f"行政复议{r['prose_figures']['review']}件" in text
    assert any(x.startswith("prose_vs_table:") for r in truth["reports"] for x in r["failing_rules"])


def test_sibling_townships_share_prose_but_not_numbers(truth):
    towns = [r for r in truth["reports"] if r["level"] == "township" and r["portal_id"] == "lanchuan"]
    by_year: dict[int, list] = {}
    for r in towns:
        by_year.setdefault(r["year"], []).append(r)
    pair = next(v for v in by_year.values() if len(v) >= 2)
    a, b = pair[0]["sections"]["1"], pair[1]["sections"]["1"]
    assert a != b and pair[0]["tables"] != pair[1]["tables"]

    def paragraph(text, start):
        return next(p for p in text.split("\n") if p.startswith(start))
    for start in ("（三）政府信息管理情况", "（四）政府信息公开平台建设情况", "（五）监督保障情况"):
        assert paragraph(a, start) == paragraph(b, start)   # the township template, shared


# --- HTTP behaviour through the proxy ---

def test_proxy_round_trip_with_urllib(sandbox, truth):
    with serve(sandbox) as server:
        assert server.url == f"http://127.0.0.1:{server.port}"
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": server.url}))
        home = truth["portals"][0]["homepage"]
        with opener.open(home, timeout=10) as resp:
            body = resp.read()
            assert resp.status == 200 and "岚川县人民政府".encode() in body
        doc = next(d for d in truth["documents"] if d["format"] == "pdf")
        with opener.open(doc["url"], timeout=10) as resp:
            assert resp.read().startswith(b"%PDF-")
        with pytest.raises(urllib.error.HTTPError) as err:
            opener.open("http://www.example.com/", timeout=10)
        assert err.value.code == 502 and b"does not serve host" in err.value.read()
        # keep-alive: several requests on one connection, absolute-URI form as a proxy client sends them
        conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
        for _ in range(3):
            conn.request("GET", home)
            resp = conn.getresponse()
            assert resp.status == 200 and resp.read()
        # origin form with a Host header
        conn.request("GET", "/robots.txt", headers={"Host": "www.lanchuan.gov.cn"})
        assert b"Disallow: /search/" in conn.getresponse().read()
        conn.close()


def test_conditional_get_answers_304(sandbox, truth):
    url = next(d["url"] for d in truth["documents"] if d["format"] == "html" and "lanchuan" in d["url"])
    status, headers, body = sandbox.handle("GET", url, {})
    h = dict(headers)
    assert status == 200 and h["ETag"] and h["Last-Modified"]
    assert sandbox.handle("GET", url, {"If-None-Match": h["ETag"]})[0] == 304
    assert sandbox.handle("GET", url, {"If-None-Match": '"other"'})[0] == 200
    assert sandbox.handle("GET", url, {"If-Modified-Since": h["Last-Modified"]})[0] == 304
    earlier = format_datetime(parsedate_to_datetime(h["Last-Modified"]).replace(year=2019), usegmt=True)
    assert sandbox.handle("GET", url, {"If-Modified-Since": earlier})[0] == 200


def test_gzip_and_chunked_on_the_wire(sandbox, truth):
    trs = "http://www.lanchuan.gov.cn/zwgk/zfxxgknb/index.html"
    plain = sandbox.handle("GET", trs, {})[2]
    status, headers, body = sandbox.handle("GET", trs, {"Accept-Encoding": "gzip, deflate"})
    assert ("Content-Encoding", "gzip") in headers and gzip.decompress(body) == plain
    with serve(sandbox) as server:
        conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
        conn.request("GET", "http://www.xitong.gov.cn/index.html")
        resp = conn.getresponse()
        assert resp.getheader("Transfer-Encoding") == "chunked" and resp.getheader("Content-Length") is None
        assert "溪桐县".encode() in resp.read()
        conn.request("GET", trs, headers={"Accept-Encoding": "gzip"})
        resp = conn.getresponse()
        assert resp.getheader("Content-Encoding") == "gzip"
        assert gzip.decompress(resp.read()) == plain
        conn.close()


def test_challenge_host_needs_the_js_cookie(sandbox, truth):
    host = truth["challenge_hosts"][0]
    status, headers, body = sandbox.handle("GET", f"http://{host}/", {})
    assert status == 412 and b"$_ts" in body and any(k == "Set-Cookie" for k, _ in headers)
    assert sandbox.handle("GET", f"http://{host}/robots.txt", {})[0] == 200
    cookie = _cookie_for(sandbox, host)
    assert sandbox.handle("GET", f"http://{host}/", cookie)[0] == 200
    behind = [d for d in truth["documents"] if urlsplit(d["url"]).hostname == host]
    assert behind and all(d["needs_browser"] for d in behind)
    for doc in behind:
        assert sandbox.handle("GET", doc["url"], {})[0] == 412
        assert sandbox.handle("GET", doc["url"], cookie)[0] == 200


def test_robots_on_every_host(sandbox, truth):
    for portal in truth["portals"]:
        for host in portal["hosts"]:
            status, _, body = sandbox.handle("GET", f"http://{host}/robots.txt", {})
            assert status == 200
            disallowed = [line.split(":", 1)[1].strip() for line in body.decode().splitlines()
                          if line.startswith("Disallow:")]
            assert disallowed == truth["robots_disallowed"][host]
    home = sandbox.handle("GET", truth["portals"][0]["homepage"], {})[2]
    assert b'href="/search/index.html?' in home and b'href="/private/oa.html"' in home
    trap = sandbox.handle("GET", "http://www.lanchuan.gov.cn/search/index.html?searchword=x&page=7", {})
    assert trap[0] == 200 and b"page=8" in trap[2]


def test_every_link_leads_somewhere_known(sandbox, truth):
    """Each same-host link on every HTML page answers as the ground truth says: 200, a listed redirect, a listed
    broken link (404), or a robots-disallowed path."""
    hosts = {h for p in truth["portals"] for h in p["hosts"]}
    checked = 0
    for url in truth["pages"]:
        status, headers, body = _get(sandbox, url)
        if status != 200 or not dict(headers)["Content-Type"].startswith("text/html"):
            continue
        for href in lxml_html.fromstring(_text_decode(body)).xpath("//a/@href|//iframe/@src|//embed/@src|//img/@src"):
            target = urljoin(url, href).split("#")[0]
            parts = urlsplit(target)
            if parts.scheme != "http" or parts.hostname not in hosts:
                continue
            if any(parts.path.startswith(p) for p in truth["robots_disallowed"][parts.hostname]):
                continue
            code = _get(sandbox, target)[0]
            if target in truth["broken_links"]:
                assert code == 404, target
            elif target in truth["redirects"]:
                assert code in (301, 302), target
            else:
                assert code == 200, (url, href)
            checked += 1
    assert checked > 1000


def _text_decode(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return body.decode("gb18030")


def test_broken_links_and_redirects(sandbox, truth):
    assert truth["broken_links"]
    for url in truth["broken_links"]:
        assert sandbox.handle("GET", url, {})[0] == 404
    for url, target in truth["redirects"].items():
        status, headers, _ = sandbox.handle("GET", url, {})
        assert status in (301, 302) and dict(headers)["Location"] == target
        assert sandbox.handle("GET", target, {})[0] == 200


def test_gbk_portal_has_no_charset_header(sandbox, truth):
    gbk = next(p for p in truth["portals"] if p["cms"] == "gbk")
    status, headers, body = sandbox.handle("GET", gbk["homepage"] + "index.html", {})
    assert dict(headers)["Content-Type"] == "text/html"
    assert b"charset=gb2312" in body and "枫阜县".encode("gbk") in body
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")
    stubs = [d for d in truth["documents"] if d.get("stub")]
    no_meta = [d for d in stubs if b"charset" not in sandbox.handle("GET", d["url"], {})[2]]
    assert no_meta, "some pages declare no charset at all"
    listing = sandbox.handle("GET", f"http://{urlsplit(gbk['homepage']).hostname}/xxgk/nblist.asp?page=2", {})
    assert listing[0] == 200 and "下一页".encode("gbk") in listing[2]
    kinds = {d["format"] for d in truth["documents"] if d["portal_id"] == gbk["id"] and d["role"] == "attachment"}
    assert kinds == {"pdf", "doc", "docx"}
    pages = [sandbox.handle("GET", d["url"], {})[2] for d in stubs]
    assert any(b"/pdfjs/web/viewer.html?file=/uploadfiles/" in p for p in pages)
    assert any(b"<iframe src=\"/uploadfiles/" in p for p in pages)
    assert any(b"<embed src=\"/uploadfiles/" in p for p in pages)


def test_trs_pagers(sandbox):
    first = sandbox.handle("GET", "http://www.lanchuan.gov.cn/xwzx/zwyw/index.html", {})[2].decode()
    count = int(re.search(r'createPageHTML\((\d+), 0, "index", "html"\)', first).group(1))
    assert count >= 2
    assert sandbox.handle("GET", f"http://www.lanchuan.gov.cn/xwzx/zwyw/index_{count - 1}.html", {})[0] == 200
    assert sandbox.handle("GET", f"http://www.lanchuan.gov.cn/xwzx/zwyw/index_{count}.html", {})[0] == 404
    year = sandbox.handle("GET", "http://www.lanchuan.gov.cn/zwgk/zfxxgknb/2023n/index.html", {})[2].decode()
    assert 'href="./xzjd/list.shtml"' in year
    haiyun = sandbox.handle("GET", "http://www.lanchuan.gov.cn/zwgk/zfxxgknb/2023n/xzjd/list.shtml", {})[2].decode()
    assert re.search(r"createPageHTML\('page_div', \d+, 0, 'list', 'shtml', 1000\)", haiyun)
    assert '<meta name="ColumnName"' in first and '<meta name="SiteIDCode" content="5190210001">' in first


def test_hanweb_dataproxy_xml(sandbox, truth):
    col_page = sandbox.handle("GET", "http://www.xitong.gov.cn/index.html", {})[2].decode()
    section = re.search(r'href="(/col/col\d+/index.html)">政府信息公开</a>', col_page).group(1)
    section_html = sandbox.handle("GET", "http://www.xitong.gov.cn" + section, {})[2].decode()
    nb = re.search(r'href="(/col/col\d+/index.html)">政府信息公开年报', section_html).group(1)
    nb_html = sandbox.handle("GET", "http://www.xitong.gov.cn" + nb, {})[2].decode()
    found = []
    for sub in re.findall(r'href="(/col/col\d+/index.html)"', nb_html.split('class="xxgk"')[1]):
        page = sandbox.handle("GET", "http://www.xitong.gov.cn" + sub, {})[2].decode()
        assert "/art/" not in page   # the list is not in the HTML
        webid, columnid, unitid = re.search(r'var webid = "(\d+)", columnid = "(\d+)", unitid = "(\d+)"', page).groups()
        form = (f"col=1&appid=1&webid={webid}&path=/&columnid={columnid}&sourceContentType=1&unitid={unitid}"
                f"&permissiontype=0").encode()
        status, headers, body = sandbox.handle(
            "POST", "http://www.xitong.gov.cn/module/web/jpage/dataproxy.jsp?startrecord=1&endrecord=45&perpage=15",
            {"Content-Type": "application/x-www-form-urlencoded"}, form)
        root = ET.fromstring(body)
        records = root.findall("./recordset/record")
        assert int(root.findtext("totalrecord")) == len(records) > 0
        for rec in records:
            href = re.search(r'href="([^"]+)"', rec.text).group(1)
            assert re.fullmatch(r"/art/\d{4}/\d{1,2}/\d{1,2}/art_\d+_\d+\.html", href)
            found.append("http://www.xitong.gov.cn" + href)
    expected = {d["url"] for d in truth["documents"]
                if d["portal_id"] == "xitong" and "/art/" in d["url"] and not d.get("needs_browser")}
    assert expected <= set(found)
    module = [d for d in truth["documents"] if "xxgkAnnualReport.jsp" in d["url"]]
    assert module and all(d["republication_of"] in expected for d in module)
    query_page = next(u for u, role in truth["pages"].items() if "xitong" in u and "col" in u and role == "column"
                      and "xxgkAnnualReport.jsp" in sandbox.handle("GET", u, {})[2].decode())
    assert query_page


def test_gkmlpt_json_api(sandbox, truth):
    page = sandbox.handle("GET", "http://www.heyu.gov.cn/gkmlpt/index", {"Accept-Encoding": "identity"})[2].decode()
    config = json.loads(re.search(r"window\.CONFIG = (\{.*?\});</script>", page).group(1))
    nb = next(n for n in config["TREE"] if n["name"] == "政府信息公开年报")
    urls, n, count = [], 1, None
    while True:
        status, headers, body = sandbox.handle("GET", f"http://www.heyu.gov.cn/gkmlpt/api/all/{nb['id']}"
                                                       f"?page={n}&sid={config['SID']}", {})
        data = json.loads(body)
        count = data["classify"]["post_count"]
        if not data["articles"]:
            break
        for a in data["articles"]:
            assert {"id", "title", "url", "publisher", "created_at"} <= set(a)
            assert re.fullmatch(r"http://www\.heyu\.gov\.cn/gkmlpt/content/\d/\d+/post_\d+\.html", a["url"])
            urls.append(a["url"])
        n += 1
    assert len(urls) == count
    expected = {d["url"] for d in truth["documents"] if d["portal_id"] == "heyu"}
    assert expected <= set(urls)


def test_js_only_list(sandbox, truth):
    page = sandbox.handle("GET", "http://www.tongcen.gov.cn/index.shtml", {})[2].decode()
    xxgk = sandbox.handle("GET", "http://www.tongcen.gov.cn/xxgk/index.shtml", {})[2].decode()
    nb = re.search(r'href="(/c\d+/list.shtml)">政府信息公开年报', xxgk).group(1)
    listing = sandbox.handle("GET", "http://www.tongcen.gov.cn" + nb, {})[2].decode()
    assert ".shtml\"" not in listing.split("<ul id=\"nb-list\">")[1].split("</ul>")[0]
    items = json.loads(base64.b64decode(re.search(r'var _d = "([^"]+)"', listing).group(1)))
    decoded = {urljoin("http://www.tongcen.gov.cn/", it["u"]) for it in items}
    expected = {d["url"] for d in truth["documents"] if d["portal_id"] == "tongcen"}
    assert expected <= decoded and all(d["needs_browser"] for d in truth["documents"] if d["portal_id"] == "tongcen")
    assert "tongcen" in page


# --- attachments ---

def test_pdf_text_and_tables_extract(sandbox, truth):
    import pdfplumber

    reports = {r["key"]: r for r in truth["reports"]}
    doc = next(d for d in truth["documents"] if d["format"] == "pdf" and "fengfu" in d["url"])
    report = reports[doc["report_key"]]
    with pdfplumber.open(io.BytesIO(_get(sandbox, doc["url"])[2])) as pdf:
        text = "\n".join(p.extract_text() or "" for p in pdf.pages)
        tables = [t for p in pdf.pages for t in p.extract_tables()]
    assert report["title"] in text.replace("\n", "")
    assert "三、收到和处理政府信息公开申请情况" in text
    flat = [c for t in tables for row in t for c in row if c]
    assert any("本年新收政府信息公开申请数量" in c.replace("\n", "") for c in flat)
    new_row = next(row for t in tables for row in t if row[0] and "本年新收" in row[0].replace("\n", ""))
    values = [c for c in new_row if c and c.strip().lstrip("-").isdigit()]
    assert [int(v) for v in values] == [report["tables"]["applications"]["new_received"][c] for c in COLUMNS]


def test_docx_tables_hold_the_numbers(sandbox, truth):
    import docx

    reports = {r["key"]: r for r in truth["reports"]}
    doc = next(d for d in truth["documents"] if d["format"] == "docx")
    report = reports[doc["report_key"]]
    document = docx.Document(io.BytesIO(_get(sandbox, doc["url"])[2]))
    assert report["title"] == document.paragraphs[0].text
    apps = document.tables[1]
    row = next(r for r in apps.rows if r.cells[0].text.startswith("一、本年新收"))
    cells = [c.text for c in row.cells][3:]
    assert [int(v) for v in cells] == [report["tables"]["applications"]["new_received"][c] for c in COLUMNS]
    review = document.tables[2]
    assert [int(c.text) for c in review.rows[-1].cells] == [
        report["tables"]["review_litigation"][g][k] for g in GROUPS
        for k in ("upheld", "corrected", "other", "pending", "total")]


@pytest.mark.skipif(not shutil.which("antiword"), reason="antiword not installed")
def test_committed_doc_assets_match_the_generator(sandbox, truth):
    reports = {r["key"]: r for r in truth["reports"]}
    docs = [d for d in truth["documents"] if d["format"] == "doc"]
    assert len(docs) == 2
    for doc in docs:
        report = reports[doc["report_key"]]
        data = _get(sandbox, doc["url"])[2]
        text = subprocess.run(["antiword", "-w", "0", "-m", "UTF-8.txt", "-"], input=data, capture_output=True,
                              check=True).stdout.decode("utf-8")
        compact = re.sub(r"\s+", "", text)
        apps = report["tables"]["applications"]
        hint = ("the committed .doc no longer matches the generator; regenerate it with "
                "`python -m nianbao.crawler.sandbox.make_doc_assets` (needs LibreOffice) and commit crawler/sandbox/assets/")
        assert re.sub(r"\s+", "", report["title"]) in compact, hint
        assert re.sub(r"\s+", "", report["sections"]["1"].split("\n")[0])[:60] in compact, hint
        tokens = [re.sub(r"\s", "", t) for t in text.split("|")]
        for label, row in (("一、本年新收", "new_received"), ("（七）总计", "total")):
            at = next(i for i, t in enumerate(tokens) if t.startswith(label))
            values = [t for t in tokens[at + 1:at + 12] if t.isdigit()][:7]
            assert values == [str(apps[row][c]) for c in COLUMNS], hint


# --- revisions ---

def test_revision_one_changes_exactly_three_reports(sandbox, truth):
    later = build_sandbox(revision=1)
    after = later.ground_truth()
    changes = after["revision_changes"]
    assert len(changes["edited"]) == len(changes["removed"]) == len(changes["added"]) == 1
    before_docs = {d["url"]: d for d in truth["documents"]}
    after_docs = {d["url"]: d for d in after["documents"]}
    removed = [u for u in before_docs if u not in after_docs]
    added = [u for u in after_docs if u not in before_docs]
    assert removed and added
    for url in removed:
        assert later.handle("GET", url, {})[0] == 404
    for url in added:
        assert sandbox.handle("GET", url, {})[0] == 404
        assert later.handle("GET", url, {})[0] == 200
    edited_key = changes["edited"][0]
    old = next(r for r in truth["reports"] if r["key"] == edited_key)
    new = next(r for r in after["reports"] if r["key"] == edited_key)
    assert old["tables"] != new["tables"]
    for url in changes["edited_urls"]:
        a, b = sandbox.handle("GET", url, {}), later.handle("GET", url, {})
        assert a[0] == b[0] == 200 and a[2] != b[2]
        ha, hb = dict(a[1]), dict(b[1])
        assert ha["ETag"] != hb["ETag"] and ha["Last-Modified"] != hb["Last-Modified"]
        assert later.handle("GET", url, {"If-None-Match": ha["ETag"]})[0] == 200
    # every other page: same bytes and validators, or (lists showing the change) new bytes, ETag and a later date
    changed = []
    for url in sorted(set(truth["pages"]) | set(after["pages"])):
        a, b = _get(sandbox, url), _get(later, url)
        if a[0] != 200 or b[0] != 200:
            assert url in removed + added, url
            continue
        ha, hb = dict(a[1]), dict(b[1])
        if a[2] == b[2]:
            assert (ha["ETag"], ha["Last-Modified"]) == (hb["ETag"], hb["Last-Modified"]), url
        else:
            assert ha["ETag"] != hb["ETag"], url
            assert parsedate_to_datetime(hb["Last-Modified"]) > parsedate_to_datetime(ha["Last-Modified"]), url
            changed.append(url)
    assert set(changes["edited_urls"]) <= set(changed)
    assert len(changed) < 20, changed


# --- reachability: a reference crawler without JavaScript finds exactly the documents it should ---

_TRS_PAGER = re.compile(r'createPageHTML\((\d+), 0, "(\w+)", "(\w+)"\)')
_HAIYUN_PAGER = re.compile(r"createPageHTML\('page_div', (\d+), 0, '(\w+)', '(\w+)', 1000\)")
_HANWEB = re.compile(r'var webid = "(\d+)", columnid = "(\d+)", unitid = "(\d+)"')
_GKML = re.compile(r"window\.CONFIG = (\{.*?\});</script>")


def _reference_crawl(sandbox, truth, portal: dict) -> set[str]:
    """Breadth-first from the homepage over HTML links, iframes/embeds, pdf.js `file=`, the TRS/海云 pager
    calls, Hanweb dataproxy.jsp and the gkmlpt API — what a crawler without a browser can know."""
    hosts = set(portal["hosts"])
    seen, queue = set(), [portal["homepage"]]

    def allowed(url: str) -> bool:
        parts = urlsplit(url)
        return parts.scheme == "http" and parts.hostname in hosts and not any(
            parts.path.startswith(p) for p in truth["robots_disallowed"][parts.hostname])

    while queue:
        url = queue.pop(0)
        if url in seen or not allowed(url):
            continue
        seen.add(url)
        status, headers, body = sandbox.handle("GET", url, {})
        h = dict(headers)
        if status in (301, 302):
            queue.append(urljoin(url, h["Location"]))
            continue
        if status != 200 or not h.get("Content-Type", "").startswith("text/html"):
            continue
        text = _text_decode(body)
        found = []
        tree = lxml_html.fromstring(text)
        for href in tree.xpath("//a/@href|//iframe/@src|//embed/@src"):
            target = urljoin(url, href).split("#")[0]
            found.append(target)
            file_param = re.search(r"[?&]file=([^&]+)", target)
            if file_param:
                found.append(urljoin(url, file_param.group(1)))
        for n, name, ext in _TRS_PAGER.findall(text) + _HAIYUN_PAGER.findall(text):
            found += [urljoin(url, f"{name}_{i}.{ext}") for i in range(1, int(n))]
        for webid, columnid, unitid in _HANWEB.findall(text):
            start, total = 1, 1
            while start <= total:
                xml = sandbox.handle("POST", urljoin(url, f"/module/web/jpage/dataproxy.jsp?startrecord={start}"
                                                          f"&endrecord={start + 44}&perpage=15"), {},
                                     f"webid={webid}&columnid={columnid}&unitid={unitid}".encode())[2]
                root = ET.fromstring(xml)
                total = int(root.findtext("totalrecord"))
                found += [urljoin(url, m) for rec in root.iter("record") for m in re.findall(r'href="([^"]+)"', rec.text)]
                start += 45
        for config in _GKML.findall(text):
            conf = json.loads(config)
            nodes = list(conf["TREE"])
            while nodes:
                node = nodes.pop()
                nodes += node["children"]
                page = 1
                while True:
                    data = json.loads(sandbox.handle("GET", urljoin(url, f"/gkmlpt/api/all/{node['id']}?page={page}"
                                                                         f"&sid={conf['SID']}"), {})[2])
                    if not data["articles"]:
                        break
                    found += [a["url"] for a in data["articles"]]
                    page += 1
        queue += [u for u in found if u not in seen]
    return seen


def test_documents_are_reachable_exactly_as_flagged(sandbox, truth):
    reached: set[str] = set()
    for portal in truth["portals"]:
        reached |= _reference_crawl(sandbox, truth, portal)
    plain = {d["url"] for d in truth["documents"] if not d.get("needs_browser") and not d.get("unreachable")}
    browser_only = {d["url"] for d in truth["documents"] if d.get("needs_browser")}
    assert plain - reached == set()
    assert browser_only & reached == set()
    assert set(truth["non_reports"]) - reached == set()
    assert not any(u in reached for u in truth["disallowed_urls"])


# --- command line and registry ---

def test_registry_rows_load_in_the_crawler_registry(sandbox):
    from nianbao.crawler.registry import parse_registry

    portals = parse_registry(sandbox.registry_csv(), "sandbox.csv")
    assert [p.id for p in portals] == [row["id"] for row in sandbox.portals]
    hanweb = next(p for p in portals if p.id == "xitong")
    assert "jyj.xitong.gov.cn" in hanweb.scope_hosts


def test_main_serves_until_interrupted(tmp_path):
    import signal
    import sys

    truth_path, registry_path = tmp_path / "gt.json", tmp_path / "registry.csv"
    # SIGINT as at a terminal: a shell that runs the tests in the background (`make test &`) starts them with SIGINT
    # ignored, which Python then keeps ignoring, so the interrupt below would never arrive
    proc = subprocess.Popen([sys.executable, "-m", "nianbao.crawler.sandbox", "--port", "0", "--portals", "2",
                             "--ground-truth", str(truth_path), "--registry", str(registry_path)],
                            stdout=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        line = proc.stdout.readline()
        proxy = re.search(r"http://127\.0\.0\.1:\d+", line).group(0)
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": proxy}))
        with opener.open("http://www.xitong.gov.cn/robots.txt", timeout=10) as resp:
            assert b"Disallow" in resp.read()
        assert len(json.loads(truth_path.read_text(encoding="utf-8"))["portals"]) == 2
        assert registry_path.read_text(encoding="utf-8").startswith("id,name,region_code,level,homepage")
    finally:
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=10) == 0
        proc.stdout.close()


def test_table_images_are_deterministic_and_carry_their_text(sandbox, truth):
    from nianbao.crawler.sandbox.documents import table_png, table_png_ruling
    from PIL import Image

    images = [u for u, role in truth["pages"].items() if role == "image"][:3]
    assert images
    again = build_sandbox()
    for url in images:
        body = _get(sandbox, url)[2]
        assert body == _get(again, url)[2], url           # same seed, same bytes
        assert Image.open(io.BytesIO(body)).format == "PNG"
    if not truth["table_images"]["text"]:
        pytest.skip("no CJK font installed: the sandbox's table images show the ruling only")
    report = next(r for r in sandbox.reports if r.table_style == "image")

    def ink(png: bytes) -> int:
        return sum(Image.open(io.BytesIO(png)).histogram()[:128])      # dark pixels (greyscale)
    for grid in report.grids().values():
        drawn = table_png(grid)
        assert ink(drawn) > 2 * ink(table_png_ruling(grid))       # the text's strokes, not just the ruling
