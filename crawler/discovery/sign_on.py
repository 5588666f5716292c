"""Sign-on round trips: a redirect to another site's sign-on host that names the address asked for as the place to
send the visitor back to.

A column behind a single sign-on client (CAS in gateway mode — the 统一身份认证 of a 政务服务网 on a domain of its
own —, an OAuth-like 登录 front) answers a visitor without its session with a redirect to the sign-on host,
`…/cas/login?service=<the column>&gateway=true`; that host, finding no sign-on session and asking for no
credentials, sends the visitor straight back, and the column, asked again with the session cookie its redirect set,
serves the page. The return address travels in a query parameter the protocols name (CAS `service`, OAuth
`redirect_uri`, and the `returnUrl`/`redirect`/`callback`/`goto` of home-made ones). Only a parameter that names an
address of the redirect chain itself marks the round trip: a sign-on host asked to send the visitor somewhere
else is not one (scope.py follows one hop; cookieredirect.py lets the return through the duplicate filter)."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

from nianbao.crawler.fingerprint import duplicate_key

# the query parameters sign-on protocols carry the return address in (compared in lower case)
RETURN_PARAMETERS = frozenset({
    "service",                                            # CAS
    "redirect_uri",                                       # OAuth 2.0, OpenID Connect
    "redirect", "redirect_url", "redirecturl", "returnurl", "return_url", "returnto", "return_to",
    "callback", "backurl", "goto", "gotourl", "target", "next",
})
SIGN_ON_META = "nianbao_sign_on"   # the sign-on host a request went to (one hop per redirect chain)
_MAX_QUERY = 8192                  # a query longer than this is not read (untrusted input)


def returns_to(url: str, chain: list[str] | tuple[str, ...]) -> str | None:
    """The address of `chain` (the redirect chain that led to `url`) a return parameter of `url`'s query names, if
    any: the sign that `url` is one end of a sign-on round trip."""
    query = urlsplit(url).query
    if not query or len(query) > _MAX_QUERY or not chain:
        return None
    keys = {duplicate_key(address): address for address in chain}
    for name, value in parse_qsl(query, keep_blank_values=False):
        if name.lower() in RETURN_PARAMETERS and value.startswith(("http://", "https://")):
            found = keys.get(duplicate_key(value))
            if found is not None:
                return found
    return None
