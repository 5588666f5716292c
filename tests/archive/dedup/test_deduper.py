"""Clustering: republications merge, hard negatives never do, no chaining, canonical choice, persistence."""

from __future__ import annotations

import random
import sqlite3

import pytest
from nianbao.archive.dedup import DedupConfig, DedupDoc, Deduper, SqliteStorage, host_tier
from nianbao.archive.dedup.canonical import TIER_COUNTY, TIER_OTHER, TIER_OWN, TIER_PLATFORM

from tests import synthetic_reports as syn


def doc(doc_id: str, text: str, agency=None, year=None, **kw) -> DedupDoc:
    kw.setdefault("url", f"http://example.gov.cn/{doc_id}")
    kw.setdefault("captured_at", "2024-03-01T00:00:00Z")
    return DedupDoc(doc_id, text, agency, year, **kw)


def same_cluster(deduper: Deduper, a: str, b: str) -> bool:
    return deduper.cluster_of(a) == deduper.cluster_of(b)


# ---------------------------------------------------------------- republications merge

@pytest.mark.parametrize("variant", sorted(syn.REPUBLICATIONS))
@pytest.mark.parametrize("with_metadata", [False, True])
def test_republication_variants_merge(samples, variant, with_metadata) -> None:
    rng = random.Random(7)
    deduper = Deduper()
    for name, text in samples.items():
        agency, year = (name.split("-")[0] + "政府", syn.base_year(text)) if with_metadata else (None, None)
        deduper.add(doc(name, text, agency, year))
        deduper.add(doc(name + "#" + variant, syn.REPUBLICATIONS[variant](text, rng), agency, year))
        assert same_cluster(deduper, name, name + "#" + variant), (name, variant, deduper.stats)
    assert len(deduper.clusters()) == len(samples)


def test_copy_with_tables_as_images_merges_only_on_agency_and_year(samples) -> None:
    rng = random.Random(3)
    keyed, unkeyed = Deduper(), Deduper()
    for name, text in samples.items():
        year = syn.base_year(text) or 2020
        copy = syn.NO_TABLES(text, rng)
        keyed.add(doc(name, text, name + "政府", year))
        keyed.add(doc(name + "#img", copy, name + "政府", year))
        unkeyed.add(doc(name, text))
        unkeyed.add(doc(name + "#img", copy))
        assert same_cluster(keyed, name, name + "#img"), name
        assert not same_cluster(unkeyed, name, name + "#img"), name


def test_exact_duplicate_after_normalisation(samples) -> None:
    text = samples["lintao-county-2019"]
    deduper = Deduper()
    deduper.add(doc("a", text))
    assignment = deduper.add(doc("b", text.replace("\t", "  ").replace("，", ",")))
    assert assignment.similarity == 1.0 and assignment.evidence == "identical"


# ---------------------------------------------------------------- hard negatives never merge

def _hard_negative_pairs(samples) -> list[tuple[str, str, str, tuple, tuple]]:
    """(label, text a, text b, (agency a, year a), (agency b, year b)) — different reports, same template."""
    rng = random.Random(11)
    pairs = []
    for name, base in samples.items():
        year = syn.base_year(base) or 2020
        # sibling townships, same year, same template
        a = syn.derive_report(base, "城关镇人民政府", year, rng)
        b = syn.derive_report(base, "洮阳镇人民政府", year, rng)
        pairs.append((f"{name}:sibling", a, b, ("城关镇人民政府", year), ("洮阳镇人民政府", year)))
        # one agency's next-year report reusing its prose
        a = syn.derive_report(base, "临洮县人民政府", year, rng)
        b = syn.derive_report(base, "临洮县人民政府", year + 1, rng)
        pairs.append((f"{name}:next_year", a, b, ("临洮县人民政府", year), ("临洮县人民政府", year + 1)))
        # the county government against its office, same year, half of the numbers shared
        a = syn.derive_report(base, "临洮县人民政府", year, rng)
        b = syn.derive_report(a, "临洮县人民政府办公室", year, rng, renumber=0.5)
        pairs.append((f"{name}:office", a, b, ("临洮县人民政府", year), ("临洮县人民政府办公室", year)))
    # one unit's 2019-template report (2020) against its 2021-template report (2021)
    old = syn.derive_report(samples["lintao-county-2019"], "临洮县人民政府", 2020, rng)
    new = syn.derive_report(samples["xinghe-county-2024"], "临洮县人民政府", 2021, rng)
    pairs.append(("template_2019_vs_2021", old, new, ("临洮县人民政府", 2020), ("临洮县人民政府", 2021)))
    return pairs


@pytest.mark.parametrize("with_metadata", [True, False])
def test_hard_negatives_never_merge(samples, with_metadata) -> None:
    for label, a, b, key_a, key_b in _hard_negative_pairs(samples):
        deduper = Deduper()
        meta_a = key_a if with_metadata else (None, None)
        meta_b = key_b if with_metadata else (None, None)
        deduper.add(doc("a", a, *meta_a))
        # even a republication of b (new chrome) must not pull it into a's cluster
        deduper.add(doc("b", syn.chrome(b, random.Random(1)), *meta_b))
        assert not same_cluster(deduper, "a", "b"), (label, deduper.stats)


def test_office_and_government_same_numbers_split_by_agency(samples) -> None:
    """The same numbers and prose under two agency names: only the metadata can tell them apart."""
    base = samples["lushan-county-2019"]
    a = syn.derive_report(base, "芦山县人民政府", 2019, random.Random(5))
    b = a.replace("芦山县人民政府", "芦山县人民政府办公室", 1)
    deduper = Deduper()
    deduper.add(doc("gov", a, "芦山县人民政府", 2019))
    deduper.add(doc("office", b, "芦山县人民政府办公室", 2019))
    assert not same_cluster(deduper, "gov", "office")


def test_known_year_blocks_even_identical_text(samples) -> None:
    text = samples["lushan-county-2019"]
    deduper = Deduper()
    deduper.add(doc("a", text, "芦山县人民政府", 2019))
    deduper.add(doc("b", text, "芦山县人民政府", 2020))
    assert not same_cluster(deduper, "a", "b")
    assert deduper.stats["dedup/verified"] == 0        # never even compared


# ---------------------------------------------------------------- no chaining, star re-verification

def _edit_block(text: str, start: float, share: float, seed: int) -> str:
    """Replace `share` of the Chinese characters in a block starting at `start` (fraction of the text)."""
    rng = random.Random(seed)
    chars = list(text)
    cjk = [i for i, c in enumerate(chars) if "\u4e00" <= c <= "\u9fff"]
    first = int(len(cjk) * start)
    for i in cjk[first:first + int(len(cjk) * share)]:
        chars[i] = chr(rng.randint(0x4E00, 0x9FA5))
    return "".join(chars)


def test_no_chaining_member_leaves_when_canonical_changes(samples) -> None:
    base = samples["hanbin-district-2020"]
    a = base
    x = _edit_block(base, 0.10, 0.07, seed=1)     # x ≈ a
    b = _edit_block(base, 0.60, 0.07, seed=2)     # b ≈ a, but b ≉ x
    deduper = Deduper()
    deduper.add(doc("a", a, host_tier=TIER_OTHER))
    deduper.add(doc("x", x, host_tier=TIER_OTHER))
    assert same_cluster(deduper, "a", "x")
    deduper.add(doc("b", b, host_tier=TIER_OWN))  # better host: becomes canonical, x is re-checked against it
    cluster = deduper.clusters()
    by_id = {c.cluster_id: c for c in cluster}
    main = by_id[deduper.cluster_of("b")]
    assert main.canonical_id == "b"
    assert {m for m, _ in main.members} == {"a", "b"}
    assert not same_cluster(deduper, "x", "b")
    assert deduper.stats["dedup/split_off"] == 1


def test_no_chaining_through_a_middle_copy(samples) -> None:
    base = samples["hanbin-district-2020"]
    a, b = base, _edit_block(base, 0.10, 0.07, seed=1)
    c = _edit_block(b, 0.60, 0.07, seed=2)        # c ≈ b, c ≉ a
    deduper = Deduper()
    for doc_id, text in (("a", a), ("b", b), ("c", c)):
        deduper.add(doc(doc_id, text))
    assert same_cluster(deduper, "a", "b")
    assert not same_cluster(deduper, "a", "c")


