"""Page requisites (crawler/discovery/requisites.py): what a report page needs to replay, in scope only; and a crawl
that archives them (the CDN host the registry declares, never analytics or other third parties)."""

from __future__ import annotations

import pytest
from nianbao.crawler import limits
from nianbao.crawler.discovery.page import HtmlPage
from nianbao.crawler.discovery.requisites import css_refs, page_requisites, stylesheet_requisites

from tests.crawler.minisite import MiniWeb, ProxyServer, html, run_crawl

HOME = "http://www.mx.gov.cn/"
REPORT = "http://www.mx.gov.cn/art/2024/1/20/art_1.html"
TITLE = "某县2023年政府信息公开工作年度报告"
REPORT_HTML = html(
    f"<h1>{TITLE}</h1><p>一、总体情况</p><p>二、主动公开政府信息情况</p><p>三、收到和处理政府信息公开申请情况</p>"
    "<p>四、政府信息公开行政复议、行政诉讼情况</p><p>五、存在的主要问题及改进情况</p><p>六、其他需要报告的事项</p>"
    '<img src="/art/2024/1/20/t1.png"><img src="t2.png" srcset="t2@2x.png 2x, t2.png 1x">'
    '<img src="http://cdn.mx-static.cn/t3.jpg"><img src="http://pic.example.com/ad.gif">'
    '<div style="background:url(\'/images/bg.gif\')">x</div>'
    '<script src="https://hm.baidu.com/hm.js?abc"></script><script src="/js/main.js"></script>'
    '<img src="data:image/png;base64,AAAA">',
    TITLE, head='<link rel="stylesheet" href="/css/site.css"><link rel="alternate" href="/feed.xml">'
                '<style>@import "/css/print.css";</style>')
SITE_CSS = b"@font-face{src:url(../fonts/fs.woff2) format('woff2')} body{background:url(\"/images/bg.gif\")}" \
           b" .x{background:url(http://cdn.mx-static.cn/x.png)} .y{background:url(data:image/png;base64,AA)}"


def test_report_page_requisites_in_scope_only() -> None:
    page = HtmlPage.from_bytes(REPORT, REPORT_HTML, "text/html; charset=utf-8")
    found = page_requisites(page, ("www.mx.gov.cn",), ("cdn.mx-static.cn",))
    base = "http://www.mx.gov.cn"
    assert found.urls == [
        f"{base}/css/site.css", f"{base}/css/print.css", f"{base}/art/2024/1/20/t1.png",
        f"{base}/art/2024/1/20/t2.png", f"{base}/art/2024/1/20/t2@2x.png", "http://cdn.mx-static.cn/t3.jpg",
        f"{base}/js/main.js", f"{base}/images/bg.gif"]
    assert found.dropped == {"offsite": 1, "analytics": 1}
    without_cdn = page_requisites(page, ("www.mx.gov.cn",))
    assert "http://cdn.mx-static.cn/t3.jpg" not in without_cdn.urls and without_cdn.dropped["offsite"] == 2


def test_analytics_refused_even_when_declared() -> None:
    page = HtmlPage.from_bytes(REPORT, REPORT_HTML, "text/html")
    found = page_requisites(page, ("www.mx.gov.cn",), ("hm.baidu.com",))
    assert not [u for u in found.urls if "baidu" in u] and found.dropped["analytics"] == 1


def test_stylesheet_fonts_and_images() -> None:
    found = stylesheet_requisites(SITE_CSS, "http://www.mx.gov.cn/css/site.css", ("www.mx.gov.cn",))
    assert found.urls == ["http://www.mx.gov.cn/fonts/fs.woff2", "http://www.mx.gov.cn/images/bg.gif"]
    assert found.dropped == {"offsite": 1}
    assert css_refs("a{b:url( 'x.png' )}", "http://h/a/b.css") == ["http://h/a/x.png"]


def test_requisites_per_page_are_capped() -> None:
    imgs = "".join(f'<img src="/i{n}.png">' for n in range(limits.MAX_REQUISITES_PER_PAGE + 5))
    page = HtmlPage.from_bytes(REPORT, html(imgs, TITLE), "text/html")
    found = page_requisites(page)
    assert len(found.urls) == limits.MAX_REQUISITES_PER_PAGE and found.dropped == {"over_limit": 5}


