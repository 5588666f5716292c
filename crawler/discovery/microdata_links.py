"""Addresses a page gives as structured-data property values: `property_links(tree, text) -> list[(value, label)]`.

政府网站 SEO checklists have sites mark lists up as schema.org microdata (`<li itemprop="itemListElement" itemscope
itemtype="https://schema.org/Report">`) or RDFa; a row may then carry its entry's address only as a property value,
opened by a click script: `<meta itemprop="url" content="/nb/t20230118_1.html">` (WHATWG HTML §5.2.4, "Values": a
`meta`'s value is its `content`, a `link`'s its `href`), an item's global identifier `itemid`, or RDFa's `resource`
(and `href` on a non-link element holding a `property`). Those values are read as the page's links, labelled with
the item's `name` property where it has one (the row's title). Which values are addresses is the caller's test
(page.py: a path or a file name, as for `data-url`), so a property holding text (`itemprop="name"`, a date) names
no link; an image property is a link like any other and is dropped as media, not followed. JSON-LD is read with
the page's script data (discovery/inline_data.py). At most MAX_VALUES a page. Pure; no network."""

from __future__ import annotations

MAX_VALUES = 500     # property values read a page (a column's rows)
MAX_LABEL_CHARS = 200
# elements whose microdata value is an attribute (WHATWG "The microdata model": meta content, link href); `a`/`area`
# hrefs are links already, media `src`s are media
_VALUE_ATTR = {"meta": "content", "link": "href"}
# the properties that are the item's own address (schema.org Thing.url, CreativeWork.mainEntityOfPage): labelled with
# the item's name; any other (an image, a logo, an author's page) is no address of the item and goes unlabelled
_OWN_ADDRESS = ("url", "mainentityofpage")


def property_links(tree, text: str) -> list[tuple[str, str]]:
    """(value, raw label) of the page's microdata and RDFa address-bearing property values (module docstring)."""
    if "itemprop" not in text and "itemid" not in text and "resource=" not in text:
        return []
    out: list[tuple[str, str]] = []
    for el in tree.xpath("//*[@itemprop or @itemid or @resource or (@property and @href)]"):
        tag = el.tag if isinstance(el.tag, str) else ""
        prop = (el.get("itemprop") or el.get("property") or "").strip().lower().rsplit(":", 1)[-1]
        own = [el.get("itemid")]   # the item's global identifier
        other = [el.get("resource")]
        if el.get("itemprop") is not None and tag in _VALUE_ATTR:
            (own if prop in _OWN_ADDRESS else other).append(el.get(_VALUE_ATTR[tag]))
        if el.get("property") is not None and tag not in ("a", "area"):
            (own if prop in _OWN_ADDRESS else other).append(el.get("href"))
        if prop in _OWN_ADDRESS:
            own.append(other.pop(0))   # an RDFa `property="url" resource="…"`
        label = _item_name(el) if any(own) else ""
        out += [(value.strip(), label) for value in own if value and value.strip()]
        out += [(value.strip(), "") for value in other if value and value.strip()]
        if len(out) >= MAX_VALUES:
            break
    return out[:MAX_VALUES]


def _item_name(el) -> str:
    """The `name` (or `headline`) property of the item the element belongs to: the row's title."""
    item = el if el.get("itemscope") is not None else next(
        (a for a in el.iterancestors() if a.get("itemscope") is not None), None)
    if item is None:
        return ""
    for prop in item.iter():
        if (prop.get("itemprop") or "").strip() in ("name", "headline", "title"):
            value = prop.get("content") if prop.tag == "meta" else prop.text_content()
            return (value or "")[:MAX_LABEL_CHARS]
    return ""
