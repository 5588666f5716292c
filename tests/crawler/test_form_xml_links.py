"""Fixed GET forms read as links (crawler/discovery/form_links.py) and addresses an XML list names as data
(crawler/discovery/xml_links.py), alone and through analyse_html."""

from __future__ import annotations

import pytest
from nianbao.crawler.discovery.analysis import PageJob, analyse_html
from nianbao.crawler.discovery.form_links import MAX_FORM_LINKS_PER_PAGE, fixed_form_links
from nianbao.crawler.discovery.page import HtmlPage
from nianbao.crawler.discovery.xml_links import MAX_XML_LINKS, is_xml_document, xml_links

URL = "http://www.x.gov.cn/xxgk/list.jsp?catid=bm"
TITLE = "某某县财政局2023年政府信息公开工作年度报告"


def _row(infoid, title=TITLE, extra=""):
    return (f'<tr><td class="title">{title}</td><td>2024-01-20</td><td><form action="/xxgk/view.jsp" method="get">'
            f'<input type="hidden" name="infoid" value="{infoid}">{extra}<input type="submit" value="查看"></form>'
            "</td></tr>")


def _page(rows: str) -> HtmlPage:
    html = f"<html><head><title>部门年报</title></head><body><table>{rows}</table></body></html>"
    return HtmlPage.from_bytes(URL, html.encode(), "text/html; charset=utf-8")


def test_fixed_get_form_is_a_link_labelled_by_its_row():
    links = fixed_form_links(_page(_row(12345678) + _row(23456789, "某某县2022年政府信息公开工作年度报告")))
    assert [link.url for link in links] == ["http://www.x.gov.cn/xxgk/view.jsp?infoid=12345678",
                                            "http://www.x.gov.cn/xxgk/view.jsp?infoid=23456789"]
    assert links[0].label == f"{TITLE} 2024-01-20" and links[0].tag == "form"


def test_named_submit_button_joins_the_query_and_labels_a_rowless_form():
    html = ('<html><body><form action="show.asp"><input type="hidden" name="id" value="7">'
            '<input type="submit" name="act" value="查看年报"></form></body></html>')
    links = fixed_form_links(HtmlPage.from_bytes(URL, html.encode(), "text/html"))
    assert [(link.url, link.label) for link in links] == [("http://www.x.gov.cn/xxgk/show.asp?id=7&act=%E6%9F%A5%E7%9C%8B%E5%B9%B4%E6%8A%A5",
                                                           "查看年报")]


def test_forms_a_user_fills_in_or_picks_from_are_not_links():
    page = _page(_row(1, extra='<input type="text" name="q">') + _row(2, extra='<select name="y"><option>2023</option></select>')
                 + _row(3, extra='<input type="checkbox" name="c" value="1">') + _row(4).replace('method="get"', 'method="post"')
                 + '<tr><td><form action="/x.jsp"><input type="submit" value="go"></form></td></tr>')   # no hidden field
    assert fixed_form_links(page) == []


def test_form_links_are_bounded_and_deduplicated():
    rows = "".join(_row(i) for i in range(MAX_FORM_LINKS_PER_PAGE + 5)) + _row(0)
    links = fixed_form_links(_page(rows))
    assert len(links) == MAX_FORM_LINKS_PER_PAGE and len({link.url for link in links}) == len(links)


def test_a_column_rows_forms_are_followed_as_articles():
    html = f"<html><head><title>部门年报</title></head><body><table>{_row(12345678)}</table></body></html>"
    result = analyse_html(PageJob(URL, html.encode(), "text/html; charset=utf-8", "column"))
    assert result.form_links == 1
    assert [(f.url, f.role) for f in result.follows] == [("http://www.x.gov.cn/xxgk/view.jsp?infoid=12345678", "article")]


XML_URL = "http://www.x.gov.cn/xxgk/nb/index.xml"
CHANNEL = ('<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" href="list.xsl"?>\n'
           '<channel name="年报"><group name="部门"><doc><title>' + TITLE + '</title><url>/xxgk/nb/202401/t20240120_1.html'
           '</url><date>2024-01-20</date></doc><doc><title>某某县2022年政府信息公开工作年度报告</title>'
           '<url>http://www.x.gov.cn/xxgk/nb/202301/t20230120_2.html</url></doc>'
           '<doc link="../old/3.html"><name>2019年报</name><note>see https://www.other.cn/a.html</note></doc>'
           '</group></channel>\n')


def test_xml_list_addresses_are_links_labelled_by_their_sibling_title():
    links = xml_links(XML_URL, CHANNEL.encode(), "text/xml; charset=utf-8")
    assert [(link.url, link.label) for link in links] == [
        ("http://www.x.gov.cn/xxgk/nb/202401/t20240120_1.html", TITLE),
        ("http://www.x.gov.cn/xxgk/nb/202301/t20230120_2.html", "某某县2022年政府信息公开工作年度报告"),
        ("http://www.x.gov.cn/xxgk/old/3.html", "2019年报")]   # free text holding a URL is not an address


def test_what_is_not_an_xml_list_gives_nothing():
    assert not is_xml_document("text/html", b"<html><body><url>/a.html</url></body></html>")
    assert not is_xml_document("application/xhtml+xml", b'<?xml version="1.0"?><html><body/></html>')
    assert is_xml_document("", CHANNEL.encode()) and is_xml_document("application/xml", b"<list/>")
    assert xml_links(XML_URL, b'<?xml version="1.0"?><html><body><a href="/a.html">a</a></body></html>') == []
    assert xml_links(XML_URL, b"<?xml version='1.0'?>\x00\x01 not xml", "text/xml") == []


