"""A county portal whose 信息公开 system (JSP, on the portal's own host) serves many sites and answers a list only
with the site it is asked for: `/xxgk/nb/list.jsp?channelId=<id>&siteCode=<网站标识码>`. The portal's pages link the
lists without the site (`list.jsp?channelId=<id>`, as the templates were written for the whole 站群), and a common
script run on every page that links them decorates those links when the page has loaded: it reads the page's
`<meta name="SiteIDCode">` and appends `siteCode=<it>` to each same-host `.jsp` link. The undecorated address
answers `200 OK` with 参数错误：缺少站点标识 and no list. So every report but the home page's newest is reached only
through a link whose query a script completes from a meta tag (held out of tuning, twenty-fourth round).

Modelled on http://seo72.com/xinwenzixun/gongsi/2019-11-19/545.html (广东: every county's site moved onto one
集约化 platform, 国办发〔2017〕47号, whose sites are told apart by the 网站标识码 every page carries as SiteIDCode),
https://tech.china.com/news/net/156/20160510/22620851_1.html (集约化 应用支撑平台: one system serving the sites above
it) and http://www.nbjb.gov.cn/col/col1229214366/index.html (宁波江北: 政府信息公开 lists by kind of unit). Links
completed by a page script from the SiteIDCode meta are this family's choice; the cited pages show the shared
platform and the code, not how a page passes it. Unlike citygroup (the site code written in every link), csrfmeta (a
meta's token sent as a header by an XHR) or unitcookie (a unit carried by a cookie), the links are plain `<a href>`s
a follower sees and follows, to an error page; only the decorated address answers the list.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the three 年报
  lists), /xxgk/nb/list.jsp?channelId=<id>&siteCode=<code> (县政府, 县直部门, 乡镇（街道）: the lists), articles
  /xxgk/nb/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.common import trs_list_html
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

LIST = "/xxgk/nb/list.jsp"
LABEL = "政府信息公开年报"
# channel key, label, the kinds of unit whose reports it lists (the government's also the column's non-reports)
CHANNELS = (("bj", "县政府年报", ("gov", "office")), ("bm", "县直部门年报", ("department", "zone")),
            ("xz", "乡镇（街道）年报", ("township",)))
DECORATE = """<script type="text/javascript">
// the 站群's templates link the 信息公开 system without the site: add this site's 网站标识码 to each such link
document.addEventListener("DOMContentLoaded", function () {
  var code = document.querySelector('meta[name="SiteIDCode"]').content;
  document.querySelectorAll('a[href*=".jsp"]').forEach(function (a) {
    if (a.host !== location.host || /[?&]siteCode=/.test(a.search)) { return; }
    a.search += (a.search ? "&" : "?") + "siteCode=" + encodeURIComponent(code);
  });
});
</script>"""


def channel_id(county: County, channel: str) -> int:
    return stable_int("ld-col", county.pinyin, channel, digits=4)


def build_linkdecor(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "linkdecor"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache-Coyote/1.1")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)
    items = kit.report_column(county, arts, noise)
    links = [(f"{LIST}?channelId={channel_id(county, key)}", label) for key, label, _ in CHANNELS]
    tabs = '<ul class="tabs">' + "".join(f'<li><a href="{href}">{label}</a></li>' for href, label in links) + "</ul>"
    answers = {}
    for (key, label, kinds), (href, _) in zip(CHANNELS, links, strict=True):
        listed = [a for a in items if (a.report.unit.kind if a.report else "gov") in kinds]
        for art in listed:
            doc_id = stable_int("ld-art", county.pinyin, art.key, digits=7)
            kit.article_page(b, www, county, family, art, kit.trs_path("/xxgk/nb/", art.day, doc_id), nav=nav,
                             column=LABEL, needs_browser=art is not newest,
                             index_no=kit.site_index_no(county, art, doc_id), report_urls=urls)
        answers[str(channel_id(county, key))] = page(
            county, family, label, f"<h2>{label}</h2>{tabs}{kit.link_list(listed)}", column=LABEL, nav=nav,
            host=www.host, scripts=DECORATE)
        b.html_page(www, f"{href}&siteCode={county.site_id_code}", answers[str(channel_id(county, key))],
                    b.list_date(listed), "list", ignores_query=False)

    def other(method, query, headers, body):   # no site, another site's code, or another channel
        message = "参数错误：缺少站点标识（siteCode）" if not query.get("siteCode") else "参数错误：站点或栏目不存在"
        return Page(page(county, family, "提示", f"<p>{message}</p>", nav=nav, host=www.host).encode(), SITE_DATE,
                    role="list")

    www.dynamic[LIST] = other
    kit.guide_section(b, www, county, family, noise["guide"], nav=nav, path="/zwgk/index.html", title="政务公开",
                      article_path=lambda art: kit.trs_path("/zwgk/xxgkzn/", art.day, 1), reports_href=links[0][0],
                      more=tuple(links[1:]), scripts=DECORATE)
    news = kit.news_center(b, www, county, family, noise, nav=nav, label="新闻中心", list_path="/xwzx/index.html",
                           article_path=lambda art: kit.trs_path("/xwzx/", art.day, stable_int(
                               "ld-news", county.pinyin, art.key, digits=7)),
                           list_html=lambda news: trs_list_html(news, "/xwzx/"))
    kit.news_and_report_home(b, www, county, family, news, newest, nav=nav)
    return urls
