"""A district portal whose 政府信息公开年报 column is a query form of a Spring MVC application, answered by
POST-redirect-GET: the column page holds only the form (年度 and 单位类别 `<select>`s, POST to
/zwgk/zfxxgknb/query.do), the server answers the POST with `303 See Other` and an empty body, and the Location
names the results page /zwgk/zfxxgknb/result.do?qid=<id> — an opaque id of the query — which lists the matching
reports. No page links a results page; its address is written only in the 303's Location. Submitting the form
unchanged (全部, 全部) leads to every unit's reports of every year, the years before 2019 included; a GET of the
form's action answers 405 (held out of tuning, forty-second round).

Modelled on https://www.haizhu.gov.cn/zwgk/zfxxgknb/jd/content/post_5414871.html (海珠区昌岗街道's 2018 report in the
district's 政府信息公开年报 column, under 街道: a Guangdong report of the years before 2019, by kind of unit) and
https://www.szgm.gov.cn/xxgk/zfxxgkgzndbg/qgbmxxgknb/content/post_11972213.html (光明区凤凰街道's 2024 report under
区各部门信息公开年报). The query form, the 303 and the opaque result ids are this family's choice (the cited pages
are text; POST-redirect-GET is how Spring MVC's `redirect:` and many .do search actions answer a form). Unlike
gkmlsearch (a POST answered with the list itself), postback (an ASP.NET postback answered with 302 to one article),
or formaction and checkform (GET forms whose query a client can build from the page), the list's address is named
only by the redirect that answers the POST.

- www.X.gov.cn (Apache-Coyote/1.1): home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide
  and the column), the column /zwgk/zfxxgknb/index.html (the form), POST /zwgk/zfxxgknb/query.do (year, kind) →
  303 → /zwgk/zfxxgknb/result.do?qid=<16 hex> (the reports of that year and kind, newest first), articles
  /zwgk/zfxxgknb/<key>/content/post_<id>.html.
"""

from __future__ import annotations

from urllib.parse import parse_qsl

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County, stable_hex, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

KINDS = {"qzf": "区政府", "bm": "区直部门", "jd": "镇（街道）"}
LABEL = "政府信息公开年报"
SERVER = "Apache-Coyote/1.1"
COLUMN = "/zwgk/zfxxgknb/index.html"
QUERY = "/zwgk/zfxxgknb/query.do"
RESULT = "/zwgk/zfxxgknb/result.do"
ALL = ""                          # the value of each select's 全部 option


def result_id(county: County, year: str, kind: str) -> str:
    """The opaque id the server gives the query (year, kind): what the 303's Location names."""
    return stable_hex("so-qid", county.pinyin, year, kind, length=16)


def query_form(years: list[int]) -> str:
    year_options = "".join(f'<option value="{y}">{y}年</option>' for y in years)
    kind_options = "".join(f'<option value="{k}">{esc(n)}</option>' for k, n in KINDS.items())
    return (f'<form class="nbquery" method="post" action="{QUERY}">'
            f'年度：<select name="year"><option value="{ALL}">全部</option>{year_options}</select> '
            f'单位类别：<select name="kind"><option value="{ALL}">全部</option>{kind_options}</select> '
            '<input type="submit" value="查询"></form>')


def build_seeother(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "seeother"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server=SERVER)
    urls: dict[str, str] = {}
    columns = kit.unit_kind_columns(county, arts, noise, tuple(KINDS))   # 解读 and look-alikes with 区政府's
    kind_of: dict[str, str] = {}
    for key, listed in columns.items():
        for art in listed:
            doc_id = stable_int("so-art", county.pinyin, key, art.key, digits=7)
            kit.article_page(b, www, county, family, art, f"/zwgk/zfxxgknb/{key}/content/post_{doc_id}.html",
                             nav=nav, column=LABEL, index_no=kit.site_index_no(county, art, doc_id % 100000),
                             report_urls=urls)
            kind_of[art.key] = key
    items = [a for listed in columns.values() for a in listed]
    years = sorted({kit.entry_year(a) for a in items}, reverse=True)
    queries = {(y, k) for y in [ALL, *map(str, years)] for k in [ALL, *KINDS]}
    for year, kind in sorted(queries):
        found: list[Article] = kit.newest_first([a for a in items if year in (ALL, str(kit.entry_year(a)))
                                                 and kind in (ALL, kind_of[a.key])])
        listing = kit.link_list(found) if found else '<p class="tip">暂无符合条件的信息</p>'
        text = page(county, family, f"{LABEL}查询结果", f"<h2>{LABEL}查询结果</h2>{listing}", column=LABEL, nav=nav,
                    host=www.host)
        b.html_page(www, f"{RESULT}?qid={result_id(county, year, kind)}", text,
                    b.list_date(found) if found else SITE_DATE, "list", ignores_query=False)

    def query(method: str, fields: dict, headers: dict, body: bytes) -> Page:
        if method != "POST":
            return Page(b"<html><body><h1>HTTP Status 405 - Request method 'GET' not supported</h1></body></html>",
                        SITE_DATE, "text/html;charset=utf-8", status=405, role="error",
                        extra_headers=(("Allow", "POST"),))
        form = dict(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))
        chosen = (form.get("year", ALL), form.get("kind", ALL))
        target = f"{RESULT}?qid={result_id(county, *chosen)}" if chosen in queries else COLUMN
        return Page(b"", SITE_DATE, "text/html", status=303, location=target, role="redirect")

    www.dynamic[QUERY] = query
    b.post_pages.append({"url": f"http://{www.host}{QUERY}", "body": "year=&kind=",
                         "content_type": "application/x-www-form-urlencoded", "status": 303})
    b.html_page(www, COLUMN, page(county, family, LABEL, f"<h2>{LABEL}</h2>{query_form(years)}", column=LABEL,
                                  nav=nav, host=www.host), SITE_DATE, "list")
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(arts), nav=nav,
                            reports_href=COLUMN, news_salt="so-news")
    return urls
