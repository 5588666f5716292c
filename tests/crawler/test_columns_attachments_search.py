from __future__ import annotations

import pytest
from nianbao.crawler.discovery import columns, search
from nianbao.crawler.discovery.attachments import attachment_links, file_extension, viewer_target


@pytest.mark.parametrize("text,url", [
    ("政务公开", "http://a.gov.cn/zwgk/"), ("信息公开", "http://a.gov.cn/col/col1/index.html"),
    ("政府信息公开", "http://a.gov.cn/xxgk/"), ("", "http://a.gov.cn/zfxxgk/index.html"),
])
def test_section_links(text, url):
    assert columns.is_section_link(text, url)


@pytest.mark.parametrize("text,url", [
    ("政府信息公开年报", "http://a.gov.cn/col/col123/index.html"),
    ("政府信息公开工作年度报告", "http://a.gov.cn/x/index.html"),
    ("年度报告", "http://a.gov.cn/x/"),
    ("", "http://a.gov.cn/zwgk/zfxxgknb_70772/"),
    ("更多", "http://a.gov.cn/xxgk/xxgknb/index.shtml"),
    ("2022年", "http://a.gov.cn/zwgk/zfxxgknb/2022n/"),
    ("", "http://a.gov.cn/openness/OpennessAnnualReport/year/12/2023.html"),
])
def test_column_links(text, url):
    assert columns.is_column_link(text, url)


@pytest.mark.parametrize("text,url", [
    ("某县2023年政府信息公开工作年度报告", "http://a.gov.cn/zwgk/zfxxgknb/202401/t20240120_1.html"),
    ("新闻中心", "http://a.gov.cn/xwzx/"),
    ("内部通知", "http://a.gov.cn/nb/"),
])
def test_not_column_links(text, url):
    assert not columns.is_column_link(text, url)


@pytest.mark.parametrize("text,url", [
    ("2023年", "http://a.gov.cn/zfxxgknb/2023/"), ("乡镇（街道）", "http://a.gov.cn/zfxxgknb/xzjd/"),
    ("部门", "http://a.gov.cn/zfxxgknb/bm/"), ("", "http://a.gov.cn/zfxxgknb/bmxxgknb/"),
    ("县直部门年报", "http://a.gov.cn/col/col55/index.html"),
])
def test_subcolumn_links(text, url):
    assert columns.is_subcolumn_link(text, url)


@pytest.mark.parametrize("url", [
    "http://a.gov.cn/zwgk/zfxxgknb/202401/t20240120_83001240.html",
    "https://www.longyou.gov.cn/art/2024/1/30/art_1229114055_89890.html",
    "http://a.gov.cn/gkmlpt/content/11/11101/post_11101002.html",
    "http://a.gov.cn/module/xxgk/xxgkAnnualReport.jsp?area=01251010-066&fbtime=2019",
    "http://tsqs.gov.cn/info/1093/25813.htm",
    "http://a.gov.cn/c23807/20220217/i1826961.html",
])
def test_detail_urls(url):
    assert columns.is_detail_url(url)


def test_module_without_unit_is_a_column():
    url = "http://a.gov.cn/module/xxgk/xxgkAnnualReport.jsp?fbtime=2023"
    assert not columns.is_detail_url(url) and columns.is_column_link("", url)


def test_column_page_from_meta(fixture_page):
    page = fixture_page("trs_classic.html", "http://a.gov.cn/zwgk/x/index.html")
    assert columns.is_column_page(page.meta_tags, page.url)
    assert not columns.is_column_page(page.meta_tags, "http://a.gov.cn/zwgk/x/202401/t20240120_1.html")


def test_attachments_links_embeds_and_viewers(fixture_page):
    page = fixture_page("report_pdf_only.html", "http://www.mz.gov.cn/art/2023/1/31/art_1_2.html")
    urls = [link.url for link in attachment_links(page)]
    assert urls == [
        "http://www.mz.gov.cn/attach/download.do?id=8812",
        "http://www.mz.gov.cn/u/2023/nb.DOCX",
        "http://www.mz.gov.cn/u/2023/nb.wps",
        "http://www.mz.gov.cn/uploadfiles/2023/01/mz2022nb.pdf",
        "http://www.mz.gov.cn/u/2023/scan.pdf",
    ]


@pytest.mark.parametrize("url,fmt", [
    ("http://a.gov.cn/u/2023/nb.odt", "odt"), ("http://a.gov.cn/u/2023/nb.ODS", "ods"),   # WPS/LibreOffice saves
    ("http://a.gov.cn/u/2023/nb.mht", "mht"), ("http://a.gov.cn/u/2023/nb.mhtml", "mhtml"),   # Word's 单个文件网页
    ("http://a.gov.cn/u/2023/nb.rtf", "rtf"),
    ("http://a.gov.cn/u/2023/nb.html", None), ("http://a.gov.cn/u/odt/index.html", None),   # pages, not files
    ("http://a.gov.cn/u/2023/nb.odt.html", None),
])
def test_every_format_parse_reads_is_a_file(url, fmt):
    """A report is published in any format parse/ reads (parse/formats.py): its link is the page's attachment."""
    assert file_extension(url) == fmt


def test_viewer_target():
    assert viewer_target("http://a.gov.cn/pdfjs/web/viewer.html?file=%2Fu%2Fx.pdf") == "http://a.gov.cn/u/x.pdf"
    assert viewer_target("http://a.gov.cn/pdfjs/web/viewer.html?file=http://b.gov.cn/y.pdf") == "http://b.gov.cn/y.pdf"
    assert viewer_target("http://a.gov.cn/x.html?id=5") is None


def test_search_uses_the_site_form(fixture_page):
    page = fixture_page("search_form.html", "http://www.x.gov.cn/")
    assert search.search_urls(page, page.url) == [
        "http://www.x.gov.cn/was5/web/search?channelid=200817&searchword=%E6%94%BF%E5%BA%9C%E4%BF%A1%E6%81%AF"
        "%E5%85%AC%E5%BC%80%E5%B7%A5%E4%BD%9C%E5%B9%B4%E5%BA%A6%E6%8A%A5%E5%91%8A"]


def test_search_fallback_endpoints(fixture_page):
    page = fixture_page("hanweb_column.html", "http://www.longyou.gov.cn/")
    trs_url, hanweb_url = search.search_urls(page, "http://www.longyou.gov.cn/")
    assert trs_url.startswith("http://www.longyou.gov.cn/was5/web/search?searchword=")
    assert hanweb_url.startswith("http://www.longyou.gov.cn/jrobotfront/search.action?webid=3112&searchWord=")
