"""Whole columns from C in one call (columns.h), and the tables made of them.

Reading a million institutions record by record crosses ctypes sixteen
million times; a column crosses once. Numbers come as numpy arrays when
numpy is importable (filled in place by C, no copy) and as array.array
otherwise; texts as one buffer, split once. to_dataframe() and
to_records() on datasets and indicator tables are built on these.
"""

import array
import ctypes
import gc
import os
from typing import Any, Callable, Dict, List, Optional, Sequence, Tuple

from ._native import C

_np: Any
try:                                   # optional: the fast path when present
    import numpy as _np
except ImportError:                    # pragma: no cover - depends on the machine
    _np = None
if os.environ.get("TOTUO_PYTHON_NO_NUMPY"):
    _np = None                         # the tests' way to try the array.array path

UNKNOWN = -1                           # TOTUO_UNKNOWN
FLAG_UNKNOWN = 2                       # TOTUO_FLAG_UNKNOWN

# The fields, as columns.h numbers them (the CSV files' column order).
REGION_FIELDS = tuple(C.region_field_get_name(k) for k in range(9))
INSTITUTION_FIELDS = tuple(C.institution_field_get_name(k) for k in range(17))
CSV_INSTITUTION_FIELDS = INSTITUTION_FIELDS[:16]       # region_row is for joins
TEXT, INTEGER, REAL = 0, 1, 2
REGION_TYPES = tuple(C.region_field_get_type(k) for k in range(len(REGION_FIELDS)))
INSTITUTION_TYPES = tuple(C.institution_field_get_type(k) for k in range(len(INSTITUTION_FIELDS)))

_RETRIES = 3     # a writer in another thread may change the rows between two calls


def _numbers(fill: Callable, obj: Any, field: int, n: int, real: bool) -> Any:
    """A number column: gint64, or gdouble when @real, filled in place."""
    ctype: Any = ctypes.c_double if real else ctypes.c_int64
    if _np is not None:
        out = _np.empty(n, dtype=_np.float64 if real else _np.int64)
        fill(obj, field, out.ctypes.data_as(ctypes.POINTER(ctype)) if n else None, n)
        return out
    out = array.array("d" if real else "q", bytes(8 * n))
    fill(obj, field, (ctype * n).from_buffer(out) if n else None, n)
    return out


def _texts(fill: Callable, obj: Any, field: int, n: int) -> List[str]:
    """The texts of a column: C writes them NUL-separated into one buffer,
    which is decoded and split once (a million texts in milliseconds)."""
    if n == 0:
        return []
    for _ in range(_RETRIES):
        size = fill(obj, field, None, 0, None, n)
        buffer = (ctypes.c_char * size)()
        if fill(obj, field, buffer, size, None, n) == size:
            # Decoded from the buffer itself, without a copy; split once.
            return str(memoryview(buffer)[:size - 1], "utf-8").split("\0")
    raise RuntimeError("the dataset kept changing while its texts were read")


class Columns:
    """One read of every field of a table: name -> column. Integer columns
    keep TOTUO_UNKNOWN (-1) and TOTUO_FLAG_UNKNOWN (2); real ones NaN."""

    def __init__(self, names: Sequence[str], data: Dict[str, Any], n: int) -> None:
        self.names, self.data, self.n = tuple(names), data, n


def _read(obj: Any, count: Callable, names: Sequence[str], types: Sequence[int],
          texts: Callable, integers: Callable, reals: Callable,
          wanted: Optional[Sequence[str]]) -> Columns:
    for _ in range(_RETRIES):
        n = count(obj)
        try:
            data = {}
            for k, name in enumerate(names):
                if wanted is not None and name not in wanted:
                    continue
                if types[k] == TEXT:
                    data[name] = _texts(texts, obj, k, n)
                elif types[k] == INTEGER:
                    data[name] = _numbers(integers, obj, k, n, real=False)
                else:
                    data[name] = _numbers(reals, obj, k, n, real=True)
            if count(obj) == n:
                return Columns([x for x in names if x in data], data, n)
        except ValueError:
            if count(obj) == n:        # not a change of size: a real refusal
                raise
    raise RuntimeError("the dataset kept changing while its columns were read")