@pytest.mark.slow
def test_crawl_archives_requisites_of_report_pages(tmp_path) -> None:
    from nianbao.archive.catalog import Catalog

    web = MiniWeb()
    web.add(HOME, html(f'<a href="{REPORT}">{TITLE}</a><img src="/images/logo-home.png">', "某县人民政府"))
    web.add(REPORT, REPORT_HTML)
    png = b"\x89PNG\r\n\x1a\n" + bytes(200)
    for path in ("/art/2024/1/20/t1.png", "/art/2024/1/20/t2.png", "/art/2024/1/20/t2@2x.png", "/images/bg.gif"):
        web.add("http://www.mx.gov.cn" + path, png, content_type="image/png")   # the same bytes four times
    web.add("http://cdn.mx-static.cn/t3.jpg", b"\xff\xd8\xff" + bytes(300), content_type="image/jpeg")
    web.add("http://www.mx.gov.cn/css/site.css", SITE_CSS, content_type="text/css")
    web.add("http://www.mx.gov.cn/css/print.css", b"p{}", content_type="text/css")
    web.add("http://www.mx.gov.cn/fonts/fs.woff2", b"wOF2" + bytes(100), content_type="font/woff2")
    web.add("http://www.mx.gov.cn/js/main.js", b"var a=1;", content_type="application/javascript")
    registry = ("id,name,region_code,level,homepage,hosts,hints,robots_override,requisite_hosts\n"
                f"mx,某县,620000,county,{HOME},,,,cdn.mx-static.cn\n")
    with ProxyServer(web) as proxy:
        status, items, summary, stderr = run_crawl(tmp_path, registry, proxy.url,
                                                   extra={"ROBOTSTXT_OBEY": False})
    assert status == 0, stderr[-3000:]
    requested = {url for _, url in web.log}
    assert "http://pic.example.com/ad.gif" not in requested and not [u for u in requested if "baidu" in u]
    assert "http://www.mx.gov.cn/images/logo-home.png" not in requested     # not a report page
    catalog = Catalog(tmp_path / "data" / "catalog.sqlite")
    rows = {r["url"]: r for r in catalog.all_captures()}
    for url in ("http://www.mx.gov.cn/art/2024/1/20/t1.png", "http://cdn.mx-static.cn/t3.jpg",
                "http://www.mx.gov.cn/fonts/fs.woff2", "http://www.mx.gov.cn/js/main.js",
                "http://www.mx.gov.cn/css/print.css"):
        assert url in rows, (url, sorted(rows))
        assert rows[url]["hops"].endswith("E") and rows[url]["role"] == "requisite"
    same_png = [rows[u]["record_type"] for u in rows if u.endswith((".png", ".gif")) and "mx.gov.cn" in u]
    assert sorted(same_png) == ["response", "revisit", "revisit", "revisit"]   # one payload, three revisits
    assert not [i for i in items if i["url"].endswith((".png", ".css"))]       # requisites are not documents
    # one report's WACZ carries its requisites too, so the package replays complete
    import io
    import zipfile

    from nianbao.archive import wacz
    from nianbao.archive.store import open_store
    from warcio.archiveiterator import ArchiveIterator

    report_ids = [r["record_id"] for r in catalog.captures_for_urls([REPORT])]
    out = wacz.export(catalog, open_store((tmp_path / "data" / "store").as_uri()), tmp_path / "one.wacz",
                      record_ids=report_ids)
    with zipfile.ZipFile(out) as package:
        (name,) = [n for n in package.namelist() if n.endswith(".warc.gz")]
        urls = {r.rec_headers.get_header("WARC-Target-URI")
                for r in ArchiveIterator(io.BytesIO(package.read(name))) if r.rec_type in ("response", "revisit")}
    assert {"http://www.mx.gov.cn/art/2024/1/20/t1.png", "http://www.mx.gov.cn/fonts/fs.woff2",
            "http://cdn.mx-static.cn/t3.jpg", REPORT} <= urls
    assert "http://www.mx.gov.cn/" not in urls                                # the home page is not part of it
