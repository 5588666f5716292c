"""A county portal on Apache with mod_speling (`CheckSpelling on`) whose 政府信息公开年报 page was split in three and
renamed: every menu still links `/xxgk/ndbg.html`, which no longer exists, and the files now are
/xxgk/ndbg1.html (本级), /xxgk/ndbg2.html (部门) and /xxgk/ndbg3.html (乡镇（街道）). mod_speling finds several names
one character from the one asked for and answers `300 Multiple Choices` with its list of them ("Available
documents:", each a link), no `Location`, as the module does when more than one document "almost" matches. No page
links the three files: their addresses are written only in that 300 answer's body; they list every unit's reports of
every year, the years before 2019 included (held out of tuning, forty-sixth round).

Modelled on https://httpd.apache.org/docs/mod/mod_speling.html (mod_speling: with one near match it redirects;
"more than one document with a close match was found, then the list of the matches is returned to the client, and
the client can select the correct candidate") and http://xizang.gov.cn/zwgk/xxgk_424/xxgknb/2014nb/201902/t20190223_64763.html
(a 政府信息公开年度报告 of 2014 in a TRS column, the reports by year). A portal whose renamed 年报 page reaches its
successors only through mod_speling is this family's choice; the answer's wording follows mod_speling's. Unlike
redirchain or seeother (a `Location` to follow), refreshheader (a `Refresh` header) or errstatus (the list itself
under a 404), the answer is a 3xx with no `Location` whose body is the only list of the next pages.

- www.X.gov.cn (Apache): home (news; the government's newest report; a 年报 link to /xxgk/ndbg.html), 政务公开
  (/zwgk/index.html: the guide and the same link), /xxgk/ndbg.html (300), /xxgk/ndbg<1|2|3>.html (the columns),
  articles /xxgk/nb/<bj|bm|xz>/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

ASKED = "/xxgk/ndbg.html"
COLUMNS = {"bj": "本级政府信息公开年报", "bm": "部门政府信息公开年报", "xz": "乡镇（街道）政府信息公开年报"}
LATIN1_HTML = "text/html; charset=iso-8859-1"   # what Apache's own answers are typed


def column_path(key: str) -> str:
    return f"/xxgk/ndbg{list(COLUMNS).index(key) + 1}.html"


def multiple_choices(asked: str, found: list[str]) -> bytes:
    """mod_speling's 300 answer: the near matches it found for `asked`, each a link (its "extra character" reason)."""
    items = "".join(f'<li><a href="{path}">{path}</a> (extra character)\n' for path in found)
    return ('<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>300 Multiple Choices</title>\n'
            "</head><body>\n<h1>Multiple Choices</h1>\nThe document name you requested (<code>"
            f"{asked}</code>) could not be found on this server.\nHowever, we found documents with names similar to "
            f"the one you requested.<p>Available documents:\n<ul>\n{items}</ul>\n</body></html>\n").encode()


def build_multichoice(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "multichoice"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache/2.2.15 (CentOS)")
    urls: dict[str, str] = {}
    columns = kit.trs_unit_kind_columns(b, www, county, family, arts, noise, COLUMNS, urls, nav=nav, salt="mc-art",
                                        folder="/xxgk/nb/{key}/")
    for key, label in COLUMNS.items():
        kit.report_list_page(b, www, county, family, column_path(key), label, kit.link_list(columns[key]),
                             columns[key], nav=nav)
    b.add(www, ASKED, Page(multiple_choices(ASKED, [column_path(key) for key in COLUMNS]), SITE_DATE, LATIN1_HTML,
                           status=300), "section")
    news = kit.trs_guide_and_news(b, www, county, family, noise, nav=nav, reports_href=ASKED, news_salt="mc-news")
    box = f'<div class="nbcols"><h3>政府信息公开年报</h3><a href="{ASKED}">历年政府信息公开工作年度报告</a></div>'
    kit.home_page(b, www, county, family, kit.focus_box(news) + kit.report_box([kit.newest_gov_report(arts)]) + box,
                  nav=nav)
    return urls
