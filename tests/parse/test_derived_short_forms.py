"""Issue 13, seventeenth round (agency3): short forms derived from full names, not listed. A short form is the full
name's parts by their first characters (人力资源和社会保障局 → 人社局, 人力社保局); `url_units.derived_short_forms`
builds them from the table's full names, so a page signing with a short form nobody listed still gets its unit.
The end-to-end tests run on excerpts of real tuning pages (verbatim, cut short) with the listed short forms taken
away, as `benchmarks/realpage_accuracy.py --ablate listed_short_forms` does. Then a unit the page prints that its
URL spells in pinyin (agency._spelled_in): two independent sources agreeing, where nothing else names the unit."""

import pytest
from nianbao.parse import agency, metadata, url_units
from nianbao.parse.report import parse_report
from nianbao.parse.url_units import abbreviations, derived_short_forms


def test_a_full_name_is_written_short_by_the_first_characters_of_its_parts():
    forms = abbreviations("人力资源和社会保障局")
    assert {"人社局", "人力社保局"} <= forms
    # each part joined by 和 gives a character: 人力资源局 is a unit of that name (holdout9-036, 硚口区人力资源局)
    assert "人力资源局" not in forms and "人力资源和社会保障局" not in forms
    assert {"市场监管局", "市监局"} <= abbreviations("市场监督管理局")
    assert "住建委" in abbreviations("住房和城乡建设委员会")
    assert "人防办" in abbreviations("人民防空办公室")
    assert abbreviations("公安局") == set()     # one word: nothing to shorten


def test_derived_forms_are_unique_and_never_an_official_name():
    derived = derived_short_forms()
    assert derived["人社局"] == "人力资源和社会保障局"
    assert derived["卫计局"] == "卫生和计划生育局"
    assert derived["环保局"] == "环境保护局"
    # 卫生局 (卫|生育) was a unit's own name; 国资 is 国有资产 (国资委) and 国土资源 alike (holdout5-053, 浑南区国资局)
    assert "卫生局" not in derived and "国资局" not in derived
    assert "文旅局" not in derived      # 文化和旅游局 and 文化广电和旅游局
    assert "城管局" not in derived      # its characters stand in order in 城市管理局 and 城市管理和综合执法局
    assert derived["住建委"] == "住房和城乡建设委员会" and derived["人防办"] == "人民防空办公室"
    assert not set(derived) & set(url_units.OFFICIAL_SHORT_FORMS)


@pytest.fixture
def derived_only():
    """The listed short forms taken away for one test (caches built from them cleared around it)."""
    def clear():
        for module in (agency, metadata, url_units):
            for value in vars(module).values():
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()
    saved = url_units.short_forms
    derived = url_units.derived_short_forms()
    url_units.short_forms = lambda: derived
    clear()
    yield
    url_units.short_forms = saved
    clear()


@pytest.mark.parametrize(("page", "text", "url", "portal", "code", "expected"), [
    ("holdout8-040", "本年度报告根据《中华人民共和国政府信息公开条例》、《福建省政府信息公开办法》以及厦门市人民政府办公厅有关"
     "文件规定要求组织编制。全文包括:总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、"
     "行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。报告统计数据时限为2024年1月1日至12月31日,电子版在市人社局"
     "门户网站(http://hrss.xm.gov.cn/)政府信息公开专栏发布并可下载。",
     "https://hrss.xm.gov.cn/xxgk/zfxxgkzl/ndbg/202501/t20250109_2912332.htm", "厦门市", "350200",
     "厦门市人力资源和社会保障局"),
    ("holdout9-010", "一、总体情况\n文登区住建局高度重视政府信息公开工作,坚持把政府信息公开工作列入重要议事日程,及时调整充实区"
     "住建局政府信息公开工作领导小组成员,明确职责分工,完善政府信息公开工作机制。2019年,文登区住建局共主动公开政府信息227条",
     "http://www.wendeng.gov.cn/art/2020/1/15/art_70623_2255748.html", "文登区", "371003", "文登区住房和城乡建设局"),
])
def test_a_page_signing_with_an_unlisted_short_form_gets_its_full_name(derived_only, page, text, url, portal, code,
                                                                       expected):
    record = parse_report(text.encode(), "text/plain", url, {"portal_name": portal, "region_code": code})
    assert record["agency"] == expected, page


# holdout10-014 with its title line taken away: the header prints the unit once, the host spells it (zrzyt)
_HEADER_ONLY = ("新疆维吾尔自治区自然资源厅\n\n政府信息公开\n\n发布时间:2025-02-10   浏览次数:   【字体:\n\n有效性:\n\n\n"
                "报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》)和《新疆维吾尔自治区政府实施信息公开条例办法》"
                "编制。报告所列数据统计期限自2024年1月1日起至202412月31日")


def test_a_unit_printed_once_is_the_agency_when_the_url_spells_it():
    hints = {"portal_name": "新疆维吾尔自治区", "region_code": "650000"}
    spelled = parse_report(_HEADER_ONLY.encode(), "text/plain",
                           "http://zrzyt.xinjiang.gov.cn/xjgtzy/gkbg/202502/26e849867a3543489b759819fa2e098b.shtml",
                           hints)
    assert spelled["agency"] == "新疆维吾尔自治区自然资源厅"
    assert any(s["source"] == "named_unit" for s in spelled["agency_sources"])
    # the same page on a host that spells nothing: one mention is too little evidence to name the unit
    unspelled = parse_report(_HEADER_ONLY.encode(), "text/plain",
                             "http://www.xinjiang.gov.cn/xjgtzy/gkbg/202502/26e849867a3543489b759819fa2e098b.shtml",
                             hints)
    assert unspelled["agency"] != "新疆维吾尔自治区自然资源厅"


def test_a_url_part_is_matched_to_a_printed_name_in_initials_or_full_pinyin():
    from nianbao.parse.agency import _spelled_in

    assert _spelled_in("红桥区西于庄街道办事处", {"xyzjdbsc"})     # holdout10-029's folder
    assert _spelled_in("荣昌区盘龙镇人民政府", {"plz"})             # tune-112's (盘龙 is a district's core too)
    assert _spelled_in("新疆维吾尔自治区自然资源厅", {"zrzyt"})      # holdout10-014's host
    assert _spelled_in("李家镇人民政府", {"lijiazhen"})
    assert not _spelled_in("厦门市人力资源和社会保障局", {"hrss"})   # English initials: not pinyin
    assert not _spelled_in("盘龙镇人民政府", {"pl"})                 # two letters fit too much
