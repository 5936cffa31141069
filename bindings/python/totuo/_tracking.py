"""Targets, plans, observations and their evaluation."""

import ctypes
from typing import Any, Dict, List, Optional, Sequence, Tuple, Union
import enum
import math
from dataclasses import dataclass

from ._handle import Handle
from ._enums import NamedEnum
from ._model import _parse, _text_input, _to_dataframe
from ._native import C, YearResult as _CYearResult, encode, glib


class Comparator(enum.IntEnum):
    """How an observed value is compared with a target: >=, >, <=, <, =."""
    GE = 0
    GT = 1
    LE = 2
    LT = 3
    EQ = 4

    def __str__(self) -> str:
        return C.comparator_to_string(self)

    def meets(self, value: float, reference: float) -> bool:
        return bool(C.comparator_meets(self, value, reference))

    @classmethod
    def parse(cls, text: str) -> Any:
        return cls(_parse(C.comparator_from_string, text, "comparator"))


class Attribute(enum.IntEnum):
    """Expected 预期性 or binding 约束性."""
    EXPECTED = 0   # 预期性
    BINDING = 1    # 约束性

    @property
    def chinese(self) -> str:
        return C.attribute_to_chinese(self)

    @classmethod
    def parse(cls, text: str) -> Any:
        return cls(_parse(C.attribute_from_string, text, "attribute"))


class Relative(enum.IntEnum):
    """What a relative target is relative to."""
    NONE = 0
    PARENT = 1
    REGION = 2


class Progress(NamedEnum):
    """The status of a target: str() is its id ("on_track"), and it equals
    its id and its Chinese name, so ``print(result.status)`` prints a name."""
    ACHIEVED = 0
    ON_TRACK = 1
    NEEDS_ACCELERATION = 2
    OFF_TRACK = 3
    NOT_ASSESSABLE = 4

    def _id_of(self) -> str:
        return C.progress_to_string(self)

    def _chinese_of(self) -> str:
        return C.progress_to_chinese(self)

    @classmethod
    def parse(cls, text: str) -> Any:
        """From an id such as "on_track"."""
        for member in cls:
            if member.id == text:
                return member
        raise ValueError("unknown status %r (one of: %s)"
                         % (text, ", ".join(m.id for m in cls)))


#: The years a plan, target, milestone, task or observation may name, as in
#: <totuo/limits.h> (TOTUO_MIN_YEAR, TOTUO_MAX_YEAR) and the plan file.
MIN_YEAR, MAX_YEAR = 1900, 9999


def _year(value: Any, what: Any = "year", zero: Any = False) -> Any:
    """A year within MIN_YEAR..MAX_YEAR (0 too where it means "none")."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError("%s must be a whole number, got %s" % (what, type(value).__name__))
    if not (MIN_YEAR <= value <= MAX_YEAR or (zero and value == 0)):
        raise ValueError("%s %d is outside %d..%d" % (what, value, MIN_YEAR, MAX_YEAR))
    return value


def _number(value: Any, what: Any) -> Any:
    if isinstance(value, (str, bytes, bool)) or value is None:
        raise TypeError("%s must be a number, got %r" % (what, value))
    number = float(value)
    if not math.isfinite(number):
        raise ValueError("%s must be a finite number, got %r" % (what, value))
    return number


def _nan(value: Any, what: Any = "value") -> Any:
    """None (unknown, NaN in C) or a finite number: NaN is not the user's to pass."""
    return math.nan if value is None else _number(value, what)


