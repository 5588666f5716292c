"""A report article cut into three pages the way an editor's page breaks cut one in a CMS (TRS: `t<date>_<id>.html`,
`…_1.html`, `…_2.html`), with table 二 and table 三 each straddling a page break (the page ends inside the table and
the next begins with its remaining rows, table 三's row spans cut). Written here from tests/parse/builders.py so the
tests state their own expectations (the tables are builders' values)."""

from __future__ import annotations

import re

from tests.parse.builders import (
    active_2021,
    applications_table,
    applications_values,
    page,
    review_table,
    review_values,
)

STEM = "t20240120_5123456"
DIRECTORY = "http://www.lanchuan.gov.cn/zwgk/zfxxgknb/202401/"
FIRST_URL = f"{DIRECTORY}{STEM}.html"
PAGE_URLS = [FIRST_URL, f"{DIRECTORY}{STEM}_1.html", f"{DIRECTORY}{STEM}_2.html"]
TRS_PAGER = ('<div class="page"><script>function createPageHTML(n,i,name,ext){{}}'
             'createPageHTML({count}, {index}, "{stem}", "html");</script></div>')


def _rows(table_html: str) -> list[str]:
    return re.findall(r"<tr>.*?</tr>", table_html)


def _cut(table_html: str, at: int) -> tuple[str, str]:
    rows = _rows(table_html)
    assert 0 < at < len(rows)
    return "<table>" + "".join(rows[:at]) + "</table>", "<table>" + "".join(rows[at:]) + "</table>"


def whole_body() -> str:
    apps = applications_values("2021")
    return ("<p>一、总体情况</p><p>2023年，我县共收到政府信息公开申请"
            f"{apps['new_received']['total']}件，因政府信息公开被申请行政复议6件、提起行政诉讼3件。</p>"
            "<p>二、主动公开政府信息情况</p>" + active_2021()
            + "<p>三、收到和处理政府信息公开申请情况</p>" + applications_table(apps, "2021")
            + "<p>四、政府信息公开行政复议、行政诉讼情况</p>" + review_table(review_values())
            + "<p>五、存在的主要问题及改进情况</p><p>一是公开深度不够。</p><p>六、其他需要报告的事项</p>"
            "<p>本年度未收取信息处理费。</p><p>岚川县人民政府办公室</p><p>2024年1月18日</p>")


def page_bodies() -> list[str]:
    """The report's body cut into three pages: inside table 二 (after 第二十条第（五）项's header) and inside
    table 三 (in the middle of 三、本年度办理结果, whose cell spans rows on both pages)."""
    body = whole_body()
    active, apps = active_2021(), applications_table(applications_values("2021"), "2021")
    active_1, active_2 = _cut(active, 6)
    apps_1, apps_2 = _cut(apps, 12)
    head, rest = body.split(active)
    middle, tail = rest.split(apps)
    return [head + active_1, active_2 + middle + apps_1, apps_2 + tail]


def trs_pages(pager: str = TRS_PAGER) -> list[bytes]:
    """The three pages as served (UTF-8), each with the article's TRS pager after its content."""
    bodies = page_bodies()
    return [page(body + pager.format(count=len(bodies), index=i, stem=STEM)).encode()
            for i, body in enumerate(bodies)]


def static_pager(index: int, count: int = 3) -> str:
    """An in-article static pager: 上一页 1 2 3 下一页 (the current page unlinked)."""
    names = [f"{STEM}.html"] + [f"{STEM}_{n}.html" for n in range(1, count)]
    links = [f'<a href="{names[index - 1]}">上一页</a>'] if index else []
    links += [f"<span>{n + 1}</span>" if n == index else f'<a href="{names[n]}">{n + 1}</a>' for n in range(count)]
    links += [f'<a href="{names[index + 1]}">下一页</a>'] if index < count - 1 else []
    return '<div class="pages">' + " ".join(links) + "</div>"
