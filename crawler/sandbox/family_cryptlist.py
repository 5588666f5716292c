"""A county portal whose 政府信息公开年报 column is an empty box filled from a list interface that answers its rows
encrypted: `/xxgk/nb/data/<channel>.json` is `{"code": 200, "encrypt": "xor-base64", "data": "<base64>"}`, and the
column's script decrypts `data` with a key written in the page (`var NB_KEY = "<16 hex>"`) before it draws the rows.
No address of a report is in any answer as text (base64 of encrypted bytes), so only a client that runs the
page's script — or decrypts as it does — learns them (held out of tuning, twentieth round).

Modelled on http://www.nbjb.gov.cn/col/col1229214366/index.html (宁波江北: 部门政务公开, columns whose lists a script
draws from an interface) and http://www.lishui.gov.cn/module/xxgk/xxgkAnnualReport.jsp?fbtime=2017&area=113325000026455663
(丽水: an annual-report module, a 2017 report a pre-2019 one). Encrypting an interface's answers (CryptoJS AES or SM4
with a key in the page's script, against scraping) is what many newer 政务服务 and 信息公开 platforms do; the cited
pages do not show it, and it is this family's choice. The sandbox serves no third-party scripts, so the cipher is a
few lines in place of CryptoJS: the UTF-8 JSON XORed with the key's bytes, base64-encoded. Unlike b64config (base64
ids in a plain config), jsonly (a base64 blob of plain JSON in the page) or packedjs (a packed script's words), the
rows are ciphertext until the key the page holds is applied.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the 年报
  column), /xxgk/nb/index.html (the box and the loader), /xxgk/nb/data/<channel>.json (the encrypted rows),
  articles /xxgk/nb/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

import base64
import json

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build
from nianbao.crawler.sandbox.names import County, stable_hex, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

COLUMN = "/xxgk/nb/index.html"
JSON_TYPE = "application/json;charset=UTF-8"
CIPHER = "xor-base64"


def encrypt(text: str, key: str) -> str:
    """What the platform sends: the UTF-8 bytes of `text` XORed with the key's bytes (repeated), base64-encoded."""
    data, k = text.encode("utf-8"), key.encode("ascii")
    return base64.b64encode(bytes(c ^ k[i % len(k)] for i, c in enumerate(data))).decode("ascii")


def loader(data_url: str, key: str) -> str:
    rows_js = kit.row_links_js("JSON.parse(decrypt(res.data, NB_KEY))", href="linkUrl", date="pubDate", indent=4,
                               list_id="nbList")
    return f"""<script type="text/javascript">
var NB_KEY = "{key}";
function decrypt(text, key) {{
  var raw = atob(text), bytes = new Uint8Array(raw.length);
  for (var i = 0; i < raw.length; i++) {{ bytes[i] = raw.charCodeAt(i) ^ key.charCodeAt(i % key.length); }}
  return new TextDecoder("utf-8").decode(bytes);
}}
document.addEventListener("DOMContentLoaded", function () {{
  fetch("{data_url}").then(function (r) {{ return r.json(); }}).then(function (res) {{
{rows_js}
  }});
}});
</script>"""


def build_cryptlist(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "cryptlist"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    newest = kit.newest_gov_report(arts)
    items, urls = kit.trs_report_column(b, www, county, family, arts, noise, nav=nav, salt="cr-art",
                                        scripted_except=newest)
    key = stable_hex("cr-key", county.pinyin, length=16)
    data_url = f"/xxgk/nb/data/{stable_int('cr-chan', county.pinyin, digits=5)}.json"
    rows = kit.json_rows(items, www.host, url="linkUrl", date="pubDate")
    answer = {"code": 200, "msg": "success", "encrypt": CIPHER,
              "data": encrypt(json.dumps(rows, ensure_ascii=False, separators=(",", ":")), key)}
    b.add(www, data_url, Page(json.dumps(answer).encode(), b.list_date(items), JSON_TYPE), "api")
    kit.report_list_page(b, www, county, family, COLUMN, "政府信息公开年报", '<ul id="nbList"></ul>', items, nav=nav,
                         scripts=loader(data_url, key))
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=COLUMN, news_salt="cr-news")
    return urls
