"""A labelled corpus for testing and benchmarking the deduper, made from real report texts (deterministic).

`derive_report(base, agency, year, rng)` turns one real report into another agency's or another year's report
written from the same template: the title, place name and years change and every number is redrawn (a zero
mostly stays zero, as in real tables). `REPUBLICATIONS` are the ways a copy of one report differs from another
copy: new page chrome, punctuation and whitespace changes, flattened tables, a line added or a paragraph
dropped, PDF-extracted text (hard wraps, page numbers, radical and Kangxi look-alike glyphs), typos; and the
copy whose tables were images (`no_tables`), which only metadata can merge.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Callable

_PLACE = re.compile(r"([\u4e00-\u9fff]{2}[县区市])")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_YEAR = re.compile(r"(?<!\d)(19|20)(\d\d)(?=年)")

# Glyphs PDF text layers produce for common characters (Kangxi radicals, CJK Radicals Supplement).
LOOKALIKES = {"一": "⼀", "人": "⼈", "大": "⼤", "工": "⼯", "日": "⽇", "门": "⻔", "民": "⺠", "长": "⻓",
              "行": "⾏", "面": "⾯", "见": "⻅", "车": "⻋", "风": "⻛", "金": "⾦", "言": "⾔", "马": "⻢"}

CHROME_HEADERS = [
    "首页 > 政务公开 > 政府信息公开年报\n发布时间：{date} 来源：{site} 浏览次数：{n} 字号：[大 中 小]\n",
    "当前位置：首页 » 信息公开 » 年度报告\n【打印】【关闭】 分享到：微信 微博\n发布日期 {date}\n",
    "您现在的位置: 网站首页>>政府信息公开>>年报\n索引号：{site}-{n}/{date}\n",
]
CHROME_FOOTERS = [
    "\n主办单位：{site}人民政府办公室 承办：信息中心 网站标识码{n} ICP备{n}号-1\n",
    "\n版权所有 {site} 技术支持：某某网络科技有限公司 联系电话：0{n}\n【返回顶部】",
    "\n扫一扫在手机打开当前页 相关链接 国务院 省政府 市政府 {date}\n",
]
ADDED_LINES = ["（此件公开发布）", "附件：政府信息公开工作年度报告统计表", "本报告电子版可在门户网站下载。",
               "特此报告。", "（联系电话：0932-1234567）"]


def place_of(text: str) -> str | None:
    counts = Counter(_PLACE.findall(text[:3000]))
    return counts.most_common(1)[0][0] if counts else None


def base_year(text: str) -> int | None:
    years = Counter(int(a + b) for a, b in _YEAR.findall(text[:3000]))
    return years.most_common(1)[0][0] if years else None


def derive_report(base: str, agency: str, year: int, rng: random.Random, *, renumber: float = 1.0) -> str:
    """Another report from `base`'s template: `agency`, `year`, numbers redrawn with probability `renumber`."""
    old_year = base_year(base)
    old_place = place_of(base)
    text = base
    if old_place:
        text = text.replace(old_place, agency[: len(old_place)] if len(agency) >= 3 else agency)

    def number(match: re.Match) -> str:
        token = match.group(0)
        value = int(float(token)) if token.replace(".", "", 1).isdigit() else 0
        if old_year and value in (old_year, old_year - 1, old_year + 1):
            return str(year + (value - old_year))
        if rng.random() >= renumber:
            return token
        if value == 0:
            return "0" if rng.random() < 0.85 else str(rng.randint(1, 9))
        digits = len(str(value))
        new = str(rng.randint(10 ** (digits - 1), 10 ** digits - 1))
        if "." in token:
            new += "." + "".join(str(rng.randint(0, 9)) for _ in token.split(".")[1])
        return new

    text = _NUMBER.sub(number, text)
    return f"{agency}{year}年政府信息公开工作年度报告\n{text}"


def mix_prose(text: str, pool: list[str], rng: random.Random, share: float) -> str:
    """Replace `share` of the prose lines (lines without tabs) with lines from `pool`: another report's wording."""
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if len(line) > 30 and "\t" not in line and rng.random() < share:
            lines[index] = rng.choice(pool)
    return "\n".join(lines)


def prose_lines(texts: list[str]) -> list[str]:
    return [line for t in texts for line in t.split("\n") if len(line) > 30 and "\t" not in line]


