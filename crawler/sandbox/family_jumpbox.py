"""A county portal whose 政府信息公开年报 list is paged by a jump box alone: the pager is text (`共43条 第1/4页`) and
a `<form method="get">` with a text field (跳转到第 [ ] 页 GO); no page after the first is linked by any page, and the
form offers no page number (the reader types one). The list is a JSP answering `index.jsp?page=<n>`; its articles
are `content.jsp?id=<id>` (held out of tuning, fourteenth round).

Modelled on http://122.137.242.24:8080/pub/slsxxgkw/gzbm/cyqrmzfbgs_7432/ndbg/201708/t20170809_257176.html (舒兰:
a county's 政务信息公开 system on its own server, every unit's 年度报告 under one 年报 column, reports from 2016) and
http://www.lipu.gov.cn/xxgk/xxgknb/202301/t20230129_2444881.html (荔浦: one 政府信息公开年报 column of every year).
A pager reduced to its "跳转到第 页" box (the box most county CMSs print beside their page links) is this family's
choice; the cited pages do not show their pagers. Unlike postpager (a POST form whose page links are
`javascript:goPage(n)`), laypage (a script composing the next address), countdown (links counting down) and
jumpmenu (a `<select>` offering every address), nothing on a page names or enumerates page 2 onwards: only the
count in the text and the field's name say they exist.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide, the 年报 column),
  /xxgk/ndbg/index.jsp (page 1; also `?page=1`), `index.jsp?page=2` … (10 entries a page: every unit's reports of
  every year and look-alikes, newest first), articles /xxgk/ndbg/content.jsp?id=<9 digits>.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.common import paginate
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

NB = "/xxgk/ndbg/"
LIST = NB + "index.jsp"
PAGE_SIZE = 10


def list_html(items) -> str:
    return ('<table class="list" width="100%">' + "".join(
        f'<tr><td class="t"><a href="content.jsp?id={a.url.rsplit("=", 1)[1]}" target="_blank" title="{esc(a.title)}">'
        f'{esc(a.title)}</a></td><td class="d">{a.date_text}</td></tr>' for a in items) + "</table>")


def build_jumpbox(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "jumpbox"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache-Coyote/1.1")

    def doc_id(art):   # no date in the path: ids must not collide
        return stable_int("jb-art", county.pinyin, art.key, digits=9)

    entries, urls = kit.report_column_pages(b, www, county, family, arts, noise, nav=nav, serial=doc_id,
                                            path=lambda art: f"{NB}content.jsp?id={doc_id(art)}")
    chunks = paginate(entries, PAGE_SIZE)
    for n, chunk in enumerate(chunks, start=1):
        pager = (f'<div class="pager">共{len(entries)}条　第{n}/{len(chunks)}页　'
                 f'<form action="index.jsp" method="get" style="display:inline">跳转到第'
                 f'<input type="text" name="page" size="3" value="">页 <input type="submit" value="GO"></form></div>')
        text = page(county, family, "政府信息公开年报", f"<h2>政府信息公开年报</h2>{list_html(chunk)}{pager}",
                    column="政府信息公开年报", nav=nav, host=www.host)
        b.html_page(www, f"{LIST}?page={n}", text, b.list_date(chunk), "list", ignores_query=False)
        if n == 1:
            b.html_page(www, LIST, text, b.list_date(chunk), "list", ignores_query=False)
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(arts), nav=nav,
                            reports_href=LIST, news_salt="jb-news")
    return urls
