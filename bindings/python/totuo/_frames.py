"""Tables in: pandas DataFrames (or dicts of columns) handed to C as whole
columns (columns.h), loaded with every rule of the file loaders.

An analyst can read any workbook with pandas.read_excel() and hand it over:
its headers may be ids, Chinese names or names with units, its cells the
words and numbers offices write; errors name the DataFrame's row label and
column instead of a line.
"""

import ctypes
import math
import re
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple

from ._errors import Error
from ._native import C

TEXT, INTEGER, REAL = 0, 1, 2
UNKNOWN = -1


class _Column(ctypes.Structure):
    """TotuoColumn."""
    _fields_ = [("name", ctypes.c_char_p), ("type", ctypes.c_int),
                ("texts", ctypes.c_void_p), ("texts_size", ctypes.c_size_t),
                ("integers", ctypes.c_void_p), ("reals", ctypes.c_void_p)]


def _is_missing(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return type(value).__name__ in ("NAType", "NaTType")


def _text(value: Any) -> str:
    if _is_missing(value):
        return ""
    if isinstance(value, bool) or type(value).__name__ == "bool_":
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))          # 1514.0, as pandas reads an int column with gaps
    return str(value)


def _texts_column(name: str, texts: List[Any], n: int,
                  joined: Optional[str] = None) -> Tuple[bytes, int]:
    """A column's texts as the NUL-separated buffer C reads. @joined is
    that text already made (by _pandas_texts()), if it was."""
    if joined is None:
        try:
            joined = "\0".join(texts) + "\0"
        except TypeError:              # a cell that is not a str: each converted
            texts = [_text(v) for v in texts]
            joined = "\0".join(texts) + "\0"
    if joined.count("\0") != n:
        bad = next(k for k, t in enumerate(texts) if "\0" in str(t))
        raise ValueError("column %r, row %d: a text holds a NUL character" % (name, bad))
    data = joined.encode("utf-8", "surrogatepass")
    return data, len(data)


