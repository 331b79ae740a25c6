#!/usr/bin/env bash
# The CI quality gate: the development sets must keep today's figures (thresholds a little below
# them; see docs/retrieval.md), and no expected emergency may be missed.
set -euo pipefail
cd "$(dirname "$0")/.."
export HF_HUB_OFFLINE=1
.venv/bin/assistant eval eval/dev*.jsonl \
  --out eval/out/gate --no-progress \
  --fail-under hit@1=0.90 --fail-under hit@3=0.97 --fail-under mrr=0.93 \
  --fail-under decision_accuracy=0.88 --fail-under emergency_recall=1.0 \
  --fail-over false_emergency_rate=0.02
