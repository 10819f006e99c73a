#!/usr/bin/env bash
# Measures what the HaConfig analyzers add to a build: a generated project with N files of builder code (default 200)
# and a 10,000-line haproxy.cfg as AdditionalFile, compiled in three variants:
#   without  - no analyzers at all (-p:RunAnalyzers=false)
#   sdk      - the SDK's own analyzers only (-p:HaConfigAnalyzers=false): a consumer's build without HaConfig
#   with     - the SDK's analyzers and HaConfig's: a consumer's build with the HaConfig package
# The variants are interleaved (each round runs all three, in a rotating order) so that a change of machine load hits
# them alike. Prints every sample, the median of each variant (wall clock, and CPU seconds of the build and its child
# processes, which a busy machine disturbs less) and the overhead of `with` against both baselines.
#   base     - only when BASE_ANALYZERS=DIR is set: like `with`, but with the analyzers built in DIR (an older build
#              to compare with, e.g. `git archive main | tar -x -C /tmp/m` built there)
# Then one more build of `with` under -p:ReportAnalyzer=true prints the compiler's per-analyzer execution times.
# Usage: benchmarks/analyzer-build-time.sh [files] [rounds]. KEEP=1 keeps the generated project (its path is printed).
# Note: the compiler runs in-process or as a server depending on UseSharedCompilation; the figures say which.
set -euo pipefail
FILES=${1:-200}
ROUNDS=${2:-5}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d /tmp/haconfig-analyzer-bench.XXXXXX)
if [ "${KEEP:-0}" != 1 ]; then trap 'rm -rf "$WORK"' EXIT; fi

dotnet build "$ROOT/analyzers/HaConfig.Analyzers/HaConfig.Analyzers.csproj" -c Release -v:q -nologo >/dev/null
BIN="$ROOT/analyzers/HaConfig.Analyzers/bin/Release/netstandard2.0"
python3 "$ROOT/benchmarks/generate-analyzer-project.py" "$WORK" "$FILES" "$BIN"

cd "$WORK"
dotnet restore -v:q >/dev/null
build() { # $@ = extra msbuild arguments; a full (no-incremental) compile, log in build.log
  dotnet build --no-restore --no-incremental -c Release -nologo -clp:NoSummary "$@" >"$WORK/build.log" 2>&1 ||
    { cat "$WORK/build.log" >&2; exit 1; }
}
measure() { # prints "wall cpu": seconds of one build, and the CPU seconds (user + system) of it and its children
  /usr/bin/time -o "$WORK/time.txt" -f '%e %U %S' dotnet build --no-restore --no-incremental -c Release -nologo \
    -clp:NoSummary -v:q "$@" >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log" >&2; exit 1; }
  tail -1 "$WORK/time.txt" | awk '{printf "%s %.2f\n", $1, $2 + $3}'
}
args() {
  case $1 in
    without) echo "-p:RunAnalyzers=false" ;;
    sdk) echo "-p:HaConfigAnalyzers=false" ;;
    with) echo "-p:HaConfigAnalyzers=true" ;;
    base) echo "-p:HaConfigAnalyzerDir=$BASE_ANALYZERS" ;;
  esac
}
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
percent() { echo "scale=1; ($1 - $2) * 100 / $2" | bc; }

measure "$(args with)" >/dev/null # warm-up: disk cache, and a server compiler if one is used
measure "$(args without)" >/dev/null
declare -A wall=([without]="" [sdk]="" [with]="" [base]="")
declare -A cpu=([without]="" [sdk]="" [with]="" [base]="")
variants=(without sdk with)
if [ -n "${BASE_ANALYZERS:-}" ]; then variants+=(base); fi
echo "UseSharedCompilation=${UseSharedCompilation:-<unset>} (false: a fresh compiler process per build)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq "$ROUNDS"); do
  for k in $(seq 0 $((${#variants[@]} - 1))); do
    v=${variants[$(((round + k) % ${#variants[@]}))]}
    read -r w c < <(measure "$(args "$v")")
    wall[$v]="${wall[$v]} $w"
    cpu[$v]="${cpu[$v]} $c"
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

build -v:q "$(args with)"
diagnostics=$(grep -c 'warning HA\|error HA\|info HA' "$WORK/build.log" || true)
echo "files=$FILES cfg_lines=$(wc -l < "$WORK/haproxy.cfg") rounds=$ROUNDS (interleaved)"
for v in "${variants[@]}"; do echo "wall $v:${wall[$v]}"; echo "cpu  $v:${cpu[$v]}"; done
report() { # $1 = wall|cpu, $2 = name of the samples array
  local -n series=$2
  local without sdk with
  without=$(echo "${series[without]}" | median)
  sdk=$(echo "${series[sdk]}" | median)
  with=$(echo "${series[with]}" | median)
  echo "$1 (median): without analyzers ${without}s, SDK analyzers only ${sdk}s, with HaConfig analyzers ${with}s"
  echo "  $1 overhead vs without analyzers:  $(echo "$with - $without" | bc)s = $(percent "$with" "$without")%"
  echo "  $1 overhead vs SDK analyzers only: $(echo "$with - $sdk" | bc)s = $(percent "$with" "$sdk")%"
  if [ -n "${BASE_ANALYZERS:-}" ]; then
    local base
    base=$(echo "${series[base]}" | median)
    echo "  $1 base analyzers ${base}s: overhead vs without $(percent "$base" "$without")%, vs SDK analyzers only $(percent "$base" "$sdk")%"
  fi
}
report wall wall
report cpu cpu
echo "HA diagnostic lines in the last build log: $diagnostics"

# Per-analyzer execution time as the compiler reports it (one build; CPU time summed over threads).
build -v:d -p:ReportAnalyzer=true "$(args with)"
echo "per-analyzer times (ReportAnalyzer, one build):"
sed -n '/Total analyzer execution time/,/Total generator execution time/p' "$WORK/build.log" |
  grep -E 'Total analyzer|, Version=|HaConfig\.Analyzers\.' | sed 's/^ *//' | cut -c1-100 | head -8 || true
if [ "${KEEP:-0}" = 1 ]; then echo "project kept in $WORK"; fi
