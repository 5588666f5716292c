"""A county portal (a TRS site) whose 政府信息公开年报 column lists only the government's own reports from 2019 on, and
names every other report — each department's and 乡镇（街道）'s, and every report before 2019 — only in the column's
附件 `历年政府信息公开工作年度报告目录.uot`: a 标文通 (UOF, Uniform Office Format, GB/T 20916-2007) text document, the
Chinese national office format that 永中 Office and RedOffice save and that government offices were asked to adopt.
A UOF 1.0 document is one XML file whose elements are named in Chinese (`<uof:UOF>`, `<字:段落>`, `<字:文本串>`), and
it keeps hyperlinks apart from the text: the body marks each title as a 区域 (`<字:区域开始 字:标识符="lnk3"
字:类型="hyperlink"/>` … `<字:区域结束 字:标识符引用="lnk3"/>`) and the document's 链接集 holds the links, each
`<uof:超级链接 uof:链源="lnk3" uof:目标="http://…"/>`: the address is a `uof:目标` attribute, never an `href`. The web
server knows no media type for `.uot` and sends it as `application/octet-stream`. No HTML page of the portal names
those reports (held out of tuning, seventy-ninth round).

Modelled on https://www.guizhou.gov.cn/zwgk/zfxxgk/zfxxgknb/2018n/202109/t20210914_70371700.html (贵州省2018年政府信息
公开工作年度报告 in the province's 年报 column, a TRS `<YYYYMM>/t<YYYYMMDD>_<id>.html` article, "报告电子版可在…政府
信息公开专栏下载") and http://www.gov.cn/xinwen/2017-03/28/content_5181403.htm (贵州's 2016 report and its
"年度报告汇总" 专栏 of every city's and department's report). The 目录 as a .uot is this family's choice (the cited
pages are text and show no such file); the element names follow GB/T 20916's Chinese vocabulary as this family writes
it, not a validated schema instance. Unlike odtlist (ODF's `xlink:href` in a zip), docxindex (OOXML relationships)
or wordxml (Word 2003 XML's `w:dest`), the file is one plain XML document in Chinese markup, no zip, no `href`, and
the title and its address are joined only by the 链源 id.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the column),
  /zwgk/zfxxgk/zfxxgknb/index.html (the government's reports since 2019, 解读 and look-alikes, the 附件), the .uot
  at /zwgk/zfxxgk/zfxxgknb/P0<YYYYMMDD><6 digits>.uot, articles /zwgk/zfxxgk/zfxxgknb/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report

FOLDER = "/zwgk/zfxxgk/zfxxgknb/"
COLUMN = FOLDER + "index.html"
TITLE = "历年政府信息公开工作年度报告目录"
UOT_TYPE = "application/octet-stream"   # nginx's mime.types has no entry for .uot
UOF_NS = "http://schemas.uof.org/cn/2003/uof"
WORD_NS = "http://schemas.uof.org/cn/2003/uof-wordproc"


def _paragraph(inner: str) -> str:
    return f"<字:段落><字:句>{inner}</字:句></字:段落>"


def _text(text: str) -> str:
    return f"<字:文本串>{escape(text)}</字:文本串>"


def link_id(n: int) -> str:
    return f"lnk{n}"


def uot_bytes(in_file: list[Article], day) -> bytes:
    """The .uot: a heading, one paragraph a year, each report's title a hyperlink 区域 whose address only the
    链接集's `uof:超级链接` (joined by its 链源) holds."""
    body, links = [_paragraph(_text(TITLE))], []
    for year in sorted({art.report.year for art in in_file}, reverse=True):
        body.append(_paragraph(_text(f"{year}年度")))
        for art in (a for a in in_file if a.report.year == year):
            n = len(links) + 1
            body.append(_paragraph(
                f'<字:区域开始 字:标识符="{link_id(n)}" 字:名称="Hyperlink{n}" 字:类型="hyperlink"/>'
                f'{_text(art.title)}<字:区域结束 字:标识符引用="{link_id(n)}"/>'))
            links.append(f'<uof:超级链接 uof:标识符="hlk{n}" uof:目标={quoteattr(art.url)} uof:链源="{link_id(n)}"/>')
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<uof:UOF xmlns:uof="{UOF_NS}" xmlns:字="{WORD_NS}" uof:language="cn" uof:version="1.0" '
            'uof:mimetype="vnd.uof.text">'
            f"<uof:元数据><uof:标题>{TITLE}</uof:标题><uof:创建日期>{day:%Y-%m-%d}T09:00:00</uof:创建日期>"
            "<uof:创建应用程序>永中Office</uof:创建应用程序></uof:元数据>"
            f"<uof:链接集>{''.join(links)}</uof:链接集>"
            f"<uof:文字处理><字:主体>{''.join(body)}</字:主体></uof:文字处理></uof:UOF>").encode()


def build_uoflist(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    return kit.trs_annex_portal(b, county, "uoflist", reports, folder=FOLDER, salt="uo",
                                annex=uot_bytes, content_type=UOT_TYPE, file_name=f"{TITLE}.uot",
                                note="各部门、各乡镇（街道）及2019年以前的年度报告见附件目录（标文通格式）。")
