"""The deduper's settings in one dataclass (datatrove style). Defaults follow shared/reference/dedup.md §0."""

from __future__ import annotations

from dataclasses import dataclass

from nianbao.archive import limits


@dataclass(frozen=True)
class DedupConfig:
    # --- candidates: MinHash LSH over character shingles of the normalised text ---
    shingle: int = 7                  # characters per shingle (k=7 separates hard negatives best, §1.10)
    num_perm: int = 128               # MinHash permutations
    bands: int = 32                   # LSH bands × rows = 32 × 4: S-curve threshold ≈ 0.42, P(candidate | J=0.6)
    rows: int = 4                     #   ≈ 0.99 — recall from LSH, precision from the verifier
    seed: int = 42
    max_candidate_clusters: int = 16  # LSH-found clusters verified per new document, most band hits first
    max_bucket: int = 32              # a band value shared by more documents is template text: skipped in queries
                                      #   (a report's copies share its own bands; 128 cost 1.6x the LSH work at
                                      #   100k documents with the same recall — benchmarks/dedup_bench.py)
    min_band_hits: int = 2            # LSH bands a document must share with a cluster's member to be a candidate:
                                      #   P(≥2 of 32 | J=0.75) = 0.9999, P(≥2 | J=0.4) = 0.19 — template
                                      #   look-alikes drop out; same-key copies come through the key index anyway
    # --- verification (all must hold; see verify.py) ---
    text_ratio_cutoff: float = 90.0   # rapidfuzz fuzz.ratio on the normalised texts, 0..100
    containment_cutoff: float = 0.90  # or shingle containment |A∩B|/min(|A|,|B|) when one copy holds the other
    digit_ratio_cutoff: float = 85.0  # fuzz.ratio of the digit streams, 0..100
    digit_length_ratio: float = 0.80  # shorter/longer digit stream below this: "few digits" (tables as images)
    min_digits: int = 24              # fewer digits than this in either copy: also "few digits"
    keyed_containment_cutoff: float = 0.80  # text bar for a few-digit copy, which also needs (agency, year) equal
    min_text_chars: int = 200         # a shorter normalised text (a failed extraction) never merges
    # --- metadata ---
    infer_year_from_title: bool = True  # report year from "YYYY年…政府信息公开工作年度报告" when metadata lacks it
    max_text_chars: int = limits.DEDUP_MAX_TEXT_CHARS
    # --- canonical pick (canonical.py): parse_score thresholds for completeness levels 0 (best), 1, 2 ---
    complete_score: float = 0.95
    partial_score: float = 0.50
    format_preference: tuple[str, ...] = ("pdf", "ofd", "docx", "odt", "doc", "wps", "html", "mht", "txt", "rtf")
