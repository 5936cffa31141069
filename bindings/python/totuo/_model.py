"""Regions, institutions and datasets."""

import ctypes
import enum

from ._handle import Handle
from ._native import C, encode

UNKNOWN = None   # what an unknown figure (TOTUO_UNKNOWN, "—") is in Python


class RegionLevel(enum.IntEnum):
    PROVINCE = 0
    CITY = 1
    DISTRICT = 2
    STREET = 3
    TOWNSHIP = 4
    COMMUNITY = 5

    @property
    def chinese(self):
        return C.region_level_to_chinese(self)

    @classmethod
    def parse(cls, text):
        """From an English id or a Chinese name (街道, 乡镇 ...)."""
        return cls(_parse(C.region_level_from_string, text, "level"))


class Kind(enum.IntEnum):
    NURSERY = 0
    KINDERGARTEN = 1
    EMPLOYER = 2
    COMMUNITY = 3
    FAMILY = 4
    OTHER = 5

    @property
    def chinese(self):
        return C.kind_to_chinese(self)

    @classmethod
    def parse(cls, text):
        return cls(_parse(C.kind_from_string, text, "kind"))


class Ownership(enum.IntEnum):
    UNKNOWN = 0
    PUBLIC = 1
    PRIVATE = 2
    MIXED = 3

    @property
    def chinese(self):
        return C.ownership_to_chinese(self)

    @classmethod
    def parse(cls, text):
        return cls(_parse(C.ownership_from_string, text, "ownership"))


class Status(enum.IntEnum):
    NONE = 0
    REGISTERED = 1
    FILED = 2

    @property
    def chinese(self):
        return C.status_to_chinese(self)

    @classmethod
    def parse(cls, text):
        return cls(_parse(C.status_from_string, text, "status"))


class Modes(enum.IntFlag):
    NONE = 0
    FULL_DAY = 1
    HALF_DAY = 2
    HOURLY = 4
    TEMPORARY = 8

    def to_text(self):
        """English ids joined with '|', as in the CSV files."""
        return C.modes_to_string(int(self))

    @classmethod
    def parse(cls, text):
        return cls(_parse(C.modes_from_string, text, "modes"))


def _parse(function, text, what):
    out = ctypes.c_int()
    if not function(encode(text), ctypes.byref(out)):
        raise ValueError("unknown %s %r" % (what, text))
    return out.value


def _count(value):
    return None if value == -1 else value


def _to_count(value):
    return -1 if value is None else int(value)


def _location(getter, pointer):
    lat, lon = ctypes.c_double(), ctypes.c_double()
    if getter(pointer, ctypes.byref(lat), ctypes.byref(lon)):
        return (lat.value, lon.value)
    return None


class Region(Handle):
    """One region, as a record (a copy: changing it does not change a dataset)."""

    _unref = C.region_unref

    def __init__(self, code, name=None, level=RegionLevel.DISTRICT, parent=None,
                 population=None, under3=None, kindergartens=None, location=None):
        super().__init__(C.region_new(encode(code), encode(name), int(level)))
        self.parent = parent
        self.population = population
        self.under3 = under3
        self.kindergartens = kindergartens
        self.location = location

    code = property(lambda self: C.region_get_code(self))
    name = property(lambda self: C.region_get_name(self),
                    lambda self, v: C.region_set_name(self, encode(v)))
    level = property(lambda self: RegionLevel(C.region_get_level(self)),
                     lambda self, v: C.region_set_level(self, int(v)))
    parent = property(lambda self: C.region_get_parent_code(self),
                      lambda self, v: C.region_set_parent_code(self, encode(v)))
    population = property(lambda self: _count(C.region_get_population(self)),
                          lambda self, v: C.region_set_population(self, _to_count(v)))
    under3 = property(lambda self: _count(C.region_get_under3(self)),
                      lambda self, v: C.region_set_under3(self, _to_count(v)))
    kindergartens = property(lambda self: _count(C.region_get_kindergartens(self)),
                             lambda self, v: C.region_set_kindergartens(self, _to_count(v)))

    @property
    def location(self):
        """(lat, lon) in degrees, or None."""
        return _location(C.region_get_location, self)

    @location.setter
    def location(self, value):
        if value is None:
            C.region_clear_location(self)
        else:
            C.region_set_location(self, float(value[0]), float(value[1]))

    def copy(self):
        return Region._adopt(C.region_copy(self))

    def to_record(self):
        """The region as a dict, with the CSV column names."""
        loc = self.location
        return dict(code=self.code, name=self.name, level=self.level.name.lower(),
                    parent=self.parent, population=self.population, under3=self.under3,
                    kindergartens=self.kindergartens,
                    lat=loc[0] if loc else None, lon=loc[1] if loc else None)

    def __repr__(self):
        return "Region(%r, %r, %s)" % (self.code, self.name, self.level.name)


