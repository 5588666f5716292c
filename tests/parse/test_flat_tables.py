"""Each flattened shape found in tests/samples/ becomes the same cell stream."""

from nianbao.parse.flat_tables import text_cells

ROW = ["行政许可", "1259", "+3", "18249"]


def test_one_cell_per_line_with_blank_and_nbsp_lines():
    text = "行政许可\n\n\u00a0\n\n1259\n\n\u00a0\n+3\n\n18249\n"
    assert text_cells(text) == ROW


def test_cells_ending_in_pipe_and_pipe_only_span_lines():
    text = "行政许可 |\n1259 |\n+3 |\n18249 |\n||"
    assert text_cells(text) == ROW


def test_pipe_lines_between_wrapped_cells():
    text = "行政\n许可\n|\n1259\n|\n+3\n|\n18249\n|\n结果\n维持\n|"
    assert text_cells(text) == ROW + ["结果维持"]


def test_pipe_joined_rows():
    assert text_cells("行政许可 | 1259 | +3 | 18249 | |") == ROW


def test_tab_separated_rows():
    assert text_cells("行政许可\t\t1259\t+3\t18249\t\t") == ROW


def test_header_broken_one_character_per_line():
    text = "三\n、\n本\n年\n度\n办\n理\n结\n果\n(一)予以公开\n23\n5\n0"
    assert text_cells(text) == ["三、本年度办理结果", "(一)予以公开", "23", "5", "0"]


def test_single_digits_and_none_rows_do_not_merge():
    assert text_cells("0\n0\n1") == ["0", "0", "1"]
    assert text_cells("无\n无\n无") == ["无", "无", "无"]


def test_space_separated_values_split_but_spaced_labels_stay_whole():
    assert text_cells("行政许可 1259 +3 18249") == ROW
    assert text_cells("一、本年新收政府信息公开申请数量\u3000 26 0 0 0 0 0 26") == [
        "一、本年新收政府信息公开申请数量", "26", "0", "0", "0", "0", "0", "26"]
    assert text_cells("自 然 人 |") == ["自 然 人"]
    assert text_cells("2019年 全县共收到申请 6 件") == ["2019年 全县共收到申请 6 件"]
