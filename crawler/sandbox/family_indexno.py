"""A county portal whose 政府信息公开目录 is a table of every entry's 索引号, 名称, 发布机构 and 生成日期 in which only the
government's own current reports are links: every department's and township's report, and every report before 2019,
is a row of text, reached only through the 目录's 索引号查询 box — a GET form with one free text field
(`/xxgk/gkml/syh.jsp?syh=<索引号>`) whose answer links the entry with that 索引号 (未找到 for any other). The codes
(`<unit code>/<year>-<serial>`) are printed as cell text; no page links an answer (held out of tuning,
twenty-fourth round).

Modelled on http://tjj.pingliang.gov.cn/zfxxgk/zfxxgkzd/bjgkzd/index.html (平凉统计局: a 政府信息公开 section with its 公开制度, 目录 by category), http://guanyang.gov.cn/xxgk/fdzdgk/jcxxgk/gfxwj/bmwj/
(灌阳: 法定主动公开内容 listed by category and 部门, each entry with its 索引号), and
http://en.hongxingpaper.com/n2588035/n2588300/c13586947/content.html (a copy of 国办公开办函〔2019〕61号: a 政府信息公开平台
must offer 信息检索, 查阅, 下载). A 目录 whose rows name only the 索引号 and whose lookup by 索引号 is the way to an
entry is this family's choice; the cited pages show 索引号 on every entry and a 检索 function, not this split. Unlike
gkmlsearch (a POST form of category and publisher selects), yeartext (a year typed in) or unitsuggest (unit names
suggested), the value to type is an opaque code that only a table cell shows, one per entry.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the 目录),
  /xxgk/gkml/index.html (the 目录 table and the 索引号 form), /xxgk/gkml/syh.jsp?syh=<索引号> (the answers), articles
  /xxgk/gkml/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from urllib.parse import quote

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

CATALOGUE = "/xxgk/gkml/index.html"
LOOKUP = "/xxgk/gkml/syh.jsp"
LABEL = "政府信息公开目录"
FORM = (f'<form class="syh" action="{LOOKUP}" method="get"><label>索引号：<input type="text" name="syh" size="28" '
        'placeholder="请输入完整索引号"></label><button type="submit">查询</button></form>')


def linked_in_catalogue(art: Article) -> bool:
    """Whether the 目录 table links the entry: the government's own reports from 2019 on (and the non-reports)."""
    return art.report is None or (art.report.unit.kind == "gov" and art.report.year >= 2019)


def lookup_url(code: str) -> str:
    return f"{LOOKUP}?syh={quote(code, safe='')}"


def catalogue_table(rows: list[tuple[str, Article]], office: str) -> str:
    cells = []
    for code, art in rows:
        name = f'<a href="{esc(art.url)}" target="_blank">{esc(art.title)}</a>' if linked_in_catalogue(art) else esc(art.title)
        publisher = art.report.unit.name if art.report else office
        cells.append(f"<tr><td>{esc(code)}</td><td>{name}</td><td>{esc(publisher)}</td><td>{art.date_text}</td></tr>")
    return ('<table class="gkml"><tr><th>索引号</th><th>名称</th><th>发布机构</th><th>生成日期</th></tr>'
            + "".join(cells) + "</table>")


def build_indexno(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "indexno"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache-Coyote/1.1")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)
    items = kit.report_column(county, arts, noise)
    rows: list[tuple[str, Article]] = []
    for art in items:
        doc_id = stable_int("ix-art", county.pinyin, art.key, digits=7)
        code = (kit.unit_index_no(art.report.unit, art, doc_id) if art.report
                else kit.site_index_no(county, art, doc_id))
        kit.article_page(b, www, county, family, art, kit.trs_path("/xxgk/gkml/", art.day, doc_id), nav=nav,
                         column=LABEL, index_no=code, report_urls=urls)
        rows.append((code, art))

    def answer(found: list[tuple[str, Article]], code: str) -> str:
        listed = kit.link_list([a for _, a in found]) if found else "<p>未找到该索引号对应的信息。</p>"
        return page(county, family, "索引号查询", f"<h2>索引号查询：{esc(code)}</h2>{listed}{FORM}", nav=nav,
                    host=www.host)

    by_code: dict[str, list[tuple[str, Article]]] = {}
    for code, art in rows:   # two entries may share a serial (a code): the answer lists both
        by_code.setdefault(code, []).append((code, art))
    for code, found in by_code.items():   # each answer a page of its own (a crawler that types a code meets it)
        b.html_page(www, lookup_url(code), answer(found, code), b.list_date([a for _, a in found]), "list",
                    ignores_query=False)

    def lookup(method, query, headers, body):   # any other code: 未找到
        code = query.get("syh", "").strip()
        return Page(answer(by_code.get(code, []), code).encode(), SITE_DATE, role="list")

    www.dynamic[LOOKUP] = lookup
    main = f"<h2>{LABEL}</h2>{FORM}{catalogue_table(rows, county.gov_name + '办公室')}"
    b.html_page(www, CATALOGUE, page(county, family, LABEL, main, column=LABEL, nav=nav, host=www.host),
                b.list_date(items), "list")
    news = kit.trs_guide_and_news(b, www, county, family, noise, nav=nav, reports_href=CATALOGUE, news_salt="ix-news")
    kit.news_and_report_home(b, www, county, family, news, newest, nav=nav)
    return urls
