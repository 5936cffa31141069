"""libtotuo for Python: planning care services for children under three (托育).

    import totuo
    ds = totuo.Dataset("regions.csv", "institutions.csv")
    ds.indicators("500154")["places_per_1000"]         # 1.1789...
    totuo.places_needed(1284182, 4.5, 1514)            # (5779, 4265)

Pure ctypes over libtotuo.so.0: no compiler needed. See docs/python.md.
"""

from ._errors import (ClosedError, ConsistencyError, Error, ErrorCode, InputError, IOFailure,
                      NotFoundError, StaleError, UndefinedError)
from ._native import library_path
from ._model import Dataset, Institution, Kind, Modes, Ownership, Region, RegionLevel, Status
from ._indicators import (INDICATORS, Indicator, IndicatorTable, completion_rate, indicator,
                          nursery_classes, places_needed)
from ._tracking import (MAX_YEAR, MIN_YEAR, Attribute, Comparator, Evaluation, Observations,
                        Plan, Progress, Relative, Target, TargetResult, Task, YearResult)
from ._limits import (MAX_COLUMNS, MAX_FIELD_BYTES, MAX_INPUT_BYTES, MAX_INSTITUTION_COUNT,
                      MAX_JSON_DEPTH, MAX_REGION_COUNT)
from ._report import (Format, Lang, csv_for_excel, report_bar_chart_svg, report_evaluation,
                      report_evaluation_svg, report_evaluation_xlsx,
                      report_indicator_list, report_region, report_region_xlsx, report_regions,
                      report_regions_xlsx, report_html, report_gaps, translate, lang_from_locale,
                      set_message_lang, get_message_lang,
                      save_text,
                      text_width)

from ._access import (MEASURES, Access, AccessPoint, AccessRegion, Demand, compute_access,
                      distance_m, from_wgs84, living_circle_m, to_wgs84)

__version__ = "0.1.0"

__all__ = [
    "MEASURES", "Access", "AccessPoint", "AccessRegion", "Demand", "compute_access", "distance_m",
    "from_wgs84", "living_circle_m", "to_wgs84",
    "Attribute", "ClosedError", "Comparator", "ConsistencyError", "Dataset", "Error", "ErrorCode", "Evaluation",
    "Format", "INDICATORS", "IOFailure", "Indicator", "IndicatorTable", "InputError",
    "Institution", "Kind", "Lang", "MAX_COLUMNS", "MAX_FIELD_BYTES", "MAX_INPUT_BYTES",
    "MAX_INSTITUTION_COUNT", "MAX_JSON_DEPTH", "MAX_REGION_COUNT", "MAX_YEAR", "MIN_YEAR", "Modes", "NotFoundError", "Observations", "Ownership", "Plan",
    "Progress", "Region", "RegionLevel", "Relative", "StaleError", "Status", "Target",
    "TargetResult", "Task", "UndefinedError", "YearResult", "completion_rate", "indicator",
    "library_path", "nursery_classes", "places_needed", "report_evaluation",
    "report_evaluation_svg", "csv_for_excel", "report_bar_chart_svg", "report_indicator_list", "report_region", "report_regions",
    "report_regions_xlsx", "report_region_xlsx", "report_evaluation_xlsx", "report_html", "report_gaps", "translate",
    "lang_from_locale", "set_message_lang", "get_message_lang", "save_text", "text_width",
]
