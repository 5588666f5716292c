"""Links of a WML deck that are tasks: `task_links(tree) -> list[(href, label)]`.

Old county portals still run their WAP 1.x site for phones (`wap.X.gov.cn`, `text/vnd.wap.wml`): XML decks of
`<card>`s whose links are `<a href>` — read like HTML's — and, as WML writes navigation, `<go href>` tasks: inside
an `<anchor>` (`<anchor>下一页<go href="nb.wml?p=2"/></anchor>`, the anchor's text the label), a soft key
(`<do type="accept" label="下一页"><go href="…"/></do>`, the `label` attribute) or an event (`<onevent
type="onenterforward">`, a card's `onenterforward` / `ontimer` attribute: a redirect). A deck's pager is often
only such tasks, so without them a deck's next pages have no link (WML 1.1, WAPFORUM's WAP-191; e.g.
https://www.tutorialspoint.com/wml/wml_quick_guide.htm).

The deck is read by the page's HTML parser (lxml keeps WML's unknown elements as they are); only a document that
declares itself WML — a `<wml>` root or WML doctype — is read, so an HTML page's stray `<go>` is not. A `<go>` with
`method="post"` and `<postfield>`s submits a form (a deck's search, a login): not read. At most MAX_TASKS a deck.
Pure; no network."""

from __future__ import annotations

import re

MAX_TASKS = 200                 # a deck holds a handful of cards; more tasks than this is no phone page
MAX_HEAD_CHARS = 1024           # where a deck's declaration and `<wml>` root are
_WML_DECK = re.compile(r"<!DOCTYPE\s+wml\b|<wml[\s>]", re.I)
_EVENT_ATTRS = ("onenterforward", "ontimer")


def is_wml_deck(text: str) -> bool:
    return _WML_DECK.search(text[:MAX_HEAD_CHARS]) is not None


def task_links(tree, text: str) -> list[tuple[str, str]]:
    """(href, raw label) of the deck's `<go>` tasks and card event addresses (module docstring); [] for what is
    no WML deck. (The caller, page.py, cleans the labels: this module must not import it.)"""
    if "<go" not in text and "onenterforward" not in text and "ontimer" not in text or not is_wml_deck(text):
        return []
    out: list[tuple[str, str]] = []
    for el in tree.iter("go", "card"):
        if el.tag == "card":
            out += [(el.get(attr).strip(), el.get("title") or "") for attr in _EVENT_ATTRS if el.get(attr)]
        elif el.get("href") and (el.get("method") or "get").strip().lower() == "get":
            out.append((el.get("href").strip(), _label(el)))
        if len(out) >= MAX_TASKS:
            break
    return out[:MAX_TASKS]


def _label(go) -> str:
    parent = go.getparent()
    if parent is None:
        return ""
    if parent.tag == "do":
        return parent.get("label") or parent.get("name") or ""
    return parent.text_content() if parent.tag == "anchor" else ""