def _with_region_rows(dataset: Any) -> Tuple[List[str], Columns]:
    """The region codes, and the institutions' columns with region_row
    instead of the region's code: a million rows share some thousands of
    codes, which are read once per region, not once per institution."""
    wanted = [name for name in CSV_INSTITUTION_FIELDS if name != "region"] + ["region_row"]
    for _ in range(_RETRIES):
        codes = region_columns(dataset, ("code",))
        columns = institution_columns(dataset, wanted)
        if C.dataset_get_n_regions(dataset) == codes.n:
            break
    return codes.data["code"], columns


def institution_frame_columns(dataset: Any) -> Dict[str, Any]:
    """The institutions' columns for a DataFrame: region as a categorical of
    the region codes."""
    import pandas as pd

    codes, columns = _with_region_rows(dataset)
    frame = dataframe_columns(Columns([n for n in columns.names if n != "region_row"],
                                      columns.data, columns.n))
    region = pd.Categorical.from_codes(_np.asarray(columns.data["region_row"]),
                                       categories=pd.Index(codes))
    out = {}
    for name in CSV_INSTITUTION_FIELDS:
        out[name] = region if name == "region" else frame[name]
    return out


def region_columns(dataset: Any, wanted: Optional[Sequence[str]] = None) -> Columns:
    return _read(dataset, C.dataset_get_n_regions, REGION_FIELDS, REGION_TYPES,
                 C.dataset_get_region_texts, C.dataset_get_region_integers,
                 C.dataset_get_region_reals, wanted)


def institution_columns(dataset: Any, wanted: Optional[Sequence[str]] = None) -> Columns:
    """The institutions' columns; region_row only when asked for."""
    if wanted is None:
        wanted = CSV_INSTITUTION_FIELDS
    return _read(dataset, C.dataset_get_n_institutions, INSTITUTION_FIELDS, INSTITUTION_TYPES,
                 C.dataset_get_institution_texts, C.dataset_get_institution_integers,
                 C.dataset_get_institution_reals, wanted)


def institution_record_columns(dataset: Any) -> Columns:
    """The institutions' columns for records: as institution_columns(), with
    each region code looked up by region row."""
    codes, columns = _with_region_rows(dataset)
    rows = columns.data.pop("region_row")
    if _np is not None:
        region = _np.array(codes, dtype=object)[_np.asarray(rows)].tolist()
    else:
        region = [codes[r] for r in rows]
    columns.data["region"] = region
    return Columns(CSV_INSTITUTION_FIELDS, columns.data, columns.n)


def indicator_columns(table: Any, indices: Sequence[int], n: int) -> Any:
    """(values, defined) of several indicators, one pass over the rows:
    2-D, one row per indicator (numpy; array.array column after column
    without it)."""
    m = len(indices)
    wanted = (ctypes.c_int * m)(*indices)
    if _np is not None:
        values = _np.empty((m, n), dtype=_np.float64)
        defined = _np.empty((m, n), dtype=_np.uint8)
        if n and m:
            C.indicator_table_get_columns(
                table, wanted, m, values.ctypes.data_as(ctypes.POINTER(ctypes.c_double)),
                defined.ctypes.data_as(ctypes.POINTER(ctypes.c_uint8)), n)
        return values, defined.astype(bool)
    values = array.array("d", bytes(8 * n * m))
    defined = array.array("B", bytes(n * m))
    if n and m:
        C.indicator_table_get_columns(table, wanted, m,
                                      (ctypes.c_double * (n * m)).from_buffer(values),
                                      (ctypes.c_uint8 * (n * m)).from_buffer(defined), n)
    return values, defined


def column_of(values: Any, k: int, n: int) -> Any:
    """Indicator k's column of what indicator_columns() gave: a row of the
    2-D numpy array, or a slice of the flat array.array."""
    return values[k] if _np is not None else values[k * n:(k + 1) * n]


# ---- as Python values --------------------------------------------------------------

def _names(function: Callable, count: int) -> List[str]:
    return [function(k) for k in range(count)]


