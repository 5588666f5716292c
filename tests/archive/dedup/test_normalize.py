from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st
from nianbao.archive.dedup.normalize import (
    _URL,
    RADICAL_SUPPLEMENT,
    _traditional_tables,
    digit_stream,
    has_traditional,
    normalize_key,
    normalize_text,
    normalize_with_codes,
    radical_table,
    remove_urls,
    year_from_title,
)


def test_nfkc_folds_fullwidth_and_kangxi() -> None:
    assert normalize_text("（一）２０１９年⼯作⽇") == "一2019年工作日"


def test_radicals_nfkc_misses_are_mapped() -> None:
    assert unicodedata.normalize("NFKC", "⺠⻔⻓") == "⺠⻔⻓"        # the reason for the table
    assert normalize_text("人⺠政府⻔户⽹站⻓期") == "人民政府门户网站长期"
    assert normalize_text("⻑") == "长"                                # traditional target made simplified


def test_radical_table_covers_the_block_and_agrees_with_kangxi_names() -> None:
    assigned = [chr(cp) for cp in range(0x2E81, 0x2F00) if unicodedata.name(chr(cp), "")]
    assert set(assigned) == set(RADICAL_SUPPLEMENT)
    # Cross-check against Unicode names: "CJK RADICAL C-SIMPLIFIED GATE" ↔ "KANGXI RADICAL GATE" (⾨ → 門 → 门).
    # Left out: the component forms (讠 钅 饣 纟), which are no standalone character.
    kangxi = {unicodedata.name(chr(cp)).removeprefix("KANGXI RADICAL "): unicodedata.normalize("NFKC", chr(cp))
              for cp in range(0x2F00, 0x2FD6)}
    checked = 0
    for radical in assigned:
        name = unicodedata.name(radical).removeprefix("CJK RADICAL ")
        ideograph = kangxi.get(name.removeprefix("C-SIMPLIFIED "))
        if not name.startswith("C-SIMPLIFIED ") or ideograph is None or RADICAL_SUPPLEMENT[radical] in "讠钅饣纟":
            continue
        assert normalize_text(radical) == normalize_text(ideograph), (radical, name)
        checked += 1
    assert checked >= 18
    assert all(len(v) == 1 for v in radical_table().values())


def test_whitespace_punctuation_urls_dropped_digits_kept() -> None:
    raw = ("发布时间：2020-02-28 http://www.lintao.gov.cn/art/2020/2/28/x.html?id=7 来源 www.gsei.gov.cn\n"
           "自 然 人｜ 12 ｜ 3.5\t邮箱 lintaoxzf@163.com。")
    assert normalize_text(raw) == "发布时间20200228来源自然人1235邮箱"
    assert digit_stream(normalize_text(raw)) == "20200228" + "1235"


def test_traditional_converted_only_when_present() -> None:
    assert has_traditional("臨洮縣政府門戶網站")
    assert not has_traditional("临洮县政府门户网站 乾隆")
    assert normalize_text("臨洮縣人民政府辦公室2019年政府資訊公開") == normalize_text("临洮县人民政府办公室2019年政府资讯公开")


def test_copied_opencc_tables_agree_with_the_installed_converter() -> None:
    """The Traditional-only characters come from OpenCC's tables copied beside normalize.py; the conversion is
    the installed `opencc`. Should an OpenCC release drift from the copy, this fails: refresh the copy."""
    import opencc

    detector, _ = _traditional_tables()
    characters = detector.bmp_characters + sorted(detector._astral)
    converted = opencc.OpenCC("t2s").convert("\n".join(characters)).split("\n")
    kept = {c for c, s in zip(characters, converted, strict=True) if s == c}
    assert len(characters) > 4000
    assert kept <= set("甦甯礆"), kept          # OpenCC 1.4 keeps these three as they are; 1.1 converted them
    assert normalize_text("頭髮發展，乾隆著書") == "头发发展乾隆著书"   # phrase-aware: 髮 → 发, 乾 and 著 kept


