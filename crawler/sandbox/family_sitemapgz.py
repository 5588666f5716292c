"""A district portal whose 政府信息公开年报 are articles of its CMS under an allowed path whose column page no page
links and the server does not have (the 年报 are published only as articles; the folder answers 404), and whose
robots.txt asks every crawler to wait (`User-agent: *` / `Crawl-delay: 10`) and names, as its only `Sitemap:`, a
gzip-compressed sitemap index, `/sitemap_index.xml.gz`, whose entries are further gzip-compressed sitemaps, one per
section (`/sitemaps/zfxxgknb_<bj|bm|jd>.xml.gz`, `/sitemaps/xwzx.xml.gz`), each a sitemaps.org `<urlset>`. The
reports of every unit and every year, the years before 2019 included, are named only in those nested files; no HTML
page links a report but the home page's newest (held out of tuning, forty-eighth round).

Modelled on http://www.hunnan.gov.cn/zwgk/zfxxgknb/gbmxxgkgzndbg/202208/t20220801_3776352.html (浑南区营商环境建设局's
2018 report, filed under the district's 政府信息公开年报 → 各部门 column: a Liaoning department's report of the years
before 2019) and http://www.shenyang.gov.cn/zwgk/zfxxgkndgzbg/2018n/syszfxxgkgzndbg/202111/t20211102_635330.html
(沈阳's 2018 report in a 政府信息公开年报 column by year). The robots.txt, the Crawl-delay and the nested gzipped site
maps are this family's choice (the cited pages are text; the sitemaps.org protocol lets a sitemap index and its
sitemaps be gzip-compressed, and CMS sitemap plugins write one file per section). Unlike sitemap (a plain XML index
beside a column showing the newest entries) and robotsmirror (one gzipped `<urlset>` beside a disallowed directory),
the way to the reports is two gzipped levels deep, from a robots.txt that also sets a crawl delay.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide), articles
  /zwgk/zfxxgknb/<bj|bm|jd>/<YYYYMM>/t<YYYYMMDD>_<id>.html, news /xwzx/.
- /robots.txt (`Crawl-delay: 10`, `Sitemap: http://www.X.gov.cn/sitemap_index.xml.gz`); /sitemap_index.xml.gz (a
  `<sitemapindex>`, application/x-gzip); /sitemaps/<section>.xml.gz (`<urlset>`s, application/x-gzip).
"""

from __future__ import annotations

import gzip
from xml.sax.saxutils import escape

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build
from nianbao.crawler.sandbox.family_robotsmirror import GZIP_TYPE, urlset
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

FOLDER = "/zwgk/zfxxgknb/"
INDEX = "/sitemap_index.xml.gz"
LABELS = {"bj": "区本级", "bm": "区直部门", "jd": "街道"}
CRAWL_DELAY = 10


def section_map(name: str) -> str:
    return f"/sitemaps/{name}.xml.gz"


def sitemap_index(host: str, names: list[str]) -> bytes:
    """A sitemaps.org `<sitemapindex>` of the sections' files, gzip-compressed (no timestamp: deterministic bytes)."""
    rows = "".join(f"<sitemap><loc>{escape(f'http://{host}{section_map(n)}')}</loc>"
                   f"<lastmod>{SITE_DATE:%Y-%m-%d}</lastmod></sitemap>" for n in names)
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
           f"{rows}</sitemapindex>")
    return gzip.compress(xml.encode(), mtime=0)


def build_sitemapgz(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "sitemapgz"
    robots = (f"User-agent: *\nCrawl-delay: {CRAWL_DELAY}\nDisallow: /search/\nDisallow: /private/\n\n"
              f"Sitemap: http://{county.host}{INDEX}\n")
    nav = [("首页", "/"), ("政务公开", "/zwgk/index.html"), ("新闻中心", "/xwzx/index.html")]
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx", robots_txt=robots)
    urls: dict[str, str] = {}
    columns = kit.trs_unit_kind_columns(b, www, county, family, arts, noise, LABELS, urls, nav=nav, salt="sg-art",
                                        folder=FOLDER + "{key}/")
    news = kit.trs_guide_and_news(b, www, county, family, noise, nav=nav, reports_href="/zwgk/index.html",
                                  news_salt="sg-news")
    kit.news_and_report_home(b, www, county, family, news, kit.newest_gov_report(columns["bj"]), nav=nav)
    sections = {f"zfxxgknb_{key}": kit.newest_first(columns[key]) for key in LABELS}
    sections["xwzx"] = kit.newest_first(news + noise["guide"])
    for name, items in sections.items():
        b.add(www, section_map(name), Page(urlset(items), SITE_DATE, GZIP_TYPE), "sitemap")
    b.add(www, INDEX, Page(sitemap_index(www.host, list(sections)), SITE_DATE, GZIP_TYPE), "sitemap")
    return urls
