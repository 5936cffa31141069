"""Spatial access (access.h): can a family reach a place?

    demand = totuo.Demand.from_csv(ds, "compounds.csv", crs="gcj02")
    access = totuo.compute_access(demand, circle=5, inclusive=True)
    access.region("990101").covered_share     # % of children within 300 m
    access.to_dataframe()                      # one row per demand point

Results cross from C as whole columns (numpy arrays when numpy is there).
"""

import array
import ctypes
from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Sequence, Tuple, Union

from ._columns import _np
from ._handle import Handle
from ._model import Dataset, Kind, Ownership, RegionLevel, _member, _text_input
from ._native import C
from ._report import _format, _lang

_DATUMS = ("wgs84", "gcj02", "bd09")
_METHODS = ("2sfca", "e2sfca", "gaussian")
MEASURES = ("covered_share", "mean_score", "desert_children", "desert_share", "nearest_median_m")
"""The measures of a region (access_measure_to_string())."""
SUPPLY_INCLUSIVE, SUPPLY_FILED = 1, 2


def _datum(value: Any) -> int:
    if not isinstance(value, str):
        raise TypeError("a datum is a name (wgs84, gcj02, bd09), got %s" % type(value).__name__)
    out = ctypes.c_int()
    if not C.datum_from_string(value, ctypes.byref(out)):
        raise ValueError("unknown datum %r (wgs84, gcj02 or bd09; 高德 and 百度 work too)" % value)
    return out.value


def to_wgs84(lat: float, lon: float, crs: str) -> Tuple[float, float]:
    """A point of datum *crs* (gcj02 for Amap and Tencent, bd09 for Baidu) in WGS84."""
    out_lat, out_lon = ctypes.c_double(), ctypes.c_double()
    if not C.datum_to_wgs84(_datum(crs), lat, lon, ctypes.byref(out_lat), ctypes.byref(out_lon)):
        raise ValueError("(%r, %r) is not a latitude and longitude" % (lat, lon))
    return out_lat.value, out_lon.value


def from_wgs84(lat: float, lon: float, crs: str) -> Tuple[float, float]:
    """A WGS84 point in datum *crs*, as the map services would give it."""
    out_lat, out_lon = ctypes.c_double(), ctypes.c_double()
    if not C.datum_from_wgs84(_datum(crs), lat, lon, ctypes.byref(out_lat), ctypes.byref(out_lon)):
        raise ValueError("(%r, %r) is not a latitude and longitude" % (lat, lon))
    return out_lat.value, out_lon.value


def distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """The great-circle distance between two WGS84 points, in metres."""
    return C.distance_m(lat1, lon1, lat2, lon2)


def living_circle_m(minutes: int) -> float:
    """The radius of a GB 50180-2018 living circle: 5, 10 or 15 minutes."""
    value = C.living_circle_m(minutes) if isinstance(minutes, int) and not isinstance(minutes, bool) else float("nan")
    if value != value:
        raise ValueError("a living circle is 5, 10 or 15 minutes, not %r" % (minutes,))
    return value


