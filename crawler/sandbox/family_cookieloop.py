"""A county portal whose 政府信息公开平台 on an `xxgk.` sub-host sits behind a cookie challenge made of HTTP alone:
every request without the challenge cookie is answered `302 Found` to *the same URL* with a `Set-Cookie: TCK=…`,
and only a client that keeps the cookie and sends it on the repeated request gets the page; a client without a
cookie jar is sent round the same redirect for ever (held out of tuning, twelfth round).

Modelled on http://xxgk.tongyu.gov.cn/zsts/fgw_97992/ndbg/202601/t20260121_1029773.html (通榆: the units' reports on
the county's `xxgk.` disclosure sub-host, TRS paths `<column>/<YYYYMM>/t<YYYYMMDD>_<id>.html`) and
http://www.fzja.gov.cn/xjwz/zwgk/zfxxgk/zfxxgknb/201707/t20170721_1341809.htm (福州晋安: a 政府信息公开年报 column
with reports back to 2016). The challenge is the default of testcookie-nginx-module
(https://github.com/kyprizel/testcookie-nginx-module, "Set-Cookie + 302/307 HTTP Location redirect", cookie `TCK`,
no `testcookie_arg`, so the redirect names the very URL asked for; https://nginx-extras.getpagespeed.com/modules/testcookie),
the robot mitigation hosting providers put in front of whole sites; that the cited portals sit behind it is this
family's choice. Unlike jsl and hanweb's 412 (a script computes the cookie) and jsession (a session id also written
into links, an unsessioned list redirected elsewhere), no script runs and no link changes: the answer is only a
header and a redirect to itself.

- www.X.gov.cn (no challenge): home (news; 政府信息公开 → http://xxgk.X.gov.cn/; one link to the government's newest
  report, on the sub-host), 新闻中心.
- xxgk.X.gov.cn (every path behind the 302 challenge): the platform's front page (/index.html), its guide, the
  年报 column /xxgk/ndbg/index.html, index_1.html … (下一页/尾页), every unit's reports of every year, historical
  ones and look-alikes among them, at /xxgk/ndbg/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.common import add_common, trs_list_html
from nianbao.crawler.sandbox.names import County, stable_hex, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Site

NB = "/xxgk/ndbg/"
PAGE_SIZE = 12


def build_cookieloop(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "cookieloop"
    platform_host = f"xxgk.{county.host.removeprefix('www.')}"
    nav = [("首页", f"http://{county.host}/"), ("政府信息公开", f"http://{platform_host}/"),
           ("新闻中心", f"http://{county.host}/xwzx/index.html")]
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx/1.18.0")
    xxgk = kit.sub_host(b, county, "xxgk", "nginx/1.18.0")
    _protect(b, xxgk)
    add_common(b, xxgk, county, family, nav)
    entries, urls = kit.report_column_pages(
        b, xxgk, county, family, arts, noise, nav=nav,
        path=lambda a: kit.trs_path(NB, a.day, stable_int("cl-art", county.pinyin, a.key, digits=7)))
    kit.trs_paged_column(b, xxgk, county, family, entries, NB, nav, PAGE_SIZE, page_of=True)
    guide = noise["guide"]
    for art in guide:
        kit.article_page(b, xxgk, county, family, art, kit.trs_path("/xxgk/xxgkzn/", art.day, 1), nav=nav,
                         column="政府信息公开指南", index_no=art.key)
    front = (f"<h2>{esc(county.name)}政府信息公开平台</h2><ul>"
             f'<li><a href="{esc(guide[0].url)}">政府信息公开指南</a></li>'
             f'<li><a href="{NB}index.html">政府信息公开年报</a></li></ul>')
    kit.serve_at_root(b, xxgk, "/index.html", page(county, family, f"{county.name}政府信息公开平台", front,
                                                   column="政府信息公开", nav=nav, host=xxgk.host), "section")
    news = kit.news_center(b, www, county, family, noise, nav=nav, label="新闻中心", list_path="/xwzx/index.html",
                           article_path=lambda a: kit.trs_path(
                               "/xwzx/", a.day, stable_int("cl-news", county.pinyin, a.key, digits=7)),
                           list_html=lambda items: trs_list_html(items, "/xwzx/"))
    newest = kit.newest_gov_report(arts)
    home = (kit.focus_box(news) + f'<div class="gk"><a href="http://{xxgk.host}/">政府信息公开平台</a></div>'
            + kit.report_box([newest]))
    kit.home_page(b, www, county, family, home, nav=nav, last_modified=SITE_DATE)
    return urls


def _protect(b: Build, site: Site) -> None:
    site.challenge, site.challenge_kind = True, "302"
    site.challenge_token = stable_hex("testcookie", site.host, length=32)
    b.challenge_hosts.append(site.host)
