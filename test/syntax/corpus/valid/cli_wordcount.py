#!/usr/bin/env python3
"""wc-like word counter with a couple of extras."""
import argparse
import sys
import unicodedata
from collections import Counter


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="wcount", description=__doc__)
    p.add_argument("files", nargs="*", type=argparse.FileType("r", encoding="utf-8"), default=[sys.stdin])
    p.add_argument("-l", "--lines", action="store_true", help="count lines")
    p.add_argument("-w", "--words", action="store_true", help="count words")
    p.add_argument("-c", "--chars", action="store_true", help="count characters")
    p.add_argument("--top", type=int, metavar="N", default=0, help="show the N most common words")
    p.add_argument("--fold", action=argparse.BooleanOptionalAction, default=True)
    return p


def normalize(word: str, fold: bool) -> str:
    word = unicodedata.normalize("NFKC", word).strip(".,;:!?\"'()[]")
    return word.casefold() if fold else word


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if not (args.lines or args.words or args.chars):
        args.lines = args.words = args.chars = True
    totals = Counter()
    common = Counter()
    for fh in args.files:
        text = fh.read()
        counts = Counter(lines=text.count("\n"), words=len(text.split()), chars=len(text))
        totals += counts
        if args.top:
            common.update(w for raw in text.split() if (w := normalize(raw, args.fold)))
        shown = [f"{counts[k]:>8}" for k in ("lines", "words", "chars") if getattr(args, k)]
        print(*shown, fh.name)
    if len(args.files) > 1:
        print(*(f"{totals[k]:>8}" for k in ("lines", "words", "chars") if getattr(args, k)), "total")
    for word, n in common.most_common(args.top):
        print(f"{n:>6} {word}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
