#!/usr/bin/env bash
# Explore the collection in JupyterLab without touching the committed notebooks.
#   bash scripts/lab.sh              # copies notebooks/ into workspace/ (once), opens JupyterLab there
#   bash scripts/lab.sh --port 9999  # further arguments go to `jupyter lab`
# workspace/ is ignored by git: change the parameters, run all, save, keep the outputs.
# Notebooks saved in notebooks/ itself are stripped of their outputs (helpers.lab.strip_outputs).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/jupyter ] || bash scripts/setup.sh
mkdir -p workspace
for notebook in notebooks/[0-9][0-9]_*.ipynb; do
  [ -e "workspace/$(basename "$notebook")" ] || cp "$notebook" workspace/
done
root=()
if [ "$(id -u)" = 0 ]; then root=(--allow-root); fi  # Jupyter refuses root without it
exec .venv/bin/jupyter lab --notebook-dir=workspace "${root[@]}" "$@"
