"""
A district portal whose 政府信息公开年报 are pages its CMS saved under names it had already URL-escaped: the file on
disk is literally `2017%E5%B9%B4%E5%BA%A6%E6%8A%A5%E5%91%8A_<id>.html` (the title stem `<YYYY>年度报告` escaped once by
the upload code and stored so), in a folder per year and kind of unit, `/gongkai/zfxxgk/zfxxgknb/<YYYY>nb/<qzf|bm|jd>/`.
A file name holding `%` must be escaped again to be named in a URL, so the columns link
`<a href="…/2017nb/bm/2017%25E5%25B9%25B4…_<id>.html">`. A browser sends `%25` as written and the server, mapping the
decoded path to the file, finds the page; a client that takes `%25E5` for a double escape and "repairs" it to `%E5`
(or unescapes the path and escapes it anew) asks for `2017年度报告_<id>.html`, a file that does not exist (404).
Every report but the home page's newest is linked only by such an address; the columns list every unit's reports of
every year — the district's, its 委办局' and its 街道' — the years before 2019 included (held out of tuning,
fifty-fourth round).

Modelled on https://www.beijing.gov.cn/gongkai/zfxxgk/zfxxgknb/2017nb/qzf/202102/t20210224_2287570.html (北京市西城区
人民政府's 2017 report in the 政府信息公开年报 column, a folder per year `<YYYY>nb/` and per kind of unit `qzf/`: this
family's layout) and http://www.beijing.gov.cn/gongkai/zfxxgk/zfxxgknb/2017nb/qzf/202102/t20210224_2287578.html
(东城区's 2017 report, compiled from its 街道办事处' and 委办局' reports). The file names stored already escaped are
this family's choice (the cited addresses are ASCII); uploads saved under their escaped names are a known fault of
hand-written upload code. Unlike encslash (a servlet path that needs its `%2F` kept), fullwidth or cjkpath (raw
characters a browser escapes once) or percentu (`%u` escapes in a query), the `%25` here is a percent sign that is
part of the file's name.

- www.X.gov.cn (TRS): home (news; the government's newest report, plain), 政务公开 (/zwgk/index.html: the guide and
  the three columns), /gongkai/zfxxgk/zfxxgknb/<qzf|bm|jd>.html (every unit's reports of every year), articles
  /gongkai/zfxxgk/zfxxgknb/<YYYY>nb/<key>/<YYYY>%25E5%25B9%25B4%25E5%25BA%25A6%25E6%258A%25A5%25E5%2591%258A_<id>.html.
"""

from __future__ import annotations

from urllib.parse import quote

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

COLUMNS = {"qzf": "区政府信息公开年报", "bm": "委办局信息公开年报", "jd": "街道办事处信息公开年报"}


def stored_name(county: County, key: str, art: Article) -> str:
    """The file's name on disk: the title stem escaped once by the upload code, then the document id."""
    year = art.report.year if art.report else art.day.year
    return quote(f"{year}年度报告") + f"_{stable_int('pn-art', county.pinyin, key, art.key, digits=7)}.html"


def url_path(county: County, key: str, art: Article) -> str:
    """The file's address: its folder and its stored name escaped again (`%` → `%25`), as a URL must name it."""
    year = art.report.year if art.report else art.day.year
    return f"/gongkai/zfxxgk/zfxxgknb/{year}nb/{key}/" + quote(stored_name(county, key, art))


def column_path(key: str) -> str:
    return f"/gongkai/zfxxgk/zfxxgknb/{key}.html"


def build_pctname(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "pctname"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx/1.12.2")
    urls: dict[str, str] = {}
    columns = kit.unit_kind_columns(county, arts, noise, tuple(COLUMNS))
    for key, label in COLUMNS.items():
        listed = kit.newest_first(columns[key])
        for art in listed:
            serial = stable_int("pn-idx", county.pinyin, key, art.key, digits=5)
            kit.article_page(b, www, county, family, art, url_path(county, key, art), nav=nav, column=label,
                             index_no=kit.site_index_no(county, art, serial), report_urls=urls)
        kit.report_list_page(b, www, county, family, column_path(key), label,
                             kit.link_list(listed, href=lambda a, key=key: url_path(county, key, a)), listed, nav=nav)
    links = tuple((column_path(key), label) for key, label in COLUMNS.items())
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(arts), nav=nav,
                            reports_href=links[0][0], news_salt="pn-news", more=links[1:])
    return urls
