#!/usr/bin/env bash
# Set up, index the bundled archive, and start the Streamlit app on http://localhost:8501
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export HF_HUB_OFFLINE=1
.venv/bin/assistant index || [ $? -eq 1 ]  # exit 1 = some files skipped (listed above); still usable
exec .venv/bin/streamlit run app.py --server.headless true --browser.gatherUsageStats false "$@"
