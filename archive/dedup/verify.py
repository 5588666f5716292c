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
from rapidfuzz import fuzz

from archive.dedup.config import DedupConfig
from archive.dedup.features import Features, containment, shingle_set


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
    if a.digits != b.digits and not fuzz.ratio(a.digits, b.digits, score_cutoff=config.digit_ratio_cutoff):
        return Verdict(False, 0.0, "digits")
    score = _text_ratio(a, b, config)
    if score:
        return Verdict(True, score, "ratio")
    share = _containment_if_possible(a, b, config)
    if share >= config.containment_cutoff:
        return Verdict(True, round(share, 4), "containment")
    return Verdict(False, round(share, 4), "text")


def _text_ratio(a: Features, b: Features, config: DedupConfig) -> float:
    score = fuzz.ratio(a.normalized, b.normalized, score_cutoff=config.text_ratio_cutoff)
    return round(score / 100.0, 4) if score else 0.0


def _containment_if_possible(a: Features, b: Features, config: DedupConfig) -> float:
    # Containment can only reach the cutoff if the shorter text is not tiny next to the longer one's
    # share it must match; a quick length bound avoids hashing hopeless pairs.
    shorter, longer = sorted((len(a.normalized), len(b.normalized)))
    if shorter == 0 or shorter < 0.3 * longer:
        return 0.0
    return containment(_shingles(a, config.shingle), _shingles(b, config.shingle))


_SHINGLE_CACHE: OrderedDict[tuple[str, int], np.ndarray] = OrderedDict()
_SHINGLE_CACHE_SIZE = 256


def _shingles(features: Features, k: int) -> np.ndarray:
    """shingle_set of a document's normalised text, remembered for the last few texts (by digest): a newcomer
    meets several candidates, and a canonical many newcomers."""
    key = (features.digest, k)
    found = _SHINGLE_CACHE.get(key)
    if found is not None:
        _SHINGLE_CACHE.move_to_end(key)
        return found
    found = _SHINGLE_CACHE[key] = shingle_set(features.normalized, k)
    if len(_SHINGLE_CACHE) > _SHINGLE_CACHE_SIZE:
        _SHINGLE_CACHE.popitem(last=False)
    return found
