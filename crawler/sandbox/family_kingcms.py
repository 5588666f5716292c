"""A small PHP CMS with an `info.` sub-host, query-string lists, attachments on an IP address and historical
reports (Hebei-style county sites).

Modelled on http://info.xingtai.gov.cn/single/29/391457.html (the disclosure site on an `info.` sub-host,
articles /single/<category>/<id>.html), https://www.hebei.gov.cn/columns/8aef2fa0-cc14-409e-9f68-fbdba00a0c72/202308/21/720faafd-6610-4d9e-9cc8-9e0f056c2101.html
(the province's 政府信息公开年报 column) and https://ntdywx.com/www/zfxxgk/col/1586916059247/2020/04/15/1586934138420
(a spam copy of 高邑县's 2018 report, free-form, on another domain).

- www.X.gov.cn: home and news; 信息公开 on http://info.X.gov.cn/ (undeclared sub-host).
- info.X.gov.cn/list.php?catid=<c>&page=<n>: 下一页/尾页 pagers (page numbers in the query string), one
  category per unit kind (本级, 部门, 乡镇). Department and township reports are short article pages whose
  report is an attachment (PDF, or DOCX) on the CMS's file server linked by IP address
  (http://<IP>/uploadfile/YYYY/MMDD/<n>.pdf); the government's are HTML.
- Historical reports (2008-2018) are in the 本级 category, far down its pages.
- A spam mirror of some report pages on another domain, linked from the home page.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build, esc, noise_articles
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.common import add_common, paginate, pdf_page
from nianbao.crawler.sandbox.documents import report_docx
from nianbao.crawler.sandbox.names import County, stable_hex, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

PAGE_SIZE = 7
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def build_kingcms(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "kingcms"
    www = b.site(county.host, county.id, server="nginx")
    info = kit.sub_host(b, county, "info", "nginx")
    files = b.site(kit.file_server_ip(county, "king-ip", 121, range(28, 68), 3), county.id, server="nginx")
    b.site_hosts[county.id].append(files.host)
    nav = [("首页", f"http://{www.host}/"), ("信息公开", f"http://{info.host}/"), ("新闻动态", f"http://{www.host}/news/")]
    add_common(b, www, county, family, nav)
    add_common(b, info, county, family, nav)
    noise = noise_articles(b, county, reports)
    urls: dict[str, str] = {}
    arts = kit.report_articles(b, reports)
    cats = {"bj": (stable_int("cat", county.pinyin, "bj", digits=2), "本级"),
            "bm": (stable_int("cat", county.pinyin, "bm", digits=2) + 100, "部门"),
            "xz": (stable_int("cat", county.pinyin, "xz", digits=2) + 200, "乡镇")}
    groups: dict[str, list] = {k: [] for k in cats}
    for a in arts:
        kind = a.report.unit.kind
        groups["bj" if kind in ("gov", "office") else "xz" if kind == "township" else "bm"].append(a)
    groups["bj"] += kit.column_non_reports(county, noise)
    for key, items in groups.items():
        cat, name = cats[key]
        items[:] = kit.newest_first(items)
        for art in items:
            aid = stable_int(county.pinyin, art.key, digits=6)
            report, attachments, file_url, fmt = art.report, "", None, None
            if report is not None and key != "bj":
                fmt = "docx" if aid % 3 == 0 else "pdf"
                file_path = f"/uploadfile/{report.published:%Y/%m%d}/{aid}.{fmt}"
                body = pdf_page(report, b.report_date(report)) if fmt == "pdf" else Page(
                    lambda r=report: report_docx(r), b.report_date(report), DOCX, role="attachment")
                b.add(files, file_path, body, "attachment")
                file_url = f"http://{files.host}{file_path}"
                attachments = f'<div class="attach">附件下载：<a href="{esc(file_url)}">{esc(report.title)}.{fmt}</a></div>'
            url = kit.article_page(b, info, county, family, art, f"/single/{cat}/{aid}.html", nav=nav, column=name,
                                   index_no=f"{county.region_code}-{art.day:%Y}-{aid % 10000:04d}", attachments=attachments)
            if report is not None:
                urls[report.key] = url
                if file_url:
                    b.document(file_url, report, fmt, "attachment", parent_url=url)
        chunks = paginate(items, PAGE_SIZE)
        for n, chunk in enumerate(chunks, start=1):
            def href(k: int, cat=cat) -> str:
                return f"/list.php?catid={cat}" if k == 1 else f"/list.php?catid={cat}&page={k}"
            pager = (f'<a href="{esc(href(1))}">首页</a> '
                     + (f'<a href="{esc(href(n - 1))}">上一页</a> ' if n > 1 else "")
                     + (f'<a href="{esc(href(n + 1))}">下一页</a> ' if n < len(chunks) else "")
                     + f'<a href="{esc(href(len(chunks)))}">尾页</a> 第{n}页/共{len(chunks)}页')
            main = f'<div class="list"><h2>{esc(name)}</h2>{kit.link_list(chunk)}<div class="pages">{pager}</div></div>'
            b.add(info, href(n), Page(page(county, family, name, main, nav=nav, host=info.host).encode(),
                                      b.list_date(chunk), ignores_query=False), "list")
    menu = "".join(f'<li><a href="/list.php?catid={cat}">{name}年报</a></li>' for cat, name in cats.values())
    kit.serve_at_root(b, info, "/index.php", page(county, family, "政府信息公开", f"<h2>政府信息公开年报</h2><ul>{menu}</ul>",
                                                  nav=nav, host=info.host), "section")

    news = kit.news_items(county, noise, 3)
    kit.news_column(b, www, county, family, news, nav=nav, label="新闻动态", list_path="/news/index.html",
                    article_path=lambda art: f"/news/{stable_int(art.key, county.pinyin, digits=6)}.html")
    mirror = kit.spam_mirror(b, county, family, [a for a in arts if a.report.template == "pre2019"][:3],
                             f"{stable_hex('spam', county.pinyin, length=6)}.com")
    home = (f'{kit.focus_box(news)}<div class="links"><a href="http://{info.host}/">信息公开</a>'
            f' <a href="{esc(mirror)}">{esc(county.name)}年报专题</a></div>')
    kit.home_page(b, www, county, family, home, nav=nav)
    return urls
