"""A county portal that was rebuilt in 2021 and kept its old site running as an archive: the new site's 年报 column
holds only what was published since the rebuild; every earlier report (all units, 2008-2019 report years) stays on
the old 政务信息公开网 at `old.X.gov.cn`, another CMS with its own paths, which the new site links once, by the
image banner 旧版网站 in the home page's footer (an `<img>` with alt text, no link text), and nowhere else (held out
of tuning, fourteenth round).

Modelled on http://122.137.242.24:8080/pub/slsxxgkw/gzbm/cyqrmzfbgs_7432/ndbg/201708/t20170809_257176.html (舒兰:
the county's old 政务信息公开网 still answering under `/pub/slsxxgkw/` with its units' 2016 reports, apart from the
current portal) and http://www.lipu.gov.cn/xxgk/xxgknb/202301/t20230129_2444881.html (荔浦: the current site's
年报 column, TRS `<YYYYMM>/t<YYYYMMDD>_<id>.html`). The old site on a named sub-host (`old.`) rather than an address
and port, and the footer banner as its only entry, are this family's choice. Unlike moved (a column whose old
address answers 404 naming the new one), zwgkhost/dual (a disclosure sub-host linked from the portal's menus) and
leavesite (units' sites behind a leave-site page), the history is on a site of another generation, reachable from
one image link of the footer.

- www.X.gov.cn: home (news; the government's newest report; the footer banner → http://old.X.gov.cn/), 政务公开
  (/zwgk/index.html: the guide, the 年报 column), /zwgk/ndbg/index.html (reports published since 2021, and
  look-alikes), articles under /zwgk/ndbg/.
- old.X.gov.cn (not declared): / (the old home: 政务信息公开 → 年度报告), /pub/<pinyin>xxgkw/ndbg/index.html,
  index_1.html … (15 a page, TRS pager links), articles /pub/<pinyin>xxgkw/ndbg/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from datetime import date

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.common import paginate, trs_list_html
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report

NB = "/zwgk/ndbg/"
REBUILT = date(2021, 1, 1)
PAGE_SIZE = 15
BANNER_GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="


def old_folder(county: County) -> str:
    return f"/pub/{county.pinyin}xxgkw/ndbg/"


def build_oldsite(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "oldsite"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    old = kit.sub_host(b, county, "old", "Microsoft-IIS/6.0")
    urls: dict[str, str] = {}
    current = [a for a in arts if a.day >= REBUILT]
    archived = [a for a in arts if a.day < REBUILT]
    # the new column: reports since the rebuild and the look-alikes
    entries = kit.report_column(county, current, noise)
    kit.trs_column_pages(b, www, county, family, entries, urls, nav=nav, folder=NB, salt="os-art")
    kit.report_list_page(b, www, county, family, NB + "index.html", "政府信息公开年报", trs_list_html(entries, NB),
                         entries, nav=nav)
    # the old site: its own navigation, every report published before the rebuild
    folder = old_folder(county)
    old_nav = [("首页", "/"), ("政务信息公开", folder + "index.html")]
    kit.trs_column_pages(b, old, county, family, archived, urls, nav=old_nav, folder=folder, salt="os-old", digits=6,
                         column="年度报告")
    chunks = paginate(archived, PAGE_SIZE)
    for n, chunk in enumerate(chunks):
        name = "index.html" if n == 0 else f"index_{n}.html"
        links = " ".join(f'<a href="{"index.html" if m == 0 else f"index_{m}.html"}">{m + 1}</a>'
                         for m in range(len(chunks)) if m != n)
        main = f'<h2>年度报告</h2>{trs_list_html(chunk, folder)}<div class="page">{links}</div>'
        b.html_page(old, folder + name, page(county, family, "年度报告", main, column="年度报告", nav=old_nav,
                                             host=old.host, site_name=f"{county.gov_name}政务信息公开网"),
                    b.list_date(chunk), "list")
    old_home = f'<ul><li><a href="{folder}index.html">年度报告</a></li></ul>'
    kit.serve_at_root(b, old, "/index.html", page(county, family, f"{county.gov_name}政务信息公开网", old_home,
                                                  nav=old_nav, host=old.host,
                                                  site_name=f"{county.gov_name}政务信息公开网"), "section")
    news = kit.trs_guide_and_news(b, www, county, family, noise, nav=nav, reports_href=NB + "index.html",
                                  news_salt="os-news")
    banner = (f'<div class="footer-banner"><a href="http://{old.host}/" target="_blank">'
              f'<img src="{BANNER_GIF}" alt="旧版网站" title="{esc(county.gov_name)}旧版网站"></a></div>')
    main = kit.focus_box(news) + kit.report_box([kit.newest_gov_report(current)]) + banner
    kit.home_page(b, www, county, family, main, nav=nav, last_modified=SITE_DATE)
    return urls