# ---------------------------------------------------------------- canonical choice

def test_canonical_order_and_reasons(samples) -> None:
    text = samples["xinghe-county-2024"]
    rng = random.Random(2)
    deduper = Deduper()
    deduper.add(doc("platform", syn.chrome(text, rng), host_tier=TIER_PLATFORM, parse_score=1.0))
    assert deduper.clusters()[0].reason == "only_member"
    deduper.add(doc("own", syn.chrome(text, rng), host_tier=TIER_OWN, parse_score=1.0, published="2025-01-20"))
    [cluster] = deduper.clusters()
    assert (cluster.canonical_id, cluster.reason) == ("own", "authority:own_portal")
    # an own-portal copy whose tables did not parse cannot displace it; a complete PDF on the same portal can
    deduper.add(doc("own-images", syn.chrome(text, rng), host_tier=TIER_OWN, parse_score=0.3))
    deduper.add(doc("own-pdf", syn.pdf_like(text, rng), host_tier=TIER_OWN, fmt="pdf", parse_score=1.0))
    [cluster] = deduper.clusters()
    assert (cluster.canonical_id, cluster.reason) == ("own-pdf", "format:pdf")
    assert dict(cluster.members)["own-pdf"] == 1.0
    assert all(0.8 < sim <= 1.0 for _, sim in cluster.members)
    complete = Deduper()
    complete.add(doc("own-images", text, host_tier=TIER_OWN, parse_score=0.3))
    complete.add(doc("county-full", syn.chrome(text, rng), host_tier=TIER_COUNTY, parse_score=0.97))
    [cluster] = complete.clusters()
    assert (cluster.canonical_id, cluster.reason) == ("county-full", "complete_tables")


def test_canonical_is_sticky(samples) -> None:
    text = samples["xinghe-county-2024"]
    rng = random.Random(4)
    deduper = Deduper()
    deduper.add(doc("first", text, host_tier=TIER_OWN, parse_score=1.0, published="2025-01-20"))
    # earlier published and earlier captured, but equal on completeness, authority and format: no change
    deduper.add(doc("earlier", syn.chrome(text, rng), host_tier=TIER_OWN, parse_score=1.0, published="2025-01-10",
                    captured_at="2023-01-01T00:00:00Z"))
    [cluster] = deduper.clusters()
    assert (cluster.canonical_id, cluster.reason) == ("first", "sticky")
    # a fresh deduper fed the other order picks "earlier" for the same reason: earliest publication
    other = Deduper()
    other.add(doc("earlier", syn.chrome(text, random.Random(4)), host_tier=TIER_OWN, parse_score=1.0,
                  published="2025-01-10"))
    other.add(doc("first", text, host_tier=TIER_OWN, parse_score=1.0, published="2025-01-20"))
    assert other.clusters()[0].canonical_id == "earlier"
    assert other.clusters()[0].reason == "earliest_published"


def test_host_tier() -> None:
    own = {"www.lintao.gov.cn", "lintao.gov.cn"}
    assert host_tier("http://www.lintao.gov.cn/a.html", own) == TIER_OWN
    assert host_tier("https://zwgk.lintao.gov.cn/a.html", own) == TIER_OWN          # subdomain of the portal
    assert host_tier("http://www.lintao.gov.cn/a.html", own, "城关镇人民政府", portal_agency="临洮县人民政府") == TIER_COUNTY
    assert host_tier("http://xxgk.gansu.gov.cn/a.html", own) == TIER_PLATFORM
    assert host_tier("http://www.gov.cn/zhengce/a.html", own) == TIER_PLATFORM
    assert host_tier("http://news.example.com/a.html", own) == TIER_OTHER
    assert host_tier("not a url", own) == TIER_OTHER


# ---------------------------------------------------------------- incremental, persistent, rebuildable

