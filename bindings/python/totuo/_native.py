"""The C library, found and bound: every function with explicit argtypes and
restype, and GError turned into exceptions.

Lookup order: the TOTUO_LIBRARY environment variable, the build tree of a
source checkout (build*/lib/libtotuo.so.0 next to bindings/), then the
installed library (ctypes.util.find_library). If none loads, one ImportError
lists every place tried and why it failed.
"""

import ctypes
import ctypes.util
import glob
import os

from ._errors import error_from_code

c_char_p = ctypes.c_char_p
c_void_p = ctypes.c_void_p
c_int = ctypes.c_int
c_uint = ctypes.c_uint
c_int64 = ctypes.c_int64
c_size_t = ctypes.c_size_t
c_double = ctypes.c_double
c_ssize_t = ctypes.c_ssize_t
P = ctypes.POINTER


class GError(ctypes.Structure):
    _fields_ = [("domain", ctypes.c_uint32), ("code", c_int), ("message", c_char_p)]


class YearResult(ctypes.Structure):
    """TotuoYearResult, field for field."""
    _fields_ = [("year", c_int),
                ("has_observed", c_int), ("observed", c_double),
                ("has_milestone", c_int), ("milestone", c_double),
                ("met", c_int),
                ("has_gap", c_int), ("gap", c_double),
                ("has_progress", c_int), ("progress", c_double),
                ("has_pace", c_int), ("pace_required", c_double)]


def _candidates():
    here = os.path.dirname(os.path.abspath(__file__))
    env = os.environ.get("TOTUO_LIBRARY")
    if env:
        yield "TOTUO_LIBRARY", env
    root = os.path.normpath(os.path.join(here, "..", "..", ".."))
    for path in sorted(glob.glob(os.path.join(root, "build*", "lib", "libtotuo.so.0"))):
        yield "build tree", path
    found = ctypes.util.find_library("totuo")
    yield "installed", found or "libtotuo.so.0"


def _load():
    tried = []
    for where, path in _candidates():
        try:
            return ctypes.CDLL(path), path
        except OSError as e:
            tried.append("%s (%s): %s" % (path, where, e))
    raise ImportError("libtotuo could not be loaded; tried:\n  " + "\n  ".join(tried))


lib, library_path = _load()
glib = ctypes.CDLL(ctypes.util.find_library("glib-2.0") or "libglib-2.0.so.0")
glib.g_free.argtypes = [c_void_p]
glib.g_free.restype = None
glib.g_strfreev.argtypes = [c_void_p]
glib.g_strfreev.restype = None
glib.g_error_free.argtypes = [P(GError)]
glib.g_error_free.restype = None

# What a bound function returns, when it is not a plain value.
OWNED_STRING = "owned-string"     # gchar * to g_free
OWNED_STRV = "owned-strv"         # gchar ** to g_strfreev
STRING = "string"                 # const gchar *, borrowed
_ERR = P(P(GError))

