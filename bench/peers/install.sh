#!/usr/bin/env bash
# Installs the peer gateway the gateway benchmark compares against (../shared/docs/BENCHMARKS.md): Portkey, from npm.
# Optional: without it the benchmark skips the peer's rows. Needs node and npm (apt-get install -y nodejs npm).
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v npm >/dev/null; then
  apt-get update && apt-get install -y nodejs npm
fi
npm install --no-audit --no-fund --ignore-scripts @portkey-ai/gateway@1.15.2
