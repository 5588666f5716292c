"""Issue 13 on text nobody tidied: agency from every source (recorded, normalised, raw kept, never a phrase cut
from a cited document), titles printed on two lines, table rows as real reports print them, the real-page
set's floors, and bad input keeping its contract."""

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from nianbao.parse.agency import resolve_agency
from nianbao.parse.report import parse_report

from benchmarks.realpage_accuracy import core_name, load, parse_page, run, without_title
from tests.parse.builders import applications_table, applications_values, page, report_body
from tests.parse.test_properties import assert_well_formed

FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _txt(text: str, **hints) -> dict:
    return parse_report(text.encode(), "text/plain", None, hints)


# --- agency ------------------------------------------------------------------------------------------------

def test_a_cited_documents_title_is_never_the_agency():
    text = ("根据《中华人民共和国政府信息公开条例》和《省政务公开领导小组办公室关于做好2020年度政府信息公开工作年度报告编制发布"
            "工作的通知》要求，编制本报告。\n一、总体情况\n2020年，我县认真落实政务公开工作部署。")
    record = _txt(text, portal_name="岚川县人民政府", region_code="")
    assert record["agency"] == "岚川县人民政府" and "领导小组" not in json.dumps(record["agency_sources"], ensure_ascii=False)
    assert record["agency_sources"][0]["source"] == "self_reference"


def test_we_the_county_resolves_against_the_region_code():
    record = _txt("一、总体情况\n2023年，我县认真落实政务公开工作部署。", region_code="621124")
    assert (record["agency"], record["level"]) == ("临洮县人民政府", "county_government")


def test_an_office_that_compiles_or_answers_stands_for_its_unit():
    """本报告由××办公室编制 and 请联系××办公室 name the office doing the work; the unit it belongs to reports. An
    office with no unit in its name is where to ask, not who reports (the portal follows)."""
    cases = (("本报告由东亭街道综合办公室编制。\n一、总体情况\n2022年，东亭街道认真落实政务公开工作。", {}, "东亭街道办事处"),
             ("本年度报告根据条例要求，由中江县人民政府办公室组织编制。", {}, "中江县人民政府"),
             ("一、总体情况\n如对本报告有疑问，请联系：南关区长通街道办事处办公室。", {}, "南关区长通街道办事处"),
             ("一、概述\n如对本报告有任何疑问，请联系：乌鲁木齐市信息化工作办公室。",
              {"portal_name": "乌鲁木齐市人民政府"}, "乌鲁木齐市人民政府"),
             ("一、概述\n如对本报告有任何疑问，请联系：伊宁县县人民政府电子政务办公室。", {}, "伊宁县人民政府"),
             ("一、概述\n如对本报告有任何疑问，请联系：昆都仑区市府东路街道党群服务中心。", {}, "昆都仑区市府东路街道办事处"))
    for text, hints, agency in cases:
        assert _txt(text, **hints)["agency"] == agency, text[:30]


def test_words_before_a_unit_and_self_references_are_no_part_of_its_name():
    assert resolve_agency(title="最新官网安徽省人民政府2019年政府信息公开工作年度报告").name == "安徽省人民政府"
    assert resolve_agency(title="国家税务总局杭州市税务局2019年政府信息公开工作年度报告").name == "国家税务总局杭州市税务局"
    assert resolve_agency(text="2023年，根据条例要求，公开我局2022年度政府信息公开工作年度报告。").name is None
    record = _txt("一、总体情况\n2023年，铜官区金口岭社区认真落实政务公开工作，我社区主动公开信息20条。")
    assert record["agency"] == "铜官区金口岭社区"
    assert resolve_agency(title="省交通运输厅2020年政府信息公开工作年度报告", region_code="370000").name \
        == "山东省交通运输厅"


def test_the_compiling_sentence_and_the_raw_name_beside_the_normalised_one():
    record = _txt("本报告由临洮县政府办编制。\n一、总体情况\n2023年，我办认真落实政务公开工作部署。")
    assert (record["agency"], record["agency_raw"]) == ("临洮县人民政府办公室", "临洮县政府办")
    assert record["agency_sources"][0]["source"] == "compiled_by"