class Target(Handle):
    """One target of a plan (a record: a plan keeps its own copy)."""

    _unref = C.target_unref

    def __init__(self, id: Any, indicator: Any, region: Any = None, *, name: Any = None, unit: Any = None,
                 baseline_year: Any = 0, baseline: Any = None, end_year: Any = 0, target: Any = None,
                 comparator: Any = Comparator.GE, attribute: Any = Attribute.EXPECTED,
                 relative_to: Any = None, milestones: Any = None) -> None:
        """relative_to: None, "parent", or a region code. milestones: {year: value}."""
        from ._model import _member
        super().__init__(C.target_new(id, indicator, region))
        if name is not None:
            C.target_set_name(self, name)
        if unit is not None:
            C.target_set_unit(self, unit)
        C.target_set_baseline(self, _year(baseline_year, "baseline_year", zero=True),
                              _nan(baseline, "baseline"))
        C.target_set_end(self, _year(end_year, "end_year", zero=True), _nan(target, "target"))
        C.target_set_comparator(self, _member(Comparator, comparator))
        C.target_set_attribute(self, _member(Attribute, attribute))
        if relative_to == "parent":
            C.target_set_relative(self, Relative.PARENT, None)
        elif relative_to is not None:
            C.target_set_relative(self, Relative.REGION, relative_to)
        if milestones is not None and not hasattr(milestones, "items"):
            raise TypeError("milestones must be a dict {year: value}")
        for year, value in (milestones or {}).items():
            C.target_set_milestone(self, _year(year, "milestone year"),
                                   _number(value, "milestone"))

    @property
    def id(self) -> str:
        """The id."""
        return C.target_get_id(self)

    @property
    def indicator(self) -> str:
        """The indicator's id (registry or external)."""
        return C.target_get_indicator(self)

    @property
    def external(self) -> bool:
        """Whether the indicator is external (values come only from observations)."""
        return bool(C.target_is_external(self))

    @property
    def region(self) -> Optional[str]:
        """The code of the region."""
        return C.target_get_region_code(self)

    @property
    def name(self) -> str:
        """The name (UTF-8, usually Chinese)."""
        return C.target_get_name(self)

    @property
    def unit(self) -> str:
        """The unit of the indicator."""
        return C.target_get_unit(self)

    @property
    def comparator(self) -> Comparator:
        """The Comparator."""
        return Comparator(C.target_get_comparator(self))

    @property
    def attribute(self) -> Attribute:
        """The Attribute: expected 预期性 or binding 约束性."""
        return Attribute(C.target_get_attribute(self))


    @property
    def baseline(self) -> Tuple[int, Optional[float]]:
        """(year, value or None)."""
        year, value = ctypes.c_int(), ctypes.c_double()
        known = C.target_get_baseline(self, ctypes.byref(year), ctypes.byref(value))
        return year.value, value.value if known else None

    @property
    def end(self) -> Tuple[int, Optional[float]]:
        """(year, value or None for a relative target)."""
        year, value = ctypes.c_int(), ctypes.c_double()
        known = C.target_get_end(self, ctypes.byref(year), ctypes.byref(value))
        return year.value, value.value if known else None

    @property
    def relative_to(self) -> Optional[str]:
        """None, "parent" or a region code."""
        code = ctypes.c_char_p()
        kind = C.target_get_relative(self, ctypes.byref(code))
        if kind == Relative.NONE:
            return None
        return "parent" if kind == Relative.PARENT else (code.value or b"").decode("utf-8")

    @property
    def milestones(self) -> Dict[int, float]:
        """The explicit milestones, {year: value}."""
        out = {}
        year, value = ctypes.c_int(), ctypes.c_double()
        for k in range(C.target_get_n_milestones(self)):
            C.target_get_milestone_at(self, k, ctypes.byref(year), ctypes.byref(value))
            out[year.value] = value.value
        return out

    def milestone(self, year: int) -> Optional[float]:
        """The milestone of a year (explicit or interpolated), or None."""
        value = ctypes.c_double()
        return value.value if C.target_get_milestone(self, year, ctypes.byref(value)) else None

    def copy(self) -> "Target":
        """An independent copy."""
        return Target._adopt(C.target_copy(self))

    def __repr__(self) -> str:
        if self.closed:
            return "<closed totuo.%s>" % type(self).__name__
        return "Target(%r, %r)" % (self.id, self.indicator)


@dataclass(frozen=True)
class Task:
    """An annual task: planned and achieved (None when not yet known)."""
    name: str
    year: int
    planned: float
    achieved: Optional[float]


