"""Dependencies point one way: crawler → archive → parse. `parse` does no I/O on its own and imports neither of the
others; `archive` never imports `crawler`. Read from the source (ast), so a lazy import inside a function counts too."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# For each package, the sibling packages it must never import.
FORBIDDEN = {"parse": {"archive", "crawler"}, "archive": {"crawler"}}


def imported_top_names(source: str) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def upward_imports(package: str) -> list[str]:
    found = []
    for path in sorted((ROOT / package).rglob("*.py")):
        bad = imported_top_names(path.read_text(encoding="utf-8")) & FORBIDDEN[package]
        found.extend(f"{path.relative_to(ROOT)} imports {name}" for name in sorted(bad))
    return found


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_no_import_points_upward(package: str) -> None:
    assert upward_imports(package) == []


def test_the_check_sees_lazy_imports() -> None:
    source = "def f():\n    from crawler.registry import load\n    import archive.store\n"
    assert imported_top_names(source) == {"crawler", "archive"}
