"""Issue 13, sixteenth round: the short forms (简称) of government bodies are spelled out from one table
(url_units.name_table) by one rule (metadata._spelled_out), and names already full stay as they are; then the unit
kinds and the doubled level holdout15 showed, each on an excerpt of a real page (verbatim, cut short) with the hints
the pipeline gives."""

import pytest
from nianbao.parse.metadata import normalise_agency, unit_level
from nianbao.parse.report import parse_report
from nianbao.parse.url_units import OFFICIAL_SHORT_FORMS, _in_order, name_table, short_forms


def _txt(text: str, url: str | None = None, **hints) -> dict:
    return parse_report(text.encode(), "text/plain", url, hints)


def _entries() -> list[tuple[list[str], list[str]]]:
    return [(full.split("|"), [s for s in short.split("|") if s])
            for full, _, short in (entry.partition("/") for entry in name_table())]


@pytest.mark.parametrize("place", ["沂源县", "北京市", "西藏自治区", "区"])
def test_every_short_form_of_the_table_is_spelled_out_after_a_place(place):
    """Each short form becomes the full name of its entry; the only ones kept are official names (交通局) and short
    forms two full names of their entry could spell (文旅局: 文化和旅游局 or 文化广电旅游局)."""
    spelled = short_forms()
    for names, shorts in _entries():
        for short in shorts:
            if short in spelled:
                assert spelled[short] in names, short
                assert normalise_agency(place + short) == place + spelled[short], short
            else:
                ambiguous = len([n for n in names if short[-1] in n[-3:] and _in_order(short, n)]) > 1
                assert short in OFFICIAL_SHORT_FORMS or ambiguous, short
                assert normalise_agency(place + short) == place + short, short


def test_full_names_of_the_table_are_never_expanded_again():
    """A name already full (…委员会, …办公室, …联合会) gets no second expansion: 民族事务委员会 is not 民族事务委员会员会."""
    for names, _ in _entries():
        for name in names:
            assert normalise_agency("沂源县" + name) == "沂源县" + name, name
    assert normalise_agency("西藏自治区民族事务委员会") == "西藏自治区民族事务委员会"
    assert normalise_agency("北京市信访办公室") == "北京市信访办公室"
    # a one-character short commission the table does not know is kept, not made a 委员会 (民委员会 was the bug); a
    # longer core still is one (物价委 → 物价委员会)
    assert normalise_agency("县侨委") == "县侨委" and normalise_agency("县物价委") == "县物价委员会"
    # a short form is spelled out only after a place, a level or 政府, never as the tail of other words
    assert normalise_agency("某某居民委") != "某某居民族事务委员会"


def test_a_national_zongjus_short_form_names_the_state_councils_body():
    """质检总局 and 国家质检总局 are the one 国家质量监督检验检疫总局 (no province or county has a 总局, so no 总厅 is
    derived); a local bureau under a 总局 keeps its own name (国家税务总局佛山市税务局); a short form two full names share
    (城管执法局: 城市管理行政执法局 or 城市管理和综合执法局) is kept as printed."""
    from nianbao.parse.url_units import NATIONAL_BODIES, national_name

    spelled = short_forms()
    for full, _, shorts in (entry.partition("/") for entry in NATIONAL_BODIES):
        for short in (s for s in shorts.split("|") if s):
            assert spelled[short] == full and normalise_agency(short) == full, short
    assert normalise_agency("国家质检总局") == normalise_agency("质检总局") == "国家质量监督检验检疫总局"
    assert not any(short.endswith("总厅") for short in spelled)
    assert normalise_agency("国家税务总局佛山市税务局") == "国家税务总局佛山市税务局"
    assert normalise_agency("铜陵市城管执法局") == "铜陵市城管执法局"
    # the State Council's body of a local department's name, where the page says it is one (agency)
    assert national_name("国有资产监督管理委员会") == "国务院国有资产监督管理委员会"
    assert national_name("统计局") == "国家统计局" and national_name("审计局") is None


