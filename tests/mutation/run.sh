#!/bin/bash
# Mutation check: puts one small bug at a time into the core (each line of mutations.txt),
# rebuilds incrementally, runs the tests that should notice, and puts the file back. Prints
# which mutants the tests caught, the score and the survivors. Not part of .ci/run: it takes
# tens of minutes. Every file is restored on exit, on failure and on Ctrl+C, from copies taken
# before it is touched (no git stash, so uncommitted work is never at risk).
#
#   tests/mutation/run.sh [LIST]     LIST defaults to tests/mutation/mutations.txt
#
# Environment: BUILD_DIR (default build/mutation, a build of its own so that no other build sees
# a mutated file; configured like the dev preset on first use), TEST_TIMEOUT (seconds per
# test, default 120; a mutant that hangs a test counts as caught), ONLY (a regular expression:
# run only the mutations whose line matches it).
#
# Each mutation line is   FILE @@ FIND @@ REPLACE [@@ TESTS]
#   FILE     a path from the top of the repository
#   FIND     text that must occur exactly once in FILE, on one line
#   REPLACE  what replaces it
#   TESTS    the CTest tests to build and run, separated by spaces; without it, the tests
#            labelled "core" and "cli"
# A comment "# EQUIVALENT: why" just before a mutation says it cannot change behaviour; if it
# survives it is left out of the score, and if it is caught the claim is reported as wrong.
set -u

top=$(cd "$(dirname "$0")/../.." && pwd)
list=${1:-$top/tests/mutation/mutations.txt}
build=${BUILD_DIR:-$top/build/mutation}
timeout=${TEST_TIMEOUT:-120}
only=${ONLY:-}
cd "$top" || exit 2
if [ ! -f "$build/CMakeCache.txt" ]; then
    # The dev preset's settings, in a directory of its own; ccache keeps the rebuilds short.
    launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSTUDYGUIDE_WERROR=ON "${launcher[@]}" >/dev/null \
        || { echo "mutation: could not configure $build" >&2; exit 2; }
fi

work=$(mktemp -d)
touched=()

restore() {
    local f
    for f in "${touched[@]}"; do
        # A plain copy gives the file a new time stamp, so the next build compiles it again.
        cp "$work/orig/$f" "$top/$f"
    done
    touched=()
}
finish() {
    restore
    rm -rf "$work"
}
trap finish EXIT
trap 'echo; echo "mutation: interrupted, files restored"; exit 130' INT TERM HUP

# Configure again so that CTest knows every test and label of the current tree.
cmake -S "$top" -B "$build" >/dev/null || exit 2
default_tests=$(ctest --test-dir "$build" -N -L '^(core|cli)$' | sed -n 's/^ *Test *#[0-9]*: //p' | tr '\n' ' ')
[ -n "$default_tests" ] || { echo "mutation: no tests labelled core or cli in $build" >&2; exit 2; }

targets_for() {
    # Test names are their executables' target names; the command line test also runs the app.
    local t out=""
    for t in $1; do
        out="$out ${t%%_tz_*}"
        [ "$t" = tst_commandline ] && out="$out studyguide"
    done
    echo "$out"
}

build_targets() {
    nice -n 10 cmake --build "$build" -j2 --target $(targets_for "$1") >"$work/build.log" 2>&1
}

run_tests() {
    local regex
    regex="^($(echo "$1" | xargs | tr ' ' '|'))\$"
    nice -n 10 ctest --test-dir "$build" -R "$regex" --stop-on-failure --timeout "$timeout" >"$work/test.log" 2>&1
}

# Parse the list into fields, one mutation per record.
mapfile -t mutations < <(python3 - "$list" <<'PY'
import sys
equivalent = ""
for number, raw in enumerate(open(sys.argv[1], encoding="utf-8"), 1):
    line = raw.rstrip("\n")
    stripped = line.strip()
    if stripped.startswith("# EQUIVALENT:"):
        equivalent = stripped[len("# EQUIVALENT:"):].strip()
        continue
    if not stripped or stripped.startswith("#"):
        continue
    fields = [f.strip() for f in line.split(" @@ ")]
    if len(fields) not in (3, 4):
        sys.exit(f"{sys.argv[1]}:{number}: expected FILE @@ FIND @@ REPLACE [@@ TESTS]")
    if len(fields) == 3:
        fields.append("")
    print("\x1f".join([str(number)] + fields + [equivalent]))
    equivalent = ""
PY
) || exit 2

