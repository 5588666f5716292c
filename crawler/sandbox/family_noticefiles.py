"""A county portal whose 年报 column carries only the government's own reports (from 2019 on), while every
department's and township's report, and the government's older ones, are attachments of one 公告 a year in 通知公告
("关于公开<year>年度县直部门和乡镇政府信息公开工作年度报告的公告", a list of PDF and Word files with opaque names), so
those reports are reached through a notice page, never through the report column (held out of tuning, eighth round).

The news system's addresses are modelled on https://lzq.gov.cn/news/show/20200117182933343.html (a 教育局's 2019
report published as an item of the portal's news system, `/news/show/<timestamp id>.html`) and
http://wlht.gov.cn/wlht/2021-11/16/article_2024041410553026801.html (a township's disclosure rules as an article of a
portal's news system); the 附件 list on the portals' notices that publish many units' documents at once. That a
year's unit reports exist only as one notice's attachments is this family's choice; the cited pages do not show such
a notice. Unlike kingcms and gbk (one small article page per report carrying its file) and downfile (each unit's
list links its files through one download servlet), the files here hang off a page that is not about any one report,
in a column that is not about reports.

- www.X.gov.cn: home (news, 通知公告's five newest, the government's newest report), 政府信息公开 (/xxgk/index.html).
- /news/list/zfxxgknb.html: the government's and its office's reports from 2019 on, 解读, look-alikes.
- /news/list/tzgg.html (?page=n, 下一页/尾页): notices — the yearly 公告 with the units' report files
  (/uploadfiles/<yyyymm>/<16 hex>.pdf|.docx), 编制通知, 工作总结.
- Articles /news/show/<yyyymmddHHMMSS + 3 digits>.html.
"""

from __future__ import annotations

from datetime import timedelta

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build, esc, moment
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.common import paginate, pdf_page
from nianbao.crawler.sandbox.documents import report_docx
from nianbao.crawler.sandbox.names import County, stable_hex, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PAGE_SIZE = 6
COLUMNS = {"zfxxgknb": "政府信息公开年报", "tzgg": "通知公告", "xwdt": "新闻动态"}


def show_path(county: County, art: Article) -> str:
    n = stable_int("nf-show", county.pinyin, art.key, digits=9)
    return f"/news/show/{art.day:%Y%m%d}{n % 1000000:06d}{n // 1000000:03d}.html"


def in_column(report: Report) -> bool:
    """The reports the 年报 column itself carries: the government's and its office's, from 2019 on."""
    return report.unit.kind in ("gov", "office") and report.template != "pre2019"


def build_noticefiles(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "noticefiles"
    nav = [("首页", "/"), ("政府信息公开", "/xxgk/index.html"), ("通知公告", "/news/list/tzgg.html"),
           ("新闻动态", "/news/list/xwdt.html")]
    urls: dict[str, str] = {}
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx/1.16.1")
    column = kit.newest_first([a for a in arts if in_column(a.report)]
                              + kit.column_non_reports(county, noise))
    kit.column_pages(b, www, county, family, column, urls, nav=nav, column=COLUMNS["zfxxgknb"],
                     path=lambda art: show_path(county, art))
    filed: dict[int, list[Report]] = {}
    for art in arts:
        if not in_column(art.report):
            filed.setdefault(art.report.year, []).append(art.report)
    notices = []
    for year, rs in sorted(filed.items()):
        rs.sort(key=lambda r: (r.unit.kind != "gov", r.unit.name))
        day = max(r.published for r in rs) + timedelta(days=3)
        notice = Article(f"关于公开{year}年度{county.name}县直部门和乡镇政府信息公开工作年度报告的公告", day, "notice",
                         key=f"gg{year}", paragraphs=[
                             f"根据《中华人民共和国政府信息公开条例》规定，现将{county.name}各单位{year}年度政府信息公开工作"
                             "年度报告予以公开，详见附件。", f"{county.gov_name}办公室"])
        rows, files = [], []
        for n, report in enumerate(rs, start=1):
            fmt = "docx" if stable_int("nf-fmt", report.key) % 3 == 0 else "pdf"
            path = f"/uploadfiles/{report.published:%Y%m}/{stable_hex('nf-file', report.key, length=16)}.{fmt}"
            body = pdf_page(report, b.report_date(report)) if fmt == "pdf" else Page(
                lambda r=report: report_docx(r), b.report_date(report), DOCX, role="attachment")
            b.add(www, path, body, "attachment")
            rows.append(f'<li>{n}. <a href="{path}" target="_blank">{esc(report.title)}.{fmt}</a></li>')
            files.append((report, path, fmt))
        url = kit.article_page(b, www, county, family, notice, show_path(county, notice), nav=nav, column=COLUMNS["tzgg"],
                           index_no=f"{county.site_id_code}/{day:%Y}-gg{year}",
                           attachments=f'<div class="attach"><p>附件：</p><ol>{"".join(rows)}</ol></div>')
        for report, path, fmt in files:
            urls[report.key] = f"http://{www.host}{path}"
            b.document(urls[report.key], report, fmt, "attachment", parent_url=url)
        notices.append(notice)
    tzgg = kit.newest_first(notices + noise["notices"] + noise["summary"])
    for art in noise["notices"] + noise["summary"]:
        kit.article_page(b, www, county, family, art, show_path(county, art), nav=nav, column=COLUMNS["tzgg"],
                         index_no=art.key)
    news = kit.news_items(county, noise, 3, ("news",))
    for art in news + noise["guide"]:
        kit.article_page(b, www, county, family, art, show_path(county, art), nav=nav, column=COLUMNS["xwdt"],
                         index_no=art.key)
    for col, items in (("zfxxgknb", column), ("tzgg", tzgg), ("xwdt", news)):
        chunks = paginate(items, PAGE_SIZE)
        for n, chunk in enumerate(chunks, start=1):
            def href(k: int, col=col) -> str:
                return f"/news/list/{col}.html" + (f"?page={k}" if k > 1 else "")
            pager = (f'<div class="page">共{len(items)}条 {n}/{len(chunks)}页 '
                     + (f'<a href="{esc(href(n - 1))}">上一页</a> ' if n > 1 else "")
                     + (f'<a href="{esc(href(n + 1))}">下一页</a> ' if n < len(chunks) else "")
                     + f'<a href="{esc(href(len(chunks)))}">尾页</a></div>')
            b.add(www, href(n), Page(page(county, family, COLUMNS[col], kit.link_list(chunk, href=lambda a: a.url.split(
                www.host, 1)[1]) + pager, column=COLUMNS[col], nav=nav, host=www.host).encode(), b.list_date(chunk),
                ignores_query=False), "list")
    b.html_page(www, "/xxgk/index.html", page(county, family, "政府信息公开", f'<ul><li><a href="{noise["guide"][0].url}">'
                                              '政府信息公开指南</a></li><li><a href="/news/list/zfxxgknb.html">政府信息公开'
                                              '年报</a></li></ul>', column="政府信息公开", nav=nav, host=www.host),
                SITE_DATE, "section")
    home = (f'{kit.focus_box(news)}<div class="tzgg"><h3>通知公告</h3>{kit.link_list(tzgg[:5])}</div>'
            f'{kit.report_box([kit.newest_gov_report(column)])}')
    kit.home_page(b, www, county, family, home, nav=nav, last_modified=max(SITE_DATE, moment(tzgg[0].day)))
    return urls
