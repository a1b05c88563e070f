#!/usr/bin/env bash
# Segment benchmark: how long `tayori-cli contacts count --segment EXPR` takes over a million contacts, for the
# kinds of segment a user builds (a tag, a list, a custom field, a date range, the issue's example). Each count is
# the best of RUNS; the process start-up (~20 ms) is included, as a user of the CLI sees it. Beside the wall time it
# prints the CPU time (user + sys) of that run: on a shared machine the wall time grows with other load, the CPU
# time much less, so compare CPU figures between runs made at different times.
# Usage: [RUNS=3] bench/segment_bench.sh [ROWS=1000000] [BUILD_DIR=build]
# Target (issue 5): well under a second per count on a million contacts.
set -euo pipefail
rows=${1:-1000000}
here=$(cd "$(dirname "$0")/.." && pwd)
build=${2:-"$here/build"}
cli="$build/app/cli/tayori-cli"
[ -x "$cli" ] || { echo "build first: ./test.sh or scripts/bootstrap.sh" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
csv="$work/contacts.csv"
db="$work/segments.sqlite"

# A plan (custom field), tags and list memberships spread as a real list would have them.
/usr/bin/python3 - "$rows" "$csv" <<'PY'
import sys
rows, path = int(sys.argv[1]), sys.argv[2]
plans = ["gold", "silver", "bronze", "free"]
with open(path, "w", encoding="utf-8", newline="") as f:
    f.write("email,姓,名,plan,tags,lists\r\n")
    for i in range(rows):
        tags = ";".join(t for t, every in (("vip", 50), ("test", 200), ("展示会", 7)) if i % every == 0)
        lists = "newsletter" if i % 3 else "newsletter;seminar"
        f.write(f"user{i}@example{i % 97}.co.jp,山田,太郎{i % 100},{plans[i % 4]},{tags},{lists}\r\n")
PY
echo "importing $rows contacts… (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
start=$(date +%s.%N)
"$cli" --db "$db" import "$csv" --map tags=tags --map lists=lists --json > "$work/import.json"
printf 'import: %.1f s\n' "$(echo "$(date +%s.%N) - $start" | bc -l)"

runs=${RUNS:-3}
today=$(date +%Y-%m-%d)
while IFS= read -r expr; do
    best=""
    for run in $(seq "$runs"); do
        /usr/bin/time -f '%e %U %S' -o "$work/time" \
            "$cli" --db "$db" --json contacts count --segment "$expr" > "$work/count.json" 2> /dev/null
        count=$(/usr/bin/python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["count"])' "$work/count.json")
        read -r took user sys < <(tail -n 1 "$work/time")
        if [ -z "$best" ] || [ "$(echo "$took < $best" | bc -l)" = 1 ]; then
            best=$took
            cpu=$(echo "$user + $sys" | bc -l)
        fi
    done
    printf '%8.3f s  (cpu %6.3f s)  %8d  %s\n' "$best" "$cpu" "$count" "$expr"
done <<EXPRS
tag:vip
list:seminar
plan = gold
email ^ user1
created >= $today
list:newsletter AND (plan = gold OR tag:vip) AND NOT tag:test AND created >= 2026-04-01
EXPRS
