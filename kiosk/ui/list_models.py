"""The concrete list models QML sees."""

from __future__ import annotations

from kiosk.ui.row_model import RowListModel
from kiosk.ui.rows import PackRow, PanelRow, SourceRow


class PackListModel(RowListModel):
    """The packs on the home screen, in exhibit order."""

    row_type = PackRow


class PanelListModel(RowListModel):
    """The panels of the open pack."""

    row_type = PanelRow


class SourceListModel(RowListModel):
    """The sources behind the current panel."""

    row_type = SourceRow
