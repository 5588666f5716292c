"""Near-duplicate detection benchmark: quality and speed of nianbao.archive.dedup on a labelled synthetic corpus.

The corpus is made from real report texts (tests/samples/*.txt, plus the sandbox's reports when
nianbao.crawler.sandbox offers `build_sandbox`): template families whose reports differ only in agency, year and
numbers (the hard negatives: sibling units, next year, 县人民政府 vs 县人民政府办公室), each report published in
several copies (new chrome, punctuation/whitespace, flattened tables, lines added or dropped, PDF-extracted text
with wraps and look-alike glyphs, typos, and copies whose tables were images). Most copies carry agency and year
metadata; some lack one or both, as when the parser cannot read a title.

For 1,000, 10,000 and 100,000 documents it prints pairwise precision/recall/F1, B-cubed F1, documents/s and
peak memory (RSS of the deduper process plus its feature workers, sampled with psutil). Each size runs in a
fresh subprocess that streams the corpus from a JSONL file written beforehand (so corpus generation is not
timed and the corpus is not held in memory). On the 1,000 set it also runs all-pairs rapidfuzz: `fuzz.ratio`
≥ 90 over every pair (text alone), and the same verifier as the deduper over every pair (no LSH, no blocking),
with union-find, and prints both next to the deduper.

    python benchmarks/dedup_bench.py            # 1k, 10k, 100k (the 100k corpus takes a few minutes to write)
    python benchmarks/dedup_bench.py --quick    # 1k only, < 60 s
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import subprocess
import sys
import threading
import time
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests import synthetic_reports as syn  # noqa: E402

SAMPLES = ROOT / "tests" / "samples"
SURNAMES = "城关 洮阳 新添 辛店 太石 中铺 峡口 龙门 窑店 玉井 衙下 上营 南屏 康家 八里 红旗 站滩 苟家 大石 漫洼 金钟 连儿 塔山 东风 西坪 北关 南关 " \
           "临江 白马 青山 石门 黄土 长乐 永和 安宁 太平 富民 兴隆 和平 民乐 清水 高桥 双河".split()
UNITS = ["镇人民政府", "乡人民政府", "街道办事处", "县教育局", "县卫生健康局", "县自然资源局", "县人民政府",
         "县人民政府办公室", "县财政局", "县民政局", "县住房和城乡建设局", "县交通运输局"]
VARIANTS = sorted(syn.REPUBLICATIONS)


# ---------------------------------------------------------------- corpus

def base_texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    texts += sandbox_texts()
    return texts


def sandbox_texts() -> list[str]:
    """Report texts rendered from the sandbox's ground truth (sections and tables), when the sandbox exists."""
    try:
        from nianbao.crawler.sandbox import build_sandbox
    except ImportError:
        return []
    try:
        truth = build_sandbox().ground_truth()
    except Exception as exc:       # the sandbox is another helper's work in progress
        print(f"# sandbox unavailable ({exc.__class__.__name__}: {exc}); samples only", file=sys.stderr)
        return []
    out = []
    for report in truth.get("reports", [])[:40]:
        lines = [f"{report.get('agency', '')}{report.get('year', '')}年政府信息公开工作年度报告"]
        sections = report.get("sections") or {}
        heads = "一二三四五六"
        for number in sorted(sections):
            lines.append(f"{heads[int(number) - 1]}、")
            lines.append(str(sections[number]))
            table = {"2": "active", "3": "applications", "4": "review_litigation"}.get(number)
            for row, cells in _flatten((report.get("tables") or {}).get(table) or {}):
                lines.append(row + "\t" + "\t".join("" if v is None else str(v) for v in cells))
        out.append("\n".join(lines))
    return out


def _flatten(table: dict, prefix: str = ""):
    for key, value in table.items():
        if isinstance(value, dict) and any(isinstance(v, dict) for v in value.values()):
            yield from _flatten(value, f"{prefix}{key}.")
        elif isinstance(value, dict):
            yield f"{prefix}{key}", list(value.values())
        else:
            yield f"{prefix}{key}", [value]


