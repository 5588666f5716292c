"""年报 lists paged by layui's laypage: the pager is drawn by a script from a total count, its page links are
`javascript:;` anchors, and the next page's URL exists only inside the `jump` callback (a Shaanxi-style county
政府信息公开专栏), held out of tuning.

Modelled on http://www.sxjiaxian.gov.cn/zwgk/zfxxgkzl/xtjdbnb/ct/49959.htm (佳县: 政务公开 → 政府信息公开专栏 →
乡镇街道办年报, articles /zwgk/zfxxgkzl/<column>/ct/<id>.htm, a 镇's 2022 report) and
http://www.xixianxinqu.gov.cn/xwzx/ztzl/zfxxgknb/2022/gzj/tpz/63d48a80f8fd1c4c213ab9ff.html (a 年报 专题 split by
kind of unit). The pager is the one newer such sites draw with layui (`laypage.render({elem, count, limit, curr,
jump})`, as in https://github.com/bei-tian/admin-ui/blob/master/public/static/js/modules/list.js): the HTML holds
an empty `<div id="page">` and the item count; laypage writes `<a href="javascript:;" data-page="n">` links and a
click calls `jump`, which sets `location.href` to the page's static file. The sandbox serves a small stand-in of
layui (/layui/layui.js, the same markup and callback contract) since nothing may be fetched from a CDN.

- www.X.gov.cn: home (news, the government's two newest reports), 政务公开 (/zwgk/index.htm) → 政府信息公开专栏
  (/zwgk/zfxxgkzl/index.htm) → three columns: 政府信息公开年报 (zfxxgknb: government and office, 2008 on, 解读,
  look-alikes), 部门年报 (bmnb), 乡镇街道办年报 (xtjdbnb).
- Each column: /zwgk/zfxxgkzl/<column>/index.htm, then index_2.htm, index_3.htm …, 5 entries a page, newest
  first. No page names index_<n>.htm: only `count`/`limit` in the script and the callback's string concatenation
  do. Entries past the first page are `needs_browser` (a browser clicking the pager, or a reader of the script).
"""

from __future__ import annotations

from datetime import datetime, timezone

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.common import paginate
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

PAGE_SIZE = 5
COLUMNS = {"zfxxgknb": "政府信息公开年报", "bmnb": "部门年报", "xtjdbnb": "乡镇街道办年报"}
ROOT = "/zwgk/zfxxgkzl/"

# A stand-in for layui's laypage module (hand-written: the sandbox serves everything itself). Same contract as
# layui 2.x: layui.use(mods, callback) after the DOM is ready; laypage.render({elem, count, limit, curr, jump})
# draws `<a href="javascript:;" data-page="n">` links and calls jump(obj, first) on render and on each click.
LAYUI_JS = b"""/** layui-v2.6.8 laypage (sandbox stand-in) */
(function (win, doc) {
  var laypage = {
    render: function (o) {
      var box = doc.getElementById(o.elem);
      if (!box) { return; }
      var limit = +o.limit || 10, pages = Math.max(1, Math.ceil((+o.count || 0) / limit)), curr = +o.curr || 1;
      var html = '<span class="layui-laypage-count">\\u5171 ' + o.count + ' \\u6761</span>';
      if (curr > 1) { html += '<a href="javascript:;" class="layui-laypage-prev" data-page="' + (curr - 1) + '">\\u4e0a\\u4e00\\u9875</a>'; }
      for (var i = 1; i <= pages; i++) {
        html += (i === curr) ? '<span class="layui-laypage-curr"><em>' + i + '</em></span>'
                             : '<a href="javascript:;" data-page="' + i + '">' + i + '</a>';
      }
      if (curr < pages) { html += '<a href="javascript:;" class="layui-laypage-next" data-page="' + (curr + 1) + '">\\u4e0b\\u4e00\\u9875</a>'; }
      box.innerHTML = '<div class="layui-box layui-laypage layui-laypage-default">' + html + '</div>';
      var links = box.getElementsByTagName('a');
      for (var j = 0; j < links.length; j++) {
        links[j].onclick = function () {
          if (o.jump) { o.jump({curr: +this.getAttribute('data-page'), limit: limit, count: o.count, pages: pages}, false); }
        };
      }
      if (o.jump) { o.jump({curr: curr, limit: limit, count: o.count, pages: pages}, true); }
    }
  };
  win.layui = {
    laypage: laypage,
    use: function (mods, callback) {
      if (doc.readyState === 'loading') { doc.addEventListener('DOMContentLoaded', function () { callback(); }); }
      else { callback(); }
    }
  };
})(window, document);
"""