class Demand(Handle):
    """Demand points: where the children under three live."""

    _unref = C.demand_unref

    def __init__(self, pointer: Any, dataset: Dataset) -> None:
        # The points read their dataset's regions: they share its lock.
        super().__init__(pointer, lock=dataset._lock)

    @classmethod
    def from_csv(cls, dataset: Dataset, path: str, crs: str = "wgs84") -> "Demand":
        """Points from a CSV of id, region, lat, lon, under3 (and residents, crs)."""
        if not isinstance(dataset, Dataset):
            raise TypeError("expected a totuo.Dataset, got %s" % type(dataset).__name__)
        return cls(C.demand_load_csv(dataset, path, _datum(crs)), dataset)

    @classmethod
    def from_text(cls, dataset: Dataset, text: Union[str, bytes], name: str = "<text>",
                  crs: str = "wgs84") -> "Demand":
        """Points from CSV text."""
        if not isinstance(dataset, Dataset):
            raise TypeError("expected a totuo.Dataset, got %s" % type(dataset).__name__)
        data = _text_input(text)
        return cls(C.demand_load_csv_data(dataset, data, len(data), name, _datum(crs)), dataset)

    @classmethod
    def from_json(cls, dataset: Dataset, path: str, crs: str = "wgs84") -> "Demand":
        """Points from JSON: an array of points, {"points": [...]}, or a GeoJSON
        FeatureCollection of Points (what QGIS exports, and Access.geojson())."""
        if not isinstance(dataset, Dataset):
            raise TypeError("expected a totuo.Dataset, got %s" % type(dataset).__name__)
        return cls(C.demand_load_json(dataset, path, _datum(crs)), dataset)

    @classmethod
    def from_json_text(cls, dataset: Dataset, text: Union[str, bytes], name: str = "<text>",
                       crs: str = "wgs84") -> "Demand":
        """Points from JSON text."""
        if not isinstance(dataset, Dataset):
            raise TypeError("expected a totuo.Dataset, got %s" % type(dataset).__name__)
        data = _text_input(text)
        return cls(C.demand_load_json_data(dataset, data, len(data), name, _datum(crs)), dataset)

    @classmethod
    def from_regions(cls, dataset: Dataset, level: Any, crs: str = "wgs84") -> "Demand":
        """The regions of a level with a location and children, as points."""
        if not isinstance(dataset, Dataset):
            raise TypeError("expected a totuo.Dataset, got %s" % type(dataset).__name__)
        return cls(C.demand_new_from_regions(dataset, int(_member(RegionLevel, level)), _datum(crs)),
                   dataset)

    def __len__(self) -> int:
        return C.demand_get_n_points(self)

    @property
    def ids(self) -> List[str]:
        """The points' ids, in order."""
        return [C.demand_get_id(self, k) for k in range(len(self))]

    @property
    def region_codes(self) -> List[str]:
        """The codes of the points' regions, in order."""
        return [C.demand_get_region_code(self, k) for k in range(len(self))]

    def location(self, index: int) -> Tuple[float, float]:
        """A point's WGS84 latitude and longitude."""
        self._check(index)
        lat, lon = ctypes.c_double(), ctypes.c_double()
        C.demand_get_location(self, index, ctypes.byref(lat), ctypes.byref(lon))
        return lat.value, lon.value

    def children(self, index: int) -> int:
        """A point's children under three."""
        self._check(index)
        return C.demand_get_children(self, index)

    def residents(self, index: int) -> Optional[int]:
        """A point's residents, or None when not known."""
        self._check(index)
        value = C.demand_get_residents(self, index)
        return None if value < 0 else value

    @property
    def warnings(self) -> List[str]:
        """What the load found doubtful (columns not used, regions left out)."""
        return C.demand_get_warnings(self, None)

    def _check(self, index: Any) -> None:
        if isinstance(index, bool) or not isinstance(index, int):
            raise TypeError("a point's index is a whole number, got %s" % type(index).__name__)
        if not 0 <= index < len(self):
            raise IndexError("point %d of %d" % (index, len(self)))


@dataclass(frozen=True)
class AccessPoint:
    """One demand point's results (TotuoAccessPoint)."""
    score: float
    places: float
    n_providers: int
    nearest_m: Optional[float]
    covered: bool
    desert: bool


@dataclass(frozen=True)
class AccessRegion:
    """A region's figures from its demand points (TotuoAccessRegion)."""
    n_points: int
    children: float
    covered_children: float
    covered_share: Optional[float]
    mean_score: Optional[float]
    desert_children: float
    desert_share: Optional[float]
    n_desert_points: int
    nearest_median_m: Optional[float]
    nearest_p90_m: Optional[float]


class _CPoint(ctypes.Structure):
    _fields_ = [("score", ctypes.c_double), ("places", ctypes.c_double),
                ("n_providers", ctypes.c_uint), ("nearest_m", ctypes.c_double),
                ("covered", ctypes.c_int), ("desert", ctypes.c_int)]


class _CRegion(ctypes.Structure):
    _fields_ = [("n_points", ctypes.c_uint), ("children", ctypes.c_double),
                ("covered_children", ctypes.c_double), ("covered_share", ctypes.c_double),
                ("mean_score", ctypes.c_double), ("desert_children", ctypes.c_double),
                ("desert_share", ctypes.c_double), ("n_desert_points", ctypes.c_uint),
                ("nearest_median_m", ctypes.c_double), ("nearest_p90_m", ctypes.c_double)]


def _or_none(value: float) -> Optional[float]:
    return None if value != value else value


def _mask(values: Any, cls: Any) -> int:
    if values is None:
        return 0
    if isinstance(values, (str, int)) and not isinstance(values, bool):
        values = [values]
    mask = 0
    for v in values:
        mask |= 1 << int(_member(cls, v))
    return mask


