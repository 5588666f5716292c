"""Conditional-GET state per variant of a URL (archive/warc/variants.py): a page that answers one URL per cookie
choice keeps each choice's validators apart from the plain page's, in the catalog as written during a crawl, as
rebuilt from the store, and in a catalog made before variants (migrated, its rows kept as the plain variant's)."""

from __future__ import annotations

import gzip
import shutil
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

from nianbao.archive import reindex
from nianbao.archive.catalog import Catalog
from nianbao.archive.warc.variants import cookie_variant

from tests.archive.harness import fixed_clock

URL = "http://www.example.gov.cn/xxgk/nb/index.html"
UNIT = cookie_variant("xxgk_unit=001")
STATE_COLUMNS = "url, variant, etag, last_modified, payload_digest, record_id, captured_at, last_seen, gone_at"


def _answer(writer, body: bytes, etag: str, cookie: str | None = None):
    """One GET of URL, with a cookie choice in its own Cookie header or plain."""
    metadata = {"portal-id": "p1", "role": "list", "variant": cookie_variant(cookie)}
    return writer.write_exchange(URL, "GET", [("Cookie", cookie)] if cookie else [], b"", 200,
                                 [("Content-Type", "text/html"), ("ETag", etag)], body, metadata=metadata)


def _crawl(make_writer, crawl_id: str, prefix: str, answers: list[tuple[bytes, str, str | None]],
           clock=None) -> list:
    writer = make_writer(crawl_id, id_prefix=prefix)
    if clock is not None:
        writer.clock = clock
    written = [_answer(writer, *answer) for answer in answers]
    assert writer.close()
    return written


def _states(catalog: Catalog) -> list[tuple]:
    return catalog.conn.execute(f"SELECT {STATE_COLUMNS} FROM url_state ORDER BY url, variant").fetchall()


def test_cookie_variant_is_the_choice_in_any_order() -> None:
    assert cookie_variant("unit=A01; nb_year=2022") == cookie_variant("nb_year=2022;unit=A01 ") == \
        "cookie:nb_year=2022; unit=A01"
    assert cookie_variant(None) == cookie_variant(" ; ") == ""


def test_two_variants_of_one_url_keep_their_own_validators(make_writer, catalog) -> None:
    # the plain page, then the unit's list fetched after it: the later capture must not take the plain page's state
    plain, unit = _crawl(make_writer, "c1", "00000000-0000-0000-0001",
                         [(b"<p>own list</p>", '"own-1"', None), (b"<p>unit 001 list</p>", '"u001-1"',
                                                                  "xxgk_unit=001")])
    assert catalog.conditional_state(URL).etag == '"own-1"'
    assert catalog.conditional_state(URL).record_id == plain.record_id
    assert catalog.conditional_state(URL, UNIT).etag == '"u001-1"'
    assert catalog.conditional_state(URL, UNIT).record_id == unit.record_id
    assert catalog.conditional_state(URL, cookie_variant("xxgk_unit=002")) is None   # never asked: no validators
    assert catalog.capture(unit.record_id) is not None
    assert catalog.conn.execute("SELECT variant FROM captures WHERE record_id = ?",
                                (unit.record_id,)).fetchone()[0] == UNIT


def test_a_choice_answering_the_plain_pages_bytes_is_its_own_variants_revisit(make_writer, catalog) -> None:
    """The unit's answer has the plain page's payload (a unit with no list of its own): an identical-payload
    revisit of the plain capture, whose validators stay the choice's own."""
    later = fixed_clock(datetime(2026, 4, 1, tzinfo=timezone.utc), timedelta(seconds=1))
    plain, = _crawl(make_writer, "c1", "00000000-0000-0000-0001", [(b"<p>own list</p>" * 20, '"own-1"', None)])
    unit, = _crawl(make_writer, "c2", "00000000-0000-0000-0002",
                   [(b"<p>own list</p>" * 20, '"u001-1"', "xxgk_unit=001")], clock=later)
    assert unit.record_type == "revisit"
    assert catalog.conditional_state(URL).etag == '"own-1"'
    choice = catalog.conditional_state(URL, UNIT)
    assert (choice.etag, choice.record_id) == ('"u001-1"', plain.record_id)


def test_a_rebuild_from_the_store_gives_the_same_rows(make_writer, catalog, store, tmp_path) -> None:
    later = fixed_clock(datetime(2026, 4, 1, tzinfo=timezone.utc), timedelta(seconds=1))
    _crawl(make_writer, "c1", "00000000-0000-0000-0001",
           [(b"<p>own list</p>", '"own-1"', None), (b"<p>unit 001</p>", '"u001-1"', "xxgk_unit=001")])
    _crawl(make_writer, "c2", "00000000-0000-0000-0002",
           [(b"<p>unit 001 v2</p>", '"u001-2"', "xxgk_unit=001"), (b"<p>unit 002</p>", '"u002-1"', "xxgk_unit=002")],
           clock=later)
    before = _states(catalog)
    assert [(row[1], row[2]) for row in before] == [
        ("", '"own-1"'), (UNIT, '"u001-2"'), (cookie_variant("xxgk_unit=002"), '"u002-1"')]
    reindex.rebuild(tmp_path / "fresh" / "catalog.sqlite", store)
    with Catalog(tmp_path / "fresh" / "catalog.sqlite") as fresh:
        assert _states(fresh) == before
        assert fresh.conn.execute("SELECT record_id, variant FROM captures ORDER BY 1").fetchall() == \
            catalog.conn.execute("SELECT record_id, variant FROM captures ORDER BY 1").fetchall()


def test_a_catalog_made_before_variants_keeps_its_state_as_the_plain_variants(tmp_path) -> None:
    path = tmp_path / "catalog.sqlite"
    with gzip.open(Path(__file__).parent / "fixtures" / "catalog-v0.sqlite.gz", "rb") as src, open(path, "wb") as dst:
        shutil.copyfileobj(src, dst)
    old = sqlite3.connect(path)
    rows = old.execute("SELECT url, etag, last_modified, payload_digest, record_id, captured_at, last_seen, gone_at "
                       "FROM url_state ORDER BY url").fetchall()
    old.close()
    assert len(rows) > 10
    with Catalog(path) as catalog:
        assert _states(catalog) == [(url, "", *rest) for url, *rest in rows]
        url, etag = rows[0][0], rows[0][1]
        assert catalog.conditional_state(url).etag == etag
        assert catalog.conditional_state(url, UNIT) is None
        assert {r[0] for r in catalog.conn.execute("SELECT DISTINCT variant FROM captures")} == {""}
