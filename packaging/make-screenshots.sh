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
shot() { sleep "${2:-0.6}"; import -window root "$out/$1"; }
# Light theme (View > Theme > Light) whatever the desktop's.
xdotool key alt+v t l
sleep 0.5
# Select a topic with code in the tree, then open an interview question found by search; Tab
# Tab takes the focus from the reader to the cards and Space shows the card's three parts.
xdotool key Home Down Down Down Down Down
sleep 0.3
xdotool key ctrl+k
sleep 0.3
xdotool type --delay 40 "decorators in python"
sleep 0.6
xdotool key Return
sleep 0.4
xdotool key Tab Tab space
shot cards.png
# Back (Alt+Left) to the topic with code and review it: grade a few cards so the progress view
# has data, then leave the next card's answer shown.
xdotool key alt+Left
sleep 0.3
xdotool key ctrl+r
sleep 0.3
for grade in 3 3 1 4 3 2 3; do
    xdotool key space
    sleep 0.15
    xdotool key "$grade"
    sleep 0.15
done
xdotool key space
shot main-window.png
xdotool key ctrl+shift+p
shot progress.png 1
xdotool key ctrl+shift+p
xdotool key alt+v t d
shot main-window-dark.png 1
xdotool key alt+v t s
sleep 0.3
kill "$pid"
echo "screenshots written to $out"