class Access(Handle):
    """The results of compute_access(): per point and rolled up per region."""

    _unref = C.access_unref

    def __len__(self) -> int:
        return len(self.demand)

    @property
    def demand(self) -> Demand:
        """The demand points (the results keep them alive)."""
        return Demand._borrowed(C.access_get_demand(self), C.demand_ref, lock=self._lock)

    @property
    def n_pairs(self) -> int:
        """The demand–institution pairs within the radius (K)."""
        return C.access_get_n_pairs(self)

    @property
    def n_providers(self) -> int:
        """The institutions that are supply (qualifying, with a location)."""
        return C.access_get_n_providers(self)

    @property
    def warnings(self) -> List[str]:
        """What the computation found doubtful (institutions without a location)."""
        return C.access_get_warnings(self, None)

    def totals(self) -> Tuple[float, float]:
        """(Σ P·A, Σ S of the institutions demand reaches): equal by conservation."""
        a, b = ctypes.c_double(), ctypes.c_double()
        C.access_get_totals(self, ctypes.byref(a), ctypes.byref(b))
        return a.value, b.value

    def point(self, index: int) -> AccessPoint:
        """One demand point's results."""
        if isinstance(index, bool) or not isinstance(index, int):
            raise TypeError("a point's index is a whole number, got %s" % type(index).__name__)
        if not 0 <= index < len(self):
            raise IndexError("point %d of %d" % (index, len(self)))
        p = _CPoint()
        C.access_get_point(self, index, ctypes.byref(p))
        return AccessPoint(p.score, p.places, p.n_providers, _or_none(p.nearest_m), bool(p.covered),
                           bool(p.desert))

    def region(self, code: str) -> AccessRegion:
        """A region's figures; NotFoundError, or UndefinedError without a point beneath."""
        r = _CRegion()
        C.access_get_region(self, code, ctypes.byref(r))
        return AccessRegion(r.n_points, r.children, r.covered_children, _or_none(r.covered_share),
                            _or_none(r.mean_score), r.desert_children, _or_none(r.desert_share),
                            r.n_desert_points, _or_none(r.nearest_median_m), _or_none(r.nearest_p90_m))

    def measure(self, code: str, measure: str) -> float:
        """One measure of a region (MEASURES)."""
        out = ctypes.c_double()
        C.access_get_measure(self, code, _measure(measure), ctypes.byref(out))
        return out.value

    def add_observations(self, observations: Any, year: int, measure: str, indicator: str) -> None:
        """Adds a measure of every region to observations, as an external indicator."""
        C.access_add_observations(self, observations, year, _measure(measure), indicator)

    def columns(self) -> Dict[str, Any]:
        """Every point's results as columns: score, places, nearest_m (NaN: none),
        covered, desert (numpy arrays when numpy is there), with id and region."""
        demand = self.demand
        n = len(demand)
        if _np is not None:
            out = {k: _np.empty(n, dtype=_np.float64) for k in ("score", "places", "nearest_m")}
            flags = {k: _np.empty(n, dtype=_np.uint8) for k in ("covered", "desert")}
            ptr = {k: v.ctypes.data_as(ctypes.POINTER(ctypes.c_double)) for k, v in out.items()}
            fptr = {k: v.ctypes.data_as(ctypes.POINTER(ctypes.c_uint8)) for k, v in flags.items()}
        else:
            out = {k: array.array("d", bytes(8 * n)) for k in ("score", "places", "nearest_m")}
            flags = {k: array.array("B", bytes(n)) for k in ("covered", "desert")}
            ptr = {k: (ctypes.c_double * n).from_buffer(v) if n else None for k, v in out.items()}
            fptr = {k: (ctypes.c_uint8 * n).from_buffer(v) if n else None for k, v in flags.items()}
        C.access_get_columns(self, ptr["score"], ptr["places"], ptr["nearest_m"], fptr["covered"],
                             fptr["desert"], n)
        result: Dict[str, Any] = {"id": [C.demand_get_id(demand, k) for k in range(n)],
                                  "region": [C.demand_get_region_code(demand, k) for k in range(n)]}
        result.update(out)
        if _np is not None:
            result.update({k: v.astype(bool) for k, v in flags.items()})
        else:
            result.update({k: [bool(x) for x in v] for k, v in flags.items()})
        return result

    def to_dataframe(self) -> Any:
        """The points' results as a pandas DataFrame indexed by id."""
        from ._model import _pandas
        cols = self.columns()
        frame = _pandas().DataFrame(cols)
        return frame.set_index("id")

    def report(self, codes: Sequence[str], format: Union[str, int] = "text",
               lang: Union[str, int] = "zh") -> str:
        """The regions' figures as a report (text, markdown, csv, json)."""
        if isinstance(codes, (str, bytes)):
            raise TypeError("codes must be a sequence of region codes, not one string")
        from ._args import Text
        codes_c = (ctypes.c_char_p * (len(codes) + 1))(*[Text.encode(c) for c in codes], None)
        return C.report_access(self, codes_c, _format(format), _lang(lang))

    def points_report(self, format: Union[str, int] = "csv", lang: Union[str, int] = "zh") -> str:
        """Every point's results as a report."""
        return C.report_access_points(self, _format(format), _lang(lang))

    def geojson(self) -> str:
        """The points and their results as GeoJSON (RFC 7946), for QGIS."""
        return C.report_access_geojson(self)

    def svg(self, code: str, lang: Union[str, int] = "zh") -> str:
        """A map of a region: points shaded by score, deserts ringed, institutions sized."""
        return C.report_access_svg(self, code, _lang(lang))


