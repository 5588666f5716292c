"""A county portal whose 政府信息公开 pages under /<abbr>/ (the three 政府信息公开年度报告 columns, every report article and
the guide) sit behind a web application firewall rule that refuses a request whose headers are not a browser's
navigation: a GET without an `Accept-Language` header, or without an `Accept` header naming `text/html` (a bare
`*/*` or none), gets `403 Forbidden` and the firewall's page "请求头不完整（缺少浏览器标准请求头）". Every browser's
navigation sends both (`Accept: text/html,application/xhtml+xml,…`, `Accept-Language: zh-CN,zh;q=0.9`), so a visitor
never meets the rule; what it refuses is a fetcher that sends only a User-Agent, whatever that User-Agent says. The
home page, the 政务公开 page and the news are cached on the front and open to every client. The columns list every unit's reports of
every year — the county's, its departments' and its 乡镇' — the years before 2019 included (held out of tuning,
sixty-eighth round).

Modelled on http://www.xjwqx.gov.cn/xjwqx/c128570/202601/c531fcfd84284253aaceb3f0345912cd.shtml (乌恰县人民政府办公室
2025年政府信息公开工作年度报告: a Xinjiang county portal whose articles sit at `/<site>/c<column id>/<YYYYMM>/<32 hex>
.shtml`), http://www.xjwqx.gov.cn/xjwqx/c128570/202601/4ff40ce3cae4488b8a055ac671b1be03.shtml (a 乡's report in the
same column) and https://ahhyzk.com/html/zwgkgfybz....info101523195.html (伊宁县's 2014 report, a Xinjiang report of
the years before 2019); the header check is modelled on the anti-crawler practice
https://www.gushiciku.cn/pl/aNhg/zh-tw describes (vivo's security team: servers that tell crawlers from browsers by
their request headers). The address scheme is the cited pages'; the firewall, which headers it checks, its page and
the three columns by kind of unit are this family's choice (the cited pages are text; they show no firewall). Unlike
uaguard (a 403 decided by the User-Agent alone: here any User-Agent passes with a browser's Accept headers, and a
browser's User-Agent without them does not), acceptneg (one address answering HTML or JSON by `Accept`), langneg
(the home chosen by `Accept-Language`), xhrheader (a header only a script sends) or refguard (a `Referer` wanted),
the refused request is any client's that leaves out two headers every browser sends; no page says so.

- www.X.gov.cn (nginx + the firewall module): home (news; the government's newest report), 新闻中心 (/xwzx/),
  政务公开 (/zwgk/index.html: the guide and the three 年报 columns), the columns /<abbr>/c<id>/list.shtml and
  articles /<abbr>/c<id>/<YYYYMM>/<32 hex>.shtml — 403 without a browser's Accept and Accept-Language; the guide's
  articles under /<abbr>/zwgk/ (behind the rule too).
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build
from nianbao.crawler.sandbox.names import County, stable_hex, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page, Site

COLUMNS = {"bj": "本级政府信息公开年度报告", "bm": "部门政府信息公开年度报告", "xz": "乡镇政府信息公开年度报告"}
# what a browser's navigation sends (Chrome's), and what the rule lets through
BROWSER_ACCEPT = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8",
                  "Accept-Language": "zh-CN,zh;q=0.9"}


def browser_headers(headers: dict[str, str]) -> bool:
    """Whether a request's (lower-case) headers pass the rule: an Accept-Language of any value and an Accept that
    names text/html."""
    return bool(headers.get("accept-language", "").strip()) and "text/html" in headers.get("accept", "").lower()


def refusal() -> Page:
    """The firewall's 403 page (no link: it names the rule, not the page)."""
    body = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>访问被拒绝</title></head><body>"
            "<div class=\"waf\"><h1>403 访问被拒绝</h1><p>拦截原因：请求头不完整（缺少浏览器标准请求头）</p>"
            "<p>如您是正常访问，请使用浏览器访问本站。</p><p>Web应用防火墙</p></div></body></html>")
    return Page(body.encode(), SITE_DATE, "text/html; charset=utf-8", status=403, role="error")


def guarded(site: Site, paths: list[str]) -> None:
    """Serve each page at `paths` to a browser_headers() request only; any other gets the refusal()."""
    for path in paths:
        served = site.pages[path]
        site.dynamic[path] = (lambda page: lambda method, query, headers, body: (
            page if browser_headers(headers) else refusal()))(served)


def column_id(county: County, key: str) -> int:
    """The column's six-digit id, consecutive from one per-county start (as a CMS numbers columns made together)."""
    return stable_int("ag-col", county.pinyin, digits=6) // 10 * 10 + list(COLUMNS).index(key)


def build_acceptguard(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "acceptguard"
    abbr = county.pinyin
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    urls: dict[str, str] = {}

    def article_path(key: str, art: Article) -> str:
        return f"/{abbr}/c{column_id(county, key)}/{art.day:%Y%m}/{stable_hex('ag-art', county.pinyin, key, art.key)}.shtml"

    columns = kit.unit_kind_report_columns(
        b, www, county, family, arts, noise, COLUMNS, urls, nav=nav, path=article_path,
        serial=lambda key, art: stable_int("ag-serial", county.pinyin, key, art.key, digits=5))
    hrefs = kit.unit_kind_list_pages(b, www, county, family, columns, COLUMNS, nav=nav,
                                     list_path=lambda key: f"/{abbr}/c{column_id(county, key)}/list.shtml")
    for key, (path, _) in zip(COLUMNS, hrefs, strict=True):
        guarded(www, [path] + [art.url.removeprefix(f"http://{www.host}") for art in columns[key]])
    news = kit.trs_guide_and_news(b, www, county, family, noise, nav=nav, reports_href=hrefs[0][0], news_salt="ag-news",
                                  more=tuple(hrefs[1:]), guide_folder=f"/{abbr}/zwgk/")
    guarded(www, [p for p in www.pages if p.startswith(f"/{abbr}/zwgk/")])
    kit.news_and_report_home(b, www, county, family, news, kit.newest_gov_report(arts), nav=nav)
    return urls
