#!/usr/bin/env bash
# Build a second, small environment with matplotlib 3.10 so the plotting tests also prove the
# reshape + bidi path (matplotlib <= 3.10 has no native Arabic layout).
#
# Usage:  bash scripts/setup_mpl310.sh [VENV_DIR]      (default: .venv310 in the checkout)
# Then:   VENV_DIR/bin/python -m pytest -o addopts=-ra tests/test_plotting.py -q
#         (addopts is overridden because the project's adds --nbmake, not installed here)
#
# Only what helpers/plotting.py and its tests import is installed; the project itself goes in
# editable without its (heavy, unrelated) dependencies.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="${1:-$root/.venv310}"
python="${PYTHON:-python3}"

"$python" -m venv "$venv"
"$venv/bin/python" -m pip install -q --upgrade pip
"$venv/bin/python" -m pip install -q \
    "matplotlib==3.10.*" "pandas>=2.1" "numpy>=1.26" "scipy>=1.11" \
    "arabic-reshaper>=3.0" "python-bidi>=0.6" "fonttools>=4.40" \
    "fontpkg>=0.2.2" "fontpkg-ibm-plex-sans-arabic>=1.101" "wordcloud>=1.9" \
    "pytest>=8" "hypothesis>=6"
"$venv/bin/python" -m pip install -q --no-deps -e "$root"
"$venv/bin/python" -c "import matplotlib; assert matplotlib.__version__.startswith('3.10'), matplotlib.__version__; print('matplotlib', matplotlib.__version__, 'in', '$venv')"
