#!/usr/bin/python3
"""Validates the desktop integration files with the freedesktop tools and checks that they
agree with each other and with the project: app id, binary name, version, screenshots.

Usage: validate_metadata.py SOURCE_DIR APP_ID VERSION
Exit status 0 when everything holds, 1 otherwise (each problem is printed)."""

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

from checker import Checker

SVG_NS = "{http://www.w3.org/2000/svg}"
# The options the man page must document: the app's own, plus the exchange options.
MAN_OPTIONS = ["--guide", "--validate", "--dump", "--data-dir", "--version", "--help",
               "--export-cards", "--export-progress", "--import-progress"]


def read_desktop_entry(path):
    entry, group = {}, None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line.startswith("["):
                group = line
            elif group == "[Desktop Entry]" and "=" in line and not line.startswith("#"):
                key, value = line.split("=", 1)
                entry[key] = value
    return entry


def check_desktop_entry(c, path, app_id):
    result = c.run_tool("desktop-file-validate", [path])
    if result:
        code, output = result
        c.expect(code == 0, f"desktop-file-validate failed on {path}")
        c.expect("error:" not in output, f"desktop-file-validate reports errors on {path}")
    entry = read_desktop_entry(path)
    c.expect(entry.get("Icon") == app_id, f"desktop entry Icon is {entry.get('Icon')!r}, want {app_id!r}")
    c.expect(entry.get("Exec") == "studyguide", f"desktop entry Exec is {entry.get('Exec')!r}, want 'studyguide'")
    c.expect("Education" in entry.get("Categories", "").split(";"), "desktop entry is not in Education")
    c.expect(entry.get("Keywords"), "desktop entry has no Keywords")


def check_metainfo(c, path, source_dir, app_id, version):
    result = c.run_tool("appstreamcli", ["validate", "--no-net", "--pedantic", "--explain", path])
    if result:
        c.expect(result[0] == 0, f"appstreamcli validate failed on {path}")
    root = ET.parse(path).getroot()
    c.expect(root.findtext("id") == app_id, f"metainfo id is {root.findtext('id')!r}, want {app_id!r}")
    launchable = root.find("launchable[@type='desktop-id']")
    c.expect(launchable is not None and launchable.text == app_id + ".desktop",
             "metainfo launchable does not name the desktop entry")
    c.expect(root.findtext("provides/binary") == "studyguide", "metainfo does not provide the binary studyguide")
    c.expect(root.find("content_rating[@type='oars-1.1']") is not None, "metainfo has no OARS 1.1 content rating")
    releases = [r.get("version") for r in root.findall("releases/release")]
    c.expect(releases and releases[0] == version,
             f"newest metainfo release is {releases[:1]}, want the project version {version}")
    images = [i.text.strip() for i in root.findall("screenshots/screenshot/image")]
    c.expect(images, "metainfo lists no screenshots")
    for url in images:
        name = url.rsplit("/", 1)[-1]
        c.expect(os.path.isfile(os.path.join(source_dir, "resources", "screenshots", name)),
                 f"screenshot {url} has no file resources/screenshots/{name}")


def check_icon(c, path):
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as e:
        c.expect(False, f"icon {path} is not well-formed XML: {e}")
        return
    c.expect(root.tag == SVG_NS + "svg", f"icon root element is {root.tag}, not an SVG")
    c.expect(root.get("viewBox", "").split() == ["0", "0", "128", "128"], "icon viewBox is not 0 0 128 128")
    for element in root.iter():
        tag = element.tag.replace(SVG_NS, "")
        c.expect(tag not in ("image", "script", "foreignObject"), f"icon holds a <{tag}> element")
        for key, value in element.attrib.items():
            if key.endswith("href"):
                c.expect(value.startswith("#"), f"icon refers to an external resource: {value}")
            c.expect("url(" not in value or "url(#" in value, f"icon refers to an external resource: {value}")


def check_man_page(c, path, version):
    if c.expect(shutil.which("man"), "man is not installed"):
        # The same call lintian makes: groff's warnings go to standard error.
        proc = subprocess.run(["man", "--warnings", "-E", "UTF-8", "-l", "-Tutf8", "-Z", path],
                              capture_output=True, text=True,
                              env=dict(os.environ, LC_ALL="C.UTF-8", MANROFFSEQ="", MANWIDTH="80"))
        c.expect(proc.returncode == 0 and not proc.stderr.strip(),
                 f"man reports problems in {path}: {proc.stderr.strip()}")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    match = re.search(r'^\.TH \S+ 1 "[^"]*" "Study Guide ([^"]+)"', text, re.M)
    c.expect(match and match.group(1) == version,
             f"man page is for version {match.group(1) if match else '?'}, want {version}")
    for section in ["NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "EXIT STATUS", "FILES", "SEE ALSO"]:
        c.expect(re.search(rf'^\.SH "?{section}"?$', text, re.M), f"man page has no {section} section")
    options = text.split(".SH OPTIONS", 1)[-1].split(".SH ", 1)[0].replace("\\-", "-")
    for option in MAN_OPTIONS:
        c.expect(re.search(rf"^\.B[IR]? .*{option}\b", options, re.M), f"man page OPTIONS do not document {option}")
    c.expect("progress.sqlite" in text, "man page FILES do not name the progress database")


def check_flatpak_manifest(c, path, app_id):
    # Read as text: the manifest is never built here, and PyYAML is not a dependency.
    with open(path, encoding="utf-8") as f:
        text = f.read()
    match = re.search(r"^id: (\S+)$", text, re.M)
    c.expect(match and match.group(1) == app_id, f"flatpak manifest id is {match.group(1) if match else '?'}")
    c.expect(re.search(r"^runtime: org\.kde\.Platform$", text, re.M), "flatpak manifest is not on org.kde.Platform")
    c.expect("--share=network" not in text, "flatpak manifest grants network access")
    for arg in ["--share=ipc", "--socket=fallback-x11", "--socket=wayland", "--device=dri"]:
        c.expect(f"- {arg}\n" in text, f"flatpak manifest lacks finish-arg {arg}")


def main():
    if len(sys.argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    source_dir, app_id, version = sys.argv[1:]
    packaging = os.path.join(source_dir, "packaging")
    files = {
        "desktop": os.path.join(packaging, app_id + ".desktop"),
        "metainfo": os.path.join(packaging, app_id + ".metainfo.xml"),
        "icon": os.path.join(source_dir, "resources", "icons", app_id + ".svg"),
        "man": os.path.join(packaging, "studyguide.1"),
        "flatpak": os.path.join(packaging, "flatpak", app_id + ".yml"),
    }
    missing = [path for path in files.values() if not os.path.isfile(path)]
    for path in missing:
        print(f"FAIL: {path} does not exist")
    if missing:
        return 1
    c = Checker()
    check_desktop_entry(c, files["desktop"], app_id)
    check_metainfo(c, files["metainfo"], source_dir, app_id, version)
    check_icon(c, files["icon"])
    check_man_page(c, files["man"], version)
    check_flatpak_manifest(c, files["flatpak"], app_id)
    return c.report("packaging metadata")


if __name__ == "__main__":
    sys.exit(main())
