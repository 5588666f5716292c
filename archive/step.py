"""What every pipeline step shares (datatrove style): a small class with one `run` method and a dataclass config.

    stats = run_steps(conn, ExtractStep(...), ClusterStep(...))     # `nianbao dedup`
    stats = run_steps(conn, AssembleStep(...))                      # `nianbao parse`

`run(data)` takes the documents the previous step yielded and yields its own, so documents stream through
(their text is never all in memory); a step that only writes (a sink) yields nothing. Counters go to
`self.stats` as `prefix/metric`, the prefix being the CLI verb whose summary prints them. One bad document is
logged, counted and skipped; a broken run (store unreachable, catalog missing) raises and stops loudly.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator


class PipelineStep:
    stats_prefix = ""      # the verb: `dedup` (extract, cluster) or `parse` (assemble)

    def __init__(self) -> None:
        self.stats: Counter = Counter()

    def count(self, metric: str, n: int = 1) -> None:
        self.stats[f"{self.stats_prefix}/{metric}"] += n

    def run(self, data: Iterable = ()) -> Iterator:
        raise NotImplementedError


def run_steps(conn: sqlite3.Connection, *steps: PipelineStep) -> Counter:
    """Chain the steps (each one's output is the next one's input), drain the last, commit their writes to the
    catalog in one go, and return their counters together."""
    data: Iterable = ()
    for step in steps:
        data = step.run(data)
    for _ in data:
        pass
    conn.commit()
    stats: Counter = Counter()
    for step in steps:
        stats.update(step.stats)
    return stats
