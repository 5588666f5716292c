"""The builders of the extra sandbox families (crawler.sandbox.names.EXTRA_FAMILIES), each modelled on real
portals (see each module's docstring for the pages it imitates), and which of them are held out.

HELD_OUT_FAMILIES were chosen before any of them was built and are kept out of the tuning of the crawler's
discovery (issue 12): recall on them, measured once before the discovery changes, is the honest estimate of
recall on portals nianbao has never seen (README, "Recall on unseen portals")."""

from __future__ import annotations

from crawler.sandbox.family_ajax import build_ajax
from crawler.sandbox.family_countdown import build_countdown
from crawler.sandbox.family_docwrite import build_docwrite
from crawler.sandbox.family_dual import build_dual
from crawler.sandbox.family_kingcms import build_kingcms
from crawler.sandbox.family_nbmodule import build_nbmodule
from crawler.sandbox.family_province import build_province
from crawler.sandbox.family_zwgkhost import build_zwgkhost

HELD_OUT_FAMILIES = ("docwrite", "zwgkhost", "kingcms")
TUNING_FAMILIES = ("dual", "ajax", "nbmodule", "countdown", "province")

EXTRA_BUILDERS = {
    "dual": build_dual,
    "ajax": build_ajax,
    "nbmodule": build_nbmodule,
    "countdown": build_countdown,
    "province": build_province,
    # held out: built last, after the tuning families were committed
    "docwrite": build_docwrite,
    "zwgkhost": build_zwgkhost,
    "kingcms": build_kingcms,
}
