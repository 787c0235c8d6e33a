#!/usr/bin/env bash
# Benchmark the isolate seed program (examples/isolate_seed.dart) on DartJ
# against a plain-Java baseline (bench/java/SeedBaseline.java).
#
# Usage: bench/run_seed.sh [N]        (N = counted runs per variant, default 10)
#
# Variants (each gets one uncounted warm-up run, then N counted runs):
#   dartj-default      bin/dartj examples/isolate_seed.dart   (DARTJ_RUNTIME unset)
#   dartj-interpreter  DARTJ_RUNTIME=interpreter bin/dartj examples/isolate_seed.dart
#   java-baseline      JDK 25: java -cp bench/results/classes SeedBaseline
#
# Optional environment:
#   BENCH_VARIANTS  space-separated subset of the variants above, in the order to run
#                   (default: "dartj-default dartj-interpreter java-baseline")
#   BENCH_TIMEOUT   per-run timeout in seconds (default 900); a timed-out run fails
#   DARTJ           launcher to run (default bin/dartj)
#   SEED            Dart program to run (default examples/isolate_seed.dart)
#   BENCH_MEASURE   "python3" forces the python3 getrusage wrapper instead of GNU time
#
# Measured per run: whole-process wall time and peak RSS (of the process tree,
# as reported by wait4 for the child). Each run's stdout must equal the expected
# line exactly and its exit status must be 0, otherwise the script stops.
# Raw results and the summary go to bench/results/ (gitignored).
set -euo pipefail

EXPECTED='Processing completed: 4999999950000000'
ALL_VARIANTS='dartj-default dartj-interpreter java-baseline'

die() {
    printf 'run_seed.sh: error: %s\n' "$*" >&2
    exit 1
}

usage() {
    awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0" >&2
    exit 2
}