def test_the_unit_whose_work_or_whose_drawing_together_the_opening_names():
    """Real openings (holdout9 pages of 成都, 泰安 and 湖南): the unit named beside what it draws on, and a government's
    office that reports on its own work (not compiling for its government)."""
    drawn = ("本报告根据《中华人民共和国政府信息公开条例》 、 《成 都市政府信息公开规定》的要求,由成都市住房和城乡建设 "
             "局综合全年信息公开情况编制而成.报告共分概述、主动公开政府信息情况、依申请公开政府信息情况等七个部分及附表.")
    assert resolve_agency(text=drawn, portal_name="成都市").name == "成都市住房和城乡建设局"
    office = ("根据《中华人民共和国政府信息公开条例》(国务院令第711号,以下简称《条例》)要求,结合泰安市人民政府办公室"
              "政府信息公开工作实际,编制发布本报告。")
    assert resolve_agency(text=office, portal_name="泰安市", region_code="370900").name == "泰安市人民政府办公室"
    counsellors = ("依据《中华人民共和国政府信息公开条例》、《湖南省行政程序规定》和2011年度湖南省参事室信息公开工作情况编制,"
                   "根据省政府办公厅政务公开工作处的通知要求,现将2011年度信息公开工作情况报告如下。")
    assert resolve_agency(text=counsellors, portal_name="湖南省").name == "湖南省参事室"
    # (a mirror of 瓯海's page, converted from Traditional: the report's own title after 编制的, the 区 dropped)
    own = ("本年报是根据《中华人民共和国政府信息公开条例》要求编制的瓯海发展和改革局2018年度政府信息公开年度报告。"
           "本报告由概述,政府信息主动公开情况,依申请公开政府信息情况组成。")
    found = resolve_agency(text=own, portal_name="瓯海区", region_code="330304")
    assert (found.name, found.raw, found.source) == ("瓯海区发展和改革局", "瓯海发展和改革局", "compiled_by")
    # the portal's core before a zone's or a bureau's name not of a department stays as printed
    assert resolve_agency(text=own.replace("瓯海发展和改革局", "瓯海经济开发区"), portal_name="瓯海区",
                          region_code="330304").name == "瓯海经济开发区管理委员会"
    # the office that compiles for its government still reports for the government
    compiling = "本报告由泰安市人民政府办公室编制。"
    assert resolve_agency(text=compiling, portal_name="泰安市").name == "泰安市人民政府"


def test_a_title_below_the_pages_information_block_is_still_its_title():
    """A real mirror page (holdout9, 鹰潭, Traditional characters): its information block printed twice fills twenty
    lines above the title, and the block's fields do not use up the lines where the title is looked for."""
    block = ("索??引??號: YT0022/2012-00967 | 發(fā)文機關: 市衛(wèi)健委 | 文??????號: | |\n"
             "組配分類: 政府信息公開年報 | 成文日期: 2012-02-10 | 廢止日期: | 有效性: |\n")
    fields = "索??引??號: YT0022/2012-00967 |\n發(fā)文機關: 市衛(wèi)健委 |\n文??????號: |\n組配分類: 政府信息公開年報 |\n" \
             "成文日期: 2012-02-10 |\n廢止日期: |\n有效性: |\n"
    record = _txt(block + fields + "鷹潭市衛(wèi)生健康委員會2011年政府信息公開工作年度報告\n")
    assert record["is_report"], record["is_report_reason"]
    assert (record["agency"], record["year"]) == ("鹰潭市卫生健康委员会", 2011)


def test_a_titled_report_that_sums_its_year_up_is_still_a_report():
    """A real page (holdout9, 丽水, its tables as an image): the report's title over 现将政务公开工作总结如下."""
    page_text = ("法定主动\n公开内容\n\n政府信息\n公开年报\n\n申请公开\n政府信息\n\n"
                 "丽水市市场监督管理局2021年度政府信息公开工作年度报告\n发布日期: 2022-01-13 15:27:58 浏览次数:\n"
                 "(图解)丽水市市场监管局2021年度政府信息公开工作年度报告\n\n一、总体情况\n\n"
                 "2021年,市市场监管局严格按照《中华人民共和国政府信息公开条例》及其实施细则、《2021年丽水市政务公开工作要点》"
                 "等要求,坚持以公开为常态、不公开为例外,全力推进政府信息公开工作扎实有序开展。现将政务公开工作总结如下:\n")
    record = _txt(page_text)
    assert record["is_report"], record["is_report_reason"]
    assert "总结如下" not in record["is_report_reason"]
    # untitled, the summary still weighs against the page
    assert "总结如下" in _txt(page_text.split("一、总体情况")[1])["is_report_reason"]


def test_the_unit_the_standard_opening_names():
    """Who compiles or publishes, as the opening sentence says it in its own words."""
    opening = "根据黄龙县人民政府办公室《关于做好2022年政府信息公开年度报告的通知》要求,黄龙县市场监督管理局结合单位实际,编制本单位2022年度政务公开工作年度报告。"
    assert resolve_agency(text=opening, portal_name="黄龙县").name == "黄龙县市场监督管理局"
    work = "根据《条例》有关规定和工作要求，结合市农业农村局工作情况，特向社会公布2019年本局信息公开年度报告。"
    assert resolve_agency(text=work, region_code="411700", portal_name="驻马店市").name == "驻马店市农业农村局"
    announced = "根据《条例》和《兖州区人民政府办公室关于报送2016年政府信息公开年度报告的通知》要求，特向社会公布区水利局政府信息公开工作年度报告。"
    assert resolve_agency(text=announced, region_code="370812", portal_name="兖州区").name == "兖州区水利局"
    own = "根据《条例》要求，现发布《临洮县新添镇2022年政府信息公开工作年度报告》。本报告由总体情况等六部分组成。"
    assert resolve_agency(text=own, portal_name="临洮县").name == "临洮县新添镇人民政府"
    office = "由嘉善县大云镇人民政府综合信息指挥室（党政综合办公室）负责编制本报告。"
    assert resolve_agency(text=office).name == "嘉善县大云镇人民政府"
    assert resolve_agency(title="怀远二中2021年政府信息公开工作年度报告").name == "怀远二中"


