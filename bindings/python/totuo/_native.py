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

import threading
from typing import Any, Dict, List, Tuple

from ._args import (Bool, Data, Double, DoubleOrNaN, HandleArg, Int, Int64, OptionalPath,
                    OptionalText, Path,
                    SizeT, SSizeT, Text, UInt, handle, pending_refusal)
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


def _candidates() -> Any:
    here = os.path.dirname(os.path.abspath(__file__))
    env = os.environ.get("TOTUO_LIBRARY")
    if env:
        yield "TOTUO_LIBRARY", env
    root = os.path.normpath(os.path.join(here, "..", "..", ".."))
    for path in sorted(glob.glob(os.path.join(root, "build*", "lib", "libtotuo.so.0"))):
        yield "build tree", path
    found = ctypes.util.find_library("totuo")
    yield "installed", found or "libtotuo.so.0"


def _load() -> Any:
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

# Argument types (see _args): every pointer to a C object is given as its
# wrapper, checked for type and for being open; "W" marks the object a call
# changes (its lock is taken for writing).
REG, REGW = handle("Region"), handle("Region", write=True)
INST, INSTW = handle("Institution"), handle("Institution", write=True)
DS, DSW = handle("Dataset"), handle("Dataset", write=True)
TAB = handle("IndicatorTable")
TGT, TGTW = handle("Target"), handle("Target", write=True)
PLAN, PLANW = handle("Plan"), handle("Plan", write=True)
OBS, OBSW = handle("Observations"), handle("Observations", write=True)
EVAL = handle("Evaluation")
EVALN = handle("Evaluation", nullable=True)
DEM = handle("Demand")
ACC = handle("Access")
TEXT, OTEXT, PATH, DATA = Text, OptionalText, Path, Data
INT, UINT, I64, SIZE, SSIZE, BOOL = Int, UInt, Int64, SizeT, SSizeT, Bool
DBL, DBLN = Double, DoubleOrNaN

