"""A county portal whose 政府信息公开年报 column shows its five newest entries only (共 N 条, no pager), and whose whole
list is printed only by the site's print service: the column's 【打印本页】 button runs `printPage()`, which opens
`/common/print.jsp?url=` + encodeURIComponent(location.pathname); the print version of a list page carries every
record of the column on one sheet (a print has no pager). No page writes the print address: a script builds it from
the page's own path (held out of tuning, twenty-third round).

Modelled on https://www.np.gov.cn/cms/html/npszf/2013-01-25/1779102018.html (南平: every year's reports in one
政府信息公开 专栏, a 2012 report among them, "本报告电子版可在…政府信息公开专栏下载") and
http://www.nbjb.gov.cn/col/col1229214366/index.html (宁波江北: 政府信息公开 部门目录 columns, each a short list),
with the 【打印本页】【关闭窗口】 tool links gov.cn article and list pages carry. A print service that takes the page's
path as its `url` parameter and prints the whole column is this family's choice; the cited pages show the print
links, not what a print of a list holds. Unlike printed (a sub-host's address printed as text), refframe or
frameset (a list in a frame), the list is reached only by a script composing a print request from location.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the 年报
  column), /xxgk/nb/index.html (the five newest entries and the print button), /common/print.jsp?url=%2Fxxgk%2Fnb%2F
  index.html (every entry), articles /xxgk/nb/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from urllib.parse import quote

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

COLUMN = "/xxgk/nb/index.html"
PRINT = "/common/print.jsp"
LABEL = "政府信息公开年报"
SHOWN = 5
TOOLS = ('<div class="tools">【<a href="javascript:void(0);" onclick="printPage()">打印本页</a>】'
         '【<a href="javascript:window.close();">关闭窗口</a>】</div>')
PRINT_SCRIPT = """<script>
function printPage() {
  // the print service renders the page named by its path, every record of a list on one sheet
  window.open("/common/print.jsp?url=" + encodeURIComponent(location.pathname), "print");
}
</script>"""


def print_url(path: str) -> str:
    return f"{PRINT}?url={quote(path, safe='')}"


def build_printview(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "printview"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache-Coyote/1.1")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)
    items = kit.report_column(county, arts, noise)
    shown = [newest, *[a for a in items if a is not newest]][:SHOWN]
    shown = kit.newest_first(shown)
    for art in items:
        doc_id = stable_int("pv-art", county.pinyin, art.key, digits=7)
        kit.article_page(b, www, county, family, art, kit.trs_path("/xxgk/nb/", art.day, doc_id), nav=nav,
                         column=LABEL, needs_browser=art not in shown,
                         index_no=kit.site_index_no(county, art, doc_id), report_urls=urls)
    printed = (f"<h2>{LABEL}（打印版）</h2><p>共 {len(items)} 条</p>{kit.link_list(items)}"
               '<p><a href="javascript:window.print();">打印</a></p>')
    b.html_page(www, print_url(COLUMN), page(county, family, f"{LABEL} - 打印", printed, host=www.host),
                b.list_date(items), "list", ignores_query=False)

    def print_service(method, query, headers, body):   # a page the service does not know prints nothing
        return Page(page(county, family, "打印", "<p>页面不存在或已删除。</p>", host=www.host).encode(), SITE_DATE,
                    role="list")

    www.dynamic[PRINT] = print_service
    main = f"<h2>{LABEL}</h2><p>共 {len(items)} 条</p>{kit.link_list(shown)}{TOOLS}"
    b.html_page(www, COLUMN, page(county, family, LABEL, main, column=LABEL, nav=nav, host=www.host,
                                  scripts=PRINT_SCRIPT), b.list_date(items), "list")
    news = kit.trs_guide_and_news(b, www, county, family, noise, nav=nav, reports_href=COLUMN, news_salt="pv-news")
    kit.news_and_report_home(b, www, county, family, news, newest, nav=nav)
    return urls
