"""A county portal whose 政府信息公开年报 lists show each entry's title as plain text beside a 分享 (share) box: the
entry's address is written only in the share widget's configuration (`window._bd_share_config`'s `bdUrl` per tag),
from which the title's click handler opens it too; no `<a href>` names a report (held out of tuning, tenth round).

Modelled on https://zwinkt.com/zwgk/art/2018/2/28/art_46355_1634538 (泰州: a 政府信息公开年报 entry of a Hanweb
portal, `/art/<Y>/<M>/<D>/art_<column>_<id>`, with its 索引号/分类 table) and
http://www.fzja.gov.cn/xjwz/zwgk/zfxxgk/zfxxgknb/201707/t20170721_1341809.htm (福州晋安: a 年报 column of a county
district). The Baidu share widget (`bdsharebuttonbox`, `_bd_share_config` with `bdUrl`/`bdText`) was on most gov.cn
pages of the 2010s; that the lists carry one per entry and write the address nowhere else is this family's choice
(the cited pages do not show it). Unlike onclickid (an id passed to a script), b64config (an address composed by a
script) and docwrite (an inline array of rows), the addresses are whole, but only in a widget's settings.

- www.X.gov.cn: home (news; one static link, the government's newest report), 政务公开 (/zwgk/index.html: the guide,
  the three 年报 columns), /zwgk/col/col<id>/index.html for 本级, 部门 and 乡镇 (rows of titles and share boxes; the
  government's also 解读 and look-alikes), /art/<Y>/<M>/<D>/art_<column>_<id>.html (each entry).
"""

from __future__ import annotations

import json

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

COLUMNS = {"own": "本级政府信息公开年报", "department": "部门政府信息公开年报", "township": "乡镇政府信息公开年报"}
OPEN_SCRIPT = """<script type="text/javascript">
function openShared(tag) {
  var items = window._bd_share_config.share;
  for (var i = 0; i < items.length; i++) {
    if (items[i].tag === tag) { window.open(items[i].bdUrl, "_blank"); return; }
  }
}
</script>"""


def share_rows(items: list[Article]) -> tuple[str, str]:
    """The list's rows (a title that opens the entry by its share tag, the date, a share box) and the widget's
    configuration script naming each tag's address and text."""
    rows, shares = [], []
    for i, art in enumerate(items, 1):
        tag = f"share_{i}"
        rows.append(f'<li><span class="title" onclick="openShared(\'{tag}\')" title="{esc(art.title)}">'
                    f'{esc(art.title)}</span><span class="date">{art.date_text}</span>'
                    f'<div class="bdsharebuttonbox" data-tag="{tag}"><a class="bds_more" data-cmd="more">分享</a>'
                    '<a class="bds_weixin" data-cmd="weixin" title="分享到微信"></a>'
                    '<a class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a></div></li>')
        shares.append({"tag": tag, "bdText": art.title, "bdUrl": art.url, "bdSize": 16})
    config = {"common": {"bdSnsKey": {}, "bdMini": "2", "bdStyle": "0"}, "share": shares}
    script = (f'<script type="text/javascript">window._bd_share_config = {json.dumps(config, ensure_ascii=False)};'
              "</script>" + OPEN_SCRIPT)
    return f'<ul class="list share-list">{"".join(rows)}</ul>', script


def build_sharewidget(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "sharewidget"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache")
    urls: dict[str, str] = {}
    groups = kit.unit_kind_columns(county, arts, noise, tuple(COLUMNS))
    groups["own"] = kit.newest_first(groups["own"])
    links = []
    for key, title in COLUMNS.items():
        col = stable_int("sw-col", county.pinyin, key, digits=5)
        items = kit.newest_first(groups[key])
        for art in items:
            doc_id = stable_int("sw-art", county.pinyin, art.key, digits=7)
            kit.article_page(b, www, county, family, art,
                             f"/art/{art.day.year}/{art.day.month}/{art.day.day}/art_{col}_{doc_id}.html",
                             nav=nav, column=title,
                             index_no=kit.site_index_no(county, art, doc_id), report_urls=urls)
        rows, script = share_rows(items)
        path = f"/zwgk/col/col{col}/index.html"
        b.html_page(www, path, page(county, family, title, rows, column=title, nav=nav, host=www.host, scripts=script),
                    b.list_date(items), "list")
        links.append((path, title))
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(arts), nav=nav,
                            reports_href=links[0][0], more=tuple(links[1:]), news_salt="sw-news")
    return urls
