"""A county portal whose 政府信息公开年报 column lists only the government's own reports from 2019 on, and names every
other report — each department's and 乡镇's, and every report before 2019 — only in a PowerPoint presentation: the
column's 附件 `历年政府信息公开工作年度报告目录.pptx`, a deck the office showed at its 政务公开 training and then
published, a cover slide (the title, a line of prose, no link) followed by one slide a year, each a text box whose
paragraphs are that year's report titles, every title's run a hyperlink (`<a:rPr><a:hlinkClick r:id>`, what
PowerPoint's 插入 → 链接 writes) whose target is an external relationship of that slide's own
ppt/slides/_rels/slideN.xml.rels. No HTML page of the portal names those reports (held out of tuning,
seventy-seventh round).

Modelled on http://www.shanxi.gov.cn/zfxxgk/zfxxgkzl/zfxxgknb/201803/t20180330_6670096.shtml (山西省's 2017 report in the
province's 政府信息公开年报 column, compiled "在2017年各市政府、省直有关部门政府信息公开年度报告基础上", a TRS address
`<column>/<YYYYMM>/t<YYYYMMDD>_<id>.shtml`: Shanxi's units have reported since 2008, and its portals keep the
pre-2019 years) and http://cqfd.gov.cn/zwgk_200/zfxxgknb/xzf/201903/t20190314_4328015.html ("本年度报告电子版可在…
网站上下载": reports offered as files to download). Publishing the 目录 as a presentation is this family's choice
(offices publish their training decks and 图解 as .pptx; the cited pages are text and show no such file). The package
is a real PresentationML one — presentation, a slide master, a slide layout, a theme and the slides, each with its
relationships — small enough to write by hand (no Python library at hand writes .pptx). Unlike docxindex, xlsxindex,
odsindex or the other 目录 files, the file is a presentation: its links are DrawingML hyperlinks of text runs in
shapes, one relationships part per slide (xlsxshape's are click actions of whole shapes in a workbook's one drawing
part).

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the column),
  /zfxxgk/zfxxgknb/index.html (the government's reports since 2019, 解读 and look-alikes, the 附件), the .pptx at
  /zfxxgk/zfxxgknb/P0<YYYYMMDD><6 digits>.pptx, articles /zfxxgk/zfxxgknb/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report

FOLDER = "/zfxxgk/zfxxgknb/"
COLUMN = FOLDER + "index.html"
TITLE = "历年政府信息公开工作年度报告目录"
PPTX_TYPE = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
_NS = ('xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
       'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"')
_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PML = "application/vnd.openxmlformats-officedocument.presentationml"
_LAYOUT_REL = "rId1"   # every slide's first relationship: its layout; its hyperlinks count from rId2
_EMPTY_TREE = ('<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>'
               '<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/>'
               '<a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>')
_COLOR_MAP = ('<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" '
              'accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" '
              'folHlink="folHlink"/>')


def _rels(*rows: tuple[str, str, str, bool]) -> str:
    """A relationships part: (id, type under officeDocument's relationships, target, external) per row."""
    return (f'{_XML}<Relationships xmlns="{_RELS}">' + "".join(
        f'<Relationship Id="{rid}" Type="{_REL}/{kind}" Target={quoteattr(target)}'
        + (' TargetMode="External"/>' if external else "/>") for rid, kind, target, external in rows)
        + "</Relationships>")


def _theme() -> str:
    """The theme the master names: twelve colours, a font pair, three fills, lines and effects each (the least a
    theme holds)."""
    colors = "".join(f'<a:{name}><a:srgbClr val="{rgb}"/></a:{name}>' for name, rgb in (
        ("dk1", "000000"), ("lt1", "FFFFFF"), ("dk2", "1F497D"), ("lt2", "EEECE1"), ("accent1", "C00000"),
        ("accent2", "C0504D"), ("accent3", "9BBB59"), ("accent4", "8064A2"), ("accent5", "4BACC6"),
        ("accent6", "F79646"), ("hlink", "0000FF"), ("folHlink", "800080")))
    font = '<a:latin typeface="Arial"/><a:ea typeface="宋体"/><a:cs typeface=""/>'
    fill = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    line = f'<a:ln w="9525">{fill}</a:ln>'
    return (f'{_XML}<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office 主题">'
            f'<a:themeElements><a:clrScheme name="政务">{colors}</a:clrScheme>'
            f'<a:fontScheme name="政务"><a:majorFont>{font}</a:majorFont><a:minorFont>{font}</a:minorFont>'
            f'</a:fontScheme><a:fmtScheme name="政务"><a:fillStyleLst>{fill * 3}</a:fillStyleLst>'
            f'<a:lnStyleLst>{line * 3}</a:lnStyleLst><a:effectStyleLst>'
            f'{"<a:effectStyle><a:effectLst/></a:effectStyle>" * 3}</a:effectStyleLst>'
            f'<a:bgFillStyleLst>{fill * 3}</a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>')


def _text_box(shape_id: int, name: str, y: int, paragraphs: list[str]) -> str:
    return (f'<p:sp><p:nvSpPr><p:cNvPr id="{shape_id}" name="{name}"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr>'
            f'<p:spPr><a:xfrm><a:off x="609600" y="{y}"/><a:ext cx="10972800" cy="1200000"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>'
            f'<p:txBody><a:bodyPr wrap="square"><a:spAutoFit/></a:bodyPr><a:lstStyle/>{"".join(paragraphs)}'
            "</p:txBody></p:sp>")


def _run(text: str, size: int, link: str = "") -> str:
    click = f'<a:hlinkClick r:id="{link}"/>' if link else ""
    return (f'<a:r><a:rPr lang="zh-CN" altLang="en-US" sz="{size}" dirty="0">{click}</a:rPr>'
            f"<a:t>{escape(text)}</a:t></a:r>")


def _para(text: str, *, size: int = 1800, link: str = "", after: str = "") -> str:
    """A paragraph: `text` (a hyperlink run to the relationship `link`, if given), then `after` as plain text."""
    return f"<a:p>{_run(text, size, link)}{_run(after, size) if after else ''}</a:p>"


def _slide(shapes: str) -> str:
    return f"{_XML}<p:sld {_NS}><p:cSld><p:spTree>{_EMPTY_TREE}{shapes}</p:spTree></p:cSld></p:sld>"


def _slides(items: list[Article]) -> list[tuple[str, str]]:
    """(slide, its relationships) per slide: the cover, then a slide per report year, newest first, whose text box
    has a paragraph per report, its title a hyperlink (rId2, rId3, … of that slide)."""
    cover = _slide(_text_box(2, "标题 1", 2000000, [_para(TITLE, size=3600)])
                   + _text_box(3, "副标题 2", 3600000, [_para("各部门、各乡镇及2019年以前的政府信息公开工作年度报告，"
                                                              "按年度列于以下各页，点击标题可查看全文。")]))
    slides = [(cover, _rels((_LAYOUT_REL, "slideLayout", "../slideLayouts/slideLayout1.xml", False)))]
    for year in sorted({a.report.year for a in items}, reverse=True):
        of_year = [a for a in items if a.report.year == year]
        links = [(f"rId{n}", art) for n, art in enumerate(of_year, 2)]
        paras = [_para(art.title, link=rid, after=f"（{art.date_text}）") for rid, art in links]
        shapes = _text_box(2, "标题 1", 300000, [_para(f"{year}年度", size=2800)]) + _text_box(3, "文本框 2", 1500000,
                                                                                              paras)
        slides.append((_slide(shapes), _rels((_LAYOUT_REL, "slideLayout", "../slideLayouts/slideLayout1.xml", False),
                                             *((rid, "hyperlink", art.url, True) for rid, art in links))))
    return slides


def index_pptx(items: list[Article], day) -> bytes:
    """The .pptx package: the presentation (a master, a layout, a theme) and _slides(items); every zip entry dated
    `day`, so each build writes the same bytes."""
    slides = _slides(items)
    numbers = range(1, len(slides) + 1)
    parts = {
        "[Content_Types].xml": f'{_XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/ppt/presentation.xml" ContentType="{_PML}.presentation.main+xml"/>'
        f'<Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="{_PML}.slideMaster+xml"/>'
        f'<Override PartName="/ppt/slideLayouts/slideLayout1.xml" ContentType="{_PML}.slideLayout+xml"/>'
        '<Override PartName="/ppt/theme/theme1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>'
        + "".join(f'<Override PartName="/ppt/slides/slide{n}.xml" ContentType="{_PML}.slide+xml"/>' for n in numbers)
        + "</Types>",
        "_rels/.rels": _rels(("rId1", "officeDocument", "ppt/presentation.xml", False)),
        "ppt/presentation.xml": f'{_XML}<p:presentation {_NS} saveSubsetFonts="1"><p:sldMasterIdLst>'
        '<p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst><p:sldIdLst>'
        + "".join(f'<p:sldId id="{255 + n}" r:id="rId{n + 2}"/>' for n in numbers)
        + '</p:sldIdLst><p:sldSz cx="12192000" cy="6858000"/><p:notesSz cx="6858000" cy="9144000"/>'
        "</p:presentation>",
        "ppt/_rels/presentation.xml.rels": _rels(
            ("rId1", "slideMaster", "slideMasters/slideMaster1.xml", False), ("rId2", "theme", "theme/theme1.xml", False),
            *((f"rId{n + 2}", "slide", f"slides/slide{n}.xml", False) for n in numbers)),
        "ppt/slideMasters/slideMaster1.xml": f"{_XML}<p:sldMaster {_NS}><p:cSld><p:spTree>{_EMPTY_TREE}</p:spTree>"
        f'</p:cSld>{_COLOR_MAP}<p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/></p:sldLayoutIdLst>'
        "</p:sldMaster>",
        "ppt/slideMasters/_rels/slideMaster1.xml.rels": _rels(
            ("rId1", "slideLayout", "../slideLayouts/slideLayout1.xml", False),
            ("rId2", "theme", "../theme/theme1.xml", False)),
        "ppt/slideLayouts/slideLayout1.xml": f'{_XML}<p:sldLayout {_NS} type="blank" preserve="1">'
        f'<p:cSld name="空白"><p:spTree>{_EMPTY_TREE}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/>'
        "</p:clrMapOvr></p:sldLayout>",
        "ppt/slideLayouts/_rels/slideLayout1.xml.rels": _rels(
            ("rId1", "slideMaster", "../slideMasters/slideMaster1.xml", False)),
        "ppt/theme/theme1.xml": _theme(),
    }
    for n, (slide, rels) in enumerate(slides, 1):
        parts[f"ppt/slides/slide{n}.xml"] = slide
        parts[f"ppt/slides/_rels/slide{n}.xml.rels"] = rels
    return kit.zip_parts(parts, (day.year, day.month, day.day, 9, 0, 0))


def build_pptxindex(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    return kit.trs_annex_portal(b, county, "pptxindex", reports, folder=FOLDER, salt="px", annex=index_pptx,
                                content_type=PPTX_TYPE, file_name=f"{TITLE}.pptx",
                                note="各部门、各乡镇及2019年以前的年度报告目录见附件（演示文稿，点击标题查看全文）。")
