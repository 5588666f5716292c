"""A county portal whose 政府信息公开年报 are static pages named by their titles, in Chinese, in Chinese folders: the
GBK-encoded 年报 columns link `<a href="/xxgk/年报/2023/岚川县教育局2023年政府信息公开工作年度报告.html">`, the
characters raw in the HTML (an editor's upload tool kept each file's name as typed). A browser percent-encodes a
link's path as UTF-8 whatever the page's encoding (the URL standard's path percent-encode set; only the query takes
the document's encoding), so the server holds each page at `/xxgk/%E5%B9%B4%E6%8A%A5/2023/…html`; the same path
escaped in the page's own encoding, GBK (`/xxgk/%C4%EA%B1%A8/…`, what a client that encodes a whole link like a query
sends), names no file and gets 404 (held out of tuning, thirty-fifth round).

Modelled on http://xxgk.guangshan.gov.cn/show.php?classid=4471&id=37290&bid=1 (光山县2015年政府信息公开工作年度报告 on
the county's 政府信息公开网, a Henan county's pre-2019 report) and on the behaviour shown by
https://xiaogd.net/md/url-charset-encoding-and-mojibake-2 (a GBK page whose link `你好/index.html` a browser requests
UTF-8-encoded, while the link's query `?s=你好` goes out in GBK). The Chinese file and folder names are this family's
choice; the cited report's own address is numeric. Unlike gbkquery (Chinese in a link's query, which must go out in
the page's GBK), idnhost (a Chinese host name) or backslash (a path's separators), here the Chinese is in the path,
which must go out in UTF-8 although the page is GBK.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the three
  columns), the columns /xxgk/nb/<bj|bm|xz>.html (GBK), the articles (GBK) /xxgk/年报/<year published>/<title>.html.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

COLUMNS = {"bj": "本级政府信息公开年报", "bm": "部门政府信息公开年报", "xz": "乡镇政府信息公开年报"}
CHARSET = "gbk"


def raw_path(art: Article) -> str:
    """The page's path as the portal writes it: a folder per year of publication, the file named by the title
    (without the characters a file name cannot hold)."""
    name = re.sub(r'[\s/\\?#%"<>:*|]', "", art.title)
    return f"/xxgk/年报/{art.day.year}/{name}.html"


def served_path(art: Article) -> str:
    """What a browser asks for: the path's non-ASCII characters percent-encoded as UTF-8."""
    return quote(raw_path(art), safe="/")


def build_cjkpath(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "cjkpath"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Microsoft-IIS/6.0")
    urls: dict[str, str] = {}
    columns = kit.unit_kind_columns(county, arts, noise, tuple(COLUMNS))
    hrefs = []
    for key, label in COLUMNS.items():
        listed = kit.newest_first(columns[key])
        for art in listed:
            serial = stable_int("cp-art", county.pinyin, art.key, digits=5)
            kit.article_page(b, www, county, family, art, served_path(art), nav=nav, column=label,
                             index_no=kit.site_index_no(county, art, serial), report_urls=urls, charset=CHARSET)
        path = f"/xxgk/nb/{key}.html"
        kit.report_list_page(b, www, county, family, path, label, kit.link_list(listed, href=raw_path), listed,
                             nav=nav, charset=CHARSET)
        hrefs.append((path, label))
    news = kit.trs_guide_and_news(b, www, county, family, noise, nav=nav, reports_href=hrefs[0][0],
                                  news_salt="cp-news", more=tuple(hrefs[1:]))
    kit.home_page(b, www, county, family, kit.focus_box(news) + kit.report_box([kit.newest_gov_report(arts)],
                                                                                 href=raw_path), nav=nav)
    return urls
