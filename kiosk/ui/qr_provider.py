"""Serves ``image://qr/<url-encoded address>``: a QR code made offline with segno.

A visitor photographs it to read more at home; the kiosk itself never opens the address.
Only http(s) addresses are encoded.
"""

from __future__ import annotations

import io
from urllib.parse import unquote

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtQuick import QQuickImageProvider

from kiosk.ui.override import override
from kiosk.ui.present import MAX_QR_URL as MAX_URL


class QrImageProvider(QQuickImageProvider):
    def __init__(self) -> None:
        super().__init__(QQuickImageProvider.ImageType.Image)

    @override
    def requestImage(self, image_id: str, size: QSize, requested: QSize) -> QImage:
        address = unquote(image_id)
        image = QImage()
        if address.startswith(("https://", "http://")) and len(address) <= MAX_URL:
            import segno  # on the first QR code shown, not at start-up

            code = segno.make(address, error="m")
            side = requested.width() if requested.width() > 0 else 240
            scale = max(2, side // (code.symbol_size(border=2)[0]))
            buffer = io.BytesIO()
            code.save(buffer, kind="png", scale=scale, border=2, dark="#000000", light="#FFFFFF")
            image.loadFromData(buffer.getvalue(), "PNG")
        if image.isNull():
            image = QImage(16, 16, QImage.Format.Format_RGB32)
            image.fill(0xFFFFFF)
        if size is not None:
            size.setWidth(image.width())
            size.setHeight(image.height())
        return image
