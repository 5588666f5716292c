"""A county portal whose 政府信息公开目录 is a Java web application with its own session: the directory's entry page
(/gkml/index.do) opens a servlet session, and its per-unit lists (/gkml/list.do) answer only within one. Without the
session they redirect to the entry page. As servlet containers do on a session's first response, the entry page both
sets the `JSESSIONID` cookie and writes every link with the session id as a path parameter
(`list.do;jsessionid=<id>?unitId=…`), since it cannot know yet whether the client keeps cookies (held out of
tuning, eighth round).

The directory is modelled on http://tjj.pingliang.gov.cn/zfxxgk/zfxxgkzd/bjgkzd/index.html (平凉: a unit's
政府信息公开 directory with one category per kind of information, 年度报告 among them) and
http://qqhr.gov.cn/News_showGkmlNews.action?messagekey=189769 (a Java `.action` directory whose entries are addressed
by a number in the query); the session behaviour is the Servlet API's (`encodeURL` on the first response, then the
cookie: https://mail-archive.com/servlet-interest@java.sun.com/msg20595.html,
https://help.sap.com/saphelp_snc_uiaddon_10/helpdata/en/4a/78693bd79572dee10000000a42189b/content.htm). That the lists
refuse a request without the session is this family's choice, not seen on those pages. Unlike gkmlsearch (a
POSTed form with a token) every list here is a GET link; what a crawler needs is the session the links carry, either
as the cookie or in the path, and a redirect to a page it has already fetched when it has neither.

- www.X.gov.cn: home (news; one static link, the government's newest report), 新闻中心, 政府信息公开 (/gkml/index.do).
- /gkml/index.do: units by kind (本级, 部门, 乡镇), each with its 年度报告 list; Set-Cookie and `;jsessionid=` links
  when the request has no valid session cookie, plain links when it has.
- /gkml/list.do?unitId=<unit code>&catId=ndbg[&pageNo=n]: the unit's reports from 2008 on (the government's with
  解读 and look-alikes), 5 a page, 下一页/尾页 links; 302 to /gkml/index.do without a session.
- Entries /gkml/detail.do?id=<n>, public.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.common import paginate
from nianbao.crawler.sandbox.names import County, stable_hex, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

INDEX = "/gkml/index.do"
LIST = "/gkml/list.do"
DETAIL = "/gkml/detail.do"
PAGE_SIZE = 5
KINDS = (("本级", ("gov", "office")), ("部门", ("department", "zone")), ("乡镇（街道）", ("township",)))


def session_cookie(headers: dict[str, str]) -> str:
    for part in headers.get("cookie", "").split(";"):
        name, _, value = part.strip().partition("=")
        if name == "JSESSIONID":
            return value
    return ""


def build_jsession(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "jsession"
    nav = [("首页", "/"), ("政府信息公开", INDEX), ("新闻中心", "/xwzx/index.html")]
    sid = stable_hex("jsession", county.pinyin, length=32).upper()
    urls: dict[str, str] = {}
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache-Coyote/1.1")
    by_unit: dict[str, list[Article]] = {}
    for unit in county.units:
        items = [a for a in arts if a.report.unit is unit]
        if unit.kind == "gov":
            items += kit.column_non_reports(county, noise)
        if items:
            by_unit[unit.code] = kit.newest_first(items)
    for code, items in by_unit.items():
        for art in items:
            n = stable_int("gkml-detail", county.pinyin, art.key, digits=7)
            kit.article_page(b, www, county, family, art, f"{DETAIL}?id={n}", nav=nav, column="政府信息公开目录-年度报告",
                         index_no=f"{code}/{art.day:%Y}-{n % 100000:05d}", report_urls=urls)
    units = {u.code: u for u in county.units}

    def encode(path_and_query: str, rewrite: bool) -> str:
        """The servlet's encodeURL: the session id as a path parameter unless the client sent the cookie."""
        if not rewrite:
            return path_and_query
        path, sep, query = path_and_query.partition("?")
        return f"{path};jsessionid={sid}{sep}{query}"

    def list_href(code: str, n: int, rewrite: bool) -> str:
        return encode(f"{LIST}?unitId={code}&catId=ndbg" + (f"&pageNo={n}" if n > 1 else ""), rewrite)

    def directory(rewrite: bool) -> bytes:
        blocks = []
        for title, kinds in KINDS:
            rows = "".join(f'<li><span>{esc(units[c].name)}</span> <a href="{esc(list_href(c, 1, rewrite))}">年度报告</a>'
                           "</li>" for c in by_unit if units[c].kind in kinds)
            blocks.append(f'<div class="unit-group"><h3>{title}</h3><ul>{rows}</ul></div>')
        return page(county, family, "政府信息公开目录", "".join(blocks), column="政府信息公开目录", nav=nav,
                    host=www.host).encode()

    def entry(method, query, headers, body):
        cookie_ok = session_cookie(headers) == sid
        hdrs = () if cookie_ok else (("Set-Cookie", f"JSESSIONID={sid}; Path=/gkml; HttpOnly"),)
        return Page(directory(not cookie_ok), SITE_DATE, role="section", ignores_query=False, extra_headers=hdrs)

    def unit_list(url_session: bool):
        def handler(method, query, headers, body):
            cookie_ok = session_cookie(headers) == sid
            code = query.get("unitId", "")
            if not (cookie_ok or url_session):
                return Page(b"<html><body>session timeout</body></html>", SITE_DATE, status=302, location=INDEX,
                            role="redirect")
            if code not in by_unit or query.get("catId") != "ndbg":
                return Page(page(county, family, "政府信息公开目录", '<p class="tip">暂无信息</p>', nav=nav,
                                 host=www.host).encode(), SITE_DATE, role="list", ignores_query=False)
            chunks = paginate(by_unit[code], PAGE_SIZE)
            n = int(query.get("pageNo", "1")) if query.get("pageNo", "1").isdigit() else 1
            chunk = chunks[n - 1] if 1 <= n <= len(chunks) else []
            rewrite = not cookie_ok
            pager = (f'<div class="page">共{len(by_unit[code])}条 第{n}/{len(chunks)}页 '
                     + (f'<a href="{esc(list_href(code, n - 1, rewrite))}">上一页</a> ' if n > 1 else "")
                     + (f'<a href="{esc(list_href(code, n + 1, rewrite))}">下一页</a> ' if n < len(chunks) else "")
                     + f'<a href="{esc(list_href(code, len(chunks), rewrite))}">尾页</a></div>')
            main = (f'<h2>{esc(units[code].name)} - 年度报告</h2>'
                    + kit.link_list(chunk, href=lambda a: a.url.split(www.host, 1)[1]) + pager)
            return Page(page(county, family, f"{units[code].name}-年度报告", main, column="政府信息公开目录", nav=nav,
                             host=www.host).encode(), b.list_date(chunk), role="list", ignores_query=False)
        return handler

    www.dynamic[INDEX] = entry
    www.dynamic[f"{INDEX};jsessionid={sid}"] = entry
    www.dynamic[LIST] = unit_list(False)
    www.dynamic[f"{LIST};jsessionid={sid}"] = unit_list(True)
    b.pages[f"http://{www.host}{INDEX}"] = "section"
    for code, items in by_unit.items():   # what a client without the cookie is given: the rewritten addresses
        for n in range(1, len(paginate(items, PAGE_SIZE)) + 1):
            b.pages[f"http://{www.host}{list_href(code, n, True)}"] = "list"
    def news_path(art: Article) -> str:
        return f"/xwzx/{art.day:%Y%m}/{stable_int('js-news', art.key)}.html"

    news = kit.news_center(b, www, county, family, noise, nav=nav, label="新闻中心", list_path="/xwzx/index.html",
                           article_path=news_path)
    for art in noise["guide"]:   # linked from the home page, not from the news list
        kit.article_page(b, www, county, family, art, news_path(art), nav=nav, column="新闻中心", index_no=art.key)
    gov = next(c for c in by_unit if units[c].kind == "gov")
    home = (f'{kit.focus_box(news)}{kit.report_box([kit.newest_gov_report(by_unit[gov])])}'
            f'<div class="zn">{kit.link_list(noise["guide"])}</div>')
    kit.home_page(b, www, county, family, home, nav=nav)
    return urls