class _Prepared:
    """The ctypes columns and the buffers they point into (kept alive)."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.names: List[str] = []
        self.keep: List[Any] = []
        self.columns: List[_Column] = []

    def add(self, name: str, kind: int, buffer: Any, size: int = 0) -> None:
        column = _Column(name.encode("utf-8"), kind, None, 0, None, None)
        self.keep.append(buffer)
        if kind == TEXT:
            column.texts = ctypes.cast(ctypes.c_char_p(buffer), ctypes.c_void_p)
            column.texts_size = size
        elif kind == INTEGER:
            column.integers = _address(buffer)
        else:
            column.reals = _address(buffer)
        self.names.append(name)
        self.columns.append(column)

    def array(self) -> Any:
        return (_Column * len(self.columns))(*self.columns)


def _address(buffer: Any) -> int:
    if hasattr(buffer, "ctypes"):
        return buffer.ctypes.data
    return ctypes.addressof(buffer)


def _prepare_pandas(frame: Any) -> _Prepared:
    import numpy as np

    prepared = _Prepared(len(frame))
    for name in frame.columns:
        if not isinstance(name, str):
            raise TypeError("column names must be text, got %r" % (name,))
        series = frame[name]
        kind = series.dtype.kind
        values = None
        if kind in "iu" and series.dtype.name.islower():          # numpy ints, no NA
            values = series.to_numpy(dtype=np.int64)
            if (values < 0).any():
                values = None                                      # as text: refused, located
            else:
                prepared.add(name, INTEGER, np.ascontiguousarray(values))
                continue
        if kind == "f":
            prepared.add(name, REAL, np.ascontiguousarray(series.to_numpy(dtype=np.float64)))
            continue
        if series.dtype.name == "Int64":                          # nullable integers
            raw = series.to_numpy(dtype=np.int64, na_value=UNKNOWN)
            if not ((raw < 0) & series.notna().to_numpy()).any():
                prepared.add(name, INTEGER, np.ascontiguousarray(raw))
                continue
        if kind == "b":                                            # numpy bools: 1/0
            prepared.add(name, INTEGER, np.ascontiguousarray(series.to_numpy(dtype=np.int64)))
            continue
        made = _pandas_texts(series)
        if made is None:
            data, size = _texts_column(name, [_text(v) for v in series.tolist()], prepared.n)
        else:
            data, size = _texts_column(name, made[0], prepared.n, made[1])
        prepared.add(name, TEXT, data, size)
    return prepared


def _pandas_texts(series: Any) -> Optional[Tuple[List[Any], Optional[str]]]:
    """A column's cells as an object array of str, by pandas' and numpy's
    own loops (a million cells in milliseconds); None when the column holds
    values those cannot vouch for (then each cell is converted in Python)."""
    import numpy as np
    import pandas as pd

    if series.dtype == object:
        # Text as pandas reads it: join() itself says whether every cell is
        # a str; a column with gaps (NaN, None) has them blanked first, and
        # _texts_column() converts each cell of any other column.
        texts = series.tolist()
        try:
            return texts, "\0".join(texts) + "\0"
        except TypeError:
            for k in np.flatnonzero(series.isna().to_numpy()).tolist():
                texts[k] = ""
            return texts, None
    missing = series.isna().to_numpy()
    if series.dtype.name == "category":
        categories = series.cat.categories
        if pd.api.types.infer_dtype(categories, skipna=True) != "string":
            return None
        codes = series.cat.codes.to_numpy()
        texts = np.append(np.asarray(categories, dtype=object), "")[codes]   # -1: ""
        return texts.tolist(), None
    if series.dtype.name == "boolean":
        texts = np.where(series.fillna(False).to_numpy(dtype=bool), "true", "false").astype(object)
        texts[missing] = ""
        return texts.tolist(), None
    return None


def _prepare_mapping(columns: Mapping[str, Sequence[Any]]) -> _Prepared:
    lengths = {len(values) for values in columns.values()}
    if len(lengths) > 1:
        raise ValueError("the columns differ in length: %s" % sorted(lengths))
    prepared = _Prepared(lengths.pop() if lengths else 0)
    for name, values in columns.items():
        if not isinstance(name, str):
            raise TypeError("column names must be text, got %r" % (name,))
        data, size = _texts_column(name, [_text(v) for v in values], prepared.n)
        prepared.add(name, TEXT, data, size)
    return prepared


def prepare(table: Any) -> _Prepared:
    """A DataFrame or a {name: values} mapping as columns for C."""
    if hasattr(table, "columns") and hasattr(table, "dtypes"):
        return _prepare_pandas(table)
    if isinstance(table, Mapping):
        return _prepare_mapping(table)
    raise TypeError("expected a pandas DataFrame or a mapping of column name to values, got %s"
                    % type(table).__name__)


def row_labels(table: Any) -> Optional[Sequence[Any]]:
    return list(table.index) if hasattr(table, "index") and hasattr(table, "dtypes") else None


def relocate(error: Error, source: str, labels: Optional[Sequence[Any]]) -> Error:
    """An error at "source:LINE:" as one at the row: line k + 2 is row k."""
    message = str(error)
    match = re.match(re.escape(source) + r":(\d+)(?::\d+)?: ", message)
    if match is None:
        return error
    line = int(match.group(1))
    if line == 1:
        where = "%s, header: " % source
    else:
        position = line - 2
        label = labels[position] if labels is not None and position < len(labels) else position
        where = "%s, row %r: " % (source, label)
    relocated = type(error)(error.code, where + message[match.end():])
    return relocated


def load(dataset: Any, loader: Any, table: Any, source: str) -> None:
    prepared = prepare(table)
    try:
        loader(dataset, prepared.array() if prepared.columns else None, len(prepared.columns),
               prepared.n, source)
    except Error as e:
        raise relocate(e, source, row_labels(table)) from None
