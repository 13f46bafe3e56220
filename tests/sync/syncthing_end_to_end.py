#!/usr/bin/env python3
"""End-to-end sync through real Syncthing: two Syncthing instances on loopback share one folder,
two data folders of studyguide each sync through their own copy of it.

1. Progress imported on the laptop reaches the desktop: laptop --sync, Syncthing copies the
   segment, desktop --sync; the exported progress is then identical on both.
2. Concurrent edits on both sides (the same topic set differently, different reviews): both
   --sync, Syncthing copies both ways, both --sync; again identical, with both sides' reviews.

Each Syncthing has its own home and listens on 127.0.0.1 only, with global and local discovery,
relays, NAT traversal, usage and crash reporting and upgrades off. Skipped (exit 77) where
syncthing is not installed. Bounded in time; stops every process it started, whatever happens.

Usage: syncthing_end_to_end.py STUDYGUIDE_BINARY
"""

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import xml.etree.ElementTree as ET

SKIP = 77
DEADLINE = time.monotonic() + 240  # seconds for the whole test
FOLDER_ID = "studyguide-progress"
GUIDE = "python-interview"  # the bundled guide's id: the app runs without --guide


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fail(message):
    print(f"FAIL: {message}", file=sys.stderr)
    sys.exit(1)


class Syncthing:
    def __init__(self, root, name):
        self.name = name
        self.home = os.path.join(root, f"syncthing-{name}")
        self.folder = os.path.join(root, f"Sync-{name}")
        os.makedirs(self.folder)
        self.gui_port = free_port()
        self.listen_port = free_port()
        self.process = None
        out = subprocess.run(["syncthing", "generate", f"--home={self.home}", "--no-default-folder"],
                             capture_output=True, text=True, timeout=60)
        if out.returncode != 0:
            fail(f"syncthing generate failed: {out.stderr}")
        config = ET.parse(os.path.join(self.home, "config.xml"))
        self.device_id = config.getroot().find("device").get("id")
        gui = config.getroot().find("gui")
        gui.find("address").text = f"127.0.0.1:{self.gui_port}"
        self.api_key = gui.find("apikey").text
        options = config.getroot().find("options")
        settings = {
            "listenAddress": f"tcp://127.0.0.1:{self.listen_port}",
            "globalAnnounceEnabled": "false",
            "localAnnounceEnabled": "false",
            "relaysEnabled": "false",
            "natEnabled": "false",
            "urAccepted": "-1",
            "crashReportingEnabled": "false",
            "autoUpgradeIntervalH": "0",
            "startBrowser": "false",
        }
        for key, value in settings.items():
            element = options.find(key)
            if element is None:
                element = ET.SubElement(options, key)
            element.text = value
        config.write(os.path.join(self.home, "config.xml"))

    def start(self, log):
        env = dict(os.environ, STNOUPGRADE="1", STNORESTART="1", STNODEFAULTFOLDER="1")
        self.process = subprocess.Popen(
            ["syncthing", "serve", f"--home={self.home}", "--no-browser", "--no-restart", "--no-upgrade"],
            stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True)

    def stop(self):
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()

    def api(self, method, path, body=None):
        request = urllib.request.Request(f"http://127.0.0.1:{self.gui_port}{path}", method=method,
                                         headers={"X-API-Key": self.api_key, "Content-Type": "application/json"},
                                         data=None if body is None else json.dumps(body).encode())
        with urllib.request.urlopen(request, timeout=10) as response:
            text = response.read()
            return json.loads(text) if text.strip() else None

    def wait_until_up(self):
        while time.monotonic() < DEADLINE:
            if self.process.poll() is not None:
                fail(f"syncthing {self.name} exited with {self.process.returncode}")
            try:
                self.api("GET", "/rest/system/ping")
                return
            except OSError:
                time.sleep(0.3)
        fail(f"syncthing {self.name} did not start")

    def share_with(self, peer):
        self.api("POST", "/rest/config/devices", {"deviceID": peer.device_id, "name": peer.name,
                                                  "addresses": [f"tcp://127.0.0.1:{peer.listen_port}"]})
        self.api("POST", "/rest/config/folders", {
            "id": FOLDER_ID, "label": FOLDER_ID, "path": self.folder, "type": "sendreceive",
            "rescanIntervalS": 5, "fsWatcherEnabled": True, "fsWatcherDelayS": 1,
            "devices": [{"deviceID": self.device_id}, {"deviceID": peer.device_id}],
        })

    def rescan(self):
        self.api("POST", f"/rest/db/scan?folder={FOLDER_ID}")


def segment_files(folder):
    found = {}
    for directory, subdirectories, files in os.walk(folder):
        subdirectories[:] = [d for d in subdirectories if not d.startswith(".")]
        for name in files:
            if name.endswith(".sgseg") and not name.startswith((".", "~")):
                path = os.path.join(directory, name)
                with open(path, "rb") as f:
                    found[os.path.relpath(path, folder)] = f.read()
    return found


def wait_for_copies(a, b, what):
    """Until both Syncthing folders hold the same segment files, byte for byte."""
    a.rescan()
    b.rescan()
    while time.monotonic() < DEADLINE:
        left, right = segment_files(a.folder), segment_files(b.folder)
        if left and left == right:
            return
        time.sleep(0.5)
    fail(f"Syncthing did not copy {what} in time: {sorted(segment_files(a.folder))} vs {sorted(segment_files(b.folder))}")


