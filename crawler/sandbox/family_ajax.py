"""Lists drawn by JavaScript on pages that also have static links (a Hunan-style numeric-path CMS).

Modelled on http://www.nanxian.gov.cn/jc_nx/187/195/content_16189.html and
https://pingjiang.gov.cn/35048/40718/40820/40821/content_1202379.html (numeric column paths, content_<id>.html,
written with the bare domain), http://qqhr.gov.cn/News_showGkmlNews.action?messagekey=189769 (query-parameter
pages) and http://www.hunan.gov.cn/xxgk/zfxxgknb/szzf_97945/201307/t20130724_4882079.html (the 2008 report of
a 市州 in a per-unit sub-column of the 年报 column).

- Column pages /<site>/<a>/<b>/index.htm carry a full static navigation and a side menu of sub-columns (本级,
  部门, 乡镇), but their list container is empty: a script fetches `/common/channel/list?channelId=…&pageNo=N`
  (JSON, 10 a page, `pageCount`) and builds the <li>s. The script sits in <head> and looks the list up when the
  DOM is ready (`DOMContentLoaded`, what jQuery's `$(function () {…})` on such pages does; the first version
  looked it up at once, got null and drew nothing in Chromium). The 乡镇 sub-column instead has its rows as a recordset
  in a <script> (`var recordset = [...]`) that document.write()s them.
- The JSON and the recordset give the URLs of the articles no static page links with the bare domain
  (http://X.gov.cn/…), the host the CMS was configured with; static links are on www.
- Static ways in: the home's three newest reports, and the 往年年报 archive (/<site>/<a>/wnnb.htm, historical
  reports 2008-2018, static 下一页/尾页 pager). Reports reachable only through a script are `needs_browser`.
"""

from __future__ import annotations

import json

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.common import paginate
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

API = "/common/channel/list"
PAGE_SIZE = 10

LIST_SCRIPT = """<script type="text/javascript">
(function () {
  var box, pager;   // looked up once the DOM is ready: this script sits in <head>, before the elements
  function load(n) {
    var xhr = new XMLHttpRequest();
    xhr.open("GET", "%(api)s?channelId=" + box.getAttribute("data-channel") + "&pageNo=" + n + "&pageSize=%(size)d");
    xhr.onload = function () {
      var data = JSON.parse(xhr.responseText), html = "";
      data.list.forEach(function (it) {
        html += '<li><a href="' + it.url + '" target="_blank">' + it.title + '</a><span>' + it.publishTime + '</span></li>';
      });
      box.innerHTML = html; pager.innerHTML = "";
      for (var i = 1; i <= data.pageCount; i++) {
        var a = document.createElement("a"); a.href = "javascript:void(0)"; a.textContent = i;
        a.onclick = (function (k) { return function () { load(k); }; })(i); pager.appendChild(a);
      }
    };
    xhr.send();
  }
  document.addEventListener("DOMContentLoaded", function () {
    box = document.getElementById("list"); pager = document.getElementById("pager"); load(1);
  });
})();
</script>"""


