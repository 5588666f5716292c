"""Is a page an annual report? `classify(text, title=..., meta=..., url=..., link_text=..., column=...) -> Decision`.

A pure function over everything a page offers, weighed together, so that no single missing piece (a title run
into the first body line, a page that starts with the body, tables published as images, an old free-form
report) decides alone:

- the title wherever it sits: the `title` argument, `<meta name=ArticleTitle>`/`<title>`, the first lines of
  the text, a title run into the first body line (`××街道2024年政府信息公开工作年度报告根据《条例》…`);
- body phrases a report says about itself: 统计期限, 本报告由…编制, 现向社会公布…年度报告, 如对本报告有任何疑问, the
  standard opening sentence (根据《条例》…要求，编制本报告), the report format it cites (《…年度报告格式》);
- the section headings of either template (and of the pre-2019 free-form reports) and the table headers;
- a pre-2019 report's overview of the year's work (截至2012年底,…信息公开工作运行正常; since when it runs, its staff);
- the report's own figures on its topics (主动公开…N条, 收到申请N件, 行政复议, 未收取费用), and a body that opens on the
  year and the unit a title of the page names (2010年,黑龙江省政府信息公开工作…), wherever that title sits;
- the page's column and URL (a title it spells, percent-encoded, in characters or pinyin initials), and the link
  text that led to it (weak evidence: portals file other pages there).

Against: the page's own title naming another kind of page (解读, 通知, 工作要点, 绩效, 一图读懂 …), notice
wording (现将有关事项通知如下), news wording (近日…发布了…年度报告), a list of many reports (a column page).
A veto by the title holds whatever the body says (a 解读 restates the report's headings and figures), except a
notice that prints (印发) the report itself — but only where the title certainly names the page as another kind
(`_names_itself`: its last words are the look-alike's, a presentation opens it, 学年); a look-alike word inside a title
that ends as the report's (目录…年度报告) is weighed like any other evidence.

Every decision carries `reason`: the evidence and its weights, so a wrong call can be traced to its cause.
Matching is on text with whitespace removed and punctuation folded (NFKC), so layout never changes a decision.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from nianbao.parse.han import HAN
from nianbao.parse.metadata import (
    MENU_ITEM,
    NEGATIVE_TITLE_WORDS,
    REPORT_KIND,
    UNIT_END,
    YEAR_INSIDE_KIND,
    YEAR_LED_WORK_REPORT,
    head_lines,
    normalise_years,
    site_menu_rows,
    title_parts,
)
from nianbao.parse.url_units import REPORT_SLUG as _REPORT_SLUG

THRESHOLD = 4.0
VETO = -100.0              # the page's title names it as another kind, which no body evidence can undo (_names_itself)
MAX_CHARS = 60000          # the evidence sits in the head and the tail; a page longer than this is cut (limit)
TITLE_LINES = 8            # the first lines that may hold the title
MAX_TITLE_CHARS = 80

_REPORT = re.compile(f"{REPORT_KIND}|{YEAR_INSIDE_KIND}|{YEAR_LED_WORK_REPORT}")
# A whole report title, nothing around it: its unit, its year, its kind (成都市2008年政府信息公开工作年度报告).
_TITLE_ONLY = re.compile(rf"[{HAN}()·]{{2,40}}?(?:19|20)\d{{2}}年度?[{HAN}]{{0,20}}?(?:" + REPORT_KIND + ")")
# (the year without its 年 right before the kind, 唐家镇2017政府信息公开工作年度报告, as metadata's title pattern reads it)
_REPORT_TITLE = re.compile(r"(?:(?:19|20)\d{2}(?:年度?|(?=(?:政府|政务)?信息公开))|年度)[^.;!?]{0,30}?" + REPORT_KIND
                           + "|" + YEAR_INSIDE_KIND + "|" + YEAR_LED_WORK_REPORT)
# a title with its year in brackets after the kind (武汉市统计局政府信息公开报告(2016年)); apart from _REPORT_TITLE, which
# also scans bodies: one more alternative there costs every page
_YEAR_LAST_TITLE = re.compile(REPORT_KIND + r"\((?:19|20)\d{2}年度?\)$")
# what may follow the kind on a title line: a bracketed note ((全文), (第2页)) or a mirror's part marker (/全文, 正文)
_TAIL = r"(?:[(（][^)）]{0,12}[)）]|/?(?:全文|正文))?"
_TITLE_END = re.compile(f"(?:{REPORT_KIND}|{YEAR_INSIDE_KIND})" + _TAIL + r"$")
# A bracketed note after the kind saying what the page includes besides the report (…年度报告(含图解), (附解读)): the
# page is the report, its 图解 or 解读 a part of it — not a presentation of a report printed elsewhere (图解:…年度报告).
_INCLUDED_NOTE = re.compile(r"(?<=报告)[(（](?:含|附|附带|内含)[^)）]{0,10}[)）]")
# A title naming a unit's report without its year (丽水市民政局政府信息公开工作年度报告: the year is in the body): the
# whole line is the unit's name, then the kind.
_UNDATED_TITLE = re.compile(rf"^(?!(?:政府|政务)?信息公开)[{HAN}()]{{2,30}}?(?<![的和与及])" + REPORT_KIND + _TAIL + r"$")
# A title run into the first body line: the line starts with a report title and goes on with the body.
_RUN_IN = re.compile(r"^(?P<title>[^.,;:]{0,50}?" + REPORT_KIND + r"(?:\((?:19|20)\d{2}年度?\))?)" + _TAIL
                     # (木里县人民政府2014年…年度报告(以下简称年报),根据《条例》…编制: the title, its short name, a comma)
                     + r"(?=,?(?:根据|按照|依据|依照)|本报告|本年报|为|现|是|\d|一[,.])")
# (报告根据《条例》…编制: a preamble whose 本 a page's editor cut off opens on 报告 or 年报, no title before it)
_OPENING_CLAUSE = re.compile(r"^(?!根据|按照|依据|依照|为|本|现|经|在|按|(?:年度)?报告|年报|\(|[一二三四五六七八九十\d]+[,.])(?P<title>.{4,60}?)(?=根据|按照|依据|依照|[.,;])")
_CITED = re.compile(r"《[^《》]{0,120}》")


# A school-year report (高等学校信息公开办法: 2022-2023学年…信息公开工作年度报告) is another kind of report; a 范文 is a
# writing sample (政府信息公开年度工作报告范文), its unit and years blanked.
# A self-check (自查报告) or a quarter's report (2021年三季度…) is a check of the disclosure work, never the year's report.
# An account of how the units published their reports (石狮市2023年…年度报告公布情况) is a report about the reports,
# not one: its opening cites the format and names the year's report as any report's does.
LOOK_ALIKE_WORDS = (*NEGATIVE_TITLE_WORDS, "学年", "范文", "自查", "季度", "公布情况", "发布情况")
# weighed (-6), not a veto: the body may publish the report itself (an old report filed as a 工作总结, a real report
# a writing-sample site copied whole under its 范文 label)
SOFT_WORDS = frozenset({"工作总结", "范文"})


# A 目录 named as a field of the page's information block (索引号: … 公开目录: 部门年报) is the catalogue the page is
# filed in, not what the page is: a field's label, its value after the colon.
_FILED_IN = re.compile(r"目录(?=[:：])")


def _negative_word(title: str) -> str | None:
    """The look-alike word a title holds outside the cited documents' titles (关于《…年度报告》的解读 → 解读), the
    labels of the fields that file the page (公开目录:), the parent crumbs of a breadcrumb (_own_crumb) and a note of
    what the page includes besides (…年度报告(含图解): `_INCLUDED_NOTE`)."""
    uncited = _INCLUDED_NOTE.sub("", _FILED_IN.sub("", _CITED.sub("", _own_crumb(title))))
    return next((w for w in LOOK_ALIKE_WORDS if w in uncited), None)


# A breadcrumb's crumbs before the last are the columns above the page's own (首页>政务公开>乡镇信息公开目录>同田乡>
# 政府信息公开年报): a 目录 or 通知公告 there names the portal's catalogue or a parent section every page under it shares,
# not the page. Only the last crumb, the page's own column or its title, says what the page is (…>政策解读 still does).
_CRUMB_MARK = re.compile(r"[>›»]+")


def _own_crumb(line: str) -> str:
    return _CRUMB_MARK.split(line)[-1] if _CRUMB_MARK.search(line) else line


class _AnyOf:
    """Patterns tried in turn: an alternative at the top of one pattern makes re try it at every position."""

    def __init__(self, *patterns: re.Pattern):
        self.patterns = patterns

    def search(self, text: str) -> re.Match | None:
        return next((match for pattern in self.patterns if (match := pattern.search(text))), None)


_SENTENCE = re.compile(r"[.,;]")
# (the kind with the year inside it too, a ministry's word order: 国家测绘局公布政府信息公开工作2009年度报告)
_NEWS = re.compile(r"(?<![现特向予])(?:发布|公布|出炉|亮相|晒出|晒)(?!机构|单位|时间|日期)(?:了)?[^.]{0,20}"
                   f"(?:{REPORT_KIND}|{YEAR_INSIDE_KIND})")
# The report saying how it was compiled (本报告根据《条例》…编制, 本报告由…编制): its own words, no one else's.
_COMPILED_ITSELF = re.compile(r"本(?:年度)?(?:报告|年报)(?:是|系)?(?:由|依据|根据|按照|依照)[^.]{0,80}?编制|"
                              r"本(?:年度)?(?:报告|年报)(?:依据|根据|按照|依照)[^.]{0,40}(?:条例|规定|要求)|"
                              # (制定/制作本报告: 编制's synonyms where the object is the report itself)
                              r"(?:编制|制定|制作)(?:了|完成)?(?:本报告|本年报|本年度报告)")
_SELF_PHRASES = (
    ("统计期限", re.compile(r"统计(?:数据)?(?:期限|时限|时间段?|区间|期间)(?:为|是|自|从|:|(?:19|20)\d{2}年)"), 2.0),
    ("本报告由…编制", _COMPILED_ITSELF, 2.0),
    ("announces the report", re.compile(r"(?:现|特|予以|现予|现将|特此)(?:向社会)?(?:公布|发布|公开)[^.]{0,40}?"
                                        + REPORT_KIND + r"|本(?:年度)?(?:报告|年报)(?:所列|中所列|中|的)?(?:数据|统计)|"
                                        + REPORT_KIND + r"》?,?(?:现予|现|特|予以)(?:以)?(?:公布|发布)|"
                                        r"(?:特|现)编制[^.]{0,40}?" + REPORT_KIND + r"|"
                                        r"本(?:年度)?(?:报告|年报)涵盖|现将[^.]{0,30}信息公开工作(?:情况|年度报告)?(?:报告)?如下|"
                                        # (现将全年政府信息公开年度报告编制如下, 现将中华人民共和国司法部2020年…年度报告公开如下)
                                        r"现将[^.]{0,30}?" + REPORT_KIND + r"(?:编制|公布|发布|公开|报告)?如下|"
                                        # (现将2011年仲山镇政府信息公开年度报告向社会公布: the object before its verb)
                                        r"现将[^.]{0,30}?" + REPORT_KIND + r"(?:向社会)?(?:予以)?(?:公布|发布|公开)|"
                                        r"编制了[^.]{0,30}?" + REPORT_KIND), 2.0),
    # the report introducing itself (现将我局2014年度政府信息公开工作报告如下): a notice or a summary never does
    # (现对我街2009年度政府信息公开工作报告如下: 对 for 将)
    ("presents its own report", re.compile(rf"现(?:将|对|予|向社会)?(?:公布|发布)?(?:我|本)[{HAN}]{{1,4}}(?:19|20)\d{{2}}"
                                           r"年度?[^.]{0,20}?(?:政府|政务)?信息公开[^.]{0,10}报告"
                                           r"(?:(?:公开|公布|报告)?如下|[.:]|$)"), 1.5),
    # the text reporting on its own year's work (现将2013年工作情况报告如下, 就我局本年度政府信息公开工作总结报告如下):
    # a notice says 通知如下, a summary 总结如下
    # (现将水务局2009年政府信息公开工作有关事项报告如下: its matters, reported)
    ("reports on its own work", re.compile(r"(?:工作|情况|有关事项)(?:总结)?报告如下"), 2.0),
    # …and a page calling its text a summary (就我局本年度政府信息公开工作总结如下): a 工作总结 says so; the reports that
    # say it too (现将本年度政府信息公开工作总结如下) carry their title and tables, so it weighs little
    ("calls its text a summary (…总结如下)", re.compile(r"总结如下"), -1.0),
    # …and a self-inspection (现将我局自查情况汇报如下): a unit's check of its own disclosure work for an inspector,
    # not the annual report
    ("calls its text a self-inspection (自查情况…如下)", re.compile(r"自查(?:情况|工作)?(?:汇报|报告)如下"), -2.0),
    # the report's introduction listing its parts by the template's section names (either template, pre-2019 too)
    # (or says what it is made of: 本报告由概述、…等共十二个部分组成, however long the list)
    ("lists its own parts", _AnyOf(re.compile(r"(?:包括|包含|分为|共分|由)[:]?(?:[^.]{0,40}?(?:总体情况|概述|基本情况|"
                                       r"主动公开|依申请公开|政府信息公开申请|收费及减免|收费和减免|支出和收费|"
                                       r"行政复议|存在的?(?:主要)?问题|咨询处理)){3}"),
                                  re.compile(r"本(?:年度)?(?:报告|年报)(?:由|包括)[^.]{0,400}?(?:部分|方面)组成"),
                                  # (全文分为总体公开情况,…十一个部分: the page's own text, not a 解读's 《报告》全文)
                                  re.compile(r"(?<![》报告])全文(?:分为|共分)[^.]{0,400}?[一二三四五六七八九十\d]{1,3}个?部分"),
                                  # (全文包括…重点工作情况、…存在的不足及改进措施,以及主动公开、回应解读、依申请公开(含…收费及
                                  # 减免)、行政复议…等相关数据: the page's 全文 listing its own topics, however far into the
                                  # sentence the template's words stand; never a 解读's 《报告》全文 or 年度报告全文)
                                  re.compile(r"(?<![》报告])全文(?:内容)?(?:包括|包含)(?:[^.]{0,200}?(?:主动公开|依申请公开|"
                                             r"收费(?:及|和)减免|行政复议|行政诉讼|存在的?(?:主要)?(?:问题|不足))){3}")), 3.0),
    # (若对报告有任何疑问: a question about "the report" is about this page; 意见/建议 only with 本, since a news item on
    # a 政府工作报告 tells of 对报告提出的意见建议)
    ("report contact/download", re.compile(r"(?:对|关于)本(?:年度)?(?:报告|年报)[^.]{0,10}(?:疑问|意见|建议)|"
                                           r"(?:对|关于)(?:年度)?(?:报告|年报)[^.]{0,6}疑问|"
                                           r"本(?:年度)?(?:报告|年报)的?电子版|电子版可[^.]{0,30}下载"), 1.5),
)
# The standard opening sentence: the page cites the 条例 (or its rules) and says it compiles its own report
# (根据《条例》…要求,编制本局2018年度政府信息公开报告 / 编制2012年我乡…年度报告). Matched on the text with cited titles
# emptied, so a cited 《关于做好…年度报告…的通知》 never stands for the page's own report.
_STANDARD_OPENING = re.compile(r"(?<![请各])(?:根据|按照|依据|依照)《》[^.]{0,80}?(?:规定|要求|精神|和|及|,)"
                               # (…等规定,发布本年度报告: publishing itself as 本年度报告, the verb 发布/公布)
                               # (编写 is 编制's synonym when it names the report with its year: 常熟经济技术开发区整理…情况编写
                               # 2020年度…年度报告; a 解读 says 编写本报告 of itself)
                               # (not a request to others: 请各单位认真编制…年度报告 is a notice's)
                               r"(?:(?!请|各(?:单位|部门|乡镇|地|级|区|县|市))[^.]){0,40}?"
                               # (…第五十条之规定,制定本报告: 制定/制作 of the report itself, never of a 工作方案)
                               r"(?:编制|发布|公布|编写(?=[^.]{0,30}?(?:19|20)\d{2}年)|(?:制定|制作)(?=本报告|本年报|本年度报告))"
                               r"(?:了|完成)?(?![^.]{0,6}(?:工作|的通知))[^.]{0,30}?"
                               # (此报告 too: 按照《…年度报告格式(试行)》要求,编制此报告 — the page pointing at itself)
                               r"(?:本报告|本年报|本年度报告|此报告|(?:19|20)\d{2}年度?[^.]{0,20}?" + REPORT_KIND + ")")
# …or publishing it by its title in the same sentence (根据《条例》规定和《…通知》要求,发布《重庆市2020年政府信息公开工作
# 年度报告》。 / 根据《条例》要求,特向社会公布2023年…年度报告): the verb right after 规定/要求 and the sentence ending on the
# title, so a notice's 请各单位…前发布 or a news item's 发布了《…》,报告显示… never reads as it. Matched on the text with its
# citations kept: the title it publishes is itself in 《》, and a copy may have lost every bracket.
_PUBLISHING_OPENING = re.compile(r"(?<![请各])(?:根据|按照|依据|依照)[^.]{0,200}?(?:规定|要求|精神),(?:特|现)?(?:向社会)?"
                                 r"(?:公布|发布)《?(?![^.《》]{0,30}?关于)[^.《》]{0,30}?(?:19|20)\d{2}年度?[^.《》]{0,30}?"
                                 + REPORT_KIND + r"》?(?:\.|$)|"
                                 # (按照《…通知》要求,工业园区管委会编制了《2012年…年度报告》,现予以公布: the unit compiled
                                 # it and publishes it here, by its title, in one sentence)
                                 r"(?<![请各])(?:根据|按照|依据|依照)[^.]{0,200}?(?:规定|要求|精神),[^.《》]{0,20}?编制了?"
                                 r"《[^.《》]{0,30}?(?:19|20)\d{2}年度?[^.《》]{0,30}?" + REPORT_KIND
                                 + r"》,?(?:现|特)?(?:予以|予)?(?:公布|发布)(?:\.|$)")
# The 国办 report format cited (《…政府信息公开工作年度报告格式》): a report says it follows the format; a notice
# about compiling reports cites it too, so it weighs little alone.
_FORMAT_CITED = re.compile(r"《[^《》]{0,80}?年度报告格式")
# the report's full title (a year, then the kind) in a sentence of the page's own words (特编制××2018年度…年度报告)
# (a 《 only after 现/特 发布: a page publishing itself; 发布了《…》 tells of a report published elsewhere)
# (现将定西市地震局2018年政府信息公开年度报告如下: the report presenting itself by its title)
_OWN_TITLE_SENTENCE = re.compile(r"(?:(?:编制|编写|公布|发布)(?:了|的)?|现将|(?:现|特)(?:向社会)?(?:公布|发布)《)"
                                 r"(?![^.《》]{0,30}?关于)[^.《》]{0,30}?(?:19|20)\d{2}年度?[^.《》]{0,30}?" + REPORT_KIND)
_STANDARD = "the standard opening sentence (根据《条例》…编制…报告)"
_OWN_PHRASES = frozenset({"统计期限", _STANDARD, "本报告由…编制", "announces the report", "lists its own parts",
                          "report contact/download"})
# (现将有关事项通知如下; not a report's 现将水务局2009年政府信息公开工作有关事项报告如下: it reports them)
_NOTICE = re.compile(r"现将[^.]{0,20}(?:通知如下|有关事项(?!报告)|要求如下)|特此通知|请各[^.]{0,30}(?:报送|上报|提交)|"
                     r"各(?:乡镇|县直|区直|市直|有关)[^.]{0,30}[:]")
# A school's report (高等学校信息公开办法) covers an academic year, printed as a range (2021—2022年度, 2023-2024学年):
# a government's covers one calendar year.
_SCHOOL_YEAR = re.compile(r"(?:19|20)\d{2}年?[-—–~至](?:19|20)\d{2}学?年度?[^.]{0,20}?信息公开")
# …or as its statistics period, September to August (统计期限自2019年9月1日起至2020年8月31日止: a college's 2020 report
# under 《高等学校信息公开办法》), where a 条例 report covers the calendar year (its 第五十条: 上一年度)
_SCHOOL_PERIOD = re.compile(r"(?:统计|期限|时限|起止)[^.]{0,8}?(?:19|20)\d{2}年0?9月0?1日[^.]{0,3}?(?:至|到|-|—|~)"
                            r"(?:19|20)\d{2}年0?8月31日")
# …or by the rules it reports under, cited in its opening: 《高等学校信息公开办法》, the ministry's notice on 高校信息公开
# 年度报告 (every page of the real-page set citing them there is a college's report, none a 条例 report)
_SCHOOL_RULES = re.compile(r"高等学校信息公开|高校信息公开")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
# A government's name left as a placeholder (由XX镇人民政府编制): a 范文's blank, never a unit's own name. A place
# masked before a unit that is named (xx县中医院: a document site's upload of a real unit's report) is not this.
_BLANKED_UNIT = re.compile(r"(?:XX|xx|ＸＸ|××|\*\*|○○)(?:省|市|县|区|镇|乡|街道|旗)(?:人民政府|政府(?!信息)|办事处)")
# …and its year left as a placeholder (现将20xx年度…情况报告如下, or its last digit only: 201x年,我镇认真贯彻…) or cut out,
# leaving the 年 (统计期限自年1月1日起, 一、概述 年,我局…): a unit's own report always prints its year. (A copy that loses
# digits loses the month's and day's with it: 201411日起; a period's 1月1日 kept under a bare 年 is a year taken away.)
_BLANKED_YEAR = re.compile(r"20(?:xx|XX|ＸＸ|××|\*\*|○○|\d[xXＸ×*○])年|(?:自|从|为)年0?1月0?1日|(?:概述|总体情况|基本情况)\.?年度?,")
# …and a count left as a placeholder (全年发布**条: a procurement site's copy with every figure masked): a unit's own
# report prints its counts; an article's number (第**条) or a bold mark (**一、总体情况**) is no count.
_BLANKED_COUNT = re.compile(r"(?<![第*])(?:\*\*|××|ＸＸ|XX|xx)(?:条|件|次|篇|人次)")
# A writing sample keeps every phrase of a report (统计期限, 本报告由…编制, its parts listed, 一、概述: 15 to 16.5 on the
# real pages' 范文), so its blank outweighs them all.
_BLANK_WEIGHT = -20.0
_INTERPRETATION = re.compile(r"^(?:.{0,40})(?:解读|图解|一图读懂|政策问答)")
_PRINTED_NOTICE = re.compile(r"印发|公布")
# Section headings of either template and of the pre-2019 free-form reports (numbered 一…八 in any order).
# (the 2008 model's parts in their other wordings too: 四、咨询处理情况, 五、复议、诉讼和申诉情况, 七、主要问题和改进措施 —
# a mirror's second page of a report starts there, with no title or opening left)
_HEADINGS = (
    ("总体情况", re.compile(r"[一1][,.]?(?:总体情况|(?:政府信息公开|政务公开)?(?:工作)?概述|基本情况|总体概况|工作概况)")),
    # (一 too where the old form's 概述 is an unnumbered opening paragraph: 2011年,省文化厅… / 一、主动公开政府信息情况)
    ("主动公开", re.compile(r"[一二12][,.]?(?:主动公开政府信息|政府信息主动公开)")),
    ("依申请", re.compile(r"[三3][,.]?(?:收到和处理政府信息公开申请|依申请公开|政府信息公开申请)")),
    ("咨询", re.compile(r"[三四五345][,.]?(?:政府信息公开)?的?咨询(?:处理|答复)的?情况")),
    ("复议诉讼", re.compile(r"[四五六456][,.]?(?:因政府信息公开|政府信息公开)?(?:申请)?(?:被申请)?"
                        r"(?:行政复议|复议,(?:提起)?(?:行政)?诉讼(?:和|及|与)(?:行政)?申诉)")),
    ("收费", re.compile(r"[四4][,.]?(?:政府信息公开的?)?收费(?:及|和)减免")),
    ("问题改进", re.compile(r"[五六七567][,.]?(?:政府信息公开工作)?(?:存在的?(?:主要)?问题|主要问题(?:和|及|与)改进)")),
    ("其他事项", re.compile(r"[六七67][,.]?其[他它]需要?(?:报告|说明)")),
)
_OPENING = re.compile(r"(?:^|\n)(?:第一部分|[一1])[,.]?\n?(?:(?:19|20)\d{2}年度?)?(?:政府信息公开)?(?:工作)?(?:总体|基本)"
                      r"(?:工作)?(?:情况|概况)|"
                      r"(?:^|\n)(?:第一部分|[一1])[,.]?\n?(?:(?:政府信息公开|政务公开)工作)?(?:工作)?概述|"    # (一、政府信息公开工作概述)
                      # (or on the year's work by its year: 一、2010年政府信息公开工作情况, a pre-2019 report's 概述)
                      r"(?:^|\n)(?:第一部分|[一1])[,.]?\n?(?:19|20)\d{2}年度?(?:政府信息公开|政务公开)工作(?:开展)?情况|"
                      # pre-2019 reports often open on their first numbered part, 主动公开政府信息(的)情况
                      r"(?:^|\n)(?:第一部分|[一1])[,.]?\n?(?:主动公开政府信息|政府信息主动公开)(?:的)?(?:情况|工作)")
# (within the opening sentence, however long its preamble: 2021年,揭阳市退役军人事务局全面贯彻习近平…精神,认真落实《…
# 政府信息公开条例》)
# (the work named by any of its standard words: 重点领域信息公开, 五公开 — 决策、执行、管理、服务、结果公开 — are
# 政务公开's own terms)
# (the headings _OPENING accepts, 一、基本工作情况 too, and a sub-heading line between: (一)领导机构…情况)
_YEAR_OF_WORK = re.compile(r"(?:(?:总体|基本)(?:工作)?情况|概况|概述)\.?(?:(?:19|20)\d{2}年(?:度|以来)?,)?[^.]{0,200}?"
                           r"(?:信息公开|政务公开|五公开)")
# (…or in its second sentence, after the year's main work: 2025年,市农业农村局坚持…取得扎实成效。同时,严格按照《…信息公开
# 条例》要求,不断提升政务公开工作水平 — only where the paragraph opens on the year)
_YEAR_OF_WORK_SECOND = re.compile(r"(?:(?:总体|基本)(?:工作)?情况|概况|概述)\.?(?:19|20)\d{2}年度?,[^.]{0,300}\."
                                  r"[^.]{0,60}?(?:信息公开|政务公开)")
# …and an account of part of a year (2025年一季度,全县各政府部门…): a quarterly check's 通报 or a half-year summary,
# never the annual report, which covers the calendar year
_PART_OF_YEAR = re.compile(r"(?:总体情况|概述|基本情况|概况)\.?(?:19|20)\d{2}年(?:第?[一二三四1-4]季度|前三季度|上半年|下半年|"
                           r"1-\d{1,2}月)")
# (a head line opening on the year, its first clause naming the disclosure work: 2018年,宿安乡继续把政府信息公开作为…;
# by the 条例 it carries out too, however a copy garbled its title: 2018年,管委会办公室积极贯彻落实《中华人民共和国信息公开条例》)
_YEAR_PARAGRAPH = re.compile(r"(?:^|\n)(?:19|20)\d{2}年(?:度|以来)?,[^.,\n]{0,30}?(?:信息公开|政务公开)")
_WORK_HEADING = re.compile(r"(?:^|\n)[一1][,.][^.\n]{0,14}?(?:信息公开|政务公开)工作[^.\n]{0,8}\n(?:19|20)\d{2}年(?:度|以来)?,")
# (numbered as the page numbers it — 1.主动公开 — or its heading naming the work in its own words, (一)突出重点领域,加大
# 主动公开力度: the template's first sub-section all the same)
_SUBHEADING = re.compile(r"\([一1]\)(?:主动公开|政府信息主动公开|加强|依法|推进)|(?<![\d.])1[.,](?:政府信息)?主动公开|"
                         r"\([一1]\)[^.\n]{0,12}?主动公开")
# The sub-sections the 2019/2021 templates prescribe for 一、总体情况: (一)主动公开 (二)依申请公开 (三)政府信息管理
# (四)(政府信息公开)平台建设 (五)监督保障.
_TEMPLATE_SUBSECTIONS = re.compile(r"\([一二三四五六\d]\)[^.(]{0,12}?(?P<name>主动公开|依申请公开|政府信息管理|"
                                   r"平台建设|监督保障)")
_FIRST_PERSON = re.compile(r"(?:我|本)(?:县|区|市|旗|镇|乡|街道|局|委|办|中心|社|院|室|单位|机关)[^.]{0,12}"
                           r"(?:政府信息公开|政务公开)(?:工作)?")
# …and its opening paragraph that gives the year's own disclosure work and reports it (2014年,我局认真贯彻落实…信息公开…,
# 对一年来政府信息公开情况报告如下), its part 一 following: a free-form report with no title and headings of its own. (The
# paragraph alone, nothing after it, is what a news column's summary prints too.)
_YEAR_OWN_WORK_REPORTED = re.compile(r"(?<!\d)(?:19|20)\d{2}年度?,(?:我|本)(?:县|区|市|旗|镇|乡|街道|局|委|办|中心|单位)"
                                     r".{0,300}?(?:信息公开|政务公开)(?:工作)?的?情况报告如下[.:]?一,")
# A pre-2019 report's 概述 states its disclosure work's state at the year's end (截至2012年底,本区政府信息公开工作运行正常,
# 政府信息公开咨询、申请以及答复工作均得到顺利开展): the year's account as only a report gives it (16 reports of the 3,022 real
# pages, no look-alike) — a copy starting in that body has no title, no opening and no heading left to say more.
_YEAR_END_STATE = re.compile(r"截至(?:19|20)\d{2}年底,[^.]{0,20}信息公开工作运行正常")
# A copy starting at (一) keeps the statistics period without its words: the whole calendar year (自2022年1月1日起,至2022年
# 12月31日) over the unit's own account of it (我中心在…主动公开信息28条): the year a report's figures cover, as only the
# unit's report states it (a notice asks for the year; it does not speak as 我中心 of it).
_WHOLE_YEAR_OWN = re.compile(r"(?P<year>(?:19|20)\d{2})年1月1日起?,?(?:至|到|—|-)(?P=year)年12月31日止?,?"
                             r"(?:我|本)(?:县|区|市|旗|镇|乡|街道|局|委|办|中心|社|院|室|单位|机关)")
# …and the machinery it accounts for, since when the work runs and the staff it has (本区自2004年5月起开展政府信息公开工作,
# 目前已配备11名全职工作人员…): the report's 机构建设, weak together (a news item may count staff too), nothing alone.
_WORK_SINCE = re.compile(r"(?:19|20)\d{2}年\d{0,2}月?起[^.]{0,10}?开展了?(?:政府)?信息公开工作")
_WORK_STAFF = re.compile(r"(?:配备|配有|有)[^.,]{0,8}?(?:\d+|[一二三四五六七八九十两]+)名(?:全职|专职|兼职)(?:工作)?人员")
# (section 二's column headers of both templates too — 对外公开总数量, 上一年项目数量, 处理决定数量, 现行有效件数 —: a header
# cut short, 本年新 | 本年新, leaves the others)
_TABLE_HEADERS = re.compile(r"第二十条第|信息内容|本年新制作|本年新公开|本年制发|申请人情况|本年新收|上年结转|予以公开|不予公开|"
                            r"无法提供|不予处理|结果维持|结果纠正|尚未审结|自然人|商业企业|科研机构|对外公开总数|"
                            r"上一年项目数量|处理决定数量|本年废止|现行有效件|"
                            # (section 三's last row and section 四's column headers of the 2019 template: a page of a
                            # flip-book may hold only those, its other tables on the pages before)
                            r"结转下年度继续办理|未经复议直接起诉|复议后起诉")
# The report's own figures on the topics every report covers (the 2008 free-form reports too): 主动公开信息N条, 收到申请N件,
# 行政复议N件, 未收取费用. A guide or a notice names the topics with no figures; a summary or a 解读 rarely gives figures
# on two of them (none of the 221 look-alikes of the 812 real pages does; a 解读 is vetoed by its title anyway).
_NUMBER = r"(?:\d+|[零一二三四五六七八九十百]+)"
_FIGURES = (
    ("主动公开", re.compile(r"主动公开[^.;]{0,25}?" + _NUMBER + r"(?:条|件|项|篇)")),
    ("申请", re.compile(r"(?:收到|受理|接到|办理)[^.;]{0,20}?申请[^.;]{0,15}?" + _NUMBER + r"(?:件|起|人次|次|份)|"
                        r"申请[^.;]{0,6}?" + _NUMBER + r"(?:件|起)")),
    ("行政复议", re.compile(r"行政复议[^.;]{0,15}?" + _NUMBER + r"(?:件|起|次)|(?:没有|未)(?:发生|收到)[^.;]{0,20}?行政复议")),
    ("行政诉讼", re.compile(r"行政诉讼[^.;]{0,15}?" + _NUMBER + r"(?:件|起|次)|(?:没有|未)(?:发生|收到)[^.;]{0,30}?行政诉讼")),
    ("收费", re.compile(r"收(?:取)?(?:任何)?费用?[^.;]{0,10}?" + _NUMBER + r"元|(?:未|没有)收取(?:任何)?(?:费用|检索费|复制费)|"
                        r"收费(?:及|和)减免[^.;]{0,10}?(?:无|未|没有)")),
    ("新闻发布会", re.compile(r"新闻发布会[^.;]{0,6}?" + _NUMBER + r"(?:次|场)|" + _NUMBER + r"(?:次|场)新闻发布会")),
)
_FIGURE_WORDS = {"主动公开": "主动公开", "申请": "申请", "行政复议": "行政复议", "行政诉讼": "行政诉讼", "收费": "收",
                 "新闻发布会": "新闻发布会"}     # a word each pattern needs: a page without it is not searched (speed)
_REPORT_COLUMN = re.compile(r"年报|年度报告|工作报告")
_OTHER_COLUMN = re.compile(r"解读|通知|公告|要闻|动态|新闻|规划|计划|总结")
_REPORT_URL = re.compile(r"ndbg|gknb|nianbao|xxgknb|zfxxgkndbg|/nb/|annual_?report", re.I)
# A slug spelling the report's title in pinyin initials (…2013ndzfxxgkgzbg… = 2013年度政府信息公开工作报告):
# mirrors and CMSs name the page after its title.
# (the unit's initials may stand between the year and the kind: 2019njslhyljzfxxgkgzndbg, 2019 南京市绿化园林局 …)


# The report year a CMS's annual-report page takes as a query parameter: 年报 year (…?nbYear=2021&orgCode=…), or the
# year of jcms's xxgkAnnualReport module (xxgkAnnualReport.jsp?area=…&fbtime=2018: the 2018 report).
_QUERY_YEAR = re.compile(r"[?&]nbYear=((?:19|20)\d{2})(?:&|$)|AnnualReport\.\w+\?(?:[^#]*&)?fbtime=((?:19|20)\d{2})(?:&|$)", re.I)


# A portal's annual-report column keeps one folder per report year, the folder named for the year and the 年报 or
# 年度报告 it holds (…/zfxxgknb/2023nb/…, …/2021ndbg/…, …/2022nd/…, …/nb2025/…): the year of the reports filed in it.
# The whole path segment only (zfbm2024nb names a unit's sub-column too; 202403 and a bare 2023 are publication dates).
_REPORT_YEAR_FOLDER = re.compile(r"/(?:(?P<year>(?:19|20)\d{2})(?:nb|ndbg|nd)|nb(?P<year2>(?:19|20)\d{2}))(?=/)", re.I)


def slug_year(url: str | None) -> int | None:
    """The year a report-title slug in the URL spells (…2013ndzfxxgkgzbg… → 2013), an annual-report page's
    year parameter (nbYear=2021), or the report column's year folder (…/2023nb/…), else None."""
    match = _REPORT_SLUG.search(url or "")
    if match:
        return int(match.group("year"))
    query = _QUERY_YEAR.search(url or "")
    if query:
        return int(query.group(1) or query.group(2))
    folder = _REPORT_YEAR_FOLDER.search(urlsplit(url or "").path)
    return int(folder.group("year") or folder.group("year2")) if folder else None


