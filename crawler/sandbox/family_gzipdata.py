"""A county portal whose 政府信息公开年报 column ships its list compressed inside the page: the column page holds an
empty `<ul id="nblist">` and `<script>var NB_GZ = "H4sI…";</script>`, the list's JSON (`[{"title", "url", "date"},
…]`, every unit's reports of every year) gzip-compressed and base64-encoded, as front ends that inline a large data
set write it (pako's `gzip` on the server, `pako.inflate` in the page); the page's script decodes and inflates it
(here with the browser's own `DecompressionStream("gzip")`) and writes the links. No byte of the page spells an
address: only the government's newest report is linked, from the home page (held out of tuning, fifty-third round).

Modelled on http://www.nbjb.gov.cn/col/col1229214366/index.html (宁波江北: a JCMS portal whose 信息公开 columns are
drawn by a script, `/col/col<id>/index.html`, articles `/art/<YYYY>/<M>/<D>/art_<col>_<id>.html`, the layout this
family takes). Compressing the inline list with gzip is this family's choice (the cited page is text; pako is the
library such pages load). Unlike jsonly (base64 of the list's markup, decoded by `atob`), cryptlist (an interface's
rows encrypted with a key the page holds) or packedjs (a packed script's word table), the list is deflate-compressed
binary: no substring of the page, decoded or not by base64 alone, names an entry.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide, the column),
  /col/col<id>/index.html (the compressed list: every unit's reports of every year, 解读, look-alikes, newest
  first), articles /art/<YYYY>/<M>/<D>/art_<col>_<id>.html.
"""

from __future__ import annotations

import base64
import gzip
import json
from urllib.parse import urlsplit

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

LABEL = "政府信息公开年报"
INFLATE = ('<script type="text/javascript">(function () { var bytes = Uint8Array.from(atob(NB_GZ), function (c) { '
           'return c.charCodeAt(0); }); new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('
           '"gzip"))).text().then(function (s) { var ul = document.getElementById("nblist"); JSON.parse(s).forEach('
           'function (r) { var li = document.createElement("li"), a = document.createElement("a"); a.href = r.url; '
           'a.target = "_blank"; a.textContent = r.title; li.appendChild(a); li.appendChild(document.createTextNode('
           '" " + r.date)); ul.appendChild(li); }); }); })();</script>')


def packed_list(items: list[Article]) -> str:
    """The list's rows as JSON, gzip-compressed (mtime 0: the same rows give the same bytes) and base64-encoded."""
    rows = [{"title": a.title, "url": urlsplit(a.url).path, "date": a.date_text} for a in items]
    raw = json.dumps(rows, ensure_ascii=False).encode("utf-8")
    return base64.b64encode(gzip.compress(raw, mtime=0)).decode("ascii")


def gzip_listing(items: list[Article]) -> str:
    return (f'<ul id="nblist" class="list"></ul><script type="text/javascript">var NB_GZ = "{packed_list(items)}";'
            f"</script>{INFLATE}")


def build_gzipdata(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "gzipdata"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="JCMS")
    newest = kit.newest_gov_report(arts)
    col = stable_int("gz-col", county.pinyin, digits=7)

    def doc_id(art: Article) -> int:
        return stable_int("gz-art", county.pinyin, art.key, digits=8)

    items, urls = kit.report_column_pages(b, www, county, family, arts, noise, nav=nav, serial=doc_id, column=LABEL,
                                          path=lambda art: kit.jcms_path(col, art.day, doc_id(art)),
                                          scripted_except=newest)
    column = f"/col/col{col}/index.html"
    kit.report_list_page(b, www, county, family, column, LABEL, gzip_listing(items), items, nav=nav)
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=column, news_salt="gz-news")
    return urls
