"""Each package owns its limits (crawler/limits.py, archive/limits.py, parse/limits.py): every limit is defined
once, and a limits module reads only limits of the layers below it (crawler → archive → parse)."""

from __future__ import annotations

from pathlib import Path

from nianbao.archive import limits as archive_limits
from nianbao.crawler import limits as crawler_limits
from nianbao.parse import limits as parse_limits

from tests.test_layers import imported_top_names

ROOT = Path(__file__).resolve().parent.parent
MODULES = {"crawler": crawler_limits, "archive": archive_limits, "parse": parse_limits}


def defined(module) -> set[str]:
    return {name for name in vars(module) if name.isupper()}


def test_every_limit_is_defined_once() -> None:
    seen: dict[str, str] = {}
    for package, module in MODULES.items():
        for name in defined(module):
            assert name not in seen, f"{name} is defined in {seen[name]}/limits.py and {package}/limits.py"
            seen[name] = package
    assert {"MAX_RESPONSE_BYTES", "WARC_GZIP_LEVEL", "MAX_DOCUMENT_BYTES"} <= set(seen)


def test_limits_modules_read_only_from_below() -> None:
    below = {"crawler": {"archive", "parse"}, "archive": {"parse"}, "parse": set()}
    for package in MODULES:
        imported = imported_top_names((ROOT / package / "limits.py").read_text(encoding="utf-8"))
        assert imported & set(MODULES) <= below[package], f"{package}/limits.py imports {imported}"
