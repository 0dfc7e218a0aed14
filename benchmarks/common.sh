# Shared by cli-throughput.sh and compare-chrono.sh (sourced, from the repository's root): the generated
# input files and the timing of one whole process.

# generated_input KIND SIZE: prints the path of the JSON Lines file of SIZE (100MB, 1GB, ...) generated from
# seeds/ for the benchmarks' input KIND (or "mixed"), generating it first unless $TMPDIR has it from an earlier run.
generated_input() {
  local input="${TMPDIR:-/tmp}/textclean-news-$1-$2.jsonl"
  if [ ! -s "$input" ]; then
    dotnet build benchmarks/TextClean.Benchmarks -c Release -nologo -v q > /dev/null || return
    # Written aside and renamed when complete, so that a generation cut short is not taken for the file next time.
    dotnet run -c Release --no-build --project benchmarks/TextClean.Benchmarks -- jsonl-corpus --size "$2" --kind "$1" --out "$input.partial" >&2 || return
    mv "$input.partial" "$input" || return
  fi
  echo "$input"
}

# timed COMMAND...: runs COMMAND with its output to /dev/null and prints "wall cpu" in seconds (cpu: user + system
# time). Exit status 1 is accepted: the CLI returns it when some records failed, and it still read them all; any
# other failure is reported and returned. Call it as `result=$(timed ...)` so that `set -e` stops the script then.
timed() {
  local start end user system cpu_log
  cpu_log=$(mktemp)
  start=$(date +%s.%N)
  /usr/bin/time -f "%U %S" -o "$cpu_log" "$@" > /dev/null || [ $? -eq 1 ] || { echo "timed: failed: $*" >&2; rm -f "$cpu_log"; return 1; }
  end=$(date +%s.%N)
  # The last line: GNU time writes "Command exited with non-zero status 1" above the figures.
  read -r user system < <(tail -n 1 "$cpu_log")
  rm -f "$cpu_log"
  echo "$(echo "$end - $start" | bc -l) $(echo "$user + $system" | bc -l)"
}
