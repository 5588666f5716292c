"""An older GBK-encoded portal (ASP era): no charset in any Content-Type header (a gb2312 <meta> on most pages,
none on some), query-string pagers (?page=N, &pageNo=N), and reports only as .doc/.docx/.pdf attachments linked
from small article pages (one through a pdf.js viewer link, one in an <iframe>, one in an <embed>)."""

from __future__ import annotations

from pathlib import Path

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build, esc, moment, noise_articles
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.common import add_common
from nianbao.crawler.sandbox.documents import report_docx, report_pdf
from nianbao.crawler.sandbox.names import County, rng, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page, Site

ENCODING = "gb18030"        # byte-identical to GBK for every character used; pages declare gb2312
CONTENT_TYPE = "text/html"  # no charset: the point of this portal
ASSETS = Path(__file__).with_name("assets")
MIME = {"pdf": "application/pdf", "doc": "application/msword",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}
NOT_FOUND = ("<html><head><title>无法找到该页</title></head><body><h1>无法找到该页</h1>"
             "<p>您正在搜索的页面可能已经删除、更名或暂时不可用。</p><hr><p>HTTP 错误 404 - 文件或目录未找到。<br>"
             "Internet 信息服务 (IIS)</p></body></html>")


def _asset(name: str) -> bytes:
    path = ASSETS / name
    if not path.exists():
        raise FileNotFoundError(f"sandbox asset {path} is missing; regenerate it with "
                                "`python -m nianbao.crawler.sandbox.make_doc_assets` (needs LibreOffice)")
    return path.read_bytes()


def _attachment_body(fmt: str, report: Report, asset: str | None):
    if fmt == "doc":
        return lambda: _asset(asset)
    if fmt == "pdf":
        return lambda: report_pdf(report)
    return lambda: report_docx(report)