def test_the_table_holds_the_common_short_forms_old_and_new():
    """The 简称 used across provinces, today's and the old ones (经贸局, 计生委, 文广新局, 安监局, 农委, 扶贫办)."""
    spelled = short_forms()
    for short, full in {"发改委": "发展和改革委员会", "工信局": "工业和信息化局", "人社局": "人力资源和社会保障局",
                        "卫健委": "卫生健康委员会", "市场监管局": "市场监督管理局", "退役军人局": "退役军人事务局",
                        "信访办": "信访办公室", "民委": "民族事务委员会", "民宗局": "民族宗教事务局", "编办": "机构编制委员会办公室",
                        "经贸局": "经济贸易局", "计生委": "人口和计划生育委员会", "文广新局": "文化广电新闻出版局",
                        "安监局": "安全生产监督管理局", "农委": "农业委员会", "扶贫办": "扶贫开发办公室",
                        "残联": "残疾人联合会", "科协": "科学技术协会", "工商联": "工商业联合会", "妇联": "妇女联合会",
                        "综合执法局": "综合行政执法局"}.items():
        assert spelled[short] == full


def test_a_commission_and_an_office_in_short_are_spelled_out_on_real_pages():
    """西藏自治區(qū)民委 (a mirror of the region's page: 民委, not 民委员会) and 由北京市信访办编制, 沂源县经贸局 (a 2009
    unit, merged since: the title's name over the uploader's today's name); the raw string is kept beside."""
    nationalities = _txt("| 標 題 | 西藏自治區(qū)民委2023年政府信息公開工作年度報告 | ||\n"
                         "西藏自治區(qū)民委2023年政府信息公開工作年度報告?\n?\n"
                         "根據(jù)《中華人民共和國政府信息公開條例》(國務院令第711號)要求,特向社會公布2023年",
                         "http://www.f93777.com/zwgk/xxgk_424/xxgknb/2023nb/202402/t20240221_404515.html",
                         portal_name="西藏自治区", region_code="540000")
    assert (nationalities["agency"], nationalities["agency_raw"], nationalities["level"]) == \
        ("西藏自治区民族事务委员会", "西藏自治区民委", "department")
    petitions = _txt("本报告是根据《中华人民共和国政府信息公开条例》要求,由北京市信访办编制的2014年度政府信息公开年度报告。\n"
                     "全文包括概述,主动公开政府信息的情况,依申请公开政府信息情况,",
                     "https://xfb.beijing.gov.cn/zwgkyxxgks/zfxxgknew/zfxxgknb/2014n/202001/t20200119_1617797.html",
                     portal_name="北京市", region_code="110000")
    assert (petitions["agency"], petitions["agency_raw"]) == ("北京市信访办公室", "北京市信访办")
    trade = _txt("标题: | 2009年度政府信息公开工作年度报告 (沂源县经贸局) | ||\n---|---|---|---|\n"
                 "发文日期: | 2010-02-12 | 发布机构: | 沂源县工业和信息化局 |\n2009年度政府信息公开工作年度报告\n"
                 "(沂源县经贸局)\n沂源县经贸局 2009年度政府信息公开工作年度报告是根据《中华人民共和国政府信息公开条例》的要求,"
                 "由县经贸局信息物流科负责组织编制。",
                 "http://www.yiyuan.gov.cn/gongkai/site_yyxgyhxxhj/channel_c_5f9f6caf744146b464b6e881_n_1605851344.624/"
                 "doc_5fd96a26b4bfb20ae8ca7154.html", portal_name="沂源县", region_code="370323")
    assert (trade["agency"], trade["agency_raw"]) == ("沂源县经济贸易局", "沂源县经贸局")


def test_a_level_printed_twice_before_the_government_is_read_once():
    """2018年,南阳市市按照省委…: the city once (南阳市人民政府); 济南市市中区 is a district and keeps its 市中."""
    assert normalise_agency("南阳市市") == "南阳市人民政府"
    assert normalise_agency("南阳市市政府") == "南阳市人民政府"
    assert normalise_agency("济南市市中区") == "济南市市中区人民政府"
    record = _txt("本报告根据《中华人民共和国政府信息公开条例》(国务院令第492号,以下简称《条例》)和省、市信息公开有关工作制度,"
                  "由南阳市人民政府办公室综合2018年南阳市各县(区)、市直部门政府信息公开工作年度报告基础编制。\n一、概述\n"
                  "2018年,南阳市市按照省委、省政府和市委、市政府的决策部署,认真落实《条例》。",
                  "https://m.soulrig.com/2019/03-29/740696.html", portal_name="南阳市", region_code="411300")
    assert record["agency"] == "南阳市人民政府"


