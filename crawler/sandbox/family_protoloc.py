"""A county portal whose 政府信息公开年报 columns moved to its 政府信息公开 sub-site (`xxgk.X.gov.cn`, a host the registry
does not declare), and whose old column addresses on the main host, `/xxgk/index.php?lb=<bj|bm|xz>` (what the 政务公开
page and the home still link), answer `302 Found` with a protocol-relative `Location`:
`Location: //xxgk.X.gov.cn/nb/<bj|bm|xz>/index.shtml`, what PHP's `header("Location: //" . $host . $path)` sends as
written when a template builds its redirects without a scheme so that one script serves both `http:` and `https:`.
A `Location` is a URI reference resolved against the request's URL (RFC 9110 section 10.2.2), and one that starts
`//` is a network-path reference (RFC 3986 section 4.2): it keeps `http:` and names the sub-site's host. Read as a
path on the main host (`http://www.X.gov.cn//xxgk.X.gov.cn/nb/…`) it names nothing (404). No page links a column's
own address; the columns list every unit's reports of every year — the county's, its departments' and its 乡镇' —
the years before 2019 included, each by its full address on the sub-site (held out of tuning, sixty-eighth round).

Modelled on https://changjiang.hainan.gov.cn/changjiang/0300/newxxgk_index.shtml (昌江黎族自治县's 政府信息公开 index,
a Hainan county whose 信息公开 pages are a section of their own), https://baoting.hainan.gov.cn/xxgkall.html?ClassInfoId=1898
(保亭's 信息公开 list addressed by a query), https://xxgk.shbsq.gov.cn/article.html?infoid=d1ada67b-a85c-4b03-a499-2104b1bea78c
(宝山区's reports on an `xxgk.` host of their own) and http://fygsj.cn/hainan/zfxxgknb/202011/1a0c2d73a2eb4c8eadedba2c387ecb23.shtml
(a copy of 海南省's 2009 report from its zfxxgknb column: a Hainan report of the years before 2019, `.shtml` under a
32-hex id). The sub-site, the PHP entry, its protocol-relative redirect and the three columns are this family's choice
(the cited pages are text; they show no response headers). Unlike protorel (protocol-relative `<a href>` links in
pages), dotlocation (a relative Location with dot-segments on the same host), rawlocation (a Location of raw UTF-8
bytes) or redirchain (a chain of absolute redirects), the only pointer to the columns is a `Location` header whose
reference names another host without a scheme (and the redirect's body's "here" link, the same reference).

- www.X.gov.cn (Apache + PHP): home (news; the government's newest report, by its full address on the sub-site),
  新闻中心 (/xwzx/), 政务公开 (/zwgk/index.html: the guide and the three old columns), /xxgk/index.php?lb=<key>
  (302, the protocol-relative Location).
- xxgk.X.gov.cn: the columns /nb/<key>/index.shtml and articles /nb/<key>/<YYYYMM>/<32 hex>.shtml.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build
from nianbao.crawler.sandbox.names import County, stable_hex, stable_int
from nianbao.crawler.sandbox.report import Report

COLUMNS = {"bj": "本级政府信息公开年报", "bm": "部门政府信息公开年报", "xz": "乡镇政府信息公开年报"}


def old_column(key: str) -> str:
    return f"/xxgk/index.php?lb={key}"


def new_column(key: str) -> str:
    return f"/nb/{key}/index.shtml"


def build_protoloc(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "protoloc"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache/2.4.6 (CentOS) PHP/5.6.40")
    xxgk = kit.sub_host(b, county, "xxgk", "Apache/2.4.6 (CentOS)")
    home = f"http://{www.host}"
    sub_nav = [(label, home + href) for label, href in nav]   # the sub-site's pages lead back to the main host
    urls: dict[str, str] = {}

    def article_path(key: str, art: Article) -> str:
        return f"/nb/{key}/{art.day:%Y%m}/{stable_hex('pl-art', county.pinyin, key, art.key)}.shtml"

    columns = kit.unit_kind_report_columns(
        b, xxgk, county, family, arts, noise, COLUMNS, urls, nav=sub_nav, path=article_path,
        serial=lambda key, art: stable_int("pl-serial", county.pinyin, key, art.key, digits=5))
    kit.unit_kind_list_pages(b, xxgk, county, family, columns, COLUMNS, nav=sub_nav, list_path=new_column)
    for key in COLUMNS:
        b.redirect(www, old_column(key), f"//{xxgk.host}{new_column(key)}", status=302)
    olds = [(old_column(key), label) for key, label in COLUMNS.items()]
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(arts), nav=nav,
                            reports_href=olds[0][0], news_salt="pl-news", more=tuple(olds[1:]))
    return urls
