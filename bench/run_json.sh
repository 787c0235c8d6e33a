#!/usr/bin/env bash
# JSON decode benchmark: bench/json_decode.dart on DartJ against a plain-Java
# recursive-descent parser (bench/java/JsonBaseline.java) on the same document.
#
# Usage: bench/run_json.sh [ROUNDS]      (decode rounds per variant, default 30)
#
# Steps: the Dart program writes its generated document (about 1 MB) to
# bench/results/json_doc.json; the Java baseline is compiled once with javac;
# then each variant decodes the document ROUNDS times in one process and reports
# throughput (UTF-8 bytes of the document per microsecond of decode time = MB/s)
# for the first round, the last 10 rounds and the best round. The checksums of
# all variants must agree, otherwise the script fails.
#
# Optional environment:
#   BENCH_VARIANTS  subset of "dartj-default dartj-interpreter java-baseline"
#   DARTJ           launcher to run (default bin/dartj)
set -euo pipefail

ROUNDS=${1:-30}
[[ "$ROUNDS" =~ ^[1-9][0-9]*$ ]] || { echo "run_json.sh: ROUNDS must be a positive integer" >&2; exit 2; }
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
DARTJ=${DARTJ:-bin/dartj}
VARIANTS=${BENCH_VARIANTS:-dartj-default dartj-interpreter java-baseline}
JDK=$(bin/find-jdk25) || { echo "run_json.sh: no JDK 25 found" >&2; exit 1; }
RESULTS=bench/results
CLASSES=$RESULTS/classes
DOC=$RESULTS/json_doc.json
mkdir -p "$CLASSES"
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
SUMMARY=$RESULTS/json-$STAMP.md

if [[ ! -f "$CLASSES/JsonBaseline.class" || bench/java/JsonBaseline.java -nt "$CLASSES/JsonBaseline.class" ]]; then
    "$JDK/bin/javac" -d "$CLASSES" bench/java/JsonBaseline.java
fi
# Write the document (one round only; not measured).
"$DARTJ" bench/json_decode.dart 1 --write="$DOC" >/dev/null

command_of() {
    case "$1" in
        dartj-default) CMD=(env -u DARTJ_RUNTIME "$DARTJ" bench/json_decode.dart "$ROUNDS") ;;
        dartj-interpreter) CMD=(env DARTJ_RUNTIME=interpreter "$DARTJ" bench/json_decode.dart "$ROUNDS") ;;
        java-baseline) CMD=("$JDK/bin/java" -cp "$CLASSES" JsonBaseline "$DOC" "$ROUNDS") ;;
        *) echo "run_json.sh: unknown variant $1" >&2; exit 2 ;;
    esac
}

checksum=
{
    printf '## JSON decode benchmark (bench/json_decode.dart, %s rounds)\n\n' "$ROUNDS"
    printf -- '- date: %s\n' "$(date -u '+%Y-%m-%d %H:%M:%S UTC')"
    printf -- '- nproc: %s, load average: %s\n' "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
    printf -- '- CPU: %s\n' "$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
    printf -- '- JDK: %s\n' "$("$JDK/bin/java" -version 2>&1 | head -n 1)"
    printf -- '- git: %s\n\n' "$(git rev-parse --short HEAD 2>/dev/null || echo none)"
    printf '| variant | first round (MB/s) | last 10 rounds (MB/s) | best round (MB/s) | process wall (s) | process CPU (s) |\n'
    printf '|---|---:|---:|---:|---:|---:|\n'
} | tee "$SUMMARY"
for v in $VARIANTS; do
    out=$(mktemp)
    times=$(mktemp)
    command_of "$v"
    t0=$(date +%s%N)
    /usr/bin/time -f '%U %S' -o "$times" "${CMD[@]}" >"$out" || { echo "run_json.sh: $v failed" >&2; cat "$out" >&2; exit 1; }
    t1=$(date +%s%N)
    cpu=$(tail -n 1 "$times")
    rm -f "$times"
    sum=$(sed -n 's/^checksum: //p' "$out")
    if [[ -z "$checksum" ]]; then
        checksum=$sum
    elif [[ "$sum" != "$checksum" ]]; then
        echo "run_json.sh: checksum mismatch: $v printed '$sum', expected '$checksum'" >&2
        exit 1
    fi
    first=$(sed -n 's/^first round: \(.*\) MB\/s/\1/p' "$out")
    last=$(sed -n 's/^last [0-9]* rounds: \(.*\) MB\/s/\1/p' "$out")
    best=$(sed -n 's/^best round: \(.*\) MB\/s/\1/p' "$out")
    printf '| %s | %s | %s | %s | %s | %s |\n' "$v" "$first" "$last" "$best" \
        "$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", (b - a) / 1e9 }')" \
        "$(awk -v u="${cpu% *}" -v s="${cpu#* }" 'BEGIN { printf "%.1f", u + s }')" | tee -a "$SUMMARY"
    rm -f "$out"
done
printf '\nSummary written to %s\n' "$SUMMARY" >&2
