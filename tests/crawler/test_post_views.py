"""A list row's POST form of hidden fields and one 查看/下载 button (crawler/discovery/post_views.py): read alone,
through analyse_html (articles of the column, the action on the site) and by the spider (the POST it sends, its body,
the stats discovery/post_views, …_capped, …/refused)."""

from __future__ import annotations

from urllib.parse import parse_qsl

from nianbao.crawler import limits
from nianbao.crawler.discovery.analysis import PageJob, analyse_html
from nianbao.crawler.discovery.page import HtmlPage
from nianbao.crawler.discovery.post_views import PAGER, post_view_requests

LIST = "http://www.x.gov.cn/xxgk/list.do?catid=nb"
DETAIL = "http://www.x.gov.cn/xxgk/detail.do"
TITLE = "某某县财政局2023年政府信息公开工作年度报告"


def _row(fields: str, button: str = "<button>查看</button>", title: str = TITLE, action: str = "/xxgk/detail.do",
         method: str = "post") -> str:
    return (f'<tr><td class="title">{title}</td><td>2024-01-20</td><td><form method="{method}" action="{action}">'
            f"{fields}{button}</form></td></tr>")


def _hidden(**fields) -> str:
    return "".join(f'<input type="hidden" name="{name}" value="{value}">' for name, value in fields.items())


def _html(rows: str, title: str = "部门年报") -> str:
    return f"<html><head><title>{title}</title></head><body><table>{rows}</table></body></html>"


def _page(rows: str) -> HtmlPage:
    return HtmlPage.from_bytes(LIST, _html(rows).encode(), "text/html; charset=utf-8")


def _body(request) -> list[tuple[str, str]]:
    return parse_qsl(request.body, keep_blank_values=True)


def test_a_rows_view_form_is_its_post_labelled_by_the_row():
    found = post_view_requests(_page(_row(_hidden(id=123, type="nb"))
                                     + _row(_hidden(id=124), '<input type="submit" name="op" value="下载">')))
    assert [(v.request.method, v.request.url, _body(v.request), v.download) for v in found.views] == [
        ("POST", DETAIL, [("id", "123"), ("type", "nb")], False),
        ("POST", DETAIL, [("id", "124"), ("op", "下载")], True)]
    assert found.views[0].label == f"{TITLE} 2024-01-20" and found.views[0].request.pager == PAGER
    assert found.views[0].request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert found.refused == [] and found.capped == 0


def test_a_mute_button_beside_a_title_is_a_view_and_other_buttons_are_not():
    icon = '<input type="image" src="/img/go.gif">'
    found = post_view_requests(_page(_row(_hidden(id=1), icon)                          # an icon beside a title
                                     + _row(_hidden(id=2), icon, title="2024-01-20")    # an icon beside a date only
                                     + _row(_hidden(id=3), "<button>提交</button>")      # says something else
                                     + _row(_hidden(id=4), "<button>下一页</button>")
                                     + _row(_hidden(id=5), "<button>同意并继续浏览</button>")))   # a gate's
    assert [_body(v.request)[0] for v in found.views] == [("id", "1")]


def test_forms_that_are_no_view_are_left_alone():
    rows = (_row(_hidden(id=1) + '<input type="text" name="q">', "<button>查看</button>")       # a search box
            + _row(_hidden(id=2) + '<select name="y"><option>2023</option></select>')
            + _row(_hidden(id=3), method="get")                                         # form_links.py reads it
            + _row("", "<button>查看</button>")                                          # no hidden field
            + _row(_hidden(id=5), "<button>查看</button><button>下载</button>"))         # two submitters
    assert post_view_requests(_page(rows)).views == []


def test_a_report_row_is_read_whatever_its_unit_is_named_and_an_action_row_is_refused():
    rows = (_row(_hidden(id=1), title="国家统计局某某调查队2023年政府信息公开工作年度报告")
            + _row(_hidden(id=2), title="某某县信访局2023年政府信息公开年报")
            + _row(_hidden(id=3), title="群众来信来访在线信访")          # the row is what the button does
            + _row(_hidden(id=4), title="关于开展满意度调查的通知"))
    found = post_view_requests(_page(rows))
    assert [_body(v.request) for v in found.views] == [[("id", "1")], [("id", "2")]]
    assert found.refused == ["action word 信访", "action word 调查"]