@dataclass(frozen=True)
class Decision:
    is_report: bool
    reason: str
    score: float
    title: str | None = None           # the report title the evidence found, if any
    evidence: tuple[tuple[str, float], ...] = field(default=(), compare=False)


_PUNCTUATION = str.maketrans({"、": ",", "。": ".", "；": ";", "：": ":", "“": '"', "”": '"', "‘": "'", "’": "'",
                              "﹒": ".", "｡": "."})


def fold(text: str | None) -> str:
    """Whitespace removed, punctuation folded to one form (NFKC; 、→, 。→.), Chinese years as digits: the
    decision must not depend on how a portal typed its punctuation."""
    folded = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or "")).translate(_PUNCTUATION)
    return normalise_years(_DOUBLED.sub(r"\1", folded))     # 一,、總體情況: a mirror's doubled punctuation


_DOUBLED = re.compile(r"([,.;:])\1+")


def without_menu(text: str) -> str:
    """The text without the navigation menu items (metadata.MENU_ITEM) among its first lines: a site menu says
    nothing of the page, and its words (解读, 报告) must not stand for the page's own title or opening."""
    lines = text.split("\n")
    head = [line for line in lines[:60] if not MENU_ITEM.match(line)]
    return "\n".join(head + lines[60:])


# A breadcrumb (当前位置:首页>>工作动态>>部门信息) is never the first half of a title printed on two lines.
# Nor is a site menu's row of three or more short items (首页 主动公开 解读回应 政府工作报告 over 在线访谈 政府文件
# 信息公开年报): its words (解读, 年报) name the site's columns, not the page.
_MENU_ROW = re.compile(r"^\s*[^\s:：\d|｜]{2,6}(?:[ \t\u00a0\u3000]+[^\s:：\d|｜]{2,6}){2,}\s*$")
_BREADCRUMB = re.compile(r">|›|»|^(?:当前位置|您当前的位置|您的位置|当前的位置)")


