"""A 政府信息公开专栏 on a disclosure sub-host that no page links: its address is only printed as text, in the
指南, the 编制通知 and under the reports the portal itself carries (a Heilongjiang-style county portal whose
专栏 is a JCMS column on an `<abbr>xxgk.` host), held out of tuning.

Modelled on http://hljwch.gov.cn/hebwcs/c111341/202301/c01_592213.shtml (五常市: a 镇's 2022 report on the
portal, /<site>/c<column>/<YYYYMM>/c01_<id>.shtml, whose text says "本年度报告内容可通过…政府信息公开专栏查阅，
网址为：http://wcsxxgk.harbin.gov.cn/col/col12596/index.html" — an address written as text, not a link) and on
that 专栏's JCMS layout (http://wcsxxgk.harbin.gov.cn/col/col12596/index.html, /col/col<id>/index.html columns,
also cited by the nbmodule family), here on the county's own domain.

- www.X.gov.cn: home (news, the government's newest reports), 政务公开 (/<site>/c<n>/index.shtml: 指南, 通知公告,
  政府信息公开年报 with the government's reports of the last three years only). Under each of those reports, the
  指南 and the 编制通知, a line prints the 专栏's address, http://<abbr>xxgk.X.gov.cn/col/col<n>/index.html, as
  plain text. No page of www links the sub-host.
- <abbr>xxgk.X.gov.cn (undeclared): /col/col<n>/index.html, the 专栏 (本级, 部门, 乡镇 groups, one column per
  unit, static links), each unit's column /col/col<u>/index.html, 8 a page with static index_<k>.html pages
  (下一页/尾页); articles /art/<Y>/<M>/<D>/art_<u>_<id>.html. The government's column holds its older reports
  (2008 on), 解读 and look-alikes. The sub-host's root answers 404: the printed address is the only way in.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build, esc, noise_articles
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.common import add_common, paginate
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

PAGE_SIZE = 8
ON_WWW = 3          # the government's newest reports the portal itself carries
GROUPS = (("本级", ("gov", "office")), ("部门", ("department", "zone")), ("乡镇", ("township",)))


def printed_note(gov_name: str, address: str) -> str:
    """The sentence such reports and guides end with: the 专栏's address as text."""
    return f"本年度报告内容可通过{gov_name}门户网站→政府信息公开专栏查阅，网址为：{address}。"


