#!/bin/sh
# Refreshes the translation sources from the code; run after changing user-visible strings.
set -eu
cd "$(dirname "$0")/.."
for ts in resources/translations/*.ts; do
    /usr/lib/qt6/bin/lupdate -no-obsolete app -ts "$ts"
done
