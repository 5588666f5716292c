"""A county portal whose departments and townships publish their 年报 on their own sub-sites (`<unit>.X.gov.cn`),
which the portal links only through its leave-site notice: every link to a unit's site is
`/tzyl/index.html?url=<the address, percent-encoded>`, a static 您即将离开本网站 page whose script reads its own query,
shows the address and goes there after a countdown (held out of tuning, seventh round).

Modelled on http://www.shishi.gov.cn/zwgk/ztzl/lhzt/gzjz/202402/t20240227_3008186.htm (石狮: 37 units each publish
their report "在…政府信息公开专栏指定位置", all linked from one 政府信息公开年度报告 column) and on
http://www.yj.gov.cn/art/2024/1/16/art_1229779591_86714.html (永嘉 溪下乡: a township's own report, its 年报 on the
"政府信息公开网站"). Units' own sites are the ones a province let stay after the 2017 consolidation
(http://zjnews.zjol.com.cn/zjnews/201711/t20171105_5528018.shtml: 县级政府部门和乡镇原则上不开设政府网站, "确有特殊需求需
保留的" kept on approval); they and the leave-site notice (外链提示: 您访问的链接即将离开…是否继续, here a page rather than
a dialog) are not seen on those pages themselves. Unlike the dual, zwgkhost and frameset families (sub-hosts linked
plainly or framed) and unittree (per-unit sites on the portal's own host), no page of the portal names a unit's host
except inside the notice's encoded `url` parameter, and the notice itself has no link.

- www.X.gov.cn: home (news; one static link, the government's newest report; 站群导航: each unit's site through the
  notice), 政务公开 (/zwgk/index.html) → 政府信息公开年报 (/zwgk/zfxxgknb/index.html: the government's and its
  office's reports from 2008 on, TRS articles `<yyyymm>/t<yyyymmdd>_<id>.html`, 解读, look-alikes; then 部门及乡镇年报:
  one row per unit, linked through the notice to that unit's 年报 column).
- /tzyl/index.html?url=…: the same static page whatever its query (the target is read by its script).
- <slug>.X.gov.cn (not declared by the registry, one per department, township or zone): home → 信息公开 →
  政府信息公开年报 (/zwgk/ndbg/index.html: the unit's reports), articles /zwgk/ndbg/<yyyymm>/t<yyyymmdd>_<id>.html.
"""

from __future__ import annotations

from urllib.parse import quote

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.common import add_common, trs_list_html
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

NOTICE = "/tzyl/index.html"
NB = "/zwgk/zfxxgknb/"
UNIT_NB = "/zwgk/ndbg/"
PORTAL_KINDS = ("gov", "office")   # the units whose reports are on the portal itself
NOTICE_SCRIPT = """<script type="text/javascript">
(function () {
  var m = /[?&]url=([^&#]*)/.exec(window.location.search);
  var target = m ? decodeURIComponent(m[1]) : "/";
  var left = 5;
  window.onload = function () {
    document.getElementById("target").innerText = target;
    document.getElementById("goOn").onclick = function () { window.location.href = target; };
    var timer = setInterval(function () {
      left -= 1;
      document.getElementById("sec").innerText = left;
      if (left <= 0) { clearInterval(timer); window.location.href = target; }
    }, 1000);
  };
})();
</script>"""


def notice_href(url: str) -> str:
    return f"{NOTICE}?url={quote(url, safe='')}"


def trs_path(county: County, folder: str, art: Article) -> str:
    return kit.trs_path(folder, art.day, stable_int("ls-art", county.pinyin, art.key, digits=7))


def build_leavesite(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "leavesite"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="TRS WCM")
    urls: dict[str, str] = {}
    own = kit.newest_first([a for a in arts if a.report.unit.kind in PORTAL_KINDS]
                           + kit.column_non_reports(county, noise))
    kit.column_pages(b, www, county, family, own, urls, nav=nav, path=lambda art: trs_path(county, NB, art))
    rows, homes = [], []
    for unit in county.units:
        items = [a for a in arts if a.report.unit is unit and unit.kind not in PORTAL_KINDS]
        if not items:
            continue
        sub = kit.sub_host(b, county, unit.slug, "TRS WCM")
        unit_nav = [("首页", "/"), ("信息公开", "/zwgk/index.html")]
        add_common(b, sub, county, family, unit_nav)
        for art in items:
            urls[art.report.key] = kit.article_page(b, sub, county, family, art, trs_path(county, UNIT_NB, art),
                                                    nav=unit_nav, column="政府信息公开年报", needs_browser=True,
                                                    index_no=kit.unit_index_no(unit, art,
                                                                               stable_int(art.key, digits=5)))
        b.html_page(sub, UNIT_NB + "index.html", page(county, family, "政府信息公开年报", trs_list_html(items, UNIT_NB),
                                                      column="政府信息公开年报", nav=unit_nav, site_name=unit.name,
                                                      host=sub.host), b.list_date(items), "list")
        b.html_page(sub, "/zwgk/index.html", page(county, family, "信息公开", '<ul><li><a href="./ndbg/index.html">'
                                                  '政府信息公开年报</a></li></ul>', column="信息公开", nav=unit_nav,
                                                  site_name=unit.name, host=sub.host), SITE_DATE, "section")
        kit.serve_at_root(b, sub, "/index.html", page(county, family, unit.name, f'<div class="nb"><h3>政府信息公开'
                                                      f'年报</h3>{kit.link_list(items[:1])}</div>', nav=unit_nav,
                                                      site_name=unit.name, host=sub.host), "home")
        for target, into in ((f"http://{sub.host}{UNIT_NB}index.html", rows), (f"http://{sub.host}/", homes)):
            href = notice_href(target)
            b.pages[f"http://{www.host}{href}"] = "notice"
            into.append(f'<li><a href="{esc(href)}" target="_blank">{esc(unit.name)}</a></li>')
    b.add(www, NOTICE, Page(page(county, family, "外链提示", '<div class="leave"><h2>您即将离开本网站</h2><p>您访问的链接'
                                 '即将离开“' + esc(county.gov_name) + '”门户网站，是否继续？</p><p id="target"></p>'
                                 '<p><span id="sec">5</span>秒后自动跳转　<button id="goOn">继续访问</button>　'
                                 '<button onclick="window.close()">放弃</button></p></div>', nav=nav, host=www.host,
                                 scripts=NOTICE_SCRIPT).encode(), SITE_DATE), "notice")
    column = (f'{trs_list_html(own, NB)}<div class="bmnb"><h3>部门及乡镇年报</h3><ul class="units">{"".join(rows)}'
              '</ul></div>')
    b.html_page(www, NB + "index.html", page(county, family, "政府信息公开年报", column, column="政府信息公开年报",
                                             nav=nav, host=www.host), b.list_date(own), "list")
    kit.guide_section(b, www, county, family, noise["guide"], nav=nav, path="/zwgk/index.html", title="政务公开",
                      article_path=lambda art: trs_path(county, "/zwgk/zfxxgkzn/", art),
                      reports_href="./zfxxgknb/index.html")
    news = kit.news_center(b, www, county, family, noise, nav=nav, label="新闻中心", list_path="/xwzx/index.html",
                           article_path=lambda art: trs_path(county, "/xwzx/", art),
                           list_html=lambda arts: trs_list_html(arts, "/xwzx/"))
    newest = kit.newest_gov_report(own)
    home = (f'{kit.focus_box(news)}{kit.report_box([newest])}'
            f'<div class="zqdh"><h3>站群导航</h3><ul>{"".join(homes)}</ul></div>')
    kit.home_page(b, www, county, family, home, nav=nav)
    return urls
