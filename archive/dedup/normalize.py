"""Text for comparison: what two copies of one report still share after re-publication.

`normalize_text(text)` applies, in order:

1. NFKC (skipped when the text is already NFKC): full-width ASCII → ASCII, U+3000 → space, and the Kangxi
   radicals U+2F00–U+2FD5 (⼀⼈⼤⼯⽇, common in PDF text layers) → the unified ideographs.
2. The CJK Radicals Supplement (U+2E80–U+2EFF), which NFKC leaves alone except for ⺟ and ⻳: each glyph is
   mapped to its Unicode `Equivalent_Unified_Ideograph` (table below), then to its simplified form.
3. URLs, e-mail addresses and host names are removed (a republication carries other portals' addresses).
4. Traditional → Simplified with OpenCC (the `opencc` package, phrase-aware t2s) — but only when the text holds
   a Traditional-only character, found by a fast regex search for the Traditional-only characters of OpenCC's
   own TSCharacters table (a copy beside this module, see OPENCC_NOTICE.txt). The gate keeps Simplified text
   exactly as written: t2s would also rewrite characters that are valid Simplified (乾 → 干). Measured on the
   five sample reports: normalize_text takes ~0.07 ms on a Simplified report, ~0.5 ms on the same report in
   Traditional (OpenCC's t2s alone ~0.14 ms; it was ~6 ms with the pure-Python port used before).
5. Everything but letters and numbers (Unicode L* and N*) is dropped: whitespace, punctuation, symbols, table
   pipes and tabs, so PDF wraps, flattened tables and full-/half-width punctuation stop mattering. Digits are
   kept: the numbers are what tell a republication from next year's report (see docs: reference/dedup.md).
6. ASCII letters are lower-cased.

`digit_stream(normalized)` is every digit of the normalised text, in order.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from pathlib import Path

import numpy as np

# Equivalent_Unified_Ideograph of the CJK Radicals Supplement, from the Unicode Character Database file
# EquivalentUnifiedIdeograph.txt (U+2E81..U+2EF3; U+2E80 has no equivalent, U+2E9A is unassigned). Written as
# "radical ideograph" pairs. The test suite cross-checks the entries whose Unicode names allow it against the
# Kangxi radicals (e.g. CJK RADICAL C-SIMPLIFIED GATE ⻔ ↔ KANGXI RADICAL GATE ⾨ → 門 → 门).
_RADICAL_SUPPLEMENT_PAIRS = (
    "⺁厂 ⺂乛 ⺃乚 ⺄乙 ⺅亻 ⺆冂 ⺇𠘨 ⺈刀 ⺉刂 ⺊卜 ⺋㔾 ⺌小 ⺍小 ⺎兀 ⺏尣 ⺐尢 ⺑𡯂 ⺒巳 ⺓幺 ⺔彑 ⺕𫜹 ⺖忄 ⺗心 ⺘扌 ⺙攵 ⺛旡 "
    "⺜日 ⺝月 ⺞歺 ⺟母 ⺠民 ⺡氵 ⺢氺 ⺣灬 ⺤爫 ⺥爫 ⺦丬 ⺧牛 ⺨犭 ⺩王 ⺪𤴔 ⺫目 ⺬示 ⺭礻 ⺮𥫗 ⺯糹 ⺰纟 ⺱罓 ⺲罒 ⺳㓁 ⺴冗 ⺵𦉫 "
    "⺶羊 ⺷𦍌 ⺸𦍋 ⺹耂 ⺺肀 ⺻聿 ⺼肉 ⺽𦥑 ⺾艹 ⺿艹 ⻀艹 ⻁虎 ⻂衤 ⻃覀 ⻄西 ⻅见 ⻆角 ⻇𧢲 ⻈讠 ⻉贝 ⻊𧾷 ⻋车 ⻌辶 ⻍辶 ⻎辶 "
    "⻏邑 ⻐钅 ⻑長 ⻒镸 ⻓长 ⻔门 ⻕𨸏 ⻖阝 ⻗雨 ⻘青 ⻙韦 ⻚页 ⻛风 ⻜飞 ⻝食 ⻞𩙿 ⻟飠 ⻠饣 ⻡𩠐 ⻢马 ⻣骨 ⻤鬼 ⻥鱼 ⻦鸟 "
    "⻧卤 ⻨麦 ⻩黄 ⻪黾 ⻫斉 ⻬齐 ⻭歯 ⻮齿 ⻯竜 ⻰龙 ⻱龜 ⻲亀 ⻳龟"
)

RADICAL_SUPPLEMENT: dict[str, str] = dict(pair for pair in (tuple(p) for p in _RADICAL_SUPPLEMENT_PAIRS.split())
                                          if len(pair) == 2)

# One pattern, anchored on an ASCII word boundary (\b in ASCII mode fails at once between two ideographs, which
# keeps the scan of a Chinese text fast): scheme URLs, e-mail addresses, bare host names (www.xx.gov.cn/a.html).
_URL = re.compile(
    r"\b(?:(?:https?|ftp)://[^\s\"'<>\x80-\U0010ffff]+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:cn|com|net|org|gov|edu|info)\b(?::\d+)?(?:/[\x21-\x7e]*)?)",
    re.IGNORECASE | re.ASCII)
# Python's \W is "not alphanumeric and not underscore"; str.isalnum() is exactly Unicode L* and N* (Lm, Lt,
# Lu, Ll, Lo, Nd, Nl, No), so deleting [\W_] keeps L* and N* — in C, ~20x faster than a per-character loop.
# Every match of _URL contains one of these (the scheme's "://", the "@", or the dot before the TLD): a text
# without any skips the full pattern, which costs ~50 µs on a report against ~7 µs for this search.
_URL_HINT = re.compile(r"://|@|\.(?:cn|com|net|org|gov|edu|info)\b", re.IGNORECASE | re.ASCII)
_NOT_LETTER_OR_NUMBER = re.compile(r"[\W_]+")
_NOT_DIGIT = re.compile(r"\D+")
_RADICALS = re.compile("[\u2e80-\u2eff]")


# OpenCC's character tables in their text form (the `opencc` package ships them compiled only): copied from
# OpenCC (Apache-2.0) beside this module; provenance and licence in OPENCC_NOTICE.txt.
_OPENCC_TABLES = Path(__file__).parent


def _opencc_dictionary(name: str) -> dict[str, list[str]]:
    table: dict[str, list[str]] = {}
    with open(_OPENCC_TABLES / name, encoding="utf-8") as fh:
        for line in fh:
            key, _, values = line.rstrip("\n").partition("\t")
            if key:
                table[key] = values.split()
    return table


class _TraditionalDetector:
    """Finds a Traditional-only character fast. Python's `re` turns a class of BMP characters into a bitmap
    (~0.03 ms per report) but scans a class with astral characters linearly (~4 ms), so the few astral ones
    get their own set, searched only when the text holds an astral character at all."""

    def __init__(self, characters: list[str]):
        self.bmp_characters = [c for c in characters if ord(c) < 0x10000]
        self._bmp = re.compile("[" + "".join(re.escape(c) for c in self.bmp_characters) + "]")
        self._astral = frozenset(c for c in characters if ord(c) >= 0x10000)

    def search(self, text: str) -> bool:
        if self._bmp.search(text):
            return True
        return bool(self._astral) and max(text, default="\0") > "\uffff" and not self._astral.isdisjoint(text)


@functools.lru_cache(maxsize=1)
def _traditional_tables() -> tuple[_TraditionalDetector, dict[int, str]]:
    """(detector of Traditional-only characters, one-character t2s map) from OpenCC's TSCharacters/STCharacters.

    A character counts as Traditional-only when OpenCC converts it to something else and it is not itself a
    Simplified character (not a key of STCharacters, nor a conversion result): 乾 or 著 stay out, 們 and 門 in.
    """
    ts = _opencc_dictionary("TSCharacters.txt")
    st = _opencc_dictionary("STCharacters.txt")
    simplified = set(st) | {v for values in ts.values() for v in values}
    traditional_only = sorted(k for k, v in ts.items() if len(k) == 1 and v and v[0] != k and k not in simplified)
    char_map = {ord(k): v[0] for k, v in ts.items() if len(k) == 1 and v and len(v[0]) == 1}
    return _TraditionalDetector(traditional_only), char_map


@functools.lru_cache(maxsize=1)
def _opencc_t2s():
    import opencc

    return opencc.OpenCC("t2s")


@functools.lru_cache(maxsize=1)
def radical_table() -> dict[int, str]:
    """The str.translate table for the CJK Radicals Supplement, targets already in Simplified form."""
    _, t2s_char = _traditional_tables()
    table = {}
    for radical, ideograph in RADICAL_SUPPLEMENT.items():
        table[ord(radical)] = t2s_char.get(ord(ideograph), ideograph) if len(ideograph) == 1 else ideograph
    return table


def has_traditional(text: str) -> bool:
    detector, _ = _traditional_tables()
    return detector.search(text)


def to_simplified(text: str) -> str:
    """OpenCC t2s (phrase-aware) when the text holds Traditional-only characters; otherwise unchanged."""
    if not has_traditional(text):
        return text
    return _opencc_t2s().convert(text)


def fold_glyphs(text: str) -> str:
    """Steps 1–2: NFKC, then the radicals NFKC misses."""
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    if _RADICALS.search(text):
        # a regex callback on the few radicals: str.translate with a dict pays a LookupError per unmapped
        # character (measured 3.4 ms on a 2,700-character report)
        table = radical_table()
        text = _RADICALS.sub(lambda m: table.get(ord(m.group()), m.group()), text)
    return text


def remove_urls(text: str) -> str:
    if not _URL_HINT.search(text):
        return text
    return _URL.sub(" ", text)


def normalize_text(text: str, max_chars: int | None = None) -> str:
    """The comparison text of a document (module docstring). `max_chars` caps the input first."""
    return normalize_with_codes(text, max_chars)[0]


def normalize_with_codes(text: str, max_chars: int | None = None) -> tuple[str, np.ndarray]:
    """`normalize_text` and the code points of its result (uint32), which the shingler hashes.

    Fast path (why: the regex/NFKC route costs ~0.7 ms per report, this one ~0.05 ms): after URL removal the
    text becomes a numpy array of code points, and one lookup table over the BMP (`_fold_table`) gives each
    character's fate — dropped (no letter or number survives NFKC), kept, or replaced by its single-character
    NFKC form / radical equivalent, lower-cased. Characters for which that per-character view is not exact
    (NFKC to several characters like ㈠ → "(一)", combining marks, Hangul jamo, astral characters) and texts
    with Traditional-only characters take the reference route, `_normalize_reference`, which the tests check
    the fast path against.
    """
    if max_chars is not None and len(text) > max_chars:
        text = text[:max_chars]
    text = remove_urls(text)
    fold, traditional = _fold_table()
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    if codes.size and int(codes.max()) < 0x10000:
        mapped = fold[codes]
        if int(mapped.min()) >= 0:
            kept = mapped[mapped > 0].astype(np.uint32)
            if not traditional[kept[kept < 0x10000]].any():
                return kept.tobytes().decode("utf-32-le"), kept
    elif not codes.size:
        return "", codes
    normalized = _normalize_reference(text)
    return normalized, np.frombuffer(normalized.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def _normalize_reference(text: str) -> str:
    """The definition, step by step (module docstring): NFKC and radicals, t2s, letters/numbers, lower case."""
    return _NOT_LETTER_OR_NUMBER.sub("", to_simplified(fold_glyphs(text))).lower()


_SLOW = -1


@functools.lru_cache(maxsize=1)
def _fold_table() -> tuple[np.ndarray, np.ndarray]:
    """(int32[65536] code point → folded code point, 0 to drop, -1 for the reference route;
    bool[65536] Traditional-only). Built from the running Python's Unicode database (~0.1 s, once)."""
    radicals = radical_table()
    fold = np.zeros(0x10000, dtype=np.int32)
    for cp in range(0x10000):
        fold[cp] = _fold_code(cp, radicals)
    traditional = np.zeros(0x10000, dtype=bool)
    detector, _ = _traditional_tables()
    for char in detector.bmp_characters:
        traditional[ord(char)] = True
    return fold, traditional


