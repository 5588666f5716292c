"""A county portal behind a request-rate limit: its nginx front (`limit_req_zone $binary_remote_addr zone=perip:10m
rate=3r/s;` and `limit_req zone=perip burst=10 nodelay; limit_req_status 429;`) lets a client have 11 requests at once
and then 3 a second; every request beyond is refused with `429 Too Many Requests`, a `Retry-After: 1` header and a
访问过于频繁 page, and counts for nothing. A client that asks a page or two a second never meets it; a burst (many
requests at a time, no delay) gets a few pages and then mostly refusals, on every page of the site, reports
included. Every page is a static page linked by `<a href>`: nothing but the pace of the requests decides what a
crawler gets (held out of tuning, twenty-seventh round).

Modelled on http://www.lipu.gov.cn/xxgk/xxgknb/202301/t20230129_2444881.html (荔浦: a 政府信息公开年报 column of TRS
articles, `<YYYYMM>/t<YYYYMMDD>_<id>.html`) and on nginx's limit_req as its documentation and Chinese operators'
notes describe it: https://blog.csdn.net/gshzh00/article/details/78431799 (the module's documentation: "the
limitation is done using the leaky bucket method", `burst`, `nodelay`), https://www.cnblogs.com/linux-xiaofeixiang/p/18791947
(`zone=perip:10m rate=3r/s`, `limit_req_status`, refusals 503 by default) and https://www.cnblogs.com/yanglei-xyz/p/16168441.html
(`rate=2r/s`, `burst=4 nodelay` on `location /`). That a county portal's front limits the whole site so, and answers
429 with a Retry-After (nginx sends none by itself: `add_header Retry-After 1 always;`), is this family's choice; the
cited pages show the module, not a portal's settings. Unlike jsl, cookieloop and hanweb's 412 (challenges a client
passes once, by a cookie), consent or refguard (a request that must carry something), nothing a client sends opens
the site: only how fast it asks.

- www.X.gov.cn (nginx, rate-limited as a whole, robots.txt and 404s included): home (news; the government's newest
  report), 政务公开 (/zwgk/index.html: the guide and the three 年报 columns), 新闻中心 (/xwzx/), the 年报 columns
  /xxgk/nb/<bj|bm|xz>/index.html, index_1.html … (8 a page, 下一页 and 尾页 links), articles
  /xxgk/nb/<bj|bm|xz>/<YYYYMM>/t<YYYYMMDD>_<id>.html.
- The sandbox limits only the requests that come with a clock (Sandbox.handle's `now`: the proxy's); the ground
  truth's `rate_limits` names the host with its rate, burst and Retry-After.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import RateLimit

FOLDER = "/xxgk/nb/{key}/"
COLUMNS = {"bj": "县政府政府信息公开年报", "bm": "县直部门政府信息公开年报", "xz": "乡镇（街道）政府信息公开年报"}
PAGE_SIZE = 8
RATE, BURST, RETRY_AFTER = 3, 10, 1   # limit_req_zone … rate=3r/s; limit_req … burst=10 nodelay; Retry-After: 1


def build_ratelimit(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "ratelimit"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx",
                                        rate_limit=RateLimit(RATE, BURST, RETRY_AFTER))
    urls: dict[str, str] = {}
    columns = kit.trs_unit_kind_columns(b, www, county, family, arts, noise, COLUMNS, urls, nav=nav, salt="rl-art",
                                        folder=FOLDER)
    for key in COLUMNS:
        kit.trs_paged_column(b, www, county, family, columns[key], FOLDER.format(key=key), nav, PAGE_SIZE,
                             page_of=True)
    hrefs = [FOLDER.format(key=key) + "index.html" for key in COLUMNS]
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(arts), nav=nav,
                            reports_href=hrefs[0], news_salt="rl-news",
                            more=tuple(zip(hrefs[1:], list(COLUMNS.values())[1:], strict=True)))
    return urls
