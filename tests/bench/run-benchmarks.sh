#!/bin/sh
# Builds the release preset and prints every benchmark as one table.
# Usage: tests/bench/run-benchmarks.sh   (from the top of the repository)
set -eu
cd "$(dirname "$0")/../.."
cmake --preset release >/dev/null
cmake --build --preset release --target studyguide bench_floor_window bench_core >/dev/null
bin=build/release
tools=../shared/tools/first-window.sh
[ -x "$tools" ] || tools=tests/bench/first-window.sh

echo "| benchmark | input | result | detail |"
echo "| --- | --- | --- | --- |"
floor=$("$tools" -n 9 -- "$bin/tests/bench/bench_floor_window")
app=$("$tools" -n 9 -- "$bin/app/studyguide")
echo "$floor" | awk '{printf "| first window: bare Qt window (floor) | 9 launches | median %s ms (min %s, max %s) | %s MB resident |\n", $1, $2, $3, $4}'
echo "$app" | awk '{printf "| first window: studyguide, bundled guide | 9 launches | median %s ms (min %s, max %s) | %s MB resident |\n", $1, $2, $3, $4}'
f=$(echo "$floor" | cut -d' ' -f1); a=$(echo "$app" | cut -d' ' -f1)
echo "| launch ratio | app / floor | $(awk -v a="$a" -v f="$f" 'BEGIN{printf "%.2f", a/f}') | target at most 1.25 |"
for n in 100 1000 10000 50000; do
    "$bin/tests/bench/bench_core" guide "$n"
done
"$bin/tests/bench/bench_core" search 10000
"$bin/tests/bench/bench_core" grades 500
