"""Sign-on round trips (crawler/discovery/sign_on.py): a redirect from the portal's site to another site's sign-on host
that names the address asked for as the way back is followed one hop (scope.py), and the host's redirect back is
asked past the duplicate filter (cookieredirect.py); nothing else is."""

from __future__ import annotations

import asyncio
from urllib.parse import quote

import pytest
from nianbao.crawler.discovery.sign_on import SIGN_ON_META, returns_to
from nianbao.crawler.downloadermiddlewares.cookieredirect import CookieRedirectLoop
from nianbao.crawler.downloadermiddlewares.scope import OffsiteRequest
from scrapy import Request
from scrapy.http import HtmlResponse

from tests.crawler.test_cookie_redirect import _middleware, _redirect
from tests.crawler.test_middlewares import _scope

COLUMN = "http://www.a.gov.cn/a/zfxxgk/nb/qzf/index.html"
SSO = "http://sso.azwfw.gov.cn/cas/login"


def _cas(service: str = COLUMN, **extra: str) -> str:
    query = "&".join([f"service={quote(service, safe='')}", *(f"{k}={v}" for k, v in extra.items())])
    return f"{SSO}?{query}"


def _hop(url: str, chain=(COLUMN,), **meta) -> Request:
    return Request(url, meta={"nianbao_portal": "a", "nianbao_role": "column", "redirect_urls": list(chain), **meta})


def test_a_return_parameter_naming_the_chain_marks_a_round_trip():
    assert returns_to(_cas(gateway="true"), [COLUMN]) == COLUMN
    assert returns_to(f"{SSO}?redirect_uri={quote(COLUMN + '#x')}&state=1", [COLUMN]) == COLUMN   # as the filter compares
    assert returns_to(f"http://login.example.com/?ReturnUrl={quote(COLUMN)}", ["http://x/", COLUMN]) == COLUMN
    # no round trip: another address, another site, a parameter no protocol returns by, no chain
    assert returns_to(_cas("http://www.a.gov.cn/a/other.html"), [COLUMN]) is None
    assert returns_to(_cas("http://www.b.gov.cn/a/zfxxgk/nb/qzf/index.html"), [COLUMN]) is None
    assert returns_to(f"{SSO}?ref={quote(COLUMN)}", [COLUMN]) is None
    assert returns_to(_cas(), []) is None and returns_to(SSO, [COLUMN]) is None


def test_scope_follows_one_hop_to_the_sign_on_host(tmp_path):
    mw, stats = _scope(tmp_path)
    hop = _hop(_cas(gateway="true"))
    assert asyncio.run(mw.process_request(hop)) is None
    assert hop.meta[SIGN_ON_META] == "sso.azwfw.gov.cn"
    assert stats.get_value("scope/sign_on_hop") == 1 and stats.get_value("scope/sign_on_hop/a") == 1
    robots = Request("http://sso.azwfw.gov.cn/robots.txt", meta={"nianbao_portal": "a", "nianbao_role": "robots"})
    assert asyncio.run(mw.process_request(robots)) is None      # the host's robots.txt is obeyed
    # the host does not send back: its page is not the portal's, and nothing beyond the one hop is followed
    with pytest.raises(OffsiteRequest):
        mw.process_response(hop, HtmlResponse(hop.url, body=b"<form>login</form>", request=hop))
    assert stats.get_value("scope/sign_on_no_return") == 1
    onward = _hop(_cas(), chain=(COLUMN, hop.url), **{SIGN_ON_META: hop.meta[SIGN_ON_META]})
    with pytest.raises(OffsiteRequest):
        asyncio.run(mw.process_request(onward))
    # the way back to the portal is in scope, and its answer is the portal's
    back = _hop(COLUMN, chain=(COLUMN, hop.url), **{SIGN_ON_META: "sso.azwfw.gov.cn"})
    assert asyncio.run(mw.process_request(back)) is None
    answer = HtmlResponse(COLUMN, body=b"<ul><li>list</li></ul>", request=back)
    assert mw.process_response(back, answer) is answer


def test_scope_refuses_what_is_no_round_trip(tmp_path):
    mw, stats = _scope(tmp_path)
    for request in [
        _hop(_cas("http://www.elsewhere.com/")),                           # a service naming another site
        _hop(_cas("http://www.a.gov.cn/a/other.html")),                     # another address of the portal
        Request(_cas(), meta={"nianbao_portal": "a", "nianbao_role": "column"}),   # a link, not a redirect
        _hop(_cas("http://www.mirror.com/x"), chain=("http://www.mirror.com/x",)),  # a chain off the site
        _hop(_cas(), chain=(COLUMN,), **{SIGN_ON_META: "sso.azwfw.gov.cn"}),   # a second hop in one chain
        Request("http://sso.azwfw.gov.cn/robots.txt", meta={"nianbao_portal": "a", "nianbao_role": "robots"}),
    ]:
        with pytest.raises(OffsiteRequest):
            asyncio.run(mw.process_request(request))
    assert not stats.get_value("scope/sign_on_hop")


def test_scope_bounds_the_round_trips_per_sign_on_host(tmp_path):
    mw, stats = _scope(tmp_path)
    mw.sign_on_hops_per_host = 2
    for _ in range(2):
        assert asyncio.run(mw.process_request(_hop(_cas(gateway="true")))) is None
    with pytest.raises(OffsiteRequest):
        asyncio.run(mw.process_request(_hop(_cas(gateway="true"))))
    assert stats.get_value("scope/sign_on_hop") == 2 and stats.get_value("scope/sign_on_capped") == 1


def test_the_way_back_is_asked_past_the_duplicate_filter_once():
    mw = _middleware()
    hop = _hop(_cas(gateway="true"), **{SIGN_ON_META: "sso.azwfw.gov.cn"})
    back = mw.process_response(hop, _redirect(hop, COLUMN, cookie=False))
    assert isinstance(back, Request) and back.url == COLUMN and back.dont_filter
    assert mw.stats.get_value("cookie_redirect/sign_on_returns") == 1
    # not a round trip's hop: a redirect back without a cookie is a loop, dropped as before
    plain = _hop("http://sso.azwfw.gov.cn/x")
    with pytest.raises(CookieRedirectLoop):
        mw.process_response(plain, _redirect(plain, COLUMN, cookie=False))
    # the sign-on host sending the visitor elsewhere: left to Scrapy's redirects (and so to scope's one hop)
    elsewhere = _hop(_cas(gateway="true"), **{SIGN_ON_META: "sso.azwfw.gov.cn"})
    response = _redirect(elsewhere, "/cas/login?renew=true", cookie=False)
    assert mw.process_response(elsewhere, response) is response
    assert mw.stats.get_value("cookie_redirect/sign_on_returns") == 1

