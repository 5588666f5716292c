"""Export speed and size per format: prints µs per record and bytes per record for JSONL, Parquet and CSV.

    python benchmarks/export_formats.py                 # 5,000 records
    python benchmarks/export_formats.py --records 500   # quick

Each record is the test record that sets every field of parse/record.py (tests/parse/builders.py `full_record`,
three validation results, one duplicate, one revision, OCR), re-labelled with its own id; it is passed as a dict,
as the steps pass it, so the time includes reading it through `ReportRecord.from_dict`. No target: the figures
show what the typed record costs each writer (compare with the previous commit's writers to see the change).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from nianbao.parse import export  # noqa: E402

from tests.parse.builders import full_record  # noqa: E402


def records(count: int) -> list[dict]:
    base = full_record()
    return [{**base, "id": f"R{i:07d}", "year": 2019 + i % 6} for i in range(count)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=5000)
    args = parser.parse_args()
    batch = records(args.records)
    with tempfile.TemporaryDirectory() as folder:
        for fmt, writer in (("jsonl", export.write_jsonl), ("parquet", export.write_parquet),
                            ("csv", export.write_csv)):
            started = time.perf_counter()
            path = writer(batch, Path(folder) / fmt)
            seconds = time.perf_counter() - started
            print(f"{fmt:8s} {seconds / len(batch) * 1e6:8.0f} µs/record  "
                  f"{path.stat().st_size / len(batch):8.0f} bytes/record  ({len(batch)} records, {seconds:.2f} s)")


if __name__ == "__main__":
    main()
