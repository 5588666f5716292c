"""A district portal whose 政府信息公开年报 column lists only the government's own reports from 2019 on, and names every
other report — each 委办局's and 街道's, and every report before 2019 — only in the column's 导出 file
`政府信息公开年报目录.docx`, a Word file made by a server's "导出Word" from HTML: its body holds a title paragraph and
one `<w:altChunk r:id="htmlChunk1"/>`, an imported-content chunk whose relationship (`…/relationships/aFChunk`) names
`word/afchunk1.htm`, an HTML page inside the package (`text/html`) that Word converts into the document when it opens
it: the 目录's table, each title an `<a href>` to the report. word/document.xml holds no address and no hyperlink,
and the package has no hyperlink relationship (held out of tuning, sixty-ninth round).

Modelled on https://www.bjdch.gov.cn/zfxxgkzl/zfxxgknb/2016nb/dcqjd2016/201703/t20170317_2995418.html (北京东城区
永定门外街道's 2016 report, a 街道's pre-2019 report, "电子版可在数字东城网站进行查询和下载") and
https://www.bjdch.gov.cn/zfxxgkzl/zfxxgknb/2015nb/dcqzf2015/201912/t20191231_2994419.html (the district
government's 2015 report): a TRS 年报 column with a folder per year and per kind of unit,
`zfxxgknb/<year>nb/<unit kind><year>/`, the layout this family's articles take. The altChunk .docx is this family's
choice (the search corpus holds page text, not files; Word's altChunk is how HTML-to-Word exporters on the server,
docx4j's and the Open XML SDK's, write a document without converting the HTML themselves). Unlike docxindex,
docxfootnote, docxcomment and docxtextbox (`<w:hyperlink>` relationships in the body, notes, comments or text
boxes), docxfield (HYPERLINK field codes), xlshtml (an HTML page served as an "Excel" file) or mhtlist (a MIME
archive), the links are in an HTML part that only the package's altChunk relationship reaches.

- www.X.gov.cn: home (news; the government's newest report by `<a>`), 政务公开 (/zwgk/index.html: the guide and the
  年报 column), /zfxxgkzl/zfxxgknb/index.html (the government's reports since 2019, look-alikes, and the 导出 .docx),
  articles /zfxxgkzl/zfxxgknb/<year>nb/<qzf|wbj|jd><year>/<YYYYMM>/t<YYYYMMDD>_<id>.html, the .docx at
  /zfxxgkzl/zfxxgknb/P0<date><n>.docx.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build, esc
from nianbao.crawler.sandbox.family_docxfootnote import _NS, _REL, _RELS, _XML, _run, docx_parts
from nianbao.crawler.sandbox.family_docxindex import DOCX_TYPE
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report

ROOT = "/zfxxgkzl/zfxxgknb/"
COLUMN = ROOT + "index.html"
FILE_TITLE = "政府信息公开年报目录"
CHUNK = "word/afchunk1.htm"
CHUNK_ID = "htmlChunk1"
UNIT_FOLDERS = {"gov": "qzf", "office": "wbj", "department": "wbj", "township": "jd", "zone": "jd"}


def chunk_html(title: str, items: list[Article]) -> str:
    """The imported HTML: a page whose table lists each report (年度, 发布机关, 报告名称 as a link)."""
    rows = "".join(f"<tr><td>{a.report.year}</td><td>{esc(a.report.unit.name)}</td>"
                   f'<td><a href="{esc(a.url)}">{esc(a.title)}</a></td></tr>' for a in items)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f"<title>{esc(title)}</title></head><body><table border=\"1\" cellspacing=\"0\">"
            f"<tr><th>年度</th><th>发布机关</th><th>报告名称</th></tr>{rows}</table></body></html>")


def chunk_docx(title: str, items: list[Article], day) -> bytes:
    """The .docx package: the body (a title, the altChunk), its one relationship (aFChunk → the HTML part), the
    HTML part; every zip entry dated `day`."""
    document = (f'{_XML}<w:document {_NS}><w:body><w:p><w:pPr><w:jc w:val="center"/></w:pPr>{_run(title)}</w:p>'
                f'<w:altChunk r:id="{CHUNK_ID}"/><w:sectPr/></w:body></w:document>')
    parts = {
        **docx_parts(document, defaults='<Default Extension="htm" ContentType="text/html"/>'),
        "word/_rels/document.xml.rels": f'{_XML}<Relationships xmlns="{_RELS}"><Relationship Id="{CHUNK_ID}" '
        f'Type="{_REL}/aFChunk" Target="{CHUNK.removeprefix("word/")}"/></Relationships>',
        CHUNK: chunk_html(title, items),
    }
    return kit.zip_parts(parts, (day.year, day.month, day.day, 9, 0, 0))


def build_docxchunk(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    def folder(art: Article) -> str:
        year = kit.entry_year(art)
        kind = UNIT_FOLDERS.get(art.report.unit.kind, "qzf") if art.report else "qzf"
        return f"{ROOT}{year}nb/{kind}{year}/"

    return kit.trs_annex_portal(b, county, "docxchunk", reports, folder=ROOT, salt="dk", article_folder=folder,
                                annex=lambda in_file, day: chunk_docx(FILE_TITLE, in_file, day),
                                content_type=DOCX_TYPE, file_name=f"{FILE_TITLE}.docx", lead="导出：",
                                note="各委办局、各街道及2019年以前的年度报告见导出目录。")
