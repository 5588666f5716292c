"""A county portal whose three 政府信息公开年报 columns are drawn by a script run through a JavaScript obfuscator: each
column page holds an empty `<ul id="nblist">` and a script whose one string array,
`var _0x5a3c=["\\x2f\\x7a\\x66\\x78\\x78…","\\u0032\\u0030\\u0032\\u0032\\u5e74…",…]`, carries every entry's path,
title and date with every character written as an escape sequence (`\\xHH` below U+0100, `\\uHHHH` above), what
javascript-obfuscator's string array with `unicodeEscapeSequence` (and the "JS加密" tools of Chinese webmaster sites
built on it) emits; a loop then appends one `<li><a>` per three strings. No `<a>` of a column exists until the script
runs, and no character of an address is in the page's text as itself: `/` is `\\x2f`, a digit `\\x32`
(held out of tuning, seventy-first round).

Modelled on https://www.qdnhp.gov.cn/zfbm/fzhggj/zfxxgk/zfxxgknb/202011/t20201113_65208289.html (黄平县发展和改革局's
2019 report, a Guizhou county's department publishing in its own `zfxxgk/zfxxgknb` column, TRS articles
`<column>/<YYYYMM>/t<YYYYMMDD>_<id>.html`, the layout this family's articles take) and
https://www.anshun.gov.cn/zfxxgk/zfxxgknb/2019year/202002/t20200221_50478366.html (镇宁自治县's 2019 report in a
政府信息公开年报 column split by year). Obfuscating the column's script with escaped string literals is this family's
choice (the search corpus holds page text, not scripts). Unlike unescapejs (`unescape()` of `%XX`/`%uXXXX` text),
charcodes (`String.fromCharCode` of decimal numbers), packedjs (Dean Edwards' packer's word list) or b64config
(base64 ids), the addresses are JavaScript string literals the language itself unescapes: no call decodes them,
and the page holds them only as backslash escapes.

- www.X.gov.cn: home (news; the government's newest report by `<a>`), 政务公开 (/zwgk/index.html: the guide and the
  three 年报 columns), /zfxxgk/zfxxgknb/<bj|bm|xz>/index.html (the empty list and the obfuscated script; the
  government's column also lists look-alikes), articles /zfxxgk/zfxxgknb/<bj|bm|xz>/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report

COLUMNS = {"bj": "县政府信息公开年报", "bm": "县直部门信息公开年报", "xz": "乡镇信息公开年报"}
FOLDER = "/zfxxgk/zfxxgknb/{key}/"
ARRAY = "_0x5a3c"   # the string array's name, as the obfuscator names its identifiers
DRAW = (f"(function(){{var l=document.getElementById(\"nblist\");for(var i=0;i<{ARRAY}.length;i+=3){{"
        "var li=document.createElement(\"li\"),a=document.createElement(\"a\"),s=document.createElement(\"span\");"
        f"a.href={ARRAY}[i];a.textContent={ARRAY}[i+1];s.textContent={ARRAY}[i+2];li.appendChild(a);"
        "li.appendChild(s);l.appendChild(li);}})();")


def column_path(key: str) -> str:
    return FOLDER.format(key=key) + "index.html"


def escaped(text: str) -> str:
    """`text` as a JavaScript string literal's body of escape sequences only: `\\xHH` below U+0100, `\\uHHHH` above
    (characters outside the BMP as their surrogate pair)."""
    data = text.encode("utf-16-le")
    units = (int.from_bytes(data[i:i + 2], "little") for i in range(0, len(data), 2))
    return "".join(f"\\x{u:02x}" if u < 0x100 else f"\\u{u:04x}" for u in units)


def obfuscated_list(items) -> str:
    strings = []
    for art in items:
        strings += [urlsplit(art.url).path, art.title, f"{art.day:%Y-%m-%d}"]
    array = ",".join(f'"{escaped(s)}"' for s in strings)
    return (f'<ul id="nblist" class="list"></ul><script type="text/javascript">var {ARRAY}=[{array}];{DRAW}'
            "</script>")


def build_hexescape(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "hexescape"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx/1.16.1")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)
    columns = kit.trs_unit_kind_columns(b, www, county, family, arts, noise, COLUMNS, urls, nav=nav, salt="hx-art",
                                        folder=FOLDER, scripted_except=newest)
    for key, label in COLUMNS.items():
        kit.report_list_page(b, www, county, family, column_path(key), label, obfuscated_list(columns[key]),
                             columns[key], nav=nav)
    hrefs = [(column_path(key), label) for key, label in COLUMNS.items()]
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=hrefs[0][0],
                            news_salt="hx-news", more=tuple(hrefs[1:]))
    return urls