def test_sources_in_order_of_trust_are_all_recorded():
    agency = resolve_agency(title="岚川县教育局2023年政府信息公开工作年度报告", text="本报告由岚川县教育局编制。",
                            meta={"label:发布机构": "县政府办公室"}, portal_name="岚川县人民政府")
    assert [s["source"] for s in agency.sources] == ["title", "compiled_by", "metadata", "portal"]
    assert agency.name == "岚川县教育局" and agency.source == "title"
    assert agency.sources[2] == {"source": "metadata", "raw": "县政府办公室", "name": "岚川县人民政府办公室"}
    bare = resolve_agency(meta={"label:发布机构": "县政府办公室"})
    assert (bare.name, bare.raw) == ("县人民政府办公室", "县政府办公室")      # no place known: none invented


def test_the_breadcrumb_of_a_department_sub_site():
    agency = resolve_agency(text="一、总体情况\n全年主动公开信息20条。",
                            page_text="首页 > 部门信息公开 > 岚川县水务局 > 政府信息公开年报\n一、总体情况")
    assert (agency.name, agency.source) == ("岚川县水务局", "site")


def test_the_sample_that_only_says_we_the_district(samples):
    record = parse_report(samples["hanbin-district-2020"], "text/plain")
    assert (record["agency"], record["level"]) == ("安康市汉滨区人民政府", "county_government")
    assert "我区" in record["agency_sources"][0]["how"]


# --- title ---------------------------------------------------------------------------------------------------

def test_unit_and_title_lines_of_a_pdf_are_joined():
    text = "岚川县城关镇人民政府\n2023年政府信息公开工作年度报告\n根据《条例》规定，编制本报告。\n一、总体情况\n…"
    record = _txt(text)
    assert record["title"] == "岚川县城关镇人民政府2023年政府信息公开工作年度报告"
    assert (record["agency"], record["level"], record["year"]) == ("岚川县城关镇人民政府", "township", 2023)


def test_a_title_broken_in_the_middle_is_joined():
    record = _txt("岚川县城关镇人民政府2023年度政府\n信息公开工作年度报告\n根据《条例》规定，编制本报告。")
    assert record["title"] == "岚川县城关镇人民政府2023年度政府信息公开工作年度报告"


# --- table rows as printed -------------------------------------------------------------------------------------

def _misprinted_collapsed_report() -> tuple[bytes, dict]:
    apps = applications_values("2019")
    t3 = applications_table(apps, "2019").replace("2.其他法律行政法规禁止公开", "2.其他法律行政止公开")
    return page(report_body("2021", apps=apps, t3=t3)).encode(), apps


def test_a_misprinted_row_label_is_read_by_place_and_likeness():
    data, apps = _misprinted_collapsed_report()
    record = parse_report(data, "text/html")
    assert record["template"] == "2021"
    assert record["tables"]["applications"]["denied.prohibited_by_law"] == apps["denied.prohibited_by_law"]
    assert record["table_labels"]["applications"]["denied.prohibited_by_law"] == "2.其他法律行政止公开"
    assert not any("not found" in e["message"] for e in record["errors"])


def test_a_collapsed_other_row_is_kept_as_its_total():
    data, apps = _misprinted_collapsed_report()
    record = parse_report(data, "text/html")
    tables = record["tables"]["applications"]
    assert tables["other"] == apps["other"]
    assert all(v is None for r in ("other.overdue_correction", "other.overdue_fee", "other.other")
               for v in tables[r].values())
    assert any("（六）其他处理 is printed as one row" in e["message"] for e in record["errors"])
    statuses = {v["rule"]: v["status"] for v in record["validation"]}
    assert statuses["t3_total:total"] == "pass" and statuses["t3_balance:total"] == "pass"


def test_the_reports_own_balance_failures_are_still_flagged():
    apps = applications_values("2021")
    apps["total"]["natural_person"] += 5
    record = parse_report(page(report_body("2021", apps=apps)).encode(), "text/html")
    assert {v["rule"]: v["status"] for v in record["validation"]}["t3_total:natural_person"] == "fail"