# name: (restype, argtypes). A trailing GError ** argument makes the call raise.
PROTOTYPES = {
    # error.h, enums.h
    "totuo_error_quark": (ctypes.c_uint32, []),
    "totuo_error_code_to_string": (STRING, [INT]),
    "totuo_region_level_to_string": (STRING, [INT]),
    "totuo_region_level_to_chinese": (STRING, [INT]),
    "totuo_region_level_from_string": (c_int, [TEXT, P(c_int)]),
    "totuo_kind_to_string": (STRING, [INT]),
    "totuo_kind_to_chinese": (STRING, [INT]),
    "totuo_kind_from_string": (c_int, [TEXT, P(c_int)]),
    "totuo_ownership_to_string": (STRING, [INT]),
    "totuo_ownership_to_chinese": (STRING, [INT]),
    "totuo_ownership_from_string": (c_int, [TEXT, P(c_int)]),
    "totuo_status_to_string": (STRING, [INT]),
    "totuo_status_to_chinese": (STRING, [INT]),
    "totuo_status_from_string": (c_int, [TEXT, P(c_int)]),
    "totuo_flag_to_string": (STRING, [INT]),
    "totuo_flag_to_chinese": (STRING, [INT]),
    "totuo_flag_from_string": (c_int, [TEXT, P(c_int)]),
    "totuo_modes_to_string": (OWNED_STRING, [INT]),
    "totuo_modes_from_string": (c_int, [TEXT, P(c_int)]),
    # region.h
    "totuo_region_new": (c_void_p, [TEXT, OTEXT, INT]),
    "totuo_region_copy": (c_void_p, [REG]),
    "totuo_region_ref": (c_void_p, [c_void_p]),
    "totuo_region_unref": (None, [c_void_p]),
    "totuo_region_get_code": (STRING, [REG]),
    "totuo_region_get_name": (STRING, [REG]),
    "totuo_region_get_level": (c_int, [REG]),
    "totuo_region_get_parent_code": (STRING, [REG]),
    "totuo_region_get_population": (c_int64, [REG]),
    "totuo_region_get_under3": (c_int64, [REG]),
    "totuo_region_get_kindergartens": (c_int64, [REG]),
    "totuo_region_get_location": (c_int, [REG, P(c_double), P(c_double)]),
    "totuo_region_set_name": (None, [REGW, OTEXT]),
    "totuo_region_set_level": (None, [REGW, INT]),
    "totuo_region_set_parent_code": (None, [REGW, OTEXT]),
    "totuo_region_set_population": (None, [REGW, I64]),
    "totuo_region_set_under3": (None, [REGW, I64]),
    "totuo_region_set_kindergartens": (None, [REGW, I64]),
    "totuo_region_set_location": (None, [REGW, DBL, DBL]),
    "totuo_region_clear_location": (None, [REGW]),
    # institution.h
    "totuo_institution_new": (c_void_p, [TEXT, OTEXT, TEXT]),
    "totuo_institution_copy": (c_void_p, [INST]),
    "totuo_institution_ref": (c_void_p, [c_void_p]),
    "totuo_institution_unref": (None, [c_void_p]),
    "totuo_institution_get_id": (STRING, [INST]),
    "totuo_institution_get_name": (STRING, [INST]),
    "totuo_institution_get_region_code": (STRING, [INST]),
    "totuo_institution_get_kind": (c_int, [INST]),
    "totuo_institution_get_ownership": (c_int, [INST]),
    "totuo_institution_get_inclusive": (c_int, [INST]),
    "totuo_institution_get_places": (c_int64, [INST]),
    "totuo_institution_get_enrolled": (c_int64, [INST]),
    "totuo_institution_get_status": (c_int, [INST]),
    "totuo_institution_get_modes": (c_int, [INST]),
    "totuo_institution_get_monthly_fee": (c_int, [INST, P(c_double)]),
    "totuo_institution_get_staff": (c_int64, [INST]),
    "totuo_institution_get_certified_staff": (c_int64, [INST]),
    "totuo_institution_get_health_manager": (c_int, [INST]),
    "totuo_institution_get_location": (c_int, [INST, P(c_double), P(c_double)]),
    "totuo_institution_set_name": (None, [INSTW, OTEXT]),
    "totuo_institution_set_region_code": (None, [INSTW, TEXT]),
    "totuo_institution_set_kind": (None, [INSTW, INT]),
    "totuo_institution_set_ownership": (None, [INSTW, INT]),
    "totuo_institution_set_inclusive": (None, [INSTW, INT]),
    "totuo_institution_set_places": (None, [INSTW, I64]),
    "totuo_institution_set_enrolled": (None, [INSTW, I64]),
    "totuo_institution_set_status": (None, [INSTW, INT]),
    "totuo_institution_set_modes": (None, [INSTW, INT]),
    "totuo_institution_set_monthly_fee": (None, [INSTW, DBL]),
    "totuo_institution_set_staff": (None, [INSTW, I64]),
    "totuo_institution_set_certified_staff": (None, [INSTW, I64]),
    "totuo_institution_set_health_manager": (None, [INSTW, INT]),
    "totuo_institution_set_location": (None, [INSTW, DBL, DBL]),
    "totuo_institution_clear_location": (None, [INSTW]),
    # dataset.h
    "totuo_dataset_new": (c_void_p, []),
    "totuo_dataset_ref": (c_void_p, [c_void_p]),
    "totuo_dataset_unref": (None, [c_void_p]),
    "totuo_dataset_get_n_regions": (c_size_t, [DS]),
    "totuo_dataset_get_n_institutions": (c_size_t, [DS]),
    "totuo_dataset_add_region": (c_int, [DSW, REG, _ERR]),
    "totuo_dataset_add_institution": (c_int, [DSW, INST, _ERR]),
    "totuo_dataset_remove_region": (c_int, [DSW, TEXT, _ERR]),
    "totuo_dataset_remove_institution": (c_int, [DSW, TEXT, _ERR]),
    "totuo_dataset_lookup_region": (c_void_p, [DS, TEXT]),
    "totuo_dataset_lookup_institution": (c_void_p, [DS, TEXT]),
    "totuo_dataset_get_region": (c_void_p, [DS, SIZE]),
    "totuo_dataset_get_institution": (c_void_p, [DS, SIZE]),
    "totuo_dataset_get_children": (OWNED_STRV, [DS, OTEXT, P(c_size_t)]),
    "totuo_dataset_get_subtree": (OWNED_STRV, [DS, TEXT, P(c_size_t)]),
    "totuo_dataset_get_institutions_in": (OWNED_STRV, [DS, TEXT, P(c_size_t)]),
    "totuo_dataset_equal": (c_int, [DS, DS]),
    "totuo_dataset_get_warnings": (OWNED_STRV, [DS, P(c_size_t)]),
    "totuo_dataset_resolve_region": (OWNED_STRING, [DS, TEXT, _ERR]),
    "totuo_dataset_clear_warnings": (None, [DSW]),
    # columns.h: the buffers are made by _columns.py, never by a caller
    "totuo_region_field_get_name": (STRING, [INT]),
    "totuo_region_field_get_type": (c_int, [INT]),
    "totuo_institution_field_get_name": (STRING, [INT]),
    "totuo_institution_field_get_type": (c_int, [INT]),
    "totuo_dataset_get_region_integers": (None, [DS, INT, P(c_int64), SIZE]),
    "totuo_dataset_get_region_reals": (None, [DS, INT, P(c_double), SIZE]),
    "totuo_dataset_get_region_texts": (c_size_t, [DS, INT, P(ctypes.c_char), SIZE,
                                                  P(ctypes.c_uint64), SIZE]),
    "totuo_dataset_get_institution_integers": (None, [DS, INT, P(c_int64), SIZE]),
    "totuo_dataset_get_institution_reals": (None, [DS, INT, P(c_double), SIZE]),
    "totuo_dataset_get_institution_texts": (c_size_t, [DS, INT, P(ctypes.c_char), SIZE,
                                                       P(ctypes.c_uint64), SIZE]),
    "totuo_dataset_load_regions_columns": (c_int, [DSW, c_void_p, SIZE, SIZE, OTEXT, _ERR]),
    "totuo_dataset_load_institutions_columns": (c_int, [DSW, c_void_p, SIZE, SIZE, OTEXT, _ERR]),
    # csv.h, json.h
    "totuo_dataset_set_input_encoding": (None, [DSW, OTEXT]),
    "totuo_dataset_set_input_sheet": (None, [DSW, OTEXT]),
    "totuo_dataset_load_mapping": (c_int, [DSW, OptionalPath, _ERR]),
    "totuo_dataset_load_regions_csv": (c_int, [DSW, PATH, _ERR]),
    "totuo_dataset_load_regions_csv_data": (c_int, [DSW, DATA, SSIZE, OTEXT, _ERR]),
    "totuo_dataset_load_institutions_csv": (c_int, [DSW, PATH, _ERR]),
    "totuo_dataset_load_institutions_csv_data": (c_int, [DSW, DATA, SSIZE, OTEXT, _ERR]),
    "totuo_dataset_check_regions_csv": (OWNED_STRV, [DSW, PATH, P(c_size_t)]),
    "totuo_dataset_check_institutions_csv": (OWNED_STRV, [DSW, PATH, P(c_size_t)]),
    "totuo_dataset_regions_to_csv": (OWNED_STRING, [DS, P(c_size_t)]),
    "totuo_dataset_institutions_to_csv": (OWNED_STRING, [DS, P(c_size_t)]),
    "totuo_dataset_save_regions_csv": (c_int, [DS, PATH, _ERR]),
    "totuo_dataset_save_institutions_csv": (c_int, [DS, PATH, _ERR]),
    "totuo_dataset_load_json": (c_int, [DSW, PATH, _ERR]),
    "totuo_dataset_load_json_data": (c_int, [DSW, DATA, SSIZE, OTEXT, _ERR]),
    "totuo_dataset_to_json": (OWNED_STRING, [DS, P(c_size_t)]),
    "totuo_dataset_save_json": (c_int, [DS, PATH, _ERR]),
    # indicator.h, indicator-table.h
    "totuo_indicator_get_count": (c_uint, []),
    "totuo_indicator_get_id": (STRING, [INT]),
    "totuo_indicator_get_name_zh": (STRING, [INT]),
    "totuo_indicator_get_name_en": (STRING, [INT]),
    "totuo_indicator_get_unit": (STRING, [INT]),
    "totuo_indicator_get_formula": (STRING, [INT]),
    "totuo_indicator_get_source": (STRING, [INT]),
    "totuo_indicator_is_ratio": (c_int, [INT]),
    "totuo_indicator_from_id": (c_int, [TEXT, P(c_int)]),
    "totuo_indicator_from_name": (c_int, [TEXT, P(c_int)]),
    "totuo_indicator_suggest": (STRING, [TEXT]),
    "totuo_indicator_table_new": (c_void_p, [DS]),
    "totuo_indicator_table_ref": (c_void_p, [c_void_p]),
    "totuo_indicator_table_unref": (None, [c_void_p]),
    "totuo_indicator_table_get_dataset": (c_void_p, [TAB]),
    "totuo_indicator_table_get_n_rows": (c_size_t, [TAB]),
    "totuo_indicator_table_get_row_code": (STRING, [TAB, SIZE]),
    "totuo_indicator_table_get": (c_int, [TAB, TEXT, INT, P(c_double), _ERR]),
    "totuo_indicator_table_get_at": (c_int, [TAB, SIZE, INT, P(c_double), _ERR]),
    "totuo_indicator_table_get_reporting_at": (c_int64, [TAB, SIZE, INT, P(c_int64)]),
    "totuo_indicator_table_get_column": (c_size_t, [TAB, INT, P(c_double), P(ctypes.c_uint8),
                                                    SIZE]),
    "totuo_indicator_table_get_columns": (c_size_t, [TAB, P(c_int), SIZE, P(c_double),
                                                     P(ctypes.c_uint8), SIZE]),
    "totuo_indicator_table_get_warnings": (OWNED_STRV, [TAB, P(c_size_t)]),
    # planning.h
    "totuo_places_needed": (c_int, [I64, DBL, I64, P(c_int64), P(c_int64), _ERR]),
    "totuo_nursery_classes_for_kindergarten": (c_int, [INT, BOOL, BOOL]),
    "totuo_completion_rate": (c_int, [DBL, DBL, P(c_double), _ERR]),
    # target.h
    "totuo_target_new": (c_void_p, [TEXT, TEXT, OTEXT]),
    "totuo_target_copy": (c_void_p, [TGT]),
    "totuo_target_ref": (c_void_p, [c_void_p]),
    "totuo_target_unref": (None, [c_void_p]),
    "totuo_target_get_id": (STRING, [TGT]),
    "totuo_target_get_indicator": (STRING, [TGT]),
    "totuo_target_is_external": (c_int, [TGT]),
    "totuo_target_get_region_code": (STRING, [TGT]),
    "totuo_target_get_name": (STRING, [TGT]),
    "totuo_target_set_name": (None, [TGTW, OTEXT]),
    "totuo_target_get_unit": (STRING, [TGT]),
    "totuo_target_set_unit": (None, [TGTW, OTEXT]),
    "totuo_target_set_baseline": (None, [TGTW, INT, DBLN]),
    "totuo_target_get_baseline": (c_int, [TGT, P(c_int), P(c_double)]),
    "totuo_target_set_end": (None, [TGTW, INT, DBLN]),
    "totuo_target_get_end": (c_int, [TGT, P(c_int), P(c_double)]),
    "totuo_target_set_comparator": (None, [TGTW, INT]),
    "totuo_target_get_comparator": (c_int, [TGT]),
    "totuo_target_set_attribute": (None, [TGTW, INT]),
    "totuo_target_get_attribute": (c_int, [TGT]),
    "totuo_target_set_relative": (None, [TGTW, INT, OTEXT]),
    "totuo_target_get_relative": (c_int, [TGT, P(c_char_p)]),
    "totuo_target_set_milestone": (None, [TGTW, INT, DBL]),
    "totuo_target_get_n_milestones": (c_uint, [TGT]),
    "totuo_target_get_milestone_at": (None, [TGT, UINT, P(c_int), P(c_double)]),
    "totuo_target_get_milestone": (c_int, [TGT, INT, P(c_double)]),
    "totuo_comparator_meets": (c_int, [INT, DBL, DBL]),
    "totuo_comparator_to_string": (STRING, [INT]),
    "totuo_comparator_from_string": (c_int, [TEXT, P(c_int)]),
    "totuo_attribute_to_string": (STRING, [INT]),
    "totuo_attribute_to_chinese": (STRING, [INT]),
    "totuo_attribute_from_string": (c_int, [TEXT, P(c_int)]),
    # plan.h
    "totuo_plan_new": (c_void_p, [TEXT, TEXT, INT, INT]),
    "totuo_plan_ref": (c_void_p, [c_void_p]),
    "totuo_plan_unref": (None, [c_void_p]),
    "totuo_plan_get_name": (STRING, [PLAN]),
    "totuo_plan_get_region_code": (STRING, [PLAN]),
    "totuo_plan_get_period": (None, [PLAN, P(c_int), P(c_int)]),
    "totuo_plan_add_target": (c_int, [PLANW, TGT, _ERR]),
    "totuo_plan_get_n_targets": (c_uint, [PLAN]),
    "totuo_plan_get_target": (c_void_p, [PLAN, UINT]),
    "totuo_plan_add_task": (c_int, [PLANW, TEXT, INT, DBL, DBLN, _ERR]),
    "totuo_plan_get_n_tasks": (c_uint, [PLAN]),
    "totuo_plan_get_task": (None, [PLAN, UINT, P(c_char_p), P(c_int), P(c_double),
                                   P(c_double)]),
    "totuo_plan_load": (c_void_p, [PATH, _ERR]),
    "totuo_plan_load_data": (c_void_p, [DATA, SSIZE, OTEXT, _ERR]),
    "totuo_plan_to_data": (OWNED_STRING, [PLAN, P(c_size_t)]),
    "totuo_plan_save": (c_int, [PLAN, PATH, _ERR]),
    "totuo_plan_equal": (c_int, [PLAN, PLAN]),
    # observations.h
    "totuo_observations_new": (c_void_p, []),
    "totuo_observations_ref": (c_void_p, [c_void_p]),
    "totuo_observations_unref": (None, [c_void_p]),
    "totuo_observations_add_dataset": (c_int, [OBSW, INT, DS, _ERR]),
    "totuo_observations_add": (c_int, [OBSW, TEXT, TEXT, INT, DBL, _ERR]),
    "totuo_observations_load_csv": (c_int, [OBSW, PATH, _ERR]),
    "totuo_observations_load_csv_data": (c_int, [OBSW, DATA, SSIZE, OTEXT, _ERR]),
    "totuo_observations_lookup": (c_int, [OBS, TEXT, TEXT, INT, P(c_double)]),
    "totuo_observations_get_parent_code": (OWNED_STRING, [OBS, TEXT]),
    "totuo_observations_get_years": (c_void_p, [OBS, P(c_size_t)]),
    # evaluation.h
    "totuo_evaluation_new": (c_void_p, [PLAN, OBS]),
    "totuo_evaluation_ref": (c_void_p, [c_void_p]),
    "totuo_evaluation_unref": (None, [c_void_p]),
    "totuo_evaluation_get_plan": (c_void_p, [EVAL]),
    "totuo_evaluation_get_years": (None, [EVAL, UINT, P(c_int), P(c_int)]),
    "totuo_evaluation_get_year_result": (c_int, [EVAL, UINT, INT, P(YearResult)]),
    "totuo_evaluation_get_status": (c_int, [EVAL, UINT, P(c_char_p)]),
    "totuo_evaluation_get_projection": (c_int, [EVAL, UINT, P(c_double)]),
    "totuo_evaluation_get_end_target": (c_int, [EVAL, UINT, P(c_double)]),
    "totuo_evaluation_count": (c_uint, [EVAL, INT, INT]),
    "totuo_evaluation_is_binding_missed": (c_int, [EVAL, UINT]),
    "totuo_evaluation_get_task_completion": (c_int, [EVAL, UINT, P(c_double), _ERR]),
    "totuo_progress_to_string": (STRING, [INT]),
    "totuo_progress_to_chinese": (STRING, [INT]),
    "totuo_lang_from_locale": (c_int, []),
    "totuo_translate": (STRING, [INT, TEXT]),
    "totuo_set_message_lang": (None, [INT]),
    "totuo_get_message_lang": (c_int, []),
    # geo.h
    "totuo_datum_from_string": (c_int, [TEXT, P(c_int)]),
    "totuo_datum_to_string": (STRING, [INT]),
    "totuo_datum_to_wgs84": (c_int, [INT, DBLN, DBLN, P(c_double), P(c_double)]),
    "totuo_datum_from_wgs84": (c_int, [INT, DBLN, DBLN, P(c_double), P(c_double)]),
    "totuo_distance_m": (c_double, [DBL, DBL, DBL, DBL]),
    # demand.h
    "totuo_demand_new_from_regions": (c_void_p, [DS, INT, INT, _ERR]),
    "totuo_demand_load_csv": (c_void_p, [DS, PATH, INT, _ERR]),
    "totuo_demand_load_csv_data": (c_void_p, [DS, DATA, SSIZE, OTEXT, INT, _ERR]),
    "totuo_demand_load_json": (c_void_p, [DS, PATH, INT, _ERR]),
    "totuo_demand_load_json_data": (c_void_p, [DS, DATA, SSIZE, OTEXT, INT, _ERR]),
    "totuo_demand_ref": (c_void_p, [c_void_p]),
    "totuo_demand_unref": (None, [c_void_p]),
    "totuo_demand_get_dataset": (c_void_p, [DEM]),
    "totuo_demand_get_n_points": (c_size_t, [DEM]),
    "totuo_demand_get_id": (STRING, [DEM, SIZE]),
    "totuo_demand_get_region_code": (STRING, [DEM, SIZE]),
    "totuo_demand_get_location": (None, [DEM, SIZE, P(c_double), P(c_double)]),
    "totuo_demand_get_children": (ctypes.c_int64, [DEM, SIZE]),
    "totuo_demand_get_residents": (ctypes.c_int64, [DEM, SIZE]),
    "totuo_demand_get_warnings": (OWNED_STRV, [DEM, P(c_size_t)]),
    # access.h
    "totuo_access_method_from_string": (c_int, [TEXT, P(c_int)]),
    "totuo_access_method_to_string": (STRING, [INT]),
    "totuo_access_measure_to_string": (STRING, [INT]),
    "totuo_access_measure_from_string": (c_int, [TEXT, P(c_int)]),
    "totuo_living_circle_m": (c_double, [UINT]),
    "totuo_access_options_new": (c_void_p, []),
    "totuo_access_options_ref": (c_void_p, [c_void_p]),
    "totuo_access_options_unref": (None, [c_void_p]),
    "totuo_access_options_set_method": (None, [c_void_p, INT]),
    "totuo_access_options_set_radius": (c_int, [c_void_p, DBLN, _ERR]),
    "totuo_access_options_set_strict_edge": (None, [c_void_p, BOOL]),
    "totuo_access_options_set_bands": (c_int, [c_void_p, P(c_double), P(c_double), SIZE, _ERR]),
    "totuo_access_options_set_supply": (None, [c_void_p, UINT, UINT, UINT]),
    "totuo_access_options_set_supply_datum": (None, [c_void_p, INT]),
    "totuo_access_options_set_weight_residents": (None, [c_void_p, BOOL]),
    "totuo_access_options_set_desert_rule": (c_int, [c_void_p, DBLN, DBLN, _ERR]),
    "totuo_access_options_get_method": (c_int, [c_void_p]),
    "totuo_access_options_get_radius": (c_double, [c_void_p]),
    "totuo_access_options_get_strict_edge": (c_int, [c_void_p]),
    "totuo_access_options_get_supply_flags": (c_uint, [c_void_p]),
    "totuo_access_options_get_kinds": (c_uint, [c_void_p]),
    "totuo_access_options_get_ownerships": (c_uint, [c_void_p]),
    "totuo_access_compute": (c_void_p, [DEM, c_void_p, _ERR]),
    "totuo_travel_times_load_csv": (c_void_p, [DEM, PATH, _ERR]),
    "totuo_travel_times_load_csv_data": (c_void_p, [DEM, DATA, SSIZE, OTEXT, _ERR]),
    "totuo_travel_times_ref": (c_void_p, [c_void_p]),
    "totuo_travel_times_unref": (None, [c_void_p]),
    "totuo_travel_times_get_n_pairs": (c_size_t, [c_void_p]),
    "totuo_access_options_set_travel_times": (None, [c_void_p, c_void_p]),
    "totuo_access_options_get_travel_times": (c_void_p, [c_void_p]),
    "totuo_access_ref": (c_void_p, [c_void_p]),
    "totuo_access_unref": (None, [c_void_p]),
    "totuo_access_get_demand": (c_void_p, [ACC]),
    "totuo_access_get_options": (c_void_p, [ACC]),
    "totuo_access_get_point": (None, [ACC, SIZE, c_void_p]),
    "totuo_access_get_columns": (c_size_t, [ACC, P(c_double), P(c_double), P(c_double),
                                             P(ctypes.c_uint8), P(ctypes.c_uint8), SIZE]),
    "totuo_access_get_region": (c_int, [ACC, TEXT, c_void_p, _ERR]),
    "totuo_access_get_measure": (c_int, [ACC, TEXT, INT, P(c_double), _ERR]),
    "totuo_access_add_observations": (c_int, [ACC, OBSW, INT, INT, TEXT, _ERR]),
    "totuo_access_get_n_pairs": (ctypes.c_uint64, [ACC]),
    "totuo_access_get_n_providers": (c_size_t, [ACC]),
    "totuo_access_get_provider": (None, [ACC, SIZE, P(c_size_t), P(c_double), P(c_double),
                                          P(c_double)]),
    "totuo_access_get_totals": (None, [ACC, P(c_double), P(c_double)]),
    "totuo_access_get_warnings": (OWNED_STRV, [ACC, P(c_size_t)]),
    # report.h
    "totuo_format_from_string": (c_int, [TEXT, P(c_int)]),
    "totuo_lang_from_string": (c_int, [TEXT, P(c_int)]),
    "totuo_text_width": (c_size_t, [TEXT]),
    "totuo_report_region": (OWNED_STRING, [TAB, TEXT, INT, INT, _ERR]),
    "totuo_format_number": (OWNED_STRING, [DBL]),
    "totuo_report_bar_chart_svg": (OWNED_STRING, [TAB, P(c_char_p), INT, DBLN, INT, _ERR]),
    "totuo_report_csv_for_excel": (OWNED_STRING, [TEXT, INT]),
    "totuo_report_indicator_list": (OWNED_STRING, [INT, INT]),
    "totuo_report_regions": (OWNED_STRING, [TAB, P(c_char_p), P(c_int), SIZE, INT,
                                            INT, _ERR]),
    "totuo_report_evaluation": (OWNED_STRING, [EVAL, INT, INT]),
    "totuo_report_evaluation_svg": (OWNED_STRING, [EVAL, INT]),
    "totuo_report_save": (c_int, [PATH, DATA, SSIZE, _ERR]),
    "totuo_report_access": (OWNED_STRING, [ACC, P(c_char_p), INT, INT, _ERR]),
    "totuo_report_access_points": (OWNED_STRING, [ACC, INT, INT]),
    "totuo_report_access_geojson": (OWNED_STRING, [ACC]),
    "totuo_report_access_svg": (OWNED_STRING, [ACC, TEXT, INT, _ERR]),
    "totuo_report_regions_xlsx": (c_int, [TAB, P(c_char_p), P(c_int), SIZE, INT, PATH, _ERR]),
    "totuo_report_region_xlsx": (c_int, [TAB, TEXT, INT, PATH, _ERR]),
    "totuo_report_evaluation_xlsx": (c_int, [EVAL, INT, PATH, _ERR]),
    "totuo_report_html": (OWNED_STRING, [TAB, TEXT, EVALN, INT, _ERR]),
    "totuo_report_gaps": (OWNED_STRING, [TAB, P(c_char_p), DBL, INT, INT, _ERR]),
}

