#!/usr/bin/env bash
# Isolate costs on DartJ next to Node.js worker_threads, in one run:
# bench/isolate_costs.dart and bench/node/worker_costs.mjs measure the same things
# (spawn to first message, small-message round trip, round trip of a 100 000-int list and
# of a 10 000-entry map) and print "NAME MEDIAN_MICROSECONDS". Each variant runs RUNS
# processes (default 3), alternating; the table gives the median over the processes.
#
# Usage: bench/run_isolates.sh [RUNS]
# Optional environment:
#   BENCH_VARIANTS  subset of "dartj-default dartj-interpreter node"
#   DARTJ           launcher to run (default bin/dartj)
#   NODE            Node.js to run (default node)
set -euo pipefail

RUNS=${1:-3}
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || { echo "run_isolates.sh: RUNS must be a positive integer" >&2; exit 2; }
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
DARTJ=${DARTJ:-bin/dartj}
NODE=${NODE:-node}
VARIANTS=${BENCH_VARIANTS:-dartj-default dartj-interpreter node}
command -v "$NODE" >/dev/null || { echo "run_isolates.sh: no Node.js ('$NODE'); install nodejs or set NODE" >&2; exit 1; }
RESULTS=bench/results
mkdir -p "$RESULTS"
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
SUMMARY=$RESULTS/isolates-$STAMP.md
RAW=$(mktemp)
trap 'rm -f "$RAW"' EXIT

"$DARTJ" bench/isolate_costs.dart >/dev/null   # builds DartJ if needed; not counted

for ((r = 1; r <= RUNS; r++)); do
    for v in $VARIANTS; do
        case "$v" in
            dartj-default) out=$(env -u DARTJ_RUNTIME "$DARTJ" bench/isolate_costs.dart) ;;
            dartj-interpreter) out=$(env DARTJ_RUNTIME=interpreter "$DARTJ" bench/isolate_costs.dart) ;;
            node) out=$("$NODE" bench/node/worker_costs.mjs) ;;
            *) echo "run_isolates.sh: unknown variant $v" >&2; exit 2 ;;
        esac
        echo "$out" | sed "s/^/$v /" >> "$RAW"
        echo "$out" | sed "s/^/  $v run $r: /" >&2
    done
done

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
{
    printf '## Isolate costs: DartJ isolates and Node.js worker_threads\n\n'
    printf -- '- date: %s\n' "$(date -u '+%Y-%m-%d %H:%M:%S UTC')"
    printf -- '- nproc: %s, load average: %s\n' "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
    printf -- '- CPU: %s\n' "$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
    printf -- '- Node.js: %s; JDK: %s\n' "$("$NODE" --version)" "$("$(bin/find-jdk25)/bin/java" -version 2>&1 | head -n 1)"
    printf -- '- git: %s; runs per variant: %s (median of the per-process medians)\n\n' "$(git rev-parse --short HEAD 2>/dev/null || echo none)" "$RUNS"
    printf '| variant | spawn to first message (µs) | small round trip (µs) | 100k-int list round trip (µs) | 10k-entry map round trip (µs) |\n'
    printf '|---|---:|---:|---:|---:|\n'
    for v in $VARIANTS; do
        row="| $v"
        for m in spawn pingpong copy-list copy-map; do
            row="$row | $(awk -v v="$v" -v m="$m" '$1 == v && $2 == m { print $3 }' "$RAW" | median)"
        done
        echo "$row |"
    done
} | tee "$SUMMARY"
echo "Summary written to $SUMMARY"