# name: (restype, argtypes). A trailing GError ** argument makes the call raise.
PROTOTYPES = {
    # error.h, enums.h
    "totuo_error_quark": (ctypes.c_uint32, []),
    "totuo_error_code_to_string": (STRING, [c_int]),
    "totuo_region_level_to_string": (STRING, [c_int]),
    "totuo_region_level_to_chinese": (STRING, [c_int]),
    "totuo_region_level_from_string": (c_int, [c_char_p, P(c_int)]),
    "totuo_kind_to_string": (STRING, [c_int]),
    "totuo_kind_to_chinese": (STRING, [c_int]),
    "totuo_kind_from_string": (c_int, [c_char_p, P(c_int)]),
    "totuo_ownership_to_string": (STRING, [c_int]),
    "totuo_ownership_to_chinese": (STRING, [c_int]),
    "totuo_ownership_from_string": (c_int, [c_char_p, P(c_int)]),
    "totuo_status_to_string": (STRING, [c_int]),
    "totuo_status_to_chinese": (STRING, [c_int]),
    "totuo_status_from_string": (c_int, [c_char_p, P(c_int)]),
    "totuo_modes_to_string": (OWNED_STRING, [c_int]),
    "totuo_modes_from_string": (c_int, [c_char_p, P(c_int)]),
    # region.h
    "totuo_region_new": (c_void_p, [c_char_p, c_char_p, c_int]),
    "totuo_region_copy": (c_void_p, [c_void_p]),
    "totuo_region_ref": (c_void_p, [c_void_p]),
    "totuo_region_unref": (None, [c_void_p]),
    "totuo_region_get_code": (STRING, [c_void_p]),
    "totuo_region_get_name": (STRING, [c_void_p]),
    "totuo_region_get_level": (c_int, [c_void_p]),
    "totuo_region_get_parent_code": (STRING, [c_void_p]),
    "totuo_region_get_population": (c_int64, [c_void_p]),
    "totuo_region_get_under3": (c_int64, [c_void_p]),
    "totuo_region_get_kindergartens": (c_int64, [c_void_p]),
    "totuo_region_get_location": (c_int, [c_void_p, P(c_double), P(c_double)]),
    "totuo_region_set_name": (None, [c_void_p, c_char_p]),
    "totuo_region_set_level": (None, [c_void_p, c_int]),
    "totuo_region_set_parent_code": (None, [c_void_p, c_char_p]),
    "totuo_region_set_population": (None, [c_void_p, c_int64]),
    "totuo_region_set_under3": (None, [c_void_p, c_int64]),
    "totuo_region_set_kindergartens": (None, [c_void_p, c_int64]),
    "totuo_region_set_location": (None, [c_void_p, c_double, c_double]),
    "totuo_region_clear_location": (None, [c_void_p]),
    # institution.h
    "totuo_institution_new": (c_void_p, [c_char_p, c_char_p, c_char_p]),
    "totuo_institution_copy": (c_void_p, [c_void_p]),
    "totuo_institution_ref": (c_void_p, [c_void_p]),
    "totuo_institution_unref": (None, [c_void_p]),
    "totuo_institution_get_id": (STRING, [c_void_p]),
    "totuo_institution_get_name": (STRING, [c_void_p]),
    "totuo_institution_get_region_code": (STRING, [c_void_p]),
    "totuo_institution_get_kind": (c_int, [c_void_p]),
    "totuo_institution_get_ownership": (c_int, [c_void_p]),
    "totuo_institution_get_inclusive": (c_int, [c_void_p]),
    "totuo_institution_get_places": (c_int64, [c_void_p]),
    "totuo_institution_get_enrolled": (c_int64, [c_void_p]),
    "totuo_institution_get_status": (c_int, [c_void_p]),
    "totuo_institution_get_modes": (c_int, [c_void_p]),
    "totuo_institution_get_monthly_fee": (c_int, [c_void_p, P(c_double)]),
    "totuo_institution_get_staff": (c_int64, [c_void_p]),
    "totuo_institution_get_certified_staff": (c_int64, [c_void_p]),
    "totuo_institution_get_health_manager": (c_int, [c_void_p]),
    "totuo_institution_get_location": (c_int, [c_void_p, P(c_double), P(c_double)]),
    "totuo_institution_set_name": (None, [c_void_p, c_char_p]),
    "totuo_institution_set_region_code": (None, [c_void_p, c_char_p]),
    "totuo_institution_set_kind": (None, [c_void_p, c_int]),
    "totuo_institution_set_ownership": (None, [c_void_p, c_int]),
    "totuo_institution_set_inclusive": (None, [c_void_p, c_int]),
    "totuo_institution_set_places": (None, [c_void_p, c_int64]),
    "totuo_institution_set_enrolled": (None, [c_void_p, c_int64]),
    "totuo_institution_set_status": (None, [c_void_p, c_int]),
    "totuo_institution_set_modes": (None, [c_void_p, c_int]),
    "totuo_institution_set_monthly_fee": (None, [c_void_p, c_double]),
    "totuo_institution_set_staff": (None, [c_void_p, c_int64]),
    "totuo_institution_set_certified_staff": (None, [c_void_p, c_int64]),
    "totuo_institution_set_health_manager": (None, [c_void_p, c_int]),
    "totuo_institution_set_location": (None, [c_void_p, c_double, c_double]),
    "totuo_institution_clear_location": (None, [c_void_p]),
    # dataset.h
    "totuo_dataset_new": (c_void_p, []),
    "totuo_dataset_ref": (c_void_p, [c_void_p]),
    "totuo_dataset_unref": (None, [c_void_p]),
    "totuo_dataset_get_n_regions": (c_size_t, [c_void_p]),
    "totuo_dataset_get_n_institutions": (c_size_t, [c_void_p]),
    "totuo_dataset_add_region": (c_int, [c_void_p, c_void_p, _ERR]),
    "totuo_dataset_add_institution": (c_int, [c_void_p, c_void_p, _ERR]),
    "totuo_dataset_remove_region": (c_int, [c_void_p, c_char_p, _ERR]),
    "totuo_dataset_remove_institution": (c_int, [c_void_p, c_char_p, _ERR]),
    "totuo_dataset_lookup_region": (c_void_p, [c_void_p, c_char_p]),
    "totuo_dataset_lookup_institution": (c_void_p, [c_void_p, c_char_p]),
    "totuo_dataset_get_region": (c_void_p, [c_void_p, c_size_t]),
    "totuo_dataset_get_institution": (c_void_p, [c_void_p, c_size_t]),
    "totuo_dataset_get_children": (OWNED_STRV, [c_void_p, c_char_p, P(c_size_t)]),
    "totuo_dataset_get_subtree": (OWNED_STRV, [c_void_p, c_char_p, P(c_size_t)]),
    "totuo_dataset_get_institutions_in": (OWNED_STRV, [c_void_p, c_char_p, P(c_size_t)]),
    "totuo_dataset_equal": (c_int, [c_void_p, c_void_p]),
    # csv.h, json.h
    "totuo_dataset_load_regions_csv": (c_int, [c_void_p, c_char_p, _ERR]),
    "totuo_dataset_load_regions_csv_data": (c_int, [c_void_p, c_char_p, c_ssize_t, c_char_p, _ERR]),
    "totuo_dataset_load_institutions_csv": (c_int, [c_void_p, c_char_p, _ERR]),
    "totuo_dataset_load_institutions_csv_data":
        (c_int, [c_void_p, c_char_p, c_ssize_t, c_char_p, _ERR]),
    "totuo_dataset_check_regions_csv": (OWNED_STRV, [c_void_p, c_char_p, P(c_size_t)]),
    "totuo_dataset_check_institutions_csv": (OWNED_STRV, [c_void_p, c_char_p, P(c_size_t)]),
    "totuo_dataset_regions_to_csv": (OWNED_STRING, [c_void_p, P(c_size_t)]),
    "totuo_dataset_institutions_to_csv": (OWNED_STRING, [c_void_p, P(c_size_t)]),
    "totuo_dataset_save_regions_csv": (c_int, [c_void_p, c_char_p, _ERR]),
    "totuo_dataset_save_institutions_csv": (c_int, [c_void_p, c_char_p, _ERR]),
    "totuo_dataset_load_json": (c_int, [c_void_p, c_char_p, _ERR]),
    "totuo_dataset_load_json_data": (c_int, [c_void_p, c_char_p, c_ssize_t, c_char_p, _ERR]),
    "totuo_dataset_to_json": (OWNED_STRING, [c_void_p, P(c_size_t)]),
    "totuo_dataset_save_json": (c_int, [c_void_p, c_char_p, _ERR]),
    # indicator.h, indicator-table.h
    "totuo_indicator_get_count": (c_uint, []),
    "totuo_indicator_get_id": (STRING, [c_int]),
    "totuo_indicator_get_name_zh": (STRING, [c_int]),
    "totuo_indicator_get_name_en": (STRING, [c_int]),
    "totuo_indicator_get_unit": (STRING, [c_int]),
    "totuo_indicator_get_formula": (STRING, [c_int]),
    "totuo_indicator_is_ratio": (c_int, [c_int]),
    "totuo_indicator_from_id": (c_int, [c_char_p, P(c_int)]),
    "totuo_indicator_table_new": (c_void_p, [c_void_p]),
    "totuo_indicator_table_ref": (c_void_p, [c_void_p]),
    "totuo_indicator_table_unref": (None, [c_void_p]),
    "totuo_indicator_table_get_dataset": (c_void_p, [c_void_p]),
    "totuo_indicator_table_get_n_rows": (c_size_t, [c_void_p]),
    "totuo_indicator_table_get_row_code": (STRING, [c_void_p, c_size_t]),
    "totuo_indicator_table_get": (c_int, [c_void_p, c_char_p, c_int, P(c_double), _ERR]),
    "totuo_indicator_table_get_at": (c_int, [c_void_p, c_size_t, c_int, P(c_double), _ERR]),
    # planning.h
    "totuo_places_needed": (c_int, [c_int64, c_double, c_int64, P(c_int64), P(c_int64), _ERR]),
    "totuo_nursery_classes_for_kindergarten": (c_int, [c_int, c_int, c_int]),
    "totuo_completion_rate": (c_int, [c_double, c_double, P(c_double), _ERR]),
    # target.h
    "totuo_target_new": (c_void_p, [c_char_p, c_char_p, c_char_p]),
    "totuo_target_copy": (c_void_p, [c_void_p]),
    "totuo_target_ref": (c_void_p, [c_void_p]),
    "totuo_target_unref": (None, [c_void_p]),
    "totuo_target_get_id": (STRING, [c_void_p]),
    "totuo_target_get_indicator": (STRING, [c_void_p]),
    "totuo_target_is_external": (c_int, [c_void_p]),
    "totuo_target_get_region_code": (STRING, [c_void_p]),
    "totuo_target_get_name": (STRING, [c_void_p]),
    "totuo_target_set_name": (None, [c_void_p, c_char_p]),
    "totuo_target_get_unit": (STRING, [c_void_p]),
    "totuo_target_set_unit": (None, [c_void_p, c_char_p]),
    "totuo_target_set_baseline": (None, [c_void_p, c_int, c_double]),
    "totuo_target_get_baseline": (c_int, [c_void_p, P(c_int), P(c_double)]),
    "totuo_target_set_end": (None, [c_void_p, c_int, c_double]),
    "totuo_target_get_end": (c_int, [c_void_p, P(c_int), P(c_double)]),
    "totuo_target_set_comparator": (None, [c_void_p, c_int]),
    "totuo_target_get_comparator": (c_int, [c_void_p]),
    "totuo_target_set_attribute": (None, [c_void_p, c_int]),
    "totuo_target_get_attribute": (c_int, [c_void_p]),
    "totuo_target_set_relative": (None, [c_void_p, c_int, c_char_p]),
    "totuo_target_get_relative": (c_int, [c_void_p, P(c_char_p)]),
    "totuo_target_set_milestone": (None, [c_void_p, c_int, c_double]),
    "totuo_target_get_n_milestones": (c_uint, [c_void_p]),
    "totuo_target_get_milestone_at": (None, [c_void_p, c_uint, P(c_int), P(c_double)]),
    "totuo_target_get_milestone": (c_int, [c_void_p, c_int, P(c_double)]),
    "totuo_comparator_meets": (c_int, [c_int, c_double, c_double]),
    "totuo_comparator_to_string": (STRING, [c_int]),
    "totuo_comparator_from_string": (c_int, [c_char_p, P(c_int)]),
    "totuo_attribute_to_string": (STRING, [c_int]),
    "totuo_attribute_to_chinese": (STRING, [c_int]),
    "totuo_attribute_from_string": (c_int, [c_char_p, P(c_int)]),
    # plan.h
    "totuo_plan_new": (c_void_p, [c_char_p, c_char_p, c_int, c_int]),
    "totuo_plan_ref": (c_void_p, [c_void_p]),
    "totuo_plan_unref": (None, [c_void_p]),
    "totuo_plan_get_name": (STRING, [c_void_p]),
    "totuo_plan_get_region_code": (STRING, [c_void_p]),
    "totuo_plan_get_period": (None, [c_void_p, P(c_int), P(c_int)]),
    "totuo_plan_add_target": (c_int, [c_void_p, c_void_p, _ERR]),
    "totuo_plan_get_n_targets": (c_uint, [c_void_p]),
    "totuo_plan_get_target": (c_void_p, [c_void_p, c_uint]),
    "totuo_plan_add_task": (c_int, [c_void_p, c_char_p, c_int, c_double, c_double, _ERR]),
    "totuo_plan_get_n_tasks": (c_uint, [c_void_p]),
    "totuo_plan_get_task": (None, [c_void_p, c_uint, P(c_char_p), P(c_int), P(c_double),
                                   P(c_double)]),
    "totuo_plan_load": (c_void_p, [c_char_p, _ERR]),
    "totuo_plan_load_data": (c_void_p, [c_char_p, c_ssize_t, c_char_p, _ERR]),
    "totuo_plan_to_data": (OWNED_STRING, [c_void_p, P(c_size_t)]),
    "totuo_plan_save": (c_int, [c_void_p, c_char_p, _ERR]),
    "totuo_plan_equal": (c_int, [c_void_p, c_void_p]),
    # observations.h
    "totuo_observations_new": (c_void_p, []),
    "totuo_observations_ref": (c_void_p, [c_void_p]),
    "totuo_observations_unref": (None, [c_void_p]),
    "totuo_observations_add_dataset": (c_int, [c_void_p, c_int, c_void_p, _ERR]),
    "totuo_observations_add": (c_int, [c_void_p, c_char_p, c_char_p, c_int, c_double, _ERR]),
    "totuo_observations_load_csv": (c_int, [c_void_p, c_char_p, _ERR]),
    "totuo_observations_load_csv_data": (c_int, [c_void_p, c_char_p, c_ssize_t, c_char_p, _ERR]),
    "totuo_observations_lookup": (c_int, [c_void_p, c_char_p, c_char_p, c_int, P(c_double)]),
    "totuo_observations_get_parent_code": (OWNED_STRING, [c_void_p, c_char_p]),
    "totuo_observations_get_years": (c_void_p, [c_void_p, P(c_size_t)]),
    # evaluation.h
    "totuo_evaluation_new": (c_void_p, [c_void_p, c_void_p]),
    "totuo_evaluation_ref": (c_void_p, [c_void_p]),
    "totuo_evaluation_unref": (None, [c_void_p]),
    "totuo_evaluation_get_plan": (c_void_p, [c_void_p]),
    "totuo_evaluation_get_years": (None, [c_void_p, c_uint, P(c_int), P(c_int)]),
    "totuo_evaluation_get_year_result": (c_int, [c_void_p, c_uint, c_int, P(YearResult)]),
    "totuo_evaluation_get_status": (c_int, [c_void_p, c_uint, P(c_char_p)]),
    "totuo_evaluation_get_projection": (c_int, [c_void_p, c_uint, P(c_double)]),
    "totuo_evaluation_get_end_target": (c_int, [c_void_p, c_uint, P(c_double)]),
    "totuo_evaluation_count": (c_uint, [c_void_p, c_int, c_int]),
    "totuo_evaluation_is_binding_missed": (c_int, [c_void_p, c_uint]),
    "totuo_evaluation_get_task_completion": (c_int, [c_void_p, c_uint, P(c_double), _ERR]),
    "totuo_progress_to_string": (STRING, [c_int]),
    "totuo_progress_to_chinese": (STRING, [c_int]),
    # report.h
    "totuo_format_from_string": (c_int, [c_char_p, P(c_int)]),
    "totuo_lang_from_string": (c_int, [c_char_p, P(c_int)]),
    "totuo_text_width": (c_size_t, [c_char_p]),
    "totuo_report_region": (OWNED_STRING, [c_void_p, c_char_p, c_int, c_int, _ERR]),
    "totuo_report_regions": (OWNED_STRING, [c_void_p, P(c_char_p), P(c_int), c_size_t, c_int,
                                            c_int, _ERR]),
    "totuo_report_evaluation": (OWNED_STRING, [c_void_p, c_int, c_int]),
    "totuo_report_evaluation_svg": (OWNED_STRING, [c_void_p, c_int]),
}