def app(binary, data, *arguments):
    out = subprocess.run([binary, "--data-dir", data, *arguments], capture_output=True, text=True, timeout=60,
                         env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    if out.returncode != 0:
        fail(f"studyguide {' '.join(arguments)} exited {out.returncode}: {out.stderr.strip()}")
    return out.stdout


def archive(path, statuses, reviews, notes):
    """A progress file as --export-progress writes it, for --import-progress."""
    document = {
        "format": "studyguide-progress", "version": 1, "guideId": GUIDE, "exportedAt": "2026-03-02T09:00:00Z",
        "topics": [{"id": t, "status": s, "updatedAt": at} for t, s, at in statuses],
        "bookmarks": [], "notes": [{"topicId": t, "text": x, "updatedAt": at} for t, x, at in notes],
        "cards": [],
        "reviews": [{"cardId": c, "rating": r, "reviewedAt": at, "stateBefore": "new", "scheduledSeconds": 0,
                     "source": "review"} for c, r, at in reviews],
    }
    with open(path, "w") as f:
        json.dump(document, f)


def normalised_export(binary, data, path):
    app(binary, data, "--export-progress", path)
    with open(path) as f:
        document = json.load(f)
    document.pop("exportedAt", None)

    def normal(value):
        if isinstance(value, list):
            return sorted((normal(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
        if isinstance(value, dict):
            return {k: normal(v) for k, v in value.items()}
        return value
    return normal(document)


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    binary = sys.argv[1]
    if shutil.which("syncthing") is None:
        print("SKIP: syncthing is not installed (Debian package syncthing; packaging/install-deps.sh installs it)")
        return SKIP
    version = subprocess.run(["syncthing", "--version"], capture_output=True, text=True).stdout.strip()
    print(f"using {version}")
    root = tempfile.mkdtemp(prefix="studyguide-syncthing-")
    laptop_st = desktop_st = None
    try:
        laptop_st, desktop_st = Syncthing(root, "laptop"), Syncthing(root, "desktop")
        with open(os.path.join(root, "syncthing.log"), "w") as log:
            for st in (laptop_st, desktop_st):
                st.start(log)
            for st in (laptop_st, desktop_st):
                st.wait_until_up()
            laptop_st.share_with(desktop_st)
            desktop_st.share_with(laptop_st)
            laptop, desktop = os.path.join(root, "laptop"), os.path.join(root, "desktop")

            # 1. Progress made on the laptop reaches the desktop.
            first = os.path.join(root, "first.json")
            archive(first, [("python-basics", "done", "2026-03-01T10:00:00Z")],
                    [("card-a", "good", "2026-03-01T10:05:00Z"), ("card-b", "again", "2026-03-01T10:06:00Z")],
                    [("python-basics", "revise slicing", "2026-03-01T10:07:00Z")])
            app(binary, laptop, "--import-progress", first)
            print(app(binary, laptop, "--sync-folder", laptop_st.folder, "--sync").strip())
            wait_for_copies(laptop_st, desktop_st, "the laptop's segment")
            print(app(binary, desktop, "--sync-folder", desktop_st.folder, "--sync").strip())
            a = normalised_export(binary, laptop, os.path.join(root, "laptop.json"))
            b = normalised_export(binary, desktop, os.path.join(root, "desktop.json"))
            if a != b or not a["reviews"]:
                fail(f"after one way, the exports differ:\n{json.dumps(a, indent=1)}\n{json.dumps(b, indent=1)}")
            print("one way: the exported progress is identical on both")

            # 2. Both sides change the same things at once, then sync.
            mine, theirs = os.path.join(root, "mine.json"), os.path.join(root, "theirs.json")
            archive(mine, [("python-generators", "reading", "2026-03-03T08:00:00Z")],
                    [("card-a", "good", "2026-03-04T08:00:00Z")], [])
            archive(theirs, [("python-generators", "done", "2026-03-03T09:00:00Z")],
                    [("card-a", "hard", "2026-03-03T18:00:00Z"), ("card-c", "easy", "2026-03-03T18:01:00Z")],
                    [("python-basics", "slicing is fine now", "2026-03-03T18:02:00Z")])
            app(binary, laptop, "--import-progress", mine)
            app(binary, desktop, "--import-progress", theirs)
            app(binary, laptop, "--sync")  # the folder is remembered
            app(binary, desktop, "--sync")
            wait_for_copies(laptop_st, desktop_st, "both sides' segments")
            app(binary, laptop, "--sync")
            app(binary, desktop, "--sync")
            a = normalised_export(binary, laptop, os.path.join(root, "laptop.json"))
            b = normalised_export(binary, desktop, os.path.join(root, "desktop.json"))
            if a != b:
                fail(f"after concurrent edits, the exports differ:\n{json.dumps(a, indent=1)}\n{json.dumps(b, indent=1)}")
            if len(a["reviews"]) != 5:
                fail(f"expected the 5 reviews of both sides, found {len(a['reviews'])}")
            print("concurrent edits: both converge on the same progress, with both sides' reviews")
    finally:
        for st in (laptop_st, desktop_st):
            if st:
                st.stop()
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