def breadcrumb_column(text: str) -> str | None:
    """The columns a page's breadcrumb names among its first lines (您现在的位置:首页 / > 信息公开年报 > 市级部门单位 >
    2016 → 首页/信息公开年报/市级部门单位/2016): the page's own column, when the crawl did not say it. Long parts (the
    page's own title closing the trail) are left out. Only a report column's trail is given: portals file reports
    under news and notice columns too (天津经济技术开发区's under 首页 > 政务公开 > 通知公告), so another column's
    breadcrumb says little against the page."""
    lines = [line for line in (text or "").split("\n")[:12] if line.strip()][:8]
    trail = [part.strip(" :：") for line in lines if _BREADCRUMB.search(line.strip())
             for part in re.split(r"[>›»]+|[:：]", line)]
    column = "/".join(part for part in trail if part and len(part) <= 12 and not _BREADCRUMB.search(part))
    return column if _REPORT_COLUMN.search(column) else None


# The classification field of the page's information block (分类: 政府信息公开年报, 组配分类 | 信息公开年报, 分 类 | 部门信息
# 公开年报): the column the portal files the page in, as a breadcrumb names it. Only a disclosure report's column (公开…年报/
# 年度报告): a 法治政府建设年报 or 其他年度报告 field files another kind of report.
_FILED_FIELD = re.compile(r"(?:主题|信息|公开|文件|组配)?分\s*类\s*[:：|｜]\s*(?P<value>[^|｜\n]{2,24})")
_DISCLOSURE_REPORT_COLUMN = re.compile(r"公开(?:工作)?(?:年报|年度报告|工作年度报告)")


