"""The loop the script-free form submitters share (crawler/discovery/pagers/form_choices.py): one rule for a
submission that asks again for the page shown, whichever pager built it."""

from __future__ import annotations

from urllib.parse import parse_qsl

from nianbao.crawler.discovery.page import HtmlPage
from nianbao.crawler.discovery.pagers.checkgroups import check_group_requests
from nianbao.crawler.discovery.pagers.submitters import submitter_pages

LIST = "http://www.x.gov.cn/xxgk/nb/list.php"


def _page(url: str, form: str) -> HtmlPage:
    return HtmlPage.from_bytes(url, f"<html><body>{form}</body></html>".encode(), "text/html; charset=utf-8")


def _year_buttons(method: str) -> str:
    return (f'<form method="{method}" action="list.php"><input type="hidden" name="catid" value="12">'
            '<button name="year" value="2022">2022</button><button name="year" value="2023">2023</button></form>')


def _kind_boxes(method: str) -> str:
    return (f'<form method="{method}" action="list.php"><input type="checkbox" name="lb" value="bj" checked>'
            '<input type="checkbox" name="lb" value="bm"><input type="submit" value="查询"></form>')


def test_a_get_submission_that_is_the_page_shown_is_dropped_by_every_form_submitter():
    buttons = submitter_pages(_page(f"{LIST}?catid=12&year=2023", _year_buttons("get"))).requests
    assert [r.url for r in buttons] == [f"{LIST}?catid=12&year=2022"]          # 2023 is the page shown
    boxes = check_group_requests(_page(f"{LIST}?lb=bj", _kind_boxes("get"))).requests
    assert [r.url for r in boxes] == [f"{LIST}?lb=bm", f"{LIST}?lb=bj&lb=bm"]   # lb=bj is the page shown


def test_a_post_submission_to_the_pages_own_address_is_kept_by_every_form_submitter():
    buttons = submitter_pages(_page(LIST, _year_buttons("post"))).requests
    assert [(r.method, r.url, dict(parse_qsl(r.body))["year"]) for r in buttons] == [
        ("POST", LIST, "2022"), ("POST", LIST, "2023")]                           # the body asks what the URL did not
    boxes = check_group_requests(_page(LIST, _kind_boxes("post"))).requests
    assert [(r.method, r.url, r.body) for r in boxes] == [
        ("POST", LIST, "lb=bj"), ("POST", LIST, "lb=bm"), ("POST", LIST, "lb=bj&lb=bm")]


def test_identical_submissions_are_asked_once():
    twice = _year_buttons("get") + _year_buttons("get")        # the pager printed above and below the list
    found = submitter_pages(_page(LIST, twice))
    requests, capped = found.requests, found.capped
    assert capped == 0 and [r.url for r in requests] == [f"{LIST}?catid=12&year=2022", f"{LIST}?catid=12&year=2023"]


def test_the_spider_counts_each_form_submitters_refusals(tmp_path):
    from nianbao.crawler.discovery.analysis import PageJob, analyse_html
    from scrapy import Request
    from scrapy.http import HtmlResponse

    from tests.crawler.offline_spider import offline_spider

    spider = offline_spider(tmp_path)
    acting = ('<form method="post" action="list.php"><h3>网上投票</h3>'
              '<button name="year" value="2022">2022</button><button name="year" value="2023">2023</button></form>'
              + _kind_boxes("post").replace('value="查询"', 'value="提交评价"')
              + '<form action="list.php"><select name="lb"><option value="1">1</option></select>'
                '<input type="hidden" name="mobile"></form>')
    html = f"<html><body><div>{_year_buttons('post')}</div><div>{acting}</div></body></html>"   # (a POST form's
    # notice is the element around it: the plain year buttons stand apart from the 投票 form)
    request = Request(LIST, meta={"nianbao_portal": "a", "nianbao_role": "column", "nianbao_column": LIST})
    response = HtmlResponse(LIST, body=html.encode(), encoding="utf-8", request=request)
    analysis = analyse_html(PageJob(LIST, html.encode(), "text/html; charset=utf-8", role="column", column=LIST))
    assert (analysis.submitters_refused, analysis.check_groups_refused, analysis.select_forms_refused) == (
        ["action word 投票"], ["action word 评价"], ["contact field mobile"])
    list(spider.parse_html(response, analysis))
    assert [spider.crawler.stats.get_value(f"pager/{name}/refused") for name in ("submitter", "check_group", "form")] == [
        1, 1, 1]


COLUMN = "http://www.x.gov.cn/zwgk/xxgknb/index.html"


def _unit_buttons(*targets: str) -> str:
    """A POST search form whose other buttons each carry their own GET address (formaction, formmethod)."""
    buttons = "".join(f'<button type="submit" formaction="{t}" formmethod="get">{t}</button>' for t in targets)
    return (f'<form action="search.jsp" method="post"><input type="text" name="keyword">'
            f'<button type="submit">搜索</button>{buttons}</form>')


def test_buttons_with_their_own_formaction_are_a_choice_among_addresses():
    found = submitter_pages(_page(COLUMN, _unit_buttons("/zwgk/xxgknb/zf/index.html", "jyj/index.html",
                                                         "jyj/index.html")))
    requests = found.requests
    assert found.capped == 0
    assert [(r.method, r.url.split("?")[0]) for r in requests] == [
        ("GET", "http://www.x.gov.cn/zwgk/xxgknb/zf/index.html"), ("GET", "http://www.x.gov.cn/zwgk/xxgknb/jyj/index.html")]


def test_a_single_button_with_its_own_formaction_is_the_searchs_and_no_choice():
    assert submitter_pages(_page(COLUMN, _unit_buttons("/search/result.jsp"))).requests == []


def test_a_buttons_acting_formaction_is_refused():
    found = submitter_pages(_page(COLUMN, _unit_buttons("/zwgk/xxgknb/zf/index.html", "/guestbook/post.jsp")))
    assert [r.url.split("?")[0] for r in found.requests] == ["http://www.x.gov.cn/zwgk/xxgknb/zf/index.html"]
    assert found.refused and "guestbook" in found.refused[0]
