"""A county portal whose 年报 module opens the units' reports in a pdf.js document viewer: the list's links are
`/static/pdfjs/web/viewer.html?file=<the PDF's address, percent-encoded>`, a static page whose script reads its own
query and fetches the file, as pdf.js does, so the report file is named only inside another URL's query (held out
of tuning, seventh round).

The module is modelled on https://www.dongzhi.gov.cn/Xxgknb/show/616527.html?type=1 (东至县: a dedicated
`/Xxgknb/` annual-report module, the government's report an HTML page `show/<id>.html?type=1`; here `type` names the
module's tab, which that page does not say) and on http://www.yj.gov.cn/art/2024/1/16/art_1229779591_86714.html (永嘉 溪下乡: "本年度报告的电子版
可以从…门户网站下载", the report as a file). The viewer is Mozilla pdf.js' `web/viewer.html?file=` as Chinese sites
deploy it (https://cnblogs.com/codehistory/p/11451131.html: the pdfjs folder dropped into the project,
`pdfjs/web/viewer.html?file=…` with the value URL-encoded, a relative path or a whole `http%3A%2F%2F…` address), not
seen on those portal pages themselves. Unlike downfile (a download servlet named by a
plain link) and loadmore (a script's `window.open`), every unit's report here is linked, but only as the encoded
value of a query parameter of one viewer page: on one portal a site path (`file=%2FUploads%2F…`), on the other the
whole address (`file=http%3A%2F%2Fwww.…`).

- www.X.gov.cn: home (news; one static link, the government's newest report), 政府信息公开 (/Xxgk/index.html) →
  政府信息公开年报 (/Xxgknb/index.html?type=1 本级, ?type=2 部门, ?type=3 乡镇街道: tabs, one static list each).
- 本级 (government, office): HTML pages /Xxgknb/show/<id>.html?type=1 (from 2008 on), 解读 and look-alikes.
- 部门, 乡镇: rows link /static/pdfjs/web/viewer.html?file=<encoded /Uploads/file/<yyyymmdd>/<hex>.pdf>; the PDF
  itself answers application/pdf; the viewer answers the same shell whatever its query.
"""

from __future__ import annotations

from urllib.parse import quote

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.common import pdf_page
from nianbao.crawler.sandbox.names import County, stable_hex, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

VIEWER = "/static/pdfjs/web/viewer.html"
TABS = {"1": "本级", "2": "部门", "3": "乡镇街道"}
TAB_OF_KIND = {"gov": "1", "office": "1", "department": "2", "township": "3", "zone": "3"}
# the viewer shell. Its loader stands in for pdf.js' PDFViewerApplication.open(file): the file named by the page's
# own `file` parameter is fetched by XHR as an ArrayBuffer (what pdf.js does), then drawn (here: its size shown)
VIEWER_HTML = """<!DOCTYPE html>
<html dir="ltr" mozdisallowselectionprint><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<title>PDF.js viewer</title>
<script>
var DEFAULT_URL = "";
function getFileParam() {
  var m = /[?&]file=([^&#]*)/.exec(window.location.search);
  return m ? decodeURIComponent(m[1]) : DEFAULT_URL;
}
window.addEventListener("DOMContentLoaded", function () {
  var file = getFileParam();
  if (!file) { return; }
  var xhr = new XMLHttpRequest();
  xhr.open("GET", file, true);
  xhr.responseType = "arraybuffer";
  xhr.onload = function () {
    document.getElementById("numPages").textContent = xhr.status == 200 ? (xhr.response.byteLength + " bytes") : "";
    document.getElementById("viewer").setAttribute("data-loaded", xhr.status);
  };
  xhr.send();
});
</script>
</head><body tabindex="1"><div id="outerContainer"><div id="toolbarContainer"><span id="numPages"></span>
<button id="download" class="toolbarButton download" title="下载">下载</button></div>
<div id="viewerContainer"><div id="viewer" class="pdfViewer"></div></div></div></body></html>"""


def viewer_href(file_ref: str) -> str:
    return f"{VIEWER}?file={quote(file_ref, safe='')}"


def build_pdfviewer(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "pdfviewer"
    nav = [("首页", "/"), ("政府信息公开", "/Xxgk/index.html"), ("新闻中心", "/News/index.html")]
    whole_address = county.group % 2 == 1   # the family's second portal encodes the file's whole address
    urls: dict[str, str] = {}
    lists: dict[str, list[tuple[Article, str]]] = {tab: [] for tab in TABS}
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx/1.20.1")
    for art in arts + kit.column_non_reports(county, noise):
        tab = TAB_OF_KIND[art.report.unit.kind] if art.report else "1"
        if tab == "1":
            sid = stable_int("pv-art", county.pinyin, art.key, digits=6)
            url = kit.article_page(b, www, county, family, art, f"/Xxgknb/show/{sid}.html?type=1", nav=nav,
                                   column="政府信息公开年报", index_no=f"{county.site_id_code}-{art.day:%Y}-{sid}")
            href = f"/Xxgknb/show/{sid}.html?type=1"
        else:
            path = f"/Uploads/file/{art.report.published:%Y%m%d}/{stable_hex('pv-pdf', art.key, length=24)}.pdf"
            b.add(www, path, pdf_page(art.report, b.report_date(art.report)), "attachment")
            url = art.url = f"http://{www.host}{path}"
            b.document(url, art.report, "pdf", "original")
            href = viewer_href(url if whole_address else path)
        if art.report:
            urls[art.report.key] = url
        lists[tab].append((art, href))
    b.add(www, VIEWER, Page(VIEWER_HTML.encode(), SITE_DATE), "viewer")
    tabs_html = "".join(f'<li><a href="/Xxgknb/index.html?type={t}">{name}</a></li>' for t, name in TABS.items())
    for tab, rows in lists.items():
        rows.sort(key=lambda row: (row[0].day, row[0].title), reverse=True)
        items = "".join(f'<li><a href="{esc(href)}" target="_blank" title="{esc(a.title)}">{esc(a.title)}</a>'
                        f'<span class="date">{a.date_text}</span></li>' for a, href in rows)
        main = (f'<div class="nb-tabs"><ul>{tabs_html}</ul></div><div class="nb-list"><h2>{TABS[tab]}年报</h2>'
                f'<ul class="list">{items}</ul></div>')
        b.html_page(www, f"/Xxgknb/index.html?type={tab}", page(county, family, f"政府信息公开年报-{TABS[tab]}", main,
                                                               column="政府信息公开年报", nav=nav, host=www.host),
                    b.list_date([a for a, _ in rows]), "list", ignores_query=False)
    kit.guide_section(b, www, county, family, noise["guide"], nav=nav, path="/Xxgk/index.html", title="政府信息公开",
                      article_path=lambda art: (
                          f"/Xxgk/show/{stable_int(county.pinyin, art.key, digits=6)}.html"),
                      reports_href="/Xxgknb/index.html?type=1")
    news = kit.news_center(b, www, county, family, noise, nav=nav, label="新闻中心", list_path="/News/index.html",
                           article_path=lambda art: (
                               f"/News/show/{stable_int(county.pinyin, art.key, digits=6)}.html"))
    newest = kit.newest_gov_report(arts)
    kit.news_and_report_home(b, www, county, family, news, newest, nav=nav)
    return urls
