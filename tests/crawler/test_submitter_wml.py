"""A form paged by its submit buttons' values (crawler/discovery/pagers/submitters.py), WML decks' `<go>` task links
(crawler/discovery/wml_links.py) and pages that open with an XML declaration (HtmlPage.tree)."""

from __future__ import annotations

from urllib.parse import parse_qsl

from nianbao.crawler.discovery.analysis import PageJob, analyse_html
from nianbao.crawler.discovery.page import HtmlPage
from nianbao.crawler.discovery.pagers import MAX_PAGES
from nianbao.crawler.discovery.pagers.submitters import PAGER, submitter_pages
from nianbao.crawler.discovery.wml_links import MAX_TASKS

LIST = "http://www.x.gov.cn/xxgk/nb/list.php"
WAP = "http://wap.x.gov.cn/xxgk/nb.wml"


def _page(body: str, url: str = LIST, content_type: str = "text/html; charset=utf-8") -> HtmlPage:
    return HtmlPage.from_bytes(url, body.encode("utf-8"), content_type)


def _buttons(values, name="page", tag="button") -> str:
    if tag == "input":
        return "".join(f'<input type="submit" name="{name}" value="{v}">' for v in values)
    return "".join(f'<button type="submit" name="{name}" value="{v}">{v}</button>' for v in values)


def _form(inner: str, method="post", action="list.php") -> str:
    return (f'<html><body><ul><li><a href="/xxgk/nb/202401/1.html">2023年报</a></li></ul>'
            f'<form method="{method}" action="{action}"><input type="hidden" name="catid" value="12">{inner}</form>'
            "</body></html>")


def test_a_button_group_is_submitted_once_per_value_with_the_forms_fields():
    found = submitter_pages(_page(_form("共4页 <b>1</b>" + _buttons([2, 3, 4, 2, 4]))))
    requests, capped = found.requests, found.capped
    assert capped == 0 and {r.pager for r in requests} == {PAGER}
    assert [(r.method, r.url) for r in requests] == [("POST", LIST)] * 3            # the repeated 下一页/尾页 once
    assert [parse_qsl(r.body) for r in requests] == [[("catid", "12"), ("page", str(n))] for n in (2, 3, 4)]
    assert requests[0].headers["Content-Type"] == "application/x-www-form-urlencoded"


def test_input_submit_buttons_and_get_forms_are_read_the_same_way():
    requests = submitter_pages(_page(_form(_buttons(["2022", "2023"], "year", "input"), method="get"))).requests
    assert [r.url for r in requests] == [f"{LIST}?catid=12&year=2022", f"{LIST}?catid=12&year=2023"]


def test_a_single_button_or_buttons_of_distinct_names_are_no_choice():
    lone = submitter_pages(_page(_form('<input type="text" name="q"><button type="submit" name="go" value="1">搜索'
                                       "</button>"))).requests
    split = submitter_pages(_page(_form('<button name="a" value="1">甲</button><button name="b" value="2">乙</button>')))
    split = split.requests
    assert lone == [] and split == []


def test_forms_that_could_act_are_never_submitted():
    login = _form('<input type="password" name="pwd">' + _buttons([1, 2]))
    vote = _form("请投票：" + _buttons(["yes", "no"], "choice"), action="vote.php")
    contact = _form('<input type="hidden" name="phone" value="">' + _buttons([1, 2]))
    found = [submitter_pages(_page(html)) for html in (login, vote, contact)]
    assert all(f.requests == [] and f.capped == 0 for f in found)
    assert [f.refused for f in found] == [[], ["action word 投票"], ["contact field phone"]]   # (a password: no choice)


def test_the_requests_are_bounded_and_the_rest_counted():
    found = submitter_pages(_page(_form(_buttons(range(1, MAX_PAGES + 11)))))
    requests, capped = found.requests, found.capped
    assert len(requests) == MAX_PAGES and capped == 10


def test_a_list_pages_button_pager_reaches_the_analysis():
    body = _form(_buttons([2, 3]))
    analysis = analyse_html(PageJob(LIST, body.encode(), "text/html; charset=utf-8", "list"))
    assert [dict(parse_qsl(r.body))["page"] for r in analysis.pagers if r.pager == PAGER] == ["2", "3"]


def _images(*names) -> str:
    return "".join(f'<input type="image" name="{n}" src="/images/{n}.gif" alt="{n}">' for n in names)


def test_image_buttons_are_submitted_once_per_name_with_the_click_point():
    found = submitter_pages(_page(_form("共5页 当前第2页" + _images("prev", "next", "next"), method="get")))
    prev_next, capped = found.requests, found.capped
    assert capped == 0 and {r.pager for r in prev_next} == {PAGER}
    assert [r.url for r in prev_next] == [f"{LIST}?catid=12&prev.x=1&prev.y=1", f"{LIST}?catid=12&next.x=1&next.y=1"]
    first_page = submitter_pages(_page(_form("共5页 当前第1页" + _images("next"), method="get"))).requests
    assert [r.url for r in first_page] == [f"{LIST}?catid=12&next.x=1&next.y=1"]   # a lone 下一页 is still a choice