def test_unit_kinds_a_huaqiao_area_a_street_office_in_preparation_and_a_company():
    """柳城县伏虎华侨管理区 (a former overseas-Chinese farm, a township-level unit: no 管委会 added), 东湖街道办事处筹备处
    (a street office being set up reports as the street), 白银市动力公司 (a city-owned company: other, not a department)."""
    assert unit_level("柳城县伏虎华侨管理区") == "township"
    assert unit_level("北京市朝阳区东湖街道办事处筹备处") == "township"
    assert unit_level("白银市动力公司") == "other" and unit_level("桐乡市水务集团有限公司") == "other"
    assert unit_level("随县经济开发区管理委员会") == "development_zone"
    huaqiao = _txt("柳城县伏虎华侨管理区2025年政府信息公开工作年度报告\n柳城县伏虎华侨管理区2025年政府信息公开\n工作年度报告\n"
                   "2025 年,管理区在县委、县政府的正确领导下,以习近平新时代中国特色社会主义思想为指导,",
                   "http://www.liucheng.gov.cn/xxgk/zfxxgknb/bm/202601/t20260119_3715203.shtml",
                   portal_name="柳城县", region_code="450222")
    assert (huaqiao["agency"], huaqiao["level"]) == ("柳城县伏虎华侨管理区", "township")
    street = _txt("首页>>政府信息公开>>政府信息公开年报\n\n2014年北京市朝阳区东湖街道办事处筹备处政府信息公开工作年度报告\n\n"
                  "日期:2015-03-30 10:35 来源:东湖街道 打印页面 关闭页面\n\n本报告是根据《中华人民共和国政府信息公开条例》",
                  "http://www.bjchy.gov.cn/zfxxgk/gknb/5e240ef6ab75c16cfc17f3d3.html", portal_name="朝阳区",
                  region_code="110105")
    assert street["level"] == "township"


def test_a_unit_named_only_as_the_subject_of_its_opening_or_of_its_year_report():
    """樂山高新區管委會2010年年報根據《條例》…進行編制 (the zone's year report compiled) and 一、總體情況 2019年度,襄陽中環
    (huán)水務(wù)有限公司在市信息公開辦的指導(dǎo)下 (a company as the subject, after section 一's heading run into the first
    line): the unit, not the portal's government."""
    zone = _txt("2010年政府信息公開工作年度報告\n\n樂山高新區管委會2010年年報根據《條例》)和《實施辦法》規定進行編制。全文包括概述,"
                "主動公開政府信息情況,政府信息依申請公開情況,政府信息公開的收費及減免情況", portal_name="乐山市", region_code="511100")
    assert (zone["agency"], zone["level"]) == ("乐山高新区管理委员会", "development_zone")
    company = _txt("一、總體情況 2019年度,襄陽中環(huán)水務(wù)有限公司在市信息公開辦的指導(dǎo)下,根據(jù)《中華人民共和國(guó)政府信息公開條例》"
                   "(以下簡(jiǎn)稱《公開條例》),主動(dòng)向社會(huì)進(jìn)行了公開。", portal_name="襄阳市", region_code="420600")
    assert (company["agency"], company["level"]) == ("襄阳中环水务有限公司", "other")


def test_a_self_inspection_of_disclosure_work_is_no_report():
    """现将我局自查情况汇报如下 (a writing site's masked 自查报告 of a bureau): its section 一 reads like a report's, but a
    unit's check of its own work for an inspector is not the annual report."""
    text = ("20xx年,我局认真按照省、市、区政府信息公开工作的要求和部署,把政府信息公开工作纳入我局重要的议事日程。根据《关于进一步"
            "做好政府信息公开工作的实施意见》(x府办[20xx]46号)和《关于对政府信息公开工作落实情况开展督查工作的紧急通知》"
            "(x效能办[20xx]26号)的文件精神要求,现将我局自查情况汇报如下:\n一、主动公开政府信息情况\n")
    record = _txt(text, "https://skfzc.org.cn/zichabaogao/7722.html")
    assert record["is_report"] is False and "self-inspection" in record["is_report_reason"]


