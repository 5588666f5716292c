"""One reading of a script's functions for every reader of a page's calls: the navigations and data GETs
(script_functions.py) and the cookie setters (cookie_choices.py), in one `ScriptFunctions`. Its own module because
cookie_choices reads setters through script_functions' helpers: the reader of both sits above them, not inside
either (no import circle)."""

from __future__ import annotations

from nianbao.crawler.discovery.cookie_choices import cookie_setters
from nianbao.crawler.discovery.script_functions import (
    DATA_GET,
    NAVIGATION,
    ScriptFunctions,
    _builders,
    unencoded,
)


def read_functions(scripts: str) -> ScriptFunctions:
    """The navigations, data GETs and cookie setters of the functions `scripts` define;
    an argument a body only encodes is read as the parameter (script_functions `_ENCODED`)."""
    if "function" not in scripts and "=>" not in scripts:
        return ScriptFunctions()
    scripts = unencoded(scripts)
    navigations, data_gets = _builders(scripts, (NAVIGATION, DATA_GET))
    setters, unread = cookie_setters(scripts)
    return ScriptFunctions(navigations, data_gets, setters, unread)
