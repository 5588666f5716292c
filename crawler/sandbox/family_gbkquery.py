"""A county portal whose 信息公开 system is an ASP.NET application of the GB2312 era (web.config `<globalization
requestEncoding="gb2312" responseEncoding="gb2312"/>`): its .aspx pages are GBK, and its download handler names the
file in the query, in Chinese — `<a href="DownLoad.aspx?FileName=岚川县教育局2023年政府信息公开工作年度报告.pdf">`.
A browser escapes a link's query in its page's encoding (the URL standard's "query percent-encode" with the
document's encoding), so the handler receives the name as GBK (`FileName=%E1%B0%B4%A8…`) and ASP.NET decodes it as
GBK; the same name escaped as UTF-8 (`%E5%B2%9A…`, what a client that ignores the page's encoding sends) decodes to
other characters, no such file, and IIS's 404. The government's and its office's reports are articles with their
PDF under 附件; every department's and township's report is a short page (详见附件) and the file, a PDF or a Word
document (held out of tuning, twenty-seventh round).

Modelled on https://law.sjtu.edu.cn/WebSite/AttachShow.aspx?id=15926 (an ASP.NET attachment handler serving a Word
file by a query value) and https://cnblogs.com/cyq1162/archive/2010/11/29/1891124.html (ASP.NET with
`requestEncoding="gb2312"`: Request.QueryString decodes every query value with the configured encoding, so a value
a script escaped as UTF-8 arrives garbled), with http://www.fzja.gov.cn/xjwz/zwgk/zfxxgk/zfxxgknb/201707/t20170721_1341809.htm
(晋安: a 政府信息公开年报 column, reports back to 2016). A handler named by the file's Chinese name is this family's
choice; the cited handler takes an id. Unlike gbk (a GBK portal whose attachment addresses are ASCII), kingcms,
noticefiles and downfile (attachments by ASCII names or ids) and linkdecor (a query a script completes), the link is
plain and whole: only how its query is escaped decides whether it leads to the file.

- www.X.gov.cn (Microsoft-IIS/7.5; its static pages UTF-8): home (news; the government's newest report), 政务公开
  (/zwgk/index.html: the guide and the three 年报 columns), 新闻中心 (/xwzx/).
- The 信息公开 system (GBK, `charset=gb2312`): /xxgk/List.aspx?ClassID=<n> (县政府, 县直部门, 乡镇（街道）),
  /xxgk/Show.aspx?ID=<n> (articles and 详见附件 pages), /xxgk/DownLoad.aspx?FileName=<name> (the files;
  `application/octet-stream` with `Content-Disposition: attachment;filename=<the name, UTF-8 escaped>`).
"""

from __future__ import annotations

from urllib.parse import quote, urlencode

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build, esc
from nianbao.crawler.sandbox.chrome import article_meta, metadata_block, page
from nianbao.crawler.sandbox.documents import report_docx, report_pdf
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page, Site

CHARSET = "gb2312"              # what the pages declare; written in GBK (kit.CODECS)
SYSTEM = "/xxgk/"
COLUMNS = {"bj": "县政府政府信息公开年报", "bm": "县直部门政府信息公开年报", "xz": "乡镇（街道）政府信息公开年报"}
OCTET = "application/octet-stream"
# IIS 7.5's own 404 page in Chinese (a name that decodes to no file is a path the handler does not know)
NOT_FOUND = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"/><title>404 - 找不到文件"
             "或目录。</title></head><body><div id=\"header\"><h1>服务器错误</h1></div><div id=\"content\"><h2>404 - 找不到"
             "文件或目录。</h2><h3>您要查找的资源可能已被删除，已更改名称或者暂时不可用。</h3></div></body></html>")


def download_path(name: str) -> str:
    """The handler's address of file `name` as the server reads it: the query escaped in GBK."""
    return f"{SYSTEM}DownLoad.aspx?{urlencode({'FileName': name}, encoding='gbk')}"


