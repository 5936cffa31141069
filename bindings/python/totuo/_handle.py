"""Ownership and thread safety of the wrappers.

Each Python object holds exactly one reference to its C object, released by
close() or, failing that, by weakref.finalize (safe at interpreter shutdown,
unlike __del__). After close() every method raises totuo.ClosedError: the
pointer is gone, not dangling.

The C library's rule is "any number of readers, or one writer" per object.
ctypes releases the GIL during a call, so Python threads really do run C
code at once; each wrapper therefore carries a readers-writer lock, and every
bound call holds the lock of each object it is given: for writing when the
call changes the object, for reading otherwise. An object that reads another
one after it was made (an indicator table reads its dataset; an evaluation
its plan) shares that object's lock, so that a change to the dataset waits
for the table's readers and the other way round.
"""

import threading
from typing import Any, Dict
import weakref


class RWLock:
    """Many readers or one writer. A waiting writer goes before readers that
    arrive after it, so that a stream of readers cannot starve it. No call
    takes the same lock twice (the bindings take each object's lock once
    per C call), so the lock need not be reentrant."""

    __slots__ = ("_cond", "_readers", "_writing", "_writers_waiting")

    def __init__(self) -> None:
        self._cond = threading.Condition(threading.Lock())
        self._readers = 0
        self._writing = False
        self._writers_waiting = 0

    def acquire(self, write: Any) -> Any:
        with self._cond:
            if write:
                self._writers_waiting += 1
                while self._writing or self._readers:
                    self._cond.wait()
                self._writers_waiting -= 1
                self._writing = True
            else:
                while self._writing or self._writers_waiting:
                    self._cond.wait()
                self._readers += 1

    def release(self, write: Any) -> Any:
        with self._cond:
            if write:
                self._writing = False
            else:
                self._readers -= 1
            if not self._readers:
                self._cond.notify_all()


class Handle:
    """Base of every wrapper of a reference-counted C object."""

    _unref: Any = None     # the bound C unref function, set by each subclass
    registry: Dict[str, type] = {}   # class name -> class, for the argument types of _args

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        Handle.registry[cls.__name__] = cls

    def __init__(self, pointer: Any, lock: Any = None) -> None:
        if not pointer:
            raise MemoryError("libtotuo returned NULL")
        self._pointer = pointer
        self._lock = lock if lock is not None else RWLock()
        # The raw C function: the finalizer runs after close() checks, and at
        # shutdown, where the checked wrappers may be gone.
        self._finalizer = weakref.finalize(self, type(self)._unref.c, pointer)

    @classmethod
    def _borrowed(cls, pointer: Any, ref: Any, lock: Any = None) -> Any:
        """Wraps a borrowed pointer: takes a reference of our own first."""
        if not pointer:
            raise MemoryError("libtotuo returned NULL")
        return cls._adopt(ref.c(pointer), lock)

    @classmethod
    def _adopt(cls, pointer: Any, lock: Any = None) -> Any:
        """Wraps a pointer we own (transfer full) without calling __init__'s callers."""
        obj = cls.__new__(cls)
        Handle.__init__(obj, pointer, lock)
        return obj

    @property
    def closed(self) -> bool:
        """Whether close() was called."""
        return self._pointer is None

    def close(self) -> None:
        """Releases the C object now rather than when collected. Every method
        called afterwards raises totuo.ClosedError; closing twice is harmless."""
        self._lock.acquire(True)
        try:
            self._pointer = None
            self._finalizer()
        finally:
            self._lock.release(True)

    def __enter__(self) -> Any:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()
