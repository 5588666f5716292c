"""Files a list links by their name or 附件 only (crawler/discovery/unnamed_files.py): judged by their opening text,
then by their column, else dropped."""

from __future__ import annotations

import io

import pytest
from nianbao.crawler.discovery.unnamed_files import judge_unnamed, names_nothing, opening_lines

REPORT_TITLE = "某某县教育局2023年政府信息公开工作年度报告"


def _pdf(lines: list[str]) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = ParagraphStyle("b", fontName="STSong-Light", fontSize=12)
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, invariant=1).build([Paragraph(line, style) for line in lines])
    return buf.getvalue()


def _docx(lines: list[str]) -> bytes:
    from docx import Document

    document = Document()
    for line in lines:
        document.add_paragraph(line)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def test_a_file_name_or_a_file_word_names_nothing_a_title_does():
    for label in ("P020240115123456789012.pdf", "附件1.doc", "附件", "下载", "点击下载", "", None, "xxx.wps",
                  " 附件2：.docx"):
        assert names_nothing(label), label
    for label in ("2023年报.pdf", "关于开展检查的通知.doc", REPORT_TITLE, "招聘公告"):
        assert not names_nothing(label), label


def test_a_pdf_whose_first_line_is_a_report_title_is_a_report_with_its_year_and_unit():
    opening = opening_lines(_pdf([REPORT_TITLE, "一、总体情况", "本年度……"]), "pdf")
    assert opening[0].startswith(REPORT_TITLE)   # (parse joins a short line to the next, join_wrapped)
    how, verdict = judge_unnamed(opening, column_reports=0)
    assert how == "by_text" and verdict.kind == "report"
    assert (verdict.year, verdict.agency) == (2023, "某某县教育局")
    assert verdict.reason.startswith("opening text")


def test_a_title_wrapped_over_two_lines_of_a_docx_is_read_whole():
    opening = opening_lines(_docx(["某某镇人民政府", "2022年政府信息公开工作年度报告", "一、总体情况"]), "docx")
    how, verdict = judge_unnamed(opening, column_reports=0)
    assert how == "by_text" and verdict.year == 2022 and verdict.agency == "某某镇人民政府"


def test_a_notice_is_no_report_even_in_a_report_column():
    opening = opening_lines(_pdf(["关于做好2023年度政务公开工作的通知", "各乡镇人民政府："]), "pdf")
    assert opening
    assert judge_unnamed(opening, column_reports=5) == ("dropped", None)
    # a notice about the report names the type and is recorded as what it is
    how, verdict = judge_unnamed(["关于报送2023年政府信息公开工作年度报告的通知"], column_reports=5)
    assert how == "dropped" and verdict.kind == "not_report" and "通知" in verdict.reason


def test_an_unreadable_file_is_a_report_candidate_in_a_report_column_only():
    unreadable = opening_lines(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "wps")
    assert unreadable == []
    assert opening_lines(b"%PDF-1.4 cut", "pdf") == []
    assert opening_lines(_pdf([REPORT_TITLE]), "xlsx") == []      # no text reader asked for other formats
    how, verdict = judge_unnamed(unreadable, column_reports=2, label="P0202301.wps")
    assert how == "by_column" and verdict.kind == "report" and verdict.year is None and "2 reports" in verdict.reason
    assert judge_unnamed(unreadable, column_reports=0, label="附件") == ("dropped", None)   # a news list's 附件


@pytest.mark.parametrize("workers", [0, 1])   # read in the crawl process, or in a worker process
def test_the_spider_judges_a_file_its_link_does_not_name_by_its_opening_lines(tmp_path, workers):
    from scrapy.http import Request, Response

    from tests.crawler.offline_spider import drain, offline_spider

    spider = offline_spider(tmp_path, NIANBAO_PAGE_WORKERS=workers)
    url = "http://www.x.gov.cn/xxgk/nb/P020240115123456.pdf"
    meta = {"nianbao_portal": "a", "nianbao_role": "article", "nianbao_column": "c", "nianbao_anchor": "附件1.pdf"}
    notice = _pdf(["关于做好2023年度政务公开工作的通知", "各乡镇人民政府："])
    report, dropped = drain(spider, spider.parse_file(Response(url, body=_pdf([REPORT_TITLE, "一、总体情况"]),
                                                                request=Request(url, meta=meta)), "pdf"),
                            spider.parse_file(Response(url, body=notice, request=Request(url, meta=meta)), "pdf"))
    assert [(item.kind, item.year, item.agency) for item in report] == [("report", 2023, "某某县教育局")]
    assert dropped == []   # a notice, whatever its link
    stats = spider.crawler.stats
    assert (stats.get_value("discovery/unnamed_documents/by_text"),
            stats.get_value("discovery/unnamed_documents/dropped")) == (1, 1)
