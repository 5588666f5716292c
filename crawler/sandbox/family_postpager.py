"""Date-path articles and list pages paged by a POST form (a Yunnan-style county CMS), held out of tuning.

Modelled on http://www.kmwh.gov.cn/c/2023-01-11/6433727.shtml (昆明市五华区: articles at
/c/<YYYY-MM-DD>/<id>.shtml, a 管委会's report among the district's) and http://ccxi.gov.cn/info/1308/19387.htm
(a report saying it is published in the portal's "政府信息公开年报" 专栏). The pager is the WebForms /
JSP list form such portals use: the page numbers are `javascript:goPage(n)` links that set a hidden field of a
`<form method="post">` (with a `__VIEWSTATE`) and submit it, so page 2 onwards exists only as a POST answer.

- www.X.gov.cn: home (news, the three newest reports), 信息公开 (/xxgk/index.shtml) with the 年报 专栏's three
  channels /channel/<id>.shtml (本级, 部门, 乡镇), 8 entries a page, newest first; the historical reports
  (2008-2018) are on the 本级 channel's last pages. Look-alikes (解读, 法治政府建设年度报告, 编制通知) share them.
- POST /channel/<id>.shtml with `pageIndex=<n>` (and the form's other fields) answers page n; a GET with a query
  string answers page 1 (the form is the only way on). Every entry past page 1 is reachable only by the form.
"""

from __future__ import annotations

from urllib.parse import parse_qsl

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.common import paginate
from nianbao.crawler.sandbox.names import County, stable_hex, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

PAGE_SIZE = 8
PAGER_SCRIPT = """<script type="text/javascript">
function goPage(n) { var f = document.getElementById("pageForm"); f.pageIndex.value = n; f.submit(); }
</script>"""


def build_postpager(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "postpager"
    nav = [("首页", "/"), ("信息公开", "/xxgk/index.shtml"), ("新闻中心", "/news/index.shtml")]
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Microsoft-IIS/8.5")
    urls: dict[str, str] = {}
    names = {"bj": "本级年报", "bm": "部门年报", "xz": "乡镇（街道）年报"}
    channel = {k: stable_int("pp-ch", county.pinyin, k, digits=4) for k in names}
    groups = kit.unit_kind_columns(county, arts, noise, tuple(names))
    tabs = "".join(f'<li><a href="/channel/{channel[k]}.shtml">{esc(n)}</a></li>' for k, n in names.items())
    for key, items in groups.items():
        items[:] = kit.newest_first(items)
        for art in items:
            path = f"/c/{art.day:%Y-%m-%d}/{stable_int(county.pinyin, art.key, digits=7)}.shtml"
            kit.article_page(b, www, county, family, art, path, nav=nav, column=names[key],
                             index_no=f"{county.site_id_code}-{art.day:%Y}-{stable_int(art.key, digits=4)}",
                             report_urls=urls)
        chunks = paginate(items, PAGE_SIZE)
        path = f"/channel/{channel[key]}.shtml"
        state = stable_hex("viewstate", county.pinyin, key, length=40)

        def listing(n: int, chunks=chunks, path=path, state=state, key=key) -> bytes:
            chunk = chunks[n - 1] if 1 <= n <= len(chunks) else []
            links = " ".join(f'<a href="javascript:goPage({k})">{k}</a>' if k != n else f"<span>{k}</span>"
                             for k in range(1, len(chunks) + 1))
            more = f' <a href="javascript:goPage({n + 1})">下一页</a>' if n < len(chunks) else ""
            main = (f'<div class="tabs"><ul>{tabs}</ul></div><div class="list"><h2>{esc(names[key])}</h2>'
                    f'{kit.link_list(chunk)}<form id="pageForm" name="pageForm" method="post" action="{path}">'
                    f'<input type="hidden" name="__VIEWSTATE" value="{state}">'
                    f'<input type="hidden" name="pageIndex" value="{n}"></form>'
                    f'<div class="pager">{links}{more} <a href="javascript:goPage({len(chunks)})">尾页</a>'
                    f" 共{len(chunks)}页</div></div>")
            return page(county, family, f"{names[key]}_{county.gov_name}", main, column="政府信息公开年报",
                        nav=nav, scripts=PAGER_SCRIPT, host=www.host).encode()

        def handler(method, query, headers, body, listing=listing, chunks=chunks):
            n = 1
            if method == "POST":
                fields = dict(parse_qsl(body.decode("latin-1"), keep_blank_values=True))
                n = int(fields["pageIndex"]) if fields.get("pageIndex", "").isdigit() else 1
            n = min(max(n, 1), len(chunks))
            return Page(listing(n), b.list_date(chunks[n - 1]), role="list")

        www.dynamic[path] = handler
        b.pages[f"http://{www.host}{path}"] = "list"
        for n in range(2, len(chunks) + 1):
            b.post_pages.append({"url": f"http://{www.host}{path}", "body": f"__VIEWSTATE={state}&pageIndex={n}",
                                 "content_type": "application/x-www-form-urlencoded"})
    section = (f'<div class="xxgk"><h2>政府信息公开</h2><ul><li><a href="/xxgk/zn.shtml">政府信息公开指南</a></li>'
               f'<li><a href="/channel/{channel["bj"]}.shtml">政府信息公开年报</a></li></ul>'
               f'<h3>年报专栏</h3><ul>{tabs}</ul></div>')
    b.html_page(www, "/xxgk/index.shtml", page(county, family, "信息公开", section, column="信息公开", nav=nav,
                                                host=www.host), SITE_DATE, "section")
    news = kit.news_items(county, noise, 3)
    kit.news_column(b, www, county, family, news, nav=nav, label="新闻中心", list_path="/news/index.shtml",
                    article_path=lambda art: f"/c/{art.day:%Y-%m-%d}/{stable_int(art.key, digits=7)}.shtml")
    newest = [a for a in arts if a.report.template != "pre2019"][:3]
    home = f'{kit.focus_box(news)}<div class="nb"><h2>政府信息公开年报</h2>{kit.link_list(newest)}</div>'
    kit.home_page(b, www, county, family, home, nav=nav, path="/index.shtml")
    return urls
