"""Jump boxes (crawler/discovery/pagers/jumpbox.py): list pages reached only by typing their number into a
"跳转到第 [ ] 页 GO" box, up to the total the pager prints as text."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

import pytest
from nianbao.crawler.discovery.analysis import PageJob, analyse_html
from nianbao.crawler.discovery.page import HtmlPage
from nianbao.crawler.discovery.pagers import jumpbox, query

LIST = "http://www.x.gov.cn/xxgk/ndbg/index.jsp"
ROWS = """<table class="list"><tr><td><a href="content.jsp?id=102206154">某县2022年政府信息公开工作年度报告</a></td></tr>
<tr><td><a href="content.jsp?id=120295730">某县2021年政府信息公开工作年度报告</a></td></tr></table>"""
FORM_BOX = """<html><body>{rows}<div class="pager">{total}　<form action="index.jsp" method="{method}"
style="display:inline"><input type="hidden" name="channelId" value="77">跳转到第<input type="text" name="{field}"
size="3" value="">页 <input type="submit" value="GO"></form></div></body></html>"""


def _page(html: str, url: str = LIST) -> HtmlPage:
    return HtmlPage.from_bytes(url, html.encode("utf-8"), "text/html; charset=utf-8")


def _form_box(total: str = "共43条　第1/5页", method: str = "get", field: str = "page", rows: str = ROWS) -> str:
    return FORM_BOX.format(total=total, method=method, field=field, rows=rows)


def _pages(requests) -> list[str]:
    return [dict(parse_qsl(urlsplit(r.url).query or r.body or ""))["page"] for r in requests]


def test_a_form_box_is_submitted_for_every_page_up_to_the_printed_total():
    requests = jumpbox.jump_box_pages(_page(_form_box()))
    assert [r.url for r in requests] == [f"{LIST}?channelId=77&page={n}" for n in (2, 3, 4, 5)]   # 1 is shown
    assert {r.pager for r in requests} == {"jumpbox"} and not any(r.walk for r in requests)
    later = jumpbox.jump_box_pages(_page(_form_box("共43条　第3/5页"), f"{LIST}?channelId=77&page=3"))
    assert _pages(later) == ["1", "2", "4", "5"]


@pytest.mark.parametrize("total", ["共5页", "第1/5页", "页次：1/5 每页10条", "共41条 每页10条", "当前第1页 1/5页"])
def test_every_usual_printed_total_is_read(total):
    assert _pages(jumpbox.jump_box_pages(_page(_form_box(total)))) == ["2", "3", "4", "5"]


def test_printed_totals_and_current_pages():
    assert query.printed_page_count("页次：2/7 每页15条") == 7
    assert query.printed_page_count("共43条 每页10条") == 5
    assert query.printed_page_count("共43条") is None                   # a count without a page size: no total
    assert query.printed_current_page("共43条 第3/5页") == 3
    assert query.printed_current_page("跳转到第 页") is None


def test_a_post_box_keeps_its_hidden_fields_and_any_page_field_name_is_the_box():
    requests = jumpbox.jump_box_pages(_page(_form_box(method="post", field="goPageNo")))
    assert [r.method for r in requests] == ["POST"] * 4 and {r.url for r in requests} == {LIST}
    assert dict(parse_qsl(requests[0].body)) == {"channelId": "77", "goPageNo": "2"}


def test_without_a_printed_total_the_next_page_is_a_walk():
    walk = jumpbox.jump_box_pages(_page(_form_box(total="")))
    assert [(r.url, r.walk) for r in walk] == [(f"{LIST}?channelId=77&page=2", True)]
    walk = jumpbox.jump_box_pages(_page(_form_box(total=""), f"{LIST}?channelId=77&page=2"))
    assert [r.url for r in walk] == [f"{LIST}?channelId=77&page=3"]


def test_a_search_box_or_a_form_of_several_free_fields_is_no_jump_box():
    search = _form_box().replace("跳转到第", "站内搜索").replace('name="page"', 'name="keyword"')
    assert jumpbox.jump_box_pages(_page(search)) == []
    jump_words_but_search_field = _form_box().replace('name="page"', 'name="searchword"')
    assert jumpbox.jump_box_pages(_page(jump_words_but_search_field)) == []
    two_fields = _form_box().replace('<input type="submit"', '<input type="text" name="title"><input type="submit"')
    assert jumpbox.jump_box_pages(_page(two_fields)) == []
    typed_text = _form_box().replace('size="3" value=""', 'size="3" value="请输入"')
    assert jumpbox.jump_box_pages(_page(typed_text)) == []


TRS = "http://www.x.gov.cn/xxgk/ndbg/"
HANDLER_BOX = """<html><head><script>
function jumpPage() {{ var n = parseInt(document.getElementById("jumpNum").value);
  if (isNaN(n) || n < 1) {{ return; }}
  if (n == 1) {{ location.href = "index.html"; }} else {{ location.href = "index_" + (n - 1) + ".html"; }} }}
