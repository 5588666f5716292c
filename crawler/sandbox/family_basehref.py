"""A county portal whose 政府信息公开年报 column moved (from /zfxxgk/nb/ to /xxgk/nb/) when the portal was rebuilt, but
the column's template kept the old `<base href>`: the list is served at /xxgk/nb/index.html, writes its entries
relative (`./202301/t20230120_1234567.html`) and the CMS still publishes them under the old folder, where the base
points. Resolved against the page's own address (ignoring `<base>`), every entry is a 404; resolved as a browser
does (HTML's document base URL), each is the report (held out of tuning, fifteenth round).

Modelled on http://www.lipu.gov.cn/xxgk/xxgknb/202301/t20230129_2444881.html (荔浦: one 政府信息公开年报 column of
every unit and year, TRS paths relative to the column's folder) and
http://122.137.242.24:8080/pub/slsxxgkw/gzbm/cyqrmzfbgs_7432/ndbg/201708/t20170809_257176.html (舒兰: a disclosure
column kept at an old path after the portal moved). A template whose `<base href>` names the column's old folder is
this family's choice. Unlike frameset (a base naming the portal's host, for frames served by another host) and
moved/oldsite (a column answered by an error page or kept on an old host), the list and its base disagree on the
same host: only a reader of `<base>` resolves the entries.

- www.X.gov.cn: home (news; the government's newest report, linked absolute), 政务公开 (/zwgk/index.html: the guide,
  the 年报 column), /xxgk/nb/index.html, index_1.html … (12 entries a page, pager links written from the root),
  articles /zfxxgk/nb/<YYYYMM>/t<YYYYMMDD>_<id>.html (every unit, every year from 2008, look-alikes).
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build
from nianbao.crawler.sandbox.common import paginate, trs_list_html
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report

COLUMN = "/xxgk/nb/"      # where the column is served now
OLD = "/zfxxgk/nb/"       # where its template's <base> points, and its articles are published
PAGE_SIZE = 12


def list_name(n: int) -> str:
    return "index.html" if n == 0 else f"index_{n}.html"


def build_basehref(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "basehref"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    entries, urls = kit.trs_report_column(b, www, county, family, arts, noise, nav=nav, folder=OLD, salt="bh-art")
    base = f'<base href="http://{www.host}{OLD}">'
    chunks = paginate(entries, PAGE_SIZE)
    for n, chunk in enumerate(chunks):
        links = []
        if n > 0:
            links.append(f'<a href="{COLUMN}{list_name(n - 1)}">上一页</a>')
        if n + 1 < len(chunks):
            links.append(f'<a href="{COLUMN}{list_name(n + 1)}">下一页</a>')
        pager = f'<div class="pager">共{len(entries)}条 第{n + 1}/{len(chunks)}页 {" ".join(links)}</div>'
        kit.report_list_page(b, www, county, family, COLUMN + list_name(n), "政府信息公开年报",
                             trs_list_html(chunk, OLD) + pager, chunk, nav=nav, scripts=base)
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(arts), nav=nav,
                            reports_href=COLUMN + "index.html", news_salt="bh-news")
    return urls
