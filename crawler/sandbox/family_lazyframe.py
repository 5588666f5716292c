"""A county portal whose 政府信息公开年报 column shows its three lists (县政府, 县直部门, 乡镇（街道）) in frames that load
lazily: each frame is `<iframe class="lazyload" src="about:blank" data-src="/xxgk/nb/<bj|bm|xz>/list.html">`, the
markup of the lazysizes / jQuery lazyload plug-ins (written for images, applied by the template to frames to spare
the server), and a small script moves each frame's `data-src` into its `src` when the frame scrolls into view
(`IntersectionObserver`). The frames' list pages (every unit's reports of every year, plain links) are named only by
those `data-src` attributes: no `<a>`, no `src` of any page names them (held out of tuning, fifty-third round).

Modelled on http://www.shanxi.gov.cn/zfxxgk/zfxxgkzl/zfxxgknb/201803/t20180330_6670096.shtml (山西: the 2017 report
of the province's 政府信息公开专栏, `/zfxxgk/zfxxgkzl/zfxxgknb/<YYYYMM>/t<YYYYMMDD>_<id>.shtml`, the layout this
family's articles take, as .html) and on the lazy-loading plug-ins' documented markup (`class="lazyload" data-src=…`, which
lazysizes applies to iframes too). Loading the column's lists into lazily loaded frames is this family's choice;
the cited page is text. Unlike objectlist (an `<object data>` that names the list page in a standard attribute),
frameset (`<frame src>`) or detailsload (a `<details>` box whose toggle fetches a fragment by script), the frame's
address is in a data attribute and the standard `src` names a blank page.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide, the column),
  /zfxxgk/zfxxgknb/index.shtml (three lazy frames), /xxgk/nb/<bj|bm|xz>/list.html (the frames' lists: the
  government's also 解读 and look-alikes), articles /zfxxgk/zfxxgknb/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build, esc
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report

COLUMN = "/zfxxgk/zfxxgknb/index.shtml"
FOLDER = "/zfxxgk/zfxxgknb/"
LABEL = "政府信息公开年报"
KEYS = ("bj", "bm", "xz")
LABELS = {"bj": "县政府", "bm": "县直部门", "xz": "乡镇（街道）"}
LAZY = ('<script type="text/javascript">(function () { var io = new IntersectionObserver(function (es) { '
        'es.forEach(function (e) { if (e.isIntersecting) { e.target.src = e.target.getAttribute("data-src"); '
        'io.unobserve(e.target); } }); }); document.querySelectorAll("iframe.lazyload").forEach(function (f) { '
        'io.observe(f); }); })();</script>')


def frame_path(key: str) -> str:
    return f"/xxgk/nb/{key}/list.html"


def lazy_frames() -> str:
    """The three boxes, each a lazily loaded frame whose list page only `data-src` names."""
    return "".join(f'<div class="nbBox"><h3>{esc(LABELS[k])}</h3><iframe class="lazyload" src="about:blank" '
                   f'data-src="{frame_path(k)}" width="100%" height="420" frameborder="0" scrolling="auto">'
                   "</iframe></div>" for k in KEYS) + LAZY


def build_lazyframe(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "lazyframe"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    newest = kit.newest_gov_report(arts)
    urls: dict[str, str] = {}
    groups = kit.unit_kind_columns(county, arts, noise, KEYS)
    for key in KEYS:
        kit.trs_column_pages(b, www, county, family, groups[key], urls, nav=nav, folder=FOLDER, salt="lf-art",
                             scripted_except=newest)
    for key in KEYS:
        items = kit.newest_first(groups[key])
        kit.report_list_page(b, www, county, family, frame_path(key), f"{LABELS[key]}{LABEL}",
                             kit.link_list(items), items, nav=nav)
    every = kit.newest_first([a for k in KEYS for a in groups[k]])
    kit.report_list_page(b, www, county, family, COLUMN, LABEL, lazy_frames(), every, nav=nav)
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=COLUMN, news_salt="lf-news")
    return urls
