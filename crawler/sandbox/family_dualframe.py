"""A county portal whose 政府信息公开 platform (xxgk.X.gov.cn) sits behind a government-cloud gateway that unpacks
the upstream's gzip and sends the page on chunked, but passes the upstream's `Content-Length` on beside its own
`Transfer-Encoding: chunked`: every HTML answer of the platform carries both headers, the length being that of the
gzip-compressed page, a fraction of the bytes the chunks hold. HTTP/1.1 says the chunked framing wins (RFC 9112
section 6.3: a Transfer-Encoding overrides a Content-Length, and the message is read chunk by chunk), as browsers
do; a client that trusts the length reads only the first part of the list and misses the reports after it. The
columns list every unit's reports of every year, the years before 2019 included (held out of tuning, fortieth round).

Modelled on http://122.137.242.24:8080/preview/szfxxgk/szf/ndbg/201803/t20180315_407537.html (吉林市政府信息公开专栏 >>
吉林市人民政府办公厅 >> 信息公开年度报告: the 2017 report, served from a preview server behind the portal) and
http://xxgk.jl.gov.cn/zcbm/fgw_98087/ndbg/201812/t20181206_5394319.html (a 厅's 2017 report on 吉林's xxgk. platform,
in a `ndbg` column). The xxgk. host and the `ndbg` folders are the cited sites'; the gateway and its doubled framing
are this family's choice (the cited pages are text). Unlike rawdeflate or gzbom (a body's encoding) or flaky (answers
that fail), every answer is whole and well formed as chunks; only its headers disagree on where it ends.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the three
  columns on xxgk.).
- xxgk.X.gov.cn (the gateway): /szfxxgk/<bj|bm|xz>/ndbg/index.html (the columns), articles
  /szfxxgk/<key>/ndbg/<YYYYMM>/t<YYYYMMDD>_<id>.html; every HTML answer chunked with a Content-Length too.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Site

COLUMNS = {"bj": "本级政府信息公开年度报告", "bm": "部门信息公开年度报告", "xz": "乡镇信息公开年度报告"}
GATEWAY = "CloudWAF"


def upstream_length(site: Site) -> None:
    """Give each HTML page of `site` the Content-Length its upstream sent, the length of the page gzip-compressed;
    the site sends it chunked as well (Site.chunked)."""
    for page in site.pages.values():
        if page.content_type.startswith("text/html") and page.status == 200:
            page.extra_headers = (*page.extra_headers, ("Content-Length", str(len(page.gzipped()))))


def build_dualframe(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "dualframe"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    xxgk = kit.sub_host(b, county, "xxgk", GATEWAY)
    xxgk.chunked = True
    urls: dict[str, str] = {}
    columns = kit.trs_unit_kind_columns(b, xxgk, county, family, arts, noise, COLUMNS, urls, nav=nav,
                                        salt="df-art", folder="/szfxxgk/{key}/ndbg/")
    entries = []
    for key, label in COLUMNS.items():
        path = f"/szfxxgk/{key}/ndbg/index.html"
        kit.report_list_page(b, xxgk, county, family, path, label, kit.link_list(columns[key]), columns[key],
                             nav=nav)
        entries.append((f"http://{xxgk.host}{path}", label))
    upstream_length(xxgk)
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(arts), nav=nav,
                            reports_href=entries[0][0], news_salt="df-news", more=tuple(entries[1:]))
    return urls
