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

# One panel of each kind: the first of its kind in the bundled exhibit ...
.venv/bin/python -c "
from kiosk.content.loader import load_content
from pathlib import Path
seen = {}
for pack in load_content(Path('content')).shown_packs():
    for panel in pack.panels:
        seen.setdefault(panel.kind, (pack.id, panel.id))
for kind in ('text', 'timeline', 'quote', 'questions', 'chart', 'map'):
    if kind in seen:
        print(kind, *seen[kind])
" | while read -r kind pack panel; do
    shot "kind-$kind" --screen panel --pack "$pack" --panel "$panel"
done
# ... and from the test content, which has what the exhibit has not: a gallery with a
# sensitive (covered) image, and an image to open full screen.
fixtures=tests/fixtures/content
fshot() { .venv/bin/kiosk screenshot --content "$fixtures" --out "$out/$1.png" "${@:2}" >/dev/null; }
fshot kind-gallery --screen panel --pack gamma --panel pictures
fshot image-viewer --screen image --pack alpha
shot glossary --screen glossary --pack introduction --term gulag

# The staff menu with a rejected pack, and kiosk preview listing the problem: a copy of the
# exhibit with a bad accent colour in one pack, in a temporary folder; run from there with
# relative paths, so the pictures show content/introduction/pack.yaml and no /tmp names.
kiosk=$PWD/.venv/bin/kiosk
here=$PWD
broken=$(mktemp -d)
trap 'rm -rf "$broken"' EXIT
cp -r content "$broken/content"
sed -i '0,/^accent:.*/s//accent: dark red/' "$broken/content/introduction/pack.yaml"
(cd "$broken" && "$kiosk" screenshot --screen staff --content content \
    --out "$here/$out/staff-menu.png" >/dev/null 2>&1)
(cd "$broken" && "$kiosk" screenshot --screen preview --content content/introduction \
    --out "$here/$out/preview-error.png" >/dev/null 2>&1)