# ---- republication variants (each: text, rng -> text)

def chrome(text: str, rng: random.Random) -> str:
    fill = dict(date=f"20{rng.randint(19, 25)}-0{rng.randint(1, 9)}-{rng.randint(10, 28)}",
                site=rng.choice(["某某县", "市政府", "省政务公开平台", "区政府"]), n=rng.randint(1000, 99999))
    return rng.choice(CHROME_HEADERS).format(**fill) + text + rng.choice(CHROME_FOOTERS).format(**fill)


def punctuation(text: str, rng: random.Random) -> str:
    swaps = {"，": ",", "：": ":", "（": "(", "）": ")", "；": ";", "。": ".", ",": "，", "(": "（", ")": "）"}
    return "".join(swaps.get(c, c) if rng.random() < 0.9 else c for c in text)


def whitespace(text: str, rng: random.Random) -> str:
    out = []
    for line in text.split("\n"):
        if len(line) < 12 and rng.random() < 0.5:
            line = " ".join(line)
        out.append("\u3000\u3000" + line if rng.random() < 0.5 else line)
        if rng.random() < 0.2:
            out.append("")
    return "\n".join(out)


def flatten_tables(text: str, rng: random.Random) -> str:
    sep = rng.choice([" ", "  ", " | ", "\n"])
    return text.replace("\t", sep)


def add_line(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    lines.insert(rng.randint(1, max(1, len(lines) - 1)), rng.choice(ADDED_LINES))
    return "\n".join(lines)


def drop_line(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    candidates = [i for i, line in enumerate(lines) if 20 < len(line) < 120 and "\t" not in line]
    if candidates:
        del lines[rng.choice(candidates)]
    return "\n".join(lines)


def pdf_like(text: str, rng: random.Random) -> str:
    width = rng.randint(32, 42)
    flat = "".join(LOOKALIKES[c] if c in LOOKALIKES and rng.random() < 0.5 else c for c in text.replace("\t", " "))
    lines, page = [], 1
    for paragraph in flat.split("\n"):
        for start in range(0, len(paragraph), width):
            lines.append(paragraph[start:start + width])
            if len(lines) % 40 == 0:
                lines.append(f"— {page} —")
                page += 1
    return "\n".join(lines)


def typos(text: str, rng: random.Random) -> str:
    """One wrong character in 500, drawn from the text's own characters (a plausible slip, not a rare glyph)."""
    chars = list(text)
    cjk = [i for i, c in enumerate(chars) if "\u4e00" <= c <= "\u9fff"]
    for _ in range(max(1, len(chars) // 500)):
        if cjk:
            chars[rng.choice(cjk)] = chars[rng.choice(cjk)]
    return "".join(chars)


def no_tables(text: str, rng: random.Random) -> str:
    """The copy whose tables were images: sections 二 to 四 keep their headings and lose their tables (every line
    between the heading starting "二、" and the one starting "五、"; table-like lines elsewhere go too)."""
    out, in_tables = [], False
    for line in text.split("\n"):
        head = line.lstrip()
        if head.startswith(("二、", "三、", "四、")):
            in_tables = True
            out.append(line)
            continue
        if head.startswith(("五、", "六、")):
            in_tables = False
        if in_tables or "\t" in line or "|" in line or _mostly_digits(line):
            continue
        out.append(line)
    return "\n".join(out)


def _mostly_digits(line: str) -> bool:
    digits = sum(c.isdigit() for c in line)
    return digits > 0 and digits >= len(line.strip()) * 0.4


def combine(*steps: Callable[[str, random.Random], str]) -> Callable[[str, random.Random], str]:
    def apply(text: str, rng: random.Random) -> str:
        for step in steps:
            text = step(text, rng)
        return text
    apply.__name__ = "+".join(s.__name__ for s in steps)
    return apply


REPUBLICATIONS: dict[str, Callable[[str, random.Random], str]] = {
    "chrome": chrome,
    "punct": punctuation,
    "ws": whitespace,
    "table": flatten_tables,
    "pdf": pdf_like,
    "chrome+punct+ws": combine(chrome, punctuation, whitespace),
    "addline+table": combine(add_line, flatten_tables),
    "dropline+chrome": combine(drop_line, chrome),
    "typo+pdf": combine(typos, pdf_like),
}
NO_TABLES = combine(no_tables, chrome)
