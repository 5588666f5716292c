"""A county portal whose 政府信息公开 system runs in a Tomcat on port 8080 of the portal's own host: the portal's
navigation and home link `http://www.X.gov.cn:8080/pub/<abbr>xxgk/`, and everything there (the three 年报 columns
by kind of unit, every report) is linked relative, so it keeps the port. Same host name, another port: a crawler
that scopes or de-duplicates by host-and-port, or drops a non-default port, misses them (held out of tuning,
fifteenth round).

Modelled on http://122.137.242.24:8080/pub/slsxxgkw/gzbm/cyqrmzfbgs_7432/ndbg/201708/t20170809_257176.html (舒兰: the
county's 政务信息公开 system on port 8080, a `/pub/<abbr>xxgkw/` tree, every department's 年度报告 under its unit) and
http://www.nbjb.gov.cn/col/col1229214366/index.html (a 信息公开 部门目录 whose departments each have their column).
Serving the disclosure system on the portal's host name at port 8080 is this family's choice. Unlike dual (the
bare domain, a sub-host and an IP address on port 80), zwgkhost/docwrite (a sub-host) and oldsite (a second host
for the history), the host name is the portal's own; only the port differs.

- www.X.gov.cn: home (news; 信息公开 link and the government's newest report, both at :8080), 政务公开
  (/zwgk/index.html: the guide, the 年报 link at :8080).
- www.X.gov.cn:8080: /pub/<abbr>xxgk/index.html (the disclosure system's front: its three 年报 columns),
  /pub/<abbr>xxgk/{zfnb,bmnb,xznb}/index.html (every year of the government's, the departments' and the townships'
  reports, look-alikes in the first), articles /pub/<abbr>xxgk/<col>/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.common import trs_list_html
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

PORT = 8080
COLUMNS = {"zfnb": "政府年报", "bmnb": "部门年报", "xznb": "乡镇年报"}


def system_root(county: County) -> str:
    return f"/pub/{county.pinyin[:4]}xxgk/"


def build_porthost(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "porthost"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    system = f"{www.host}:{PORT}"            # how the portal writes the system's links
    root = system_root(county)
    entry = f"http://{system}{root}index.html"
    sys_nav = [("首页", f"http://{www.host}/"), ("信息公开", "index.html")]
    urls: dict[str, str] = {}
    groups = kit.unit_kind_columns(county, arts, noise, tuple(COLUMNS))
    for key, items in groups.items():
        folder = f"{root}{key}/"
        items[:] = kit.newest_first(items)
        for art in items:
            doc_id = stable_int("ph-art", county.pinyin, art.key, digits=6)
            kit.article_page(b, www, county, family, art, kit.trs_path(folder, art.day, doc_id), nav=sys_nav,
                             column=COLUMNS[key], url_host=system, report_urls=urls,
                             index_no=kit.site_index_no(county, art, doc_id))
        b.html_page(www, folder + "index.html",
                    page(county, family, COLUMNS[key], f"<h2>{COLUMNS[key]}</h2>{trs_list_html(items, folder)}",
                         column=COLUMNS[key], nav=[("首页", f"http://{www.host}/"), ("信息公开", "../index.html")],
                         host=system),
                    b.list_date(items), "list")
    menu = "".join(f'<li><a href="{key}/index.html">{label}</a></li>' for key, label in COLUMNS.items())
    b.html_page(www, root + "index.html",
                page(county, family, "政府信息公开", f"<h2>政府信息公开年报</h2><ul>{menu}</ul>", column="政府信息公开",
                     nav=sys_nav, host=system),
                SITE_DATE, "section")
    news = kit.trs_guide_and_news(b, www, county, family, noise, nav=nav, reports_href=entry,
                                  news_salt="ph-news")
    home_nav = [*nav, ("信息公开", entry)]
    kit.news_and_report_home(b, www, county, family, news, kit.newest_gov_report(groups["zfnb"]), nav=home_nav)
    return urls
