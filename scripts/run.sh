#!/usr/bin/env bash
# Set up (see scripts/setup.sh), then run every notebook on a corpus and write the HTML report.
#   bash scripts/run.sh                      # the bundled corpus -> reports/index.html
#   bash scripts/run.sh PATH [OUT]           # your own folder, file or glob -> OUT (default reports/)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/python -m helpers run --corpus "${1:-corpus}" --out "${2:-reports}"
