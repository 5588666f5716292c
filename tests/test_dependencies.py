"""The runtime dependencies in pyproject.toml are exactly what the shipped code imports (crawler/, archive/,
parse/, nianbao/), each with its reason; an optional import belongs to an extra; nothing shipped imports the
tests. Imports are read from the source (ast), lazy ones inside functions included."""

from __future__ import annotations

import re
import sys
from importlib.metadata import packages_distributions
from pathlib import Path

import tomllib

from tests.test_layers import imported_names

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ("crawler", "archive", "parse", "nianbao")
# standard library from a later Python on, tried first (archive/codec.py: compression.zstd, else backports.zstd)
LATER_STDLIB = {"compression"}
OPTIONAL = {"rapidocr_onnxruntime": "ocr"}   # imported only when installed (parse/ocr_tables.py says how)


def normalised(requirement: str) -> str:
    return re.split(r"[<>=!~;\[ ]", requirement, maxsplit=1)[0].strip().lower().replace("_", "-").replace(".", "-")


def project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def imports_of_shipped_code() -> dict[str, set[str]]:
    """Top-level module name → the shipped files that import it."""
    found: dict[str, set[str]] = {}
    for package in SHIPPED:
        for path in sorted((ROOT / package).rglob("*.py")):
            for name in {n.split(".")[0] for n in imported_names(path.read_text(encoding="utf-8"))}:
                found.setdefault(name, set()).add(str(path.relative_to(ROOT)))
    return found


def third_party(names) -> set[str]:
    return {n for n in names if n not in sys.stdlib_module_names and n not in LATER_STDLIB and n not in SHIPPED and n != "__future__"}


def distribution(module: str) -> str:
    dists = packages_distributions().get(module)
    assert dists, f"{module} is imported by shipped code but installed by no distribution"
    return normalised(dists[0])


def test_runtime_dependencies_are_what_the_shipped_code_imports() -> None:
    imported = third_party(imports_of_shipped_code())
    required = {distribution(m) for m in imported if m not in OPTIONAL}
    declared = {normalised(r) for r in project()["dependencies"]}
    assert declared - required == set(), "declared but never imported: drop them or move them to an extra"
    assert required - declared == set(), "imported but not declared in [project.dependencies]"


def test_optional_imports_belong_to_their_extra() -> None:
    extras = project()["optional-dependencies"]
    for module, extra in OPTIONAL.items():
        assert distribution(module) in {normalised(r) for r in extras[extra]}


def test_every_runtime_dependency_says_why() -> None:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    block = text.split("dependencies = [", 1)[1].split("\n]", 1)[0]
    lines = [line for line in block.splitlines() if line.strip().startswith('"')]
    assert len(lines) == len(project()["dependencies"])
    assert [line for line in lines if "#" not in line] == []
    assert [line for line in lines if "<" not in line] == [], "every runtime dependency has an upper bound"


def test_nothing_shipped_imports_the_tests() -> None:
    assert "tests" not in imports_of_shipped_code()
    assert not (ROOT / "archive" / "dedup" / "synthetic.py").exists()   # test data generator: tests/


def test_the_check_sees_a_missing_dependency() -> None:
    assert distribution("yaml") == "pyyaml" and distribution("docx") == "python-docx"
    assert third_party({"os", "crawler", "lxml", "__future__"}) == {"lxml"}
