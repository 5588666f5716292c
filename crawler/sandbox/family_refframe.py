"""A county portal whose 政府信息公开年报 column is an inline frame of a 信息公开目录 system on another sub-host
(`gkml.X.gov.cn`, which the registry does not declare) that answers its list pages only to a request whose `Referer`
is a page of the portal's own domain (nginx `valid_referers server_names *.X.gov.cn;` without `none`, the guard such
systems put on the pages they serve into frames): without a Referer, or with another site's, it answers `403` with
请从{县}人民政府门户网站访问. The frame's list is paged by plain links (`list.jsp?siteCode=…&page=2`) and links every
unit's reports, articles on the portal's www host (held out of tuning, nineteenth round).

Modelled on http://www.nbjb.gov.cn/col/col1229214366/index.html (宁波江北: 部门目录, a directory of every department's
政务公开) and http://www.fzja.gov.cn/xjwz/zwgk/zfxxgk/zfxxgknb/201707/t20170721_1341809.htm (晋安区: a zfxxgknb
column of TRS articles whose 2016 report is pre-2019). The frame from another sub-host and its Referer guard are
this family's choice; the cited pages do not show them. Unlike frameset (a `<frameset>` whose frames are open to
anyone), unittree (per-unit sub-sites framed in iframes, open), refguard (hotlink protection on the files, not on
the list) or xhrheader (a guard on a script's header), the list that names the reports answers only a request
that says it came from the portal.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the 年报
  column), /zwgk/nb/index.html (the column: an `<iframe>` of the list), articles
  /zwgk/nb/<YYYYMM>/t<YYYYMMDD>_<id>.html.
- gkml.X.gov.cn: /gkml/nb/list.jsp?siteCode=<code>&page=<n> (Referer-guarded list pages, 15 rows each).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build, esc
from nianbao.crawler.sandbox.common import paginate
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

COLUMN = "/zwgk/nb/index.html"
LIST = "/gkml/nb/list.jsp"
PAGE_SIZE = 15


def from_portal(headers: dict[str, str], domain: str) -> bool:
    """The guard: the request's Referer is a page of `domain` or one of its sub-hosts."""
    host = urlsplit(headers.get("referer", "")).hostname or ""
    return host == domain or host.endswith("." + domain)


def build_refframe(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "refframe"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    gkml = kit.sub_host(b, county, "gkml", "nginx")
    domain = county.host.removeprefix("www.")
    newest = kit.newest_gov_report(arts)
    items, urls = kit.trs_report_column(b, www, county, family, arts, noise, nav=nav, salt="rf-art", folder="/zwgk/nb/",
                                        scripted_except=newest)
    site_code = f"{stable_int('rf-site', county.pinyin, digits=6)}"
    chunks = paginate(items, PAGE_SIZE)
    refused = (f"<html><head><title>403 Forbidden</title></head><body><h1>403 Forbidden</h1>"
               f"<p>请从{esc(county.gov_name)}门户网站访问。</p></body></html>").encode()
    guarded: dict[str, Page] = {}
    for n, chunk in enumerate(chunks, start=1):
        pager = "".join(f'<a href="list.jsp?siteCode={site_code}&amp;page={m}">{m}</a> ' if m != n else f"<b>{m}</b> "
                        for m in range(1, len(chunks) + 1))
        rows = "".join(f'<li><a href="{esc(a.url)}" target="_blank" title="{esc(a.title)}">{esc(a.title)}</a>'
                       f'<span>{a.date_text}</span></li>' for a in chunk)
        body = (f'<html><head><meta charset="utf-8"><title>政府信息公开年报</title></head><body class="gkml">'
                f'<ul class="list">{rows}</ul><div class="page">共{len(items)}条 {pager}</div></body></html>')
        # not a static page of the site: a static page would answer before the guard (web.Site.find)
        guarded[str(n)] = Page(body.encode(), b.list_date(chunk), role="list")
        b.pages[f"http://{gkml.host}{LIST}?siteCode={site_code}&page={n}"] = "list"

    def list_handler(method, query, headers, body):
        found = guarded.get(query.get("page", "1")) if query.get("siteCode") == site_code else None
        if found is None:
            return None
        if not from_portal(headers, domain):
            return Page(refused, SITE_DATE, status=403, role="error")
        return found

    gkml.dynamic[LIST] = list_handler
    frame = f"http://{gkml.host}{LIST}?siteCode={site_code}&page=1"
    frame_box = (f'<iframe id="gkmlFrame" src="{esc(frame)}" width="100%" height="900" '
                 'frameborder="0" scrolling="auto"></iframe>')
    kit.report_list_page(b, www, county, family, COLUMN, "政府信息公开年报", frame_box, items, nav=nav)
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=COLUMN, news_salt="rf-news")
    return urls
