#!/usr/bin/env bash
# Runs every LocalMesh test (unit and end-to-end with real Kestrel servers on loopback) and ends with
# "N passed, N failed". Needs only the .NET 10 SDK; NuGet packages are restored here.
#   ./test.sh          everything (what CI runs: .ci/run calls exactly this)
#   ./test.sh --fast   the unit tests only (LocalMesh.Unit.slnf: no node, no process, no training run or whole-corpus
#                      measurement, i.e. without tests marked [Trait("Cost", "Slow")]), for a quick check while editing
set -uo pipefail
target=LocalMesh.slnx
filter=()
if [ "${1:-}" = "--fast" ]; then
  target=LocalMesh.Unit.slnf
  filter=(--filter-not-trait "Cost=Slow")
elif [ $# -gt 0 ]; then
  echo "test.sh: unknown option '$1' (use --fast for the unit tests only, or nothing for every test)" >&2
  exit 2
fi
cd "$(dirname "$(readlink -f "$0")")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
if ! command -v dotnet >/dev/null 2>&1; then
  echo "test.sh: the .NET 10 SDK is required but 'dotnet' is not on PATH" >&2
  echo "0 passed, 1 failed"
  exit 1
fi

# The dashboard's browser tests (tests/LocalMesh.Dashboard.Tests) drive Debian's Chromium; Playwright downloads no browser.
if [ -z "${LOCALMESH_CHROMIUM:-}" ] && ! [ -x /usr/bin/chromium ] && ! command -v chromium >/dev/null 2>&1; then
  echo "test.sh: installing chromium for the dashboard's browser tests" >&2
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo -n"
  if ! { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium; } >/dev/null 2>&1; then
    echo "test.sh: could not install chromium (apt-get install -y chromium); the dashboard's browser tests will fail" >&2
  fi
fi

# The mesh tests run a real NATS server: Debian's nats-server, installed here when missing.
if ! command -v nats-server >/dev/null 2>&1 && [ ! -x /usr/sbin/nats-server ]; then
  sudo=""; [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && sudo="sudo"
  echo "test.sh: installing nats-server (apt-get)" >&2
  if ! { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq nats-server; } >/dev/null 2>&1; then
    echo "test.sh: could not install nats-server (apt-get install -y nats-server); the mesh tests will fail" >&2
  fi
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! dotnet build "$target" -c Release -v quiet -nologo 2>&1 | tee "$log" | grep -E "error|Warn|Build succeeded"; then :; fi
if ! grep -q "Build succeeded" "$log"; then
  echo "test.sh: the build failed; the end of its output:" >&2
  tail -n 40 "$log" >&2
  echo "0 passed, 1 failed"
  exit 1
fi

dotnet test --solution "$target" -c Release --no-build "${filter[@]}" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
# The Microsoft.Testing.Platform summary has "total/failed/succeeded/skipped" lines; sum them into one closing line.
read -r passed failed skipped < <(awk '
  /^[[:space:]]*succeeded:/ {p+=$2} /^[[:space:]]*failed:/ {f+=$2} /^[[:space:]]*skipped:/ {s+=$2}
  END {print p+0, f+0, s+0}' "$log")
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
