"""Sections 一 … 六 of a report, by fuzzy heading match.

Headings vary in the wild (五、存在的主要问题及改进情况 / 五、存在问题和改进措施 / 五、政府信息公开工作存在的主要问题及
改进情况; 四、因政府信息公开工作被申请行政复议和提起行政诉讼情况), are numbered 一、 or 1. or not at all, and may
have been turned into list items by an editor. A heading is a short line whose wording matches its section;
a Chinese numeral, when present, must be the section's own; sections come in order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nianbao.parse.han import HAN

SECTION_WORDS = {
    1: re.compile(r"总体情况|总体概况|概述|基本情况|工作概况"),
    2: re.compile(r"主动公开政府信息|政府信息主动公开|主动公开情况"),
    3: re.compile(r"收到和处理政府信息公开申请|收到和处理.{0,6}申请|处理政府信息公开申请|依申请公开政府信息"),
    4: re.compile(r"行政复议.{0,8}行政诉讼|复议.{0,6}诉讼"),
    5: re.compile(r"存在.{0,8}问题.{0,10}(?:改进|措施|整改|方向|打算)|问题.{0,4}(?:及|和|与).{0,6}(?:改进|措施)"),
    6: re.compile(r"其[他它]需要?报告|其[他它]需要说明|其[他它]事项"),
}
_ANY_SECTION_WORD = re.compile("|".join(f"(?:{p.pattern})" for p in SECTION_WORDS.values()))
_NUMERALS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6}
_PREFIX = re.compile(r"^(?:第(?P<part>[一二三四五六])部分[、.．:：\s]*|(?P<cn>[一二三四五六])\s*[、.．:：]\s*|"
                     r"(?P<num>\d{1,2})\s*[、.．]\s*|(?P<paren>[(（][一二三四五六\d][)）]))?")
MAX_HEADING_CHARS = 36
# Section 2 on its own words needs the numeral: "主动公开情况" is also a common sub-heading inside section 一.
_NEEDS_NUMERAL = {2: re.compile(r"^主动公开情况")}


@dataclass(frozen=True)
class Heading:
    section: int
    line: int
    text: str


def heading_section(line: str, strict: bool = True) -> int | None:
    """The section a line is the heading of, or None. Sub-headings like （一）主动公开情况 are not headings.
    `strict=False` lets a heading's numeral differ from its section's: the pre-2019 free-form reports number
    their parts their own way (四、政府信息公开的收费及减免情况, 五、因政府信息公开申请行政复议…)."""
    text = line.strip().strip("*#").strip()
    if not text or len(text) > MAX_HEADING_CHARS + 8 or not _ANY_SECTION_WORD.search(text):
        return None
    match = _PREFIX.match(text)
    if match and match.group("paren"):
        return None
    numeral = None
    if match and (match.group("cn") or match.group("part")):
        numeral = _NUMERALS[match.group("cn") or match.group("part")]
    rest = text[match.end():] if match else text
    rest = rest.rstrip("。.:：;；")
    if len(rest) > MAX_HEADING_CHARS or len(rest) < 2:
        return None
    if "，" in rest or "," in rest or "。" in rest:
        return None
    for section, pattern in SECTION_WORDS.items():
        if pattern.search(rest):
            if strict and numeral is not None and numeral != section:
                continue
            needs = _NEEDS_NUMERAL.get(section)
            if needs is not None and needs.search(rest) and numeral is None:
                continue
            return section
    return None


def find_headings(lines: list[str], strict: bool = True) -> list[Heading]:
    headings: list[Heading] = []
    last = 0
    for i, line in enumerate(lines):
        section = heading_section(line, strict)
        if section is not None and section > last:
            headings.append(Heading(section, i, line.strip()))
            last = section
    return headings


def split_sections(text: str, strict: bool = True) -> tuple[dict[str, str], list[Heading]]:
    """{"1": text, …, "6": text} (only the sections found) and the headings, for the table regions.
    `strict=False` for pre-2019 reports: sections read by their wording wherever they are numbered."""
    lines = text.split("\n")
    headings = find_headings(lines, strict)
    sections: dict[str, str] = {}
    for n, heading in enumerate(headings):
        end = headings[n + 1].line if n + 1 < len(headings) else _signature_start(lines)
        sections[str(heading.section)] = "\n".join(lines[heading.line + 1:end]).strip()
    return sections, headings


_DATE_LINE = re.compile(r"^\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$")
_SIGNER = re.compile(rf"^[{HAN}（）()]{{2,30}}(?:人民政府|办公室|局|委员会|委|办|中心|办事处|管委会|管理委员会|"
                     r"社|院|所|队|站|公司)$")


_SIGNER_AND_DATE = re.compile(_SIGNER.pattern.rstrip("$") + r"\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")


def _signature_start(lines: list[str]) -> int:
    """Where the closing signature (the reporting body, then the date, on lines of their own) begins."""
    end = len(lines)
    while end > 0 and not lines[end - 1].strip():
        end -= 1
    if end > 0 and _DATE_LINE.match(lines[end - 1]):
        end -= 1
        if end > 0 and _SIGNER.match(lines[end - 1].strip()):
            end -= 1
    elif end > 0 and _SIGNER_AND_DATE.match(lines[end - 1].strip()):
        end -= 1
    return end


_TABLE_ANCHOR = re.compile(r"第二十条|信息内容|勾稽|申请人情况|本年新收")


def table_regions(text: str, headings: list[Heading] | None = None) -> list[str]:
    """Chunks of text that hold the flattened tables: from the first table anchor up to section 五 (or 六, or the
    end), cut at the section headings in between so a wrapped cell never runs across a heading."""
    lines = text.split("\n")
    if headings is None:
        headings = find_headings(lines)
    start = next((i for i, line in enumerate(lines) if _TABLE_ANCHOR.search(line)), None)
    if start is None:
        return []
    by_section = {h.section: h.line for h in headings}
    start = min([start] + [by_section[s] + 1 for s in (2,) if s in by_section and by_section[s] < start])
    end = next((by_section[s] for s in (5, 6) if s in by_section and by_section[s] > start), len(lines))
    cuts = sorted(h.line for h in headings if start <= h.line < end)
    chunks, begin = [], start
    for cut in cuts:
        chunks.append("\n".join(lines[begin:cut]))
        begin = cut + 1
    chunks.append("\n".join(lines[begin:end]))
    return [c for c in chunks if c.strip()]