def _fold_code(cp: int, radicals: dict[int, str]) -> int:
    if 0xD800 <= cp <= 0xDFFF or 0x1100 <= cp <= 0x11FF or 0x3130 <= cp <= 0x318F or 0xA960 <= cp <= 0xA97F \
            or 0xD7B0 <= cp <= 0xD7FF or cp == 0x03A3:      # surrogates, Hangul jamo, Σ (context-dependent)
        return _SLOW
    char = chr(cp)
    if unicodedata.category(char).startswith("M"):
        return _SLOW                                           # combining marks compose under NFKC
    if cp in radicals:
        return ord(radicals[cp])
    folded = unicodedata.normalize("NFKC", char)
    if not any(c.isalnum() for c in folded):
        return 0
    if len(folded) != 1:
        return _SLOW
    lowered = folded.lower()
    if len(lowered) != 1 or not lowered.isalnum():
        return _SLOW
    return ord(lowered)


def digit_stream(normalized: str, codes: np.ndarray | None = None) -> str:
    """All decimal digits of an already normalised text, in order (NFKC made them ASCII or other Nd).
    `codes`, the text's code points (uint32) when the caller has them, takes a table lookup instead of the regex."""
    if codes is not None and codes.size and int(codes.max()) < 0x10000:
        return codes[_decimal_table()[codes]].tobytes().decode("utf-32-le")
    return _NOT_DIGIT.sub("", normalized)


