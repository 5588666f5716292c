"""Decode HTML bytes the way browsers and the WHATWG spec order it: BOM, then the HTTP header, then
`<meta charset>`, then detection. GB2312 and GBK labels decode as gb18030 (a strict superset: real GB2312
pages routinely contain GBK-only characters)."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_\-:.]+)", re.I)
_GB_FAMILY = {"gb2312", "gbk", "gb18030", "x-gbk", "cp936", "euc-cn", "csgb2312", "hz-gb-2312"}
_META_SCAN_BYTES = 4096  # the HTML spec pre-scans the first 1024 bytes; portals often put meta later


def normalise_label(label: str | None) -> str | None:
    """Map a charset label to the Python codec we decode with, or None if unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in _GB_FAMILY:
        return "gb18030"
    if label in ("iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii"):
        # WHATWG: these labels mean windows-1252; error pages on Chinese portals mislabel GBK this way,
        # so treat them as unknown and let the meta tag / detector decide.
        return None
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def header_charset(content_type: str | None) -> str | None:
    if not content_type:
        return None
    match = _HEADER_CHARSET.search(content_type)
    return normalise_label(match.group(1)) if match else None


def meta_charset(body: bytes) -> str | None:
    match = _META_CHARSET.search(body[:_META_SCAN_BYTES])
    return normalise_label(match.group(1).decode("ascii", "replace")) if match else None


def detect_encoding(body: bytes, content_type: str | None = None) -> str:
    """Return the codec name to decode `body` with (BOM → header → meta → detector → utf-8)."""
    for bom, name in _BOMS:
        if body.startswith(bom):
            return name
    for guess in (header_charset(content_type), meta_charset(body)):
        if guess:
            return guess
    best = from_bytes(body[:65536]).best()
    if best is not None and best.encoding:
        return normalise_label(best.encoding) or best.encoding
    return "utf-8"


def decode_html(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Decode `body`; returns (text, codec). Undecodable bytes become U+FFFD rather than raising."""
    encoding = detect_encoding(body, content_type)
    for bom, name in _BOMS:
        if body.startswith(bom) and name == encoding:
            body = body[len(bom):]
            break
    return body.decode(encoding, errors="replace"), encoding
