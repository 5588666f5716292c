"""Prose of sections 一, 五, 六 and the opening paragraph, written like the real reports in tests/samples.

Phrase choice is keyed by a *style key*: the unit for a county government, office, department or zone (so the
same agency's next-year report reuses most of its prose with other numbers) and one key per county for all its
townships (siblings share a template: the hard negatives of dedup).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from nianbao.crawler.sandbox.names import County, Unit, rng


@dataclass
class Prose:
    intro: str
    sections: dict[str, list[str]]                  # "1", "5", "6" -> paragraphs
    figures: dict[str, int] = field(default_factory=dict)   # what the prose states (prose_vs_table ids)


def we(unit: Unit) -> str:
    if unit.kind == "gov":
        return "我市" if unit.level == "city" else "我县"
    if unit.kind == "office":
        return "我办"
    if unit.kind == "department":
        return "我局"
    if unit.kind == "zone":
        return "管委会"
    return "我街道" if "街道" in unit.name else ("我乡" if unit.name.endswith("乡人民政府") else "我镇")


_ACTIVE = [
    "{year}年，{we}坚持“公开为常态、不公开为例外”，通过{platform}主动公开政府信息{info}条，其中机构职能、政策文件、"
    "财政预决算、人事信息等基础信息{base}条，重点领域信息{key}条；发布政策解读{jd}篇，回应社会关切{hy}次。",
    "全年通过政府门户网站、政务新媒体、政务公开栏等渠道发布各类政府信息{info}条，更新信息公开目录{base}条，"
    "编发政府公报{gb}期，发布政策解读材料{jd}篇，组织政府开放日活动{kfr}次。",
    "围绕优化营商环境、乡村振兴、民生保障等重点工作，{we}在{platform}发布工作动态、通知公告、规划计划等信息{info}条，"
    "其中重点领域信息{key}条，图文解读{jd}篇。",
]
_ACTIVE_TOWN = [
    "{year}年，{we}依托{county}人民政府门户网站乡镇（街道）信息公开专栏主动公开政府信息{info}条，其中工作动态{base}条、"
    "财政信息{gb}条、惠农补贴等民生信息{key}条，通过村（居）务公开栏公开信息{hy}条。",
    "{we}严格落实主动公开基本目录，{year}年在{county}政府信息公开平台发布信息{info}条，涵盖机构职能、财政预决算、"
    "惠民惠农政策落实、社会救助等内容，便民服务中心公开栏更新{hy}次。",
]
_REQUEST_NONE = "{year}年，{we}未收到政府信息公开申请，无上年结转申请。"
_REQUEST = [
    "{year}年，{we}共收到政府信息公开申请{n}件，均在法定期限内答复，结转下年度继续办理{fwd}件。",
    "全年{we}共收到政府信息公开申请{n}件，其中自然人提出{np}件、法人或其他组织提出{org}件，已全部按期办结。",
    "畅通网络、信函、当面等申请渠道，{year}年{we}共收到政府信息公开申请{n}件，做到件件有登记、件件有回复。",
]
_REVIEW = "因政府信息公开被申请行政复议{rv}件、提起行政诉讼{lt}件。"
_REVIEW_NONE = "全年未发生因政府信息公开引起的行政复议、行政诉讼案件。"
_MANAGE = [
    "严格落实政府信息公开保密审查制度，坚持“先审查、后公开”和“一事一审”，全年未发生泄密或不当公开事件。"
    "规范政府信息发布流程，对拟公开信息实行“三审三校”，确保内容准确、发布及时。",
    "健全政府信息管理动态调整机制，及时清理、更新主动公开目录，对规范性文件实行统一登记、统一编号、统一公布，"
    "定期开展已公开信息的评估和清理。",
    "加强政府信息源头管理，在公文办理环节明确公开属性，做到应公开尽公开；落实政策解读与政策文件同步组织、同步审签、同步部署。",
]
_PLATFORM = [
    "持续加强政府网站和政务新媒体建设，按照集约化要求完成栏目优化调整，全年网站安全平稳运行，无重大安全事故。",
    "依托政府门户网站“政府信息公开”专栏，规范设置信息公开指南、信息公开制度、法定主动公开内容、信息公开年报等栏目，"
    "政务新媒体账号“{short}发布”全年推送信息{wx}条。",
    "完善政务公开专区建设，在便民服务中心设置政府信息查阅点，提供政策咨询和信息查阅服务。",
]
_SUPERVISE = [
    "将政务公开工作纳入年度目标考核，明确分管领导和专职人员，组织开展业务培训{px}次，全年未发生责任追究情况。",
    "建立政务公开工作监督检查机制，定期对网站栏目进行自查，发现问题及时整改，接受社会公众、新闻媒体监督。",
    "认真落实《条例》第五十条第四项要求，开展工作考核和社会评议，未发生因政府信息公开工作引起的责任追究。",
]
_PROBLEMS = [
    ("一是主动公开的深度和广度还不够，部分栏目信息更新不及时；二是政策解读形式较为单一，图解、视频等解读形式运用不多；"
     "三是工作人员业务能力有待进一步提高。"),
    ("政务公开工作人员业务能力薄弱，对政策法规和公开流程掌握不深；政府信息公开的协调流程不够顺畅，部门间协同存在不足。"),
    ("对照上级要求，{we}政务公开工作仍存在一些不足：信息公开的规范化、标准化水平有待提升，依申请公开答复的规范性还需加强。"),
]
_IMPROVE = [
    "下一步，{we}将进一步拓展公开内容，加强重点领域信息公开；丰富政策解读方式，提升解读质量；定期开展业务培训，"
    "提升工作人员能力水平。",
    "{next_year}年，{we}将定期开展政务公开培训，重点培养工作人员信息发布与回应关切的能力；秉持“公开为原则，不公开为例外”，"
    "梳理政府信息，优化发布流程，确保公众便捷查询。",
    "针对上述问题，{we}将严格落实政务公开各项制度，加强栏目日常巡查维护，及时更新公开内容，不断提升政务公开工作质效。",
]
_LAST_YEAR = "对上年度报告提出的问题，{we}已通过完善栏目设置、加强审核把关等措施进行了整改。"
_FEE_NONE = ("根据《国务院办公厅关于印发〈政府信息公开信息处理费管理办法〉的通知》（国办函〔2020〕109号）规定，"
             "{year}年度{we}未收取信息处理费。")
_FEE = "依据《政府信息公开信息处理费管理办法》规定，{year}年{we}实际收取信息处理费共计{fee}元。"
_NPC = "{year}年，{we}共承办人大代表建议{a}件、政协提案{b}件，办复率100%，办理结果已按规定公开。"
_KEYPOINTS = "对照{year}年政务公开工作要点，{we}逐项分解任务、明确责任，各项工作均已按要求落实。"
_NOTHING = ["无。", "本年度无其他需要报告的事项。"]


def _pick(r, options: list[str]) -> str:
    return options[r.randrange(len(options))]


def write_prose(seed: int, county: County, unit: Unit, year: int, tables: dict, host: str,
                figure_errors: dict[str, int] | None = None) -> Prose:
    """Prose for one report. `figure_errors` shifts stated figures away from the tables (recorded)."""
    style = f"townships:{county.pinyin}" if unit.kind == "township" else f"unit:{county.pinyin}:{unit.key}"
    s = rng(seed, "style", style)                      # template choices: stable across years and siblings
    n = rng(seed, "numbers", county.pinyin, unit.key, year)   # numbers: per report
    big = unit.kind in ("gov",)
    v = {"year": year, "next_year": year + 1, "we": we(unit), "county": county.name, "short": county.name,
         "platform": f"{county.gov_name}门户网站" if unit.kind != "township" else f"{county.name}政府信息公开平台",
         "info": n.randint(800, 4000) if big else n.randint(15, 400), "base": n.randint(20, 300),
         "key": n.randint(10, 500), "jd": n.randint(2, 40), "hy": n.randint(3, 60), "gb": n.randint(1, 12),
         "kfr": n.randint(1, 5), "wx": n.randint(50, 900), "px": n.randint(1, 6)}
    errors = figure_errors or {}
    apps, rl = tables["applications"], tables["review_litigation"]
    figures: dict[str, int] = {}

    def stated(what: str, actual: int) -> int:
        figures[what] = actual + errors.get(what, 0)
        return figures[what]

    paragraphs = []
    if unit.kind in ("gov",):
        paragraphs.append(f"{year}年，{v['we']}认真贯彻落实党中央、国务院关于全面推进政务公开工作的决策部署，严格执行"
                          f"《中华人民共和国政府信息公开条例》，紧紧围绕{county.gov_name}中心工作和人民群众关注关切，"
                          f"以公开促落实、以公开促规范、以公开促服务，政务公开工作取得新成效。")
    active = _pick(s, _ACTIVE_TOWN if unit.kind == "township" else _ACTIVE).format(**v)
    paragraphs.append("（一）主动公开情况。" + active)
    total_new = apps["new_received"]["total"]
    if total_new == 0 and not errors.get("new_received"):
        request = _REQUEST_NONE.format(**v)
    else:
        i = s.randrange(len(_REQUEST))
        org = sum(apps["new_received"][c] for c in ("commercial", "research", "social_org", "legal_service",
                                                      "other_org"))
        fwd = apps["carried_forward"]["total"]
        request = _REQUEST[i].format(n=stated("new_received", total_new),
                                     fwd=stated("carried_forward", fwd) if i == 0 else fwd,
                                     np=apps["new_received"]["natural_person"], org=org, **{
                                         k: v[k] for k in ("year", "we")})
    rv, lt = rl["review"]["total"], rl["litigation_direct"]["total"] + rl["litigation_after_review"]["total"]
    if rv or lt:
        request += _REVIEW.format(rv=stated("review", rv), lt=stated("litigation", lt))
    else:
        request += _REVIEW_NONE
    paragraphs.append("（二）依申请公开情况。" + request)
    paragraphs.append("（三）政府信息管理情况。" + _pick(s, _MANAGE).format(**v))
    paragraphs.append("（四）政府信息公开平台建设情况。" + _pick(s, _PLATFORM).format(**v))
    paragraphs.append("（五）监督保障情况。" + _pick(s, _SUPERVISE).format(**v))

    five = ["（一）存在的主要问题", _pick(s, _PROBLEMS).format(**v), "（二）改进情况",
            _pick(s, _IMPROVE).format(**v)]
    if year >= 2021 and n.random() < 0.5:
        five.append(_LAST_YEAR.format(**v))

    if year >= 2021:
        fee_count = apps.get("other.overdue_fee", {}).get("total", 0)
        six = ["（一）收取信息处理费情况",
               (_FEE.format(fee=n.choice((100, 200, 400, 600)), **v) if fee_count and n.random() < 0.5
                else _FEE_NONE.format(**v))]
        if unit.kind in ("gov", "office"):
            six += ["（二）人大代表建议和政协提案办理情况", _NPC.format(a=n.randint(20, 120), b=n.randint(30, 160), **v),
                    "（三）政务公开工作要点落实情况", _KEYPOINTS.format(**v)]
    elif unit.kind == "gov":
        six = [_NPC.format(a=n.randint(20, 120), b=n.randint(30, 160), **v)]
    else:
        six = [_pick(s, _NOTHING)]

    office = f"{county.gov_name}办公室" if unit.kind in ("gov", "office") else unit.name
    phone = f"0{n.randint(800, 899)}-{n.randint(2000000, 8999999)}"
    intro = (f"根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，现公布{unit.short}{year}年政府信息公开工作年度报告。"
             f"本报告所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。本报告电子版可在“{county.gov_name}”门户网站"
             f"（http://{host}）查阅或下载。如对本报告有疑问，请与{office}联系（电话：{phone}）。")
    return Prose(intro=intro, sections={"1": paragraphs, "5": five, "6": six}, figures=figures)
