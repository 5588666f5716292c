"""A district portal whose 政府信息公开年报 column page shows only its six newest entries, and whose whole list is its
Atom feed, written with XML Base: the column's head names `<link rel="alternate" type="application/atom+xml"
href="/rss/zfxxgknb.xml">` (and the page a 订阅 link), and the feed sets `xml:base` twice — on `<feed>` the column's
folder (`http://www.X.gov.cn/gongkai/zfxxgknb/`), on each `<entry>` the entry's own folder (`2017nb/jd/201803/`) —
so that every entry's `<link rel="alternate" href="t20180310_1234567.html"/>` is a bare file name. Atom (RFC 4287
§2) and XML Base (RFC 3986 resolution, innermost `xml:base` first) resolve it to the article; resolved against the
feed's own address (/rss/) it names nothing. Entry ids are tag URIs, not addresses (held out of tuning,
seventy-third round).

Modelled on https://www.beijing.gov.cn/gongkai/zfxxgk/zfxxgknb/2017nb/qzf/202102/t20210224_2287570.html (北京市西城区's
2017 report in Beijing's 政府信息公开年报 column: a year folder, then a folder for the kind of unit, `<YYYY>nb/qzf/`,
then a TRS article `<YYYYMM>/t<YYYYMMDD>_<id>.html`) and https://www.bjdx.gov.cn/bjsdxqrmzf/zwfw/zfxxgk/dxqzf69/
2017n/xzjd6/737810/index.html (大兴区天宫院街道's 2017 report: a 街道's pre-2019 report kept by its district, filed
by year and by kind of unit). The folders by year and kind of unit (区政府 qzf, 委办局 bm, 街道 jd) are the real
pages'; the short column and an Atom feed with `xml:base` are this family's choice (the cited pages are text). Unlike
rssfeed (RSS and Atom whose links are absolute URLs), basehref (an HTML `<base href>`) and relnext, the reports are
named only by references that an XML document's nested `xml:base` attributes complete.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the column),
  /gongkai/zfxxgknb/index.html (the six newest entries, the feed's link), /rss/zfxxgknb.xml (the feed, every
  entry), /rss/index.html (RSS订阅), articles /gongkai/zfxxgknb/<YYYY>nb/<qzf|bm|jd>/<YYYYMM>/t<YYYYMMDD>_<7
  digits>.html (<YYYY> the report's year; other items' under the year of their date, in qzf/).
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build, esc, moment
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.common import trs_list_html
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

FOLDER = "/gongkai/zfxxgknb/"
COLUMN = FOLDER + "index.html"
FEED = "/rss/zfxxgknb.xml"
LABEL = "政府信息公开年报"
COLUMN_SHOWS = 6
ATOM_TYPE = "application/atom+xml; charset=utf-8"
KIND_FOLDERS = ("qzf", "bm", "jd")   # 区政府 (and its office), 委办局, 街道


def kind_folder(art: Article) -> str:
    kind = art.report.unit.kind if art.report else "gov"
    return kit.unit_kind_key(kind, KIND_FOLDERS)


def entry_folder(art: Article) -> str:
    """The folder of an article below the column's: `<YYYY>nb/<kind>/<YYYYMM>/`."""
    year = art.report.year if art.report else art.day.year
    return f"{year}nb/{kind_folder(art)}/{art.day:%Y%m}/"


def doc_id(county: County, art: Article) -> int:
    return stable_int("ab-art", county.pinyin, art.key, digits=7)


def file_name(county: County, art: Article) -> str:
    return f"t{art.day:%Y%m%d}_{doc_id(county, art)}.html"


def atom_feed(county: County, host: str, items: list[Article]) -> bytes:
    """The column's Atom feed: `xml:base` on the feed (the column's folder) and on each entry (its folder), each
    entry's link a bare file name, its id a tag URI."""
    entries = "".join(
        f'\n  <entry xml:base="{entry_folder(a)}">\n    <title>{esc(a.title)}</title>\n'
        f'    <link rel="alternate" type="text/html" href="{file_name(county, a)}"/>\n'
        f"    <id>tag:{host},{a.day:%Y-%m-%d}:{doc_id(county, a)}</id>\n"
        f"    <updated>{moment(a.day).isoformat()}</updated>\n  </entry>" for a in items)
    return ('<?xml version="1.0" encoding="utf-8"?>\n'
            f'<feed xmlns="http://www.w3.org/2005/Atom" xml:base="http://{host}{FOLDER}" xml:lang="zh-CN">\n'
            f"  <title>{esc(county.gov_name)}-{LABEL}</title>\n  <id>tag:{host},2008:zfxxgknb</id>\n"
            f"  <updated>{(moment(items[0].day) if items else SITE_DATE).isoformat()}</updated>"
            f"{entries}\n</feed>\n").encode()


def build_atombase(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "atombase"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="TRS WCM")
    items, urls = kit.report_column_pages(
        b, www, county, family, arts, noise, nav=nav,
        path=lambda art: FOLDER + entry_folder(art) + file_name(county, art),
        serial=lambda art: doc_id(county, art))
    b.add(www, FEED, Page(atom_feed(county, www.host, items), b.list_date(items), ATOM_TYPE), "feed")
    alternate = f'<link rel="alternate" type="application/atom+xml" title="{LABEL}" href="{FEED}">'
    shown = items[:COLUMN_SHOWS]
    listing = (trs_list_html(shown, FOLDER)
               + f'<p class="more">共{len(items)}条，本页显示最新{len(shown)}条。<a href="{FEED}">订阅本栏目（Atom）</a></p>')
    kit.report_list_page(b, www, county, family, COLUMN, LABEL, listing, shown, nav=nav, scripts=alternate)
    b.html_page(www, "/rss/index.html", page(county, family, "RSS订阅",
                                             f'<p>将下列频道地址添加到阅读器即可订阅。</p><p>{LABEL}：<a href="{FEED}">'
                                             f"http://{www.host}{FEED}</a></p>", nav=nav, host=www.host),
                SITE_DATE, "section")
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(items), nav=nav,
                            reports_href=COLUMN, news_salt="ab-news")
    return urls
