"""The characters a Chinese name is written in: one definition for every pattern that reads a unit, agency or
place name.

Names of towns and villages use rare characters: 塘㙍镇's 㙍 (U+364D) is in CJK Unified Ideographs Extension A
(U+3400-U+4DBF), outside the Basic block (U+4E00-U+9FFF) a bare `[\u4e00-\u9fff]` class holds, so such a pattern cut
the name at the rare character. `HAN` is a character-class body (no brackets), to be put inside `[…]` with whatever
punctuation a pattern allows next to it: `rf"[{HAN}（）()]{{2,30}}"`.
(Extensions B and on lie outside the Basic Multilingual Plane, and gov.cn pages write them as images or
substitutes; the compatibility block, U+F900-U+FAFF, is left out: its ideographs are twins of Basic ones that a
name written in them would not match any list by anyway.)
"""

from __future__ import annotations

HAN = r"\u3400-\u4dbf\u4e00-\u9fff"
