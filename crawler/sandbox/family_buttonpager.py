"""A county portal whose 政府信息公开年报 column (a PHP list, `/xxgk/nb/list.php`) is paged by a form without any
script: the pager is a `<form method="post" action="list.php">` holding the column's id as a hidden field
(`catid`) and one submit button per page — `<button type="submit" name="page" value="3">3</button>`, and 首页, 上一页,
下一页, 尾页 the same way — so that the page number is sent only as the value of the button pressed (HTML's
"submitter": a form's data set includes the submit button that was activated, and no other). The script reads
`$_POST['page']`: a GET of the list, with or without `?page=<n>`, answers page 1. No page links page 2 onwards, and
no field of the form holds a page number until a button is pressed (held out of tuning, thirty-third round).

Modelled on https://www.guizhou.gov.cn/zwgk/zfxxgk/zfxxgknb/2018n/202109/t20210914_70371700.html (贵州省's 2018
report in the 政府信息公开年报 column of the 政府信息公开 section, the column holding every year's report) for the
column and its articles (the synthetic county itself is given a 广西 region code, a province few families have); the
pager is this family's choice (the cited page is text). Buttons carrying a name and a
value, told apart on the server by the pair sent, are the HTML form mechanism described at
https://mitsue.co.jp/knowledge/blog/frontend/201412/04_1400.html (送信ボタンに名前: `<button type="submit"
name="…" value="…">` sends `name=value`) and https://ja.stackoverflow.org.cn/questions/954327 (several submit
buttons in one form, the server checking which was pressed). Unlike postpager (page links `javascript:goPage(n)`
that set a hidden field and submit by script), jumpbox (a GET form with a text box the reader types the number
into) and pagesize (a `<select>` of page sizes), every page number here is written in the page, but only as a
button's value, and the answer exists only for a POST.

- www.X.gov.cn: home (news; one static link, the government's newest report), 政务公开 (/zwgk/index.html: the
  guide, the column), /xxgk/nb/list.php (page 1: 8 entries, every unit's reports of every year with 解读 and
  look-alikes, newest first; the form), POST list.php `catid=<id>&page=<n>` (page n), articles
  /xxgk/nb/<YYYYMM>/<6 digits>.html.
"""

from __future__ import annotations

from urllib.parse import parse_qsl

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.common import paginate
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import HTML_UTF8, Page

FOLDER = "/xxgk/nb/"
LIST = FOLDER + "list.php"
PAGE_SIZE = 8
FORM_TYPE = "application/x-www-form-urlencoded"


def pager_form(catid: int, n: int, pages: int) -> str:
    """The pager of page `n` of `pages`: submit buttons each carrying its page as `page`'s value."""
    def button(value: int, label: str) -> str:
        return f'<button type="submit" name="page" value="{value}">{label}</button>'

    numbers = " ".join(button(i, str(i)) if i != n else f"<b>{i}</b>" for i in range(1, pages + 1))
    moves = (f"{button(1, '首页')} {button(n - 1, '上一页')} " if n > 1 else "") + numbers + (
        f" {button(n + 1, '下一页')} {button(pages, '尾页')}" if n < pages else "")
    return (f'<form method="post" action="list.php" class="pager"><input type="hidden" name="catid" value="{catid}">'
            f"共{pages}页 当前第{n}页 {moves}</form>")


def list_action(catid: int, bodies: list[bytes], last_modified):
    """list.php: page 1 to a GET (the query is not read), page `page` to a POST of the column's `catid`."""
    def handler(method, query, headers, body):
        n = 1
        if method == "POST":
            fields = dict(parse_qsl(body.decode("utf-8", "replace")))
            if fields.get("catid") == str(catid) and fields.get("page", "").isdigit():
                n = min(max(int(fields["page"]), 1), len(bodies))
        return Page(bodies[n - 1], last_modified, HTML_UTF8, role="list")
    return handler


def build_buttonpager(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "buttonpager"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx/1.16.1")

    def doc_id(art: Article) -> int:
        return stable_int("bp-art", county.pinyin, art.key, digits=6)

    entries, urls = kit.report_column_pages(b, www, county, family, arts, noise, nav=nav, serial=doc_id,
                                            path=lambda art: f"{FOLDER}{art.day:%Y%m}/{doc_id(art)}.html")
    newest = kit.newest_gov_report(entries)
    catid = stable_int("bp-cat", county.pinyin, digits=3)
    chunks = paginate(entries, PAGE_SIZE)
    bodies = [page(county, family, "政府信息公开年报", f"<h2>政府信息公开年报</h2>{kit.link_list(chunk)}"
                   f"{pager_form(catid, n, len(chunks))}", column="政府信息公开年报", nav=nav, host=www.host).encode()
              for n, chunk in enumerate(chunks, 1)]
    www.dynamic[LIST] = list_action(catid, bodies, b.list_date(entries))
    b.pages[f"http://{www.host}{LIST}"] = "list"
    for n in range(2, len(chunks) + 1):
        b.post_pages.append({"url": f"http://{www.host}{LIST}", "body": f"catid={catid}&page={n}",
                             "content_type": FORM_TYPE})
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=LIST, news_salt="bp-news")
    return urls
