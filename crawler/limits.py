"""The crawler's size and time limits, with their units in their names (Scrapy settings in crawler/settings.py
are built from them; `-s NAME=VALUE` overrides a setting). Limits of the WARC store and the steps over it are in
archive/limits.py, of document parsing in parse/limits.py: each package owns its own, and none imports a limit
from a package above it (crawler → archive → parse)."""

# --- crawling (untrusted network input) ---
MAX_RESPONSE_BYTES = 64 * 1024 * 1024        # hard cap on one download (Scrapy DOWNLOAD_MAXSIZE)
WARN_RESPONSE_BYTES = 16 * 1024 * 1024       # Scrapy DOWNLOAD_WARNSIZE
DOWNLOAD_TIMEOUT_S = 30                      # per request
BROWSER_PAGE_TIMEOUT_MS = 30_000             # per rendered page in Chromium
MAX_RENDER_BYTES = 8 * 1024 * 1024           # a response larger than this is not handed to Chromium (see browser.py)
BROWSER_PAGES_AT_ONCE = 12                   # pages rendered at a time, all in one browser context
MAX_PAGES_PER_PORTAL = 20_000                # frontier guard against crawler traps
MAX_LIST_PAGES_PER_COLUMN = 500              # pager guard (TRS index_N, dataproxy, gkmlpt, ?page=)
MAX_HOPS_FROM_HOME = 8                       # depth guard
# longest URL asked for (Scrapy URLLENGTH_LIMIT; Scrapy's default 2,083 is old Internet Explorer's limit, and search
# front ends that keep their whole query state in the address go past it): Apache's default LimitRequestLine, the
# request line a default Apache answers (nginx's large_client_header_buffers 8 KiB is about the same); a longer
# URL would draw a 414 from either, so it is refused here and counted (discovery/url_too_long)
MAX_URL_CHARS = 8190
RETRY_TIMES = 3                              # 5xx, 429, time-outs
RETRY_BACKOFF_BASE_S = 2.0                   # first retry waits this long, then doubling (downloadermiddlewares.backoff)
RETRY_BACKOFF_MAX_S = 60.0                   # longest wait before a retry (also caps Retry-After)
PARTIAL_ANSWER_RETRIES = 1                   # an answer cut short (dataloss) asked again before it is kept partial
RATE_LIMIT_RETRIES = 6                       # a request refused for its host's rate (429) asked again at most
RATE_LIMIT_DELAY_S = 0.5                     # a rate-limited host's delay between requests at least (doubling)
RATE_LIMIT_RECOVER_AFTER = 10                # a slowed host's delay halves after this many answers in a row that are no refusal
RATE_LIMIT_DELAY_EXPIRY_S = 600.0            # shared frontier: a host's raised delay lapses this long after its last refusal
MAX_SEARCH_RESULT_PAGES = 20                 # site-search fallback: result pages read per query
MAX_DATE_RANGE_REQUESTS_PER_PORTAL = 80      # date-range forms: calendar years since 2008 submitted, all forms
MAX_ATTACHMENTS_PER_PAGE = 50                # files fetched from one report page
MAX_REQUISITES_PER_PAGE = 100                # images, stylesheets, fonts, scripts fetched for one report page
MAX_REQUISITE_BYTES = 16 * 1024 * 1024       # one page requisite (Scrapy meta download_maxsize)
CONCURRENT_REQUESTS_PER_HOST = 2             # politeness: "one or two requests at a time per host"
DOWNLOAD_DELAY_S = 0.5                       # base delay per host; AutoThrottle adapts it
AUTOTHROTTLE_MAX_DELAY_S = 30.0
FRONTIER_HEARTBEAT_S = 5.0                   # shared frontier: a worker renews its liveness key this often
FRONTIER_POLL_S = 0.5                        # an idle worker asks the shared queue again this often
FRONTIER_WORKER_TTL_S = 30.0                 # …and a worker silent this long is dead: its leases are re-queued
FRONTIER_HOSTS_LOOKED_AT = 32                # shared frontier: hosts a pop looks at for a ready one (ready order)
FRONTIER_FULL_HOST_RETRY_S = 0.1             # …and a host with all its leases out is looked at again after this
FRONTIER_READY_WAKE_MIN_S = 0.01             # …and a worker with no host ready asks again at the earliest after this
FRONTIER_MAX_PARKED = 256                    # shared frontier: leased requests a worker keeps aside for busy hosts
WAITING_LINKS_CHECK_S = 1.0                  # shared frontier: a worker looks this often whether its waiting links may go
FRONTIER_BUDGET_DROPS_PER_POP = 64           # shared frontier: over-budget requests one pop may drop before it yields
FRONTIER_PURGE_PER_HOST = 4096              # …and queued requests looked at per host when a portal's budget is spent
POLITENESS_POLL_S = 0.05                     # shared politeness: a request whose host has all its leases out asks again
HOST_LEASE_MARGIN_S = 30.0                   # …and a host lease outlives DOWNLOAD_TIMEOUT by this (a killed worker's)
PAGE_ANALYSIS_TIMEOUT_S = 20.0               # one page's parse + classification in a worker process; then killed
PAGE_WORKER_MEMORY_BYTES = 2 * 1024 ** 3     # address-space cap of a page-analysis worker process
DOCUMENT_READ_TIMEOUT_S = 60.0               # one fetched document's hyperlinks + opening lines in a worker process
                                             # (crawler/discovery/fetched_documents.py); then killed
