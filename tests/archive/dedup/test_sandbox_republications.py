"""The sandbox's republications (other portals, other page templates, PDF/DOC/DOCX attachments), extracted with
nianbao.parse.text.extract_text exactly as the dedup step does, cluster with their originals — and nothing else."""

from __future__ import annotations

from collections import defaultdict
from urllib.parse import urlsplit

import pytest
from nianbao.archive.dedup import DedupDoc, Deduper

sandbox = pytest.importorskip("nianbao.crawler.sandbox")
text_module = pytest.importorskip("nianbao.parse.text")


@pytest.fixture(scope="module")
def clustered():
    box = sandbox.build_sandbox()
    truth = box.ground_truth()
    reports = {r["key"]: r for r in truth["reports"]}
    deduper = Deduper()
    challenged = set(truth.get("challenge_hosts") or ())     # those answer a browser challenge, not the page
    docs = [d for d in truth["documents"] if not d.get("unreachable") and urlsplit(d["url"]).hostname not in challenged]
    for index, doc in enumerate(docs):
        response = box.handle("GET", doc["url"], {}, b"")
        status, headers, body = response[0], dict(response[1]), response[2]
        assert status == 200, doc["url"]
        extracted = text_module.extract_text(body, headers.get("Content-Type"), doc["url"])
        report = reports[doc["report_key"]]
        known = index % 3 != 0                    # a third of the copies come without metadata
        deduper.add(DedupDoc(doc["url"], extracted.text, report["agency"] if known else None,
                             report["year"] if known else None, doc["url"], fmt=doc["format"]))
    return deduper, docs


def test_republications_join_their_originals(clustered) -> None:
    deduper, docs = clustered
    republications = [d for d in docs if d["role"] == "republication"]
    assert republications
    for doc in republications:
        assert deduper.cluster_of(doc["url"]) == deduper.cluster_of(doc["republication_of"]), doc["url"]


def test_no_cluster_holds_two_reports(clustered) -> None:
    deduper, docs = clustered
    key_of = {d["url"]: d["report_key"] for d in docs}
    keys = defaultdict(set)
    for cluster in deduper.clusters():
        for member, _ in cluster.members:
            keys[cluster.cluster_id].add(key_of[member])
    assert all(len(k) == 1 for k in keys.values()), {c: k for c, k in keys.items() if len(k) > 1}


def test_attachments_with_text_tables_join_the_html_report(clustered) -> None:
    deduper, docs = clustered
    html_of = {d["report_key"]: d["url"] for d in docs if d["role"] == "original" and d["format"] == "html"
               and d.get("html_tables") in ("dom", "flattened")}
    attachments = [d for d in docs if d["role"] == "attachment" and d["report_key"] in html_of]
    joined = [d["url"] for d in attachments if deduper.cluster_of(d["url"]) == deduper.cluster_of(html_of[d["report_key"]])]
    print(f"attachments joined: {len(joined)}/{len(attachments)}")
    assert attachments and len(joined) == len(attachments), sorted(set(d["url"] for d in attachments) - set(joined))
