"""A county portal whose 政府信息公开年报 column is drawn by Alpine.js components whose rows are a JavaScript object
literal in an HTML attribute: each of the three boxes (县政府, 县直部门, 乡镇（街道）) is
`<div x-data="{ rows: [{t: '…', u: '/zfxxgk/zfgknb/2023/…html', d: '2024-01-20'}, …] }">` — unquoted keys and
single-quoted strings, so not JSON — and a `<template x-for="row in rows">` whose `<a :href="row.u" x-text="row.t">`
the library renders once per row. The page has no `<a>` to any report until the library runs; the addresses are
written only inside the attribute's literal (held out of tuning, thirty-first round).

Modelled on https://xushui.gov.cn/zfxxgk/zfgknb/2023/666160586494021.html (保定市徐水区: the 政府信息公开年报 column
/zfxxgk/zfgknb/ keeping each year's reports under /<year>/ with 15-digit article ids) and
https://shaheshi.gov.cn/article/86/81942.html (沙河市: a department's, 生态环境分局's, 2023 report on a Hebei county
portal); the component is Alpine's documented form, https://alpinejs.dev (`<div x-data="{ open: false }">`,
"Declare a new Alpine component and its data for a block of HTML") and `x-for` over an array written in `x-data`
(https://dev.to/muhammadiqbalid83/x-for-3973: `x-data="{ items: ['Apple', 'Banana', 'Cherry'] }"`, `<template
x-for="item in items">`). That the column is drawn so is this family's choice (the cited portal pages are text;
their markup is not shown). The sandbox serves no third-party scripts: /static/js/alpine.min.js is a few lines in
place of the library that evaluate `x-data` and render `x-for` templates with `:href` and `x-text` bindings.
Unlike jsonld (a JSON-LD block), commentlist (JSON in an HTML comment), yeartabs (an inline script's JSON object),
tplclone/tpltabs (templates holding finished links) or srcdoc (escaped markup in one attribute), the rows are a
JavaScript literal that no JSON reader parses, in the attribute of a component no portal script touches.

- www.X.gov.cn: home (news; one static link, the government's newest report), 政务公开 (/zwgk/index.html: the guide,
  the column), /zfxxgk/zfgknb/index.html (the three components), /static/js/alpine.min.js (the library's
  stand-in), articles /zfxxgk/zfgknb/<year>/<15 digits>.html.
"""

from __future__ import annotations

import html

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

COLUMN = "/zfxxgk/zfgknb/index.html"
LIBRARY = "/static/js/alpine.min.js"
LABELS = {"bj": "本级政府信息公开年报", "bm": "部门政府信息公开年报", "xz": "乡镇（街道）政府信息公开年报"}
ROW_TEMPLATE = ('<ul class="list"><template x-for="row in rows"><li><a :href="row.u" target="_blank" '
                'x-text="row.t"></a><span class="date" x-text="row.d"></span></li></template></ul>')

# Alpine's core in a few lines (the sandbox serves no third-party scripts): a component's x-data is evaluated as a
# JavaScript expression, as Alpine does; each `<template x-for="item in list">` inside it is stamped once per item,
# the clone's `:attr`/`x-bind:attr` and `x-text` expressions evaluated with the item in scope.
ALPINE_JS = """/* Alpine.js 3 (stand-in): x-data, x-for, :attr, x-text */
(function () {
  function evaluate(expr, scope) { return new Function("scope", "with (scope) { return (" + expr + "); }")(scope); }
  function bind(el, scope) {
    Array.prototype.slice.call(el.attributes).forEach(function (at) {
      if (at.name.charAt(0) === ":" || at.name.indexOf("x-bind:") === 0) {
        el.setAttribute(at.name.replace(/^(x-bind)?:/, ""), evaluate(at.value, scope));
      } else if (at.name === "x-text") { el.textContent = evaluate(at.value, scope); }
    });
  }
  function render(root, data) {
    root.querySelectorAll("template[x-for]").forEach(function (tpl) {
      var m = tpl.getAttribute("x-for").match(/^\\s*(\\w+)\\s+in\\s+(.+)$/);
      evaluate(m[2], data).forEach(function (item) {
        var scope = Object.create(data); scope[m[1]] = item;
        var clone = tpl.content.cloneNode(true);
        clone.querySelectorAll("*").forEach(function (el) { bind(el, scope); });
        tpl.parentNode.insertBefore(clone, tpl);
      });
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[x-data]").forEach(function (el) {
      render(el, evaluate(el.getAttribute("x-data") || "{}", {}));
    });
  });
})();
"""


def js_string(text: str) -> str:
    """`text` as a single-quoted JavaScript string literal."""
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def component_data(items: list[Article], host: str) -> str:
    """The x-data expression of one box: an object literal of its rows, keys unquoted and strings single-quoted, as
    a template engine writes it into the attribute (not JSON)."""
    rows = ", ".join(f"{{t: {js_string(a.title)}, u: {js_string(a.url.split(host, 1)[1])}, d: {js_string(a.date_text)}}}"
                     for a in items)
    return f"{{ rows: [{rows}] }}"


def attribute(value: str) -> str:
    """`value` escaped for a double-quoted attribute, its single quotes left as written."""
    return html.escape(value, quote=False).replace('"', "&quot;")


def build_alpinedata(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "alpinedata"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache")
    newest = kit.newest_gov_report(arts)
    urls: dict[str, str] = {}

    def doc_id(key: str, art: Article) -> int:
        return stable_int("ad-art", county.pinyin, key, art.key, digits=15)

    columns = kit.unit_kind_report_columns(b, www, county, family, arts, noise, LABELS, urls, nav=nav,
                                           serial=doc_id, scripted_except=newest,
                                           path=lambda key, art: f"/zfxxgk/zfgknb/{art.day.year}/{doc_id(key, art)}.html")
    b.add(www, LIBRARY, Page(ALPINE_JS.encode(), SITE_DATE, "text/javascript; charset=utf-8"), "script")
    boxes = "".join(f'<div class="nbBox" x-data="{attribute(component_data(columns[key], www.host))}"><h3>{label}</h3>'
                    f"{ROW_TEMPLATE}</div>" for key, label in LABELS.items())
    kit.report_list_page(b, www, county, family, COLUMN, "政府信息公开年报", boxes, arts, nav=nav,
                         scripts=f'<script defer src="{LIBRARY}"></script>')
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=COLUMN, news_salt="ad-news")
    return urls