# Exported, but not bound, because Python has no use for them.
NOT_BOUND = {
}


def _decode(ptr):
    return None if ptr is None else ptr.decode("utf-8")


class _Function:
    """One C function: converts its result, and raises when it set a GError."""

    def __init__(self, name, restype, argtypes):
        self.name = name
        self.kind = restype if isinstance(restype, str) else None
        self.raises = bool(argtypes) and argtypes[-1] is _ERR
        c = getattr(lib, name)
        c.argtypes = argtypes
        c.restype = c_void_p if self.kind in (OWNED_STRING, OWNED_STRV) else \
            c_char_p if self.kind == STRING else restype
        self.c = c

    def __call__(self, *args):
        if not self.raises:
            return self._convert(self.c(*args))
        error = P(GError)()
        result = self.c(*args, ctypes.byref(error))
        if error:
            code, message = error.contents.code, _decode(error.contents.message)
            glib.g_error_free(error)
            self._free(result)
            raise error_from_code(code, message)
        return self._convert(result)

    def _free(self, result):
        if self.kind == OWNED_STRING and result:
            glib.g_free(result)
        elif self.kind == OWNED_STRV and result:
            glib.g_strfreev(result)

    def _convert(self, result):
        if self.kind == STRING:
            return _decode(result)
        if self.kind == OWNED_STRING:
            if not result:
                return None
            text = ctypes.string_at(result).decode("utf-8")
            glib.g_free(result)
            return text
        if self.kind == OWNED_STRV:
            if not result:
                return None
            array = ctypes.cast(result, P(c_char_p))
            items = []
            while array[len(items)] is not None:
                items.append(array[len(items)].decode("utf-8"))
            glib.g_strfreev(result)
            return items
        return result


class _Bound:
    """The bound functions, as attributes without the totuo_ prefix."""

    def __init__(self):
        for name, (restype, argtypes) in PROTOTYPES.items():
            setattr(self, name[len("totuo_"):], _Function(name, restype, argtypes))


C = _Bound()


def encode(text):
    """Python text to a C string; None stays NULL."""
    return None if text is None else str(text).encode("utf-8")