def family_docs(family: int, seed: int, bases: list[str], pool: list[str]) -> list[dict]:
    """One template family: 1–3 reports that differ in agency, year and numbers, each in 1–6 copies."""
    rng = random.Random(seed * 1_000_003 + family)
    place = rng.choice(SURNAMES) + rng.choice(SURNAMES)[0]
    template = syn.mix_prose(rng.choice(bases), pool, rng, share=0.5)
    year = rng.randint(2019, 2025)
    unit = rng.choice(UNITS)
    agency = place + unit
    reports = [(agency, year)]
    for _ in range(rng.choice([0, 0, 1, 1, 2])):
        kind = rng.choice(["sibling", "next_year", "office"])
        if kind == "sibling":
            reports.append((rng.choice(SURNAMES) + rng.choice(SURNAMES)[0] + unit, year))
        elif kind == "next_year":
            reports.append((agency, year + len(reports)))
        else:
            reports.append((place + ("县人民政府办公室" if unit != "县人民政府办公室" else "县人民政府"), year))
    reports = list(dict.fromkeys(reports))
    docs = []
    for index, (report_agency, report_year) in enumerate(reports):
        text = syn.derive_report(template, report_agency, report_year, rng)
        label = f"F{family}R{index}"
        copies = [("orig", text)]
        for _ in range(rng.choice([0, 1, 1, 2, 2, 3, 4, 5])):
            variant = rng.choice(VARIANTS)
            copies.append((variant, syn.REPUBLICATIONS[variant](text, rng)))
        if rng.random() < 0.08:
            copies.append(("no_tables", syn.NO_TABLES(text, rng)))
        for copy_index, (variant, copy_text) in enumerate(copies):
            roll = rng.random()
            known_agency = roll < 0.80 or 0.87 <= roll < 0.94
            known_year = roll < 0.87
            # a copy whose tables are images still has its title as text: metadata as often as any other copy
            shown_agency = report_agency if rng.random() < 0.8 else report_agency.replace("人民政府", " 人民政府 ")
            docs.append({
                "doc_id": f"{label}C{copy_index}", "label": label, "variant": variant, "text": copy_text,
                "agency": shown_agency if known_agency else None, "year": report_year if known_year else None,
                "url": f"http://{rng.choice(['www', 'zwgk', 'xxgk'])}.{place}.gov.cn/{label}/{copy_index}.html",
                "host_tier": rng.randint(0, 3), "fmt": "pdf" if variant.endswith("pdf") else "html",
                "published": f"{report_year + 1}-0{rng.randint(1, 3)}-{rng.randint(10, 28)}",
                "captured_at": f"2025-0{rng.randint(1, 9)}-{rng.randint(10, 28)}T00:00:00Z",
                "parse_score": round(rng.uniform(0.1, 0.5) if variant == "no_tables" else rng.uniform(0.4, 1.0), 2),
            })
    return docs


def _family_chunk(args) -> list[dict]:
    start, stop, seed, bases, pool = args
    return [d for f in range(start, stop) for d in family_docs(f, seed, bases, pool)]


def write_corpus(path: Path, n_docs: int, seed: int, workers: int) -> None:
    """Families until n_docs documents, shuffled (arrival order is not family order), as JSONL."""
    bases = base_texts()
    pool = syn.prose_lines(bases)
    docs: list[dict] = []
    chunk, next_family = 200, 0
    with ProcessPoolExecutor(max_workers=workers) as executor:
        while len(docs) < n_docs:
            jobs = [(f, f + chunk, seed, bases, pool) for f in range(next_family, next_family + chunk * workers, chunk)]
            next_family += chunk * workers
            for part in executor.map(_family_chunk, jobs):
                docs.extend(part)
    docs = docs[:n_docs]
    random.Random(seed).shuffle(docs)
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    tmp.rename(path)


