"""A county portal rebuilt twice whose 政务公开 page and home still link the 政府信息公开年报 columns by the first
site's addresses on the bare domain, `http://X.gov.cn/zwgk/gknb/<key>`, which reach the columns only through a chain
of four redirects each server of the history added: the bare domain's 301 to www, nginx's 301 adding the folder's
trailing slash, the second site's rewrite (301) of the old 公开年报 folder to the new 政府信息公开年报 folder, and
the CMS's 302 from a folder to its default page `index.shtml`. No page links a column's own address; the columns
list every unit's reports of every year, the years before 2019 included (held out of tuning, thirty-eighth round).

Modelled on http://css.hunan.gov.cn/xxgk/gknb/201406/t20140625_3263830.html (湖南省参事室2010年政府信息公开工作年度报告,
a pre-2019 report under the old folder `gknb`, 公开年报) and
http://hunan.gov.cn/hnszf/xxgk/zfxxgknb/szf_97943/201711/t20171129_4878215.html (湖南省人民政府2016年 report under the
newer folder `zfxxgknb`). The chain, its hops and their statuses are this family's choice (the cited pages are text;
that Hunan's sites moved from `gknb` to `zfxxgknb` folders is what the addresses show). Unlike moved (a 404 page names
the new host), dotlocation (one redirect with a relative Location) or oldsite/refresh (a page or a meta refresh), the
link works, but only for a client that follows four redirects across two hosts.

- X.gov.cn (the bare domain): /zwgk/gknb/<key> 301 → http://www.X.gov.cn/zwgk/gknb/<key>.
- www.X.gov.cn (nginx): home (news; the government's newest report; a box of the three old addresses), 政务公开
  (/zwgk/index.html: the guide and the three), /zwgk/gknb/<key> 301 → /zwgk/gknb/<key>/ 301 →
  /xxgk/zfxxgknb/<key>/ 302 → /xxgk/zfxxgknb/<key>/index.shtml (the column), articles
  /xxgk/zfxxgknb/<key>/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build, esc
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report

COLUMNS = {"szf": "县政府信息公开年报", "bm": "县直部门信息公开年报", "xz": "乡镇信息公开年报"}
SERVER = "nginx/1.16.1"


def chain(key: str) -> list[str]:
    """The paths on www of the redirects after the bare domain's, and last the column's own."""
    return [f"/zwgk/gknb/{key}", f"/zwgk/gknb/{key}/", f"/xxgk/zfxxgknb/{key}/", f"/xxgk/zfxxgknb/{key}/index.shtml"]


def build_redirchain(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "redirchain"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server=SERVER)
    bare = b.site(www.host.removeprefix("www."), county.id, server=SERVER)
    b.site_hosts.setdefault(county.id, []).append(bare.host)
    b.redirect(bare, "/", f"http://{www.host}/")
    urls: dict[str, str] = {}
    columns = kit.trs_unit_kind_columns(b, www, county, family, arts, noise, COLUMNS, urls, nav=nav,
                                        salt="rc-art", folder="/xxgk/zfxxgknb/{key}/")
    entries = []
    for key, label in COLUMNS.items():
        hops = chain(key)
        kit.report_list_page(b, www, county, family, hops[-1], label, kit.link_list(columns[key]), columns[key],
                             nav=nav)
        b.redirect(bare, hops[0], f"http://{www.host}{hops[0]}")
        for here, there, status in zip(hops[:-1], hops[1:], (301, 301, 302), strict=True):
            b.redirect(www, here, there, status=status)
        entries.append((f"http://{bare.host}{hops[0]}", label))
    news = kit.trs_guide_and_news(b, www, county, family, noise, nav=nav, reports_href=entries[0][0],
                                  news_salt="rc-news", more=tuple(entries[1:]))
    box = '<div class="nbcols"><h3>政府信息公开年报</h3><ul>' + "".join(
        f'<li><a href="{esc(href)}">{label}</a></li>' for href, label in entries) + "</ul></div>"
    kit.home_page(b, www, county, family, kit.focus_box(news) + kit.report_box([kit.newest_gov_report(arts)]) + box,
                  nav=nav)
    return urls