# ---------------------------------------------------------------- arguments
N=10
if (($# > 1)); then
    usage
fi
if (($# == 1)); then
    case "$1" in
        -h | --help) usage ;;
    esac
    [[ "$1" =~ ^[1-9][0-9]*$ ]] || die "N must be a positive integer, got '$1'"
    N=$1
fi

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

VARIANTS=${BENCH_VARIANTS:-$ALL_VARIANTS}
TIMEOUT=${BENCH_TIMEOUT:-900}
DARTJ=${DARTJ:-bin/dartj}
SEED=${SEED:-examples/isolate_seed.dart}
[[ "$TIMEOUT" =~ ^[1-9][0-9]*$ ]] || die "BENCH_TIMEOUT must be a positive integer, got '$TIMEOUT'"

read -r -a VARIANT_LIST <<<"$VARIANTS"
((${#VARIANT_LIST[@]} > 0)) || die "BENCH_VARIANTS is empty"
need_dartj=0
for v in "${VARIANT_LIST[@]}"; do
    case "$v" in
        dartj-default | dartj-interpreter) need_dartj=1 ;;
        java-baseline) ;;
        *) die "unknown variant '$v' (known: $ALL_VARIANTS)" ;;
    esac
done

# ---------------------------------------------------------------- JDK 25
# Major version of a java executable ("1.8.0_x" -> 8, "25.0.3" -> 25); 0 if unknown.
java_major() {
    local line ver
    line=$("$1" -version 2>&1 | head -n 1) || true
    ver=$(printf '%s\n' "$line" | sed -n 's/.*version "\([^"]*\)".*/\1/p')
    ver=${ver#1.}
    ver=${ver%%[.+_-]*}
    [[ "$ver" =~ ^[0-9]+$ ]] || ver=0
    printf '%s\n' "$ver"
}

find_java25() {
    local cand
    if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]] &&
        (($(java_major "$JAVA_HOME/bin/java") >= 25)); then
        printf '%s\n' "$JAVA_HOME/bin/java"
        return 0
    fi
    for cand in /usr/lib/jvm/*25*/bin/java; do
        if [[ -x "$cand" ]]; then
            printf '%s\n' "$cand"
            return 0
        fi
    done
    return 1
}

JAVA=$(find_java25) || die "no JDK 25 found (set JAVA_HOME to a JDK >= 25 or install one under /usr/lib/jvm/*25*)"
JAVAC=$(dirname "$JAVA")/javac
[[ -x "$JAVAC" ]] || die "javac not found next to $JAVA"

# ---------------------------------------------------------------- preflight
if ((need_dartj)); then
    [[ -e "$DARTJ" ]] || die "$DARTJ not found in $ROOT -- the DartJ launcher must be built/present to run the dartj variants (or set BENCH_VARIANTS=java-baseline to run only the Java baseline)"
    [[ -x "$DARTJ" ]] || die "$DARTJ is not executable"
    [[ -f "$SEED" ]] || die "seed program $SEED not found in $ROOT"
fi
command -v timeout >/dev/null 2>&1 || die "'timeout' (coreutils) is required"

# Peak-RSS backend: GNU time if usable, else a small python3 wrapper.
# (BENCH_MEASURE=python3 forces the wrapper; used to test the fallback.)
if [[ "${BENCH_MEASURE:-}" == python3 ]] && command -v python3 >/dev/null 2>&1; then
    MEASURE=python3
elif [[ -x /usr/bin/time ]] && /usr/bin/time -f '%M' -o /dev/null true >/dev/null 2>&1; then
    MEASURE=gnu-time
elif command -v python3 >/dev/null 2>&1; then
    MEASURE=python3
else
    die "need either GNU /usr/bin/time or python3 to measure peak RSS"
fi

RESULTS=bench/results
CLASSES=$RESULTS/classes
mkdir -p "$CLASSES"
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
RAW=$RESULTS/seed-$STAMP.tsv
SUMMARY=$RESULTS/seed-$STAMP.md
WORK=$(mktemp -d "${TMPDIR:-/tmp}/run_seed.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

# Compile the baseline once (not measured); recompile only when the source changed.
if [[ " ${VARIANT_LIST[*]} " == *" java-baseline "* ]]; then
    if [[ ! -f "$CLASSES/SeedBaseline.class" || bench/java/SeedBaseline.java -nt "$CLASSES/SeedBaseline.class" ]]; then
        "$JAVAC" -d "$CLASSES" bench/java/SeedBaseline.java || die "javac failed on bench/java/SeedBaseline.java"
    fi
fi

# ---------------------------------------------------------------- measuring
# measure OUT ERR -- CMD...   runs CMD with stdout->OUT, stderr->ERR under a timeout;
# sets globals M_RC (exit status), M_WALL (seconds), M_RSS (KiB).
measure() {
    local out=$1 err=$2
    shift 3
    M_RC=0
    if [[ "$MEASURE" == gnu-time ]]; then
        local t0 t1
        t0=$(date +%s%N)
        /usr/bin/time -f '%M' -o "$WORK/rss" \
            timeout --kill-after=10 "$TIMEOUT" "$@" >"$out" 2>"$err" || M_RC=$?
        t1=$(date +%s%N)
        M_WALL=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
        # GNU time prefixes "Command exited with non-zero status N" on failure: take the last line.
        M_RSS=$(tail -n 1 "$WORK/rss")
    else
        python3 - "$WORK/stats" "$TIMEOUT" "$@" >"$out" 2>"$err" <<'PY' || M_RC=$?
import resource, subprocess, sys, time
stats, limit, cmd = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
t0 = time.perf_counter()
try:
    rc = subprocess.run(cmd, timeout=limit).returncode
except subprocess.TimeoutExpired:
    rc = 124
wall = time.perf_counter() - t0
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KiB on Linux
with open(stats, "w") as f:
    f.write("%.3f %d\n" % (wall, rss))
sys.exit(rc if rc >= 0 else 128 - rc)
PY
        read -r M_WALL M_RSS <"$WORK/stats"
    fi
    [[ "$M_RSS" =~ ^[0-9]+$ ]] || M_RSS=0
}

variant_cmd() {
    case "$1" in
        dartj-default) CMD=(env -u DARTJ_RUNTIME "$DARTJ" "$SEED") ;;
        dartj-interpreter) CMD=(env DARTJ_RUNTIME=interpreter "$DARTJ" "$SEED") ;;
        java-baseline) CMD=("$JAVA" -cp "$CLASSES" SeedBaseline) ;;
    esac
}

printf '%s\n' "$EXPECTED" >"$WORK/expected"

