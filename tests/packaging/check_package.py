#!/usr/bin/python3
"""Builds the Debian package with CPack, checks it with lintian, unpacks it and runs the
packaged binary.

Usage: check_package.py CPACK BUILD_DIR APP_ID VERSION
Exit status 0 when the package is sound, 1 when it is not, 77 (skipped) when cpack or lintian
is missing. Lintian errors fail the test; its warnings are printed and allowed."""

import os
import shutil
import stat
import subprocess
import sys
import tempfile

from checker import Checker

SKIP = 77
# What shlibdeps cannot see, so Packaging.cmake names it.
RUNTIME_DEPENDS = ["libqt6sql6-sqlite", "qt6-qpa-plugins", "libsource-highlight-common"]


def run(args, **kwargs):
    print("$ " + " ".join(args), flush=True)
    return subprocess.run(args, capture_output=True, text=True, **kwargs)


def build_deb(cpack, build_dir, out_dir):
    proc = run([cpack, "-G", "DEB", "--config", os.path.join(build_dir, "CPackConfig.cmake"), "-B", out_dir],
               cwd=build_dir)
    print(proc.stdout + proc.stderr)
    if proc.returncode != 0:
        return None
    debs = [f for f in os.listdir(out_dir) if f.endswith(".deb")]
    return os.path.join(out_dir, debs[0]) if len(debs) == 1 else None


def check_lintian(c, lintian, deb):
    proc = run([lintian, "--tag-display-limit=0", "--fail-on=error", deb], env=dict(os.environ, LC_ALL="C.UTF-8"))
    lines = (proc.stdout + proc.stderr).splitlines()
    errors = [line for line in lines if line.startswith("E:")]
    warnings = [line for line in lines if line.startswith("W:")]
    print(f"lintian: {len(errors)} errors, {len(warnings)} warnings")
    for line in lines:
        print("  " + line)
    c.expect(not errors, f"lintian reports {len(errors)} errors")
    # lintian exits 2 for errors (counted above) and 1 when it could not check the package at all.
    c.expect(proc.returncode in (0, 2), f"lintian could not run (exit {proc.returncode})")


def check_control(c, deb, version):
    fields = {}
    for field in ["Package", "Version", "Section", "Depends", "Maintainer", "Description", "Homepage"]:
        fields[field] = run(["dpkg-deb", "-f", deb, field]).stdout.strip()
    print("\n".join(f"  {k}: {v}" for k, v in fields.items()))
    c.expect(fields["Package"] == "studyguide", f"package name is {fields['Package']!r}")
    c.expect(fields["Version"].split("-")[0] == version, f"package version {fields['Version']} is not {version}")
    c.expect(fields["Section"] == "education", f"section is {fields['Section']!r}")
    depends = [d.strip().split(" ")[0] for d in fields["Depends"].split(",")]
    for package in RUNTIME_DEPENDS:
        c.expect(package in depends, f"Depends lacks {package}")
    # The SVG icon engine is a plugin (libqt6svg6 on Debian 12, qt6-svg-plugins from 13 on).
    c.expect("libqt6svg6" in depends or "qt6-svg-plugins" in depends, "Depends lacks the SVG icon engine")
    # Found only by dpkg-shlibdeps, so this proves it ran.
    c.expect(any(d.startswith("libqt6widgets6") for d in depends), "Depends lacks libqt6widgets6 (shlibdeps)")
    c.expect("\n" in fields["Description"], "Description has no long description")
    return fields["Version"]


