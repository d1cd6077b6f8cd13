"""A ``QAbstractListModel`` over a list of rows, each a named tuple (``kiosk.ui.rows``).

Each field becomes a role named in camelCase, so QML delegates read
``required property string coverUrl`` for a field ``cover_url``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, NamedTuple

from PySide6.QtCore import QAbstractListModel, QByteArray, QModelIndex, Signal

from kiosk.ui.override import override

if TYPE_CHECKING:
    # A name for type hints only: PySide builds a class the first time a module names it.
    from PySide6.QtCore import QPersistentModelIndex

# Qt::DisplayRole and Qt::UserRole, fixed by Qt's ABI (tests/test_list_models.py checks them).
# Written as numbers because the first use of PySide's ``Qt`` namespace builds every one of
# its enums, about 40 ms, and a starting kiosk has no other use for it before its first frame.
DISPLAY_ROLE = 0
FIRST_ROLE = 0x0100 + 1


def camel_case(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.capitalize() for part in rest)


class RowListModel(QAbstractListModel):
    """Rows are replaced as a whole (``set_rows``): content changes are rare and wholesale."""

    row_type: ClassVar[type[NamedTuple]]
    # Before any row is removed or inserted: a view that builds rows ahead asynchronously
    # finishes them first (see kiosk.ui.engine.IncubationFlusher).
    rowsAboutToBeReplaced = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._fields: tuple[str, ...] = self.row_type._fields

    def set_rows(self, rows: list[Any]) -> None:
        """Replace every row: the old ones are removed, then the new ones inserted.

        Not a model reset: after a reset, Qt's delegate model may cancel delegates it was
        still creating at row numbers that no longer exist, and warns "DelegateModel::cancel:
        index out range" (QTBUG-46487). Removing and inserting rows keeps its indices valid.
        """
        self.rowsAboutToBeReplaced.emit()
        if self._rows:
            self.beginRemoveRows(QModelIndex(), 0, len(self._rows) - 1)
            self._rows = []
            self.endRemoveRows()
        if rows:
            self.beginInsertRows(QModelIndex(), 0, len(rows) - 1)
            self._rows = list(rows)
            self.endInsertRows()

    def rows(self) -> list[Any]:
        return list(self._rows)

    @override
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    @override
    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row: Any = self._rows[index.row()]
        if role == DISPLAY_ROLE:
            return str(getattr(row, self._fields[0]))
        offset = role - FIRST_ROLE
        if 0 <= offset < len(self._fields):
            return getattr(row, self._fields[offset])
        if offset == len(self._fields):
            return self._as_map(row)
        return None

    def _as_map(self, row: Any) -> dict[str, Any]:
        """The whole row as one value (role ``row``): a delegate keeps it while it is torn
        down, where ``model.x`` would read from a model object that is already gone."""
        return {camel_case(name): getattr(row, name) for name in self._fields}

    @override
    def roleNames(self) -> dict[int, QByteArray]:
        names = {
            FIRST_ROLE + i: QByteArray(camel_case(name).encode())
            for i, name in enumerate(self._fields)
        }
        names[FIRST_ROLE + len(self._fields)] = QByteArray(b"row")
        return names