class Institution(Handle):
    """One institution, as a record."""

    _unref = C.institution_unref

    def __init__(self, id, name=None, region=None, kind=Kind.OTHER,
                 ownership=Ownership.UNKNOWN, inclusive=False, places=0, enrolled=None,
                 status=Status.NONE, modes=Modes.NONE, monthly_fee=None, staff=None,
                 certified_staff=None, health_manager=False, location=None):
        if region is None:
            raise ValueError("an institution needs the code of its region")
        super().__init__(C.institution_new(encode(id), encode(name), encode(region)))
        self.kind, self.ownership, self.inclusive = kind, ownership, inclusive
        self.places, self.enrolled, self.status, self.modes = places, enrolled, status, modes
        self.monthly_fee, self.staff, self.certified_staff = monthly_fee, staff, certified_staff
        self.health_manager, self.location = health_manager, location

    id = property(lambda self: C.institution_get_id(self))
    name = property(lambda self: C.institution_get_name(self),
                    lambda self, v: C.institution_set_name(self, encode(v)))
    region = property(lambda self: C.institution_get_region_code(self),
                      lambda self, v: C.institution_set_region_code(self, encode(v)))
    kind = property(lambda self: Kind(C.institution_get_kind(self)),
                    lambda self, v: C.institution_set_kind(self, int(v)))
    ownership = property(lambda self: Ownership(C.institution_get_ownership(self)),
                         lambda self, v: C.institution_set_ownership(self, int(v)))
    inclusive = property(lambda self: bool(C.institution_get_inclusive(self)),
                         lambda self, v: C.institution_set_inclusive(self, bool(v)))
    places = property(lambda self: C.institution_get_places(self),
                      lambda self, v: C.institution_set_places(self, _to_count(v)))
    enrolled = property(lambda self: _count(C.institution_get_enrolled(self)),
                        lambda self, v: C.institution_set_enrolled(self, _to_count(v)))
    status = property(lambda self: Status(C.institution_get_status(self)),
                      lambda self, v: C.institution_set_status(self, int(v)))
    modes = property(lambda self: Modes(C.institution_get_modes(self)),
                     lambda self, v: C.institution_set_modes(self, int(v)))
    staff = property(lambda self: _count(C.institution_get_staff(self)),
                     lambda self, v: C.institution_set_staff(self, _to_count(v)))
    certified_staff = property(lambda self: _count(C.institution_get_certified_staff(self)),
                               lambda self, v: C.institution_set_certified_staff(
                                   self, _to_count(v)))
    health_manager = property(lambda self: bool(C.institution_get_health_manager(self)),
                              lambda self, v: C.institution_set_health_manager(self, bool(v)))

    @property
    def monthly_fee(self):
        """Yuan per month, or None."""
        fee = ctypes.c_double()
        return fee.value if C.institution_get_monthly_fee(self, ctypes.byref(fee)) else None

    @monthly_fee.setter
    def monthly_fee(self, value):
        C.institution_set_monthly_fee(self, -1.0 if value is None else float(value))

    @property
    def location(self):
        return _location(C.institution_get_location, self)

    @location.setter
    def location(self, value):
        if value is None:
            C.institution_clear_location(self)
        else:
            C.institution_set_location(self, float(value[0]), float(value[1]))

    def copy(self):
        return Institution._adopt(C.institution_copy(self))

    def to_record(self):
        loc = self.location
        return dict(id=self.id, name=self.name, region=self.region,
                    kind=self.kind.name.lower(), ownership=self.ownership.name.lower(),
                    inclusive=self.inclusive, places=self.places, enrolled=self.enrolled,
                    status=self.status.name.lower(), modes=self.modes.to_text(),
                    monthly_fee=self.monthly_fee, staff=self.staff,
                    certified_staff=self.certified_staff, health_manager=self.health_manager,
                    lat=loc[0] if loc else None, lon=loc[1] if loc else None)

    def __repr__(self):
        return "Institution(%r, %r, region=%r, places=%d)" % (self.id, self.name, self.region,
                                                              self.places)


def _to_dataframe(records):
    try:
        import pandas
    except ImportError as e:
        raise ImportError("to_dataframe() needs pandas; to_records() does not") from e
    return pandas.DataFrame.from_records(records)


def _text_input(source):
    """(bytes, name) for text or bytes given to a loader."""
    if isinstance(source, str):
        source = source.encode("utf-8")
    return bytes(source)


