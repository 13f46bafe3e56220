#!/usr/bin/python3
"""Checks that packaging/test-on-debian.sh meets bad input with one clear sentence and a non-zero
exit: an unknown release, option or compiler, a mirror it cannot reach, and a system root left
half-made by an interrupted run. The last two need root, debootstrap and curl (they make no root:
the mirror is a local port that refuses connections); without them they are skipped and said so.

Usage: check_debian_script.py SOURCE_DIR
Exit status 0 when everything holds, 1 otherwise (each problem is printed)."""

import os
import shutil
import socket
import subprocess
import sys
import tempfile

from checker import Checker


def run(script, args, env=None):
    proc = subprocess.run(["bash", script] + args, capture_output=True, text=True, timeout=120,
                          env=dict(os.environ, LC_ALL="C.UTF-8", **(env or {})))
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    print(f"$ test-on-debian.sh {' '.join(args)}\n{proc.stderr.strip() or '(no output)'}\nexit {proc.returncode}\n")
    return proc.returncode, lines


def expect_refusal(c, script, args, words, env=None):
    """The run stops with a non-zero exit, and its last line is one sentence holding `words`."""
    code, lines = run(script, args, env)
    what = "test-on-debian.sh " + " ".join(args)
    c.expect(code != 0, f"{what} exited 0")
    last = lines[-1] if lines else ""
    c.expect(last.startswith("test-on-debian: ") and last.endswith("."),
             f"{what} did not end with one sentence of its own: {last!r}")
    c.expect(words in last, f"{what} did not say {words!r}: {last!r}")
    return lines


def refused_port():
    """A local address that refuses connections: bound, never listening."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    return sock, sock.getsockname()[1]


def main():
    source_dir = sys.argv[1]
    script = os.path.join(source_dir, "packaging", "test-on-debian.sh")
    c = Checker()

    expect_refusal(c, script, ["jessie"], "unknown release 'jessie'")
    expect_refusal(c, script, ["jessie"], "trixie (13)")
    expect_refusal(c, script, [], "no release given")
    expect_refusal(c, script, ["trixie", "--fast"], "unknown option --fast")
    expect_refusal(c, script, ["trixie", "--compiler", "icc"], "unknown compiler 'icc'")
    expect_refusal(c, script, ["trixie", "--compiler"], "--compiler needs a value")
    expect_refusal(c, script, ["trixie", "--label", "core;rm"], "unknown label")
    expect_refusal(c, script, ["sid", "--examples-only", "--compiler", "clang"], "builds nothing")

    needs = [tool for tool in ["debootstrap", "curl", "chroot", "flock"] if not shutil.which(tool)]
    if os.geteuid() != 0 or needs:
        print("SKIP: the unreachable mirror and the half-made root need root and "
              + (", ".join(needs) if needs else "are run as root only"))
        return c.report("test-on-debian.sh on bad input")

    sock, port = refused_port()
    with sock, tempfile.TemporaryDirectory() as cache:
        env = {"STUDYGUIDE_DEBIAN_CACHE": cache,
               "STUDYGUIDE_DEBIAN_MIRROR": f"http://127.0.0.1:{port}/debian",
               "STUDYGUIDE_SOURCE": source_dir}
        root = os.path.join(cache, "trixie", "root")
        expect_refusal(c, script, ["trixie"], "cannot reach", env)
        c.expect(not os.path.exists(root), "an unreachable mirror left a system root behind")

        # What an interrupted debootstrap leaves: a root with no `ready` mark beside it.
        os.makedirs(os.path.join(root, "etc"))
        lines = expect_refusal(c, script, ["trixie"], "cannot reach", env)
        c.expect(any("half-made" in line for line in lines), "the half-made root was not named as such")
        c.expect(not os.path.exists(root), "the half-made root was kept")
    return c.report("test-on-debian.sh on bad input")


if __name__ == "__main__":
    sys.exit(main())
