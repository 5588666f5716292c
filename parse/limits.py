"""Every size and time limit of nianbao, in one place, with its unit in its name.

This module sits in `parse/`, the bottom layer, so that `archive/` and `crawler/` can import it without
breaking the one-way dependency rule (crawler → archive → parse).
"""

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
RETRY_TIMES = 3                              # 5xx, 429, time-outs
RETRY_BACKOFF_BASE_S = 2.0                   # first retry waits this long, then doubling (crawler.discovery.backoff)
RETRY_BACKOFF_MAX_S = 60.0                   # longest wait before a retry (also caps Retry-After)
MAX_SEARCH_RESULT_PAGES = 20                 # site-search fallback: result pages read per query
MAX_ATTACHMENTS_PER_PAGE = 50                # files fetched from one report page
MAX_REQUISITES_PER_PAGE = 100                # images, stylesheets, fonts, scripts fetched for one report page
MAX_REQUISITE_BYTES = 16 * 1024 * 1024       # one page requisite (Scrapy meta download_maxsize)
CONCURRENT_REQUESTS_PER_HOST = 2             # politeness: "one or two requests at a time per host"
DOWNLOAD_DELAY_S = 0.5                       # base delay per host; AutoThrottle adapts it
AUTOTHROTTLE_MAX_DELAY_S = 30.0
FRONTIER_HEARTBEAT_S = 5.0                   # shared frontier: a worker renews its liveness key this often
FRONTIER_POLL_S = 0.5                        # an idle worker asks the shared queue again this often
FRONTIER_WORKER_TTL_S = 30.0                 # …and a worker silent this long is dead: its leases are re-queued
FRONTIER_MAX_PARKED = 256                    # shared frontier: leased requests a worker keeps aside for busy hosts
POLITENESS_POLL_S = 0.05                     # shared politeness: a request whose host has all its leases out asks again
HOST_LEASE_MARGIN_S = 30.0                   # …and a host lease outlives DOWNLOAD_TIMEOUT by this (a killed worker's)
PAGE_ANALYSIS_TIMEOUT_S = 20.0               # one page's parse + classification in a worker process; then killed
PAGE_WORKER_MEMORY_BYTES = 2 * 1024 ** 3     # address-space cap of a page-analysis worker process
WORKER_MAX_FRAME_BYTES = 2 * MAX_RESPONSE_BYTES  # one message between the crawl and a worker process

# --- processes ---
GC_YOUNG_GENERATION_OBJECTS = 50_000         # net allocations between young-generation collections (crawler/runtime.py)
SEEN_REQUESTS_ENTRIES = 1 << 18              # requests a spider remembers as queued (crawler/seen.py; ~100 B each)
LINK_CACHE_ENTRIES = 1 << 13                 # per cache of a pure function of a link (URL joins, link tests), per process

# --- archiving ---
WARC_ROLLOVER_BYTES = 1_000_000_000          # WARC 1.1 Annex C recommends about 1 GB
WARC_GZIP_LEVEL = 6                          # warcio uses 9; 6 is ~3x faster for 3% more bytes
S3_PART_SIZE_BYTES = 16 * 1024 * 1024        # multipart part size for sealed WARC uploads
UPLOAD_RETRY_MAX_DELAY_S = 300.0             # back-off ceiling while the store is unreachable
MAX_WARC_RECORD_READ_BYTES = 128 * 1024 * 1024  # a ranged read larger than this is refused as corrupt
UPLOAD_RETRY_FIRST_DELAY_S = 1.0             # first wait after a failed upload, doubling up to the ceiling above
UPLOAD_DRAIN_AT_CLOSE_S = 120.0              # end of a crawl: wait this long for uploads, then leave them spooled
S3_CONNECT_TIMEOUT_S = 10.0                  # per S3 request
S3_READ_TIMEOUT_S = 120.0                    # per S3 request (one multipart part or one ranged read)
WARC_DIGEST_MEMORY_ENTRIES = 2_000_000       # payload digests remembered per crawl for identical-payload revisits

# --- parsing (untrusted documents) ---
MAX_DOCUMENT_BYTES = 64 * 1024 * 1024        # larger documents are not parsed (error recorded)
MAX_HTML_CHARS = 8_000_000                   # decoded HTML beyond this is truncated before lxml
MAX_PDF_PAGES = 200                          # pdfplumber pages read per PDF
PDF_TIMEOUT_S = 60                           # wall time per PDF
DOC_CONVERTER_TIMEOUT_S = 30                 # antiword/catdoc subprocess per .doc
MAX_TABLE_CELLS = 20_000                     # per table grid
MAX_TEXT_CHARS = 2_000_000                   # extracted text per document

# --- OCR of tables published as images (untrusted images: archive/ocr_images.py) ---
MAX_OCR_IMAGES_PER_PAGE = 6                  # a report has three tables; a page showing more images is cut here
MAX_OCR_IMAGE_BYTES = 8 * 1024 * 1024        # one image's payload
MAX_OCR_IMAGE_PIXELS = 12_000_000            # width × height, read from the header before decoding
OCR_SECONDS_PER_PAGE = 180                   # checked before each image (one image is bounded by its pixels)
OCR_SECONDS_PER_RUN = 3600                   # one `dedup` run; pages past it are recorded as not OCR'd

# --- dedup ---
DEDUP_MAX_TEXT_CHARS = 200_000               # text compared per document (reports are ~5-30k chars)

# --- unpacking (archives inside untrusted documents: parse/unpack.py, enforced while unpacking) ---
MAX_UNPACKED_BYTES = 128 * 1024 * 1024       # all the parts of one DOCX/ZIP, or all the streams of one PDF, inflated
MAX_UNPACKED_PART_BYTES = 32 * 1024 * 1024   # one DOCX XML part / one PDF stream, inflated (lxml holds ~10x in memory)
MAX_ARCHIVE_MEMBERS = 5_000                  # files in one DOCX/ZIP
MAX_PDF_OBJECTS_SCANNED = 200_000            # streams looked at in one PDF
DOC_CONVERTER_MEMORY_BYTES = 256 * 1024 ** 2  # address-space cap of the antiword/catdoc process (.doc, .wps)
MAX_CONTENT_DECODED_BYTES = MAX_DOCUMENT_BYTES  # a gzip/deflate/br body decoded from a WARC record
