"""Page chrome (head meta, header, navigation, breadcrumbs, footer, share bar) in the styles of the CMS families."""

from __future__ import annotations

from nianbao.crawler.sandbox.build import Article, esc
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import body_html

STYLES = {
    "trs": {"color": "#0a4f9c", "footer": "主办：{gov}办公室　承办：{c}大数据中心", "body_class": "TRS_Editor"},
    "hanweb": {"color": "#c4161c", "footer": "主办单位：{gov}办公室　技术支持：大汉网络", "body_class": "bt_content"},
    "gkmlpt": {"color": "#1f6fb2", "footer": "主办：{gov}办公室　主管：{gov}", "body_class": "article-content"},
    "jsonly": {"color": "#2d7d46", "footer": "{gov}　版权所有", "body_class": "article-con"},
    "gbk": {"color": "#8a1c1c", "footer": "{gov}主办　{c}信息中心维护", "body_class": "content"},
    "city": {"color": "#b8860b", "footer": "主办：{gov}办公室　网站标识码：{sid}　政府网站找错", "body_class": "view TRS_Editor"},
    # the extra families (crawler/sandbox/families.py)
    "dual": {"color": "#1d4e89", "footer": "主办：{gov}办公室　承办：{c}政务服务和数字化建设管理局", "body_class": "TRS_Editor"},
    "ajax": {"color": "#a31515", "footer": "{gov}办公室主办　技术支持：拓尔思", "body_class": "content_text"},
    "nbmodule": {"color": "#0b5fa5", "footer": "主办单位：{gov}办公室　技术支持：大汉网络", "body_class": "bt_content"},
    "countdown": {"color": "#0f6b3a", "footer": "主办：{gov}办公室　运维：楚天云", "body_class": "article-content"},
    "province": {"color": "#004e9a", "footer": "{gov}主办　网站标识码：{sid}", "body_class": "view TRS_Editor"},
    "docwrite": {"color": "#8b0000", "footer": "{gov}办公室主办　技术支持：安徽博约", "body_class": "j-fontContent"},
    "zwgkhost": {"color": "#005bac", "footer": "主办：{gov}　承办：{c}政务公开办", "body_class": "TRS_Editor"},
    "kingcms": {"color": "#6b2c91", "footer": "{gov}版权所有　Powered by KingCMS", "body_class": "content"},
    "postpager": {"color": "#9c1f1f", "footer": "主办：{gov}办公室　技术支持：云南南天", "body_class": "TRS_Editor"},
    "unittree": {"color": "#1565c0", "footer": "主办：{gov}办公室　承办：{c}大数据发展局", "body_class": "view TRS_Editor"},
    "hashspa": {"color": "#00695c", "footer": "{gov}主办　技术支持：陕西电信", "body_class": "article-content"},
    "refresh": {"color": "#b22222", "footer": "{gov}主办　{c}融媒体中心承办", "body_class": "v_news_content"},
    "loadmore": {"color": "#c62828", "footer": "主办：{gov}办公室　技术支持：博达软件", "body_class": "v_news_content"},
    "frameset": {"color": "#1a5c9e", "footer": "主办：{gov}办公室　承办：{c}信息中心", "body_class": "TRS_Editor"},
    "ztree": {"color": "#0d47a1", "footer": "{gov}办公室主办　{c}数据资源管理局承办", "body_class": "j-fontContent"},
    "yeartabs": {"color": "#0b4f8a", "footer": "主办：{gov}管理委员会办公室　技术支持：{c}大数据局", "body_class": "article-con"},
    "jsl": {"color": "#c00000", "footer": "主办：{gov}办公室　承办：{c}行政审批局", "body_class": "article-content"},
    "laypage": {"color": "#a0141e", "footer": "主办：{gov}办公室　技术支持：陕西数字政府", "body_class": "v_news_content"},
    "printed": {"color": "#1e5aa8", "footer": "主办：{gov}办公室　技术支持：大汉网络", "body_class": "bt_content"},
    "jumpmenu": {"color": "#b71c1c", "footer": "主办：{gov}办公室　承办：{c}政务信息中心", "body_class": "TRS_Editor"},
    "onclickid": {"color": "#1b5e20", "footer": "主办：{gov}办公室　技术支持：{c}电子政务中心", "body_class": "content"},
    "ztreepost": {"color": "#8d1919", "footer": "主办：{gov}办公室　承办：{c}信息化服务中心", "body_class": "TRS_Editor"},
    "scrollcursor": {"color": "#c41e3a", "footer": "主办：{gov}办公室　技术支持：金磐 JEECMS", "body_class": "content"},
    "downfile": {"color": "#0b4f8a", "footer": "主办：{gov}办公室　技术支持：大汉网络", "body_class": "bt_content"},
    "unitselect": {"color": "#7a1f1f", "footer": "主办：{gov}办公室　承办：{c}大数据中心", "body_class": "content"},
    "mobilehost": {"color": "#00695c", "footer": "主办：{gov}办公室　{c}融媒体中心维护", "body_class": "content"},
    "sitemap": {"color": "#283593", "footer": "主办：{gov}办公室　技术支持：拓尔思", "body_class": "TRS_Editor"},
    "rssfeed": {"color": "#0d5aa7", "footer": "主办：{gov}办公室　承办：{c}融媒体中心　技术支持：拓尔思",
                "body_class": "TRS_Editor"},
    "pdfviewer": {"color": "#9a1b1b", "footer": "主办：{gov}办公室　承办：{c}数据资源管理局", "body_class": "news_content"},
    "gkmlsearch": {"color": "#0a3d7a", "footer": "主办：{gov}办公室　承办：{c}营商环境建设监督局", "body_class": "gkml_content"},
    "leavesite": {"color": "#1f4e79", "footer": "主办：{gov}办公室　承办：{c}大数据管理局", "body_class": "TRS_Editor"},
    "moved": {"color": "#b0131d", "footer": "主办：{gov}办公室　承办：{c}融媒体中心", "body_class": "TRS_Editor"},
    "jsession": {"color": "#14507d", "footer": "主办：{gov}办公室　承办：{c}政务信息中心", "body_class": "gkml_content"},
    "yearpicker": {"color": "#0e5c8c", "footer": "主办：{gov}办公室　承办：{c}大数据发展管理局", "body_class": "TRS_Editor"},
    "noticefiles": {"color": "#a4161a", "footer": "主办：{gov}办公室　承办：{c}信息化中心", "body_class": "news_content"},
    "imagemap": {"color": "#8a1c1c", "footer": "主办：{gov}办公室　技术支持：{c}信息中心", "body_class": "Custom_UnionStyle"},
    "svgmap": {"color": "#1d5e8f", "footer": "主办：{gov}　承办：{c}融媒体中心", "body_class": "conTxt"},
    "guidetable": {"color": "#6b3e1e", "footer": "主办：{gov}办公室　承办：{c}电子政务中心", "body_class": "TRS_Editor"},
    "b64config": {"color": "#0b6e4f", "footer": "主办：{gov}办公室　承办：{c}大数据中心", "body_class": "article-content"},
    "jsonp": {"color": "#7a1f2b", "footer": "主办：{gov}办公室　技术支持：{c}政务数据中心", "body_class": "TRS_Editor"},
    "daterange": {"color": "#2b5f2b", "footer": "主办：{gov}　承办：{c}人民政府办公室", "body_class": "TRS_Editor"},
    "sharewidget": {"color": "#1a4d8f", "footer": "主办：{gov}办公室　技术支持：大汉网络", "body_class": "bt_content"},
    "tpltabs": {"color": "#5c2d91", "footer": "主办：{gov}办公室　承办：{c}融媒体中心", "body_class": "con_text"},
    "nextjson": {"color": "#0d5c8c", "footer": "主办：{gov}办公室　技术支持：{c}数字政府建设中心", "body_class": "article-content"},
    "xhrheader": {"color": "#8c1d18", "footer": "主办：{gov}办公室　承办：{c}信息中心", "body_class": "TRS_Editor"},
    "objembed": {"color": "#355e3b", "footer": "主办：{gov}　承办：{c}人民政府办公室", "body_class": "con_text"},
    "modalid": {"color": "#4a3c8c", "footer": "主办：{gov}办公室　技术支持：{c}融媒体中心", "body_class": "bt_content"},
    "cookieloop": {"color": "#1f5f7a", "footer": "主办：{gov}办公室　承办：{c}政务服务和数字化建设管理局", "body_class": "TRS_Editor"},
    "idbatch": {"color": "#7a4b0d", "footer": "主办：{gov}办公室　技术支持：{c}大数据发展中心", "body_class": "article-content"},
    "routerbundle": {"color": "#2d6a4f", "footer": "主办：{gov}办公室　技术支持：{c}数字政府运营中心", "body_class": "article-content"},
    "refguard": {"color": "#9c2a1b", "footer": "主办：{gov}办公室　承办：{c}信息中心", "body_class": "TRS_Editor"},
    "homewidget": {"color": "#b0322a", "footer": "主办：{gov}办公室　技术支持：{c}大数据中心", "body_class": "TRS_Editor"},
    "autoindex": {"color": "#2f5d8a", "footer": "主办：{gov}办公室　承办：{c}电子政务办公室", "body_class": "con_text"},
    "eventstream": {"color": "#1d6b57", "footer": "主办：{gov}办公室　技术支持：{c}数字政府建设中心", "body_class": "article-content"},
    "relnext": {"color": "#6a2f7a", "footer": "主办：{gov}办公室　承办：{c}融媒体中心", "body_class": "TRS_Editor"},
    "jumpbox": {"color": "#1f4e8c", "footer": "主办：{gov}办公室　承办：{c}政务服务数据管理局", "body_class": "zoom"},
    "datahref": {"color": "#a23b2c", "footer": "主办：{gov}办公室　技术支持：{c}数据资源管理中心", "body_class": "art_con"},
    "oldsite": {"color": "#35602c", "footer": "主办：{gov}办公室　承办：{c}信息化中心", "body_class": "TRS_Editor"},
    "plainurl": {"color": "#7a3d12", "footer": "主办：{gov}办公室　技术支持：{c}网络信息中心", "body_class": "TRS_Editor"},
    "basehref": {"color": "#2c5d8a", "footer": "主办：{gov}　承办：{c}政务服务数据管理局", "body_class": "TRS_Editor"},
    "porthost": {"color": "#5a6e2b", "footer": "{gov}政务信息公开网　网站标识码：{sid}", "body_class": "content"},
    "citygroup": {"color": "#8a2c2c", "footer": "主办：{gov}办公室　网站标识码：{sid}", "body_class": "zoom"},
    "backslash": {"color": "#3d3d7a", "footer": "{gov}版权所有　建议使用IE浏览器、1024*768分辨率浏览", "body_class": "text"},
    "formview": {"color": "#2b5f75", "footer": "主办：{gov}办公室　承办：{c}政府信息公开办公室", "body_class": "zoom"},
    "pagesize": {"color": "#6b4a1f", "footer": "主办：{gov}办公室　技术支持：{c}大数据中心", "body_class": "TRS_Editor"},
    "jsonpost": {"color": "#1f5a7a", "footer": "主办：{gov}办公室　网站标识码：{sid}", "body_class": "article-body"},
    "xsltlist": {"color": "#5e2b6b", "footer": "{gov}版权所有　承办：{c}政务公开办公室", "body_class": "TRS_Editor"},
    "csvexport": {"color": "#2b5e6b", "footer": "{gov}主办　{c}大数据中心承办", "body_class": "article"},
    "tokenapi": {"color": "#6b4a2b", "footer": "主办单位：{gov}办公室", "body_class": "content"},
    "unitcookie": {"color": "#5b2b6b", "footer": "{gov}版权所有　{c}政务公开办公室管理", "body_class": "content"},
    "csrfmeta": {"color": "#2b4f6b", "footer": "{gov}主办　技术支持：{c}信息中心", "body_class": "content"},
    "consent": {"color": "#2b6b5a", "footer": "{gov}办公室主办　{c}政务公开办公室维护", "body_class": "content"},
    "postback": {"color": "#1f3f6b", "footer": "{gov}版权所有　建议使用IE8以上浏览器", "body_class": "content"},
    "cursorpost": {"color": "#6b5a2b", "footer": "主办：{gov}办公室　技术支持：{c}数字政府运营中心", "body_class": "article-content"},
    "refframe": {"color": "#4f2b6b", "footer": "主办：{gov}办公室　承办：{c}政务公开办公室", "body_class": "TRS_Editor"},
    "cryptlist": {"color": "#5a2b6b", "footer": "主办：{gov}办公室　技术支持：{c}数据资源管理局", "body_class": "article-content"},
    "prevnext": {"color": "#2b6b3f", "footer": "{gov}办公室主办　{c}融媒体中心承办", "body_class": "TRS_Editor"},
    "acceptneg": {"color": "#6b3f2b", "footer": "主办：{gov}办公室　技术支持：{c}政务服务数据管理局", "body_class": "content"},
    "movednote": {"color": "#2b5a6b", "footer": "{gov}办公室主办　{c}政务公开办公室维护", "body_class": "TRS_Editor"},
    "yeartext": {"color": "#6b2b4f", "footer": "{gov}版权所有　{c}政府办公室主办", "body_class": "content"},
    "rangelist": {"color": "#2b3f6b", "footer": "主办：{gov}办公室　技术支持：{c}大数据发展中心", "body_class": "article-content"},
    "unitsuggest": {"color": "#3f6b2b", "footer": "{gov}办公室主办　{c}数据资源中心维护", "body_class": "TRS_Editor"},
    "commentlist": {"color": "#2b5a7a", "footer": "{gov}办公室主办　{c}大数据中心承办", "body_class": "main_body"},
    "opensearch": {"color": "#6b3a2b", "footer": "{gov}主办　{c}信息中心维护", "body_class": "TRS_Editor"},
    "unitsite": {"color": "#2b6b5a", "footer": "{gov}办公室主办　{c}政务公开办公室维护", "body_class": "main_body"},
    "enclosure": {"color": "#5a2b6b", "footer": "{gov}主办　{c}融媒体中心承办", "body_class": "TRS_Editor"},
    "pubcalendar": {"color": "#2f6b3a", "footer": "{gov}主办　{c}人民政府办公室承办", "body_class": "TRS_Editor"},
    "robotqa": {"color": "#8a2c1f", "footer": "{gov}办公室主办　{c}数据资源中心运维", "body_class": "TRS_Editor"},
    "indexno": {"color": "#24568c", "footer": "{gov}办公室主办　{c}电子政务中心承办", "body_class": "TRS_Editor"},
    "sessionstore": {"color": "#3a5f2a", "footer": "{gov}主办　{c}融媒体中心运维", "body_class": "TRS_Editor"},
    "postmsg": {"color": "#6b3a1f", "footer": "{gov}办公室主办　{c}政务数据服务中心承办", "body_class": "TRS_Editor"},
    "linkdecor": {"color": "#204a7a", "footer": "{gov}办公室主办　{c}政府网站集约化平台技术支持", "body_class": "TRS_Editor"},
    "shadowlist": {"color": "#1a5276", "footer": "{gov}办公室主办　{c}政府网站集约化平台运维", "body_class": "content_text"},
    "sharedjs": {"color": "#8b1a1a", "footer": "主办：{gov}办公室　承办：{c}电子政务办公室", "body_class": "TRS_Editor"},
    "linkheader": {"color": "#2e5e4e", "footer": "{gov}主办　{c}数字政府建设中心承办", "body_class": "TRS_Editor"},
    "ofdfile": {"color": "#4a3b7a", "footer": "{gov}办公室主办　{c}大数据发展局技术支持", "body_class": "TRS_Editor"},
    "hovermenu": {"color": "#7a2e1f", "footer": "主办：{gov}办公室　承办：{c}融媒体中心", "body_class": "content_text"},
    "virtuallist": {"color": "#145a6e", "footer": "主办单位：{gov}办公室　技术支持：大汉网络", "body_class": "bt_content"},
    "signapi": {"color": "#5b3d8a", "footer": "{gov}主办　{c}政务服务和大数据管理局承办", "body_class": "TRS_Editor"},
    "zipbundle": {"color": "#2f5d3a", "footer": "{gov}办公室主办　{c}电子政务中心维护", "body_class": "article-content"},
    "tabindex": {"color": "#1f5f8b", "footer": "{gov}主办　{c}政务服务数据管理局承办", "body_class": "TRS_Editor"},
    "printview": {"color": "#1d4f7a", "footer": "{gov}办公室主办　{c}大数据中心技术支持", "body_class": "TRS_Editor"},
    "docxindex": {"color": "#1f5c99", "footer": "{gov}主办　{c}大数据中心承办", "body_class": "TRS_Editor"},
    "packedjs": {"color": "#6b2b3a", "footer": "{gov}办公室主办　{c}政府网站管理中心维护", "body_class": "content"},
    "yearloop": {"color": "#3a5f2b", "footer": "{gov}办公室主办　{c}融媒体中心维护", "body_class": "content"},
    "srcdoc": {"color": "#1f6b3a", "footer": "{gov}版权所有", "body_class": "zw"},
    "jsonld": {"color": "#3a3f8c", "footer": "主办：{gov}　技术支持：{c}融媒体中心", "body_class": "article-content"},
    "ratelimit": {"color": "#1b4f72", "footer": "{gov}办公室主办　{c}大数据中心承办", "body_class": "TRS_Editor"},
    "splitarticle": {"color": "#7b241c", "footer": "主办：{gov}办公室　技术支持：拓尔思", "body_class": "TRS_Editor"},
    "formdata": {"color": "#186a3b", "footer": "{gov}主办　{c}数字政府建设中心运维", "body_class": "article-content"},
    "gbkquery": {"color": "#6e2c00", "footer": "{gov}版权所有　建议使用IE8及以上版本浏览器", "body_class": "content"},
    "cursorheader": {"color": "#1a5e63", "footer": "{gov}主办　{c}政务服务和数据管理局承办", "body_class": "content"},
    "tplclone": {"color": "#0e4d92", "footer": "{gov}办公室主办　{c}数据资源管理局承办", "body_class": "j-fontContent"},
    "creditcode": {"color": "#7b3f00", "footer": "主办：{gov}办公室　技术支持：{c}大数据发展中心", "body_class": "TRS_Editor"},
    "refreshheader": {"color": "#4b2c6b", "footer": "{gov}版权所有　{c}信息中心维护", "body_class": "TRS_Editor"},
    "osshost": {"color": "#14507a", "footer": "主办：{gov}办公室　承办：{c}信息化服务中心", "body_class": "TRS_Editor"},
    "pdfindex": {"color": "#7a1f1f", "footer": "{gov}主办　{c}电子政务中心维护", "body_class": "content"},
    "workerlist": {"color": "#0d6e5c", "footer": "{gov}办公室主办　{c}大数据管理局承办", "body_class": "article-content"},
    "idnhost": {"color": "#5a3d8a", "footer": "主办：{gov}办公室　中文域名：{gov}.政务", "body_class": "TRS_Editor"},
    "gzbom": {"color": "#8c1d18", "footer": "主办：{gov}办公室　承办：{c}信息中心　技术支持：IIS", "body_class": "content"},
    "cascade": {"color": "#1b4f8a", "footer": "{gov}办公室主办　网站标识码：{sid}", "body_class": "TRS_Editor"},
    "scanpages": {"color": "#b01e23", "footer": "主办：{gov}办公室　承办：{c}政务服务管理局", "body_class": "article-content"},
    "dispofile": {"color": "#0f5e8c", "footer": "{gov}主办　{c}大数据中心承办", "body_class": "zoom"},
    "hxlist": {"color": "#1f6f5c", "footer": "{gov}办公室主办　{c}融媒体中心承办", "body_class": "TRS_Editor"},
    "alpinedata": {"color": "#8c2d19", "footer": "主办：{gov}办公室　技术支持：{c}数据和政务服务局", "body_class": "content"},
    "pdflong": {"color": "#1d5fa8", "footer": "主办：{gov}办公室　承办：{c}融媒体中心", "body_class": "content"},
    "vuedata": {"color": "#b3261e", "footer": "主办：{gov}办公室　技术支持：{c}大数据发展局", "body_class": "content"},
    "docxtextbox": {"color": "#2e6b30", "footer": "主办：{gov}办公室　承办：{c}政务服务中心", "body_class": "content"},
    "pdfattach": {"color": "#7a1f5c", "footer": "主办：{gov}办公室　承办：{c}信息中心", "body_class": "content"},
    "fraglocation": {"color": "#1d4f91", "footer": "主办：{gov}办公室　技术支持：{c}大数据中心", "body_class": "gk_content"},
    "slowpager": {"color": "#8c2a1b", "footer": "{gov}主办　{c}网络信息中心维护", "body_class": "v_news_content"},
    "robotsallow": {"color": "#0b6e6e", "footer": "主办：{gov}办公室　承办：{c}大数据管理局", "body_class": "zw_content"},
    "odsindex": {"color": "#8c1c1c", "footer": "主办：{gov}办公室　网站标识码：{sid}　藏ICP备05000123号", "body_class": "TRS_Editor xxgknb"},
    "pdflaunch": {"color": "#1b4f8a", "footer": "{gov}主办　网站标识码：{sid}　京ICP备06002345号", "body_class": "TRS_Editor zfxxgknb"},
    "halnext": {"color": "#a8201a", "footer": "主办：{gov}办公室　网站标识码：{sid}　津ICP备05007788号", "body_class": "gknb-app"},
    "icsfeed": {"color": "#16607a", "footer": "{gov}主办　网站标识码：{sid}　青ICP备05000456号", "body_class": "TRS_Editor ndbg"},
    "cookieless": {"color": "#7b2317", "footer": "{gov}主办　网站标识码：{sid}　晋ICP备05002468号", "body_class": "xxgk_content"},
    "sessionpager": {"color": "#1c5a8e", "footer": "主办：{gov}办公室　网站标识码：{sid}　冀ICP备05013579号", "body_class": "news_text"},
    "ideodot": {"color": "#0d5c8a", "footer": "{gov}办公室主办　网站标识码：{sid}　苏ICP备05024680号", "body_class": "TRS_Editor"},
    "sitemaphost": {"color": "#a02d1c", "footer": "主办：{gov}办公室　网站标识码：{sid}　皖ICP备05008642号", "body_class": "j-fontContent"},
    "jsonapi": {"color": "#9e1f24", "footer": "主办：{gov}办公室　网站标识码：{sid}　陕ICP备05003721号", "body_class": "xxgk-app"},
    "docxfield": {"color": "#8a1c1c", "footer": "主办：{gov}办公室　网站标识码：{sid}　藏ICP备05000123号", "body_class": "TRS_Editor xxgknb"},
    "charcodes": {"color": "#2a5d8f", "footer": "{gov}版权所有　网站标识码：{sid}　青ICP备05000456号", "body_class": "content"},
    "easyuigrid": {"color": "#0e4c92", "footer": "主办：{gov}　网站标识码：{sid}　津ICP备05007890号", "body_class": "easyui-content"},
    "docxchunk": {"color": "#a3131b", "footer": "主办：{gov}办公室　网站标识码：{sid}　京ICP备05004321号", "body_class": "TRS_Editor gknb"},
    "xsrfcookie": {"color": "#b0201c", "footer": "主办：{gov}办公室　网站标识码：{sid}　渝ICP备05003456号", "body_class": "TRS_Editor zfxxgknb"},
    "domaincookie": {"color": "#1a5e8c", "footer": "{gov}主办　网站标识码：{sid}　滇ICP备05001357号", "body_class": "v_news_content"},
    "originapi": {"color": "#0b5fa5", "footer": "{gov}办公室主办　网站标识码：{sid}　蒙ICP备05002468号", "body_class": "article-content"},
    "basicapi": {"color": "#9c1b1b", "footer": "主办：{gov}办公室　网站标识码：{sid}　辽ICP备05009753号", "body_class": "TRS_Editor"},
    "hexescape": {"color": "#1f5c99", "footer": "主办：{gov}办公室　网站标识码：{sid}　黔ICP备05006789号", "body_class": "TRS_Editor zfxxgknb"},
    "jqload": {"color": "#b22a22", "footer": "{gov}主办　网站标识码：{sid}　晋ICP备05013246号", "body_class": "tab-content"},
    "pdfobjstm": {"color": "#0b5394", "footer": "主办：{gov}办公室　网站标识码：{sid}　皖ICP备05017531号", "body_class": "j-fontContent wzcon"},
    "ofdlink": {"color": "#c0272d", "footer": "{gov}主办　网站标识码：{sid}　冀ICP备05019753号", "body_class": "article-content"},
    "stackgzip": {"color": "#1d6fb8", "footer": "主办：{gov}办公室　网站标识码：{sid}　新ICP备05002741号", "body_class": "xxgk-detail"},
    "poll202": {"color": "#a3171e", "footer": "主办：{gov}办公室　网站标识码：{sid}　沪ICP备05021356号", "body_class": "govxxgk nbcx"},
    "nocache204": {"color": "#0a7b83", "footer": "主办：{gov}人民政府办公室　网站标识码：{sid}　琼ICP备05001873号", "body_class": "zfxxgknb ddtab"},
    "upperhost": {"color": "#8c1c13", "footer": "{gov}办公室主办　网站标识码：{sid}　宁ICP备05004417号", "body_class": "TRS_Editor gknb"},
    "pdfgotor": {"color": "#1f4e9c", "footer": "主办：{gov}办公室　网站标识码：{sid}　津ICP备05016428号", "body_class": "TRS_Editor"},
    "svgobject": {"color": "#8c1c13", "footer": "{gov}主办　网站标识码：{sid}　青ICP备05002716号", "body_class": "zw-con"},
    "revhref": {"color": "#a31515", "footer": "{gov}办公室主办　网站标识码：{sid}　藏ICP备05000317号", "body_class": "view TRS_UEDITOR"},
    "atombase": {"color": "#b8141b", "footer": "主办：{gov}　网站标识码：{sid}　京ICP备05060933号", "body_class": "TRS_Editor"},
    "beaconcookie": {"color": "#b0282d", "footer": "{gov}办公室主办　网站标识码：{sid}　新ICP备05004512号", "body_class": "xl_content"},
    "preloadlink": {"color": "#1a5aa6", "footer": "主办：{gov}办公室　网站标识码：{sid}　沪ICP备05013579号", "body_class": "Article_content"},
    "casgateway": {"color": "#9b1b1f", "footer": "主办：{gov}办公室　网站标识码：{sid}　京ICP备05064321号", "body_class": "TRS_UEDITOR"},
    "multivalue": {"color": "#0d5ea8", "footer": "主办单位：{gov}办公室　网站标识码：{sid}　苏ICP备05016420号", "body_class": "bt_content"},
    "xlsxshape": {"color": "#b0261c", "footer": "{gov}办公室主办　网站标识码：{sid}　宁ICP备05003318号", "body_class": "TRS_Editor xxgknb"},
    "pdfcrypt": {"color": "#0b6aa2", "footer": "主办：{gov}人民政府办公室　网站标识码：{sid}　琼ICP备05004472号", "body_class": "zfxxgkzl_con"},
    "esmchunk": {"color": "#1a5b9c", "footer": "{gov}主办　网站标识码：{sid}　青ICP备05001865号", "body_class": "art-content"},
    "xssiprefix": {"color": "#9b1b1f", "footer": "主办：{gov}办公室　网站标识码：{sid}　藏ICP备05000462号", "body_class": "TRS_Editor"},
    "semiquery": {"color": "#1b4f8a", "footer": "主办：{gov}办公室　网站标识码：{sid}　津ICP备05012087号", "body_class": "TRS_Editor zfxxgknb"},
    "status203": {"color": "#b5231d", "footer": "{gov}办公室主办　网站标识码：{sid}　冀ICP备05021384号", "body_class": "xxgk_nb"},
    "gzipcase": {"color": "#1c5aa0", "footer": "主办：{gov}办公室　网站标识码：{sid}　皖ICP备05023719号", "body_class": "wzcon j-fontContent"},
    "queryloc": {"color": "#a8281f", "footer": "{gov}主办　网站标识码：{sid}　滇ICP备05007342号", "body_class": "TRS_Editor zfxxgknb"},
    "atobwrite": {"color": "#a3201d", "footer": "主办：{gov}办公室　网站标识码：{sid}　渝ICP备05004127号", "body_class": "TRS_Editor zfxxgknb"},
    "docxheader": {"color": "#0f4c8a", "footer": "{gov}办公室主办　网站标识码：{sid}　辽ICP备05002876号", "body_class": "TRS_Editor"},
    "pptxindex": {"color": "#b22222", "footer": "主办：{gov}人民政府办公室　网站标识码：{sid}　晋ICP备05003391号", "body_class": "TRS_Editor"},
    "jshref": {"color": "#1b5e9a", "footer": "{gov}办公室主办　网站标识码：{sid}　蒙ICP备05002214号", "body_class": "article"},
    "fragkeep": {"color": "#1f5fa8", "footer": "主办：{gov}办公室　网站标识码：{sid}　新ICP备05001836号", "body_class": "TRS_Editor"},
    "backloc": {"color": "#b71c1c", "footer": "{gov}办公室主办　网站标识码：{sid}　沪ICP备05012479号", "body_class": "article"},
    "htmlmap": {"color": "#0d5fa3", "footer": "主办：{gov}办公室　网站标识码：{sid}　苏ICP备05003168号", "body_class": "TRS_Editor"},
    "linkmap": {"color": "#a61b1b", "footer": "主办：{gov}人民政府办公室　网站标识码：{sid}　鲁ICP备05002745号", "body_class": "article"},
    "uoflist": {"color": "#1d5c9e", "footer": "主办：{gov}办公室　网站标识码：{sid}　黔ICP备05004127号", "body_class": "TRS_Editor zfxxgknb"},
    "soaplist": {"color": "#0f6fa8", "footer": "主办：{gov}人民政府办公室　网站标识码：{sid}　琼ICP备05001836号", "body_class": "xxgk_nb"},
    "geomap": {"color": "#1a6b4f", "footer": "{gov}办公室主办　网站标识码：{sid}　宁ICP备05002951号", "body_class": "xxgk-content"},
    "xpsindex": {"color": "#8a1f24", "footer": "主办：{gov}人民政府办公室　网站标识码：{sid}　青ICP备05001287号", "body_class": "TRS_Editor"},
    "uavary": {"color": "#7a1c1c", "footer": "主办：{gov}人民政府办公室　网站标识码：{sid}　藏ICP备05000312号", "body_class": "TRS_Editor"},
    "formcharset": {"color": "#9b1b1f", "footer": "{gov}办公室主办　网站标识码：{sid}　京ICP备05041857号", "body_class": "xxgk_nb"},
    "gbkjson": {"color": "#1b4f8f", "footer": "主办：{gov}人民政府办公室　网站标识码：{sid}　津ICP备05007316号", "body_class": "article"},
    "strictxlsx": {"color": "#7a3b12", "footer": "主办：{gov}人民政府办公室　网站标识码：{sid}　冀ICP备05002391号", "body_class": "TRS_Editor"},
    "subdoc": {"color": "#1b4f8c", "footer": "主办：{gov}人民政府办公室　网站标识码：{sid}　赣ICP备05003918号", "body_class": "TRS_Editor"},
    "epubindex": {"color": "#0b6e4f", "footer": "主办：{gov}人民政府办公室　网站标识码：{sid}　桂ICP备05004613号", "body_class": "TRS_Editor"},
    "olesheet": {"color": "#b3261e", "footer": "主办：{gov}人民政府办公室　网站标识码：{sid}　鄂ICP备05003472号", "body_class": "TRS_Editor"},
    "docxcomment": {"color": "#155a8a", "footer": "{gov}主办　网站标识码：{sid}　黔ICP备05001432号", "body_class": "TRS_Editor zfxxgknb"},
    "txtindex": {"color": "#b3261e", "footer": "{gov}办公室主办　网站标识码：{sid}　豫ICP备05012345号", "body_class": "webinfo"},
    "xlsxnote": {"color": "#1d4e89", "footer": "主办：{gov}　网站标识码：{sid}　黑ICP备05008765号", "body_class": "zfxxgk-content"},
    "acceptguard": {"color": "#a12a25", "footer": "{gov}办公室主办　网站标识码：{sid}　新ICP备05001234号", "body_class": "xl_content"},
    "hashquery": {"color": "#8f2a1f", "footer": "主办：{gov}办公室　网站标识码：{sid}　宁ICP备05000789号", "body_class": "TRS_Editor"},
    "protoloc": {"color": "#0f6a8b", "footer": "{gov}主办　网站标识码：{sid}　琼ICP备05002233号", "body_class": "zw_content"},
    "cookiejump": {"color": "#1e4f8f", "footer": "主办：{gov}办公室　网站标识码：{sid}　沪ICP备05011223号", "body_class": "Article_content"},
    "relapi": {"color": "#23507d", "footer": "{gov}主办　{c}营商环境建设局承办", "body_class": "TRS_Editor"},
    "pdfalt": {"color": "#4e3a7a", "footer": "{gov}版权所有　{c}政务服务和数字化建设局维护", "body_class": "TRS_Editor"},
    "graphql": {"color": "#a3262a", "footer": "主办：{gov}办公室　运行维护：{c}大数据中心", "body_class": "Article_content"},
    "xlsxindex": {"color": "#19558f", "footer": "{gov}办公室主办　{c}政务服务办公室承办", "body_class": "TRS_Editor"},
    "detailsload": {"color": "#9e1b20", "footer": "主办：{gov}　承办：{c}政务服务和数据管理局", "body_class": "view TRS_UEDITOR"},
    "refxhr": {"color": "#2b5a8c", "footer": "{gov}办公室主办　网站标识码：{sid}", "body_class": "TRS_Editor"},
    "robotsmirror": {"color": "#1d5c96", "footer": "{gov}办公室主办　{c}大数据管理局承办", "body_class": "TRS_Editor"},
    "buttonpager": {"color": "#7a2e1f", "footer": "主办：{gov}办公室　网站标识码：{sid}", "body_class": "content"},
    "wmlwap": {"color": "#0e6a8a", "footer": "{gov}主办　{c}政务服务与数据管理局维护", "body_class": "TRS_Editor"},
    "rawdeflate": {"color": "#a0322a", "footer": "{gov}办公室主办　网站标识码：{sid}", "body_class": "view"},
    "imagesubmit": {"color": "#8a3b12", "footer": "{gov}主办　{c}政府办公室承办　网站标识码：{sid}", "body_class": "content"},
    "xhtmlxml": {"color": "#1f4e79", "footer": "{gov}版权所有　网站标识码：{sid}", "body_class": "view"},
    "langneg": {"color": "#2d6a3e", "footer": "{gov}办公室主办　{c}大数据发展管理局承办", "body_class": "TRS_Editor"},
    "checkform": {"color": "#6e2a5c", "footer": "主办：{gov}办公室　网站标识码：{sid}", "body_class": "content"},
    "xlshtml": {"color": "#8a3b12", "footer": "主办：{gov}办公室　承办：{c}信息化服务中心", "body_class": "v_news_content"},
    "dotlocation": {"color": "#1f5a8a", "footer": "{gov}办公室主办　网站标识码：{sid}", "body_class": "TRS_Editor"},
    "cjkpath": {"color": "#7a5a12", "footer": "{gov}版权所有　{c}电子政务中心维护", "body_class": "content"},
    "noscriptyear": {"color": "#0f6b5e", "footer": "主办单位：{gov}办公室　网站标识码：{sid}", "body_class": "article-content"},
    "flaky": {"color": "#2a5d8f", "footer": "{gov}主办　{c}信息化建设管理中心维护　网站标识码：{sid}", "body_class": "TRS_Editor"},
    "headrefuse": {"color": "#8b1a1a", "footer": "主办：{gov}办公室　网站标识码：{sid}", "body_class": "content"},
    "sniffhtml": {"color": "#1c4f8c", "footer": "{gov}版权所有　{c}大数据中心技术支持", "body_class": "article"},
    "deeplist": {"color": "#5a3e1b", "footer": "{gov}办公室主办　网站标识码：{sid}", "body_class": "TRS_Editor"},
    "formaction": {"color": "#1d4f91", "footer": "{gov}主办　{c}政务服务办公室承办　网站标识码：{sid}", "body_class": "TRS_Editor"},
    "hrefwrap": {"color": "#9c1f1f", "footer": "主办：{gov}办公室　网站标识码：{sid}", "body_class": "view TRS_UEDITOR"},
    "escapedfrag": {"color": "#22707a", "footer": "{gov}版权所有　{c}融媒体中心维护", "body_class": "content"},
    "datanext": {"color": "#0b7a4b", "footer": "主办单位：{gov}办公室　网站标识码：{sid}", "body_class": "article-content"},
    "uaguard": {"color": "#9c2b23", "footer": "{gov}办公室主办　网站标识码：{sid}　粤ICP备05012345号", "body_class": "content"},
    "stalecdn": {"color": "#1f5c99", "footer": "主办单位：{gov}　承办：{c}大数据发展管理中心", "body_class": "article"},
    "redirchain": {"color": "#7a1f1f", "footer": "{gov}主办　网站标识码：{sid}", "body_class": "TRS_Editor"},
    "mhtlist": {"color": "#245a8c", "footer": "{gov}版权所有　网站标识码：{sid}", "body_class": "zw"},
    "wpsfile": {"color": "#1f5c99", "footer": "{gov}办公室主办　{c}大数据中心承办　网站标识码：{sid}", "body_class": "TRS_Editor"},
    "ssiraw": {"color": "#a0281e", "footer": "主办：{gov}办公室　网站标识码：{sid}", "body_class": "content"},
    "textarealist": {"color": "#2b6e3f", "footer": "{gov}版权所有　网站标识码：{sid}", "body_class": "show"},
    "refreshquote": {"color": "#3a4f8a", "footer": "主办单位：{gov}办公室　网站标识码：{sid}", "body_class": "TRS_Editor"},
    "rawlocation": {"color": "#9c2b1e", "footer": "{gov}办公室主办　网站标识码：{sid}", "body_class": "article-con"},
    "dualframe": {"color": "#1d5c96", "footer": "主办：{gov}　承办：{gov}政务公开办公室　网站标识码：{sid}", "body_class": "TRS_Editor"},
    "latinheader": {"color": "#2a6f4e", "footer": "主办单位：{gov}　网站标识码：{sid}", "body_class": "zoom"},
    "shortbody": {"color": "#b0412a", "footer": "主办：{gov}办公室　网站标识码：{sid}", "body_class": "view TRS_UEDITOR"},
    "fullwidth": {"color": "#8a3b2e", "footer": "{gov}主办　网站标识码：{sid}", "body_class": "zfxxgk"},
    "nuxtstate": {"color": "#1f6f8b", "footer": "主办：{gov}办公室　网站标识码：{sid}", "body_class": "nuxt"},
    "entityhref": {"color": "#5b7d2a", "footer": "版权所有：{gov}　网站标识码：{sid}", "body_class": "vsb"},
    "cebfile": {"color": "#6d3d7a", "footer": "主办单位：{gov}　网站标识码：{sid}", "body_class": "hanweb"},
    "errstatus": {"color": "#8c2d19", "footer": "{gov}办公室主办　网站标识码：{sid}　ICP备案号：鲁ICP备05001234号", "body_class": "asp"},
    "utf16page": {"color": "#1c5f94", "footer": "主办：{gov}　承办：{c}政务公开办公室　网站标识码：{sid}", "body_class": "MsoNormal"},
    "gbrare": {"color": "#9b3a1c", "footer": "{gov}版权所有　网站标识码：{sid}", "body_class": "zw"},
    "seeother": {"color": "#2364a8", "footer": "主办单位：{gov}办公室　网站标识码：{sid}", "body_class": "gl-article"},
    "xmlsheet": {"color": "#2f6b4f", "footer": "主办：{gov}办公室　网站标识码：{sid}", "body_class": "trs"},
    "rtffile": {"color": "#8a3b2e", "footer": "版权所有：{gov}　网站标识码：{sid}", "body_class": "trs"},
    "odtlist": {"color": "#1f5d8c", "footer": "主办单位：{gov}　网站标识码：{sid}", "body_class": "hanweb"},
    "prefetchyear": {"color": "#6a5a1e", "footer": "{gov}主办　网站标识码：{sid}", "body_class": "xxgk"},
    "port80": {"color": "#2e5c8a", "footer": "主办：{gov}　网站标识码：{sid}", "body_class": "iis-cms"},
    "gzipstatic": {"color": "#8a3b2e", "footer": "{gov}版权所有　网站标识码：{sid}", "body_class": "static-gz"},
    "canonall": {"color": "#3d6b3a", "footer": "主办单位：{gov}　网站标识码：{sid}", "body_class": "ndbg"},
    "closebody": {"color": "#5b4a7a", "footer": "{gov}主办　网站标识码：{sid}　陕ICP备", "body_class": "jsp-cms"},
    "dataframe": {"color": "#a0342b", "footer": "主办：{gov}办公室　承办：{c}融媒体中心　网站标识码：{sid}", "body_class": "zw-main"},
    "cssxlink": {"color": "#1d6b5a", "footer": "{gov}版权所有　网站标识码：{sid}　桂ICP备05001234号", "body_class": "trs"},
    "protorel": {"color": "#2a4f8f", "footer": "主办：{gov}办公室　网站标识码：{sid}", "body_class": "xxgk zzj"},
    "objectlist": {"color": "#7a4a1c", "footer": "主办单位：{gov}　网站标识码：{sid}　滇ICP备05001234号", "body_class": "xhtml"},
    "longquery": {"color": "#8c1c13", "footer": "主办：{gov}办公室　网站标识码：{sid}　京ICP备05001234号", "body_class": "gkml-search"},
    "dotclimb": {"color": "#6b4e16", "footer": "{gov}版权所有　网站标识码：{sid}　藏ICP备05001234号", "body_class": "TRS_Editor"},
    "encslash": {"color": "#1f5c7a", "footer": "主办单位：{gov}　承办：{c}信息中心　网站标识码：{sid}", "body_class": "attach-view"},
    "multichoice": {"color": "#3b6b2e", "footer": "{gov}主办　网站标识码：{sid}　鄂ICP备05001234号", "body_class": "static"},
    "emptyport": {"color": "#9e1f24", "footer": "主办：{gov}办公室　网站标识码：{sid}　津ICP备05001234号", "body_class": "trs-wcm"},
    "percentu": {"color": "#1a4a7a", "footer": "{gov}办公室主办　网站标识码：{sid}　沪ICP备05001234号", "body_class": "epoint"},
    "spacepath": {"color": "#b22f1e", "footer": "{gov}主办　网站标识码：{sid}　渝ICP备05001234号", "body_class": "trs-zw"},
    "pctname": {"color": "#a31d24", "footer": "主办：{gov}办公室　网站标识码：{sid}　京ICP备05001234号", "body_class": "trs-gk"},
    "iecomment": {"color": "#1b4f8c", "footer": "主办：{gov}办公室　网站标识码：{sid}　津ICP备05001234号", "body_class": "trs ie-compat"},
    "tagsoup": {"color": "#9a2f24", "footer": "{gov}版权所有　网站标识码：{sid}　沪ICP备05001234号", "body_class": "asp-list"},
    "hiddenpager": {"color": "#1f7a6a", "footer": "主办单位：{gov}　网站标识码：{sid}　琼ICP备05001234号", "body_class": "xxgknb"},
    "microdata": {"color": "#6b4a2a", "footer": "主办：{gov}办公室　网站标识码：{sid}　宁ICP备05001234号", "body_class": "trs gknb"},
    "post307": {"color": "#7a2e1c", "footer": "主办：{gov}办公室　网站标识码：{sid}　晋ICP备06002345号", "body_class": "jcms nbcx"},
    "dothost": {"color": "#1d5f8a", "footer": "主办：{gov}办公室　网站标识码：{sid}　新ICP备07003456号", "body_class": "trs xxgk"},
    "wordxml": {"color": "#24527a", "footer": "主办：{gov}办公室　网站标识码：{sid}　吉ICP备05002345号", "body_class": "jcms xxgknb"},
    "nextrsc": {"color": "#8b2323", "footer": "{gov}主办　网站标识码：{sid}　陕ICP备06003456号", "body_class": "next-app"},
    "xlsbiff": {"color": "#1e4d7b", "footer": "{gov}版权所有　网站标识码：{sid}　黑ICP备07004567号", "body_class": "iis-cms ndbg"},
    "docbin": {"color": "#7a3b1e", "footer": "主办：{gov}办公室　网站标识码：{sid}　吉ICP备09005678号", "body_class": "xxgk ndbg"},
    "cachebust": {"color": "#1d6b4f", "footer": "主办：{gov}办公室　网站标识码：{sid}　桂ICP备05003456号", "body_class": "jsp-list xxgk"},
    "dslash": {"color": "#2a4f86", "footer": "{gov}主办　网站标识码：{sid}　津ICP备05004567号", "body_class": "TRS_Editor zfxxgk"},
    "hiddensheet": {"color": "#1f5c99", "footer": "主办：{gov}办公室　网站标识码：{sid}　赣ICP备05003456号", "body_class": "trs zfxxgknb"},
    "pdfbutton": {"color": "#a0282c", "footer": "{gov}版权所有　网站标识码：{sid}　粤ICP备05004567号", "body_class": "gkmlpt-like zfxxgknb"},
    "docxfootnote": {"color": "#b0241c", "footer": "主办：{gov}办公室　网站标识码：{sid}　京ICP备06003456号", "body_class": "trs zfxxgkzl"},
    "brcdn": {"color": "#2a5d8f", "footer": "主办：{gov}办公室　网站标识码：{sid}　吉ICP备05002218号", "body_class": "trs xxgk"},
    "caltrap": {"color": "#1d6b52", "footer": "{gov}办公室主办　网站标识码：{sid}　辽ICP备05004127号", "body_class": "trs rili"},
    "softloop": {"color": "#3f6f2a", "footer": "主办：{gov}　网站标识码：{sid}　滇ICP备05006219号", "body_class": "jcms xxgk"},
    "refchain": {"color": "#9c2f24", "footer": "{gov}主办　网站标识码：{sid}　鄂ICP备05003391号", "body_class": "trs zwgk"},
    "sitemapgz": {"color": "#2f6b3a", "footer": "主办：{gov}办公室　网站标识码：{sid}　辽ICP备08004567号", "body_class": "cms zwgk"},
    "rawquery": {"color": "#5a3d7a", "footer": "主办：{gov}办公室　网站标识码：{sid}　吉ICP备09005678号", "body_class": "vsb list"},
    "xmlisland": {"color": "#2c4f7c", "footer": "主办：{gov}办公室　网站标识码：{sid}　黑ICP备05001234号", "body_class": "ie-bind"},
    "barehost": {"color": "#7c2c3a", "footer": "{gov}主办　网站标识码：{sid}　黔ICP备05001234号", "body_class": "TRS_Editor"},
    "bigpage": {"color": "#4a6b1c", "footer": "主办单位：{gov}　网站标识码：{sid}　陇ICP备05001234号", "body_class": "v_news_content"},
    "unescapejs": {"color": "#1c6b6b", "footer": "主办：{gov}办公室　网站标识码：{sid}　蒙ICP备05001234号", "body_class": "article"},
    "iphost": {"color": "#24527a", "footer": "主办：{gov}办公室　网站标识码：{sid}　冀ICP备05002345号", "body_class": "main"},
    "dotsegment": {"color": "#8a2a1d", "footer": "{gov}版权所有　网站标识码：{sid}　鲁ICP备06004567号", "body_class": "TRS_Editor"},
    "perm308": {"color": "#1f6e43", "footer": "主办：{gov}　网站标识码：{sid}　粤ICP备07005678号", "body_class": "xxgk"},
    "schemepath": {"color": "#5a3d8a", "footer": "{gov}办公室主办　网站标识码：{sid}　桂ICP备08006789号", "body_class": "content"},
    "flashnav": {"color": "#1a4d8f", "footer": "主办：{gov}办公室　网站标识码：{sid}　皖ICP备05001234号", "body_class": "flash-era"},
    "noscriptlist": {"color": "#8a3b12", "footer": "主办：{gov}办公室　网站标识码：{sid}　赣ICP备05001234号", "body_class": "trs zfxxgknb"},
    "amdmodule": {"color": "#2d6a4f", "footer": "{gov}主办　网站标识码：{sid}　豫ICP备05001234号", "body_class": "amd-app"},
    "rdfa": {"color": "#5c3c8c", "footer": "主办单位：{gov}　网站标识码：{sid}　苏ICP备05001234号", "body_class": "gkml rdfa"},
    "xgzip": {"color": "#7a4a1c", "footer": "主办：{gov}办公室　网站标识码：{sid}　藏ICP备05000312号", "body_class": "xxgk xgzip"},
    "hdrcharset": {"color": "#1c5a7a", "footer": "{gov}主办　网站标识码：{sid}　青ICP备05000871号", "body_class": "jsp hdrcharset"},
    "hiddenjson": {"color": "#1f5f99", "footer": "主办单位：{gov}　网站标识码：{sid}　晋ICP备05004321号", "body_class": "aspx hiddenjson"},
    "lazyframe": {"color": "#8c2d19", "footer": "主办单位：{gov}　网站标识码：{sid}　豫ICP备06001234号", "body_class": "zfxxgk lazyframe"},
    "pdftext": {"color": "#2e6b3a", "footer": "主办单位：{gov}　网站标识码：{sid}　冀ICP备07002345号", "body_class": "gknb pdftext"},
    "gzipdata": {"color": "#3b4a8c", "footer": "主办单位：{gov}　网站标识码：{sid}　黑ICP备08003456号", "body_class": "jcms gzipdata"},
    "sitemaptxt": {"color": "#234f8a", "footer": "主办：{gov}办公室　网站标识码：{sid}　吉ICP备05002468号", "body_class": "trs sitemaptxt"},
    "noframeslist": {"color": "#7a2a2a", "footer": "{gov}主办　网站标识码：{sid}　辽ICP备06001357号", "body_class": "frames noframeslist"},
    "kkpreview": {"color": "#1d6f8c", "footer": "主办单位：{gov}　网站标识码：{sid}　蒙ICP备05003579号", "body_class": "zfxxgk kkpreview"},
    "jsonblock": {"color": "#2f6b4f", "footer": "主办单位：{gov}　网站标识码：{sid}　新ICP备06002468号", "body_class": "xxgk jsonblock"},
    "matrixpage": {"color": "#6b3d1f", "footer": "主办单位：{gov}　网站标识码：{sid}　宁ICP备05001468号", "body_class": "spring matrixpage"},
    "bracketquery": {"color": "#1f4f6b", "footer": "{gov}主办　网站标识码：{sid}　青ICP备06000925号", "body_class": "php bracketquery"},
    "datalistyear": {"color": "#1b5e8a", "footer": "主办：{gov}办公室　网站标识码：{sid}　滇ICP备05001357号", "body_class": "zfxxgkpt datalistyear"},
    "xlsxformula": {"color": "#8a2b1b", "footer": "主办单位：{gov}办公室　网站标识码：{sid}　苏ICP备07004321号", "body_class": "hanweb xlsxformula"},
    "pdfoutline": {"color": "#2e5a1c", "footer": "主办：{gov}办公室　网站标识码：{sid}　黔ICP备05002468号", "body_class": "xxgk pdfoutline"},
    "dsdlist": {"color": "#a3281f", "footer": "主办单位：{gov}办公室　网站标识码：{sid}　甘ICP备06003579号", "body_class": "openness dsdlist"},
    "big5gate": {"color": "#1d5f8a", "footer": "主办：{gov}办公室　网站标识码：{sid}　藏ICP备05001358号", "body_class": "zwgk big5gate"},
}

