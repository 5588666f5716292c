"""Run records: what a run found changed (its history row and the reports it marked gone) written to the store
as a small WARC of its own, so that the run history and `gone_at` are rebuilt from the store like everything
else (`nianbao reindex`) rather than living only in the catalog database.

    data = build_run_warc(runs.run_document(conn, run_id))   # archive/runs.py archive_run stores and ingests it

The file is `warcs/<run-id>/nianbao-run-<run-id>.warc.gz` (with its `.cdxj` beside it): a warcinfo record and one metadata record
(`WARC-Target-URI: urn:nianbao-run:<run-id>`, Content-Type `application/json; profile="nianbao-run"`) whose
JSON holds the run's row and `gone: [{url, last_seen, gone_at}]`. The catalog ingests it like any WARC.
"""

from __future__ import annotations

from datetime import datetime

from nianbao.archive.warc.json_warc import build_json_warc

RUN_CONTENT_TYPE = 'application/json; profile="nianbao-run"'
RUN_URI_PREFIX = "urn:nianbao-run:"


def run_key(run_id: str) -> str:
    return f"warcs/{run_id}/nianbao-run-{run_id}.warc.gz"


def build_run_warc(document: dict, record_id: str | None = None, info_id: str | None = None,
                   date: datetime | None = None) -> bytes:
    """A gzipped WARC 1.1 holding one run record (ids and date may be fixed for tests)."""
    run_id = document["run"]["run_id"]
    return build_json_warc(run_key(run_id), run_id, "nianbao run record: run history row and reports found gone",
                           f"{RUN_URI_PREFIX}{run_id}", RUN_CONTENT_TYPE, document, record_id, info_id, date)