def serve_file(b: Build, site: Site, report: Report, fmt: str) -> tuple[str, str]:
    """Serve the report's file (`fmt` pdf or docx) at the handler; returns (its name, its URL)."""
    name = f"{report.title}.{fmt}"
    render = report_pdf if fmt == "pdf" else report_docx
    disposition = ("Content-Disposition", f"attachment;filename={quote(name)}")   # HttpUtility.UrlEncode(name, UTF8)
    b.add(site, download_path(name), Page(lambda: render(report), b.report_date(report), OCTET, ignores_query=False,
                                          extra_headers=(disposition,)), "attachment")
    return name, f"http://{site.host}{download_path(name)}"


def attachment_html(name: str) -> str:
    """The 附件 line of a page: the handler's link with the file's name raw in the query, as the page writes it."""
    return f'<div class="attach">附件：<a href="DownLoad.aspx?FileName={esc(name)}">{esc(name)}</a></div>'


def stub_page(b: Build, site: Site, county: County, family: str, art: Article, path: str, name: str, *,
              nav: list[tuple[str, str]], column: str, index_no: str) -> None:
    """A unit's report as its 详见附件 page: the metadata, the title, one sentence and the file's link."""
    report = art.report
    main = (metadata_block(index_no, report.unit.name, art.date_text, "政府信息公开年报", art.title)
            + f'<div class="article"><h1 class="title">{esc(art.title)}</h1><div class="info">发布时间：{art.date_text}'
            f'　来源：{esc(report.unit.name)}</div><div class="content"><p>{esc(report.unit.name)}{report.year}年'
            f'政府信息公开工作年度报告详见附件。</p></div>{attachment_html(name)}</div>')
    b.html_page(site, path, page(county, family, art.title, main, column=column, nav=nav, charset=CHARSET,
                                 meta=article_meta(art, report.unit.name), host=site.host),
                b.report_date(report), "article", **kit.html_in(CHARSET))


def build_gbkquery(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "gbkquery"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Microsoft-IIS/7.5",
                                        query_encoding="gbk", not_found=NOT_FOUND.encode("gbk"),
                                        not_found_type="text/html")
    urls: dict[str, str] = {}
    columns = kit.unit_kind_columns(county, arts, noise, tuple(COLUMNS))
    hrefs = []

    def article_id(art: Article) -> int:
        return stable_int("gq-art", county.pinyin, art.key, digits=6)

    for key, label in COLUMNS.items():
        listed = kit.newest_first(columns[key])
        for art in listed:
            aid = article_id(art)
            path, index_no = f"{SYSTEM}Show.aspx?ID={aid}", kit.site_index_no(county, art, aid)
            report = art.report
            if report is None:   # 解读 and look-alikes
                kit.article_page(b, www, county, family, art, path, nav=nav, column=label, index_no=index_no,
                                 charset=CHARSET)
            elif report.unit.kind in ("gov", "office"):   # the article, its PDF under 附件
                name, file_url = serve_file(b, www, report, "pdf")
                kit.article_page(b, www, county, family, art, path, nav=nav, column=label, index_no=index_no,
                                 attachments=attachment_html(name), report_urls=urls, charset=CHARSET)
                b.document(file_url, report, "pdf", "attachment", parent_url=art.url)
            else:   # 详见附件: the page and the file, a PDF or a Word document
                name, file_url = serve_file(b, www, report, "pdf" if aid % 2 else "docx")
                art.url = f"http://{www.host}{path}"
                stub_page(b, www, county, family, art, path, name, nav=nav, column=label, index_no=index_no)
                b.document(art.url, report, "html", "original", stub=True)
                b.document(file_url, report, name.rsplit(".", 1)[1], "attachment", parent_url=art.url)
                urls[report.key] = art.url
        class_id = stable_int("gq-col", county.pinyin, key, digits=2)
        list_path = f"{SYSTEM}List.aspx?ClassID={class_id}"
        listing = '<ul class="list">' + "".join(
            f'<li><a href="Show.aspx?ID={article_id(a)}" target="_blank">{esc(a.title)}</a>'
            f'<span class="date">{a.date_text}</span></li>' for a in listed) + "</ul>"
        kit.report_list_page(b, www, county, family, list_path, label, listing, listed, nav=nav, charset=CHARSET)
        hrefs.append((list_path, label))
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(arts), nav=nav,
                            reports_href=hrefs[0][0], news_salt="gq-news", more=tuple(hrefs[1:]))
    return urls
