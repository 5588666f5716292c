"""A county-level city's portal (a TRS site) whose 政府信息公开年报 column lists only the government's own reports from
2019 on, and names every other report — each department's and 镇's, and every report before 2019 — only in the
column's 附件 `历年政府信息公开工作年度报告目录.pdf`, a PDF 目录 "secured" the way offices lock the files they publish
against copying: it is encrypted by the PDF standard security handler (`/Filter /Standard /V 2 /R 3`, 128-bit RC4)
with an empty user password and an owner password, and permissions that allow printing but not copying or editing.
Any reader opens it without asking for a password, but every string and stream in the file is RC4-encrypted with
its object's key: the link annotation over each title is an ordinary `/URI` action whose address is ciphertext
until the file key is derived from the empty password (PDF 1.7 §7.6.3, algorithms 2-5). No HTML page of the portal
names those reports, and no byte of the file shows an address in the clear (held out of tuning, seventy-fifth
round).

Modelled on http://qionghai.hainan.gov.cn/zfxxgkzl/xz/dlz/gknb/202001/t20200120_2738687.html (琼海市大路镇人民政府's
2019 report, a TRS address `<YYYYMM>/t<YYYYMMDD>_<id>.html` under the city's 政府信息公开专栏 /zfxxgkzl/, a 镇's
年报 in a column of the 镇's own, `xz/<镇>/gknb/`). The TRS layout
under /zfxxgkzl/ and a Hainan city's units (部门, 镇) are the real pages'; the 目录 PDF and its encryption are
this family's choice (the cited pages are text and show no such file; files locked with an owner password and
an empty user password are common among the PDFs government offices publish, written by their PDF printers'
"安全性" settings). Unlike pdfindex (`/URI` link actions in the clear), pdfobjstm (`/URI` actions inside a
compressed object stream), pdflaunch (JavaScript actions), pdfgotor (remote go-to actions), pdfbutton (form
buttons), pdfoutline (outline items), pdftext (addresses in the page text) or pdfattach (an embedded file), the
actions are plain `/URI` ones whose strings can be read only after decrypting the file.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the column),
  /zfxxgkzl/gknb/index.html (the government's reports since 2019, 解读 and look-alikes, the 附件), the 目录 at
  /zfxxgkzl/gknb/P0<YYYYMMDD><6 digits>.pdf, articles /zfxxgkzl/gknb/<YYYYMM>/t<YYYYMMDD>_<7 digits>.html.
"""

from __future__ import annotations

import hashlib
import re

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build
from nianbao.crawler.sandbox.family_pdflaunch import link_table_pdf
from nianbao.crawler.sandbox.family_pdfoutline import pdf_file, pdf_literal
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

FOLDER = "/zfxxgkzl/gknb/"
COLUMN = FOLDER + "index.html"
LABEL = "政府信息公开年报"
OWNER_PASSWORD = b"zfxxgk@gknb"
KEY_BYTES = 16                     # /Length 128
# Algorithm 2's padding string (PDF 1.7 §7.6.3.3), the empty password padded.
PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")
# /P: print (bit 3) and high-quality print (bit 12) and extraction for accessibility (bit 10) allowed; modify (4),
# copy (5), annotate (6), fill forms (9) and assemble (11) not; bits 7-8 and 13-32 set as the standard requires.
PERMISSIONS = (0xFFFFF0C0 | 1 << 2 | 1 << 9 | 1 << 11) - (1 << 32)
# A string of an object's dictionary: a literal (as pdf_literal() escapes it) or a hex string (not `<<` or `>>`).
_STRING = re.compile(rb"\(((?:\\.|[^\\()])*)\)|<([0-9A-Fa-f]*)>")
_STREAM = b"\nstream\n"


def rc4(key: bytes, data: bytes) -> bytes:
    """RC4, the cipher of the PDF standard security handler's /V 2 (written by hand: no dependency of the project
    encrypts PDFs, and RC4 is a dozen lines)."""
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out = bytearray()
    i = j = 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def _rc4_rounds(key: bytes, data: bytes) -> bytes:
    """Revision 3's twenty RC4 passes: with `key`, then with each byte of it XORed with 1 to 19."""
    for n in range(20):
        data = rc4(bytes(k ^ n for k in key), data)
    return data


