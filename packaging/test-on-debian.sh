#!/bin/bash
# Builds Study Guide and runs its whole test suite inside a clean Debian system root, so that a
# Debian 12 machine can prove the code on Debian 13 or unstable too. The root is made once with
# debootstrap from the package registry and kept in a cache; each run copies in the source tree
# this script belongs to (uncommitted changes included), installs what packaging/install-deps.sh
# asks for, builds with the release's GCC, runs the suite (which also builds the .deb and checks
# it with the release's lintian, desktop-file-validate and appstreamcli). --compiler clang builds
# with the release's clang instead.
#
# Usage: packaging/test-on-debian.sh RELEASE [--compiler gcc|clang] [--label LABEL] [--examples-only]
#   RELEASE          bookworm (12), trixie (13), forky (testing) or sid (unstable)
#   --compiler       the release's GCC (the dev preset, the default) or its clang (the clang preset)
#   --label LABEL    build everything but run only the tests with that ctest label (e.g. core)
#   --examples-only  install Python and its libraries only and run the guide's Python examples,
#                    in a root of its own (RELEASE-examples in the cache)
# Environment:
#   STUDYGUIDE_SOURCE        the tree to test (default: the tree holding this script)
#   STUDYGUIDE_DEBIAN_CACHE  where system roots are kept (default: /var/cache/studyguide-debian)
#   STUDYGUIDE_DEBIAN_MIRROR the Debian mirror (default: http://deb.debian.org/debian)
# Needs root (debootstrap, chroot, mount); installs debootstrap and curl on the host when missing.
set -euo pipefail

