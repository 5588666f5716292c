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
    buttons, _ = submitter_pages(_page(f"{LIST}?catid=12&year=2023", _year_buttons("get")))
    assert [r.url for r in buttons] == [f"{LIST}?catid=12&year=2022"]          # 2023 is the page shown
    boxes, _ = check_group_requests(_page(f"{LIST}?lb=bj", _kind_boxes("get")))
    assert [r.url for r in boxes] == [f"{LIST}?lb=bm", f"{LIST}?lb=bj&lb=bm"]   # lb=bj is the page shown


def test_a_post_submission_to_the_pages_own_address_is_kept_by_every_form_submitter():
    buttons, _ = submitter_pages(_page(LIST, _year_buttons("post")))
    assert [(r.method, r.url, dict(parse_qsl(r.body))["year"]) for r in buttons] == [
        ("POST", LIST, "2022"), ("POST", LIST, "2023")]                           # the body asks what the URL did not
    boxes, _ = check_group_requests(_page(LIST, _kind_boxes("post")))
    assert [(r.method, r.url, r.body) for r in boxes] == [
        ("POST", LIST, "lb=bj"), ("POST", LIST, "lb=bm"), ("POST", LIST, "lb=bj&lb=bm")]


def test_identical_submissions_are_asked_once():
    twice = _year_buttons("get") + _year_buttons("get")        # the pager printed above and below the list
    requests, capped = submitter_pages(_page(LIST, twice))
    assert capped == 0 and [r.url for r in requests] == [f"{LIST}?catid=12&year=2022", f"{LIST}?catid=12&year=2023"]


COLUMN = "http://www.x.gov.cn/zwgk/xxgknb/index.html"


def _unit_buttons(*targets: str) -> str:
    """A POST search form whose other buttons each carry their own GET address (formaction, formmethod)."""
    buttons = "".join(f'<button type="submit" formaction="{t}" formmethod="get">{t}</button>' for t in targets)
    return (f'<form action="search.jsp" method="post"><input type="text" name="keyword">'
            f'<button type="submit">搜索</button>{buttons}</form>')


def test_buttons_with_their_own_formaction_are_a_choice_among_addresses():
    requests, capped = submitter_pages(_page(COLUMN, _unit_buttons("/zwgk/xxgknb/zf/index.html", "jyj/index.html",
                                                                    "jyj/index.html")))
    assert capped == 0
    assert [(r.method, r.url.split("?")[0]) for r in requests] == [
        ("GET", "http://www.x.gov.cn/zwgk/xxgknb/zf/index.html"), ("GET", "http://www.x.gov.cn/zwgk/xxgknb/jyj/index.html")]


def test_a_single_button_with_its_own_formaction_is_the_searchs_and_no_choice():
    assert submitter_pages(_page(COLUMN, _unit_buttons("/search/result.jsp")))[0] == []


def test_a_buttons_acting_formaction_is_refused():
    requests, _ = submitter_pages(_page(COLUMN, _unit_buttons("/zwgk/xxgknb/zf/index.html", "/guestbook/post.jsp")))
    assert [r.url.split("?")[0] for r in requests] == ["http://www.x.gov.cn/zwgk/xxgknb/zf/index.html"]
