from __future__ import annotations

import pytest
from nianbao.crawler.discovery.attachments import attachment_links
from nianbao.crawler.discovery.classify import (
    classify_file_title,
    classify_page,
    judge_title,
    published_date,
    unit_type,
)


@pytest.mark.parametrize("title,year,agency", [
    ("临洮县人民政府2023年政府信息公开工作年度报告", 2023, "临洮县人民政府"),
    ("2023年临洮县教育局政府信息公开工作年度报告", 2023, "临洮县教育局"),
    ("关于临洮县2022年度政府信息公开工作年度报告", 2022, "临洮县"),
    ("临洮县人民政府办公室2021年度政府信息公开年报", 2021, "临洮县人民政府办公室"),
    ("二〇二三年度太石镇政府信息公开工作年度报告", 2023, "太石镇"),
    ("【横山镇】2020年政府信息公开工作年度报告", 2020, "横山镇"),
    ("南山区教育局2019年政务公开工作年度报告", 2019, "南山区教育局"),
    ("某县卫健局2024年度信息公开年度报告", 2024, "某县卫健局"),
])
def test_report_titles(title, year, agency):
    verdict = judge_title(title)
    assert verdict.is_candidate, verdict
    assert (verdict.year, verdict.agency) == (year, agency)


@pytest.mark.parametrize("title,word", [
    ("临洮县2023年政府信息公开工作年度报告解读", "解读"),
    ("图解：某县2023年政府信息公开工作年度报告", "图解"),
    ("关于做好2023年政府信息公开工作年度报告编制工作的通知", "通知"),
    ("关于印发政府信息公开工作年度报告格式的通知", "通知"),
    ("某市卫健委2022年度绩效考评报告", "绩效"),
    ("某县2023年政务公开工作总结", "工作总结"),
])
def test_look_alikes_are_excluded_with_the_word(title, word):
    verdict = judge_title(title)
    assert not verdict.is_candidate and verdict.excluded_by == word


@pytest.mark.parametrize("title", ["政府信息公开年报", "某县2023年国民经济和社会发展统计公报", "关于我们", ""])
def test_not_report_titles(title):
    assert not judge_title(title).is_candidate


def test_full_report_page_confirmed_with_metadata(fixture_page):
    page = fixture_page("report_trs.html", "http://www.mouxian.gov.cn/zwgk/zfxxgknb/202401/t20240120_83001240.html")
    verdict = classify_page(page, "某县教育局2023年…")
    assert verdict.kind == "report" and verdict.reason.startswith("content: 6 section headings")
    assert (verdict.title, verdict.agency, verdict.year) == ("某县教育局2023年政府信息公开工作年度报告", "某县教育局", 2023)
    assert verdict.published == "2024-01-20" and verdict.site_id_code == "5224020001"


@pytest.mark.parametrize("name", ["report_gbk_meta.html", "report_gbk_nometa.html"])
def test_gbk_page_without_charset_header(fixture_page, name):
    page = fixture_page(name, "http://www.lintao.gov.cn/xxgk/nb/t20240120_1.html", content_type="text/html")
    assert page.encoding == "gb18030"
    verdict = classify_page(page)
    assert verdict.kind == "report"
    assert verdict.agency == "临洮县卫生健康局" and verdict.year == 2023


def test_interpretation_page_rejected_even_with_headings(fixture_page):
    page = fixture_page("report_jiedu.html", "http://a.gov.cn/t20240101_1.html")
    verdict = classify_page(page)
    assert verdict.kind == "not_report" and verdict.reason == "title contains 图解"


def test_title_without_report_content_rejected(fixture_page):
    page = fixture_page("report_no_content.html", "http://a.gov.cn/t20240101_2.html")
    verdict = classify_page(page)
    assert verdict.kind == "not_report" and verdict.reason.startswith("no report content")


def test_report_posted_as_attachment_only(fixture_page):
    page = fixture_page("report_pdf_only.html", "http://www.mz.gov.cn/art/2023/1/31/art_1_2.html")
    files = attachment_links(page)
    verdict = classify_page(page, has_attachments=bool(files))
    assert verdict.kind == "report" and verdict.year == 2022 and verdict.agency == "某镇"
    assert verdict.published == "2023-01-31"


