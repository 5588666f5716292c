"""A county portal whose 政府信息公开年报 column page is three empty tab panes (县政府, 县直部门, 乡镇) that jQuery fills
with a part of another page: each pane's script is `$("#nb-bj").load("/zfxxgk/zfxxgknb/nblist.html #bj")`, jQuery's
`.load(url)` whose argument carries, after a space, a selector — jQuery fetches the page before the space and puts
only the element the selector picks into the pane. The page `nblist.html` (every unit's reports of every year, plain
links, in three `<ul>` by unit kind) is named by no `<a>`, no `src` and no other page: only by those strings, each
an address with ` #<id>` after it (held out of tuning, seventy-first round).

Modelled on http://www.shanxi.gov.cn/zfxxgk/zfxxgkzl/zfxxgknb/201803/t20180330_6670096.shtml (山西's 2017 report in
its 政府信息公开年报 column, `/zfxxgk/…/zfxxgknb/<YYYYMM>/t<YYYYMMDD>_<id>.shtml`, the layout this family's column and
articles take, as .html) and http://www.nbjb.gov.cn/col/col1229214366/index.html (宁波江北: 部门目录, a column page
whose lists are drawn into it from elsewhere). Filling the tabs by jQuery's `.load(url + " " + selector)` is this
family's choice (the search corpus holds page text, not scripts; `.load()` with a selector is how many templates
pull one block of a shared page). The sandbox serves no third-party scripts, so `$` is a few lines in place of
jQuery doing what its `.load()` does. Unlike lazyframe (a frame's `data-src`), detailsload (a `<details>` toggle's
fetch of a fragment), hxlist (an htmx `hx-get` attribute) or ajax (a JSON interface), the list page's address is
the head of a script string whose tail is a CSS selector.

- www.X.gov.cn: home (news; the government's newest report by `<a>`), 政务公开 (/zwgk/index.html: the guide, the
  column), /zfxxgk/zfxxgknb/index.html (the three panes and their `.load()` calls), /zfxxgk/zfxxgknb/nblist.html
  (the three lists; the government's also 解读 and look-alikes), articles
  /zfxxgk/zfxxgknb/<bj|bm|xz>/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report

COLUMNS = {"bj": "县政府", "bm": "县直部门", "xz": "乡镇"}
LABEL = "政府信息公开年报"
COLUMN = "/zfxxgk/zfxxgknb/index.html"
SOURCE = "/zfxxgk/zfxxgknb/nblist.html"
FOLDER = "/zfxxgk/zfxxgknb/{key}/"
# jQuery's $(selector).load(url + " " + fragmentSelector), a few lines in place of the library
JQ_LOAD = """<script type="text/javascript">
function $(selector) {
  var target = document.querySelector(selector);
  return {load: function (spec) {
    var space = spec.indexOf(" "), url = space < 0 ? spec : spec.slice(0, space);
    var pick = space < 0 ? "" : spec.slice(space + 1), xhr = new XMLHttpRequest();
    xhr.open("GET", url);
    xhr.onload = function () {
      var doc = new DOMParser().parseFromString(xhr.responseText, "text/html");
      var part = pick ? doc.querySelector(pick) : doc.body;
      target.innerHTML = part ? part.innerHTML : "";
    };
    xhr.send();
    return this;
  }};
}
</script>"""


def load_call(key: str) -> str:
    """The pane's script: the list page's address and, after a space, the selector of the pane's list in it."""
    return f'$("#nb-{key}").load("{SOURCE} #{key}");'


def panes() -> str:
    tabs = "".join(f'<li data-pane="nb-{key}">{label}</li>' for key, label in COLUMNS.items())
    boxes = "".join(f'<div class="tab-pane" id="nb-{key}"></div>' for key in COLUMNS)
    calls = "\n".join(load_call(key) for key in COLUMNS)
    return f'<ul class="tabs">{tabs}</ul>{boxes}<script type="text/javascript">\n{calls}\n</script>'


def build_jqload(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "jqload"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)
    labels = {key: f"{label}信息公开年报" for key, label in COLUMNS.items()}
    columns = kit.trs_unit_kind_columns(b, www, county, family, arts, noise, labels, urls, nav=nav, salt="jq-art",
                                        folder=FOLDER, scripted_except=newest)
    every = [a for items in columns.values() for a in items]
    lists = "".join(f'<div class="nb-part"><h3>{esc(labels[key])}</h3>'
                    + kit.link_list(items).replace("<ul ", f'<ul id="{key}" ', 1) + "</div>"
                    for key, items in columns.items())
    b.html_page(www, SOURCE, page(county, family, LABEL, f"<h2>{LABEL}</h2>{lists}", column=LABEL, nav=nav,
                                  host=www.host), b.list_date(every), "list")
    kit.report_list_page(b, www, county, family, COLUMN, LABEL, panes(), every, nav=nav, scripts=JQ_LOAD)
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=COLUMN, news_salt="jq-news")
    return urls
