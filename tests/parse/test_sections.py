import pytest
from nianbao.parse.sections import heading_section, split_sections, table_regions


@pytest.mark.parametrize("line, section", [
    ("一、总体情况", 1), ("一、概述", 1), ("二、主动公开政府信息情况", 2), ("二、主动公开情况", 2),
    ("三、收到和处理政府信息公开申请情况", 3), ("1. 收到和处理政府信息公开申请情况", 3),
    ("四、政府信息公开行政复议、行政诉讼情况", 4), ("四、因政府信息公开工作被申请行政复议和提起行政诉讼情况", 4),
    ("五、存在的主要问题及改进情况", 5), ("五、存在问题和改进措施", 5), ("五、政府信息公开工作存在的主要问题及改进情况", 5),
    ("六、其他需要报告的事项", 6), ("第六部分 其他需要报告的事项", 6), ("**六、其他需要报告的事项**", 6),
])
def test_heading_variants(line, section):
    assert heading_section(line) == section


@pytest.mark.parametrize("line", [
    "（一）主动公开情况。", "2、主动公开情况。", "一是主动公开情况。坚持严格依法，有序推进的原则，对各类行政管理事项全部公开。",
    "三、总体情况", "四、结转下年度继续办理", "存在问题：一是制度机制建设还需加强，围绕贯彻条例建立完善制度。",
])
def test_not_headings(line):
    assert heading_section(line) is None


def test_sections_in_order_and_table_regions_cut_at_headings():
    text = "\n".join(["标题", "一、总体情况", "正文一", "二、主动公开政府信息情况", "第二十条第(一)项", "|",
                      "三、收到和处理政府信息公开申请情况", "勾稽", "|", "四、政府信息公开行政复议、行政诉讼情况",
                      "行政复议", "五、存在的主要问题及改进情况", "问题", "六、其他需要报告的事项", "无。"])
    sections, headings = split_sections(text)
    assert sections == {"1": "正文一", "2": "第二十条第(一)项\n|", "3": "勾稽\n|", "4": "行政复议", "5": "问题",
                        "6": "无。"}
    assert table_regions(text, headings) == ["第二十条第(一)项\n|", "勾稽\n|", "行政复议"]


def test_a_heading_out_of_order_is_ignored():
    sections, _ = split_sections("一、总体情况\n甲\n三、收到和处理政府信息公开申请情况\n乙\n二、主动公开政府信息情况\n丙")
    assert set(sections) == {"1", "3"}


def test_the_closing_signature_is_not_part_of_section_six():
    text = "六、其他需要报告的事项\n无。\n岚川县教育局\n2024年1月18日"
    assert split_sections(text)[0] == {"6": "无。"}
    assert split_sections("六、其他需要报告的事项\n无。\n岚川县教育局2024年1月18日")[0] == {"6": "无。"}
    assert split_sections("六、其他需要报告的事项\n本年度无。\n2024年1月18日")[0] == {"6": "本年度无。"}
