"""Scrapy settings for nianbao. Every number comes from crawler/limits.py or
archive/limits.py (units in the names there).

Components, one per module, grouped as Scrapy groups its own (crawler/downloadermiddlewares/, spidermiddlewares/,
extensions/, pipelines/); each is enabled below by its order number.
Downloader middlewares: process_request runs low → high, process_response high → low.
  50   scope guard (refuse off-portal and private/loopback addresses)          downloadermiddlewares.scope
       (one hop to another site's sign-on host that is to send the visitor back: discovery/sign_on.py)
  100  robots.txt, status recorded per host (replaces Scrapy's at 100)         downloadermiddlewares.robotstxt
  120  page budget (counted as pages are fetched) and superseded requests       downloadermiddlewares.budget
  555  back-off: retries wait; a 429 (503+Retry-After) pauses, slows its host   downloadermiddlewares.backoff
  560  conditional GET (If-None-Match / If-Modified-Since from url_state)       downloadermiddlewares.conditional
  579  meta refresh followed as a redirect (Scrapy's, with a bytes pre-check)   downloadermiddlewares.metarefresh
  580  challenge detection (瑞数 412, 加速乐 521, 云锁) → browser retry          downloadermiddlewares.challenge
  585  rendered DOM + screenshot resource records of browser pages              downloadermiddlewares.rendered
  590  Scrapy HttpCompressionMiddleware (decodes gzip/br)
  595  answers cut short (dataloss) kept, marked partial, asked again once     downloadermiddlewares.partial
  610  a redirect back to itself that sets a cookie, asked again with it        downloadermiddlewares.cookieredirect
       (and a sign-on host's redirect straight back to the address asked for)
  620  a redirect's `Location` with backslashes read as a browser reads it      downloadermiddlewares.backslash_location
  940  browser tabs reused from one render to the next                        downloadermiddlewares.browsertabs
  950  WARC capture: sees the body as it came off the wire (still encoded)      downloadermiddlewares.capture
  970  per-host leases shared by all workers of a shared frontier              downloadermiddlewares.politeness
Spider middlewares:
  5    shared-frontier lease released once a page's links are all queued      spidermiddlewares.leases
Extensions:
  100  the crawl's WARC writer (the capture components above write through it) extensions.warcwriter
  500  live progress, crawl summary                                          extensions.progress
Item pipelines:
  800  DocumentItem (crawler/items.py) → classification metadata record        pipelines.documents
"""

from nianbao.archive import limits as archive_limits
from nianbao.crawler import limits

BOT_NAME = "nianbao"
SPIDER_MODULES = ["nianbao.crawler.spiders"]
NEWSPIDER_MODULE = "nianbao.crawler.spiders"



def user_agent(contact_url: str) -> str:
    """The crawler's User-Agent: it names nianbao and its contact, in the `Mozilla/5.0 (compatible; <name>/<version>;
    +<contact>)` form archival and search crawlers use (Heritrix for the Internet Archive, the search engines) so that
    sites' browser checks let an honest, named crawler through. It claims no browser (no Chrome, Safari…). It holds
    none of the words host firewalls refuse as a robot's (`bot`, `spider`, `crawler`): the old form's "archival
    crawler" had such a WAF refuse every page. ASCII only: header values outside ISO-8859-1 are refused by
    Chromium and by many servers and WAFs."""
    return f"Mozilla/5.0 (compatible; {BOT_NAME}/0.1; +{contact_url})"


# Identify ourselves; NIANBAO_CONTACT_URL is set by the CLI from --contact / $NIANBAO_CONTACT_URL.
NIANBAO_CONTACT_URL = "https://github.com/nianbao/nianbao"
USER_AGENT = user_agent(NIANBAO_CONTACT_URL)
# robots.txt rules are read for the name `nianbao`, not for the User-Agent's first word (`Mozilla`)
ROBOTSTXT_USER_AGENT = BOT_NAME
# Ask as a Chinese reader's browser does (Scrapy's default is `Accept-Language: en`): a portal that negotiates its
# language (Apache mod_negotiation's index.html.zh-cn / index.html.en, an IIS or CMS locale switch) answers the
# Chinese pages — the ones that list the reports — only to a request that accepts zh. The browser's context has
# the same locale (browser.py: `locale="zh-CN"`). Accept is Scrapy's default.
DEFAULT_REQUEST_HEADERS = {
    "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    "Accept-Language": "zh-CN,zh;q=0.9,en;q=0.8",
}

