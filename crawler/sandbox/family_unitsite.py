"""A county portal whose departments, townships and the government's office keep their 政府信息公开 on sub-sites of their own, one sub-host
per unit (`<slug>.X.gov.cn`, the 集约化 platform's site per unit), and whose 部门信息公开 page reaches them only
through a `<select>`: each `<option>` carries the unit's site code in a `data-site` attribute, and the page's script
composes the address (`"http://" + site + "." + NB_DOMAIN + "/xxgk/nb/index.html"`) when a unit is chosen. No page
of the portal writes a unit site's address; the government's own 年报 stay in the portal's column (held out of
tuning, twenty-second round).

Modelled on http://www.nbjb.gov.cn/col/col1229214366/index.html (宁波江北: 信息公开部门目录, 部门政务公开, one column
per department, 区住建局 …) and https://www.np.gov.cn/cms/html/npszf/2013-01-25/1779102018.html (南平: every year's
reports kept, a 2012 report among them). A sub-host per unit named in the select's `data-site` codes is this family's
choice; the cited pages do not show how their unit lists are built. Unlike unitselect (a select whose option
values are the units' list URLs), jumpmenu/jumpbox (option values that are addresses), zwgkhost/porthost (one
further host, linked) and movednote (a host written in a notice), each unit's host is never written whole: it is
the code of a data attribute joined to the domain by a script.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide, the 年报 column
  and 部门信息公开), /xxgk/nb/index.html (the government's reports), /xxgk/bmxxgk/index.html (the unit select),
  articles /xxgk/nb/<YYYYMM>/t<YYYYMMDD>_<id>.html.
- <slug>.X.gov.cn per department, township and the office: / (the unit site's front), /xxgk/nb/index.html (its 年报), articles
  /xxgk/nb/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

COLUMN = "/xxgk/nb/index.html"
UNITS = "/xxgk/bmxxgk/index.html"
LABEL = "政府信息公开年报"

PICK = """<script type="text/javascript">
// the 集约化 platform's unit sites: the option's site code and the domain make the unit's address
var NB_DOMAIN = "%s";
function openUnit(select) {
  var site = select.options[select.selectedIndex].getAttribute("data-site");
  if (site) { window.open("http://" + site + "." + NB_DOMAIN + "/xxgk/nb/index.html"); }
}
</script>"""


def unit_select(units: list[tuple[str, str, str]]) -> str:
    """The 部门信息公开 select: (unit code, site code, name) per option; the site code only in `data-site`."""
    options = "".join(f'<option value="{esc(code)}" data-site="{esc(site)}">{esc(name)}</option>'
                      for code, site, name in units)
    return (f'<select id="unitSite" onchange="openUnit(this)"><option value="">请选择单位</option>{options}</select>')


def build_unitsite(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "unitsite"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    domain = county.host.removeprefix("www.")
    own = [a for a in arts if a.report.unit.kind == "gov"]
    column, urls = kit.trs_report_column(b, www, county, family, own, noise, nav=nav, salt="us-art", column=LABEL)
    kit.report_list_page(b, www, county, family, COLUMN, LABEL, kit.link_list(column), column, nav=nav)
    by_unit: dict[str, list] = {}
    for art in arts:
        if art.report.unit.kind != "gov":
            by_unit.setdefault(art.report.unit.key, []).append(art)
    options = []
    for unit_arts in by_unit.values():
        unit = unit_arts[0].report.unit
        site = kit.sub_host(b, county, unit.slug, "nginx")
        unit_nav = [("首页", "/"), (LABEL, COLUMN)]
        items = kit.newest_first(unit_arts)
        for art in items:
            doc_id = stable_int("us-unit", county.pinyin, art.key, digits=7)
            kit.article_page(b, site, county, family, art, kit.trs_path("/xxgk/nb/", art.day, doc_id), nav=unit_nav,
                             column=LABEL, index_no=kit.site_index_no(county, art, doc_id), needs_browser=True,
                             report_urls=urls)
        b.html_page(site, COLUMN, page(county, family, LABEL, f"<h2>{LABEL}</h2>{kit.link_list(items)}",
                                       column=LABEL, nav=unit_nav, host=site.host, site_name=unit.name),
                    b.list_date(items), "list")
        front = f'<h2>{esc(unit.name)}政府信息公开</h2><ul><li><a href="{COLUMN}">{LABEL}</a></li></ul>'
        kit.serve_at_root(b, site, "/index.html", page(county, family, unit.name, front, nav=unit_nav, host=site.host,
                                                       site_name=unit.name), "section")
        options.append((unit.code, unit.slug, unit.name))
    main = f"<h2>部门信息公开</h2><p>请选择单位，进入该单位政府信息公开页面：</p>{unit_select(options)}"
    b.html_page(www, UNITS, page(county, family, "部门信息公开", main, column="部门信息公开", nav=nav, host=www.host,
                                 scripts=PICK % domain), SITE_DATE, "section")
    newest = kit.newest_gov_report(arts)
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=COLUMN, news_salt="us-news",
                            more=((UNITS, "部门信息公开"),))
    return urls
