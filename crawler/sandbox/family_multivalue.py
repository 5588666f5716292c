"""A county portal whose 政府信息公开年报 list is one action of its Java 信息公开 application that takes the kinds of unit to
list as a repeated query parameter: the 政务公开 page links it as `/xxgk/nb/list.do?dwlx=bj&dwlx=bm&dwlx=xz` (单位类型:
本级, 部门, 乡镇), and the action reads every value of `dwlx` (the servlet API's `getParameterValues("dwlx")`, Spring's
`@RequestParam List<String> dwlx`), listing the reports of each kind named, in any order. Asked with one of the values,
it lists that kind only (`?dwlx=bj`: the county's own reports, the column's other entries beside them), and without
`dwlx` it lists the county's own, its default; a value it does not know is an error (404). A browser sends the link's
query as written; a client that keeps one value of a repeated parameter (reading the query into a map, as URL
normalisers that drop duplicate keys do) asks for one kind and never sees the departments' or the 乡镇' reports. The
list names every unit's reports of every year, the years before 2019 included; no other page links a report but the
home page's newest (held out of tuning, seventy-fourth round).

Modelled on http://www.zwinkt.com/zwgk/art/2018/2/28/art_46355_1634538 (a copy of 泰州市人民政府's 2017 report: a
Jiangsu portal on 大汉 JCMS, articles at `/art/<Y>/<M>/<D>/art_<column>_<id>.html`, 索引号 and 分类 政府信息公开年报) and
http://www.9vfox.com/jrswj/bmxxgknb/201805/d2d3c9e3bf454ed2a9313a71b5cadeb9.shtml (a copy of a 句容市 department's 2017
report in a 部门信息公开年报 column: a Jiangsu unit's report of the years before 2019); the repeated parameter is how
the Java Servlet API hands a form's or link's several values of one name to an action (`getParameterValues`), the
way a GET form of checked checkboxes sends them. The address scheme is the cited pages'; the list action, its
parameter and values, and its answers are this family's choice (the cited pages are text; they show no query).
Unlike rawquery (a server that compares the query string as written, so that any other spelling is not found) or
bracketquery (`name[]` array syntax), the query here may be reordered or re-escaped freely: what is lost is every value
of `dwlx` but one.

- www.X.gov.cn (Apache-Coyote/1.1): home (news; the government's newest report), 新闻中心 (/xwzx/), 政务公开
  (/zwgk/index.html: the guide and the link to the list), the list /xxgk/nb/list.do?dwlx=bj&dwlx=bm&dwlx=xz (any
  order, any subset of the values; none: bj), articles /art/<Y>/<M>/<D>/art_<column>_<id>.html.
"""

from __future__ import annotations

from itertools import combinations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

KINDS = {"bj": "本级", "bm": "部门", "xz": "乡镇"}
LIST = "/xxgk/nb/list.do"
PARAM = "dwlx"
LINKED = f"{LIST}?" + "&".join(f"{PARAM}={key}" for key in KINDS)   # what the 政务公开 page links: every kind


def kind_of(art) -> str:
    """Which `dwlx` lists an entry: a report's unit's kind; the column's other entries go with the county's own."""
    return kit.unit_kind_key(art.report.unit.kind, tuple(KINDS)) if art.report else "bj"


def build_multivalue(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "multivalue"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache-Coyote/1.1")
    column = stable_int("mv-col", county.pinyin, digits=5)
    items, urls = kit.report_column_pages(
        b, www, county, family, arts, noise, nav=nav,
        path=lambda art: kit.jcms_path(column, art.day, stable_int("mv-art", county.pinyin, art.key, digits=7)))
    label = "政府信息公开年报"
    for size in range(1, len(KINDS) + 1):
        for keys in combinations(KINDS, size):
            listed = [a for a in items if kind_of(a) in keys]
            query = "&".join(f"{PARAM}={key}" for key in keys)
            if keys == tuple(KINDS):   # the linked list: a page of the portal
                kit.report_list_page(b, www, county, family, LINKED, label, kit.link_list(listed), listed, nav=nav)
                continue
            html = page(county, family, label, f"<h2>{label}</h2>{kit.link_list(listed)}", column=label, nav=nav,
                        host=www.host)
            www.add(f"{LIST}?{query}", Page(html.encode(), b.list_date(listed), "text/html; charset=utf-8",
                                            ignores_query=False, role="list"))
            if keys == ("bj",):   # no `dwlx`: the action's default, the county's own
                www.add(LIST, Page(html.encode(), b.list_date(listed), "text/html; charset=utf-8",
                                   ignores_query=False, role="list"))
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(arts), nav=nav,
                            reports_href=esc(LINKED), news_salt="mv-news")
    return urls