# Exported, but not bound, because Python has no use for them.
NOT_BOUND: Dict[str, str] = {
}


def _decode(ptr: Any) -> Any:
    return None if ptr is None else ptr.decode("utf-8")


# A failed precondition (g_return_if_fail) logs a critical message in the
# "totuo" domain and returns a default: in C a programming error, shown on
# standard error. Here it would be a call that failed silently, so every
# critical logged during a call is caught and raised as ValueError. The
# argument types of _args refuse nearly everything before it reaches C;
# this is the net under them.
_G_LOG_LEVEL_CRITICAL = 1 << 3
_LOG_FUNC = ctypes.CFUNCTYPE(None, c_char_p, c_int, c_char_p, c_void_p)
_criticals = threading.local()


@_LOG_FUNC
def _on_critical(domain: Any, level: Any, message: Any, data: Any) -> Any:
    log = getattr(_criticals, "log", None)
    text = message.decode("utf-8", "replace") if message else "(no message)"
    if log is None:
        _criticals.log = [text]
    else:
        log.append(text)


glib.g_log_set_handler.argtypes = [c_char_p, c_int, _LOG_FUNC, c_void_p]
glib.g_log_set_handler.restype = c_uint
glib.g_log_set_handler(b"totuo", _G_LOG_LEVEL_CRITICAL, _on_critical, None)