def _measure(value: Any) -> int:
    out = ctypes.c_int()
    if not isinstance(value, str):
        raise TypeError("a measure is a name (%s), got %s" % (", ".join(MEASURES), type(value).__name__))
    if not C.access_measure_from_string(value, ctypes.byref(out)):
        raise ValueError("unknown measure %r (one of: %s)" % (value, ", ".join(MEASURES)))
    return out.value


def compute_access(demand: Demand, method: str = "2sfca", radius: Optional[float] = None,
                   circle: Optional[int] = None, strict_edge: bool = False,
                   bands: Optional[Sequence[Tuple[float, float]]] = None, inclusive: bool = False,
                   filed: bool = False, kinds: Any = None, ownerships: Any = None,
                   supply_crs: str = "wgs84", weight: str = "children",
                   desert: Tuple[float, float] = (50, 3),
                   travel_times: Optional[str] = None) -> Access:
    """Access of every demand point to the dataset's institutions.

    method: "2sfca", "e2sfca" or "gaussian"; radius in metres (default 300)
    or circle=5/10/15 (GB 50180-2018); bands: [(edge, weight), ...] for
    E2SFCA, edges as fractions of the radius; inclusive/filed/kinds/
    ownerships filter the supply; weight: "children" or "residents";
    desert: (children above which, children per place above which);
    travel_times: a CSV of origin,destination,minutes to cost by (the
    radius is then in minutes)."""
    if not isinstance(demand, Demand):
        raise TypeError("expected a totuo.Demand, got %s" % type(demand).__name__)
    if radius is not None and circle is not None:
        raise ValueError("give radius or circle, not both")
    if weight not in ("children", "residents"):
        raise ValueError("weight is 'children' or 'residents', not %r" % (weight,))
    options = C.access_options_new()
    try:
        m = ctypes.c_int()
        if not isinstance(method, str) or not C.access_method_from_string(method, ctypes.byref(m)):
            raise ValueError("unknown method %r (one of: %s)" % (method, ", ".join(_METHODS)))
        C.access_options_set_method(options, m.value)
        if circle is not None:
            radius = living_circle_m(circle)
        if radius is not None:
            C.access_options_set_radius(options, float(radius))
        C.access_options_set_strict_edge(options, bool(strict_edge))
        if bands is not None:
            edges = [float(e) for e, _ in bands]
            weights = [float(w) for _, w in bands]
            n = len(edges)
            C.access_options_set_bands(options, (ctypes.c_double * max(n, 1))(*edges),
                                       (ctypes.c_double * max(n, 1))(*weights), n)
        C.access_options_set_supply(options, (SUPPLY_INCLUSIVE if inclusive else 0) |
                                    (SUPPLY_FILED if filed else 0),
                                    _mask(kinds, Kind), _mask(ownerships, Ownership))
        C.access_options_set_supply_datum(options, _datum(supply_crs))
        C.access_options_set_weight_residents(options, weight == "residents")
        C.access_options_set_desert_rule(options, float(desert[0]), float(desert[1]))
        if travel_times is not None:
            times = C.travel_times_load_csv(demand, travel_times)
            try:
                C.access_options_set_travel_times(options, times)
            finally:
                C.travel_times_unref.c(times)
        pointer = C.access_compute(demand, options)
    finally:
        C.access_options_unref.c(options)
    return Access(pointer, lock=demand._lock)
