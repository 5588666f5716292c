"""A district portal whose three 政府信息公开年报 columns (区政府, 委办局, 街道乡镇) are pages of a Java application behind a
CAS client in gateway mode (the 统一身份认证 single sign-on of the district's 政务服务网, on a domain of its own): a
request for a column without the application's session cookie is answered `302 Found` with
`Set-Cookie: JSESSIONID=<32 hex>; Path=/` and `Location: http://sso.<district>zwfw.gov.cn/cas/login?service=<the
column's URL, percent-encoded>&gateway=true`; the CAS server, which asks no credentials in gateway mode and finds no
single sign-on session, sends the visitor back to the service (`302`, the column's URL, no ticket), and the column,
asked again with the session cookie, serves the list anonymously. A browser passes the round trip without noticing;
a client that does not follow a redirect to another domain, or follows it without keeping the cookie the first
redirect set, never gets a list. The CAS server's /cas/login without `gateway` is its login form, and it refuses a
service on any other host (未认证授权的服务). The columns list every unit's reports of every year — the district's,
its 委办局' and its 街道' and 乡镇' — the years before 2019 included; the articles are open to any client, and no page but
its column (and the home page, for the newest government report) links a report (held out of tuning, seventy-fourth
round).

Modelled on https://www.bjdx.gov.cn/bjsdxqrmzf/zwfw/zfxxgk/dxqzf69/2017n/xzjd6/737810/index.html (大兴区天宫院街道's
2017 report: a Beijing district portal filing its units' reports by kind under 政府信息公开, each article a folder
`<column>/<6-digit id>/index.html`), https://www.bjxch.gov.cn/zt/xxgkzl/gknbxqx/pnidpv843089.html (西城区: a 街道's 2009
report, a Beijing district's report of the years before 2019) and https://www.bjdch.gov.cn/zfxxgkzl/zfxxgknb/2025nb/dcqzfbm2025/202601/t20260120_4449966.html
(东城区: a 委办局's report in a column of its own), and on the CAS protocol's gateway parameter as
https://apereo.github.io/cas/development/protocol/CAS-Protocol-Specification.html and
https://blog.csdn.net/tienway/article/details/5465522 (CAS URIs, 3.1.1: "Gateway[可选] - 如果这个参数设定,CAS将不会
向客户端索要凭据") describe it, a CAS client that keeps its gateway state in the HTTP session. The address scheme is the
cited pages'; the CAS client on the columns, the single sign-on host's name, the session cookie and the three columns
by kind of unit are this family's choice (the cited pages are text; they show no redirects). The sandbox keeps no
sessions: a column serves any request that carries the session id it issued. Unlike cookiejump (a 302 to another
page of the portal that sets the cookie), cookieloop (a 302 to the same URL with a challenge cookie), domaincookie (a
cookie another host of the domain sets with `Domain=`) or redirchain (redirects within the portal's hosts), the way
to the list is a round trip through a host on another domain that hands the visitor back.

- www.X.gov.cn (Apache-Coyote/1.1 behind nginx): home (news; the government's newest report), 新闻中心 (/xwzx/),
  政务公开 (/zwgk/index.html: the guide and the three columns), the columns /<site>/zfxxgk/nb/<key>/index.html (the
  CAS client's redirect and cookie, then the list) and the articles /<site>/zfxxgk/nb/<key>/<6-digit id>/index.html.
- sso.<site>zwfw.gov.cn: /cas/login (gateway: back to the service; else the login form).
"""

from __future__ import annotations

from urllib.parse import quote

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build, esc
from nianbao.crawler.sandbox.family_jsession import session_cookie
from nianbao.crawler.sandbox.names import County, stable_hex, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page, Site

COLUMNS = {"qzf": "区政府信息公开年度报告", "wbj": "委办局信息公开年度报告", "jz": "街道乡镇信息公开年度报告"}
LOGIN = "/cas/login"


def sso_host(county: County) -> str:
    """The single sign-on server of the district's 政务服务网: a domain of its own, not the portal's."""
    return f"sso.{county.pinyin}zwfw.gov.cn"


def session_id(county: County) -> str:
    """The session id the application issues (one per portal: the sandbox keeps no sessions)."""
    return stable_hex("cg-session", county.pinyin, length=32).upper()


def column_path(county: County, key: str) -> str:
    return f"/{county.pinyin}/zfxxgk/nb/{key}/index.html"


def _html(title: str, body: str, status: int = 200) -> Page:
    html = f'<html><head><meta charset="utf-8"><title>{esc(title)}</title></head><body>{body}</body></html>'
    return Page(html.encode(), SITE_DATE, "text/html; charset=utf-8", status=status, role="error")


def to_cas(county: County, service: str) -> Page:
    """The CAS client's answer to a request without the session: a new session, and the gateway redirect."""
    page = _html("302 Found", "")
    page.status, page.role = 302, "redirect"
    page.location = f"http://{sso_host(county)}{LOGIN}?service={quote(service, safe='')}&gateway=true"
    page.extra_headers = (("Set-Cookie", f"JSESSIONID={session_id(county)}; Path=/; HttpOnly"),)
    return page


def cas_login(www: str):
    """The CAS server's /cas/login: with `gateway` and a service on the portal, back to it without a ticket (no
    single sign-on session); without `gateway`, the login form; a service elsewhere, refused."""
    def answer(method, params, headers, body):
        service = params.get("service", "")
        if not service.startswith(f"http://{www}/"):
            return _html("未认证授权的服务", "<h2>未认证授权的服务</h2><p>CAS的服务记录中没有该服务。</p>", 403)
        if params.get("gateway") == "true":
            page = _html("302 Found", "")
            page.status, page.role, page.location = 302, "redirect", service
            return page
        form = (f'<h2>统一身份认证</h2><form method="post" action="{LOGIN}?service={esc(quote(service, safe=""))}">'
                '<input name="username"><input name="password" type="password"><button>登录</button></form>')
        return _html("统一身份认证平台", form)
    return answer


def cas_filtered(site: Site, county: County, paths: list[str]) -> None:
    """Each page at `paths` served to a request with the issued session, else to_cas() back to itself."""
    def filtered(path: str, served: Page):
        service = f"http://{site.host}{path}"
        return lambda method, query, headers, body: (
            served if session_cookie(headers) == session_id(county) else to_cas(county, service))

    for path in paths:
        site.dynamic[path] = filtered(path, site.pages[path])


def build_casgateway(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "casgateway"
    abbr = county.pinyin
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache-Coyote/1.1")
    urls: dict[str, str] = {}

    def article_path(key: str, art: Article) -> str:
        return f"/{abbr}/zfxxgk/nb/{key}/{stable_int('cg-art', abbr, key, art.key, digits=6)}/index.html"

    columns = kit.unit_kind_report_columns(
        b, www, county, family, arts, noise, COLUMNS, urls, nav=nav, path=article_path,
        serial=lambda key, art: stable_int("cg-serial", abbr, key, art.key, digits=5))
    hrefs = kit.unit_kind_list_pages(b, www, county, family, columns, COLUMNS, nav=nav,
                                     list_path=lambda key: column_path(county, key))
    cas_filtered(www, county, [path for path, _ in hrefs])
    sso = b.site(sso_host(county), county.id, server="nginx")
    sso.dynamic[LOGIN] = cas_login(www.host)
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(arts), nav=nav,
                            reports_href=hrefs[0][0], news_salt="cg-news", more=tuple(hrefs[1:]))
    return urls