def filed_column(text: str) -> str | None:
    """The disclosure-report column a classification field among the page's first lines files it in (分 类 | 部门信息公开
    年报 科技 报告 → 部门信息公开年报 科技 报告), else None: the page's own column, when the crawl and the breadcrumb do not
    say it."""
    head = "\n".join((text or "").split("\n")[:12])[:3000]
    for match in _FILED_FIELD.finditer(head):
        if _DISCLOSURE_REPORT_COLUMN.search(fold(match.group("value"))):
            return match.group("value").strip()
    return None


# A page's share/print widgets printed after the title on its line (…2021年度报告 二维码): no part of the title.
_WIDGETS = re.compile(r"(?:\s+(?:二维码|分享到?[:：]?|打印|收藏|关闭(?:窗口)?|【?(?:字号|字体)[:：]?\s*[大中小\s]*】?))+$")


def without_widgets(line: str) -> str:
    return _WIDGETS.sub("", line)


def _head_lines(text: str) -> list[str]:
    """The first lines that may hold the title: TITLE_LINES of them, not counting a portal's short chrome lines."""
    return [line.strip() for line in head_lines(text, TITLE_LINES) if line.strip()]


def _unstopped(line: str) -> str:
    """A line that is a report title closed with a full stop (…年度报告。), without the stop; any other line as is."""
    if line.endswith(".") and _TITLE_END.search(line[:-1]) and not re.search(r"[.,;:]", line[:-1]):
        return line[:-1]
    return line


