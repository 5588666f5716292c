"""Issue 13, ninth round: unit kinds the name grammar did not know (Inner Mongolia's 苏木, a league's 行署, an
autonomous county's short form, a zone named by its kind alone, a township printed after its county's core), each
on an excerpt of a real page (holdout8, verbatim, cut short) with the hints the pipeline gives."""

from nianbao.parse.metadata import normalise_agency, unit_level
from nianbao.parse.report import parse_report


def _txt(text: str, url: str | None = None, **hints) -> dict:
    return parse_report(text.encode(), "text/plain", url, hints)


def test_a_sumu_is_a_township_named_with_its_government():
    """苏木 is Inner Mongolia's township: its reports sign …苏木人民政府."""
    assert normalise_agency("乌拉特中旗巴音乌兰苏木") == "乌拉特中旗巴音乌兰苏木人民政府"
    assert unit_level("乌拉特中旗巴音乌兰苏木人民政府") == "township"
    record = _txt("乌拉特中旗巴音乌兰苏木2021年政府信息公开工作年度报告.docx\n乌拉特中旗巴音乌兰苏木 2021 年政府信息 公开工作"
                  "年度报告 根据《中华人民共和国政府信息公开条例》(以下简 称《条例》),结合我苏木实际,对 2021 年度政府信息公开工作 "
                  "进行了梳理、统计和总结,并向全社会公开。", portal_name="乌拉特中旗", region_code="150824")
    assert (record["agency"], record["level"]) == ("乌拉特中旗巴音乌兰苏木人民政府", "township")


def test_we_the_sumu_is_the_sumu_the_page_names():
    """我苏木成立哈日诺尔苏木政府信息公开领导小组: a 苏木 speaking as 我苏木 names itself after 成立; never the banner."""
    record = _txt("一、总体情况\n(一)政府信息公开工作机构和人员设置情况\n为促进政府信息公开,保障公民、法人和其他 组织依法获取政府信息,"
                  "根据《中华人民共和国政府信息公开条例》和自治区政府信息公开工作有关规定,我苏木成立哈日诺尔苏木政府信息公开"
                  "领导小组,专人负责信息公开工作。\n(二)主动公开政府信息情况\n截至2019年12月30日,我苏木主动公开143条信息,"
                  "其中政务制度7条。", portal_name="科尔沁右翼中旗", region_code="152222")
    assert (record["agency"], record["level"]) == ("哈日诺尔苏木人民政府", "township")


def test_a_leagues_xingshu_is_spelled_out():
    """兴安盟行署外事办公室: 行署 is the league's 行政公署; the 行政公署 itself is a government, its office an office."""
    assert normalise_agency("兴安盟行署") == "兴安盟行政公署"
    assert unit_level("兴安盟行政公署") == "county_government"
    assert unit_level("兴安盟行政公署办公室") == "government_office"
    record = _txt("兴安盟行署外事办公室2025年 政府信息公开工作年度报告\n\n来源:盟外事办 发布时间:2026-01-20 17:20\n\n"
                  "  本年度报告根据《中华人民共和国政府信息公开条例》(国令第711号)制作。 全文包括兴安盟行署外事办公室2025年政府"
                  "信息公开总体情况,主动公开政府信息情况。所列数据统计期限为2025年1月1日至2025年12月31日。",
                  "http://wsb.xam.gov.cn/wsb/2026-01/20/article_2026012017235865780.html",
                  portal_name="兴安盟", region_code="152200")
    assert (record["agency"], record["level"]) == ("兴安盟行政公署外事办公室", "department")


def test_an_autonomous_countys_short_form_is_spelled_out():
    """镇宁自治县 is 镇宁布依族苗族自治县 (the one autonomous county of that core); a plain 县 stays a 县."""
    assert normalise_agency("镇宁自治县政府") == "镇宁布依族苗族自治县人民政府"
    assert normalise_agency("镇宁布依族苗族自治县人民政府") == "镇宁布依族苗族自治县人民政府"
    record = _txt("当前页面:首页 » 政府信息公开 » 政府信息公开年报 » 2019年\n镇宁自治县政府2019年信息公开工作年度报告\n"
                  "发布时间: 2020-02-20 10:10 文章字号:\n\n根据《中华人民共和国政府信息公开条例》(国务院令第711)要求,现公布"
                  "镇宁自治县人民政府2019年政府信息公开工作年度报告。",
                  "https://www.anshun.gov.cn/zfxxgk/zfxxgknb/2019year/202002/t20200221_50478366.html",
                  portal_name="安顺市", region_code="520400")
    assert record["agency"] == "镇宁布依族苗族自治县人民政府"


