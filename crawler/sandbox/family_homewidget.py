"""A county portal whose 政府信息公开年报 column is linked by no page: the home page's 政务公开 widget (tabs of the
newest entries of a few columns, each with its 更多>> link) is drawn by a script from a JSON answer
(`/api/portal/block?code=zwgk`), and that answer's `moreUrl` is the only place that names the column's address. The
column itself is plain HTML (a static list, 下一页/尾页 pager) holding every unit's reports of every year; the 政务公开
page lists the guide and the policy documents but not the 年报 (held out of tuning, thirteenth round).

Modelled on http://www.nbjb.gov.cn/col/col1229214366/index.html (宁波江北: a 政府信息公开 column among the portal's
sections, whose lists a script fills from loaded data) and http://www.lipu.gov.cn/xxgk/xxgknb/202301/t20230129_2444881.html
(荔浦: one 政府信息公开年报 column, TRS `<YYYYMM>/t<YYYYMMDD>_<id>.html` articles). Drawing the home's block of
columns from a JSON answer that carries each block's 更多 address (as 集约化 platforms' "区块" components do) is this
family's choice; the cited pages do not show their interfaces. Unlike jsonp/nextjson/idbatch (a column's list drawn
from an interface), tpltabs (lists in script templates) and refresh (a column only the site map links), the
reports' list is static HTML; only the way *to* the column is in a script's JSON.

- www.X.gov.cn: home (news; the widget: `<div id="zwgkBlock">` and its loader; one static link, the government's
  newest report), 政务公开 (/zwgk/index.html: the guide, 政策文件; no 年报), /api/portal/block?code=zwgk (JSON: per
  block name, moreUrl, the 5 newest items), the column /xxgk/zfxxgknb/index.html, index_1.html … (every report
  and look-alike, relative links), the articles in TRS paths under it.
"""

from __future__ import annotations

import json

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.common import trs_list_html
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

NB = "/xxgk/zfxxgknb/"
POLICY = "/zwgk/zcwj/"
BLOCK_API = "/api/portal/block"
PAGE_SIZE = 15
WIDGET_SHOWS = 5
LOADER = f"""<script type="text/javascript">
document.addEventListener("DOMContentLoaded", function () {{
  var box = document.getElementById("zwgkBlock");
  fetch("{BLOCK_API}?code=" + box.getAttribute("data-code")).then(function (r) {{ return r.json(); }})
    .then(function (res) {{
      res.data.blocks.forEach(function (block) {{
        var div = document.createElement("div"), h = document.createElement("h3"), more = document.createElement("a");
        h.textContent = block.name; more.className = "more"; more.href = block.moreUrl; more.textContent = "更多>>";
        h.appendChild(more); div.appendChild(h);
        var ul = document.createElement("ul");
        block.items.forEach(function (item) {{
          var li = document.createElement("li"), a = document.createElement("a");
          a.href = item.url; a.target = "_blank"; a.textContent = item.title; li.appendChild(a); ul.appendChild(li);
        }});
        div.appendChild(ul); box.appendChild(div);
      }});
    }});
}});
</script>"""


def build_homewidget(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "homewidget"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    newest = kit.newest_gov_report(arts)
    entries, urls = kit.trs_report_column(b, www, county, family, arts, noise, nav=nav, folder=NB, salt="hw-art",
                                          scripted_except=newest)
    kit.trs_paged_column(b, www, county, family, entries, NB, nav, PAGE_SIZE)
    # 政务公开: the guide and the policy documents (the notices), never the 年报
    for art in noise["guide"]:
        kit.article_page(b, www, county, family, art, kit.trs_path("/zwgk/xxgkzn/", art.day, 1), nav=nav,
                         column="政府信息公开指南", index_no=art.key)
    policy = kit.newest_first(list(noise["notices"]))
    kit.news_column(b, www, county, family, policy, nav=nav, label="政策文件", list_path=POLICY + "index.html",
                    article_path=lambda art: kit.trs_path(POLICY, art.day,
                                                          stable_int("hw-pol", county.pinyin, art.key, digits=7)),
                    list_html=lambda items: trs_list_html(items, POLICY))
    menu = (f'<ul><li><a href="{noise["guide"][0].url}">政府信息公开指南</a></li>'
            f'<li><a href="{POLICY}index.html">政策文件</a></li></ul>')
    b.html_page(www, "/zwgk/index.html", page(county, family, "政务公开", menu, column="政务公开", nav=nav,
                                              host=www.host), SITE_DATE, "section")
    news = kit.news_items(county, noise, 3, ("news", "summary"))
    kit.news_column(b, www, county, family, news, nav=nav, label="新闻中心", list_path="/xwzx/index.html",
                    article_path=lambda art: kit.trs_path("/xwzx/", art.day,
                                                          stable_int("hw-news", county.pinyin, art.key, digits=7)),
                    list_html=lambda items: trs_list_html(items, "/xwzx/"))
    blocks = [{"name": "政府信息公开年报", "moreUrl": NB + "index.html", "items": entries[:WIDGET_SHOWS]},
              {"name": "政策文件", "moreUrl": POLICY + "index.html", "items": policy[:WIDGET_SHOWS]}]
    answer = {"code": 0, "data": {"blocks": [
        {"name": blk["name"], "moreUrl": blk["moreUrl"],
         "items": [{"title": a.title, "url": a.url, "date": a.date_text} for a in blk["items"]]} for blk in blocks]}}
    b.add(www, f"{BLOCK_API}?code=zwgk", Page(json.dumps(answer, ensure_ascii=False).encode(), b.list_date(entries),
                                             "application/json", ignores_query=False), "list")
    widget = f'<div class="block" id="zwgkBlock" data-code="zwgk"><h2>{esc("政务公开")}</h2></div>'
    home = kit.focus_box(news) + widget + kit.report_box([newest])
    kit.home_page(b, www, county, family, home, nav=nav, scripts=LOADER)
    return urls