# Politeness
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 32
CONCURRENT_REQUESTS_PER_DOMAIN = limits.CONCURRENT_REQUESTS_PER_HOST
DOWNLOAD_DELAY = limits.DOWNLOAD_DELAY_S
RANDOMIZE_DOWNLOAD_DELAY = True
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = limits.DOWNLOAD_DELAY_S
AUTOTHROTTLE_MAX_DELAY = limits.AUTOTHROTTLE_MAX_DELAY_S
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.5
RETRY_ENABLED = True
RETRY_TIMES = limits.RETRY_TIMES
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
# a host's rate-limit refusals (429; 503 with Retry-After): the page asked again after the host's pause, this often at
# most, and the host's delay between requests raised to at least this, doubling (downloadermiddlewares.backoff)
NIANBAO_RATE_LIMIT_RETRIES = limits.RATE_LIMIT_RETRIES
NIANBAO_RATE_LIMIT_DELAY_S = limits.RATE_LIMIT_DELAY_S
# with a shared frontier the raised delay is the host's for every worker, and lapses this long after the host's last
# refusal (downloadermiddlewares.politeness)
NIANBAO_RATE_LIMIT_DELAY_EXPIRY_S = limits.RATE_LIMIT_DELAY_EXPIRY_S
NIANBAO_RATE_LIMIT_RECOVER_AFTER = limits.RATE_LIMIT_RECOVER_AFTER   # answers in a row that halve a slowed host's delay

# Limits on untrusted input
DOWNLOAD_MAXSIZE = limits.MAX_RESPONSE_BYTES
DOWNLOAD_WARNSIZE = limits.WARN_RESPONSE_BYTES
DOWNLOAD_TIMEOUT = limits.DOWNLOAD_TIMEOUT_S
# an answer shorter than its Content-Length is kept (flagged `dataloss`) rather than lost, and asked again this
# often for a whole one (downloadermiddlewares.partial)
DOWNLOAD_FAIL_ON_DATALOSS = False
NIANBAO_PARTIAL_RETRIES = limits.PARTIAL_ANSWER_RETRIES
DEPTH_LIMIT = limits.MAX_HOPS_FROM_HOME
URLLENGTH_LIMIT = limits.MAX_URL_CHARS   # refused in the spider's make_request (counted), Scrapy's middleware a backstop
CLOSESPIDER_PAGECOUNT = 0  # per-run page limit; the CLI sets it from --max-pages

# Status codes the spider must see (challenges are a state, not an error; 404s are evidence of drift)
HTTPERROR_ALLOWED_CODES = [300, 304, 404, 410, 412, 521]   # 300: its choices read (spiders/error_reading.py)
REDIRECT_ENABLED = True
NIANBAO_COOKIE_REDIRECTS_PER_HOST = 32   # redirects back to themselves that set a cookie, asked again (cookieredirect.py)
NIANBAO_COOKIE_REDIRECT_RETRIES_PER_HOST = 16   # a redirect elsewhere, to a page had, that sets a cookie: the address asked again
NIANBAO_SIGN_ON_HOPS_PER_HOST = 64   # sign-on round trips (CAS service=, redirect_uri=) through one host, per portal (scope.py)
# visit gates (请从首页进入 guard pages) asked again after their same-host sub-resources set the visit's cookie, a host
# (spiders/visit_gate_retries.py)
NIANBAO_VISIT_GATE_RETRIES_PER_HOST = limits.VISIT_GATE_RETRIES_PER_HOST
# pages answering `Vary: User-Agent` asked again with a phone's User-Agent, a host (spiders/ua_variants.py); the
# phone agent: None = the crawler's own named as an Android phone's (ua_variants.phone_user_agent)
NIANBAO_UA_VARIANTS_PER_HOST = limits.UA_VARIANTS_PER_HOST
NIANBAO_PHONE_USER_AGENT = None
METAREFRESH_ENABLED = True

REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
# Scrapy's fingerprint over the URL without a scheme's default port: http://h:80/p is http://h/p (fingerprint.py)
REQUEST_FINGERPRINTER_CLASS = "nianbao.crawler.fingerprint.DefaultPortFingerprinter"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"
TELNETCONSOLE_ENABLED = False
STATS_CLASS = "nianbao.crawler.stats.CrawlStats"   # Scrapy's, without its per-call attribute hook (crawler/stats.py)

