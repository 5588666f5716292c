"""A county portal whose 政府信息公开年报 column lists only the government's own reports from 2019 on, and names every
other report — each department's and 乡镇's, and every report before 2019 — only in the field codes of a Word file:
the column's 附件 `历年政府信息公开工作年度报告目录.docx`, whose entries are HYPERLINK fields written as Word's complex
fields (`<w:fldChar w:fldCharType="begin"/>`, the instruction ` HYPERLINK "http://…" ` in `<w:instrText>`, `separate`,
the title as the field's result, `end`) and not as `<w:hyperlink>` elements: the package has no hyperlink
relationship at all, and each instruction is split over two `<w:instrText>` runs in the middle of its address (as
Word and WPS split a field's code at every edit's revision id), so no single element or run holds a whole URL
(held out of tuning, sixty-ninth round).

Modelled on http://xizang.gov.cn/zwgk/xxgk_424/xxgknb/2014nb/201902/t20190223_64763.html (西藏自治区2014年政府信息公开
工作年度报告: a TRS-layout 信息公开年报 column with a folder per report year, `xxgknb/<year>nb/`, the layout this
family's articles take; a pre-2019 report kept, "报告电子版可在…查阅或下载"). The 目录 .docx, its hyperlinks as
complex fields and the instruction runs split mid-address are this family's choice (the search corpus holds page
text, not files; a 目录 typed in WPS or pasted with 选择性粘贴 keeps its links as fields). Unlike docxindex
(`<w:hyperlink r:id>` to external relationships), docxfootnote, docxcomment and docxtextbox (relationship hyperlinks
in notes, comments or text boxes), docbin (HYPERLINK fields in a binary .doc's text stream) and wordxml
(`<w:hlink w:dest>` of Word 2003 XML), the addresses are field instructions of an Office Open XML body, each in
pieces.

- www.X.gov.cn: home (news; the government's newest report by `<a>`), 政务公开 (/zwgk/index.html: the guide and the
  年报 column), /zwgk/xxgk/xxgknb/index.html (the government's reports since 2019, look-alikes, and the 附件 .docx),
  articles /zwgk/xxgk/xxgknb/<year>nb/<YYYYMM>/t<YYYYMMDD>_<id>.html, the .docx at /zwgk/xxgk/xxgknb/P0<date><n>.docx.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build
from nianbao.crawler.sandbox.family_docxfootnote import _NS, _XML, _run, docx_parts
from nianbao.crawler.sandbox.family_docxindex import DOCX_TYPE
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report

ROOT = "/zwgk/xxgk/xxgknb/"
COLUMN = ROOT + "index.html"
FILE_TITLE = "历年政府信息公开工作年度报告目录"


def _field_char(kind: str) -> str:
    return f'<w:r><w:fldChar w:fldCharType="{kind}"/></w:r>'


def _instruction(text: str) -> str:
    return f'<w:r><w:instrText xml:space="preserve">{escape(text)}</w:instrText></w:r>'


def split_at(url: str) -> int:
    """Where the field's code is split: inside the address's path (after its host), so neither piece is a URL that
    reaches the report."""
    start = url.index("/", len("http://"))
    return start + (len(url) - start) // 2


def hyperlink_field(url: str, title: str) -> str:
    """A complex HYPERLINK field: begin, the instruction in two runs split mid-address, separate, the title as the
    field's shown result (styled as a hyperlink), end."""
    cut = split_at(url)
    return (_field_char("begin") + _instruction(f' HYPERLINK "{url[:cut]}') + _instruction(f'{url[cut:]}" ')
            + _field_char("separate") + _run(title, "Hyperlink") + _field_char("end"))


def _document(title: str, items: list[Article]) -> str:
    paras = [f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr>{_run(title)}</w:p>',
             "<w:p>" + _run("各部门、各乡镇及2019年以前的政府信息公开工作年度报告，点击标题查阅。") + "</w:p>"]
    for n, art in enumerate(items):
        report = art.report
        paras.append(f"<w:p>{_run(f'{n + 1}. {report.year}年度　{report.unit.name}　')}"
                     f"{hyperlink_field(art.url, art.title)}</w:p>")
    return f'{_XML}<w:document {_NS}><w:body>{"".join(paras)}<w:sectPr/></w:body></w:document>'


def field_docx(title: str, items: list[Article], day) -> bytes:
    """The .docx package: content types, the package relationship and the body; the body has no relationships (no
    hyperlink is an element), every zip entry dated `day`."""
    return kit.zip_parts(docx_parts(_document(title, items)), (day.year, day.month, day.day, 9, 0, 0))


def build_docxfield(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    return kit.trs_annex_portal(b, county, "docxfield", reports, folder=ROOT, salt="df", digits=5,
                                article_folder=lambda art: f"{ROOT}{kit.entry_year(art)}nb/",
                                annex=lambda in_file, day: field_docx(FILE_TITLE, in_file, day),
                                content_type=DOCX_TYPE, file_name=f"{FILE_TITLE}.docx",
                                note="各部门、各乡镇及2019年以前的年度报告见附件目录。")
