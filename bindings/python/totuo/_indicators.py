"""The indicator registry, the one-pass indicator table, planning helpers."""

import ctypes
from typing import Any, Dict, List, Optional, Sequence, Tuple, Union
from dataclasses import dataclass

from ._errors import ErrorCode, NotFoundError, StaleError, UndefinedError  # noqa: F401
from ._handle import Handle
from . import _columns
from ._model import Dataset
from ._native import C, encode


@dataclass(frozen=True)
class Indicator:
    """One entry of the registry."""
    index: int
    id: str
    name_zh: str
    name_en: str
    unit: str
    formula: str
    is_ratio: bool
    source: str
    """The public documents that report or target it (Chinese titles)."""


def _registry() -> Any:
    return tuple(Indicator(k, C.indicator_get_id(k), C.indicator_get_name_zh(k),
                           C.indicator_get_name_en(k), C.indicator_get_unit(k),
                           C.indicator_get_formula(k), bool(C.indicator_is_ratio(k)),
                           C.indicator_get_source(k))
                 for k in range(C.indicator_get_count()))


INDICATORS = _registry()
"""Every indicator libtotuo computes, in registry order."""

_BY_ID = {ind.id: ind for ind in INDICATORS}
# Chinese names stand for ids wherever an indicator is named: "每千人口托位数".
_BY_ID.update({ind.name_zh: ind for ind in INDICATORS})


def _suggestion(name: str) -> str:
    meant = C.indicator_suggest(name) if "\0" not in name else None
    return "; did you mean %r?" % meant if meant else ""


def indicator(id_or_index: Union[str, int]) -> Indicator:
    """The registry entry for an id such as "places_per_1000", its Chinese
    name ("每千人口托位数"), or its index."""
    if isinstance(id_or_index, bool):
        raise TypeError("expected an indicator id or index, got a bool")
    if isinstance(id_or_index, int):
        if not 0 <= id_or_index < len(INDICATORS):
            raise NotFoundError(ErrorCode.NOT_FOUND, "no indicator has the index %d" % id_or_index)
        return INDICATORS[id_or_index]
    if not isinstance(id_or_index, str):
        raise TypeError("expected an indicator id or index, got %s" % type(id_or_index).__name__)
    try:
        return _BY_ID[id_or_index]
    except KeyError:
        raise NotFoundError(ErrorCode.NOT_FOUND, "unknown indicator %r%s" % (
            id_or_index, _suggestion(id_or_index))) from None


