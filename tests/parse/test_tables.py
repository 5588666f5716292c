"""Values are placed by row and column labels: reordered columns, an extra 小计 column, label variants and
truncations, signed values, units and null markers."""

import pytest
from nianbao.parse.flat_tables import text_tokens
from nianbao.parse.report import parse_report
from nianbao.parse.tables import detect_template, read_tables

from tests.parse.builders import (
    active_2019,
    active_2021,
    applications_table,
    applications_values,
    page,
    report_body,
    review_table,
    review_values,
)


def _parse(body: str) -> dict:
    return parse_report(page(body).encode("utf-8"), "text/html; charset=utf-8", "http://x.gov.cn/t20240120_1.html")


@pytest.mark.parametrize("template", ["2019", "2021"])
def test_dom_tables_read_every_cell(template):
    apps = applications_values(template)
    t2 = active_2019() if template == "2019" else active_2021()
    record = _parse(report_body(template=template, apps=apps, t2=t2))
    assert record["template"] == template
    assert record["tables"]["applications"] == apps
    assert record["tables"]["review_litigation"] == review_values()


def test_columns_are_read_by_their_labels_not_their_position():
    apps = applications_values("2021", seed=3)
    order = ["total", "other_org", "legal_service", "social_org", "research", "commercial", "natural_person"]
    record = _parse(report_body(apps=apps, t3=applications_table(apps, "2021", order=order)))
    assert record["tables"]["applications"] == apps


def test_an_extra_subtotal_column_is_tolerated():
    apps = applications_values("2021", seed=2)
    record = _parse(report_body(apps=apps, t3=applications_table(apps, "2021", subtotal=True)))
    assert record["tables"]["applications"] == apps


def test_blank_cells_are_null_and_zero_stays_zero():
    apps = applications_values("2021")
    apps["granted"]["research"] = None
    apps["total"]["social_org"] = 0
    record = _parse(report_body(apps=apps))
    got = record["tables"]["applications"]
    assert got["granted"]["research"] is None and got["total"]["social_org"] == 0
    statuses = {v["rule"]: v["status"] for v in record["validation"]}
    assert statuses["t3_row_total:granted"] == "not_assessable"
    assert statuses["t3_total:research"] == "not_assessable"


def test_2021_label_variants_nulls_and_units():
    t2 = active_2021(normative_label="规范性文件", in_force_label="现行有效件", fee="125000元")
    record = _parse(report_body(t2=t2))
    active = record["tables"]["active"]
    assert record["template"] == "2021"
    assert active["normative_docs"] == {"issued": 5, "repealed": 1, "in_force": 40}
    assert active["licensing"] == {"decisions": 1520}
    assert active["punishment"] == {"decisions": None} and active["coercion"] == {"decisions": None}
    assert active["fees"] == {"amount_wan": 12.5} and type(active["fees"]["amount_wan"]) is float


def test_template_comes_from_headers_not_the_cited_document_number():
    text = "根据国办公开办函〔2019〕60号\n" + "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数"
    assert detect_template(text.split("\n")) == "2021"
    assert detect_template(["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"]) == "2019"
    assert detect_template(["总体情况", "依申请公开"]) is None


def test_flattened_2019_table_with_signed_changes():
    text = "\n".join([
        "第二十条第(五)项 | | |", "信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量",
        "行政许可 | 1259 | +3 | 18249", "其他对外管理服务事项 | 2 | 增5 | 0",
        "第二十条第(六)项 | | |", "信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量",
        "行政处罚 | 1433 | -167 | 1266", "行政强制 | 146 | 减2 | 164",
        "第二十条第(九)项 | | |", "信息内容 | 采购项目数量 | 采购总金额", "政府集中采购 | 12 | 251000元",
    ])
    result = read_tables(text_tokens(text))
    active = result.tables["active"]
    assert result.template == "2019"
    assert active["licensing"] == {"previous": 1259, "change": 3, "decisions": 18249}
    assert active["other_services"]["change"] == 5
    assert active["punishment"]["change"] == -167 and active["coercion"]["change"] == -2
    assert active["procurement"] == {"count": 12, "amount_wan": 25.1}


def test_rows_missing_values_are_left_null_with_an_error():
    text = "\n".join(["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量", "规章", "0", "0",
                      "规范性文件", "1", "2", "3"])
    result = read_tables(text_tokens(text))
    assert result.tables["active"]["regulations"] == {"made": None, "published": None, "total": None}
    assert result.tables["active"]["normative_docs"] == {"made": 1, "published": 2, "total": 3}
    assert any("regulations (2 values for 3 columns)" in message for _, message in result.errors)


def test_review_table_outcome_order_comes_from_its_labels():
    values = review_values()
    html = review_table(values)
    record = _parse(report_body(t4=html))
    assert record["tables"]["review_litigation"] == values


def test_2019_template_without_table_two_is_told_by_its_single_other_row():
    apps = applications_values("2019")
    record = _parse(report_body(template="2019", apps=apps, t2=""))
    assert record["template"] == "2019" and record["tables"]["applications"] == apps
    assert record["tables"]["active"] is None
    assert any("table 二" in e["message"] for e in record["errors"])


def test_a_second_table_of_the_same_kind_does_not_overwrite_the_first():
    first, second = applications_values("2021", seed=1), applications_values("2021", seed=4)
    t3 = applications_table(first, "2021") + "<p>全县汇总情况：</p>" + applications_table(second, "2021")
    record = _parse(report_body(apps=first, t3=t3))
    assert record["tables"]["applications"] == first
    assert any("appears more than once" in e["message"] for e in record["errors"])
