"""A framed 政府信息公开专栏: the portal's page is a `<frameset>` whose frames come from another sub-host, and the
framed navigation writes relative links under a `<base href>` naming the portal's www host (a Fujian-style
TRS county site), held out of tuning.

Modelled on http://fjax.gov.cn/zwgk/zfxxgkzl/xzzfxxgk/zkx/zfxxgkndbg/201801/t20180129_972373.htm (安溪县:
政府信息公开专栏 /zwgk/zfxxgkzl/, 乡镇政府信息公开 → 长坑乡 → 年度报告, a 2017 report) and
http://fjax.gov.cn/zwgk/zfxxgkzl/zfxxgkndbg/202601/t20260104_3249677.htm (the county's own 年度报告 column in
the same 专栏), the kind of 专栏 that older Fujian installations publish as a frameset around a navigation page
served by the disclosure system's own host, which writes its links relative to a `<base href>` of the portal.

- www.X.gov.cn: home (news, 政务公开 → the 专栏). /zwgk/zfxxgkzl/index.htm is a frameset (no links): a banner
  frame and a main frame from http://xxgk.X.gov.cn/ (a sub-host the registry does not declare).
- xxgk.X.gov.cn/zfxxgkzl/index.htm: the 专栏's navigation, `<base href="http://www.X.gov.cn/zwgk/zfxxgkzl/">`
  and relative links: zfxxgkndbg/ (本级 年度报告), bmzfxxgk/<unit>/zfxxgkndbg/ (部门),
  xzzfxxgk/<unit>/zfxxgkndbg/ (乡镇). Resolved against the page's own URL instead, they are 404s on xxgk.
- The lists and articles are on www: <list>/index.htm, index_1.htm … (下一页), articles
  <list>/<YYYYMM>/t<YYYYMMDD>_<id>.htm; 本级 has the reports from 2008 on, 解读 and look-alikes.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build, esc, noise_articles
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.common import add_common, paginate, trs_list_html
from nianbao.crawler.sandbox.names import County, Unit, stable_int
from nianbao.crawler.sandbox.report import Report

PAGE_SIZE = 8
ZL = "/zwgk/zfxxgkzl/"


def unit_folder(unit: Unit) -> str:
    """The unit's 年度报告 list, relative to the 专栏."""
    if unit.kind in ("gov", "office"):
        return "zfxxgkndbg/"
    return f"{'xzzfxxgk' if unit.kind == 'township' else 'bmzfxxgk'}/{unit.slug}/zfxxgkndbg/"


def frameset_page(title: str, frames: list[tuple[str, str]]) -> str:
    rows = "".join(f'<frame name="{name}" src="{src}" frameborder="0" scrolling="{"no" if name == "top" else "auto"}">'
                   for name, src in frames)
    return (f'<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Frameset//EN"><html><head>'
            f'<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{esc(title)}</title></head>'
            f'<frameset rows="150,*" frameborder="0" border="0">{rows}'
            "<noframes><body>您的浏览器不支持框架，请升级浏览器。</body></noframes></frameset></html>")


def build_frameset(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "frameset"
    www = b.site(county.host, county.id, server="TRS WCM")
    xxgk = kit.sub_host(b, county, "xxgk", "Apache-Coyote/1.1")
    nav = [("首页", "/"), ("政务公开", f"{ZL}index.htm"), ("新闻中心", "/xwzx/index.htm")]
    add_common(b, www, county, family, nav)
    noise = noise_articles(b, county, reports)
    urls: dict[str, str] = {}
    gov = next(u for u in county.units if u.kind == "gov")
    lists: dict[str, list[Article]] = {}
    owners: dict[str, Unit] = {}
    for a in kit.report_articles(b, reports):
        owner = gov if a.report.unit.kind == "office" else a.report.unit
        owners[owner.key] = owner
        lists.setdefault(owner.key, []).append(a)
    lists[gov.key] += kit.column_non_reports(county, noise)
    owners[gov.key] = gov
    for key, items in lists.items():
        unit = owners[key]
        folder = f"{ZL}{unit_folder(unit)}"
        items[:] = kit.newest_first(items)
        for art in items:
            aid = stable_int("fs-art", county.pinyin, art.key, digits=6)
            kit.article_page(b, www, county, family, art, kit.trs_path(folder, art.day, aid, ".htm"),
                             nav=nav, column="年度报告", index_no=f"QZ{aid % 100000:05d}-3000-{art.day:%Y}-{aid % 997:05d}",
                             report_urls=urls)
        chunks = paginate(items, PAGE_SIZE)
        for n, chunk in enumerate(chunks):
            def name(k: int) -> str:
                return "index.htm" if k == 0 else f"index_{k}.htm"
            pager = ((f'<a href="{name(n + 1)}">下一页</a> ' if n + 1 < len(chunks) else "")
                     + f'<a href="{name(len(chunks) - 1)}">尾页</a> 共{len(chunks)}页')
            main = (f'<h2>{esc(unit.name)} 年度报告</h2>{trs_list_html(chunk, folder)}'
                    f'<div class="page">{pager}</div>')
            b.html_page(www, f"{folder}{name(n)}", page(county, family, f"年度报告_{unit.name}", main, column="年度报告",
                                                        nav=nav, host=www.host), b.list_date(chunk), "list")
    # the 专栏: a frameset on www, its frames on the xxgk host, the navigation's links relative to <base href>
    b.html_page(www, f"{ZL}index.htm", frameset_page("政府信息公开专栏", [
        ("top", f"http://{xxgk.host}/top.htm"), ("main", f"http://{xxgk.host}/zfxxgkzl/index.htm")]), SITE_DATE, "section")
    b.html_page(xxgk, "/top.htm", f'<html><head><meta charset="utf-8"><title>{esc(county.gov_name)}</title></head>'
                f'<body><div class="banner">{esc(county.gov_name)}政府信息公开专栏</div></body></html>', SITE_DATE, "section")
    groups = {"本级": [gov], "部门政府信息公开": [], "乡镇政府信息公开": []}
    for unit in owners.values():
        if unit is not gov:
            groups["乡镇政府信息公开" if unit.kind == "township" else "部门政府信息公开"].append(unit)
    menu = "".join(f'<h3>{esc(label)}</h3><ul>' + "".join(
        f'<li><a href="{unit_folder(u)}index.htm">{esc(u.name)} 年度报告</a></li>' for u in units) + "</ul>"
        for label, units in groups.items())
    base = f'<base href="http://{www.host}{ZL}" target="_blank">'
    b.html_page(xxgk, "/zfxxgkzl/index.htm", page(county, family, "政府信息公开专栏", f'<div class="zl-nav">{menu}</div>',
                                                  column="政府信息公开", nav=nav, scripts=base, host=xxgk.host),
                SITE_DATE, "section")

    def news_path(art: Article) -> str:
        return kit.trs_path("/xwzx/", art.day, stable_int("fs-news", county.pinyin, art.key, digits=6), ".htm")

    news = kit.news_items(county, noise, 3)
    kit.news_column(b, www, county, family, news, nav=nav, label="新闻中心", list_path="/xwzx/index.htm",
                    article_path=news_path)
    home = f'{kit.focus_box(news)}<div class="zl"><a href="{ZL}index.htm">政府信息公开专栏</a></div>'
    kit.home_page(b, www, county, family, home, nav=nav, path="/index.htm")
    return urls

