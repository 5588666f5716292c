"""A banner (旗) portal whose departments' and townships' (苏木镇) 政府信息公开年报 are PDF files shown through a
kkFileView preview service: the 年报 column links each such report as `/preview/onlinePreview?url=<the file's whole
address, Base64-encoded, then percent-encoded>`, the form kkFileView documents (`encodeURIComponent(Base64.encode(
url))`), and the preview page is one shell whatever its query, whose script decodes its own `url` and fetches the
file. The file's address is written nowhere in the clear: only Base64 inside another URL's query names it (held out
of tuning, fifty-fifth round).

Modelled on http://www.ejnq.gov.cn/art/2022/1/24/art_5444_413853.html (额济纳旗 温图高勒苏木's 2021 report, filed
under 政府信息公开年报 > 2021 > 苏木镇 on a banner's portal) and
http://zltq.gov.cn/zltq/2026-02/02/article_2026020215383939768.html (扎赉特旗 宝力根花苏木's 2025 report: "电子版可以
从扎赉特旗人民政府门户网站下载", a township's report offered as a file). The preview service and its Base64 query are
this family's choice (the cited pages are report text; kkFileView is the file previewer many Chinese government
systems deploy). Unlike pdfviewer (pdf.js' `viewer.html?file=` with the address only percent-encoded, readable once
unquoted), b64config (a JSON config of base64 id lists) or gzipdata (a whole list compressed and encoded), each
address is one Base64 value in a link's query.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the column),
  /zfxxgk/nb/index.html (every entry, newest first: the government's and its office's reports as articles
  /zfxxgk/nb/<YYYYMM>/t<YYYYMMDD>_<id>.html, the units' reports through the preview), /preview/onlinePreview (the
  shell), files /uploadfile/<YYYYMM>/<24 hex>.pdf (application/pdf).
"""

from __future__ import annotations

import base64
from urllib.parse import quote

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build
from nianbao.crawler.sandbox.common import pdf_page
from nianbao.crawler.sandbox.names import County, stable_hex, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

COLUMN = "/zfxxgk/nb/index.html"
LABEL = "政府信息公开年报"
PREVIEW = "/preview/onlinePreview"
# the preview shell: its script stands in for kkFileView's page, decoding its own `url` and fetching the file
PREVIEW_HTML = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>kkFileView 文件预览</title>
<script>
window.addEventListener("DOMContentLoaded", function () {
  var m = /[?&]url=([^&#]*)/.exec(window.location.search);
  if (!m) { return; }
  var file = atob(decodeURIComponent(m[1]));
  var xhr = new XMLHttpRequest();
  xhr.open("GET", file, true);
  xhr.responseType = "arraybuffer";
  xhr.onload = function () { document.getElementById("viewer").setAttribute("data-loaded", xhr.status); };
  xhr.send();
});
</script></head><body><div id="viewer" class="pdfViewer"></div></body></html>"""


def preview_href(url: str) -> str:
    """kkFileView's link: the whole address Base64-encoded, then percent-encoded."""
    return f"{PREVIEW}?url={quote(base64.b64encode(url.encode()).decode(), safe='')}"


def as_file(art: Article) -> bool:
    """Whether the entry is a unit's report published as a PDF (every unit's but the government's and office's)."""
    return art.report is not None and art.report.unit.kind not in ("gov", "office")


def build_kkpreview(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "kkpreview"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    urls: dict[str, str] = {}
    items = kit.report_column(county, arts, noise)
    hrefs: dict[str, str] = {}
    for art in items:
        if as_file(art):
            path = f"/uploadfile/{art.report.published:%Y%m}/{stable_hex('kk-pdf', county.pinyin, art.key, length=24)}.pdf"
            b.add(www, path, pdf_page(art.report, b.report_date(art.report)), "attachment")
            art.url = urls[art.report.key] = f"http://{www.host}{path}"
            b.document(art.url, art.report, "pdf", "original")
            hrefs[art.key] = preview_href(art.url)
        else:
            doc_id = stable_int("kk-art", county.pinyin, art.key, digits=6)
            kit.article_page(b, www, county, family, art, kit.trs_path("/zfxxgk/nb/", art.day, doc_id), nav=nav,
                             column=LABEL, index_no=kit.site_index_no(county, art, doc_id), report_urls=urls)
            hrefs[art.key] = art.url
    b.add(www, PREVIEW, Page(PREVIEW_HTML.encode(), SITE_DATE), "viewer")
    kit.report_list_page(b, www, county, family, COLUMN, LABEL, kit.link_list(items, href=lambda a: hrefs[a.key]),
                         items, nav=nav)
    news = kit.trs_guide_and_news(b, www, county, family, noise, nav=nav, reports_href=COLUMN, news_salt="kk-news")
    kit.news_and_report_home(b, www, county, family, news, kit.newest_gov_report(arts), nav=nav)
    return urls
