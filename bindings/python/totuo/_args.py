"""Argument types for the bound C functions: each checks a Python value
before it reaches C, so that no call can pass C something it cannot take.

ctypes converts an argument by calling its argtype's from_param(). The plain
ctypes types accept far too much for a library that must not crash: c_void_p
takes any int or str as an address, c_int64 keeps the low 64 bits of a larger
int, c_char_p takes None for a string that may not be NULL. These classes
raise instead:

- TypeError: a value of the wrong type (a str where a Dataset is expected, a
  float where a count is, None where text is required);
- OverflowError: an integer the C type cannot hold;
- ValueError: NaN or an infinity where C requires a finite number, a NUL
  character inside text, text that is not encodable as UTF-8;
- totuo.ClosedError: an object used after close().
"""

import ctypes
from typing import Any
import math
import operator
import os
import threading

from ._errors import ClosedError


# ctypes turns an exception raised by from_param() into ctypes.ArgumentError,
# with the original only in its message; the bound functions catch that and
# raise the original, kept here, instead.
_refused = threading.local()


def pending_refusal() -> Any:
    """The exception the last from_param() of this thread raised, once."""
    exc = getattr(_refused, "exc", None)
    _refused.exc = None
    return exc


def _recorded(function: Any) -> Any:
    def from_param(cls: Any, value: Any) -> Any:
        try:
            return function(cls, value)
        except Exception as e:
            _refused.exc = e
            raise
    return classmethod(from_param)


def _type_name(value: Any) -> Any:
    return "None" if value is None else type(value).__name__


class Text:
    """A const gchar * that must not be NULL: str (encoded as UTF-8) or bytes."""

    nullable = False
    what = "text"

    @classmethod
    def encode(cls, value: Any) -> Any:
        if value is None and cls.nullable:
            return None
        if isinstance(value, str):
            if "\0" in value:
                raise ValueError("%s may not contain a NUL character: %.40r" % (cls.what, value))
            try:
                return value.encode("utf-8")
            except UnicodeEncodeError as e:
                raise ValueError("%s is not valid Unicode: %s" % (cls.what, e)) from None
        if isinstance(value, (bytes, bytearray)):
            if b"\0" in value:
                raise ValueError("%s may not contain a NUL byte: %.40r" % (cls.what, value))
            return bytes(value)
        raise TypeError("expected %s (str), got %s" % (cls.what, _type_name(value)))

    @classmethod
    def from_param(cls, value: Any) -> Any:
        return ctypes.c_char_p(cls.encode(value))


class OptionalText(Text):
    """A const gchar * that may be NULL (None)."""

    nullable = True


class Path(Text):
    """A file name: str, bytes or os.PathLike, in the file system's encoding."""

    what = "a path"

    @classmethod
    def encode(cls, value: Any) -> Any:
        if isinstance(value, os.PathLike):
            value = os.fspath(value)
        if isinstance(value, str):
            if "\0" in value:
                raise ValueError("a path may not contain a NUL character: %.40r" % (value,))
            return os.fsencode(value)
        return super().encode(value)


class OptionalPath(Path):
    """A file name, or None (NULL)."""

    nullable = True


class Data:
    """A buffer given with its length (the *_data loaders): NULs are data here."""

    @classmethod
    def from_param(cls, value: Any) -> Any:
        if not isinstance(value, bytes):
            raise TypeError("expected bytes, got %s" % _type_name(value))
        return ctypes.c_char_p(value)


def _integer(ctype: Any, low: Any, high: Any, what: Any) -> Any:
    class Integer:
        """An integer that the C type holds exactly."""

        @classmethod
        def from_param(cls, value: Any) -> Any:
            if isinstance(value, float):
                # Indicator values are floats even when they count: 1284182.0
                # is a whole number, 3.7 and NaN are not.
                if not value.is_integer():
                    raise ValueError("expected a whole number for %s, got %r" % (what, value))
                value = int(value)
            try:
                number = operator.index(value)
            except TypeError:
                raise TypeError("expected an integer for %s, got %s"
                                % (what, _type_name(value))) from None
            if not low <= number <= high:
                raise OverflowError("%d does not fit %s (%d..%d)" % (number, what, low, high))
            return ctype(number)

    Integer.__name__ = what
    return Integer


