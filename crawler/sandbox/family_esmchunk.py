"""A county portal whose 政府信息公开年报 columns were rebuilt as a Vite-built front end of ES modules: each column page
holds an empty `<ul id="nb-list" data-column="<bj|bm|xz>">` and one module tag, `<script type="module" crossorigin
src="/assets/index-<hash>.js">`; the entry module picks the column's lazy chunk by the list's `data-column` and
loads it with a dynamic import, `import("./nb-<key>-<hash>.js")` — a specifier relative to the ENTRY MODULE's URL
(/assets/), not to the page (/<x>/zwgk/xxgkndbg/), as ES modules resolve them — and each chunk is a module whose
default export is the column's rows, `export default [{t: …, u: …, d: …}, …]`. The chunks' full addresses are
written nowhere, and every report but the government's newest (which the home page links) is named only inside a
chunk (held out of tuning, seventy-fifth round).

Modelled on https://lxs.gov.cn/lxs/zwgk/xxgkndbg/art/2024/art_b3d3efd866844aaaafd7bbd0bc82f9d1.html (临夏市南龙镇's
2023 report in its city's 政府信息公开年度报告 column, a Gansu 集约化 platform's article address
`/<site>/zwgk/xxgkndbg/art/<YYYY>/art_<32 hex>.html`, the layout this family's articles take). The ES-module front
end is this family's choice (the cited page is text; Vite's production build — an `index-<hash>.js` entry loaded by
`<script type="module" crossorigin>`, lazy routes split into chunks the entry imports by relative specifiers — is
what a Vue 3 front end built with Vite ships). The sandbox serves no third-party scripts: the entry is a few
lines that do what Vite's output does here (`__vitePreload`, a dynamic import, rendering the rows). Unlike
amdmodule (a RequireJS loader builds the address from a base and a module id), routerbundle (a bundle's route table
names real paths), nextrsc or nuxtstate (a framework's own payload), the data chunks are ES modules named only by
relative `import()` specifiers inside another module, resolved against that module's address.

- www.X.gov.cn: home (news; the government's newest report by `<a>`), 政务公开 (/zwgk/index.html: the guide and the
  three columns), /<x>/zwgk/xxgkndbg/<bj|bm|xz>.html (empty lists and the module tag), /assets/index-<8 hex>.js (the
  entry), /assets/nb-<key>-<8 hex>.js (the rows), /<x>/zwgk/xxgkndbg/art/<YYYY>/art_<32 hex>.html (articles).
"""

from __future__ import annotations

import json
from urllib.parse import urlsplit

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build
from nianbao.crawler.sandbox.family_amdmodule import JS
from nianbao.crawler.sandbox.names import County, stable_hex, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

COLUMNS = {"bj": "县政府信息公开年报", "bm": "县直部门信息公开年报", "xz": "乡镇信息公开年报"}
ASSETS = "/assets/"


def column_path(county: County, key: str) -> str:
    return f"/{county.pinyin[:3]}/zwgk/xxgkndbg/{key}.html"


def entry_path(county: County) -> str:
    return f"{ASSETS}index-{stable_hex('esm-entry', county.pinyin, length=8)}.js"


def chunk_name(county: County, key: str) -> str:
    """A column's chunk file name, relative to the entry's folder (ASSETS), as the entry's specifier writes it."""
    return f"nb-{key}-{stable_hex('esm-chunk', county.pinyin, key, length=8)}.js"


def entry_script(county: County) -> str:
    """The entry module: a dynamic import of the column's chunk by a specifier relative to this module's URL."""
    loaders = ",\n  ".join(f'{key}: () => __vitePreload(() => import("./{chunk_name(county, key)}"))'
                           for key in COLUMNS)
    return f"""const __vitePreload = function preload(baseModule) {{ return baseModule(); }};
const columns = {{
  {loaders}
}};
const ul = document.getElementById("nb-list");
columns[ul.dataset.column]().then((m) => {{
  for (const r of m.default) {{
    const li = document.createElement("li"), a = document.createElement("a"), s = document.createElement("span");
    a.href = r.u; a.target = "_blank"; a.textContent = r.t; s.className = "date"; s.textContent = r.d;
    li.append(a, s); ul.append(li);
  }}
}});
"""


def chunk_module(items: list[Article]) -> str:
    rows = [{"t": a.title, "u": urlsplit(a.url).path, "d": a.date_text} for a in items]
    return "const rows = " + json.dumps(rows, ensure_ascii=False, indent=0) + ";\nexport { rows as default };\n"


def build_esmchunk(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "esmchunk"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx/1.20.1")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)
    folder = f"/{county.pinyin[:3]}/zwgk/xxgkndbg/art/"

    def doc_id(key: str, art: Article) -> int:
        return stable_int("esm-art", county.pinyin, key, art.key, digits=7)

    columns = kit.unit_kind_report_columns(
        b, www, county, family, arts, noise, COLUMNS, urls, nav=nav, serial=doc_id, scripted_except=newest,
        path=lambda key, art: f"{folder}{art.day:%Y}/art_{stable_hex('esm-path', county.pinyin, key, art.key)}.html")
    b.add(www, entry_path(county), Page(entry_script(county).encode(), SITE_DATE, JS), "asset")
    for key, label in COLUMNS.items():
        tag = f'<script type="module" crossorigin src="{entry_path(county)}"></script>'
        kit.report_list_page(b, www, county, family, column_path(county, key), label,
                             f'<ul class="list" id="nb-list" data-column="{key}"></ul>', columns[key], nav=nav,
                             scripts=tag)
        b.add(www, ASSETS + chunk_name(county, key), Page(chunk_module(columns[key]).encode(),
                                                          b.list_date(columns[key]), JS), "list")
    hrefs = [(column_path(county, key), label) for key, label in COLUMNS.items()]
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=hrefs[0][0],
                            news_salt="esm-news", more=tuple(hrefs[1:]))
    return urls
