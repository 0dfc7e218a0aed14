#!/usr/bin/env bash
# Side by side on one generated news file: chrono-node (the JavaScript date parser issue 7 compares
# `textclean dates` with) and `textclean dates --jsonl`, whole process each, input MB/s (10^6 bytes/s).
#
#   benchmarks/compare-chrono.sh [--size 100MB] [--kind TypographicNews|mixed|KIND] [--runs 1] [--input FILE] [--native]
#
# chrono-node is installed with npm into $TMPDIR/textclean-chrono (never into the repository, and it is
# no dependency of the project); the file comes from the benchmarks project's jsonl-corpus, as in
# cli-throughput.sh. Both programs read the same JSON Lines and write one JSON record per line to
# /dev/null. chrono-node runs on one thread, so textclean is timed on one thread and on all cores. MB
# per CPU-second (user + system time) is there for a busy machine, where wall time says little.
#
# --input: a JSON Lines file of your own ({"text": ...} per line) instead of a generated one.
# --native: also time the native build of the CLI (`dotnet publish -p:PublishAot=true`, see README),
#   published into $TMPDIR/textclean-native first.
#
# ftfy (issue 7's comparison for fix) is a Python package that cannot be installed here (no PyPI, not in
# Debian bookworm): its figures stay the ones the issue quotes (about 1.5 MB/s on typographic news).
set -euo pipefail
repo="$(dirname "$0")/.."

size=100MB kind=TypographicNews runs=1 input="" native=false
while [ $# -gt 0 ]; do
  case $1 in
    --size) size=$2; shift 2 ;;
    --kind) kind=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --input) input=$(realpath "$2"); shift 2 ;;
    --native) native=true; shift ;;
    *) echo "compare-chrono.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
done

cd "$repo"
source benchmarks/common.sh
if [ -n "$input" ] && [ ! -s "$input" ]; then echo "compare-chrono.sh: no input file $input" >&2; exit 2; fi
command -v node > /dev/null && command -v npm > /dev/null || { echo "compare-chrono.sh: needs node and npm" >&2; exit 2; }
chrono_dir="${TMPDIR:-/tmp}/textclean-chrono"
if [ ! -d "$chrono_dir/node_modules/chrono-node" ]; then
  mkdir -p "$chrono_dir"
  npm install --silent --no-audit --no-fund --prefix "$chrono_dir" chrono-node@2 >&2
fi
chrono_version=$(node -p "require('$chrono_dir/node_modules/chrono-node/package.json').version")

dotnet build src/TextClean.Cli -c Release -nologo -v q > /dev/null
if [ -z "$input" ]; then
  input=$(generated_input "$kind" "$size")
fi
bytes=$(stat -c %s "$input")

# best COMMAND...: "wall cpu" of the fastest of $runs runs, in seconds (cpu: user + system time).
best() {
  local best_time="" best_cpu="" result wall cpu
  for ((run = 1; run <= runs; run++)); do
    result=$(timed "$@")
    read -r wall cpu <<< "$result"
    if [ -z "$best_time" ] || [ "$(echo "$wall < $best_time" | bc -l)" = 1 ]; then
      best_time=$wall best_cpu=$cpu
    fi
  done
  echo "$best_time $best_cpu"
}

cores=$(nproc)
cli=src/TextClean.Cli/bin/Release/net10.0/textclean.dll
result=$(best node benchmarks/chrono-runner.js "$chrono_dir" "$input")
read -r chrono_s chrono_cpu <<< "$result"
result=$(best dotnet "$cli" dates --jsonl --threads 1 "$input")
read -r one_s one_cpu <<< "$result"
result=$(best dotnet "$cli" dates --jsonl --threads "$cores" "$input")
read -r all_s all_cpu <<< "$result"
if $native; then
  native_dir="${TMPDIR:-/tmp}/textclean-native"
  benchmarks/publish-native.sh "$native_dir" > /dev/null
  result=$(best "$native_dir/textclean" dates --jsonl --threads 1 "$input")
  read -r native_one_s native_one_cpu <<< "$result"
  result=$(best "$native_dir/textclean" dates --jsonl --threads "$cores" "$input")
  read -r native_all_s native_all_cpu <<< "$result"
fi

mbps() { echo "$bytes / $1 / 1000000" | bc -l; }
echo "Input: $input ($bytes bytes); best of $runs; $cores cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| program | threads | s | MB/s | x chrono-node | MB per CPU-s | x chrono-node per CPU-s |"
echo "|---|---:|---:|---:|---:|---:|---:|"
row() { # name threads wall cpu
  printf '| %s | %s | %.2f | %.1f | %.1fx | %.1f | %.1fx |\n' "$1" "$2" "$3" "$(mbps "$3")" "$(echo "$chrono_s / $3" | bc -l)" \
    "$(mbps "$4")" "$(echo "$chrono_cpu / $4" | bc -l)"
}
row "chrono-node $chrono_version (node $(node --version))" 1 "$chrono_s" "$chrono_cpu"
row "textclean dates --jsonl" 1 "$one_s" "$one_cpu"
row "textclean dates --jsonl" "$cores" "$all_s" "$all_cpu"
if $native; then
  row "textclean dates --jsonl (native)" 1 "$native_one_s" "$native_one_cpu"
  row "textclean dates --jsonl (native)" "$cores" "$native_all_s" "$native_all_cpu"
fi
echo
echo "ftfy is not installable here (no PyPI access, not packaged in Debian bookworm): for fix, compare with"
echo "the figures issue 7 quotes for ftfy 6.3: about 1.5 MB/s on typographic news, 10 MB/s on plain ASCII."
