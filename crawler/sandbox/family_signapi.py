"""A county portal whose 政府信息公开年报 columns are shells filled from an open interface that answers only signed
requests: the column's script (`/js/gkapi.js`, which holds the interface's `appId` and secret key) asks
`/api/gk/list?appId=…&channel=<bj|bm|xz>&pageNo=<n>&pageSize=10&timestamp=<ms>&sign=<…>`, where `sign` is the MD5
of the other parameters sorted by name and joined as `k=v&…`, with `&key=<secret>` appended, in upper case (the
signature scheme of payment and open-platform APIs, computed in the page by `/js/md5.js`). A request without a
signature, or with a wrong one, is answered `200 OK` with an error object (`{"code": 1001, "msg": "缺少签名参数"}`,
`1002 签名验证失败`) and no rows; the rows, and the reports' addresses, come only to a request signed with the key
the script holds. The interface checks the signature, not the timestamp's age (held out of tuning, twenty-sixth
round).

Modelled on https://www.mz.gov.cn/gk/zfxxgk/zfxxgknb/2022/tjd/1572566.htm (a 镇's 2022 report filed under
政府信息公开年报 → 2022 → the unit: `/gk/zfxxgk/zfxxgknb/<year>/<unit>/<id>.htm`) and
http://www.nbjb.gov.cn/col/col1229214366/index.html (宁波江北: 部门政务公开, lists drawn by script), with the signature as
interface documents describe it (http://hosting.easydoc.net/doc/23186689/RtjCp7iZ/VlDulazX: "按照请求参数名的字母升序排列
非空请求参数…拼接密钥 app_secret…sign=MD5(queryToSign).toUpperCase()"; https://static.kancloud.cn/q86849180/defupay/921626:
the same with `timestamp`). A 年报 interface that wants such a signature from the page's own script is this family's
choice; the cited portal pages do not show their interfaces. Unlike tokenapi (a token another endpoint hands out),
csrfmeta (a token in a meta tag) or cryptlist (rows answered encrypted), the request itself must carry a value the
page's script computes from the request's other values and a key it holds.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the three 年报
  columns), /gk/zfxxgk/zfxxgknb/<bj|bm|xz>/index.html (shells), /js/md5.js, /js/gkapi.js, /api/gk/list (JSON),
  articles /gk/zfxxgk/zfxxgknb/<year>/<unit slug>/<id>.htm.
"""

from __future__ import annotations

import hashlib
import json

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build
from nianbao.crawler.sandbox.names import County, stable_hex, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

API = "/api/gk/list"
FOLDER = "/gk/zfxxgk/zfxxgknb/"
COLUMNS = {"bj": "本级政府信息公开年报", "bm": "部门政府信息公开年报", "xz": "乡镇政府信息公开年报"}
PAGE_SIZE = 10
SIGNED_AT = "1735689600000"   # the timestamp (ms) the ground truth's signed requests carry: 2025-01-01 00:00 UTC
JSON_TYPE = "application/json;charset=UTF-8"
JS_TYPE = "text/javascript; charset=utf-8"
# the sandbox serves no third-party scripts: a few lines in place of md5.js
MD5_JS = """// MD5 (RFC 1321) of a string's UTF-8 bytes, in lower-case hex, as md5.js and CryptoJS.MD5 give it
function md5(text) {
  var bytes = unescape(encodeURIComponent(text)), n = bytes.length, words = [], i, j;
  var blocks = ((n + 8) >> 6) + 1;
  for (i = 0; i < blocks * 16; i++) { words[i] = 0; }
  for (i = 0; i < n; i++) { words[i >> 2] |= bytes.charCodeAt(i) << ((i % 4) * 8); }
  words[n >> 2] |= 0x80 << ((n % 4) * 8);
  words[blocks * 16 - 2] = n * 8;
  var shifts = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21], sines = [];
  for (i = 0; i < 64; i++) { sines[i] = Math.floor(Math.abs(Math.sin(i + 1)) * 4294967296) | 0; }
  var h = [0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476];
  for (var block = 0; block < words.length; block += 16) {
    var a = h[0], b = h[1], c = h[2], d = h[3];
    for (i = 0; i < 64; i++) {
      var round = i >> 4, f, g;
      if (round === 0) { f = (b & c) | (~b & d); g = i; }
      else if (round === 1) { f = (d & b) | (~d & c); g = (5 * i + 1) % 16; }
      else if (round === 2) { f = b ^ c ^ d; g = (3 * i + 5) % 16; }
      else { f = c ^ (b | ~d); g = (7 * i) % 16; }
      var s = shifts[round * 4 + i % 4], t = (a + f + sines[i] + words[block + g]) | 0;
      a = d; d = c; c = b; b = (b + ((t << s) | (t >>> (32 - s)))) | 0;
    }
    h = [(h[0] + a) | 0, (h[1] + b) | 0, (h[2] + c) | 0, (h[3] + d) | 0];
  }
  var hex = "";
  for (i = 0; i < 4; i++) {
    for (j = 0; j < 4; j++) { hex += ("0" + ((h[i] >>> (j * 8)) & 255).toString(16)).slice(-2); }
  }
  return hex;
}
"""
CLIENT_JS = """// 政务公开开放接口: each request carries appId, a timestamp and sign = MD5(sorted k=v&… + "&key=" + secret), upper case
var GK_APP_ID = "%s", GK_APP_SECRET = "%s", GK_PAGE_SIZE = %d;
function gkSign(params) {
  var parts = [];
  Object.keys(params).sort().forEach(function (k) {
    if (params[k] !== "" && params[k] !== null && params[k] !== undefined) { parts.push(k + "=" + params[k]); }
  });
  return md5(parts.join("&") + "&key=" + GK_APP_SECRET).toUpperCase();
}
function gkLoad(ul, channel, pageNo) {
  var params = {appId: GK_APP_ID, channel: channel, pageNo: pageNo, pageSize: GK_PAGE_SIZE, timestamp: Date.now()};
  params.sign = gkSign(params);
  var query = Object.keys(params).map(function (k) { return k + "=" + encodeURIComponent(params[k]); }).join("&");
  fetch("%s?" + query).then(function (r) { return r.json(); }).then(function (res) {
    if (res.code !== 0) { return; }
    res.data.list.forEach(function (row) {
      var li = document.createElement("li"), a = document.createElement("a");
      a.href = row.url; a.target = "_blank"; a.textContent = row.title;
      li.appendChild(a); li.appendChild(document.createTextNode(" " + row.pubDate)); ul.appendChild(li);
    });
    if (pageNo * GK_PAGE_SIZE < res.data.total) { gkLoad(ul, channel, pageNo + 1); }
  });
}
document.addEventListener("DOMContentLoaded", function () {
  var ul = document.getElementById("gkList");
  if (ul) { gkLoad(ul, ul.getAttribute("data-channel"), 1); }
});
"""
SCRIPTS = ('<script type="text/javascript" src="/js/md5.js"></script>'
           '<script type="text/javascript" src="/js/gkapi.js"></script>')


