"""A county portal whose 年报 column shows only the first page of its list (ten rows, "共 N 条") with no pager: the
rest of the column is reached only by asking the list action for a bigger page, through the `每页显示` select of a
GET form (`list.do?channelId=<id>&pageSize=<10|30|100>`) that submits on change (held out of tuning, sixteenth round).

Modelled on https://shanghai.gov.cn/nw12344/20230331/4a03b5fa47ae4c73b7ec42801de6be66.html (a report article of a
portal whose lists are drawn by a list action with page parameters) and
http://www.nbjb.gov.cn/col/col1229214366/index.html (宁波江北: 部门政务公开 directories, one column per department).
The page size as a query parameter offered only by a select, no numbered pager, is this family's choice; the cited
pages do not show it. Unlike postpager (a POSTed page number), laypage/loadmore/scrollcursor (script pagers) and
unitselect/yearpicker (selects of units or years), the select changes how many rows one page holds: the first page
is a complete-looking list, and the older reports are only on the longer page.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the 年报
  column), /xxgk/nb/list.do?channelId=<6 digits> (every unit's reports of every year and look-alikes: ten rows,
  `&pageSize=30` and `&pageSize=100` longer), articles /xxgk/nb/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

SIZES = (10, 30, 100)   # the first is the page the column's link opens


def size_form(channel: int, size: int) -> str:
    options = "".join(f'<option value="{n}"{" selected" if n == size else ""}>{n}</option>' for n in SIZES)
    return (f'<form class="pagesize" action="list.do" method="get">'
            f'<input type="hidden" name="channelId" value="{channel}">每页显示 '
            f'<select name="pageSize" onchange="this.form.submit()">{options}</select> 条</form>')


def build_pagesize(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "pagesize"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache-Coyote/1.1")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)
    label = "政府信息公开年报"
    channel = stable_int("ps-col", county.pinyin, digits=6)
    items = kit.report_column(county, arts, noise)
    first = {a.key for a in items[:SIZES[0]]}
    for art in items:
        doc_id = stable_int("ps-art", county.pinyin, art.key, digits=7)
        kit.article_page(b, www, county, family, art, kit.trs_path("/xxgk/nb/", art.day, doc_id), nav=nav,
                         column=label, needs_browser=art.key not in first and art is not newest,
                         index_no=kit.site_index_no(county, art, doc_id), report_urls=urls)
    for size in SIZES:
        main = (f"<h2>{label}</h2>{kit.link_list(items[:size])}<div class=\"total\">共 {len(items)} 条</div>"
                f"{size_form(channel, size)}")
        path = f"/xxgk/nb/list.do?channelId={channel}" + (f"&pageSize={size}" if size != SIZES[0] else "")
        b.html_page(www, path, page(county, family, label, main, column=label, nav=nav, host=www.host),
                    b.list_date(items), "list", ignores_query=False)
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav,
                            reports_href=f"/xxgk/nb/list.do?channelId={channel}", news_salt="ps-news")
    return urls
