"""A county portal whose CMS writes its 政务公开 section's and its 年报 column's addresses with the site's host as a
fully qualified domain name, with the root's trailing dot: `http://www.X.gov.cn./xxgk/nb/index.html` (the site
address typed into the CMS's configuration as DNS zone files write names). A browser looks the name up as it is
(`www.X.gov.cn.` and `www.X.gov.cn` resolve alike) and the server, which answers for both names, serves the same
pages; once there, the column and its articles are linked relative, so every report is reached on the dotted host.
No page writes the column's or a report's address on the plain host but the home page's newest report; the column
lists every unit's reports of every year, the years before 2019 included (held out of tuning, forty-eighth round).

Modelled on http://www.xjwqx.gov.cn/xjwqx/c128570/202601/c531fcfd84284253aaceb3f0345912cd.shtml (乌恰县人民政府办公室's
2025 report, compiled from the 乡(镇)'s and the county's departments' reports, with 索引号 and 发布机构) and
http://kk000.aks.gov.cn/c8/20180403/i4586.html (阿克苏地区行政公署's 2017 report: a Xinjiang report of the years
before 2019). The trailing-dot host in every href is this family's choice (the cited pages are text; a root dot is
legal in a URL's host, RFC 3986 section 3.2.2, and browsers fetch such links). Unlike port80 (upper case and `:80`),
idnhost (a Unicode host name), porthost (another port) or dual (another host name), the host here is the portal's own
name with only the root label's dot written out.

- www.X.gov.cn and www.X.gov.cn. (one site): home (news; the government's newest report, plain), 政务公开
  (/zwgk/index.html, linked on the dotted host: the guide and the column), /xxgk/nb/index.html, index_1.html …
  (every report, relative TRS links), articles /xxgk/nb/<YYYYMM>/t<YYYYMMDD>_<id>.html, news /xwzx/.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build
from nianbao.crawler.sandbox.common import paginate
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

NB = "/xxgk/nb/"
SECTION = "/zwgk/index.html"
PAGE_SIZE = 15


def dotted_host(county: County) -> str:
    """The portal's host as a fully qualified name: with the DNS root's trailing dot."""
    return county.host + "."


def build_dothost(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "dothost"
    dotted = dotted_host(county)
    written = f"http://{dotted}"
    nav = [("首页", "/"), ("政务公开", written + SECTION), ("新闻中心", "/xwzx/index.html")]
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx/1.12.2")
    b.alias(www, dotted)
    urls: dict[str, str] = {}
    entries = kit.report_column(county, arts, noise)
    for art in entries:
        doc_id = stable_int("dh-art", county.pinyin, art.key, digits=7)
        kit.article_page(b, www, county, family, art, kit.trs_path(NB, art.day, doc_id), nav=nav,
                         column="政府信息公开年报", index_no=kit.site_index_no(county, art, doc_id), url_host=dotted,
                         report_urls=urls)
    kit.trs_paged_column(b, www, county, family, entries, NB, nav, PAGE_SIZE)
    for n in range(len(paginate(entries, PAGE_SIZE))):   # the column's pages, as the dotted host's links reach them
        b.pages[f"{written}{NB}{'index.html' if n == 0 else f'index_{n}.html'}"] = "list"
    news = kit.trs_guide_and_news(b, www, county, family, noise, nav=nav, reports_href=written + NB + "index.html",
                                  news_salt="dh-news")
    b.pages[f"{written}{SECTION}"] = "section"
    newest = kit.newest_gov_report(arts)
    plain = lambda a: f"http://{county.host}" + a.url.split(dotted, 1)[1]  # noqa: E731
    box = f'<p class="more"><a href="{written}{NB}index.html">更多年报&gt;&gt;</a></p>'
    kit.home_page(b, www, county, family, kit.focus_box(news) + kit.report_box([newest], plain) + box, nav=nav)
    return urls