def build_gbk(b: Build, county: County, reports: list[Report], doc_assets: dict[str, str]) -> dict[str, str]:
    """`doc_assets` maps report keys to committed .doc file names under crawler/sandbox/assets/."""
    site = b.site(county.host, county.id, server="Microsoft-IIS/6.0", not_found=NOT_FOUND.encode(ENCODING),
                  not_found_type=CONTENT_TYPE)
    family = "gbk"
    nav = [("网站首页", "/index.html"), ("政务公开", "/zwgk/index.html"), ("信息公开年报", "/xxgk/nblist.asp"),
           ("新闻动态", "/news/list.asp?classid=3")]
    add_common(b, site, county, family, nav, encoding=ENCODING, content_type=CONTENT_TYPE, charset_meta="gb2312")
    noise = noise_articles(b, county, reports)
    visible = [r for r in reports if b.visible(r)]
    r = rng(b.seed, "gbk", county.pinyin)

    def html(title: str, main: str, meta: bool = True, **kw) -> bytes:
        return page(county, family, title, main, nav=nav, charset="gb2312" if meta else None, **kw).encode(ENCODING)

    def add_html(path: str, body: bytes, lm, role: str, exact_query: bool = False) -> None:
        b.add(site, path, Page(body, lm, CONTENT_TYPE, ignores_query=not exact_query), role)

    items: list[Article] = []
    urls = {}
    embed_modes = ["viewer", "iframe", "embed"]
    for i, report in enumerate(sorted(visible, key=lambda x: (x.published, x.key))):
        art = Article(report.title, report.published, "report", report=report, key=f"{report.unit.key}:{report.year}")
        aid = stable_int(site.host, art.key, digits=6)
        stub_path = f"/xxgk/show.asp?id={aid}"
        art.url = f"http://{site.host}{stub_path}"
        if report.key in doc_assets:
            fmt = "doc"
        else:
            fmt = "pdf" if r.random() < 0.55 else "docx"
        stamp = f"{report.published:%Y%m%d}{9 + aid % 8:02d}{aid % 60:02d}{(aid * 7) % 60:02d}"
        file_path = f"/uploadfiles/{report.published:%Y%m}/{stamp}{aid % 1000:03d}.{fmt}"
        file_url = f"http://{site.host}{file_path}"
        lm = b.report_date(report)
        extra: tuple[tuple[str, str], ...] = ()
        mime = MIME[fmt]
        body = _attachment_body(fmt, report, doc_assets.get(report.key))
        if fmt == "docx":
            if aid % 3 == 0:   # old IIS handlers: generic type plus a download disposition
                mime = "application/octet-stream"
                extra = (("Content-Disposition", f'attachment; filename="{stamp}.docx"'),)
        b.add(site, file_path, Page(body, lm, mime, extra_headers=extra), "attachment")
        mode = embed_modes.pop(0) if fmt == "pdf" and embed_modes else "link"
        link_text = esc(f"{report.title}.{fmt}")
        if mode == "viewer":
            viewer = f"/pdfjs/web/viewer.html?file={file_path}"
            att = f'<p>附件：<a href="{esc(viewer)}" target="_blank">{link_text}</a></p>'
            b.pages[f"http://{site.host}{viewer}"] = "viewer"
        elif mode == "iframe":
            att = f'<iframe src="{file_path}" width="100%" height="800" frameborder="0"></iframe>'
        elif mode == "embed":
            att = f'<embed src="{file_path}" type="application/pdf" width="100%" height="800">'
        else:
            att = f'<p>附件：<a href="{file_path}">{link_text}</a></p>'
        main = (f'<div class="show"><h1>{esc(art.title)}</h1><div class="info">发布时间：{art.date_text}　'
                f'发布单位：{esc(report.unit.name)}</div><div class="content"><p>{esc(report.unit.name)}'
                f'{report.year}年政府信息公开工作年度报告详见附件。</p>{att}</div></div>')
        add_html(stub_path, html(art.title, main, meta=i % 3 != 1), moment(report.published, 600), "article",
                 exact_query=True)
        b.document(art.url, report, "html", "original", stub=True)
        b.document(file_url, report, fmt, "attachment", parent_url=art.url)
        urls[report.key] = art.url
        items.append(art)
    if "viewer" not in embed_modes:   # the viewer link was used: serve the viewer page
        viewer_html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>PDF.js viewer</title>'
                       '<script src="../build/pdf.js"></script></head><body><div id="viewerContainer"></div>'
                       '<script>var file = new URLSearchParams(location.search).get("file");'
                       'document.title = file;</script></body></html>')
        b.add(site, "/pdfjs/web/viewer.html", Page(viewer_html.encode(), SITE_DATE, CONTENT_TYPE), "viewer")
    for art in noise["interpretations"]:
        aid = stable_int(site.host, art.key, digits=6)
        art.url = f"http://{site.host}/xxgk/show.asp?id={aid}"
        main = f'<h1>{esc(art.title)}</h1>' + "".join(f"<p>{esc(p)}</p>" for p in art.paragraphs)
        add_html(f"/xxgk/show.asp?id={aid}", html(art.title, main), moment(art.day), "article", exact_query=True)
        b.non_report(art.url)
        items.append(art)
    items[:] = kit.newest_first(items)
    touched = any(x.revision_added or x.revision_removed for x in reports)
    _query_list(b, site, "/xxgk/nblist.asp", "", "page", "信息公开年报", items, 8, html, add_html, touched)

    news = noise["news"] + noise["notices"] + noise["summary"] + noise["guide"]
    for art in news:
        aid = stable_int(site.host, art.key, digits=6)
        art.url = f"http://{site.host}/news/show.asp?id={aid}"
        main = f'<h1>{esc(art.title)}</h1><div class="info">{art.date_text}</div>' + \
            "".join(f"<p>{esc(p)}</p>" for p in art.paragraphs)
        add_html(f"/news/show.asp?id={aid}", html(art.title, main, meta=aid % 2 == 0), moment(art.day), "article",
                 exact_query=True)
        b.non_report(art.url)
    news[:] = kit.newest_first(news)
    _query_list(b, site, "/news/list.asp", "classid=3", "pageNo", "新闻动态", news, 6, html, add_html, False)

    section = ('<h2>政务公开</h2><ul><li><a href="/xxgk/nblist.asp">政府信息公开年报</a></li>'
               '<li><a href="/zwgk/zfxxgkzd.htm">政府信息公开制度</a></li></ul>')
    add_html("/zwgk/index.html", html("政务公开", section), SITE_DATE, "section")
    b.broken(f"http://{site.host}/zwgk/zfxxgkzd.htm")
    home = ('<table width="980"><tr><td><h2>新闻动态</h2>'
            + "".join(f'<p><a href="/news/show.asp?id={a.url.rsplit("=", 1)[1]}">{esc(a.title)}</a></p>'
                      for a in news[:6])
            + '</td><td><a href="/xxgk/nblist.asp">信息公开年报</a></td></tr></table>')
    add_html("/index.html", html(county.gov_name, home), SITE_DATE, "home")
    b.redirect(site, "/", "/index.html", status=302)
    b.pages[f"http://{site.host}/index.html"] = "home"
    return urls


def _query_list(b: Build, site: Site, path: str, fixed: str, param: str, title: str, items: list[Article],
                size: int, html, add_html, touched: bool) -> None:
    chunks = [items[i:i + size] for i in range(0, len(items), size)] or [[]]
    prefix = f"{path}?{fixed}&" if fixed else f"{path}?"
    first = f"{path}?{fixed}" if fixed else path

    def url(n: int) -> str:
        return first if n == 1 else f"{prefix}{param}={n}"

    for n, chunk in enumerate(chunks, start=1):
        rows = "".join(f'<tr><td><a href="{esc(a.url.split(site.host, 1)[1])}">{esc(a.title)}</a></td>'
                       f"<td>{a.date_text}</td></tr>" for a in chunk)
        pager = (f'<a href="{esc(url(1))}">首页</a> '
                 + (f'<a href="{esc(url(n - 1))}">上一页</a> ' if n > 1 else "上一页 ")
                 + (f'<a href="{esc(url(n + 1))}">下一页</a> ' if n < len(chunks) else "下一页 ")
                 + f'<a href="{esc(url(len(chunks)))}">尾页</a> 第{n}/{len(chunks)}页')
        main = f'<h2>{esc(title)}</h2><table class="list">{rows}</table><div class="pager">{pager}</div>'
        add_html(url(n), html(title, main), b.list_date(chunk or items, touched), "list", exact_query=True)
        if n == 1:   # ASP pagers answer an explicit page 1 too
            site.add(f"{prefix}{param}=1", site.find("GET", *url(1).partition("?")[::2], {}, b""))
