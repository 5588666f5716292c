"""A county portal on a Struts 政府信息公开目录 system whose annual reports are listed only as the answer to its
检索 form: the directory page shows the ten newest entries of every category, and the form (POST, a per-page token,
a 分类 and a 发布机构 `<select>`, a title box) answers the rows of a category only once one criterion is chosen
(held out of tuning, seventh round).

Modelled on http://qqhr.gov.cn/News_showGkmlNews.action?messagekey=189769 (齐齐哈尔: a Struts `.action` directory,
each entry `News_showGkmlNews.action?messagekey=<n>` with 索引号, 分类, 发布机构, 发文日期 in a table) and on
https://sfj.weinan.gov.cn/sqhzzfjcgszl/1.html (a list split into 各县（市、区） and 市级部门: by kind of publishing
body).
The search form is the one such directories put above their table (分类 and 发布机构 drop-downs, 名称 box, 查询
button), posted with a hidden token; that only the form lists a category is this family's choice, not seen on those
pages themselves. Unlike the postpager family (page 2+ of a list by a hidden page field), nbmodule and province
(GET selects whose options are years and units), the list here has no page field and no link at all: a crawler
must choose an option of the category select and POST the form with its token.

- www.X.gov.cn: home (news; one static link, the government's newest report), 政府信息公开 (/xxgk/index.html) →
  信息公开目录 (/News_gkmlIndex.action: the form, the category tree as `onclick="doSearch('<code>')"` items, and the
  ten newest entries of every category).
- POST /News_searchGkml.action (token, fenlei, jigou, title): every matching entry (reports of every unit from 2008
  on, 解读, 工作总结 and look-alikes under 0112 年度报告; news and notices under the others); no criterion or a stale token answers a
  soft 200 page that says so.
- Entries /News_showGkmlNews.action?messagekey=<n>.
"""

from __future__ import annotations

from urllib.parse import parse_qsl

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County, stable_hex, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

INDEX = "/News_gkmlIndex.action"
SEARCH = "/News_searchGkml.action"
SHOW = "/News_showGkmlNews.action"
CATEGORIES = {"0101": "机构职能", "0105": "政策文件", "0108": "工作动态", "0112": "年度报告", "0115": "政府信息公开指南"}
CATEGORY_OF_KIND = {"report": "0112", "interpretation": "0112", "summary": "0112", "news": "0108", "notice": "0105",
                    "guide": "0115"}
NEWEST = 10
SEARCH_SCRIPT = """<script type="text/javascript">
function doSearch(code) {
  var f = document.getElementById("searchForm");
  f.fenlei.value = code;
  f.submit();
}
</script>"""


