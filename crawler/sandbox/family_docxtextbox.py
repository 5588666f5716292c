"""A county portal whose 政府信息公开年报 column lists only the government's own reports from 2019 on, and names every
other report — each department's and 乡镇's, and every report before 2019 — only inside the text boxes of a Word
file: the column's 附件 `各单位政府信息公开工作年度报告索引.docx`, a one-page 索引 laid out as a poster, whose body
paragraphs hold only a title and a line of prose, and whose entries sit in text boxes (a box per year, as Word draws
a 文本框): a `<w:drawing>` anchor inside `<mc:AlternateContent>`, whose `<mc:Choice Requires="wps">` holds
`<wps:txbx><w:txbxContent>` and whose `<mc:Fallback>` the same content again as a VML `<v:textbox>`, each report's
title a `<w:hyperlink r:id>` (an external relationship of word/_rels/document.xml.rels). No paragraph of the body
proper links anything, and no HTML page names those reports (held out of tuning, sixty-third round).

Modelled on http://www.huitong.gov.cn/huitong/c117630/202601/93d25149b8dc4ff8a6732326c5771094.shtml (怀化市会同县
高椅乡's 2025 report on its county's portal, a 乡's report in a `/huitong/c<column>/<YYYYMM>/<32 hex>.shtml` column,
the layout this family takes) and http://hunan.gov.cn/hnszf/xxgk/zfxxgknb/szf_97943/201711/t20171129_4878215.html
(湖南省人民政府's 2016 report: a pre-2019 report kept in the 政府信息公开年报 column). The 索引 as a Word file whose
links are in text boxes is this family's choice (the cited pages are text; they show no such file); the markup is
what Word 2010 and later save for a text box (ECMA-376 Part 1 §17.3.3.9 `txbxContent`, Part 3's markup
compatibility `mc:AlternateContent`). Unlike docxindex (a table of hyperlinks among the body's paragraphs),
docxfootnote (hyperlinks in the footnotes part), wordxml or docbin, the hyperlinks are in the main part, but only in
a drawing's text-box content, each written twice (the DrawingML choice and its VML fallback), which a reader of the
body's paragraphs (python-docx's `Document.paragraphs`) does not see.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the column),
  /<x>/c<id>/index.shtml (the government's reports since 2019, 解读 and look-alikes, the 附件), the .docx at
  /<x>/c<id>/files/<32 hex>.docx, articles /<x>/c<id>/<YYYYMM>/<32 hex>.shtml.
"""

from __future__ import annotations

import hashlib

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build, esc
from nianbao.crawler.sandbox.family_docxfootnote import _REL, _RELS, _WML, _XML, _run, docx_parts
from nianbao.crawler.sandbox.family_docxindex import DOCX_TYPE
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

LABEL = "政府信息公开年报"
_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
       'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
       'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
       'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
       'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
       'xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="wps"')
_EMU_PER_PT = 12700


def _box_content(year: int, items: list[Article], rel_of: dict[str, str]) -> str:
    """A text box's paragraphs: the year, then a paragraph per report whose title is a hyperlink."""
    paras = [f"<w:p>{_run(f'{year}年度')}</w:p>"]
    for art in items:
        paras.append(f"<w:p>{_run(art.report.unit.name + '：')}<w:hyperlink r:id=\"{rel_of[art.url]}\" "
                     f'w:history="1">{_run(art.title, "Hyperlink")}</w:hyperlink></w:p>')
    return "".join(paras)