# A related-link line (相关解读:…年度报告的问答解读, 相关链接:…) names another page the page links to, not the page: its
# words (解读) are no title of the page's own.
_RELATED_LINK = re.compile(r"^\s*(?:相关|关联)(?:解读|链接|阅读|文件|稿件|政策)\s*[:：]", re.M)
_RELATED_LINK_LINE = re.compile(_RELATED_LINK.pattern + r".*\n?", re.M)


def title_candidates(text: str, title: str | None = None, meta: dict | None = None) -> list[tuple[str, str]]:
    """(where, title) pairs, most trusted first: the given title, the page's meta titles, the first lines, a
    run-in title. Site-name suffixes (`… - 岚川县人民政府`) are split off."""
    meta = meta or {}
    out: list[tuple[str, str]] = []
    for where, value in (("title", title), ("meta ArticleTitle", meta.get("articletitle")),
                         ("meta title", meta.get("title")), ("title tag", meta.get("html_title"))):
        for part in re.split(r"\s*(?:[_|｜]|--|\s-\s)\s*", value or ""):
            if part.strip():
                out.append((where, part.strip()))
                break
    lines, menu_rows, joint_rows = [], set(), set()
    head = [without_widgets(line) for line in _head_lines(text)]
    grid = site_menu_rows(head)
    for i_head, line in enumerate(head):
        if _RELATED_LINK.match(line) or i_head in grid:
            continue
        # a title line closed with a full stop (…年度报告。) is still a title line
        cells = [c for c in (_unstopped(fold(c)) for c in re.split(r"[|｜]", line)) if c]
        if len(cells) > 1:      # a metadata row of a table (中文名 | …年度报告 | 发布单位 | …): its cells
            lines += [c for c in cells if _REPORT.search(c)]
        elif cells:
            if _MENU_ROW.match(line):
                menu_rows.add(len(lines))
            if _JOINT_UNITS_TITLE.match(line):
                joint_rows.add(len(lines))
            lines.append(cells[0])
    for i, folded in enumerate(lines):
        following = lines[i + 1] if i + 1 < len(lines) else ""
        run_in = _RUN_IN.match(folded)
        clause = _OPENING_CLAUSE.match(folded)
        if run_in:
            out.append(("run-in title", run_in.group("title")))
        elif i == 0 and clause and len(folded) > len(clause.group("title")) \
                and (word := _negative_word(clause.group("title"))) and clause.group("title").endswith(word):
            out.append(("run-in title", clause.group("title")))     # a 解读/通知 title run into its body
        elif len(folded) <= MAX_TITLE_CHARS and (not _SENTENCE.search(folded) or i in joint_rows):
            joined = folded + following
            if (following and not _REPORT.search(folded) and _REPORT.search(joined) and len(joined) <= MAX_TITLE_CHARS
                    and not _SENTENCE.search(following) and not _BREADCRUMB.search(folded) and i not in menu_rows
                    and _first_half(folded, following)):
                folded = joined          # a title printed on two lines (unit, then the rest)
            out.append(("first lines", folded))
    return out


