"""A district portal whose 政府信息公开 platform (xxgk.X.gov.cn, as 宝山's xxgk.shbsq.gov.cn) is a Java application
whose `.do` actions write their HTML without ever setting a content type: the list pages (`list.do?catid=<key>`)
and the report articles (`article.do?infoid=<uuid>`) come with no `Content-Type` header at all. Browsers show them
as pages all the same: with no type supplied, the WHATWG MIME Sniffing standard's "rules for identifying an unknown
MIME type" (section 7.1) find the `<!DOCTYPE HTML` / `<HTML` signature at the start and render text/html, and the
page's `<meta http-equiv="Content-Type">` gives the encoding. The platform's front page (a static file) and the
district's own portal are served with their type. The columns list every unit's reports of every year (held out of tuning, thirty-sixth round).

Modelled on https://xxgk.shbsq.gov.cn/article.html?infoid=c22e107b-fb1b-4292-9bd8-e95089ea5dbd (上海宝山: a report
article on the district's xxgk. host, addressed by a UUID `infoid`) and
https://shanghai.gov.cn/nw12344/20230331/4a03b5fa47ae4c73b7ec42801de6be66.html (上海市2022年政府信息公开工作年度报告).
The `.do` actions and their missing Content-Type are this family's choice (the search corpus holds the pages' text,
not their headers): a servlet that writes to getOutputStream() without setContentType() sends none. Unlike
xhtmlxml (XML served as application/xhtml+xml), xlshtml (HTML under an Excel type) or gzbom (a byte-order mark), the
answer names no type: what it is, a client must tell from its bytes, as browsers do.

- www.X.gov.cn: home (news; the government's newest report; a link to the platform), 政务公开 (/zwgk/index.html: the
  guide and the platform), 新闻中心 (/xwzx/).
- xxgk.X.gov.cn: /index.html (the platform's front: the three columns), /xxgk/list.do?catid=<qzf|bm|jz> (no
  Content-Type), /xxgk/article.do?infoid=<uuid> (no Content-Type).
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County, stable_hex, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Site

COLUMNS = {"qzf": "区政府信息公开年报", "bm": "委办局信息公开年报", "jz": "街镇信息公开年报"}


def infoid(county: County, key: str, art) -> str:
    h = stable_hex("sn-info", county.pinyin, key, art.key)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def untyped(site: Site, path_and_query: str) -> None:
    """Send the page at `path_and_query` with no Content-Type (web.respond() leaves the header out)."""
    path, _, query = path_and_query.partition("?")
    site.find("GET", path, query, {}, b"").content_type = ""


def build_sniffhtml(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "sniffhtml"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    xxgk = kit.sub_host(b, county, "xxgk", "Apache-Coyote/1.1")
    front = f"http://{xxgk.host}/index.html"
    home = f"http://{www.host}"
    xnav = [("网站首页", f"{home}/"), ("信息公开首页", front)]
    urls: dict[str, str] = {}
    columns = kit.unit_kind_report_columns(
        b, xxgk, county, family, arts, noise, COLUMNS, urls, nav=xnav,
        path=lambda key, art: f"/xxgk/article.do?infoid={infoid(county, key, art)}",
        serial=lambda key, art: stable_int("sn-serial", county.pinyin, key, art.key, digits=5))
    for key, label in COLUMNS.items():
        for art in columns[key]:
            untyped(xxgk, art.url.removeprefix(f"http://{xxgk.host}"))
        listed = kit.report_list_page(b, xxgk, county, family, f"/xxgk/list.do?catid={key}", label,
                                      kit.link_list(columns[key]), columns[key], nav=xnav, ignores_query=False)
        listed.content_type = ""
    menu = "".join(f'<li><a href="/xxgk/list.do?catid={key}">{label}</a></li>' for key, label in COLUMNS.items())
    b.html_page(xxgk, "/index.html", page(county, family, f"{county.gov_name}信息公开", f"<ul>{menu}</ul>",
                                          nav=xnav, host=xxgk.host), SITE_DATE, "section")
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(arts), nav=nav,
                            reports_href=front, news_salt="sn-news")
    return urls