# Everything is in main, so bash has read the whole script before it runs any of it: a run keeps
# working while the file is edited or checked out anew.
main() {

    say() { echo "test-on-debian: $*" >&2; }
    die() {
        say "$*"
        exit 1
    }

    usage="usage: packaging/test-on-debian.sh RELEASE [--compiler gcc|clang] [--label LABEL] [--examples-only]"
    release=""
    examples_only=no
    compiler=gcc
    label=""
    while [ $# -gt 0 ]; do
        case "$1" in
            --examples-only) examples_only=yes ;;
            --compiler | --label)
                [ $# -ge 2 ] || die "$1 needs a value ($usage)."
                [ "$1" = --compiler ] && compiler=$2 || label=$2
                shift
                ;;
            --compiler=*) compiler=${1#--compiler=} ;;
            --label=*) label=${1#--label=} ;;
            -h | --help)
                echo "$usage"
                exit 0
                ;;
            -*) die "unknown option $1 ($usage)." ;;
            *)
                [ -z "$release" ] || die "one release at a time ($usage)."
                release=$1
                ;;
        esac
        shift
    done
    # Each compiler has a CMake preset of its own, and so a build folder of its own in the root.
    case "$compiler" in
        gcc) preset=dev ;;
        clang) preset=clang ;;
        *) die "unknown compiler '$compiler': this script builds with gcc or clang." ;;
    esac
    [[ "$label" =~ ^[A-Za-z0-9_-]*$ ]] || die "unknown label '$label': a ctest label is letters, digits, - and _."
    if [ "$examples_only" = yes ] && { [ "$compiler" != gcc ] || [ -n "$label" ]; }; then
        die "--examples-only builds nothing, so it takes no --compiler or --label."
    fi
    case "$release" in
        12 | bookworm) release=bookworm ;;
        13 | trixie) release=trixie ;;
        testing | forky) release=forky ;;
        unstable | sid) release=sid ;;
        "") die "no release given ($usage)." ;;
        *) die "unknown release '$release': this script knows bookworm (12), trixie (13), forky (testing) and sid (unstable)." ;;
    esac

    [ "$(id -u)" -eq 0 ] || die "needs root, to make the system root and run in it (try: sudo $0 $*)."
    # debootstrap and curl are this script's own needs, not the project's: fetch them if missing.
    if ! command -v debootstrap >/dev/null || ! command -v curl >/dev/null; then
        say "installing debootstrap and curl on this machine"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap curl >/dev/null ||
            die "needs debootstrap and curl on this machine, and apt-get could not install them."
    fi
    for tool in chroot mount flock tar; do
        command -v "$tool" >/dev/null || die "needs $tool on this machine."
    done

    script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
    source_dir=${STUDYGUIDE_SOURCE:-$(dirname "$script_dir")}
    [ -f "$source_dir/tests/content/run_examples.py" ] || die "$source_dir is not a Study Guide source tree."
    source_dir=$(cd "$source_dir" && pwd)
    mirror=${STUDYGUIDE_DEBIAN_MIRROR:-http://deb.debian.org/debian}
    # Runs of the examples alone keep a small root of their own, so they never wait for a full build.
    cache=${STUDYGUIDE_DEBIAN_CACHE:-/var/cache/studyguide-debian}/$release
    [ "$examples_only" = yes ] && cache=$cache-examples
    root=$cache/root
    ready=$cache/ready # written only once debootstrap and apt have both finished
    mkdir -p "$cache"

    # One run at a time in a root: a second run waits for the first.
    exec 9>"$cache/lock"
    if ! flock -n 9; then
        say "another run is using $root; waiting for it to finish"
        flock 9
    fi

    mounted=()
    unmount_all() {
        local i
        for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
            umount -R "${mounted[i]}" 2>/dev/null || umount -lR "${mounted[i]}" 2>/dev/null || true
        done
        mounted=()
    }
    trap unmount_all EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM

    # Anything still mounted under the root (a run killed with SIGKILL) is let go before we touch it.
    release_stale_mounts() {
        local m
        for m in $(awk -v r="$root/" 'index($2, r) == 1 { print $2 }' /proc/mounts | sort -r); do
            umount -lR "$m" 2>/dev/null || true
        done
    }

    in_root() {
        chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
            LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=dumb DEBIAN_FRONTEND=noninteractive QT_QPA_PLATFORM=offscreen \
            CCACHE_DIR=/var/cache/ccache "$@"
    }

    make_root() {
        say "making a $release system root in $root (debootstrap from $mirror; a few minutes)"
        curl -fsS -o /dev/null --max-time 30 "$mirror/dists/$release/Release" ||
            die "cannot reach $mirror/dists/$release/Release, so no $release system root can be made."
        local script=$release
        # An older debootstrap may not know the newest codename; testing is made like unstable.
        [ -e "/usr/share/debootstrap/scripts/$release" ] || script=/usr/share/debootstrap/scripts/sid
        debootstrap --variant=minbase "$release" "$root" "$mirror" "$script" >"$cache/debootstrap.log" 2>&1 ||
            die "debootstrap of $release failed (see $cache/debootstrap.log); the half-made root will be made again next time."
        configure_apt
    }

    configure_apt() {
        # Testing and unstable Release files expire within a week, and a mirror that lags behind
        # serves them past their date; the signatures are still checked.
        case $release in
            sid | forky) echo 'Acquire::Check-Valid-Until "false";' >"$root/etc/apt/apt.conf.d/90studyguide-valid-until" ;;
        esac
        cat >"$root/etc/apt/apt.conf.d/90studyguide" <<'EOF'
APT::Install-Recommends "false";
Acquire::Retries "3";
Dpkg::Use-Pty "false";
EOF
        # Nothing installed here starts a service.
        printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
        chmod 755 "$root/usr/sbin/policy-rc.d"
    }

    release_stale_mounts
    if [ -d "$root" ] && [ ! -e "$ready" ]; then
        say "the $release system root in $root was left half-made by an interrupted run; making it again"
        rm -rf --one-file-system "$root"
    fi
    if [ ! -d "$root" ]; then
        rm -f "$ready"
        make_root
    fi

    mount -t proc proc "$root/proc"
    mounted+=("$root/proc")
    mount --rbind /dev "$root/dev"
    mount --make-rslave "$root/dev"
    mounted+=("$root/dev")
    cp -L /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true

    if [ ! -e "$ready" ]; then
        in_root apt-get update -qq ||
            die "apt-get update in the $release root failed: $mirror cannot be reached or its lists are broken."
        touch "$ready"
    fi
    # An install that was cut short leaves dpkg half-done: finish it, or say the root is damaged.
    if [ -n "$(in_root dpkg --audit 2>/dev/null)" ]; then
        say "finishing an install that an interrupted run left half-done"
        in_root dpkg --configure -a ||
            die "the $release root in $root is damaged (dpkg cannot finish); delete that folder and run again."
    fi

    # The tree under test, as git sees it (tracked and new files, uncommitted edits included), or
    # the whole folder when it is not a git checkout. Build folders are kept between runs.
    dest=$root/src/studyguide
    mkdir -p "$dest"
    find "$dest" -mindepth 1 -maxdepth 1 ! -name build -exec rm -rf {} +
    if git -C "$source_dir" rev-parse --show-toplevel >/dev/null 2>&1; then
        (cd "$source_dir" && git -c safe.directory='*' ls-files -z --cached --others --exclude-standard |
            while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done |
            tar --null -T - -cf -) | tar -xf - -C "$dest"
    else
        tar -C "$source_dir" --exclude=./build --exclude=.git -cf - . | tar -xf - -C "$dest"
    fi
    say "testing $source_dir on $release"

    apt_update_if_old() {
        # Lists older than a day are refreshed, so a cached root installs what the mirror has now.
        if [ -z "$(find "$root/var/lib/apt/lists" -maxdepth 1 -name '*_Packages*' -mmin -1440 2>/dev/null | head -1)" ]; then
            in_root apt-get update -qq || die "apt-get update in the $release root failed: $mirror cannot be reached."
        fi
    }
    apt_update_if_old

    if [ "$examples_only" = yes ]; then
        in_root sh -c 'cd /src/studyguide && packaging/install-deps.sh --examples-only' ||
            die "installing the Python packages in the $release root failed."
        in_root python3 - <<'EOF'
import platform
from importlib import metadata
versions = ["Python " + platform.python_version()]
for name in ["NumPy", "SciPy", "pandas", "Matplotlib", "Flask", "pytest", "Django"]:
    try:
        versions.append(name + " " + metadata.version(name))
    except metadata.PackageNotFoundError:
        versions.append(name + " missing")
print(", ".join(versions))
EOF
        in_root python3 /src/studyguide/tests/content/run_examples.py --python /usr/bin/python3 \
            /src/studyguide/guide/python-interview
        exit $?
    fi

    # The examples' packages too (Django), so that the suite's guide_examples runs every example it can.
    in_root sh -c 'cd /src/studyguide && packaging/install-deps.sh && packaging/install-deps.sh --examples-only' || die "installing the build packages in the $release root failed."
    in_root sh -c 'command -v ccache >/dev/null || apt-get install -y -qq ccache' >/dev/null || say "no ccache: building from scratch"
    in_root sh -c 'echo "Qt $(dpkg-query -W -f="\${Version}" qt6-base-dev), $(gcc --version | head -1), $(clang --version | head -1), $(python3 --version)"'

    export_launcher='export CMAKE_CXX_COMPILER_LAUNCHER=$(command -v ccache || true)'
    ctest_filter=""
    [ -z "$label" ] || ctest_filter="-L '^$label\$'"
    status=0
    in_root sh -c "$export_launcher; cd /src/studyguide &&
        cmake --preset $preset && nice -n 5 cmake --build --preset $preset && ctest --preset $preset $ctest_filter" || status=$?
    what="$release with $compiler${label:+ (tests labelled $label)}"
    [ "$status" -eq 0 ] && say "$what: every test passed" || say "$what: the build or a test failed (exit $status)"
    exit "$status"
}

main "$@"
exit