def corpus_path(cache: Path, n_docs: int, seed: int, workers: int) -> Path:
    cache.mkdir(parents=True, exist_ok=True)
    path = cache / f"dedup-corpus-{n_docs}-s{seed}-v4.jsonl"
    if not path.exists():
        started = time.perf_counter()
        write_corpus(path, n_docs, seed, workers)
        print(f"# wrote {path} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return path


# ---------------------------------------------------------------- metrics

def pair_counts(labels: list[str], predicted: list[str]) -> tuple[int, int, int]:
    """(true positive pairs, predicted pairs, true pairs) from the contingency table."""
    def pairs(counter) -> int:
        return sum(n * (n - 1) // 2 for n in counter.values())
    return pairs(Counter(zip(labels, predicted, strict=True))), pairs(Counter(predicted)), pairs(Counter(labels))


def scores(labels: list[str], predicted: list[str]) -> dict:
    tp, pred, true = pair_counts(labels, predicted)
    precision = tp / pred if pred else 1.0
    recall = tp / true if true else 1.0
    both = Counter(zip(labels, predicted, strict=True))
    by_label, by_pred = Counter(labels), Counter(predicted)
    n = len(labels)
    b3p = sum(both[(lab, p)] ** 2 / by_pred[p] for lab, p in both) / n
    b3r = sum(both[(lab, p)] ** 2 / by_label[lab] for lab, p in both) / n
    return {"precision": precision, "recall": recall, "f1": _f1(precision, recall),
            "b3_precision": b3p, "b3_recall": b3r, "b3_f1": _f1(b3p, b3r),
            "true_pairs": true, "predicted_pairs": pred}


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


# ---------------------------------------------------------------- runs

class PeakRss:
    """Peak resident memory of this process and its children (feature workers), sampled every 20 ms.

    The list of children is refreshed every 0.5 s, not at every sample: `children()` reads /proc/*/stat of
    every process on the machine, and this thread shares the interpreter lock with the deduper it measures."""

    CHILDREN_EVERY = 0.5

    def __init__(self) -> None:
        import psutil

        self.process = psutil.Process()
        self.peak = 0
        self._children: list = []
        self._children_at = float("-inf")
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self, refresh: bool = False) -> None:
        now = time.monotonic()
        if refresh or now - self._children_at >= self.CHILDREN_EVERY:
            try:
                self._children = self.process.children(recursive=True)
            except Exception:
                pass
            self._children_at = now
        total = self.process.memory_info().rss
        for child in self._children:
            try:
                total += child.memory_info().rss
            except Exception:
                pass
        self.peak = max(self.peak, total)

    def _run(self) -> None:
        while not self._stop.wait(0.02):
            self._sample()

    def __enter__(self):
        self._sample()
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self._sample(refresh=True)


def read_docs(path: Path):
    """(label, DedupDoc, info) per line; info: variant and whether agency and year are both known."""
    from nianbao.archive.dedup import DedupDoc

    with path.open(encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            info = (d["variant"], d["agency"] is not None and d["year"] is not None)
            yield d["label"], DedupDoc(d["doc_id"], d["text"], d["agency"], d["year"], d["url"], d["host_tier"],
                                       d["fmt"], d["published"], d["captured_at"], d["parse_score"]), info


def run_one(path: Path, workers: int, limit: int | None = None) -> dict:
    """Dedup the corpus at `path` (its first `limit` documents) once; quality, speed and memory as a dict."""
    import resource

    from nianbao.archive.dedup import DedupConfig, Deduper

    deduper = Deduper(DedupConfig())
    labels: dict[str, str] = {}
    infos: dict[str, tuple] = {}

    def stream():
        for label, doc, info in itertools.islice(read_docs(path), limit):
            labels[doc.doc_id], infos[doc.doc_id] = label, info
            yield doc

    load = os.getloadavg()[0]
    cpu_before, main_before = _cpu_seconds(resource), _cpu_seconds(resource, children=False)
    with PeakRss() as memory:
        started = time.perf_counter()
        deduper.add_many(stream(), workers=workers)
        elapsed = time.perf_counter() - started
    cpu = _cpu_seconds(resource) - cpu_before
    main_cpu = _cpu_seconds(resource, children=False) - main_before
    ids = list(labels)
    predicted = {i: deduper.cluster_of(i) for i in ids}
    result = scores([labels[i] for i in ids], [predicted[i] for i in ids])
    # recall on the pairs the rules allow: a copy with few digits (tables as images) may merge only when agency
    # and year are known on both sides, so pairs with an image-table copy lacking them are out of reach by design
    by_label = defaultdict(list)
    for i in ids:
        by_label[labels[i]].append(i)
    allowed = allowed_found = 0
    for members in by_label.values():
        for a, b in itertools.combinations(members, 2):
            (va, ka), (vb, kb) = infos[a], infos[b]
            if ("no_tables" in (va, vb)) and not (ka and kb):
                continue
            allowed += 1
            allowed_found += predicted[a] == predicted[b]
    result.update(docs=len(ids), seconds=elapsed, docs_per_s=len(ids) / elapsed, peak_rss_mib=memory.peak / 2**20,
                  cpu_ms_per_doc=cpu * 1000 / len(ids), main_cpu_ms_per_doc=main_cpu * 1000 / len(ids),
                  load_before=load, recall_allowed=allowed_found / allowed,
                  clusters=len(deduper.clusters()), stats=dict(deduper.stats))
    return result


def _cpu_seconds(resource, children: bool = True) -> float:
    """CPU seconds of this process (the clustering) and, with `children`, of its finished feature workers."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    total = own.ru_utime + own.ru_stime
    if children:
        child = resource.getrusage(resource.RUSAGE_CHILDREN)
        total += child.ru_utime + child.ru_stime
    return total


def all_pairs(path: Path, workers: int, limit: int | None = None) -> list[dict]:
    """All-pairs rapidfuzz on the corpus (meant for the 1,000 set): text alone, and the full verifier; on the
    first `limit` documents only when given (the text-only pass costs ~0.25 ms a pair: 60 s for 1,000 docs)."""
    import numpy as np
    from nianbao.archive.dedup import DedupConfig
    from nianbao.archive.dedup.features import compute_features
    from nianbao.archive.dedup.verify import verify
    from rapidfuzz import fuzz, process

    config = DedupConfig()
    labels, feats = [], []
    started = time.perf_counter()
    for label, doc, _ in itertools.islice(read_docs(path), limit):
        labels.append(label)
        feats.append(compute_features(doc.text, doc.agency, doc.year, shingle=config.shingle,
                                      num_perm=config.num_perm, seed=config.seed, bands=config.bands,
                                      rows=config.rows, max_chars=config.max_text_chars,
                                      infer_year=config.infer_year_from_title))
    texts = [f.normalized for f in feats]
    n = len(texts)
    text_edges = []
    for i in range(n - 1):                  # upper triangle only, one row of pairs at a time
        row = process.cpdist([texts[i]] * (n - i - 1), texts[i + 1:], scorer=fuzz.ratio,
                             score_cutoff=config.text_ratio_cutoff, dtype=np.uint8, workers=workers)
        text_edges.extend((i, i + 1 + j) for j in np.nonzero(row)[0])
    text_time = time.perf_counter() - started
    out = []
    out.append({"method": f"all-pairs fuzz.ratio>={config.text_ratio_cutoff:g} (text only)",
                "seconds": text_time, **scores(labels, _components(n, text_edges))})
    started = time.perf_counter()
    edges = [(i, j) for i, j in itertools.combinations(range(n), 2) if verify(feats[i], feats[j], config).same]
    verify_time = time.perf_counter() - started + text_time
    out.append({"method": "all-pairs full verifier (ratio+digits+keys), union-find", "seconds": verify_time,
                **scores(labels, _components(n, edges))})
    return out


def _components(n: int, edges) -> list[str]:
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x
    for i, j in edges:
        parent[find(i)] = find(j)
    return [str(find(i)) for i in range(n)]


# ---------------------------------------------------------------- main

def _print_row(name: str, r: dict) -> None:
    print(f"{name:<58} P={r['precision']:.5f} R={r['recall']:.5f} F1={r['f1']:.5f} "
          f"B3-F1={r['b3_f1']:.5f}", end="")
    if "docs_per_s" in r:
        print(f"  {r['docs']:>7} docs {r['seconds']:7.1f} s {r['docs_per_s']:6.0f} docs/s "
              f"cpu {r['cpu_ms_per_doc']:.2f} ms/doc (main {r['main_cpu_ms_per_doc']:.2f}) "
              f"peak {r['peak_rss_mib']:5.0f} MiB "
              f"(load {r['load_before']:.1f})", end="")
    else:
        print(f"  {r['seconds']:8.1f} s", end="")
    print()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="only the 1,000-document set (CI smoke run)")
    parser.add_argument("--sizes", type=int, nargs="*", help="corpus sizes (default 1000 10000 100000)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2, help="feature worker processes")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--cache", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "nianbao-dedup-bench")
    parser.add_argument("--no-baseline", action="store_true", help="skip all-pairs rapidfuzz on the 1,000 set")
    parser.add_argument("--run-one", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.run_one:                        # child process: one measured run, JSON on stdout
        print(json.dumps(run_one(args.run_one, args.workers)))
        return 0

    sizes = [1000] if args.quick else (args.sizes or [1000, 10_000, 100_000])
    results = {}
    for size in sizes:
        path = corpus_path(args.cache, size, args.seed, args.workers)
        child = subprocess.run([sys.executable, __file__, "--run-one", str(path), "--workers", str(args.workers)],
                               capture_output=True, text=True, check=True)
        results[size] = json.loads(child.stdout.strip().splitlines()[-1])
        _print_row(f"nianbao.archive.dedup (LSH + verifier), {size} docs", results[size])
        sys.stdout.flush()
        if size == 1000 and not args.no_baseline:
            limit = 500 if args.quick else None
            print(f"# all-pairs baselines on the first {limit or size} documents of the {size} set", flush=True)
            run = run_one(path, args.workers, limit) if limit else results[size]
            _print_row(f"nianbao.archive.dedup (LSH + verifier), same {limit or size} docs", run)
            for r in all_pairs(path, args.workers, limit):
                _print_row(r["method"], r)
    print("targets: precision >= 0.999, recall >= 0.98, >= 2000 docs/s at 100k, peak < 4096 MiB, "
          "10x docs <= 12x time")
    scaling_ok = True
    for small, large in itertools.pairwise(sorted(results)):
        ratio = results[large]["seconds"] / results[small]["seconds"]
        cpu_ratio = (results[large]["cpu_ms_per_doc"] * large) / (results[small]["cpu_ms_per_doc"] * small)
        print(f"scaling {small} -> {large}: {large / small:.0f}x docs, {ratio:.1f}x time "
              f"(CPU seconds {cpu_ratio:.1f}x; load {results[small]['load_before']:.1f} -> "
              f"{results[large]['load_before']:.1f})")
        scaling_ok = scaling_ok and ratio <= 1.2 * large / small
    ok = scaling_ok and all(r["precision"] >= 0.999 and r["recall"] >= 0.98 for r in results.values())
    if 100_000 in results:
        ok = ok and results[100_000]["docs_per_s"] >= 2000 and results[100_000]["peak_rss_mib"] < 4096
    for size, r in sorted(results.items()):
        misses = {k: v for k, v in r["stats"].items() if k.startswith("dedup/rejected") or k.endswith("split_off")}
        print(f"# {size}: clusters={r['clusters']} true_pairs={r['true_pairs']} predicted_pairs={r['predicted_pairs']} "
              f"recall on pairs the rules allow={r['recall_allowed']:.5f} {json.dumps(misses)}")
    print("all targets met" if ok else "NOT all targets met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
