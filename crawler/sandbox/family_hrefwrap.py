"""A district portal whose 政府信息公开年报 column is written by a template that wraps long lines: every entry's `href`
is broken across lines at a fixed width — `href="\\n\\t\\t\\t\\t/zfxxgkzl/zfxxgknb/2015nb/dcqzf2015/2019\\n\\t\\t\\t\\t12/t20191231_2994419.html "`
— with a newline and tabs before the address and inside it, and a space after it. Browsers read such an href as the
URL standard says (leading and trailing spaces stripped, every ASCII tab and newline removed, wherever it is) and
reach the report; the address taken as written, its whitespace percent-encoded, is a 404. Every report but the
home page's newest is linked only by such a wrapped href (held out of tuning, thirty-seventh round).

Modelled on https://www.bjdch.gov.cn/zfxxgkzl/zfxxgknb/2015nb/dcqzf2015/201912/t20191231_2994419.html (北京东城区's
2015 report), https://www.bjdch.gov.cn/zfxxgkzl/zfxxgknb/2018nb/dcqzfbm2018/202304/t20230418_3058419.html (a 2018
department report, 区信息化工作办公室) and https://www.bjdch.gov.cn/zfxxgkzl/zfxxgknb/2025nb/dcqzfbm2025/202601/t20260120_4449966.html
(区城市管理委员会's 2025 report): one 政府信息公开年报 column, a folder per year `<YYYY>nb/` and per kind of unit
within it (`dcqzf<YYYY>` the government's, `dcqzfbm<YYYY>` the departments'), this family's paths. The wrapped
hrefs are this family's choice (the cited pages are text); templates that emit an attribute across lines are
common in hand-edited CMS skins. Unlike backslash (Windows separators a browser turns into slashes) or cjkpath
(raw Chinese in paths), the links are ordinary ASCII paths; only the whitespace inside them has to go.

- www.X.gov.cn: home (news; the government's newest report, linked plainly), 政务公开 (/zwgk/index.html: the
  guide, the column), /zfxxgkzl/zfxxgknb/index.html (every unit's reports of every year, by year, 解读 and
  look-alikes; wrapped hrefs), articles /zfxxgkzl/zfxxgknb/<YYYY>nb/<kind><YYYY>/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from itertools import groupby
from urllib.parse import urlsplit

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build, esc
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

FOLDER = "/zfxxgkzl/zfxxgknb/"
COLUMN = FOLDER + "index.html"
LABEL = "政府信息公开年报"
WIDTH = 40          # the template's line width, in characters of the address
INDENT = "\n\t\t\t\t"


def wrapped(url: str) -> str:
    """The address as the template writes it into `href`: cut every WIDTH characters, each piece on a line of its
    own, a space after the last."""
    return "".join(INDENT + url[i:i + WIDTH] for i in range(0, len(url), WIDTH)) + " "


def kind_folder(art: Article) -> str:
    year = kit.entry_year(art)
    kind = "qt" if art.report is None else "dcqzf" if art.report.unit.kind in ("gov", "office") else "dcqzfbm"
    return f"{FOLDER}{year}nb/{kind}{year}/"


def wrapped_list(items: list[Article]) -> str:
    """The column by year (a report's year, a non-report's date), each entry's href wrapped()."""
    def year(a: Article) -> int:
        return kit.entry_year(a)

    blocks = []
    for y, group in groupby(sorted(items, key=lambda a: (year(a), a.day, a.title), reverse=True), key=year):
        rows = "".join(f'<li><a href="{wrapped(urlsplit(a.url).path)}" '
                       f'target="_blank">{esc(a.title)}</a><span class="date">{a.date_text}</span></li>' for a in group)
        blocks.append(f'<h3>{y}年</h3><ul class="list">{rows}</ul>')
    return "".join(blocks)


def build_hrefwrap(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "hrefwrap"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache/2.4.6 (CentOS)")

    def serial(art) -> int:
        return stable_int("hw-art", county.pinyin, art.key, digits=7)

    items, urls = kit.report_column_pages(b, www, county, family, arts, noise, nav=nav, serial=serial, column=LABEL,
                                          path=lambda art: kit.trs_path(kind_folder(art), art.day, serial(art)))
    kit.report_list_page(b, www, county, family, COLUMN, LABEL, wrapped_list(items), items, nav=nav)
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(arts), nav=nav, reports_href=COLUMN,
                            news_salt="hw-news")
    return urls
