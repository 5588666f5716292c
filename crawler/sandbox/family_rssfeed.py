"""A TRS county portal whose 年报 column is a widget of its newest entries with no pager and no 更多, while the full
list of every unit's reports is the column's news feed: RSS 2.0 on one portal, Atom 1.0 on the next, named by a
`<link rel="alternate" type="application/rss+xml">` in the column's head and by the portal's RSS订阅 page (held out of
tuning, seventh round).

The URL layout is modelled on http://www.csx.gov.cn/zwgk/bmxxgkml/xwjj/zcwj74/202401/t20240116_11348056.html (长沙县:
a TRS site, articles `<yyyymm>/t<yyyymmdd>_<id>.html` under the column folder) and its report column on
http://www.shishi.gov.cn/zwgk/ztzl/lhzt/gzjz/202402/t20240227_3008186.htm (石狮: 37 units' reports "统一链接到「政府信息
公开年度报告」栏目", one column for every unit). The feeds are the per-column 信息订阅 (RSS) that TRS portals offer
(`<channel>`/`<item>` with `<link>` and `<pubDate>`; Atom `<entry>` with `<link href>`), not seen on those pages
themselves. Unlike the sitemap family (a search-engine site map named by robots.txt) no file for crawlers is
involved: the feed is for readers, announced in HTML, and its entries are XML elements, never `<a href>`.

- www.X.gov.cn: home (news; one static link, the government's newest report; footer link to RSS订阅), 政务公开
  (/zwgk/index.html) → 政府信息公开年报 (/zwgk/zfxxgknb/index.html: the 6 newest entries; its head names the feed).
- /rss/index.html (RSS订阅): one row per column feed, `<a href="/rss/zfxxgknb.xml">` and `/rss/xwzx.xml`.
- /rss/zfxxgknb.xml: every report from 2008 on of every unit, 解读, look-alikes, newest first (RSS 2.0 on the
  family's first portal of each pair, Atom 1.0 on the second); /rss/xwzx.xml likewise for the news.
"""

from __future__ import annotations

from email.utils import format_datetime

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build, esc, moment
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.common import trs_list_html
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

COLUMN_SHOWS = 6
NB = "/zwgk/zfxxgknb/"
NEWS = "/xwzx/"
RSS_TYPE = "application/rss+xml; charset=utf-8"
ATOM_TYPE = "application/atom+xml; charset=utf-8"


def rss(title: str, site_url: str, items: list[Article]) -> bytes:
    rows = "".join(f"<item><title>{esc(a.title)}</title><link>{esc(a.url)}</link><guid isPermaLink=\"true\">"
                   f"{esc(a.url)}</guid><pubDate>{format_datetime(moment(a.day), usegmt=True)}</pubDate>"
                   f"<description>{esc(a.title)}</description></item>" for a in items)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
            f"<title>{esc(title)}</title><link>{esc(site_url)}</link><description>{esc(title)}</description>"
            f"<language>zh-cn</language>{rows}</channel></rss>").encode()


def atom(title: str, feed_url: str, items: list[Article]) -> bytes:
    rows = "".join(f'<entry><title>{esc(a.title)}</title><link rel="alternate" href="{esc(a.url)}"/>'
                   f"<id>{esc(a.url)}</id><updated>{moment(a.day).isoformat()}</updated></entry>" for a in items)
    return ('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
            f'<title>{esc(title)}</title><link rel="self" href="{esc(feed_url)}"/><id>{esc(feed_url)}</id>'
            f"<updated>{SITE_DATE.isoformat()}</updated>{rows}</feed>").encode()


def trs_path(county: County, folder: str, art: Article) -> str:
    return kit.trs_path(folder, art.day, stable_int("rf-art", county.pinyin, art.key, digits=8))


def build_rssfeed(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "rssfeed"
    nav = [("首页", "/"), ("政务公开", "/zwgk/index.html"), ("新闻中心", NEWS + "index.html")]
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="TRS WCM")
    use_atom = county.group % 2 == 1   # the family's first portal RSS, its second Atom
    feed_type, feed_mime = ("application/atom+xml", ATOM_TYPE) if use_atom else ("application/rss+xml", RSS_TYPE)
    urls: dict[str, str] = {}
    items = kit.report_column(county, arts, noise)
    newest = kit.newest_gov_report(items)
    kit.column_pages(b, www, county, family, items, urls, nav=nav, path=lambda art: trs_path(county, NB, art))
    news = kit.news_items(county, noise, 3, ("news", "notices", "summary"))
    for art in news:
        kit.article_page(b, www, county, family, art, trs_path(county, NEWS, art), nav=nav, column="新闻中心",
                         index_no=art.key)
    feeds = {"zfxxgknb": ("政府信息公开年报", items), "xwzx": ("新闻中心", news)}
    for name, (title, listed) in feeds.items():
        feed_url = f"http://{www.host}/rss/{name}.xml"
        data = (atom(f"{county.gov_name}-{title}", feed_url, listed) if use_atom
                else rss(f"{county.gov_name}-{title}", f"http://{www.host}/", listed))
        b.add(www, f"/rss/{name}.xml", Page(data, b.list_date(listed), feed_mime), "feed")

    def alternate(name: str, title: str) -> str:
        return f'<link rel="alternate" type="{feed_type}" title="{esc(title)}" href="/rss/{name}.xml">'

    shown = items[:COLUMN_SHOWS]
    b.html_page(www, NB + "index.html", page(county, family, "政府信息公开年报", trs_list_html(shown, NB),
                                             column="政府信息公开年报", nav=nav, host=www.host,
                                             scripts=alternate("zfxxgknb", "政府信息公开年报")),
                b.list_date(shown), "list")
    b.html_page(www, NEWS + "index.html", page(county, family, "新闻中心", trs_list_html(news[:COLUMN_SHOWS], NEWS),
                                               nav=nav, host=www.host, scripts=alternate("xwzx", "新闻中心")),
                b.list_date(news), "list")
    rows = "".join(f'<tr><td>{esc(title)}</td><td><a href="/rss/{name}.xml" target="_blank">'
                   f'RSS</a></td></tr>' for name, (title, _) in feeds.items())
    b.html_page(www, "/rss/index.html", page(county, family, "RSS订阅", '<p>将下列频道地址添加到RSS阅读器即可订阅。</p>'
                                             f'<table class="rss">{rows}</table>', nav=nav, host=www.host),
                SITE_DATE, "section")
    kit.guide_section(b, www, county, family, noise["guide"], nav=nav, path="/zwgk/index.html", title="政务公开",
                      article_path=lambda art: trs_path(county, "/zwgk/zfxxgkzn/", art),
                      reports_href="./zfxxgknb/index.html")
    home = (f'{kit.focus_box(news)}{kit.report_box([newest])}'
            '<div class="links"><a href="/rss/index.html">RSS订阅</a> <a href="/wzdt/index.html">网站地图</a></div>')
    kit.home_page(b, www, county, family, home, nav=nav)
    return urls
