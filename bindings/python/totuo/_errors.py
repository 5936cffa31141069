"""Exceptions for the TOTUO_ERROR domain: one class per kind of failure, all
under totuo.Error, each carrying .code (an ErrorCode) and the message, which
names the file, line and column where they apply."""

import enum
from typing import Any


class ErrorCode(enum.IntEnum):
    """Mirrors the C enumeration TotuoError."""
    FAILED = 0
    IO = 1
    ENCODING = 2
    SYNTAX = 3
    MISSING_COLUMN = 4
    DUPLICATE_COLUMN = 5
    MISSING_VALUE = 6
    BAD_NUMBER = 7
    NEGATIVE = 8
    OUT_OF_RANGE = 9
    UNKNOWN_VALUE = 10
    DUPLICATE_ID = 11
    UNKNOWN_PARENT = 12
    UNKNOWN_REGION = 13
    CYCLE = 14
    LEVEL = 15
    INCONSISTENT = 16
    IN_USE = 17
    NOT_FOUND = 18
    UNDEFINED = 19
    STALE = 20
    LIMIT = 21


class Error(Exception):
    """A failure reported by libtotuo."""

    def __init__(self, code: Any, message: Any) -> None:
        super().__init__(message)
        self.code = code
        self.message = message

    def __str__(self) -> str:
        return self.message


class InputError(Error):
    """The input is malformed: encoding, syntax, columns, numbers, values."""


class ConsistencyError(Error):
    """The input is well formed but contradicts itself or the dataset:
    duplicate ids, unknown parents or regions, cycles, levels, enrolled >
    places."""


class NotFoundError(Error, KeyError):
    """No region, institution or indicator has that code, id or name (a
    KeyError, as a mapping's lookup raises)."""


class UndefinedError(Error, ArithmeticError):
    """A ratio's denominator is zero or unknown."""


class StaleError(Error):
    """The dataset changed after the indicators were computed."""


_CLASSES = {
    ErrorCode.ENCODING: InputError, ErrorCode.SYNTAX: InputError,
    ErrorCode.MISSING_COLUMN: InputError, ErrorCode.DUPLICATE_COLUMN: InputError,
    ErrorCode.MISSING_VALUE: InputError, ErrorCode.BAD_NUMBER: InputError,
    ErrorCode.NEGATIVE: InputError, ErrorCode.OUT_OF_RANGE: InputError,
    ErrorCode.UNKNOWN_VALUE: InputError, ErrorCode.LIMIT: InputError,
    ErrorCode.DUPLICATE_ID: ConsistencyError, ErrorCode.UNKNOWN_PARENT: ConsistencyError,
    ErrorCode.UNKNOWN_REGION: ConsistencyError, ErrorCode.CYCLE: ConsistencyError,
    ErrorCode.LEVEL: ConsistencyError, ErrorCode.INCONSISTENT: ConsistencyError,
    ErrorCode.IN_USE: ConsistencyError,
    ErrorCode.NOT_FOUND: NotFoundError, ErrorCode.UNDEFINED: UndefinedError,
    ErrorCode.STALE: StaleError,
}


def error_from_code(code: Any, message: Any) -> Any:
    """The exception for a GError of the TOTUO_ERROR domain."""
    try:
        code = ErrorCode(code)
    except ValueError:
        code = ErrorCode.FAILED
    if code == ErrorCode.IO:
        return IOFailure(code, message)
    return _CLASSES.get(code, Error)(code, message)


class IOFailure(Error, OSError):
    """A file could not be read or written."""


class ClosedError(ValueError):
    """An object was used after its close() (or after its with block), as
    Python's files raise ValueError after close()."""
