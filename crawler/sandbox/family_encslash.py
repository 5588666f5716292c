"""A county portal whose 政府信息公开年报 are shown by a file-view servlet that takes the stored file's path as ONE
path segment, its slashes percent-encoded: the three 年报 columns (本级, 部门, 乡镇（街道）, plain HTML lists) link
each report as `/attach/view/xxgk%2Fndbg%2F<key>%2F<YYYY>%2F<id>.html`. The servlet sits behind Apache with
`AllowEncodedSlashes NoDecode`: it answers only the path as written; the same path with the `%2F` decoded
(`/attach/view/xxgk/ndbg/…`, what a client that normalises a URL's escapes asks for) is `404`. RFC 3986 section 2.2:
`%2F` is data, not a separator, and is not equivalent to `/`. Every report of every unit and year, the years before
2019 included, is reached only so (held out of tuning, forty-sixth round).

Modelled on https://cnblogs.com/iLoveMyD/p/3449122.html (an Apache site carrying a URL inside a path, its slashes
encoded, "默认情况下 apache发现请求的URL中有对斜线的编码后的字符,是会返回404页面的" until `AllowEncodedSlashes`),
https://gitlab.com/gateship-one/malp/-/merge_requests/125 (a client's `/path%2Fartist%20name%2Falbum%20name%2Fcover.jpg`
requests, a file path as one encoded segment) and http://xizang.gov.cn/zwgk/xxgk_424/xxgknb/2014nb/201902/t20190223_64763.html
(a 政府信息公开年度报告 stored by year). A 信息公开 system serving its reports through such a servlet is this family's
choice; the cited pages show the server rule and the encoded requests, not a portal of reports. Unlike cjkpath
(non-ASCII path bytes whose escaping a client must get right), gbkquery (a GBK query) or backslash (`\\` separators),
the escape here is one a normalising client removes, and the server needs it kept.

- www.X.gov.cn: home (news; a 年报 box of the three columns), 政务公开 (/zwgk/index.html: the guide and the three
  columns), /xxgk/ndbg/<bj|bm|xz>/index.html (the columns), reports /attach/view/xxgk%2Fndbg%2F<key>%2F<YYYY>%2F<id>.html.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

VIEW = "/attach/view/"
COLUMNS = {"bj": "本级政府信息公开年报", "bm": "部门政府信息公开年报", "xz": "乡镇（街道）政府信息公开年报"}


def column_path(key: str) -> str:
    return f"/xxgk/ndbg/{key}/index.html"


def stored_path(key: str, year: int, doc_id: int) -> str:
    """Where the file lies in the servlet's store: the one segment after VIEW, its slashes encoded."""
    return VIEW + "%2F".join(("xxgk", "ndbg", key, str(year), f"{doc_id}.html"))


def build_encslash(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "encslash"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache/2.4.6 (CentOS)")
    urls: dict[str, str] = {}
    columns = kit.unit_kind_columns(county, arts, noise, tuple(COLUMNS))
    for key, label in COLUMNS.items():
        columns[key] = kit.newest_first(columns[key])

        def doc_id(art, key=key) -> int:
            return stable_int("es-art", county.pinyin, key, art.key, digits=6)

        kit.column_pages(b, www, county, family, columns[key], urls, nav=nav, column=label, serial=doc_id,
                         path=lambda art, key=key, doc_id=doc_id: stored_path(key, art.day.year, doc_id(art)))
        kit.report_list_page(b, www, county, family, column_path(key), label, kit.link_list(columns[key]),
                             columns[key], nav=nav)
    more = tuple((column_path(key), label) for key, label in list(COLUMNS.items())[1:])
    news = kit.trs_guide_and_news(b, www, county, family, noise, nav=nav, reports_href=column_path("bj"),
                                  news_salt="es-news", more=more)
    box = '<div class="nbcols"><h3>政府信息公开年报</h3><ul>' + "".join(
        f'<li><a href="{column_path(key)}">{label}</a></li>' for key, label in COLUMNS.items()) + "</ul></div>"
    kit.home_page(b, www, county, family, kit.focus_box(news) + box, nav=nav)
    return urls
