#!/usr/bin/env bash
# Set up (see scripts/setup.sh), then run every notebook on a corpus and write the HTML report.
#   bash scripts/run.sh                            # the bundled corpus -> reports/ in the project
#   bash scripts/run.sh [PATH [OUT]] [OPTIONS...]  # your folder, file or glob -> OUT (default reports/)
# PATH and OUT are read from the folder you run this in; OPTIONS after OUT go to
# `python -m helpers run` as they are (-p k 6, --notebooks 02_stance, --quiet...).
# Set-up runs when .venv is missing or pyproject.toml changed since .venv was made or set up.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
stamp="$root/.venv/.set-up"
set_up=no
for made in "$stamp" "$root/.venv/pyvenv.cfg"; do
  if [ -x "$root/.venv/bin/python" ] && [ -e "$made" ] && ! [ "$root/pyproject.toml" -nt "$made" ]; then
    set_up=yes
  fi
done
if [ "$set_up" = no ]; then
  (cd "$root" && bash scripts/setup.sh) && touch "$stamp"
fi
corpus="$root/corpus"
out="$root/reports"
if [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; then corpus="$1"; shift; fi
if [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; then out="$1"; shift; fi
exec "$root/.venv/bin/python" -m helpers run --corpus "$corpus" --out "$out" "$@"