echo "mutation: baseline build and tests"
all_tests="$default_tests"
for m in "${mutations[@]}"; do
    IFS=$'\x1f' read -r _ _ _ _ tests _ <<<"$m"
    all_tests="$all_tests $tests"
done
all_tests=$(echo "$all_tests" | tr ' ' '\n' | sed '/^$/d' | sort -u | tr '\n' ' ')
if ! build_targets "$all_tests" || ! run_tests "$all_tests"; then
    echo "mutation: the unmutated code does not build or pass; see below" >&2
    tail -30 "$work/build.log" "$work/test.log" >&2
    exit 2
fi

killed=0 survived=0 unbuilt=0 equivalent=0 wrongly_equivalent=0 total=0
survivors=()
start=$(date +%s)
for m in "${mutations[@]}"; do
    IFS=$'\x1f' read -r number file find replace tests why <<<"$m"
    [ -n "$only" ] && ! grep -qE -- "$only" <<<"$file @@ $find @@ $replace" && continue
    [ -n "$tests" ] || tests="$default_tests"
    total=$((total + 1))
    label="$file:$number  $find  ->  $replace"
    if [ ! -f "$work/orig/$file" ]; then
        mkdir -p "$work/orig/$(dirname "$file")"
        cp -p "$file" "$work/orig/$file"
    fi
    touched=("$file")
    if ! python3 - "$file" "$find" "$replace" <<'PY'; then
import sys
path, find, replace = sys.argv[1:4]
text = open(path, encoding="utf-8").read()
count = text.count(find)
if count != 1 or "\n" in find:
    sys.exit(f"'{find}' occurs {count} times in {path}")
open(path, "w", encoding="utf-8").write(text.replace(find, replace))
PY
        echo "INVALID    $label"
        restore
        unbuilt=$((unbuilt + 1))
        continue
    fi
    t0=$(date +%s)
    if ! build_targets "$tests"; then
        verdict="NO BUILD"
        unbuilt=$((unbuilt + 1))
    elif run_tests "$tests"; then
        if [ -n "$why" ]; then
            verdict="EQUIVALENT"
            equivalent=$((equivalent + 1))
        else
            verdict="SURVIVED"
            survived=$((survived + 1))
            survivors+=("$label")
        fi
    else
        verdict="caught"
        killed=$((killed + 1))
        if [ -n "$why" ]; then
            wrongly_equivalent=$((wrongly_equivalent + 1))
            verdict="caught (marked equivalent: wrongly)"
        fi
        failed=$(sed -n 's/^.*- \(tst_[A-Za-z0-9_]*\) (\(Failed\|Timeout\|SEGFAULT\|Subprocess aborted\|Exception\).*$/\1/p' "$work/test.log" | head -3 | tr '\n' ' ')
        verdict="$verdict by ${failed:-a test}"
    fi
    restore
    printf '%-10s %s  (%ss)\n' "$verdict" "$label" "$(($(date +%s) - t0))"
done

# Leave the build as the code is: compile the restored files once more.
build_targets "$all_tests" || echo "mutation: warning: rebuilding the restored code failed" >&2

scored=$((killed + survived))
echo
echo "mutation: $total mutants, $killed caught, $survived survived, $equivalent equivalent," \
     "$unbuilt did not build or apply, in $(($(date +%s) - start)) s"
if [ "$scored" -gt 0 ]; then
    echo "mutation: score $((100 * killed / scored)) % ($killed of $scored, equivalent mutants left out)"
fi
[ "$wrongly_equivalent" -eq 0 ] || echo "mutation: $wrongly_equivalent mutants marked equivalent were caught"
if [ "${#survivors[@]}" -gt 0 ]; then
    echo "mutation: survivors:"
    printf '  %s\n' "${survivors[@]}"
fi
[ "$survived" -eq 0 ]
