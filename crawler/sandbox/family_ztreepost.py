"""A 政府信息公开年报 directory drawn by a zTree whose every level is fetched by POST (zTree's default
`async.type`), three levels deep — year, kind of unit, unit — and whose leaves name per-year, per-kind columns that
no page links (a Shanxi-style county portal), held out of tuning.

Modelled on http://www.dttz.gov.cn/dttzx/zfzcbm2021/202202/973157410ae049d281a6121607fc4bfd.shtml (天镇县: a 局's
2021 report in a column for that year and kind of unit, 政府组成部门 2021 = /dttzx/zfzcbm2021/, articles
/<column>/<YYYYMM>/<32 hex>.shtml) and on the jQuery zTree's asynchronous loading as its API documents it
(http://www.treejs.cn/v3/api.php, summarised at https://cnblogs.com/lixv2018/p/13658649.html: `async.type`
defaults to "post", `autoParam: ["id"]` posts the expanded node's id as a form field). Unlike the ztree family
(one GET tree of units) nothing here answers a GET: the tree's URL says 405 to it, and a column is named only in
the JSON of a POST two levels down.

- www.X.gov.cn: home (news), 政府信息公开 (/<abbr>/zfxxgk/index.shtml) → 政府信息公开年报 (/<abbr>/zfxxgknb/
  index.shtml): an empty `<ul class="ztree">` and the tree's setting; one static link, the government's own
  column of the newest year (/<abbr>/bjnb<year>/index.shtml).
- POST /<abbr>/zfxxgknb/tree.do (no field): the years, 2008 on; `id=<year>`: the kinds (本级, 政府组成部门,
  乡镇) that have entries that year; `id=<year>_<kind>`: leaves with `url` = the column /<abbr>/<kind><year>/
  index.shtml, a static list of that year's reports of that kind (解读 and look-alikes in 本级).
"""

from __future__ import annotations

import json
from urllib.parse import parse_qsl

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County, stable_hex
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

KINDS = {"bjnb": "本级", "zfzcbm": "政府组成部门", "xzjd": "乡镇"}
JSON_TYPE = "application/json;charset=UTF-8"


def kind_of(art: Article) -> str:
    return kit.unit_kind_key(art.report.unit.kind if art.report else "gov", tuple(KINDS))


def build_ztreepost(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "ztreepost"
    abbr = f"{county.pinyin[:2]}{county.pinyin[-1]}x"
    tree = f"/{abbr}/zfxxgknb/tree.do"
    nav = [("首页", "/"), ("政府信息公开", f"/{abbr}/zfxxgk/index.shtml"), ("新闻中心", f"/{abbr}/xwzx/index.shtml")]
    urls: dict[str, str] = {}
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache-Coyote/1.1")
    newest = max(a.report.year for a in arts)
    columns: dict[tuple[int, str], list[Article]] = {}
    for art in arts:
        columns.setdefault((art.report.year, kind_of(art)), []).append(art)
    for art in noise["interpretations"]:
        columns.setdefault((int(art.key.removeprefix("jd")), "bjnb"), []).append(art)
    columns.setdefault((newest, "bjnb"), []).extend(kit.lookalikes(county)[:3])

    def column_path(year: int, kind: str) -> str:
        return f"/{abbr}/{kind}{year}/index.shtml"

    for (year, kind), items in columns.items():
        items[:] = kit.newest_first(items)
        static = (year, kind) == (newest, "bjnb")
        for art in items:
            path = f"/{abbr}/{kind}{year}/{art.day:%Y%m}/{stable_hex('ztp', county.pinyin, art.key)}.shtml"
            kit.article_page(b, www, county, family, art, path, nav=nav, column=f"{year}年{KINDS[kind]}",
                             index_no=f"{county.site_id_code}/{art.day:%Y}-{stable_hex(art.key, length=6)}",
                             needs_browser=art.report is not None and not static, report_urls=urls)
        b.html_page(www, column_path(year, kind), page(county, family, f"{year}年{KINDS[kind]}年报",
                                                       f"<h2>{year}年 {KINDS[kind]}</h2>{kit.link_list(items)}",
                                                       column="政府信息公开年报", nav=nav, host=www.host),
                    b.list_date(items), "list")

    years = sorted({y for y, _ in columns}, reverse=True)
    levels: dict[str, list[dict]] = {"": [{"id": str(y), "name": f"{y}年", "isParent": True} for y in years]}
    for y in years:
        levels[str(y)] = [{"id": f"{y}_{k}", "name": name, "isParent": True} for k, name in KINDS.items()
                          if (y, k) in columns]
        for k in KINDS:
            if (y, k) in columns:
                levels[f"{y}_{k}"] = [{"id": f"{y}_{k}_list", "name": f"{y}年{KINDS[k]}政府信息公开年报",
                                       "isParent": False, "url": column_path(y, k)}]
    answers = {key: json.dumps(nodes, ensure_ascii=False).encode() for key, nodes in levels.items()}

    def handler(method, query, headers, body):
        if method != "POST":   # a @RequestMapping(method = POST) answers nothing else
            return Page(b'{"status":405,"error":"Method Not Allowed"}', SITE_DATE, JSON_TYPE, status=405, role="api")
        fields = dict(parse_qsl(body.decode("latin-1"), keep_blank_values=True))
        return Page(answers.get(fields.get("id", ""), b"[]"), SITE_DATE, JSON_TYPE, role="api")

    www.dynamic[tree] = handler
    for key in levels:
        b.post_pages.append({"url": f"http://{www.host}{tree}", "body": f"id={key}" if key else "",
                             "content_type": "application/x-www-form-urlencoded"})
    shell = (f'<div class="nb-left"><h3>政府信息公开年报</h3><ul id="nbTree" class="ztree"></ul></div>'
             f'<div class="nb-right"><a href="{column_path(newest, "bjnb")}">{newest}年本级政府信息公开年报</a></div>')
    script = kit.ztree_script(tree, "nbTree", post=True, data_setting='{key: {url: "url"}}')   # zTree's default type
    b.html_page(www, f"/{abbr}/zfxxgknb/index.shtml", page(county, family, "政府信息公开年报", shell,
                                                           column="政府信息公开", nav=nav, host=www.host,
                                                           scripts=script), SITE_DATE, "section")
    kit.guide_section(b, www, county, family, noise["guide"], nav=nav, path=f"/{abbr}/zfxxgk/index.shtml",
                      title="政府信息公开", article_path=lambda art: f"/{abbr}/zfxxgk/zn/{stable_hex(art.key)}.shtml",
                      reports_href=f"/{abbr}/zfxxgknb/index.shtml")
    news = kit.news_center(b, www, county, family, noise, nav=nav, label="新闻中心",
                           list_path=f"/{abbr}/xwzx/index.shtml",
                           article_path=lambda art: (f"/{abbr}/xwzx/{art.day:%Y%m}/"
                                                     f"{stable_hex(county.pinyin, art.key)}.shtml"))
    home = f'{kit.focus_box(news)}<div class="entry"><a href="/{abbr}/zfxxgk/index.shtml">政府信息公开</a></div>'
    kit.home_page(b, www, county, family, home, nav=nav, path="/index.shtml")
    return urls