def test_flattened_text_with_a_misprinted_row(samples):
    text = samples["hanbin-district-2020"].decode().replace("2.其他法律行政法规禁止公开", "2.其他法律行政止公开")
    record = parse_report(text.encode(), "text/plain")
    assert record["tables"]["applications"]["denied.prohibited_by_law"]["total"] == 0
    assert not any("not found" in e["message"] for e in record["errors"])


def test_table_two_rows_are_read_by_place_and_likeness_and_never_dropped(samples):
    """Table 二 as printed: a glyph lost from a row label (`行政处` for 行政处罚) is read by the template's order and
    the closest wording, its label kept as printed; a printed row no template knows is reported, not dropped."""
    text = samples["xinghe-county-2024"].decode()
    assert "行政处罚 |\n486" in text and "行政强制 |\n0" in text
    record = parse_report(text.replace("行政处罚 |\n486", "行政处 |\n486").encode(), "text/plain")
    assert record["tables"]["active"]["punishment"] == {"decisions": 486}
    assert record["table_labels"]["active"]["punishment"] == "行政处"
    assert any("'行政处' read as punishment" in e["message"] for e in record["errors"])
    assert not any("not found" in e["message"] for e in record["errors"])

    odd = parse_report(text.replace("行政强制 |\n0", "行政强制 |\n0 |\n||\n行政检查 |\n7").encode(), "text/plain")
    assert any("matches no row" in e["message"] and "行政检查" in e["message"] for e in odd["errors"])
    assert odd["tables"]["active"]["coercion"] == {"decisions": 0} and odd["tables"]["active"]["fees"]["amount_wan"]


# --- the real-page set -------------------------------------------------------------------------------------------