@functools.lru_cache(maxsize=1)
def _decimal_table() -> np.ndarray:
    """bool[65536]: what `\\d` matches in a str pattern (Unicode Nd, i.e. str.isdecimal)."""
    return np.array([chr(cp).isdecimal() if not 0xD800 <= cp <= 0xDFFF else False for cp in range(0x10000)],
                    dtype=bool)


def normalize_key(value: str | None) -> str | None:
    """An agency name (or other metadata string) in comparable form; None or empty stays None."""
    if not value:
        return None
    key = normalize_text(value)
    return key or None


def text_digest(normalized: str) -> str:
    return hashlib.sha1(normalized.encode("utf-8")).hexdigest()


_TITLE_YEAR = re.compile(r"((?:19|20)\d\d)\s*年(?:度)?[^。\n]{0,40}?政府信息公开[^。\n]{0,12}?年度?报告")


def year_from_title(text: str, head_lines: int = 12, max_title_chars: int = 60) -> int | None:
    """The report year from a title line like `临洮县2019年政府信息公开工作年度报告` near the top of the text.

    Only a short line among the first `head_lines` non-empty ones that *ends* with the report title counts:
    dates in the page chrome (发布时间 2020-02-28) and sentences citing another year's report (现公布…2019年
    政府信息公开工作年度报告。) must not become the report year.
    """
    seen = 0
    for line in text[:4000].split("\n"):
        line = fold_glyphs(line).strip(" \t\u3000")
        if not line:
            continue
        seen += 1
        if seen > head_lines:
            break
        if len(line) <= max_title_chars and line.endswith("报告"):
            match = _TITLE_YEAR.search(line)
            if match:
                return int(match.group(1))
    return None


_SELF_DESCRIPTION = re.compile(r"((?:19|20)\d\d)年度?政府信息公开(?:工作)?年度?报告")


def self_descriptions(normalized: str, head_chars: int = 1000, context: int = 6) -> frozenset[str]:
    """How a report names itself near its top: for each "YYYY年政府信息公开工作年度报告" in the first
    `head_chars` of the normalised text, the `context` characters before it plus the year — 桥头镇2024 in
    "现公布岚川县桥头镇2024年政府信息公开工作年度报告" or its title line.

    A republication copies the body, so its copies share at least one of these; a sibling unit's or another
    year's report from the same template names another unit or year. The verifier rejects a pair whose sets
    are both non-empty and disjoint — the one check that needs no metadata, which the sandbox showed is needed:
    sibling townships' reports from one template reach fuzz.ratio 96 on the text and 94 on the digit streams.
    """
    head = normalized[:head_chars]
    return frozenset(head[max(0, m.start() - context):m.start()] + m.group(1)
                     for m in _SELF_DESCRIPTION.finditer(head))
