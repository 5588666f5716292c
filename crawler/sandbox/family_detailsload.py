"""A district portal whose 政府信息公开年报 column is one page of `<details>` disclosure boxes, one a year (2024年度,
2023年度, …): only the newest year's box is `open` with its list in the page as served; every other year's box holds
an empty `<div class="nb-list">`, and a script fills it the first time the box is opened — on the `toggle` event of
the `<details>` element, it fetches the year's list fragment `/zfxxgkzl/zfxxgknb/<year>nb/list.html`, the address
made of the box's `data-year`. Nothing is a link or a button: a box opens when its `<summary>` is clicked, and the
earlier years' reports are named only by fragments that opening asks for (held out of tuning, thirty-second round).

Modelled on https://www.bjdch.gov.cn/zfxxgkzl/zfxxgknb/2015nb/dcqzf2015/201912/t20191231_2994419.html (东城区
2015 report: the 年报 column split into a folder per year, `2015nb`, and in it a folder per kind of body and year,
`dcqzf2015`) and https://www.bjdch.gov.cn/zfxxgkzl/zfxxgknb/2025nb/dcqzfbm2025/202601/t20260120_4449966.html (a
委's 2025 report under `dcqzfbm2025`, the departments' folder): this family's articles take that layout. The year
boxes as `<details>` loaded on `toggle` (the event fires when a details element opens or closes and does not bubble:
https://w3Schools.com/jsref/event_ontoggle.asp, so each box gets its own listener) are this family's choice; the
cited pages are text and do not show the column's markup. Unlike tabindex/tpltabs/yeartabs (tabs a click
switches), hovermenu (a pointer entering an item) or hxlist (htmx fragments loaded on `load`/`revealed`), the list
is fetched only when a native disclosure widget is opened.

- www.X.gov.cn: home (news; one static link, the government's newest report), 政务公开 (/zwgk/index.html: the guide,
  the column), /zfxxgkzl/zfxxgknb/index.html (the year boxes and the loader), /zfxxgkzl/zfxxgknb/<year>nb/list.html
  (each earlier year's fragment: a `<ul>` of links), articles
  /zfxxgkzl/zfxxgknb/<year>nb/<qzf|qzfbm|jdxz><year>/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

FOLDER = "/zfxxgkzl/zfxxgknb/"
COLUMN = FOLDER + "index.html"
KIND_FOLDERS = ("qzf", "qzfbm", "jdxz")   # the government's own, the departments', the townships'

LOADER = f"""<script type="text/javascript">
document.addEventListener("DOMContentLoaded", function () {{
  document.querySelectorAll("details.nb-year").forEach(function (box) {{
    box.addEventListener("toggle", function () {{
      if (!box.open || box.getAttribute("data-loaded")) {{ return; }}
      box.setAttribute("data-loaded", "1");
      fetch("{FOLDER}" + box.getAttribute("data-year") + "nb/list.html")
        .then(function (r) {{ return r.text(); }})
        .then(function (html) {{ box.querySelector(".nb-list").innerHTML = html; }});
    }});
  }});
}});
</script>"""


def year_of(art: Article, years: list[int]) -> int:
    """The year box an article goes in: a report's own year; a non-report's the year before it was published (a
    解读 of the 2023 report appears in 2024), or the newest box if there is none of that year."""
    if art.report is not None:
        return art.report.year
    return art.day.year - 1 if art.day.year - 1 in years else years[0]


def build_detailsload(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "detailsload"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    newest = kit.newest_gov_report(arts)
    urls: dict[str, str] = {}
    years = sorted({a.report.year for a in arts}, reverse=True)
    boxes: dict[int, list[Article]] = {y: [] for y in years}
    for art in kit.report_column(county, arts, noise):
        boxes[year_of(art, years)].append(art)

    def path(art: Article) -> str:
        kind = kit.unit_kind_key(art.report.unit.kind, KIND_FOLDERS) if art.report else KIND_FOLDERS[0]
        year = year_of(art, years)
        doc_id = stable_int("dl-art", county.pinyin, art.key, digits=7)
        return kit.trs_path(f"{FOLDER}{year}nb/{kind}{year}/", art.day, doc_id)

    html = []
    for n, (year, items) in enumerate(boxes.items()):
        shown = n == 0   # the newest year's box: open, its list in the page
        kit.column_pages(b, www, county, family, items, urls, nav=nav, path=path,
                         serial=lambda art: stable_int("dl-art", county.pinyin, art.key, digits=7),
                         scripted_except=None if shown else newest)
        listing = kit.link_list(items)
        if not shown:   # a fragment, as the script inserts it: no page around it
            b.html_page(www, f"{FOLDER}{year}nb/list.html", listing, b.list_date(items), "list")
        state = ' open data-loaded="1"' if shown else ""
        html.append(f'<details class="nb-year" data-year="{year}"{state}><summary>{year}年度</summary>'
                    f'<div class="nb-list">{listing if shown else ""}</div></details>')
    kit.report_list_page(b, www, county, family, COLUMN, "政府信息公开年报", "".join(html), arts, nav=nav,
                         scripts=LOADER)
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=COLUMN, news_salt="dl-news")
    return urls

