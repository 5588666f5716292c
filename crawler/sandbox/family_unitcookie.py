"""A county portal whose 年报 column serves one address for every unit and picks the unit by a cookie: the column's
unit menu runs `setUnit('<code>')`, which writes `xxgk_unit=<code>` into document.cookie and reloads the page; the
server answers /xxgk/nb/index.html with the list of the unit the cookie names (the government's own list when there
is none), so every department's and township's report is named only by an answer to a request that carries the
cookie (held out of tuning, eighteenth round).

Modelled on https://hlbaoqing.gov.cn/bq/1263/202403/c07_5894.shtml (宝清: a 公开目录 of 县政府信息, 县直单位信息 and
乡(镇)信息 with 单位检索 over 29 units) and http://www.nbjb.gov.cn/col/col1229214366/index.html (宁波江北: 部门目录, one
column per department). Keeping the chosen unit in a cookie (the session state of older ASP.NET and JSP 信息公开
systems) is this family's choice; the cited pages do not show it. Unlike cookieloop (an anti-bot cookie set by
redirects, the same page for everyone once set), jsession (a session id in the URL) or unitselect (a unit chosen
by a form whose values go in the query), the unit's list has no address of its own: the same URL answers
differently by the cookie a script set.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the 年报
  column), /xxgk/nb/index.html (the unit menu; the list of the cookie's unit), articles
  /xxgk/nb/<unit code>/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

FOLDER = "/xxgk/nb/"
COOKIE = "xxgk_unit"
OWN = "000"   # the government's own list: what the column answers without the cookie

SET_UNIT = f"""<script type="text/javascript">
function setUnit(code) {{
  document.cookie = "{COOKIE}=" + code + "; path=/";
  window.location.reload();
}}
</script>"""


def unit_cookie(headers: dict[str, str]) -> str:
    for part in headers.get("cookie", "").split(";"):
        name, _, value = part.strip().partition("=")
        if name == COOKIE:
            return value
    return OWN


def build_unitcookie(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "unitcookie"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Microsoft-IIS/7.5")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)
    lists: dict[str, list] = {OWN: kit.column_non_reports(county, noise)}
    names = {OWN: f"{county.gov_name}"}
    units = sorted({a.report.unit.key: a.report.unit for a in arts if a.report.unit.kind != "gov"}.items())
    codes = {key: f"{n + 1:03d}" for n, (key, _) in enumerate(units)}
    for key, unit in units:
        names[codes[key]] = unit.name
    for art in arts:
        code = codes.get(art.report.unit.key, OWN)
        lists.setdefault(code, []).append(art)
    answers: dict[str, bytes] = {}
    menu = "".join(f'<li><a href="javascript:void(0)" onclick="setUnit(\'{code}\')">{esc(name)}</a></li>'
                   for code, name in names.items())
    for code, items in lists.items():
        items[:] = kit.newest_first(items)
        for art in items:
            doc_id = stable_int("uk-art", county.pinyin, art.key, digits=6)
            kit.article_page(b, www, county, family, art, kit.trs_path(f"{FOLDER}{code}/", art.day, doc_id),
                             nav=nav, column="政府信息公开年报", needs_browser=art is not newest and code != OWN,
                             index_no=kit.site_index_no(county, art, doc_id), report_urls=urls)
        main = (f'<h2>政府信息公开年报</h2><ul class="units">{menu}</ul>'
                f'<h3>{esc(names[code])}</h3>{kit.link_list(items)}')
        answers[code] = page(county, family, "政府信息公开年报", main, column="政府信息公开年报", nav=nav,
                             host=www.host, scripts=SET_UNIT).encode()
    every = [a for items in lists.values() for a in items]
    column = b.html_page(www, f"{FOLDER}index.html", answers[OWN].decode(), b.list_date(every), "list")

    def column_handler(method, query, headers, body):
        return Page(answers.get(unit_cookie(headers), answers[OWN]), column.last_modified, column.content_type,
                    role="list")

    www.dynamic[f"{FOLDER}index.html"] = column_handler
    b.cookie_pages += [{"url": f"http://{www.host}{FOLDER}index.html", "cookie": f"{COOKIE}={code}"}
                       for code in lists if code != OWN]
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav,
                            reports_href=f"{FOLDER}index.html", news_salt="uk-news")
    return urls
