"""A district portal whose 政府信息公开年报 column keeps a folder per year whose name an editor typed with a Chinese
input method in full-width mode: the year folders are `/zfxxgk/zfgknb/２０２３/` (FULLWIDTH DIGIT characters,
U+FF10-FF19), and the columns link `<a href="/zfxxgk/zfgknb/２０２３/<id>.html">`. A browser does not fold full-width
characters to ASCII in a URL's path (only a host name is mapped, by IDNA); it percent-encodes them as UTF-8, so the
server holds each report at `/zfxxgk/zfgknb/%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%93/<id>.html`; the folded path
(`/zfxxgk/zfgknb/2023/…`, what a client that applies Unicode compatibility normalization, NFKC, to a whole URL
asks for) names no file and gets 404. Every report but the home page's newest is linked only by such a path (held
out of tuning, forty-first round).

Modelled on https://xushui.gov.cn/zfxxgk/zfgknb/2023/666160586494021.html (徐水区's 2023 report: one 政府信息公开年报
column `/zfxxgk/zfgknb/`, a folder per year, numeric article ids — this family's layout) and
http://www.hbkc.gov.cn/art/2024/1/26/art_5985_984980.html (宽城县政府办公室's 2023 report, a unit's own report in a
Hebei county portal). The full-width folder names are this family's choice (the cited addresses are ASCII); pages
typed in full-width mode are common in hand-kept columns. Unlike cjkpath (Chinese characters in a GBK page's path,
which must go out as UTF-8), backslash or hrefwrap (separators and whitespace a browser rewrites), the characters
here are ones a browser keeps as written although they look like ASCII digits.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the three
  columns), the columns /zfxxgk/zfgknb/<bj|bm|xz>.html, the articles /zfxxgk/zfgknb/<full-width year>/<id>.html.
"""

from __future__ import annotations

from urllib.parse import quote

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

COLUMNS = {"bj": "区政府信息公开年报", "bm": "部门信息公开年报", "xz": "乡镇（街道）信息公开年报"}
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def raw_path(county: County, art: Article) -> str:
    """The article's path as the column writes it: the year folder in full-width digits."""
    serial = stable_int("fw-art", county.pinyin, art.key, digits=15)
    return f"/zfxxgk/zfgknb/{str(kit.entry_year(art)).translate(FULL_WIDTH)}/{serial}.html"


def build_fullwidth(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "fullwidth"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    urls: dict[str, str] = {}
    columns = kit.unit_kind_columns(county, arts, noise, tuple(COLUMNS))
    hrefs = []
    for key, label in COLUMNS.items():
        listed = kit.newest_first(columns[key])
        for art in listed:
            serial = stable_int("fw-idx", county.pinyin, art.key, digits=5)
            kit.article_page(b, www, county, family, art, quote(raw_path(county, art), safe="/"), nav=nav,
                             column=label, index_no=kit.site_index_no(county, art, serial), report_urls=urls)
        path = f"/zfxxgk/zfgknb/{key}.html"
        kit.report_list_page(b, www, county, family, path, label,
                             kit.link_list(listed, href=lambda a: raw_path(county, a)), listed, nav=nav)
        hrefs.append((path, label))
    news = kit.trs_guide_and_news(b, www, county, family, noise, nav=nav, reports_href=hrefs[0][0],
                                  news_salt="fw-news", more=tuple(hrefs[1:]))
    kit.home_page(b, www, county, family, kit.focus_box(news) + kit.report_box([kit.newest_gov_report(arts)]),
                  nav=nav)
    return urls
