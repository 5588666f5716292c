"""A county portal whose three 政府信息公开年报 columns (县人民政府, 县直部门, 乡镇) answer their list only to a visitor who
carries the cookie the site's visit counter sets: the home page (and every guard page) shows the counter as a 1×1
image, `<img src="/tj/count.gif?siteid=<site code>">`, whose answer — a GIF — carries
`Set-Cookie: tj_uid=<32 hex>; Path=/`. A column asked without a `tj_uid` cookie of that form answers `200 OK` with a
guard page (请从网站首页进入本栏目, the counter image again and a 继续访问 link back to the same address), not the list:
the rule the site's authors wrote so that only visits the counter has seen are served. A browser that opens the home
page has the cookie before it clicks a column, and one that lands on a column first gets it from the guard page's
image and is served when it follows 继续访问; a client that fetches pages but not images never holds it. No script is
involved: the cookie comes with an image's answer, not a page's. The columns list every unit's reports of every
year — the county's, its departments' and its 乡镇' — the years before 2019 included; the articles themselves are open
to any client, and no page but its column (and the home page, for the newest government report) links a report (held
out of tuning, seventy-fourth round).

Modelled on http://www.mgt.gov.cn/mgtx/c107803/202601/54bdfefdaa964944adf8fb458404c5dc.shtml (麦盖提县人民政府2025年
政府信息公开年度报告: a Xinjiang county portal whose articles sit at `/<site>/c<column id>/<YYYYMM>/<32 hex>.shtml`),
http://www.myx.gov.cn/myxrmzf/c128692/202602/8d2f9a434e1b4d3ea8c7fa7b6c39a8dd.shtml (墨玉县's report in the same CMS's
scheme) and https://www.cjs.gov.cn/xwzx/gknb/954040.htm (昌吉市阿什里乡's report: a 乡's report filed on its city's
portal), and on the image counter http://blog.csdn.net/zhangxiaoxiang/article/details/835879 describes (如何实现图像访问
计数器: an `<img>` whose address is a server program that counts the visit and answers an image). The address scheme
is the cited pages'; the counter's cookie, the columns' rule, the guard page and the three columns by kind of unit are
this family's choice (the cited pages are text; they show no counter). Unlike cookiejump (a 302 that sets the cookie
itself), jsl and cookieloop (a challenge answer that sets or computes it), unitcookie (a cookie a script writes to pick
a unit), domaincookie (a cookie another host of the domain sets) or xsrfcookie (a cookie echoed as a header), the
cookie here comes only from the answer to an image the page embeds, a request a page-only client never makes.

- www.X.gov.cn (nginx): home (news; the government's newest report; the counter image), 新闻中心 (/xwzx/), 政务公开
  (/zwgk/index.html: the guide and the three columns), the counter /tj/count.gif (a GIF that sets `tj_uid`), the
  columns /<site>/c<id>/index.shtml (the list with a `tj_uid` cookie, else the guard page) and the articles
  /<site>/c<id>/<YYYYMM>/<32 hex>.shtml (open to every client).
"""

from __future__ import annotations

import re

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.family_imagemap import GIF
from nianbao.crawler.sandbox.family_xsrfcookie import _cookies
from nianbao.crawler.sandbox.names import County, stable_hex, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page, Site

COLUMNS = {"bj": "县人民政府信息公开年度报告", "bm": "县直部门信息公开年度报告", "xz": "乡镇信息公开年度报告"}
COUNTER = "/tj/count.gif"
COOKIE = "tj_uid"
GUARD_NOTE = "请从网站首页进入本栏目"
UID = re.compile(r"[0-9a-f]{32}")


def counted(headers: dict[str, str]) -> bool:
    """Whether a request's (lower-case) headers carry a counter cookie: `tj_uid` of 32 hex digits, the form the counter
    issues (the server cannot tell one visitor's uid from another's; it checks the counter has seen the visit)."""
    return bool(UID.fullmatch(_cookies(headers).get(COOKIE, "")))


def counter_img(county: County) -> str:
    """The visit counter as the site's pages embed it: a 1×1 image whose address counts the visit."""
    return (f'<div class="tj"><img src="{COUNTER}?siteid={county.site_id_code}" width="1" height="1" '
            'alt="" style="border:0"></div>')


def counter_page(county: County) -> Page:
    """The counter's answer: a transparent GIF that sets the visitor's uid (one per portal in the sandbox)."""
    uid = stable_hex("bc-uid", county.pinyin, length=32)
    return Page(GIF, SITE_DATE, "image/gif", role="image",
                extra_headers=(("Set-Cookie", f"{COOKIE}={uid}; Path=/; Max-Age=31536000"),
                               ("Cache-Control", "no-cache")))


def guard_page(county: County, family: str, nav: list[tuple[str, str]], path: str, label: str) -> Page:
    """What a column answers a visit the counter has not seen: a note, the counter and a link back to the column."""
    main = (f'<div class="guard"><h2>{esc(label)}</h2><p>{GUARD_NOTE}。</p>'
            f'<p><a href="{esc(path)}">继续访问</a></p>{counter_img(county)}</div>')
    html = page(county, family, label, main, column=label, nav=nav)
    return Page(html.encode(), SITE_DATE, "text/html; charset=utf-8", role="list")


def column_id(county: County, key: str) -> int:
    """The column's six-digit id, consecutive from one per-county start (columns the CMS made together)."""
    return stable_int("bc-col", county.pinyin, digits=6) // 10 * 10 + list(COLUMNS).index(key)


def gate_columns(site: Site, county: County, family: str, nav: list[tuple[str, str]],
                 hrefs: list[tuple[str, str]]) -> None:
    """Each column at `hrefs` (path, label) answers its list to a counted() visit only, else its guard_page()."""
    def gate(listed: Page, guard: Page):
        return lambda method, query, headers, body: listed if counted(headers) else guard

    for path, label in hrefs:
        site.dynamic[path] = gate(site.pages[path], guard_page(county, family, nav, path, label))


def build_beaconcookie(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "beaconcookie"
    abbr = county.pinyin
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    urls: dict[str, str] = {}

    def article_path(key: str, art: Article) -> str:
        return f"/{abbr}/c{column_id(county, key)}/{art.day:%Y%m}/{stable_hex('bc-art', abbr, key, art.key)}.shtml"

    columns = kit.unit_kind_report_columns(
        b, www, county, family, arts, noise, COLUMNS, urls, nav=nav, path=article_path,
        serial=lambda key, art: stable_int("bc-serial", abbr, key, art.key, digits=5))
    hrefs = kit.unit_kind_list_pages(b, www, county, family, columns, COLUMNS, nav=nav,
                                     list_path=lambda key: f"/{abbr}/c{column_id(county, key)}/index.shtml")
    gate_columns(www, county, family, nav, hrefs)
    b.add(www, COUNTER, counter_page(county), "image")
    news = kit.trs_guide_and_news(b, www, county, family, noise, nav=nav, reports_href=hrefs[0][0],
                                  news_salt="bc-news", more=tuple(hrefs[1:]))
    newest = kit.newest_gov_report(arts)
    kit.home_page(b, www, county, family, kit.focus_box(news) + kit.report_box([newest]) + counter_img(county),
                  nav=nav)
    return urls
