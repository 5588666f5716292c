"""Peak memory of every nianbao process on the hostile portal (tests/faults/hostile_portal.py): bombs in every
format nianbao opens at full size (a DOCX of ~7 MB that unpacks to 1.5 GB, PDF streams and a gzip body that
inflate to 1.5 GB, a double-Flate PDF, zip headers that lie, OLE files whose chains loop), an endless body, a
lying Content-Length and redirects to private addresses and other hosts.

Runs, each as the user would (`python -m nianbao.crawler.app.cli …` in a process of its own): `crawl` (with --render auto),
`dedup`, `parse`, and `parse FILE` on each bomb. A watcher thread reads the peak resident set (`VmHWM` in
/proc/PID/status, the kernel's own high-water mark) of every process in the command's tree every 20 ms, so
children (page worker, WARC writer, Chromium, antiword) are measured each on its own. Target: every process
under 1 GiB whatever a portal serves.

    python benchmarks/hostile_memory.py             # 1.5 GB bombs
    python benchmarks/hostile_memory.py --quick     # 64 MB bombs (just past the unpack bounds)
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from nianbao.crawler.runtime import child_processes  # noqa: E402

from tests.faults import hostile  # noqa: E402
from tests.faults.hostile_portal import HostilePortal  # noqa: E402

TARGET_MIB = 1024
ROLES = (("nianbao.crawler.crawl_main", "crawl process"), ("nianbao.crawler.capture_writer", "WARC writer"),
         ("nianbao.crawler.discovery.analysis", "page worker"), ("nianbao.crawler.workers", "worker"),
         ("headless_shell", "Chromium"), ("chromium", "Chromium"), ("playwright", "Playwright driver"),
         ("node", "Playwright driver"), ("antiword", "antiword"), ("catdoc", "catdoc"),
         ("nianbao.crawler.app.cli", "nianbao command"))


def role_of(cmdline: str) -> str:
    if not cmdline:      # a process that just exited (or a zombie): keep what it was
        return ""
    return next((role for needle, role in ROLES if needle in cmdline), cmdline.split(" ", 1)[0][-30:] or "?")


def peak_kib(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def cmdline_of(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            return f.read().replace(b"\0", b" ").decode("utf-8", "replace").strip()
    except OSError:
        return ""


class TreeWatcher:
    """Peak RSS of each process in a tree, sampled every 20 ms (VmHWM never decreases, so a late sample of a
    live process still sees its peak; a process shorter than 20 ms can be missed)."""

    def __init__(self, root: int):
        self.root, self.peaks, self.roles, self.stop = root, {}, {}, False
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while not self.stop:
            todo, seen = [self.root], set()
            while todo:
                pid = todo.pop()
                if pid in seen:
                    continue
                seen.add(pid)
                kib = peak_kib(pid)
                if kib is not None:
                    self.peaks[pid] = max(self.peaks.get(pid, 0), kib)
                    # read each time: a child is seen between fork and exec with its parent's command line
                    self.roles[pid] = role_of(cmdline_of(pid)) or self.roles.get(pid, "?")
                todo += child_processes(pid)
            time.sleep(0.02)

    def finish(self) -> dict[str, tuple[int, float]]:
        self.stop = True
        self.thread.join()
        by_role: dict[str, tuple[int, float]] = {}
        for pid, kib in self.peaks.items():
            role = self.roles.get(pid, "?")
            count, peak = by_role.get(role, (0, 0.0))
            by_role[role] = (count + 1, max(peak, kib / 1024))
        return by_role


def measured(label: str, argv: list[str], env: dict, rows: list) -> int:
    started = time.monotonic()
    proc = subprocess.Popen([sys.executable, "-m", "nianbao.crawler.app.cli", *argv], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    watcher = TreeWatcher(proc.pid)
    out, err = proc.communicate()
    by_role = watcher.finish()
    seconds = time.monotonic() - started
    for role, (count, peak) in sorted(by_role.items(), key=lambda kv: -kv[1][1]):
        rows.append((label, role, count, peak))
    last = (out.strip().splitlines() or [""])[-1][:90]
    print(f"{label:<28} exit {proc.returncode}  {seconds:6.1f} s  {last}", flush=True)
    if proc.returncode not in (0, 1):
        print(err[-2000:], file=sys.stderr)
    return proc.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="64 MB bombs instead of 1.5 GB")
    args = parser.parse_args()
    bomb = (64 if args.quick else 1536) * hostile.MB
    rows: list[tuple[str, str, int, float]] = []
    with tempfile.TemporaryDirectory(prefix="nianbao-hostile-") as tmp:
        tmp_path = Path(tmp)
        data, registry = tmp_path / "data", tmp_path / "registry.csv"
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        print(f"making the hostile portal (bombs unpack to {bomb // hostile.MB} MiB) …", flush=True)
        started = time.monotonic()
        with HostilePortal(bomb_bytes=bomb, endless_s=60) as portal:
            print(f"  made in {time.monotonic() - started:.1f} s; DOCX bomb "
                  f"{len(portal.routes['/u/bomb.docx'][2]) / 1e6:.1f} MB", flush=True)
            registry.write_text(portal.registry_csv(), encoding="utf-8")
            measured("crawl (--render auto)", ["crawl", "--data", str(data), "--registry", str(registry),
                                               "--proxy", portal.url, "--render", "auto"], env, rows)
            measured("dedup", ["dedup", "--data", str(data)], env, rows)
            measured("parse", ["parse", "--data", str(data)], env, rows)
            for name in ("bomb.docx", "lying-sizes.docx", "bomb.pdf", "double-flate.pdf", "loop.doc"):
                path = tmp_path / name
                path.write_bytes(portal.routes[f"/u/{name}"][2])
                measured(f"parse {name}", ["parse", str(path)], env, rows)
    print()
    print(f"{'command':<28}{'process':<22}{'count':>6}{'peak RSS MiB':>14}")
    for label, role, count, peak in rows:
        print(f"{label:<28}{role:<22}{count:>6}{peak:>14.1f}")
    worst = max(rows, key=lambda r: r[3])
    verdict = "met" if worst[3] < TARGET_MIB else "NOT met"
    print(f"\nlargest: {worst[1]} in `{worst[0]}`, {worst[3]:.1f} MiB; target every process < {TARGET_MIB} MiB: "
          f"{verdict}")
    return 0 if worst[3] < TARGET_MIB else 1


if __name__ == "__main__":
    sys.exit(main())
