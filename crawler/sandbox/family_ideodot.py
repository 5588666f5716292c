"""A county portal whose departments' and townships' 政府信息公开年报, and the government's own reports before 2019, are
linked only from 汇总 pages an editor typed in the CMS's rich-text editor with a Chinese input method on: the link
dialog prefills `http://`, and the editor typed the rest, so the host's dots came out as the input method's full
stops — `http://www。X。gov。cn/xxgk/nb/bm/<YYYYMM>/t<YYYYMMDD>_<id>.html` (U+3002 IDEOGRAPHIC FULL STOP, Chinese
punctuation mode) on the 部门 page, `http://ｗｗｗ．X．ｇｏｖ．ｃｎ/xxgk/nb/xz/…` (full-width letters and U+FF0E FULLWIDTH
FULL STOP, full-width mode) on the 乡镇 page, and `http://www。X.gov.cn/…` (one dot typed in Chinese mode) on the
历年 page. A browser maps a URL's host with UTS #46 (the URL Standard's "domain to ASCII"): U+3002, U+FF0E and U+FF61
are label separators, full-width letters fold to ASCII, so every such link names the portal's own www host and the
report's path there; read as written, the host is no name the registry or DNS knows. The 年报 column itself lists
only the government's reports from 2019 on (relative links) and the three 汇总 pages; the columns' folders answer
no list (held out of tuning, sixty-sixth round).

Modelled on https://www.wj.gov.cn/html/czwj/2019/QIOLPALC_0109/61580.html (武进区湖塘镇人民政府's 2018 report, 江苏:
a township's report of the years before 2019, published by the district) and
http://www.suzhou.gov.cn/szsrmzf/szszfxxgknb/201903/4d9ab167aa224732afe03b7d9c41f4d1.shtml (苏州市's 2018 report
under 政府信息公开年度报告 > 苏州市政府信息公开年报, a column per level), and on the label separators of
http://unicode.org/reports/tr46/#Notation (UTS #46: U+002E, U+FF0E, U+3002, U+FF61), as
https://github.com/the-moisrex/webpp/issues/514 lists them for a URL library. The hand-typed 汇总 pages and their
input-method hosts are this family's choice (the search corpus holds the pages' text, not their hrefs). Unlike
fullwidth (full-width digits in a path, which a browser does not fold), idnhost (a Chinese host name, punycoded),
port80 (an upper-case host with `:80`) or barehost (a host written without a scheme), the host here is the portal's
own ASCII name, written with characters only host mapping turns into it.

- www.X.gov.cn (Apache): home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the
  column), /xxgk/nb/index.html (the government's reports from 2019 on, and the three 汇总 pages
  /xxgk/nb/hz/<bm|xz|ln>.html), articles /xxgk/nb/<bj|bm|xz>/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.common import trs_list_html
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report

COLUMNS = {"bj": "县政府信息公开年报", "bm": "部门信息公开年报", "xz": "乡镇信息公开年报"}
COLUMN = "/xxgk/nb/index.html"
IDEOGRAPHIC_STOP, FULLWIDTH_STOP = "\u3002", "\uff0e"


def ideographic(host: str) -> str:
    """The host typed in Chinese punctuation mode: each `.` an ideographic full stop."""
    return host.replace(".", IDEOGRAPHIC_STOP)


def fullwidth(host: str) -> str:
    """The host typed in full-width mode: letters and digits full-width (U+FF01 on), `.` a full-width full stop."""
    return "".join(FULLWIDTH_STOP if ch == "." else chr(ord(ch) + 0xFEE0) if ch.isascii() and ch.isalnum() else ch
                   for ch in host)


def first_stop(host: str) -> str:
    """The host with only its first dot typed in Chinese mode."""
    return host.replace(".", IDEOGRAPHIC_STOP, 1)


SUMMARIES = {"bm": ("各部门政府信息公开工作年度报告汇总", ideographic),
             "xz": ("各乡镇（街道）政府信息公开工作年度报告汇总", fullwidth),
             "ln": ("2019年以前县政府信息公开工作年度报告", first_stop)}


def summary_page(county: County, family: str, host: str, title: str, items: list[Article], typed, nav) -> str:
    """An editor's 汇总 page: a table of the units' reports, each linked by an address typed with `typed(host)`."""
    rows = "".join(f'<tr><td>{esc(a.report.unit.name)}</td><td>{a.report.year}年度</td><td><a href="http://'
                   f'{typed(host)}{a.url.split(host, 1)[1]}" target="_blank">{esc(a.title)}</a></td></tr>'
                   for a in items)
    main = (f'<div class="article"><h1>{esc(title)}</h1><table border="1" cellspacing="0"><tr><th>单位</th><th>年度</th>'
            f"<th>报告</th></tr>{rows}</table></div>")
    return page(county, family, title, main, column="政府信息公开年报", nav=nav, host=host)


def build_ideodot(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "ideodot"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache")
    urls: dict[str, str] = {}
    columns = kit.trs_unit_kind_columns(b, www, county, family, arts, noise, COLUMNS, urls, nav=nav, salt="id-art",
                                        folder="/xxgk/nb/{key}/")
    old = [a for a in columns["bj"] if a.report and a.report.template == "pre2019"]
    shown = [a for a in columns["bj"] if a not in old]
    lists = {"bm": columns["bm"], "xz": columns["xz"], "ln": old}
    entries = []
    for key, (title, typed) in SUMMARIES.items():
        path = f"/xxgk/nb/hz/{key}.html"
        b.html_page(www, path, summary_page(county, family, www.host, title, lists[key], typed, nav),
                    b.list_date(lists[key]), "list")
        entries.append(f'<li><a href="hz/{key}.html">{esc(title)}</a></li>')
    listing = trs_list_html(shown, "/xxgk/nb/") + f'<ul class="hz">{"".join(entries)}</ul>'
    kit.report_list_page(b, www, county, family, COLUMN, "政府信息公开年报", listing, shown, nav=nav)
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(shown), nav=nav,
                            reports_href=COLUMN, news_salt="id-news")
    return urls
