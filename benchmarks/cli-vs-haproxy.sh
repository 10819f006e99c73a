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

# The generated frontend binds TLS with /etc/haproxy/certs/site.pem: give haproxy a real (throw-away) certificate so
# that it accepts the file and does its full check, instead of stopping with "unable to stat SSL certificate".
openssl req -x509 -newkey rsa:2048 -nodes -subj /CN=haconfig-bench -days 2 -keyout "$out/key.pem" -out "$out/cert.pem" 2>/dev/null
cat "$out/cert.pem" "$out/key.pem" >"$out/site.pem"

for lines in 2000 360000; do
  cfg="$out/haproxy-$lines.cfg"
  dotnet run -c Release --project benchmarks/HaConfig.Benchmarks -- generate haproxy "$lines" "$cfg" >/dev/null
  sed -i "s|/etc/haproxy/certs/site.pem|$out/site.pem|" "$cfg"
  haproxy -c -q -f "$cfg" || { echo "haproxy does not accept $cfg" >&2; exit 1; }
  echo "== $cfg ($(wc -l <"$cfg") lines, $(du -h "$cfg" | cut -f1))"
  # haconfig exits non-zero on findings; only the time matters here.
  hyperfine --warmup 2 --min-runs 5 -i --export-markdown "$out/hyperfine-$lines.md" \
    -n "haconfig lint" "$bin lint $cfg" \
    -n "haproxy -c" "haproxy -c -f $cfg"
  for cmd in "$bin lint $cfg" "haproxy -c -f $cfg"; do
    # -o: the report goes to a file, whatever the command prints or returns.
    /usr/bin/time -f "%M" -o "$out/peak" $cmd >/dev/null 2>&1 || true
    echo "peak RSS: $(tail -1 "$out/peak") KiB  ($cmd)"
  done
done
echo "results in $out"
