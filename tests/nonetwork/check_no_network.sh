#!/bin/sh
# Runs studyguide under the NoNetwork library and fails if it tries to reach the network.
# Usage: check_no_network.sh STUDYGUIDE LIBNONETWORK PROBE GUIDE-DIR
#
# First it shows that the library catches a deliberate attempt (so this test can fail), then it
# checks that the binary does not link Qt Network, then it runs --validate, --dump,
# --export-progress and a short GUI session (offscreen; STUDYGUIDE_QUIT_AFTER_MS ends it).
set -u
app=$1 shim=$2 probe=$3 guide=$4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache"
export XDG_RUNTIME_DIR="$work/runtime" QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
failed=0

fail() { echo "FAIL: $*"; failed=1; }

# Runs "$@" with the library; the attempts go to $work/$name.log.
guarded() {
    name=$1; shift
    : > "$work/$name.log"
    rm -f "$work/$name.loaded"
    LD_PRELOAD="$shim" STUDYGUIDE_NONETWORK_LOG="$work/$name.log" STUDYGUIDE_NONETWORK_LOADED="$work/$name.loaded" \
        timeout 120 "$@"
    status=$?
    [ -s "$work/$name.loaded" ] || fail "$name: the library was not loaded, so nothing was checked"
    return $status
}

# 1. The library must catch a deliberate connect, sendto and name lookup, and let AF_UNIX through.
guarded probe "$probe" || fail "the probe's network calls were not all refused"
for call in connect sendto getaddrinfo; do
    grep -q "^$call " "$work/probe.log" || fail "the library did not record the probe's $call"
done
echo "self-check: the library recorded $(wc -l < "$work/probe.log") deliberate attempts:"
sed 's/^/  /' "$work/probe.log"

# 2. The app does not even link the networking module.
if ldd "$app" | grep -q 'libQt6Network'; then
    fail "$app links libQt6Network"
    ldd "$app" | grep Network
fi

# 3. Real runs, each of which must make no attempt at all.
check() {
    name=$1 expected=$2; shift 2
    guarded "$name" "$@" > "$work/$name.out" 2>&1
    status=$?
    [ "$status" -eq "$expected" ] || { fail "$name exited $status, not $expected"; tail -20 "$work/$name.out"; }
    if [ -s "$work/$name.log" ]; then
        fail "$name tried to reach the network:"
        cat "$work/$name.log"
    else
        echo "$name: no network attempts"
    fi
}
check validate 0 "$app" --validate "$guide"
check dump 0 "$app" --dump "$guide"
check export-progress 0 "$app" --data-dir "$work/data-cli" --export-progress "$work/progress.json"
STUDYGUIDE_QUIT_AFTER_MS=3000 check gui 0 "$app" --data-dir "$work/data-gui" --guide "$guide"
# Closing the window saves its layout, so this shows the GUI came up and quit normally.
[ -s "$work/data-gui/settings.ini" ] || fail "the GUI run did not close its window normally"

[ "$failed" -eq 0 ] && echo "PASS: no network attempts"
exit "$failed"
