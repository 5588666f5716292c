"""nianbao.crawler.runtime.tune_gc: the collector settings of the crawl and worker processes."""

from __future__ import annotations

import gc

from nianbao.crawler import limits
from nianbao.crawler.runtime import tune_gc


def test_tune_gc_raises_the_young_threshold_and_freezes_start_up_objects() -> None:
    before, frozen_before = gc.get_threshold(), gc.get_freeze_count()
    try:
        tune_gc()
        assert gc.get_threshold() == (limits.GC_YOUNG_GENERATION_OBJECTS, *before[1:])
        assert gc.get_freeze_count() > frozen_before
        cycle: list = []
        cycle.append(cycle)
        del cycle
        assert gc.collect() >= 1          # cyclic garbage is still collected
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)
