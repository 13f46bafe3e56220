#!/bin/sh
# Installs the Debian packages Study Guide needs to build, run and test, picked for the release
# this machine runs (from /etc/os-release): Debian 12 (bookworm), Debian 13 (trixie), and
# testing or unstable (forky/sid). As root it installs what is missing; otherwise it prints the
# exact command to run with sudo.
# Usage: packaging/install-deps.sh [--print] [--examples-only]
#   --print          list the packages and do nothing else
#   --examples-only  only Python and the libraries the guide's examples use (no build tools)
set -eu

known="Debian 12 (bookworm), Debian 13 (trixie) and Debian testing/unstable (forky/sid)"

print=no
examples_only=no
for arg in "$@"; do
    case "$arg" in
        --print) print=yes ;;
        --examples-only) examples_only=yes ;;
        *) echo "install-deps: unknown option $arg (usage: install-deps.sh [--print] [--examples-only])" >&2; exit 2 ;;
    esac
done

ID="" VERSION_ID="" VERSION_CODENAME=""
if [ -r /etc/os-release ]; then
    . /etc/os-release
fi

# The same names on every release, except where a release renamed or split a package.
# clang, llvm and libclang-rt-dev are each release's default LLVM (14 on 12, 19 on 13), so the
# presets can name plain clang++.
python="python3 python3-numpy python3-scipy python3-pandas python3-matplotlib python3-pytest python3-flask"
case "$ID:$VERSION_CODENAME" in
    debian:bookworm)
        # Qt 6.4: libqt6svg6 carries the SVG icon engine and image format plugins itself.
        release_packages="libqt6opengl6-dev"
        ;;
    debian:trixie)
        # Qt 6.8 ships the SVG icon engine and image format plugins apart.
        release_packages="libqt6opengl6-dev qt6-svg-plugins"
        ;;
    debian:forky | debian:sid)
        # Qt 6.11: qt6-base-dev holds Qt OpenGL's headers (libqt6opengl6-dev is gone).
        release_packages="qt6-svg-plugins"
        ;;
    *)
        echo "install-deps: this is ${PRETTY_NAME:-an unknown system}, and install-deps knows only $known." >&2
        exit 1
        ;;
esac

if [ "$examples_only" = yes ]; then
    # Django runs the guide's Django examples (tagged `needs: django`); every known release has it.
    packages="$python python3-django"
else
    packages="
build-essential cmake ninja-build pkg-config
clang libclang-rt-dev llvm
qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-charts-dev qt6-svg-dev
qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
libcmark-gfm-dev libcmark-gfm-extensions-dev libgumbo-dev libyaml-cpp-dev libsource-highlight-dev libsqlite3-dev libfontconfig-dev
$python
xvfb xauth xdotool tzdata fonts-noto-color-emoji
syncthing
dpkg-dev lintian desktop-file-utils appstream man-db
$release_packages
"
fi

if [ "$print" = yes ]; then
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
    echo "install-deps: every package is installed ($PRETTY_NAME)"
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    echo "install-deps: these Debian packages are missing. Run:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends$missing" >&2
    exit 1
fi

echo "install-deps: installing for $PRETTY_NAME:$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing
