from __future__ import annotations

from nianbao.parse import traditional
from nianbao.parse.traditional import fold_traditional, has_traditional, marker_counts


def test_traditional_text_is_folded_and_simplified_text_is_left_as_written(monkeypatch):
    assert fold_traditional("政府信息公開工作年度報告") == "政府信息公开工作年度报告"
    assert marker_counts("縣政府信息公開年報，县") == (3, 1)
    # no marker: returned as written, without OpenCC (t2s would also rewrite valid Simplified: 乾 → 干)
    monkeypatch.setattr(traditional, "t2s", lambda: (_ for _ in ()).throw(AssertionError("converted")))
    for text in ("乾县2023年政府信息公开工作年度报告", "", "Annual report 2023"):
        assert not has_traditional(text) and fold_traditional(text) == text
