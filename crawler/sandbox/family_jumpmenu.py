"""A 部门信息公开目录 whose units are reached only through drop-down jump menus: `<select onchange>` whose
`<option value>` is the unit's disclosure page, no `<a>` to any unit (a Shanxi-style TRS county portal whose
disclosure site lives under one folder, /<abbr>xgk/), held out of tuning.

Modelled on http://www.huguan.gov.cn/hgxgk/zfxxgk/bmxxgk/xz/zzz/ndggszz/202601/t20260121_3132193.html (壶关县:
首页 > 壶关县人民政府 > 部门信息公开目录 > 乡镇 > 树掌镇人民政府 > 年度报告, a 镇's 2025 report; the directory split
into 部门 and 乡镇, each unit a folder /hgxgk/zfxxgk/bmxxgk/<kind>/<unit>/ with its own 年度报告 column
ndgg<unit>/, TRS articles /<YYYYMM>/t<YYYYMMDD>_<id>.html). The directory page is the kind of 部门信息公开目录 such
portals draw as two 请选择 drop-downs (部门, 乡镇) that open the chosen unit's page: its option values are the
only place a unit's address is written.

- www.X.gov.cn: home (news; 政府信息公开), /<abbr>xgk/zfxxgk/index.html (指南, 本级年度报告, 部门信息公开目录).
- 本级 年度报告 /<abbr>xgk/zfxxgk/ndbg/index.html: the government's and its office's reports (2008 on), 解读 and
  look-alikes, static links, 10 a page (TRS count-up pager index_<n>.html with 下一页 links).
- 部门信息公开目录 /<abbr>xgk/zfxxgk/bmxxgk/index.html: `<select onchange="…window.open(this.value)">` menus;
  each unit's page /<abbr>xgk/zfxxgk/bmxxgk/<bm|xz>/<unit>/index.html links its 年度报告 column
  ndgg<unit>/index.html (static list). Every department's and township's report is behind a menu option.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.common import paginate
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

PAGE_SIZE = 10
KINDS = {"bm": "部门", "xz": "乡镇"}
JUMP = "if(this.value!=''){window.open(this.value,'_blank');}"


def build_jumpmenu(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "jumpmenu"
    root = f"/{county.pinyin[:2]}xgk/zfxxgk"
    nav = [("首页", "/"), ("政府信息公开", f"{root}/index.html"), ("新闻动态", "/xwdt/index.html")]
    urls: dict[str, str] = {}
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx/1.18.0")

    def stamp(art: Article) -> str:
        return kit.trs_path("", art.day, stable_int(county.pinyin, art.key, digits=7))

    def index_no(i: int, art: Article) -> str:
        return f"{county.site_id_code}/{art.day:%Y}-{i + 1:05d}"

    def publish(items: list[Article], folder: str, column: str) -> None:
        for i, art in enumerate(items):
            kit.article_page(b, www, county, family, art, f"{folder}{stamp(art)}", nav=nav, column=column,
                             index_no=index_no(i, art), report_urls=urls)

    own = kit.newest_first([a for a in arts if a.report.unit.kind in ("gov", "office")]
                           + kit.column_non_reports(county, noise))
    folder = f"{root}/ndbg/"
    publish(own, folder, "年度报告")
    chunks = paginate(own, PAGE_SIZE)
    for n, chunk in enumerate(chunks):
        name = "index.html" if n == 0 else f"index_{n}.html"
        more = f'<a href="index_{n + 1}.html">下一页</a>' if n + 1 < len(chunks) else ""
        b.html_page(www, f"{folder}{name}", page(county, family, "年度报告", f'{kit.link_list(chunk)}<div class="page">'
                                                 f"共{len(chunks)}页 {more}</div>", column="年度报告", nav=nav,
                                                 host=www.host), b.list_date(chunk), "list")

    menus: dict[str, list[str]] = {k: [] for k in KINDS}
    for unit in county.units:
        if unit.kind in ("gov", "office"):
            continue
        items = kit.newest_first([a for a in arts if a.report.unit is unit])
        kind = "xz" if unit.kind == "township" else "bm"
        slug = unit.slug
        home = f"{root}/bmxxgk/{kind}/{slug}/"
        column = f"{home}ndgg{slug}/"
        publish(items, column, "年度报告")
        b.html_page(www, f"{column}index.html", page(county, family, f"年度报告_{unit.name}",
                                                     f"<h2>{esc(unit.name)}</h2>{kit.link_list(items)}",
                                                     column="年度报告", nav=nav, host=www.host),
                    b.list_date(items), "list")
        cols = (f'<ul class="gkml"><li><a href="{home}jgzn/index.html">机构职能</a></li>'
                f'<li><a href="{column}index.html">年度报告</a></li></ul>')
        b.html_page(www, f"{home}index.html", page(county, family, unit.name, f"<h2>{esc(unit.name)}</h2>{cols}",
                                                   column="部门信息公开目录", nav=nav, host=www.host), SITE_DATE,
                    "section")
        b.html_page(www, f"{home}jgzn/index.html", page(county, family, f"机构职能_{unit.name}",
                                                        f"<p>{esc(unit.name)}负责本辖区相关工作。</p>", nav=nav,
                                                        host=www.host), SITE_DATE, "section")
        menus[kind].append(f'<option value="{home}index.html">{esc(unit.name)}</option>')
    selects = "".join(f'<div class="jump"><span>{label}：</span><select name="{k}" onchange="{JUMP}">'
                      f'<option value="">--请选择{label}--</option>{"".join(menus[k])}</select></div>'
                      for k, label in KINDS.items())
    b.html_page(www, f"{root}/bmxxgk/index.html", page(county, family, "部门信息公开目录",
                                                       f"<h2>部门信息公开目录</h2>{selects}", column="政府信息公开",
                                                       nav=nav, host=www.host), SITE_DATE, "section")
    guide = noise["guide"]
    publish(guide, f"{root}/zn/", "政府信息公开指南")
    section = (f'<ul class="xxgk"><li><a href="{guide[0].url}">政府信息公开指南</a></li>'
               f'<li><a href="{folder}index.html">年度报告</a></li>'
               f'<li><a href="{root}/bmxxgk/index.html">部门信息公开目录</a></li></ul>')
    b.html_page(www, f"{root}/index.html", page(county, family, "政府信息公开", section, column="政府信息公开", nav=nav,
                                                 host=www.host), SITE_DATE, "section")
    news = kit.news_center(b, www, county, family, noise, nav=nav, label="新闻动态", list_path="/xwdt/index.html",
                           article_path=lambda art: f"/xwdt/{stamp(art)}", index_no=index_no)
    kit.home_page(b, www, county, family, kit.focus_box(news), nav=nav)
    return urls
