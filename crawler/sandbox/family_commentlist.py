"""A county portal whose 政府信息公开年报 column page carries its rows as a JSON island inside an HTML comment
(`<!--NBDATA [...] NBDATA-->`, what a CMS template's data tag writes when the list was meant to be rendered by the
browser): the page's `<ul>` is empty, and a script walks the document's comment nodes, parses the one marked NBDATA
and draws the links. No `<a href>` of the column names a report; the rows exist only in comment text (held out of
tuning, twenty-second round).

Modelled on http://www.nbjb.gov.cn/col/col1229214366/index.html (宁波江北: 部门政务公开, lists a script fills from
data loaded with the page) and https://www.np.gov.cn/cms/html/npszf/2013-01-25/1779102018.html (南平: every year's
reports in one 专栏, a 2012 report among them). Rows kept in a comment that a script parses (a template engine's
"data in a comment" output, which HTML parsers drop from the tree) are this family's choice; the cited pages do
not show where their list data sits. Unlike jsonld (a `<script type="application/ld+json">` block), b64config (a
base64 config) and docwrite (document.write of strings), the rows are not in any script or element: a parser that
keeps only elements and attributes sees none of them.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the 年报
  column), /xxgk/nb/index.html (an empty list, the comment island and the script), articles
  /xxgk/nb/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

import json

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report

COLUMN = "/xxgk/nb/index.html"
LABEL = "政府信息公开年报"

DRAW = """<script type="text/javascript">
// the list's rows are the JSON of the comment marked NBDATA: walk the comment nodes, parse it, draw the links
document.addEventListener("DOMContentLoaded", function () {
  var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_COMMENT), node;
  while ((node = walker.nextNode())) {
    var text = node.nodeValue.trim();
    if (text.indexOf("NBDATA") !== 0) { continue; }
""" + kit.row_links_js("JSON.parse(text.slice(6, -6))", href="url", date="date", indent=4,
    list_id="nbList") + """
  }
});
</script>"""


def comment_island(rows: list[dict]) -> str:
    """The rows as the template writes them: JSON inside a comment (`--` never occurs in JSON of these rows)."""
    return f"<!--NBDATA {json.dumps(rows, ensure_ascii=False)} NBDATA-->"


def build_commentlist(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "commentlist"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    newest = kit.newest_gov_report(arts)
    items, urls = kit.trs_report_column(b, www, county, family, arts, noise, nav=nav, salt="cl-art",
                                        scripted_except=newest)
    listing = f'<ul id="nbList"></ul>{comment_island(kit.json_rows(items, www.host))}'
    kit.report_list_page(b, www, county, family, COLUMN, LABEL, listing, items, nav=nav, scripts=DRAW)
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=COLUMN, news_salt="cl-news")
    return urls
