"""A department named only by its sub-site in the URL (parse/url_units.py), and the agency sources that use the
page's context: the URL, its own cited guide, a title in the URL."""

from nianbao.parse.agency import resolve_agency
from nianbao.parse.report import parse_report
from nianbao.parse.url_units import department_from_url, url_parts

ONLY_WE = "一、总体情况\n2019年，我局进一步加大了政务公开的力度。本年度，我局未收到政府信息公开申请。"


def test_pinyin_initials_of_a_folder_or_host_name_the_department():
    assert department_from_url("http://js.changchun.gov.cn/zcbm/styjrswj/ndbg/1.html", "长春市")[0] \
        == "长春市退役军人事务局"
    assert department_from_url("https://gdcss.gd.gov.cn/zhwgk/post_1.html", "广东省")[0] == "广东省人民政府参事室"
    # sjj is 审计局 and 数据局 (short for 政务服务和大数据管理局): the formal name the folder spells wins
    assert department_from_url("http://sj.yichun.gov.cn/ycssjj/zfxxgknb/1.shtml", "宜春市")[0] == "宜春市审计局"


def test_spelled_out_pinyin_and_short_forms_of_the_same_kind():
    assert department_from_url("http://www.x.gov.cn/bmxxgk/shenjiju/1.html", "宜春市")[0] == "宜春市审计局"
    assert department_from_url("http://www.huli.gov.cn/bmzfxxgk/wjj/ndbg/1.html", "湖里区")[0] == "湖里区卫生健康局"
    assert department_from_url("https://www.hukou.gov.cn/wjw/zfxxgknb/1.html", "湖口县")[0] == "湖口县卫生健康委员会"
    # the government itself (zf, npszf) is no department
    assert department_from_url("https://www.np.gov.cn/cms/html/npszf/1.html", "南平市") is None


def test_an_ambiguous_or_unknown_folder_names_no_department():
    assert department_from_url("http://x.gov.cn/bm/swj/1.html", "某县") is None        # 水务 商务 税务
    assert department_from_url("http://x.gov.cn/bm/swj/1.html", "某县", "水务工作")[0] == "某县水务局"
    assert department_from_url("http://x.gov.cn/zwgk/xxgk/gknb/1.html", "某县") is None
    assert department_from_url(None, None) is None and department_from_url("::not a url", "某县") is None
    assert "www" not in url_parts("http://www.x.gov.cn/a/b.html")


def test_a_page_that_speaks_as_a_bureau_gets_its_unit_from_the_url_only_then():
    url = "http://js.changchun.gov.cn/zcbm/styjrswj/ndbg/1.html"
    agency = resolve_agency(text=ONLY_WE, portal_name="长春市人民政府", region_code="220100", url=url)
    assert (agency.name, agency.source) == ("长春市退役军人事务局", "url")
    assert "styjrswj" in agency.sources[0]["how"]
    named = resolve_agency(text="本报告由长春市教育局编制。" + ONLY_WE, portal_name="长春市人民政府",
                           region_code="220100", url=url)
    assert named.name == "长春市教育局"                 # the text's own name comes first
    county = resolve_agency(text=ONLY_WE.replace("我局", "我县"), portal_name="长春市人民政府", url=url)
    assert county.source != "url"                       # only a page that speaks as a department


def test_the_unit_of_its_own_cited_guide_when_the_page_speaks_only_as_a_zone():
    text = ("2022年，开发区坚持以习近平新时代中国特色社会主义思想为指导，深入推进政务公开工作。\n一、总体情况\n"
            "修订完善《西宁经济技术开发区政府信息公开指南》、《青海省政府信息公开规定》。")
    agency = resolve_agency(text=text, portal_name="西宁市人民政府", region_code="630100")
    assert (agency.name, agency.source) == ("西宁经济技术开发区管理委员会", "own_document")
    bureau = resolve_agency(text="我局认真落实《青海省人民政府政府信息公开指南》。", portal_name="西宁市人民政府")
    assert bureau.name is None                          # a guide of another kind of unit is not its own


def test_a_hijacked_mirrors_keywords_are_no_unit():
    text = "现公布365bet手机app下载_365取消提款2022年政府信息公开工作年度报告。本报告所列数据的统计期限为2022年。"
    assert resolve_agency(text=text).name is None


def test_a_report_title_percent_encoded_in_the_url():
    url = ("https://wiki.example.com.tw/wiki/%E6%AD%A6%E6%BC%A2%E5%B8%82%E7%94%9F%E6%85%8B%E7%92%B0%E5%A2%83%E5%B1%80"
           "2020%E5%B9%B4%E6%94%BF%E5%BA%9C%E4%BF%A1%E6%81%AF%E5%85%AC%E9%96%8B%E5%B7%A5%E4%BD%9C%E5%B9%B4%E5%BA%A6"
           "%E5%A0%B1%E5%91%8A/63726324")
    record = parse_report("现将我局2020年度政府信息公开情况报告如下。".encode(), "text/plain", url)
    assert record["title"] == "武汉市生态环境局2020年政府信息公开工作年度报告"
    assert record["agency"] == "武汉市生态环境局" and record["year"] == 2020


