"""A banner (county) portal whose 政府信息公开年报 column carries the reports from 2019 on, while every report before
2019 (the government's and its office's, the units that reported then) is kept only on the portal's old WAP site
for phones, `wap.X.gov.cn`, still running: a WML 1.1 site (WAP 1.x, `text/vnd.wap.wml`, XML decks of `<card>`s, not
HTML). Its 信息公开年报 deck lists the old reports with `<a href="show.wml?id=…">`, and leads to its next deck not
with an `<a>` but as WML does, with a task: `<anchor>下一页<go href="nb.wml?p=2"/></anchor>` and a soft key `<do type="accept"
label="下一页"><go href="nb.wml?p=2"/></do>`; each report is a deck of its own (`show.wml?id=<n>`, the text in
`<p>`s). The desktop site names the WAP site only in its home page's head (`<link rel="alternate" media="handheld">`)
and footer (手机WAP版) (held out of tuning, thirty-third round).

Modelled on http://146.56.203.80:81/qzbm/detail/content/5ecc673ad9e5dc940e000004.html (莫力达瓦达斡尔族自治旗,
内蒙古: the 旗政府's 2012 report, naming the 门户网站 www.mldw.gov.cn where its electronic copy is) and
http://big5.www.gov.cn/gate/big5/www.gov.cn//gzdt/2013-03/29/content_2365767.htm (内蒙古自治区's 2012 report, compiled
from the 盟市' and departments' reports); the WAP site is this family's choice (the cited pages are text). The markup
is WML's (https://www.tutorialspoint.com/wml/wml_quick_guide.htm: decks and cards, MIME type `text/vnd.wap.wml`,
`<go href>` tasks in `<anchor>` and `<do>`; https://novaburst.bsd.tilde.team/mirrors/w3schools.sinsixx.com/wap/wap_basic.asp@output=print.htm).
Unlike mobilehost (an `m.` host of HTML pages that the desktop names for phones, with the full, paged list) the old
reports here are on a host of another markup language and content type, and its pages after the first are named
only by WML tasks.

- www.X.gov.cn: home (news; one static link, the government's newest report; the WAP link), 政务公开
  (/zwgk/index.html: the guide, the column), /zwgk/zfxxgknb/index.html (2019 on, every unit, 解读, look-alikes).
- wap.X.gov.cn: `/` = /index.wml (a card: 信息公开年报 → /xxgk/nb.wml), /xxgk/nb.wml and nb.wml?p=<n> (4 reports a
  deck, newest first), /xxgk/show.wml?id=<6 digits> (a report's deck).
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build, esc, moment
from nianbao.crawler.sandbox.common import paginate
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

WML_TYPE = "text/vnd.wap.wml; charset=utf-8"
COLUMN = "/zwgk/zfxxgknb/"
DECK_SIZE = 4


def wml_text(text: str) -> str:
    """Text for a WML deck: XML-escaped, and `$` doubled (WML reads `$name` as a variable)."""
    return esc(text).replace("$", "$$")


def deck(title: str, body: str, card: str = "main") -> bytes:
    """A WML 1.1 deck of one card."""
    return ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE wml PUBLIC "-//WAPFORUM//DTD WML 1.1//EN" '
            '"http://www.wapforum.org/DTD/wml_1.1.xml">\n'
            f'<wml><card id="{card}" title="{wml_text(title)}">{body}</card></wml>').encode()


def go(label: str, href: str, *, soft_key: bool = False) -> str:
    """A WML link that is a task: an `<anchor>` with `<go>`, or a soft key (`<do>`)."""
    if soft_key:
        return f'<do type="accept" label="{label}"><go href="{esc(href)}"/></do>'
    return f'<anchor>{label}<go href="{esc(href)}"/></anchor>'


def report_deck(report: Report) -> bytes:
    right = ' align="right"'
    paragraphs = "".join(f'<p{right if kind == "sign" else ""}>{wml_text(str(content))}</p>'
                         for kind, content in report.blocks()[1:])
    return deck(report.title, f"<p><b>{wml_text(report.title)}</b></p>{paragraphs}"
                              f'<p><a href="nb.wml">返回</a> <a href="/index.wml">首页</a></p>', card="show")


def wap_site(b: Build, county: County, old: list[Article], urls: dict[str, str]) -> str:
    """The WAP site with the old reports `old` (newest first); returns its home URL."""
    wap = kit.sub_host(b, county, "wap", server="Microsoft-IIS/6.0")
    for art in old:
        report = art.report
        assert report.template == "pre2019", report.key   # a WML deck carries text, no tables
        path = f"/xxgk/show.wml?id={stable_int('ww-art', county.pinyin, art.key, digits=6)}"
        art.url = f"http://{wap.host}{path}"
        b.add(wap, path, Page(report_deck(report), b.report_date(report), WML_TYPE, ignores_query=False), "article")
        b.document(art.url, report, "html", "original", markup="wml")
        urls[report.key] = art.url
    chunks = paginate(old, DECK_SIZE)
    for n, chunk in enumerate(chunks, 1):
        rows = "".join(f'<a href="{esc(a.url.split(wap.host, 1)[1].removeprefix("/xxgk/"))}">{wml_text(a.title)}'
                       f"</a>（{a.date_text}）<br/>" for a in chunk)
        moves = ""
        if n < len(chunks):
            moves = go("下一页", f"nb.wml?p={n + 1}", soft_key=True) + f"<p>{go('下一页', f'nb.wml?p={n + 1}')}</p>"
        if n > 1:
            moves += f"<p>{go('上一页', f'nb.wml?p={n - 1}' if n > 2 else 'nb.wml')}</p>"
        body = deck("信息公开年报", f"{moves}<p>信息公开年报（第{n}/{len(chunks)}页）<br/>{rows}</p>", card="nb")
        path = "/xxgk/nb.wml" + (f"?p={n}" if n > 1 else "")
        b.add(wap, path, Page(body, max(moment(a.day) for a in chunk), WML_TYPE, ignores_query=n == 1), "list")
    home = deck(county.gov_name, f'<p>{wml_text(county.gov_name)}<br/><a href="/xxgk/nb.wml">信息公开年报</a><br/>'
                                 '<a href="/xxgk/lxwm.wml">联系我们</a></p>')
    b.add(wap, "/index.wml", Page(home, SITE_DATE, WML_TYPE), "home")
    wap.add("/", Page(home, SITE_DATE, WML_TYPE, role="home"))
    b.pages[f"http://{wap.host}/"] = "home"
    contact = deck("联系我们", f"<p>{wml_text(county.gov_name)}办公室<br/>电话：0470-{stable_int('ww-tel', county.pinyin, digits=7)}</p>")
    b.add(wap, "/xxgk/lxwm.wml", Page(contact, SITE_DATE, WML_TYPE), "section")
    return f"http://{wap.host}/"


def build_wmlwap(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "wmlwap"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    current = [a for a in arts if a.report.template != "pre2019"]
    old = [a for a in arts if a.report.template == "pre2019"]

    def doc_id(art: Article) -> int:
        return stable_int("ww-www", county.pinyin, art.key, digits=7)

    items, urls = kit.report_column_pages(b, www, county, family, current, noise, nav=nav, serial=doc_id,
                                          path=lambda art: kit.trs_path(COLUMN, art.day, doc_id(art)))
    kit.report_list_page(b, www, county, family, COLUMN + "index.html", "政府信息公开年报", kit.link_list(items),
                         items, nav=nav)
    wap_home = wap_site(b, county, old, urls)
    news = kit.trs_guide_and_news(b, www, county, family, noise, nav=nav, reports_href=COLUMN + "index.html",
                                  news_salt="ww-news")
    newest = kit.newest_gov_report(items)
    footer = f'<div class="wap"><p>手机访问：<a href="{wap_home}">手机WAP版</a></p></div>'
    kit.home_page(b, www, county, family, kit.focus_box(news) + kit.report_box([newest]) + footer, nav=nav,
                  scripts=f'<link rel="alternate" media="handheld" href="{wap_home}">')
    return urls