class _Function:
    """One C function: converts its result, raises when it set a GError or
    refused its arguments, and holds the locks of the objects it is given."""

    def __init__(self, name: Any, restype: Any, argtypes: Any) -> None:
        self.name = name
        self.kind = restype if isinstance(restype, str) else None
        self.raises = bool(argtypes) and argtypes[-1] is _ERR
        self.handles = tuple((k, t.write) for k, t in enumerate(argtypes)
                             if isinstance(t, type) and issubclass(t, HandleArg))
        c = getattr(lib, name)
        c.argtypes = argtypes
        c.restype = c_void_p if self.kind in (OWNED_STRING, OWNED_STRV) else \
            c_char_p if self.kind == STRING else restype
        self.c = c

    def __call__(self, *args: Any) -> Any:
        if not self.handles:
            return self._call(args)
        locks: Dict[int, Tuple[Any, bool]] = {}
        for k, write in self.handles:
            lock = getattr(args[k], "_lock", None) if k < len(args) else None
            if lock is not None:
                locks[id(lock)] = (lock, write or locks.get(id(lock), (None, False))[1])
        # Always in the same order, so that two calls that lock the same two
        # objects cannot wait for each other.
        held = [locks[key] for key in sorted(locks)]
        for lock, write in held:
            lock.acquire(write)
        try:
            return self._call(args)
        finally:
            for lock, write in reversed(held):
                lock.release(write)

    def _c(self, *args: Any) -> Any:
        try:
            return self.c(*args)
        except ctypes.ArgumentError:
            refusal = pending_refusal()
            if refusal is None:
                raise
            raise refusal from None

    def _call(self, args: Any) -> Any:
        _criticals.log = None
        if not self.raises:
            result = self._c(*args)
            self._check_criticals(result)
            return self._convert(result)
        error = P(GError)()
        result = self._c(*args, ctypes.byref(error))
        if error:
            code, message = error.contents.code, _decode(error.contents.message)
            glib.g_error_free(error)
            self._free(result)
            raise error_from_code(code, message)
        self._check_criticals(result)
        return self._convert(result)

    def _check_criticals(self, result: Any) -> Any:
        log = _criticals.log
        if log:
            _criticals.log = None
            self._free(result)
            raise ValueError("libtotuo refused the call %s(): %s" % (self.name, "; ".join(log)))

    def _free(self, result: Any) -> Any:
        if self.kind == OWNED_STRING and result:
            glib.g_free(result)
        elif self.kind == OWNED_STRV and result:
            glib.g_strfreev(result)

    def _convert(self, result: Any) -> Any:
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
            items: List[str] = []
            while array[len(items)] is not None:
                items.append(array[len(items)].decode("utf-8"))
            glib.g_strfreev(result)
            return items
        return result


class _Bound:
    """The bound functions, as attributes without the totuo_ prefix."""

    def __init__(self) -> None:
        for name, (restype, argtypes) in PROTOTYPES.items():
            setattr(self, name[len("totuo_"):], _Function(name, restype, argtypes))

    def __getattr__(self, name: str) -> Any:
        # Only for names __init__ did not set: a typo, or a function not bound.
        raise AttributeError("libtotuo has no bound function totuo_%s" % name)


C = _Bound()


def encode(text: Any) -> Any:
    """Python text to a C string (UTF-8, no NUL); None stays NULL. Anything
    else is a TypeError: an id given as 42 is a mistake, not "42"."""
    return OptionalText.encode(text)


def save_text(path: Any, text: Any) -> Any:
    """Saves text (str, as UTF-8) the way the library saves: atomically, and
    through to a device or FIFO (totuo_report_save)."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    C.report_save(path, data, len(data))
