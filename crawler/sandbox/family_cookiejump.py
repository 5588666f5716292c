"""A district portal whose three 政府信息公开年报 columns (区政府, 委办局, 街镇) sit behind a web application firewall's
"jump" rule against CC attacks, one rule a column: a request under a column's folder that does not carry the rule's
cookie is answered `302 Found` to the 政务公开 page (`Location: /zwgk/index.html`) with
`Set-Cookie: <rule's name>=<value>; path=/`, and only a request that carries it gets the column or a report of it.
A visitor who clicks a column lands on the 政务公开 page once, clicks again and is in; a client must ask the same
address a second time, with the cookie the redirect set, after the redirect led it to a page it has already seen
(which links the column again, by the same address). The columns list every unit's reports of every year — the
district's, its 委办局' and its 街道' and 镇' — the years before 2019 included (held out of tuning, sixty-eighth round).

Modelled on http://www.shqp.gov.cn/shqp/zwgk/gknb/zjd/20260119/1348924.html (2025年上海市青浦区夏阳街道办事处政府信息公开
工作年度报告, in the 街镇 column `zjd` of a Shanghai district's 公开年报 `/shqp/zwgk/gknb/<column>/<YYYYMMDD>/<id>.html`)
and on OpenStar (an nginx/OpenResty WAF) as its manual describes its jump rules,
https://static.kancloud.cn/openstar/install/1136683 ("跳转配置是一种CC防护的方式,是通过set-cookie实现": a rule
matched by host and URI, with a salt, a cookie name and "跳转后的 url(可以没有,默认是本页自跳转)", the address the
client is sent to). The address scheme is the cited report's; the rules, their cookies, that each jumps to the
政务公开 page and the three columns' folders are this family's choice (the cited pages are text). Unlike cookieloop
(a 302 to the same address with the cookie: following the redirect is the retry), jsession (a session the entry
page opens, its id in the links too), sessionpager (a session that moves a pager) or ratelimit (a 429 to come back
later), the answer is a redirect elsewhere, and the page is had only by asking again for an address already asked.

- www.X.gov.cn (nginx + OpenStar): home (news; the district's newest report, under its column's rule), 新闻中心
  (/xwzx/), 政务公开 (/zwgk/index.html: the guide and the three columns), the columns
  /<abbr>/zwgk/gknb/<qzf|wbj|zjd>/index.html and articles /<abbr>/zwgk/gknb/<key>/<YYYYMMDD>/<id>.html — a 302 with
  the column's cookie to a request without it.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build
from nianbao.crawler.sandbox.names import County, stable_hex, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page, Site

COLUMNS = {"qzf": "区政府信息公开年报", "wbj": "委办局信息公开年报", "zjd": "街镇信息公开年报"}


def cookie_of(county: County, key: str) -> tuple[str, str]:
    """The jump rule's cookie for column `key`: its name (the rule's) and value (a salted hash, as OpenStar's)."""
    return f"jump_{key}", stable_hex("cj-cookie", county.pinyin, key, length=24)


def has_cookie(headers: dict[str, str], name: str, value: str) -> bool:
    """Whether a request's (lower-case) headers carry the cookie `name=value`."""
    pairs = (part.strip().partition("=") for part in headers.get("cookie", "").split(";"))
    return any(n == name and v == value for n, _, v in pairs)


def jump(target: str, name: str, value: str) -> Page:
    """The rule's answer: 302 to `target`, setting the cookie."""
    body = f'<html><head><title>302 Found</title></head><body><a href="{target}">302 Found</a></body></html>'
    return Page(body.encode(), SITE_DATE, "text/html", status=302, location=target, role="redirect",
                extra_headers=(("Set-Cookie", f"{name}={value}; path=/"),))


def behind_jump(site: Site, paths: list[str], target: str, cookie: tuple[str, str]) -> None:
    """Serve each page at `paths` to a request with `cookie` only; any other gets the jump() to `target`."""
    name, value = cookie
    for path in paths:
        served = site.pages[path]
        site.dynamic[path] = (lambda page: lambda method, query, headers, body: (
            page if has_cookie(headers, name, value) else jump(target, name, value)))(served)


def build_cookiejump(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "cookiejump"
    abbr = county.pinyin
    zwgk = "/zwgk/index.html"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="openresty")
    urls: dict[str, str] = {}

    def article_path(key: str, art: Article) -> str:
        return f"/{abbr}/zwgk/gknb/{key}/{art.day:%Y%m%d}/{stable_int('cj-art', abbr, key, art.key, digits=7)}.html"

    columns = kit.unit_kind_report_columns(
        b, www, county, family, arts, noise, COLUMNS, urls, nav=nav, path=article_path,
        serial=lambda key, art: stable_int("cj-art", abbr, key, art.key, digits=7))
    hrefs = kit.unit_kind_list_pages(b, www, county, family, columns, COLUMNS, nav=nav,
                                     list_path=lambda key: f"/{abbr}/zwgk/gknb/{key}/index.html")
    for key, (path, _) in zip(COLUMNS, hrefs, strict=True):
        behind_jump(www, [path] + [art.url.removeprefix(f"http://{www.host}") for art in columns[key]], zwgk,
                    cookie_of(county, key))
    news = kit.trs_guide_and_news(b, www, county, family, noise, nav=nav, reports_href=hrefs[0][0], news_salt="cj-news",
                                  more=tuple(hrefs[1:]), guide_folder=f"/{abbr}/zwgk/xxgkzn/")
    kit.news_and_report_home(b, www, county, family, news, kit.newest_gov_report(arts), nav=nav)
    return urls
