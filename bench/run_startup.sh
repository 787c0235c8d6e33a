#!/usr/bin/env bash
# run_startup.sh: start-up cost of bin/dartj on a tiny program, robust to background load.
# Runs the variants alternately (A B C A B C ...), each run a fresh process, and reports for
# each variant the median CPU time (user+sys of the whole process tree, from GNU time) and the
# median wall time. CPU time is the figure to compare on a loaded machine: wall time grows with
# the load, CPU time much less.
#
#   bench/run_startup.sh [runs]            # default 10 runs per variant
#   STARTUP_PROGRAM=examples/x.dart bench/run_startup.sh
#   STARTUP_VARIANTS='default|  interp|DARTJ_RUNTIME=interpreter  c1|DARTJ_JAVA_OPTS=-XX:TieredStopAtLevel=1' bench/run_startup.sh
#
# A variant is NAME|ENV-ASSIGNMENTS (space-free assignments separated by commas).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
runs="${1:-10}"
dartj="${DARTJ:-bin/dartj}"
[ -x /usr/bin/time ] || { echo "run_startup: needs GNU time (/usr/bin/time)" >&2; exit 1; }
out=$(mktemp)
program="${STARTUP_PROGRAM:-}"
tmp_program=""
if [ -z "$program" ]; then
  program=$(mktemp --suffix=.dart)
  tmp_program="$program"
  printf 'void main() {\n  print("hi");\n}\n' > "$program"
fi
read -r -a variants <<< "${STARTUP_VARIANTS:-default| interpreter|DARTJ_RUNTIME=interpreter}"
trap 'rm -f "$out" $tmp_program' EXIT
# One unrecorded run first: it builds the project if sources changed.
"$dartj" "$program" > /dev/null
for ((i = 0; i < runs; i++)); do
  for v in "${variants[@]}"; do
    name="${v%%|*}"
    assigns="${v#*|}"
    env_args=()
    IFS=',' read -r -a env_args <<< "$assigns"
    t=$( { env "${env_args[@]}" /usr/bin/time -f 'TIME %U %S %e' "$dartj" "$program" > /dev/null; } 2>&1 | grep '^TIME' )
    read -r _ u s e <<< "$t"
    echo "$name $u $s $e" >> "$out"
    echo "run $i $name cpu=$(echo "$u + $s" | bc) wall=$e" >&2
  done
done
echo "program: $program, runs per variant: $runs, $(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg), $(git rev-parse --short HEAD)"
printf '%-14s %12s %12s\n' variant "median cpu s" "median wall s"
for v in "${variants[@]}"; do
  name="${v%%|*}"
  cpu=$(awk -v n="$name" '$1 == n { print $2 + $3 }' "$out" | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')
  wall=$(awk -v n="$name" '$1 == n { print $4 }' "$out" | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')
  printf '%-14s %12s %12s\n' "$name" "$cpu" "$wall"
done
