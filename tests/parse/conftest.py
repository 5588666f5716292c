from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
GOLD = Path(__file__).resolve().parent / "gold"


@pytest.fixture(scope="session")
def samples() -> dict[str, bytes]:
    return {p.stem: p.read_bytes() for p in sorted(SAMPLES.glob("*.txt"))}