# run_one VARIANT LABEL   (LABEL = warmup or the run number)
run_one() {
    local v=$1 label=$2
    variant_cmd "$v"
    measure "$WORK/out" "$WORK/err" -- "${CMD[@]}"
    if ((M_RC != 0)) || ! cmp -s "$WORK/expected" "$WORK/out"; then
        {
            printf '\nrun_seed.sh: FAILED: variant %s, run %s\n' "$v" "$label"
            printf '  command:   %s\n' "${CMD[*]}"
            if ((M_RC == 124 || M_RC == 137)); then
                printf '  exit code: %s (timed out after %ss?)\n' "$M_RC" "$TIMEOUT"
            else
                printf '  exit code: %s\n' "$M_RC"
            fi
            printf '  expected stdout: %s\n' "$EXPECTED"
            printf -- '-- actual stdout (first 20 lines) --\n'
            head -n 20 "$WORK/out"
            printf -- '-- stderr (last 40 lines) --\n'
            tail -n 40 "$WORK/err"
        } >&2
        exit 1
    fi
    printf '  %-18s %-7s wall %8.3f s   peak RSS %8.1f MiB\n' \
        "$v" "$label" "$M_WALL" "$(awk -v k="$M_RSS" 'BEGIN { print k / 1024 }')" >&2
}

# ---------------------------------------------------------------- machine facts
CPU=$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)
JAVA_VERSION=$("$JAVA" -version 2>&1 | head -n 1)
MEM=$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null || true)
GIT_REV=$(git rev-parse --short HEAD 2>/dev/null || echo 'no commit')

printf 'Seed benchmark: N=%s counted runs per variant (+1 warm-up), variants: %s\n' "$N" "${VARIANT_LIST[*]}" >&2
printf 'Raw results: %s\n' "$RAW" >&2

printf 'variant\trun\twall_s\tpeak_rss_kib\n' >"$RAW"
for v in "${VARIANT_LIST[@]}"; do
    run_one "$v" warmup
    for ((i = 1; i <= N; i++)); do
        run_one "$v" "$i"
        printf '%s\t%s\t%s\t%s\n' "$v" "$i" "$M_WALL" "$M_RSS" >>"$RAW"
    done
done

# ---------------------------------------------------------------- summary
# stats VARIANT COLUMN -> "median min max" of that column for that variant
stats() {
    awk -F'\t' -v v="$1" -v c="$2" 'NR > 1 && $1 == v { print $c }' "$RAW" | sort -g |
        awk '{ x[NR] = $1 }
             END {
                 if (NR == 0) { print "nan nan nan"; exit }
                 med = (NR % 2) ? x[(NR + 1) / 2] : (x[NR / 2] + x[NR / 2 + 1]) / 2
                 printf "%.6f %.6f %.6f\n", med, x[1], x[NR]
             }'
}

BASE_MED=
if [[ " ${VARIANT_LIST[*]} " == *" java-baseline "* ]]; then
    read -r BASE_MED _ _ < <(stats java-baseline 3)
fi

{
    printf '## Seed benchmark (examples/isolate_seed.dart)\n\n'
    printf -- '- date: %s\n' "$(date -u '+%Y-%m-%d %H:%M:%S UTC')"
    printf -- '- nproc: %s\n' "$(nproc)"
    printf -- '- CPU: %s\n' "${CPU:-unknown}"
    printf -- '- memory: %s\n' "${MEM:-unknown}"
    printf -- '- baseline JDK (%s): %s\n' "$JAVA" "$JAVA_VERSION"
    printf -- '- git: %s\n' "$GIT_REV"
    printf -- '- runs: %s counted per variant after 1 warm-up; RSS via %s\n\n' "$N" "$MEASURE"
    printf '| variant | median wall (s) | min (s) | max (s) | median peak RSS (MiB) | median wall / Java median |\n'
    printf '|---|---:|---:|---:|---:|---:|\n'
    for v in "${VARIANT_LIST[@]}"; do
        read -r med mn mx < <(stats "$v" 3)
        read -r rss _ _ < <(stats "$v" 4)
        if [[ -n "$BASE_MED" ]]; then
            ratio=$(awk -v a="$med" -v b="$BASE_MED" 'BEGIN { printf "%.2f", a / b }')
        else
            ratio='n/a'
        fi
        printf '| %s | %.3f | %.3f | %.3f | %.1f | %s |\n' \
            "$v" "$med" "$mn" "$mx" "$(awk -v k="$rss" 'BEGIN { print k / 1024 }')" "$ratio"
    done
} | tee "$SUMMARY"
printf '\nSummary written to %s\n' "$SUMMARY" >&2
