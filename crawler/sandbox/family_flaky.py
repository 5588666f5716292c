"""A county portal on an overloaded server: its nginx front passes the 政府信息公开 pages to a slow application server
(`proxy_pass`), and the first request for most of them fails — `502 Bad Gateway` or `504 Gateway Time-out` (nginx's
own error pages), or `503 Service Temporarily Unavailable` with `Retry-After: 2` — and the same request again, once
or twice later, gets the page. Which pages fail, and how many times (1 or 2), is fixed per path (a hash of it); the
server counts the requests each path has had since it started. Every report column's list page fails at least
once; most report articles do. The home page, the news and the guide are static files nginx serves itself and
never fail. Every page is linked by `<a href>`: a client that tries each address once gets the home and little
else; one that retries a 502/503/504 gets everything (held out of tuning, thirty-sixth round).

Modelled on http://m.sxsjbj.com/reports/2014-04/22/content_32171926.htm (青海省2013年政府信息公开工作年度报告, a
Qinghai report of the years before 2019, "电子版可以在…政府信息公开专栏下载") and
http://cn.chinagate.cn/infocus/2013-04/23/content_28634445.htm (its 2012 report). The failing upstream, which
statuses, and the per-path count of tries are this family's choice, modelled on how nginx answers when its upstream
is down or slow (502, 504; 503 from `limit_conn`/maintenance with a Retry-After an operator adds); the cited pages
show the reports, not a server's errors. Unlike ratelimit (refusals that depend on how fast a client asks, any page)
or the challenge families (a cookie opens the site), nothing a client sends makes the page come sooner: only asking
again.

- www.X.gov.cn (nginx/1.12.2): home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide
  and the three 年报 columns), 新闻中心 (/xwzx/), the 年报 columns /xxgk/nb/<bj|bm|xz>/index.html (failing first),
  articles /xxgk/nb/<bj|bm|xz>/<YYYYMM>/t<YYYYMMDD>_<id>.html (most failing first).
- Sandbox state: the count of requests per path lives in the built sandbox (a fresh build fails again).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page, Site

COLUMNS = {"bj": "本级政府信息公开年报", "bm": "部门政府信息公开年报", "xz": "乡镇（街道）政府信息公开年报"}
SERVER = "nginx/1.12.2"
# nginx's own error pages (ngx_http_special_response.c), as it sends them when the upstream fails
ERRORS = {502: "502 Bad Gateway", 503: "503 Service Temporarily Unavailable", 504: "504 Gateway Time-out"}


def error_page(status: int) -> Page:
    title = ERRORS[status]
    body = (f"<html>\r\n<head><title>{title}</title></head>\r\n<body bgcolor=\"white\">\r\n<center><h1>{title}"
            f"</h1></center>\r\n<hr><center>{SERVER}</center>\r\n</body>\r\n</html>\r\n").encode()
    extra = (("Retry-After", "2"),) if status == 503 else ()
    return Page(body, SITE_DATE, "text/html", status=status, role="error", extra_headers=extra)


def failures(county: County, path: str, at_least: int) -> tuple[int, int]:
    """(how many first requests of `path` fail, with which status): 0-2 tries (at least `at_least`), fixed per path."""
    n = stable_int("fl-fail", county.pinyin, path, digits=6)
    return max(at_least, n % 3), tuple(ERRORS)[n // 3 % 3]


@dataclass
class FirstTriesFail:
    """A path whose first `fails` requests get the error page `status`, later ones the page (the server counts)."""
    page: Page
    fails: int
    status: int
    _tries: int = field(default=0, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def __call__(self, method: str, query: dict, headers: dict, body: bytes) -> Page:
        with self._lock:
            self._tries += 1
            failing = self._tries <= self.fails
        return error_page(self.status) if failing else self.page


def fail_first(site: Site, county: County, path: str, at_least: int) -> None:
    """Make the page at `path` fail its first requests (failures()); a path whose count is 0 is left as it is."""
    fails, status = failures(county, path, at_least)
    if fails:
        site.dynamic[path] = FirstTriesFail(site.pages[path], fails, status)


def build_flaky(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "flaky"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server=SERVER)
    urls: dict[str, str] = {}
    columns = kit.trs_unit_kind_columns(b, www, county, family, arts, noise, COLUMNS, urls, nav=nav,
                                        salt="fl-art", folder="/xxgk/nb/{key}/")
    for key, label in COLUMNS.items():
        path = f"/xxgk/nb/{key}/index.html"
        kit.report_list_page(b, www, county, family, path, label, kit.link_list(columns[key]), columns[key], nav=nav)
        fail_first(www, county, path, at_least=1)
        for art in columns[key]:
            fail_first(www, county, art.url.removeprefix(f"http://{www.host}"), at_least=0)
    hrefs = [(f"/xxgk/nb/{key}/index.html", label) for key, label in COLUMNS.items()]
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(arts), nav=nav,
                            reports_href=hrefs[0][0], news_salt="fl-news", more=tuple(hrefs[1:]))
    return urls
