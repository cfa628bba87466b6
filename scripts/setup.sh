#!/usr/bin/env bash
# Set up everything the collection needs on a fresh Debian/Ubuntu machine:
#   - tesseract with Arabic (the plotting tests OCR every figure), poppler and librsvg (to read
#     exported PDF/SVG back as images), Debian's chromium and chromium-driver (the interactive
#     views are tested in a real headless browser), installed with apt when missing and when we may
#     (root or passwordless sudo);
#   - a virtual environment in .venv with the project and its dev tools.
# Safe to run again: it only installs what is missing. Set FRESH=1 to rebuild .venv.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v tesseract >/dev/null 2>&1 || need_apt+=(tesseract-ocr)
tesseract --list-langs 2>/dev/null | grep -qx ara || need_apt+=(tesseract-ocr-ara)
command -v pdftoppm >/dev/null 2>&1 || need_apt+=(poppler-utils)
command -v rsvg-convert >/dev/null 2>&1 || need_apt+=(librsvg2-bin)
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need_apt+=(chromium-driver)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then sudo_cmd=(); elif sudo -n true 2>/dev/null; then sudo_cmd=(sudo); else sudo_cmd=(none); fi
  if [ "${sudo_cmd[*]-}" = none ]; then
    echo "note: cannot apt-get install ${need_apt[*]} (not root); the OCR plotting and browser tests will be skipped." >&2
  else
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${need_apt[@]}" >/dev/null
  fi
fi

if [ "${FRESH:-0}" = 1 ]; then rm -rf .venv; fi
if [ ! -x .venv/bin/python ]; then python3 -m venv .venv; fi
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[dev]"
# Saving a notebook of notebooks/ in JupyterLab strips its outputs (see helpers/lab.py).
mkdir -p .venv/etc/jupyter
cp scripts/jupyter_server_config.json .venv/etc/jupyter/jupyter_server_config.json
echo "set up: .venv ready ($(.venv/bin/python -c 'import matplotlib; print("matplotlib", matplotlib.__version__)'))"
