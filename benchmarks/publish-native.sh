#!/usr/bin/env bash
# Publishes the native (NativeAOT) build of the CLI into DIR as DIR/textclean, for this machine's runtime
# identifier (README, "Native CLI"). Used by cli-throughput.sh --native, compare-chrono.sh --native and CI.
#
#   benchmarks/publish-native.sh DIR
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: benchmarks/publish-native.sh DIR" >&2; exit 2; }
out=$(mkdir -p "$1" && cd "$1" && pwd)
cd "$(dirname "$0")/.."
rid=$(dotnet --info | awk '/ RID:/ { print $2; exit }')
dotnet publish src/TextClean.Cli -c Release -r "$rid" -p:PublishAot=true -o "$out" -nologo -v q
