"""A link's query escaped in its document's encoding, as a browser sends it.

A page written in GB2312/GBK (many ASP.NET and older JSP systems: `<globalization requestEncoding="gb2312">`) may
write a raw Chinese query, `<a href="DownLoad.aspx?FileName=某县2023年报.pdf">`. The URL Standard parses a link
with its document's encoding: the path is always percent-encoded as UTF-8, the query in the document's encoding
(GBK bytes: `FileName=%C4%B3%CF%D8…`), and the server decodes it so; the same query escaped as UTF-8 (what Scrapy's
Request does with a raw URL unless told the page's encoding) names no file. Scrapy's own link handling agrees with
the browser: `Response.follow` and LinkExtractor pass the response's encoding to w3lib's `safe_url_string`.

Here the spider escapes every link it takes from a response (static readers, JSON answers, a rendered DOM) with the
encoding of the document the link acts in (`document_encoding`): the response's own, read as parse/encoding.py reads
it; for a page's sub-resources (its data, fragments and scripts, whose addresses the page's script puts into the
page) the page's, carried in meta DOC_ENCODING_META. UTF-8 (and UTF-16, whose URLs browsers encode as UTF-8)
documents' links are left as they are: Scrapy's default is right for them. Characters the encoding cannot
represent become `&#N;`, percent-encoded, as the URL Standard's encoder does (`html` error mode).

Hand-written rather than w3lib's `safe_url_string(url, encoding)`: that raises on such a character, and escaping
only the query's non-ASCII bytes leaves everything else to Scrapy's own escaping (one place decides the rest)."""

from __future__ import annotations

import codecs
from urllib.parse import urlsplit, urlunsplit

from nianbao.parse.encoding import detect_encoding

DOC_ENCODING_META = "nianbao_doc_encoding"   # the encoding links of a sub-resource's answer act in (its page's)
_ERRORS = "nianbao.url_query"
_UTF = ("utf-8", "utf-16", "utf-16-le", "utf-16-be")   # URLs of these documents are UTF-8 (the URL Standard)
MAX_DETECT_BYTES = 65536   # bytes of an undeclared body the detector reads (parse/encoding.py reads as many)


def _character_reference(error: UnicodeError) -> tuple[str, int]:
    """The URL Standard's `html` error mode: an unencodable character as `&#N;`, percent-encoded (its `&`, `#` and
    `;` would otherwise split the query or start a fragment)."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    chars = error.object[error.start:error.end]
    return "".join(f"%26%23{ord(c)}%3B" for c in chars), error.end


codecs.register_error(_ERRORS, _character_reference)


def escapes_query(encoding: str | None) -> bool:
    """Whether links of a document in `encoding` have their query escaped other than as UTF-8."""
    return bool(encoding) and encoding not in _UTF


def url_in_encoding(url: str, encoding: str | None) -> str:
    """`url` with its query's non-ASCII characters percent-encoded in `encoding` (a document's codec name); the
    URL unchanged when it is ASCII or the encoding is UTF-8 (or None: unknown)."""
    if url.isascii() or not escapes_query(encoding):
        return url
    parts = urlsplit(url)
    if parts.query.isascii():   # a non-ASCII path or fragment: UTF-8 for every document (Scrapy's default)
        return url
    try:
        encoded = parts.query.encode(encoding, _ERRORS)
    except LookupError:   # a codec name nobody registered: Scrapy's UTF-8
        return url
    # only the bytes a URL cannot hold are escaped: ASCII (a GBK trail byte in the ASCII range too) stays as the
    # browser leaves it, and Scrapy's own escaping treats it as for any URL
    query = "".join(chr(b) if b < 0x80 else f"%{b:02X}" for b in encoded)
    return urlunsplit(parts._replace(query=query))


def document_encoding(meta: dict, body: bytes, content_type: str, is_text: bool) -> str | None:
    """The encoding a response's links act in: its page's for a sub-resource (meta DOC_ENCODING_META), else the
    response's own as parse/encoding.py decodes it (BOM → header → meta → detection); None for a binary answer (a
    Word file's hyperlinks are Unicode). Kept in `meta` once worked out: a page's links ask it once."""
    known = meta.get(DOC_ENCODING_META)
    if known is not None:
        return known or None
    found = detect_encoding(body[:MAX_DETECT_BYTES], content_type) if is_text else ""
    meta[DOC_ENCODING_META] = found
    return found or None