def test_login_vote_and_contact_forms_are_refused_and_counted():
    rows = (_row(_hidden(token="abc"), "<button>登录查看</button>", title="用户中心")
            + _row(_hidden(voteid=9), "<button>查看</button>", title="满意度投票", action="/vote/submit.do")
            + _row(_hidden(id=7, mobile="13800000000"), "<button>查看</button>")
            + _row(_hidden(id=8), "<button>查看详情</button>", action="/user/login.do"))
    found = post_view_requests(_page(rows))
    assert found.views == []
    assert found.refused == ["action word 登录", "action address vote", "contact field mobile", "action address login"]


def test_identical_bodies_are_one_and_the_page_is_bounded():
    twice = _row(_hidden(id=1)) + _row(_hidden(id=1), title="同一条目的另一个入口")
    assert len(post_view_requests(_page(twice)).views) == 1
    many = "".join(_row(_hidden(id=n)) for n in range(limits.MAX_POST_VIEWS_PER_PAGE + 7)) + _row(_hidden(id=0))
    found = post_view_requests(_page(many))
    assert len(found.views) == limits.MAX_POST_VIEWS_PER_PAGE and found.capped == 7


def _analyse(rows: str, role: str = "column", url: str = LIST, title: str = "部门年报"):
    return analyse_html(PageJob(url, _html(rows, title).encode(), "text/html; charset=utf-8", role))


def test_the_analysis_follows_a_columns_views_as_articles_on_the_site_only():
    rows = (_row(_hidden(id=1)) + _row(_hidden(id=2), "<button>下载</button>")
            + _row(_hidden(id=3), action="http://www.other.cn/xxgk/detail.do"))   # off the site
    result = _analyse(rows)
    posted = [(f.url, f.role, f.letter, f.anchor, f.page_request.body) for f in result.follows if f.page_request]
    assert posted == [(DETAIL, "article", "L", f"{TITLE} 2024-01-20", "id=1"),
                      (DETAIL, "article", "E", f"{TITLE} 2024-01-20", "id=2")]
    assert result.post_views == 2 and result.post_views_capped == 0 and result.post_views_refused == []


def test_outside_a_column_a_view_not_titled_as_a_report_is_a_ranked_page():
    result = _analyse(_row(_hidden(id=1), title="关于开展春季植树活动的通知"), "page", "http://www.x.gov.cn/zwdt/info.html",
                      "春季植树")
    views = [f for f in result.follows if f.page_request is not None and f.page_request.pager == PAGER]
    assert [(f.role, f.priority is not None) for f in views] == [("page", True)]


def test_the_spider_posts_the_rows_body_and_counts(tmp_path, caplog):
    from scrapy import Request
    from scrapy.http import HtmlResponse

    from tests.crawler.offline_spider import offline_spider

    spider = offline_spider(tmp_path)
    rows = (_row(_hidden(id=123, type="nb")) + _row(_hidden(id=123, type="nb"), title="重复")
            + _row(_hidden(id=9), "<button>查看</button>", title="在线留言"))
    html = _html(rows)
    request = Request(LIST, meta={"nianbao_portal": "a", "nianbao_role": "column", "nianbao_column": LIST})
    response = HtmlResponse(LIST, body=html.encode(), encoding="utf-8", request=request)
    job = PageJob(LIST, html.encode(), "text/html; charset=utf-8", role="column", column=LIST)
    posts = [r for r in spider.parse_html(response, analyse_html(job)) if r is not None and r.method == "POST"]
    assert [(r.url, parse_qsl(r.body.decode()), r.meta["nianbao_role"]) for r in posts] == [
        (DETAIL, [("id", "123"), ("type", "nb")], "article")]
    assert posts[0].headers.get("Content-Type") == b"application/x-www-form-urlencoded"
    assert spider.crawler.stats.get_value("discovery/post_views") == 1
    assert spider.crawler.stats.get_value("discovery/post_views/refused") == 1
