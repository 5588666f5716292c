"""A county portal whose 政府信息公开年报 column writes every entry's address backwards, a "防采集" (anti-scraping) trick:
each row is `<a href="javascript:void(0);" data-url="lmth.<id>_<YYYYMMDD>t/<YYYYMM>/bn<YYYY>/bngkxx/…/">`, the
path reversed character by character, and the column's script, run when the page loads, turns every such link
right way round (`a.href = a.getAttribute("data-url").split("").reverse().join("")`). The column lists every
unit's report of every year (县政府, 县直部门, 乡镇, 2014 on) and nothing else on the site names them: the page's
HTML holds no report's address the right way round (held out of tuning, seventy-third round).

Modelled on http://xizang.gov.cn/zwgk/xxgk_424/xxgknb/2014nb/201902/t20190223_64763.html (西藏自治区's 2014 report:
a TRS 政府信息公开年报 column with one folder a year, `xxgknb/<YYYY>nb/<YYYYMM>/t<YYYYMMDD>_<id>.html`, its pre-2019
reports kept) and http://www.xizang.gov.cn/zwgk/xxgk_424/xxgknb/2025nb/202601/t20260116_519394.html (审计厅's 2025
report in the same column: departments' reports filed beside the government's, by year). The year-folder layout
and the mix of units in one column are the real pages'; the county (a 西藏 county of the sandbox) and writing the
addresses reversed for a load script to restore are this family's choice (the cited pages are text). Unlike
unescapejs (percent-escapes), charcodes (character codes), hexescape (`\\x` escapes), jsonly and b64config (base64),
cryptlist (XOR) or packedjs (a packer's dictionary), every character of the address is in the page as written, in
reverse order, in a `data-url` attribute of the row's own `<a>`.

- www.X.gov.cn: home (news; the government's newest report, a plain link), 政务公开 (/zwgk/index.html: the guide and
  the column), /zwgk/xxgk/xxgknb/index.html (the column: every report, 解读 and look-alikes, reversed), articles
  /zwgk/xxgk/xxgknb/<YYYY>nb/<YYYYMM>/t<YYYYMMDD>_<6 digits>.html (<YYYY> the report's year; other items' under
  the year of their date).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build, esc
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

FOLDER = "/zwgk/xxgk/xxgknb/"
COLUMN = FOLDER + "index.html"
LABEL = "政府信息公开年报"
# the column's load script (in the head: it waits for the document): every reversed address turned right way
# round into its link's href
RESTORE = """<script type="text/javascript">
document.addEventListener("DOMContentLoaded", function () {
  var links = document.querySelectorAll("a[data-url]");
  for (var i = 0; i < links.length; i++) {
    links[i].href = links[i].getAttribute("data-url").split("").reverse().join("");
  }
});
</script>"""


def article_path(county: County, art: Article) -> str:
    year = art.report.year if art.report else art.day.year
    doc_id = stable_int("rh-art", county.pinyin, art.key, digits=6)
    return f"{FOLDER}{year}nb/{art.day:%Y%m}/t{art.day:%Y%m%d}_{doc_id}.html"


def reversed_list(items: list[Article]) -> str:
    rows = "".join(f'<li><a href="javascript:void(0);" data-url="{esc(urlsplit(a.url).path[::-1])}" '
                   f'title="{esc(a.title)}">{esc(a.title)}</a><span class="date">{a.date_text}</span></li>'
                   for a in items)
    return f'<ul class="list">{rows}</ul>'


def build_revhref(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "revhref"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    newest = kit.newest_gov_report(arts)
    items, urls = kit.report_column_pages(b, www, county, family, arts, noise, nav=nav,
                                          path=lambda art: article_path(county, art), scripted_except=newest)
    kit.report_list_page(b, www, county, family, COLUMN, LABEL, reversed_list(items), items, nav=nav,
                         scripts=RESTORE)
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=COLUMN, news_salt="rh-news")
    return urls
