import io
import shutil
from pathlib import Path

import pytest
from nianbao.parse.text import extract_text

from tests.parse.builders import page, report_body

DOC_ASSETS = Path(__file__).resolve().parents[2] / "crawler" / "sandbox" / "assets"


def test_html_main_content_without_portal_chrome():
    html = page(report_body()).encode("utf-8")
    extracted = extract_text(html, "text/html; charset=utf-8", "http://x.gov.cn/a.html")
    assert extracted.format == "html" and not extracted.errors
    assert extracted.title == "岚川县人民政府2023年政府信息公开工作年度报告"
    text = extracted.text
    assert text.startswith("一、总体情况") and "六、其他需要报告的事项" in text
    for chrome in ("首页", "当前位置", "分享到", "相关链接", "ICP", "网站标识码", "主办单位"):
        assert chrome not in text, chrome
    assert "行政许可 | 1520" in text           # tables are kept, one row per line
    assert len(extracted.tables) == 3 and extracted.html.startswith("<div")
    assert extracted.meta["pubdate"].startswith("2024-01-20")


def test_html_without_known_container_uses_the_densest_block():
    body = "".join(f"<p>第{i}段：政府信息公开工作取得成效，主动公开信息若干条。</p>" for i in range(30))
    html = (f"<html><body><div id='top'><a href='/'>首页</a><a href='/b'>政务公开</a></div>"
            f"<div id='main'><div id='text'>{body}</div></div><div id='bottom'><a href='/c'>网站地图</a></div>"
            f"</body></html>").encode()
    extracted = extract_text(html, "text/html", None)
    assert extracted.text.startswith("第0段") and "网站地图" not in extracted.text


def test_gbk_page_without_charset_header():
    html = page(report_body(), charset="gb2312").encode("gbk")
    extracted = extract_text(html, "text/html", None)
    assert "收到和处理政府信息公开申请情况" in extracted.text


def test_docx_paragraphs_and_tables_in_document_order():
    from docx import Document

    document = Document()
    document.add_paragraph("一、总体情况")
    document.add_paragraph("二、主动公开政府信息情况")
    table = document.add_table(rows=2, cols=3)
    table.cell(0, 0).merge(table.cell(0, 2)).text = "第二十条第（一）项"
    for i, text in enumerate(("规章", "0", "1")):
        table.cell(1, i).text = text
    document.add_paragraph("三、收到和处理政府信息公开申请情况")
    buf = io.BytesIO()
    document.save(buf)
    extracted = extract_text(buf.getvalue(), None, "a.docx")
    assert extracted.format == "docx" and not extracted.errors
    assert extracted.text.split("\n") == ["一、总体情况", "二、主动公开政府信息情况", "第二十条第（一）项",
                                          "规章 | 0 | 1", "三、收到和处理政府信息公开申请情况"]
    assert extracted.tables[0].grid == [["第二十条第（一）项", None, None], ["规章", "0", "1"]]


def test_pdf_text_and_ruled_tables():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = ParagraphStyle("b", fontName="STSong-Light", fontSize=10)
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, invariant=1)
    table = Table([["信息内容", "本年处理决定数量"], ["行政许可", "1520"]])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("FONT", (0, 0), (-1, -1), "STSong-Light")]))
    doc.build([Paragraph("二、主动公开政府信息情况", style), table, Paragraph("三、收到和处理政府信息公开申请情况", style)])
    extracted = extract_text(buf.getvalue(), "application/pdf", None)
    assert extracted.format == "pdf" and not extracted.errors
    assert extracted.text.split("\n") == ["二、主动公开政府信息情况", "信息内容 | 本年处理决定数量", "行政许可 | 1520",
                                          "三、收到和处理政府信息公开申请情况"]
    assert extracted.tables[0].grid == [["信息内容", "本年处理决定数量"], ["行政许可", "1520"]]


@pytest.mark.skipif(not shutil.which("antiword") and not shutil.which("catdoc"), reason="no .doc converter")
def test_doc_through_antiword():
    data = next(DOC_ASSETS.glob("*.doc")).read_bytes()
    extracted = extract_text(data, "application/msword", None)
    assert extracted.format == "doc" and not extracted.errors
    assert "一、总体情况" in extracted.text.split("\n")
    assert "四、政府信息公开行政复议、行政诉讼情况" in extracted.text.split("\n")   # heading unglued from the table


