import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from nianbao.parse.report import parse_report

from tests.parse.builders import page, report_body

FIELDS = {"is_report", "title", "agency", "region_code", "level", "year", "template", "published", "sections",
          "tables", "validation", "errors"}


def _html(body: str, title: str = "岚川县人民政府2023年政府信息公开工作年度报告") -> bytes:
    return page(body, title=title).encode("utf-8")


def test_a_complete_html_report():
    record = parse_report(_html(report_body()), "text/html", "http://www.lanchuan.gov.cn/t20240120_1.html",
                          {"region_code": "519021"})
    assert FIELDS <= set(record)
    assert record["is_report"] and not record["errors"]
    assert (record["agency"], record["level"], record["year"], record["template"], record["published"],
            record["region_code"]) == ("岚川县人民政府", "county_government", 2023, "2021", "2024-01-20", "519021")
    assert all(record["sections"][k] for k in "123456")
    failing = [r["rule"] for r in record["validation"] if r["status"] == "fail"]
    assert failing == []


def test_hints_fill_what_the_document_does_not_say():
    record = parse_report(b"\xe4\xb8\x80\xe3\x80\x81\xe6\x80\xbb\xe4\xbd\x93\xe6\x83\x85\xe5\x86\xb5\n", "text/plain",
                          None, {"agency": "岚川县教育局", "year": "2022", "published": "2023-01-10"})
    assert (record["agency"], record["year"], record["published"], record["level"]) == (
        "岚川县教育局", 2022, "2023-01-10", "department")


def test_an_interpretation_page_is_not_a_report():
    title = "《岚川县人民政府2023年政府信息公开工作年度报告》解读"
    record = parse_report(_html(report_body(), title=title), "text/html", None)
    assert record["is_report"] is False


def test_a_table_published_as_an_image_is_reported_missing():
    body = report_body(t3='<p><img src="/t3.png" alt=""></p>')
    record = parse_report(_html(body), "text/html", None)
    assert record["is_report"] and record["tables"]["applications"] is None
    assert any("table 三" in e["message"] and "image" in e["message"] for e in record["errors"])
    statuses = {r["rule"]: r["status"] for r in record["validation"]}
    assert statuses["t3_balance:total"] == "not_assessable" and statuses["t4_total:review"] == "pass"


def test_a_missing_section_is_reported():
    body = report_body().replace("<p>五、存在的主要问题及改进情况</p>", "")
    record = parse_report(_html(body), "text/html", None)
    assert record["sections"]["5"] is None
    assert {"stage": "sections", "message": "sections not found: 五"} in record["errors"]


def test_a_report_page_that_only_links_an_attachment():
    html = page("<p>详见附件。</p><p><a href='/a.pdf'>岚川县教育局2023年政府信息公开工作年度报告.pdf</a></p>",
                title="岚川县教育局2023年政府信息公开工作年度报告").encode()
    record = parse_report(html, "text/html", None)
    assert record["is_report"] and record["template"] == "unknown"
    assert any("attachment" in e["message"] for e in record["errors"])


def test_a_pre2019_free_form_report():
    text = "岚川县2017年政府信息公开工作年度报告\n一、概述\n正文\n二、主动公开政府信息情况\n正文\n三、依申请公开政府信息情况\n正文"
    record = parse_report(text.encode(), "text/plain", None)
    assert record["is_report"] and record["template"] == "pre2019" and record["validation"] == []


def test_a_traditional_chinese_mirror_is_read_as_simplified():
    from opencc import OpenCC

    from tests.parse.conftest import SAMPLES

    text = OpenCC("s2t").convert((SAMPLES / "xinghe-county-2024.txt").read_text(encoding="utf-8"))
    assert "報告" in text
    record = parse_report(text.encode("utf-8"), "text/plain", None)
    assert record["template"] == "2021" and record["agency"] == "兴和县人民政府"
    assert record["tables"]["applications"]["new_received"]["total"] == 26
    assert any("Traditional" in e["message"] for e in record["errors"])


def test_a_notice_that_carries_the_report_is_a_report():
    title = "关于印发《岚川县人民政府2023年政府信息公开工作年度报告》的通知"
    assert parse_report(_html(report_body(), title=title), "text/html", None)["is_report"] is True
    notice = page("<p>各乡镇：现将年度报告编制要求通知如下。</p>", title="关于做好2023年政府信息公开工作年度报告编制工作的通知")
    assert parse_report(notice.encode(), "text/html", None)["is_report"] is False


def test_wrong_input_types_become_structured_errors():
    for bad in (None, "text", 12):
        record = parse_report(bad)
        assert record["is_report"] is False
        assert record["errors"] and record["errors"][0]["stage"] == "parse"


def test_text_extracted_by_the_caller_gives_the_same_record():
    from nianbao.parse.text import extract_text

    data, url = _html(report_body()), "http://www.lanchuan.gov.cn/t20240120_1.html"
    alone = parse_report(data, "text/html", url)
    given = parse_report(data, "text/html", url, extracted=extract_text(data, "text/html", url))
    assert given == alone and any(alone["tables"].values())