def test_published_date_from_label_then_url(fixture_page):
    page = fixture_page("report_no_content.html", "http://a.gov.cn/zwgk/202402/t20240205_99.html")
    assert published_date(page) == "2024-02-05"


def test_file_linked_from_a_list():
    assert classify_file_title("某镇2022年政府信息公开工作年度报告.pdf").kind == "report"
    assert classify_file_title("某镇2022年政府信息公开工作年度报告解读.pdf").kind == "not_report"
    assert classify_file_title("办事指南.pdf") is None


@pytest.mark.parametrize("agency,kind", [
    ("临洮县人民政府", "government"), ("临洮县人民政府办公室", "government_office"), ("太石镇", "township"),
    ("城关街道办事处", "township"), ("临洮县教育局", "department"), ("经济开发区管委会", "development_zone"),
    (None, "unknown"),
])
def test_unit_type(agency, kind):
    assert unit_type(agency) == kind


def test_historical_report_is_a_report_without_template_tables():
    """A 2016 report: free-form sections of the 2008-2018 reports, none of the 2019/2021 table headers."""
    from nianbao.crawler.discovery.page import HtmlPage

    body = ("<h1>2016年某某县人民政府政府信息公开工作年度报告</h1><p>一、概述</p><p>二、主动公开政府信息的情况</p>"
            "<p>三、依申请公开政府信息和不予公开政府信息的情况</p><p>四、政府信息公开的收费及减免情况</p>"
            "<p>五、因政府信息公开申请行政复议、提起行政诉讼的情况</p>")
    page = HtmlPage.from_bytes("http://www.x.gov.cn/xxgk/t20170301_1.html", f"<html><body>{body}</body></html>".encode())
    verdict = classify_page(page)
    assert verdict.kind == "report" and verdict.year == 2016 and verdict.reason.startswith("content: 4 section")
    short = HtmlPage.from_bytes("http://www.x.gov.cn/xxgk/t20100301_2.html",
                                "<html><body><h1>某某县2009年政府信息公开工作年度报告</h1><p>全年主动公开信息1200条。</p>"
                                "</body></html>".encode())
    assert classify_page(short).kind == "report" and "before the 2019 template" in classify_page(short).reason


def test_a_traditional_mirrors_report_is_judged_by_the_simplified_words():
    """A 繁體 gateway's copy (Big5, traditional characters): its title and section headings are folded to Simplified
    the parser's way (parse/traditional.py) before the title test and the content evidence."""
    from nianbao.crawler.discovery.classify import looks_like_report_title
    from nianbao.crawler.discovery.page import HtmlPage

    title = "2017年××縣人民政府政府信息公開工作年度報告"
    assert looks_like_report_title(title)
    verdict = judge_title(title)
    assert verdict.is_candidate and (verdict.year, verdict.agency) == (2017, "××县人民政府")
    # a look-alike stays one in Traditional: 解讀 is a 解读, 通知 a 通知
    assert judge_title("2017年××縣政府信息公開工作年度報告解讀").excluded_by == "解读"
    assert classify_file_title("關於報送2017年政府信息公開工作年度報告的通知").kind == "not_report"
    assert not looks_like_report_title("縣政府工作報告") and not looks_like_report_title("新聞動態")
    body = ("<h1>2021年××縣教育局政府信息公開工作年度報告</h1><p>發佈日期：2022-01-20</p><p>一、總體情況</p>"
            "<p>二、主動公開政府信息情況</p><p>三、收到和處理政府信息公開申請情況</p><p>四、政府信息公開行政復議、行政訴訟情況</p>")
    page = HtmlPage.from_bytes("http://big5.x.gov.cn/gate/big5/www.x.gov.cn/xxgk/nb/bm/index_1.html",
                               f'<html><head><meta charset="big5"></head><body>{body}</body></html>'.encode("big5"))
    verdict = classify_page(page)
    assert verdict.kind == "report" and verdict.reason.startswith("content: 4 section")
    assert (verdict.year, verdict.published, verdict.title) == (2021, "2022-01-20", "2021年××縣教育局政府信息公開工作年度報告")