def test_a_zone_named_by_its_kind_alone_is_the_portals():
    """经济开发区管委会 on 定州市's portal: 定州经济开发区管理委员会 (a zone is named after its place's core)."""
    record = _txt("2020年政府信息公开工作年度报告\n本报告的统计数据时间自2020年1月1日起至2020年12月31日,报告可在定州市人民政府"
                  "门户(http://www.dzs.gov.cn)下载。如对本报告有任何疑问,请与经济开发区管委会党政办公室联系(邮编:073000)。\n"
                  "一、总体情况\n(一)加强领导,信息公开推进有序\n经济开发区管委会严格按照《中华人民共和国政府信息公开条例》,"
                  "层层分解任务。", "http://dzs.gov.cn/col/1640833208130/2022/01/11/1641882598186.html",
                  portal_name="定州市", region_code="130682")
    assert (record["agency"], record["level"]) == ("定州经济开发区管理委员会", "development_zone")


def test_a_township_printed_after_its_countys_core_takes_the_full_name_the_page_prints():
    """Title 张店公园街道办事处, 发布机构 张店区公园街道办事处: the same street, its county printed in full; a page that
    prints only the core keeps it (大安长虹街道办事处: no prefix the page does not print is added)."""
    text = ("张店区人民政府\n| 标题: | 张店公园街道办事处2018年政府信息公开工作年度报告 | ||\n|---|---|---|---|\n"
            "| 发文日期: | 2019-02-15 | 发布机构: | 张店区公园街道办事处 |\n张店公园街道办事处\n2018年政府信息公开工作年度报告\n"
            "本年报是根据《中华人民共和国政府信息公开条例》要求,由公园街道办事处编制的2019年度政府信息公开年度报告。")
    assert _txt(text, portal_name="张店区", region_code="370303")["agency"] == "张店区公园街道办事处"
    alone = "\n".join(line for line in text.split("\n") if "发布机构" not in line)
    assert _txt(alone, portal_name="张店区", region_code="370303")["agency"] == "张店公园街道办事处"


# --- sentences that name the unit, read in more of their real shapes -----------------------------------------------

def test_the_unit_whose_disclosure_work_the_report_draws_on():
    """结合2024年威海市文登区人力资源和社会保障局政府信息公开工作实际 and 结合遂溪县建新镇人民政府(以下简称“镇政府”)2025年度
    政府信息公开工作实际: the year before or after the unit, its alias, the disclosure work — not the portal's government."""
    bureau = _txt("2024年政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》(国务院令第711号,以下简称《条例》)要求,"
                  "结合2024年威海市文登区人力资源和社会保障局政府信息公开工作实际,编制发布本报告。",
                  portal_name="文登区", region_code="371003")
    assert (bureau["agency"], bureau["level"]) == ("威海市文登区人力资源和社会保障局", "department")
    town = _txt("本报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》)相关规定,结合遂溪县建新镇人民政府(以下简称“镇政府”)"
                "2025年度政府信息公开工作实际编制。报告涵盖总体情况、主动公开政府信息情况。本报告中所列数据统计期限为2025年1月1日"
                "至2025年12月31日。", portal_name="遂溪县", region_code="440823")
    assert (town["agency"], town["level"]) == ("遂溪县建新镇人民政府", "township")


def test_the_unit_that_compiles_after_its_grounds_and_the_unit_opening_the_contents():
    """…,双柏县大麦地镇人民政府根据…工作实际情况编制2025年度报告; 全文包括五原县和胜乡人民政府信息公开总体情况: each names
    who reports. A metadata label's value before the opening 根据… is no subject (信息来源:市政府办公室 / 根据…编制本报告)."""
    town = _txt("按照《中华人民共和国政府信息公开条例》有关要求,双柏县大麦地镇人民政府根据政府信息与政务公开工作实际情况编制"
                "2025年度报告。报告包含总体情况、主动公开政府信息情况。", portal_name="双柏县", region_code="532322")
    assert (town["agency"], town["level"]) == ("双柏县大麦地镇人民政府", "township")
    contents = _txt("本报告根据《中华人民共和国政府信息公开条例》制作。全文包括五原县和胜乡人民政府信息公开总体情况、主动公开政府信息"
                    "情况、收到和处理政府信息公开申请情况。所列数据统计期限为2023年1月1日至2023年12月31日。",
                    portal_name="五原县", region_code="150821")
    assert (contents["agency"], contents["level"]) == ("五原县和胜乡人民政府", "township")
    office = _txt("发布时间:\n2023-01-18 10:36\n信息来源:\n市政府办公室\n分享到:\n根据《中华人民共和国政府信息公开条例》编制本报告。"
                  "本报告所列数据的统计期限为2022年1月1日至2022年12月31日。\n一、总体情况\n2022年,市政府办公室按照国务院和自治区有关"
                  "要求,进一步深入贯彻《中华人民共和国政府信息公开条例》。", portal_name="通辽市", region_code="150500")
    assert (office["agency"], office["level"]) == ("通辽市人民政府办公室", "government_office")


