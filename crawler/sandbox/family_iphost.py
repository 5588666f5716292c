"""A county portal whose CMS was configured, when the site went live, with the server's IP address as the site
address, before the domain name was filed (备案): it writes its 政务公开 section's and its 年报 column's addresses with
the address for host, `http://59.x.x.x/xxgk/nb/index.html`. The server answers the address like the domain name
(one virtual host, the default), so a browser gets the same pages; once there, the column and its articles are
linked relative, so every report is reached on the numeric host. No page writes the column's or a report's address
on the domain name but the home page's newest report; the column lists every unit's reports of every year — the
government's, its departments' and its townships' — the years before 2019 included (held out of tuning, fiftieth
round).

Modelled on https://www.hebei.gov.cn/columns/8aef2fa0-cc14-409e-9f68-fbdba00a0c72/202308/21/720faafd-6610-4d9e-9cc8-9e0f056c2101.html
(河北省: 首页 > 政府信息公开 > 政府信息公开年报, a column of reports), https://ntdywx.com/www/zfxxgk/col/1586916059247/2020/04/15/1586934138420
(a copy of 高邑县's 2018 本级 report, "本报告的电子版可在高邑县人民政府网站(www.gyx.gov.cn)下载": a Hebei county's
report before 2019) and http://122.137.242.24:8080/pub/slsxxgkw/gzbm/cyqrmzfbgs_7432/ndbg/201708/t20170809_257176.html
(舒兰: a county's 信息公开 system whose real address is an IP address). Writing the IP address into every link of the
section and the column is this family's choice (the corpus holds the pages' text, not their links). Unlike dual
(another host name), porthost (the portal's name with another port), dothost (the name with the root's dot),
port80 (the name in upper case with `:80`) or idnhost (a Chinese domain name), the host here is no name at all but
the server's IPv4 address, which a client scoping by registered domain cannot tie to the portal's `.gov.cn` domain.

- www.X.gov.cn and 59.a.b.c (one site): home (news; the government's newest report, plain), 政务公开
  (/zwgk/index.html, linked on the address: the guide and the column), /xxgk/nb/index.html, index_1.html …
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


def ip_host(county: County) -> str:
    """The portal server's IPv4 address as the CMS's site address writes it (in the sandbox, a host name of four
    numbers that the proxy serves as the portal itself; 59.x is a China Telecom block, as government clouds use)."""
    n = stable_int("ip-host", county.pinyin, digits=6)
    return f"59.{40 + n % 20}.{n // 20 % 250 + 2}.{n // 5000 % 250 + 2}"


def build_iphost(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "iphost"
    numeric = ip_host(county)
    written = f"http://{numeric}"
    nav = [("首页", "/"), ("政务公开", written + SECTION), ("新闻中心", "/xwzx/index.html")]
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache/2.2.15 (CentOS)")
    b.alias(www, numeric)
    urls: dict[str, str] = {}
    entries = kit.report_column(county, arts, noise)
    for art in entries:
        doc_id = stable_int("ih-art", county.pinyin, art.key, digits=7)
        kit.article_page(b, www, county, family, art, kit.trs_path(NB, art.day, doc_id), nav=nav,
                         column="政府信息公开年报", index_no=kit.site_index_no(county, art, doc_id), url_host=numeric,
                         report_urls=urls)
    kit.trs_paged_column(b, www, county, family, entries, NB, nav, PAGE_SIZE)
    for n in range(len(paginate(entries, PAGE_SIZE))):   # the column's pages, as the address links reach them
        b.pages[f"{written}{NB}{'index.html' if n == 0 else f'index_{n}.html'}"] = "list"
    news = kit.trs_guide_and_news(b, www, county, family, noise, nav=nav, reports_href=written + NB + "index.html",
                                  news_salt="ih-news")
    b.pages[f"{written}{SECTION}"] = "section"
    newest = kit.newest_gov_report(arts)
    plain = lambda a: f"http://{county.host}" + a.url.split(numeric, 1)[1]  # noqa: E731
    box = f'<p class="more"><a href="{written}{NB}index.html">更多年报&gt;&gt;</a></p>'
    kit.home_page(b, www, county, family, kit.focus_box(news) + kit.report_box([newest], plain) + box, nav=nav)
    return urls
