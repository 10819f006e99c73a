#!/usr/bin/env bash
# Times 'haconfig lint FILE' (the NativeAOT binary) against 'haproxy -c -f FILE' on generated configurations of
# 2 000 and 360 000 lines, with hyperfine, and reports peak memory with /usr/bin/time -v.
#
#   benchmarks/cli-vs-haproxy.sh [OUTDIR]
#
# Needs: dotnet (with clang and zlib1g-dev for NativeAOT), hyperfine, haproxy, GNU time (Debian: apt-get install -y
# clang zlib1g-dev hyperfine haproxy time).
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-$(mktemp -d /tmp/haconfig-bench.XXXXXX)}"
mkdir -p "$out"

dotnet publish src/HaConfig.Cli -c Release -r linux-x64 -p:PublishAot=true -o "$out/aot" >/dev/null
bin="$out/aot/haconfig"

for lines in 2000 360000; do
  cfg="$out/haproxy-$lines.cfg"
  dotnet run -c Release --project benchmarks/HaConfig.Benchmarks -- generate haproxy "$lines" "$cfg" >/dev/null
  echo "== $cfg ($(wc -l <"$cfg") lines, $(du -h "$cfg" | cut -f1))"
  # Both exit non-zero on findings or alerts; only the time matters here.
  hyperfine --warmup 2 --min-runs 5 -i --export-markdown "$out/hyperfine-$lines.md" \
    -n "haconfig lint" "$bin lint $cfg" \
    -n "haproxy -c" "haproxy -c -f $cfg"
  for cmd in "$bin lint $cfg" "haproxy -c -f $cfg"; do
    peak=$( { /usr/bin/time -v $cmd >/dev/null 2>/dev/null; } 2>&1 | awk -F': ' '/Maximum resident set size/ {print $2}' || true)
    if [ -z "$peak" ]; then
      peak=$( ( /usr/bin/time -v $cmd >/dev/null ) 2>&1 | awk -F': ' '/Maximum resident set size/ {print $2}')
    fi
    echo "peak RSS: ${peak} KiB  ($cmd)"
  done
done
echo "results in $out"
