"""What the packaging checks share: a list of problems that is reported at the end, so that
one run shows every problem rather than the first."""

import os
import shutil
import subprocess


class Checker:
    def __init__(self):
        self.problems = []

    def expect(self, condition, message):
        if not condition:
            self.problems.append(message)
        return condition

    def run_tool(self, name, args):
        """Runs a validator; returns (exit code, combined output) or None when it is missing."""
        path = shutil.which(name)
        if not self.expect(path, f"{name} is not installed (packaging/install-deps.sh installs it)"):
            return None
        proc = subprocess.run([path] + args, capture_output=True, text=True,
                              env=dict(os.environ, LC_ALL="C.UTF-8"))
        output = (proc.stdout + proc.stderr).strip()
        print(f"$ {name} {' '.join(args)}\n{output or '(no output)'}\nexit {proc.returncode}\n")
        return proc.returncode, output

    def report(self, what):
        """Prints every problem and a summary line; returns the exit code."""
        for problem in self.problems:
            print(f"FAIL: {problem}")
        print(f"{what}: " + (f"{len(self.problems)} problems" if self.problems else "all checks passed"))
        return 1 if self.problems else 0