def signature(params: dict[str, str], secret: str) -> str:
    """What gkSign() computes: MD5 of the non-empty parameters sorted by name as `k=v&…`, `&key=<secret>`, upper case."""
    joined = "&".join(f"{k}={v}" for k, v in sorted(params.items()) if v != "")
    return hashlib.md5(f"{joined}&key={secret}".encode()).hexdigest().upper()


def signed_query(params: dict[str, str], secret: str) -> str:
    return "&".join(f"{k}={v}" for k, v in {**params, "sign": signature(params, secret)}.items())


def error(code: int, message: str) -> Page:
    return Page(json.dumps({"code": code, "msg": message}, ensure_ascii=False).encode(), SITE_DATE, JSON_TYPE,
                role="api")


def build_signapi(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "signapi"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx/1.18.0")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)

    def doc_id(key, art):
        return stable_int("sa-art", county.pinyin, key, art.key, digits=7)

    def path(key, art):
        unit = art.report.unit.slug if art.report else "zfb"   # a non-report: filed by the government's office
        return f"{FOLDER}{art.day:%Y}/{unit}/{doc_id(key, art)}.htm"

    columns = kit.unit_kind_report_columns(b, www, county, family, arts, noise, COLUMNS, urls, nav=nav,
                                           scripted_except=newest, serial=doc_id, path=path)
    app_id, secret = f"gk{stable_int('sa-app', county.pinyin, digits=6)}", stable_hex("sa-key", county.pinyin, length=16)
    pages: dict[tuple[str, str], bytes] = {}
    for key, label in COLUMNS.items():
        rows = kit.json_rows(columns[key], www.host, date="pubDate")
        for n, start in enumerate(range(0, max(len(rows), 1), PAGE_SIZE), start=1):
            pages[key, str(n)] = json.dumps({"code": 0, "msg": "success", "data": {
                "total": len(rows), "pageNo": n, "list": rows[start:start + PAGE_SIZE]}}, ensure_ascii=False).encode()
            params = {"appId": app_id, "channel": key, "pageNo": str(n), "pageSize": str(PAGE_SIZE),
                      "timestamp": SIGNED_AT}
            b.pages[f"http://{www.host}{API}?{signed_query(params, secret)}"] = "api"
        kit.report_list_page(b, www, county, family, f"{FOLDER}{key}/index.html", label,
                             f'<ul id="gkList" class="list" data-channel="{key}"></ul>', columns[key], nav=nav,
                             scripts=SCRIPTS)

    def answer(method, query, headers, body):
        given = {k: v for k, v in query.items() if k != "sign"}
        if not query.get("sign") or not query.get("timestamp") or query.get("appId") != app_id:
            return error(1001, "缺少签名参数")
        if query["sign"].upper() != signature(given, secret):
            return error(1002, "签名验证失败")
        found = pages.get((query.get("channel", ""), query.get("pageNo", "1")))
        if found is None or query.get("pageSize") != str(PAGE_SIZE):
            return error(1003, "参数错误")
        return Page(found, SITE_DATE, JSON_TYPE, role="api")

    www.dynamic[API] = answer
    b.add(www, "/js/md5.js", Page(MD5_JS.encode(), SITE_DATE, JS_TYPE), "asset")
    b.add(www, "/js/gkapi.js", Page((CLIENT_JS % (app_id, secret, PAGE_SIZE, API)).encode(), SITE_DATE, JS_TYPE),
          "asset")
    hrefs = [(f"{FOLDER}{key}/index.html", label) for key, label in COLUMNS.items()]
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=hrefs[0][0],
                            news_salt="sa-news", more=tuple(hrefs[1:]))
    return urls
