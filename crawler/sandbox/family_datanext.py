"""A county portal whose 政府信息公开年报 column shows its 6 newest entries and a 加载更多 button that carries the next
part's address as data — `<button type="button" class="load-more" data-next="/zfxxgknb/more_2.shtml">加载更多</button>`
— for a jQuery plug-in (`/static/js/jquery.loadmore.min.js`) that the template still includes but the server no
longer has (404): the button does nothing, in a browser too. Each part (`more_<n>.shtml`, a fragment of `<li>`s)
ends with the button for the next, the last with none. Every entry past the first six, the older years' reports
among them, is named only in a part, and each part only by the `data-next` of the one before (held out of tuning,
thirty-seventh round).

Modelled on http://wenchang.hainan.gov.cn/wenchang/nb2017/201803/87418b3306454be78643e6237772aca1.shtml (海南文昌市's
2017 report in the 政府信息公开年报 column, `首页 > 政府信息公开年报 > 2017`: a folder per year `nb<YYYY>/`, articles
`<YYYYMM>/<32 hex>.shtml`, the layout this family takes) and http://fygsj.cn/hainan/zfxxgknb/202011/1a0c2d73a2eb4c8eadedba2c387ecb23.shtml
(海南's 2009 report republished in a `zfxxgknb` column: reports from before 2019 kept). The data-next button and the
missing script are this family's choice (the cited pages are text). Unlike loadmore (a working script that GETs
`page=n` from a list interface no markup names), datahref (each row's own address in `data-href`) or relnext (`<link
rel="next">`), the next part's address is written in the markup, as data of a control no script serves.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide, the column),
  /zfxxgknb/index.shtml (6 newest entries, the button), /zfxxgknb/more_<n>.shtml (the next 6 each; every unit's
  reports of every year, 解读 and look-alikes, newest first), articles /zfxxgknb/nb<YYYY>/<YYYYMM>/<32 hex>.shtml.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build
from nianbao.crawler.sandbox.names import County, stable_hex, stable_int
from nianbao.crawler.sandbox.report import Report

FOLDER = "/zfxxgknb/"
COLUMN = FOLDER + "index.shtml"
PLUGIN = "/static/js/jquery.loadmore.min.js"   # included by the template, not served
LABEL = "政府信息公开年报"
PART = 6


def part_path(n: int) -> str:
    return f"{FOLDER}more_{n}.shtml"


def more_button(n: int, parts: int) -> str:
    """The button that loads part `n`, or nothing past the last part."""
    if n > parts:
        return ""
    return (f'<button type="button" class="load-more" data-next="{part_path(n)}" data-target="#nblist">加载更多'
            "</button>")


def build_datanext(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "datanext"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Microsoft-IIS/7.5")

    def serial(art: Article) -> int:
        return stable_int("dn-art", county.pinyin, art.key, digits=7)

    def path(art: Article) -> str:
        year = kit.entry_year(art)
        return f"{FOLDER}nb{year}/{art.day:%Y%m}/{stable_hex('dn-art', county.pinyin, art.key)}.shtml"

    items, urls = kit.report_column_pages(b, www, county, family, arts, noise, nav=nav, path=path, serial=serial,
                                          column=LABEL)
    chunks = [items[i:i + PART] for i in range(0, len(items), PART)]
    parts = len(chunks)   # chunk 1 is the column page itself; parts 2..parts are fragments
    for n, chunk in enumerate(chunks[1:], 2):
        b.html_page(www, part_path(n), kit.link_list(chunk) + more_button(n + 1, parts), b.list_date(chunk), "list")
    listing = f'<div id="nblist">{kit.link_list(chunks[0])}</div>{more_button(2, parts)}'
    kit.report_list_page(b, www, county, family, COLUMN, LABEL, listing, items, nav=nav,
                         scripts=f'<script src="{PLUGIN}"></script>')
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(arts), nav=nav, reports_href=COLUMN,
                            news_salt="dn-news")
    return urls