# Floors a little under what the parser reaches on the 6841 tuning pages of tune/, holdout/ and holdout2/ … holdout121/
# (each holdout became tuning data once measured; see README "Parse accuracy"), so a regression fails. Tuning figures,
# not an estimate for unseen pages: holdout8 scored 81.0% agency blind and joined the tuning pages with it (96.6%
# agency, 98.6% level on all 1108 then; 98.5% and 99.4% after the ninth round tuned on it); holdout10 scored 91.0%
# agency blind (97.8% agency, 98.9% level, 97.6% published on all 1320 as it joined; 98.4%, 99.2%, 99.7% after the
# eleventh round tuned on it); holdout11 scored 91.3% agency blind (98.5% agency, 99.3% level on all 1419 after the
# twelfth round tuned on it); holdout12 scored 91.7% level blind (98.6% agency, 99.3% level on all 1535 after the
# thirteenth round tuned on it); holdout13 scored 88.4% agency, 91.8% level blind (98.6% agency, 99.2% level on
# all 1645 after the fourteenth round tuned on it); holdout14 scored 88.6% agency, 93.0% level blind (98.6% agency,
# 99.3% level on all 1752 after the fifteenth round tuned on it); holdout15 scored 88.1% agency, 92.5% level blind
# (98.9% agency, 99.3% level on all 1855 after the sixteenth round tuned on it); holdout16 scored 91.8% agency, 92.1%
# level blind (98.6% agency, 99.2% level on all 1946 after the seventeenth round tuned on it); holdout17 scored 85.7%
# agency, 91.8% level blind (98.8% agency, 99.3% level on all 2042 after the eighteenth round tuned on it); holdout18
# scored 95.3% is-report, 94.8% agency, 91.8% level blind (99.5% is-report, 98.9% agency, 99.4% level on all 2170
# after the nineteenth round tuned on it); holdout19 scored 96.3% is-report, 83.5% agency, 92.5% level blind (99.4%
# is-report, 98.8% agency, 99.4% level on all 2277 after the twentieth round tuned on it); holdout20 scored 98.7%
# is-report, 81.7% agency, 86.7% level blind (99.4% is-report, 98.6% agency, 99.2% level on all 2356 after the
# twenty-first round tuned on it); holdout21 scored 100% is-report, 97.6% agency, 100% level blind (its one agency miss
# fixed by the twenty-second round as it joined: 2413 pages); holdout22 scored 97.0% is-report, 89.6% agency, 93.9% level
# blind and holdout23 100% is-report, 96.0% agency, 98.1% level (both joined with the twenty-third round: 2552 pages);
# holdout24 scored 97.0% is-report, 95.6% agency, 98.2% level blind (its misses fixed as it joined: 2619 pages);
# holdout25 98.2% is-report, 93.8% agency, 96.6% level blind (six of its seven misses fixed as it joined: 2733 pages);
# holdout26 96.7% is-report, 91.7% agency, 95.8% level blind (its agency, level and published misses fixed as it
# joined: 2793 pages); holdout27 100% is-report, 93.8% agency, 92.2% level, 88.9% published blind (all its misses
# fixed as it joined: 2861 pages); holdout28 100% is-report, 90.6% agency, 92.2% level blind (all but one agency miss
# fixed as it joined: 2942 pages); holdout29 98.8% is-report, 98.2% agency, 98.2% level, 96.2% published blind (all
# its misses fixed as it joined: 3022 pages); holdout30 100% is-report, 90.5% agency, 95.2% level, 97.6% year and
# template blind (all its misses fixed as it joined: 3078 pages); holdout31 98.5% is-report, 95.9% agency, 98.0% level,
# 96.2% published blind (all its misses fixed as it joined: 3146 pages); holdout32 97.1% is-report, 93.6% agency,
# 98.0% level, 98.0% year blind (all its misses fixed as it joined: 3215 pages, with holdout31); holdout33 95.0%
# is-report, 80.8% agency, 83.3% level blind (its agency, level and one is-report miss fixed as it joined: 3275 pages);
# holdout34 96.2% is-report, 86.9% agency, 96.8% level, 95.8% published blind (all its misses fixed as it joined: 3354
# pages, with holdout33); holdout35 95.6% is-report, 79.4% agency, 88.2% level blind and holdout36 98.6% is-report, 84.6%
# agency, 96.3% level, 98.2% year blind (their misses fixed as they joined: 3469 pages); holdout37 96.4% is-report, 95.7%
# agency blind and holdout38 97.1% agency, 94.9% level, 97.4% year and template blind (all their misses fixed as they
# joined: 3546 pages); holdout39 93.3% agency, 96.8% level blind and holdout40 95.5% agency, 95.7% level blind (all but
# one agency miss fixed as they joined, parser35: 3618 pages, 99.5% is-report, 99.4% agency, 99.7% level); holdout41
# 100% is-report, 91.9% agency, 97.3% level blind (its misses and holdout39's last fixed as it joined, parser36: 3665
# pages, 99.5% is-report, 99.5% agency, 99.7% level); holdout42 100% is-report, 93.3% agency, 93.8% level, 96.9% year
# blind (its year and one agency and level miss fixed as it joined, parser37: 3700 pages, 99.5% is-report, 99.4%
# agency, 99.7% level, 99.9% year); holdout43 100% is-report, agency, level, 96.4% year, 92.9% template, 83.3% published
# blind (its year and date misses fixed and two template labels corrected as it joined, parser38: 3735 pages, 99.5%
# is-report, 99.4% agency, 99.7% level, 99.9% year, 99.9% template, 100% published); holdout44 100% is-report, 92.9%
# agency, 93.5% level blind (its agency and level misses fixed, one agency by a relabel under the 经开区 convention, as
# it joined, parser39: 3776 pages, 99.6% is-report, 99.4% agency, 99.7% level, 99.9% year, 99.9% template, 100% published);
# holdout45-48 (113 pages) 98.2% is-report, 91.7% agency, 96.9% level, 99.0% year and template, 100% published blind
# (all their misses fixed, one agency by a relabel spelling out 湘西自治州, as they joined, parser40: 3889 pages, 99.6%
# is-report, 99.5% agency, 99.7% level, 99.9% year, 99.9% template, 100% published); holdout49-52 (143 pages) 97.9%
# is-report, 93.9% agency, 95.7% level, 100% year and template, 97.8% published blind (four agency misses, one by a
# relabel spelling out 信访办, one is-report and the published miss fixed as they joined, parser41: 4032 pages, 99.5%
# is-report, 99.4% agency, 99.6% level, 99.9% year, 99.9% template, 100% published); holdout53-54 (78 pages) 97.4%
# is-report, 98.4% agency and level, 100% year, template and published blind (the agency, level and one is-report miss
# fixed, with holdout50-022's, as they joined, parser42: 4110 pages, 99.5% is-report, 99.4% agency, 99.6% level, 99.9%
# year, 99.9% template, 100% published); holdout55 (23 pages) 100% on every field blind, nothing to tune; holdout56-57
# (68 pages) 97.1% is-report, 92.5% agency, 96.2% level, 100% year, template and published blind (both agency misses of
# holdout57 and one of holdout56's, the two level misses and one is-report miss fixed as they joined, parser43: 4201
# pages, 99.5% is-report, 99.4% agency, 99.7% level, 99.9% year, 99.9% template, 100% published); holdout58-59 (55 pages)
# 100% is-report, 93.3% agency, 95.6% level, 100% year, template and published blind (two agency misses and both level
# misses, one by a relabel of holdout59-013's 中心 as a department, fixed as they joined, parser44: 4256 pages, 99.5%
# is-report, 99.3% agency, 99.7% level, 99.9% year, 99.9% template, 100% published); holdout60-63 (107 pages) 97.2%
# is-report, 92.9% agency, 96.5% level, 100% year, template and published blind (both is-report misses of holdout60, five
# of the six agency misses, one by a relabel spelling out 发展改革委, and two of the three level misses fixed as they
# joined, parser45: 4363 pages, 99.5% is-report, 99.3% agency, 99.6% level, 99.9% year, 99.9% template, 100% published);
# holdout64-68 (152 pages) 98.7% is-report, 93.9% agency, 94.1% level, 100% year, template and published blind (both
# is-report misses, five of the seven agency misses, two by relabels to the 区政合一 and joint-report conventions, and
# five of the seven level misses fixed as they joined, parser46: 4515 pages, 99.5% is-report, 99.3% agency, 99.6% level,
# 99.9% year, 99.9% template, 100% published); holdout69-72 (129 pages) 100% is-report, 92.6% agency, 93.8% level, 100%
# year, template and published blind (three of the seven agency misses and three of the six level misses fixed as they
# joined, parser47: 4644 pages, 99.5% is-report, 99.2% agency, 99.5% level, 99.9% year, 99.9% template, 100% published);
# holdout73-74 (52 pages) 100% is-report, 92.7% agency, 95.1% level, 100% year, template and published blind (all three
# agency misses and both level misses, one by a relabel of holdout74-012's 中心 as a department, fixed as they joined,
# parser48: 4696 pages, 99.6% is-report, 99.3% agency, 99.6% level, 99.9% year, 99.9% template, 100% published);
# holdout75-76 (48 pages) 97.9% is-report, 91.9% agency, 94.6% level, 100% year, template and published blind (the
# is-report miss, two of the three agency misses and both level misses, one by a relabel of holdout76-007's 中心 as a
# department, fixed as they joined, parser49: 4744 pages, 99.6% is-report, 99.3% agency, 99.6% level, 99.9% year, 99.9%
# template, 100% published); holdout77 (27 pages) 100% on every field blind, joined as measured: 4771 pages;
# holdout78-81 (127 pages) 99.2% is-report, 88.4% agency, 95.0% level, 100% year, 99.0% template, 97.7% published blind
# (all but one agency miss, one by a relabel spelling out 科右前旗, the template and published misses and four of the
# five level misses fixed as they joined, parser50: 4898 pages, 99.6% is-report, 99.3% agency, 99.6% level, 99.9% year,
# 99.9% template, 100% published); holdout82-83 (77 pages) 100% is-report, 94.4% agency, 98.1% level, 98.1% year, 100%
# template, 91.7% published blind (all their misses fixed as they joined, parser51: 4975 pages, 99.6% is-report, 99.3%
# agency, 99.6% level, 99.9% year, 99.9% template, 100% published); holdout84-85 (46 pages) 97.8% is-report, 80.6%
# agency, 94.4% level, 100% year, template and published blind (the is-report miss, six of the seven agency misses,
# one by a scorer fix, and both level misses fixed as they joined, parser52: 5021 pages, 99.6% is-report, 99.3% agency,
# 99.6% level, 99.9% year, 99.9% template, 100% published); holdout86-87 (83 pages) 98.8% is-report, 90.3% agency, 93.5%
# level, 100% year and template, 94.7% published blind (the is-report miss, two of the six agency misses and one of the
# four level misses fixed as they joined, parser53: 5104 pages, 99.6% is-report, 99.2% agency, 99.6% level, 99.9% year,
# 99.9% template, 99.9% published); holdout88-89 (27 pages) 100% is-report and agency, 95.7% level, 100% year, template
# and published blind (joined with their level miss open, parser54, which fixed three older misses: 5131 pages, 99.6%
# is-report, 99.3% agency, 99.6% level, 99.9% year, 99.9% template, 100% published); holdout90-95 (279 pages) 98.6%
# is-report, 92.2% agency, 98.2% level, 100% year and template, 97.7% published blind (three of the four is-report
# misses, nine of the seventeen agency misses, two by relabels (holdout93-016's 街 spelled out, holdout94-061's 科技局
# kept as printed), one of the four level misses and both published misses fixed as they joined, parser55: 5410
# pages, 99.6% is-report, 99.1% agency, 99.5% level, 99.9% year, 99.95% template, 100% published); holdout96-99 (206
# pages) 95.3-100% is-report, 83.3-100% agency, 90.9-100% level, 98.5-100% year, 100% template and published blind (one
# of the seven is-report misses, eight of the twenty agency misses, two by relabels keeping 科技局 as printed
# (holdout98-031/-032), and three of the ten level misses fixed as they joined, parser56: 5616 pages, 99.5% is-report,
# 98.8% agency, 99.4% level, 99.9% year, 99.95% template, 100% published; parser57, a unit named by its own office's
# compiling sentence, its sites, its printed source label, its field's 系统: 99.54% is-report, 99.06% agency, 99.55%
# level, so the agency floor rises to 98.5%); holdout100-105 (284 pages) 95.7-100% is-report, 87.5-100% agency, 90.9-100%
# level, 97.8-100% year, 100% template, 90.9-100% published blind (one of the five is-report misses, fourteen of the
# twenty-two agency misses, five by relabels or scorer readings of the naming conventions (a place's short form, a zone's
# 高新区, 发展改革局, a zone's printed name), six of the eleven level misses and one of the two published misses fixed
# as they joined, parser58: 5900 pages, 99.5% is-report, 98.9% agency, 99.5% level, 99.9% year, 99.98% template,
# 99.9% published); holdout106-107 (104 pages) 96.0-100% is-report, 78.6-92.3% agency, 93.1-100% level, 96.5-100%
# year and template, 100% published blind (one of the two is-report misses, six of the nine agency misses, two by
# relabels keeping an institute's short form as printed (holdout107-031/-032), and both level misses fixed as they
# joined, parser59: 6004 pages, 99.48% is-report, 98.87% agency, 99.46% level, 99.91% year, 99.96% template, 99.94%
# published); holdout108-109 (61 pages) 95.8-100% is-report, 86.4-96.2% agency, 95.5-100% level, 100% year, template
# and published blind (every miss fixed as they joined, parser60: 6065 pages, 99.49% is-report, 98.88% agency, 99.47%
# level, 99.91% year, 99.96% template, 99.94% published); holdout110-113 (232 pages) 95.0-97.9% is-report, 79.4-92.0%
# agency, 91.2-100% level, 97.1-100% year, 96.0-100% template, 95.5-100% published blind (ten of the twenty agency
# misses, five of the seven level misses and both year misses fixed as they joined, parser61: 6297 pages, 99.38%
# is-report, 98.69% agency, 99.47% level, 99.91% year, 99.91% template, 99.88% published); holdout114-117 (305 pages)
# 94.6-98.8% is-report, 87.8-93.8% agency, 91.8-100% level, 100% year, template and published blind (one of the seven
# is-report misses and nine of the seventeen agency misses, two by relabels keeping 文旅局 and 科信局 as printed, fixed as
# they joined, parser62: 6602 pages, 99.32% is-report, 98.58% agency, 99.39% level, 99.92% year, 99.92% template,
# 99.89% published); holdout118-121 (239 pages) 98.2-100% is-report, 92.5-97.4% agency, 97.5-100% level, 100% year,
# template and published blind (two of the three is-report misses and three of the ten agency misses, one by a
# relabel keeping 政务办 as printed, fixed as they joined, parser63: 6841 pages, 99.33% is-report, 98.49% agency, 99.37%
# level, 99.92% year, 99.92% template, 99.89% published; the agency floor eases to 98.4%: seven of the new sets' agency
# misses, units under zones named only by a zone's portal or host among them, are still open); holdout122-123 (111
# pages) 98.6-100% is-report, 90.2-96.3% agency, 98.1-100% level, 100% year, template and published blind (every miss
# but one, 123-024, fixed as they joined, three agency misses by relabels keeping 科技局 as printed; with two of
# holdout118's zone-unit misses and holdout119-028, parser64: 6952 pages, 99.34% is-report, 98.55% agency, 99.38% level,
# 99.92% year, 99.92% template, 99.89% published; the agency floor goes back to 98.5%); holdout124-127 (195 pages)
# 98.1-100% is-report, 83.3-97.0% agency, 87.5-100% level, 100% year, template and published blind (every miss but
# one, 125-005's level, fixed as they joined, four by relabels: 城管局 kept as printed, a printed city kept, a
# government's report with its office in brackets the office's, convention (6); parser65: 7147 pages, 99.36% is-report,
# 98.59% agency, 99.37% level, 99.92% year, 99.92% template, 99.90% published; the floors stay).
TUNE_FLOORS = {"is_report": 0.99, "agency": 0.985, "level": 0.99, "year": 0.995, "template": 0.995, "published": 0.98}


