"""A county portal that links its own 政务公开 section by its Chinese domain name: the government registered
`<县名>人民政府.政务` (a 政务 special-purpose Chinese domain), which serves the same site as www, and the portal's
navigation, home page and 年报 box write the section's and the column's addresses with it, in Unicode
(`<a href="http://岚川县人民政府.政务/zwgk/index.html">`). A browser looks the name up in its punycode form,
`xn--….xn--zfr164b`, the host the server answers; the registry lists only the ASCII `www.` host, and no page writes
the section's or the column's path relative to it. Once there, the column and its articles are linked relative, so
every report is reached on the Chinese-named host (held out of tuning, twenty-ninth round).

Modelled on http://m.nakedoat.com/zfjs/2008-12/07/content_1170835.htm (a copy of 新华社's 2008 report: 中国政府网 opened
`中国政府网.政务`, `国务院.政务` and other 专用中文域名 for its portal) and https://guanjian114.com/news-look/id=99.html
(a copy of 中国新闻出版报: "只要在网页地址栏中键入“http://新闻出版总署.政务”…就可以直接进入相应页面", the form `中文.政务` of
every 政务部门's domain), and on http://nxyn.gov.cn/zwgk/gknb/201903/t20190326_1342921.html (永宁: a 政务公开 column of
TRS articles). That a county's pages link their own section by the Chinese name is this family's choice; the cited
pages say such names serve the portals. Unlike dual (the same site on a bare domain and an IP address), porthost
(another port of the same host) or citygroup (a city's platform on another gov.cn domain), the other host is an
internationalised domain name, written in Unicode in the href, under a TLD that is not gov.cn.

- www.X.gov.cn and <县名>人民政府.政务 (punycode): one site. Home (news; the government's newest report, linked on the
  Chinese host), 政务公开 (/zwgk/index.html: the guide and the column), /xxgk/nb/index.html, index_1.html … (every
  report, relative TRS links), articles /xxgk/nb/<YYYYMM>/t<YYYYMMDD>_<id>.html, news /xwzx/.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build
from nianbao.crawler.sandbox.common import paginate
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

NB = "/xxgk/nb/"
SECTION = "/zwgk/index.html"
PAGE_SIZE = 12
TLD = "政务"


def chinese_host(county: County) -> str:
    """The government's 政务 domain as its pages write it: `<县名>人民政府.政务`."""
    return f"{county.gov_name}.{TLD}"


def ascii_host(county: County) -> str:
    """The same name as DNS and the Host header carry it (IDNA: each label `xn--` + punycode)."""
    return chinese_host(county).encode("idna").decode("ascii")


def build_idnhost(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "idnhost"
    written = f"http://{chinese_host(county)}"
    nav = [("首页", "/"), ("政务公开", written + SECTION), ("新闻中心", "/xwzx/index.html")]
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache")
    idn = ascii_host(county)
    b.alias(www, idn)
    urls: dict[str, str] = {}
    entries = kit.report_column(county, arts, noise)
    for art in entries:
        doc_id = stable_int("idn-art", county.pinyin, art.key, digits=7)
        kit.article_page(b, www, county, family, art, kit.trs_path(NB, art.day, doc_id), nav=nav,
                         column="政府信息公开年报", index_no=kit.site_index_no(county, art, doc_id), url_host=idn,
                         report_urls=urls)
    kit.trs_paged_column(b, www, county, family, entries, NB, nav, PAGE_SIZE)
    for n in range(len(paginate(entries, PAGE_SIZE))):   # the column's pages, as the Chinese host's links reach them
        b.pages[f"http://{idn}{NB}{'index.html' if n == 0 else f'index_{n}.html'}"] = "list"
    news = kit.trs_guide_and_news(b, www, county, family, noise, nav=nav, reports_href=NB + "index.html",
                                  news_salt="idn-news")
    b.pages[f"http://{idn}{SECTION}"] = "section"
    newest = kit.newest_gov_report(arts)
    on_chinese_host = lambda a: written + a.url.split(idn, 1)[1]  # noqa: E731
    box = f'<p class="more"><a href="{written}{NB}index.html">更多年报&gt;&gt;</a></p>'
    kit.home_page(b, www, county, family, kit.focus_box(news) + kit.report_box([newest], on_chinese_host) + box,
                  nav=nav)
    return urls
