"""Print the reading level of packs: words per panel and the longest sentence of each.

python tools/reading_level.py content/introduction [more pack folders...] [--lang ru]

Exit 1 when a panel breaks the house rules (text panels of 60-120 words, sentences of at most
25 words), so it can run in a curator's pre-commit check.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiosk.content.loader import load_pack
from kiosk.content.readability import read_pack, reading_problems


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("packs", nargs="+", type=Path)
    parser.add_argument("--lang", default=None, help="language to measure (default: the pack's)")
    args = parser.parse_args(argv)
    failed = False
    for folder in args.packs:
        result = load_pack(folder)
        if result.pack is None:
            print(f"{folder}: does not load; run kiosk validate {folder}")
            failed = True
            continue
        for reading in read_pack(result.pack, args.lang):
            print(
                f"{result.pack.id}/{reading.panel_id} ({reading.kind}): {reading.words} words, "
                f"longest sentence {reading.longest_sentence_words} words"
            )
        for problem in reading_problems(result.pack, args.lang):
            print(f"  problem: {problem}")
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
