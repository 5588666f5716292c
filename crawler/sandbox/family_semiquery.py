"""A district portal whose 政府信息公开年报 columns are paged by an old Perl CGI program that writes the fields of its
own addresses joined by `;` instead of `&`: the three columns (区政府, 区级部门, 街道) are
`/cgi-bin/xxgk/nb.pl?lm=<qzf|bm|jd>;page=<n>`, and the 政务公开 page and every pager link (上一页, 下一页, 尾页, the page
numbers) are written that way, as CGI.pm's `self_url`/`query_string` write them by default. The separator is a legal
one: RFC 1866 section 8.2.1 and HTML 4.01's notes (B.2.2) ask CGI authors to take `;` beside `&`, CGI.pm splits a
query on both, so the program answers `lm=bm&page=2` as it answers `lm=bm;page=2`. A `;` escaped as `%3B` is data,
not a separator: `lm=bm%3Bpage%3D2` names a column `bm;page=2` that does not exist and is answered `404 栏目不存在`.
The columns list every unit's reports of every year, six a page, the years before 2019 included; no page links a
report but its column's pages and the home page's newest (held out of tuning, seventy-sixth round).

Modelled on http://gk.tj.gov.cn/xxgknb_530/qxzf/hxqrmzf/201803/t20180321_77384.shtml (天津市河西区's 2017 report in
the city's 政府信息公开年度报告专栏, filed under 区县政府), https://www.tjwq.gov.cn/zwgk/zfxxgk/zfxxgkqzf/qzf/zfxxgknb2/202012/t20201216_5034022.html
(武清区's 2017 report in the district government's 政府信息公开年报 column) and
http://www.tjhq.gov.cn/zwgk/zfxxgkjz/xyzjdbsc/zfxxgknb38/202012/t20201211_4843087.html (红桥区: a 街道's 2018 report
in its own 年报 column): a Tianjin district whose government, departments and 街道 each report, with TRS article
paths. The CGI program, its `;`-joined addresses and its 404 for an escaped `;` are this family's choice (the cited
pages are text): the convention is documented at https://www.w3.org/TR/html401/appendix/notes.html#h-B.2.2 as quoted
in https://mail-archive.com/dev@hc.apache.org/msg10434.html ("CGI implementors support the use of ";" in place of
"&""), https://www.python.org/pipermail/python-checkins/2000-September/013516.html (Python's cgi module taking either
`&` or `;`), https://manpages.debian.org/experimental/libdebbugs-perl/Debbugs::URI.3pm.en.html (a Perl URI class
that joins query elements "by ; instead of &") and, in Chinese, https://cnblogs.com/yhlx/p/3178608.html ("在HTML规范里,
分号是可以当&用的"). Unlike bracketquery (`[]` and `|` a server wants unescaped), rawquery or multivalue (a query
read as written, or a field given twice) or matrixpage (`;` parameters in a path segment), the `;` here is in the
query and separates its fields: a client that keeps it as written gets every page; one that reads the query as
`&`-separated fields and writes it back escapes the `;` and finds nothing past the column's name.

- www.X.gov.cn (Apache, mod_perl): home (news; the government's newest report), 政务公开 (/zwgk/index.html: the
  guide and the three columns, `nb.pl?lm=<key>;page=1`), /cgi-bin/xxgk/nb.pl?lm=<key>;page=<n> (six entries a page,
  pager links the same way; `&` read alike; an unknown column: 404), articles
  /xxgk/nb/<key>/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build, esc
from nianbao.crawler.sandbox.common import paginate
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

COLUMNS = {"qzf": "本级政府信息公开年报", "bm": "部门信息公开年报", "jd": "乡镇（街道）信息公开年报"}
PROGRAM = "/cgi-bin/xxgk/nb.pl"
PAGE_SIZE = 6
SERVER = "Apache/2.2.15 (CentOS)"
NO_COLUMN = ("<html><head><meta charset=\"utf-8\"><title>404 栏目不存在</title></head><body><h1>栏目不存在</h1>"
             "<p>您访问的栏目不存在或已撤销。</p></body></html>").encode()


def list_query(key: str, n: int, sep: str = ";") -> str:
    """The query of column `key`'s page `n` (from 1), its fields joined by `sep` (CGI.pm's self_url writes `;`)."""
    return f"lm={key}{sep}page={n}"


def list_href(key: str, n: int) -> str:
    return f"{PROGRAM}?{list_query(key, n)}"


def pager(key: str, n: int, last: int) -> str:
    """The pager of page `n` of `last`: 首页/上一页, the numbers, 下一页/尾页, each a `;`-joined address."""
    links = []
    if n > 1:
        links += [f'<a href="{esc(list_href(key, 1))}">首页</a>', f'<a href="{esc(list_href(key, n - 1))}">上一页</a>']
    links += [f"<span>{i}</span>" if i == n else f'<a href="{esc(list_href(key, i))}">{i}</a>'
              for i in range(1, last + 1)]
    if n < last:
        links += [f'<a href="{esc(list_href(key, n + 1))}">下一页</a>', f'<a href="{esc(list_href(key, last))}">尾页</a>']
    return f'<div class="pager">第{n}/{last}页 ' + " ".join(links) + "</div>"


def build_semiquery(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "semiquery"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server=SERVER, exact_query=True)
    urls: dict[str, str] = {}
    columns = kit.trs_unit_kind_columns(b, www, county, family, arts, noise, COLUMNS, urls, nav=nav,
                                        salt="sq-art", folder="/xxgk/nb/{key}/")
    for key, label in COLUMNS.items():
        chunks = paginate(columns[key], PAGE_SIZE)
        for n, chunk in enumerate(chunks, start=1):
            listed = kit.report_list_page(b, www, county, family, list_href(key, n), label,
                                          kit.link_list(chunk) + pager(key, n, len(chunks)), chunk, nav=nav,
                                          ignores_query=False)
            # CGI.pm splits the query on `&` as well as `;`: the same page, under no link of the site
            www.add(f"{PROGRAM}?{list_query(key, n, '&')}", listed)
    # the program's own answer to a column it does not know (an escaped `;` makes one of the whole query)
    www.dynamic[PROGRAM] = lambda method, query, headers, body: Page(NO_COLUMN, SITE_DATE, "text/html; charset=utf-8",
                                                                     status=404, role="error")
    hrefs = [(list_href(key, 1), label) for key, label in COLUMNS.items()]
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(arts), nav=nav,
                            reports_href=hrefs[0][0], news_salt="sq-news", more=tuple(hrefs[1:]))
    return urls
