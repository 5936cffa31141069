"""Ownership: each Python object holds exactly one reference to its C
object, released by weakref.finalize (safe at interpreter shutdown, unlike
__del__). Objects that stand for a resource are context managers too."""

import weakref


class Handle:
    """Base of every wrapper of a reference-counted C object."""

    _unref = None     # the bound C unref function, set by each subclass

    def __init__(self, pointer):
        if not pointer:
            raise MemoryError("libtotuo returned NULL")
        self._as_parameter_ = pointer      # ctypes passes this when given the object
        self._finalizer = weakref.finalize(self, type(self)._unref, pointer)

    @classmethod
    def _borrowed(cls, pointer, ref):
        """Wraps a borrowed pointer: takes a reference of our own first."""
        return cls._adopt(ref(pointer))

    @classmethod
    def _adopt(cls, pointer):
        """Wraps a pointer we own (transfer full) without calling __init__'s callers."""
        obj = cls.__new__(cls)
        Handle.__init__(obj, pointer)
        return obj

    def close(self):
        """Releases the C object now rather than when collected."""
        self._finalizer()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False
