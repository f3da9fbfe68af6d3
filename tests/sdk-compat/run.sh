#!/usr/bin/env bash
# Runs Gladia's official TypeScript SDK (@gladiaio/sdk, pinned in package.json) against the mock server: builds the
# mock if needed, starts it on a free loopback port with --lifecycle and short durations, runs compat.mjs, and stops
# the mock by its PID. Called by .ci/run; needs node and npm (the npm registry, once, for the SDK).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dll="$root/mock-server/bin/Debug/net10.0/PreRecordedFx.MockServer.dll"
[ -f "$dll" ] || dotnet build "$root/mock-server" -c Debug > /dev/null

(cd "$here" && npm ci --no-audit --no-fund --loglevel=error)

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
log=$(mktemp)
dotnet "$dll" --urls "http://127.0.0.1:$port" --lifecycle --queued-seconds 0.5 --processing-seconds 1 > "$log" 2>&1 &
mock_pid=$!
trap 'kill "$mock_pid" 2> /dev/null || true; rm -f "$log"' EXIT

for _ in $(seq 1 100); do
  curl -sf -o /dev/null "http://127.0.0.1:$port/openapi/v1.json" && break
  kill -0 "$mock_pid" 2> /dev/null || { cat "$log"; echo "the mock did not start"; exit 1; }
  sleep 0.2
done

MOCK_URL="http://127.0.0.1:$port" node "$here/compat.mjs"