def build_ajax(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "ajax"
    bare = county.host.removeprefix("www.")
    root = f"/{stable_int('ajax-site', county.pinyin, digits=5)}"
    col = {k: stable_int("ajax-col", county.pinyin, k, digits=5) for k in ("xxgk", "nb", "bj", "bm", "xz", "news")}
    nb = f"{root}/{col['xxgk']}/{col['nb']}"
    folders = {"bj": f"{nb}/{col['bj']}/", "bm": f"{nb}/{col['bm']}/", "xz": f"{nb}/{col['xz']}/"}
    names = {"bj": "本级", "bm": "部门", "xz": "乡镇"}
    nav = [("首页", "/"), ("政务公开", f"{root}/{col['xxgk']}/index.htm"), ("新闻动态", f"{root}/{col['news']}/index.htm"),
           ("政府信息公开年报", f"{nb}/index.htm")]
    site, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx/1.18.0")
    b.alias(site, bare)
    urls: dict[str, str] = {}
    current = [a for a in arts if a.report.template != "pre2019"]
    history = [a for a in arts if a.report.template == "pre2019"]
    newest = current[:3]
    static = {id(a) for a in newest + history}
    groups = kit.group_by_unit_kind(current, ("bj", "bm", "xz"))
    groups["bj"] += noise["interpretations"] + kit.lookalikes(county)[:2]

    def publish(art: Article, key: str) -> None:
        path = f"{folders[key]}content_{stable_int(county.pinyin, art.key, digits=7)}.html"
        script_only = id(art) not in static   # scripts write the URL with the bare domain, static links with www
        kit.article_page(b, site, county, family, art, path, nav=nav, column=names[key],
                         index_no=f"{county.site_id_code}-{art.day:%Y}-{col[key]}",
                         url_host=bare if script_only else None,
                         needs_browser=art.report is not None and script_only, report_urls=urls)

    for key, items in groups.items():
        items[:] = kit.newest_first(items)
        for art in items:
            publish(art, key)
    for art in history:
        publish(art, "bj")
    side = "".join(f'<li><a href="{folders[k]}index.htm">{names[k]}</a></li>' for k in folders)
    side += f'<li><a href="{root}/{col["xxgk"]}/wnnb.htm">往年年报</a></li>'

    def api(channel_items: dict[int, list[Article]]):
        def handler(method, query, headers, body):
            channel = query.get("channelId", "")
            items = channel_items.get(int(channel) if channel.isdigit() else 0)
            if items is None:
                return Page(json.dumps({"code": 1, "msg": "栏目不存在", "list": [], "pageCount": 0}).encode(),
                            SITE_DATE, "application/json", role="api")
            n = int(query["pageNo"]) if query.get("pageNo", "").isdigit() else 1
            pages = paginate(items, PAGE_SIZE)
            chunk = pages[n - 1] if 1 <= n <= len(pages) else []
            data = {"code": 0, "pageCount": len(pages), "total": len(items),
                    "list": [{"title": a.title, "url": a.url, "publishTime": a.date_text} for a in chunk]}
            return Page(json.dumps(data, ensure_ascii=False).encode(), b.list_date(items),
                        "application/json;charset=UTF-8", role="api")
        return handler

    all_nb = kit.newest_first(groups["bj"] + groups["bm"] + groups["xz"])
    channels = {col["bj"]: groups["bj"], col["bm"]: groups["bm"], col["nb"]: all_nb}
    site.dynamic[API] = api(channels)
    for channel, items in channels.items():
        for n in range(1, len(paginate(items, PAGE_SIZE)) + 1):
            b.pages[f"http://{site.host}{API}?channelId={channel}&pageNo={n}&pageSize={PAGE_SIZE}"] = "api"

    def js_list_page(path: str, title: str, channel: int) -> None:
        main = (f'<div class="side"><ul>{side}</ul></div><div class="list-box"><h2>{esc(title)}</h2>'
                f'<ul id="list" data-channel="{channel}"></ul><div id="pager"></div></div>')
        b.html_page(site, path, page(county, family, f"{title}_{county.gov_name}", main, column=title, nav=nav,
                                     scripts=LIST_SCRIPT % {"api": API, "size": PAGE_SIZE}, host=site.host),
                    b.list_date(channels[channel]), "list")

    js_list_page(f"{nb}/index.htm", "政府信息公开年报", col["nb"])
    js_list_page(f"{folders['bj']}index.htm", "本级", col["bj"])
    js_list_page(f"{folders['bm']}index.htm", "部门", col["bm"])
    recordset = json.dumps([{"t": a.title, "u": a.url, "d": a.date_text} for a in groups["xz"]], ensure_ascii=False)
    script = (f'<script type="text/javascript">var recordset = {recordset};\n'
              'for (var i = 0; i < recordset.length; i++) { var r = recordset[i];\n'
              '  document.write(\'<li><a href="\' + r.u + \'" target="_blank">\' + r.t + \'</a><span>\' + r.d + '
              "'</span></li>'); }\n</script>")
    main = (f'<div class="side"><ul>{side}</ul></div><div class="list-box"><h2>乡镇</h2><ul class="list">{script}</ul>'
            "</div>")
    b.html_page(site, f"{folders['xz']}index.htm", page(county, family, f"乡镇_{county.gov_name}", main, column="乡镇",
                                                        nav=nav, host=site.host), b.list_date(groups["xz"]), "list")

    # 往年年报: a static archive with a 下一页/尾页 pager
    chunks = paginate(history, 4)
    for i, chunk in enumerate(chunks):
        def href(n: int) -> str:
            return "wnnb.htm" if n == 0 else f"wnnb_{n}.htm"
        pager = (f'<a href="{href(0)}">首页</a> ' + (f'<a href="{href(i + 1)}">下一页</a> ' if i + 1 < len(chunks) else "")
                 + f'<a href="{href(len(chunks) - 1)}">尾页</a>')
        main = (f'<div class="side"><ul>{side}</ul></div><div class="list-box"><h2>往年年报</h2>'
                f'{kit.link_list(chunk)}<div class="pager">{pager}</div></div>')
        b.html_page(site, f"{root}/{col['xxgk']}/{href(i)}", page(county, family, "往年年报", main, column="往年年报",
                                                                  nav=nav, host=site.host),
                    b.list_date(chunk), "list")

    # 政务公开 section, news, home
    section = f'<div class="xxgk"><h2>政务公开</h2><ul>{side}</ul></div>'
    b.html_page(site, f"{root}/{col['xxgk']}/index.htm", page(county, family, "政务公开", section, column="政务公开",
                                                              nav=nav, host=site.host), SITE_DATE, "section")
    news, news_folder = kit.news_items(county, noise, 2), f"{root}/{col['news']}/"
    kit.news_column(b, site, county, family, news, nav=nav, label="新闻动态", list_path=f"{news_folder}index.htm",
                    list_column=True,
                    article_path=lambda art: f"{news_folder}content_{stable_int(county.pinyin, art.key, digits=7)}.html")
    home = f'{kit.focus_box(news, "新闻动态")}<div class="nb"><h2>最新年报</h2>{kit.link_list(newest)}</div>'
    kit.home_page(b, site, county, family, home, nav=nav)
    return urls