def test_xml_entities_are_not_resolved_and_links_are_bounded():
    evil = (b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
            b"<d><doc><url>/a&e;.html</url></doc></d>")
    assert all("root:" not in link.url for link in xml_links(XML_URL, evil, "text/xml"))
    many = "<d>" + "".join(f"<doc><url>/p/{i}.html</url></doc>" for i in range(MAX_XML_LINKS + 10)) + "</d>"
    assert len(xml_links(XML_URL, many.encode(), "text/xml")) == MAX_XML_LINKS


def test_a_column_xml_list_is_followed_as_articles():
    result = analyse_html(PageJob(XML_URL, CHANNEL.encode(), "text/xml; charset=utf-8", "column"))
    assert result.xml_links == 3
    articles = {f.url for f in result.follows if f.role == "article"}
    assert {"http://www.x.gov.cn/xxgk/nb/202401/t20240120_1.html",
            "http://www.x.gov.cn/xxgk/nb/202301/t20230120_2.html"} <= articles


@pytest.mark.slow
def test_row_forms_and_an_xslt_styled_xml_column_give_their_reports_end_to_end(tmp_path):
    from tests.crawler.sandbox_crawl import crawl_families

    crawl = crawl_families(tmp_path, ("formview", "xsltlist"))
    # without: each portal's one report the home page links
    assert len(crawl.expected) > 20 and crawl.expected <= crawl.found, sorted(crawl.expected - crawl.found)[:5]
    assert crawl.stat("discovery/form_links") > 0 and crawl.stat("discovery/xml_links") > 0


XLINKED = ('<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/css" href="nb.css"?>'
           '<ml xmlns:xlink="http://www.w3.org/1999/xlink"><lm><mc>本级</mc>'
           '<wj xlink:type="simple" xlink:href="/zwgk/nb/t1.shtml" xlink:title="X县2015年政府信息公开工作年度报告">'
           'X县2015年政府信息公开工作年度报告<rq>2016-03-01</rq></wj>'
           '<wj href2="/zwgk/nb/t2.shtml" other:href="/zwgk/nb/t3.shtml" xmlns:other="urn:x">t</wj></lm></ml>')


def test_xlink_simple_links_of_an_xml_list_are_its_addresses():
    links = xml_links("http://www.x.gov.cn/zwgk/nb/index.xml", XLINKED.encode(), "application/xml")
    # the XLink namespace's href only: an href of another namespace (or another name) is no address
    assert [(link.url, link.text) for link in links] == [
        ("http://www.x.gov.cn/zwgk/nb/t1.shtml", "X县2015年政府信息公开工作年度报告")]


BARE_NAMES = ('<?xml version="1.0" encoding="UTF-8"?><list><item><title>X县2023年政府信息公开工作年度报告</title>'
              '<url>t20240120_1.html</url></item><item link="202301/t20230120_2.pdf"><name>2022年报</name></item>'
              '<item><url>yes</url><path>C:\\nb\\a.html</path><src>mailto:a@x.gov.cn</src><lang>t3.html</lang>'
              '<href>zh-CN</href></item></list>')


def test_bare_file_names_of_an_xml_list_resolve_against_its_folder():
    links = xml_links("http://www.x.gov.cn/xxgk/nb/list.xml", BARE_NAMES.encode(), "text/xml")
    # a bare word, a Windows path, a mailto: and a file name in an element not named like an address are no address
    assert [(link.url, link.label) for link in links] == [
        ("http://www.x.gov.cn/xxgk/nb/t20240120_1.html", "X县2023年政府信息公开工作年度报告"),
        ("http://www.x.gov.cn/xxgk/nb/202301/t20230120_2.pdf", "2022年报")]


# addresses in attributes of any vocabulary (a 标文通 UOF document's 链接集, an exporter's Chinese names), the link's
# text kept apart and joined by an id; a schema location, a relative value under an unknown name and an id nothing
# else carries are not read as addresses or labels
ANY_VOCABULARY = ('<?xml version="1.0" encoding="UTF-8"?><目录 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
                  'xsi:noNamespaceSchemaLocation="http://www.x.gov.cn/schema/ml.xsd"><链接集>'
                  '<链接 标识="h1" 目标="http://www.x.gov.cn/zwgk/nb/t1.html" 链源="r1"/>'
                  '<链接 标识="h2" 目标="http://www.x.gov.cn/zwgk/nb/t2.html" 链源="r9"/>'
                  '<链接 目标="/zwgk/nb/t3.html" 备注="说明"/></链接集>'
                  '<正文><段><区域开始 标识="r1"/><文本>X县2016年政府信息公开工作年度报告</文本><区域结束 引用="r1"/>'
                  '<文本>（2017-03-01）</文本></段>'
                  '<条目 地址="http://www.x.gov.cn/zwgk/nb/t4.html">X县2015年政府信息公开工作年度报告</条目></正文></目录>')


def test_absolute_addresses_in_any_attribute_are_links_titled_through_their_id():
    links = xml_links("http://www.x.gov.cn/zwgk/nb/ml.uot", ANY_VOCABULARY.encode(), "application/octet-stream")
    assert [(link.url, link.text) for link in links] == [
        ("http://www.x.gov.cn/zwgk/nb/t1.html", "X县2016年政府信息公开工作年度报告"),   # the range's text, to its end
        ("http://www.x.gov.cn/zwgk/nb/t2.html", ""),                                   # r9 names nothing else
        ("http://www.x.gov.cn/zwgk/nb/t4.html", "X县2015年政府信息公开工作年度报告")]   # the element's own text
