"""A county portal whose 政府信息公开年报 column (an ASP list, `/xxgk/nb/list.asp`) is paged by a form of image
buttons and no script: the pager is `<form method="get" action="list.asp">` holding the page shown as a hidden field
(`cur`) and two `<input type="image" name="prev|next" src="…gif">` buttons, so that a click sends `cur=<n>` with the
click's coordinates, `next.x=<x>&next.y=<y>` (HTML: an image button is submitted as its name's `.x` and `.y`, never
with a value), and the script pages by which button's `.x` came (`If Request("next.x") <> "" Then page = cur + 1`).
A GET with `cur` alone, or of `?page=<n>`, answers page 1; no page after the first is linked, and the page numbers
are written only as `cur`'s value (held out of tuning, thirty-fourth round).

Modelled on https://www.gangu.gov.cn/zfxxgk/zfbmxxgk/xsjj/zfxxgkzn.htm (a county's 政府信息公开 section whose units'
guides and reports sit under one 政府信息公开专栏) for the column and its units; the synthetic county has a 江西 region
code (a province few families have), and the pager is this family's choice (the cited page is text). Image buttons
as pagers are the ASP-era form idiom of `<input type="image">` (HTML 4.01 §17.4.1: "the coordinates of the click
are submitted as name.x and name.y"). Unlike buttonpager (POST, a `<button>` whose value is the page), jumpbox (a
text box the reader types into) or postpager (links that submit by script), the page to go to is sent by no field
at all: only the presence of `next.x` or `prev.x` beside the page shown.

- www.X.gov.cn: home (news; one static link, the government's newest report), 政务公开 (/zwgk/index.html: the
  guide, the column), /xxgk/nb/list.asp (page 1: 8 entries, every unit's reports of every year with look-alikes,
  newest first; the form), list.asp?cur=<n>&next.x=…&next.y=… (page n + 1; prev.x: page n - 1), articles
  /xxgk/nb/<YYYYMM>/<6 digits>.html.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.common import paginate
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import HTML_UTF8, Page

FOLDER = "/xxgk/nb/"
LIST = FOLDER + "list.asp"
PAGE_SIZE = 8
CLICK = (17, 9)   # where a reader's click lands on the 22×18 button: any point of it sends the same request


def pager_form(n: int, pages: int) -> str:
    """The pager of page `n` of `pages`: the page shown as a hidden field, and the image buttons that move on."""
    prev = '<input type="image" name="prev" src="/images/prev.gif" alt="上一页" width="22" height="18">' if n > 1 else ""
    nxt = '<input type="image" name="next" src="/images/next.gif" alt="下一页" width="22" height="18">' if n < pages else ""
    return (f'<form method="get" action="list.asp" class="pager"><input type="hidden" name="cur" value="{n}">'
            f"共{pages}页 当前第{n}页 {prev} {nxt}</form>")


def click_query(n: int, button: str) -> str:
    """What a click on `button` (next, prev) of page n's pager sends: the page shown, then the click's point."""
    return f"cur={n}&{button}.x={CLICK[0]}&{button}.y={CLICK[1]}"


def list_action(bodies: list[bytes], last_modified):
    """list.asp: page cur ± 1 when next.x or prev.x came with cur, else page 1 (the query's page numbers unread)."""
    def handler(method, query, headers, body):
        n = 1
        cur = query.get("cur", "")
        if cur.isdigit() and ("next.x" in query or "prev.x" in query):
            n = int(cur) + (1 if "next.x" in query else -1)
        return Page(bodies[min(max(n, 1), len(bodies)) - 1], last_modified, HTML_UTF8, role="list")
    return handler


def build_imagesubmit(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "imagesubmit"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Microsoft-IIS/6.0")

    def doc_id(art: Article) -> int:
        return stable_int("is-art", county.pinyin, art.key, digits=6)

    entries, urls = kit.report_column_pages(b, www, county, family, arts, noise, nav=nav, serial=doc_id,
                                            path=lambda art: f"{FOLDER}{art.day:%Y%m}/{doc_id(art)}.html")
    newest = kit.newest_gov_report(entries)
    chunks = paginate(entries, PAGE_SIZE)
    bodies = [page(county, family, "政府信息公开年报", f"<h2>政府信息公开年报</h2>{kit.link_list(chunk)}"
                   f"{pager_form(n, len(chunks))}", column="政府信息公开年报", nav=nav, host=www.host).encode()
              for n, chunk in enumerate(chunks, 1)]
    www.dynamic[LIST] = list_action(bodies, b.list_date(entries))
    b.pages[f"http://{www.host}{LIST}"] = "list"
    for n in range(1, len(chunks)):   # the pages a reader reaches by clicking 下一页 from page 1 on
        b.pages[f"http://{www.host}{LIST}?{click_query(n, 'next')}"] = "list"
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=LIST, news_salt="is-news")
    return urls
