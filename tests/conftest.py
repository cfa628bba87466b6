"""Shared fixtures: where the project, the bundled corpus and the shared real data live."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = Path(os.environ.get("SHARED_DATA", REPO_ROOT.parent / "shared" / "data"))
"""``../shared/data`` beside the checkout, or the folder the ``SHARED_DATA`` variable names."""


@pytest.fixture(scope="session")
def repo_root() -> Path:
    """The checkout's top folder."""
    return REPO_ROOT


@pytest.fixture(scope="session")
def bundled_corpus() -> Path:
    """The corpus shipped with the project (`corpus/`)."""
    return REPO_ROOT / "corpus"


@pytest.fixture(scope="session")
def seed_path(bundled_corpus: Path) -> Path:
    """The seed article: Ultra Sawt, 31 Dec 2021, Biden-Putin call about Ukraine."""
    return bundled_corpus / "000_0105cacf119186dc.txt"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The real public corpora in ``../shared/data``; skips the test when they are absent."""
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is absent: real-data test skipped")
    return SHARED_DATA
