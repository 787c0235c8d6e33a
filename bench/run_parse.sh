#!/usr/bin/env bash
# run_parse.sh: parse speed of the ANTLR grammar alone (bench/java/ParseBench.java).
# Runs RUNS fresh JVMs, each parsing every core-library resource and every example once (cold)
# and then ROUNDS times (warm), and prints the median cold and warm times.
#
#   bench/run_parse.sh [runs] [rounds]          # default 5 runs, 20 rounds
#   bench/run_parse.sh --profile                # one JVM: time per decision (warm, profiled)
#   PARSE_OPTS=--two-stage bench/run_parse.sh   # SLL first, LL only when SLL fails
#   GRAMMAR_CLASSES=/tmp/old-grammar-classes bench/run_parse.sh   # another build of the parser
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
jdk=$(bin/find-jdk25)
[ -d grammar/target/classes/org/dartj/parser ] || bin/dartj --version > /dev/null 2>&1 || true
antlr=$(ls launcher/target/lib/antlr4-runtime-*.jar | head -1)
cp="${GRAMMAR_CLASSES:-grammar/target/classes}:$antlr"
out=bench/results/classes-parse
mkdir -p "$out"
"$jdk/bin/javac" -d "$out" -cp "$cp" bench/java/ParseBench.java
run() { "$jdk/bin/java" -cp "$out:$cp" ParseBench "$@"; }
if [ "${1:-}" = "--profile" ]; then
  run --rounds=3 --profile --top=20 ${PARSE_OPTS:-}
  exit
fi
runs="${1:-5}"
rounds="${2:-20}"
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
for ((i = 0; i < runs; i++)); do
  result=$(run --rounds="$rounds" ${PARSE_OPTS:-})
  echo "run $i: $(echo "$result" | tail -2 | tr '\n' ' ')" >&2
  echo "$result" | awk '/^first round/ { w1 = $3; w2 = $(NF-1) } /^cpu:/ { c1 = $4; c2 = $(NF-1) } END { print w1, w2, c1, c2 }' >> "$tmp"
done
median() { sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
echo "runs $runs, rounds $rounds, $(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg), $(git rev-parse --short HEAD) ${PARSE_OPTS:-}"
echo "median cold (first round) ms: wall $(awk '{ print $1 }' "$tmp" | median), cpu $(awk '{ print $3 }' "$tmp" | median)"
echo "median warm (last round) ms:  wall $(awk '{ print $2 }' "$tmp" | median), cpu $(awk '{ print $4 }' "$tmp" | median)"
