"""A county portal whose 政府信息公开年报 columns of the departments and townships were typed by hand in the CMS's
rich-text editor, each link's address written as the editor's user wrote it, host first and no scheme:
`<a href="www.X.gov.cn/zwgk/nb/<bm|xz>/<YYYYMM>/t<YYYYMMDD>_<id>.html">`. A browser resolves such an href as a
relative path (RFC 3986: no scheme, no `//`), `/zwgk/nb/<bm|xz>/www.X.gov.cn/zwgk/…`, which answers 404: the link
is dead in every browser, and the report is named only by that bare host-and-path text. The government's own
column is the CMS's generated list, with ordinary links (held out of tuning, forty-ninth round).

Modelled on https://www.guizhou.gov.cn/zwgk/zfxxgk/zfxxgknb/2018n/202109/t20210914_70371700.html (贵州省2018年政府信息
公开工作年度报告: "报告电子版可在贵州省人民政府网(www.guizhou.gov.cn)政府信息公开专栏下载", a portal's address written
with no scheme, in a TRS `zfxxgknb/<year>n/<YYYYMM>/t<YYYYMMDD>_<id>.html` column) and
https://www.guiyang.gov.cn/zwgk/zfxxgks/zfxxgknb/2018n/202001/t20200117_43521616.html (贵阳's 2018 report, the same
layout). That the hand-edited columns write such addresses into `href` is this family's choice (the search corpus
holds page text, not markup; editors that keep a typed address as-is are common). Unlike protorel (`//host/path`,
valid and resolved to the host), plainurl (addresses as text, no `<a>`), backslash (`\\` in paths) or dotlocation
(relative script locations), the address is in an `<a href>` that resolves to a dead page.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (guide, the three columns),
  /zwgk/nb/<bj|bm|xz>/index.html (the columns; bm and xz hand-edited), articles
  /zwgk/nb/<bj|bm|xz>/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build, esc
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

COLUMNS = {"bj": "县政府信息公开年报", "bm": "县直部门信息公开年报", "xz": "乡镇信息公开年报"}
HAND_EDITED = ("bm", "xz")


def column_path(key: str) -> str:
    return f"/zwgk/nb/{key}/index.html"


def bare_href(art) -> str:
    """The address as the editor's user typed it: host and path, no scheme."""
    parts = urlsplit(art.url)
    return parts.netloc + parts.path


def hand_edited_list(items) -> str:
    """What a rich-text editor saves: a table of the rows, each link's href as typed."""
    rows = "".join(f'<tr><td><a href="{esc(bare_href(a))}" target="_blank">{esc(a.title)}</a></td>'
                   f"<td>{a.date_text}</td></tr>" for a in items)
    return f'<div class="TRS_Editor"><table class="list" border="1" cellspacing="0">{rows}</table></div>'


def build_barehost(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "barehost"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx/1.12.2")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)

    def doc_id(key, art):
        return stable_int("bh-art", county.pinyin, key, art.key, digits=8)

    columns = kit.unit_kind_report_columns(
        b, www, county, family, arts, noise, COLUMNS, urls, nav=nav, serial=doc_id,
        path=lambda key, art: kit.trs_path(f"/zwgk/nb/{key}/", art.day, doc_id(key, art)))
    for key, label in COLUMNS.items():
        listing = hand_edited_list(columns[key]) if key in HAND_EDITED else kit.link_list(columns[key])
        kit.report_list_page(b, www, county, family, column_path(key), label, listing, columns[key], nav=nav)
    hrefs = [(column_path(key), label) for key, label in COLUMNS.items()]
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=hrefs[0][0],
                            news_salt="bh-news", more=tuple(hrefs[1:]))
    return urls
