"""A county portal whose 信息公开 application is ASP.NET with cookieless session state (`<sessionState
cookieless="UseUri" regenerateExpiredSessionId="true">`): the session id lives in the path, as a segment after the
application's folder, `/xxgk/(S(<24 characters>))/nb/list.aspx?lb=bm`, never in a cookie. A request into the
application without that segment (`GET /xxgk/nb/index.aspx`, how the portal's static pages link it) answers
`302 Found` to the same address with the segment put in (`Location: /xxgk/(S(x1l4…))/nb/index.aspx`, the "Object
moved to here" page); a request with a session id the server no longer holds (an address an editor copied from a
browser once) is redirected the same way to a new one. Inside, every link is relative (`list.aspx?lb=bm`,
`show.aspx?id=…`), as ASP.NET needs to keep the session, so the 年报 front, its three columns by kind of unit and
every report article are reached only at addresses that carry the session segment, its parentheses written raw; the
same path with them percent-escaped (`/xxgk/%28S%28…%29%29/…`) is no address of the application (404). The columns
list every unit's reports of every year, the years before 2019 included (held out of tuning, sixty-sixth round).

Modelled on http://www.shanxi.gov.cn/zfxxgk/zfxxgkzl/zfxxgknb/201803/t20180330_6670096.shtml (山西省's 2017 report in
the 政府信息公开年报 column of its 政府信息公开专栏: a Shanxi report of the years before 2019) and on ASP.NET's
cookieless sessions as their documentation describes them:
https://www.oreilly.com/library/view/aspnet-4-unleashed/9780132565851/h4_1766.html (the address form
`http://localhost:4945/Original/(S(5pnh11553sszre45oevthxnn))/SomePage.aspx`, the id after the application's folder),
https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2008-r2-and-2008/cc725824(v=ws.10)
("the session ID is embedded … in the URI request, and then the URI is redirected to the originally requested URL";
expired ids regenerated) and
https://www.syncfusion.com/faq/aspnet/session/why-do-i-lose-my-session-variables-on-redirect-when-i-set-cookieless-to-true
("you must use relative path … If you use absolute path, ASP.NET cannot preserve your session ID"). That this portal's
年报 application runs so, its `.aspx` addresses and its columns are this family's choice (the search corpus holds the
pages' text, not their addresses' history). Unlike jsession (a servlet's `;jsessionid=` path parameter beside a
cookie), unitcookie (a cookie picks the list) or cookieloop (a cookie a redirect sets), the session is a whole path
segment, in parentheses, that a client has only from a redirect's Location and then keeps by resolving relative links.

- www.X.gov.cn (Microsoft-IIS/7.5, ASP.NET at /xxgk/): home (news; the government's newest report, linked
  `/xxgk/nb/show.aspx?id=…` without the segment: a 302), 政务公开 (/zwgk/index.html: the guide and the 年报 front
  linked with a stale session id, `/xxgk/(S(<old>))/nb/index.aspx`: a 302 too), and inside the application
  /xxgk/(S(<id>))/nb/index.aspx (the three columns), …/nb/list.aspx?lb=<bj|bm|xz>, …/nb/show.aspx?id=<n>.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County, stable_hex, stable_int
from nianbao.crawler.sandbox.report import Report

APP = "/xxgk/"
COLUMNS = {"bj": "县政府信息公开年报", "bm": "县直部门信息公开年报", "xz": "乡镇信息公开年报"}
# ASP.NET's session ids: 24 characters of this alphabet (15 random bytes, 5 bits a character)
ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz012345"


def session_id(*keys: object) -> str:
    bits = int(stable_hex(*keys, length=30), 16)
    return "".join(ID_ALPHABET[(bits >> (5 * i)) & 31] for i in range(24))


def in_session(sid: str, rest: str) -> str:
    """The application's address `rest` (relative to /xxgk/) inside session `sid`, as ASP.NET writes it."""
    return f"{APP}(S({sid}))/{rest}"


def build_cookieless(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "cookieless"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Microsoft-IIS/7.5")
    sid, stale = session_id("cookieless", county.pinyin), session_id("cookieless-old", county.pinyin)
    urls: dict[str, str] = {}

    def show(key: str, art) -> str:
        return f"nb/show.aspx?id={stable_int('cl-art', county.pinyin, key, art.key, digits=6)}"

    def moved(rest: str) -> None:
        """The address without the segment and with a stale one: ASP.NET's 302 into the session."""
        for outside in (APP + rest, in_session(stale, rest)):
            b.redirect(www, outside, in_session(sid, rest), status=302)

    columns = kit.unit_kind_columns(county, arts, noise, tuple(COLUMNS))
    for key, label in COLUMNS.items():
        columns[key] = kit.newest_first(columns[key])
        for art in columns[key]:
            kit.article_page(b, www, county, family, art, in_session(sid, show(key, art)), nav=nav, column=label,
                             index_no=kit.site_index_no(county, art, stable_int("cl-no", art.key, digits=5)),
                             report_urls=urls)
            moved(show(key, art))
        listing = kit.link_list(columns[key], href=lambda a, key=key: show(key, a).removeprefix("nb/"))
        kit.report_list_page(b, www, county, family, in_session(sid, f"nb/list.aspx?lb={key}"), label, listing,
                             columns[key], nav=nav, ignores_query=False)
        moved(f"nb/list.aspx?lb={key}")
    front = "".join(f'<li><a href="list.aspx?lb={key}">{label}</a></li>' for key, label in COLUMNS.items())
    b.html_page(www, in_session(sid, "nb/index.aspx"), page(
        county, family, "政府信息公开年报", f'<h2>政府信息公开年报</h2><ul class="nbcols">{front}</ul>',
        column="政府信息公开年报", nav=nav, host=www.host), SITE_DATE, "section")
    moved("nb/index.aspx")
    newest = kit.newest_gov_report(columns["bj"])
    news = kit.trs_guide_and_news(b, www, county, family, noise, nav=nav, reports_href=in_session(stale, "nb/index.aspx"),
                                  news_salt="cl-news")
    plain = APP + show("bj", newest)   # the home's link: the application's address without a session
    kit.home_page(b, www, county, family, kit.focus_box(news) + f'<div class="nb"><h3>政府信息公开年报</h3><ul><li>'
                  f'<a href="{esc(plain)}">{esc(newest.title)}</a></li></ul></div>', nav=nav)
    return urls
