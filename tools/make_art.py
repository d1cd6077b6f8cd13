"""Generate the exhibit's original cover artwork (kiosk/services/artwork.py) for every pack.

python tools/make_art.py [content-folder]
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from kiosk.services.artwork import make_cover


def main(argv: list[str]) -> int:
    content = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent.parent / "content"
    for pack_file in sorted(content.glob("*/pack.yaml")):
        data = yaml.load(pack_file.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
        out = pack_file.parent / "cover.png"
        make_cover(data["id"], data["accent"]).save(out, optimize=True)
        print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
