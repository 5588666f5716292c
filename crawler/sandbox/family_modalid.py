"""A county 信息公开平台 whose 年报 lists are tables of rows keyed by `data-id`: a click anywhere on a row (one handler
on the table, delegated) opens a modal dialog and loads the entry into it from `/xxgk/nb/detail.jsp?id=<id>`; the
rows hold titles, dates and a 查看 button, but no address, and no `onclick` names the id (held out of tuning,
eleventh round).

Modelled on http://www.nbjb.gov.cn/col/col1229214366/index.html (宁波江北: 政府信息公开 → 部门目录, the disclosure lists
of each unit) and https://www.np.gov.cn/cms/html/npszf/2013-01-25/1779102018.html (南平: a report of the city's
专栏). The modal viewer (Bootstrap/layui `layer.open` dialogs filled by `$.load`, rows carrying `data-id` read by a
delegated handler) is the kind of 信息公开平台 newer vendors ship; that the lists name entries only by `data-id` is this
family's choice (the cited pages do not show it). Unlike onclickid (each row's `onclick="showDetail('<id>')"` call),
sharewidget (whole addresses in a widget's settings) and b64config (ids encoded in a JSON config), the id is a data
attribute and the address template sits once in the page's script.

- www.X.gov.cn: home (news; one static link, the government's newest report), 政务公开 (/zwgk/index.html: the guide,
  the three 年报 lists), /xxgk/nb/list_bj.html, list_bm.html, list_xz.html (tables of `data-id` rows, the modal, the
  delegated handler), /xxgk/nb/detail.jsp?id=<id> (each entry; an unknown id answers 404).
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

DETAIL = "/xxgk/nb/detail.jsp"
LISTS = {"bj": "本级政府信息公开年报", "bm": "部门政府信息公开年报", "xz": "乡镇政府信息公开年报"}
MODAL = f"""<div class="modal" id="infoModal" style="display:none"><div class="modal-dialog">
<div class="modal-header"><span class="modal-title"></span><button class="close" type="button">×</button></div>
<div class="modal-body"></div></div></div>
<script type="text/javascript">
document.addEventListener("DOMContentLoaded", function () {{
  var modal = document.getElementById("infoModal");
  document.getElementById("nbTable").addEventListener("click", function (e) {{
    var row = e.target.closest("tr[data-id]");
    if (!row) {{ return; }}
    modal.querySelector(".modal-title").textContent = row.querySelector(".title").textContent;
    fetch("{DETAIL}?id=" + row.dataset.id).then(function (r) {{ return r.text(); }}).then(function (html) {{
      modal.querySelector(".modal-body").innerHTML = html; modal.style.display = "block";
    }});
  }});
  modal.querySelector(".close").addEventListener("click", function () {{ modal.style.display = "none"; }});
}});
</script>"""


def table(items: list[Article], ids: dict[str, int]) -> str:
    rows = "".join(f'<tr data-id="{ids[a.key]}"><td class="title">{esc(a.title)}</td><td>{a.date_text}</td>'
                   '<td><button type="button" class="btn-view">查看</button></td></tr>' for a in items)
    return f'<table class="table" id="nbTable"><tr><th>标题</th><th>发布日期</th><th>操作</th></tr>{rows}</table>'


def build_modalid(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "modalid"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache-Coyote/1.1")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)   # linked from the home; every other report only through the script

    def info_id(key, art):
        return stable_int("md-art", county.pinyin, art.key, digits=8)

    groups = kit.unit_kind_report_columns(b, www, county, family, arts, noise, LISTS, urls, nav=nav,
                                          scripted_except=newest, serial=info_id,
                                          path=lambda key, art: f"{DETAIL}?id={info_id(key, art)}")
    ids = {art.key: info_id(key, art) for key, items in groups.items() for art in items}
    links = []
    for key, title in LISTS.items():
        path = f"/xxgk/nb/list_{key}.html"
        b.html_page(www, path, page(county, family, title, table(groups[key], ids) + MODAL, column=title, nav=nav,
                                    host=www.host), b.list_date(groups[key]), "list")
        links.append((path, title))
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=links[0][0],
                            more=tuple(links[1:]), news_salt="md-news")
    return urls