class Plan(Handle):
    """A plan: targets and annual tasks; loaded from and saved to a plan file."""

    _unref = C.plan_unref

    def __init__(self, name: Any, region: Any, start: Any, end: Any) -> None:
        start, end = _year(start, "start"), _year(end, "end")
        if start > end:
            raise ValueError("the plan starts in %d, after its end %d" % (start, end))
        super().__init__(C.plan_new(name, region, start, end))

    @classmethod
    def load(cls, path: str) -> "Plan":
        """Loads a plan file."""
        return cls._adopt(C.plan_load(path))

    @classmethod
    def from_text(cls, text: Union[str, bytes], name: str = "<text>") -> "Plan":
        """Loads a plan from plan-file text."""
        data = _text_input(text)
        return cls._adopt(C.plan_load_data(data, len(data), name))

    def to_text(self) -> str:
        """The plan as plan-file text."""
        return C.plan_to_data(self, None)

    def save(self, path: str) -> None:
        """Saves the plan to a file (written atomically)."""
        C.plan_save(self, path)

    @property
    def name(self) -> str:
        """The name (UTF-8, usually Chinese)."""
        return C.plan_get_name(self)

    @property
    def region(self) -> Optional[str]:
        """The code of the region."""
        return C.plan_get_region_code(self)


    @property
    def period(self) -> Tuple[int, int]:
        """(first year, last year)."""
        start, end = ctypes.c_int(), ctypes.c_int()
        C.plan_get_period(self, ctypes.byref(start), ctypes.byref(end))
        return start.value, end.value

    def add_target(self, target: "Target") -> None:
        """Adds a copy of a Target."""
        C.plan_add_target(self, target)

    @property
    def targets(self) -> List[Target]:
        """The targets, in the order added."""
        return [Target._borrowed(C.plan_get_target(self, k), C.target_ref, lock=self._lock)
                for k in range(C.plan_get_n_targets(self))]

    def add_task(self, name: str, year: int, planned: float,
                 achieved: Optional[float] = None) -> None:
        """Adds an annual task: planned and achieved (None while unknown)."""
        C.plan_add_task(self, name, _year(year), _number(planned, "planned"),
                        _nan(achieved, "achieved"))

    @property
    def tasks(self) -> List[Task]:
        """The annual tasks, as Task records."""
        out = []
        name, year = ctypes.c_char_p(), ctypes.c_int()
        planned, achieved = ctypes.c_double(), ctypes.c_double()
        for k in range(C.plan_get_n_tasks(self)):
            C.plan_get_task(self, k, ctypes.byref(name), ctypes.byref(year),
                            ctypes.byref(planned), ctypes.byref(achieved))
            out.append(Task((name.value or b"").decode("utf-8"), year.value, planned.value,
                            None if math.isnan(achieved.value) else achieved.value))
        return out

    def __eq__(self, other: Any) -> bool:
        return isinstance(other, Plan) and bool(C.plan_equal(self, other))

    __hash__ = Handle.__hash__

    def evaluate(self, observations: "Observations") -> "Evaluation":
        """Evaluates the plan against Observations."""
        return Evaluation(self, observations)


class Observations(Handle):
    """Values of indicators by region and year: yearly datasets and external values."""

    _unref = C.observations_unref

    def __init__(self) -> None:
        super().__init__(C.observations_new())

    def add_dataset(self, year: int, dataset: Any) -> None:
        """Adds the dataset of a year (one per year). Its indicators are computed
        now and kept: changing or closing the dataset later changes nothing here."""
        C.observations_add_dataset(self, _year(year), dataset)

    def add(self, indicator: str, region: str, year: int, value: float) -> None:
        """Adds one external observation of an indicator for a region and year."""
        C.observations_add(self, indicator, region, _year(year), _number(value, "value"))

    def load_csv(self, path: str) -> None:
        """Loads external observations from a CSV of indicator,region,year,value."""
        C.observations_load_csv(self, path)

    def load_csv_text(self, text: Union[str, bytes], name: str = "<text>") -> None:
        """Loads external observations from CSV text."""
        data = _text_input(text)
        C.observations_load_csv_data(self, data, len(data), name)

    def get(self, indicator: str, region: str, year: int) -> Optional[float]:
        """The value, or None."""
        value = ctypes.c_double()
        if C.observations_lookup(self, indicator, region, year, ctypes.byref(value)):
            return value.value
        return None

    def parent_of(self, region: str) -> Optional[str]:
        """The parent of a region, from the newest dataset that holds it."""
        return C.observations_get_parent_code(self, region)

    @property
    def years(self) -> List[int]:
        """The years that have a dataset or an external observation."""
        n = ctypes.c_size_t()
        pointer = C.observations_get_years(self, ctypes.byref(n))
        years = list(ctypes.cast(pointer, ctypes.POINTER(ctypes.c_int))[:n.value])
        glib.g_free(pointer)
        return years