def build_gkmlsearch(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "gkmlsearch"
    nav = [("首页", "/"), ("政府信息公开", "/xxgk/index.html"), ("新闻中心", "/news/index.html")]
    token = stable_hex("gkml-token", county.pinyin, length=32)
    urls: dict[str, str] = {}
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache-Coyote/1.1")
    entries: list[tuple[Article, str, str]] = []   # (article, category, publishing body)
    news = kit.news_items(county, noise, 3, ("news", "notices"))
    for art in arts + noise["interpretations"] + noise["summary"] + kit.lookalikes(county)[:3] + news + noise["guide"]:
        key = stable_int("gkml", county.pinyin, art.key, digits=6)
        unit = art.report.unit if art.report else next(u for u in county.units if u.kind == "office")
        category = CATEGORY_OF_KIND.get(art.kind, "0108")   # look-alikes are summaries: filed under 年度报告 too
        kit.article_page(b, www, county, family, art, f"{SHOW}?messagekey={key}", nav=nav,
                         column=f"信息公开目录-{CATEGORIES[category]}",
                         index_no=f"{art.day:%Y%m%d}-{key}", report_urls=urls)
        entries.append((art, category, unit.code))
    entries.sort(key=lambda e: (e[0].day, e[0].title), reverse=True)
    units = {u.code: u.name for u in county.units}

    def table(rows: list[tuple[Article, str, str]]) -> str:
        body = "".join(f'<tr><td>{a.day:%Y%m%d}-{stable_int("gkml", county.pinyin, a.key, digits=6)}</td>'
                       f'<td><a href="{esc(a.url.split(www.host, 1)[1])}" target="_blank">{esc(a.title)}</a></td>'
                       f"<td>{esc(units[code])}</td><td>{a.date_text}</td></tr>" for a, _, code in rows)
        return ('<table class="gkml"><tr><th>索引号</th><th>名称</th><th>发布机构</th><th>发文日期</th></tr>'
                f"{body}</table>")

    def form(chosen: dict[str, str]) -> str:
        cats = "".join(f'<option value="{c}"{" selected" if chosen.get("fenlei") == c else ""}>{n}</option>'
                       for c, n in CATEGORIES.items())
        orgs = "".join(f'<option value="{c}"{" selected" if chosen.get("jigou") == c else ""}>{esc(n)}</option>'
                       for c, n in units.items())
        return (f'<form id="searchForm" name="searchForm" method="post" action="{SEARCH}">'
                f'<input type="hidden" name="token" value="{token}">'
                f'名称：<input type="text" name="title" value="{esc(chosen.get("title", ""))}"> '
                f'分类：<select name="fenlei"><option value="">--请选择--</option>{cats}</select> '
                f'发布机构：<select name="jigou"><option value="">--请选择--</option>{orgs}</select> '
                '<input type="submit" value="查询"></form>')

    tree = "".join(f"<li><a href=\"javascript:void(0)\" onclick=\"doSearch('{c}')\">{n}</a></li>"
                   for c, n in CATEGORIES.items())

    def directory(main: str, chosen: dict[str, str]) -> bytes:
        return page(county, family, "政府信息公开目录", f'<div class="gkml-tree"><ul>{tree}</ul></div>'
                    f'<div class="gkml-main">{form(chosen)}{main}</div>', column="政府信息公开目录", nav=nav,
                    host=www.host, scripts=SEARCH_SCRIPT).encode()

    def search(method, query, headers, body):
        fields = dict(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True)) if method == "POST" else query
        chosen = {k: fields.get(k, "").strip() for k in ("fenlei", "jigou", "title")}
        if method != "POST" or fields.get("token") != token:
            main = '<p class="tip">页面已过期，请返回信息公开目录重新查询。</p>'
        elif not any(chosen.values()):
            main = '<p class="tip">请至少选择或输入一个查询条件。</p>'
        else:
            rows = [e for e in entries if (not chosen["fenlei"] or e[1] == chosen["fenlei"])
                    and (not chosen["jigou"] or e[2] == chosen["jigou"]) and chosen["title"] in e[0].title]
            main = f'<p class="count">共{len(rows)}条</p>' + (table(rows) if rows else '<p class="tip">暂无信息</p>')
        return Page(directory(main, chosen), SITE_DATE, role="list", ignores_query=False)

    www.dynamic[SEARCH] = search
    b.post_pages.append({"url": f"http://{www.host}{SEARCH}", "body": f"token={token}&title=&fenlei=0112&jigou=",
                         "content_type": "application/x-www-form-urlencoded"})
    b.add(www, INDEX, Page(directory(f"<h3>最新公开</h3>{table(entries[:NEWEST])}", {}), b.list_date(
        [e[0] for e in entries[:NEWEST]])), "list")
    guide = noise["guide"]
    b.html_page(www, "/xxgk/index.html", page(county, family, "政府信息公开", f'<ul><li><a href="{guide[0].url}">政府'
                                              f'信息公开指南</a></li><li><a href="{INDEX}">政府信息公开目录</a></li>'
                                              '</ul>', column="政府信息公开", nav=nav, host=www.host),
                SITE_DATE, "section")
    b.html_page(www, "/news/index.html", page(county, family, "新闻中心", kit.link_list(news), nav=nav, host=www.host),
                b.list_date(news), "list")
    newest = kit.newest_gov_report(arts)
    kit.news_and_report_home(b, www, county, family, news, newest, nav=nav)
    return urls
