#!/usr/bin/env bash
# Measures what the HaConfig analyzers add to a build: a generated project with N files of builder code (default 200)
# and a 10,000-line haproxy.cfg as AdditionalFile, compiled with and without analyzers (-p:RunAnalyzers=false).
# Usage: benchmarks/analyzer-build-time.sh [files] [runs]. Prints the median compile time of each variant.
set -euo pipefail
FILES=${1:-200}
RUNS=${2:-3}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d /tmp/haconfig-analyzer-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

dotnet build "$ROOT/analyzers/HaConfig.Analyzers/HaConfig.Analyzers.csproj" -c Release -v:q -nologo >/dev/null
BIN="$ROOT/analyzers/HaConfig.Analyzers/bin/Release/netstandard2.0"
python3 "$ROOT/benchmarks/generate-analyzer-project.py" "$WORK" "$FILES" "$BIN"

cd "$WORK"
dotnet restore -v:q >/dev/null
measure() { # $1 = extra msbuild arguments; prints seconds of a full (no-incremental) compile
  local start end
  start=$(date +%s.%N)
  dotnet build --no-restore --no-incremental -c Release -v:q -nologo -clp:NoSummary "$@" >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log" >&2; exit 1; }
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

measure -p:RunAnalyzers=false >/dev/null # warm-up (build server, disk cache)
without=$(for _ in $(seq "$RUNS"); do measure -p:RunAnalyzers=false; done | median)
sdk_only=$(for _ in $(seq "$RUNS"); do measure -p:HaConfigAnalyzers=false; done | median)
with=$(for _ in $(seq "$RUNS"); do measure; done | median)
diagnostics=$(grep -c 'warning HA\|error HA\|info HA' "$WORK/build.log" || true)
echo "files=$FILES cfg_lines=$(wc -l < "$WORK/haproxy.cfg") runs=$RUNS"
echo "without analyzers: ${without}s"
echo "SDK analyzers only: ${sdk_only}s"
echo "with HaConfig analyzers: ${with}s"
echo "added by HaConfig: $(echo "$with - $sdk_only" | bc)s (all analyzers: $(echo "$with - $without" | bc)s)"
echo "HA diagnostic lines in the last build log: $diagnostics"
