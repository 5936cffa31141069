"""Regions, institutions and datasets."""

import ctypes
import enum
import math
import operator
from typing import Any, Dict, List, Optional, Sequence, Tuple, Union


from . import _columns, _frames
from ._enums import NamedEnum
from ._errors import ErrorCode, NotFoundError
from ._handle import Handle
from ._native import C, encode

UNKNOWN = None   # what an unknown figure (TOTUO_UNKNOWN, "—") is in Python


class RegionLevel(NamedEnum):
    """Levels of the administrative hierarchy: nation > province > city >
    district > street | township > community. str() is the id, and a level equals its
    id and Chinese name: ``r.level == "street" == "街道"``."""
    PROVINCE = 0
    CITY = 1
    DISTRICT = 2
    STREET = 3
    TOWNSHIP = 4
    COMMUNITY = 5
    NATION = 6       # 全国, above the provinces (the last value, the first rank)

    def _id_of(self) -> str:
        return C.region_level_to_string(self)

    def _chinese_of(self) -> str:
        return C.region_level_to_chinese(self)

    @classmethod
    def parse(cls, text: str) -> Any:
        """From an English id or a Chinese name (街道, 乡镇 ...)."""
        return cls(_parse(C.region_level_from_string, text, "level"))


class Kind(NamedEnum):
    """Kinds of institution: 托育机构, 托幼一体, 用人单位办托, 社区托育点,
    家庭托育点, 其他, and unknown; str() is the id ("nursery")."""
    NURSERY = 0
    KINDERGARTEN = 1
    EMPLOYER = 2
    COMMUNITY = 3
    FAMILY = 4
    OTHER = 5
    UNKNOWN = 6

    def _id_of(self) -> str:
        return C.kind_to_string(self)

    def _chinese_of(self) -> str:
        return C.kind_to_chinese(self)

    @classmethod
    def parse(cls, text: str) -> Any:
        return cls(_parse(C.kind_from_string, text, "kind"))


class Ownership(NamedEnum):
    """Who runs an institution: public 公办, private 民办, mixed 公建民营 and
    the like, or unknown; str() is the id."""
    UNKNOWN = 0
    PUBLIC = 1
    PRIVATE = 2
    MIXED = 3

    def _id_of(self) -> str:
        return C.ownership_to_string(self)

    def _chinese_of(self) -> str:
        return C.ownership_to_chinese(self)

    @classmethod
    def parse(cls, text: str) -> Any:
        return cls(_parse(C.ownership_from_string, text, "ownership"))


class Status(NamedEnum):
    """Regulatory status: none 未登记, registered 登记, filed 备案 (filed implies
    registered), unknown, and not filed 未备案 (registration not known)."""
    NONE = 0
    REGISTERED = 1
    FILED = 2
    UNKNOWN = 3
    NOT_FILED = 4

    def _id_of(self) -> str:
        return C.status_to_string(self)

    def _chinese_of(self) -> str:
        return C.status_to_chinese(self)

    @classmethod
    def parse(cls, text: str) -> Any:
        return cls(_parse(C.status_from_string, text, "status"))


class Modes(enum.IntFlag):
    """Service modes, combined with |: full-day, half-day, hourly, temporary."""
    NONE = 0
    FULL_DAY = 1
    HALF_DAY = 2
    HOURLY = 4
    TEMPORARY = 8

    def to_text(self) -> str:
        """English ids joined with '|', as in the CSV files."""
        return C.modes_to_string(int(self))

    @classmethod
    def parse(cls, text: str) -> Any:
        return cls(_parse(C.modes_from_string, text, "modes"))


def _parse(function: Any, text: Any, what: Any) -> Any:
    out = ctypes.c_int()
    if not isinstance(text, str):
        raise TypeError("expected the %s as text, got %s" % (what, type(text).__name__))
    if not function(text, ctypes.byref(out)):
        raise ValueError("unknown %s %r" % (what, text))
    return out.value