def pager_script(count: int, curr: int) -> str:
    return f"""<script type="text/javascript">
layui.use(['laypage'], function () {{
  var laypage = layui.laypage;
  laypage.render({{
    elem: 'page', count: {count}, limit: {PAGE_SIZE}, curr: {curr}, layout: ['count', 'prev', 'page', 'next'],
    jump: function (obj, first) {{
      if (!first) {{ location.href = obj.curr == 1 ? 'index.htm' : 'index_' + obj.curr + '.htm'; }}
    }}
  }});
}});
</script>"""


def build_laypage(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "laypage"
    nav = [("网站首页", "/index.htm"), ("政务公开", "/zwgk/index.htm"), ("新闻中心", "/xwzx/index.htm")]
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache")
    b.add(www, "/layui/layui.js", Page(LAYUI_JS, datetime(2021, 7, 1, tzinfo=timezone.utc),
                                       "application/javascript"), "asset")
    urls: dict[str, str] = {}
    groups = kit.unit_kind_columns(county, arts, noise, tuple(COLUMNS))
    on_home = [a for a in arts if a.report.unit.kind == "gov"][:2]
    scripts = '<script type="text/javascript" src="/layui/layui.js"></script>'
    for key, items in groups.items():
        items[:] = kit.newest_first(items)
        chunks = paginate(items, PAGE_SIZE)
        folder = f"{ROOT}{key}/"
        for n, chunk in enumerate(chunks, start=1):
            for art in chunk:
                hidden = n > 1 and art not in on_home
                path = f"{folder}ct/{stable_int(county.pinyin, art.key, digits=5)}.htm"
                kit.article_page(b, www, county, family, art, path, nav=nav, column=COLUMNS[key],
                                 index_no=f"{county.site_id_code}-{art.day:%Y}-{stable_int(art.key, digits=4)}",
                                 needs_browser=hidden, report_urls=urls)
            main = (f'<div class="list"><h2>{esc(COLUMNS[key])}</h2>{kit.link_list(chunk)}'
                    f'<div id="page" class="pagination"></div></div>'
                    + (pager_script(len(items), n) if len(chunks) > 1 else ""))
            name = "index.htm" if n == 1 else f"index_{n}.htm"
            b.html_page(www, f"{folder}{name}", page(county, family, f"{COLUMNS[key]}-{county.gov_name}", main,
                                                     column=COLUMNS[key], nav=nav, scripts=scripts, host=www.host),
                        b.list_date(chunk), "list")
    columns = "".join(f'<li><a href="{ROOT}{k}/index.htm">{esc(v)}</a></li>' for k, v in COLUMNS.items())
    b.html_page(www, f"{ROOT}index.htm", page(county, family, "政府信息公开专栏",
                                               f'<div class="zl"><h2>政府信息公开专栏</h2><ul>{columns}</ul></div>',
                                               column="政府信息公开专栏", nav=nav, host=www.host), SITE_DATE, "section")
    guide = noise["guide"]
    for art in guide:
        kit.article_page(b, www, county, family, art, f"/zwgk/zn/ct/{stable_int(art.key, digits=5)}.htm", nav=nav,
                         column="政府信息公开指南", index_no=art.key)
    b.html_page(www, "/zwgk/index.htm", page(county, family, "政务公开",
                                             f'<ul><li><a href="{ROOT}index.htm">政府信息公开专栏</a></li></ul>'
                                             f"<h3>政府信息公开指南</h3>{kit.link_list(guide)}", column="政务公开",
                                             nav=nav, host=www.host), SITE_DATE, "section")
    news = kit.news_center(b, www, county, family, noise, nav=nav, label="新闻中心", list_path="/xwzx/index.htm",
                           article_path=lambda art: f"/xwzx/ct/{stable_int(art.key, digits=5)}.htm")
    home = f'{kit.focus_box(news)}<div class="nb"><h2>政府信息公开年报</h2>{kit.link_list(on_home)}</div>'
    kit.home_page(b, www, county, family, home, nav=nav, path="/index.htm")
    return urls
