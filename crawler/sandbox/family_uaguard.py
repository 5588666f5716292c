"""A county portal whose 政府信息公开年报 columns and report articles sit behind a web application firewall (网站安全狗-,
云锁-style) that refuses any request whose `User-Agent` does not look like a browser's: no User-Agent at all, one that
does not start `Mozilla/`, or one naming a tool or a robot (Scrapy, python-requests, curl, Wget, Java, Go's client,
okhttp, …spider, …bot, …crawler) gets `403 Forbidden` and the firewall's page "您的访问请求被拦截：非浏览器访问"; any
browser's User-Agent gets the page. The home page, the 政务公开 page and the news are cached on the front and open to
every client. Every unit's reports of every year, the years before 2019 included, are in three unit-kind columns
(held out of tuning, thirty-eighth round).

Modelled on https://www.gz.gov.cn/zfjgzy/gzsrmzfbgt/zfxxgknb/gq/content/post_4437627.html (2017年广州市黄埔区人民政府
广州开发区管委会政府信息公开年度报告, a Guangdong district's pre-2019 report in the 政府信息公开年报 column of its
区 sub-column `gq`, articles `content/post_<id>.html`). The TRS-like layout, the firewall, its keyword list and
its page are this family's choice, modelled on how such host firewalls' "恶意爬虫/非浏览器" rules answer (the cited pages are text; they show no firewall). Unlike jsl/challenge
(a cookie a script computes opens the site), mobilehost (a desktop page names a phone host) or acceptneg/langneg (an
answer chosen by Accept/Accept-Language), nothing but the User-Agent header decides, and no page says so.

- www.X.gov.cn (nginx + the firewall module): home (news; the government's newest report), 政务公开
  (/zwgk/index.html: the guide and the three 年报 columns), 新闻中心 (/xwzx/), the columns
  /zfxxgknb/<qzf|bm|zj>/index.html and articles /zfxxgknb/<key>/<YYYYMM>/t<YYYYMMDD>_<id>.html — 403 to a
  non-browser User-Agent.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page, Site

COLUMNS = {"qzf": "区政府信息公开年报", "bm": "区直部门信息公开年报", "zj": "镇街信息公开年报"}
# words of the User-Agents such firewalls' "非浏览器访问" rules refuse (lower case): crawling frameworks, HTTP
# libraries, command-line fetchers and self-declared robots
TOOL_WORDS = ("scrapy", "python", "curl", "wget", "java", "go-http-client", "okhttp", "httpclient", "libwww",
              "spider", "bot", "crawler")


def browser_like(headers: dict[str, str]) -> bool:
    """Whether the request's User-Agent passes the firewall: a `Mozilla/` one naming none of TOOL_WORDS."""
    agent = headers.get("user-agent", "")
    return agent.startswith("Mozilla/") and not any(word in agent.lower() for word in TOOL_WORDS)


def refusal() -> Page:
    """The firewall's 403 page (no link: it names the rule, not the page)."""
    body = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>网站防火墙</title></head><body>"
            "<div class=\"waf\"><h1>您的访问请求被拦截</h1><p>拦截原因：非浏览器访问（恶意爬虫防护）</p>"
            "<p>如果您是正常访问，请使用浏览器访问本站。</p><p>网站防火墙 v4.0</p></div></body></html>")
    return Page(body.encode(), SITE_DATE, "text/html; charset=utf-8", status=403, role="error")


def browsers_only(site: Site, path: str) -> None:
    """Serve the page at `path` to a browser_like() request only; any other gets the refusal()."""
    served = site.pages[path]
    site.dynamic[path] = lambda method, query, headers, body: served if browser_like(headers) else refusal()


def build_uaguard(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "uaguard"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    urls: dict[str, str] = {}
    columns = kit.trs_unit_kind_columns(b, www, county, family, arts, noise, COLUMNS, urls, nav=nav,
                                        salt="ua-art", folder="/zfxxgknb/{key}/")
    for key, label in COLUMNS.items():
        path = f"/zfxxgknb/{key}/index.html"
        kit.report_list_page(b, www, county, family, path, label, kit.link_list(columns[key]), columns[key], nav=nav)
        browsers_only(www, path)
        for art in columns[key]:
            browsers_only(www, art.url.removeprefix(f"http://{www.host}"))
    hrefs = [(f"/zfxxgknb/{key}/index.html", label) for key, label in COLUMNS.items()]
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(arts), nav=nav,
                            reports_href=hrefs[0][0], news_salt="ua-news", more=tuple(hrefs[1:]))
    return urls