def _member(cls: Any, value: Any) -> Any:
    """An enum member from a member, its value, or its id or Chinese name."""
    if isinstance(value, cls):
        return value
    if isinstance(value, str):
        return cls.parse(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError("expected a totuo.%s, got %s" % (cls.__name__, type(value).__name__))
    return cls(value)       # ValueError for a value that is no member


_FLAG_UNKNOWN = 2   # TOTUO_FLAG_UNKNOWN


def _flag(value: Any, what: Any) -> Any:
    """A yes/no value for C: True, False, 1 or 0, or None for "not known";
    "no" is not False."""
    if value is None:
        return _FLAG_UNKNOWN
    if isinstance(value, bool) or (isinstance(value, int) and value in (0, 1)):
        return int(bool(value))
    if type(value).__name__ == "bool_":     # numpy's
        return int(bool(value))
    raise TypeError("%s must be True, False or None (not known), got %r" % (what, value))


def _from_flag(value: Any) -> Any:
    """A TotuoFlag as Python says it: True, False, or None when not known."""
    return None if value == _FLAG_UNKNOWN else bool(value)


def _count(value: Any) -> Any:
    return None if value == -1 else value


def _to_count(value: Any, what: Any = "a count") -> Any:
    """None (unknown) or a whole number >= 0; -1 is C's unknown, not the user's."""
    if value is None:
        return -1
    if isinstance(value, float):
        if not value.is_integer():
            raise ValueError("%s must be a whole number, got %r" % (what, value))
        value = int(value)
    try:
        number = operator.index(value)
    except TypeError:
        raise TypeError("%s must be a whole number or None, got %s"
                        % (what, type(value).__name__)) from None
    if number < 0:
        raise ValueError("%s may not be negative (None means unknown): %d" % (what, number))
    return number


def _to_location(value: Any) -> Any:
    """(lat, lon) as two finite floats, checked before they reach C."""
    try:
        lat, lon = value
    except (TypeError, ValueError):
        raise TypeError("a location is (lat, lon) or None, got %r" % (value,)) from None
    for number in (lat, lon):
        if isinstance(number, (str, bytes)) or not isinstance(number, (int, float)) and \
                not hasattr(number, "__float__"):
            raise TypeError("a coordinate must be a number, got %r" % (number,))
        if not math.isfinite(float(number)):
            raise ValueError("a coordinate must be finite, got %r" % (number,))
    return float(lat), float(lon)


def _location(getter: Any, pointer: Any) -> Any:
    lat, lon = ctypes.c_double(), ctypes.c_double()
    if getter(pointer, ctypes.byref(lat), ctypes.byref(lon)):
        return (lat.value, lon.value)
    return None


class Region(Handle):
    """One region, as a record (a copy: changing it does not change a dataset)."""

    _unref = C.region_unref

    def __init__(self, code: Any, name: Any = None, level: Any = RegionLevel.DISTRICT, parent: Any = None,
                 population: Any = None, under3: Any = None, kindergartens: Any = None, location: Any = None) -> None:
        super().__init__(C.region_new(code, name, _member(RegionLevel, level)))
        self.parent = parent
        self.population = population
        self.under3 = under3
        self.kindergartens = kindergartens
        self.location = location

    @property
    def code(self) -> str:
        """The region's code, such as "500154"."""
        return C.region_get_code(self)

    @property
    def name(self) -> str:
        """The name (UTF-8, usually Chinese)."""
        return C.region_get_name(self)

    @name.setter
    def name(self, v: Optional[str]) -> None:
        C.region_set_name(self, v)

    @property
    def level(self) -> RegionLevel:
        """The RegionLevel."""
        return RegionLevel(C.region_get_level(self))

    @level.setter
    def level(self, v: RegionLevel) -> None:
        C.region_set_level(self, _member(RegionLevel, v))

    @property
    def parent(self) -> Optional[str]:
        """The parent's code, or None for a root."""
        return C.region_get_parent_code(self)

    @parent.setter
    def parent(self, v: Optional[str]) -> None:
        C.region_set_parent_code(self, v)

    @property
    def population(self) -> Optional[int]:
        """Resident population 常住人口, or None when unknown."""
        return _count(C.region_get_population(self))

    @population.setter
    def population(self, v: Optional[int]) -> None:
        C.region_set_population(self, _to_count(v, "population"))

    @property
    def under3(self) -> Optional[int]:
        """Children under three 3岁以下婴幼儿, or None when unknown."""
        return _count(C.region_get_under3(self))

    @under3.setter
    def under3(self, v: Optional[int]) -> None:
        C.region_set_under3(self, _to_count(v, "under3"))

    @property
    def kindergartens(self) -> Optional[int]:
        """Number of kindergartens 幼儿园数, or None when unknown."""
        return _count(C.region_get_kindergartens(self))

    @kindergartens.setter
    def kindergartens(self, v: Optional[int]) -> None:
        C.region_set_kindergartens(self, _to_count(v, "kindergartens"))


    @property
    def location(self) -> Optional[Tuple[float, float]]:
        """(lat, lon) in degrees, or None."""
        return _location(C.region_get_location, self)

    @location.setter
    def location(self, value: Optional[Tuple[float, float]]) -> None:
        """(lat, lon) in degrees, or None."""
        if value is None:
            C.region_clear_location(self)
        else:
            C.region_set_location(self, *_to_location(value))

    def copy(self) -> "Region":
        """An independent copy."""
        return Region._adopt(C.region_copy(self))

    def to_record(self) -> Dict[str, Any]:
        """The region as a dict, with the CSV column names."""
        loc = self.location
        return dict(code=self.code, name=self.name, level=self.level.name.lower(),
                    parent=self.parent, population=self.population, under3=self.under3,
                    kindergartens=self.kindergartens,
                    lat=loc[0] if loc else None, lon=loc[1] if loc else None)

    def __repr__(self) -> str:
        if self.closed:
            return "<closed totuo.%s>" % type(self).__name__
        return "Region(%r, %r, %s)" % (self.code, self.name, self.level.name)


class Institution(Handle):
    """One institution, as a record."""

    _unref = C.institution_unref

    def __init__(self, id: Any, name: Any = None, region: Any = None, kind: Any = Kind.UNKNOWN,
                 ownership: Any = Ownership.UNKNOWN, inclusive: Any = None, places: Any = 0, enrolled: Any = None,
                 status: Any = Status.UNKNOWN, modes: Any = Modes.NONE, monthly_fee: Any = None, staff: Any = None,
                 certified_staff: Any = None, health_manager: Any = None, location: Any = None) -> None:
        if region is None:
            raise ValueError("an institution needs the code of its region")
        super().__init__(C.institution_new(id, name, region))
        self.kind, self.ownership, self.inclusive = kind, ownership, inclusive
        self.places, self.enrolled, self.status, self.modes = places, enrolled, status, modes
        self.monthly_fee, self.staff, self.certified_staff = monthly_fee, staff, certified_staff
        self.health_manager, self.location = health_manager, location

    @property
    def id(self) -> str:
        """The id."""
        return C.institution_get_id(self)

    @property
    def name(self) -> str:
        """The name (UTF-8, usually Chinese)."""
        return C.institution_get_name(self)

    @name.setter
    def name(self, v: Optional[str]) -> None:
        C.institution_set_name(self, v)

    @property
    def region(self) -> str:
        """The code of the region."""
        return C.institution_get_region_code(self)

    @region.setter
    def region(self, v: str) -> None:
        C.institution_set_region_code(self, v)

    @property
    def kind(self) -> Kind:
        """The Kind of institution."""
        return Kind(C.institution_get_kind(self))

    @kind.setter
    def kind(self, v: Kind) -> None:
        C.institution_set_kind(self, _member(Kind, v))

    @property
    def ownership(self) -> Ownership:
        """The Ownership."""
        return Ownership(C.institution_get_ownership(self))

    @ownership.setter
    def ownership(self, v: Ownership) -> None:
        C.institution_set_ownership(self, _member(Ownership, v))

    @property
    def inclusive(self) -> Optional[bool]:
        """Whether inclusive 普惠, or None when not known."""
        return _from_flag(C.institution_get_inclusive(self))

    @inclusive.setter
    def inclusive(self, v: Optional[bool]) -> None:
        C.institution_set_inclusive(self, _flag(v, "inclusive"))

    @property
    def places(self) -> int:
        """Places 托位数."""
        return C.institution_get_places(self)

    @places.setter
    def places(self, v: int) -> None:
        if v is None:
            raise ValueError("places must be a whole number >= 0, not None")
        C.institution_set_places(self, _to_count(v, "places"))

    @property
    def enrolled(self) -> Optional[int]:
        """Children enrolled 在托, or None when unknown."""
        return _count(C.institution_get_enrolled(self))

    @enrolled.setter
    def enrolled(self, v: Optional[int]) -> None:
        C.institution_set_enrolled(self, _to_count(v, "enrolled"))

    @property
    def status(self) -> Status:
        """The Status: none, registered 登记, filed 备案."""
        return Status(C.institution_get_status(self))

    @status.setter
    def status(self, v: Status) -> None:
        C.institution_set_status(self, _member(Status, v))

    @property
    def modes(self) -> Modes:
        """The service Modes."""
        return Modes(C.institution_get_modes(self))

    @modes.setter
    def modes(self, v: Modes) -> None:
        if isinstance(v, str):
            v = Modes.parse(v)
        if isinstance(v, bool) or not isinstance(v, int):
            raise TypeError("modes must be totuo.Modes, got %s" % type(v).__name__)
        C.institution_set_modes(self, Modes(v))

    @property
    def staff(self) -> Optional[int]:
        """Staff 从业人员, or None when unknown."""
        return _count(C.institution_get_staff(self))

    @staff.setter
    def staff(self, v: Optional[int]) -> None:
        C.institution_set_staff(self, _to_count(v, "staff"))

    @property
    def certified_staff(self) -> Optional[int]:
        """Staff holding a certificate 持证人员, or None when unknown."""
        return _count(C.institution_get_certified_staff(self))

    @certified_staff.setter
    def certified_staff(self, v: Optional[int]) -> None:
        C.institution_set_certified_staff(self, _to_count(v, "certified_staff"))

    @property
    def health_manager(self) -> Optional[bool]:
        """Whether a health manager 健康管理员 is assigned."""
        return _from_flag(C.institution_get_health_manager(self))

    @health_manager.setter
    def health_manager(self, v: Optional[bool]) -> None:
        C.institution_set_health_manager(self, _flag(v, "health_manager"))


    @property
    def monthly_fee(self) -> Optional[float]:
        """Yuan per month, or None."""
        fee = ctypes.c_double()
        return fee.value if C.institution_get_monthly_fee(self, ctypes.byref(fee)) else None

    @monthly_fee.setter
    def monthly_fee(self, value: Optional[float]) -> None:
        if value is None:
            C.institution_set_monthly_fee(self, -1.0)
            return
        if isinstance(value, (str, bytes)) or isinstance(value, bool):
            raise TypeError("monthly_fee must be a number or None, got %r" % (value,))
        fee = float(value)
        if not math.isfinite(fee) or fee < 0:
            raise ValueError("monthly_fee must be a finite number >= 0 (None means unknown), "
                             "got %r" % (value,))
        C.institution_set_monthly_fee(self, fee)

    @property
    def location(self) -> Optional[Tuple[float, float]]:
        """(lat, lon) in degrees, or None."""
        return _location(C.institution_get_location, self)

    @location.setter
    def location(self, value: Optional[Tuple[float, float]]) -> None:
        """(lat, lon) in degrees, or None."""
        if value is None:
            C.institution_clear_location(self)
        else:
            C.institution_set_location(self, *_to_location(value))

    def copy(self) -> "Institution":
        """An independent copy."""
        return Institution._adopt(C.institution_copy(self))

    def to_record(self) -> Dict[str, Any]:
        """The record as a dict with the CSV column names."""
        loc = self.location
        return dict(id=self.id, name=self.name, region=self.region,
                    kind=self.kind.name.lower(), ownership=self.ownership.name.lower(),
                    inclusive=self.inclusive, places=self.places, enrolled=self.enrolled,
                    status=self.status.name.lower(), modes=self.modes.to_text(),
                    monthly_fee=self.monthly_fee, staff=self.staff,
                    certified_staff=self.certified_staff, health_manager=self.health_manager,
                    lat=loc[0] if loc else None, lon=loc[1] if loc else None)

    def __repr__(self) -> str:
        if self.closed:
            return "<closed totuo.%s>" % type(self).__name__
        return "Institution(%r, %r, region=%r, places=%d)" % (self.id, self.name, self.region,
                                                              self.places)


def _not_found(message: str) -> Exception:
    return NotFoundError(ErrorCode.NOT_FOUND, message)


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as e:
        raise ImportError("to_dataframe() needs pandas (Debian: python3-pandas); "
                          "to_records() does not") from e
    return pandas


def _to_dataframe(records: Any) -> Any:
    return _pandas().DataFrame.from_records(records)


def _text_input(source: Any) -> Any:
    """The bytes of text or bytes given to a loader."""
    if isinstance(source, str):
        return source.encode("utf-8")
    if isinstance(source, (bytes, bytearray, memoryview)):
        return bytes(source)
    raise TypeError("expected text (str or bytes), got %s" % type(source).__name__)


class Dataset(Handle):
    """A validated tree of regions and the institutions in it.

    Loading checks everything and changes nothing on failure; errors are
    totuo.Error exceptions naming the file and line."""

    _unref = C.dataset_unref

    def __init__(self, regions: Any = None, institutions: Any = None, json: Any = None) -> None:
        """An empty dataset, or one loaded from CSV files or a JSON file."""
        super().__init__(C.dataset_new())
        self._table: Any = None
        if json is not None:
            self.load_json(json)
        if regions is not None:
            self.load_regions_csv(regions)
        if institutions is not None:
            self.load_institutions_csv(institutions)

    # ---- loading and saving ------------------------------------------------
    def set_input_encoding(self, encoding: Optional[str]) -> None:
        """Names the encoding the CSV loaders read ("GB18030", "UTF-16LE"...)
        instead of detecting it; None returns to detection."""
        C.dataset_set_input_encoding(self, encoding)

    def load_mapping(self, path: Optional[str]) -> None:
        """Reads a mapping file for an export no alias covers (docs/formats.md),
        used by the loaders from now on; None forgets it."""
        C.dataset_load_mapping(self, path)

    def set_input_sheet(self, sheet: Optional[str]) -> None:
        """Names the sheet the loaders read of an .xlsx workbook; None reads the
        first sheet that has a header row."""
        C.dataset_set_input_sheet(self, sheet)

    def load_regions_csv(self, path: str) -> None:
        """Loads regions from a CSV file (English or Chinese headers)."""
        C.dataset_load_regions_csv(self, path)

    def load_institutions_csv(self, path: str) -> None:
        """Loads institutions from a CSV file; their regions must be loaded."""
        C.dataset_load_institutions_csv(self, path)

    def load_json(self, path: str) -> None:
        """Loads regions and institutions from a JSON file."""
        C.dataset_load_json(self, path)

    def load_regions_csv_text(self, text: Union[str, bytes], name: str = "<text>") -> None:
        """Loads regions from CSV text (str or bytes)."""
        data = _text_input(text)
        C.dataset_load_regions_csv_data(self, data, len(data), name)

    def load_institutions_csv_text(self, text: Union[str, bytes], name: str = "<text>") -> None:
        """Loads institutions from CSV text (str or bytes)."""
        data = _text_input(text)
        C.dataset_load_institutions_csv_data(self, data, len(data), name)

    def load_json_text(self, text: Union[str, bytes], name: str = "<text>") -> None:
        """Loads a dataset from JSON text (str or bytes)."""
        data = _text_input(text)
        C.dataset_load_json_data(self, data, len(data), name)

    def check_regions_csv(self, path: str) -> List[str]:
        """Every error of a regions file (list of messages); valid rows are loaded."""
        return C.dataset_check_regions_csv(self, path, None)

    def check_institutions_csv(self, path: str) -> List[str]:
        """Every error of an institutions file (list of messages); valid rows are loaded."""
        return C.dataset_check_institutions_csv(self, path, None)

    def save_regions_csv(self, path: str) -> None:
        """Saves every region to a CSV file (written atomically)."""
        C.dataset_save_regions_csv(self, path)

    def save_institutions_csv(self, path: str) -> None:
        """Saves every institution to a CSV file (written atomically)."""
        C.dataset_save_institutions_csv(self, path)

    def save_json(self, path: str) -> None:
        """Saves the whole dataset to a JSON file (written atomically)."""
        C.dataset_save_json(self, path)

    def regions_csv(self) -> str:
        """Every region as CSV text."""
        return C.dataset_regions_to_csv(self, None)

    def institutions_csv(self) -> str:
        """Every institution as CSV text."""
        return C.dataset_institutions_to_csv(self, None)

    def to_json(self) -> str:
        """The whole dataset as JSON text."""
        return C.dataset_to_json(self, None)

    @property
    def warnings(self) -> List[str]:
        """What the loads found doubtful but not wrong, each located like an
        error: a column that is not used (with the closest known one), ..."""
        return C.dataset_get_warnings(self, None)

    def clear_warnings(self) -> None:
        """Forgets the warnings kept so far."""
        C.dataset_clear_warnings(self)

    # ---- records -------------------------------------------------------------
    def __len__(self) -> int:
        """The number of institutions: len(ds) == ds.n_institutions."""
        return C.dataset_get_n_institutions(self)

    @property
    def n_regions(self) -> int:
        """The number of regions."""
        return C.dataset_get_n_regions(self)

    @property
    def n_institutions(self) -> int:
        """The number of institutions (also len(dataset))."""
        return C.dataset_get_n_institutions(self)

    @property
    def regions(self) -> List["Region"]:
        """Every region, in the order added (copies)."""
        return [Region._adopt(C.dataset_get_region(self, k)) for k in range(self.n_regions)]

    @property
    def institutions(self) -> List["Institution"]:
        """Every institution, in the order added (copies)."""
        return [Institution._adopt(C.dataset_get_institution(self, k)) for k in range(len(self))]

    def resolve_region(self, code_or_name: str) -> str:
        """The code of the region a code or a unique name ("汉丰街道") names;
        totuo.ConsistencyError when no region, or several, have that name."""
        return C.dataset_resolve_region(self, code_or_name)

    def region(self, code: str) -> "Region":
        """The region with this code; totuo.NotFoundError (a KeyError) if
        there is none."""
        pointer = C.dataset_lookup_region(self, code)
        if not pointer:
            raise _not_found("no region has the code %r" % (code,))
        return Region._adopt(pointer)

    def institution(self, id: str) -> "Institution":
        """The institution with this id; totuo.NotFoundError (a KeyError) if
        there is none."""
        pointer = C.dataset_lookup_institution(self, id)
        if not pointer:
            raise _not_found("no institution has the id %r" % (id,))
        return Institution._adopt(pointer)

    def __contains__(self, code: Any) -> bool:
        try:
            self.region(code)
        except KeyError:
            return False
        return True

    def children(self, code: Optional[str] = None) -> List[str]:
        """Codes of the children of a region (the roots for None)."""
        return self._codes(C.dataset_get_children(self, code, None), code)

    def subtree(self, code: str) -> List[str]:
        """Codes of a region and every region beneath it, parents first."""
        return self._codes(C.dataset_get_subtree(self, code, None), code)

    def institutions_in(self, code: str) -> List[str]:
        """Ids of the institutions in a region and beneath it."""
        return self._codes(C.dataset_get_institutions_in(self, code, None), code)

    @staticmethod
    def _codes(codes: Any, code: Any) -> Any:
        if codes is None:
            raise _not_found("no region has the code %r" % (code,))
        return codes

    def add_region(self, region: "Region") -> None:
        """Adds a copy of a Region; its parent must already be in the dataset."""
        C.dataset_add_region(self, region)

    def add_institution(self, institution: "Institution") -> None:
        """Adds a copy of an Institution; its region must be in the dataset."""
        C.dataset_add_institution(self, institution)

    def remove_region(self, code: str) -> None:
        """Removes a region that has no children and no institutions."""
        C.dataset_remove_region(self, code)

    def remove_institution(self, id: str) -> None:
        """Removes an institution."""
        C.dataset_remove_institution(self, id)

    def __eq__(self, other: Any) -> bool:
        return isinstance(other, Dataset) and bool(C.dataset_equal(self, other))

    __hash__ = Handle.__hash__

    # ---- indicators ------------------------------------------------------
    def indicator_table(self) -> Any:   # an IndicatorTable (_indicators imports this module)
        """Every indicator of every region, computed now in one pass."""
        from ._indicators import IndicatorTable
        return IndicatorTable(self)

    def indicators(self, code: str) -> Dict[str, Optional[float]]:
        """{indicator id: value or None (undefined)} for one region."""
        from ._indicators import StaleError, IndicatorTable
        if self._table is None:
            self._table = IndicatorTable(self)
        try:
            return self._table.values(code)
        except StaleError:
            self._table = IndicatorTable(self)
            return self._table.values(code)

    @classmethod
    def from_dataframes(cls, regions: Any, institutions: Any = None) -> "Dataset":
        """A dataset from pandas DataFrames (or {column: values} mappings),
        as if they were files: headers may be ids, Chinese names or names
        with units (pd.read_excel() of an office's workbook, as it comes),
        cells the words and numbers offices write, and every rule, warning
        and error of the file loaders holds. An error names the DataFrame's
        row label and column: "institutions DataFrame, row 17: column
        '托位数': ..."."""
        dataset = cls()
        dataset.load_regions_dataframe(regions)
        if institutions is not None:
            dataset.load_institutions_dataframe(institutions)
        return dataset

    def load_regions_dataframe(self, frame: Any, name: str = "regions DataFrame") -> None:
        """Adds the regions of a DataFrame or {column: values} mapping, as
        load_regions_csv() adds a file's (see from_dataframes())."""
        _frames.load(self, C.dataset_load_regions_columns, frame, name)

    def load_institutions_dataframe(self, frame: Any,
                                    name: str = "institutions DataFrame") -> None:
        """Adds the institutions of a DataFrame or {column: values} mapping,
        as load_institutions_csv() adds a file's (see from_dataframes())."""
        _frames.load(self, C.dataset_load_institutions_columns, frame, name)

    def regions_to_records(self) -> List[Dict[str, Any]]:
        """The regions as a list of dicts with the CSV column names: level as
        its id, parent None for a root, unknown figures None."""
        return _columns.records(_columns.region_columns(self))

    def institutions_to_records(self) -> List[Dict[str, Any]]:
        """The institutions as a list of dicts with the CSV column names:
        labels as their ids, flags True/False/None, unknown figures None.
        Made from whole columns (columns.h): a million rows in about a second."""
        return _columns.records(_columns.institution_record_columns(self))

    def to_records(self) -> List[Dict[str, Any]]:
        """The institutions as a list of dicts (institutions_to_records())."""
        return self.institutions_to_records()

    def regions_to_dataframe(self) -> Any:
        """The regions as a pandas DataFrame indexed by code (pandas must be
        installed): level a categorical, counts nullable integers (Int64),
        lat/lon floats."""
        pd = _pandas()
        columns = _columns.dataframe_columns(_columns.region_columns(self))
        index = pd.Index(columns.pop("code"), name="code")
        return pd.DataFrame(columns, index=index, copy=False)

    def to_dataframe(self) -> Any:
        """The institutions as a pandas DataFrame (pandas must be installed),
        one row per institution in the dataset's order: kind, ownership and
        status categoricals of their ids, counts nullable integers (Int64),
        inclusive and health_manager nullable booleans, region a categorical
        of the region codes, fee and location floats (NaN unknown). Made
        from whole columns: a million rows in about half a second."""
        pd = _pandas()
        return pd.DataFrame(_columns.institution_frame_columns(self), copy=False)

    def __repr__(self) -> str:
        if self.closed:
            return "<closed totuo.%s>" % type(self).__name__
        return "Dataset(%d regions, %d institutions)" % (self.n_regions, len(self))

