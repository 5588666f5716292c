"""The archive's size and time limits, with their units in their names: WARC writing and reading, the store,
the OCR and dedup steps. The crawler's are in crawler/limits.py, document parsing's in parse/limits.py."""

from nianbao.parse import limits as parse_limits

# --- WARC writing, the store ---
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

MAX_CONTENT_DECODED_BYTES = parse_limits.MAX_DOCUMENT_BYTES  # a gzip/deflate/br body decoded from a WARC record

# --- OCR of tables published as images (untrusted images: archive/ocr_images.py) ---
MAX_OCR_IMAGES_PER_PAGE = 6                  # a report has three tables; a page showing more images is cut here
MAX_OCR_IMAGE_BYTES = 8 * 1024 * 1024        # one image's payload
MAX_OCR_IMAGE_PIXELS = 12_000_000            # width × height, read from the header before decoding
OCR_SECONDS_PER_PAGE = 180                   # checked before each image (one image is bounded by its pixels)
OCR_SECONDS_PER_RUN = 3600                   # one `dedup` run; pages past it are recorded as not OCR'd

# --- dedup ---
DEDUP_MAX_TEXT_CHARS = 200_000               # text compared per document (reports are ~5-30k chars)

# --- archives read in a child process (untrusted zip and RAR archives: archive/member_reader.py) ---
ARCHIVE_READER_WAIT_S = 120                  # the longest wait for the reader's next member (or its refusal): the
                                             # bounds check inflates a whole archive (≤ 128 MiB) before the first
ARCHIVE_READER_MEMORY_BYTES = 1024 ** 3      # address-space cap of the reader: the archive, an inner archive and
                                             # one member (64 MiB each at most) with libarchive's and Python's own
