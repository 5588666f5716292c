"""benchmarks/sandbox_fingerprint.py, the check that a refactoring of the family builders changed no world: the
same family, seed and size give the same fingerprint (the builders are deterministic, across builds in one
process too), and a world that differs in its bytes gives another."""

from __future__ import annotations

from benchmarks.sandbox_fingerprint import world_fingerprint


def test_same_world_same_fingerprint_other_world_other_fingerprint():
    first = world_fingerprint("laypage")
    assert world_fingerprint("laypage") == first
    assert world_fingerprint("laypage", seed=8) != first
    assert world_fingerprint("laypage", portals=1) != first
    assert world_fingerprint("ztree") != first