WORKER_JOB_TIMEOUT_S = 600.0                 # a worker-process job with no limit of its own (the WARC writer's); then
                                             # killed (above UPLOAD_DRAIN_AT_CLOSE_S: the writer's close waits that long)
WORKER_STOPPED_GRACE_S = 5.0                 # a worker stopped this long (SIGSTOP, a tracer) with jobs is given up
WORKER_EXIT_WAIT_S = 1.0                     # a worker whose output ended is given this long to exit; then killed
WORKER_MAX_FRAME_BYTES = 2 * MAX_RESPONSE_BYTES  # one message between the crawl and a worker process

# --- discovery readers (untrusted feeds, site maps, error pages, links; past a bound the rest is left out, counted) ---
MAX_FEED_BYTES = 8 * 1024 * 1024             # of one feed read; a larger body is read to here (entries come newest
                                             # first: what is cut are the oldest, which list pages name too)
MAX_FEED_ENTRIES = 5000                      # entries read from one feed (a column's whole list; more is a site dump)
MAX_FEEDS_PER_PAGE = 8                       # feeds followed from one page's head (a column announces one or two)
MAX_SITEMAP_BYTES = 10 * 1024 * 1024         # of one site map read, unpacked: 1 KiB for each of MAX_SITEMAP_ENTRIES
                                             # (the protocol's own limit is 50 MB, for 50,000 entries)
MAX_SITEMAP_ENTRIES = 10_000                 # <loc> entries read from one site map: half the page budget; the pages
                                             # wait in memory with the unranked links
MAX_SITEMAP_DEPTH = 2                        # index → index → urlset: indexes of indexes exist, deeper ones are traps
MAX_SITEMAPS_PER_PORTAL = 32                 # site maps fetched per portal: robots.txt's, /sitemap.xml and an index's
                                             # maps (a site split by column or year has a few dozen at most)
