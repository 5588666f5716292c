"""An information-disclosure site on its own sub-host whose unit lists are written by document.write (an Anhui
style 信息公开网, PHP).

Modelled on http://aqxxgk.anqing.gov.cn/show.php?id=385009 (the disclosure site on a `<abbr>xxgk.` sub-host of
the portal's domain, articles /show.php?id=<n>, a tree of units: 首页 > 市交通运输局 > …) and
http://www.np.gov.cn/cms/html/npszf/2013-01-25/1779102018.html (a 2012 report still online).

- www.X.gov.cn links its 信息公开 to http://<abbr>xxgk.X.gov.cn/ (a sub-host the registry does not declare).
- The disclosure site's unit tree (static links) leads to /list.php?unitid=<u>&catid=<年报>; the government's
  list is static HTML with a 下一页/尾页 pager (&page=N), every other unit's rows are an inline JavaScript
  array written out with document.write (a page that otherwise has plenty of static links).
- Look-alikes (法治政府建设年度报告, 决算, 编制通知) share the lists; historical reports too.
"""

from __future__ import annotations

import json

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build, esc, noise_articles
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.common import add_common, paginate
from nianbao.crawler.sandbox.names import County, stable_ids, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

CAT = 21   # the 年报 category of every unit
PAGE_SIZE = 6


def build_docwrite(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "docwrite"
    www = b.site(county.host, county.id, server="Apache")
    xx = kit.sub_host(b, county, f"{county.pinyin[:2]}xxgk", "Apache")
    nav = [("首页", f"http://{www.host}/"), ("信息公开", f"http://{xx.host}/"), ("新闻中心", f"http://{www.host}/news/")]
    add_common(b, www, county, family, nav)
    add_common(b, xx, county, family, nav)
    noise = noise_articles(b, county, reports)
    urls: dict[str, str] = {}
    arts = kit.report_articles(b, reports)
    units = [u for u in county.units if any(a.report.unit is u for a in arts)]
    uid = stable_ids(f"unitid:{county.pinyin}", [u.key for u in units], digits=4)
    tree = "".join(f'<li><a href="/list.php?unitid={uid[u.key]}&amp;catid={CAT}">{esc(u.name)}</a></li>' for u in units)
    side = f'<div class="tree"><h3>信息公开目录</h3><ul>{tree}</ul></div>'
    gov = units[0]
    extra = {gov.key: kit.column_non_reports(county, noise)}
    for u in units:
        items = [a for a in arts if a.report.unit is u] + extra.get(u.key, [])
        items[:] = kit.newest_first(items)
        for art in items:
            path = f"/show.php?id={stable_int(county.pinyin, art.key, digits=6)}"
            kit.article_page(b, xx, county, family, art, path, nav=nav, column="政府信息公开年报",
                             index_no=f"{u.code[2:11]}/{art.day:%Y%m}-{art.key[-5:]}",
                             needs_browser=u is not gov, report_urls=urls)
        base = f"/list.php?unitid={uid[u.key]}&catid={CAT}"
        if u is gov:
            chunks = paginate(items, PAGE_SIZE)
            for n, chunk in enumerate(chunks, start=1):
                def href(k: int, base=base) -> str:
                    return base if k == 1 else f"{base}&page={k}"
                pager = ((f'<a href="{esc(href(n + 1))}">下一页</a> ' if n < len(chunks) else "")
                         + f'<a href="{esc(href(len(chunks)))}">尾页</a> 共{len(chunks)}页')
                main = f'{side}<div class="list"><h2>{esc(u.name)}</h2>{kit.link_list(chunk, _rel)}<div class="pg">{pager}</div></div>'
                b.add(xx, href(n), Page(page(county, family, u.name, main, nav=nav, host=xx.host).encode(),
                                        b.list_date(chunk), ignores_query=False), "list")
        else:
            rows = json.dumps([[a.title, _rel(a), a.date_text] for a in items], ensure_ascii=False)
            script = ('<script type="text/javascript">\nvar infolist = ' + rows + ';\n'
                      'for (var i = 0; i < infolist.length; i++) {\n'
                      '  document.write("<li><a href=\\"" + infolist[i][1] + "\\" target=\\"_blank\\">" + infolist[i][0]'
                      ' + "</a><span>" + infolist[i][2] + "</span></li>");\n}\n</script>')
            main = f'{side}<div class="list"><h2>{esc(u.name)}</h2><ul class="list">{script}</ul></div>'
            b.add(xx, base, Page(page(county, family, u.name, main, nav=nav, host=xx.host).encode(),
                                 b.list_date(items), ignores_query=False), "list")

    def missing(method, query, headers, body):    # the PHP answers any unit/category with an empty list
        main = f'{side}<div class="list"><p>暂无信息</p></div>'
        return Page(page(county, family, "信息公开", main, nav=nav, host=xx.host).encode(), SITE_DATE, role="empty")
    xx.dynamic["/list.php"] = missing
    kit.serve_at_root(b, xx, "/index.php", page(county, family, f"{county.gov_name}信息公开网",
                                                f"{side}<div class='intro'>政府信息公开</div>", nav=nav, host=xx.host),
                      "section")

    news = kit.news_items(county, noise, 3)
    kit.news_column(b, www, county, family, news, nav=nav, label="新闻中心", list_path="/news/index.html",
                    article_path=lambda art: f"/news/{art.day:%Y%m}/{stable_int(art.key, digits=6)}.html")
    home = (f'{kit.focus_box(news)}<div class="xxgk"><a href="http://{xx.host}/">政府信息公开</a>'
            f' <a href="http://{xx.host}/list.php?unitid={uid[gov.key]}&amp;catid={CAT}">政府信息公开年报</a></div>')
    kit.home_page(b, www, county, family, home, nav=nav)
    return urls


def _rel(art: Article) -> str:
    return "/" + art.url.split("://", 1)[1].split("/", 1)[1]
