"""
A district portal on an ASP.NET 信息公开 system (an Epoint-style `/<site>/InfoDetail/?InfoID=<uuid>&CategoryNum=<n>`
CMS on IIS) whose 政府信息公开年度报告 columns are list pages addressed by the column's Chinese name, escaped the way
JavaScript's escape() writes it: `/shhp/xxgk/list.aspx?CategoryName=%u533A%u653F%u5E9C…&CategoryNum=<n>&Paging=<p>`
(the template builds its links with escape(), and ASP.NET's query decoder reads `%uXXXX` as a UTF-16 code unit).
A `%u` escape is not a URL percent-escape (`%` must be followed by two hex digits: RFC 3986 section 2.1); browsers
send it as written (the URL Standard leaves a `%` not followed by two hex digits alone), and the list application
compares the query as its own pager wrote it, so a client that "repairs" the escape (`%25u533A…`) or re-escapes the
name as UTF-8 (`%E5%8C%BA…`) asks for a page the server does not have (404). Every column page, the first included,
is linked only by such an address; the columns list every unit's reports of every year — the district's, its 委办局'
and its 街道' and 镇' — the years before 2019 included, 8 a page (held out of tuning, fifty-fourth round).

Modelled on http://hpq.sh.gov.cn/shhp/InfoDetail/?InfoID=d4fa328a-5204-46d7-9b95-7d90ee456d58&CategoryNum=031003003001
(上海市黄浦区's 2016 report: 首页 > 政府信息公开 > 黄浦区人民政府 > 政府信息公开年度报告 > 区政府信息公开年度报告,
历史档案), http://hpq.sh.gov.cn/shhp/InfoDetail/?InfoID=fec97c7b-a2d4-4129-a75e-c0bb07bc6f8c&CategoryNum=031003003002
(区发展和改革委员会's 2016 report in the column 各部门、街道政府信息公开年度报告) and
http://hpq.sh.gov.cn/shhp/InfoDetail/?InfoID=a2ad0903-04aa-4a78-9f89-95c7eb123cb9&CategoryNum=031003003001 (the
district's 2015 report): the article addresses and the category numbers are the real portal's; the list pages'
`%u`-escaped category names are this family's choice (the search corpus holds page text, not links). Unlike
rawquery (fields in the CMS's order), gbkquery (a query escaped in the page's legacy encoding) or unescapejs
(`%u` escapes inside a script's unescape() call, markup a script writes), the `%u` escapes here are in plain
`<a href>` addresses that must reach the server untouched.

- www.X.gov.cn (IIS, ASP.NET): home (news; the government's newest report, plain), 政务公开 (/zwgk/index.html: the
  guide and the three columns, linked by their `%u` addresses), /shhp/xxgk/list.aspx?CategoryName=…&CategoryNum=…
  [&Paging=<p>] (the columns, 8 a page, a 上一页/下一页 pager of the same form), articles
  /shhp/InfoDetail/?InfoID=<uuid>&CategoryNum=<n>.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build, esc
from nianbao.crawler.sandbox.common import paginate
from nianbao.crawler.sandbox.names import County, stable_hex
from nianbao.crawler.sandbox.report import Report

PAGE_SIZE = 8
LIST = "/shhp/xxgk/list.aspx"
# column key → (category number, column name): the real portal's numbers for the first two
COLUMNS = {"qzf": ("031003003001", "区政府信息公开年度报告"), "bm": ("031003003002", "各部门政府信息公开年度报告"),
           "jd": ("031003003003", "街道（镇）政府信息公开年度报告")}


def js_escape(text: str) -> str:
    """What JavaScript's escape() makes of `text`: letters, digits and `@*_+-./` kept, other characters below
    U+0100 as `%XX`, the rest as `%uXXXX` (upper-case hex, as browsers write it)."""
    kept = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789@*_+-./")
    return "".join(ch if ch in kept else f"%{ord(ch):02X}" if ord(ch) < 0x100 else f"%u{ord(ch):04X}" for ch in text)


def list_address(key: str, page: int) -> str:
    """Page `page` (1-based) of column `key` as the template writes it: the name escaped, the page from 2 on."""
    number, name = COLUMNS[key]
    paging = f"&Paging={page}" if page > 1 else ""
    return f"{LIST}?CategoryName={js_escape(name)}&CategoryNum={number}{paging}"


def pager(key: str, pages: int, n: int) -> str:
    links = [("上一页", n - 1), ("下一页", n + 1)]
    shown = "".join(f'<a href="{esc(list_address(key, k))}">{label}</a> ' for label, k in links if 1 <= k <= pages)
    return f'<div class="pagination">共{pages}页 第{n}页 {shown}</div>'


def build_percentu(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "percentu"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Microsoft-IIS/8.5 (ASP.NET)",
                                        exact_query=True)
    urls: dict[str, str] = {}
    columns = kit.unit_kind_columns(county, arts, noise, tuple(COLUMNS))
    for key, (number, name) in COLUMNS.items():
        items = kit.newest_first(columns[key])
        for art in items:
            info_id = stable_hex("pu-art", county.pinyin, key, art.key)
            uuid = f"{info_id[:8]}-{info_id[8:12]}-{info_id[12:16]}-{info_id[16:20]}-{info_id[20:32]}"
            serial = int(info_id[:5], 16)
            kit.article_page(b, www, county, family, art, f"/shhp/InfoDetail/?InfoID={uuid}&CategoryNum={number}",
                             nav=nav, column=name, index_no=kit.site_index_no(county, art, serial), report_urls=urls)
        chunks = paginate(items, PAGE_SIZE)
        for n, chunk in enumerate(chunks, start=1):
            kit.report_list_page(b, www, county, family, list_address(key, n), name,
                                 kit.link_list(chunk) + pager(key, len(chunks), n), chunk, nav=nav,
                                 ignores_query=False)
    links = tuple((list_address(key, 1), name) for key, (_, name) in COLUMNS.items())
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(arts), nav=nav,
                            reports_href=links[0][0], news_salt="pu-news", more=links[1:])
    return urls
