"""WARC writing and reading: CaptureWriter (spool, rollover, seal, upload, CDXJ), recovery, record reads.

    from nianbao.archive.warc import CaptureWriter, WriterConfig, OriginalRef, recover_spool, read_record
"""

from nianbao.archive.warc.reader import RecordRead, iter_records, read_record
from nianbao.archive.warc.recovery import recover_spool
from nianbao.archive.warc.writer import CaptureWriter, OriginalRef, WriterConfig, Written

__all__ = ["CaptureWriter", "WriterConfig", "OriginalRef", "Written", "recover_spool", "read_record",
           "RecordRead", "iter_records"]
