"""Serves ``image://map/<pack-id>/<panel-id>``: a map panel's outlines, drawn by Pillow."""

from __future__ import annotations

import logging
from functools import lru_cache
from urllib.parse import unquote

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtQuick import QQuickImageProvider

from kiosk.services.images import ImageLoader
from kiosk.services.library import ContentLibrary
from kiosk.ui.image_provider import to_qimage
from kiosk.ui.override import override

log = logging.getLogger(__name__)


@lru_cache(maxsize=4)  # a drawn map is up to ~10 MB; keep few
def _cached(region: str, highlights: tuple[tuple[str, str], ...], width: int) -> QImage:
    from kiosk.services.maps import render_map  # the world's outlines: on the first map only

    return to_qimage(render_map(region, dict(highlights), width))


class MapImageProvider(QQuickImageProvider):
    """Draws only maps that a loaded pack defines."""

    def __init__(self, library: ContentLibrary) -> None:
        super().__init__(QQuickImageProvider.ImageType.Image)
        self._library = library

    @override
    def requestImage(self, image_id: str, size: QSize, requested: QSize) -> QImage:
        pack_id, _, panel_id = image_id.partition("/")
        width = min(max(requested.width(), 64), 3840) if requested.width() > 0 else 1600
        try:
            loaded = self._library.find(unquote(pack_id))
            panel = next(
                p for p in (loaded.pack.panels if loaded else ()) if p.id == unquote(panel_id)
            )
            if panel.kind != "map":  # a model, or its record from the content cache
                raise LookupError(panel_id)
            from kiosk.content.geo import expand  # the world's outlines: on the first map only

            highlights = tuple(
                (name, group.colour) for group in panel.groups for name in expand(group.countries)
            )
            result = _cached(panel.region, highlights, width)
        except Exception as error:  # a map that cannot be drawn shows a placeholder
            log.warning("map %s not drawn: %s", image_id, error)
            result = to_qimage(ImageLoader.placeholder(width, width // 2))
        if size is not None:
            size.setWidth(result.width())
            size.setHeight(result.height())
        return result
