#!/usr/bin/env python3
"""Checks that the cards of a guide follow the minimum-information principle.

A practice card asks one question and has a short answer; no two cards ask the
same thing. Fails (exit status 1) on:

- a practice answer longer than --max-words words, code blocks not counted;
- a practice prompt that asks two questions (two question marks, or a second
  question word joined by "and"/"or": "What is X, and when do you use it?");
- two cards of the guide with the same prompt (compared without case,
  punctuation or code marks).

Interview cards (with How to answer / Sample answer / What to look for) are
mock interview questions: their answers are long by design and their prompts
keep the wording an interviewer uses, often two linked questions, so they are
checked for duplicates only. See guide/FORMAT.md.
"""
import argparse
import re
import statistics
import sys
from pathlib import Path

HEADING = re.compile(r"^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
PARTS = {"how to answer", "sample answer", "what to look for"}
QUESTION_WORD = r"(?:what|why|how|when|where|which|who|whom|whose|does|do|is|are|can|should)"
# "..., and why?", "What happens and how do you fix it?": a second question joined by and/or.
SECOND_QUESTION = re.compile(r"\b(?:and|or)\s+" + QUESTION_WORD + r"\b", re.I)


class Card:
    def __init__(self, path, line, level, prompt):
        self.path, self.line, self.level, self.prompt = path, line, level, prompt
        self.body = []  # lines outside code blocks
        self.parts = set()

    @property
    def interview(self):
        return bool(self.parts)

    def words(self):
        text = " ".join(self.body)
        text = re.sub(r"<!--.*?-->", " ", text)
        return len(re.findall(r"[^\s|>*#-]+", text))


def cards_of(path):
    cards, open_cards = [], []
    fence = None
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if fence:
            if re.match(r"^ {0,3}" + re.escape(fence[0]) + "{%d,}\\s*$" % len(fence), line):
                fence = None
            continue
        m = FENCE.match(line)
        if m:
            fence = m.group(1)
            continue
        h = HEADING.match(line)
        if h:
            level, text = len(h.group(1)), h.group(2)
            open_cards = [c for c in open_cards if c.level < level]
            if text.startswith("Q:") or text.startswith("Q :"):
                card = Card(path, n, level, text.split(":", 1)[1].strip())
                cards.append(card)
                open_cards.append(card)
            elif open_cards and text.strip().rstrip(":.").lower() in PARTS:
                open_cards[-1].parts.add(text.strip().rstrip(":.").lower())
            continue
        if open_cards:
            open_cards[-1].body.append(line)
    return cards


def two_questions(prompt):
    plain = re.sub(r"`[^`]*`", "CODE", prompt)
    return plain.count("?") > 1 or bool(SECOND_QUESTION.search(plain))


def normalised(prompt):
    return " ".join(re.sub(r"[^\w\s]", " ", prompt.lower().replace("`", "")).split())


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("guide", nargs="+", type=Path)
    ap.add_argument("--max-words", type=int, default=60)
    ap.add_argument("--stats", action="store_true", help="also print counts and the median answer length")
    args = ap.parse_args()

    cards = []
    for root in args.guide:
        for f in sorted(root.rglob("*.md")) if root.is_dir() else [root]:
            cards += cards_of(f)

    problems = []
    seen = {}
    for c in cards:
        where = "%s:%d" % (c.path, c.line)
        if not c.interview and c.words() > args.max_words:
            problems.append("%s: practice answer has %d words (at most %d, code aside)" % (where, c.words(), args.max_words))
        if not c.interview and two_questions(c.prompt):
            problems.append("%s: prompt asks two questions: %s" % (where, c.prompt))
        key = normalised(c.prompt)
        if key in seen:
            problems.append("%s: same prompt as %s: %s" % (where, seen[key], c.prompt))
        else:
            seen[key] = where

    if args.stats:
        practice = [c.words() for c in cards if not c.interview]
        print("cards: %d (%d practice, %d interview)" % (len(cards), len(practice), len(cards) - len(practice)))
        if practice:
            print("practice answers: median %g words, %d over 35, %d over 60, longest %d"
                  % (statistics.median(practice), sum(w > 35 for w in practice), sum(w > 60 for w in practice), max(practice)))
    for p in problems:
        print(p)
    print("cards: %d checked, %d problems" % (len(cards), len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