def test_the_title_out_of_a_title_line_that_carries_more():
    """Title lines of real pages (holdout2–holdout6) with labels, breadcrumbs, site names, metadata and part markers
    around the title; words that are the title's own (…的通知, …制度(试行), a 解读's label) stay."""
    from nianbao.parse.report import tidy_title

    for line, title in (
        ("您当前的位置:首页»广元市利州区人民政府嘉陵街道2022年政府信息公开工作年度报告»详情",
         "广元市利州区人民政府嘉陵街道2022年政府信息公开工作年度报告"),
        ("中文名|鄂尔多斯市人民政府2013年政府信息公开工作年度报告|地区|鄂尔多斯市", "鄂尔多斯市人民政府2013年政府信息公开工作年度报告"),
        ("Page9-威海市文登人民政府办公室2022年政府信息公开工作年度报告", "威海市文登人民政府办公室2022年政府信息公开工作年度报告"),
        ("名称:阜阳市人民防空办公室2013年政府信息公开工作年度报告信息来源:阜阳市国防动员办公室",
         "阜阳市人民防空办公室2013年政府信息公开工作年度报告"),
        ("铺前镇2020年政府信息公开工作年度报告-文号:发布日期:2021-01-20 09:14", "铺前镇2020年政府信息公开工作年度报告"),
        ("黑龙江省2011年度政府信息公开工作报告/全文", "黑龙江省2011年度政府信息公开工作报告"),
        ("莆二中 [2015] 3号 签发人:曾加华 2014年莆田第二中学 政府信息公开工作年度报告", "2014年莆田第二中学政府信息公开工作年度报告"),
        ("关于做好2020年度政府信息公开工作年度报告编制发布工作的通知", "关于做好2020年度政府信息公开工作年度报告编制发布工作的通知"),
        ("文字解读:济南市历下区大明湖街道办事处2022年政府信息公开工作年度报告",
         "文字解读:济南市历下区大明湖街道办事处2022年政府信息公开工作年度报告"),
        ("主题词:信息公开报告2011", "信息公开报告2011"),
        ("2021-2022学年信息公开年度报告", "2021-2022学年信息公开年度报告"),
        ("网站首页", "网站首页"),
    ):
        assert tidy_title(line) == title, line
    page = "标题|宿城街道办事处2021年政府信息公开工作年度报告\n一、总体情况\n2021年,宿城街道……"
    assert parse_report(page.encode(), "text/plain")["title"] == "宿城街道办事处2021年政府信息公开工作年度报告"


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_tidy_title_of_any_line_is_a_piece_of_it(line):
    from nianbao.parse.report import tidy_title

    tidied = tidy_title(line)
    assert tidied == line.strip() or tidied in re.sub(r"[\s\u00a0\u3000]+", "", line)


def test_the_year_of_the_report_the_opening_clause_publishes():
    """holdout7-005: 根据…要求,发布《重庆市审计局2021年…年度报告》: the page's own title (not a cited one) gives the year,
    not a year the body's work mentions (公开了2020年度市级预算执行…)."""
    text = ("根据《中华人民共和国政府信息公开条例》规定和《国务院办公厅政府信息与政务公开办公室关于印发<中华人民共和国政府信息公开工作"
            "年度报告格式>的通知》要求,发布《重庆市审计局2021年政府信息公开工作年度报告》。\n一、总体情况\n(一)主动公开情况。\n"
            "全年主动公开政府信息117条。二是依法向社会公布审计结果,公开了2020年度市级预算执行和其他财政收支审计情况等8条审计结果。\n")
    record = parse_report(text.encode(), "text/plain")
    assert record["year"] == 2021 and record["title"] == "重庆市审计局2021年政府信息公开工作年度报告"


_LIST_TITLE = "杭州市西湖区人民政府2023年政府信息公开工作年度报告"
_LIST_OPENING = "本报告依据《中华人民共和国政府信息公开条例》编制，统计期限自2023年1月1日至2023年12月31日。"
_LIST_ROW = {"title": _LIST_TITLE, "url": "/art/2024/1/5/art_1.html", "content": _LIST_OPENING}


@pytest.mark.parametrize("body, kind", [
    (json.dumps({"total": 1, "data": [_LIST_ROW]}, ensure_ascii=False).encode(), "a JSON answer"),
    (("jQuery1123_456(" + json.dumps([_LIST_ROW], ensure_ascii=False) + ");").encode(), "a JSONP answer"),
    (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><item><title>{_LIST_TITLE}</title>'
     f"<description>{_LIST_OPENING}</description></item></channel></rss>".encode(), "an RSS feed"),
])
def test_a_data_answer_naming_a_report_is_not_a_report(body, kind):
    """A list API's answer (or a feed) carrying a report's title and opening, fetched through a link that names
    the report, is data a page is built from: not a report, and the reason says so. The same words printed as a
    text page are still a report."""
    hints = {"link_text": _LIST_TITLE, "title": _LIST_TITLE}
    record = parse_report(body, "application/json", "https://www.hzxh.gov.cn/api/list?page=1", hints)
    assert record["is_report"] is False
    assert kind in record["is_report_reason"] and "not a document" in record["is_report_reason"]
    as_text = parse_report(f"{_LIST_TITLE}\n{_LIST_OPENING}".encode(), "text/plain", None, hints)
    assert as_text["is_report"] is True
