"""nianbao installs under one import name: crawler/, archive/ and parse/ become nianbao.crawler, nianbao.archive and
nianbao.parse (setup.py's package-dir mapping), so installing nianbao never shadows PyPI's `parse` (or any other
project's `crawler`/`archive`). Built and installed as a user would, into a fresh virtualenv beside PyPI's `parse`."""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LAYERS = ("crawler", "archive", "parse")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # --no-build-isolation: the test venv has the build backend (setuptools, wheel) and tests never reach PyPI
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out),
                    str(ROOT)], check=True, capture_output=True, timeout=300)
    return next(out.glob("nianbao-*.whl"))


def test_the_wheel_holds_every_module_under_nianbao_and_nothing_else_at_the_top(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    tops = {name.split("/")[0] for name in names if not name.split("/")[0].endswith(".dist-info")}
    assert tops == {"nianbao"}
    shipped = {name for name in names if name.endswith(".py")}
    for layer in LAYERS:
        for path in (ROOT / layer).rglob("*.py"):
            if "__pycache__" in path.parts:
                continue
            assert f"nianbao/{path.relative_to(ROOT).as_posix()}" in shipped, f"{path} is not in the wheel"


def test_nianbao_installs_beside_pypi_parse(wheel: Path, tmp_path: Path) -> None:
    try:   # PyPI's parse, which the test extra installs (an `import parse` here could find this checkout's folder)
        importlib.metadata.version("parse")
    except importlib.metadata.PackageNotFoundError:
        pytest.skip("PyPI's parse is not installed: pip install -e '.[test]'")
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               capture_output=True, text=True, check=True).stdout.strip())
    # nianbao's dependencies (and PyPI's parse) come from the test venv; nianbao itself only from the wheel
    site_dirs = [entry for entry in sys.path if Path(entry).name in ("site-packages", "dist-packages")]
    (site / "test-venv-deps.pth").write_text("\n".join(site_dirs) + "\n")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps", "--no-index",
                    str(wheel)], check=True, capture_output=True, timeout=300)
    probe = "\n".join([
        "import parse, nianbao, nianbao.parse.report, nianbao.archive.catalog, nianbao.crawler.settings",
        "assert parse.parse('{}年{}', '2023年报告')[0] == '2023', parse.__file__",
        f"assert nianbao.parse.report.__file__.startswith({str(site)!r}), nianbao.parse.report.__file__",
        "print('ok')"])
    # -I: neither the working directory nor PYTHONPATH on the path, as for a user's script elsewhere
    result = subprocess.run([str(python), "-I", "-c", probe], capture_output=True, text=True, cwd=tmp_path,
                            timeout=120)
    assert result.stdout.strip() == "ok", result.stderr
