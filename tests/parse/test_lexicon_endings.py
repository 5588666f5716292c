"""A unit named by a name of the unit lexicon (url_units: full names and their standard short forms) that ends on no
unit kind the agency grammar lists (残联, 科协, 工商联, 妇联; 科学技术协会): the sentences that name a bureau name it
too, and the name grammar keeps it (docs/agency-misses.md: holdout36-041, a 残疾人联合会, fell back to the portal)."""

import pytest
from nianbao.parse.agency import ends_as_unit, usable_name
from nianbao.parse.report import parse_report

_BODY = ("\n一、总体情况\n（一）主动公开政府信息情况\n2024年主动公开政府信息120条。\n二、收到和处理政府信息公开申请情况\n"
         "三、政府信息公开行政复议、行政诉讼情况\n四、存在的主要问题及改进情况\n五、其他需要报告的事项\n")


def _agency(opening: str, portal: str) -> tuple[str | None, str | None]:
    record = parse_report((opening + _BODY).encode(), "text/plain", None, {"portal_name": portal})
    return record["agency"], record["level"]


@pytest.mark.parametrize(("short", "full"), [("残联", "残疾人联合会"), ("妇联", "妇女联合会"), ("科协", "科学技术协会"),
                                             ("工商联", "工商业联合会"), ("侨联", "归国华侨联合会"),
                                             ("文联", "文学艺术界联合会")])
def test_a_peoples_organisation_by_its_short_form_opens_the_report(short, full):
    agency, _ = _agency(f"2024年,市{short}认真贯彻落实《中华人民共和国政府信息公开条例》,现将情况报告如下。", "宣城市")
    assert agency == "宣城市" + full


def test_a_name_ending_on_a_lexicon_name_is_a_units_and_a_word_is_not():
    assert ends_as_unit("宣城市残联") and ends_as_unit("宣城市科学技术协会") and ends_as_unit("宣城市教育局")
    assert usable_name("宣城市残联")
    # (a word that ends as a short form does not, unless the lexicon holds it: 互联, 关联, 物联 are no units)
    assert not ends_as_unit("互联") and not ends_as_unit("关联") and not ends_as_unit("物联")
    assert not usable_name("关联")


def test_a_bureau_still_opens_as_a_bureau():
    """(the lexicon's endings go before the kinds in the alternation: a bureau's name is read as before, 科技局 an
    official name kept as printed)"""
    assert _agency("2024年,市科技局认真贯彻落实《中华人民共和国政府信息公开条例》,现将情况报告如下。", "宣城市") == \
        ("宣城市科技局", "department")


# --- the bodies the 机构编制 lists name, beyond the departments (parser34) ----------------------------------------

@pytest.mark.parametrize(("printed", "agency", "level"), [
    # a short form of a body's official name (Guangdong's 政务服务数据管理局, a 粮食和物资储备局, a chronicles office)
    ("市政数局", "宣城市政务服务数据管理局", "department"), ("市粮食和储备局", "宣城市粮食和物资储备局", "department"),
    ("市史志办", "宣城市史志办公室", "department"), ("市地方志办", "宣城市地方志办公室", "department"),
    # a people's organisation or a school by the name it has no short form of: public institutions, level other
    ("市总工会", "宣城市总工会", "other"), ("市红十字会", "宣城市红十字会", "other"), ("市委党校", "宣城市委党校", "other"),
])
def test_a_body_of_the_official_lists_opens_the_report(printed, agency, level):
    assert _agency(f"2024年,{printed}认真贯彻落实《中华人民共和国政府信息公开条例》,现将情况报告如下。", "宣城市") == \
        (agency, level)


def test_a_body_the_report_only_mentions_is_not_its_unit():
    """(a bureau's report that names the 党校 it trained at, or the 总工会 it works with, stays the bureau's; a 工会 alone,
    a unit's own trade union, is no body of the lists)"""
    trained = _agency("宣城市教育局2024年政府信息公开工作年度报告\n2024年,组织干部到市委党校参加政务公开培训,配合市总工会开展"
                      "职工服务。", "宣城市")
    assert trained == ("宣城市教育局", "department")
    # (the sentences read the lists' 总工会, not any 工会: a unit's own trade union opens no report)
    assert _agency("2024年,局机关工会认真贯彻落实《中华人民共和国政府信息公开条例》,现将情况报告如下。", "宣城市")[0] == \
        "宣城市人民政府"


def test_the_unit_kinds_are_one_list():
    """metadata.UNIT_END, agency's sentence endings and url_units' department kinds all come from url_units' kinds."""
    import re

    from nianbao.parse import agency, metadata, url_units

    assert set(url_units.SENTENCE_UNIT_KINDS) | set(url_units.DEPARTMENT_KINDS) <= set(url_units.UNIT_KINDS)
    assert all(metadata.UNIT_END.search("宣城市" + kind) for kind in url_units.UNIT_KINDS)
    assert agency._KIND_ENDINGS.split("|") == list(url_units.SENTENCE_UNIT_KINDS)
    # (a sentence kind that ends on another comes first, so the longer is read whole)
    for i, kind in enumerate(url_units.SENTENCE_UNIT_KINDS):
        assert not any(kind.endswith(other) and kind != other for other in url_units.SENTENCE_UNIT_KINDS[:i]), kind
    assert re.search(url_units._SUFFIX, "卫生健康委员会") and not re.search(url_units._SUFFIX, "卫生健康")
