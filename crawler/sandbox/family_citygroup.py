"""Counties that publish through their city's 政府信息公开平台: one host of the city (`xxgk.sz<city code>.gov.cn`,
another registered domain than the county's) serves every county of the city, told apart by a site code in the
query (`/xxgk/index.jsp?siteCode=<10 digits>`); a county's front lists its units (`unit.jsp?siteCode=…&unitCode=…`),
each unit's page lists its reports of every year (`detail.jsp?siteCode=…&id=…`). The county's portal only links
the platform's front for its site code (held out of tuning, fifteenth round). The platform's host is named by the
city's code (the first four digits of the county's region code) and shared by every county of this family in that
city (with the sandbox's one county per city and family, two portals of one city are rare).

Modelled on https://m.zjtcn.com/news/50173187.html (阳西县's 2013 report: "我县共有8个镇政府和50多个行政单位，
通过阳江市四公开平台进行信息公开工作" — the county and its units publish on the city's platform, beside the county's
own 阳西政府信息网) and http://www.nbjb.gov.cn/col/col1229214366/index.html (a 信息公开 部门目录: one column per
department). The host name, the site code and unit code parameters are this family's choice. Unlike province (a
provincial platform the registry declares, with unit and year selects), zwgkhost/docwrite (sub-hosts of the
county's own domain) and unitselect/unittree (unit pickers on the county's site), the reports are on another
domain than the county's, shared with the other counties of the city, and reached only by following a link to it.

- www.X.gov.cn: home (news; a 政府信息公开平台 link to the platform with the county's site code), 政务公开
  (/zwgk/index.html: the guide, the platform as its 年报 link).
- xxgk.sz<city code>.gov.cn (shared by the city's counties): /xxgk/index.jsp?siteCode=<code> (the county's units),
  /xxgk/unit.jsp?siteCode=<code>&unitCode=<6 digits> (a unit's reports of every year from 2008, look-alikes for
  the government), /xxgk/detail.jsp?siteCode=<code>&id=<8 digits> (an article).
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

PLATFORM = "/xxgk/"


def platform_host(county: County) -> str:
    return f"xxgk.sz{county.region_code[:4]}.gov.cn"


def build_citygroup(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "citygroup"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    host = platform_host(county)
    platform = b.sites.get(host) or b.site(host, county.id, server="Apache-Coyote/1.1")   # shared by the city
    b.site_hosts.setdefault(county.id, []).append(host)
    code = county.site_id_code
    front = f"http://{host}{PLATFORM}index.jsp?siteCode={code}"
    pnav = [("平台首页", f"index.jsp?siteCode={code}"), (county.gov_name, f"http://{www.host}/")]
    urls: dict[str, str] = {}
    units: dict[str, list[Article]] = {}
    for art in arts:
        units.setdefault(art.report.unit.key, []).append(art)
    own = next(k for k, items in units.items() if items[0].report.unit.kind == "gov")
    units[own] = kit.report_column(county, units[own], noise)
    rows = []
    for key, items in units.items():
        unit = next(a.report.unit for a in items if a.report)
        unit_code = stable_int("cg-unit", county.pinyin, key, digits=6)
        for art in items:
            doc_id = stable_int("cg-art", county.pinyin, art.key, digits=8)
            kit.article_page(b, platform, county, family, art, f"{PLATFORM}detail.jsp?siteCode={code}&id={doc_id}",
                             nav=pnav, column=unit.name, index_no=kit.site_index_no(county, art, doc_id),
                             report_urls=urls)
        listing = '<ul class="list">' + "".join(
            f'<li><a href="detail.jsp?siteCode={code}&amp;id={a.url.rsplit("=", 1)[1]}" target="_blank">'
            f'{esc(a.title)}</a><span class="date">{a.date_text}</span></li>' for a in items) + "</ul>"
        b.html_page(platform, f"{PLATFORM}unit.jsp?siteCode={code}&unitCode={unit_code}",
                    page(county, family, f"{unit.name}-政府信息公开", f"<h2>{esc(unit.name)}</h2>{listing}",
                         column=unit.name, nav=pnav, host=host),
                    b.list_date(items), "list", ignores_query=False)
        rows.append(f'<li><a href="unit.jsp?siteCode={code}&amp;unitCode={unit_code}">{esc(unit.name)}</a></li>')
    b.html_page(platform, f"{PLATFORM}index.jsp?siteCode={code}",
                page(county, family, f"{county.name}政府信息公开平台",
                     f"<h2>{esc(county.name)}政府信息公开年报</h2><ul class=\"units\">{''.join(rows)}</ul>",
                     column="政府信息公开", nav=pnav, host=host),
                SITE_DATE, "section", ignores_query=False)
    news = kit.trs_guide_and_news(b, www, county, family, noise, nav=nav, reports_href=front, news_salt="cg-news")
    home_nav = [*nav, ("政府信息公开平台", front)]
    kit.home_page(b, www, county, family, kit.focus_box(news), nav=home_nav)
    return urls
