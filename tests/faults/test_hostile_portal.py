"""`nianbao run` against the hostile portal (tests/faults/hostile_portal.py): bombs in every format are refused
while unpacking and counted, the endless body and the lying Content-Length are bounded, redirects to private
addresses and other hosts are not followed, and the archive still verifies."""

from __future__ import annotations

import pytest
from nianbao.crawler.app import cli
from nianbao.crawler.app.cli import main

from tests.faults.hostile_portal import HostilePortal


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hostile")
    data = tmp / "data"
    registry = tmp / "registry.csv"
    monkeypatch = pytest.MonkeyPatch()
    real_config = cli.crawl_config

    def fast(*args, **kwargs):   # politeness and retry back-off off: this tests bounds, not waiting
        config = real_config(*args, **kwargs)
        config.extra_settings = {**config.extra_settings, "DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False,
                                 "RETRY_BACKOFF_BASE_S": 0.05, "DOWNLOAD_TIMEOUT": 20}
        return config

    monkeypatch.setattr(cli, "crawl_config", fast)
    with HostilePortal(endless_s=30) as portal:
        registry.write_text(portal.registry_csv(), encoding="utf-8")
        status = main(["run", "--data", str(data), "--registry", str(registry), "--proxy", portal.url,
                       "--render", "never"])
        log = list(portal.log)
    monkeypatch.undo()
    return status, data, log


def test_the_run_finishes_and_archives_what_it_fetched(hostile_run, capsys) -> None:
    status, data, _ = hostile_run
    assert status == 0
    assert main(["verify", "--data", str(data)]) == 0
    assert "all good" in capsys.readouterr().out


def test_bombs_are_refused_and_counted(hostile_run) -> None:
    from nianbao.archive.catalog import Catalog

    _, data, _ = hostile_run
    conn = Catalog(data / "catalog.sqlite", readonly=True).conn
    records = [r[0] for r in conn.execute("SELECT nb_parsed(record) FROM parsed_documents")]
    refused = [r for r in records if '"stage": "unpack"' in r]
    assert len(refused) >= 3, records      # bomb.docx, bomb.pdf, double-flate.pdf


def test_redirects_to_private_addresses_and_other_hosts_are_not_followed(hostile_run) -> None:
    _, _, log = hostile_run
    assert not [url for _, url in log if "127.0.0.1" in url or "169.254" in url or "elsewhere" in url], log
    # scope is by host, as in the rest of the crawler: the portal's own host on another port is followed
    assert any(":8081" in url for _, url in log)