MAX_ROBOTS_SITEMAPS = 8                      # `Sitemap:` lines taken from one robots.txt (a site names one or two)
MAX_ERROR_PAGE_BYTES = 64 * 1024             # of an error page read: it names its way on near the top
MAX_ERROR_PAGES_PER_PORTAL = 20              # distinct error pages read per portal (most sites have one or two templates)
MAX_ERROR_PAGE_LINKS = 50                    # links taken from one error page (a way on is a few links, not a site map)
MAX_MULTIPLE_CHOICES = 20                    # choices of one 300 answer requested (mod_speling lists a few near names)
MAX_QUERY_VALUE_CHARS = 2000                 # a longer query value is data (a serialised state), not an address
MAX_EMBEDDED_PER_PAGE = 200                  # addresses read out of one page's links' query values
MAX_EMBEDDED_PER_LINK = 16                   # … from one link's query (a carrier holds one or two; more is no carrier)
MAX_ROUTES_PER_PAGE = 12                     # hash-route states taken from one page (an app's menu, its pager beside)
MAX_ROUTE_STATES_PER_COLUMN = 48             # hash-route states rendered per column (a render is ~1 CPU s)
MAX_ROUTED_LINKS_PER_PORTAL = 64             # links' routes to another document asked for (a fetch each; routed_links.py)
MAX_ALTERNATES_PER_PAGE = 8                  # a page's alternate versions followed (a mobile copy, a language or two)
MAX_TEMPLATE_CHARS = 256 * 1024              # client-side template text read per page (a tab's list, a row template)
MAX_PRINTED_LINKS = 50                       # addresses printed as text read from one page (more is a link directory)
MAX_JSON_NODES = 50_000                      # JSON values walked per list answer (5,000 rows of 10 values each)
MAX_LIST_QUERY_BODY_CHARS = 4096             # a POSTed list query is a few fields; a larger body is not one
MAX_TREE_REQUESTS_PER_ANSWER = 200           # child levels of a lazy tree asked for from one answer (a county's units)
MAX_SCRIPT_GET_URLS = 4                      # literal URLs a page's inline scripts GET, read per page (a list, a tree)
MAX_FRAGMENT_OPERAND_CHARS = 200             # one operand of a 加载更多 script's URL concatenation
MAX_FRAGMENT_URLS = 4                        # 加载更多 fragment URLs read from one page (a list has one control)
MAX_YEAR_PARAM_URLS = 4                      # year-parameter URLs enumerated per page (each asked once a year since 2008)
MAX_FORM_REQUESTS_PER_PAGE = 1000            # `<select>` submissions per page (a county's units × the years since
                                             # 2008 fit)
MAX_COMBINED_SELECTS = 3                     # selects combined option by option (unit × year, area × unit × year)
MAX_CATEGORY_REQUESTS_PER_PAGE = 4           # report-category submissions per page (forms × selects naming it)
MAX_DATE_FORMS_PER_PAGE = 2                  # date-range forms submitted per page (a list has one; a page rarely two)
MAX_YEAR_PATH_TEMPLATES = 3                  # per-year path templates walked per page (a column's, a unit's)
MAX_POST_VIEWS_PER_PAGE = 100                # POST forms of hidden fields and one 查看/下载 button (post_views.py): a list
                                             # shows 20-50 rows, one form each; more forms are a runaway table

# --- processes ---
GC_YOUNG_GENERATION_OBJECTS = 50_000         # net allocations between young-generation collections (crawler/runtime.py)
SEEN_REQUESTS_ENTRIES = 1 << 18              # requests a spider remembers as queued (crawler/seen.py; ~100 B each)
LINK_CACHE_ENTRIES = 1 << 13                 # per cache of a pure function of a link (URL joins, link tests), per process
# an iframe's srcdoc document read for links (crawler/discovery/srcdoc_links.py): a list page's frame is a few
# kilobytes; 512 KiB is a whole page, and no more is parsed per frame
MAX_SRCDOC_CHARS = 512 * 1024
# a frame's data:text/html address decoded for links (srcdoc_links.data_frame_links): that document base64-encoded
# (4/3 of it) with room for percent-encoding; a longer address is not decoded
MAX_DATA_FRAME_CHARS = 1024 * 1024
# choices a page's handlers keep in a cookie and reload (crawler/discovery/cookie_choices.py): a unit menu of a
# county (a few dozen departments and townships) × nothing else fits a page; a host's columns share its menus
MAX_COOKIE_CHOICES_PER_PAGE = 100
MAX_COOKIE_CHOICES_PER_HOST = 400
# guard pages of one host asked again after their sub-resources set the visit's cookie (spiders/visit_gate_retries.py)
VISIT_GATE_RETRIES_PER_HOST = 16
# pages of one host saying `Vary: User-Agent` asked again as a phone (spiders/ua_variants.py): a county's columns
UA_VARIANTS_PER_HOST = 24
# links inside documents (crawler/discovery/document_links.py): a DOC/DOCX/XLS/XLSX 目录 is a few hundred KB; a larger file
# is a report with images, whose links (if any) are the site's navigation
MAX_LINKED_DOCUMENT_BYTES = 20 * 1024 * 1024  # of a fetched Word file or workbook read for its hyperlinks
MAX_DOCUMENT_PART_BYTES = 8 * 1024 * 1024    # of one part read unpacked (word/document.xml, a sheet, its rels; an OLE stream)
MAX_DOCUMENT_LINKS = 500                     # hyperlinks taken from one document (a county's 目录 of every unit's years)
MAX_DOCUMENT_SHEETS = 16                     # sheets of a workbook read for links
MAX_DOCUMENT_WORD_PARTS = 16                 # parts of a DOCX read for links (the body, notes, comments, headers, footers)
MAX_NEIGHBOUR_HOPS_PER_COLUMN = 400          # 上一篇/下一篇 hops walked per column (crawler/spiders/neighbour_walks.py):
                                             # a county column's entries since 2008, every unit's, fit
