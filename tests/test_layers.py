"""Dependencies point one way: app layer (crawler/app/) → crawler → archive → parse. `parse` does no I/O on its own
and imports neither of the others; `archive` never imports `crawler`; nothing below the app layer imports it; no
module imports itself through others (an import circle). Read from the source (ast), so a lazy import inside a
function counts too. The folders crawler/, archive/, parse/ install as nianbao.crawler, nianbao.archive,
nianbao.parse (setup.py): an import by the bare folder name is an error too."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# For each package, the sibling packages it must never import.
FORBIDDEN = {"parse": {"archive", "crawler"}, "archive": {"crawler"}}
LAYERS = ("crawler", "archive", "parse")
PROJECT_PACKAGES = (*LAYERS, "nianbao")
APP_LAYER = "nianbao.crawler.app"


def imported_names(source: str) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
    return names


def imported_top_names(source: str) -> set[str]:
    """The layers a module imports (`nianbao.crawler.x` → crawler)."""
    return {name.split(".")[1] for name in imported_names(source)
            if name.startswith("nianbao.") and name.split(".")[1] in LAYERS}


def bare_layer_imports(path: Path) -> set[str]:
    """Imports of a layer by its folder name (`import parse`): not installed under that name."""
    return {name for name in imported_names(path.read_text(encoding="utf-8")) if name.split(".")[0] in LAYERS}


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
    source = "def f():\n    from nianbao.crawler.registry import load\n    import nianbao.archive.store\n"
    assert imported_top_names(source) == {"crawler", "archive"}


def test_nothing_imports_a_layer_by_its_folder_name() -> None:
    found = [f"{path.relative_to(ROOT)}: {sorted(names)}"
             for folder in (*PROJECT_PACKAGES, "tests", "benchmarks") for path in sorted((ROOT / folder).rglob("*.py"))
             if path.name != "make_catalog_v0.py"          # ran with the code before the namespace (its docstring)
             for names in [bare_layer_imports(path)] if names]
    assert found == []


# ---------------------------------------------------------------- the module graph: circles and the app layer


def module_name(path: Path, root: Path = ROOT) -> str:
    """The module's installed name: crawler/app/cli.py is nianbao.crawler.app.cli."""
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    if root == ROOT and parts[0] in LAYERS:
        parts.insert(0, "nianbao")
    return ".".join(parts)


def imported_modules(name: str, source: str, is_package: bool, known: set[str]) -> set[str]:
    """The project modules `name` imports, lazily or not: `from a.b import c` is a.b.c when that is a module,
    else a.b; relative imports are resolved against `name`."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name in known)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = name.split(".") if is_package else name.split(".")[:-1]
                base = ".".join(parent[: len(parent) - node.level + 1] + ([node.module] if node.module else []))
            for alias in node.names:
                if f"{base}.{alias.name}" in known:
                    found.add(f"{base}.{alias.name}")
                elif base in known:
                    found.add(base)
    found.discard(name)
    return found


def module_graph(root: Path = ROOT, packages=PROJECT_PACKAGES) -> dict[str, set[str]]:
    paths = {module_name(p, root): p for package in packages for p in sorted((root / package).rglob("*.py"))}
    return {name: imported_modules(name, path.read_text(encoding="utf-8"), path.name == "__init__.py", set(paths))
            for name, path in paths.items()}


def import_cycles(graph: dict[str, set[str]]) -> list[frozenset[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles = []
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                if len(component) > 1:
                    cycles.append(frozenset(component))
    return cycles


def test_no_import_circles() -> None:
    assert [sorted(c) for c in import_cycles(module_graph())] == []


def test_nothing_below_the_app_layer_imports_it() -> None:
    graph = module_graph()
    inside = {name for name in graph if name == APP_LAYER or name.startswith(APP_LAYER + ".")}
    found = sorted(f"{name} imports {target}" for name, targets in graph.items() if name not in inside
                   for target in targets & inside)
    assert found == []


def test_the_cycle_check_sees_lazy_and_relative_imports(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("def f():\n    from pkg.b import g\n")
    (package / "b.py").write_text("from . import c\n")
    (package / "c.py").write_text("import pkg.a\n")
    (package / "d.py").write_text("from pkg import a\n")
    graph = module_graph(tmp_path, ("pkg",))
    assert graph["pkg.b"] == {"pkg.c"} and graph["pkg.d"] == {"pkg.a"}
    assert import_cycles(graph) == [frozenset({"pkg.a", "pkg.b", "pkg.c"})]