Int = _integer(ctypes.c_int, -2 ** 31, 2 ** 31 - 1, "a C int")
UInt = _integer(ctypes.c_uint, 0, 2 ** 32 - 1, "a C unsigned int")
Int64 = _integer(ctypes.c_int64, -2 ** 63, 2 ** 63 - 1, "a 64-bit integer")
SizeT = _integer(ctypes.c_size_t, 0, 2 ** (8 * ctypes.sizeof(ctypes.c_size_t)) - 1, "a size")
SSizeT = _integer(ctypes.c_ssize_t, -2 ** (8 * ctypes.sizeof(ctypes.c_ssize_t) - 1),
                  2 ** (8 * ctypes.sizeof(ctypes.c_ssize_t) - 1) - 1, "a signed size")
Bool = _integer(ctypes.c_int, 0, 1, "a boolean")


def _real(value: Any) -> Any:
    if isinstance(value, (str, bytes, bytearray)) or value is None or isinstance(value, complex):
        raise TypeError("expected a number, got %s" % _type_name(value))
    try:
        return float(value)
    except (TypeError, ValueError):
        raise TypeError("expected a number, got %s" % _type_name(value)) from None


class Double:
    """A finite double."""

    @classmethod
    def from_param(cls, value: Any) -> Any:
        number = _real(value)
        if not math.isfinite(number):
            raise ValueError("expected a finite number, got %r" % (number,))
        return ctypes.c_double(number)


class DoubleOrNaN:
    """A double where NaN stands for "unknown" (the wrappers pass it for None)."""

    @classmethod
    def from_param(cls, value: Any) -> Any:
        number = _real(value)
        if math.isinf(number):
            raise ValueError("expected a finite number, got %r" % (number,))
        return ctypes.c_double(number)


class HandleArg:
    """A pointer to a C object, given as the Python wrapper of its type.

    WRITE marks the parameter the call changes: the bindings take the
    object's lock for writing around the call, and for reading otherwise."""

    type_name: str = ""   # the wrapper class's name, resolved when first used
    write = False
    nullable = False      # None passes NULL (a "(nullable)" parameter)
    _class: Any = None

    @classmethod
    def wrapper_class(cls) -> Any:
        if cls._class is None:
            from ._handle import Handle
            cls._class = Handle.registry[cls.type_name]
        return cls._class

    @classmethod
    def from_param(cls, value: Any) -> Any:
        wanted = cls.wrapper_class()
        if value is None and cls.nullable:
            return None
        if not isinstance(value, wanted):
            raise TypeError("expected a totuo.%s, got %s" % (wanted.__name__, _type_name(value)))
        pointer = value._pointer
        if pointer is None:
            raise ClosedError("this %s was closed" % wanted.__name__)
        return ctypes.c_void_p(pointer)


for _cls in (Text, Data, Int, UInt, Int64, SizeT, SSizeT, Bool, Double, DoubleOrNaN, HandleArg):
    _cls.from_param = _recorded(_cls.__dict__["from_param"].__func__)

_handle_args = {}


def handle(type_name: Any, write: Any = False, nullable: Any = False) -> Any:
    """The argtype for a wrapper class named type_name (looked up lazily, so
    that the prototypes can be written before the classes exist)."""
    key = (type_name, write, nullable)
    if key not in _handle_args:
        _handle_args[key] = type(type_name + ("Written" if write else "") + ("OrNone" if nullable else "Arg"),
                                 (HandleArg,), {"type_name": type_name, "write": write,
                                                "nullable": nullable})
    return _handle_args[key]
