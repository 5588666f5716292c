"""A county portal whose 政府信息公开年报 page has a tab per unit: only the government's tab is drawn; every
department's and township's list waits in a `<script type="text/html" id="tpl-<unit>">` template that the tab's
click copies into the page, so their reports are named only inside script templates (held out of tuning, tenth
round).

Modelled on http://www.nbjb.gov.cn/col/col1229214366/index.html (宁波江北: a 政府信息公开 page with a 部门目录 of units,
each unit's entries shown in the page's content area when chosen) and
http://www.np.gov.cn/cms/html/npszf/2013-01-25/1779102018.html (南平: a report of a city's units, `/cms/html/<site>/
<date>/<id>.html`). That the hidden tabs are client-side templates (art-template / underscore style
`<script type="text/html">` blocks, common on portals rebuilt in the 2010s) is this family's choice; the cited pages do
not show it. Unlike yeartabs (tabs by year, each list in a hidden `<div>`), unitselect and jumpmenu (a `<select>` of
units) and docwrite (an inline JS array), the lists are ready HTML, but inside a script element a browser never draws
until the tab is clicked.

- www.X.gov.cn: home (news; one static link, the government's newest report), 政务公开 (/zwgk/index.html: the guide,
  the 年报 page), /zwgk/xxgknb/index.html (the tabs, the government's list drawn with 解读 and look-alikes, a template
  per other unit), /cms/html/<site>/<YYYY-MM-DD>/<id>.html (each entry).
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

NB = "/zwgk/xxgknb/index.html"
TAB_SCRIPT = """<script type="text/javascript">
function showTab(tab) {
  var tabs = document.querySelectorAll("#nbTabs li");
  for (var i = 0; i < tabs.length; i++) tabs[i].className = "";
  tab.className = "on";
  var tpl = document.getElementById(tab.getAttribute("data-tpl"));
  document.getElementById("tabBody").innerHTML = tpl ? tpl.innerHTML : "";
}
</script>"""


def build_tpltabs(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "tpltabs"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx/1.12.2")
    urls: dict[str, str] = {}
    site_code = county.pinyin + "zf"

    def path(art) -> str:
        return f"/cms/html/{site_code}/{art.day.isoformat()}/{stable_int('tt-art', county.pinyin, art.key, digits=10)}.html"

    own = kit.newest_first([a for a in arts if a.report.unit.kind in ("gov", "office")]
                           + kit.column_non_reports(county, noise))
    everything = own + [a for a in arts if a.report.unit.kind not in ("gov", "office")]
    kit.column_pages(b, www, county, family, everything, urls, nav=nav, path=path)
    tabs = ['<li class="on" data-tpl="tpl-own" onclick="showTab(this)">本级</li>']
    templates = [f'<script type="text/html" id="tpl-own">{kit.link_list(own)}</script>']
    for unit in county.units:
        items = kit.newest_first([a for a in arts if a.report.unit is unit and unit.kind not in ("gov", "office")])
        if not items:
            continue
        tabs.append(f'<li data-tpl="tpl-{unit.slug}" onclick="showTab(this)">{esc(unit.name)}</li>')
        templates.append(f'<script type="text/html" id="tpl-{unit.slug}">{kit.link_list(items)}</script>')
    main = (f'<ul class="tabs" id="nbTabs">{"".join(tabs)}</ul><div class="tab-body" id="tabBody">'
            f'{kit.link_list(own)}</div>{"".join(templates)}')
    b.html_page(www, NB, page(county, family, "政府信息公开年报", main, column="政府信息公开年报", nav=nav,
                              host=www.host, scripts=TAB_SCRIPT), b.list_date(everything), "list")
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(arts), nav=nav,
                            reports_href=NB, news_salt="tt-news")
    return urls
