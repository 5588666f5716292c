"""A county portal whose 年报 are listed only by its site search, and whose search is named only by an OpenSearch
description: the home page's head has `<link rel="search" type="application/opensearchdescription+xml"
href="/opensearch.xml">`, and that XML's `<Url type="text/html" template=".../xxgk/nbsearch.jsp?chnl=nb&q={searchTerms}">`
is the one place the 年报 channel's search is written. The answer lists the channel's articles whose titles hold the
terms (all of them for empty terms); the 年报 column page itself shows only the newest government report and the
column's non-reports, with a line sending users to 站内检索 (held out of tuning, twenty-second round).

Modelled on https://www.nanyue.gov.cn/zwgk/zfxxgkgd/20200525/i2026054.html (南岳: 国办公开办函〔2019〕61号, a
政府信息公开平台 must offer 信息检索, so a portal's reports are reachable by its search), on
http://www.nbjb.gov.cn/col/col1229214366/index.html (宁波江北: 政府信息公开 by department columns) and
https://www.np.gov.cn/cms/html/npszf/2013-01-25/1779102018.html (南平: every year's reports in one 专栏, a 2012 report
among them), with OpenSearch 1.1's description document (a `<Url>` whose `template` has `{searchTerms}`), which
browsers read from `<link rel="search">`. A search channel announced only by that description is this family's
choice; the cited pages do not show an OpenSearch file. Unlike gkmlsearch (a visible search form), yeartext (a year
text box on the column) and unitsuggest (autocomplete answers), nothing in any page's body names the search: only
the head's link to an XML file whose URL template must be filled.

- www.X.gov.cn: home (news; the government's newest report; the OpenSearch link in its head), 政务公开
  (/zwgk/index.html: the guide and the 年报 column), /xxgk/nb/index.html (the newest government report only),
  /opensearch.xml, /xxgk/nbsearch.jsp?chnl=nb&q=<terms> (the answers), articles /xxgk/nb/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

COLUMN = "/xxgk/nb/index.html"
SEARCH = "/xxgk/nbsearch.jsp"
DESCRIPTION = "/opensearch.xml"
LABEL = "政府信息公开年报"
OSD_TYPE = "application/opensearchdescription+xml"
LINK = f'<link rel="search" type="{OSD_TYPE}" href="{DESCRIPTION}" title="站内检索">'


def description(county: County, host: str) -> str:
    """The OpenSearch 1.1 description: the 年报 channel's search as a URL template."""
    template = esc(f"http://{host}{SEARCH}?chnl=nb&q={{searchTerms}}")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">'
            f"<ShortName>{esc(county.name)}年报检索</ShortName>"
            f"<Description>检索{esc(county.gov_name)}政府信息公开工作年度报告</Description>"
            "<InputEncoding>UTF-8</InputEncoding>"
            f'<Url type="text/html" template="{template}"/></OpenSearchDescription>')


def build_opensearch(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "opensearch"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache-Coyote/1.1")
    newest = kit.newest_gov_report(arts)
    items, urls = kit.trs_report_column(b, www, county, family, arts, noise, nav=nav, salt="os-art")

    def answer(terms: str) -> str:
        found = [a for a in items if terms in a.title]
        listed = kit.link_list(found) if found else "<p>未检索到相关信息。</p>"
        return page(county, family, "检索结果", f"<h2>检索结果</h2><p>共 {len(found)} 条</p>{listed}", nav=nav,
                    host=www.host)

    b.html_page(www, f"{SEARCH}?chnl=nb&q=", answer(""), b.list_date(items), "list", ignores_query=False)

    def search(method, query, headers, body):
        terms = query.get("q", "") if query.get("chnl") == "nb" else "\0"   # another channel: nothing found
        return Page(answer(terms).encode(), SITE_DATE, role="list")

    www.dynamic[SEARCH] = search
    b.add(www, DESCRIPTION, Page(description(county, www.host).encode(), SITE_DATE, f"{OSD_TYPE}; charset=utf-8"),
          "feed")
    shown = kit.newest_first([newest, *(a for a in items if a.report is None)])   # the served look-alikes
    listing = f"{kit.link_list(shown)}<p>查阅历年年度报告，请使用本站站内检索。</p>"
    kit.report_list_page(b, www, county, family, COLUMN, LABEL, listing, shown, nav=nav)
    news = kit.trs_guide_and_news(b, www, county, family, noise, nav=nav, reports_href=COLUMN, news_salt="os-news")
    kit.news_and_report_home(b, www, county, family, news, newest, nav=nav, scripts=LINK)
    return urls