def check_contents(c, root, app_id):
    expected = {
        "usr/bin/studyguide": 0o755,
        # Loaded when a chart is first shown; looked for in lib/studyguide/plugins beside bin.
        "usr/lib/studyguide/plugins/studyguide_charts.so": 0o644,
        f"usr/share/applications/{app_id}.desktop": 0o644,
        f"usr/share/metainfo/{app_id}.metainfo.xml": 0o644,
        f"usr/share/icons/hicolor/scalable/apps/{app_id}.svg": 0o644,
        "usr/share/man/man1/studyguide.1.gz": 0o644,
        "usr/share/doc/studyguide/copyright": 0o644,
        "usr/share/doc/studyguide/changelog.Debian.gz": 0o644,
    }
    for path, mode in expected.items():
        full = os.path.join(root, path)
        if c.expect(os.path.isfile(full), f"the package has no {path}"):
            actual = stat.S_IMODE(os.stat(full).st_mode)
            c.expect(actual == mode, f"{path} has mode {actual:o}, want {mode:o}")
    man = os.path.join(root, "usr/share/man/man1/studyguide.1.gz")
    if os.path.isfile(man):
        text = run(["gzip", "-dc", man]).stdout
        c.expect(".TH STUDYGUIDE 1" in text, "the packaged man page does not decompress to the man page")


def check_changelog(c, root, deb_version):
    changelog = os.path.join(root, "usr/share/doc/studyguide/changelog.Debian.gz")
    if os.path.isfile(changelog):
        first = run(["gzip", "-dc", changelog]).stdout.split("\n", 1)[0]
        c.expect(first.startswith(f"studyguide ({deb_version}) "),
                 f"changelog.Debian starts with {first!r}, not with the package version {deb_version}")


def check_binary(c, root, version):
    binary = os.path.join(root, "usr/bin/studyguide")
    if not os.path.isfile(binary):
        return
    env = {k: v for k, v in os.environ.items() if k not in ("LD_LIBRARY_PATH", "QT_PLUGIN_PATH")}
    env.update(LC_ALL="C.UTF-8", QT_QPA_PLATFORM="offscreen")
    proc = run([binary, "--version"], env=env, timeout=60)
    print(proc.stdout + proc.stderr)
    c.expect(proc.returncode == 0, f"studyguide --version exits {proc.returncode}")
    c.expect(proc.stdout.strip() == f"studyguide {version}",
             f"studyguide --version prints {proc.stdout.strip()!r}, want 'studyguide {version}'")
    if shutil.which("readelf"):
        sections = run(["readelf", "-S", "-W", binary]).stdout
        c.expect(".symtab" not in sections and ".debug_info" not in sections, "the packaged binary is not stripped")


def main():
    if len(sys.argv) != 5:
        print(__doc__, file=sys.stderr)
        return 2
    cpack, build_dir, app_id, version = sys.argv[1:]
    build_dir = os.path.abspath(build_dir)
    lintian = shutil.which("lintian")
    for name, path in [("cpack", cpack if os.path.isfile(cpack) else shutil.which("cpack")), ("lintian", lintian)]:
        if not path:
            print(f"SKIP: {name} is not installed; packaging/install-deps.sh installs it")
            return SKIP
    for tool in ["dpkg-deb", "dpkg-shlibdeps"]:
        if not shutil.which(tool):
            print(f"FAIL: {tool} is not installed (dpkg-dev; packaging/install-deps.sh installs it)")
            return 1

    c = Checker()
    with tempfile.TemporaryDirectory(prefix="studyguide-deb-") as tmp:
        deb = build_deb(cpack, build_dir, os.path.join(tmp, "out"))
        if not deb:
            print("FAIL: cpack did not write exactly one .deb")
            return 1
        print(f"package: {os.path.basename(deb)}")
        check_lintian(c, lintian, deb)
        deb_version = check_control(c, deb, version)
        root = os.path.join(tmp, "root")
        proc = run(["dpkg-deb", "-x", deb, root])
        if c.expect(proc.returncode == 0, f"dpkg-deb -x failed: {proc.stderr.strip()}"):
            check_contents(c, root, app_id)
            check_changelog(c, root, deb_version)
            check_binary(c, root, version)

    return c.report("package")


if __name__ == "__main__":
    sys.exit(main())
