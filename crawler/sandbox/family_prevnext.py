"""A county portal whose 政府信息公开年报 column shows only its five newest entries (最新5条, no pager, no 更多), and
whose older entries are reached only by walking from article to article: every article page carries a
上一篇/下一篇 box that a script fills from the CMS's neighbour interface (`/api/content/neighbour.do?id=<the
article's id>`, answering `{"prev": {"title", "url"}, "next": {…}}` for the entries beside it in the column), so
each older report is named only by the answer for the article just newer than it (held out of tuning,
twentieth round).

Modelled on http://www.fzja.gov.cn/xjwz/zwgk/zfxxgk/zfxxgknb/201707/t20170721_1341809.htm (晋安区: a zfxxgknb column
of TRS articles, the 2016 report a pre-2019 one) and http://tjj.pingliang.gov.cn/zfxxgk/zfxxgkzd/bjgkzd/index.html
(平凉市统计局: a 政府信息公开 section of short columns). A 上一篇/下一篇 box drawn by a script from the CMS's interface
(as JEECMS, 帝国CMS and many site-group platforms do) is this family's choice, and so is the column's short list;
the cited pages do not show them. Unlike relnext (a list's pager named by `<link rel="next">`), nextjson or
scrollcursor (a list interface's next page), the chain runs through the articles themselves, one hop per report,
each hop a reader's click on 下一篇.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the 年报
  column), /xxgk/nb/index.html (the five newest), /api/content/neighbour.do?id=<7 digits> (JSON), articles
  /xxgk/nb/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

import json

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

COLUMN = "/xxgk/nb/index.html"
API = "/api/content/neighbour.do"
JSON_TYPE = "application/json;charset=UTF-8"
SHOWN = 5


def neighbour_box(doc_id: int) -> str:
    """The article's 上一篇/下一篇 box and the script that fills it from the neighbour interface."""
    return f"""<div class="prevnext" id="prevNext"></div>
<script type="text/javascript">
(function () {{
  var xhr = new XMLHttpRequest();
  xhr.open("GET", "{API}?id={doc_id}");
  xhr.onload = function () {{
    var res = JSON.parse(xhr.responseText), box = document.getElementById("prevNext");
    [["prev", "上一篇："], ["next", "下一篇："]].forEach(function (side) {{
      var p = document.createElement("p"), item = res[side[0]];
      p.appendChild(document.createTextNode(side[1]));
      if (item) {{ var a = document.createElement("a"); a.href = item.url; a.textContent = item.title; p.appendChild(a); }}
      else {{ p.appendChild(document.createTextNode("没有了")); }}
      box.appendChild(p);
    }});
  }};
  xhr.send();
}})();
</script>"""


def build_prevnext(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "prevnext"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)
    items = kit.report_column(county, arts, noise)
    ids = [stable_int("pn-art", county.pinyin, art.key, digits=7) for art in items]
    for n, (art, doc_id) in enumerate(zip(items, ids, strict=True)):
        kit.article_page(b, www, county, family, art, kit.trs_path("/xxgk/nb/", art.day, doc_id), nav=nav,
                         column="政府信息公开年报", needs_browser=n >= SHOWN and art is not newest,
                         index_no=kit.site_index_no(county, art, doc_id), attachments=neighbour_box(doc_id),
                         report_urls=urls)

    rows = kit.json_rows(items, www.host, date="pubDate")

    def side(n: int) -> dict | None:
        return rows[n] if 0 <= n < len(rows) else None

    for n, doc_id in enumerate(ids):
        answer = {"code": 0, "prev": side(n - 1), "next": side(n + 1)}
        b.add(www, f"{API}?id={doc_id}", Page(json.dumps(answer, ensure_ascii=False).encode(), SITE_DATE, JSON_TYPE,
                                              ignores_query=False), "api")
    shown = items[:SHOWN]
    kit.report_list_page(b, www, county, family, COLUMN, "政府信息公开年报",
                         f'{kit.link_list(shown)}<p class="tip">最新{SHOWN}条</p>', shown, nav=nav)
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=COLUMN, news_salt="pn-news")
    return urls