NAV = {
    "trs": [("首页", "/"), ("政务公开", "/zwgk/index.html"), ("新闻中心", "/xwzx/zwyw/index.html"),
            ("政务服务", "http://www.sczwfw.gov.cn/"), ("互动交流", "/hdjl/index.html")],
    "city": [("首页", "/"), ("政务公开", "/zwgk/index.html"), ("要闻动态", "/xwzx/index.html"),
             ("政务服务", "http://www.sczwfw.gov.cn/"), ("走进云梁", "/zjyl/index.html")],
}


def page(county: County, family: str, title: str, main: str, *, column: str = "", crumbs: list[tuple[str, str]] = (),
         nav: list[tuple[str, str]] | None = None, meta: dict[str, str] | None = None, charset: str | None = "utf-8",
         scripts: str = "", site_name: str | None = None, host: str | None = None) -> str:
    """A complete HTML page of a portal."""
    style = STYLES[family]
    gov = site_name or county.gov_name
    metas = {"SiteName": gov, "SiteDomain": host or county.host, "SiteIDCode": county.site_id_code}
    if column:
        metas["ColumnName"] = column
        metas["ColumnType"] = column
    metas.update(meta or {})
    head = []
    if charset:
        head.append(f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">')
    head += [f'<meta name="{k}" content="{esc(v)}">' for k, v in metas.items()]
    nav_html = "".join(f'<li><a href="{esc(h)}">{esc(t)}</a></li>' for t, h in (nav or NAV.get(family, NAV["trs"])))
    crumb_html = " &gt; ".join(f'<a href="{esc(h)}">{esc(t)}</a>' for t, h in [("首页", "/"), *crumbs])
    footer = style["footer"].format(gov=gov, c=county.name, sid=county.site_id_code)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head>
{chr(10).join(head)}
<title>{esc(title)}</title>
<link rel="stylesheet" href="/images/style.css">
{scripts}
</head>
<body>
<div class="header" style="background:{style['color']}"><div class="logo"><a href="/">{esc(gov)}</a></div>
<form class="search" action="/search/index.html" method="get"><input name="searchword" value=""><button>搜索</button></form>
<div class="tools"><a href="/search/index.html?searchword=%E5%B9%B4%E6%8A%A5">高级检索</a> <a href="/private/oa.html">内部办公</a></div></div>
<ul class="nav">{nav_html}</ul>
<div class="position">当前位置：{crumb_html}</div>
<div class="main">
{main}
</div>
<div class="footer"><p>{esc(footer)}</p><p>网站标识码：{county.site_id_code}　ICP备案：蜀ICP备0{county.region_code[:4]}号</p>
<p><a href="/wzdt/index.html">网站地图</a> | <a href="/lxwm/index.html">联系我们</a></p></div>
</body></html>"""


def share_bar() -> str:
    return ('<div class="share">分享到：<a href="javascript:void(0)">微信</a> <a href="javascript:void(0)">微博</a> '
            '<a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>')


def metadata_block(index_no: str, publisher: str, day: str, category: str = "政府信息公开年报",
                   title: str = "") -> str:
    return (f'<table class="xxgk_table"><tr><td>索引号：</td><td>{esc(index_no)}</td><td>分类：</td>'
            f'<td>{esc(category)}</td></tr><tr><td>发布机构：</td><td>{esc(publisher)}</td><td>发布日期：</td>'
            f'<td>{esc(day)}</td></tr><tr><td>名称：</td><td colspan="3">{esc(title)}</td></tr>'
            f'<tr><td>文号：</td><td></td><td>有效性：</td><td>有效</td></tr></table>')


def article_main(county: County, family: str, art: Article, *, index_no: str, image_url=None,
                 attachments: str = "", extra: str = "", publisher: str | None = None,
                 blocks: list | None = None) -> str:
    """Main part of an article page: metadata block, title, body (report or plain paragraphs; `blocks`: the part of
    a report this page shows, report.body_html()), attachments."""
    style = STYLES[family]
    if art.report is not None:
        body = body_html(art.report, image_url, blocks)
        publisher = publisher or art.report.unit.name
        category = "政府信息公开年报"
    else:
        body = "\n".join(f'<p style="text-indent:2em">{esc(p)}</p>' for p in art.paragraphs)
        publisher = publisher or f"{county.gov_name}办公室"
        category = {"interpretation": "政策解读", "notice": "通知公告", "news": "政务动态", "summary": "工作总结",
                    "guide": "政府信息公开指南"}.get(art.kind, "其他")
    return (metadata_block(index_no, publisher, art.date_text, category, art.title)
            + f'<div class="article"><h1 class="title">{esc(art.title)}</h1>'
            + f'<div class="info">发布时间：{art.date_text}　来源：{esc(publisher)}　【字体：大 中 小】</div>'
            + f'<div class="{style["body_class"]}">\n{body}\n</div>{attachments}{extra}</div>' + share_bar())


def article_meta(art: Article, publisher: str) -> dict[str, str]:
    return {"ArticleTitle": art.title, "PubDate": f"{art.date_text} 09:30", "ContentSource": publisher,
            "Keywords": "政府信息公开年报" if art.report else art.kind}
