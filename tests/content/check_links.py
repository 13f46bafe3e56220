#!/usr/bin/env python3
"""Checks the links between the topics of a guide.

Fails (exit status 1) on a relative link whose target is missing or lies
outside the guide folder (the reader would show it as plain text), and on a
leaf page, a topic file other than an index, that links to fewer than
--min-links other topics. Links inside code are not links. See guide/FORMAT.md,
"Links between topics".
"""
import argparse
import re
import sys
from pathlib import Path

FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
LINK = re.compile(r"(?<!!)\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
INDEX_NAMES = ("index.md", "README.md")


def links_of(path):
    """Yields (line, target) for each Markdown link outside code."""
    fence = None
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        m = FENCE.match(line)
        if fence:
            if m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence):
                fence = None
            continue
        if m:
            fence = m.group(1)
            continue
        for target in LINK.findall(re.sub(r"`[^`]*`", "", line)):
            yield n, target


def resolve(root, page, target):
    """The topic file a relative link leads to, or None when it leads nowhere in the guide."""
    path = target.split("#", 1)[0]
    if not path:
        return page
    candidate = (page.parent / path).resolve()
    if root.resolve() not in candidate.parents and candidate != root.resolve():
        return None
    if candidate.is_dir():
        for name in INDEX_NAMES:
            if (candidate / name).is_file():
                return candidate / name
        return None
    return candidate if candidate.is_file() and candidate.suffix == ".md" else None


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("guide", type=Path)
    ap.add_argument("--min-links", type=int, default=2)
    ap.add_argument("--stats", action="store_true", help="also print how many links there are")
    args = ap.parse_args()

    problems = []
    total = 0
    pages = sorted(args.guide.rglob("*.md"))
    per_page = {}
    for page in pages:
        linked = set()
        for line, target in links_of(page):
            if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", target):
                continue  # http, https, mailto: external
            if target.startswith("#"):
                continue  # a place on the same page
            total += 1
            found = resolve(args.guide, page, target)
            if found is None:
                problems.append("%s:%d: link to %s leads to no topic of the guide" % (page, line, target))
            elif found.resolve() != page.resolve():
                linked.add(found.resolve())
        per_page[page] = len(linked)
        if page.name not in INDEX_NAMES and len(linked) < args.min_links:
            problems.append("%s: links to %d other topics (at least %d)" % (page, len(linked), args.min_links))
    if args.stats:
        leaves = [n for p, n in per_page.items() if p.name not in INDEX_NAMES]
        print("links: %d relative links in %d files; leaf pages link to %d to %d other topics"
              % (total, len(pages), min(leaves, default=0), max(leaves, default=0)))
    for p in problems:
        print(p)
    print("links: %d problems" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
