"""How many of the bodies a city's report may be of are read by name (docs/agency-misses.md's probe): each short form
or name, put in the same opening sentence (`2024年,市X认真贯彻落实《条例》…`, 宣城市's portal), must give the city's
body by its official name. Prints each form, ok or MISS, and the count read.

Usage: python benchmarks/lexicon_probe.py"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from nianbao.parse.report import parse_report  # noqa: E402

# printed form → the official name the city's body has after the city's name (a name that holds the place inside,
# 团市委's 共青团宣城市委员会, given whole)
FORMS = {"总工会": "总工会", "红十字会": "红十字会", "政数局": "政务服务数据管理局", "粮食和储备局": "粮食和物资储备局",
         "史志办": "史志办公室", "融媒体中心": "融媒体中心", "委党校": "委党校", "地方志办": "地方志办公室",
         "残联": "残疾人联合会", "教育局": "教育局", "工商联": "工商业联合会", "妇联": "妇女联合会", "团市委": "共青团宣城市委员会",
         "档案馆": "档案馆", "党史研究室": "党史研究室", "科协": "科学技术协会", "贸促会": "贸促会", "侨联": "归国华侨联合会",
         "老干部局": "老干部局", "保密局": "保密局", "接待办": "接待办公室", "信访局": "信访局", "机要局": "机要局",
         "编办": "机构编制委员会办公室", "大数据局": "大数据局", "数据局": "数据局"}


def main() -> int:
    read = 0
    for short, full in FORMS.items():
        text = (f"2024年,市{short}认真贯彻落实《中华人民共和国政府信息公开条例》,扎实推进政务公开工作。\n一、总体情况\n"
                "(一)主动公开\n2024年共主动公开信息100条。")
        record = parse_report(text.encode(), "text/plain", None, {"portal_name": "宣城市", "region_code": "341800"})
        ok = record["agency"] == (full if "宣城市" in full else "宣城市" + full)
        read += ok
        print("ok  " if ok else "MISS", short, record["agency"])
    print(f"read {read}/{len(FORMS)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
