"""A county portal whose 政府信息公开年报 are listed only by its 智能问答 (question-answering robot): the home page's
问答 box offers 热点问题 as buttons whose text is the question, and a script sends the clicked (or typed) question to
`/znwd/ask.do?question=<the question, URL-encoded>`, which answers JSON (`{"question", "answer"}`, the answer an HTML
fragment of links). The 年报 column shows the newest government report and the column's non-reports only and sends
users to the robot; every other report is named only by the answer to a question, and the question is only a
button's text (held out of tuning, twenty-third round).

Modelled on http://lcg.tsinghua.edu.cn/info/1029/2135.htm (清华大学 2025年网上政府优秀创新案例: 内蒙古's and 深圳's
"搜问一体" systems, where a portal's visitors ask in natural language and are answered with the portal's pages), on
http://www.nbjb.gov.cn/col/col1229214366/index.html (宁波江北: 政府信息公开 by department columns) and
https://www.np.gov.cn/cms/html/npszf/2013-01-25/1779102018.html (南平: every year's reports in one 专栏, a 2012 one
among them). Hot questions as buttons and a GET answer interface are this family's choice; the cited page describes
the robots, not their interface. Unlike opensearch or gkmlsearch (a search whose empty terms list everything),
yeartext (a year typed in a form) or unitsuggest (autocomplete), the robot answers only questions it knows (a
question naming 年报 and a kind of unit), and nothing but the buttons' text says what to ask.

- www.X.gov.cn: home (news; the government's newest report; the 问答 box), 政务公开 (/zwgk/index.html: the guide and
  the 年报 column), /xxgk/nb/index.html (the newest government report only), /znwd/ask.do?question=<q> (JSON),
  articles /xxgk/nb/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

import json
from urllib.parse import quote

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

COLUMN = "/xxgk/nb/index.html"
ASK = "/znwd/ask.do"
LABEL = "政府信息公开年报"
JSON_TYPE = "application/json; charset=utf-8"
# the hot questions (button text) and the kinds of unit whose reports each answers; the government's answer also
# lists the column's non-reports (解读, look-alikes), as a robot matching words would
QUESTIONS = {"县政府政府信息公开工作年度报告在哪里查看？": ("gov", "office"),
             "县直部门政府信息公开工作年度报告在哪里查看？": ("department",),
             "乡镇（街道）政府信息公开工作年度报告在哪里查看？": ("township", "zone")}
KEYWORDS = {"部门": "县直部门", "乡镇": "乡镇（街道）", "街道": "乡镇（街道）"}
SCRIPT = """<script>
function ask(question) {
  fetch("/znwd/ask.do?question=" + encodeURIComponent(question)).then(function (r) { return r.json(); })
    .then(function (data) { document.getElementById("znwdAnswer").innerHTML = data.answer; });
}
document.querySelectorAll("#znwd .hot").forEach(function (button) {
  button.onclick = function () { ask(button.textContent); };
});
document.getElementById("znwdAsk").onclick = function () { ask(document.getElementById("znwdQ").value); };
</script>"""


def robot_box() -> str:
    hot = "".join(f'<button type="button" class="hot">{q}</button>' for q in QUESTIONS)
    return (f'<div id="znwd"><h3>智能问答</h3><p>您可以这样问：</p>{hot}'
            '<p><input type="text" id="znwdQ" placeholder="请输入您的问题"><button type="button" id="znwdAsk">提问'
            '</button></p><div id="znwdAnswer"></div></div>')


def question_for(text: str) -> str | None:
    """The hot question a typed question means: it must name 年报 (年度报告), then a kind of unit (the government by
    default); None for anything else."""
    if "年度报告" not in text and "年报" not in text:
        return None
    kind = next((v for k, v in KEYWORDS.items() if k in text), "县政府")
    return next(q for q in QUESTIONS if q.startswith(kind))


def build_robotqa(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "robotqa"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx/1.20.1")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)
    items = kit.report_column(county, arts, noise)
    for art in items:
        doc_id = stable_int("qa-art", county.pinyin, art.key, digits=7)
        kit.article_page(b, www, county, family, art, kit.trs_path("/xxgk/nb/", art.day, doc_id), nav=nav,
                         column=LABEL, needs_browser=art is not newest,
                         index_no=kit.site_index_no(county, art, doc_id), report_urls=urls)

    def answered(question: str) -> list[Article]:
        kinds = QUESTIONS[question]
        return [a for a in items if (a.report.unit.kind if a.report else "gov") in kinds]

    def answer(question: str, found: list[Article] | None) -> bytes:
        text = (f"<p>为您找到以下{len(found)}条信息：</p>{kit.link_list(found)}" if found is not None
                else "<p>抱歉，我没有理解您的问题，请换个问法或点击热点问题。</p>")
        return json.dumps({"question": question, "answer": text}, ensure_ascii=False).encode()

    for question in QUESTIONS:
        found = answered(question)
        b.add(www, f"{ASK}?question={quote(question)}", Page(answer(question, found), b.list_date(found), JSON_TYPE,
                                                             ignores_query=False), "list")

    def ask(method, query, headers, body):
        typed = query.get("question", "")[:200]
        meant = question_for(typed)
        return Page(answer(typed, answered(meant) if meant else None), SITE_DATE, JSON_TYPE, role="list")

    www.dynamic[ASK] = ask
    shown = kit.newest_first([newest, *(a for a in items if a.report is None)])   # the served look-alikes
    main = f"<h2>{LABEL}</h2>{kit.link_list(shown)}<p>查阅历年及各单位年度报告，请咨询首页“智能问答”。</p>"
    b.html_page(www, COLUMN, page(county, family, LABEL, main, column=LABEL, nav=nav, host=www.host),
                b.list_date(shown), "list")
    news = kit.trs_guide_and_news(b, www, county, family, noise, nav=nav, reports_href=COLUMN, news_salt="qa-news")
    home = kit.focus_box(news) + kit.report_box([newest]) + robot_box()
    kit.serve_at_root(b, www, "/index.html", page(county, family, county.gov_name, home + SCRIPT, nav=nav,
                                                  host=www.host), "home")
    return urls
