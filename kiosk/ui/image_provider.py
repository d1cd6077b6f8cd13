"""Serves ``image://pack/<pack-id>/<path>`` to QML from the pack library, and nothing else.

Only files the validator resolved inside a loaded pack can be requested: a URL cannot name an
arbitrary path. A file that fails to decode gives a neutral placeholder, never a crash.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING
from urllib.parse import unquote

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtQuick import QQuickImageProvider

from kiosk.services.images import ImageLoader, Pixels
from kiosk.services.library import ContentLibrary
from kiosk.ui.override import override

if TYPE_CHECKING:
    from PIL import Image

log = logging.getLogger(__name__)
DEFAULT_EDGE = 1920


_FORMATS = {
    "RGB": (3, QImage.Format.Format_RGB888),
    "RGBA": (4, QImage.Format.Format_RGBA8888),
}


def to_qimage(image: Image.Image | Pixels) -> QImage:
    """A QImage that owns a copy of the pixels; RGB stays RGB (no RGBA conversion pass)."""
    if not isinstance(image, Pixels) and image.mode not in _FORMATS:  # Pixels: RGB(A) only
        image = image.convert("RGBA")
    depth, qformat = _FORMATS[image.mode]
    data = image.tobytes()
    qimage = QImage(data, image.width, image.height, image.width * depth, qformat)
    return qimage.copy()  # own the pixels; ``data`` goes away with this frame


class PackImageProvider(QQuickImageProvider):
    """Decodes pack images with Pillow at the size QML asks for."""

    def __init__(self, library: ContentLibrary, loader: ImageLoader | None = None) -> None:
        super().__init__(QQuickImageProvider.ImageType.Image)
        self._library = library
        self._loader = loader or ImageLoader()

    @override
    def requestImage(self, image_id: str, size: QSize, requested: QSize) -> QImage:
        width = requested.width() if requested.width() > 0 else DEFAULT_EDGE
        height = requested.height() if requested.height() > 0 else DEFAULT_EDGE
        pack_id, _, relative = image_id.partition("/")
        loaded = self._library.find(unquote(pack_id))
        path = loaded.images.get(unquote(relative)) if loaded else None
        try:
            if path is None:
                raise FileNotFoundError(image_id)
            image = self._loader.load_pixels(path, width, height)
        except Exception as error:  # any decoder failure must leave a placeholder, not a crash
            log.warning("image %s not shown: %s", image_id, error)
            image = ImageLoader.placeholder(min(width, 640), min(height, 360))
        result = to_qimage(image)
        if size is not None:
            size.setWidth(result.width())
            size.setHeight(result.height())
        return result
