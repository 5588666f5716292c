"""A county portal whose 政府信息公开年报 columns are written by an old template that emits tag soup: each column is
a `<table>` whose rows are `<tr><td class="bt"><a href=/zwgk/gknb/<key>/<YYYYMMDD>/<id>.html target=_blank
title="…">title<td class="rq">2024-01-19`: the `href` value unquoted, the `<a>` never closed, no `</td>`, no `</tr>`,
and the table itself never closed (the page goes on to its footer). Browsers build the rows by the HTML parsing
algorithm (a `<td>` start tag closes the open cell and the formatting elements in it); libxml2 and other parsers
recover otherwise, and a reader that looks for `href="…"` finds no report at all: every report of the columns is
linked only by such unquoted, unclosed anchors (held out of tuning, forty-seventh round).

Modelled on http://www.shqp.gov.cn/shqp/zwgk/gknb/zjd/20260119/1348924.html (上海市青浦区夏阳街道's 2025 report in the
街镇 sub-column of the district's 政府信息公开年报, articles `gknb/<column>/<YYYYMMDD>/<id>.html`, the layout this
family takes) and https://shanghai.gov.cn/nw12344/20230331/4a03b5fa47ae4c73b7ec42801de6be66.html (上海市's 2022
report). The broken markup is this family's choice (the cited pages are text; it is what hand-written ASP and early
JSP list templates emit). Unlike hrefwrap (a quoted href wrapped across lines), backslash (backslashes in quoted
references), entityhref (character references) or closebody (an HTTP answer ended by closing the connection), the
references are plain paths and the fault is the markup around them.

- www.X.gov.cn: home (news; the government's newest report by a well-formed `<a>`), 政务公开 (/zwgk/index.html: the
  guide and the three 年报 columns), /zwgk/gknb/<bj|bm|zjd>/index.html (the tag-soup tables), articles
  /zwgk/gknb/<bj|bm|zjd>/<YYYYMMDD>/<id>.html.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build, esc
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

COLUMNS = {"bj": "区政府信息公开年报", "bm": "委办局信息公开年报", "zjd": "街镇信息公开年报"}


def column_path(key: str) -> str:
    return f"/zwgk/gknb/{key}/index.html"


def soup_table(items) -> str:
    """The template's rows: unquoted hrefs (a path has no space, quote or `>`), anchors, cells, rows and the table
    left open."""
    rows = "".join(f'<tr><td class="bt"><a href={urlsplit(a.url).path} target=_blank title="{esc(a.title)}">'
                   f'{esc(a.title)}<td class="rq">{a.date_text}\n' for a in items)
    return f'<table class="gknb" width="100%" cellspacing=0>\n{rows}'


def build_tagsoup(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "tagsoup"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Microsoft-IIS/6.0")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)

    def doc_id(key, art):
        return stable_int("ts-art", county.pinyin, key, art.key, digits=7)

    columns = kit.unit_kind_report_columns(
        b, www, county, family, arts, noise, COLUMNS, urls, nav=nav, serial=doc_id,
        path=lambda key, art: f"/zwgk/gknb/{key}/{art.day:%Y%m%d}/{doc_id(key, art)}.html")
    for key, label in COLUMNS.items():
        kit.report_list_page(b, www, county, family, column_path(key), label, soup_table(columns[key]), columns[key],
                             nav=nav)
    hrefs = [(column_path(key), label) for key, label in COLUMNS.items()]
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=hrefs[0][0],
                            news_salt="ts-news", more=tuple(hrefs[1:]))
    return urls
