#!/usr/bin/env bash
# Run a round-based benchmark program (bench/nbody.dart, bench/await.dart, bench/calls.dart)
# several times and print, per measured kind, the median over runs of the first round and of
# the steady state (the median of each run's last half of rounds).
#
# Usage: bench/run_rounds.sh PROGRAM [RUNS] [ROUNDS]
#          RUNS   counted runs after one uncounted warm-up run (default 5)
#          ROUNDS rounds per run, passed to the program as its first argument (default 8;
#                 calls.dart ignores it and runs 6)
#
# The program prints one line per round: `round N: KIND VALUE KIND VALUE ... (CHECK)`, where
# VALUE is the round's time (milliseconds, or microseconds per operation for await.dart) and
# CHECK the round's results; every run must print the same CHECKs (the script stops otherwise).
#
# Optional environment:
#   DARTJ          launcher to run (default bin/dartj; another build: /path/to/wt/bin/dartj)
#   DARTJ_RUNTIME  interpreter: the interpreter-only runtime (default: optimizing)
#   BENCH_CPU      1 (default): time rounds by the isolate thread's CPU time
#                  (--dart.StopwatchCpuTime; on a loaded machine wall time measures the load);
#                  0: wall time
#   BENCH_TIMEOUT  per-run timeout in seconds (default 900)
# Raw output goes to bench/results/rounds-<program>-<UTC timestamp>.txt (gitignored).
set -euo pipefail

die() {
    printf 'run_rounds.sh: error: %s\n' "$*" >&2
    exit 1
}

usage() {
    awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0" >&2
    exit 2
}

(($# >= 1 && $# <= 3)) || usage
case "$1" in -h | --help) usage ;; esac
PROGRAM=$1
RUNS=${2:-5}
ROUNDS=${3:-8}
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive integer, got '$RUNS'"
[[ "$ROUNDS" =~ ^[1-9][0-9]*$ ]] || die "ROUNDS must be a positive integer, got '$ROUNDS'"

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
[[ -f "$PROGRAM" ]] || die "program $PROGRAM not found"
DARTJ=${DARTJ:-bin/dartj}
[[ -x "$DARTJ" ]] || die "$DARTJ is not executable"
TIMEOUT=${BENCH_TIMEOUT:-900}
OPTS=()
if [[ "${BENCH_CPU:-1}" == 1 ]]; then
    OPTS+=(--dart.StopwatchCpuTime)
fi

mkdir -p bench/results
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
RAW=bench/results/rounds-$(basename "$PROGRAM" .dart)-$STAMP.txt
WORK=$(mktemp -d "${TMPDIR:-/tmp}/run_rounds.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

run() {
    local label=$1
    if ! timeout --kill-after=10 "$TIMEOUT" "$DARTJ" "${OPTS[@]}" "$PROGRAM" "$ROUNDS" >"$WORK/out" 2>"$WORK/err"; then
        printf 'run_rounds.sh: run %s failed; stderr:\n' "$label" >&2
        tail -n 40 "$WORK/err" >&2
        exit 1
    fi
    # The results of each round, without the timings: equal in every run.
    sed -n 's/^round \([0-9]*\):.*(\(.*\))$/\1 \2/p' "$WORK/out" >"$WORK/checks"
    if [[ -f "$WORK/expected-checks" ]]; then
        cmp -s "$WORK/expected-checks" "$WORK/checks" || die "run $label printed other results than the first run (see $RAW)"
    else
        cp "$WORK/checks" "$WORK/expected-checks"
    fi
    printf '== run %s\n' "$label" >>"$RAW"
    cat "$WORK/out" >>"$RAW"
}

printf '%s: %s runs of %s rounds (+1 warm-up run), %s, %s runtime, launcher %s (git %s), load %s\n' "$PROGRAM" "$RUNS" "$ROUNDS" \
    "$([[ "${BENCH_CPU:-1}" == 1 ]] && echo 'thread CPU time' || echo 'wall time')" \
    "${DARTJ_RUNTIME:-optimizing}" "$DARTJ" "$(git -C "$(dirname "$DARTJ")" rev-parse --short HEAD 2>/dev/null || echo '?')" \
    "$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')" | tee "$RAW" >&2
run warmup
: >"$RAW.values"
for ((r = 1; r <= RUNS; r++)); do
    run "$r"
    # One line per round and kind: run round kind value.
    sed -n 's/^round \([0-9]*\): \([^(]*\).*/\1 \2/p' "$WORK/out" |
        awk -v run="$r" '{ for (i = 2; i < NF; i += 2) print run, $1, $i, $(i + 1) }' >>"$RAW.values"
    printf '  run %s done\n' "$r" >&2
done

# Per kind: median over runs of round 1, and of each run's median over rounds > ROUNDS/2.
awk -v rounds="$ROUNDS" '
    function median(list,    n, a, i, j, t) {
        n = split(list, a, " ")
        for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
        return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
    }
    {
        if (!($3 in seen)) { seen[$3] = 1; order[++kinds] = $3 }
        if ($2 == 1) first[$3] = first[$3] " " $4
        if ($2 > rounds / 2) steady[$3, $1] = steady[$3, $1] " " $4
        if ($1 > maxrun) maxrun = $1
    }
    END {
        printf "| kind | first round (median) | steady state (median of per-run medians, rounds > %d) |\n|---|---:|---:|\n", rounds / 2
        for (k = 1; k <= kinds; k++) {
            name = order[k]; per = ""
            for (r = 1; r <= maxrun; r++) if ((name, r) in steady) per = per " " median(steady[name, r])
            printf "| %s | %s | %s |\n", name, median(first[name]), median(per)
        }
    }' "$RAW.values" | tee -a "$RAW"
printf '\nRaw output: %s\n' "$RAW" >&2
