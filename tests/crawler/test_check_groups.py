"""A query form's checkbox and radio groups, each choice submitted (crawler/discovery/pagers/checkgroups.py)."""

from __future__ import annotations

from nianbao.crawler.discovery.analysis import PageJob, analyse_html
from nianbao.crawler.discovery.page import HtmlPage
from nianbao.crawler.discovery.pagers import MAX_PAGES
from nianbao.crawler.discovery.pagers.checkgroups import (
    MAX_GROUP_VALUES,
    MAX_RADIO_CHOICES,
    PAGER,
    check_group_requests,
)
from nianbao.crawler.discovery.pagers.form_choices import Submissions

COLUMN = "http://www.x.gov.cn/xxgk/nb/index.html"
QUERY = "http://www.x.gov.cn/xxgk/nb/query.jsp"


def _page(body: str) -> HtmlPage:
    return HtmlPage.from_bytes(COLUMN, body.encode("utf-8"), "text/html; charset=utf-8")


def _boxes(values, checked=(), name="lb", kind="checkbox") -> str:
    return "".join(f'<label><input type="{kind}" name="{name}" value="{v}"{" checked" if v in checked else ""}>{v}'
                   "</label>" for v in values)


def _form(inner: str, method="get", action="query.jsp") -> str:
    return (f'<html><body><form method="{method}" action="{action}">{inner}<input type="submit" value="查询">'
            "</form></body></html>")


def test_each_box_of_a_group_is_ticked_alone_and_all_together_the_rest_as_the_page_gives_them():
    years = _boxes(["", "2023", "2022", "2021", "2020"], checked=("",), name="nd", kind="radio")   # long: kept
    found = check_group_requests(_page(_form(_boxes(["bj", "bm", "xz"], checked=("bj",)) + years)))
    requests, capped = found.requests, found.capped
    assert capped == 0 and {r.pager for r in requests} == {PAGER} and {r.method for r in requests} == {"GET"}
    assert [r.url.removeprefix(QUERY) for r in requests] == [
        "?lb=bj&nd=", "?lb=bm&nd=", "?lb=xz&nd=", "?lb=bj&lb=bm&lb=xz&nd="]


def test_a_short_radio_group_is_submitted_once_per_value():
    requests = check_group_requests(_page(_form(_boxes(["all", "own"], checked=("all",), name="fw", kind="radio")))).requests
    assert [r.url for r in requests] == [f"{QUERY}?fw=all", f"{QUERY}?fw=own"]
    many = _boxes([str(n) for n in range(MAX_RADIO_CHOICES + 1)], checked=("0",), name="fw", kind="radio")
    assert check_group_requests(_page(_form(many))) == Submissions()   # a long radio group stays at its checked value


def test_a_post_forms_groups_are_submitted_as_form_bodies():
    found = check_group_requests(_page(_form(_boxes(["bj", "bm"], checked=("bj",)), method="post")))
    requests, capped = found.requests, found.capped
    assert capped == 0 and [(r.method, r.url, r.body) for r in requests] == [
        ("POST", QUERY, "lb=bj"), ("POST", QUERY, "lb=bm"), ("POST", QUERY, "lb=bj&lb=bm")]
    assert requests[0].headers["Content-Type"] == "application/x-www-form-urlencoded"


def test_a_post_form_that_could_act_is_left_alone():
    vote = _form("请投票：" + _boxes(["yes", "no"], name="choice"), method="post", action="vote.jsp")
    survey = _form("满意度调查" + _boxes(["1", "2", "3"], name="score", kind="radio"), method="post")
    assert check_group_requests(_page(vote)) == Submissions(refused=["action word 投票"])
    assert check_group_requests(_page(survey)) == Submissions(refused=["action word 调查"])   # its own words


def test_two_checkbox_groups_are_also_submitted_all_checked_together():
    form = _form(_boxes(["bj", "bm"], checked=("bj",)) + _boxes(["2022", "2023"], checked=("2023",), name="nd"))
    requests = check_group_requests(_page(form)).requests
    assert [r.url.removeprefix(QUERY) for r in requests] == [
        "?lb=bj&nd=2023", "?lb=bm&nd=2023", "?lb=bj&lb=bm&nd=2023",
        "?lb=bj&nd=2022", "?lb=bj&nd=2022&nd=2023",                           # (lb=bj&nd=2023 once)
        "?lb=bj&lb=bm&nd=2022&nd=2023"]                                       # lb=bm&nd=2022 is in this answer


def test_a_checkbox_group_beside_a_radio_group_is_not_combined_with_it():
    form = _form(_boxes(["bj", "bm"], checked=("bj",)) + _boxes(["all", "own"], checked=("all",), name="fw",
                                                                 kind="radio"))
    requests = check_group_requests(_page(form)).requests
    assert [r.url.removeprefix(QUERY) for r in requests] == [
        "?lb=bj&fw=all", "?lb=bm&fw=all", "?lb=bj&lb=bm&fw=all", "?lb=bj&fw=own"]


def test_lone_boxes_search_forms_and_forms_that_could_act_are_left_alone():
    agree = _form('<input type="checkbox" name="agree" value="1">我已阅读并同意')
    search = _form('<input type="text" name="q">' + _boxes(["title", "content"], name="scope"))
    login = _form('<input type="password" name="pwd">' + _boxes(["bj", "bm"]))
    vote = _form("请投票：" + _boxes(["yes", "no"], name="choice"), action="vote.jsp")
    contact = _form('<input type="hidden" name="phone" value="">' + _boxes(["bj", "bm"]))
    found = [check_group_requests(_page(html)) for html in (agree, search, login, vote, contact)]
    assert all(f.requests == [] and f.capped == 0 for f in found)
    assert [f.refused for f in found] == [[], [], [], ["action word 投票"], ["contact field phone"]]


def test_the_submissions_are_bounded_and_the_rest_counted():
    groups = "".join(_boxes([f"{g}-{n}" for n in range(MAX_GROUP_VALUES)], name=f"g{g}") for g in range(40))
    found = check_group_requests(_page(_form(groups)))
    requests, capped = found.requests, found.capped
    assert len(requests) == MAX_PAGES and capped == 40 * (MAX_GROUP_VALUES + 1) + 1 - MAX_PAGES   # (+1: all groups all checked)
    many = [str(n) for n in range(MAX_GROUP_VALUES + 1)]
    runaway = check_group_requests(_page(_form(_boxes(many)))).requests   # a tag cloud, not a few kinds
    assert runaway == []


def test_a_columns_check_group_form_reaches_the_analysis():
    body = _form(_boxes(["bj", "bm"], checked=("bj",)))
    analysis = analyse_html(PageJob(COLUMN, body.encode(), "text/html; charset=utf-8", "list"))
    assert [r.url for r in analysis.pagers if r.pager == PAGER] == [f"{QUERY}?lb=bj", f"{QUERY}?lb=bm",
                                                                    f"{QUERY}?lb=bj&lb=bm"]