def test_real_pages_of_the_tune_split_stay_above_their_floors():
    result = run("tuning")
    assert result["is_report"]["scored"] >= 7147
    low = {name: row for name, row in result.items() if row["accuracy"] is not None
           and row["accuracy"] < TUNE_FLOORS[name]}
    assert not low, low


@FAST
@given(st.data())
def test_damaged_real_pages_give_a_record(data):
    pages = load("tune")
    label, body = data.draw(st.sampled_from(pages))
    cut = data.draw(st.integers(0, len(body)))
    noise = data.draw(st.binary(max_size=64))
    damaged = body[:cut] + noise + body[cut:]
    assert_well_formed(parse_page(label, damaged))
    assert_well_formed(parse_report(damaged, data.draw(st.sampled_from([None, "text/html", "application/pdf"]))))


def test_a_printed_row_that_matches_nothing_is_reported_not_dropped_silently():
    apps = applications_values("2021")
    t3 = applications_table(apps, "2021").replace("4.无正当理由大量反复申请", "甲乙丙丁戊己庚辛")
    record = parse_report(page(report_body("2021", apps=apps, t3=t3)).encode(), "text/html")
    messages = " ".join(e["message"] for e in record["errors"])
    assert "甲乙丙丁戊己庚辛" in messages and "not_processed.excessive" in messages


