"""Every README example that reads data runs as written on the demo's data (`make demo`, then
`export NIANBAO_DATA=demo-data`): each `nianbao …` command of the README whose verb works on an existing data
directory is run and must succeed. Not run: `crawl`/`run` (a registry of real portals and the network),
`sandbox` and `demo` (servers), `schedule run-due` (starts crawls), anything with `s3://` (a MinIO) or a
placeholder (`…`, `<…>`)."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from nianbao.crawler.app.cli import EXIT_OK, main

from tests.fast_crawl import FAST_CRAWL_ARGS

pytestmark = pytest.mark.slow
README = Path(__file__).resolve().parents[2] / "README.md"
DATA_VERBS = {"provenance", "export", "verify", "runs", "dedup", "parse", "reindex", "schedule", "audit", "changes"}


def readme_examples() -> list[str]:
    text = README.read_text(encoding="utf-8")
    found = re.findall(r"`(nianbao [^`]+)`", text)
    in_block, pending = False, ""
    for line in text.splitlines():
        if line.startswith("```"):
            in_block = not in_block
        elif in_block and (pending or line.startswith("nianbao ")):
            pending += line.split("  #")[0].strip()
            if pending.endswith("\\"):       # a command continued on the next line
                pending = pending[:-1] + " "
                continue
            found.append(pending)
            pending = ""
    commands = []
    for command in dict.fromkeys(found):
        for part in command.split("&&"):
            argv = shlex.split(part.strip())
            if (len(argv) > 1 and argv[1] in DATA_VERBS and "run-due" not in argv and "s3://" not in part
                    and "…" not in part and "<" not in part and "--data" not in argv):
                commands.append(part.strip())
    return list(dict.fromkeys(commands))


def test_the_readme_has_data_examples() -> None:
    examples = readme_examples()
    assert any(e.startswith("nianbao provenance \"") for e in examples) and len(examples) >= 8, examples


def from_checkout(arg: str) -> str:
    """`tests/samples/x.txt` → its absolute path in this checkout; anything else as written."""
    path = README.parent / arg
    return str(path) if not arg.startswith("-") and "/" in arg and path.exists() else arg


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    data = tmp_path_factory.mktemp("readme") / "demo-data"
    assert main(["demo", "--data", str(data), "--portals", "2", "--render", "never",
                 *FAST_CRAWL_ARGS]) == EXIT_OK
    return data


def test_readme_examples_run_on_demo_data(demo, tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("NIANBAO_DATA", str(demo))
    # Run where outputs (`--out reports/`, `--out DIR`) cannot land in the checkout; an input the README names from
    # the checkout (`nianbao parse tests/samples/…`) is given by its absolute path.
    monkeypatch.chdir(tmp_path)
    failures = []
    for command in readme_examples():
        argv = [from_checkout(a) for a in shlex.split(command)[1:]]
        capsys.readouterr()
        status = main(argv)
        out, err = capsys.readouterr()
        if status != EXIT_OK:
            failures.append((command, status, err[-500:]))
        if argv[0] == "provenance":
            assert "no captures match" not in err, command
    assert not failures, failures


def test_readme_python_example_runs_on_demo_data(demo, monkeypatch, capsys) -> None:
    (code,) = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    monkeypatch.setenv("NIANBAO_DATA", str(demo))
    exec(compile(code, "README.md", "exec"), {})       # noqa: S102 - the README's own example
    out = capsys.readouterr().out
    assert "岚川县" in out and "True" in out          # a demo county; captures verified


def test_python_api(demo) -> None:
    import datetime as dt

    import nianbao

    with nianbao.open(demo) as archive:
        reports = list(archive.reports())
        table = archive.to_arrow()
        assert reports and table.num_rows == len(reports)
        assert table.schema.field("published").type == "date32[day]"
        df = archive.to_pandas()
        assert set(df["id"]) == {r["id"] for r in reports}
        assert all(isinstance(d, dt.date) for d in df["published"].dropna())
        captures = archive.provenance(reports[0]["id"])
        assert captures and all(c.verified for c in captures)
        assert len(list(archive.reports(all_documents=True))) >= len(reports)
    with pytest.raises(FileNotFoundError, match="catalog.sqlite"):
        nianbao.open(demo / "nowhere")
