"""Table models (QAbstractTableModel), one per table; tested with no window."""