MAX_NEIGHBOUR_GAP = 4                        # plain articles in a row a report's chain walks through (a 解读, a notice)
MAX_STATEFUL_PAGER_STEPS = 200               # a session-kept pager's address asked again at most (pagers/stateful.py):
                                             # a county column of every unit's years, a few a page, fits
MAX_STATEFUL_PAGER_KNOWN_ANSWERS = 2         # moved answers in a row naming no link not asked for before, then the
                                             # walk stops (one: a middle page a sitemap named first ended it)
MAX_STATEFUL_PAGER_COOKIES = 20              # cookies a walk's session carries in its meta across a shared frontier
MAX_STATEFUL_PAGER_COOKIE_BYTES = 4096       # … their names, values, domains and paths together (a PHPSESSID is ~40;
                                             # RFC 6265 §6.1's least per cookie)
MAX_LINKED_PDF_BYTES = 10 * 1024 * 1024      # of an index-named PDF read for its link annotations
MAX_LINKED_PDF_PAGES = 50                    # pages of it whose text is read (a county's 目录 is a few pages)
MAX_LINKED_PDF_ANNOTATION_PAGES = 1000       # pages of it whose link annotations are read (no text unless a page has a
                                             # link): a 汇编's 附表 of addresses comes after every report, past page 100
MAX_PDF_ATTACHMENTS = 16                     # files embedded in it read for links (crawler/discovery/pdf_attachments.py):
                                             # a 说明 carries its 目录 and a table or two
MAX_PDF_OUTLINE_ITEMS = 2000                 # bookmarks of it read (a 汇编: a year per unit, a report per year)
MAX_PDF_OUTLINE_DEPTH = 8                    # levels of its outline read (year › unit › report is three)
MAX_DOCUMENT_TEXT_CHARS = 2_000_000            # of an index-named PDF's text read for printed addresses (crawler/discovery/
                                             # document_text_links.py): fifty pages of a table
MAX_DOCUMENT_TEXT_LINKS = 500                # addresses taken from one document's text (one per unit and year)
# a fetched body no reader found a link in, read as bytes for address-like strings (crawler/discovery/raw_links.py):
# what it and its unpacked pieces may spend (a county's 目录 or 汇编 is a few MB; a report with images is cut, not read
# whole), zip members, PDF streams inflated, and links taken (one per unit and year, as a document's)
MAX_RAW_LINK_BYTES = 16 * 1024 * 1024
MAX_RAW_LINK_MEMBERS = 200
MAX_RAW_LINK_STREAMS = 2000
MAX_RAW_LINKS = 500
# a page's source read the same way for addresses no element reader took (generic links, ranked by their labels)
MAX_RAW_PAGE_CHARS = 2 * 1024 * 1024
MAX_RAW_PAGE_LINKS = 200
# a file a list links by its name or 附件 only, read for its opening lines (crawler/discovery/unnamed_files.py): a
# text report is under a few MB; a larger file is a scan or has images, judged by its column instead
MAX_UNNAMED_TEXT_BYTES = 8 * 1024 * 1024
