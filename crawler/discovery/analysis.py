"""What one HTML page tells discovery, as data: `analyse_html(PageJob) -> PageAnalysis`.

A pure function of the page and the little the spider knows about how it got there (role, anchor text, column,
section depth, the portal's hosts). It decides which links are worth following and in which role, reads the
page's pagers and classifies report pages; it keeps no crawl state. The spider (crawler/spiders/portal.py)
applies the crawl state — what was already requested, page budgets, list-page limits — to the result.

Being pure and picklable both ways is what lets the spider run it in worker processes (crawler/workers.py):
parsing and classifying pages is most of a crawl's CPU, and the reactor thread should be free for the network."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain
from urllib.parse import urlsplit

from nianbao.crawler import limits
from nianbao.crawler.discovery import (
    autocomplete,
    chained_gets,
    columns,
    cookie_choices,
    data_handlers,
    element_handlers,
    feeds,
    form_links,
    gate_forms,
    hashroutes,
    inline_data,
    link_decor,
    location_links,
    neighbours,
    plugin_params,
    post_views,
    postbacks,
    printed,
    query_targets,
    rank,
    raw_links,
    render_evidence,
    requisites,
    routed_links,
    script_data,
    script_handlers,
    search,
    srcdoc_links,
    ssi_includes,
    visit_gates,
    web_storage,
    xml_links,
)
from nianbao.crawler.discovery.attachments import attachment_links, is_file_link
from nianbao.crawler.discovery.classify import (
    Classification,
    classify_file_title,
    classify_page,
    looks_like_report_title,
    report_year,
)
from nianbao.crawler.discovery.page import HtmlPage, Link
from nianbao.crawler.discovery.pagers import (
    PageRequest,
    checkgroups,
    clicked,
    codefields,
    dateranges,
    fragment_params,
    fragments,
    gkmlpt,
    hanweb,
    jsonlist,
    jumpbox,
    postform,
    query,
    relpages,
    script,
    selectors,
    stateful,
    submitters,
    trs,
    yearfields,
    yearpaths,
)
from nianbao.crawler.discovery.site import SiteScope, literal_ip, registered_domain
from nianbao.crawler.discovery.unnamed_files import names_nothing
from nianbao.parse import limits as parse_limits
from nianbao.parse.article_pages import ArticlePages, article_pages

MAX_SECTION_HOPS = 2          # home → 信息公开 → 政府信息公开目录 is as deep as the disclosure section goes
# Links a plain follower would fetch but that cannot be a report or lead to one (multimedia, styles, archives).
_MEDIA = re.compile(r"\.(?:jpe?g|png|gif|bmp|webp|svg|ico|css|js|mp[34]|avi|flv|swf|wmv|mov|rar|zip|7z|gz|exe|apk)$",
                    re.I)
_HOME_PATHS = ("", "/", "/index.html", "/index.htm", "/index.shtml", "/index.jsp")


@dataclass(frozen=True)
class PageJob:
    """An HTML response and the request context discovery needs (all from the request's meta)."""
    url: str
    body: bytes
    content_type: str = ""
    role: str | None = None
    anchor: str | None = None
    column: str | None = None          # meta nianbao_column: the column the link was found in
    section_hops: int = 0
    portal_hosts: tuple[str, ...] = ()  # lower-cased hosts the registry declares for the portal
    homepage: str = ""
    requisite_hosts: tuple[str, ...] = ()  # registry `requisite_hosts`: a CDN the portal's page files come from
    site: SiteScope | None = None       # the portal's site (crawler/discovery/site.py); None: no generic links
    from_disclosure: bool = False       # linked from a page about disclosure (PageAnalysis.about_disclosure)
    rendered: bool = False              # the body is a browser's DOM (meta nianbao_render)
    storage: tuple[tuple[str, tuple[str, ...]], ...] = ()   # the portal's storage writes seen so far (web_storage.py)
    raw_links: bool = True              # read the source for addresses no reader took (raw_links.py)


@dataclass
class Follow:
    """A link worth requesting, with the role and hop letter it is requested in."""
    url: str
    role: str
    letter: str
    anchor: str = ""
    column: str | None = None
    parent: str | None = None
    page_request: PageRequest | None = None
    extra: dict | None = None
    priority: int | None = None     # None: the role's priority (a postback of no known role: ranked by its label)


@dataclass
class PageAnalysis:
    in_column: bool
    column_key: str | None
    verdict: Classification | None = None      # article-like pages only
    follows: list[Follow] = field(default_factory=list)     # attachments of a report first, then links
    pagers: list[PageRequest] = field(default_factory=list)
    dataproxy: dict | None = None               # Hanweb DataproxyParams fields when the page carries them
    dataproxy_total: int | None = None
    search_urls: list[str] = field(default_factory=list)   # home pages: the site's own search
    requisites_dropped: dict[str, int] = field(default_factory=dict)   # report pages: requisites left out, by reason
    # Every other in-scope link (rank, don't prune: crawler/discovery/rank.py), as (url, label, is_file):
    # plain tuples, the cheapest to send back from a worker process; the spider skips the ones it has seen.
    generic: list[tuple[str, str, bool]] = field(default_factory=list)
    offsite_links: int = 0                      # links outside the portal's site, not followed
    media_links: int = 0                        # images, styles, scripts, audio/video, archives: not followed
    render_evidence: str | None = None          # list pages: why the list looks script-built (render_evidence.py)
    article_links: int = 0                      # list-item / report links the page gave
    column_report_titles: int = 0               # of a column's article links, those titled as reports (unnamed_files.py)
    unranked_pagers: bool = False               # pagers of a page no rule took for a list: ranked as its links
    links_itself: bool = False                  # a 下一页 link to the page's own address (pagers/stateful.py)
    about_disclosure: bool = False              # a column, list or section, or a page that names disclosure
    hash_routes: hashroutes.HashRoutes | None = None   # rendered list pages: the app's other route states
    routed_links: list[Follow] = field(default_factory=list)   # links to another document with a route (routed_links.py)
    visit_gate_resources: list[str] = field(default_factory=list)   # a visit gate's same-host sub-resources
    redirect_stub: str | None = None            # the page only redirects: "literal" (followed) | "computed" (rendered)
    script_gets: list[str] = field(default_factory=list)   # script-built lists: the URLs their script GETs whole
    printed_links: int = 0                      # in-site addresses printed in the page's text (printed.py)
    raw_page_links: int = 0                     # in-site addresses written in its source, no reader's (raw_links.py)
    unfolded_links: int = 0                     # of them, in an iCalendar's or vCard's unfolded lines (raw_links.py)
    moved_links: int = 0                        # of them, in a sentence saying the site moved there (followed high)
    inline_links: int = 0                       # in-site documents named in its scripts' data (inline_data.py)
    data_id_links: int = 0                      # URLs delegated handlers build from rows' data-id (data_handlers.py)
    row_cell_links: int = 0                     # … of them built from a row's cell text (a 名录's code column)
    element_links: int = 0                      # URLs handlers build from each tab's index or button's text (element_handlers.py)
    # data a handler GETs whose answer's values fill the page's other one-slot templates (chained_gets.py): (url,
    # the templates), asked as script data with the templates in meta
    chained_gets: list[tuple[str, tuple]] = field(default_factory=list)
    location_links: int = 0                     # URLs scripts build from the page's own location (location_links.py)
    decorated_links: int = 0                    # links a script completes with a page value (link_decor.py)
    storage_writes: list = field(default_factory=list)   # (key, value) the page's handlers write to sessionStorage
    storage_links: int = 0                      # URLs scripts build from a storage value written before (web_storage.py)
    script_get_urls: set[str] = field(default_factory=set)   # of those, the ones a script GETs (XHR headers)
    function_links: int = 0                     # URLs a page function builds from a call's ids (script_functions.py)
    query_links: int = 0                        # in-site addresses inside its links' query values (query_targets.py)
    query_offsite: int = 0                      # … and those outside the portal's site (not followed)
    query_base64_links: int = 0                 # in-site ones Base64-encoded (a file previewer's url=: query_targets.py)
    flashvars_links: int = 0                    # in-site addresses a plug-in movie's FlashVars hold (plugin_params.py)
    # Handler calls (script_handlers.py): the in-site lists an inline function GETs for them (a unit select's
    # JSON per option), and the calls to functions the page does not define, with the same-site scripts that
    # may (the spider fetches those once and reads the calls through them)
    handler_gets: list[str] = field(default_factory=list)
    external_calls: list[tuple[str, str]] = field(default_factory=list)
    external_scripts: list[str] = field(default_factory=list)
    # per-year listings' unlinked years (pagers/yearpaths.py): (template, addresses newest first), walked in turn
    year_walks: list[tuple[str, list[str]]] = field(default_factory=list)
    data_gets: list[str] = field(default_factory=list)   # the data its scripts GET to draw blocks (script_data.py)
    suggest_sources: list = field(default_factory=list)   # autocomplete sources (autocomplete.py `Source`)
    form_links: int = 0                         # fixed GET forms read as links (form_links.py)
    submitters_capped: int = 0                  # submit-button values over the bound (pagers/submitters.py)
    submitters_refused: list[str] = field(default_factory=list)     # … forms that could act, why (gate_forms.refusal)
    check_groups_capped: int = 0                # checkbox/radio choices over the bound (pagers/checkgroups.py)
    check_groups_refused: list[str] = field(default_factory=list)   # … forms that could act, why (gate_forms.refusal)
    select_forms_capped: int = 0                # a form's <select> options over the bound (pagers/selectors.py)
    select_forms_refused: list[str] = field(default_factory=list)   # … forms with selects that could act, why
    wml_links: int = 0                          # a WML deck's `<go>` task links (wml_links.py)
    conditional_links: int = 0                  # links inside IE's conditional comments (conditional_comments.py)
    noframes_links: int = 0                     # links inside a frameset's <noframes> (noframes.py)
    microdata_links: int = 0                    # microdata/RDFa property values that are paths (microdata_links.py)
    field_links: int = 0                        # same-site page addresses in form fields' values (field_links.py)
    bare_host_links: int = 0                    # hrefs typed host first, read as that host's address (bare_hosts.py)
    pager_from_fields: bool = False             # a pager that looked unread, its pages read from fields: not rendered
    xml_links: int = 0                          # addresses an XML document names as data (xml_links.py)
    srcdoc_links: int = 0                       # links of a list written into an iframe's srcdoc (srcdoc_links.py)
    data_frame_links: int = 0                   # links of a list a frame's data:text/html address holds (srcdoc_links.py)
    ssi_links: int = 0                          # fragments named by unexpanded SSI directives (ssi_includes.py)
    # choices a handler keeps in a cookie and reloads (cookie_choices.py): (url, Cookie header, label) in-site,
    # and the cookie writes from a value not read (skipped)
    cookie_choices: list[tuple[str, str, str]] = field(default_factory=list)
    cookie_unread: int = 0
    postbacks: int = 0                          # ASP.NET link postbacks followed as POSTs (postbacks.py)
    postbacks_refused: int = 0                  # … and those refused (a GridView command, an action word)
    gate_forms_refused: list[str] = field(default_factory=list)   # gate-like forms not submitted, why (gate_forms.py)
    post_views: int = 0                         # a row's hidden-field POST form (查看/下载) followed (post_views.py)
    post_views_capped: int = 0                  # … over the per-page bound
    post_views_refused: list[str] = field(default_factory=list)   # … view-like forms that could act, why
    # an article's 上一篇/下一篇 (neighbours.py): the interface its box is drawn from, and whether the article is a
    # report or a look-alike (its chain is walked with priority)
    neighbour_gets: list[str] = field(default_factory=list)
    neighbour_links: list[tuple[str, str]] = field(default_factory=list)   # a static box's (url, label)
    neighbour_focus: bool = False
    encoding: str = ""                          # the codec the page was decoded with (its links' query: query_encoding.py)
    unparsable: str | None = None               # parsed to nothing: parse_error | empty_tree (HtmlPage.unparsable)
    # a report article cut into pages: the pages its own pager names (parse/article_pages.py), and how many of them
    # were followed as articles of the report (stats discovery/article_pages/<pager>)
    article_pages: ArticlePages | None = None
    article_page_links: int = 0

    @property
    def is_report(self) -> bool:
        return self.verdict is not None and self.verdict.kind == "report"


def analyse_html(job: PageJob) -> PageAnalysis:
    page = HtmlPage.from_bytes(job.url, job.body, job.content_type)
    role = job.role
    in_column = role in ("column", "list") or bool(job.column) or columns.is_column_page(page.meta_tags, job.url, page.title)
    column_key = job.column or (job.url if in_column else None)
    result = PageAnalysis(in_column=in_column, column_key=column_key, encoding=page.encoding,
                          unparsable=page.unparsable)
    if role == "home":
        result.search_urls = search.search_urls(page, job.homepage)
    # the portal's homepage is about everything; a sub-site's front page (信息公开网) or a section is about disclosure
    result.about_disclosure = role == "section" or (job.url != job.homepage and rank.names_disclosure(
        f"{job.anchor or ''} {page.title}"))
    if role in ("article", "page") or (role not in ("home", "section") and (columns.is_detail_url(job.url)
                                                                         or _titled_as_report(page))):
        files = attachment_links(page)
        result.verdict = classify_page(page, job.anchor, has_attachments=bool(files))
        if result.is_report:
            extra = {"nianbao_year": result.verdict.year, "nianbao_agency": result.verdict.agency}
            result.follows += [Follow(link.url, "attachment", "E", link.label, parent=job.url, extra=extra)
                               for link in files[: limits.MAX_ATTACHMENTS_PER_PAGE]]
            _add_requisites(job, page, result)
            _article_pages(job, page, column_key, result)
        _read_neighbours(job, page, result)
    data = _in_site(job, inline_data.inline_links(page))   # documents a script's data names (tabs drawn on click)
    result.inline_links = len(data)
    result.function_links = sum(1 for link in page.links if link.tag == "jsfn")
    result.wml_links = sum(1 for link in page.links if link.tag == "wml")
    result.conditional_links = sum(1 for link in page.links if link.tag == "conditional")
    result.noframes_links = sum(1 for link in page.links if link.tag == "noframes")
    result.microdata_links = sum(1 for link in page.links if link.tag == "microdata")
    result.field_links = sum(1 for link in page.links if link.tag == "field")
    result.bare_host_links = sum(1 for link in page.links if link.tag == "barehost")
    handled = _read_handlers(job, page, result)   # pages a select's options open through an inline function
    result.function_links += len(handled)
    data += handled
    _read_cookie_choices(job, page, result)   # a unit menu whose handler keeps the unit in a cookie and reloads
    by_id = _data_id_links(job, page, result)   # rows named only by data-id, opened by a delegated click handler
    data += by_id
    data += _element_links(job, page, result)   # tabs loading `tab_<index>.html`, buttons asking their own text
    if not result.is_report:   # a print service or export the script names with the page's own path
        data += _location_links(job, page, result)
    data += _storage_links(job, page, result)   # a list page built from a value an entrance left in sessionStorage
    data = [*data, *_query_targets(job, page, result)]   # a viewer's file=, a leave notice's url=, a target=
    data += _plugin_params(job, page, result)   # a Flash menu's FlashVars `xmlUrl=/flash/menu.xml`
    by_form = _in_site(job, form_links.fixed_form_links(page))   # rows that are a 查看 button's hidden-id form
    by_xml = _in_site(job, xml_links.xml_links(job.url, job.body, job.content_type))   # an XSLT-styled XML list
    by_srcdoc = _in_site(job, srcdoc_links.srcdoc_links(page))   # a list written into an iframe's srcdoc
    by_data_frame = _in_site(job, srcdoc_links.data_frame_links(page))   # a list in a frame's data: address
    result.data_frame_links = len(by_data_frame)
    by_ssi = _in_site(job, ssi_includes.include_links(page))   # a list a server with SSI off never inserted
    result.form_links, result.xml_links, result.srcdoc_links = len(by_form), len(by_xml), len(by_srcdoc)
    result.ssi_links = len(by_ssi)
    decorated = _in_site(job, link_decor.decorated_links(page))   # links a script completes with a meta's value
    result.decorated_links = len(decorated)
    data += by_form + by_xml + by_srcdoc + by_data_frame + by_ssi + decorated
    data += _announced_feeds(job, page, in_column, column_key, result)   # <link rel="alternate" type="…rss+xml">
    result.follows += [Follow(link.url, "api", "X", link.label, column_key, extra={"nianbao_api": search.OPENSEARCH_API})
                       for link in _in_site(job, search.opensearch_descriptions(page))]   # <link rel="search">
    result.follows += _not_article_pages(_links_to_follow(job, page, in_column, column_key, result.is_report, data),
                                         result)
    if result.script_get_urls:   # asked for as the script asks (crawler/discovery/xhr.py)
        for follow in result.follows:
            if follow.url in result.script_get_urls and follow.page_request is None:
                follow.extra = {**(follow.extra or {}), "nianbao_script_get": True}
    if not page.links and not page.frames and not result.is_report:
        _follow_redirect_stub(job, page, result)
    if role != "search" and not result.is_report:   # a catalogue form that lists the 年度报告 category on demand
        result.follows += _category_forms(job, page, column_key)
    if in_column or role in ("list", "search"):
        result.about_disclosure = role != "search"
        _read_pagers(job, page, result)
        result.article_links = sum(1 for f in result.follows if f.role == "article")
        if role not in ("article", "search") and not _reads_list_api(result):
            result.render_evidence = render_evidence.list_evidence(page, result.article_links)
            if result.render_evidence is None and not result.pagers and render_evidence.unread_pager(page):
                if _pager_read_from_fields(page):   # its pages are followed already: no render for its controls
                    result.pager_from_fields = True
                else:
                    result.render_evidence = "unread_pager"   # the browser clicks its controls (browser_controls.py)
            _script_controls_evidence(page, result)
        if job.rendered and role != "search":
            result.hash_routes = hashroutes.hash_routes(page)
    elif role == "page" and not result.is_report:
        # An unrecognised page may be a listing all the same (a unit's page in a disclosure tree, a year list):
        # its pagers, year parameters and pickers are read, and its list rendered on evidence, as a column's are
        # (the spider ranks what they give below the focused lists: `PageAnalysis.unranked_pagers`).
        _read_pagers(job, page, result)
        result.unranked_pagers = not result.about_disclosure
        # rendered on evidence only where disclosure is the context (a unit's page in a disclosure tree is
        # titled with the unit's name): a news page's script-drawn list is not worth a browser
        if (result.about_disclosure or job.from_disclosure) and not _reads_list_api(result):
            result.article_links = sum(1 for f in result.follows if f.role == "article")
            result.render_evidence = render_evidence.list_evidence(page, result.article_links)
            _script_controls_evidence(page, result)
    elif role == "section" and not job.rendered:
        # a disclosure section whose unit directory or list a script draws into an empty container (a zTree of
        # units from a JSON tree, a list region filled by XHR): rendered on that evidence alone — a section's
        # static links (指南, 制度, 目录) are no list, so a list-building script by itself is not enough
        evidence = render_evidence.list_evidence(page, 0)
        if evidence in render_evidence.STRONG_EVIDENCE:
            result.render_evidence = evidence
    if result.render_evidence and result.render_evidence not in ("redirect_script", "script_controls"):
        # what a browser would fetch for the list: read as its answers are when no browser renders the page
        result.script_gets = jsonlist.script_get_urls(job.url, page.scripts)
    elif role in ("home", "section", "column", "list"):   # a block a script draws from data (a column's 更多 link)
        result.data_gets = script_data.data_urls(job.url, page.scripts)
    if role == "home" and not job.rendered and result.render_evidence is None:
        # a box on the front page whose controls show lists (a 智能问答 robot's question buttons): explored, bounded
        # per portal as a list page's controls are
        _script_controls_evidence(page, result)
    if not result.is_report:   # a unit chooser that is a suggest box: its source asked with an empty term
        result.suggest_sources = autocomplete.suggest_sources(job.url, page.scripts)
    _forms_as_navigation(job, page, in_column, column_key, result)
    if job.site is not None:
        _generic_links(job, page, result, data)
    if in_column and column_key:
        result.column_report_titles = _report_titled_entries(result.follows, column_key)
    if not result.is_report:
        result.routed_links = _routed_follows(page, result)
    if role not in ("home", "article") and not result.is_report:   # a guard page before a column (visit_gates.py)
        result.visit_gate_resources = visit_gates.gate_resources(page, job.homepage, _report_titled_links(result))
    return result


def _routed_follows(page: HtmlPage, result: PageAnalysis) -> list[Follow]:
    """Each route a link carries to another document (routed_links.py), followed as that document's link is: in
    its role, text and column when it is a focused link, as a page when it is a ranked generic one; a document not
    followed at all (off the site, a file) carries no route either."""
    routed = routed_links.routed_links(page)
    if not routed:
        return []
    out: list[Follow] = []
    for follow in result.follows:
        for url in routed.pop(follow.url, ()):
            if follow.page_request is None:
                out.append(Follow(url, follow.role, follow.letter, follow.anchor, follow.column, follow.parent))
    for url, label, is_file in result.generic:
        for routed_url in routed.pop(url, ()):
            if not is_file:
                out.append(Follow(routed_url, "page", "L", label))
    return out


def _report_titled_links(result: PageAnalysis) -> int:
    return sum(1 for follow in result.follows if follow.role in ("article", "attachment")
               and (titled := classify_file_title(follow.anchor or "")) is not None and titled.kind == "report")


def _report_titled_entries(follows: list[Follow], column_key: str) -> int:
    """The column's article links whose text classifies as a report: the evidence that a file the column lists by
    name only is a report (crawler/discovery/unnamed_files.py). Counted here, in the worker, not in the spider."""
    return sum(1 for follow in follows if follow.role == "article" and follow.column == column_key
               and (titled := classify_file_title(follow.anchor or "")) is not None and titled.kind == "report")


def _forms_as_navigation(job: PageJob, page: HtmlPage, in_column: bool, column_key: str | None,
                         result: PageAnalysis) -> None:
    """A notice's gate form submitted (gate_forms.py: its answer read as this page, in its role and column) and
    ASP.NET link postbacks followed as the POSTs they are (postbacks.py): a report title or a list's entry as
    an article, a 下一页 LinkButton as a pager, any other ranked by its label like a generic link."""
    gates = gate_forms.gate_requests(page)
    result.gate_forms_refused = gates.refused
    for request in gates.requests:
        result.follows.append(Follow(request.url, job.role or "page", "L", job.anchor or "", column_key,
                                     page_request=request, extra={"nianbao_gate_form": request.url.split("?", 1)[0]}))
    found, result.postbacks_refused = postbacks.postback_requests(page)
    result.postbacks = len(found)
    for postback in found:
        if postback.is_pager:
            result.pagers.append(postback.request)
        elif in_column or looks_like_report_title(postback.label):
            result.follows.append(Follow(postback.request.url, "article", "L", postback.label, column_key,
                                         page_request=postback.request))
        else:
            result.follows.append(Follow(postback.request.url, "page", "L", postback.label, column_key,
                                         page_request=postback.request,
                                         priority=rank.page_priority(postback.label, postback.request.url)))
    _post_views(job, page, in_column, column_key, result)


def _post_views(job: PageJob, page: HtmlPage, in_column: bool, column_key: str | None, result: PageAnalysis) -> None:
    """A list row's POST form of hidden fields and a 查看/下载 button (post_views.py), its action on the site, POSTed
    as the browser does: in a column or under a report title an article (a 下载's answer a file: hop E), else a
    `page` ranked by its row's text like a generic link."""
    found = post_views.post_view_requests(page)
    result.post_views_refused, result.post_views_capped = found.refused, found.capped
    on_site = {link.url for link in _in_site(job, [Link(view.request.url, view.label) for view in found.views])}
    for view in found.views:
        if view.request.url not in on_site:
            continue
        result.post_views += 1
        if in_column or looks_like_report_title(view.label):
            result.follows.append(Follow(view.request.url, "article", "E" if view.download else "L", view.label,
                                         column_key, page_request=view.request))
        else:
            result.follows.append(Follow(view.request.url, "page", "L", view.label, column_key,
                                         page_request=view.request,
                                         priority=rank.page_priority(view.label, view.request.url)))


def _in_site(job: PageJob, links: list[Link]) -> list[Link]:
    """The links on the portal's site (without a site: on the page's registered domain or a declared host)."""
    if not links:
        return links
    if job.site is not None:
        return [link for link in links if job.site.contains(_host_path_query(link.url)[0])]
    page_domain = registered_domain(_host_path_query(job.url)[0])
    return [link for link in links if (host := _host_path_query(link.url)[0]) in job.portal_hosts
            or (page_domain and registered_domain(host) == page_domain)]


def _query_targets(job: PageJob, page: HtmlPage, result: PageAnalysis) -> list[Link]:
    """The in-site addresses the page's links carry in their query values (query_targets.py); the ones outside
    the portal's site are counted, not followed."""
    embedded = query_targets.embedded_links(page.links)
    if not embedded:
        return []
    carried = _in_site(job, embedded)
    result.query_links, result.query_offsite = len(carried), len(embedded) - len(carried)
    result.query_base64_links = sum(1 for link in carried if link.tag == "query_base64")
    return carried


def _plugin_params(job: PageJob, page: HtmlPage, result: PageAnalysis) -> list[Link]:
    """The in-site addresses the page's plug-in movies are handed as FlashVars or in their own query
    (plugin_params.py, read as query values: query_targets.py); the ones outside are counted with query_offsite."""
    embedded = query_targets.embedded_links(plugin_params.movie_carriers(page))
    if not embedded:
        return []
    carried = _in_site(job, embedded)
    result.flashvars_links = len(carried)
    result.query_offsite += len(embedded) - len(carried)
    return carried


def _announced_feeds(job: PageJob, page: HtmlPage, in_column: bool, column_key: str | None,
                     result: PageAnalysis) -> list[Link]:
    """The in-site feeds the page's head announces (feeds.py): a column's feed is its full list, read as its API
    answer (role `api`, `nianbao_api: feed`); another page's are links like its others (returned)."""
    announced = _in_site(job, feeds.announced_feeds(page))
    if not in_column:
        return announced
    # no `download_maxsize` of MAX_FEED_BYTES: Scrapy cancels a larger download (nothing read), while read_feed
    # reads a larger body to MAX_FEED_BYTES (its newest entries); the crawl's response cap bounds the download
    result.follows += [Follow(link.url, "api", "X", link.label, column_key, extra={"nianbao_api": "feed"})
                       for link in announced]
    return []


def _category_forms(job: PageJob, page: HtmlPage, column_key: str | None) -> list[Follow]:
    """A catalogue's search form submitted with its 年度报告 category chosen (pagers/selectors.py
    `category_requests`): its answer is a list page of the column (of the catalogue page outside one), its own
    pagers read as a list's. `nianbao_category_form` names the choice: the spider submits it once per portal."""
    return [Follow(request.url, "list", "L", text, column_key or job.url, page_request=request,
                   extra={"nianbao_category_form": choice})
            for request, text, choice in selectors.category_requests(page)]


def _read_handlers(job: PageJob, page: HtmlPage, result: PageAnalysis) -> list[Link]:
    """The page's handler calls read through its inline functions (in-site pages they open that its links do not
    already name; `result.handler_gets`: the lists they GET), and the calls left to the same-site scripts it
    includes (`result.external_calls`, `result.external_scripts`)."""
    scripts = script_handlers.external_scripts(page, job.site.contains) if job.site is not None else []
    functions = page.script_functions
    if not scripts and not functions:
        return []   # nothing a call could be read through: the page's handlers are not read at all
    calls = script_handlers.handler_calls(page)
    if not calls:
        return []
    found = script_handlers.targets(calls, functions, job.url)
    result.handler_gets = [url for url in found.data_gets if _in_site(job, [Link(url, "")])]
    named = {link.url for link in page.links}
    links = _in_site(job, [link for link in found.links if link.url not in named])
    undefined = script_handlers.called_names(calls) - script_handlers.defined_functions(page.scripts)
    if undefined and scripts:
        result.external_scripts = scripts
        result.external_calls = [(call, label) for call, label in calls
                                 if script_handlers.called_names([(call, label)]) & undefined]
    return links


def _read_cookie_choices(job: PageJob, page: HtmlPage, result: PageAnalysis) -> None:
    """The page's handler calls that write a cookie and reload or navigate (cookie_choices.py), in site: each a
    request for the page (or the target) carrying the cookie, which the spider asks for apart from the shared jar."""
    if "cookie" not in page.text and "Cookie" not in page.text:
        return
    calls = script_handlers.handler_calls(page)
    if not calls:
        return
    functions = page.script_functions
    reading = cookie_choices.read_choices(calls, functions.cookie_setters, job.url, limits.MAX_COOKIE_CHOICES_PER_PAGE)
    result.cookie_unread = reading.unread + functions.cookie_unread
    kept = {link.url for link in _in_site(job, [Link(c.url, c.label) for c in reading.choices])}
    result.cookie_choices = [(c.url, c.cookie, c.label) for c in reading.choices if c.url in kept]


def _article_pages(job: PageJob, page: HtmlPage, column_key: str | None, result: PageAnalysis) -> None:
    """A report article cut into pages (an editor's page breaks, a CMS's every-N-characters split): the article's own
    pager names its other pages — TRS's `createPageHTML(count, index, "t<date>_<id>", "html")`, which no link
    names, or a static 上一页 1 2 3 下一页 pager linking `<own name>_<n>`, whose links a list's pager reader or
    the ranking of plain links would take for something else. Read by the archive's reader of an article's pages
    (parse/article_pages.py: never a list's `index_N`, never a 下一篇 link), they are the report's continuation:
    asked as articles of its column under its title, at most parse/limits.py MAX_ARTICLE_PAGES, as many as the
    archive joins, whether or not a column led here (the newest report linked from the home page has no column)."""
    found = article_pages(job.url, page.text)
    if found is None:
        return
    title = result.verdict.title or job.anchor or ""
    urls = [url for url in found.urls if url != job.url and _same_host(url, job.url)][: parse_limits.MAX_ARTICLE_PAGES]
    result.follows += [Follow(url, "article", "L", title, column_key) for url in urls]
    result.article_pages, result.article_page_links = found, len(urls)


def _not_article_pages(items: list, result: PageAnalysis) -> list:
    """The follows or pager requests that name no page of the report's own article: _article_pages follows those as
    articles of the report, never as a list's pages or a column (a static pager's 2, 3 under a 年报 path)."""
    own = result.article_pages
    return items if own is None else [item for item in items if not own.names(item.url)]


def _read_neighbours(job: PageJob, page: HtmlPage, result: PageAnalysis) -> None:
    """An article's 上一篇/下一篇 box (neighbours.py): its static links and the interface a script draws it from;
    the spider walks the chain, with priority from a report or look-alike, bounded per column."""
    verdict = result.verdict
    result.neighbour_focus = verdict.kind == "report" or verdict.reason != "title does not name an annual report"
    if not neighbours.draws_neighbours(page):
        return
    result.neighbour_gets = [url for url in neighbours.neighbour_gets(page) if _in_site(job, [Link(url, "")])]
    result.neighbour_links = [(link.url, link.label) for link in _in_site(job, neighbours.neighbour_links(page))]


def _data_id_links(job: PageJob, page: HtmlPage, result: PageAnalysis) -> list[Link]:
    """In-site addresses the page's delegated click handlers build from each element's data attribute (`data-id`
    rows, `data-type` tabs) or its row's cell text (a 名录's code column: discovery/data_handlers.py) that its
    links do not already name; the ones the script GETs (a list, an entry loaded into a modal) are noted in
    `result.script_get_urls`."""
    if not page.scripts or ("data-" not in page.text and not ("<td" in page.text
                                                              and data_handlers.reads_row_values(page.scripts))):
        return []
    targets = data_handlers.id_targets(page.tree, page.scripts, page.script_functions)
    links = _unnamed_target_links(job, page, result, targets, "dataid")
    result.data_id_links = len(links)
    from_cells = {page.absolute(t.url) for t in targets if t.from_cell}
    result.row_cell_links = sum(1 for link in links if link.url in from_cells)
    return links


def _unnamed_target_links(job: PageJob, page: HtmlPage, result: PageAnalysis, targets, via: str) -> list[Link]:
    """The in-site links of script targets (url, label, data_get) the page's links do not already name; the ones a
    script GETs are noted in `result.script_get_urls`."""
    named = {link.url for link in page.links}
    links: list[Link] = []
    for target in targets:
        url = page.absolute(target.url)
        if url and url not in named:
            links.append(Link(url, target.label, "", via))
            if target.data_get:
                result.script_get_urls.add(url)
    return _in_site(job, links)


def _element_links(job: PageJob, page: HtmlPage, result: PageAnalysis) -> list[Link]:
    """In-site addresses the handlers a script binds to each element of a selector build from the element's
    position or text (element_handlers.py) that its links do not already name; the ones the script GETs are noted
    in `result.script_get_urls`."""
    if not page.scripts:
        return []
    targets = element_handlers.element_targets(page.tree, page.scripts, page.script_functions)
    links = _unnamed_target_links(job, page, result, targets, "element")
    result.element_links = len(links)
    gets = [link.url for link in links if link.url in result.script_get_urls]
    fills = chained_gets.fill_templates(job.url, page.script_functions, gets) if gets else ()
    if fills:   # a chain of two data requests: the answers are read with the templates they fill
        result.chained_gets = [(url, fills) for url in gets]
        return [link for link in links if link.url not in gets]
    return links


def _storage_links(job: PageJob, page: HtmlPage, result: PageAnalysis) -> list[Link]:
    """Notes the page's storage writes in `result.storage_writes` (the spider keeps them per portal) and returns the
    in-site addresses its scripts build from a storage read, per value written (web_storage.py); the ones a script
    GETs are noted in `result.script_get_urls`."""
    if "Storage" not in page.text and "message" not in page.text:
        return []
    result.storage_writes = web_storage.storage_writes(page.tree, page.scripts)
    storage = {key: list(values) for key, values in job.storage}
    web_storage.merge(storage, result.storage_writes)
    named = {link.url for link in page.links}
    found = web_storage.storage_targets(job.url, page.scripts, storage)
    links = _in_site(job, [Link(t.url, t.value, "", "storage") for t in found if t.url not in named])
    result.script_get_urls.update(t.url for t in found if t.data_get)
    result.storage_links = len(links)
    return links


def _location_links(job: PageJob, page: HtmlPage, result: PageAnalysis) -> list[Link]:
    """In-site addresses the page's scripts and handlers build from its own location (location_links.py: a 打印本页
    print service given `location.pathname`) that its links do not already name; the ones a script GETs are noted
    in `result.script_get_urls`."""
    if "location" not in page.text and "URL" not in page.text:
        return []
    named = {link.url for link in page.links}
    found = location_links.location_targets(job.url, page.scripts, location_links.handler_values(page.tree))
    links = _in_site(job, [Link(t.url, "", "", "location") for t in found if t.url not in named])
    result.script_get_urls.update(t.url for t in found if t.data_get)
    result.location_links = len(links)
    return links


def _follow_redirect_stub(job: PageJob, page: HtmlPage, result: PageAnalysis) -> None:
    """A page whose only way on is a redirect — a portal root that is a stub sending the browser to
    /<abbr>/index.html by `window.location.replace(…)`, no link in it: the literal target is followed in the page's
    own role (the front page of a stub homepage is the homepage); a target the script computes is rendered (the
    browser runs it, and the spider gets the page it lands on). A meta refresh in the first bytes is followed as a
    redirect before analysis (downloadermiddlewares/metarefresh.py); one found here is a later one."""
    target, computed = page.script_redirect
    if target:
        result.redirect_stub = "literal"
        role = job.role or "page"
        if role != "home" and _host_path_query(target)[1] in _HOME_PATHS:
            role = "page"   # a soft 404 ("返回首页" by script) sends to the front page: no report is there
        extra = {"nianbao_section_hops": job.section_hops} if role == "section" else None
        result.follows.append(Follow(target, role, "R", job.anchor or "", job.column, extra=extra))
    elif computed and not job.rendered:
        result.redirect_stub = "computed"
        result.render_evidence = "redirect_script"


def _script_controls_evidence(page: HtmlPage, result: PageAnalysis) -> None:
    """No other evidence, few entries, nothing a static reader resolved from the page's scripts (no pager, no
    link read from inline data, handlers or data-* attributes; no address carried in the page's own query, as a
    leave-site notice's target is), and controls its scripts handle: rendered to have them clicked (crawler/browser_explore.py; the spider bounds these renders
    per portal)."""
    if result.render_evidence is None and result.article_links <= render_evidence.FEW_ARTICLE_LINKS \
            and not (result.pagers or result.inline_links or result.function_links or result.data_id_links) \
            and not any(link.tag in ("js", "data") for link in page.links) \
            and not query_targets.query_addresses(page.url) and render_evidence.script_controls(page):
        if _pager_read_from_fields(page):
            result.pager_from_fields = True
        else:
            result.render_evidence = "script_controls"


def _pager_read_from_fields(page: HtmlPage) -> bool:
    """The page's form fields name other pages of its own folder (a dead pager's hidden fields: field_links.py,
    followed as the page's links): the pager's pages are read, so controls that look unread are no reason to render.
    A field naming a page elsewhere (a 返回 address, a search page) is no pager's."""
    folder = page.url.rsplit("/", 1)[0] + "/"
    return any(link.tag == "field" and link.url != page.url and link.url.startswith(folder)
               and "/" not in link.url[len(folder):] for link in page.links)


def _add_requisites(job: PageJob, page: HtmlPage, result: PageAnalysis) -> None:
    """A report page (or landing page) replays complete only with its images, stylesheets, fonts and scripts."""
    found = requisites.page_requisites(page, job.portal_hosts, job.requisite_hosts)
    result.follows += [Follow(url, "requisite", "E") for url in found.urls]
    result.requisites_dropped = found.dropped
_SENT_GENERIC: set[str] = set()
MAX_SENT_GENERIC = 500_000    # URLs remembered per worker process (then forgotten at once: a few repeats)


def analyse_html_once(job: PageJob) -> PageAnalysis:
    """`analyse_html` for worker processes: a generic link this process has already sent to the spider is
    left out (the spider queued it then; navigation repeats on every page, and sending it back each time was
    most of what crossed the pipe)."""
    result = analyse_html(job)
    if result.generic:
        sent = _SENT_GENERIC
        if len(sent) > MAX_SENT_GENERIC:
            sent.clear()
        fresh = []
        for entry in result.generic:
            if entry[0] not in sent:
                sent.add(entry[0])
                fresh.append(entry)
        result.generic = fresh
    return result


def _reads_list_api(result: PageAnalysis) -> bool:
    """The page's script-drawn list is read through its data interface already (Hanweb dataproxy, gkmlpt
    API, 加载更多 fragments): rendering it would show the same links at a browser's cost. A feed the page announces
    is no such interface: it may hold a list's newest entries only, or another list's."""
    return any(r.api or r.pager == "fragment" for r in result.pagers) or any(
        f.role == "api" and (f.extra or {}).get("nianbao_api") != "feed" for f in result.follows)


def _titled_as_report(page: HtmlPage) -> bool:
    """The page's <title> or ArticleTitle names a report of a year: classify it whatever role it was reached in
    (CMSs put reports under paths that look like columns: /zfxxgknb/2021n/article….html)."""
    for title in (page.meta_tags.get("articletitle", ""), page.title):
        if title and looks_like_report_title(title) and report_year(title) is not None:
            return True
    return False


def _generic_links(job: PageJob, page: HtmlPage, result: PageAnalysis, data: list[Link]) -> None:
    """The page's in-scope links that no focused rule took: followed at a lower priority — with the in-site
    documents its scripts' data names (`data`) and the in-site addresses printed in its text, ranked like links
    (rank.page_priority: the sentence an address is printed in is its label). Off-site links are counted here
    (they never become requests)."""
    taken = {f.url for f in result.follows}
    taken.update(r.url for r in result.pagers)
    site = job.site
    page_host = _host_path_query(job.url)[0]
    # a page of the site (not one on an IP host) vouches for one hop off it: a link to an IP address, and a
    # document on any host (a cloud bucket's object; downloadermiddlewares/scope.py decides)
    one_hop = literal_ip(page_host) is None and site.contains(page_host)
    out = result.generic
    for link in chain(page.links, page.alternates):
        url = link.url
        if url in taken:
            continue
        taken.add(url)
        host, path, _ = _host_path_query(url)
        if _MEDIA.search(path):
            result.media_links += 1
        elif site.contains(host) or (one_hop and (literal_ip(host) is not None or is_file_link(link))):
            out.append((url, link.label, is_file_link(link)))
        else:
            result.offsite_links += 1
    # the page names these without linking them: already in site (_in_site), never counted as off-site
    for link in chain(data, _in_site(job, printed.printed_links(page))):
        if link.url in taken or _MEDIA.search(_host_path_query(link.url)[1]):
            continue
        taken.add(link.url)
        if link.tag in (printed.TAG, printed.MOVED_TAG):
            result.printed_links += 1
        if link.tag == printed.MOVED_TAG and not is_file_link(link):
            # "本栏目已迁移至…：gk.x.gov.cn": the site's new home, read as a section (its columns are focused links)
            result.moved_links += 1
            result.follows.append(Follow(link.url, "section", "L", link.label,
                                         extra={"nianbao_section_hops": job.section_hops + 1}))
            continue
        out.append((link.url, link.label, is_file_link(link)))
    for frame in page.frames:
        if frame.url not in taken and site.contains(_host_path_query(frame.url)[0]):
            taken.add(frame.url)
            out.append((frame.url, frame.text, False))
    if job.raw_links and not job.rendered:   # last: what the source names that no reader above took
        unfolded = raw_links.folded(page.text)   # an .ics or .vcf served as text: its lines joined first
        for link in _in_site(job, raw_links.source_links(page.text, job.url)):
            if link.url not in taken and not _MEDIA.search(_host_path_query(link.url)[1]):
                taken.add(link.url)
                result.raw_page_links += 1
                result.unfolded_links += unfolded
                out.append((link.url, link.label, is_file_link(link)))


def _links_to_follow(job: PageJob, page: HtmlPage, in_column: bool, column_key: str | None,
                     is_report: bool, data: list[Link] = ()) -> list[Follow]:
    role, out = job.role, []
    # a page's alternate versions (its mobile host's copy) are links labelled with its title: the alternate of a
    # 年报 column is that column on the other host (page.py `alternates`)
    links: list[Link] = [*page.links, *data, *page.alternates]
    if in_column or role in ("column", "list"):
        links.extend(hanweb.parse_datastore(page.text, job.url)[1])
    for link in links:
        label = link.label
        if is_file_link(link):
            if not is_report and looks_like_report_title(label):
                out.append(Follow(link.url, "article", "E", label, column_key))
            elif not is_report and in_column and column_key and names_nothing(label):
                # a list entry by its file name or 附件: judged by its text or its column (unnamed_files.py)
                out.append(Follow(link.url, "article", "E", label, column_key))
            continue
        if looks_like_report_title(label) and (columns.is_detail_url(link.url)
                                              or not columns.is_column_link(label, link.url)):
            out.append(Follow(link.url, "article", "L", label, column_key))
        elif in_column and columns.is_list_item_link(label, link.url):
            out.append(Follow(link.url, "article", "L", label, column_key))
        elif columns.is_column_link(label, link.url):
            out.append(Follow(link.url, "column", "L", label, link.url))
        elif in_column and columns.is_subcolumn_link(label, link.url) and _same_host(link.url, job.url):
            out.append(Follow(link.url, "column", "L", label, link.url))
        elif _is_subsite_home(job, link.url):
            out.append(Follow(link.url, "home", "L", label))
        elif (role in ("home", "section") and job.section_hops < MAX_SECTION_HOPS
              and (columns.is_section_link(label, link.url) or gkmlpt.is_gkmlpt(link.url))):
            out.append(Follow(link.url, "section", "L", label,
                              extra={"nianbao_section_hops": job.section_hops + 1}))
    for module_request in hanweb.annual_module_urls(page):
        out.append(Follow(module_request.url, "article", "L", column=column_key))
    if gkmlpt.is_gkmlpt(job.url, page.text):
        sid = gkmlpt.site_id(page.text)
        for column, name in gkmlpt.report_columns(page):
            for api in gkmlpt.api_requests(job.url, column, sid, range(1, 2)):
                out.append(Follow(api.url, "api", "X", name, f"gkmlpt:{column}", page_request=api,
                                  extra={"nianbao_api": "gkmlpt", "nianbao_api_first": True}))
    return out


def _read_pagers(job: PageJob, page: HtmlPage, result: PageAnalysis) -> None:
    requests: list[PageRequest] = trs.trs_pages(job.url, page.scripts)
    if not requests:
        requests = script.script_pages(job.url, page.scripts, page.body_text)
    params = hanweb.find_dataproxy(page.text, page.lower_text)
    if params is not None:
        # Every batch from record 1 when the total is known (the inline first batch may hold fewer records
        # than a batch); else the first batch, whose <totalrecord> tells the rest (the spider's parse_api).
        total = params.total or hanweb.parse_datastore(page.text, job.url)[0]
        requests += hanweb.dataproxy_requests(job.url, params, total)
        result.dataproxy, result.dataproxy_total = dict(params.__dict__), total
    requests += query.query_pages(page) or query.numbered_path_pages(page)
    requests += fragment_params.fragment_query_pages(page)   # `#pageIndex=2` pager links: the pair in the query
    requests += relpages.rel_pages(page)   # <link rel="next|prev|last">: a pager declared in the head
    requests += relpages.canonical_pages(page)   # <link rel="canonical"> to another page: a list's view-all page
    requests += query.load_more_links(page)   # a 加载更多 control's data-next: the list's next part
    if job.rendered:   # where the render's pager clicks navigated (browser_controls.py)
        requests += clicked.clicked_pages(page)
    # a report's own pager (TRS, static 1 2 3 下一页, a `rel=next` to its page 2) names its pages, not a list's
    requests = _not_article_pages(requests, result)
    declared = {r.url for r in requests
                if r.pager in (relpages.PAGER, relpages.CANONICAL_PAGER, clicked.PAGER, query.LOAD_MORE_PAGER)}
    if declared:   # walked as the list's pages (past the depth limit), not as links one hop deeper each
        result.follows = [f for f in result.follows if f.url not in declared]
    if not requests:
        requests += query.next_links(page)
    result.links_itself = stateful.links_itself(page)   # a session-kept pager: asked again (spiders/stateful_pagers.py)
    requests += postform.form_pages(page)   # pages 2+ that exist only as a pager form's answers
    submitted = submitters.submitter_pages(page)   # a form paged by its buttons' values
    result.submitters_capped, result.submitters_refused = submitted.capped, submitted.refused
    requests += submitted.requests
    checked = checkgroups.check_group_requests(page)   # a query form's boxes, each ticked
    result.check_groups_capped, result.check_groups_refused = checked.capped, checked.refused
    requests += checked.requests
    if not requests:   # pages 2+ reached only by typing their number into a jump box (else the pager's links reach them)
        requests += jumpbox.jump_box_pages(page)
    requests += fragments.fragment_pages(page)   # pages 2+ that a 加载更多 script fetches as HTML fragments
    if job.role != "search":   # a list's date-range form, once per calendar year (its other years unlinked)
        requests += dateranges.date_range_requests(page)
    if job.role != "search":   # a list's 年报查询 form with a free-text year box, once per year
        requests += yearfields.year_field_requests(page)
    if job.role != "search":   # a 目录's 索引号 lookup box, once per code its table prints
        requests += codefields.code_field_requests(page)
    if job.role != "search":   # a results page's years and pickers are the search's, not the portal's lists
        selected = selectors.form_requests(page)   # a form's <select> options, each chosen
        result.select_forms_capped, result.select_forms_refused = selected.capped, selected.refused
        requests += selectors.year_requests(page) + selected.requests
        result.year_walks = yearpaths.year_walks(page)
    result.pagers = _not_article_pages(requests, result)


@lru_cache(maxsize=limits.LINK_CACHE_ENTRIES)   # pure; a page's links are mostly the site's navigation, repeated on every page
def _host_path_query(url: str) -> tuple[str, str, str]:
    parts = urlsplit(url)
    return (parts.hostname or "").lower(), parts.path, parts.query


def _is_subsite_home(job: PageJob, url: str) -> bool:
    """A link to the front page of one of the portal's declared extra hosts (a department's own site)."""
    host, path, query = _host_path_query(url)
    return (host in job.portal_hosts and path in _HOME_PATHS and not query
            and host != _host_path_query(job.url)[0])


def _same_host(url: str, other: str) -> bool:
    return _host_path_query(url)[0] == _host_path_query(other)[0]
