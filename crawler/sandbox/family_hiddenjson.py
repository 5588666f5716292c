"""A county portal on an ASP.NET CMS whose 政府信息公开年报 list is kept as JSON in a hidden form field: the column page
(/xxgk/nb/Default.aspx) carries `<input type="hidden" name="ctl00$Main$hidNbList" id="hidNbList" value="[{&quot;t&quot;:
…, &quot;u&quot;: &quot;/xxgk/nb/<YYYYMM>/<id>.html&quot;, &quot;d&quot;: …}, …]">` (what a `HiddenField` a
server control filled with a serialised list writes), an empty `<ul id="nblist">` and an inline script that parses
the field's value and makes the links (`JSON.parse(document.getElementById("hidNbList").value)`). Only the
government's newest report is linked, from the home page; every other entry — every unit's, every year's, the
historical ones — is a row of JSON inside an attribute value, entity-escaped (held out of tuning, fifty-third round).

Modelled on http://www.nbjb.gov.cn/col/col1229214366/index.html (宁波江北: 政府信息公开 → 部门目录, each department's
法定主动公开内容 listed by a script-drawn column) and on the ASP.NET CMS pages whose `__VIEWSTATE`-era templates keep
a client grid's rows in a `HiddenField`; the cited page is text, so the hidden field, its JSON and the page's paths
are this family's choice. Unlike hiddenpager (hidden fields holding only the pager's next and previous addresses),
alpinedata (a JavaScript object literal in a framework's `x-data` attribute) or textarealist (the list's markup as
a textarea's text), the entries are JSON in a form field's `value`, which no parser reads as links.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide, the column),
  /xxgk/nb/Default.aspx (the hidden field: every unit's reports of every year, 解读, look-alikes, newest first),
  articles /xxgk/nb/<YYYYMM>/<id>.html.
"""

from __future__ import annotations

import json
from urllib.parse import urlsplit

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build, esc
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

COLUMN = "/xxgk/nb/Default.aspx"
LABEL = "政府信息公开年报"
FILL = ('<script type="text/javascript">(function () { var rows = JSON.parse(document.getElementById("hidNbList")'
        '.value), ul = document.getElementById("nblist"); rows.forEach(function (r) { var li = document.createElement'
        '("li"), a = document.createElement("a"); a.href = r.u; a.target = "_blank"; a.textContent = r.t; '
        'li.appendChild(a); li.appendChild(document.createTextNode(" " + r.d)); ul.appendChild(li); }); })();</script>')


def hidden_listing(items: list[Article]) -> str:
    """The hidden field holding the list as JSON (entity-escaped in the attribute), the box and the script."""
    rows = [{"t": a.title, "u": urlsplit(a.url).path, "d": a.date_text}
            for a in items]
    value = json.dumps(rows, ensure_ascii=False, separators=(",", ":"))
    return (f'<input type="hidden" name="ctl00$Main$hidNbList" id="hidNbList" value="{esc(value)}" />'
            f'<ul id="nblist" class="list"></ul>{FILL}')


def build_hiddenjson(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "hiddenjson"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Microsoft-IIS/7.5")
    newest = kit.newest_gov_report(arts)

    def doc_id(art: Article) -> int:
        return stable_int("hj-art", county.pinyin, art.key, digits=6)

    items, urls = kit.report_column_pages(b, www, county, family, arts, noise, nav=nav, serial=doc_id, column=LABEL,
                                          path=lambda art: f"/xxgk/nb/{art.day:%Y%m}/{doc_id(art)}.html",
                                          scripted_except=newest)
    kit.report_list_page(b, www, county, family, COLUMN, LABEL, hidden_listing(items), items, nav=nav)
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=COLUMN, news_salt="hj-news")
    return urls