class Dataset(Handle):
    """A validated tree of regions and the institutions in it.

    Loading checks everything and changes nothing on failure; errors are
    totuo.Error exceptions naming the file and line."""

    _unref = C.dataset_unref

    def __init__(self, regions=None, institutions=None, json=None):
        """An empty dataset, or one loaded from CSV files or a JSON file."""
        super().__init__(C.dataset_new())
        self._table = None
        if json is not None:
            self.load_json(json)
        if regions is not None:
            self.load_regions_csv(regions)
        if institutions is not None:
            self.load_institutions_csv(institutions)

    # ---- loading and saving ------------------------------------------------
    def load_regions_csv(self, path):
        C.dataset_load_regions_csv(self, encode(path))

    def load_institutions_csv(self, path):
        C.dataset_load_institutions_csv(self, encode(path))

    def load_json(self, path):
        C.dataset_load_json(self, encode(path))

    def load_regions_csv_text(self, text, name="<text>"):
        data = _text_input(text)
        C.dataset_load_regions_csv_data(self, data, len(data), encode(name))

    def load_institutions_csv_text(self, text, name="<text>"):
        data = _text_input(text)
        C.dataset_load_institutions_csv_data(self, data, len(data), encode(name))

    def load_json_text(self, text, name="<text>"):
        data = _text_input(text)
        C.dataset_load_json_data(self, data, len(data), encode(name))

    def check_regions_csv(self, path):
        """Every error of a regions file (list of messages); valid rows are loaded."""
        return C.dataset_check_regions_csv(self, encode(path), None)

    def check_institutions_csv(self, path):
        return C.dataset_check_institutions_csv(self, encode(path), None)

    def save_regions_csv(self, path):
        C.dataset_save_regions_csv(self, encode(path))

    def save_institutions_csv(self, path):
        C.dataset_save_institutions_csv(self, encode(path))

    def save_json(self, path):
        C.dataset_save_json(self, encode(path))

    def regions_csv(self):
        return C.dataset_regions_to_csv(self, None)

    def institutions_csv(self):
        return C.dataset_institutions_to_csv(self, None)

    def to_json(self):
        return C.dataset_to_json(self, None)

    # ---- records -------------------------------------------------------------
    def __len__(self):
        return C.dataset_get_n_institutions(self)

    @property
    def n_regions(self):
        return C.dataset_get_n_regions(self)

    @property
    def regions(self):
        """Every region, in the order added (copies)."""
        return [Region._adopt(C.dataset_get_region(self, k)) for k in range(self.n_regions)]

    @property
    def institutions(self):
        return [Institution._adopt(C.dataset_get_institution(self, k)) for k in range(len(self))]

    def region(self, code):
        """The region with this code; KeyError if there is none."""
        pointer = C.dataset_lookup_region(self, encode(code))
        if not pointer:
            raise KeyError(code)
        return Region._adopt(pointer)

    def institution(self, id):
        pointer = C.dataset_lookup_institution(self, encode(id))
        if not pointer:
            raise KeyError(id)
        return Institution._adopt(pointer)

    def __contains__(self, code):
        try:
            self.region(code)
        except KeyError:
            return False
        return True

    def children(self, code=None):
        """Codes of the children of a region (the roots for None)."""
        return self._codes(C.dataset_get_children(self, encode(code), None), code)

    def subtree(self, code):
        """Codes of a region and every region beneath it, parents first."""
        return self._codes(C.dataset_get_subtree(self, encode(code), None), code)

    def institutions_in(self, code):
        """Ids of the institutions in a region and beneath it."""
        return self._codes(C.dataset_get_institutions_in(self, encode(code), None), code)

    @staticmethod
    def _codes(codes, code):
        if codes is None:
            raise KeyError(code)
        return codes

    def add_region(self, region):
        C.dataset_add_region(self, region)

    def add_institution(self, institution):
        C.dataset_add_institution(self, institution)

    def remove_region(self, code):
        C.dataset_remove_region(self, encode(code))

    def remove_institution(self, id):
        C.dataset_remove_institution(self, encode(id))

    def __eq__(self, other):
        return isinstance(other, Dataset) and bool(C.dataset_equal(self, other))

    __hash__ = Handle.__hash__

    # ---- indicators ------------------------------------------------------
    def indicator_table(self):
        """Every indicator of every region, computed now in one pass."""
        from ._indicators import IndicatorTable
        return IndicatorTable(self)

    def indicators(self, code):
        """{indicator id: value or None (undefined)} for one region."""
        from ._indicators import StaleError, IndicatorTable
        if self._table is None:
            self._table = IndicatorTable(self)
        try:
            return self._table.values(code)
        except StaleError:
            self._table = IndicatorTable(self)
            return self._table.values(code)

    def regions_to_records(self):
        return [r.to_record() for r in self.regions]

    def institutions_to_records(self):
        return [i.to_record() for i in self.institutions]

    def to_records(self):
        """The institutions as a list of dicts."""
        return self.institutions_to_records()

    def to_dataframe(self):
        """The institutions as a pandas DataFrame (pandas must be installed)."""
        return _to_dataframe(self.institutions_to_records())

    def __repr__(self):
        return "Dataset(%d regions, %d institutions)" % (self.n_regions, len(self))

