#!/usr/bin/env python3
"""Runs every runnable Python example of a guide and compares its output.

Each ```python block runs in a fresh interpreter in an empty folder; what it
prints must equal the ```output block that follows it (or be empty when none
follows). See guide/FORMAT.md, "Code examples".
"""
import argparse
import concurrent.futures
import glob
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

FENCE = re.compile(r"^( {0,3})(`{3,}|~{3,})(.*)$")


def fenced_blocks(path):
    """Yields (line, info, text) for each top-level fenced block."""
    lines = path.read_text(encoding="utf-8").splitlines()
    i = 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        indent, fence, info = len(m.group(1)), m.group(2), m.group(3).strip()
        start = i + 1
        body = []
        i += 1
        while i < len(lines):
            close = FENCE.match(lines[i])
            if close and close.group(2)[0] == fence[0] and len(close.group(2)) >= len(fence) \
                    and not close.group(3).strip():
                break
            line = lines[i]
            body.append(line[min(indent, len(line) - len(line.lstrip(" "))):])
            i += 1
        yield start, info, "\n".join(body) + ("\n" if body else ""), i
        i += 1


def examples(path):
    """Yields (line, info, code, expected_output_or_None)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    blocks = list(fenced_blocks(path))
    for n, (line, info, text, end) in enumerate(blocks):
        words = info.split(None, 1)
        if not words or words[0] != "python":
            continue
        expected = ""
        if n + 1 < len(blocks):
            nline, ninfo, ntext, _ = blocks[n + 1]
            between = lines[end + 1:nline - 1]
            if ninfo.split(None, 1)[:1] == ["output"] and all(not l.strip() for l in between):
                expected = ntext
        yield line, (words[1] if len(words) > 1 else ""), text, expected


def normalise(text):
    return "\n".join(l.rstrip() for l in text.rstrip().splitlines())


def run_one(python, code, timeout):
    env = dict(os.environ, PYTHONHASHSEED="0", MPLBACKEND="Agg", PYTHONDONTWRITEBYTECODE="1",
               PYTHONWARNINGS="ignore", NO_PROXY="*", http_proxy="http://127.0.0.1:9",
               https_proxy="http://127.0.0.1:9")
    with tempfile.TemporaryDirectory() as cwd:
        env["MPLCONFIGDIR"] = cwd
        try:
            p = subprocess.run([python, "-"], input=code, capture_output=True, text=True,
                               cwd=cwd, env=env, timeout=timeout)
        except subprocess.TimeoutExpired:
            return None, "timed out after %d s" % timeout
    return p.returncode, p.stdout + ("\n[stderr]\n" + p.stderr if p.returncode else "")


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("guide", nargs="+", type=Path)
    ap.add_argument("--python", default="/usr/bin/python3")
    ap.add_argument("--newer-python", action="append", default=[],
                    help="an interpreter for examples tagged min-python; found under pyenv and /usr/bin when not given")
    ap.add_argument("--timeout", type=int, default=60)
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()

    def version_of(python):
        out = subprocess.run([python, "-c", "import sys; print(*sys.version_info[:2])"],
                             capture_output=True, text=True, check=True).stdout.split()
        return tuple(int(v) for v in out)

    have = version_of(args.python)
    # Newer interpreters run the examples that need a newer Python than the main one, with the
    # standard library only; the main interpreter has the third-party packages.
    candidates = args.newer_python or sorted(
        glob.glob(os.path.expanduser("~/.pyenv/versions/3.*/bin/python3")) + glob.glob("/usr/bin/python3.1[2-9]"))
    newer = []
    for candidate in candidates:
        try:
            newer.append((version_of(candidate), candidate))
        except (OSError, subprocess.CalledProcessError):
            pass
    newer.sort()

    jobs = []
    files = []
    for root in args.guide:
        files += sorted(root.rglob("*.md")) if root.is_dir() else [root]
    for f in files:
        for line, flags, code, expected in examples(f):
            jobs.append((f, line, flags, code, expected))

    passed = failed = skipped = newer_runs = 0
    failures = []
    importable = {}

    def can_import(module):
        # Asked of the main interpreter once per module; examples run in parallel threads.
        if module not in importable:
            importable[module] = subprocess.run([args.python, "-c", "import " + module],
                                                capture_output=True).returncode == 0
        return importable[module]

    def work(job):
        f, line, flags, code, expected = job
        if flags.startswith("no-run"):
            reason = flags[len("no-run"):].lstrip(":").strip()
            return job, "skip" if reason else "fail", "no-run without a reason"
        needs = re.fullmatch(r"needs:\s*([A-Za-z_][\w.]*(?:\s*,\s*[A-Za-z_][\w.]*)*)\s*", flags)
        if needs:
            missing = [m for m in re.split(r"\s*,\s*", needs.group(1)) if not can_import(m)]
            if missing:
                return job, "skip", "needs %s, not installed here" % ", ".join(missing)
            flags = ""
        m = re.match(r"min-python:\s*(\d+)\.(\d+)", flags)
        python = args.python
        if m and have < (int(m.group(1)), int(m.group(2))):
            need = (int(m.group(1)), int(m.group(2)))
            python = next((path for version, path in newer if version >= need), None)
            if python is None:
                return job, "skip", "needs Python %s.%s" % m.groups()
        if flags and not m:
            return job, "fail", "unknown tag %r" % flags
        rc, out = run_one(python, code, args.timeout)
        if rc != 0:
            return job, "fail", "exit status %s\n%s" % (rc, out)
        if normalise(out) != normalise(expected):
            return job, "fail", "printed:\n%s\nexpected:\n%s" % (out.rstrip(), expected.rstrip())
        return job, "pass", "" if python == args.python else python

    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        for (f, line, flags, code, expected), verdict, detail in pool.map(work, jobs):
            where = "%s:%d" % (f, line)
            if verdict == "pass":
                passed += 1
                newer_runs += bool(detail)
                if args.verbose:
                    print("PASS", where, "(with %s)" % detail if detail else "")
            elif verdict == "skip":
                skipped += 1
                if args.verbose or "no-run" not in detail:
                    print("SKIP %s: %s" % (where, detail))
            else:
                failed += 1
                failures.append("FAIL %s: %s" % (where, detail))
    for f in failures:
        print(f)
    print("examples: %d passed, %d failed, %d skipped (Python %d.%d; %d run with a newer interpreter)"
          % (passed, failed, skipped, have[0], have[1], newer_runs))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
