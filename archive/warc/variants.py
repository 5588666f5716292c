"""A request's variant: what, besides its URL, chose the answer the server gave (one definition, for the crawler
that writes it and the catalog that keys conditional-GET state by it).

A page that keeps a unit or a year in a cookie (crawler/discovery/cookie_choices.py) answers one URL differently
per cookie: each answer is a variant of the URL, and revalidating one against another's ETag would be wrong (a
304 for the wrong list). The crawler writes the variant into the capture's provenance metadata record (field
`variant`, absent for a plain request), so the catalog's url_state, keyed by (URL, variant), is rebuilt from the
store alone. The plain request is the variant "" (as every capture written before the field existed). A page served
by User-Agent (`Vary: User-Agent`, asked again as a phone: crawler/spiders/ua_variants.py) is the variant
`user-agent:<device>` the same way."""

from __future__ import annotations

VARIANT_FIELD = "variant"     # the provenance metadata field (application/warc-fields)
PLAIN = ""


def cookie_variant(cookie_header: str | None) -> str:
    """The variant of a request carrying its own Cookie header (a choice, not the host's jar): `cookie:` and its
    name=value pairs, sorted, so the order a script wrote them in does not make another variant."""
    pairs = sorted(p.strip() for p in (cookie_header or "").split(";") if p.strip())
    return "cookie:" + "; ".join(pairs) if pairs else PLAIN


def agent_variant(device: str | None) -> str:
    """The variant of a request sent with another device's User-Agent (`phone`), PLAIN for the crawler's own."""
    return f"user-agent:{device}" if device else PLAIN
