"""The indicator registry, the one-pass indicator table, planning helpers."""

import ctypes
from typing import Any, Dict, List, Optional, Sequence, Tuple, Union
from dataclasses import dataclass

from ._errors import StaleError, UndefinedError  # noqa: F401 (re-exported)
from ._handle import Handle
from ._model import Dataset, _to_dataframe
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


def _registry():
    return tuple(Indicator(k, C.indicator_get_id(k), C.indicator_get_name_zh(k),
                           C.indicator_get_name_en(k), C.indicator_get_unit(k),
                           C.indicator_get_formula(k), bool(C.indicator_is_ratio(k)))
                 for k in range(C.indicator_get_count()))


INDICATORS = _registry()
"""Every indicator libtotuo computes, in registry order."""

_BY_ID = {ind.id: ind for ind in INDICATORS}


def indicator(id_or_index: Union[str, int]) -> Indicator:
    """The registry entry for an id such as "places_per_1000" (or an index)."""
    if isinstance(id_or_index, bool):
        raise TypeError("expected an indicator id or index, got a bool")
    if isinstance(id_or_index, int):
        if not 0 <= id_or_index < len(INDICATORS):
            raise KeyError("no indicator has the index %d" % id_or_index)
        return INDICATORS[id_or_index]
    if not isinstance(id_or_index, str):
        raise TypeError("expected an indicator id or index, got %s" % type(id_or_index).__name__)
    try:
        return _BY_ID[id_or_index]
    except KeyError:
        raise KeyError("unknown indicator %r" % (id_or_index,)) from None


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

    def __len__(self):
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

    def to_records(self) -> List[Dict[str, Any]]:
        """One dict per region: code and every indicator (None when undefined)."""
        records = []
        value = ctypes.c_double()
        for row, code in enumerate(self.codes):
            record = {"code": code}
            for ind in INDICATORS:
                ok = _get_at(self, row, ind.index, value)
                record[ind.id] = value.value if ok else None
            records.append(record)
        return records

    def to_dataframe(self):
        """The records as a pandas DataFrame (pandas must be installed)."""
        return _to_dataframe(self.to_records())


def _get_at(table, row, index, value):
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
