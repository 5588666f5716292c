"""Guangdong 政务公开目录平台 (gkmlpt): /gkmlpt/index with window.CONFIG (SID, column TREE), the JSON list API
/gkmlpt/api/all/<col>?page=N&sid=<sid>, content /gkmlpt/content/<a>/<b>/post_<id>.html; news on NFCMS
(/xwzx/zwdt/index.html, index_2.html, content/post_<id>.html)."""

from __future__ import annotations

import json

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build, article_id, esc, moment, noise_articles
from nianbao.crawler.sandbox.chrome import article_main, article_meta, page
from nianbao.crawler.sandbox.common import add_common, image_pages, paginate, trs_list_html
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import TABLE_STYLES, Report
from nianbao.crawler.sandbox.web import Page

PAGE_SIZE = 10


def build_gkmlpt(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    site = b.site(county.host, county.id, server="nginx/1.20.1", gzip=True)
    family = "gkmlpt"
    sid = str(760000 + stable_int("sid", county.pinyin, digits=4))
    base = 2000 + stable_int("gkml-cols", county.pinyin, digits=3)
    cols = {"policy": base, "nb": base + 1, "xzf": base + 2, "bm": base + 3, "zj": base + 4, "notice": base + 5}
    names = {"policy": "政策文件", "nb": "政府信息公开年报", "xzf": "县政府", "bm": "部门", "zj": "镇街",
             "notice": "通知公告"}
    tree = [{"id": cols["policy"], "name": names["policy"], "parent": 0, "children": []},
            {"id": cols["nb"], "name": names["nb"], "parent": 0, "children": [
                {"id": cols[k], "name": names[k], "parent": cols["nb"], "children": []} for k in ("xzf", "bm", "zj")]},
            {"id": cols["notice"], "name": names["notice"], "parent": 0, "children": []}]
    nav = [("首页", "/"), ("政务公开", "/gkmlpt/index"), ("政务动态", "/xwzx/zwdt/index.html"),
           ("广东政务服务网", "http://www.gdzwfw.gov.cn/")]
    add_common(b, site, county, family, nav)
    noise = noise_articles(b, county, reports)
    visible = [r for r in reports if b.visible(r)]
    posts: dict[int, list[tuple[Article, int, str]]] = {c: [] for c in cols.values()}
    urls = {}

    def content(art: Article, col: int) -> str:
        pid = 3000000 + article_id(site.host, art.key) % 4000000
        path = f"/gkmlpt/content/{pid // 1000000}/{pid // 1000}/post_{pid}.html"
        art.url = f"http://{site.host}{path}"
        report = art.report
        publisher = report.unit.name if report else f"{county.gov_name}办公室"
        identifier = f"{county.site_id_code[:6]}-{art.day:%Y}-{pid % 1000:03d}"
        image_url = None
        lm = b.report_date(report) if report else moment(art.day, 300)
        if report is not None and report.table_style == "image":
            image_url = image_pages(b, site, report, f"/gkmlpt/content/{pid // 1000000}/{pid // 1000}/", str(pid), lm)
        main = article_main(county, family, art, index_no=identifier, publisher=publisher, image_url=image_url)
        html = page(county, family, art.title, main, column=names["nb"] if report else "政务公开", nav=nav,
                    meta=article_meta(art, publisher))
        b.html_page(site, path, html, lm, "article")
        posts[col].append((art, pid, publisher))
        return art.url

    for report in visible:
        col = {"gov": "xzf", "office": "xzf", "department": "bm", "zone": "bm", "township": "zj"}[report.unit.kind]
        art = Article(report.title, report.published, "report", report=report, key=f"{report.unit.key}:{report.year}")
        urls[report.key] = content(art, cols[col])
        b.document(art.url, report, "html", "original", html_tables=TABLE_STYLES[report.table_style])
    for art in noise["interpretations"]:
        content(art, cols["xzf"])
        b.non_report(art.url)
    for art in noise["notices"] + noise["summary"] + noise["guide"]:
        content(art, cols["notice"])
        b.non_report(art.url)
    for items in posts.values():
        items.sort(key=lambda t: (t[0].day, t[0].title), reverse=True)
    children = {cols["nb"]: [cols["xzf"], cols["bm"], cols["zj"]]}
    touched_cols = {c for c, items in posts.items() for a, _, _ in items
                    if a.report and (a.report.revision_added or a.report.revision_removed)}

    def api(col: int):
        def handler(method, query, headers, body):
            if query.get("sid", sid) != sid:
                return Page(json.dumps({"code": 404, "msg": "站点不存在"}).encode(), SITE_DATE, "application/json",
                            role="api")
            items = list(posts[col])
            for child in children.get(col, []):
                items += posts[child]
            items.sort(key=lambda t: (t[0].day, t[0].title), reverse=True)
            try:
                n = max(1, int(query.get("page", "1")))
            except ValueError:
                n = 1
            chunk = items[(n - 1) * PAGE_SIZE:n * PAGE_SIZE]
            data = {"classify": {"id": col, "name": next(names[k] for k, v in cols.items() if v == col),
                                 "post_count": len(items), "page_size": PAGE_SIZE},
                    "articles": [{"id": pid, "title": a.title, "url": a.url, "identifier":
                                  f"{county.site_id_code[:6]}-{a.day:%Y}-{pid % 1000:03d}", "publisher": pub,
                                  "created_at": f"{a.date_text} 09:30:00", "first_publish_time":
                                  int(moment(a.day).timestamp()), "document_number": ""}
                                 for a, pid, pub in chunk]}
            touched = col in touched_cols or any(c in touched_cols for c in children.get(col, []))
            return Page(json.dumps(data, ensure_ascii=False).encode(), b.list_date([t[0] for t in items], touched),
                        "application/json;charset=UTF-8", role="api")
        return handler

    for col in cols.values():
        site.dynamic[f"/gkmlpt/api/all/{col}"] = api(col)
        count = len(posts[col]) + sum(len(posts[c]) for c in children.get(col, []))
        for n in range(1, max(1, -(-count // PAGE_SIZE)) + 1):
            b.pages[f"http://{site.host}/gkmlpt/api/all/{col}?page={n}&sid={sid}"] = "api"

    config = {"SID": sid, "SITE_NAME": county.gov_name, "API_BASE": "/gkmlpt/api", "TREE": tree}
    script = f"""<script type="text/javascript">window.CONFIG = {json.dumps(config, ensure_ascii=False)};</script>
<script type="text/javascript">
(function () {{
  function show(col) {{
    fetch("/gkmlpt/api/all/" + col + "?page=1&sid=" + window.CONFIG.SID).then(function (r) {{ return r.json(); }})
      .then(function (data) {{
        var box = document.getElementById("gkml-list"); box.innerHTML = "";
        data.articles.forEach(function (a) {{
          var li = document.createElement("li"), link = document.createElement("a");
          link.href = a.url; link.textContent = a.title; li.appendChild(link);
          var span = document.createElement("span"); span.textContent = a.created_at.slice(0, 10);
          li.appendChild(span); box.appendChild(li);
        }});
      }});
  }}
  window.addEventListener("hashchange", function () {{ show(location.hash.slice(1)); }});
  document.addEventListener("DOMContentLoaded", function () {{ show(location.hash.slice(1) || "{cols['nb']}"); }});
}})();
</script>"""

    def tree_html(nodes) -> str:
        return "<ul>" + "".join(f'<li><a href="#{n["id"]}">{esc(n["name"])}</a>{tree_html(n["children"]) if n["children"] else ""}</li>'
                                for n in nodes) + "</ul>"

    main = f'<div class="gkml"><div class="tree">{tree_html(tree)}</div><ul id="gkml-list"></ul></div>'
    b.html_page(site, "/gkmlpt/index", page(county, family, f"政府信息公开_{county.gov_name}", main,
                                            column="政府信息公开", nav=nav, scripts=script), SITE_DATE, "column")

    # news: NFCMS list pages index.html, index_2.html, ... (the second page is _2 here)
    news = sorted(noise["news"], key=lambda a: a.day, reverse=True)
    for art in news:
        pid = article_id(site.host, art.key)
        path = f"/xwzx/zwdt/content/post_{pid}.html"
        art.url = f"http://{site.host}{path}"
        main = article_main(county, family, art, index_no=str(pid))
        b.html_page(site, path, page(county, family, art.title, main, column="政务动态", nav=nav,
                                     meta=article_meta(art, county.gov_name)), moment(art.day), "article")
        b.non_report(art.url)
    chunks = paginate(news, 5)
    for i, chunk in enumerate(chunks):
        path = "/xwzx/zwdt/index.html" if i == 0 else f"/xwzx/zwdt/index_{i + 1}.html"
        pager = " ".join(f'<a href="{"index.html" if j == 0 else f"index_{j + 1}.html"}">{j + 1}</a>'
                         for j in range(len(chunks)))
        b.html_page(site, path, page(county, family, "政务动态", trs_list_html(chunk, "/xwzx/zwdt/")
                                     + f'<div class="page">{pager}</div>', column="政务动态", nav=nav),
                    b.list_date(chunk), "list")
    home = ('<div class="focus"><h2>政务动态</h2>' + trs_list_html(news[:6], "/") + "</div>"
            '<div class="quick"><a href="/gkmlpt/index">政府信息公开</a> '
            f'<a href="/gkmlpt/index#{cols["nb"]}">政府信息公开年报</a> <a href="/zwgk/index.html">政务公开（旧版）</a> '
            '<a href="/gkmlpt/policy">政策文件库</a></div>')
    kit.home_page(b, site, county, family, home, nav=nav)
    b.redirect(site, "/zwgk/index.html", "/gkmlpt/index")
    b.broken(f"http://{site.host}/gkmlpt/policy")
    return urls