@dataclass(frozen=True)
class YearResult:
    """One target in one year; None where a value is not known."""
    year: int
    observed: Optional[float]
    milestone: Optional[float]
    met: Optional[bool]
    gap: Optional[float]
    progress: Optional[float]
    pace_required: Optional[float]


@dataclass(frozen=True)
class TargetResult:
    target: Target
    status: Progress
    reason: str
    projection: Optional[float]
    end_target: Optional[float]
    binding_missed: bool
    years: tuple


class Evaluation(Handle):
    """A plan evaluated year by year (docs/tracking.md gives the method)."""

    _unref = C.evaluation_unref

    def __init__(self, plan: Any, observations: Any) -> None:
        # The evaluation reads its plan's targets afterwards: it shares the
        # plan's lock, so that adding a target waits for its readers.
        super().__init__(C.evaluation_new(plan, observations), lock=plan._lock)

    @property
    def plan(self) -> Any:
        """The plan that was evaluated (the evaluation keeps it alive)."""
        return Plan._borrowed(C.evaluation_get_plan(self), C.plan_ref, lock=self._lock)

    def _optional(self, getter: Any, k: Any) -> Any:
        value = ctypes.c_double()
        return value.value if getter(self, k, ctypes.byref(value)) else None

    def _years(self, k: Any) -> Any:
        first, last = ctypes.c_int(), ctypes.c_int()
        C.evaluation_get_years(self, k, ctypes.byref(first), ctypes.byref(last))
        out = []
        r = _CYearResult()
        for year in range(first.value, last.value + 1):
            C.evaluation_get_year_result(self, k, year, ctypes.byref(r))
            both = r.has_observed and r.has_milestone
            out.append(YearResult(year, r.observed if r.has_observed else None,
                                  r.milestone if r.has_milestone else None,
                                  bool(r.met) if both else None,
                                  r.gap if r.has_gap else None,
                                  r.progress if r.has_progress else None,
                                  r.pace_required if r.has_pace else None))
        return tuple(out)

    @property
    def results(self) -> List[TargetResult]:
        """One TargetResult per target, in the plan's order."""
        out = []
        for k, target in enumerate(self.plan.targets):
            reason = ctypes.c_char_p()
            status = Progress(C.evaluation_get_status(self, k, ctypes.byref(reason)))
            out.append(TargetResult(target, status, (reason.value or b"").decode("utf-8"),
                                    self._optional(C.evaluation_get_projection, k),
                                    self._optional(C.evaluation_get_end_target, k),
                                    bool(C.evaluation_is_binding_missed(self, k)),
                                    self._years(k)))
        return out

    def count(self, status: Progress, attribute: Optional[Attribute] = None) -> int:
        """How many targets have a status (optionally of one attribute)."""
        from ._model import _member
        return C.evaluation_count(self, _member(Progress, status),
                                  -1 if attribute is None else _member(Attribute, attribute))

    def summary(self) -> Dict[str, int]:
        """{status id: count}, and "binding_missed"."""
        out = {p.id: self.count(p) for p in Progress}
        out["binding_missed"] = sum(r.binding_missed for r in self.results)
        return out

    def task_completion(self, index: int) -> Optional[float]:
        """The completion rate of an annual task in %, or None if undefined."""
        from ._errors import UndefinedError
        rate = ctypes.c_double()
        try:
            C.evaluation_get_task_completion(self, index, ctypes.byref(rate))
        except UndefinedError:
            return None
        return rate.value

    def to_records(self) -> List[Dict[str, Any]]:
        """One dict per target and year."""
        records = []
        for r in self.results:
            for y in r.years:
                records.append(dict(target=r.target.id, indicator=r.target.indicator,
                                    name=r.target.name, attribute=r.target.attribute.name.lower(),
                                    status=r.status.id, year=y.year, observed=y.observed,
                                    milestone=y.milestone, met=y.met, gap=y.gap,
                                    progress=y.progress, pace_required=y.pace_required))
        return records

    def to_dataframe(self) -> Any:
        """The records as a pandas DataFrame (pandas must be installed)."""
        return _to_dataframe(self.to_records())