def _text_box(n: int, year: int, items: list[Article], rel_of: dict[str, str]) -> str:
    """A run holding a text box as Word 2010+ saves it: the DrawingML shape (wps) and, for older readers, the same
    content as a VML textbox; both inside mc:AlternateContent."""
    content = _box_content(year, items, rel_of)
    height_pt = 30 + 18 * len(items)
    offset = n * (height_pt + 12) * _EMU_PER_PT
    shape = (f'<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="{n + 2}" '
             'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
             '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
             f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>{offset}</wp:posOffset></wp:positionV>'
             f'<wp:extent cx="{450 * _EMU_PER_PT}" cy="{height_pt * _EMU_PER_PT}"/><wp:wrapNone/>'
             f'<wp:docPr id="{n + 1}" name="文本框 {n + 1}"/><a:graphic><a:graphicData '
             'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr '
             f'txBox="1"/><wps:spPr/><wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx><wps:bodyPr/>'
             "</wps:wsp></a:graphicData></a:graphic></wp:anchor>")
    fallback = (f'<v:shape id="文本框 {n + 1}" type="#_x0000_t202" style="position:absolute;width:450pt;'
                f'height:{height_pt}pt"><v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox></v:shape>')
    return (f'<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>{shape}</w:drawing></mc:Choice>'
            f"<mc:Fallback><w:pict>{fallback}</w:pict></mc:Fallback></mc:AlternateContent></w:r>")


def textbox_docx(title: str, items: list[Article], day) -> bytes:
    """The .docx package: a body of two plain paragraphs and one anchored text box per report year (the newest
    first), and the document's relationships — one external hyperlink per report; every zip entry dated `day`."""
    rel_of = {art.url: f"rId{n}" for n, art in enumerate(items, 2)}   # rId1: the styles part
    years = sorted({a.report.year for a in items}, reverse=True)
    boxes = "".join(_text_box(n, year, [a for a in items if a.report.year == year], rel_of)
                    for n, year in enumerate(years))
    body = (f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr>{_run(title)}</w:p>'
            "<w:p>" + _run("各部门、各乡镇及2019年以前的政府信息公开工作年度报告按年度列于下方，点击报告名称查阅全文。")
            + f"</w:p><w:p>{boxes}</w:p>")
    rels = [f'<Relationship Id="rId1" Type="{_REL}/styles" Target="styles.xml"/>']
    rels += [f'<Relationship Id="{rid}" Type="{_REL}/hyperlink" Target="{esc(url)}" TargetMode="External"/>'
             for url, rid in rel_of.items()]
    parts = {
        **docx_parts(f"{_XML}<w:document {_NS}><w:body>{body}<w:sectPr/></w:body></w:document>",
                     overrides=f'<Override PartName="/word/styles.xml" ContentType="{_WML}.styles+xml"/>'),
        "word/_rels/document.xml.rels": f'{_XML}<Relationships xmlns="{_RELS}">{"".join(rels)}</Relationships>',
        "word/styles.xml": f'{_XML}<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color '
        'w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style></w:styles>',
    }
    return kit.zip_parts(parts, (day.year, day.month, day.day, 10, 30, 0))


def hex_id(*parts: str) -> str:
    """A 32-hex-digit id stable per `parts` (what CMSs of GUID-named articles and files write)."""
    return hashlib.md5("/".join(parts).encode()).hexdigest()


def build_docxtextbox(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    folder = f"/{county.pinyin}/c{stable_int('tb-col', county.pinyin, digits=6)}/"
    title = "各单位政府信息公开工作年度报告索引"
    return kit.annex_portal(b, county, "docxtextbox", reports, server="Apache-Coyote/1.1",
                            column=folder + "index.shtml",
                            article_path=lambda a: f"{folder}{a.day:%Y%m}/{hex_id('tb-art', county.pinyin, a.key)}"
                                                   ".shtml",
                            news_salt="tb-news", content_type=DOCX_TYPE,
                            annex_path=lambda day: f"{folder}files/{hex_id('tb-file', county.pinyin)}.docx",
                            annex=lambda in_file, day: textbox_docx(title, in_file, day),
                            annex_block=lambda path: kit.fj_attachment(path, f"{title}.docx",
                                                                       "各部门、各乡镇及2019年以前的年度报告见附件索引。"))