# Components (order numbers in the table above). Scrapy's own that nianbao replaces or does without are off:
# ScopeMiddleware decides scope per portal (OffsiteMiddleware's allowed_domains would only repeat the host test on
# every request); MetaRefresh and RobotsTxt are replaced by ours. The spider sets Referer itself (the page a link
# was found on; none from an https page to an http URL, the no-referrer-when-downgrade policy): Scrapy's
# RefererMiddleware works out a policy for every request and response (measured with HttpAuth and
# MetaCopyDetection, which do nothing here: ~0.3 of the crawl process's 6.1-6.4 CPU s on the 3,395-page sandbox
# crawl).
DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware": None,
    "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "scrapy.downloadermiddlewares.httpauth.HttpAuthMiddleware": None,   # no HTTP auth here
    "nianbao.crawler.downloadermiddlewares.scope.ScopeMiddleware": 50,
    "nianbao.crawler.downloadermiddlewares.robotstxt.RobotsStatusMiddleware": 100,
    "nianbao.crawler.downloadermiddlewares.budget.PageBudgetMiddleware": 120,
    "nianbao.crawler.downloadermiddlewares.backoff.RetryBackoffMiddleware": 555,
    "nianbao.crawler.downloadermiddlewares.conditional.ConditionalRequestMiddleware": 560,
    "nianbao.crawler.downloadermiddlewares.metarefresh.CheapMetaRefreshMiddleware": 579,
    "nianbao.crawler.downloadermiddlewares.challenge.ChallengeMiddleware": 580,
    "nianbao.crawler.downloadermiddlewares.rendered.RenderedCaptureMiddleware": 585,
    "nianbao.crawler.downloadermiddlewares.partial.PartialAnswerMiddleware": 595,
    # a redirect back to itself that sets a cookie (testcookie-style challenges): asked again with the cookie
    "nianbao.crawler.downloadermiddlewares.cookieredirect.CookieRedirectMiddleware": 610,
    # `Location: gknb\list.asp` (a Windows path from Response.Redirect): a browser's `/`, before 610 and 600 resolve it
    "nianbao.crawler.downloadermiddlewares.backslash_location.BackslashLocationMiddleware": 620,
    "nianbao.crawler.downloadermiddlewares.browsertabs.BrowserPageReuseMiddleware": 940,
    "nianbao.crawler.downloadermiddlewares.capture.WarcCaptureMiddleware": 950,
    # the per-host limit and delay held by all workers of a shared frontier together (inert without one);
    # innermost, so a lease is taken only for a request that really goes out
    "nianbao.crawler.downloadermiddlewares.politeness.SharedPolitenessMiddleware": 970,
}
SPIDER_MIDDLEWARES = {
    "scrapy.spidermiddlewares.referer.RefererMiddleware": None,
    "scrapy.spidermiddlewares.metacopy.MetaCopyDetectionMiddleware": None,
    # shared frontier (crawler/frontier.py): outermost, so a lease ends after all of a page's links are queued
    "nianbao.crawler.spidermiddlewares.leases.LeaseReleaseMiddleware": 5,
}
EXTENSIONS = {
    "nianbao.crawler.extensions.warcwriter.WarcWriterExtension": 100,   # before the components that write through it
    "nianbao.crawler.extensions.progress.ProgressExtension": 500,
}
ITEM_PIPELINES = {"nianbao.crawler.pipelines.documents.DocumentMetadataPipeline": 800}

# Breadth-first within a priority (Scrapy's broad-crawl advice): discovery ranks links by priority
# (crawler/discovery/rank.py); the unranked rest is then crawled in the order a plain link follower would.
SCHEDULER_DISK_QUEUE = "scrapy.squeues.PickleFifoDiskQueue"
SCHEDULER_MEMORY_QUEUE = "scrapy.squeues.FifoMemoryQueue"
NIANBAO_SHARED_POLITENESS = True

# WARC capture
NIANBAO_WARC_CAPTURE = True
NIANBAO_WARC_GZIP_LEVEL = archive_limits.WARC_GZIP_LEVEL
NIANBAO_WARC_ROLLOVER_BYTES = archive_limits.WARC_ROLLOVER_BYTES
NIANBAO_RENDER = "auto"
NIANBAO_PROXY = ""
NIANBAO_ALLOW_PRIVATE_ADDRESSES = False
# Exploring a rendered list page's script-handled controls (crawler/browser_explore.py): actions (clicks, options
# chosen) and seconds per page; pages rendered on `script_controls` evidence alone per portal until one revealed
# links (crawler/spiders/portal.py). NIANBAO_EXPLORE_CLICKS = 0 turns exploring off.
NIANBAO_EXPLORE_CLICKS = 60
NIANBAO_EXPLORE_SECONDS = 15
NIANBAO_EXPLORE_PORTAL_RENDERS = 2

# Browser (scrapy-playwright), used only for requests with meta["playwright"] = True.
PLAYWRIGHT_BROWSER_TYPE = "chromium"
PLAYWRIGHT_LAUNCH_OPTIONS = {
    # no executable_path: crawl_main picks the first installed of crawler.browser.CHROMIUM_EXECUTABLES
    "headless": True,
    "args": ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--no-first-run"],
}
PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT = limits.BROWSER_PAGE_TIMEOUT_MS
PLAYWRIGHT_MAX_PAGES_PER_CONTEXT = limits.BROWSER_PAGES_AT_ONCE  # one context for all portals (crawler/browser.py)