def test_a_department_sub_site_names_a_page_that_says_nothing_of_its_kind():
    text = "省政府办公厅：\n根据有关规定，现将2022年政府信息公开工作情况报告如下。\n一、总体情况\n全年主动公开信息120条。"
    agency = resolve_agency(text=text, portal_name="贵州省", region_code="520000",
                            url="https://wjw.guizhou.gov.cn/zwgk/zfxxgk/zfxxgknb/202301/t1.html")
    assert (agency.name, agency.source) == ("贵州省卫生健康委员会", "url")
    county = resolve_agency(text="我县认真落实条例。" + text, portal_name="某县人民政府",
                            url="https://x.gov.cn/wjw/zfxxgknb/1.html")
    assert county.source != "url"


def test_metadata_labels_and_sentence_words_are_no_part_of_a_name():
    text = "索引号 620702074/2024-00047 发文字号 东街街道2023年度政府信息公开工作年度报告号\n一、总体情况\n全年公开信息。"
    assert resolve_agency(text=text).name == "东街街道办事处"
    compiled = "一、工作基本情况\n本报告是根据《条例》要求，由两城镇人民政府党政办公室编制。内容包括总体情况。"
    assert resolve_agency(text=compiled, portal_name="微山县人民政府").name == "两城镇人民政府"


def test_a_district_page_on_a_citys_portal():
    from nianbao.parse.url_units import county_from_url

    text = "2020年，我区认真贯彻落实《条例》，全年主动公开信息100条。"
    assert county_from_url("http://www.yichun.gov.cn/yuanzhou/zfxxgknb/1.html", "360900", "区")[0] == "袁州区"
    assert county_from_url("http://www.yichun.gov.cn/zwgk/1.html", "360900", "区") is None
    named = resolve_agency(text=text, portal_name="宜春市人民政府", region_code="360900",
                           url="http://www.yichun.gov.cn/yzq/zfxxgknb/1.html")
    assert (named.name, named.source) == ("袁州区人民政府", "url_county")
    unnamed = resolve_agency(text=text, portal_name="宜春市人民政府", region_code="360900",
                             url="http://www.yichun.gov.cn/zwgk/1.html")
    assert unnamed.name is None and "rejected" in unnamed.sources[-1]     # not the city's own report
    own = resolve_agency(text=text, portal_name="袁州区人民政府", region_code="360902")
    assert own.name == "袁州区人民政府"


def test_a_folder_may_spell_the_city_before_the_district():
    url = "https://www.qujiang.gov.cn/sgqjczj/gkmlpt/content/0/525/post_525735.html"
    assert department_from_url(url, "曲江区", parent="韶关市")[0] == "曲江区财政局"
    assert department_from_url(url, "曲江区") is None       # without the city the folder spells nothing known


def test_english_initials_of_a_host_name_the_department():
    """drc.gd.gov.cn (我委 only: 广东省发展和改革委员会) and meeb.sz.gov.cn (现公布我局…: 深圳市生态环境局): hosts named by
    the department's English initials; a province's hrss (a 厅, a city's is a 局) is not read."""
    assert department_from_url("http://drc.gd.gov.cn/gkmlpt/content/4/4662/post_4662348.html?jump=true", "广东省")[0] \
        == "广东省发展和改革委员会"
    assert department_from_url("https://meeb.sz.gov.cn/xxgk/qt/ndxxgkbg/content/post_11117680.html", "深圳市")[0] \
        == "深圳市生态环境局"
    assert department_from_url("https://hrss.gd.gov.cn/zwgk/1.html", "广东省") is None
    record = parse_report("一、总体情况\n2024年,我委认真贯彻落实《中华人民共和国政府信息公开条例》要求,切实履行政府信息公开各项职责,"
                          "加强政策宣传和解读力度,不断增强政府信息公开工作实效。".encode(), "text/plain",
                          "http://drc.gd.gov.cn/gkmlpt/content/4/4662/post_4662348.html?jump=true",
                          {"portal_name": "广东省", "region_code": "440000"})
    assert (record["agency"], record["level"]) == ("广东省发展和改革委员会", "department")


def test_a_zones_own_disclosure_site_on_its_citys_portal_names_the_zone():
    """holdout20-017: a 2018 report under /pub/jkqxxgkw/… on 吉林市's disclosure site, whose text names only 管委会 and
    党工委: the folder is the zone's 信息公开网 (jkq + xxgkw), the zone is the city's 经济技术开发区."""
    from nianbao.parse.agency import url_kind
    from nianbao.parse.url_units import zone_from_url
    url = "http://122.137.242.24:8080/pub/jkqxxgkw/cyqrmzfbgs/ndbg/201901/t20190104_534884.html"
    assert "jkq" in url_parts(url) and "sjj" in url_parts("http://x.gov.cn/sjjzwgk/ndbg/1.html")
    assert url_kind(url) == "development_zone"
    assert zone_from_url(url, "吉林市")[0] == "吉林经济技术开发区"
    assert zone_from_url("http://x.gov.cn/pub/xxgkw/ndbg/1.html", "吉林市") is None