def _md5_rounds(data: bytes) -> bytes:
    """MD5 of `data`, then revision 3's fifty further MD5s of the key's bytes."""
    digest = hashlib.md5(data).digest()
    for _ in range(50):
        digest = hashlib.md5(digest[:KEY_BYTES]).digest()
    return digest[:KEY_BYTES]


def security(file_id: bytes) -> tuple[bytes, bytes, bytes]:
    """The file key, /O and /U of an empty user password and OWNER_PASSWORD (algorithms 3, 2 and 5)."""
    owner = _rc4_rounds(_md5_rounds((OWNER_PASSWORD + PAD)[:32]), PAD)
    key = _md5_rounds(PAD + owner + (PERMISSIONS & 0xFFFFFFFF).to_bytes(4, "little") + file_id)
    user = _rc4_rounds(key, hashlib.md5(PAD + file_id).digest()) + bytes(16)
    return key, owner, user


def object_key(key: bytes, number: int) -> bytes:
    """Algorithm 1's key of object `number` (generation 0)."""
    return hashlib.md5(key + number.to_bytes(3, "little") + bytes(2)).digest()[:min(KEY_BYTES + 5, 16)]


def _literal_bytes(escaped: bytes) -> bytes:
    """A literal string's bytes from its escaped form (pdf_literal() escapes only `\\`, `(` and `)`)."""
    return re.sub(rb"\\(.)", rb"\1", escaped)


def encrypt_object(key: bytes, number: int, body: bytes) -> bytes:
    """An object's body with every string of its dictionary and its stream's data encrypted with its key (RC4 keeps
    a stream's /Length)."""
    okey = object_key(key, number)
    head, sep, stream = body.partition(_STREAM)

    def hex_cipher(m: re.Match[bytes]) -> bytes:
        plain = _literal_bytes(m.group(1)) if m.group(1) is not None else bytes.fromhex(m.group(2).decode())
        return b"<" + rc4(okey, plain).hex().upper().encode() + b">"

    head = _STRING.sub(hex_cipher, head)
    if sep:
        data, end, rest = stream.rpartition(b"\nendstream")
        stream = rc4(okey, data) + end + rest
    return head + sep + stream


def encrypted_pdf(seed: str):
    """A pdf_file() finisher that encrypts the objects, adds the encryption dictionary and the file's /ID (from
    `seed`, so each build writes the same bytes)."""
    file_id = hashlib.md5(seed.encode()).digest()

    def finish(objects: dict[int, bytes]) -> bytes:
        key, owner, user = security(file_id)
        out = {n: encrypt_object(key, n, body) for n, body in objects.items()}
        crypt = max(out) + 1
        out[crypt] = (f"<< /Filter /Standard /V 2 /R 3 /Length {KEY_BYTES * 8} /P {PERMISSIONS} "
                      f"/O <{owner.hex().upper()}> /U <{user.hex().upper()}> >>").encode()
        return pdf_file(out, f" /Encrypt {crypt} 0 R /ID [<{file_id.hex().upper()}> <{file_id.hex().upper()}>]")

    return finish


def uri_action(art: Article) -> str:
    """A link's /A: a URI action to the report's page (what a PDF printer writes for a Word hyperlink)."""
    return f"<< /S /URI /URI {pdf_literal(art.url)} >>"


def build_pdfcrypt(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "pdfcrypt"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)
    non_reports = kit.column_non_reports(county, noise)   # once: each call makes new look-alike articles
    kit.trs_column_pages(b, www, county, family, arts + non_reports, urls, nav=nav, folder=FOLDER, salt="pc-art")
    title = f"{county.name}历年政府信息公开工作年度报告目录"
    kit.annex_column(b, www, county, family, noise, arts, non_reports, newest, nav=nav, column=COLUMN, label=LABEL,
                     news_salt="pc-news", content_type="application/pdf",
                     annex_path=lambda day: f"{FOLDER}P0{day:%Y%m%d}{stable_int('pc-file', county.pinyin, digits=6)}.pdf",
                     annex=lambda in_file, day: link_table_pdf(title, in_file, uri_action,
                                                               finish=encrypted_pdf(f"{county.pinyin}{day}")),
                     annex_block=lambda path: kit.fj_attachment(
                         path, f"{title}.pdf", "各部门、各镇及2019年以前的年度报告，请在附件目录中点击报告名称打开。"))
    return urls
