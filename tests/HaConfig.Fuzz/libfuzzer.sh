#!/usr/bin/env bash
# Coverage-guided fuzzing of one target with libFuzzer through SharpFuzz (docs/testing.md, "Fuzzing HaConfig").
#   tests/HaConfig.Fuzz/libfuzzer.sh TARGET [SECONDS] [SEED_FOLDER]
# Needs clang with libFuzzer (Debian: clang libclang-rt-14-dev), the sharpfuzz tool
# (dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0) and the libfuzzer-dotnet driver
# (github.com/Metalnem/libfuzzer-dotnet: clang -fsanitize=fuzzer libfuzzer-dotnet.cc -o libfuzzer-dotnet), named by
# LIBFUZZER_DOTNET. Crashes are written to artifacts/fuzz/TARGET/crash-*; reproduce one with
#   dotnet run --project tests/HaConfig.Fuzz -c Release -- TARGET --repro FILE
set -euo pipefail
target=${1:?usage: libfuzzer.sh TARGET [SECONDS] [SEED_FOLDER]}
seconds=${2:-600}
root=$(cd "$(dirname "$0")/../.." && pwd)
seeds=${3:-$root/../shared/corpus}
driver=${LIBFUZZER_DOTNET:?set LIBFUZZER_DOTNET to the libfuzzer-dotnet binary}
work=$root/artifacts/fuzz/$target

dotnet build "$root/tests/HaConfig.Fuzz" -c Release -o "$work/plain" -v:quiet -nologo
rm -rf "$work/instrumented"
cp -r "$work/plain" "$work/instrumented"
sharpfuzz "$work/instrumented/HaConfig.dll"

# Seeds come from the plain build: instrumented code fails outside the fuzzer (it writes to libFuzzer's shared memory).
mkdir -p "$work/corpus"
if [ -d "$seeds" ]; then
  dotnet "$work/plain/HaConfig.Fuzz.dll" "$target" --write-seeds "$work/corpus" --corpus "$seeds"
else
  dotnet "$work/plain/HaConfig.Fuzz.dll" "$target" --write-seeds "$work/corpus"
fi

exec "$driver" --target_path="$work/instrumented/HaConfig.Fuzz" --target_arg="$target" \
  -max_total_time="$seconds" -timeout=30 -max_len=65536 -artifact_prefix="$work/" "$work/corpus"