class IndicatorTable(Handle):
    """Every indicator for every region of a dataset, computed in one pass.

    A snapshot: if the dataset changes afterwards, lookups by code raise
    StaleError."""

    _unref = C.indicator_table_unref

    def __init__(self, dataset: Dataset) -> None:
        # The table reads its dataset on every lookup by code: it shares the
        # dataset's lock, so that a change to the dataset waits for it.
        super().__init__(C.indicator_table_new(dataset), lock=dataset._lock)

    @property
    def dataset(self) -> Dataset:
        """The dataset the table was computed from (the table keeps it alive)."""
        return Dataset._borrowed(C.indicator_table_get_dataset(self), C.dataset_ref,
                                 lock=self._lock)

    def __len__(self) -> int:
        return C.indicator_table_get_n_rows(self)

    @property
    def codes(self) -> List[str]:
        """The region codes of the rows, in the dataset's order."""
        return [C.indicator_table_get_row_code(self, k) for k in range(len(self))]

    @property
    def warnings(self) -> List[str]:
        """Figures that loaded but cannot be right (under-3s above 10% of the
        population, an enrollment rate above 100%, ...), one per region and rule."""
        return C.indicator_table_get_warnings(self, None)

    def get(self, code: str, indicator_id: Union[str, int]) -> float:
        """The value; raises UndefinedError (why), NotFoundError or StaleError."""
        value = ctypes.c_double()
        C.indicator_table_get(self, code, indicator(indicator_id).index,
                              ctypes.byref(value))
        return value.value

    def value(self, code: str, indicator_id: Union[str, int]) -> Optional[float]:
        """The value, or None when it is undefined."""
        try:
            return self.get(code, indicator_id)
        except UndefinedError:
            return None

    def reporting(self, code: str, indicator_id: Union[str, int]) -> Tuple[int, int]:
        """(reporting, of): how many institutions of the region the value is
        made over, and how many there are. The filing rate counts only the
        institutions whose status is known; (40, 50) says 10 did not report it."""
        self.get(code, "places")        # raises for an unknown code or a stale table
        rows = self.__dict__.get("_rows")
        if rows is None:
            rows = self.__dict__["_rows"] = {c: k for k, c in enumerate(self.codes)}
        of = ctypes.c_int64()
        n = C.indicator_table_get_reporting_at(self, rows[code], indicator(indicator_id).index,
                                               ctypes.byref(of))
        return n, of.value

    def values(self, code: str) -> Dict[str, Optional[float]]:
        """{indicator id: value or None} for one region."""
        self.get(code, "places")        # raises for an unknown code or a stale table
        return {ind.id: self.value(code, ind.id) for ind in INDICATORS}

    def _check_fresh(self) -> None:
        if len(self):
            self.get(C.indicator_table_get_row_code(self, 0), "places")   # StaleError

    def columns(self, indicators: Optional[Sequence[Union[str, int]]] = None) -> Dict[str, Any]:
        """{indicator id: values} for every row, one C call per indicator:
        numpy float arrays (NaN where undefined) when numpy is there, else
        array.array('d')."""
        n = len(self)
        chosen = INDICATORS if indicators is None else [indicator(i) for i in indicators]
        values, _ = _columns.indicator_columns(self, [ind.index for ind in chosen], n)
        return {ind.id: _columns.column_of(values, k, n) for k, ind in enumerate(chosen)}

    def to_records(self) -> List[Dict[str, Any]]:
        """One dict per region: code and every indicator (None when undefined)."""
        self._check_fresh()
        n = len(self)
        lists = [self.codes]
        # Every indicator in one pass over the rows, as to_dataframe() does.
        values, defined = _columns.indicator_columns(self, [ind.index for ind in INDICATORS], n)
        for k in range(len(INDICATORS)):
            column = _columns.column_of(values, k, n)
            known = _columns.column_of(defined, k, n)
            lists.append([v if d else None for v, d in zip(column.tolist(), known.tolist())])
        names = ["code"] + [ind.id for ind in INDICATORS]
        with _columns.no_collection():
            return [dict(zip(names, row)) for row in zip(*lists)]

    def to_dataframe(self, indicators: Optional[Sequence[Union[str, int]]] = None) -> Any:
        """Every indicator (or those named, by id or Chinese name) as a pandas
        DataFrame indexed by region code, with the region's name, level and
        parent first: counts as nullable integers (Int64, <NA> where
        undefined), ratios as floats (NaN where undefined). Made of whole
        columns: the national table (42,487 regions) in a few hundredths of
        a second."""
        import pandas as pd
        import numpy as np

        self._check_fresh()
        n = len(self)
        regions = _columns.region_columns(self.dataset, ("code", "name", "level", "parent"))
        frame = _columns.dataframe_columns(regions)
        index = pd.Index(frame.pop("code"), name="code")
        chosen = INDICATORS if indicators is None else [indicator(i) for i in indicators]
        values, defined = _columns.indicator_columns(self, [ind.index for ind in chosen], n)
        # The counts become integers all at once; each column is a view.
        count_rows = [k for k, ind in enumerate(chosen) if not ind.is_ratio]
        counts = np.where(defined[count_rows], values[count_rows], 0).astype(np.int64)
        undefined = ~defined[count_rows]
        as_count = {k: j for j, k in enumerate(count_rows)}
        for k, ind in enumerate(chosen):
            if k in as_count:
                j = as_count[k]
                frame[ind.id] = pd.arrays.IntegerArray(counts[j], undefined[j])
            else:
                frame[ind.id] = values[k]
        return pd.DataFrame(frame, index=index, copy=False)
def _get_at(table: Any, row: Any, index: Any, value: Any) -> Any:
    try:
        C.indicator_table_get_at(table, row, index, ctypes.byref(value))
        return True
    except UndefinedError:
        return False


def places_needed(population: int, target_per_1000: float,
                  current_places: int = 0) -> Tuple[int, int]:
    """(places needed, places still to add) for a target of places per 1,000:
    Kaizhou's 1,284,182 residents at 4.5 need (5779, 4265) with 1,514 today."""
    required, additional = ctypes.c_int64(), ctypes.c_int64()
    C.places_needed(population, target_per_1000, current_places,
                    ctypes.byref(required), ctypes.byref(additional))
    return required.value, additional.value


def completion_rate(achieved: float, planned: float) -> float:
    """achieved / planned × 100 (Taizhou: completion_rate(21, 16) == 131.25)."""
    rate = ctypes.c_double()
    C.completion_rate(achieved, planned, ctypes.byref(rate))
    return rate.value


def nursery_classes(classes: int, urban: bool = True, new: bool = True) -> int:
    """Nursery classes a kindergarten should set up (Taizhou's rule)."""
    from ._model import _flag
    if isinstance(classes, bool) or not isinstance(classes, int):
        raise TypeError("classes must be a whole number, got %s" % type(classes).__name__)
    if classes < 0:
        raise ValueError("classes must not be negative")
    return C.nursery_classes_for_kindergarten(classes, _flag(urban, "urban"), _flag(new, "new"))
