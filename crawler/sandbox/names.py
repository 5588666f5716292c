"""Synthetic places and agencies: county names with their pinyin, region codes, unit codes.

Every county here is invented (ground truth marks it `synthetic`); the names are built from characters that
read like place names so that hosts look like real portals (`www.<pinyin>.gov.cn`). Nothing depends on the
global random state: every draw comes from `rng(...)`, seeded by a stable string, so adding a portal or a
report never shifts the values of the others.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterator
from dataclasses import dataclass, field

# The families a sandbox has by default (demo, tests, benchmarks); their order decides who gets which portal.
DEFAULT_FAMILIES = ("trs", "hanweb", "gkmlpt", "jsonly", "gbk", "city")
# Families modelled on further real CMSs and provincial annual-report platforms (issue 12); a sandbox has them
# only when asked (`build_sandbox(families=...)`, `--families`). crawler/sandbox/families.py builds them.
EXTRA_FAMILIES = ("dual", "ajax", "nbmodule", "countdown", "province", "docwrite", "zwgkhost", "kingcms",
                  "postpager", "unittree", "hashspa", "refresh", "ztree", "loadmore", "frameset",
                  "printed", "laypage", "jsl", "yeartabs", "jumpmenu", "onclickid", "ztreepost",
                  "scrollcursor", "downfile", "unitselect", "mobilehost", "sitemap",
                  "rssfeed", "pdfviewer", "gkmlsearch", "leavesite",
                  "moved", "jsession", "yearpicker", "noticefiles",
                  "imagemap", "svgmap", "guidetable", "b64config",
                  "jsonp", "daterange", "sharewidget", "tpltabs",
                  "nextjson", "xhrheader", "objembed", "modalid",
                  "cookieloop", "idbatch", "routerbundle", "refguard",
                  "homewidget", "autoindex", "eventstream", "relnext",
                  "jumpbox", "datahref", "oldsite", "plainurl",
                  "basehref", "porthost", "citygroup", "backslash",
                  "formview", "pagesize", "jsonpost", "xsltlist",
                  "csvexport", "tokenapi", "srcdoc", "jsonld",
                  "yearloop", "unitcookie", "csrfmeta", "packedjs",
                  "consent", "postback", "cursorpost", "refframe",
                  "docxindex", "cryptlist", "prevnext", "acceptneg",
                  "movednote", "yeartext", "rangelist", "unitsuggest",
                  "commentlist", "opensearch", "unitsite", "enclosure",
                  "printview", "pubcalendar", "robotqa", "tabindex",
                  "indexno", "sessionstore", "postmsg", "linkdecor",
                  "shadowlist", "sharedjs", "linkheader", "ofdfile",
                  "hovermenu", "virtuallist", "signapi", "zipbundle",
                  "ratelimit", "splitarticle", "formdata", "gbkquery",
                  "cursorheader", "tplclone", "creditcode", "refreshheader",
                  "osshost", "pdfindex", "workerlist", "idnhost",
                  "gzbom", "cascade", "scanpages", "dispofile",
                  "hxlist", "alpinedata", "relapi", "pdfalt",
                  "graphql", "xlsxindex", "detailsload", "refxhr",
                  "robotsmirror", "buttonpager", "wmlwap", "rawdeflate",
                  "imagesubmit", "xhtmlxml", "langneg", "checkform",
                  "xlshtml", "dotlocation", "cjkpath", "noscriptyear",
                  "flaky", "headrefuse", "sniffhtml", "deeplist",
                  "formaction", "hrefwrap", "escapedfrag", "datanext",
                  "uaguard", "stalecdn", "redirchain", "mhtlist",
                  "wpsfile", "ssiraw", "textarealist", "refreshquote",
                  "rawlocation", "dualframe", "latinheader", "shortbody",
                  "fullwidth", "nuxtstate", "entityhref", "cebfile",
                  "errstatus", "utf16page", "gbrare", "seeother",
                  "xmlsheet", "rtffile", "odtlist", "prefetchyear",
                  "port80", "gzipstatic", "canonall", "closebody",
                  "cssxlink", "dataframe", "protorel", "objectlist",
                  "longquery", "dotclimb", "encslash", "multichoice",
                  "iecomment", "tagsoup", "hiddenpager", "microdata",
                  "post307", "dothost", "sitemapgz", "rawquery",
                  "xmlisland", "barehost", "bigpage", "unescapejs",
                  "iphost", "dotsegment", "perm308", "schemepath",
                  "flashnav", "noscriptlist", "amdmodule", "rdfa",
                  "xgzip", "hdrcharset",
                  "hiddenjson", "lazyframe", "pdftext", "gzipdata",
                  "emptyport", "percentu", "spacepath", "pctname",
                  "sitemaptxt", "noframeslist", "kkpreview", "jsonblock",
                  "matrixpage", "bracketquery",
                  "datalistyear", "xlsxformula", "pdfoutline", "dsdlist",
                  "big5gate",
                  "wordxml", "nextrsc", "xlsbiff", "docbin",
                  "cachebust", "dslash",
                  "pdfbutton", "hiddensheet", "docxfootnote",
                  "brcdn", "refchain", "caltrap", "softloop",
                  "pdflong", "vuedata", "docxtextbox", "pdfattach",
                  "fraglocation", "slowpager", "robotsallow",
                  "odsindex", "pdflaunch", "halnext", "icsfeed",
                  "cookieless", "sessionpager", "ideodot", "sitemaphost",
                  "jsonapi", "docxcomment", "txtindex", "xlsxnote",
                  "cookiejump", "acceptguard", "protoloc", "hashquery",
                  "docxfield", "charcodes", "easyuigrid", "docxchunk",
                  "xsrfcookie", "domaincookie", "originapi", "basicapi",
                  "hexescape", "jqload", "pdfobjstm", "ofdlink",
                  "stackgzip", "poll202", "nocache204", "upperhost",
                  "pdfgotor", "svgobject", "revhref", "atombase",
                  "beaconcookie", "preloadlink", "casgateway", "multivalue",
                  "xlsxshape", "pdfcrypt", "esmchunk", "xssiprefix",
                  "semiquery", "status203", "gzipcase", "queryloc",
                  "atobwrite", "docxheader", "pptxindex", "jshref",
                  "uoflist", "soaplist", "geomap", "xpsindex",
                  "fragkeep", "backloc", "htmlmap", "linkmap",
                  "olesheet", "epubindex", "subdoc", "strictxlsx",
                  "uavary", "formcharset", "gbkjson")
FAMILIES = DEFAULT_FAMILIES + EXTRA_FAMILIES

# Province prefix of each family's synthetic region code (the city shares its prefix with the TRS and JS
# counties of its group, which it republishes).
_PROVINCE = {"trs": "51", "hanweb": "33", "gkmlpt": "44", "jsonly": "51", "gbk": "41", "city": "51",
             "dual": "32", "ajax": "37", "nbmodule": "43", "countdown": "42", "province": "45", "docwrite": "34",
             "zwgkhost": "35", "kingcms": "13", "postpager": "53", "unittree": "50", "hashspa": "61",
             "refresh": "53", "ztree": "34", "loadmore": "61", "frameset": "35",
             "printed": "23", "laypage": "61", "jsl": "13", "yeartabs": "61",
             "jumpmenu": "14", "onclickid": "15", "ztreepost": "14",
             "scrollcursor": "15", "downfile": "33", "unitselect": "36", "mobilehost": "43",
             "sitemap": "35", "rssfeed": "43", "pdfviewer": "34", "gkmlsearch": "23", "leavesite": "35",
             "moved": "21", "jsession": "62", "yearpicker": "52",
             "noticefiles": "36", "imagemap": "41", "svgmap": "43", "guidetable": "62", "b64config": "50",
             "jsonp": "44", "daterange": "35",
             "sharewidget": "32", "tpltabs": "33",
             "nextjson": "44", "xhrheader": "37", "objembed": "41", "modalid": "51",
             "cookieloop": "22", "idbatch": "46", "routerbundle": "64",
             "refguard": "45",
             "homewidget": "33", "autoindex": "52", "eventstream": "42", "relnext": "21",
             "jumpbox": "36", "datahref": "33", "oldsite": "22", "plainurl": "62",
             "basehref": "45", "porthost": "22", "citygroup": "44", "backslash": "65",
             "formview": "36", "pagesize": "41", "jsonpost": "32", "xsltlist": "43",
             "csvexport": "23", "tokenapi": "37", "srcdoc": "33", "jsonld": "51",
             "yearloop": "33", "unitcookie": "14", "csrfmeta": "53", "packedjs": "42",
             "consent": "35", "postback": "43", "cursorpost": "44", "refframe": "36",
             "docxindex": "62", "cryptlist": "34", "prevnext": "52", "acceptneg": "37",
             "movednote": "35", "yeartext": "23", "rangelist": "43",
             "unitsuggest": "33", "commentlist": "36", "opensearch": "42", "unitsite": "51", "enclosure": "35",
             "printview": "35", "pubcalendar": "42",
             "robotqa": "45", "tabindex": "36",
             "indexno": "62", "sessionstore": "37", "postmsg": "34",
             "linkdecor": "44",
             "shadowlist": "43", "sharedjs": "23", "linkheader": "33", "ofdfile": "50",
             "hovermenu": "43", "virtuallist": "62", "signapi": "61", "zipbundle": "51",
             "ratelimit": "32", "splitarticle": "45", "formdata": "44", "gbkquery": "41",
             "cursorheader": "15", "tplclone": "34", "creditcode": "33", "refreshheader": "50",
             "osshost": "64", "pdfindex": "63", "workerlist": "46", "idnhost": "65",
             "gzbom": "54", "cascade": "21", "scanpages": "13", "dispofile": "46",
             "hxlist": "53", "alpinedata": "13", "relapi": "21", "pdfalt": "22",
             "graphql": "31", "xlsxindex": "12", "detailsload": "11", "refxhr": "14",
             "robotsmirror": "32", "buttonpager": "45", "wmlwap": "15", "rawdeflate": "50",
             "imagesubmit": "36", "xhtmlxml": "23", "langneg": "52", "checkform": "62",
             "xlshtml": "61", "dotlocation": "42", "cjkpath": "41", "noscriptyear": "43",
             "flaky": "63", "headrefuse": "54", "sniffhtml": "31", "deeplist": "64",
             "formaction": "12", "hrefwrap": "11", "escapedfrag": "65", "datanext": "46",
             "uaguard": "44", "stalecdn": "33", "redirchain": "43", "mhtlist": "35",
             "wpsfile": "37", "ssiraw": "51", "textarealist": "41", "refreshquote": "42",
             "rawlocation": "61", "dualframe": "22", "latinheader": "15", "shortbody": "45",
             "fullwidth": "13", "nuxtstate": "21", "entityhref": "53", "cebfile": "62",
             "errstatus": "32", "utf16page": "37", "gbrare": "41", "seeother": "44",
             "xmlsheet": "36", "rtffile": "35", "odtlist": "33", "prefetchyear": "34",
             "port80": "42", "gzipstatic": "51", "canonall": "52", "closebody": "61",
             "dataframe": "43", "cssxlink": "45", "protorel": "50", "objectlist": "53",
             "longquery": "11", "dotclimb": "54", "encslash": "63", "multichoice": "42",
             "iecomment": "12", "tagsoup": "31", "hiddenpager": "46", "microdata": "64",
             "post307": "14", "dothost": "65", "sitemapgz": "21", "rawquery": "22",
             "xmlisland": "23", "barehost": "52", "bigpage": "62", "unescapejs": "15",
             "iphost": "13", "dotsegment": "37", "perm308": "45", "schemepath": "44",
             "flashnav": "14", "noscriptlist": "36", "amdmodule": "41", "rdfa": "51",
             "xgzip": "54", "hdrcharset": "63",
             "hiddenjson": "14", "lazyframe": "41", "pdftext": "13", "gzipdata": "23",
             "emptyport": "12", "percentu": "31", "spacepath": "50", "pctname": "11",
             "sitemaptxt": "22", "noframeslist": "21", "kkpreview": "15", "jsonblock": "65",
             "matrixpage": "64", "bracketquery": "63",
             "datalistyear": "53", "xlsxformula": "32",
             "pdfoutline": "52", "dsdlist": "62",
             "big5gate": "54",
             "wordxml": "22", "nextrsc": "61", "xlsbiff": "23", "docbin": "22",
             "cachebust": "45", "dslash": "12",
             "pdfbutton": "44", "hiddensheet": "36", "docxfootnote": "11",
             "brcdn": "22", "refchain": "42", "caltrap": "21", "softloop": "53",
             "pdflong": "15", "vuedata": "50", "docxtextbox": "43", "pdfattach": "37",
             "fraglocation": "31", "slowpager": "64", "robotsallow": "46",
             "odsindex": "54", "pdflaunch": "11", "halnext": "12", "icsfeed": "63",
             "cookieless": "14", "sessionpager": "13", "ideodot": "32",
             "sitemaphost": "34",
             "jsonapi": "61", "docxcomment": "52", "txtindex": "41", "xlsxnote": "23",
             "cookiejump": "31", "acceptguard": "65", "protoloc": "46",
             "hashquery": "64",
             "docxfield": "54", "charcodes": "63", "easyuigrid": "12",
             "docxchunk": "11",
             "xsrfcookie": "50", "domaincookie": "53", "originapi": "15", "basicapi": "21",
             "hexescape": "52", "jqload": "14", "pdfobjstm": "34",
             "ofdlink": "13",
             "stackgzip": "65", "poll202": "31", "nocache204": "46", "upperhost": "64",
             "pdfgotor": "12", "svgobject": "63", "revhref": "54",
             "atombase": "11",
             "beaconcookie": "65", "preloadlink": "31", "casgateway": "11",
             "multivalue": "32",
             "xlsxshape": "64", "pdfcrypt": "46", "esmchunk": "63",
             "xssiprefix": "54",
             "semiquery": "12", "status203": "13", "gzipcase": "34", "queryloc": "53",
             "atobwrite": "50", "docxheader": "21", "pptxindex": "14", "jshref": "15",
             "fragkeep": "65", "backloc": "31", "htmlmap": "32", "linkmap": "37",
             "uoflist": "52", "soaplist": "46", "geomap": "64", "xpsindex": "63",
             "uavary": "54", "formcharset": "11", "gbkjson": "12",
             "olesheet": "42", "epubindex": "45", "subdoc": "36", "strictxlsx": "13"}
_PROVINCE_NAME = {
    "11": "北京市", "12": "天津市", "13": "河北省", "14": "山西省", "15": "内蒙古自治区", "21": "辽宁省", "22": "吉林省",
    "23": "黑龙江省", "31": "上海市", "32": "江苏省", "33": "浙江省", "34": "安徽省", "35": "福建省", "36": "江西省",
    "37": "山东省", "41": "河南省", "42": "湖北省", "43": "湖南省", "44": "广东省", "45": "广西壮族自治区", "46": "海南省",
    "50": "重庆市", "51": "四川省", "52": "贵州省", "53": "云南省", "54": "西藏自治区", "61": "陕西省", "62": "甘肃省",
    "63": "青海省", "64": "宁夏回族自治区", "65": "新疆维吾尔自治区"}

# Region codes are GB/T 2260 shaped (province, prefecture, county: 2 digits each; a prefecture-level city ends in
# 00, a county is 21-80 under its prefecture) in prefectures no real division uses (real prefecture codes stop at
# 53, then 90). The first groups keep the prefectures 70-99 of their family's province (committed golden files
# name them); from group _HOME_GROUPS on, each group gets a prefecture of its own, 54-69 taken in every province in
# turn, so codes stay 6 digits and unique up to _MAX_GROUPS groups (3,156 portals with six families: more than
# China's ~2,850 county-level divisions).
_HOME_GROUPS = 30
_SPARE_PREFECTURES = [f"{cc:02d}" for cc in range(54, 70)]
_PROVINCES = sorted(_PROVINCE_NAME)
_MAX_GROUPS = _HOME_GROUPS + len(_SPARE_PREFECTURES) * len(_PROVINCES)

# The first group keeps these names whatever the seed (the committed .doc assets name 枫阜县).
_FIRST_NAMES = {"trs": ("岚川", "lanchuan"), "hanweb": ("溪桐", "xitong"), "gkmlpt": ("鹤屿", "heyu"),
                "jsonly": ("桐岑", "tongcen"), "gbk": ("枫阜", "fengfu"), "city": ("云梁", "yunliang")}
_FIRST_SYLLABLES = [("岚", "lan"), ("溪", "xi"), ("鹤", "he"), ("桐", "tong"), ("枫", "feng"), ("云", "yun"),
                    ("柘", "zhe"), ("棠", "tang"), ("芷", "zhi"), ("澄", "cheng"), ("蘅", "heng"), ("荻", "di"),
                    ("楠", "nan"), ("湄", "mei"), ("沅", "yuan"), ("霁", "ji"), ("洧", "wei"), ("栎", "li")]
_SECOND_SYLLABLES = [("川", "chuan"), ("桐", "tong"), ("屿", "yu"), ("岑", "cen"), ("阜", "fu"), ("梁", "liang"),
                     ("陂", "bei"), ("塘", "tang"), ("原", "yuan"), ("岗", "gang"), ("渚", "zhu"), ("浦", "pu"),
                     ("坪", "ping"), ("峪", "yu"), ("垣", "yuan"), ("湾", "wan")]

DEPARTMENTS = [
    ("教育局", "jyj"), ("财政局", "czj"), ("卫生健康局", "wjj"), ("自然资源局", "zrzyj"),
    ("住房和城乡建设局", "zjj"), ("市场监督管理局", "scjgj"), ("农业农村局", "nyncj"), ("民政局", "mzj"),
    ("人力资源和社会保障局", "rsj"), ("交通运输局", "jtysj"), ("应急管理局", "yjglj"), ("司法局", "sfj"),
]
TOWNSHIPS = [
    ("城关镇", "cgz"), ("南山镇", "nsz"), ("桥头镇", "qtz"), ("石门乡", "smx"), ("白云街道办事处", "byjd"),
    ("东城街道办事处", "dcjd"), ("新华镇", "xhz"), ("龙潭乡", "ltx"), ("青石镇", "qsz"), ("河西街道办事处", "hxjd"),
]


def rng(*keys: object) -> random.Random:
    """A Random seeded by a stable string (str seeds hash with SHA-512, independent of PYTHONHASHSEED)."""
    return random.Random(":".join(str(k) for k in keys))


def stable_int(*keys: object, digits: int = 8) -> int:
    """A stable pseudo-random integer with exactly `digits` digits (ids in URLs)."""
    h = int(hashlib.sha1(":".join(str(k) for k in keys).encode()).hexdigest(), 16)
    low = 10 ** (digits - 1)
    return low + h % (9 * low)


def stable_ids(salt: str, keys: list[str], digits: int) -> dict[str, int]:
    """stable_int(salt, key) per key, an id another key already took moved on to the next free one (short ids of
    one portal's units can meet, and two pages at one address are refused)."""
    ids: dict[str, int] = {}
    low = 10 ** (digits - 1)
    for key in keys:
        n = stable_int(salt, key, digits=digits)
        while n in ids.values():
            n = low + (n + 1 - low) % (9 * low)
        ids[key] = n
    return ids


def stable_hex(*keys: object, length: int = 32) -> str:
    return hashlib.sha1(":".join(str(k) for k in keys).encode()).hexdigest()[:length].ljust(length, "0")


@dataclass
class Unit:
    """One reporting body (机关) of a county."""
    key: str            # "gov", "office", "dept:jyj", "town:cgz", "zone"
    name: str           # full agency name, e.g. 岚川县教育局
    short: str          # how titles name it, e.g. 岚川县 for the county government
    kind: str           # gov | office | department | township | zone
    slug: str
    code: str           # unit code (统一社会信用代码-like, 18 chars)
    level: str          # report level: county | department | township | zone | city


@dataclass
class County:
    index: int          # portal index (0-based)
    group: int
    family: str
    name: str           # 岚川县 / 云梁市
    pinyin: str
    region_code: str
    province: str
    level: str          # county | city
    units: list[Unit] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.pinyin

    @property
    def host(self) -> str:
        return f"www.{self.pinyin}.gov.cn"

    @property
    def homepage(self) -> str:
        return f"http://{self.host}/"

    @property
    def gov_name(self) -> str:
        return f"{self.name}人民政府"

    @property
    def site_id_code(self) -> str:
        return f"{self.region_code}0001"


def _unit_code(region_code: str, slug: str) -> str:
    digits = str(stable_int("unit-code", region_code, slug, digits=9))
    check = "0123456789ABCDEFGHJKLMNPQRTUWXY"[stable_int("check", region_code, slug) % 31]
    return f"11{region_code}{digits}{check}"[:18]


def _name_stems() -> Iterator[tuple[str, str]]:
    """Name stems in a fixed order: two-syllable names first (shuffled), then three-syllable ones (as 乌鲁木齐 or
    石河子 have three or more) once the two-syllable ones run out, so a larger sandbox never renames a smaller one's
    portals."""
    two = [(a + b, pa + pb) for a, pa in _FIRST_SYLLABLES for b, pb in _SECOND_SYLLABLES if a != b]
    two = [p for p in two if p not in _FIRST_NAMES.values()]
    rng("county-names").shuffle(two)
    yield from reversed(two)
    three = [(a + b + c, pa + pb + pc) for a, pa in _FIRST_SYLLABLES for b, pb in _SECOND_SYLLABLES
             for c, pc in _SECOND_SYLLABLES if len({a, b, c}) == 3]
    rng("county-names-3").shuffle(three)
    yield from three


def county_names(count: int, families: tuple[str, ...] = DEFAULT_FAMILIES) -> list[tuple[str, str, str, int]]:
    """(family, name stem, pinyin, group) for `count` portals: `families` cycle, names (and hosts) never repeat (a
    family without a fixed first name takes the next name stem in group 0 too)."""
    if count > _MAX_GROUPS * len(families):
        raise ValueError(f"build_sandbox: at most {_MAX_GROUPS * len(families):,} portals have distinct region codes; "
                         f"asked for {count:,}")
    stems = _name_stems()
    used_pinyin = {p for _, p in _FIRST_NAMES.values()}
    out = []
    for i in range(count):
        family, group = families[i % len(families)], i // len(families)
        if group >= _HOME_GROUPS and family in FAMILIES and _lap(family) >= 1:
            raise ValueError(f"build_sandbox: family {family!r} (the {FAMILIES.index(family) + 1}th) shares its county "
                             f"number with an earlier family and has distinct region codes only in the first "
                             f"{_HOME_GROUPS} groups: ask for at most {_HOME_GROUPS * len(families):,} portals, or "
                             "leave it out of `families`")
        if group == 0 and family in _FIRST_NAMES:
            stem, pinyin = _FIRST_NAMES[family]
        else:
            stem, pinyin = next((s, p) for s, p in stems if p not in used_pinyin)
        used_pinyin.add(pinyin)
        out.append((family, stem, pinyin, group))
    return out


def _prefecture(family: str, group: int) -> tuple[str, str]:
    """(province code, prefecture code) of a portal's region code; see _SPARE_PREFECTURES."""
    if group < _HOME_GROUPS:
        return _PROVINCE[family], f"{90 + group if group < 10 else 60 + group:02d}"
    slot = group - _HOME_GROUPS
    return _PROVINCES[slot % len(_PROVINCES)], _SPARE_PREFECTURES[slot // len(_PROVINCES)]


# The two digits of a county number give 99 of them (21-99, then 01-20); family index // _COUNTY_NUMBERS is its
# "lap". A family of lap >= 1 reuses the county number of lap 0's family at index % _COUNTY_NUMBERS, told apart by
# its province prefix (checked below), and only in the home groups, where the province is the family's own (the
# spare prefectures go to provinces in turn, whatever the family, so there two laps would share a code).
_COUNTY_NUMBERS = 99


def _lap(family: str) -> int:
    return FAMILIES.index(family) // _COUNTY_NUMBERS


def _county_suffix(family: str) -> str:
    """The last two digits of a county's code: 21-99 by family (the first 79 families, as committed golden files name
    them), then 01-20 (GB/T 2260's district numbers) for the families after them, so a code stays 6 digits; from
    the 100th family on, the numbers repeat in laps (see _COUNTY_NUMBERS)."""
    index = FAMILIES.index(family) % _COUNTY_NUMBERS
    return f"{21 + index:02d}" if index < 79 else f"{index - 78:02d}"


def check_county_numbers(families: tuple[str, ...], province: dict[str, str]) -> None:
    """Refuse a family list where a family of lap >= 1 shares its province with an earlier family of the same county
    number: their home-group codes would be equal."""
    for index in range(_COUNTY_NUMBERS, len(families)):
        family = families[index]
        for earlier in families[index % _COUNTY_NUMBERS:index:_COUNTY_NUMBERS]:
            if province[family] == province[earlier]:
                free = sorted(set(_PROVINCE_NAME) - {province[f] for f in
                                                     families[index % _COUNTY_NUMBERS::_COUNTY_NUMBERS] if f != family})
                raise ValueError(f"sandbox: family {family!r} (index {index}) reuses the county number of {earlier!r} "
                                 f"and both have province {province[family]} in names._PROVINCE, so their region "
                                 f"codes would be equal: give {family!r} another province, one of {', '.join(free)}")


check_county_numbers(FAMILIES, _PROVINCE)


def make_county(index: int, family: str, stem: str, pinyin: str, group: int) -> County:
    province, prefecture = _prefecture(family, group)
    if family == "city":
        code, level, name = f"{province}{prefecture}00", "city", f"{stem}市"
    else:
        code, level, name = f"{province}{prefecture}{_county_suffix(family)}", "county", f"{stem}县"
    return County(index=index, group=group, family=family, name=name, pinyin=pinyin, region_code=code,
                  province=_PROVINCE_NAME[province], level=level)


def make_units(county: County, seed: int, forced_departments: tuple[str, ...] = ()) -> list[Unit]:
    """The reporting bodies of a county: government, its office, 3–5 departments, 2–4 townships, maybe a zone."""
    r = rng(seed, "units", county.pinyin)
    is_city = county.level == "city"
    gov_level = "city" if is_city else "county"
    units = [
        Unit("gov", county.gov_name, county.name, "gov", "zf", _unit_code(county.region_code, "zf"), gov_level),
        Unit("office", f"{county.gov_name}办公室", f"{county.gov_name}办公室", "office", "zfb",
             _unit_code(county.region_code, "zfb"), gov_level),
    ]
    depts = [d for d in DEPARTMENTS if d[1] in forced_departments]
    rest = [d for d in DEPARTMENTS if d[1] not in forced_departments]
    r.shuffle(rest)
    n_depts = 2 if is_city else r.randint(3, 5)
    depts = (depts + rest)[:max(n_depts, len(depts))]
    for dname, slug in depts:
        units.append(Unit(f"dept:{slug}", f"{county.name}{dname}", f"{county.name}{dname}", "department", slug,
                          _unit_code(county.region_code, slug), "department"))
    if not is_city:
        towns = TOWNSHIPS[:]
        r.shuffle(towns)
        for tname, slug in towns[:r.randint(2, 4)]:
            units.append(Unit(f"town:{slug}", f"{county.name}{tname}" if tname.endswith("办事处")
                              else f"{county.name}{tname}人民政府", f"{county.name}{tname.replace('办事处', '')}",
                              "township", slug, _unit_code(county.region_code, slug), "township"))
        if r.random() < 0.5:
            units.append(Unit("zone", f"{county.name}经济开发区管理委员会", f"{county.name}经济开发区管理委员会",
                              "zone", "kfq", _unit_code(county.region_code, "kfq"), "zone"))
    return units