# A title naming the units that report together, joined by 、 (中国科学院、水利部成都山地灾害与环境研究所信息公开工作2016年度
# 报告: a jointly run institute): the 、 after a unit's kind joins names, no sentence's list (a ， would be); no other
# stop in the line.
_JOINT_UNITS_TITLE = re.compile(rf"^\s*(?:[{HAN}]{{2,20}}?(?:院|部|局|委|厅|办|政府|办公室)、)+[{HAN}0-9（）()]+\s*$")


def _first_half(line: str, following: str) -> bool:
    """`line` is the first half of a title printed on two lines: a unit (安康市汉滨区人民政府 over 2020年…年度报告), a
    document title's opening (…办公室关于公布), a presentation (一图读懂) or words that give the title a unit or a year it lacks (…办公室2020 over 政府信息公开工作年度报告). A label (目录, a
    site's Ai政务问答 widget) over a title that is whole without it is not, nor is a metadata line (名称:… 发布机构:…)."""
    if _PRESENTATION.match(line):       # (图解: over 2022年…年度报告: the label is the page's kind)
        return True
    if ":" in line or ":" in following:
        return False
    if UNIT_END.search(line) or "关于" in line:     # (…办公室关于公布 / …的通知)
        return True
    return sum(1 for part in title_parts(line + following) if part) > sum(1 for part in title_parts(following) if part)


def _title_evidence(candidates: list[tuple[str, str]], text: str) -> tuple[list[tuple[str, float]], str | None]:
    evidence: list[tuple[str, float]] = []
    first_lines = [(w, t) for w, t in candidates if w == "first lines"]
    own = [(w, fold(t)) for w, t in candidates if w != "first lines"] + first_lines[:2]
    report_title = next((t for _, t in ((w, fold(t)) for w, t in candidates)
                         if (_REPORT_TITLE.search(t) and _TITLE_END.search(t)) or _YEAR_LAST_TITLE.search(t)), None)
    # a news site's headline under its masthead, menu and breadcrumb lines (X发布2010年…年度报告, holdout117-053) is
    # read as the page's own line too: the line that names the report is the one to ask whether it is news about it
    own += [(w, fold(t)) for w, t in first_lines[2:] if fold(t) == report_title][:1]
    other = next(((w, t) for w, t in own if _OTHER_REPORT_TITLE.search(t)), None)
    if other:
        evidence.append((f"{other[0]} names a year's report on another subject ({other[1][:40]})", -6.0))
    for where, value in own:
        word = _negative_word(value)
        if where == "first lines" and not _REPORT.search(value) and (word is None or ">" in value
                                                                      or "年" not in value):
            continue        # a first line that names nothing (a date, a breadcrumb) says nothing about the kind
        if word:
            if word == "通知" and _PRINTED_NOTICE.search(value) and _REPORT.search(value):
                evidence.append((f"a notice that prints the report ({where}: {value[:40]})", 2.0))
                return evidence, report_title
            if word in SOFT_WORDS or not _names_itself(value, word):
                # old annual reports were sometimes filed as a 工作总结; a word beside a title that is the report's
                # (目录 or a widget's label run into it) is weighed, not final
                evidence.append((f"{where} names a {word} ({value[:40]})", -6.0))
                continue
            evidence.append((f"{where} names a {word} ({value[:40]})", VETO))
            return evidence, report_title
        if _NEWS.search(value) and not _REPORT_TITLE.match(value):
            if _republished(value, text):
                evidence.append((f"{where} is a news headline over the report's own text ({value[:40]})", 4.0))
                return evidence, report_title
            evidence.append((f"{where} is news about a report ({value[:40]})", -6.0))
            return evidence, report_title
    if report_title:
        where = next(w for w, t in candidates if fold(t) == report_title)
        evidence.append((f"{where} names the report ({report_title[:40]})", 4.0))
    elif undated := next(((w, t) for w, t in own if _UNDATED_TITLE.match(t) and _REPORT.search(t)), None):
        evidence.append((f"{undated[0]} names a unit's report without its year ({undated[1][:40]})", 3.0))
    return evidence, report_title


# A title naming a year's report on another subject (关于2022年度法治政府建设情况的报告, 2023年镇政府工作报告, …绩效自评报告,
# 财政决算报告): another annual report, never the disclosure report, whose title names its 信息 or 公开 work somewhere
# (长春市宽城区人民政府2008年政府信息年度报告, …政府信息公开工作2011年年度报告). On the 3,399 tuning pages the own titles of
# 32 look-alikes end so and no report's does.
_OTHER_REPORT_TITLE = re.compile(r"^(?!.*(?:公开|信息)).*(?:19|20)\d{2}年度?[^.,;:]{2,30}?报告$")
# A presentation of the report (一图读懂…年度报告, 图解:…, 解读…) names the report first and itself by the word before it.
_PRESENTATION = re.compile(r"^.{0,6}?(?:一图读懂|一图看懂|图解|解读|政策问答)")


def _names_itself(title: str, word: str) -> bool:
    """The title names the page as the look-alike `word` says — certainly: the title does not end as a report title
    does (关于…年度报告的解读, 2023年政务公开工作要点, …的通知), or the word presents the report (一图读懂2023年…年度报告).
    or the word makes the report another kind (学年: a school's academic-year report). A look-alike word inside a
    title that is the report's (目录…年度报告, a widget label run into it) is not certain."""
    return word == "学年" or not _TITLE_END.search(title) or bool(_PRESENTATION.match(title))


# A news column republishing a unit's report whole under a headline (国土资源部发布2012年政府信息公开工作报告): the body
# opens as the report does, on the year and the unit the headline names (2012年,国土资源部认真按照…) or on the report's
# own 引言 (本报告根据《条例》…编制: 新闻出版总署公布2009年度…报告), with no reporter's words (近日/记者/报告显示). A news item
# about a report tells of it instead.
_HEADLINE = re.compile(rf"^(?P<unit>[{HAN}]{{2,30}}?)(?:发布|公布)(?:了)?(?:(?P<year>(?:19|20)\d{{2}})年度?"
                       f"{REPORT_KIND}|{YEAR_INSIDE_KIND})")
_REPORTER = re.compile(r"近日|日前|记者|报告显示|据了解|据悉|获悉|据介绍|通讯员")


def _republished(headline: str, text: str) -> bool:
    match = _HEADLINE.match(headline)
    if not match:
        return False
    body = fold(text)
    start = body.find(headline)
    body = body[start + len(headline):] if start >= 0 else body
    # (the year said as the year past: 一年来,交通运输部按照…, the way a report's 概述 opens)
    opening = re.compile(r"(?:" + re.escape(match.group("year") or match.group("inner_year")) + r"年度?|一年来|过去的?一年(?:里|中|来)?),?"
                         + re.escape(match.group("unit")))
    return bool(opening.search(body[:400]) or _COMPILED_ITSELF.search(body[:400])) and not _REPORTER.search(body[:1500])


def classify(text: str, *, title: str | None = None, meta: dict | None = None, url: str | None = None,
             link_text: str | None = None, column: str | None = None, url_title: str | None = None) -> Decision:
    """Weigh every piece of evidence; a report when the sum reaches THRESHOLD (4: a report title alone, or two
    of the report's own phrases with its section headings)."""
    text = text or ""
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS // 2] + "\n" + text[-MAX_CHARS // 2:]
    text = without_menu(text)
    body = fold(text)
    candidates = title_candidates(text, title, meta)
    evidence, report_title = _title_evidence(candidates, text)
    if not any(w <= VETO for _, w in evidence):
        evidence += _body_evidence(body, _head_lines(text)[:5])
        evidence += _context_evidence(url, link_text, column, url_title)
        named = [t for _, t in candidates] + [t for t in (url_title, link_text) if t]
        if opening := _opens_as_titled(body, named):
            evidence.append((f"the body opens on the year and unit its title names ({opening})", 2.0))
        if agreeing := _slug_and_opening_agree(url, body):
            evidence.append((agreeing, 2.5))
        evidence = _filed_as_summary(evidence)
        evidence = _titled_summary(evidence)
        evidence = _year_kept_by_title(evidence, report_title)
        if measure := _measure_heading_in_format_year(text, report_title):
            evidence.append((f"section 一 of a {measure[0]} page heads a work measure ({measure[1]}), not 总体情况", -2.0))
    score = sum(w for _, w in evidence)
    is_report = score >= THRESHOLD
    shown = "; ".join(f"{what} ({w:+g})" for what, w in evidence) or "no evidence either way"
    verdict = "a report" if is_report else "not a report"
    return Decision(is_report, f"{verdict} (score {score:g}, needs {THRESHOLD:g}): {shown}", score, report_title,
                    tuple(evidence))