def build_printed(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "printed"
    www = b.site(county.host, county.id, server="nginx")
    xx = kit.sub_host(b, county, f"{county.pinyin[:3]}xxgk", "Apache-Coyote/1.1")
    site = county.pinyin

    def col(*parts: str) -> int:
        return stable_int("printed-col", county.pinyin, *parts, digits=5)

    zwgk, news_col, nb_col = (f"/{site}/c{col(k)}/index.shtml" for k in ("zwgk", "news", "nb"))
    nav = [("首页", "/index.shtml"), ("政务公开", zwgk), ("新闻动态", news_col)]
    add_common(b, www, county, family, nav)
    zl = col("zl")
    address = f"http://{xx.host}/col/col{zl}/index.html"
    note = f'<p class="note" style="text-indent:2em">{esc(printed_note(county.gov_name, address))}</p>'
    xnav = [("首页", f"http://{county.host}/index.shtml"), ("政府信息公开专栏", f"/col/col{zl}/index.html")]
    add_common(b, xx, county, family, xnav)
    noise = noise_articles(b, county, reports)
    urls: dict[str, str] = {}
    arts = kit.report_articles(b, reports)

    def www_path(art: Article, column: str) -> str:
        return f"/{site}/c{col(column)}/{art.day:%Y%m}/c01_{stable_int(county.pinyin, art.key, digits=6)}.shtml"

    # the portal's own 年报 column: the government's newest reports, each with the printed address
    gov = [a for a in arts if a.report.unit.kind == "gov"]
    on_www = gov[:ON_WWW]
    for art in on_www:
        urls[art.report.key] = kit.article_page(b, www, county, family, art, www_path(art, "nb"), nav=nav,
                                                column="政府信息公开年报", attachments=note,
                                                index_no=kit.site_index_no(county, art, stable_int(art.key, digits=5)))
    b.html_page(www, nb_col, page(county, family, "政府信息公开年报", kit.link_list(on_www), column="政府信息公开年报",
                                  nav=nav, host=www.host), b.list_date(on_www), "list")

    # 指南 and 编制通知 print the address too
    guide, notices = noise["guide"], noise["notices"]
    for art in guide:
        art.paragraphs.append(f"四、政府信息公开工作年度报告。本机关和所属各部门、各乡镇的年度报告在{county.gov_name}门户网站"
                              f"政府信息公开专栏发布，网址为：{address}。")
    for art in notices:
        art.paragraphs.append(f"四、年度报告统一在{county.gov_name}门户网站政府信息公开专栏（网址：{address}）发布。")
    for art in guide + notices:
        kit.article_page(b, www, county, family, art, www_path(art, "zwgk"), nav=nav, column="政务公开",
                         index_no=kit.site_index_no(county, art, stable_int(art.key, digits=5)))
    section = (f'<div class="zwgk"><h2>政务公开</h2><h3>政府信息公开指南</h3>{kit.link_list(guide)}'
               f'<h3>通知公告</h3>{kit.link_list(notices)}<h3><a href="{nb_col}">政府信息公开年报</a></h3>'
               f"{kit.link_list(on_www)}</div>")
    b.html_page(www, zwgk, page(county, family, "政务公开", section, column="政务公开", nav=nav, host=www.host),
                SITE_DATE, "section")

    # the 专栏 on the sub-host: one column per unit, static pagers
    rest = [a for a in arts if a not in on_www]
    extra = kit.column_non_reports(county, noise)
    groups_html = []
    for label, kinds in GROUPS:
        rows = []
        for unit in county.units:
            if unit.kind not in kinds:
                continue
            items = [a for a in rest if a.report.unit is unit] + (extra if unit.kind == "gov" else [])
            items[:] = kit.newest_first(items)
            uc = col("unit", unit.key)
            for art in items:
                path = (f"/art/{art.day.year}/{art.day.month}/{art.day.day}/"
                        f"art_{uc}_{stable_int(county.pinyin, art.key, digits=6)}.html")
                kit.article_page(b, xx, county, family, art, path, nav=xnav, column=unit.name,
                                 index_no=f"{unit.code[:9]}/{art.day:%Y}-{stable_int(art.key, digits=5)}",
                                 report_urls=urls)
            chunks = paginate(items, PAGE_SIZE)
            for k, chunk in enumerate(chunks, start=1):
                name = "index.html" if k == 1 else f"index_{k}.html"
                pager = "".join(
                    [f'<a href="index_{k + 1}.html">下一页</a> ' if k < len(chunks) else "",
                     f'<a href="index_{len(chunks)}.html">尾页</a>' if len(chunks) > 1 else ""])
                main = (f"<h2>{esc(unit.name)}</h2>{kit.link_list(chunk)}"
                        f'<div class="pager">共{len(items)}条 第{k}/{len(chunks)}页 {pager}</div>')
                b.html_page(xx, f"/col/col{uc}/{name}", page(county, family, f"{unit.name}_政府信息公开专栏", main,
                                                            column=unit.name, nav=xnav, host=xx.host),
                            b.list_date(chunk), "list")
            rows.append(f'<li><a href="/col/col{uc}/index.html">{esc(unit.name)}</a></li>')
        groups_html.append(f'<div class="group"><h3>{label}</h3><ul>{"".join(rows)}</ul></div>')
    b.html_page(xx, f"/col/col{zl}/index.html", page(county, family, "政府信息公开专栏", "".join(groups_html),
                                                    column="政府信息公开专栏", nav=xnav, host=xx.host),
                SITE_DATE, "section")

    news = kit.news_items(county, noise, 3, ("news", "summary"))
    kit.news_column(b, www, county, family, news, nav=nav, label="新闻动态", list_path=news_col, list_column=True,
                    article_path=lambda art: www_path(art, "news"))
    home = f'{kit.focus_box(news)}<div class="nb"><h2>政府信息公开年报</h2>{kit.link_list(on_www)}</div>'
    kit.home_page(b, www, county, family, home, nav=nav, path="/index.shtml")
    return urls
