"""A county portal whose 政府信息公开平台 is a sub-site of the county's 站群 on its own host (`xxgk.X.gov.cn`), which
serves only visitors who came through the portal: every page of the portal (`www.X.gov.cn`) answers with
`Set-Cookie: ZQ_PORTAL=<token>; Domain=.X.gov.cn; Path=/` — a cookie for the whole domain — and the platform's front
(nginx: `if ($cookie_ZQ_PORTAL != "<token>") { return 302 http://www.X.gov.cn/; }`) sends any request that does not
carry it to the portal's home, setting nothing itself. A visitor who clicks from the portal into the platform has
the cookie and never meets the rule; a client that keeps a cookie only for the host that set it, or that asks the
platform first, is sent to the home for ever. The platform's three 年报 columns (县本级, 县直部门, 乡镇) list every unit's
reports of every year by plain link, the years before 2019 included (held out of tuning, seventieth round).

Modelled on http://www.cxs.gov.cn/info/20535/867359.htm (楚雄市紫溪镇's 2025 report: a Yunnan 博达 (VSB) portal whose
articles sit at `/info/<column id>/<id>.htm`), https://www.hhjs.gov.cn/info/2961/497631.htm (建水县面甸镇's report in
the 乡镇政府信息公开年度报告 column of the same kind of portal) and
https://brianwinch.com/zwgk/zfxxgkpt/zfxxgknb/zfxxgknb2017/zsndbg2017/201912/t20191225_186249.html (a copy of yn.gov.cn's
政府信息公开平台 page of 丽江市's 2017 report, a Yunnan report of the years before 2019); the cookie's scope is the
Domain attribute's, as https://learn.microsoft.com/en-us/UWP/api/windows.web.http.httpcookie.domain?view=winrt-19041
describes it ("A cookie with a Domain property of .contoso.com will be sent to the contoso.com domain and all
subdomains (www.contoso.com and info.contoso.com, for example)"). The address scheme is the cited pages'; the
platform on its own host, the portal's cookie and the rule at the platform's front are this family's choice (the
cited pages are text; they show no cookie). Unlike cookieloop (a 302 to the same URL that sets its own cookie),
cookiejump (a 302 elsewhere that sets the column's cookie), jsl (a cookie a script writes) or unitcookie (a cookie
that picks the list), the gate sets no cookie at all: the one it wants was set by another host, for the domain.

- www.X.gov.cn (every page sets the domain cookie): home (news; the government's newest report; the platform's
  link), 新闻中心 (/xwzx/), 政务公开 (/zwgk/index.html: the guide and the platform's three 年报 columns, absolute links).
- xxgk.X.gov.cn (302 to the portal's home without the cookie): front (/index.htm), the columns /gknb/<bj|bm|xz>.htm,
  articles /info/<column id>/<id>.htm.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.common import add_common
from nianbao.crawler.sandbox.names import County, stable_hex, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import HTML_UTF8

COLUMNS = {"bj": "县本级政府信息公开年报", "bm": "县直部门政府信息公开年报", "xz": "乡镇政府信息公开年报"}
COOKIE = "ZQ_PORTAL"
SERVER = "nginx/1.16.1"


def domain(county: County) -> str:
    return county.host.removeprefix("www.")


def column_id(county: County, key: str) -> int:
    return stable_int("dc-col", county.pinyin, key, digits=5)


def portal_cookie(county: County, token: str) -> str:
    """The Set-Cookie every portal page sends: the whole domain's, so the platform's host gets it back."""
    return f"{COOKIE}={token}; Domain=.{domain(county)}; Path=/"


def build_domaincookie(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "domaincookie"
    platform = f"xxgk.{domain(county)}"
    columns_href = {key: f"http://{platform}/gknb/{key}.htm" for key in COLUMNS}
    nav = [("首页", f"http://{county.host}/"), ("政务公开", f"http://{county.host}/zwgk/index.html"),
           ("新闻中心", f"http://{county.host}/xwzx/index.html"), ("信息公开平台", f"http://{platform}/index.htm")]
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server=SERVER)
    xxgk = kit.sub_host(b, county, "xxgk", SERVER)
    xxgk.challenge, xxgk.challenge_kind = True, "domain"
    xxgk.challenge_token = stable_hex("dc-portal", county.pinyin, length=32)
    xxgk.gate_cookie, xxgk.gate_location = COOKIE, f"http://{county.host}/"
    add_common(b, xxgk, county, family, nav)
    urls: dict[str, str] = {}

    def doc_id(key, art):
        return stable_int("dc-art", county.pinyin, key, art.key, digits=6)

    columns = kit.unit_kind_report_columns(b, xxgk, county, family, arts, noise, COLUMNS, urls, nav=nav,
                                           serial=doc_id,
                                           path=lambda key, art: f"/info/{column_id(county, key)}/{doc_id(key, art)}.htm")
    for key, label in COLUMNS.items():
        kit.report_list_page(b, xxgk, county, family, f"/gknb/{key}.htm", label, kit.link_list(columns[key]),
                             columns[key], nav=nav)
    front = "<h2>政府信息公开年报</h2><ul>" + "".join(
        f'<li><a href="/gknb/{key}.htm">{label}</a></li>' for key, label in COLUMNS.items()) + "</ul>"
    b.html_page(xxgk, "/index.htm", page(county, family, f"{county.name}政府信息公开平台", front, column="政府信息公开",
                                         nav=nav, host=platform), SITE_DATE, "section")
    newest = kit.newest_gov_report(arts)
    more = tuple((columns_href[key], label) for key, label in COLUMNS.items())
    news = kit.trs_guide_and_news(b, www, county, family, noise, nav=nav, reports_href=more[0][0],
                                  news_salt="dc-news", more=more[1:])
    home = (kit.focus_box(news) + kit.report_box([newest])
            + f'<div class="gk"><a href="http://{platform}/index.htm">{esc(county.name)}政府信息公开平台</a></div>')
    kit.home_page(b, www, county, family, home, nav=nav)
    cookie = ("Set-Cookie", portal_cookie(county, xxgk.challenge_token))
    for served in www.pages.values():   # the portal's front sets it on every page it serves
        if served.content_type == HTML_UTF8 and served.status == 200 and not served.location:
            served.extra_headers = (*served.extra_headers, cookie)
    return urls
