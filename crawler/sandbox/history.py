"""Historical reports (2008-2018): free-form texts under the 2008 regulation, before the official table format
(ground truth `template: pre2019`, no tables). They are what a transparency time series needs, and their pages
have none of the 2019/2021 tables a crawler may look for.

Their structure follows real ones, e.g. http://www.hunan.gov.cn/xxgk/zfxxgknb/szzf_97945/201307/t20130724_4882079.html
(2008, 衡阳市), https://www.np.gov.cn/cms/html/npszf/2013-01-25/1779102018.html (2012, 南平市),
http://www.linyixian.gov.cn/n54935142/n54940779/n63291928/n63291930/c68562960/content.html (2012, 临邑县) and
http://www.fzja.gov.cn/xjwz/zwgk/zfxxgk/zfxxgknb/201707/t20170721_1341809.htm (2016, 晋安区): 概述, 主动公开,
依申请公开, 收费及减免, 复议诉讼, 问题和改进措施, in prose with the figures inside the sentences.

Only the families of nianbao.crawler.sandbox.names.EXTRA_FAMILIES have them, so the default sandbox is unchanged."""

from __future__ import annotations

from datetime import date, timedelta

from nianbao.crawler.sandbox.names import EXTRA_FAMILIES, County, Unit, rng
from nianbao.crawler.sandbox.prose import Prose
from nianbao.crawler.sandbox.report import Report

HISTORY_YEARS = range(2008, 2019)
_OLD_HEADINGS = ("一、概述", "二、主动公开政府信息的情况", "三、依申请公开政府信息和不予公开政府信息的情况",
                 "四、政府信息公开的收费及减免情况", "五、因政府信息公开申请提起行政复议、行政诉讼的情况",
                 "六、政府信息公开工作存在的主要问题及改进措施")


def _prose(seed, county: County, unit: Unit, year: int) -> Prose:
    r = rng(seed, "history-prose", county.pinyin, unit.key, year)
    we = "我县" if unit.kind == "gov" else "我办"
    active, received, granted = r.randint(300, 4000), r.randint(0, 40), 0
    granted = r.randint(0, received)
    intro = (f"本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求，由{unit.name}编制。全文包括概述、"
             f"主动公开政府信息的情况、依申请公开政府信息和不予公开政府信息的情况、政府信息公开的收费及减免情况、"
             f"因政府信息公开申请提起行政复议和行政诉讼的情况、存在的主要问题及改进措施。本报告中所列数据的统计期限自"
             f"{year}年1月1日起至{year}年12月31日止。")
    sections = {
        "1": [_OLD_HEADINGS[0], f"{year}年，{we}认真贯彻实施《条例》，进一步健全政府信息公开工作机构，完善工作制度，"
              "政府信息公开工作有序推进。"],
        "2": [_OLD_HEADINGS[1], f"{year}年，{we}共主动公开政府信息{active}条，其中通过政府门户网站公开{active - r.randint(0, 99)}条。"],
        "3": [_OLD_HEADINGS[2], f"全年共受理政府信息公开申请{received}件，其中同意公开{granted}件，"
              f"不予公开{received - granted}件。"],
        "4": [_OLD_HEADINGS[3], "全年未收取政府信息公开检索、复制、邮寄等费用。"],
        "5": [_OLD_HEADINGS[4], "全年未发生因政府信息公开申请提起行政复议、行政诉讼的情况。"],
        "6": [_OLD_HEADINGS[5], "主要问题是公开内容不够全面、更新不够及时。下一步，将进一步规范公开程序，加大主动公开力度。"],
    }
    return Prose(intro=intro, sections=sections, figures={"active_total": active, "new_received": received})


def add_history(seed, counties: list[County], reports: list[Report]) -> None:
    """Append the historical reports of the government (and some years of its office) of every county of an
    extra family, keys continuing after the newest key (so the reports of the default families keep theirs)."""
    counter = len(reports)
    for county in counties:
        if county.family not in EXTRA_FAMILIES:
            continue
        r = rng(seed, "history", county.pinyin)
        gov_years = sorted(r.sample(list(HISTORY_YEARS), r.randint(4, 7)))
        office_years = sorted(r.sample(list(range(2014, 2019)), 2))
        for unit in county.units:
            years = gov_years if unit.kind == "gov" else office_years if unit.kind == "office" else []
            for year in years:
                counter += 1
                title = (f"{unit.short}{year}年政府信息公开工作年度报告" if r.random() < 0.7
                         else f"{unit.short}{year}年度政府信息公开年报")
                published = date(year + 1, 3, 1) + timedelta(days=r.randint(0, 30))
                reports.append(Report(key=f"R{counter:04d}", county=county, unit=unit, year=year, published=published,
                                      tables={}, prose=_prose(seed, county, unit, year), title=title,
                                      host=county.host))
