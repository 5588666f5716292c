"""A county portal whose three 政府信息公开年报 columns are framesets kept from its first template: each column's
index.html is a `<frameset>` of a banner frame and a list frame (`list.html`, the entries of 2019 on), and the
template's `<noframes>` block — written for clients without frames and for search engines — still holds the
往年年报, every entry before 2019, as ordinary `<a>`s. A browser that supports frames never renders `<noframes>` (the
HTML parser takes its content as raw text), and no frame's page names an old entry: the pre-2019 reports are linked
only inside those `<noframes>` blocks (held out of tuning, fifty-fifth round).

Modelled on http://app.www.gov.cn/govdata/gov/201604/15/378395/article.html (辽宁省's 2015 report, "全省各级政府及部门"
reporting their 政府信息公开 each year: the provincial layer of this family's county, a pre-2019 report) and
https://www.lushan.gov.cn/bmxzxxgk/xiangzheng/jtz/zfxxgknb_196435/202301/t20230109_5904253.html (a township's report in
a 政府信息公开年报 column split by unit kind, TRS articles `<column>/<YYYYMM>/t<YYYYMMDD>_<id>.html`). The frameset
columns and the `<noframes>` list are this family's choice (the cited pages are text; 2000s templates built columns as
framesets and put the content in `<noframes>` for search engines). Unlike frameset (a frameset whose `<noframes>` says
only 请升级浏览器, every list in its frames), noscriptlist (a `<noscript>` fallback in an ordinary page) or iecomment (an
IE conditional comment), the links are in the one fallback element of a frameset document, whose frames never name them.

- www.X.gov.cn: home (news; the government's newest report by `<a>`), 政务公开 (/zwgk/index.html: the guide and the
  three columns), /gknb/<bj|bm|xz>/index.html (the frameset; entries before 2019 inside `<noframes>`),
  /gknb/<bj|bm|xz>/top.html (the banner frame), /gknb/<bj|bm|xz>/list.html (the list frame: entries of 2019 on).
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

COLUMNS = {"bj": "本级政府信息公开年报", "bm": "部门政府信息公开年报", "xz": "乡镇（街道）政府信息公开年报"}
FIRST_LIVE_YEAR = 2019


def column_path(key: str) -> str:
    return f"/gknb/{key}/index.html"


def frame_path(key: str, name: str) -> str:
    return f"/gknb/{key}/{name}.html"


def frameset_column(label: str, key: str, old: str) -> str:
    """The column's frameset document: a banner frame, the list frame, and the `<noframes>` holding `old`."""
    return ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Frameset//EN" "http://www.w3.org/TR/html4/frameset.dtd">'
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'<title>{esc(label)}</title></head><frameset rows="132,*" frameborder="no" border="0" framespacing="0">'
            f'<frame name="topFrame" src="{frame_path(key, "top")}" scrolling="no" noresize>'
            f'<frame name="mainFrame" src="{frame_path(key, "list")}" scrolling="auto">'
            f"<noframes><body><h2>{esc(label)}</h2><h3>往年年报</h3>{old}</body></noframes></frameset></html>")


def build_noframeslist(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "noframeslist"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Microsoft-IIS/6.0")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)

    def doc_id(key, art):
        return stable_int("nf-art", county.pinyin, key, art.key, digits=6)

    columns = kit.unit_kind_report_columns(
        b, www, county, family, arts, noise, COLUMNS, urls, nav=nav, serial=doc_id,
        path=lambda key, art: kit.trs_path(f"/gknb/{key}/", art.day, doc_id(key, art), ".htm"))
    for key, label in COLUMNS.items():
        items = columns[key]
        live = [a for a in items if kit.entry_year(a) >= FIRST_LIVE_YEAR]
        old = [a for a in items if kit.entry_year(a) < FIRST_LIVE_YEAR]
        kit.report_list_page(b, www, county, family, frame_path(key, "list"), label, kit.link_list(live), live,
                             nav=nav)
        b.html_page(www, frame_path(key, "top"), page(county, family, label, f"<h1>{esc(county.name)}{esc(label)}</h1>",
                                                     column=label, nav=nav, host=www.host), b.list_date(items),
                    "section")
        b.html_page(www, column_path(key), frameset_column(label, key, kit.link_list(old)), b.list_date(items), "list")
    hrefs = [(column_path(key), label) for key, label in COLUMNS.items()]
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=hrefs[0][0],
                            news_salt="nf-news", more=tuple(hrefs[1:]))
    return urls