def test_agency_keys() -> None:
    assert normalize_key(" 临洮县人民政府（办公室） ") == "临洮县人民政府办公室"
    assert normalize_key("临洮县人民政府") != normalize_key("临洮县人民政府办公室")
    assert normalize_key("") is None and normalize_key(None) is None


def test_year_from_title_ignores_chrome_dates() -> None:
    text = "首页>政务公开\n发布时间:2021-02-28\n索引号 2021-00073\n临洮县2020年政府信息公开工作年度报告\n一、总体情况"
    assert year_from_title(text) == 2020
    assert year_from_title("XX市2021年度政府信息公开工作年度报告") == 2021
    assert year_from_title("发布时间:2021-02-28 关于印发2021年政务公开工作要点的通知") is None


def _reference(text: str) -> str:
    from nianbao.archive.dedup.normalize import _normalize_reference, remove_urls

    return _normalize_reference(remove_urls(text))


def test_fast_path_equals_reference_on_report_variants(samples) -> None:
    import random

    from tests import synthetic_reports as syn

    rng = random.Random(5)
    for text in samples.values():
        for variant in syn.REPUBLICATIONS.values():
            copy = variant(text, rng)
            assert normalize_text(copy) == _reference(copy)


ALPHABET = ("临洮县政府人民门长一二三〇0123456789ABCxyzＡＢ１２３（）【】《》，。：；、“”·—…\t\n \u3000|-_/."
            "⼀⼈⼤⼯⽇⺠⻔⻓⻑⺟⻳㈠①⑴℃½ﬁ豈臨縣門e\u0301가ᄀΣ𠀀")


@given(st.text(alphabet=ALPHABET, max_size=80))
@settings(max_examples=300, deadline=None)
def test_fast_path_equals_reference_on_any_mix(text: str) -> None:
    assert normalize_text(text) == _reference(text)


def test_year_from_title_ignores_sentences_citing_a_report() -> None:
    text = "一、总体情况\n现公布临洮县2019年政府信息公开工作年度报告。\n本报告所列数据"
    assert year_from_title(text) is None


def test_self_descriptions_name_unit_and_year() -> None:
    from nianbao.archive.dedup.normalize import self_descriptions

    html = normalize_text("根据《条例》规定，现公布岚川县桥头镇2024年政府信息公开工作年度报告。本报告所列数据……")
    pdf = normalize_text("岚川县桥头镇人民政府2024年政府信息公开工作年度报告\n根据《条例》规定，现公布岚川县桥头镇"
                         "2024年政府信息公开工作年度报告。")
    sibling = normalize_text("根据《条例》规定，现公布岚川县城关镇2024年政府信息公开工作年度报告。")
    next_year = normalize_text("根据《条例》规定，现公布岚川县桥头镇2025年政府信息公开工作年度报告。")
    assert self_descriptions(html) == {"岚川县桥头镇2024"}
    assert self_descriptions(html) & self_descriptions(pdf)
    assert not self_descriptions(html) & self_descriptions(sibling)
    assert not self_descriptions(html) & self_descriptions(next_year)
    assert self_descriptions(normalize_text("一、总体情况 2024年，我镇……")) == frozenset()


URLISH = ("http", "https", "ftp", "://", "www", ".", "gov", "cn", "com", "Org", "INFO", "edu", "net", "@", "a", "1",
          "-", "_", "/", ":", "8080", " ", "\n", "政府", "。", "＠", "ｃｎ")


@given(st.lists(st.sampled_from(URLISH), max_size=25).map("".join))
@settings(max_examples=500, deadline=None)
def test_url_pre_check_never_skips_a_match(text: str) -> None:
    assert remove_urls(text) == _URL.sub(" ", text)


@given(st.text(alphabet=ALPHABET + "٣۴߃३০੪૫୬௭౮೯൦๑໒༣၄႕០᠑１２", max_size=80))
@settings(max_examples=300, deadline=None)
def test_digit_stream_from_code_points_equals_regex(text: str) -> None:
    normalized, codes = normalize_with_codes(text)
    assert digit_stream(normalized, codes) == digit_stream(normalized)