def test_a_subject_introduced_with_its_short_name():
    """2023年,中山市供銷合作聯社(以下簡稱“市供銷社”)堅持…: the subject is the unit, its alias note no obstacle."""
    record = _txt("一、總體情況\n2023年,中山市供銷合作聯社(以下簡稱“市供銷社”)堅持以習近平新時代中國特色社會主義思想為指導,嚴格貫徹"
                  "落實《中華人民共和國政府信息公開條例》規定。", "http://www.szmaolu.com/gxs/gggs/content/post_2366472.html",
                  portal_name="中山市", region_code="442000")
    assert (record["agency"], record["level"]) == ("中山市供销合作联社", "other")


def test_the_website_that_publishes_the_report_after_a_comma():
    """…,电子版在市人社局门户网站(http://hrss.xm.gov.cn/)…发布: the site's owner, by level on 厦门市's portal."""
    record = _txt("本年度报告根据《中华人民共和国政府信息公开条例》以及厦门市人民政府办公厅有关文件规定要求组织编制。报告统计数据时限为"
                  "2024年1月1日至12月31日,电子版在市人社局门户网站(http://hrss.xm.gov.cn/)政府信息公开专栏发布并可下载。如对本报告"
                  "有疑问,请与局办公室联系。", "https://hrss.xm.gov.cn/xxgk/zfxxgkzl/ndbg/202501/t20250109_2912332.htm",
                  portal_name="厦门市", region_code="350200")
    assert (record["agency"], record["level"]) == ("厦门市人力资源和社会保障局", "department")


def test_the_portals_government_standing_in_is_recorded_as_a_guess():
    """A page no source of which names the unit: the portal's government stands in, and agency_sources says it is a
    guess; a page that speaks as a township (我镇) gets no agency, and the portal is recorded as rejected."""
    guess = _txt("本报告根据《中华人民共和国政府信息公开条例》的要求编制,所列数据统计期限从2021年1月1日到12月31日止。",
                 portal_name="余杭区", region_code="330110")
    assert guess["agency"] == "余杭区人民政府"
    assert guess["agency_sources"][-1]["source"] == "portal" and "a guess" in guess["agency_sources"][-1]["how"]
    town = _txt("一、总体情况\n2023年,我镇认真贯彻落实《中华人民共和国政府信息公开条例》,扎实做好政务信息公开工作。",
                portal_name="余杭区", region_code="330110")
    assert town["agency"] is None and town["level"] == "township"
    assert town["agency_sources"][-1]["rejected"] == "the page speaks as a township"
    assert "how" not in town["agency_sources"][-1]


# --- year ------------------------------------------------------------------------------------------------------------

def test_the_period_covered_without_the_word_statistics_gives_the_year():
    """内容涵盖汉中市统计局2011年1月1日至12月31日期间的…工作情况: a whole calendar year named as the period covered."""
    from nianbao.parse.metadata import period_year
    assert period_year("内容涵盖汉中市统计局2011年1月1日至12月31日期间的政府信息公开工作情况。") == 2011
    assert period_year("2011年1月1日起至2011年12月31日止") == 2011
    assert period_year("2011年1月1日至2012年12月31日") is None     # two years: not one report year
    record = _txt("索 引 号: | 610700003-/2020000781 | 发布时间: | 2012年02月17日 10:50 |\n来 源: | 汉中市统计局 | 发布机构: | "
                  "汉中市统计局 |\n内容概述: |\n本年度报告根据《中华人民共和国政府信息公开条例》(以下简报《条例》)要求编制。全文包括"
                  "概述、主动公开政府信息情况、依申请公开政府信息情况。内容涵盖汉中市统计局2011年1月1日至12月31日期间的政府信息公开工作"
                  "情况。", "http://tjj.hanzhong.gov.cn/hztjj/gknb/202011/22ef28ac92ab4b60b0debf191ed31b59.shtml",
                  portal_name="汉中市", region_code="610700")
    assert record["year"] == 2011


def test_the_statistics_period_beats_a_report_the_body_mentions():
    """A 2011 report says it published 按时公布2010年区政府信息公开工作年度报告 (last year's): the period says 2011."""
    record = _txt("本年度报告是根据《中华人民共和国政府信息公开条例》的要求,由沙依巴克区人民政府办公室编制。报告中所列数据的统计期限自"
                  "2011年1月1日至2011年12月31日止。\n一、概述\n沙依巴克区严格落实《中华人民共和国政府信息公开条例》;按时公布2010年区"
                  "政府信息公开工作年度报告,并检查督促各区属部门公布年度报告情况。", portal_name="沙依巴克区", region_code="650103")
    assert record["year"] == 2011


