import lxml.html
import pytest
from nianbao.parse.html_tables import TableTooLarge, cell_text, table_grid


def _table(html: str):
    return lxml.html.fragment_fromstring(html)


def test_rowspan_and_colspan_resolve_to_a_grid():
    table = _table("""<table>
      <tr><td rowspan="2">a</td><td colspan="2">b</td></tr>
      <tr><td>c</td><td>d</td></tr>
      <tr><td>e</td><td></td><td>&nbsp;</td></tr></table>""")
    grid, spans = table_grid(table)
    assert grid == [["a", "b", None], [None, "c", "d"], ["e", "", ""]]
    assert spans == {(0, 1): 2}


def test_spans_are_clipped_to_the_table_and_bad_values_ignored():
    grid, _ = table_grid(_table('<table><tr><td rowspan="99">a</td><td colspan="x">b</td></tr>'
                                '<tr><td>c</td></tr></table>'))
    assert grid == [["a", "b"], [None, "c"]]


def test_nested_rows_are_not_the_outer_tables():
    outer = _table("<table><tr><td><table><tr><td>x</td></tr></table></td><td>y</td></tr></table>")
    grid, _ = table_grid(outer)
    assert len(grid) == 1 and grid[0][1] == "y"


def test_cell_text_joins_split_numbers_and_breaks_lines():
    cell = lxml.html.fragment_fromstring("<td><span>1</span><span>2</span><br>件<!-- c --><script>x</script></td>")
    assert cell_text(cell) == "12 件"


def test_table_size_is_bounded():
    with pytest.raises(TableTooLarge):
        table_grid(_table('<table><tr><td colspan="1000">a</td></tr>' + "<tr><td>b</td></tr>" * 30 + "</table>"),
                   max_cells=20_000)
