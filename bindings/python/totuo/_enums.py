"""The base of libtotuo's enumerations in Python."""

import enum
from typing import Any


class NamedEnum(enum.IntEnum):
    """An enumeration of libtotuo whose members read as their ids.

    str() and format() give the id ("street", "on_track"), not a number; a
    member compares equal to its id and to its Chinese name, so that
    ``region.level == "street"`` and ``region.level == "街道"`` hold; it is
    still an int, equal to its C value. Subclasses say how to name a value
    (_id_of and _chinese_of)."""

    def _id_of(self) -> str:
        return self.name.lower()

    def _chinese_of(self) -> str:
        return self._id_of()

    @property
    def id(self) -> str:
        """The English id, as the files and the C library spell it."""
        return self._id_of()

    @property
    def chinese(self) -> str:
        """The Chinese name."""
        return self._chinese_of()

    def __str__(self) -> str:
        return self._id_of()

    def __format__(self, spec: str) -> str:
        return format(self._id_of(), spec)

    def __eq__(self, other: Any) -> bool:
        if isinstance(other, str):
            return other == self._id_of() or other == self._chinese_of()
        return int(self) == other

    def __ne__(self, other: Any) -> bool:
        return not self == other

    def __hash__(self) -> int:
        return int.__hash__(self)
