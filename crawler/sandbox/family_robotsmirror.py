"""A county portal whose 信息公开目录 (`/xxgk/`, the column every menu links, listing every unit's 政府信息公开年报
of every year) is closed to every crawler by its robots.txt (`User-agent: *` / `Disallow: /xxgk/`, as portals close
their dynamic directory systems to spare the server), while the reports themselves are articles of the CMS's
政务公开 column under an allowed path (`/zwgk/zfxxgknb/<YYYYMM>/t<YYYYMMDD>_<id>.html`) whose list page no page links
and the server does not have (the column is published only as articles; its folder answers 404). The one allowed
page that names them is the site map for search engines, and it is gzip-compressed: robots.txt's `Sitemap:` line
names `/sitemap.xml.gz` (served `application/x-gzip`, a sitemaps.org `<urlset>` inside; there is no plain
/sitemap.xml). A crawler that obeys robots.txt finds the reports only through that file (held out of tuning,
thirty-third round).

Modelled on https://zwinkt.com/zwgk/art/2018/2/28/art_46355_1634538 (a copy of 泰州市's 2017 report, Jiangsu: the
report an article in the 政务公开 part of the site, `分类 政府信息公开年报`, 索引号 and 发布机构 in a table) and
http://www.x-web.org/robots.txt (`Sitemap: http://x-web.org/sitemap.xml.gz`, a robots.txt naming a gzipped site map,
as the sitemaps.org protocol allows). That this portal's directory is disallowed and its column unlisted is this
family's choice (the cited pages are text; robots rules are described at http://wuhanyouhua.com/xiaozhishi/231748.html).
Unlike sitemap (the column is allowed and linked, showing its six newest entries; the site map a plain XML
index), the reports here are linked plainly by a page a polite crawler must not fetch, and the site map is the
only allowed way to them.

- www.X.gov.cn: home (news; one static link, the government's newest report), 政务公开 (/zwgk/index.html: the
  guide, 信息公开目录 → /xxgk/index.html), 新闻中心 (/xwzx/).
- /robots.txt: `Disallow: /xxgk/` (and /search/, /private/), `Sitemap: http://www.X.gov.cn/sitemap.xml.gz`.
- /xxgk/index.html (disallowed): the 目录's 年度报告 category, three lists (本级, 部门, 乡镇) linking every report.
- /sitemap.xml.gz: `<urlset>` of every report, 解读, look-alike, the guide and the news.
"""

from __future__ import annotations

import gzip
from xml.sax.saxutils import escape

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

FOLDER = "/zwgk/zfxxgknb/"
DIRECTORY = "/xxgk/index.html"
SITEMAP = "/sitemap.xml.gz"
GZIP_TYPE = "application/x-gzip"
KEYS = ("bj", "bm", "xz")
LABELS = {"bj": "本级", "bm": "部门", "xz": "乡镇（街道）"}


def urlset(items: list[Article]) -> bytes:
    """The site map: a sitemaps.org `<urlset>` of `items`, gzip-compressed (no timestamp: deterministic bytes)."""
    rows = "".join(f"<url><loc>{escape(a.url)}</loc><lastmod>{a.day:%Y-%m-%d}</lastmod></url>" for a in items)
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
           f"{rows}</urlset>")
    return gzip.compress(xml.encode(), mtime=0)


def build_robotsmirror(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "robotsmirror"
    robots = ("User-agent: *\nDisallow: /xxgk/\nDisallow: /search/\nDisallow: /private/\n\n"
              f"Sitemap: http://{county.host}{SITEMAP}\n")
    nav = [("首页", "/"), ("政务公开", "/zwgk/index.html"), ("信息公开目录", DIRECTORY), ("新闻中心", "/xwzx/index.html")]
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx", robots_txt=robots)
    urls: dict[str, str] = {}
    columns = kit.trs_unit_kind_columns(b, www, county, family, arts, noise, LABELS, urls, nav=nav, salt="rm-art",
                                        folder=FOLDER)
    newest = kit.newest_gov_report(columns["bj"])
    lists = "".join(f'<h3>{LABELS[key]}</h3>{kit.link_list(columns[key])}' for key in KEYS)
    b.html_page(www, DIRECTORY, page(county, family, "信息公开目录", f"<h2>年度报告</h2>{lists}", column="信息公开目录",
                                     nav=nav, host=www.host), b.list_date(columns["bj"]), "disallowed")
    news = kit.trs_guide_and_news(b, www, county, family, noise, nav=nav, reports_href=DIRECTORY, news_salt="rm-news")
    kit.news_and_report_home(b, www, county, family, news, newest, nav=nav)
    named = kit.newest_first([a for key in KEYS for a in columns[key]] + noise["guide"] + news)
    b.add(www, SITEMAP, Page(urlset(named), SITE_DATE, GZIP_TYPE), "sitemap")
    return urls
