"""Traditional → Simplified folding: mirrors (繁體 gateways, Hong Kong/Taiwan-facing copies, old 繁简转换 plug-ins)
re-serve reports and their titles in traditional characters, while every label the parser and the crawler's
classifier look for (年度报告, 信息公开, 总体情况 …) is Simplified.

One definition for both: the parser folds a page's text (`parse.report`), the crawler folds the titles and text it
classifies (`crawler.discovery.classify`). A cheap character test comes first: most pages hold no traditional
character and are returned unchanged, without OpenCC's dictionaries being loaded.
"""

from __future__ import annotations

import functools
import re

# Traditional-only forms of characters every report and report title uses (报 of 年度报告, 开 of 公开, 县, 会, 关 …)
# and their Simplified forms, pair by pair: the gate, not the conversion (OpenCC converts every character).
TRADITIONAL_MARKERS = frozenset("報開處與資條縣會關辦數結請復訴發於這區總機構經濟")
SIMPLIFIED_FORMS = frozenset("报开处与资条县会关办数结请复诉发于这区总机构经济")
_MARKER = re.compile("[" + "".join(sorted(TRADITIONAL_MARKERS)) + "]")


# Variant forms a Traditional mirror prints for a character that OpenCC's t2s leaves alone, being a character of its
# own in its tables: 陜 (U+965C) for 陝 in 陜西省教育廳 (a province's name the mirror's converter wrote with the
# variant). Each maps to the Simplified form of the character it stands for.
VARIANT_FORMS = str.maketrans({"陜": "陕"})


@functools.lru_cache(maxsize=1)
def t2s():
    """OpenCC's phrase-aware Traditional → Simplified conversion, then the variants it leaves (`VARIANT_FORMS`),
    built once: building it loads the dictionaries (~4 ms, thirty times the conversion of a whole report)."""
    from opencc import OpenCC

    convert = OpenCC("t2s").convert
    return lambda text: convert(text).translate(VARIANT_FORMS)


def has_traditional(text: str) -> bool:
    """Holds one of the marker characters (a regex bitmap scan: cheap on a whole page)."""
    return bool(text) and _MARKER.search(text) is not None


def fold_traditional(text: str) -> str:
    """`text` in Simplified characters when it holds a traditional marker; otherwise `text` itself."""
    return t2s()(text) if has_traditional(text) else text


def marker_counts(text: str) -> tuple[int, int]:
    """(traditional markers, their Simplified forms) in `text`: whether a whole page is written in Traditional."""
    return sum(text.count(ch) for ch in TRADITIONAL_MARKERS), sum(text.count(ch) for ch in SIMPLIFIED_FORMS)
