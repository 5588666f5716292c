"""Hostile documents and bodies, made on the fly (deterministic, nothing stored in the repository): bombs in
every format nianbao opens, archives whose headers lie, endless bodies. Used by tests/faults and by
benchmarks/hostile_memory.py (which makes the full-size ones: a 3.7 MB DOCX that unpacks to 1.5 GB)."""

from __future__ import annotations

import gzip
import io
import struct
import zipfile
import zlib

MB = 1024 * 1024
_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="word/document.xml"/></Relationships>')


def _zip_bomb(small_parts: dict[str, str], big_part: str, head: bytes, unit: bytes, tail: bytes,
              unpacked_bytes: int) -> bytes:
    """A zip package whose `big_part` is `head`, then `unit` repeated to `unpacked_bytes`, then `tail` (streamed, so the
    bomb is never whole in memory), beside the small parts that make the package open as its format."""
    block = unit * (MB // len(unit))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, text in small_parts.items():
            archive.writestr(name, text)
        with archive.open(big_part, "w", force_zip64=True) as part:
            part.write(head)
            written = 0
            while written < unpacked_bytes:
                part.write(block)
                written += len(block)
            part.write(tail)
    return out.getvalue()


def docx_bomb(unpacked_bytes: int) -> bytes:
    """A DOCX whose word/document.xml is `unpacked_bytes` of paragraphs (compresses ~400:1)."""
    paragraph = ("<w:p><w:r><w:t>" + "政府信息公开工作年度报告" * 8 + "</w:t></w:r></w:p>").encode()
    return _zip_bomb({"[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": RELS}, "word/document.xml",
                     f'<?xml version="1.0" encoding="UTF-8"?><w:document {_W}><w:body>'.encode(), paragraph,
                     b"</w:body></w:document>", unpacked_bytes)


def ofd_bomb(unpacked_bytes: int) -> bytes:
    """An OFD (GB/T 33190) whose first page's Content.xml is `unpacked_bytes` of text objects."""
    ns = 'xmlns:ofd="http://www.ofdspec.org/2016"'
    text_object = ('<ofd:TextObject ID="9" Boundary="25 25 160 6" Size="3.7"><ofd:TextCode X="0" Y="3.7">'
                   + "政府信息公开工作年度报告" * 8 + "</ofd:TextCode></ofd:TextObject>").encode()
    parts = {"OFD.xml": f"<ofd:OFD {ns}><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>"
                        "</ofd:DocBody></ofd:OFD>",
             "Doc_0/Document.xml": f'<ofd:Document {ns}><ofd:Pages><ofd:Page ID="1" '
                                   'BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>'}
    return _zip_bomb(parts, "Doc_0/Pages/Page_0/Content.xml",
                     f'<ofd:Page {ns}><ofd:Content><ofd:Layer ID="2">'.encode(), text_object,
                     b"</ofd:Layer></ofd:Content></ofd:Page>", unpacked_bytes)


def docx_lying_sizes(unpacked_bytes: int) -> bytes:
    """A DOCX bomb whose zip headers claim each part is tiny (zipfile must stop at the claimed size)."""
    data = bytearray(docx_bomb(unpacked_bytes))
    small = 4096
    pos = 0
    while (pos := data.find(b"PK\x01\x02", pos)) >= 0:          # central directory entries
        struct.pack_into("<I", data, pos + 24, min(small, struct.unpack_from("<I", data, pos + 24)[0]))
        pos += 4
    pos = 0
    while (pos := data.find(b"PK\x03\x04", pos)) >= 0:          # local headers
        struct.pack_into("<I", data, pos + 22, min(small, struct.unpack_from("<I", data, pos + 22)[0]))
        pos += 4
    return bytes(data)


def zip_of_many_files(count: int) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("word/document.xml", f"<w:document {_W}><w:body/></w:document>")
        for i in range(count):
            archive.writestr(f"word/media/{i}.bin", b"")
    return out.getvalue()


def _pdf(streams: list[bytes], filters: str = "/FlateDecode") -> bytes:
    """A one-page PDF whose page content is the given streams (already encoded with `filters`)."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"]
    first = 4
    refs = " ".join(f"{first + i} 0 R" for i in range(len(streams)))
    objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents [{refs}] >>".encode())
    for stream in streams:
        objects.append(f"<< /Length {len(stream)} /Filter {filters} >>\nstream\n".encode() + stream +
                       b"\nendstream")
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def _deflate_repeated(unit: bytes, total: int) -> bytes:
    compressor = zlib.compressobj(9)
    block = unit * (MB // len(unit))
    parts, written = [], 0
    while written < total:
        parts.append(compressor.compress(block))
        written += len(block)
    parts.append(compressor.flush())
    return b"".join(parts)


def pdf_bomb(unpacked_bytes: int) -> bytes:
    """A PDF whose page content stream inflates to `unpacked_bytes` (a harmless operator, repeated)."""
    return _pdf([_deflate_repeated(b"0 0 m\n", unpacked_bytes)])


def pdf_double_flate_bomb(unpacked_bytes: int) -> bytes:
    """`/Filter [/FlateDecode /FlateDecode]`: the first layer is small, the second one is the bomb."""
    inner = _deflate_repeated(b"0 0 m\n", unpacked_bytes)
    return _pdf([zlib.compress(inner, 9)], "[/FlateDecode /FlateDecode]")


def pdf_many_streams(count: int, each_bytes: int) -> bytes:
    """Many streams, each under the per-stream bound, together over the total bound."""
    stream = _deflate_repeated(b"0 0 m\n", each_bytes)
    return _pdf([stream] * count)


def gzip_bomb(unpacked_bytes: int) -> bytes:
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", compresslevel=9, mtime=0) as gz:
        block = b"\0" * MB
        for _ in range(max(1, unpacked_bytes // MB)):
            gz.write(block)
    return out.getvalue()


def ole_with_a_fat_loop() -> bytes:
    """An OLE2 (.doc/.wps) container whose sector chains loop: a reader that follows them without a bound
    never ends. antiword/catdoc run under a CPU, memory and wall-time limit (parse/text.py)."""
    header = bytearray(512)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<I", header, 44, 1)            # one FAT sector
    struct.pack_into("<I", header, 48, 1)            # directory starts at sector 1
    struct.pack_into("<I", header, 56, 4096)         # mini stream cut-off
    struct.pack_into("<III", header, 60, 0xFFFFFFFE, 0, 0xFFFFFFFE)
    struct.pack_into("<I", header, 76, 0)            # DIFAT[0]: the FAT is sector 0
    for i in range(1, 109):
        struct.pack_into("<I", header, 76 + 4 * i, 0xFFFFFFFF)
    fat = bytearray(b"\xff" * 512)
    struct.pack_into("<IIII", fat, 0, 0xFFFFFFFD, 2, 3, 1)   # directory chain 1 → 2 → 3 → 1 → …
    directory = bytearray(512 * 3)
    name = "Root Entry".encode("utf-16-le") + b"\0\0"
    directory[0:len(name)] = name
    struct.pack_into("<HBB", directory, 64, len(name), 5, 1)
    struct.pack_into("<III", directory, 68, 0xFFFFFFFF, 0xFFFFFFFF, 1)
    word = "WordDocument".encode("utf-16-le") + b"\0\0"
    directory[128:128 + len(word)] = word
    struct.pack_into("<HBB", directory, 128 + 64, len(word), 2, 1)
    struct.pack_into("<III", directory, 128 + 68, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF)
    struct.pack_into("<II", directory, 128 + 116, 2, 0x7FFFFFFF)   # a stream of 2 GiB on the looping chain
    return bytes(header + fat + directory)


def nested_zip_bomb(inner_count: int, unpacked_bytes_each: int) -> bytes:
    """A zip of `inner_count` zips, each one member (`report.pdf`) of `unpacked_bytes_each` bytes: each inner zip
    within the bounds alone, all of them together past them (a flat check of each level would let it through)."""
    inner = _zip_bomb({}, "report.pdf", b"%PDF-1.4\n", b"0" * 4096, b"\n%%EOF\n", unpacked_bytes_each)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        for n in range(inner_count):
            archive.writestr(f"{n:02d}.zip", inner)
    return out.getvalue()
