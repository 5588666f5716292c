"""The verifier's shortcuts give exactly what rapidfuzz gives."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st
from nianbao.archive.dedup.normalize import normalize_text
from nianbao.archive.dedup.verify import ratio
from rapidfuzz import fuzz

from tests import synthetic_reports as syn

CUTOFFS = (0, 80, 85, 89.5, 90, 95, 99, 99.5, 100)


@given(st.text(alphabet="报告年度政府0123456789ab", max_size=60), st.text(alphabet="报告年度0123ab", max_size=30),
       st.text(alphabet="报告年度0123ab", max_size=30), st.sampled_from(CUTOFFS))
@settings(max_examples=400, deadline=None)
def test_ratio_equals_rapidfuzz(middle: str, head: str, tail: str, cutoff: float) -> None:
    # substring pairs (the shortcut), near-identical pairs (the 99 pass first) and unrelated pairs
    for x, y in ((middle, head + middle + tail), (head + middle + tail, middle), (middle, middle[::-1] + tail),
                 (head + middle, middle + tail), (middle, middle.replace("0", "1", 1))):
        assert ratio(x, y, cutoff) == fuzz.ratio(x, y, score_cutoff=cutoff), (x, y, cutoff)


def test_ratio_equals_rapidfuzz_on_republications(samples) -> None:
    rng = random.Random(2)
    texts = [normalize_text(t) for t in samples.values()]
    for text in texts:
        for variant in syn.REPUBLICATIONS.values():
            copy = normalize_text(variant(text, rng))
            for cutoff in (85, 90, 99):
                assert ratio(text, copy, cutoff) == fuzz.ratio(text, copy, score_cutoff=cutoff)
                assert ratio(copy, text, cutoff) == fuzz.ratio(copy, text, score_cutoff=cutoff)
    for a, b in zip(texts, texts[1:], strict=False):
        assert ratio(a, b, 90) == fuzz.ratio(a, b, score_cutoff=90)