def test_a_township_that_says_we_and_prints_its_name_after_its_county():
    """昌图县七家子镇2023年政府信息公开 工作告年度报 (a scrambled title) over 我镇…: the one township printed, after its county
    (kept as printed, as the labels keep a printed prefix: parser36's opening_clause reads the line whole)."""
    record = _txt("昌图县人民政府 The People's Government of Changtu Municipality\n\n政府信息公开\n\n昌图县七家子镇2023年政府信息公开 "
                  "工作告年度报\n\n来源:昌图县人民政府办公室 时间:2024-01-31\n\n  一、总体情况\n\n  2023年,我镇认真贯彻落实《中华人民"
                  "共和国政府信息公开条例 》,不断健全完善政务信息公开工作制度。\n\n  2023年我镇根据上级有关部门的通知以及我镇的工作实际,"
                  "全面梳理、更新、完善我镇政府信息公开目录。", portal_name="昌图县", region_code="211224")
    assert (record["agency"], record["level"]) == ("昌图县七家子镇人民政府", "township")


def test_a_league_or_prefecture_is_governed_by_its_xingzheng_gongshu():
    """兴安盟, 阿克苏地区 (a prefecture of the division list): their government is the 行政公署, a government's level;
    神农架林区 is a county-level 林区 with a 人民政府; a 农场 is no government department; a bare 山区 is no 地区."""
    assert normalise_agency("兴安盟") == "兴安盟行政公署"
    assert normalise_agency("兴安盟政府") == "兴安盟行政公署"
    assert normalise_agency("阿克苏地区") == "阿克苏地区行政公署"
    assert unit_level(normalise_agency("阿克苏地区政府")) == "county_government"
    assert normalise_agency("阿拉善盟统计局") == "阿拉善盟统计局"
    assert (normalise_agency("神农架林区"), unit_level("神农架林区人民政府")) == ("神农架林区人民政府", "county_government")
    assert unit_level(normalise_agency("黑龙江省红兴隆农场")) == "other"


def test_a_department_calling_itself_benwei_speaks_as_a_department():
    from nianbao.parse.agency import _kind_level
    # holdout16-063: a district 委员会's 2015 report, unnamed anywhere, says only 全委 and 本委
    text = ("推进政府信息公开是贯彻落实《条例》的重要举措。全委政务公开工作紧紧围绕区委、区政府中心工作。"
            "本委未收到政府信息公开申请。")
    assert _kind_level(text, None) == "department"
    # 本市/本县 are the place anyone in it writes of, and 全委员会 is no self-reference
    assert _kind_level("本市各部门认真落实。本县政务公开工作。全委员会成员参加。", None) is None


def test_a_centre_naming_itself_by_its_kind_speaks_as_a_department():
    from nianbao.parse.agency import _kind_level
    # holdout16-011: a county's 公共资源交易 centre, named nowhere, opens section 一 on 中心
    text = ("一、总体情况\n中心以依法公开、真实公开、规范高效、强化监督为原则,不断加强组织领导。\n(一)主动公开情况\n"
            "中心在辽宁政府采购网、中国土地市场网公开交易信息。")
    assert _kind_level(text, None) == "department"
    # a centre named inside a sentence is another unit (the county's 政务服务中心), not the subject
    assert _kind_level("全县依托政务服务中心公开办事指南。", None) is None


def test_the_office_of_any_zones_committee_is_a_government_office():
    """A 管委会 governs its zone as a 人民政府 its county: its own office is a government office whatever the zone's kind
    (holdout35-024's 泉州台商投资区, a 新区, a 风景区); a unit of the committee for a field, or a 社区's committee, is not."""
    for office in ("泉州台商投资区管理委员会办公室", "南湖新区管理委员会办公室", "淄博经济开发区管理委员会办公室",
                   "中韩(长春)国际合作示范区管理委员会政务综合办公室"):
        assert unit_level(office) == "government_office", office
    assert unit_level("泉州台商投资区管理委员会") == "development_zone"
    assert unit_level("武汉市东湖生态旅游风景区管理委员会卫生健康办公室") == "department"
    assert unit_level("红旗社区管理委员会办公室") != "government_office"


def test_an_investment_zone_is_no_district():
    """漳州台商投资区 (holdout35-025), 福州市元洪投资区: zones run by their 管委会, with no 人民政府 to add; a 华侨管理区 is a
    township-level unit, no zone."""
    assert normalise_agency("漳州台商投资区") == "漳州台商投资区"
    assert unit_level("漳州台商投资区") == "development_zone"
    assert unit_level(normalise_agency("柳城县伏虎华侨管理区")) == "township"
