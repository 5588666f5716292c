"""A county portal whose home page is chosen by language negotiation (Apache httpd's MultiViews): the site root holds
`index.html.zh-cn` and `index.html.en`, and `/` (or `/index.html`) answers whichever the request's `Accept-Language`
prefers, with `Vary: negotiate,accept-language`, `TCN: choice` and `Content-Location` naming the variant, as
mod_negotiation does. A request that names no Chinese (no `Accept-Language` at all, or only `en`) gets the English
home, since the stock httpd.conf's `LanguagePriority` puts `en` first and `ForceLanguagePriority Prefer Fallback`
picks it among equals (this family simplifies httpd's matching: any accepted `zh` range, q above 0, chooses the
Chinese variant, whatever else the header ranks higher). The English home is a short page (About, Investment, Contact) whose 中文 switch links `/`
with `hreflang="zh-CN"`, leaving the choice to the browser's language again; the Chinese home is the portal's, and
only it (and the pages it leads to) links 政务公开 and the 年报 column, which lists every unit's reports of every
year by plain link (held out of tuning, thirty-fourth round).

Modelled on https://www.guizhou.gov.cn/zwgk/zfxxgk/zfxxgknb/2018n/202109/t20210914_70371700.html (贵州省's 2018 report
in the 政府信息公开年报 column, TRS-style `t<YYYYMMDD>_<id>.html` articles; the synthetic county has a 贵州 region
code), http://www.gov.cn/xinwen/2017-03/28/content_5181403.htm (a gov.cn page whose header carries the `EN` switch
of a bilingual portal) and http://qqhr.gov.cn/News_showNews.action?messagekey=135014 (a city portal whose header
links `English` beside the Chinese site). That the home is negotiated by the server is this family's choice (the
cited pages are text); the mechanism is httpd's content negotiation (mod_negotiation: MultiViews, type variants
`index.html.<lang>`, LanguagePriority). Unlike acceptneg (one list address answering HTML or JSON by `Accept`) or
mobilehost (a separate host for phones), one address serves two sites by the request's language, and a client
that states none sees the one without the reports.

- www.X.gov.cn: / and /index.html (negotiated: English unless a zh range is accepted), /index.html.zh-cn (the
  Chinese home: news, the government's newest report, 政务公开), /index.html.en, /en/<about|invest|contact>.html,
  政务公开 (/zwgk/index.html: the guide, the column), /zwgk/zfxxgknb/index.html (the column, TRS pages
  index_<n>.html), articles /zwgk/zfxxgknb/<YYYYMM>/t<YYYYMMDD>_<7 digits>.html.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build, esc
from nianbao.crawler.sandbox.chrome import STYLES, page
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import HTML_UTF8, Page

FOLDER = "/zwgk/zfxxgknb/"
ZH, EN = "/index.html.zh-cn", "/index.html.en"
ENGLISH = {"about": "About the County", "invest": "Investment", "contact": "Contact Us"}
NEGOTIATED = ("Vary", "negotiate,accept-language"), ("TCN", "choice")


def prefers_chinese(accept_language: str) -> bool:
    """Whether an Accept-Language accepts some zh range (q above 0): then the Chinese variant is the better match;
    otherwise (none, or only other languages) LanguagePriority's first, English, is chosen."""
    for part in accept_language.split(","):
        tag, _, params = part.strip().partition(";")
        q = params.strip().removeprefix("q=") if params.strip().startswith("q=") else "1"
        if tag.strip().lower().split("-")[0] == "zh" and q.replace(".", "", 1).isdigit() and float(q) > 0:
            return True
    return False


def english_page(county: County, title: str, main: str) -> str:
    """A page of the English site: no Chinese navigation, only the English sections and the 中文 switch."""
    links = "".join(f'<li><a href="/en/{key}.html">{label}</a></li>' for key, label in ENGLISH.items())
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title></head>'
            f'<body style="border-top:4px solid {STYLES["langneg"]["color"]}"><div class="header">'
            f'<a href="/en/about.html">{county.pinyin.title()} County People\'s Government</a> '
            f'<a href="/" hreflang="zh-CN" lang="zh-CN">中文</a></div><ul class="nav">{links}</ul>'
            f'<div class="main">{main}</div></body></html>')


def negotiated_home(zh: Page, en: Page):
    def handler(method, query, headers, body):
        chosen, name = (zh, ZH) if prefers_chinese(headers.get("accept-language", "")) else (en, EN)
        return Page(chosen.data(), chosen.last_modified, HTML_UTF8, role="home",
                    extra_headers=(("Content-Location", name.removeprefix("/")), *NEGOTIATED))
    return handler


def build_langneg(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "langneg"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache/2.2.15 (CentOS)")
    entries, urls = kit.trs_report_column(b, www, county, family, arts, noise, nav=nav, salt="ln-art", folder=FOLDER)
    kit.trs_paged_column(b, www, county, family, entries, FOLDER, nav, 10)
    news = kit.trs_guide_and_news(b, www, county, family, noise, nav=nav, reports_href=FOLDER + "index.html",
                                  news_salt="ln-news")
    newest = kit.newest_gov_report(entries)
    zh = b.html_page(www, ZH, page(county, family, county.gov_name, kit.focus_box(news) + kit.report_box([newest]),
                                   nav=nav, host=www.host), SITE_DATE, "home")
    for key, label in ENGLISH.items():
        b.html_page(www, f"/en/{key}.html", english_page(county, label, f"<h1>{label}</h1><p>{esc(label)} of "
                                                          f"{county.pinyin.title()} County.</p>"), SITE_DATE, "section")
    en = b.html_page(www, EN, english_page(county, "Welcome", "<h1>Welcome</h1><p>Official English website.</p>"),
                     SITE_DATE, "home")
    for path in ("/", "/index.html"):
        www.dynamic[path] = negotiated_home(zh, en)
        b.pages[f"http://{www.host}{path}"] = "home"
    return urls
