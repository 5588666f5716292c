"""A district portal whose 政府信息公开年报 column lists only the government's own reports from 2019 on, and names every
other report — each 委办局's and 街道（乡镇）'s, and every report before 2019 — only in the footnotes of a Word file:
the column's 附件 `关于各单位政府信息公开工作年度报告发布情况的说明.docx`, a prose 说明 whose body names each report
with a footnote reference (`<w:footnoteReference w:id>`, no link in the body), the footnotes themselves in their own
part, word/footnotes.xml, each a 「见：报告名称」 whose title is a `<w:hyperlink r:id>` whose target is an external
relationship of word/_rels/footnotes.xml.rels — not of the document's relationships, which hold none. No HTML page
of the portal names those reports (held out of tuning, sixty-first round).

Modelled on https://www.bjxch.gov.cn/zt/xxgkzl/gknbxqx/pnidpv843089.html (北京市宣武区大栅栏街道's 2009 report, filed in
西城区's 政府信息公开年报 专题: a 街道's pre-2019 report kept on its district's portal, "本报告的电子版可在…网站下载")
and https://www.bjdch.gov.cn/zfxxgkzl/zfxxgknb/2025nb/dcqzfbm2025/202601/t20260120_4449966.html (东城区城市管理委员会's
2025 report in the district's 年报 column, a 委办局's report, at a TRS-style address). The 说明 whose footnotes link
the reports is this family's choice (Word puts a footnote's hyperlink in the footnotes part's own relationships,
ECMA-376 §17.11; offices cite sources in 脚注; the cited pages are text and show no such file). Unlike docxindex (20th
round: a table of `<w:hyperlink>`s in the body, word/_rels/document.xml.rels), wordxml (Word 2003 XML's `w:hlink`),
docbin (a binary Word file's fields) or odtlist, the body of the document links nothing: only a part a reader sees at
the foot of the page, with relationships of its own, does.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the column),
  /zfxxgkzl/zfxxgknb/index.html (the government's reports since 2019, 解读 and look-alikes, the 附件), the .docx at
  /zfxxgkzl/zfxxgknb/P0<YYYYMMDD><6 digits>.docx, articles /zfxxgkzl/zfxxgknb/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build
from nianbao.crawler.sandbox.family_docxindex import DOCX_TYPE
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report

FOLDER = "/zfxxgkzl/zfxxgknb/"
COLUMN = FOLDER + "index.html"
_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
FIRST_NOTE = 1   # footnote ids 0 and -1 are Word's separators; a document's own notes count from 1


def _run(text: str, style: str = "") -> str:
    props = f'<w:rPr><w:rStyle w:val="{style}"/></w:rPr>' if style else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def docx_parts(document: str, *, defaults: str = "", overrides: str = "") -> dict[str, str]:
    """A .docx package's first parts: [Content_Types].xml (the rels and xml defaults, then `defaults`; the body's
    override, then `overrides`), the package's relationship to the body, and the body `document`; a family adds its
    own parts after these."""
    return {
        "[Content_Types].xml": f'{_XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        f'<Default Extension="xml" ContentType="application/xml"/>{defaults}'
        f'<Override PartName="/word/document.xml" ContentType="{_WML}.document.main+xml"/>{overrides}</Types>',
        "_rels/.rels": f'{_XML}<Relationships xmlns="{_RELS}"><Relationship Id="rId1" Type="{_REL}/officeDocument" '
        'Target="word/document.xml"/></Relationships>',
        "word/document.xml": document,
    }


def _note_reference(note: int) -> str:
    return f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="{note}"/></w:r>'


def _document(title: str, items: list[Article]) -> str:
    """The body: the title, an opening paragraph, and a paragraph per report year naming each report with a footnote
    reference (the note n of item n - FIRST_NOTE); no hyperlink."""
    paras = [f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr>{_run(title)}</w:p>',
             "<w:p>" + _run("根据《中华人民共和国政府信息公开条例》第五十条规定，现将本区各委办局、各街道（乡镇）及"
                            "往年政府信息公开工作年度报告的发布情况说明如下，报告全文见各脚注。") + "</w:p>"]
    for year in sorted({a.report.year for a in items}, reverse=True):
        runs = [_run(f"{year}年度：")]
        for n, art in enumerate(items, FIRST_NOTE):
            if art.report.year == year:
                runs += [_run(f"{art.report.unit.name}已发布年度报告"), _note_reference(n), _run("；")]
        paras.append("<w:p>" + "".join(runs) + "</w:p>")
    return f'{_XML}<w:document {_NS}><w:body>{"".join(paras)}<w:sectPr/></w:body></w:document>'


def _footnotes(items: list[Article]) -> tuple[str, str]:
    """word/footnotes.xml (the two separators, then a note per report whose title is a hyperlink) and its
    relationships, one external hyperlink target per note."""
    notes = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
             '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
             "</w:footnote>"]
    rels = []
    for n, art in enumerate(items, FIRST_NOTE):
        rels.append(f'<Relationship Id="rId{n}" Type="{_REL}/hyperlink" Target={quoteattr(art.url)} '
                    'TargetMode="External"/>')
        notes.append(f'<w:footnote w:id="{n}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                     f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>{_run(" 见：")}'
                     f'<w:hyperlink r:id="rId{n}" w:history="1">{_run(art.title, "Hyperlink")}</w:hyperlink>'
                     f"{_run(f'（{art.date_text}发布）')}</w:p></w:footnote>")
    return (f'{_XML}<w:footnotes {_NS}>{"".join(notes)}</w:footnotes>',
            f'{_XML}<Relationships xmlns="{_RELS}">{"".join(rels)}</Relationships>')


def notes_docx(document: str, part: str, notes: str, note_rels: str, day) -> bytes:
    """The .docx package of a body with one notes part (`part`: footnotes, comments, header): the body, its relationships
    (the notes part only), the notes and theirs; every zip entry dated `day`, so each build writes the same
    bytes."""
    parts = {
        **docx_parts(document, overrides=f'<Override PartName="/word/{part}.xml" ContentType="{_WML}.{part}+xml"/>'),
        "word/_rels/document.xml.rels": f'{_XML}<Relationships xmlns="{_RELS}"><Relationship Id="rId1" '
        f'Type="{_REL}/{part}" Target="{part}.xml"/></Relationships>',
        f"word/{part}.xml": notes,
        f"word/_rels/{part}.xml.rels": note_rels,
    }
    return kit.zip_parts(parts, (day.year, day.month, day.day, 9, 0, 0))


def footnote_docx(title: str, items: list[Article], day) -> bytes:
    """The .docx package: notes_docx() of the body and the footnotes."""
    return notes_docx(_document(title, items), "footnotes", *_footnotes(items), day)


def build_docxfootnote(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    title = "关于各单位政府信息公开工作年度报告发布情况的说明"
    return kit.trs_annex_portal(b, county, "docxfootnote", reports, folder=FOLDER, salt="fn",
                                annex=lambda in_file, day: footnote_docx(title, in_file, day), content_type=DOCX_TYPE,
                                file_name=f"{title}.docx", note="各委办局、街道（乡镇）及2019年以前的年度报告见附件说明的脚注。")
