#!/usr/bin/env bash
# The CI quality gate: the development set must keep today's figures (thresholds a little below).
set -euo pipefail
cd "$(dirname "$0")/.."
export HF_HUB_OFFLINE=1
.venv/bin/assistant eval eval/dev.jsonl --out eval/out/gate \
  --fail-under hit@1=0.80 --fail-under hit@3=0.90 --fail-under mrr=0.85
