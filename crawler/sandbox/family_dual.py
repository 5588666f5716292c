"""One portal, several host names (a Jilin/Guangxi-style TRS installation).

Modelled on http://xxgk.tongyu.gov.cn/zsts/fgw_97992/ndbg/202601/t20260121_1029773.html (reports of each unit
under an `xxgk.` sub-host, /zsts/<unit>_<id>/ndbg/), http://122.137.242.24:8080/pub/slsxxgkw/gzbm/cyqrmzfbgs_7432/ndbg/201708/t20170809_257176.html
(the same kind of site answering on an IP address) and http://www.lipu.gov.cn/xxgk/xxgknb/202301/t20230129_2444881.html
(the government's own 政府信息公开年报 column on www), and on
http://pingdu.gov.cn/bmxxgkml_15/pdszfbgs_15/xxgkml_15/ndgzbg_15/202204/t20220422_5845924.shtml (links written
with the bare domain).

- www.X.gov.cn: home; /xxgk/xxgknb/ (government and office, historical reports too; TRS count-up pager
  index.html, index_1.html … built by createPageHTML, plus static 下一页); the home writes the column link with
  the bare domain http://X.gov.cn/ (the same site), and half of the list's article links too.
- xxgk.X.gov.cn: unit directory → /zsts/<slug>_<id>/ndbg/index.html per department, township, zone.
- Township reports are PDF attachments on the portal's file server, linked by IP address (http://IP:8080/pub/…).
- The registry declares only the homepage: every other host is the site's but undeclared.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build, esc, noise_articles
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.common import TRS_PAGER_JS, add_common, paginate, pdf_page
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

PAGE_SIZE = 8


def build_dual(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "dual"
    bare = county.host.removeprefix("www.")
    www = b.site(county.host, county.id, server="nginx")
    b.alias(www, bare)
    xxgk = kit.sub_host(b, county, "xxgk", "nginx")
    files = b.site(kit.file_server_ip(county, "dual-ip", 122, range(137, 197), 2), county.id,
                   server="Apache-Coyote/1.1")
    b.site_hosts[county.id].append(files.host)
    nav = [("首页", f"http://{county.host}/"), ("政务公开", f"http://{xxgk.host}/"),
           ("新闻中心", f"http://{county.host}/xwzx/index.html"), ("政府信息公开年报", "/xxgk/xxgknb/")]
    add_common(b, www, county, family, nav)
    add_common(b, xxgk, county, family, nav)
    noise = noise_articles(b, county, reports)
    urls: dict[str, str] = {}
    arts = kit.report_articles(b, reports)
    own = [a for a in arts if a.report.unit.kind in ("gov", "office")]
    units: dict[str, list[Article]] = {}
    for a in arts:
        if a.report.unit.kind not in ("gov", "office"):
            units.setdefault(a.report.unit.key, []).append(a)

    def stamp(art: Article) -> str:
        return kit.trs_path("", art.day, stable_int(county.pinyin, art.key, digits=7))

    # www: the government's column (with interpretations and look-alikes mixed in, as real columns have)
    column_items = kit.newest_first(own + noise["interpretations"] + kit.lookalikes(county)[:2])
    for i, art in enumerate(column_items):
        kit.article_page(b, www, county, family, art, f"/xxgk/xxgknb/{stamp(art)}", nav=nav,
                         column="政府信息公开年报", index_no=f"{county.site_id_code}/{art.day:%Y}-{i:05d}",
                         url_host=bare if i % 2 else None, report_urls=urls)
    chunks = paginate(column_items, PAGE_SIZE)
    for i, chunk in enumerate(chunks):
        nxt = f'<a href="index_{i + 1}.html">下一页</a>' if i + 1 < len(chunks) else ""
        main = (f'<div class="list-box"><h2>政府信息公开年报</h2>{kit.link_list(chunk)}'
                f'<script type="text/javascript">createPageHTML({len(chunks)}, {i}, "index", "html");</script>'
                f'<div class="pg">{nxt}</div></div>')
        b.html_page(www, "/xxgk/xxgknb/index.html" if i == 0 else f"/xxgk/xxgknb/index_{i}.html",
                    page(county, family, "政府信息公开年报", main, column="政府信息公开年报", nav=nav,
                         scripts=TRS_PAGER_JS, host=www.host), b.list_date(chunk), "list")

    # xxgk: per-unit report columns; township reports are PDF files on the IP-address file server
    directory = []
    for key, items in sorted(units.items()):
        unit = items[0].report.unit
        folder = f"/zsts/{unit.slug}_{stable_int('col', county.pinyin, key, digits=5)}/ndbg/"
        for art in items:
            report = art.report
            attachments = ""
            if unit.kind == "township":
                name = f"P0{report.published:%Y%m%d}{stable_int('pdf', art.key, digits=6)}.pdf"
                file_path = f"/pub/{county.pinyin}xxgk/gzbm/{unit.slug}/ndbg/{report.published:%Y%m}/{name}"
                b.add(files, file_path, pdf_page(report, b.report_date(report)), "attachment")
                file_url = f"http://{files.host}:8080{file_path}"
                attachments = f'<div class="fj">附件：<a href="{esc(file_url)}">{esc(report.title)}.pdf</a></div>'
            url = kit.article_page(b, xxgk, county, family, art, f"{folder}{stamp(art)}", nav=nav, column=unit.name,
                                   index_no=f"{unit.code[:12]}/{art.day:%Y}", attachments=attachments)
            if unit.kind == "township":
                b.document(file_url, report, "pdf", "attachment", parent_url=url)
            urls[report.key] = url
        main = f'<div class="list-box"><h2>{esc(unit.name)} 年度报告</h2>{kit.link_list(items, lambda a, f=folder: "./" + a.url.split(f, 1)[1])}</div>'
        b.html_page(xxgk, f"{folder}index.html", page(county, family, f"{unit.name}_年度报告", main,
                                                       column="年度报告", nav=nav, host=xxgk.host),
                    b.list_date(items), "list")
        directory.append(f'<li><a href="{folder}index.html">{esc(unit.name)}</a></li>')
    main = (f'<div class="xxgk"><h2>政府信息公开</h2><p><a href="http://{bare}/xxgk/xxgknb/">本级政府信息公开年报</a></p>'
            f'<h3>部门、乡镇信息公开</h3><ul>{"".join(directory)}</ul></div>')
    home_x = b.html_page(xxgk, "/index.html", page(county, family, f"政府信息公开_{county.gov_name}", main,
                                                    column="政府信息公开", nav=nav, host=xxgk.host), SITE_DATE, "section")
    xxgk.add("/", home_x)

    # news and notices on www
    news = kit.news_items(county, noise, 2)
    kit.news_column(b, www, county, family, news, nav=nav, label="新闻中心", list_path="/xwzx/index.html",
                    list_column=True, article_path=lambda art: f"/xwzx/{stamp(art)}")
    home = (kit.focus_box(news, "新闻中心") + f'<div class="quick"><a href="http://{xxgk.host}/">政府信息公开</a> '
            f'<a href="http://{bare}/xxgk/xxgknb/">政府信息公开年报</a></div>')
    kit.home_page(b, www, county, family, home, nav=nav)
    return urls
