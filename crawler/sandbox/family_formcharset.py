"""A district portal whose 政府信息公开年报 are listed only by its 年报查询, an old classic-ASP query program of the GB2312
era (`<%@ CODEPAGE=936 %>`, Session.CodePage 936) kept behind the portal's new UTF-8 pages: the 年报 column page
(UTF-8) holds a GET form `<form action="/nbcx/list.asp" method="get" accept-charset="gbk">` whose one field is a
`<select name="dwlb">` of the three kinds of unit by their Chinese names (区政府, 区级部门, 街道乡镇). The form's
`accept-charset` makes a browser escape the chosen value in GBK, not in the page's UTF-8 (the HTML standard's form
submission: "If the form element has an accept-charset attribute, … the first such encoding" picks the encoding),
so list.asp receives `dwlb=%C7%F8%BC%B6%B2%BF%C3%C5` and answers that kind's list (GBK): every unit's reports of
every year, the years before 2019 included. The same value escaped in the page's own encoding, UTF-8 (what a
client that ignores `accept-charset` sends), reads as other characters on code page 936: list.asp answers
暂无相关信息. No page links a list; the home page links the government's newest report (held out of tuning,
eightieth round).

Modelled on https://www.bjdch.gov.cn/zfxxgkzl/zfxxgknb/2023nb/dcqzf2023/202403/t20240305_3580286.html (北京市东城区
人民政府's 2023 report: a Beijing district's 政府信息公开年报 filed by year and unit, `<year>nb/<unit><year>/`) and
https://www.bjdch.gov.cn/zfxxgkzl/zfxxgknb/2023nb/dcgzfbm2023/202401/t20240119_3540002.html (a 委办局's report of
the same year in the same column); their TRS article addresses are this family's. The ASP query program and its
form are this family's choice (the cited pages are text), as county sites kept such GB2312 programs after their
portals moved to UTF-8 (`accept-charset` is the attribute made for that). Unlike gbkquery (a GBK page's own links,
escaped in the page's encoding), checkform, yeartext or daterange (forms whose values are ASCII or escaped alike in
any encoding) and gbk (a GBK portal with ASCII addresses), the page is UTF-8 and only its form's attribute says how
the query must be escaped.

- www.X.gov.cn (IIS, the ASP program's code page 936 for every query): home (news; the government's newest report),
  政务公开 (/zwgk/index.html: the guide and the 年报查询 link), the 年报 column /zfxxgkzl/zfxxgknb/index.html (the
  form), /nbcx/list.asp?dwlb=<GBK-escaped kind> (a kind's list; anything else: 暂无相关信息), articles
  /zfxxgkzl/zfxxgknb/<key>/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from urllib.parse import quote

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

COLUMNS = {"qzf": "区政府", "qjbm": "区级部门", "jdxz": "街道乡镇"}
COLUMN = "/zfxxgkzl/zfxxgknb/index.html"
QUERY = "/nbcx/list.asp"
FIELD = "dwlb"
CHARSET = "gbk"
EMPTY = "暂无相关信息"


def list_address(label: str) -> str:
    """What a browser submits for the kind `label`: the value escaped in the form's accept-charset, GBK."""
    return f"{QUERY}?{FIELD}={quote(label, encoding=CHARSET)}"


def query_form() -> str:
    options = "".join(f'<option value="{esc(label)}">{esc(label)}</option>' for label in COLUMNS.values())
    return (f'<form class="nbcx" action="{QUERY}" method="get" accept-charset="{CHARSET}">'
            f'<label>单位类别：<select name="{FIELD}">{options}</select></label>'
            '<button type="submit">查询</button></form><p class="tip">请选择单位类别后点击“查询”。</p>')


def build_formcharset(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "formcharset"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Microsoft-IIS/6.0",
                                        query_encoding=CHARSET)
    urls: dict[str, str] = {}
    columns = kit.trs_unit_kind_columns(b, www, county, family, arts, noise, COLUMNS, urls, nav=nav,
                                        salt="fc-art", folder="/zfxxgkzl/zfxxgknb/{key}/")
    for key, label in COLUMNS.items():
        items = columns[key]
        html = page(county, family, f"{label}政府信息公开年报", f"<h2>{esc(label)}政府信息公开年报</h2>"
                    f"{kit.link_list(items)}", column="年报查询", nav=nav, charset=CHARSET, host=www.host)
        b.html_page(www, list_address(label), html, b.list_date(items), "list", **kit.html_in(CHARSET))
    empty = page(county, family, "年报查询", f"<h2>年报查询</h2><p>{EMPTY}</p>", column="年报查询", nav=nav,
                 charset=CHARSET, host=www.host).encode(CHARSET)
    www.dynamic[QUERY] = lambda method, query, headers, body: Page(empty, SITE_DATE, "text/html; charset=gbk",
                                                                    role="search")
    kit.report_list_page(b, www, county, family, COLUMN, "政府信息公开年报", query_form(),
                         [a for items in columns.values() for a in items], nav=nav)
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(arts), nav=nav,
                            reports_href=COLUMN, news_salt="fc-news")
    return urls
