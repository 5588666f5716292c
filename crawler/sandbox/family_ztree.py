"""A 政府信息公开 platform whose unit directory is a zTree filled from a JSON tree fetched by GET (an Anhui
"openness" platform), held out of tuning.

Modelled on https://www.tl.gov.cn/openness/OpennessAnnualReport/show/9.html (铜陵市: 网站首页 > 政府信息公开 >
<unit> > 政府信息公开年报, reports /openness/OpennessAnnualReport/show/<id>.html), on
http://www.tltg.gov.cn/openness/OpennessAnnualReport/show/1888.html (铜官区: a 办事处's 2019 report, naming its
unit list /openness/OpennessContent/showList/1302/0/page_1.html, one numbered list per unit, page_<n>.html) and
on https://tljq.gov.cn/openness/OpennessAnnualReport/show/2396.html (郊区: a 乡's 2017 report on the same
platform). Its 机构 directory is the jQuery zTree such platforms ship: an empty `<ul class="ztree">` and an
async setting whose nodes come from a GET URL, one level at a time (a node's `url` becomes its link).

- www.X.gov.cn: home (news, 政府信息公开), /openness/index.html: the platform's front (指南, 制度, the county
  government's own 公开年报 list as a static link) with the unit tree `<ul id="orgTree" class="ztree">`.
- GET /openness/OpennessOrg/tree answers the tree's top level (本级, 县政府部门, 乡镇) as JSON nodes with
  `isParent`; GET /openness/OpennessOrg/tree?id=<node> answers a node's units, each with its `url`, the unit's
  年报 list /openness/OpennessAnnualReport/showList/<unit id>/page_1.html (static pager page_<n>.html, 下一页).
  No page links a department's or township's list: only the tree's JSON names them.
- The government's list holds its reports from 2008 on, its office's, 解读 and look-alikes.
"""

from __future__ import annotations

import json

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.common import paginate
from nianbao.crawler.sandbox.names import County, Unit, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

PAGE_SIZE = 8
TREE = "/openness/OpennessOrg/tree"
GROUPS = {"bj": "本级", "bm": "县政府部门", "xz": "乡镇（街道）"}
# the unit directory: a zTree that fetches every level by GET
TREE_SCRIPT = kit.ztree_script(TREE, "orgTree", post=False, data_setting="{simpleData: {enable: false}}")


def build_ztree(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "ztree"
    nav = [("首页", "/"), ("政府信息公开", "/openness/index.html"), ("新闻中心", "/news/index.html")]
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache-Coyote/1.1")
    urls: dict[str, str] = {}
    unit_id = {u.key: stable_int("oz-unit", county.pinyin, u.key, digits=4) for u in county.units}
    gov = next(u for u in county.units if u.kind == "gov")
    lists: dict[str, list[Article]] = {}
    for a in arts:   # the office reports in the government's list, as such platforms file them
        owner = gov if a.report.unit.kind == "office" else a.report.unit
        lists.setdefault(owner.key, []).append(a)
    lists[gov.key] += kit.column_non_reports(county, noise)

    def list_path(unit: Unit, n: int = 1) -> str:
        return f"/openness/OpennessAnnualReport/showList/{unit_id[unit.key]}/page_{n}.html"

    taken_ids: set[int] = set()

    def article_id(art: Article) -> int:
        """A 4-digit id as the platform prints them; the next free one where two articles' hashes meet (a county
        with many articles had two pages at one address), so a world without a collision keeps its bytes."""
        aid = stable_int("oz-art", county.pinyin, art.key, digits=4)
        while aid in taken_ids:
            aid += 1
        taken_ids.add(aid)
        return aid

    for unit in county.units:
        items = kit.newest_first(lists.get(unit.key, []))
        if not items and unit is not gov:
            continue
        for art in items:
            aid = article_id(art)
            kit.article_page(b, www, county, family, art, f"/openness/OpennessAnnualReport/show/{aid}.html", nav=nav,
                             column="政府信息公开年报", index_no=f"{unit.code[:9]}/{art.day:%Y%m}-{aid:05d}",
                             needs_browser=art.report is not None and unit is not gov, report_urls=urls)
        chunks = paginate(items, PAGE_SIZE)
        for n, chunk in enumerate(chunks, start=1):
            pager = ((f'<a href="{list_path(unit, n + 1)}">下一页</a> ' if n < len(chunks) else "")
                     + f'<a href="{list_path(unit, len(chunks))}">尾页</a> 共{len(chunks)}页')
            main = (f'<div class="crumb">政府信息公开 &gt; {esc(unit.name)} &gt; 政府信息公开年报</div>'
                    f'<div class="list">{kit.link_list(chunk)}<div class="page">{pager}</div></div>')
            b.html_page(www, list_path(unit, n), page(county, family, f"政府信息公开年报_{unit.name}", main,
                                                      column="政府信息公开年报", nav=nav, host=www.host),
                        b.list_date(chunk), "list")

    def node(unit: Unit) -> dict:
        return {"id": str(unit_id[unit.key]), "name": unit.name, "isParent": False, "url": list_path(unit)}

    top = [{"id": key, "name": name, "isParent": True} for key, name in GROUPS.items()]
    b.add(www, TREE, Page(json.dumps(top, ensure_ascii=False).encode(), SITE_DATE,
                          "application/json;charset=UTF-8", ignores_query=False), "api")
    for key in GROUPS:
        children = [node(u) for u in county.units
                    if kit.unit_kind_key(u.kind, tuple(GROUPS)) == key and (u.key in lists or u is gov)]
        b.add(www, f"{TREE}?id={key}", Page(json.dumps(children, ensure_ascii=False).encode(), SITE_DATE,
                                              "application/json;charset=UTF-8", ignores_query=False), "api")
    front = (f'<div class="gk-left"><h3>政府信息公开机构</h3><ul id="orgTree" class="ztree"></ul></div>'
             f'<div class="gk-right"><ul><li><a href="/openness/OpennessGuide/index.html">政府信息公开指南</a></li>'
             f'<li><a href="/openness/OpennessRule/index.html">政府信息公开制度</a></li>'
             f'<li><a href="{list_path(gov)}">公开年报</a></li></ul></div>')
    b.html_page(www, "/openness/index.html", page(county, family, "政府信息公开", front, column="政府信息公开", nav=nav,
                                                  scripts=TREE_SCRIPT, host=www.host),
                SITE_DATE, "section")
    for path, title in (("/openness/OpennessGuide/index.html", "政府信息公开指南"),
                        ("/openness/OpennessRule/index.html", "政府信息公开制度")):
        b.html_page(www, path, page(county, family, title, f"<h2>{title}</h2><p>{esc(county.gov_name)}{title}。</p>",
                                    nav=nav, host=www.host), SITE_DATE, "section")
    news = kit.news_items(county, noise, 3)
    kit.news_column(b, www, county, family, news, nav=nav, label="新闻中心", list_path="/news/index.html",
                    article_path=lambda art: f"/news/show/{stable_int(art.key, county.pinyin, digits=5)}.html")
    home = f'{kit.focus_box(news)}<div class="entry"><a href="/openness/index.html">政府信息公开</a></div>'
    kit.home_page(b, www, county, family, home, nav=nav)
    return urls
