"""A county portal whose 年报 column writes its list with a script run through Dean Edwards' packer (the
`eval(function(p,a,c,k,e,d){…}('<packed>',36,N,'w0|w1|…'.split('|'),0,{}))` that many Chinese sites' templates
ship): every ASCII word of the source (path segments, file names, numbers) is replaced by its base-36 index into the
`|`-separated word list, so no report's address is written in any page; only running (or unpacking) the script
gives it (held out of tuning, eighteenth round).

Modelled on https://hlbaoqing.gov.cn/bq/1263/202403/c07_5894.shtml (宝清: a 公开目录 of 县政府信息, 县直单位信息 and
乡(镇)信息) and http://www.nbjb.gov.cn/col/col1229214366/index.html (宁波江北: 部门目录, one column per department).
The packed list script is this family's choice; the cited pages do not show it. Unlike b64config (base64 ids in a
JSON config), docwrite (links written out whole by a plain script) or jsl (an obfuscated anti-bot challenge, not a
list), the addresses exist only after the packer's word substitution.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the 年报
  column), /xxgk/nb/index.html (an empty list and the packed script: every report, look-alikes), articles
  /xxgk/nb/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

import json
import re

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report

FOLDER = "/xxgk/nb/"
WORD = re.compile(r"\w+", re.ASCII)   # JavaScript's \w: ASCII letters, digits and _
UNPACKER = ("function(p,a,c,k,e,d){e=function(c){return c.toString(36)};if(!''.replace(/^/,String)){while(c--)"
            "{d[c.toString(a)]=k[c]||c.toString(a)}k=[function(e){return d[e]}];e=function(){return'\\\\w+'};c=1};"
            "while(c--){if(k[c]){p=p.replace(new RegExp('\\\\b'+e(c)+'\\\\b','g'),k[c])}}return p}")


def base36(n: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        n, r = divmod(n, 36)
        out = digits[r] + out
        if n == 0:
            return out


def pack(source: str) -> str:
    """`source` (one line, no backslash or quote `'`) as the packer writes it (its base-36 mode, words most frequent
    first). Hand-written: no packer is a Python library, and the sandbox must produce it at build time."""
    counts: dict[str, int] = {}
    for word in WORD.findall(source):
        counts[word] = counts.get(word, 0) + 1
    words = sorted(counts, key=lambda w: (-counts[w], w))
    code = {w: base36(i) for i, w in enumerate(words)}
    packed = WORD.sub(lambda m: code[m.group()], source)
    keywords = "|".join("" if code[w] == w else w for w in words)
    return f"eval({UNPACKER}('{packed}',36,{len(words)},'{keywords}'.split('|'),0,{{}}))"


def list_script(items) -> str:
    rows = json.dumps([["/" + a.url.split("://", 1)[1].split("/", 1)[1], a.title, a.date_text] for a in items],
                      ensure_ascii=False)
    if "\\" in rows or "'" in rows:   # the packed text sits in a '…' string: the sandbox's titles never need escapes
        raise ValueError("a title the packer would need to escape")
    source = (f'var rows={rows};var ul=document.getElementById("infoList");for(var i=0;i<rows.length;i++)'
              '{var li=document.createElement("li"),a=document.createElement("a");a.href=rows[i][0];'
              'a.textContent=rows[i][1];a.target="_blank";li.appendChild(a);'
              'li.appendChild(document.createTextNode(" "+rows[i][2]));ul.appendChild(li)}')
    return source


def build_packedjs(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "packedjs"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    newest = kit.newest_gov_report(arts)
    items, urls = kit.trs_report_column(b, www, county, family, arts, noise, nav=nav, folder=FOLDER, salt="pj-art",
                                        digits=6, scripted_except=newest)
    script = f'<script type="text/javascript">{pack(list_script(items))}</script>'
    kit.report_list_page(b, www, county, family, f"{FOLDER}index.html", "政府信息公开年报", f'<ul id="infoList"></ul>{script}',
                         items, nav=nav)
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav,
                            reports_href=f"{FOLDER}index.html", news_salt="pj-news")
    return urls
