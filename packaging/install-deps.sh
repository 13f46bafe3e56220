#!/bin/sh
# Installs the Debian 12 packages Study Guide needs to build, run and test.
# As root it installs what is missing; otherwise it prints the exact command to run with sudo.
# Usage: packaging/install-deps.sh [--print]   (--print lists the packages and does nothing else)
set -eu

packages="
build-essential cmake ninja-build pkg-config
clang-14 libclang-rt-14-dev llvm-14
qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-charts-dev qt6-svg-dev
qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev libqt6opengl6-dev
libcmark-gfm-dev libcmark-gfm-extensions-dev libyaml-cpp-dev libsource-highlight-dev libsqlite3-dev libfontconfig-dev
python3 python3-numpy python3-scipy python3-pandas python3-matplotlib python3-pytest python3-flask
xvfb xauth xdotool
syncthing
dpkg-dev lintian desktop-file-utils appstream man-db
"

if [ "${1:-}" = "--print" ]; then
    echo $packages
    exit 0
fi

missing=""
for p in $packages; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    case "$status" in
        *" installed") ;;
        *) missing="$missing $p" ;;
    esac
done

if [ -z "$missing" ]; then
    echo "install-deps: every package is installed"
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    echo "install-deps: these Debian packages are missing. Run:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends$missing" >&2
    exit 1
fi

echo "install-deps: installing$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing
