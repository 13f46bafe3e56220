#!/bin/sh
# Builds the release preset and prints every benchmark as one table.
# Usage: tests/bench/run-benchmarks.sh   (from the top of the repository)
set -eu
cd "$(dirname "$0")/../.."
cmake --preset release >/dev/null
cmake --build --preset release --target studyguide bench_floor_window bench_core bench_reader bench_sync >/dev/null
bin=build/release
tools=../shared/tools/first-window.sh
[ -x "$tools" ] || tools=tests/bench/first-window.sh

echo "| benchmark | input | result | detail |"
echo "| --- | --- | --- | --- |"
# One X server for every launch, which does not reset when its last client leaves: one that
# resets (as the server first-window.sh starts for each launch does) can refuse a launch that
# connects meanwhile, and that launch dies without a window.
if [ -z "${DISPLAY:-}" ]; then
    Xvfb :96 -screen 0 1600x1000x24 -nolisten tcp -noreset >/dev/null 2>&1 &
    xvfb=$!
    trap 'kill $xvfb' EXIT
    export DISPLAY=:96
    sleep 1
fi
# Floor and app launch in turn, so that a machine that speeds up or slows down during the run
# affects both alike; each figure is the median of its launches.
# The bundled guide opens from the snapshot the build saved of it; the same guide opened as a
# folder (--guide) is read from its Markdown, as any guide of the user's is.
runs=25
floors=""; apps=""; folders=""
for i in $(seq 1 "$runs"); do
    # A launch that shows no window prints no figures and is left out of the medians.
    floors="$floors$("$tools" -n 1 -- "$bin/tests/bench/bench_floor_window" || true)
"
    apps="$apps$("$tools" -n 1 -- "$bin/app/studyguide" || true)
"
    folders="$folders$("$tools" -n 1 -- "$bin/app/studyguide" --guide "$PWD/guide/python-interview" || true)
"
done
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
summary() { # median, min and max time, median resident MB and count of first-window.sh lines
    lines=$(printf '%s' "$1" | grep -E '^[0-9]+ ')
    times=$(printf '%s\n' "$lines" | cut -d' ' -f1)
    echo "$(printf '%s\n' "$times" | median) $(printf '%s\n' "$times" | sort -n | head -1)" \
         "$(printf '%s\n' "$times" | sort -n | tail -1) $(printf '%s\n' "$lines" | cut -d' ' -f4 | median)" \
         "$(printf '%s\n' "$lines" | wc -l)"
}
row() { # LABEL SUMMARY: one launch row of the table
    echo "$2" | awk -v label="$1" '{printf "| first window: %s | %s launches | median %s ms (min %s, max %s) | %s MB resident |\n", label, $5, $1, $2, $3, $4}'
}
ratio() { # LABEL INPUT SUMMARY NOTE: the SUMMARY's median over the floor's
    awk -v label="$1" -v input="$2" -v a="$(echo "$3" | cut -d' ' -f1)" -v f="$(echo "$floor" | cut -d' ' -f1)" -v note="$4" \
        'BEGIN{printf "| %s | %s | %.2f | %s |\n", label, input, a/f, note}'
}
floor=$(summary "$floors"); app=$(summary "$apps"); folder=$(summary "$folders")
row "bare Qt window (floor)" "$floor"
row "studyguide, bundled guide" "$app"
row "studyguide, same guide as a folder (--guide)" "$folder"
ratio "launch ratio" "app / floor, launched in turn" "$app" "target at most 1.25"
ratio "launch ratio, guide as a folder" "app --guide / floor" "$folder" "for comparison; the target is for the bundled guide"
for n in 100 1000 10000 50000; do
    "$bin/tests/bench/bench_core" guide "$n"
done
"$bin/tests/bench/bench_core" search 10000
"$bin/tests/bench/bench_core" grades 500
QT_QPA_PLATFORM=offscreen "$bin/tests/bench/bench_reader" topics guide/python-interview
QT_QPA_PLATFORM=offscreen "$bin/tests/bench/bench_reader" readme
QT_QPA_PLATFORM=offscreen "$bin/tests/bench/bench_reader" --shown topics guide/python-interview
QT_QPA_PLATFORM=offscreen "$bin/tests/bench/bench_reader" --shown readme
"$bin/tests/bench/bench_sync" 100000 5
