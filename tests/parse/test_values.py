import pytest
from nianbao.parse.values import as_count, is_value, normalise, parse_value


@pytest.mark.parametrize("text, value", [
    ("0", 0), ("12", 12), (" 2446 ", 2446), ("１２", 12), ("1,259", 1259), ("+3", 3), ("-167", -167),
    ("＋18", 18), ("－2", -2), ("−5", -5), ("增243", 243), ("减5", -5), ("增加12", 12), ("减少3", -3),
    ("88.78248", 88.78248), ("31878.41万元", 31878.41), ("251000元", 25.1), ("5件", 5), ("3 个", 3),
])
def test_numbers(text, value):
    parsed = parse_value(text)
    assert parsed is not None and parsed.kind == "number" and parsed.value == value


@pytest.mark.parametrize("text", ["/", "／", "—", "——", "-", "--", "无", "\\"])
def test_null_markers_are_values_without_a_number(text):
    parsed = parse_value(text)
    assert parsed is not None and parsed.kind == "null" and parsed.value is None


def test_blank_cells():
    assert parse_value("").kind == "blank" and parse_value("\u00a0 ").kind == "blank"
    assert parse_value(None).kind == "blank"


@pytest.mark.parametrize("text", ["1.属于国家秘密", "规章", "第二十条第（一）项", "2019年", "总计", "0474-7216993",
                                  "--------"])
def test_labels_are_not_values(text):
    assert not is_value(text)


def test_zero_stays_zero_and_units():
    assert parse_value("0").value == 0 and parse_value("0").value is not None
    assert parse_value("251000元").unit == "万元"
    assert parse_value("+1036").value == 1036


def test_helpers():
    assert as_count(3.0) == 3 and type(as_count(3.0)) is int
    assert as_count(1.5) == 1.5
    assert normalise("结 果\u3000维持（一）") == "结果维持(一)"
