"""Compressed JSON records in the catalog, and a report record as what it adds to its document's parse.

    blob = pack(conn, value); value = unpack(conn, blob)     # zstd; a dictionary from `blob_dicts` when there is one
    train_dictionary(conn, samples)                           # once the catalog holds enough documents
    stored = overlay(base, record, base_id); record = merge(base, stored)

The dictionary is trained on the catalog's own first documents (again at 256 and 2,048 documents: more samples
make a better one; the newest is used for writing) (the DESIGN keys, rule names and locator structure
every report repeats); each blob names its dictionary in its zstd frame header, so blobs written before the
dictionary existed still read. archive/derived.py stores records with these; archive/schema.py's migration to
schema version 2 converts the JSON text of older catalogs with them (so this module imports nothing of archive/).
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3

try:  # Python 3.14 ships zstd; before it, the backport (pyproject.toml)
    from compression import zstd  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - depends on the Python version
    from backports import zstd

log = logging.getLogger(__name__)

LEVEL = 12                  # zstd level: slower to write than the default 3, ~15% smaller; reads are as fast
MAX_DICT_BYTES = 64 * 1024  # dictionary size: a hundredth of its samples (zstd's advice), at most this
TRAIN_AT = (32, 256, 2048)  # documents stored when a dictionary is trained (again: more samples, a better one)
TRAIN_SAMPLES = 2048        # documents a dictionary is trained on (the first ones stored)
_dicts: dict[bytes, zstd.ZstdDict] = {}        # dictionary content → ZstdDict (its tables built once)
_MISSING = object()


class MissingDictionary(Exception):
    """A blob was compressed with a dictionary the catalog does not hold."""


def dumps(value) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _zstd_dict(content: bytes) -> zstd.ZstdDict:
    found = _dicts.get(content)
    if found is None:
        found = _dicts[content] = zstd.ZstdDict(content)
    return found


def _current_dict(conn: sqlite3.Connection) -> zstd.ZstdDict | None:
    row = conn.execute("SELECT content FROM blob_dicts ORDER BY dict_id DESC LIMIT 1").fetchone()
    return _zstd_dict(row[0]) if row else None


def pack(conn: sqlite3.Connection, value) -> bytes:
    data = dumps(value)
    dictionary = _current_dict(conn)
    return zstd.compress(data, LEVEL, zstd_dict=dictionary) if dictionary else zstd.compress(data, LEVEL)


def unpack(conn: sqlite3.Connection, blob: bytes):
    dict_id = zstd.get_frame_info(blob).dictionary_id
    if not dict_id:
        return json.loads(zstd.decompress(blob))
    row = conn.execute("SELECT content FROM blob_dicts WHERE dict_id = ?", (dict_id,)).fetchone()
    if row is None:
        raise MissingDictionary(f"a record in the catalog needs compression dictionary {dict_id}, which the catalog "
                                "does not hold: delete the derived tables' rows (parsed_documents, reports, "
                                "doc_features, clusters, cluster_members) and run `nianbao dedup` and `parse` again")
    return json.loads(zstd.decompress(blob, zstd_dict=_zstd_dict(row[0])))


def train_dictionary(conn: sqlite3.Connection, samples: list[bytes]) -> bool:
    """Store a dictionary trained on `samples` (JSON texts); False when zstd finds too little to learn from."""
    size = max(4096, min(MAX_DICT_BYTES, sum(map(len, samples)) // 100))
    try:
        trained = zstd.train_dict(samples, size)
    except zstd.ZstdError as exc:
        log.info("no compression dictionary from %d documents yet (%s)", len(samples), exc)
        return False
    conn.execute("INSERT OR REPLACE INTO blob_dicts (dict_id, content, sha256) VALUES (?, ?, ?)",
                 (trained.dict_id, trained.dict_content, hashlib.sha256(trained.dict_content).hexdigest()))
    return True


def _extends(longer, shorter) -> bool:
    return (isinstance(longer, list) and isinstance(shorter, list) and len(longer) > len(shorter)
            and longer[:len(shorter)] == shorter)


def overlay(base: dict, record: dict, base_id: str | None) -> dict:
    """What `record` adds to or changes in `base` (its canonical document's parse), and its key order. A list the
    record only extends (validation with the rule across years) keeps just the added items (`more`)."""
    changed = {k: v for k, v in record.items() if base.get(k, _MISSING) != v}
    more = {k: v[len(base[k]):] for k, v in changed.items() if _extends(v, base.get(k))}
    return {"base": base_id, "keys": list(record), "more": more,
            "own": {k: v for k, v in changed.items() if k not in more}}


def merge(base: dict, stored: dict) -> dict:
    own, more = stored["own"], stored.get("more") or {}
    return {k: own[k] if k in own else base[k] + more[k] if k in more else base[k] for k in stored["keys"]}