@pytest.mark.skipif(not shutil.which("antiword") and not shutil.which("catdoc"), reason="no .doc converter")
def test_an_ole_file_named_wps_is_wps_and_read_by_the_doc_reader():
    data = next(DOC_ASSETS.glob("*.doc")).read_bytes()
    extracted = extract_text(data, "application/octet-stream", "http://x.gov.cn/u/2023/nb.wps")
    assert extracted.format == "wps" and not extracted.errors
    assert "一、总体情况" in extracted.text.split("\n")


@pytest.mark.parametrize("data, ctype", [
    (b"", None), (b"%PDF-1.4 broken", None), (b"PK\x03\x04broken", "application/vnd.openxmlformats-"
                                               "officedocument.wordprocessingml.document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1garbage", None), (b"<html><body></body></html>", "text/html"),
    (b"\xff\xfe\x00garbage", "text/html; charset=bogus"),
])
def test_broken_documents_give_structured_errors(data, ctype):
    extracted = extract_text(data, ctype, None)
    assert isinstance(extracted.text, str)
    for error in extracted.errors:
        assert set(error) == {"stage", "message"} and error["message"]


def test_oversized_documents_are_refused(monkeypatch):
    from nianbao.parse import limits

    monkeypatch.setattr(limits, "MAX_DOCUMENT_BYTES", 100)
    extracted = extract_text(b"x" * 101, "text/plain", None)
    assert extracted.text == "" and "exceeds" in extracted.errors[0]["message"]


def _pdf(story_builder) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import SimpleDocTemplate

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, invariant=1).build(story_builder())
    return buf.getvalue()


def test_pdf_merged_cells_keep_their_spans():
    from reportlab.platypus import Table, TableStyle

    def story():
        table = Table([["行政复议", "", "行政诉讼", ""], ["结果维持", "总计", "结果维持", "总计"], ["1", "2", "3", "4"]])
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("SPAN", (0, 0), (1, 0)),
                                   ("SPAN", (2, 0), (3, 0)), ("FONT", (0, 0), (-1, -1), "STSong-Light")]))
        return [table]

    extracted = extract_text(_pdf(story), None, None)
    table = extracted.tables[0]
    assert table.grid == [["行政复议", None, "行政诉讼", None], ["结果维持", "总计", "结果维持", "总计"],
                          ["1", "2", "3", "4"]]
    assert table.spans == {(0, 0): 2, (0, 2): 2}


def test_pdf_paragraph_wrapped_at_the_margin_is_one_line():
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    sentence = "全年通过政府门户网站、政务新媒体等渠道主动公开政府信息，" * 3 + "共收到政府信息公开申请12件，均按期答复。"

    def story():
        return [Paragraph(sentence, ParagraphStyle("b", fontName="STSong-Light", fontSize=10.5)),
                Paragraph("二、主动公开政府信息情况", ParagraphStyle("h", fontName="STSong-Light", fontSize=10.5))]

    lines = extract_text(_pdf(story), None, None).text.split("\n")
    assert lines == [sentence, "二、主动公开政府信息情况"]


def test_pdf_falls_back_to_pdfplumber_when_pdfium_fails(monkeypatch):
    import nianbao.parse.pdf
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    def broken(data):
        raise RuntimeError("simulated pdfium failure")

    monkeypatch.setattr(nianbao.parse.pdf, "read_pdf", broken)
    data = _pdf(lambda: [Paragraph("一、总体情况", ParagraphStyle("b", fontName="STSong-Light", fontSize=10.5))])
    extracted = extract_text(data, None, None)
    assert extracted.text == "一、总体情况" and extracted.meta["pdf_reader"] == "pdfplumber"
    assert "simulated pdfium failure" in extracted.errors[0]["message"]


def test_a_small_container_with_a_known_name_does_not_win_over_the_report():
    body = "".join(f"<p>第{i}段：政府信息公开工作取得成效，主动公开信息若干条。</p>" for i in range(30))
    html = (f"<html><body><div class='content'>{'热点新闻标题一则，' * 15}</div>"
            f"<div id='main'><div id='text'>{body}</div></div></body></html>").encode()
    assert extract_text(html, "text/html", None).text.startswith("第0段")
