"""A county portal built on a Spring MVC 信息公开 system whose 年报 columns are shells filled by a script that POSTs
the list action `/xxgk/nb/list.do` (form body `channel=<bj|bm|xz>`) with the CSRF token the page itself carries:
`<meta name="_csrf" content="<token>">` and `<meta name="_csrf_header" content="X-CSRF-TOKEN">`, sent as that
header (Spring Security's documented pattern for AJAX); without the header, or with another token, the action
answers 403 (held out of tuning, eighteenth round).

Modelled on https://hlbaoqing.gov.cn/bq/1263/202403/c07_5894.shtml (宝清: a 公开目录 of 县政府信息, 县直单位信息 and
乡(镇)信息 with 单位检索) and https://shanghai.gov.cn/nw12344/20230331/4a03b5fa47ae4c73b7ec42801de6be66.html (a report
article of a portal whose lists come from a list action). The CSRF meta tags are this family's choice; the cited
pages do not show them. Unlike xhrheader (one fixed header every script sends), tokenapi (a token another
endpoint's JSON hands out, in the query), gkmlsearch (a token in a form's hidden field) or jsonpost (a JSON
body), the list answers only a request whose header repeats a value read from the page's own head.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the three
  年报 columns), /xxgk/nb/<bj|bm|xz>.html (the shell with its meta tags and the loader), POST /xxgk/nb/list.do
  (JSON), articles /xxgk/nb/<bj|bm|xz>/<YYYYMMDD>/<id>.html.
"""

from __future__ import annotations

import json
from urllib.parse import parse_qsl

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build
from nianbao.crawler.sandbox.names import County, stable_hex, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

COLUMNS = {"bj": "本级政府信息公开年报", "bm": "部门政府信息公开年报", "xz": "乡镇政府信息公开年报"}
LIST_ACTION = "/xxgk/nb/list.do"
HEADER = "X-CSRF-TOKEN"
FORM_TYPE = "application/x-www-form-urlencoded; charset=UTF-8"
JSON_TYPE = "application/json;charset=UTF-8"


def head(token: str, channel: str) -> str:
    rows_js = kit.row_links_js("JSON.parse(xhr.responseText).rows", href="link", date="fbrq", indent=4,
                               list_id="infoList")
    return f"""<meta name="_csrf" content="{token}"><meta name="_csrf_header" content="{HEADER}">
<script type="text/javascript">
document.addEventListener("DOMContentLoaded", function () {{
  var token = document.querySelector('meta[name="_csrf"]').content;
  var header = document.querySelector('meta[name="_csrf_header"]').content;
  var xhr = new XMLHttpRequest();
  xhr.open("POST", "{LIST_ACTION}");
  xhr.setRequestHeader("Content-Type", "{FORM_TYPE}");
  xhr.setRequestHeader(header, token);
  xhr.onload = function () {{
{rows_js}
  }};
  xhr.send("channel={channel}");
}});
</script>"""


def build_csrfmeta(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "csrfmeta"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)

    def doc_id(key, art):
        return stable_int("cm-art", county.pinyin, key, art.key, digits=7)

    columns = kit.unit_kind_report_columns(
        b, www, county, family, arts, noise, COLUMNS, urls, nav=nav, scripted_except=newest, serial=doc_id,
        path=lambda key, art: f"/xxgk/nb/{key}/{art.day:%Y%m%d}/{doc_id(key, art)}.html")
    token = stable_hex("cm-csrf", county.pinyin, length=8) + "-" + stable_hex("cm-csrf2", county.pinyin, length=12)
    answers: dict[str, bytes] = {}
    for key, label in COLUMNS.items():
        items = columns[key]
        answers[key] = json.dumps({"total": len(items), "rows": kit.json_rows(items, www.host, url="link", date="fbrq")},
                                  ensure_ascii=False).encode()
        b.post_pages.append({"url": f"http://{www.host}{LIST_ACTION}", "body": f"channel={key}",
                             "content_type": FORM_TYPE, "headers": {HEADER: token}})
        kit.report_list_page(b, www, county, family, f"/xxgk/nb/{key}.html", label, '<ul id="infoList"></ul>', items,
                             nav=nav, scripts=head(token, key))
    hrefs = [(f"/xxgk/nb/{key}.html", label) for key, label in COLUMNS.items()]

    def list_handler(method, query, headers, body):
        if method != "POST" or headers.get(HEADER.lower()) != token:   # Spring Security's CsrfFilter refuses
            return Page(b'{"status":403,"error":"Forbidden","message":"Invalid CSRF Token"}', SITE_DATE, JSON_TYPE,
                        status=403, role="api")
        channel = dict(parse_qsl(body.decode("utf-8", "replace"))).get("channel", "")
        return Page(answers.get(channel, b'{"total":0,"rows":[]}'), SITE_DATE, JSON_TYPE, role="api")

    www.dynamic[LIST_ACTION] = list_handler
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=hrefs[0][0],
                            news_salt="cm-news", more=tuple(hrefs[1:]))
    return urls
