"""A district portal rebuilt as a Nuxt.js (Vue server-side rendering) site whose 政府信息公开年报 column sends its first
ten rows as HTML and every row in the page's app state: the server renders `<div id="__nuxt">` with the ten newest
entries as `<a href>` and a pager of `<button>`s with no address (the next pages are drawn by the client from the
state), and the state is `<script>window.__NUXT__=(function(a,b,c){return {layout:"default",data:[{list:[…]}],…}}
("…","…","…"));</script>` — not JSON but a JavaScript expression, as Nuxt 2 serializes it with devalue: strings
that repeat (dates, the column's name) are hoisted into the function's parameters and every `/` of a string is
written `\\u002F` (`path:"\\u002Fzwgk\\u002Fnb\\u002F…"`). Every entry after the tenth is named only there (held out
of tuning, forty-first round).

Modelled on http://app.www.gov.cn/govdata/gov/201604/15/378395/article.html (辽宁省2015年度政府信息公开工作报告, a
pre-2019 report of a Liaoning government) and
http://bjjpgj.com/web/zwgkx/zfxxgk1/2010zfxxgk_148535/2010zfxxgk_140412/shizfgzbg/100F9E678052482CAADC5419A16C92E6/index.shtml
(a mirror of 辽阳市2019年度政府信息公开工作报告 in a per-year column of reports). The Nuxt front end and its state
are this family's choice (the cited pages are text); devalue's output shape (an IIFE whose arguments are the
repeated values, `\\u002F` for `/`) is Nuxt 2's. Unlike jsonld (a standard JSON block whose `url`s a script draws),
alpinedata (object literals in attributes), b64config (a config building ids) or nextjson (a paginated REST
interface), the list is a framework's hydration state, in the page, after ten rows already drawn.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the column),
  /zwgk/nb/index.html (ten rows, the button pager, the state), articles /zwgk/nb/<YYYY>/<id>.html.
"""

from __future__ import annotations

import json
from collections import Counter

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

COLUMN = "/zwgk/nb/index.html"
LABEL = "政府信息公开年报"
SHOWN = 10
PARAMS = "abcdefghijklmnopqrstuvwxyz"


def js_string(text: str) -> str:
    """A string as devalue writes it: JSON's escapes, and `<`, `>`, `/` as \\uXXXX so no tag closes the script."""
    return json.dumps(text, ensure_ascii=False).replace("<", "\\u003C").replace(">", "\\u003E").replace("/", "\\u002F")


def nuxt_state(items: list[Article], host: str) -> str:
    """`window.__NUXT__` for the column: the rows' repeated strings hoisted into the IIFE's parameters."""
    rows = kit.json_rows(items, host, url="path", date="date")
    counts = Counter(v for row in rows for k, v in row.items() if k == "date") + Counter([LABEL, LABEL])
    hoisted = [v for v, n in counts.most_common(len(PARAMS)) if n > 1]
    name = {v: PARAMS[i] for i, v in enumerate(hoisted)}

    def value(v: str) -> str:
        return name.get(v) or js_string(v)

    objects = ",".join("{" + ",".join(f"{k}:{value(v)}" for k, v in row.items()) + "}" for row in rows)
    body = (f'{{layout:"default",data:[{{column:{value(LABEL)},total:{len(rows)},pageSize:{SHOWN},list:[{objects}]}}],'
            f'fetch:{{}},error:null,serverRendered:true,routePath:{js_string(COLUMN)},config:{{}}}}')
    return (f'<script>window.__NUXT__=(function({",".join(name[v] for v in hoisted)}){{return {body}}}'
            f'({",".join(js_string(v) for v in hoisted)}));</script>')


def rendered(items: list[Article]) -> str:
    """What the server renders: the first page's rows and the pager's buttons (no addresses)."""
    pages = -(-len(items) // SHOWN)
    buttons = "".join(f'<button type="button" class="number{" active" if n == 1 else ""}">{n}</button>'
                      for n in range(1, pages + 1))
    return (f'<div id="__nuxt"><div id="__layout"><div class="nb-list" data-v-3f1c2a7e>'
            f'{kit.link_list(items[:SHOWN])}<div class="el-pagination"><span class="el-pagination__total">共 '
            f'{len(items)} 条</span><button type="button" class="btn-prev" disabled>上一页</button>{buttons}'
            f'<button type="button" class="btn-next">下一页</button></div></div></div></div>')


def build_nuxtstate(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "nuxtstate"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    urls: dict[str, str] = {}
    items = kit.report_column(county, arts, noise)
    newest = kit.newest_gov_report(arts)
    for i, art in enumerate(items):
        serial = stable_int("nx-art", county.pinyin, art.key, digits=7)
        kit.article_page(b, www, county, family, art, f"/zwgk/nb/{art.day.year}/{serial}.html", nav=nav,
                         column=LABEL, index_no=kit.site_index_no(county, art, serial), report_urls=urls,
                         needs_browser=i >= SHOWN and art is not newest)
    kit.report_list_page(b, www, county, family, COLUMN, LABEL, rendered(items), items, nav=nav,
                         scripts=nuxt_state(items, www.host)
                         + '<script src="/_nuxt/app.3b9f2c1.js" defer></script>')
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=COLUMN,
                            news_salt="nx-news")
    return urls

