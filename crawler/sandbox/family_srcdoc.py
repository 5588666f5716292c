"""A county portal whose 年报 columns are drawn in an inline frame whose document is the frame's own `srcdoc`
attribute: the column page carries `<iframe srcdoc="&lt;ul&gt;&lt;li&gt;&lt;a href=&quot;…&quot;…">`, the list's
markup entity-escaped inside one attribute value, so the page has no `<a>` element of its own for an article; a
browser parses the attribute as the frame's document (held out of tuning, seventeenth round).

Modelled on http://www.nbjb.gov.cn/col/col1229214366/index.html (宁波江北: 信息公开 部门目录, one column per
department, its lists framed into the directory page) and https://hlbaoqing.gov.cn/bq/1263/202403/c07_5894.shtml
(宝清: 县政府信息, 县直单位信息, 乡(镇)信息). Writing the framed list into `srcdoc` (what page builders of newer
站群 systems emit for an embedded 信息列表 component) is this family's choice; the cited pages do not show it. Unlike
frameset/objembed (a frame or object loading another address), docwrite (a script writing markup) or xsltlist (a
stylesheet rendering XML), the list is markup held as the text of an attribute, with no further request.

- www.X.gov.cn: home (news; the government's newest report by `<a>`), 政务公开 (/zwgk/index.html: the guide and the
  three 年报 columns), /xxgk/<bj|bm|xz>/index.html (the frame), articles /xxgk/<bj|bm|xz>/<YYYYMM>/<id>.html.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build, esc
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

COLUMNS = {"bj": "本级政府信息公开年报", "bm": "部门政府信息公开年报", "xz": "乡镇政府信息公开年报"}


def framed(items) -> str:
    """The column's frame: its list document escaped into `srcdoc` (links absolute: an about:srcdoc frame resolves
    relative ones against the parent, which this keeps out of question)."""
    inner = ('<html><head><meta charset="utf-8"><base target="_blank"></head><body>' + kit.link_list(items)
             + "</body></html>")
    return f'<iframe class="xxgk-list" width="100%" height="600" frameborder="0" srcdoc="{esc(inner)}"></iframe>'


def build_srcdoc(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "srcdoc"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx/1.20.1")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)

    def doc_id(key, art):
        return stable_int("sd-art", county.pinyin, key, art.key, digits=7)

    columns = kit.unit_kind_report_columns(
        b, www, county, family, arts, noise, COLUMNS, urls, nav=nav, scripted_except=newest, serial=doc_id,
        path=lambda key, art: f"/xxgk/{key}/{art.day:%Y%m}/{doc_id(key, art)}.html")
    for key, label in COLUMNS.items():
        kit.report_list_page(b, www, county, family, f"/xxgk/{key}/index.html", label, framed(columns[key]),
                             columns[key], nav=nav)
    hrefs = [(f"/xxgk/{key}/index.html", label) for key, label in COLUMNS.items()]
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=hrefs[0][0],
                            news_salt="sd-news", more=tuple(hrefs[1:]))
    return urls