# A unit's name without the government word a body sentence drops (黑龙江省人民政府 → 黑龙江省: 2010年,黑龙江省政府信息公开
# 工作坚持…)
_GOVERNMENT_WORDS = re.compile(r"(?:人民)?政府(?:办公[室厅])?$")


def _opens_as_titled(body: str, titles: list[str]) -> str | None:
    """The report's text opens on its year's work, as the template's 总体情况 does, naming the year and the unit that a
    title of the page names — wherever that title sits (a line, the URL a wiki names the page by, the link text).
    A page about a report (news, a 解读) opens on the news instead (近日/记者), and says so further on."""
    if _REPORTER.search(body[:1500]):
        return None
    for title_text in titles:
        folded = fold(title_text)
        if not _REPORT.search(folded):
            continue
        unit, year = title_parts(folded)
        core = _GOVERNMENT_WORDS.sub("", unit or "")
        if not year or len(core) < 2:
            continue
        for match in _WORK_YEAR.finditer(body[:300]):
            sentence = body[match.end():].split(".", 1)[0]
            at = sentence.find(core, 0, 8 + len(core))
            if match.group("year") == str(year) and at >= 0 and _DISCLOSURE.search(sentence, at, at + 200):
                return (match.group(0) + sentence[:at + len(core)])[:40]
    return None


# a year that opens the work's account (2010年, / 2023年度,), not the year of a date (2011年十二月二日海南省…印发)
_WORK_YEAR = re.compile(r"(?P<year>(?:19|20)\d{2})年(?:度|以来)?(?![\d一二三四五六七八九十]{1,2}月),?")
_DISCLOSURE = re.compile(r"信息公开|政务公开")


# The report format (国办公开办函〔2019〕60号, for the 2019 reports on) opens section 一 on 总体情况. A page of a year after the
# format's first (2020 on) whose first section 一 heads a work measure (一、加强组织领导,完善工作机制) is laid out as a work
# summary, work points or an essay about the year's work is. On the 3,546 tuning pages such a heading opens 7 reports,
# all of 2008-2019 (free-form years: 一、加强领导,健全制度), and 7 look-alikes of 2020 on (work summaries, work points, a
# notice, 法治政府 reports, a content farm's essay), no report of those years.
FORMAT_YEARS_FROM = 2020
_MEASURE_HEADING = re.compile(r"^一[,.](?P<measure>(?:加强|强化|完善|健全|深化|推进|坚持|提高|提升|扎实|狠抓|注重|突出|夯实|优化|规范|"
                              r"创新|抓好|落实|严格|全面)[^,.]{0,12})")
_SECTION_ONE = re.compile(r"^一[,.]")


def _measure_heading_in_format_year(text: str, report_title: str | None) -> tuple[int, str] | None:
    """(the title's year, the measure) when the page's title names a report of a format year and its first section 一
    heading is a work measure (see _MEASURE_HEADING), else None."""
    year = title_parts(report_title)[1] if report_title else None
    if not year or year < FORMAT_YEARS_FROM:
        return None
    first = next((line for line in map(fold, text.splitlines()[:400]) if _SECTION_ONE.match(line)), None)
    match = _MEASURE_HEADING.match(first or "")
    return (year, match.group("measure")) if match else None


