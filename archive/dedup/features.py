"""Per-document features: normalised text, digit stream, character shingles, MinHash signature, LSH band keys.

Shingles are hashed with numpy (a polynomial rolling hash over the code points of every k-character window,
then a 64-bit mixer) rather than built as a Python set of substrings: building the set of ~4,000 seven-character
strings per report costs more than the MinHash itself. The MinHash is rensa's `RMinHash` fed the token hashes
directly (`digest_matrix_from_flat_token_hashes`). rensa signatures change with its ALGORITHM_VERSION, so the
signature is never the only thing stored: the normalised text is kept, and signatures are recomputed when the
stored fingerprint (`signature_fingerprint`) differs.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass

import numpy as np
import rensa
from nianbao.archive.dedup.normalize import (
    digit_stream,
    normalize_key,
    normalize_with_codes,
    self_descriptions,
    text_digest,
    year_from_title,
)

_MULT = np.uint64(0x100000001B3)
_MIX1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX2 = np.uint64(0x94D049BB133111EB)
_S30, _S27, _S31 = np.uint64(30), np.uint64(27), np.uint64(31)


def shingle_hashes(normalized: str | np.ndarray, k: int) -> np.ndarray:
    """uint64 hashes of every k-character window (with repeats); a text shorter than k is one shingle.
    Takes the text or its code points (uint32)."""
    if isinstance(normalized, str):
        normalized = np.frombuffer(normalized.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    codes = normalized.astype(np.uint64)
    if codes.size < k:
        codes = np.concatenate([codes, np.zeros(k - codes.size, dtype=np.uint64)])
    n = codes.size - k + 1
    h = codes[:n].copy()
    # uint64 array arithmetic wraps without a warning (only numpy scalars warn), so no np.errstate (~3 µs a call)
    for j in range(1, k):
        h *= _MULT
        h += codes[j:j + n]
    # splitmix64 finaliser: spreads the polynomial hash over all 64 bits
    h ^= h >> _S30
    h *= _MIX1
    h ^= h >> _S27
    h *= _MIX2
    h ^= h >> _S31
    return h


def shingle_set(normalized: str, k: int) -> np.ndarray:
    """Sorted unique shingle hashes. Sort and mask rather than `np.unique`, whose hash-table path (numpy ≥ 2.3)
    costs ~90 µs on a report's ~1,500 hashes against ~8 µs for the sort."""
    hashes = np.sort(shingle_hashes(normalized, k))
    if hashes.size < 2:
        return hashes
    keep = np.empty(hashes.size, dtype=bool)
    keep[0] = True
    np.not_equal(hashes[1:], hashes[:-1], out=keep[1:])
    return hashes[keep]


def containment(a: np.ndarray, b: np.ndarray) -> float:
    """|A∩B| / min(|A|, |B|) of two sorted unique hash arrays: high when one copy holds the other."""
    if a.size == 0 or b.size == 0:
        return 0.0
    common = np.intersect1d(a, b, assume_unique=True).size
    return common / min(a.size, b.size)


def minhash_signature(hashes: np.ndarray, num_perm: int, seed: int) -> np.ndarray:
    offsets = np.array([0, hashes.size], dtype=np.uint64)
    matrix = rensa.RMinHash.digest_matrix_from_flat_token_hashes(hashes, offsets, num_perm, seed)
    return np.asarray(matrix.to_rows()[0], dtype=np.uint32)


def band_hashes(signature: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """One signed 64-bit int per band: the band's `rows` signature values hashed together with its index."""
    sig = signature[: bands * rows].astype(np.uint64).reshape(bands, rows)
    h = np.arange(1, bands + 1, dtype=np.uint64) * _MIX2        # arrays: wraps silently, as in shingle_hashes
    for r in range(rows):
        h ^= sig[:, r]
        h *= _MULT
        h ^= h >> _S31
    h *= _MIX1
    h ^= h >> _S27
    return h.view(np.int64)


def signature_fingerprint(shingle: int, num_perm: int, seed: int) -> str:
    return f"rensa-{getattr(rensa.RMinHash, 'ALGORITHM_VERSION', '?')}/k{shingle}/p{num_perm}/s{seed}"


@dataclass(slots=True)
class Features:
    """What the deduper keeps about one document (besides its DedupDoc metadata)."""

    normalized: str
    digits: str
    digest: str                       # sha1 of the normalised text: equal digests are exact duplicates
    signature: np.ndarray | None      # uint32[num_perm]; None when restored from storage without one
    bands: np.ndarray | None          # int64[bands]: band_hashes(signature); None once stored
    agency_key: str | None
    year: int | None
    year_source: str                  # "metadata", "title" or "unknown"
    names: frozenset[str] = frozenset()  # normalize.self_descriptions(): how the report names itself

    def compressed_text(self) -> bytes:
        return zlib.compress(self.normalized.encode("utf-8"), 1)

    @staticmethod
    def decompress_text(blob: bytes) -> str:
        return zlib.decompress(blob).decode("utf-8")


def compute_features(text: str, agency: str | None, year: int | str | None, *, shingle: int, num_perm: int,
                     seed: int, bands: int, rows: int, max_chars: int, infer_year: bool) -> Features:
    normalized, codes = normalize_with_codes(text or "", max_chars=max_chars)
    year_value = _as_year(year)
    source = "metadata" if year_value is not None else "unknown"
    if year_value is None and infer_year and text:
        year_value = year_from_title(text)
        source = "title" if year_value is not None else "unknown"
    signature = minhash_signature(shingle_hashes(codes, shingle), num_perm, seed)
    return Features(normalized, digit_stream(normalized, codes), text_digest(normalized), signature,
                    band_hashes(signature, bands, rows), normalize_key(agency), year_value, source,
                    self_descriptions(normalized))


def _as_year(year: int | str | None) -> int | None:
    if year is None or year == "":
        return None
    try:
        value = int(str(year).strip()[:4])
    except ValueError:
        return None
    return value if 1990 <= value <= 2100 else None
