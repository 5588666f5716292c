"""A county portal whose 政府信息公开年报 lists (本级, 部门, 乡镇 tabs) come from a list action that answers only
requests made by a script: `/zwgk/xxgknb/list.do?type=<tab>&pageNo=1` serves its rows to a request carrying
`X-Requested-With: XMLHttpRequest` (what jQuery's `$.ajax`/`$.get` send) and answers anything else with a 403
"非法请求" page, a guard Java CMSs put on their fragment actions against scraping and direct hits (held out of
tuning, eleventh round).

Modelled on http://www.nbjb.gov.cn/col/col1229214366/index.html (宁波江北: 政府信息公开 → 部门目录 → 部门政务公开, per-unit
disclosure lists drawn into a column page) and https://www.np.gov.cn/cms/html/npszf/2013-01-25/1779102018.html
(南平: a report of 2012 in the portal's CMS, `/cms/html/<site>/<date>/<id>.html`). The header guard (Spring
interceptors and Struts filters testing `X-Requested-With`: https://blog.csdn.net/jokeMqc/article/details/78739677
shows the server-side `request.getHeader("x-requested-with")` test, http://mzph.cn/news/703932.shtml its use "to
identify and block requests not made through the normal interface") is this family's choice; the cited gov.cn pages
do not show it. Unlike ajax/jsonly (a JSON interface any client may fetch) and postpager (a form
POST), the list's address is plain in the page and a plain GET of it fails: only a request that says it is a script's
is answered.

- www.X.gov.cn: home (news; one static link, the government's newest report), 政务公开 (/zwgk/index.html: the guide,
  the 年报 column), /zwgk/xxgknb/index.html (three tabs, an empty list and the `$.get` loader),
  /zwgk/xxgknb/list.do?type=bj|bm|xz&pageNo=1 (the guarded list fragments), the reports at
  /cms/html/<site>/<YYYY-MM-DD>/<id>.html.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

COLUMN = "/zwgk/xxgknb/index.html"
LIST = "/zwgk/xxgknb/list.do"
TABS = {"bj": "本级政府信息公开年报", "bm": "部门政府信息公开年报", "xz": "乡镇政府信息公开年报"}
FORBIDDEN = ('<html><head><meta charset="utf-8"><title>403</title></head><body><h1>非法请求</h1>'
             "<p>请通过页面正常访问。</p></body></html>").encode()
LOADER = f"""<script type="text/javascript">
function loadTab(type) {{
  // jQuery's $.get sends X-Requested-With: XMLHttpRequest; the list action answers nothing else
  $.get("{LIST}", {{type: type, pageNo: 1}}, function (html) {{ $("#nbList").html(html); }});
}}
$(function () {{
  $(".tabs li").click(function () {{ $(".tabs li").removeClass("on"); $(this).addClass("on"); loadTab($(this).data("type")); }});
  loadTab("bj");
}});
</script>"""


def fragment(items: list[Article]) -> str:
    """The list action's answer: bare rows, no page around them."""
    return "".join(f'<li><a href="{esc(a.url)}" target="_blank" title="{esc(a.title)}">{esc(a.title)}</a>'
                   f'<span class="date">{a.date_text}</span></li>' for a in items)


def build_xhrheader(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "xhrheader"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache-Coyote/1.1")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)   # linked from the home; every other report only through the script

    def doc_id(key, art):
        return stable_int("xh-art", county.pinyin, art.key, digits=10)

    site_code = f"{county.pinyin}zf"
    groups = kit.unit_kind_report_columns(
        b, www, county, family, arts, noise, TABS, urls, nav=nav, scripted_except=newest, serial=doc_id,
        path=lambda key, art: f"/cms/html/{site_code}/{art.day:%Y-%m-%d}/{doc_id(key, art)}.html")

    def list_action(method, query, headers, body):
        items = groups.get(query.get("type", ""))
        if items is None or query.get("pageNo", "1") != "1":
            return None
        if headers.get("x-requested-with", "").lower() != "xmlhttprequest":
            return Page(FORBIDDEN, SITE_DATE, status=403, role="list", ignores_query=False)
        return Page(fragment(items).encode(), b.list_date(items), role="list", ignores_query=False)

    www.dynamic[LIST] = list_action
    for key in TABS:
        b.pages[f"http://{www.host}{LIST}?type={key}&pageNo=1"] = "list"
    tabs = "".join(f'<li data-type="{key}" class="{"on" if key == "bj" else ""}">{label}</li>'
                   for key, label in TABS.items())
    main = f'<ul class="tabs">{tabs}</ul><ul class="list" id="nbList"></ul>'
    b.html_page(www, COLUMN, page(county, family, "政府信息公开年报", main, column="政府信息公开年报", nav=nav,
                                  host=www.host, scripts=LOADER), b.list_date(arts), "list")
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=COLUMN,
                            news_salt="xh-news")
    return urls
