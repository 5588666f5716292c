"""Agency misses of one fresh set with the parser of another checkout (docs/agency-misses.md):

    git worktree add --detach /work/wt/anat-SHA SHA     # the commit that measured the set once
    .venv/bin/python benchmarks/agency_anatomy.py /work/wt/anat-SHA holdoutNN [--all]

The checkout's parse/ is loaded as nianbao.parse (the editable install maps the namespace to this worktree, so the
package is put in sys.modules by hand and its __path__ checked), its benchmarks/realpage_accuracy.py scores the pages.
One JSON line per agency miss (every scored page with --all): expected, got, the source the parser took, every
candidate and the sources whose name was right; the split's right/scored on stderr."""

import importlib.util
import json
import sys
from pathlib import Path


def load_checkout(checkout: Path):
    """(nianbao.parse of CHECKOUT, its realpage_accuracy module)"""
    import nianbao

    sys.path.insert(0, str(checkout))
    spec = importlib.util.spec_from_file_location("nianbao.parse", checkout / "parse" / "__init__.py",
                                                  submodule_search_locations=[str(checkout / "parse")])
    parse = importlib.util.module_from_spec(spec)
    sys.modules["nianbao.parse"] = parse
    spec.loader.exec_module(parse)
    nianbao.parse = parse
    bench_spec = importlib.util.spec_from_file_location("realpage_accuracy", checkout / "benchmarks" / "realpage_accuracy.py")
    bench = importlib.util.module_from_spec(bench_spec)
    bench_spec.loader.exec_module(bench)
    from nianbao.parse import agency
    if list(parse.__path__) != [str(checkout / "parse")] or not agency.__file__.startswith(str(checkout)):
        raise SystemExit(f"nianbao.parse is not {checkout}'s ({agency.__file__}): run from a fresh interpreter")
    return parse, bench


def main() -> int:
    checkout, split, every = Path(sys.argv[1]).resolve(), sys.argv[2], "--all" in sys.argv[3:]
    _, bench = load_checkout(checkout)
    right = scored_n = 0
    for label, data in bench.load(split):
        record = bench.parse_page(label, data)
        ok = bench.scored(label, record).get("agency")
        if ok is None:
            continue
        scored_n += 1
        right += int(ok)
        if ok and not every:
            continue
        sources = record.get("agency_sources") or []
        chosen = next((s for s in sources if s.get("name") == record.get("agency")), None)
        want = bench.core_name(label["agency"])
        print(json.dumps({"id": label["id"], "ok": ok, "expected": label["agency"], "got": record.get("agency"),
                          "source": chosen["source"] if chosen else None, "raw": chosen.get("raw") if chosen else None,
                          "right_among": [s["source"] for s in sources if bench.core_name(s.get("name")) == want],
                          "portal": (label.get("region") or {}).get("name"), "url": label.get("url"),
                          "sources": [(s["source"], s.get("raw"), s.get("name"), bench.core_name(s.get("name")))
                                      for s in sources]}, ensure_ascii=False))
    print(json.dumps({"split": split, "right": right, "scored": scored_n}), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
