"""A district portal whose 政府信息公开年报 column is a Vue 2 page: the HTML holds one `<div id="nbApp">` whose list
is a `<li v-for="item in list">` with `<a :href="item.url">{{ item.title }}</a>` — no address in the markup — and
an inline script `new Vue({el: '#nbApp', data: {kind: 'bj', list: [...]}})` whose rows are a JavaScript object
literal (unquoted keys, single-quoted strings, as a back-end template writes them: not JSON) with every report of
the district (government, 部门, 镇街, and every year back to before 2019). Vue renders the rows when the page loads;
nothing but the newest government report (on the home page) is linked in HTML anywhere (held out of tuning,
sixty-third round).

Modelled on https://www.beibei.gov.cn/zwgk_239/zfxxgknb/bbq_gknb/202602/t20260213_15443922.html (重庆市北碚区's 2025
report in the district's 政府信息公开年报 column, a TRS-style address), and
https://www.cqstl.gov.cn/zwgk_171/zfxxgknb/qzfbm/qzfbgs/202601/t20260123_15350406.html (铜梁区人民政府办公室's 2025
report filed under 区政府部门 in the same kind of column: departments' reports kept with the district's). The Vue 2
page is this family's choice (the cited pages are text; their markup is not shown); its form is Vue 2's documented
root instance, https://v2.vuejs.org/v2/guide/list.html (`new Vue({ el: '#example-1', data: { items: [...] } })`,
`<li v-for="item in items">`, `{{ item.message }}`) with `v-bind:href` shortened to `:href`. Unlike alpinedata (the
rows in an `x-data` attribute, a `<template x-for>`), nuxtstate (a server-rendered first page and devalue's
`window.__NUXT__`), yeartabs (JSON in a `var`) or jsonld, the rows are the `data` option of a constructor call in a
script element, and the list element itself carries the loop.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the column),
  /zwgk_<n>/zfxxgknb/index.html (the Vue page), /static/js/vue.min.js (a stand-in for the library), articles
  /zwgk_<n>/zfxxgknb/<kind>/<YYYYMM>/t<YYYYMMDD>_<8 digits>.html (kind bj, bm, jz).
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build
from nianbao.crawler.sandbox.family_alpinedata import js_string
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

LIBRARY = "/static/js/vue.min.js"
KINDS = ("bj", "bm", "jz")
APP = ('<div id="nbApp"><ul class="list"><li v-for="item in list"><a :href="item.url" target="_blank" '
       ':title="item.title">{{ item.title }}</a><span class="date">{{ item.date }}</span></li></ul></div>')

# Vue 2's root instance in a few lines (the sandbox serves no third-party scripts): `data` is read from the options
# object the page passes; an element with `v-for="x in list"` is stamped once per row, each clone's `:attr`
# (`v-bind:attr`) bound and its `{{ expr }}` text interpolated with the row in scope, as Vue's compiler does.
VUE_JS = """/* Vue.js 2 (stand-in): el, data, v-for, :attr, {{ }} */
(function (global) {
  function evaluate(expr, scope) { return new Function("scope", "with (scope) { return (" + expr + "); }")(scope); }
  function bind(el, scope) {
    Array.prototype.slice.call(el.attributes).forEach(function (at) {
      if (at.name.charAt(0) === ":" || at.name.indexOf("v-bind:") === 0) {
        el.setAttribute(at.name.replace(/^(v-bind)?:/, ""), evaluate(at.value, scope));
        el.removeAttribute(at.name);
      }
    });
    Array.prototype.slice.call(el.childNodes).forEach(function (node) {
      if (node.nodeType === 3) {
        node.nodeValue = node.nodeValue.replace(/{{([^}]+)}}/g, function (_, e) { return evaluate(e, scope); });
      } else if (node.nodeType === 1) { bind(node, scope); }
    });
  }
  function Vue(options) {
    var root = document.querySelector(options.el), data = options.data;
    root.querySelectorAll("[v-for]").forEach(function (tpl) {
      var m = tpl.getAttribute("v-for").match(/^\\s*(\\w+)\\s+in\\s+(.+)$/);
      tpl.removeAttribute("v-for");
      evaluate(m[2], data).forEach(function (row) {
        var scope = Object.create(data), clone = tpl.cloneNode(true);
        scope[m[1]] = row;
        bind(clone, scope);
        tpl.parentNode.insertBefore(clone, tpl);
      });
      tpl.parentNode.removeChild(tpl);
    });
  }
  global.Vue = Vue;
})(window);
"""


def vue_rows(items: list[Article], host: str) -> str:
    """The `list` of the instance's data: an array of object literals, keys unquoted, strings single-quoted."""
    return "[" + ",\n        ".join(
        f"{{title: {js_string(a.title)}, url: {js_string(a.url.split(host, 1)[1])}, date: {js_string(a.date_text)}}}"
        for a in items) + "]"


def build_vuedata(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "vuedata"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx/1.20.1")
    newest = kit.newest_gov_report(arts)
    folder = f"/zwgk_{stable_int('vd-col', county.pinyin, digits=3)}/zfxxgknb/"
    column = folder + "index.html"
    urls: dict[str, str] = {}
    items = kit.report_column(county, arts, noise)

    def path(art: Article) -> str:
        key = kit.unit_kind_key(art.report.unit.kind, KINDS) if art.report else KINDS[0]
        return kit.trs_path(f"{folder}{key}/", art.day, stable_int("vd-art", county.pinyin, art.key, digits=8))

    kit.column_pages(b, www, county, family, items, urls, nav=nav, path=path, scripted_except=newest)
    b.add(www, LIBRARY, Page(VUE_JS.encode(), SITE_DATE, "text/javascript; charset=utf-8"), "script")
    # the page's scripts sit in its head, so the instance is made once the document is parsed (its el exists)
    script = (f'<script src="{LIBRARY}"></script>\n<script>\nvar vm;\ndocument.addEventListener(\'DOMContentLoaded\', '
              f"function () {{\n  vm = new Vue({{\n    el: '#nbApp',\n    data: {{\n      kind: 'bj',\n"
              f"      list: {vue_rows(items, www.host)}\n    }}\n  }});\n}});\n</script>")
    kit.report_list_page(b, www, county, family, column, "政府信息公开年报", APP, items, nav=nav, scripts=script)
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=column, news_salt="vd-news")
    return urls
