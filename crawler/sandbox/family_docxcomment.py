"""A county portal whose 政府信息公开年报 column lists only the government's own reports from 2019 on, and names every
other report — each department's and 乡镇（街道）'s, and every report before 2019 — only in the review comments (批注)
of a Word file: the column's 附件 `各单位政府信息公开工作年度报告目录（审核稿）.docx`, a 目录 published as its reviewer
left it, whose body lists each report's unit, year and title as plain text, each title marked as a comment's range
(`<w:commentRangeStart>` … `<w:commentReference>`), and whose comments, in their own part word/comments.xml, each
say 「已核对，链接：」 and the title again as a `<w:hyperlink r:id>` whose target is an external relationship of
word/_rels/comments.xml.rels — not of the document's relationships, which hold none. No paragraph of the body links
anything, and no HTML page of the portal names those reports (held out of tuning, sixty-seventh round).

Modelled on https://www.guizhou.gov.cn/zwgk/zfxxgk/zfxxgknb/2018n/202109/t20210914_70371700.html (贵州省's 2018
report in the 政府信息公开年报 column, a folder a year `zfxxgknb/<YYYY>n/` of TRS articles
`<YYYYMM>/t<YYYYMMDD>_<id>.html`, the layout this family takes, a pre-2019 report republished later) and
http://www.gov.cn/xinwen/2017-03-28/content_5181403.htm (贵州省's 2016 report: "开设了…年度报告汇总专栏，集中展示各
市（州）、省级各部门的年度报告" — one place gathering every unit's report, here a county's 目录). The 目录 as a Word
file whose links are in its reviewer's comments is this family's choice (offices do publish 审核稿 with their
comments left in; Word keeps a comment's hyperlink in the comments part's own relationships, ECMA-376 Part 1 §17.13.4;
the cited pages are text and show no such file). Unlike docxindex (a table of hyperlinks in the body), docxfootnote
(hyperlinks in the footnotes part, cited by the body's footnote references), docxtextbox (hyperlinks in the body's
text boxes), wordxml or docbin, the links are in the annotations a reviewer wrote, a part Word shows in the margin
and python-docx's paragraphs never reach.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the column),
  /zwgk/zfxxgk/zfxxgknb/index.html (the government's reports since 2019, 解读 and look-alikes, the 附件), the .docx at
  /zwgk/zfxxgk/zfxxgknb/P0<YYYYMMDD><6 digits>.docx, articles
  /zwgk/zfxxgk/zfxxgknb/<YYYY>n/<YYYYMM>/t<YYYYMMDD>_<8 digits>.html (the year folder a report's own year, anything
  else its publication year).
"""

from __future__ import annotations

from xml.sax.saxutils import quoteattr

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build
from nianbao.crawler.sandbox.family_docxfootnote import _NS, _REL, _RELS, _XML, _run, notes_docx
from nianbao.crawler.sandbox.family_docxindex import DOCX_TYPE
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report

ROOT = "/zwgk/zfxxgk/zfxxgknb/"
COLUMN = ROOT + "index.html"
REVIEWER = "政务公开办"


def _document(title: str, items: list[Article]) -> str:
    """The body: the title, a line of prose, and a paragraph per report (序号, unit, year, title) whose title is the
    range of comment n (the item's index); no hyperlink."""
    paras = [f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr>{_run(title)}</w:p>',
             "<w:p>" + _run("现将本县各部门、各乡镇（街道）及往年政府信息公开工作年度报告目录公布如下。") + "</w:p>"]
    for n, art in enumerate(items):
        report = art.report
        paras.append(f"<w:p>{_run(f'{n + 1}. {report.unit.name}　{report.year}年度　')}"
                     f'<w:commentRangeStart w:id="{n}"/>{_run(art.title)}<w:commentRangeEnd w:id="{n}"/>'
                     f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="{n}"/></w:r>'
                     "</w:p>")
    return f'{_XML}<w:document {_NS}><w:body>{"".join(paras)}<w:sectPr/></w:body></w:document>'


def _comments(items: list[Article]) -> tuple[str, str]:
    """word/comments.xml (a comment per report by the reviewer, its title a hyperlink) and its relationships, one
    external hyperlink target per comment."""
    comments, rels = [], []
    for n, art in enumerate(items):
        rels.append(f'<Relationship Id="rId{n + 1}" Type="{_REL}/hyperlink" Target={quoteattr(art.url)} '
                    'TargetMode="External"/>')
        comments.append(f'<w:comment w:id="{n}" w:author="{REVIEWER}" w:date="{art.day:%Y-%m-%d}T09:00:00Z" '
                        'w:initials="GK"><w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>'
                        '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
                        f'{_run("已核对，链接：")}<w:hyperlink r:id="rId{n + 1}" w:history="1">'
                        f'{_run(art.title, "Hyperlink")}</w:hyperlink></w:p></w:comment>')
    return (f'{_XML}<w:comments {_NS}>{"".join(comments)}</w:comments>',
            f'{_XML}<Relationships xmlns="{_RELS}">{"".join(rels)}</Relationships>')


def comment_docx(title: str, items: list[Article], day) -> bytes:
    """The .docx package: notes_docx() of the body and the comments."""
    return notes_docx(_document(title, items), "comments", *_comments(items), day)


def build_docxcomment(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    title = "各单位政府信息公开工作年度报告目录（审核稿）"
    return kit.trs_annex_portal(b, county, "docxcomment", reports, folder=ROOT, salt="dc", digits=8,
                                article_folder=lambda art: f"{ROOT}{kit.entry_year(art)}n/",
                                annex=lambda in_file, day: comment_docx(title, in_file, day), content_type=DOCX_TYPE,
                                file_name=f"{title}.docx", note="各部门、各乡镇（街道）及2019年以前的年度报告见附件目录。")
