"""Generate valid content packs of any size, in the shape of ``docs/content-format.md``.

Panels are like real ones: two paragraphs with a citation and a glossary mark, two sources,
a translation, and optionally an image. Images are made once with Pillow (a gradient with
noise, so JPEG decoding costs what a photograph costs) and copied, so a pack of 1,000 images
takes seconds to make.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PIL import Image

PARAGRAPH = (
    "In the late 1920s the party turned from the mixed economy of the New Economic Policy "
    "to a plan of forced industrialization, and the countryside paid for it [@service2004]. "
    "Grain was taken at fixed prices, and a [[politburo]] decision could move millions. "
)


def make_image(path: Path, size: tuple[int, int], quality: int = 88) -> Path:
    """A photograph-like image: smooth colour gradients with fine noise (JPEG or PNG)."""
    width, height = size
    small = (max(1, width // 8), max(1, height // 8))
    red = Image.linear_gradient("L").resize(small)
    green = Image.radial_gradient("L").resize(small)
    blue = Image.linear_gradient("L").rotate(90).resize(small)
    base = Image.merge("RGB", (red, green, blue)).resize(size, Image.Resampling.BILINEAR)
    noise = Image.effect_noise(size, 24).convert("RGB")
    image = Image.blend(base, noise, 0.18)
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix.lower() == ".png":
        image.save(path, optimize=False, compress_level=6)
    else:
        image.save(path, quality=quality)
    return path


def _image_block(src: str, indent: str) -> str:
    return (
        f"{indent}image:\n"
        f"{indent}  src: {src}\n"
        f"{indent}  alt: A generated gradient\n"
        f"{indent}  caption: Generated for the benchmark\n"
        f"{indent}  credit: bench/packs.py\n"
        f"{indent}  licence: CC0 1.0\n"
    )


def pack_yaml(pack_id: str, panels: int, images: list[str]) -> str:
    """The ``pack.yaml`` text: ``panels`` text panels, the first ``len(images)`` with images."""
    lines = [
        "format: 1",
        f"id: {pack_id}",
        'version: "1.0"',
        "language: en",
        f"title: {{en: Generated pack {pack_id}, ru: Пакет {pack_id}}}",
        "summary: {en: A pack made by the benchmark, ru: Пакет для измерений}",
        'accent: "#D08C4A"',
        "cover: {src: cover.png, alt: A gradient, credit: bench, licence: CC0 1.0}",
        "sources:",
        "  - id: service2004",
        "    type: book",
        "    author: [{family: Service, given: Robert}]",
        '    title: "Stalin: A Biography"',
        "    publisher: Macmillan",
        "    issued: 2004",
        "  - id: davies1989",
        "    type: book",
        "    author: [{family: Davies, given: R. W.}]",
        "    title: The Soviet Economy in Turmoil",
        "    publisher: Macmillan",
        "    issued: 1989",
        "glossary:",
        "  - id: politburo",
        "    term: {en: Politburo, ru: Политбюро}",
        "    definition: {en: The party's top committee., ru: Высший орган партии.}",
        "panels:",
    ]
    text = "\n".join(lines) + "\n"
    parts = [text]
    for number in range(panels):
        parts.append(
            f"  - id: panel-{number}\n"
            f"    kind: text\n"
            f"    title: {{en: Panel {number}, ru: Панель {number}}}\n"
            f"    body:\n"
            f"      en: |\n"
            f"        {PARAGRAPH}\n\n"
            f"        Panel {number}: the plan's targets were raised again [@davies1989].\n"
            f"      ru: |\n"
            f"        Панель {number}: планы снова повышали [@davies1989].\n"
            + (_image_block(images[number], "    ") if number < len(images) else "")
            + "    sources: [service2004, davies1989]\n"
        )
    return "".join(parts)


def make_pack(
    folder: Path,
    pack_id: str,
    panels: int,
    images: int = 0,
    image_size: tuple[int, int] = (2400, 1600),
    png_every: int = 0,
) -> Path:
    """Write a pack of ``panels`` text panels, ``images`` of them with their own image file.

    With ``png_every`` = n, every n-th image is a PNG (the rest JPEG).
    """
    pack = folder / pack_id
    pack.mkdir(parents=True, exist_ok=True)
    make_image(pack / "cover.png", (640, 400))
    names: list[str] = []
    if images:
        jpeg = make_image(pack / "source.jpg", image_size)
        png = make_image(pack / "source.png", image_size) if png_every else None
        for number in range(images):
            as_png = png is not None and png_every and number % png_every == png_every - 1
            name = f"image-{number}.{'png' if as_png else 'jpg'}"
            shutil.copyfile(png if as_png and png else jpeg, pack / name)
            names.append(name)
        jpeg.unlink()
        if png is not None:
            png.unlink()
    (pack / "pack.yaml").write_text(pack_yaml(pack_id, panels, names), encoding="utf-8")
    return pack
