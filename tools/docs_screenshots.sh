#!/usr/bin/env bash
# Render every screenshot under docs/screenshots/ from the bundled content (offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
out=docs/screenshots
mkdir -p "$out"
shot() { .venv/bin/kiosk screenshot --content content --out "$out/$1.png" "${@:2}" >/dev/null; }

shot home
shot home-portrait --size 1080x1920
shot attract --screen attract
for pack in $(.venv/bin/python -c "
from kiosk.content.loader import load_content
from pathlib import Path
print(' '.join(p.id for p in load_content(Path('content')).shown_packs()))"); do
    shot "pack-$pack" --screen pack --pack "$pack"
    panels=$(.venv/bin/python -c "
from kiosk.content.loader import load_content
from pathlib import Path
r = load_content(Path('content')).result_for('$pack')
ids = [p.id for p in r.pack.panels]
print(ids[0], ids[len(ids) // 2])")
    for panel in $panels; do
        shot "panel-$pack-$panel" --screen panel --pack "$pack" --panel "$panel"
    done
done
shot sources --screen sources --pack introduction
shot display-settings --screen display
shot large-text --screen panel --pack introduction --text-size largest
shot high-contrast --screen panel --pack introduction --contrast high
shot russian --screen panel --pack introduction --lang ru
shot russian-home --lang ru
