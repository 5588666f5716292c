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

from crawler.cli import EXIT_OK, main

pytestmark = pytest.mark.slow
README = Path(__file__).resolve().parents[2] / "README.md"
DATA_VERBS = {"provenance", "export", "verify", "runs", "dedup", "parse", "reindex", "schedule"}


def readme_examples() -> list[str]:
    text = README.read_text(encoding="utf-8")
    found = re.findall(r"`(nianbao [^`]+)`", text)
    for block in re.findall(r"```\n(.*?)```", text, re.S):
        found += [line.split("  #")[0].strip() for line in block.splitlines() if line.startswith("nianbao ")]
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


def test_readme_examples_run_on_demo_data(tmp_path, monkeypatch, capsys) -> None:
    demo = tmp_path / "demo-data"
    assert main(["demo", "--data", str(demo), "--portals", "2", "--render", "never"]) == EXIT_OK
    monkeypatch.setenv("NIANBAO_DATA", str(demo))
    monkeypatch.chdir(README.parent)          # `nianbao parse tests/samples/…` is written from the checkout
    failures = []
    for command in readme_examples():
        argv = [a.replace("reports/", str(tmp_path / "reports") + "/") for a in shlex.split(command)[1:]]
        capsys.readouterr()
        status = main(argv)
        out, err = capsys.readouterr()
        if status != EXIT_OK:
            failures.append((command, status, err[-500:]))
        if argv[0] == "provenance":
            assert "no captures match" not in err, command
    assert not failures, failures