</script></head><body>{rows}<div class="page">共5页 当前第1页
转到<input id="jumpNum" type="text" size="2">页 <a href="javascript:jumpPage()">GO</a></div></body></html>"""


def test_a_box_read_by_a_button_handler_that_builds_the_address():
    page = _page(HANDLER_BOX.format(rows=ROWS), TRS + "index.html")
    assert [r.url for r in jumpbox.jump_box_pages(page)] == [f"{TRS}index_{n}.html" for n in (1, 2, 3, 4)]
    later = _page(HANDLER_BOX.format(rows=ROWS).replace("当前第1页", "当前第3页"), TRS + "index_2.html")
    assert [r.url for r in jumpbox.jump_box_pages(later)] == [f"{TRS}index_{n}.html" for n in (1, 3, 4)]


def test_a_jquery_bound_button_and_a_handler_that_submits_a_hidden_page_field():
    bound = f"""<html><body>{ROWS}<div class="pg">页次：1/3 跳至<input name="p" class="box">页
<button id="go">确定</button></div><script>$('#go').click(function () {{
  window.location.href = '?type=nb&page=' + $("input[name=p]").val(); }});</script></body></html>"""
    assert [r.url for r in jumpbox.jump_box_pages(_page(bound, LIST))] == [f"{LIST}?type=nb&page={n}" for n in (2, 3)]
    submitted = f"""<html><head><script>function goPage(n) {{ var f = document.forms[0]; f.pageIndex.value = n;
f.submit(); }} function jump() {{ goPage(document.getElementById('toPage').value); }}</script></head><body>
<form method="post" action="/list.aspx"><input type="hidden" name="pageIndex" value="1"></form>{ROWS}
<div>共3页 跳转到<input id="toPage" type="text">页<input type="button" value="GO" onclick="jump()"></div></body></html>"""
    requests = jumpbox.jump_box_pages(_page(submitted, "http://www.x.gov.cn/list.aspx"))
    assert [dict(parse_qsl(r.body))["pageIndex"] for r in requests] == ["2", "3"]
    assert {r.method for r in requests} == {"POST"}


def test_a_box_no_handler_reads_is_no_pager():
    unread = HANDLER_BOX.format(rows=ROWS).replace('getElementById("jumpNum")', 'getElementById("other")')
    assert jumpbox.jump_box_pages(_page(unread, TRS + "index.html")) == []


def test_list_page_analysis_includes_the_jump_box_pages():
    analysis = analyse_html(PageJob(LIST, _form_box().encode(), "text/html; charset=utf-8", role="list", column=LIST))
    assert [r.url for r in analysis.pagers if r.pager == "jumpbox"] == \
        [f"{LIST}?channelId=77&page={n}" for n in (2, 3, 4, 5)]


def test_spider_walks_a_jump_box_while_its_pages_hold_new_links(tmp_path):
    from scrapy import Request
    from scrapy.http import HtmlResponse

    from tests.crawler.offline_spider import offline_spider

    spider = offline_spider(tmp_path)

    def parse(url: str, html: str, **meta) -> list[str]:
        request = Request(url, meta={"nianbao_portal": "a", "nianbao_role": "list", "nianbao_column": LIST, **meta})
        response = HtmlResponse(url, body=html.encode(), encoding="utf-8", request=request)
        analysis = analyse_html(PageJob(url, html.encode(), "text/html; charset=utf-8", role="list", column=LIST))
        requests = [r for r in spider.parse_html(response, analysis) if isinstance(r, Request)]
        walked = [r for r in requests if "page=" in r.url]
        assert all(r.meta["nianbao_page_walk"] for r in walked)
        return [r.url for r in walked]

    assert parse(LIST, _form_box(total="")) == [f"{LIST}?channelId=77&page=2"]
    assert spider.crawler.stats.get_value("pager/jumpbox") == 1
    newer = _form_box(total="", rows=ROWS.replace("102206154", "158563302"))
    assert parse(f"{LIST}?channelId=77&page=2", newer, nianbao_page_walk=True) == [f"{LIST}?channelId=77&page=3"]
    # page 3 lists nothing not asked for before: the walk ends there
    assert parse(f"{LIST}?channelId=77&page=3", newer, nianbao_page_walk=True) == []
    assert spider.crawler.stats.get_value("pager/jumpbox_ended") == 1


def test_a_box_beside_page_links_adds_no_second_address_for_each_page():
    linked = _form_box().replace("共43条", '<a href="index.jsp?page=2">2</a> <a href="index.jsp?page=5">尾页</a> 共43条')
    analysis = analyse_html(PageJob(LIST, linked.encode(), "text/html; charset=utf-8", role="list", column=LIST))
    assert [r.url for r in analysis.pagers] == [f"{LIST}?page={n}" for n in (1, 2, 3, 4, 5)]   # the links' pager
    assert not any(r.pager == "jumpbox" for r in analysis.pagers)
