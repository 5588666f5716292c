"""An ASP.NET 信息公开 platform on a `zmhd.` sub-host whose lists name each entry only by its id in an `onclick`
handler; the detail page's address is put together by a script function (`showDetail(id)`), so no list holds a
link to any report (an Inner Mongolia-style district platform), held out of tuning.

Modelled on http://zmhd.dsz.gov.cn/pages/xxgk/PublicDetail.aspx?id=100000000000438172&title= (东胜区: a 局's 2021
report on the district's 政民互动/信息公开 host `zmhd.`, served by an ASP.NET page from an 18-digit id and an empty
`title` parameter) and on the list pages of that kind of WebForms platform: rows `<a href="javascript:void(0);"
onclick="showDetail('<id>')">`, and one function in the page that opens `PublicDetail.aspx?id=` + id + `&title=`.

- www.X.gov.cn: home (news, and under 最新公开 one static link: the government's newest report), 信息公开 links to
  http://zmhd.X.gov.cn/pages/xxgk/Index.aspx (a sub-host the registry does not declare).
- zmhd: Index.aspx lists the units (static links) → PublicList.aspx?deptid=<code>&cate=ndbg, one list per unit
  (the government's holds its reports from 2008 on, its office's, 解读 and look-alikes), every row an onclick id.
- PublicDetail.aspx?id=<id>&title= answers the entry; an unknown id is a 404.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

DETAIL = "/pages/xxgk/PublicDetail.aspx"
DETAIL_SCRIPT = f"""<script type="text/javascript">
function showDetail(id) {{ window.open("{DETAIL}?id=" + id + "&title=", "_blank"); }}
</script>"""


def onclick_list(items: list[Article], ids: dict[str, int]) -> str:
    return ('<table class="gklist"><tr><th>标题</th><th>发布日期</th></tr>' + "".join(
        f'<tr><td><a href="javascript:void(0);" onclick="showDetail(\'{ids[a.key]}\')" title="{esc(a.title)}">'
        f'{esc(a.title)}</a></td><td>{a.date_text}</td></tr>' for a in items) + "</table>")


def build_onclickid(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "onclickid"
    zm = kit.sub_host(b, county, "zmhd", "Microsoft-IIS/7.5")
    index = f"http://{zm.host}/pages/xxgk/Index.aspx"
    nav = [("首页", f"http://{county.host}/"), ("信息公开", index), ("新闻中心", f"http://{county.host}/news/index.html")]
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Microsoft-IIS/7.5")
    urls: dict[str, str] = {}
    gov = next(u for u in county.units if u.kind == "gov")
    ids: dict[str, int] = {}
    lists: dict[str, list[Article]] = {}
    for a in arts:   # the office's reports in the government's list
        lists.setdefault(gov.key if a.report.unit.kind == "office" else a.report.unit.key, []).append(a)
    lists[gov.key] += kit.column_non_reports(county, noise)
    newest = kit.newest_gov_report(arts)
    rows = []
    for unit in county.units:
        items = kit.newest_first(lists.get(unit.key, []))
        if not items:
            continue
        for art in items:
            ids[art.key] = stable_int("zmhd", county.pinyin, art.key, digits=18)
            kit.article_page(b, zm, county, family, art, f"{DETAIL}?id={ids[art.key]}&title=", nav=nav,
                             column="年度报告", index_no=kit.unit_index_no(unit, art, ids[art.key], digits=4),
                             needs_browser=art.report is not None and art is not newest, report_urls=urls)
        list_path = f"/pages/xxgk/PublicList.aspx?deptid={unit.code}&cate=ndbg"
        b.html_page(zm, list_path, page(county, family, f"年度报告_{unit.name}", f"<h2>{esc(unit.name)} &gt; 年度报告"
                                        f"</h2>{onclick_list(items, ids)}", column="年度报告", nav=nav,
                                        scripts=DETAIL_SCRIPT, host=zm.host), b.list_date(items), "list")
        rows.append(f'<li><a href="{esc(list_path)}">{esc(unit.name)}</a></li>')
    b.html_page(zm, "/pages/xxgk/Index.aspx", page(county, family, "政府信息公开", f'<div class="dept"><h3>信息公开单位'
                                                   f'</h3><ul>{"".join(rows)}</ul></div>', column="信息公开", nav=nav,
                                                   host=zm.host), SITE_DATE, "section")
    news = kit.news_items(county, noise, 3)
    kit.news_column(b, www, county, family, news, nav=nav, label="新闻中心", list_path="/news/index.html",
                    article_path=lambda art: f"/news/{art.day:%Y%m}/{stable_int(county.pinyin, art.key)}.html")
    home = (f'{kit.focus_box(news)}<div class="zxgk"><h3>最新公开</h3>{kit.link_list([newest])}'
            f'</div><div class="entry"><a href="{index}">政府信息公开</a></div>')
    kit.home_page(b, www, county, family, home, nav=nav)
    return urls
