"""Is a CJK font installed for Chromium? Without one every Chinese character of a rendered page is drawn as an
empty box, and a screenshot — the visual evidence of a render — shows nothing of the report. Chromium finds
fonts through fontconfig, so fontconfig's own answer (`fc-list :lang=zh`) is the one that counts."""

from __future__ import annotations

import os
import shutil
import subprocess
from functools import lru_cache

INSTALL_HINT = ("install a CJK font (Debian: apt-get install fonts-wqy-zenhei, or fonts-noto-cjk; `make demo` "
                "does it when run as root)")


@lru_cache(maxsize=1)
def cjk_font_families() -> tuple[str, ...]:
    """Font families fontconfig lists for Chinese (empty when none, or when fontconfig is not installed)."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return ()
    try:
        out = subprocess.run([fc_list, ":lang=zh", "family"], capture_output=True, text=True, timeout=20).stdout
    except (OSError, subprocess.SubprocessError):
        return ()
    return tuple(sorted({line.split(",")[0].strip() for line in out.splitlines() if line.strip()}))


def cjk_font_installed() -> bool:
    return bool(cjk_font_families())



# Debian's fonts-wqy-zenhei (in .ci/bootstrap) first, then Noto CJK: a fixed font file gives the same drawn bytes
# on every machine that has it; what fontconfig lists for Chinese is the fallback.
KNOWN_CJK_FONT_FILES = (
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
)


@lru_cache(maxsize=1)
def cjk_font_file() -> str | None:
    """A font file with Chinese glyphs that FreeType (Pillow) can draw with, or None."""
    for path in KNOWN_CJK_FONT_FILES:
        if os.path.isfile(path):
            return path
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return None
    try:
        out = subprocess.run([fc_list, ":lang=zh", "file"], capture_output=True, text=True, timeout=20).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    files = sorted({line.split(":")[0].strip() for line in out.splitlines()})
    return next((f for f in files if f.endswith((".ttc", ".ttf", ".otf")) and os.path.isfile(f)), None)
