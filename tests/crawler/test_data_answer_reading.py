"""A data answer no reader took, read for its links (crawler/spiders/data_answer_reading.py), and a rendered page's
script GETs its browser never made (crawler/spiders/portal.py `_script_get_requests`)."""

from __future__ import annotations

import pytest
from nianbao.crawler.spiders.data_answer_reading import unread_answer_links

URL = "http://www.x.gov.cn/zwgk/nb/P020250118178469.uot"
# a 标文通 (UOF) text document: the address only in the 链接集's `uof:目标`, its title in the body's range, joined by id
UOT = ('<?xml version="1.0" encoding="UTF-8"?>\n'
       '<uof:UOF xmlns:uof="http://schemas.uof.org/cn/2003/uof" xmlns:字="http://schemas.uof.org/cn/2003/uof-wordproc">'
       '<uof:链接集><uof:超级链接 uof:标识符="hlk1" uof:目标="http://www.x.gov.cn/zwgk/nb/202001/t20200116_1.html" '
       'uof:链源="lnk1"/><uof:超级链接 uof:标识符="hlk2" uof:目标="http://www.y.gov.cn/t2.html" uof:链源="lnk2"/>'
       '</uof:链接集><uof:文字处理><字:主体><字:段落><字:句><字:区域开始 字:标识符="lnk1" 字:类型="hyperlink"/>'
       '<字:文本串>X县2019年政府信息公开工作年度报告</字:文本串><字:区域结束 字:标识符引用="lnk1"/></字:句></字:段落>'
       '<字:段落><字:句><字:区域开始 字:标识符="lnk2" 字:类型="hyperlink"/><字:文本串>Y县2019年政府信息公开工作年度报告'
       '</字:文本串><字:区域结束 字:标识符引用="lnk2"/></字:句></字:段落></字:主体></uof:文字处理></uof:UOF>').encode()


def test_an_xml_document_sent_as_octet_stream_gives_its_attribute_addresses_titled_by_id():
    links = unread_answer_links(UOT, URL, "application/octet-stream", raw=False)
    assert [(link.url, link.text) for link in links] == [
        ("http://www.x.gov.cn/zwgk/nb/202001/t20200116_1.html", "X县2019年政府信息公开工作年度报告"),
        ("http://www.y.gov.cn/t2.html", "Y县2019年政府信息公开工作年度报告")]


def test_json_is_left_to_its_reader_and_other_answers_to_the_fallback_only_when_it_is_on():
    json_body = b'{"list": [{"title": "a", "url": "http://www.x.gov.cn/a.html"}]}'
    assert unread_answer_links(json_body, URL, "application/octet-stream", raw=True) == []   # read above
    jsonp = b'cb({"list": [{"title": "X", "url": "http://www.x.gov.cn/nb/t1.html"}]})'
    assert unread_answer_links(jsonp, URL, "text/javascript", raw=False) == []
    assert [link.url for link in unread_answer_links(jsonp, URL, "text/javascript", raw=True)] == [
        "http://www.x.gov.cn/nb/t1.html"]
    assert unread_answer_links(b'<?xml version="1.0"?><datastore><n>1</n></datastore>', URL, "", raw=True) == []


@pytest.mark.parametrize("raw", [True, False])
def test_the_spider_follows_an_octet_stream_xml_answers_in_site_links_and_keeps_its_item(tmp_path, raw):
    from scrapy.http import Request, Response

    from tests.crawler.offline_spider import drain, offline_spider

    spider = offline_spider(tmp_path, NIANBAO_RAW_LINKS=raw)
    request = Request(URL, meta={"nianbao_portal": "a", "nianbao_role": "article", "nianbao_column": "c",
                                 "nianbao_anchor": "历年政府信息公开工作年度报告目录.uot"})
    response = Response(URL, body=UOT, request=request, headers={"Content-Type": "application/octet-stream"})
    [out] = drain(spider, spider.parse_file(response, "txt"))
    followed = [(r.url, r.meta["nianbao_role"], r.meta["nianbao_column"]) for r in out if isinstance(r, Request)]
    assert followed == [("http://www.x.gov.cn/zwgk/nb/202001/t20200116_1.html", "article", "c")]
    assert [item.kind for item in out if not isinstance(item, Request)] == ["not_report"]   # the 目录: data
    stats = spider.crawler.stats
    assert stats.get_value("discovery/data_answers_read") == 1
    assert (stats.get_value("discovery/data_answer_links"), stats.get_value("discovery/data_answer_links_offsite")) \
        == (1, 1)


def test_a_rendered_pages_script_gets_its_browser_never_made_are_asked_for(tmp_path):
    from nianbao.crawler.discovery.analysis import PageAnalysis
    from scrapy.http import HtmlResponse, Request

    from tests.crawler.offline_spider import offline_spider

    spider = offline_spider(tmp_path)
    spider.render_mode = "auto"   # a crawl that renders (offline, no browser is started)
    page = "http://www.x.gov.cn/zwgk/xzxxgk/index.html"
    fetched, stopped = "http://www.x.gov.cn/zwgk/xzxxgk/data/a.json", "http://www.x.gov.cn/zwgk/xzxxgk/data/map.json"
    analysis = PageAnalysis(False, None, script_gets=[fetched, stopped])
    rendered = HtmlResponse(page, body=b"<html></html>", request=Request(page, meta={
        "nianbao_portal": "a", "nianbao_role": "column", "nianbao_render": True, "nianbao_xhr": [fetched]}))
    asked = list(spider._script_get_requests(rendered, analysis, page))
    assert [(r.url, r.meta["nianbao_api"]) for r in asked] == [(stopped, "json")]   # the one the script never ran
    assert spider.crawler.stats.get_value("pager/script_get_unfetched") == 1
    # not rendered in a crawl that renders: the render's notes read them, nothing asked here
    plain = HtmlResponse(page, body=b"<html></html>", request=Request(page, meta={
        "nianbao_portal": "a", "nianbao_role": "column"}))
    assert list(spider._script_get_requests(plain, analysis, page)) == []
