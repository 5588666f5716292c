"""A county portal whose 政府信息公开年报 column is a PHP list that keeps its place in the visitor's session: the
column (`/xxgk/nb/list.php`) opens on its first page and starts a session (`Set-Cookie: PHPSESSID=…`), and its pager
links the same four addresses on every page, `list.php?act=first|prev|next|last` (首页 上一页 下一页 尾页) — the
server moves the page number it keeps in `$_SESSION` and answers with that page. So `list.php?act=next` is page 2,
then 3, then 4 … for a client that sends the session cookie back and asks the same address again; without the
cookie every `act=next` is a fresh session's page 2. The column holds every unit's reports of every year, newest
first, the years before 2019 included, PAGE_SIZE a page: the middle pages, reached only by asking one address again
within one session, are the only pages that name most departments' and townships' reports and the older years. As
PHP does without `session.use_strict_mode` (its default), a session id the server does not know is taken as a new
session's (held out of tuning, sixty-sixth round).

Modelled on https://ntdywx.com/www/zfxxgk/col/1586916059247/2020/04/15/1586934138420 (a copy of 高邑县's 2018
政府信息公开年度报告, 河北: "本报告的电子版可在高邑县人民政府网站 (www.gyx.gov.cn) 下载", a Hebei county's report of
the years before 2019) and https://www.hebei.gov.cn/columns/8aef2fa0-cc14-409e-9f68-fbdba00a0c72/202308/21/720faafd-6610-4d9e-9cc8-9e0f056c2101.html
(河北省's 2020 report under 政府信息公开 > 政府信息公开年报). The PHP list, its session-kept page number and its
pager are this family's choice (the search corpus holds the pages' text, not how their lists page); a pager that
keeps the page in `$_SESSION` is the way of small PHP list scripts (`$_SESSION['page']++` on `act=next`). Unlike
unitcookie (a cookie a script writes picks the unit), jsession (a session the list needs at all), cursorheader or
scrollcursor (a cursor the answer names), slowpager or the TRS pagers (each page its own address), every later page
has the same address as the second: only the session on the server tells them apart.

- www.X.gov.cn (nginx, PHP-FPM behind it): home (news; the government's newest report), 政务公开 (/zwgk/index.html:
  the guide and the column), /xxgk/nb/list.php (the column; the session's page), articles /xxgk/nb/show.php?id=<n>.
"""

from __future__ import annotations

import threading
from datetime import timedelta

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.common import paginate
from nianbao.crawler.sandbox.names import County, stable_hex, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

COLUMN = "/xxgk/nb/list.php"
COOKIE = "PHPSESSID"
ACTIONS = (("first", "首页"), ("prev", "上一页"), ("next", "下一页"), ("last", "尾页"))
PAGE_SIZE = 4
LABEL = "政府信息公开年报"


def session_cookie(headers: dict[str, str]) -> str:
    """The PHPSESSID the request's Cookie header carries ("" if none)."""
    for part in headers.get("cookie", "").split(";"):
        name, _, value = part.strip().partition("=")
        if name == COOKIE:
            return value
    return ""


def build_sessionpager(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "sessionpager"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx/1.12.2")
    urls: dict[str, str] = {}
    items = kit.newest_first(arts + kit.column_non_reports(county, noise))
    for art in items:
        n = stable_int("sp-art", county.pinyin, art.key, digits=5)
        kit.article_page(b, www, county, family, art, f"/xxgk/nb/show.php?id={n}", nav=nav, column=LABEL,
                         index_no=kit.site_index_no(county, art, n), report_urls=urls)
    chunks = paginate(items, PAGE_SIZE)
    sessions: dict[str, int] = {}   # session id → the page number the session holds ($_SESSION['page'])
    issued = [0, 0]   # sessions started, requests answered
    lock = threading.Lock()

    def list_page(n: int) -> bytes:
        pager = " ".join(f'<a href="list.php?act={act}">{text}</a>' for act, text in ACTIONS)
        listing = kit.link_list(chunks[n - 1], href=lambda a: a.url.split(www.host, 1)[1])
        main = (f"<h2>{LABEL}</h2>{listing}"
                f'<div class="page">共{len(items)}条 第{n}/{len(chunks)}页 {pager}</div>')
        return page(county, family, LABEL, main, column=LABEL, nav=nav, host=www.host).encode()

    def column(method, query, headers, body):
        sid = session_cookie(headers)
        with lock:
            fresh = not sid
            if fresh:   # session_start() without a cookie: a new id, sent back in Set-Cookie
                issued[0] += 1
                sid = stable_hex("sp-sess", county.pinyin, issued[0], length=26)
            current = sessions.get(sid, 1)
            act = query.get("act", "first")
            n = {"first": 1, "prev": current - 1, "next": current + 1, "last": len(chunks)}.get(act, current)
            n = min(max(n, 1), len(chunks))
            sessions[sid] = n
            issued[1] += 1
            # PHP sends no Last-Modified; the sandbox's server always does, so each answer is dated one second after
            # the one before: an If-Modified-Since from an earlier answer never turns a moved page into a 304
            stamp = SITE_DATE + timedelta(seconds=issued[1])
        cookie = ((("Set-Cookie", f"{COOKIE}={sid}; path=/"),) if fresh else ()) + (
            ("Cache-Control", "no-store, no-cache, must-revalidate"), ("Expires", "Thu, 19 Nov 1981 08:52:00 GMT"))
        return Page(list_page(n), stamp, role="list", ignores_query=False,
                    extra_headers=cookie)

    www.dynamic[COLUMN] = column
    b.pages[f"http://{www.host}{COLUMN}"] = "list"
    walk = stable_hex("sp-walk", county.pinyin, length=26)   # one visitor's session, paging through to the end
    b.cookie_pages += [{"url": f"http://{www.host}{COLUMN}" + ("?act=next" if n else ""), "cookie": f"{COOKIE}={walk}"}
                       for n in range(len(chunks))]
    newest = kit.newest_gov_report(items)
    news = kit.trs_guide_and_news(b, www, county, family, noise, nav=nav, reports_href=COLUMN, news_salt="sp-news")
    kit.home_page(b, www, county, family, kit.focus_box(news) + f'<div class="nb"><h3>{LABEL}</h3><ul><li>'
                  f'<a href="{esc(newest.url)}">{esc(newest.title)}</a></li></ul></div>', nav=nav)
    return urls