def test_the_title_ablation_removes_only_title_lines():
    page = "岚川县2023年政府信息公开工作年度报告\n一、总体情况\n2023年，我县……\n本报告所列数据统计期限为2023年。".encode()
    assert without_title(page).decode() == "一、总体情况\n2023年，我县……\n本报告所列数据统计期限为2023年。"


def test_the_comparison_names_an_autonomous_county_by_its_short_form_too():
    assert core_name("本溪满族自治县文化旅游和广播电视局") == core_name("本溪县文化旅游和广播电视局") == "文化旅游和广播电视局"
    assert core_name("本溪满族自治县人民政府") != core_name("桓仁满族自治县人民政府")


def test_the_comparison_names_an_autonomous_divisions_government_by_its_short_form_too():
    """parser58 (holdout105-001, -016): a government keeps its place, named by the official short form or in full."""
    assert core_name("木垒县人民政府") == core_name("木垒哈萨克自治县人民政府")
    assert core_name("凉山州人民政府办公室") == core_name("凉山彝族自治州人民政府办公室")
    assert core_name("木垒县人民政府") != core_name("吉木萨尔县人民政府")      # (a county that is no autonomous one)
    assert core_name("凉山州人民政府办公室") != core_name("甘孜藏族自治州人民政府办公室")


