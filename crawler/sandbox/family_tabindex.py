"""A county portal whose 政府信息公开年报 column is one page of tabs (县政府 | 县直部门 | 乡镇（街道）) whose lists are
named by the tabs' positions: the tabs are bare `<li>` text (no link, no id, no data attribute), and the script gives
each tab a click handler that loads `/xxgk/nb/tab_<position>.html` (0, 1, 2) into the box below; the first tab's list
is in the page as served. So the departments' and townships' reports are named only by list fragments whose address
a script composes from a tab's index among its siblings, as the common jQuery tab idiom (`$(this).index()`) does
(held out of tuning, twenty-third round).

Modelled on http://www.nanxian.gov.cn/jc_nx/187/195/content_16189.html (南县: a 局's report-like article filed in
a 公开领域 category, `/<site>/<category>/<sub>/content_<id>.html`), http://www.nbjb.gov.cn/col/col1229214366/
index.html (宁波江北: 政府信息公开 lists split by kind of unit, 部门 and 乡镇街道) and
https://www.np.gov.cn/cms/html/npszf/2013-01-25/1779102018.html (南平: every year's reports, a 2012 one among them).
Tabs whose list addresses are their positions are this family's choice; the cited pages show the split by kind of
unit, not the tabs. Unlike tpltabs (the lists in script templates), yeartabs (inline JSON) or homewidget (a JSON
answer's moreUrl), no page, attribute or JSON holds the other tabs' addresses or their reports'.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the 年报
  column), /xxgk/nb/index.html (the tabs; the government's list), /xxgk/nb/tab_<0|1|2>.html (the tabs' lists),
  articles /xxgk/nb/content_<id>.html.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

COLUMN = "/xxgk/nb/index.html"
LABEL = "政府信息公开年报"
# tab label and the kinds of unit whose reports it lists (the government's tab also the column's non-reports; its
# 办公室 is one of the 县直部门)
TABS = (("县政府", ("gov",)), ("县直部门", ("office", "department")), ("乡镇（街道）", ("township", "zone")))
ON = ' class="on"'
SCRIPT = """<script>
var box = document.getElementById("nbBox");
document.querySelectorAll("#nbTabs li").forEach(function (tab, i) {
  tab.onclick = function () {   // the tab's position among its siblings names its list
    document.querySelectorAll("#nbTabs li").forEach(function (t) { t.className = t === tab ? "on" : ""; });
    fetch("/xxgk/nb/tab_" + i + ".html").then(function (r) { return r.text(); })
      .then(function (html) { box.innerHTML = html; });
  };
});
</script>"""


def tab_path(position: int) -> str:
    return f"/xxgk/nb/tab_{position}.html"


def build_tabindex(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "tabindex"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Microsoft-IIS/8.5")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)
    items = kit.report_column(county, arts, noise)
    lists: list[list[Article]] = [[a for a in items if (a.report.unit.kind if a.report else "gov") in kinds]
                                  for _, kinds in TABS]
    for position, listed in enumerate(lists):
        for art in listed:
            doc_id = stable_int("ti-art", county.pinyin, art.key, digits=7)
            kit.article_page(b, www, county, family, art, f"/xxgk/nb/content_{doc_id}.html", nav=nav, column=LABEL,
                             needs_browser=position > 0, index_no=kit.site_index_no(county, art, doc_id),
                             report_urls=urls)
        b.html_page(www, tab_path(position), kit.link_list(listed), b.list_date(listed), "list")
    tabs = "".join(f"<li{ON if i == 0 else ''}>{label}</li>" for i, (label, _) in enumerate(TABS))
    main = f'<h2>{LABEL}</h2><ul id="nbTabs">{tabs}</ul><div id="nbBox">{kit.link_list(lists[0])}</div>'
    b.html_page(www, COLUMN, page(county, family, LABEL, main + SCRIPT, column=LABEL, nav=nav, host=www.host),
                b.list_date(items), "list")
    news = kit.trs_guide_and_news(b, www, county, family, noise, nav=nav, reports_href=COLUMN, news_salt="ti-news")
    kit.news_and_report_home(b, www, county, family, news, newest, nav=nav)
    return urls