def _corpus(samples) -> list[DedupDoc]:
    rng = random.Random(9)
    docs = []
    for name, base in samples.items():
        year = syn.base_year(base) or 2020
        for agency_index, agency in enumerate(("甲县人民政府", "乙县人民政府")):
            report = syn.derive_report(base, agency, year, rng)
            for v_index, variant in enumerate(("chrome", "pdf", "table")):
                text = syn.REPUBLICATIONS[variant](report, rng)
                keep = v_index != 1             # the PDF copies come without metadata
                docs.append(doc(f"{name}/{agency_index}/{variant}", text, agency if keep else None,
                                year if keep else None, host_tier=v_index, fmt="pdf" if variant == "pdf" else "html",
                                parse_score=[0.6, 0.97, 0.97][v_index],
                                captured_at=f"2024-03-0{v_index + 1}T00:00:00Z"))
    rng.shuffle(docs)
    return docs


def test_incremental_with_sqlite_equals_batch(samples, tmp_path) -> None:
    docs = _corpus(samples)
    batch = Deduper(DedupConfig(), SqliteStorage(tmp_path / "batch.sqlite"))
    batch.add_many(docs)
    expected = batch.clusters()
    batch.storage.close()
    assert len(expected) == 2 * len(samples)
    for cluster in expected:                     # each cluster is exactly one derived report
        assert len({m.rsplit("/", 1)[0] for m, _ in cluster.members}) == 1
        assert len(cluster.members) == 3

    conn = sqlite3.connect(tmp_path / "incremental.sqlite")
    for start in range(0, len(docs), 7):         # a new process each time: state only from the database
        deduper = Deduper(DedupConfig(), SqliteStorage(conn))
        for d in docs[start:start + 7]:
            deduper.add(d)
        conn.commit()
    assert Deduper(DedupConfig(), SqliteStorage(conn)).clusters() == expected

    rebuilt = Deduper(DedupConfig(), SqliteStorage(conn))
    rebuilt.rebuild()
    assert rebuilt.clusters() == expected
    assert conn.execute("SELECT COUNT(*) FROM cluster_members").fetchone()[0] == len(docs)
    assert conn.execute("SELECT COUNT(DISTINCT cluster_id) FROM clusters").fetchone()[0] == len(expected)


def test_add_many_with_worker_processes_equals_serial(samples) -> None:
    docs = _corpus(samples)
    serial = Deduper()
    serial.add_many(docs)
    parallel = Deduper()
    parallel.add_many(iter(docs), workers=2, batch=4)
    assert parallel.clusters() == serial.clusters()


def test_changed_signature_settings_trigger_rebuild(samples, tmp_path) -> None:
    docs = _corpus(samples)[:8]
    path = tmp_path / "c.sqlite"
    first = Deduper(DedupConfig(), SqliteStorage(path))
    first.add_many(docs)
    first.storage.close()
    again = Deduper(DedupConfig(seed=43), SqliteStorage(path))
    assert [c.members for c in again.clusters()] == [c.members for c in first.clusters()]
    assert again.storage.get_meta("signature_fingerprint").endswith("s43/b32r4")


def test_short_text_never_merges() -> None:
    deduper = Deduper()
    deduper.add(doc("a", "", "某县人民政府", 2020))
    deduper.add(doc("b", "", "某县人民政府", 2020))
    assert not same_cluster(deduper, "a", "b")


@pytest.mark.parametrize("first_key,second_key", [
    (("临洮县人民政府", 2019), (None, None)), ((None, None), ("临洮县人民政府", 2019)),
    (("临洮县人民政府", 2019), (None, 2019)), ((None, 2019), ("临洮县人民政府", 2019)),
    (("临洮县人民政府", 2019), ("临洮县人民政府", None)), (("临洮县人民政府", None), (None, 2019)),
    ((None, None), (None, None)), ((None, 2019), (None, None)),
])
def test_partial_metadata_finds_its_copies(samples, first_key, second_key) -> None:
    """LSH namespaces connect every combination of known and unknown agency and year (no title to infer from)."""
    text = samples["lushan-county-2019"]
    deduper = Deduper(DedupConfig(infer_year_from_title=False))
    deduper.add(doc("first", text, *first_key))
    deduper.add(doc("second", syn.chrome(text, random.Random(3)), *second_key))
    assert same_cluster(deduper, "first", "second"), deduper.stats
