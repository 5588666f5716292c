"""A county portal on a 站群 (集约化) platform whose 政府信息公开年报 column is drawn by the platform's list component, a
Web Component: the column page holds three custom elements (`<nb-list channel="<id>" label="县直部门">`, one per kind
of unit) and loads the component's module (`/js/components/nb-list.js`), which defines the element
(`customElements.define("nb-list", …)`); when an element is connected it attaches an open shadow root
(`attachShadow({mode: "open"})`), asks the platform's list interface for its channel
(`"/api/component/list?channel=" + this.getAttribute("channel")`) and draws the rows' links inside its shadow tree.
The page's own DOM never holds a report link, rendered or not (`document.links` and `querySelectorAll("a")` do not
reach into shadow trees), and the interface's address is composed in the module from an attribute (held out of
tuning, twenty-fifth round).

Modelled on http://jw.taojiang.gov.cn/25074/25162/37354/39633/index.htm (桃江: a 镇's 2022 report on the county's
站群, every column a numbered folder, `/<site>/<section>/<column>/…`), http://www.nanxian.gov.cn/jc_nx/187/195/content_16189.html
(南县: articles `content_<id>.html` in numbered columns) and on Web Components as they are written up for Chinese
front ends: https://jishu.proginn.com/doc/7268652c341fc9e6e (用异构系统共建 web components: one component shared by
systems built on different stacks) and https://blog.zenheart.site/dig-w3c/html/02.WebAPIs/WebComponent
(`customElements.define`, `connectedCallback`, `attachShadow`, `shadowRoot.innerHTML`). A 站群 platform shipping its
list as a custom element with a shadow tree is this family's choice; the cited portal pages show the numbered
columns, not their markup. Unlike ajax/jsonly (a script fills a light-DOM list from a JSON interface it names),
srcdoc/refframe (a list in another document) or tpltabs (lists in script templates), the links exist only in shadow
trees, and the list's address only as a pattern in the component's module.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the 年报
  column), /<site>/<section>/<nb>/index.htm (the column: three `<nb-list>` elements), /js/components/nb-list.js
  (the component), /api/component/list?channel=<id> (JSON rows; any other channel `[]`), articles
  /<site>/<section>/<nb>/<channel>/content_<id>.html.
"""

from __future__ import annotations

import json
from functools import partial

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

MODULE = "/js/components/nb-list.js"
INTERFACE = "/api/component/list"
LABEL = "政府信息公开年报"
JSON_UTF8 = "application/json; charset=utf-8"
# the column's elements: key (kit.unit_kind_columns), label
CHANNELS = (("bj", "县政府"), ("bm", "县直部门"), ("xz", "乡镇（街道）"))
COMPONENT_JS = """// nb-list: the 站群 platform's list component; each element draws its channel's rows in its own shadow tree
class NbList extends HTMLElement {
  connectedCallback() {
    var root = this.attachShadow({mode: "open"});
    root.innerHTML = "<style>ul{margin:0;padding:0;list-style:none}li{line-height:2}span{float:right;color:#999}</style>"
      + "<h3></h3><ul></ul>";
    root.querySelector("h3").textContent = this.getAttribute("label");
    fetch("/api/component/list?channel=" + encodeURIComponent(this.getAttribute("channel")))
      .then(function (r) { return r.json(); })
      .then(function (rows) {
        var ul = root.querySelector("ul");
        rows.forEach(function (row) {
          var li = document.createElement("li"), a = document.createElement("a"), span = document.createElement("span");
          a.href = row.url; a.target = "_blank"; a.textContent = row.title; span.textContent = row.date;
          li.appendChild(a); li.appendChild(span); ul.appendChild(li);
        });
      });
  }
}
customElements.define("nb-list", NbList);
"""


def channel_id(county: County, key: str) -> int:
    return stable_int("sl-channel", county.pinyin, key, digits=5)


def doc_id(county: County, art: Article) -> int:
    return stable_int("sl-art", county.pinyin, art.key, digits=7)


def column_folder(county: County) -> str:
    """The 年报 column's numbered folder on the 站群: /<site>/<section>/<column>/."""
    return "/" + "/".join(str(stable_int("sl-folder", county.pinyin, part, digits=5)) for part in ("site", "xxgk", "nb")) + "/"


def build_shadowlist(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "shadowlist"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx/1.18.0")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)
    folder = column_folder(county)
    columns = kit.unit_kind_columns(county, arts, noise, tuple(key for key, _ in CHANNELS))
    elements = []
    for key, label in CHANNELS:
        channel, listed = channel_id(county, key), kit.newest_first(columns[key])
        kit.column_pages(b, www, county, family, listed, urls, nav=nav, serial=partial(doc_id, county),
                         path=lambda art, channel=channel: f"{folder}{channel}/content_{doc_id(county, art)}.html",
                         scripted_except=newest)
        rows = json.dumps(kit.json_rows(listed, www.host), ensure_ascii=False).encode()
        b.add(www, f"{INTERFACE}?channel={channel}", Page(rows, b.list_date(listed), JSON_UTF8, ignores_query=False),
              "list")
        elements.append(f'<nb-list channel="{channel}" label="{esc(label)}"></nb-list>')

    def other_channel(method, query, headers, body):   # another site's channel, or none: no rows
        return Page(b"[]", SITE_DATE, JSON_UTF8, role="list")

    www.dynamic[INTERFACE] = other_channel
    b.add(www, MODULE, Page(COMPONENT_JS.encode(), SITE_DATE, "text/javascript; charset=utf-8"), "asset")
    main = f'<h2>{LABEL}</h2><div class="nbLists">{"".join(elements)}</div>'
    b.html_page(www, folder + "index.htm", page(county, family, LABEL, main, column=LABEL, nav=nav, host=www.host,
                                                scripts=f'<script type="module" src="{MODULE}"></script>'),
                b.list_date(arts), "list")
    news = kit.trs_guide_and_news(b, www, county, family, noise, nav=nav, reports_href=folder + "index.htm",
                                  news_salt="sl-news")
    kit.news_and_report_home(b, www, county, family, news, newest, nav=nav)
    return urls
