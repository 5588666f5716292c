"""A district portal whose 政府信息公开年报 column lists only the government's own reports from 2019 on, and names every
other report — each 部门's and 街道（乡镇）'s, and every report before 2019 — only in the page header (页眉) of a Word
file: the column's 附件 `历年政府信息公开工作年度报告目录.docx`, a one-paragraph 说明 made from the office's template,
whose 目录 was pasted while the header was open for editing, so that it sits in the header part, word/header.xml (a
`<w:hdr>` that Word repeats at the top of every page), one paragraph a year, each report's title a
`<w:hyperlink r:id>` whose target is an external relationship of word/_rels/header.xml.rels. The body names no
report and links nothing; its relationships hold the header only, referenced by the section's
`<w:headerReference w:type="default">`. No HTML page of the portal names those reports (held out of tuning,
seventy-seventh round).

Modelled on http://www.shenyang.gov.cn/zwgk/zfxxgkndgzbg/2017n/gqxszfxxgkgzndbg/202111/t20211102_625655.html
(和平区2017年度政府信息公开工作报告, a Liaoning district's pre-2019 report filed under its city's 年报 column by year,
"报告的电子版可在…门户网站下载", a TRS-style `<YYYYMM>/t<YYYYMMDD>_<id>.html` address) and
http://www.tiedong.gov.cn/html/ASTDQ/201803/0157829003098117.html (鞍山市铁东区's 2017 report, "全区各部门、各街道办事处"
reporting to the district). The 目录 in a Word file's header is this family's choice (Word keeps a header's
hyperlinks in the header part's own relationships, ECMA-376 §17.10; the cited pages are text and show no such
file). Unlike docxindex (a table of hyperlinks in the body), docxfootnote (footnotes, word/footnotes.xml, cited from
the body by `<w:footnoteReference>`), docxcomment (review comments), docxtextbox (text boxes drawn in the body),
docxfield (HYPERLINK field codes) or docxchunk (an altChunk), nothing in the body points at the part that links: only
the section's properties name the header.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the column),
  /zwgk/zfxxgknb/index.html (the government's reports since 2019, 解读 and look-alikes, the 附件), the .docx at
  /zwgk/zfxxgknb/P0<YYYYMMDD><6 digits>.docx, articles /zwgk/zfxxgknb/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from xml.sax.saxutils import quoteattr

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build
from nianbao.crawler.sandbox.family_docxfootnote import _NS, _REL, _RELS, _XML, _run, notes_docx
from nianbao.crawler.sandbox.family_docxindex import DOCX_TYPE
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report

FOLDER = "/zwgk/zfxxgknb/"
COLUMN = FOLDER + "index.html"
TITLE = "历年政府信息公开工作年度报告目录"
PART = "header"   # word/header.xml, related to the body as `.../relationships/header` with the id HEADER_ID
HEADER_ID = "rId1"


def _document(title: str) -> str:
    """The body: the title and a line of prose; its section names the header (HEADER_ID), and nothing else."""
    paras = [f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr>{_run(title)}</w:p>',
             "<w:p>" + _run("根据《中华人民共和国政府信息公开条例》第五十条规定，现将本区各部门、各街道（乡镇）及"
                            "往年政府信息公开工作年度报告目录公布如下。") + "</w:p>"]
    section = f'<w:sectPr><w:headerReference w:type="default" r:id="{HEADER_ID}"/></w:sectPr>'
    return f'{_XML}<w:document {_NS}><w:body>{"".join(paras)}{section}</w:body></w:document>'


def _header(items: list[Article]) -> tuple[str, str]:
    """word/header.xml (a paragraph per report year, each report's title a hyperlink) and its relationships, one
    external hyperlink target per report."""
    paras, rels = [f"<w:p>{_run('目录：')}</w:p>"], []
    for year in sorted({a.report.year for a in items}, reverse=True):
        runs = [_run(f"{year}年度：")]
        for n, art in enumerate(items, 1):
            if art.report.year == year:
                rels.append(f'<Relationship Id="rId{n}" Type="{_REL}/hyperlink" Target={quoteattr(art.url)} '
                            'TargetMode="External"/>')
                runs += [f'<w:hyperlink r:id="rId{n}" w:history="1">{_run(art.title, "Hyperlink")}</w:hyperlink>',
                         _run(f"（{art.date_text}）；")]
        paras.append("<w:p>" + "".join(runs) + "</w:p>")
    return (f'{_XML}<w:hdr {_NS}>{"".join(paras)}</w:hdr>',
            f'{_XML}<Relationships xmlns="{_RELS}">{"".join(rels)}</Relationships>')


def header_docx(items: list[Article], day) -> bytes:
    """The .docx package: the body and its header part (notes_docx() of a part named PART)."""
    return notes_docx(_document(TITLE), PART, *_header(items), day)


def build_docxheader(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    return kit.trs_annex_portal(b, county, "docxheader", reports, folder=FOLDER, salt="dh",
                                annex=header_docx, content_type=DOCX_TYPE, file_name=f"{TITLE}.docx",
                                note="各部门、各街道（乡镇）及2019年以前的年度报告见附件目录。")
