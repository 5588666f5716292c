"""Is document A a copy of document B? The verifier behind every merge (and every star re-check).

Text similarity alone cannot tell a republication from the same agency's next-year report or a sister agency's
copy of the template: they differ mostly in numbers, a small share of the characters (measured in
shared/reference/dedup.md §4: hard negatives reach fuzz.ratio 0.959, positives go down to 0.899). So a pair
merges only when all of these hold, cheapest first:

1. metadata: report years agree when both are known; agency names agree when both are known; and the way the
   texts name themselves near the top (`normalize.self_descriptions`, e.g. 桥头镇2024 from "现公布岚川县桥头镇
   2024年政府信息公开工作年度报告") overlaps when both have one;
2. numbers: the digit streams (all digits in order) have fuzz.ratio ≥ `digit_ratio_cutoff` — unless one copy
   has "few digits" (its stream is shorter than `digit_length_ratio` × the other's, or under `min_digits`:
   tables published as images). Such a copy merges only when agency AND year are known and equal on both
   sides, and its text clears `keyed_containment_cutoff`;
3. text: identical normalised text, or rapidfuzz `fuzz.ratio` ≥ `text_ratio_cutoff` (with `score_cutoff`, so
   hopeless pairs exit early; never `partial_ratio`, which is near-cubic on whole documents), or shingle
   containment ≥ `containment_cutoff` (one copy holds the other: a line added, a paragraph dropped).

The predicate is symmetric, which star re-verification relies on.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

import numpy as np
from nianbao.archive.dedup.config import DedupConfig
from nianbao.archive.dedup.features import Features, containment, shingle_set
from rapidfuzz import fuzz


@dataclass(frozen=True)
class Verdict:
    same: bool
    similarity: float      # text similarity 0..1 (fuzz.ratio/100, or containment when ratio fell short)
    reason: str            # "identical", "ratio", "containment", "keyed_containment" or why it failed


def keys_conflict(a: Features, b: Features) -> str | None:
    if a.year is not None and b.year is not None and a.year != b.year:
        return "year_differs"
    if a.agency_key is not None and b.agency_key is not None and a.agency_key != b.agency_key:
        return "agency_differs"
    if a.names and b.names and a.names.isdisjoint(b.names):
        return "names_itself_differently"
    return None


def same_key(a: Features, b: Features) -> bool:
    return (a.agency_key is not None and a.year is not None
            and a.agency_key == b.agency_key and a.year == b.year)


def few_digits(a: Features, b: Features, config: DedupConfig) -> bool:
    la, lb = len(a.digits), len(b.digits)
    return min(la, lb) < config.min_digits or min(la, lb) < config.digit_length_ratio * max(la, lb)


def verify(a: Features, b: Features, config: DedupConfig) -> Verdict:
    conflict = keys_conflict(a, b)
    if conflict:
        return Verdict(False, 0.0, conflict)
    if few_digits(a, b, config):
        if not same_key(a, b):
            return Verdict(False, 0.0, "few_digits_without_key")
        if a.digest == b.digest:
            return Verdict(True, 1.0, "identical")
        score = _text_ratio(a, b, config)
        if score:
            return Verdict(True, score, "ratio")
        share = containment(_shingles(a, config.shingle), _shingles(b, config.shingle))
        if share >= config.keyed_containment_cutoff:
            return Verdict(True, round(share, 4), "keyed_containment")
        return Verdict(False, round(share, 4), "text")
    if a.digest == b.digest:
        return Verdict(True, 1.0, "identical")
    if a.digits != b.digits and not ratio(a.digits, b.digits, config.digit_ratio_cutoff):
        return Verdict(False, 0.0, "digits")
    score = _text_ratio(a, b, config)
    if score:
        return Verdict(True, score, "ratio")
    share = _containment_if_possible(a, b, config)
    if share >= config.containment_cutoff:
        return Verdict(True, round(share, 4), "containment")
    return Verdict(False, round(share, 4), "text")


def ratio(x: str, y: str, score_cutoff: float) -> float:
    """`fuzz.ratio(x, y, score_cutoff=score_cutoff)`, exactly, with a shortcut for the commonest republication:
    when the shorter string occurs whole in the longer (new page chrome around the same text), the longest
    common subsequence is the shorter string, so the Indel ratio is 100 · (1 − (|y| − |x|) / (|x| + |y|)) —
    the same arithmetic as rapidfuzz's (the tests check equality). `in` is a linear scan (~2 µs on a report);
    the full computation of such a pair costs ~70 µs."""
    if len(x) > len(y):
        x, y = y, x
    if x and x in y:
        score = (1.0 - (len(y) - len(x)) / (len(x) + len(y))) * 100
        return score if score >= score_cutoff else 0.0
    if score_cutoff < _NEAR and 200 * len(x) >= _NEAR * (len(x) + len(y)):
        # rapidfuzz computes only the band of the LCS matrix that can still reach score_cutoff: at 99 a pair of
        # reports costs ~5 µs, at 90 ~50 µs. Copies with a few scattered changes (PDF text, typos) pass at 99,
        # and a non-zero result is the exact ratio; lengths that rule out 99 go straight to the real cutoff.
        score = fuzz.ratio(x, y, score_cutoff=_NEAR)
        if score:
            return score
    return fuzz.ratio(x, y, score_cutoff=score_cutoff)


_NEAR = 99.0


def _text_ratio(a: Features, b: Features, config: DedupConfig) -> float:
    # remembered by the pair of digests: when a newcomer becomes canonical, the star check compares the old
    # canonical with it again (a fifth of all text comparisons)
    key = (a.digest, b.digest, config.text_ratio_cutoff) if a.digest < b.digest else \
        (b.digest, a.digest, config.text_ratio_cutoff)
    score = _RATIOS.get(key)
    if score is None:
        score = ratio(a.normalized, b.normalized, config.text_ratio_cutoff)
        score = _RATIOS.put(key, round(score / 100.0, 4) if score else 0.0)
    return score


def _containment_if_possible(a: Features, b: Features, config: DedupConfig) -> float:
    # Containment can only reach the cutoff if the shorter text is not tiny next to the longer one's
    # share it must match; a quick length bound avoids hashing hopeless pairs.
    shorter, longer = sorted((len(a.normalized), len(b.normalized)))
    if shorter == 0 or shorter < 0.3 * longer:
        return 0.0
    return containment(_shingles(a, config.shingle), _shingles(b, config.shingle))


class _Recent:
    """The last `size` results of a pure function of document texts, by key (a small LRU)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.items: OrderedDict = OrderedDict()

    def get(self, key):
        found = self.items.get(key)
        if found is not None:
            self.items.move_to_end(key)
        return found

    def put(self, key, value):
        self.items[key] = value
        if len(self.items) > self.size:
            self.items.popitem(last=False)
        return value


_RATIOS = _Recent(1024)
_SHINGLES = _Recent(256)


def _shingles(features: Features, k: int) -> np.ndarray:
    """shingle_set of a document's normalised text, remembered for the last few texts (by digest): a newcomer
    meets several candidates, and a canonical many newcomers."""
    key = (features.digest, k)
    found = _SHINGLES.get(key)
    if found is None:
        found = _SHINGLES.put(key, shingle_set(features.normalized, k))
    return found
