#!/usr/bin/env bash
# Set up and run every check: lint, types, the test suite (unit, real model and Chroma, a
# `chroma run` server the suite starts, Streamlit AppTest, headless Chromium) and the eval gate.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/install-browser.sh
export HF_HUB_OFFLINE=1 TOKENIZERS_PARALLELISM=false
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy
.venv/bin/pytest "$@"
scripts/eval-gate.sh