def test_a_department_named_by_its_field_takes_the_kind_it_calls_itself():
    """我局…“健康喀左”…卫生健康工作 (kazuo.gov.cn): the county's health department as the page calls itself, a 局 (卫生健康局),
    not the entry's first name (卫生健康委员会), which provinces use for the same department."""
    record = _txt("根据《中华人民共和国政府信息公开条例》(以下简称《条例》)规定编制本报告。报告数据统计期限为2025年1月1日至2025年12月31日。\n"
                  "一、总体情况\n(一)主动公开。2025年度,我局及时将业务范围内有关事项在县人民政府网站主动公开,内容涵盖医疗卫生政策法规、"
                  "行政许可和行政处罚信息、公共卫生服务项目和医疗服务价格等内容。同时通过“健康喀左”微信公众号发布136条信息,"
                  "及时向公众传递卫生健康工作动态和健康科普知识。",
                  "https://www.kazuo.gov.cn/html/KZXZF/202601/0176855559295024.html",
                  portal_name="喀喇沁左翼蒙古族自治县", region_code="211324")
    assert (record["agency"], record["level"]) == ("喀喇沁左翼蒙古族自治县卫生健康局", "department")


def test_the_state_councils_table_names_each_body_once_and_its_short_forms_one_body_each():
    """The table of the State Council's bodies is complete by kind (ministries 部, offices 国务院…办公室, bureaus 国家…局,
    commissions 中国…监督管理委员会): every short form names one body and spells it out (国务院侨办 → 国务院侨务办公室, 人社部
    → 人力资源和社会保障部, 证监会), full names stay as they are, no province's 厅 is derived from a national body (国家林草厅),
    and a form of two characters (国办, as in 国办公开办函) is no short form."""
    from nianbao.parse.url_units import NATIONAL_BODIES, national_full_names

    owners: dict[str, str] = {}
    for full, _, shorts in (entry.partition("/") for entry in NATIONAL_BODIES):
        for short in (s for s in shorts.split("|") if s):
            assert short not in owners, (short, owners.get(short), full)
            owners[short] = full
            assert len(short) >= 3, short
    fulls = national_full_names()
    assert len(fulls) == len([n for entry in NATIONAL_BODIES for n in entry.partition("/")[0].split("|")])
    for name in fulls:
        assert normalise_agency(name) == name, name
    spelled = short_forms()
    assert not any(short[:-1] + "厅" in spelled for short in owners if short.endswith("局"))
    assert "国办" not in spelled
    for short, full in {"国务院侨办": "国务院侨务办公室", "国务院国资委": "国务院国有资产监督管理委员会", "国台办": "国务院台湾事务办公室",
                        "国家发改委": "国家发展和改革委员会", "人社部": "人力资源和社会保障部", "国管局": "国家机关事务管理局",
                        "证监会": "中国证券监督管理委员会", "国家林草局": "国家林业和草原局"}.items():
        assert normalise_agency(short) == full, short
    # 国务院 stands where a place would, as 国家 does: a local short form after it is spelled out (国务院法制办 is listed,
    # 国务院侨办 too; 国务院 + 研究室 is a full name and stays)
    assert normalise_agency("国务院研究室") == "国务院研究室"
    # a county's office keeps its county (泾县侨办 → 泾县侨务办公室), never the State Council's
    assert normalise_agency("泾县侨办") == "泾县侨务办公室"


def test_a_run_of_pinyin_annotations_after_one_character_goes_whole():
    """中(zhong)(zhong)(zhong)央 (holdout36-026, a mirror that spliced the annotation in three times) reads 中央, as
    蓬江區(qū) reads 蓬江區; a bracket of digits or capitals is no annotation."""
    from nianbao.parse.report import _PINYIN

    assert _PINYIN.sub("", "黨中(zhong)(zhong)(zhong)央、國(guo)務(wu)院") == "黨中央、國務院"
    assert _PINYIN.sub("", "蓬江區(qū)發(fā)展和改革局") == "蓬江區發展和改革局"
    assert _PINYIN.sub("", "年报(2023)(PDF)") == "年报(2023)(PDF)"
