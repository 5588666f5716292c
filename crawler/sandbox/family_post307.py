"""A county portal whose 政府信息公开年报 column is a query form whose action moved: the form on the column page still
POSTs to the old application path `/zwgk/nbcx/query.action`, and the server answers that POST with `307 Temporary
Redirect` to the new path `/gkpt/nbcx/list.action` (the application was redeployed under another context), a
redirect that obliges the client to repeat the same method with the same body (RFC 9110 section 15.4.8). The new
path answers the POSTed form (年度, 单位类别) with the list of matching reports; a GET of it answers 405, and a POST
without the form's fields 400, so a client that turns the redirected POST into a GET (as clients do for 301/302/303)
or drops the body gets no list. Submitting the form unchanged (全部, 全部) lists every unit's reports of every year,
the years before 2019 included; no page links a report but the home page's newest (held out of tuning, forty-eighth
round).

Modelled on http://www.shanxi.gov.cn/zfxxgk/zfxxgkzl/zfxxgknb/201803/t20180330_6670096.shtml (山西省's 2017 report,
summing up its cities' and departments' reports, in a 政府信息公开年报 column: a Shanxi report of the years before
2019). The form, the moved context and the 307 are this family's choice (the cited page is text; a load balancer or
Tomcat rewrite that sends 307 for a moved context keeps a form's POST working in browsers). Unlike seeother (a POST
answered with 303 to a GET results page), gkmlsearch (a POST answered with the list itself), postback (a postback
answered with 302) or redirchain (GET redirects), the list is the answer to a POST repeated, body and all, at the
address a 307 names.

- www.X.gov.cn (Apache-Coyote/1.1): home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide
  and the column), the column /zwgk/nbcx/index.html (the form), POST /zwgk/nbcx/query.action → 307 →
  POST /gkpt/nbcx/list.action (the reports of that year and kind), articles /gkpt/nb/<key>/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from urllib.parse import parse_qsl

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

KINDS = {"xzf": "县政府", "bm": "县直部门", "xz": "乡镇"}
LABEL = "政府信息公开年报"
SERVER = "Apache-Coyote/1.1"
COLUMN = "/zwgk/nbcx/index.html"
QUERY = "/zwgk/nbcx/query.action"
LIST = "/gkpt/nbcx/list.action"
ALL = ""                          # the value of each select's 全部 option
FORM = "application/x-www-form-urlencoded"


def query_form(years: list[int]) -> str:
    year_options = "".join(f'<option value="{y}">{y}年</option>' for y in years)
    kind_options = "".join(f'<option value="{k}">{esc(n)}</option>' for k, n in KINDS.items())
    return (f'<form class="nbcx" method="post" action="{QUERY}">'
            f'年度：<select name="nd"><option value="{ALL}">全部</option>{year_options}</select> '
            f'单位类别：<select name="lb"><option value="{ALL}">全部</option>{kind_options}</select> '
            '<input type="submit" value="查询"></form>')


def build_post307(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "post307"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server=SERVER)
    urls: dict[str, str] = {}
    columns = kit.unit_kind_columns(county, arts, noise, tuple(KINDS))   # 解读 and look-alikes with 县政府's
    kind_of: dict[str, str] = {}
    for key, listed in columns.items():
        for art in listed:
            doc_id = stable_int("p307-art", county.pinyin, key, art.key, digits=7)
            kit.article_page(b, www, county, family, art, kit.trs_path(f"/gkpt/nb/{key}/", art.day, doc_id),
                             nav=nav, column=LABEL, index_no=kit.site_index_no(county, art, doc_id % 100000),
                             report_urls=urls)
            kind_of[art.key] = key
    items = [a for listed in columns.values() for a in listed]
    years = sorted({kit.entry_year(a) for a in items}, reverse=True)

    def results(year: str, kind: str) -> bytes:
        found: list[Article] = kit.newest_first([a for a in items if year in (ALL, str(kit.entry_year(a)))
                                                 and kind in (ALL, kind_of[a.key])])
        listing = kit.link_list(found) if found else '<p class="tip">暂无符合条件的信息</p>'
        return page(county, family, f"{LABEL}查询结果", f"<h2>{LABEL}查询结果</h2>{listing}", column=LABEL, nav=nav,
                    host=www.host).encode()

    def moved(method: str, fields: dict, headers: dict, body: bytes) -> Page:
        if method != "POST":
            return Page(b"<html><body><h1>HTTP Status 405 - Method Not Allowed</h1></body></html>", SITE_DATE,
                        "text/html;charset=utf-8", status=405, role="error", extra_headers=(("Allow", "POST"),))
        return Page(b"", SITE_DATE, "text/html", status=307, location=LIST, role="redirect")

    def listed(method: str, fields: dict, headers: dict, body: bytes) -> Page:
        if method != "POST":
            return Page(b"<html><body><h1>HTTP Status 405 - Method Not Allowed</h1></body></html>", SITE_DATE,
                        "text/html;charset=utf-8", status=405, role="error", extra_headers=(("Allow", "POST"),))
        form = dict(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))
        if "nd" not in form or "lb" not in form:
            return Page("<html><body><h1>HTTP Status 400 - 查询条件不完整</h1></body></html>".encode(), SITE_DATE,
                        "text/html;charset=utf-8", status=400, role="error")
        return Page(results(form["nd"], form["lb"]), SITE_DATE, role="list")

    www.dynamic[QUERY] = moved
    www.dynamic[LIST] = listed
    b.post_pages.append({"url": f"http://{www.host}{QUERY}", "body": "nd=&lb=", "content_type": FORM, "status": 307})
    b.post_pages.append({"url": f"http://{www.host}{LIST}", "body": "nd=&lb=", "content_type": FORM})
    b.html_page(www, COLUMN, page(county, family, LABEL, f"<h2>{LABEL}</h2>{query_form(years)}", column=LABEL,
                                  nav=nav, host=www.host), SITE_DATE, "list")
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(arts), nav=nav,
                            reports_href=COLUMN, news_salt="p307-news")
    return urls
