"""A county portal of an old CMS that stores its 政府信息公开年报 list as markup in a hidden `<textarea>`: the column
page carries `<textarea id="nbdata" style="display:none"><ul class="list"><li><a href="…">…</a>…</ul></textarea>`
and an empty `<div id="nblist">`, and an inline script copies the textarea's value into the div
(`list.innerHTML = data.value`). A textarea's content is raw text (RCDATA) to an HTML parser: the `<a>` inside are
characters, not elements, until the script runs (held out of tuning, thirty-ninth round).

Modelled on http://xxgk.guangshan.gov.cn/show.php?classid=4471&id=37290&bid=1 (河南光山县's 2015 report on its
政府信息公开 platform, a PHP CMS of numbered classes and ids: reports from before 2019 kept, the layout
`/show.php?classid=<class>&id=<id>` this family's articles take as `/show/<class>_<id>.html`). Keeping a list in a
textarea ("safe" storage an old template's editor wrote, its script turning it into links) is this family's choice;
the cited page is text. Unlike srcdoc (the list entity-escaped in an attribute), tpltabs (a `<script type="text/html">`
template) or tplclone (an inert `<template>` element), the markup sits unescaped in a form control's text.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide, the column),
  /xxgk/list.php?classid=4471 served as /list/4471.html (the textarea: every unit's reports of every year, 解读,
  look-alikes, newest first), articles /show/4471_<id>.html.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

CLASS_ID = 4471
COLUMN = f"/list/{CLASS_ID}.html"
LABEL = "政府信息公开年报"
FILL = ('<script type="text/javascript">document.getElementById("nblist").innerHTML = '
        'document.getElementById("nbdata").value;</script>')


def textarea_listing(items: list[Article]) -> str:
    """The hidden textarea holding the list's markup as text, the box the script fills, and the script."""
    return (f'<textarea id="nbdata" style="display:none" readonly>{kit.link_list(items)}</textarea>'
            f'<div id="nblist"></div>{FILL}')


def build_textarealist(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "textarealist"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache/2.2.15 (CentOS)")
    newest = kit.newest_gov_report(arts)

    def doc_id(art: Article) -> int:
        return stable_int("ta-art", county.pinyin, art.key, digits=6)

    items, urls = kit.report_column_pages(b, www, county, family, arts, noise, nav=nav, serial=doc_id, column=LABEL,
                                          path=lambda art: f"/show/{CLASS_ID}_{doc_id(art)}.html",
                                          scripted_except=newest)
    kit.report_list_page(b, www, county, family, COLUMN, LABEL, textarea_listing(items), items, nav=nav)
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=COLUMN, news_salt="ta-news")
    return urls