LEVEL_IDS = _names(C.region_level_to_string, 7)
KIND_IDS = _names(C.kind_to_string, 7)
OWNERSHIP_IDS = _names(C.ownership_to_string, 4)
STATUS_IDS = _names(C.status_to_string, 5)
MODES_TEXTS = [C.modes_to_string(m) for m in range(16)]
LABELS = {"level": LEVEL_IDS, "kind": KIND_IDS, "ownership": OWNERSHIP_IDS,
          "status": STATUS_IDS, "modes": MODES_TEXTS}
FLAGS = ("inclusive", "health_manager")


def _is_real(column: Any) -> bool:
    if isinstance(column, array.array):
        return column.typecode == "d"
    return column.dtype.kind == "f"


def as_list(name: str, column: Any) -> List[Any]:
    """A column as the values of to_records(): labels as their ids, flags as
    True/False/None, unknown counts and reals as None."""
    if isinstance(column, list):
        if name == "parent":
            return [p or None for p in column]
        return column
    if _np is not None and not isinstance(column, array.array):
        return _as_list_numpy(name, column)
    values = column.tolist()
    if name in LABELS:
        ids = LABELS[name]
        return [ids[v] for v in values]
    if name in FLAGS:
        return [None if v == FLAG_UNKNOWN else v == 1 for v in values]
    if _is_real(column):
        return [None if v != v else v for v in values]      # NaN -> None
    return [None if v == UNKNOWN else v for v in values]


def _as_list_numpy(name: str, column: Any) -> List[Any]:
    """as_list() with numpy doing the per-value work."""
    np = _np
    if name in LABELS:
        return np.array(LABELS[name], dtype=object)[column].tolist()
    if name in FLAGS:
        return np.array([False, True, None], dtype=object)[column].tolist()
    unknown = column != column if column.dtype.kind == "f" else column == UNKNOWN
    if not unknown.any():
        return column.tolist()           # places, and any complete column: no objects
    out = column.astype(object)
    out[unknown] = None
    return out.tolist()


def _row_maker(names: Sequence[str]) -> Callable:
    """A function making one dict per row from the columns' lists. A dict
    display ({"id": a, "name": b, ...}) builds a dict in half the time of
    dict(zip(names, row)), so the comprehension is written out for these
    names: our own field names, identifiers, never a caller's text."""
    assert all(name.isidentifier() for name in names)
    args = ", ".join("v%d" % k for k in range(len(names)))
    body = ", ".join("%r: v%d" % (name, k) for k, name in enumerate(names))
    return eval("lambda lists: [{%s} for %s in zip(*lists)]" % (body, args))


def records(columns: Columns) -> List[Dict[str, Any]]:
    """One dict per row, keyed by the column names."""
    with no_collection():
        lists = [as_list(name, columns.data[name]) for name in columns.names]
        if not columns.names:
            return [{} for _ in range(columns.n)]
        return _row_maker(columns.names)(lists)


class no_collection:
    """No cyclic garbage collection while a million new objects are made:
    none of them can be garbage yet, and the collections their allocations
    set off cost a fifth of to_records() (2.5 -> 2.0 s for a million rows)."""

    def __enter__(self) -> None:
        self.was_enabled = gc.isenabled()
        gc.disable()

    def __exit__(self, *exc: Any) -> None:
        if self.was_enabled:
            gc.enable()


def dataframe_columns(columns: Columns) -> Dict[str, Any]:
    """The columns as pandas arrays: labels as categoricals, counts as
    nullable integers (Int64), flags as nullable booleans, reals as floats,
    texts as objects."""
    import pandas as pd
    import numpy as np

    out = {}
    for name in columns.names:
        column = columns.data[name]
        if isinstance(column, list):
            # An object array now: pandas converts a list of a million
            # texts far more slowly than numpy does.
            text = np.empty(len(column), dtype=object)
            text[:] = column
            if name == "parent":
                text[text == ""] = None
            out[name] = text
            continue
        column = np.asarray(column)
        if name in LABELS and name != "modes":
            out[name] = pd.Categorical.from_codes(column, categories=LABELS[name])
        elif name == "modes":
            out[name] = np.array(MODES_TEXTS, dtype=object)[column]
        elif name in FLAGS:
            out[name] = pd.arrays.BooleanArray(column == 1, column == FLAG_UNKNOWN)
        elif column.dtype.kind == "f":
            out[name] = column
        else:
            out[name] = pd.arrays.IntegerArray(column, column == UNKNOWN)
    return out
