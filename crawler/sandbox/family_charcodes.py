"""A county portal whose 政府信息公开年度报告 columns are written by a "网页加密" script of character codes: each column
page holds only `<script>document.write(String.fromCharCode(60,117,108,32,99,…));</script>`, the list's markup as
the decimal UTF-16 code units of every character (what the JS/HTML encrypting tools of Chinese webmaster sites emit
for "防复制、防采集"), so the script's text has no letter, no slash and no quote of the list: an address is a run of
numbers (`47,104,116,109,108,47,…`), and the `<a href>` of every report exist only once the script has run; the
hrefs are root-relative paths (held out of tuning, sixty-ninth round).

Modelled on http://www.xinghai.gov.cn/html/5973/610465.html (兴海县人民政府's 2021 report, "电子版可在兴海县人民政府
(http://www.xinghai.gov.cn)政府信息公开年度报告专栏获取": a Qinghai county portal of numbered columns and articles,
`/html/<column>/<id>.html`, the layout this family's columns and articles take). Writing the list through
String.fromCharCode is this family's choice (the search corpus holds page text, not scripts). Unlike unescapejs
(`unescape()` of `%XX`/`%uXXXX` escapes, whose addresses are percent-encoded text), packedjs (Dean Edwards' packer's
word list), b64config (base64 ids) or cryptlist (an XOR cipher of an interface's answer), the markup is numbers in a
call's argument list, and no string literal holds any of it.

- www.X.gov.cn: home (news; the government's newest report by `<a>`), 政务公开 (/zwgk/index.html: the guide and the
  three 年报 columns), /html/<column>/index.html (县政府, 县直部门, 乡镇: the encoded script only; the government's
  column also lists look-alikes), articles /html/<column>/<id>.html.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

COLUMNS = {"bj": "县政府信息公开年度报告", "bm": "县直部门信息公开年度报告", "xz": "乡镇信息公开年度报告"}
COLUMN_IDS = {"bj": 5973, "bm": 5974, "xz": 5975}


def column_path(key: str) -> str:
    return f"/html/{COLUMN_IDS[key]}/index.html"


def char_codes(text: str) -> str:
    """`text` as String.fromCharCode() takes it back: its UTF-16 code units in decimal, comma-separated (characters
    outside the BMP as their surrogate pair)."""
    data = text.encode("utf-16-le")
    return ",".join(str(int.from_bytes(data[i:i + 2], "little")) for i in range(0, len(data), 2))


def written_list(items) -> str:
    markup = kit.link_list(items, href=lambda a: urlsplit(a.url).path)
    return (f'<div id="nblist"><script type="text/javascript">document.write(String.fromCharCode({char_codes(markup)}));'
            "</script></div>")


def build_charcodes(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "charcodes"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)

    def doc_id(key, art):
        return stable_int("cc-art", county.pinyin, key, art.key, digits=6)

    columns = kit.unit_kind_report_columns(
        b, www, county, family, arts, noise, COLUMNS, urls, nav=nav, serial=doc_id, scripted_except=newest,
        path=lambda key, art: f"/html/{COLUMN_IDS[key]}/{doc_id(key, art)}.html")
    hrefs = kit.unit_kind_list_pages(b, www, county, family, columns, COLUMNS, nav=nav, list_path=column_path,
                                     listing=written_list)
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=hrefs[0][0],
                            news_salt="cc-news", more=tuple(hrefs[1:]))
    return urls