def test_image_buttons_of_a_form_to_type_into_or_that_could_act_are_left_alone():
    search = _form('<input type="text" name="q">' + _images("go"), method="get")
    picker = _form('<select name="year"><option>2023</option></select>' + _images("go"), method="get")
    nameless = _form('<input type="image" src="/images/go.gif">', method="get")
    login = _form('<input type="password" name="pwd">' + _images("next"))
    vote = _form("请投票：" + _images("yes", "no"), action="vote.php")
    found = [submitter_pages(_page(html)) for html in (search, picker, nameless, login, vote)]
    assert all(f.requests == [] and f.capped == 0 for f in found) and found[-1].refused == ["action word 投票"]


def test_an_image_pager_with_a_text_box_is_submitted_with_the_box_as_written():
    jump = _form('共5页 跳转到<input type="text" name="topage" value="2">页' + _images("prev", "next"), method="get")
    found = submitter_pages(_page(jump))
    requests, capped = found.requests, found.capped
    assert capped == 0 and [r.url for r in requests] == [
        f"{LIST}?catid=12&topage=2&prev.x=1&prev.y=1", f"{LIST}?catid=12&topage=2&next.x=1&next.y=1"]
    keyword = _form('关键字<input type="text" name="kw">' + _images("first", "next", "last"))
    posted = submitter_pages(_page(keyword)).requests
    assert [parse_qsl(r.body, keep_blank_values=True) for r in posted] == [
        [("catid", "12"), ("kw", ""), (f"{n}.x", "1"), (f"{n}.y", "1")] for n in ("first", "next", "last")]


def test_an_image_pager_with_a_text_box_that_could_act_or_a_lone_image_beside_a_box_is_left_alone():
    go = _form('跳转到<input type="text" name="topage" value="2">页' + _images("go"), method="get")
    search = _form('<input type="search" name="kw">' + _images("search"), method="get")
    feedback = _form('留言<input type="text" name="content">' + _images("prev", "next"))
    contact = _form('<input type="text" name="mobile">' + _images("prev", "next"))
    found = [submitter_pages(_page(html)) for html in (go, search, feedback, contact)]
    assert all(f.requests == [] and f.capped == 0 for f in found)
    assert [f.refused for f in found] == [[], [], ["action word 留言"], ["contact field mobile"]]


DECK = ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE wml PUBLIC "-//WAPFORUM//DTD WML 1.1//EN" '
        '"http://www.wapforum.org/DTD/wml_1.1.xml">\n<wml><card id="nb" title="信息公开年报">{}</card></wml>')


def test_a_wml_decks_anchor_soft_key_and_event_tasks_are_links():
    tasks = ('<onevent type="ontimer"><go href="/x/timer.wml"/></onevent>'
             '<do type="accept" label="下一页"><go href="nb.wml?p=2"/></do><p><anchor>尾页<go href="nb.wml?p=5"/>'
             '</anchor><a href="show.wml?id=7">2018年报</a></p>')
    links = _page(DECK.format(tasks), WAP, "text/vnd.wap.wml; charset=utf-8").links
    assert [(link.url, link.text, link.tag) for link in links] == [
        ("http://wap.x.gov.cn/xxgk/show.wml?id=7", "2018年报", "a"),          # (the declaration no longer hides it)
        ("http://wap.x.gov.cn/x/timer.wml", "", "wml"),
        ("http://wap.x.gov.cn/xxgk/nb.wml?p=2", "下一页", "wml"),
        ("http://wap.x.gov.cn/xxgk/nb.wml?p=5", "尾页", "wml")]


def test_a_post_task_and_a_go_outside_a_wml_deck_are_not_links():
    post = '<p><anchor>查询<go href="search.wml" method="post"><postfield name="q" value="$q"/></go></anchor></p>'
    assert [link.tag for link in _page(DECK.format(post), WAP).links] == []
    html = '<html><body><go href="/secret.html"></go><a href="/a.html">甲</a></body></html>'
    assert [link.url for link in _page(html).links] == ["http://www.x.gov.cn/a.html"]


def test_a_decks_tasks_are_bounded():
    tasks = "".join(f'<p><anchor>{n}<go href="nb.wml?p={n}"/></anchor></p>' for n in range(MAX_TASKS + 50))
    assert sum(link.tag == "wml" for link in _page(DECK.format(tasks), WAP).links) == MAX_TASKS


def test_an_xhtml_page_with_an_encoding_declaration_is_read():
    xhtml = ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
             '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml"><head>'
             '<title>年报</title></head><body><a href="/nb/2023.html">2023年报</a></body></html>')
    page = _page(xhtml)
    assert page.title == "年报" and [link.url for link in page.links] == ["http://www.x.gov.cn/nb/2023.html"]


def test_the_analysis_counts_a_decks_task_links():
    deck = DECK.format('<do type="accept" label="下一页"><go href="nb.wml?p=2"/></do>')
    analysis = analyse_html(PageJob(WAP, deck.encode(), "text/vnd.wap.wml; charset=utf-8", "list"))
    assert analysis.wml_links == 1
    assert "http://wap.x.gov.cn/xxgk/nb.wml?p=2" in {r.url for r in analysis.pagers} | {f.url for f in analysis.follows}
