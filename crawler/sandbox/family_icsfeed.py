"""A county portal whose 政府信息公开年报 column lists only the government's own reports from 2019 on, and names every
other report — each department's, township's and zone's, and every report before 2019 — only in the portal's
信息公开发布日历 offered for subscription as an iCalendar file, `/zwgk/rili/xxgkrl.ics` (`text/calendar`; linked as
「订阅日历」 with a `webcal://` address and as 「下载 .ics」 with an http one): one `VEVENT` per publication, its
`SUMMARY` the title, `DTSTART;VALUE=DATE` the day, `ORGANIZER;CN=` the publishing body and `URL` the page. Every
content line is folded at 75 octets as RFC 5545 §3.1 requires (CRLF and a space), so each report's address is cut
in two across lines of the file and is whole only once the lines are unfolded. No HTML page names those reports
(held out of tuning, sixty-fifth round).

Modelled on http://m.sxsjbj.com/reports/2014-04/22/content_32171926.htm (a copy of 青海省's 2013 report: "本年度报告的
电子版可以在"青海省人民政府"门户网站政府信息公开专栏下载", reports kept in one 专栏 for years, a pre-2019 report) and
http://www.lishui.gov.cn/module/xxgk/xxgkAnnualReport.jsp?fbtime=2017&area=113325000026455663 (丽水市's 2017 report,
served by a disclosure platform that files reports by publication year and unit). The iCalendar 发布日历 is this
family's choice (RFC 5545 VEVENT with the `URL` property, §3.8.4.6; calendar subscriptions by `webcal://` links as
Outlook and Apple Calendar take them; the cited pages are text and show no calendar). Unlike pubcalendar (a calendar
widget fed by a JSON of days and an HTML fragment per day), rssfeed or enclosure (XML feeds), sitemaptxt (whole
addresses a line) or pdftext (addresses printed in a PDF), the file is plain text whose addresses are split by the
format's own line folding.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the column),
  /zwgk/zfxxgk/fdzdgknr/ndbg/index.html (the government's reports since 2019, 解读, look-alikes, the calendar's links),
  /zwgk/rili/xxgkrl.ics (every report but the column's, and the column's entries too), articles
  /zwgk/zfxxgk/fdzdgknr/ndbg/<YYYYMM>/t<YYYYMMDD>_<7 digits>.html.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build, esc
from nianbao.crawler.sandbox.names import County, stable_hex
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

ICS_TYPE = "text/calendar; charset=utf-8"
FOLDER = "/zwgk/zfxxgk/fdzdgknr/ndbg/"
COLUMN = FOLDER + "index.html"
CALENDAR = "/zwgk/rili/xxgkrl.ics"
LABEL = "政府信息公开年报"
LINE_OCTETS = 75   # RFC 5545 §3.1: "Lines of text SHOULD NOT be longer than 75 octets, excluding the line break"


def fold(line: str) -> str:
    """A content line folded as RFC 5545 §3.1 writes it: at most 75 octets a line, each continuation starting with a
    space, never inside a UTF-8 sequence (hand-written: the project declares no iCalendar library, and this is the
    whole of what one would do here)."""
    parts, current, size, limit = [], "", 0, LINE_OCTETS
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > limit:
            parts.append(current)
            current, size, limit = "", 0, LINE_OCTETS - 1   # the leading space takes one octet
        current += ch
        size += width
    parts.append(current)
    return "\r\n ".join(parts)


def ics_text(value: str) -> str:
    """A TEXT value escaped (RFC 5545 §3.3.11: backslash, semicolon, comma)."""
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")


def calendar(county: County, items: list[Article]) -> str:
    """The VCALENDAR of `items`, an all-day VEVENT each, every line folded."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:-//{county.gov_name}//信息公开发布日历//ZH", "CALSCALE:GREGORIAN",
             "METHOD:PUBLISH", f"X-WR-CALNAME:{county.gov_name}信息公开发布日历", "X-WR-TIMEZONE:Asia/Shanghai"]
    domain = county.host.removeprefix("www.")
    for art in items:
        publisher = art.report.unit.name if art.report else f"{county.gov_name}办公室"
        lines += ["BEGIN:VEVENT", f"UID:{stable_hex('ics', county.pinyin, art.key, length=24)}@{county.host}",
                  f"DTSTAMP:{art.day:%Y%m%d}T090000Z", f"DTSTART;VALUE=DATE:{art.day:%Y%m%d}",
                  f"SUMMARY:{ics_text(art.title)}", f"ORGANIZER;CN={ics_text(publisher)}:mailto:xxgk@{domain}",
                  f"URL:{art.url}", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def build_icsfeed(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "icsfeed"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx/1.18.0")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)
    non_reports = kit.column_non_reports(county, noise)   # once: each call makes new look-alike articles
    kit.trs_column_pages(b, www, county, family, arts + non_reports, urls, nav=nav, folder=FOLDER, salt="ic-art")
    shown, _ = kit.split_for_file(arts)   # the rest: named by the calendar only
    items = kit.newest_first(shown + non_reports)
    every = kit.newest_first(arts + non_reports)
    b.add(www, CALENDAR, Page(calendar(county, every).encode("utf-8"), b.list_date(every), ICS_TYPE), "list")
    links = (f'<div class="rili">信息公开发布日历：<a href="webcal://{www.host}{CALENDAR}">订阅日历</a>　'
             f'<a href="{CALENDAR}" download>下载 .ics</a>'
             f"<p>{esc(county.name)}各部门、各乡镇及2019年以前的年度报告，见信息公开发布日历。</p></div>")
    kit.report_list_page(b, www, county, family, COLUMN, LABEL, kit.trs_list_html(items, FOLDER) + links, items,
                         nav=nav)
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=COLUMN, news_salt="ic-news")
    return urls
