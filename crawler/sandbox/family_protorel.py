"""A district portal whose reports live on its 政府信息公开 sub-site, a host of its own (`xxgk.X.gov.cn`, one the
registry does not declare), and whose every link to that host is protocol-relative: the main site's three 年报
columns list each unit's reports as `<a href="//xxgk.X.gov.cn/<unit>/zfxxgknb/<YYYYMM>/t<YYYYMMDD>_<id>.html">`,
and the sub-site's articles link back to the main site as `//www.X.gov.cn/…` — what a 站群 platform writes so that
one template serves both `http:` and `https:`. A reference that starts `//` keeps the page's scheme and replaces
its host (RFC 3986, section 4.2: a network-path reference); read as a path, it names `/xxgk.X.gov.cn/…` on the
main host, which is no page. No page writes the sub-site's name with a scheme but the home page's link to the newest
government report (held out of tuning, forty-fifth round).

Modelled on https://www.cqyz.gov.cn/jz_229/ctmjdbsc/zwgk_97157/zfxxgknb_97166/202601/t20260120_15339453.html
(重庆市渝中区 朝天门街道's 2025 report in a 政府信息公开年报 column of its own sub-site under `/jz_229/<unit>/`),
https://www.cqyz.gov.cn/bm_229/zqjfbzyswqglwyh/zwgk_97157/zfxxgknb_97166/202101/t20210128_8832642.html (a
管委会's 2020 report, the departments' `/bm_229/<unit>/` sub-sites) and
http://cqjlp.gov.cn/bmjz/qzfjz_97456/eljd_97738/zwgk_97461/zfxxgknb_97478/202301/t20230130_11545442.html (九龙坡区
二郎街道's 2022 report). The separate host and the protocol-relative links are this family's choice (the cited
pages are text; the cited units' columns are on the main host). Unlike zwgkhost (a sub-host linked by absolute
URL), porthost (a host with a port), idnhost (a Chinese host name), backslash or hrefwrap (reference spellings
on one host) or entityhref (character references for every character), the reference names another host with no
scheme.

- www.X.gov.cn: home (news; the government's newest report by absolute `<a>`), 政务公开 (/zwgk/index.html: the
  guide and the three 年报 columns), /zwgk/zfxxgknb/<bj|bm|xz>/index.html (the columns, every link to the sub-site
  `//`).
- xxgk.X.gov.cn: articles /<bj|bm|xz>_<n>/zfxxgknb/<YYYYMM>/t<YYYYMMDD>_<id>.html (nothing at `/`).
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

COLUMNS = {"bj": "区政府信息公开年报", "bm": "部门信息公开年报", "xz": "镇街信息公开年报"}


def column_path(key: str) -> str:
    return f"/zwgk/zfxxgknb/{key}/index.html"


def network_path(url: str) -> str:
    """`url` as a protocol-relative (network-path) reference: `//host/path`."""
    return url.removeprefix("http:")


def build_protorel(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "protorel"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx/1.18.0")
    xxgk = kit.sub_host(b, county, "xxgk", server="nginx/1.18.0")
    back_nav = [(label, f"//{www.host}{href}") for label, href in nav]   # the sub-site's way home
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)

    def doc_id(key, art):
        return stable_int("pr-art", county.pinyin, key, art.key, digits=8)

    def doc_path(key, art):
        unit = stable_int("pr-unit", county.pinyin, key, digits=3)
        return kit.trs_path(f"/{key}_{unit}/zfxxgknb/", art.day, doc_id(key, art))

    columns = kit.unit_kind_report_columns(b, xxgk, county, family, arts, noise, COLUMNS, urls, nav=back_nav,
                                           serial=doc_id, path=doc_path)
    for key, label in COLUMNS.items():
        kit.report_list_page(b, www, county, family, column_path(key), label,
                             kit.link_list(columns[key], href=lambda a: network_path(a.url)), columns[key], nav=nav)
    hrefs = [(column_path(key), label) for key, label in COLUMNS.items()]
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=hrefs[0][0],
                            news_salt="pr-news", more=tuple(hrefs[1:]))
    return urls
