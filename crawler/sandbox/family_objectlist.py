"""A county portal whose 政府信息公开年报 columns embed their lists with the HTML `<object>` element: each column page
carries `<object type="text/html" data="/zwgk/nb/<key>_list.html" width="100%" height="720">` with a fallback
sentence (您的浏览器不支持嵌入内容) and no link, the way XHTML 1.0 Strict templates, which have no `<iframe>`, embed a
document. The list documents (every unit's reports of every year, by plain relative link) are named only by the
objects' `data` attributes: no `<a>`, frame or script names them (held out of tuning, forty-fifth round).

Modelled on http://dongchuan.km.gov.cn/c/2016-08-25/1192822.shtml (昆明市东川区: a 2016 article of a Yunnan district
portal whose articles are `/c/<YYYY-MM-DD>/<id>.shtml`, the layout this family's articles take) and
http://www.yn.gov.cn/zwgk/zfxxgkpt/zfxxgknb/zfxxgknb2019/ynszfxxgkgzndbg2019/202003/t20200331_201586.html (云南省's
2019 report in a 政府信息公开年报 column split by year). The `<object>` embedding is this family's choice; the cited
pages are text. Unlike objembed (an `<object data>` naming a report's PDF file), srcdoc, refframe or dualframe
(lists in `<iframe>`/`<frame>` documents), the list page itself is an HTML document a browser nests through
`<object data>`, an attribute HTML link readers that take `href` and `src` pass over.

- www.X.gov.cn: home (news; the government's newest report by `<a>`), 政务公开 (/zwgk/index.html: the guide and the
  three 年报 columns), /zwgk/nb/<bj|bm|xz>.html (the object), /zwgk/nb/<bj|bm|xz>_list.html (the embedded list),
  articles /c/<YYYY-MM-DD>/<id>.shtml.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build, esc
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

COLUMNS = {"bj": "县政府信息公开年报", "bm": "县直部门信息公开年报", "xz": "乡镇信息公开年报"}
FALLBACK = "<p>您的浏览器不支持嵌入内容，请使用IE8及以上版本或其他现代浏览器访问。</p>"


def list_path(key: str) -> str:
    return f"/zwgk/nb/{key}_list.html"


def embedded(key: str) -> str:
    return (f'<object type="text/html" data="{esc(list_path(key))}" width="100%" height="720" '
            f'class="nb-list">{FALLBACK}</object>')


def list_document(label: str, items) -> str:
    """The embedded list: a bare document of relative links (it opens each article in the top window)."""
    rows = "".join(f'<li><a href="{esc(urlsplit(a.url).path)}" target="_top">{esc(a.title)}</a><span>{a.date_text}</span></li>' for a in items)
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(label)}</title></head>'
            f'<body class="nb-embed"><ul class="list">{rows}</ul></body></html>')


def build_objectlist(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "objectlist"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)

    def doc_id(key, art):
        return stable_int("ol-art", county.pinyin, key, art.key, digits=7)

    columns = kit.unit_kind_report_columns(b, www, county, family, arts, noise, COLUMNS, urls, nav=nav,
                                           serial=doc_id, path=lambda key, art: f"/c/{art.day:%Y-%m-%d}/{doc_id(key, art)}.shtml")
    for key, label in COLUMNS.items():
        b.html_page(www, list_path(key), list_document(label, columns[key]), b.list_date(columns[key]), "list")
        kit.report_list_page(b, www, county, family, f"/zwgk/nb/{key}.html", label, embedded(key), columns[key], nav=nav)
    hrefs = [(f"/zwgk/nb/{key}.html", label) for key, label in COLUMNS.items()]
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=hrefs[0][0],
                            news_salt="ol-news", more=tuple(hrefs[1:]))
    return urls
