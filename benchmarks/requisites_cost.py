"""What page requisites (crawler/discovery/requisites.py) cost on the offline sandbox: the same crawl
(`--render never`, politeness delays off) with NIANBAO_REQUISITES on and off, in alternation; prints responses,
WARC bytes (sealed files in the store) and crawl seconds of each, and the difference.

    python benchmarks/requisites_cost.py            # 6-portal default sandbox, 3 runs each
    python benchmarks/requisites_cost.py --quick    # 1 run each
    python benchmarks/requisites_cost.py --portals 62 --runs 1
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FAST = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
        "NIANBAO_PROGRESS_TTY": False, "LOG_LEVEL": "WARNING"}


def crawl(tmp: Path, registry: Path, proxy: str, requisites: bool) -> dict:
    data = tmp / "data"
    settings = {"NIANBAO_DATA_DIR": str(data), "NIANBAO_CRAWL_ID": "bench", "NIANBAO_REGISTRY_FILE": str(registry),
                "NIANBAO_RENDER": "never", "NIANBAO_PROXY": proxy, "NIANBAO_REQUISITES": requisites, **FAST}
    path = tmp / "settings.json"
    path.write_text(json.dumps(settings), encoding="utf-8")
    subprocess.run([sys.executable, "-m", "nianbao.crawler.crawl_main", "--settings-json", str(path)], cwd=REPO,
                   check=True, capture_output=True, env={**os.environ, "PYTHONPATH": str(REPO)})
    summary = json.loads((data / "runs" / "bench" / "summary.json").read_text(encoding="utf-8"))
    warc_bytes = sum(f.stat().st_size for f in (data / "store").rglob("*.warc.gz"))
    return {"pages": summary["totals"]["pages"], "seconds": summary["totals"]["seconds"], "warc_bytes": warc_bytes}


def median_s(runs: list[dict]) -> float:
    return statistics.median(x["seconds"] for x in runs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--portals", type=int, default=6, help="sandbox size (62: the crawl_throughput sandbox)")
    args = parser.parse_args(argv)
    from nianbao.crawler.sandbox import build_sandbox, serve

    sandbox = build_sandbox(portals=args.portals)
    runs = 1 if args.quick else args.runs
    results: dict[bool, list[dict]] = {True: [], False: []}
    with tempfile.TemporaryDirectory() as tmp, serve(sandbox) as server:
        registry = Path(tmp) / "registry.csv"
        registry.write_text(sandbox.registry_csv(), encoding="utf-8")
        for n in range(runs):
            for on in (False, True):
                run_dir = Path(tmp) / f"{on}-{n}"
                run_dir.mkdir()
                results[on].append(crawl(run_dir, registry, server.url, on))
    for on in (False, True):
        r = results[on]
        print(f"requisites {'on ' if on else 'off'}: {r[0]['pages']} responses, {r[0]['warc_bytes']:,} WARC bytes, "
              f"crawl {median_s(r):.2f} s (median of {len(r)}: "
              f"{', '.join(format(x['seconds'], '.2f') for x in r)})")
    off, on = results[False][0], results[True][0]
    print(f"requisites add {on['pages'] - off['pages']} responses, {on['warc_bytes'] - off['warc_bytes']:,} WARC "
          f"bytes (+{(on['warc_bytes'] / off['warc_bytes'] - 1) * 100:.1f} %), "
          f"{median_s(results[True]) - median_s(results[False]):+.2f} s crawl time (medians)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