def _filed_as_summary(evidence: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """A 工作总结 title over a body that publishes the annual report by name (特向社会公布…年度报告): the title is
    the column's filing label, the body is the report. The title still weighs, less."""
    if not any(what == "announces the report" for what, _ in evidence):
        return evidence
    return [(what + " over a body that publishes the report", -2.0) if w == -6.0 and "工作总结" in what else (what, w)
            for what, w in evidence]


def _titled_summary(evidence: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """A page whose own title names the report and whose body sums its year up (现将政务公开工作总结如下): the report's
    wording, not a 工作总结's (a 工作总结 names itself in its title, and that weighs there)."""
    if not any(what.endswith(")") and " names the report (" in what and w >= 4.0 for what, w in evidence):
        return evidence
    return [(what, w) for what, w in evidence if not what.startswith("calls its text a summary")]


# A year held by a placeholder (20xx年, 201x年) is a writing sample's wherever it stands; a year merely missing (自年1月1日)
# is one only where the title misses it too.
_PLACEHOLDER_YEAR = re.compile(r"20(?:xx|XX|ＸＸ|××|\*\*|○○|\d[xXＸ×*○])年")


def _year_kept_by_title(evidence: list[tuple[str, float]], report_title: str | None) -> list[tuple[str, float]]:
    """A writing sample blanks its year everywhere, its title's too; a page whose own title names the report with its
    year (衢州市环境保护局2010年…年度报告) and whose period alone lost the digits (统计期限自年1月1日起至止) is a copy that
    lost numbers, not a sample: the missing year weighs nothing there."""
    if not report_title or not title_parts(report_title)[1]:
        return evidence
    return [(what, w) for what, w in evidence
            if not (what.startswith("its year is blanked (") and not _PLACEHOLDER_YEAR.search(what))]


def section_headings(body: str) -> list[str]:
    """The names of the section headings (either template, or pre-2019) found in folded text."""
    return [name for name, pattern in _HEADINGS if pattern.search(body)]


def _body_evidence(body: str, opening: list[str]) -> list[tuple[str, float]]:
    evidence: list[tuple[str, float]] = []
    # a cited document's long title (根据《…》和《…的通知》要求,由…编制) must not push a phrase past its reach,
    # nor may a cited title (《关于做好…年度报告…的通知》) count as the page's own words
    uncited_body = _CITED.sub("《》", body)
    for name, pattern, weight in _SELF_PHRASES:
        if pattern.search(body) or pattern.search(uncited_body):
            evidence.append((name, weight))
    if _STANDARD_OPENING.search(uncited_body[:400]):
        evidence.append((_STANDARD, 2.0))
    if _PUBLISHING_OPENING.search(body[:600]):
        # the whole of what the page says about itself, and all a report's opening needs to say
        evidence.append(("the opening sentence publishes the report by its title (根据《条例》…要求,发布《…年度报告》)", 4.0))
    if _FORMAT_CITED.search(body[:1500]):
        evidence.append(("cites the report format (…年度报告格式)", 1.0))
    if _OWN_TITLE_SENTENCE.search(body[:600]) and any(n in _OWN_PHRASES for n, _ in evidence):
        # the page's own words name the report it is, with its year, beside another phrase only a report says
        evidence.append(("the opening sentence names the report with its year", 2.0))
    headings = section_headings(body)
    if headings:
        weight = {1: 0.5, 2: 1.5, 3: 3.5}.get(len(headings), 4.0)
        evidence.append((f"{len(headings)} section headings ({'、'.join(headings)})", weight))
    opening_lines = "\n".join(fold(line) for line in opening)
    if not _OPENING.search(opening_lines):
        if _WORK_HEADING.search(opening_lines):
            # a pre-2019 report's section 一 headed by its disclosure work in its own words, its account opening on the
            # year (一、领导重视,信息公开工作稳步推进 / 2014年,我局…): as the template's headings weigh; on the 2,170 real
            # pages it opens reports only (9), no work summary or guide (their 一、 heads a topic, not the year's account)
            evidence.append(("opens with section 一 on the year's 信息公开 work (一、…信息公开工作… / 20XX年,)", 2.5))
        elif _YEAR_PARAGRAPH.search(opening_lines) and any(n in _OWN_PHRASES for n, _ in evidence):
            # no heading, but a paragraph opening on the year's disclosure work (2018年,宿安乡继续把政府信息公开…)
            # beside a phrase only a report says (本报告由概述、…部分组成): the 总体情况 without its heading
            evidence.append(("a paragraph opens on the year's 政府信息公开 work", 1.0))
    else:
        evidence.append(("opens with section 一 (总体情况/概述)", 2.5))
        if _SUBHEADING.search(body[:3000]):
            evidence.append(("sub-heading (一)主动公开", 1.0))
        if _PART_OF_YEAR.search(body[:800]):
            evidence.append(("section 一 accounts for part of a year (一季度/上半年)", -2.0))
        elif _YEAR_OF_WORK.search(body[:800]) or _YEAR_PARAGRAPH.search(opening_lines) \
                or _YEAR_OF_WORK_SECOND.search(body[:800]):
            # the template's 总体情况 opens on the year's disclosure work (2022年,我县认真贯彻…政府信息公开条例…,
            # 市应急局紧紧围绕…全面推进政务公开工作), under its heading or as the paragraph over it (2018年,管委会办公室
            # 积极贯彻落实《…信息公开条例》… / 一、基本工作情况)
            evidence.append(("section 一 opens on the year's 政府信息公开 work", 1.0))
        elif re.search(r"(?:政府信息公开|政务公开)", body[:600]):
            evidence.append(("the opening speaks of 政府信息公开", 0.5))
    subsections = {m.group("name") for m in _TEMPLATE_SUBSECTIONS.finditer(body[:8000])}
    if len(subsections) >= 2:
        evidence.append((f"the template's sub-sections of 总体情况 ({'、'.join(sorted(subsections))})", 1.5))
    if _FIRST_PERSON.search(body[:3000]):
        evidence.append(("speaks of its own 政府信息公开 work (我县/我局…)", 1.0))
    if _YEAR_OWN_WORK_REPORTED.search(body[:1500]):
        evidence.append(("opens on its year's own disclosure work, reported (2014年,我局…信息公开情况报告如下)", 1.5))
    if _YEAR_END_STATE.search(body[:3000]):
        evidence.append(("states its disclosure work at the year's end (截至20XX年底,…信息公开工作运行正常)", 2.0))
    if _WHOLE_YEAR_OWN.search(body[:3000]):
        evidence.append(("the unit's own account of a whole calendar year (自…1月1日起至…12月31日,我中心…)", 2.0))
    if _WORK_SINCE.search(body[:3000]) and _WORK_STAFF.search(body[:3000]):
        evidence.append(("accounts for its disclosure machinery (开展…工作 since a date, N名…工作人员)", 1.0))
    headers = set(_TABLE_HEADERS.findall(body))
    if len(headers) >= 3:
        # five or more of the template's header words are its tables themselves (a header row, 第二十条第(一)项 |
        # 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量), not a word of them quoted in prose: only a report prints
        # them, or the format a notice attaches (its title and wording veto it)
        weight = 4.0 if len(headers) >= 5 else 3.0
        evidence.append((f"{len(headers)} table headers ({'、'.join(sorted(headers)[:4])}…)", weight))
    window = body[:8000]
    figures = [name for name, pattern in _FIGURES if _FIGURE_WORDS[name] in window and pattern.search(window)]
    if len(figures) >= 2:
        evidence.append((f"gives its year's figures on {len(figures)} of the report's topics ({'、'.join(figures)})",
                         1.5 if len(figures) == 2 else 2.5))
    head = _RELATED_LINK_LINE.sub("", body[:400])     # (a link to its 解读 is no interpretation wording of its own)
    if _SCHOOL_YEAR.search(body[:3000]):
        evidence.append(("an academic year's report (a school's, 2021—2022年度)", -6.0))
    if _SCHOOL_PERIOD.search(body[:3000]):
        # a period no 条例 report has: it outweighs the report's own phrases a school's report shares (统计期限,
        # 本报告由…编制, its parts listed)
        evidence.append(("a school year's statistics period (9月1日 to 8月31日)", -12.0))
    if _SCHOOL_RULES.search(body[:600]):
        evidence.append(("reports under the colleges' rules (高等学校信息公开办法)", -6.0))
    if _foreign(body[:3000]):
        evidence.append(("written mostly in another language (a summary or translation of a report)", -6.0))
    if _NOTICE.search(body[:3000]):
        evidence.append(("notice wording", -4.0))
    if _INTERPRETATION.search(_INCLUDED_NOTE.sub("", head)):
        evidence.append(("interpretation wording at the top", -4.0))
    blank = _BLANKED_UNIT.search(body[:600])
    if blank:
        # a writing sample (范文) with its government blanked: no government publishes its report unnamed
        evidence.append((f"its own unit is blanked ({blank.group(0)}: a writing sample)", _BLANK_WEIGHT))
    elif blank_year := _BLANKED_YEAR.search(body[:600]):
        evidence.append((f"its year is blanked ({blank_year.group(0)}: a writing sample)", _BLANK_WEIGHT))
    elif blank_count := _BLANKED_COUNT.search(body[:600]):
        evidence.append((f"a count is blanked ({blank_count.group(0)}: a masked copy)", _BLANK_WEIGHT))
    if re.search(r"近日|日前|记者", head) and _NEWS.search(body[:1500]):
        evidence.append(("news wording", -4.0))
    titles = {m.group(0)[-40:] for m in _REPORT_TITLE.finditer(body[:6000])}
    years = set(re.findall(r"((?:19|20)\d{2})年度?", " ".join(titles)))
    if len(titles) >= 4 and len(years) >= 3:
        evidence.append((f"a list of {len(titles)} reports of {len(years)} years (a column page)", -8.0))
    return evidence


# A page name spelling a whole report title in pinyin initials (2008ntjshxqzfxxgkndbggs…: 2008年天津市河西区政府信息公开
# 年度报告公示) — a unit's initials between the year and the kind, nothing after the kind but a publishing word (gs 公示,
# gb 公布, fb 发布) and the page's number — and a body whose first sentence cites the 条例 the report answers to: two
# sources agreeing on what a short copy is when it keeps no title and no phrase only a report says (a baike mirror's
# opening mid-report). Neither alone decides: a slug naming the report weighs 1.5 on its own, a body citing the 条例
# nothing; a 解读's slug (…ndbgjd) and a news page's own URL spell no such name.
_WHOLE_SLUG_TAIL = re.compile(r"(?:gs|gb|fb)?[-_]?\d*(?:\.\w{2,5})?$", re.I)
_OPENS_ON_THE_RULES = re.compile(r"^[^.]{0,80}?政府信息公开条例")


def _slug_and_opening_agree(url: str | None, body: str) -> str | None:
    page = urlsplit(url or "").path.rsplit("/", 1)[-1]
    slug = _REPORT_SLUG.search(page)
    if not (slug and len(slug.group("unit")) >= 4 and _WHOLE_SLUG_TAIL.fullmatch(page[slug.end():])):
        return None
    if not _OPENS_ON_THE_RULES.search(body.lstrip()):
        return None
    return f"the page name spells a unit's whole report title ({slug.group(0)}) and the body opens on the 条例"


# A markup tag left in a page's text (<legend id="h4sia"></legend>: a hijacked mirror's filler lines over the report): its
# letters are markup, not a language the page is written in. (Folded text has lost the space after the tag's name:
# <legendid="h4sia">, so a tag is anything but brackets and Chinese between them.)
_MARKUP_TAG = re.compile(r"</?[A-Za-z][^<>\u4e00-\u9fff]{0,200}>")


def _foreign(body: str) -> bool:
    """Mostly Latin words (an English summary under the report's Chinese title): not the report itself. Folded
    text has no spaces, so words are runs of letters; a Chinese character says about as much as two letters."""
    letters = sum(len(w) for w in _LATIN_WORD.findall(_MARKUP_TAG.sub("", body)))
    return letters >= 200 and letters > 2 * len(_CJK.findall(body))


def _context_evidence(url: str | None, link_text: str | None, column: str | None,
                      url_title: str | None = None) -> list[tuple[str, float]]:
    evidence: list[tuple[str, float]] = []
    # a title the URL spells in characters (a wiki mirror names the page after it, percent-encoded): the page's name,
    # weighed as the link text is
    # (a look-alike's name weighs against as its link text does, whatever it names)
    named = fold(url_title)
    if named and (word := _negative_word(named)):
        evidence.append((f"URL names a {word}", -3.0))
    elif named and _REPORT.search(named) and re.search(r"(?:19|20)\d{2}", named):      # (2009上海市…: no 年 in a name)
        # a path part that is a whole title, its unit and year (成都市2008年政府信息公開工作年度報告: a wiki names the
        # page by it) is the page's own name, as a title line is; a part of it names the report less surely
        # (not a headline about it: 黑龙江省人民政府发布2010年度…报告)
        whole = all(title_parts(named)) and _TITLE_ONLY.fullmatch(named) and not re.search(r"发布|公布|印发|关于", named)
        evidence.append((f"URL names the report ({named[:40]})", 4.0 if whole else 2.0))
    link = fold(link_text)
    if link:
        word = next((w for w in NEGATIVE_TITLE_WORDS if w in link), None)
        if word:
            evidence.append((f"link text names a {word}", -3.0))
        elif _REPORT_TITLE.search(link):
            evidence.append(("link text names the report", 2.0))
    column_text = fold(column)
    if column_text:
        if _REPORT_COLUMN.search(column_text):
            evidence.append((f"column {column_text[:20]}", 1.0))
        elif _OTHER_COLUMN.search(column_text):
            evidence.append((f"column {column_text[:20]}", -1.0))
    if url and _REPORT_SLUG.search(url):
        evidence.append(("URL slug spells the report title (pinyin initials)", 1.5))
    elif url and re.search(r"AnnualReport\.\w+\?", url, re.I):
        # a CMS's annual-report module shows nothing but the report (jcms's xxgkAnnualReport.jsp?area=…&fbtime=2018)
        evidence.append(("URL of an annual-report module (…AnnualReport.jsp?)", 1.5))
    elif url and _REPORT_URL.search(url):
        evidence.append(("URL of a report column", 0.5))
    return evidence