def test_the_comparison_names_a_high_tech_zone_by_its_short_form_too():
    """parser58 (holdout102-039): 火炬高新区 is the 厦门火炬高技术产业开发区, as 佛山高新区 is the 高新技术产业开发区."""
    assert core_name("厦门火炬高新区管理委员会") == core_name("厦门火炬高技术产业开发区管理委员会")
    assert core_name("厦门火炬高新区管理委员会") != core_name("厦门火炬经济技术开发区管理委员会")
    # parser64 (holdout118-039): 高新开发区 is the same name cut after 高新 (长春高新开发区 on its own report)
    assert core_name("长春高新开发区管理委员会") == core_name("长春高新技术产业开发区管理委员会")
    assert core_name("长春高新开发区管理委员会") != core_name("长春经济技术开发区管理委员会")


def test_the_comparison_ends_a_townships_places_on_a_known_place():
    """holdout85-004: 梅州市梅县区白渡镇 loses 梅县区, not 梅县 with 区白渡镇 left; a street whose own name opens on a level
    (昆都仑区市府东路街道) keeps it; a county the division list no longer has (绍兴县福全镇) still goes."""
    assert core_name("梅州市梅县区白渡镇人民政府") == core_name("白渡镇人民政府") == "白渡镇人民政府"
    assert core_name("昆都仑区市府东路街道办事处") == "市府东路街道办事处"
    assert core_name("绍兴县福全镇人民政府") == "福全镇人民政府"


def test_the_comparison_takes_every_zone_without_its_committee():
    """A zone is the same unit with or without its 管委会, whatever its kind (holdout35-025: 漳州台商投资区, a 新区 too); a
    government never without its 人民政府."""
    assert core_name("漳州台商投资区") == core_name("漳州台商投资区管委会") == core_name("漳州台商投资区管理委员会")
    assert core_name("长春新区") == core_name("长春新区管理委员会")
    assert core_name("滨海新区人民政府") != core_name("滨海新区")


def test_a_generation_date_label_before_the_urls_and_the_time_line_under_the_title_before_it():
    page_text = "发布机构: 生成日期: 2018-05-18\n\n2016年度信息公开年度报告\n本报告由县水利局编制。"
    assert parse_report(page_text.encode(), "text/plain", None)["published"] == "2018-05-18"
    # a 公文生成日期 is the date the page prints (holdout31-003, holdout3-019): before the URL's filing folder; the time
    # line under the title (holdout3-023) is when the page went up, before both
    drafted = "• 公文生成日期:2019-01-03\n永春县交通运输局2018年政府信息公开工作年度报告\n"
    url = "http://www.example.gov.cn/xxgk/201901/t20190114_1.htm"
    assert parse_report(drafted.encode(), "text/plain", url)["published"] == "2019-01-03"
    posted = drafted + "时间:2019-01-14 08:41\n根据《中华人民共和国政府信息公开条例》编制本报告。\n"
    later = url.replace("t20190114", "t20190118")
    assert parse_report(posted.encode(), "text/plain", later)["published"] == "2019-01-14"
    html = f"<html><body><ul><li>公文生成日期:2019-01-03</li></ul><h1>{drafted.split(chr(10))[1]}</h1></body></html>"
    assert parse_report(html.encode(), "text/html", url)["published"] == "2019-01-03"     # as the HTML page reads it
