#!/bin/sh
# Takes the README's screenshots from the real app under Xvfb.
# Usage: packaging/make-screenshots.sh [path/to/studyguide]   (default: build/release/app/studyguide)
set -eu
cd "$(dirname "$0")/.."
app=${1:-build/release/app/studyguide}
out=resources/screenshots
data=$(mktemp -d)
display=:${SCREENSHOT_DISPLAY:-91}
Xvfb "$display" -screen 0 1400x860x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; rm -rf "$data"' EXIT
sleep 1
export DISPLAY=$display HOME=$data XDG_CONFIG_HOME=$data/config XDG_DATA_HOME=$data/data XDG_RUNTIME_DIR=$data
"$app" --data-dir "$data/study" >/dev/null 2>&1 &
pid=$!
for _ in $(seq 1 100); do
    xdotool search --onlyvisible --pid "$pid" >/dev/null 2>&1 && break
    sleep 0.1
done
window=$(xdotool search --onlyvisible --pid "$pid" | head -1)
xdotool windowmove "$window" 0 0 windowsize "$window" 1400 860
xdotool windowfocus --sync "$window"
sleep 0.5
# Open a topic with code, then start a review and show the first card's answer.
xdotool key Home Down Down Down Down Down
sleep 0.3
xdotool key ctrl+r
sleep 0.3
xdotool key space
sleep 0.5
import -window root "$out/main-window.png"
xdotool key ctrl+shift+p
sleep 0.8
import -window root "$out/progress.png"
kill "$pid"
echo "screenshots written to $out"
