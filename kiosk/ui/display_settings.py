"""The visitor's display choices: text size, contrast and motion. A new visit resets them."""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.ui.palettes import PALETTES, Palette

TEXT_SCALES = (1.0, 1.25, 1.5)
TEXT_SIZE_NAMES = ("standard", "large", "largest")


class DisplaySettings(QObject):
    """Exposed to QML as ``viewModel.display``."""

    changed = Signal()
    paletteChanged = Signal()

    def __init__(self, reduced_motion: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._default_motion = reduced_motion
        self._text_step = 0
        self._high_contrast = False
        self._reduced_motion = reduced_motion

    @property
    def palette(self) -> Palette:
        return PALETTES["high" if self._high_contrast else "standard"]

    @Property("QVariantMap", notify=changed)
    def colours(self) -> dict[str, str]:
        return self.palette.as_qml()

    @Property(int, notify=changed)
    def textSizeStep(self) -> int:
        return self._text_step

    @Property(float, notify=changed)
    def textScale(self) -> float:
        return TEXT_SCALES[self._text_step]

    @Property(bool, notify=changed)
    def highContrast(self) -> bool:
        return self._high_contrast

    @Property(bool, notify=changed)
    def reducedMotion(self) -> bool:
        return self._reduced_motion

    @Slot(int)
    def setTextSize(self, step: int) -> None:
        step = max(0, min(step, len(TEXT_SCALES) - 1))
        if step != self._text_step:
            self._text_step = step
            self.changed.emit()

    def set_text_size_name(self, name: str) -> None:
        self.setTextSize(TEXT_SIZE_NAMES.index(name))

    @Slot(bool)
    def setHighContrast(self, on: bool) -> None:
        if on != self._high_contrast:
            self._high_contrast = on
            self.changed.emit()
            self.paletteChanged.emit()

    @Slot(bool)
    def setReducedMotion(self, on: bool) -> None:
        if on != self._reduced_motion:
            self._reduced_motion = on
            self.changed.emit()

    def reset(self) -> None:
        """Back to the kiosk's defaults for the next visitor."""
        self.setTextSize(0)
        self.setHighContrast(False)
        self.setReducedMotion(self._default_motion)
