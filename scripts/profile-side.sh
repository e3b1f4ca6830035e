#!/usr/bin/env bash
# Profiles one side of one side-by-side scenario with dotnet-trace and prints where its CPU goes, by layer.
#   scripts/profile-side.sh sdk|floor Sequential|Concurrent|InMemory|Bulk|Ingest|Scroll [size] [concurrency]
# Needs a Release build of benchmarks/Instasent.Sdk.SideBySide. Traces go to artifacts/profiles/.
set -euo pipefail
side=$1; kind=$2; size=${3:-100000}; concurrency=${4:-4}
root=$(cd "$(dirname "$0")/.." && pwd)
bin=$root/benchmarks/Instasent.Sdk.SideBySide/bin/Release/net10.0/Instasent.Sdk.SideBySide
out=$root/artifacts/profiles; mkdir -p "$out"
fifo=$(mktemp -u); mkfifo "$fifo"
"$bin" --server < "$fifo" > "$out/server.out" 2>&1 &
server=$!
exec 3>"$fifo"   # the server stops when its stdin closes
trap 'exec 3>&-; wait $server 2>/dev/null || true; rm -f "$fifo"' EXIT
for _ in $(seq 1 100); do grep -q '^PORT ' "$out/server.out" 2>/dev/null && break; sleep 0.1; done
port=$(sed -n 's/^PORT //p' "$out/server.out")
trace=$out/$kind-$side
(cd "$root" && dotnet dotnet-trace collect --profile dotnet-sampled-thread-time -o "$trace.nettrace" -- \
  "$bin" --child "$side" "$kind" --size "$size" --warmup 2000 --samples 1 --concurrency "$concurrency" --port "$port" --result "$trace.result.json" > "$trace.log" 2>&1)
(cd "$root" && dotnet dotnet-trace convert --format Speedscope -o "$trace.speedscope.json" "$trace.nettrace" > /dev/null)
python3 "$root/scripts/profile-summary.py" "$(ls "$trace".speedscope*.json | head -1)" --top 40
# Allocations by type (runtime allocation-tick events, sampled about every 100 KB), without the trace's overhead.
echo "--- allocations ($side $kind) ---"
SIDE_BY_SIDE_ALLOCATIONS=1 "$bin" --child "$side" "$kind" --size "$size" --warmup 2000 --samples 1 --concurrency "$concurrency" --port "$port" --result "$trace.alloc.json" 2>&1 >/dev/null | head -32
