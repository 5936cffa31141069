/* API misuse: a pointer argument that may not be NULL passed NULL, an
 * enumeration value out of range, an index past the end: each ends in a
 * GLib critical (g_return_val_if_fail) and never in a crash.
 *
 * Written by tests/gen-contracts.py from the public headers; edit that,
 * not this. */
#include <check.h>

#include <totuo/totuo.h>

#include "test-util.h"
#include "test-contracts-fixture.h"

typedef struct {
  const gchar *name;
  guint (*run) (void);   /* makes the calls; returns how many */
} Contract;

static guint
contract_totuo_access_method_from_string (void)
{
  (void) totuo_access_method_from_string (NULL, (TotuoAccessMethod *) &fx.integer);
  (void) totuo_access_method_from_string ("x", NULL);
  return 2;
}

static guint
contract_totuo_access_method_to_string (void)
{
  (void) totuo_access_method_to_string ((TotuoAccessMethod) 1000);
  return 1;
}

static guint
contract_totuo_access_measure_to_string (void)
{
  (void) totuo_access_measure_to_string ((TotuoAccessMeasure) 1000);
  return 1;
}

static guint
contract_totuo_access_measure_from_string (void)
{
  (void) totuo_access_measure_from_string (NULL, (TotuoAccessMeasure *) &fx.integer);
  (void) totuo_access_measure_from_string ("x", NULL);
  return 2;
}

/* totuo_living_circle_m: no argument can be wrong by mistake. */

/* totuo_access_options_new: no argument can be wrong by mistake. */

static guint
contract_totuo_access_options_ref (void)
{
  (void) totuo_access_options_ref (NULL);
  return 1;
}

/* totuo_access_options_unref: no argument can be wrong by mistake. */

static guint
contract_totuo_access_options_set_method (void)
{
  (void) totuo_access_options_set_method (NULL, (TotuoAccessMethod) 0);
  (void) totuo_access_options_set_method (fx.options, (TotuoAccessMethod) 1000);
  return 2;
}

static guint
contract_totuo_access_options_set_radius (void)
{
  (void) totuo_access_options_set_radius (NULL, (gdouble) 0, NULL);
  return 1;
}

static guint
contract_totuo_access_options_set_strict_edge (void)
{
  (void) totuo_access_options_set_strict_edge (NULL, (gboolean) 0);
  return 1;
}

static guint
contract_totuo_access_options_set_bands (void)
{
  (void) totuo_access_options_set_bands (NULL, (const gdouble *) &fx.integer, (const gdouble *) &fx.integer, 1, NULL);
  (void) totuo_access_options_set_bands (fx.options, NULL, (const gdouble *) &fx.integer, 1, NULL);
  (void) totuo_access_options_set_bands (fx.options, (const gdouble *) &fx.integer, NULL, 1, NULL);
  return 3;
}

static guint
contract_totuo_access_options_set_supply (void)
{
  (void) totuo_access_options_set_supply (NULL, (guint) 0, (guint) 0, (guint) 0);
  return 1;
}

static guint
contract_totuo_access_options_set_supply_datum (void)
{
  (void) totuo_access_options_set_supply_datum (NULL, (TotuoDatum) 0);
  (void) totuo_access_options_set_supply_datum (fx.options, (TotuoDatum) 1000);
  return 2;
}

static guint
contract_totuo_access_options_set_weight_residents (void)
{
  (void) totuo_access_options_set_weight_residents (NULL, (gboolean) 0);
  return 1;
}

static guint
contract_totuo_access_options_set_desert_rule (void)
{
  (void) totuo_access_options_set_desert_rule (NULL, (gdouble) 0, (gdouble) 0, NULL);
  return 1;
}

static guint
contract_totuo_access_options_get_method (void)
{
  (void) totuo_access_options_get_method (NULL);
  return 1;
}

static guint
contract_totuo_access_options_get_radius (void)
{
  (void) totuo_access_options_get_radius (NULL);
  return 1;
}

static guint
contract_totuo_access_options_get_strict_edge (void)
{
  (void) totuo_access_options_get_strict_edge (NULL);
  return 1;
}

static guint
contract_totuo_access_options_get_supply_flags (void)
{
  (void) totuo_access_options_get_supply_flags (NULL);
  return 1;
}

static guint
contract_totuo_access_options_get_kinds (void)
{
  (void) totuo_access_options_get_kinds (NULL);
  return 1;
}

static guint
contract_totuo_access_options_get_ownerships (void)
{
  (void) totuo_access_options_get_ownerships (NULL);
  return 1;
}

static guint
contract_totuo_travel_times_load_csv (void)
{
  (void) totuo_travel_times_load_csv (NULL, "x", NULL);
  (void) totuo_travel_times_load_csv (fx.demand, NULL, NULL);
  return 2;
}

static guint
contract_totuo_travel_times_load_csv_data (void)
{
  (void) totuo_travel_times_load_csv_data (NULL, "x", -1, "x", NULL);
  (void) totuo_travel_times_load_csv_data (fx.demand, NULL, -1, "x", NULL);
  return 2;
}

static guint
contract_totuo_travel_times_ref (void)
{
  (void) totuo_travel_times_ref (NULL);
  return 1;
}

/* totuo_travel_times_unref: no argument can be wrong by mistake. */

static guint
contract_totuo_travel_times_get_n_pairs (void)
{
  (void) totuo_travel_times_get_n_pairs (NULL);
  return 1;
}

static guint
contract_totuo_access_options_set_travel_times (void)
{
  (void) totuo_access_options_set_travel_times (NULL, fx.times);
  return 1;
}

static guint
contract_totuo_access_options_get_travel_times (void)
{
  (void) totuo_access_options_get_travel_times (NULL);
  return 1;
}

static guint
contract_totuo_access_compute (void)
{
  (void) totuo_access_compute (NULL, fx.options, NULL);
  return 1;
}

static guint
contract_totuo_access_ref (void)
{
  (void) totuo_access_ref (NULL);
  return 1;
}

/* totuo_access_unref: no argument can be wrong by mistake. */

static guint
contract_totuo_access_get_demand (void)
{
  (void) totuo_access_get_demand (NULL);
  return 1;
}

static guint
contract_totuo_access_get_options (void)
{
  (void) totuo_access_get_options (NULL);
  return 1;
}

static guint
contract_totuo_access_get_point (void)
{
  (void) totuo_access_get_point (NULL, 1, &fx.access_point);
  (void) totuo_access_get_point (fx.access, 1, NULL);
  (void) totuo_access_get_point (fx.access, (gsize) 100000, &fx.access_point);
  return 3;
}

static guint
contract_totuo_access_get_columns (void)
{
  (void) totuo_access_get_columns (NULL, &fx.number, &fx.number, &fx.number, fx.bytes, fx.bytes, 1);
  return 1;
}

static guint
contract_totuo_access_get_region (void)
{
  (void) totuo_access_get_region (NULL, "x", &fx.access_region, NULL);
  (void) totuo_access_get_region (fx.access, NULL, &fx.access_region, NULL);
  (void) totuo_access_get_region (fx.access, "x", NULL, NULL);
  return 3;
}

static guint
contract_totuo_access_get_measure (void)
{
  (void) totuo_access_get_measure (NULL, "x", (TotuoAccessMeasure) 0, &fx.number, NULL);
  (void) totuo_access_get_measure (fx.access, NULL, (TotuoAccessMeasure) 0, &fx.number, NULL);
  (void) totuo_access_get_measure (fx.access, "x", (TotuoAccessMeasure) 1000, &fx.number, NULL);
  return 3;
}

static guint
contract_totuo_access_add_observations (void)
{
  (void) totuo_access_add_observations (NULL, fx.observations, (gint) 0, (TotuoAccessMeasure) 0, "x", NULL);
  (void) totuo_access_add_observations (fx.access, NULL, (gint) 0, (TotuoAccessMeasure) 0, "x", NULL);
  (void) totuo_access_add_observations (fx.access, fx.observations, (gint) 0, (TotuoAccessMeasure) 0, NULL, NULL);
  (void) totuo_access_add_observations (fx.access, fx.observations, (gint) 0, (TotuoAccessMeasure) 1000, "x", NULL);
  return 4;
}

static guint
contract_totuo_access_get_n_pairs (void)
{
  (void) totuo_access_get_n_pairs (NULL);
  return 1;
}

static guint
contract_totuo_access_get_n_providers (void)
{
  (void) totuo_access_get_n_providers (NULL);
  return 1;
}

static guint
contract_totuo_access_get_provider (void)
{
  (void) totuo_access_get_provider (NULL, 1, &fx.size, &fx.number, &fx.number, &fx.number);
  (void) totuo_access_get_provider (fx.access, (gsize) 100000, &fx.size, &fx.number, &fx.number, &fx.number);
  return 2;
}

static guint
contract_totuo_access_get_totals (void)
{
  (void) totuo_access_get_totals (NULL, &fx.number, &fx.number);
  return 1;
}

static guint
contract_totuo_access_get_warnings (void)
{
  (void) totuo_access_get_warnings (NULL, &fx.size);
  return 1;
}

static guint
contract_totuo_region_field_get_name (void)
{
  (void) totuo_region_field_get_name ((TotuoRegionField) 1000);
  return 1;
}

static guint
contract_totuo_region_field_get_type (void)
{
  (void) totuo_region_field_get_type ((TotuoRegionField) 1000);
  return 1;
}

static guint
contract_totuo_institution_field_get_name (void)
{
  (void) totuo_institution_field_get_name ((TotuoInstitutionField) 1000);
  return 1;
}

static guint
contract_totuo_institution_field_get_type (void)
{
  (void) totuo_institution_field_get_type ((TotuoInstitutionField) 1000);
  return 1;
}

static guint
contract_totuo_dataset_get_region_integers (void)
{
  (void) totuo_dataset_get_region_integers (NULL, (TotuoRegionField) 0, &fx.count, 1);
  (void) totuo_dataset_get_region_integers (fx.dataset, (TotuoRegionField) 0, NULL, 1);
  (void) totuo_dataset_get_region_integers (fx.dataset, (TotuoRegionField) 1000, &fx.count, 1);
  return 3;
}

static guint
contract_totuo_dataset_get_region_reals (void)
{
  (void) totuo_dataset_get_region_reals (NULL, (TotuoRegionField) 0, &fx.number, 1);
  (void) totuo_dataset_get_region_reals (fx.dataset, (TotuoRegionField) 0, NULL, 1);
  (void) totuo_dataset_get_region_reals (fx.dataset, (TotuoRegionField) 1000, &fx.number, 1);
  return 3;
}

static guint
contract_totuo_dataset_get_region_texts (void)
{
  (void) totuo_dataset_get_region_texts (NULL, (TotuoRegionField) 0, (gchar *) &fx.integer, 1, (guint64 *) &fx.integer, 1);
  (void) totuo_dataset_get_region_texts (fx.dataset, (TotuoRegionField) 1000, (gchar *) &fx.integer, 1, (guint64 *) &fx.integer, 1);
  return 2;
}

static guint
contract_totuo_dataset_get_institution_integers (void)
{
  (void) totuo_dataset_get_institution_integers (NULL, (TotuoInstitutionField) 0, &fx.count, 1);
  (void) totuo_dataset_get_institution_integers (fx.dataset, (TotuoInstitutionField) 0, NULL, 1);
  (void) totuo_dataset_get_institution_integers (fx.dataset, (TotuoInstitutionField) 1000, &fx.count, 1);
  return 3;
}

static guint
contract_totuo_dataset_get_institution_reals (void)
{
  (void) totuo_dataset_get_institution_reals (NULL, (TotuoInstitutionField) 0, &fx.number, 1);
  (void) totuo_dataset_get_institution_reals (fx.dataset, (TotuoInstitutionField) 0, NULL, 1);
  (void) totuo_dataset_get_institution_reals (fx.dataset, (TotuoInstitutionField) 1000, &fx.number, 1);
  return 3;
}

static guint
contract_totuo_dataset_get_institution_texts (void)
{
  (void) totuo_dataset_get_institution_texts (NULL, (TotuoInstitutionField) 0, (gchar *) &fx.integer, 1, (guint64 *) &fx.integer, 1);
  (void) totuo_dataset_get_institution_texts (fx.dataset, (TotuoInstitutionField) 1000, (gchar *) &fx.integer, 1, (guint64 *) &fx.integer, 1);
  return 2;
}

static guint
contract_totuo_dataset_load_regions_columns (void)
{
  (void) totuo_dataset_load_regions_columns (NULL, (const TotuoColumn *) &fx.integer, 1, 1, "x", NULL);
  (void) totuo_dataset_load_regions_columns (fx.dataset, NULL, 1, 1, "x", NULL);
  return 2;
}

static guint
contract_totuo_dataset_load_institutions_columns (void)
{
  (void) totuo_dataset_load_institutions_columns (NULL, (const TotuoColumn *) &fx.integer, 1, 1, "x", NULL);
  (void) totuo_dataset_load_institutions_columns (fx.dataset, NULL, 1, 1, "x", NULL);
  return 2;
}

static guint
contract_totuo_dataset_load_mapping (void)
{
  (void) totuo_dataset_load_mapping (NULL, "x", NULL);
  return 1;
}

static guint
contract_totuo_dataset_set_input_sheet (void)
{
  (void) totuo_dataset_set_input_sheet (NULL, "x");
  return 1;
}

static guint
contract_totuo_dataset_set_input_encoding (void)
{
  (void) totuo_dataset_set_input_encoding (NULL, "x");
  return 1;
}

static guint
contract_totuo_dataset_load_regions_csv (void)
{
  (void) totuo_dataset_load_regions_csv (NULL, "x", NULL);
  (void) totuo_dataset_load_regions_csv (fx.dataset, NULL, NULL);
  return 2;
}

static guint
contract_totuo_dataset_load_regions_csv_data (void)
{
  (void) totuo_dataset_load_regions_csv_data (NULL, "x", -1, "x", NULL);
  (void) totuo_dataset_load_regions_csv_data (fx.dataset, NULL, -1, "x", NULL);
  return 2;
}

static guint
contract_totuo_dataset_load_institutions_csv (void)
{
  (void) totuo_dataset_load_institutions_csv (NULL, "x", NULL);
  (void) totuo_dataset_load_institutions_csv (fx.dataset, NULL, NULL);
  return 2;
}

static guint
contract_totuo_dataset_load_institutions_csv_data (void)
{
  (void) totuo_dataset_load_institutions_csv_data (NULL, "x", -1, "x", NULL);
  (void) totuo_dataset_load_institutions_csv_data (fx.dataset, NULL, -1, "x", NULL);
  return 2;
}

static guint
contract_totuo_dataset_check_regions_csv (void)
{
  (void) totuo_dataset_check_regions_csv (NULL, "x", &fx.size);
  (void) totuo_dataset_check_regions_csv (fx.dataset, NULL, &fx.size);
  return 2;
}

static guint
contract_totuo_dataset_check_institutions_csv (void)
{
  (void) totuo_dataset_check_institutions_csv (NULL, "x", &fx.size);
  (void) totuo_dataset_check_institutions_csv (fx.dataset, NULL, &fx.size);
  return 2;
}

static guint
contract_totuo_dataset_regions_to_csv (void)
{
  (void) totuo_dataset_regions_to_csv (NULL, &fx.size);
  return 1;
}

static guint
contract_totuo_dataset_institutions_to_csv (void)
{
  (void) totuo_dataset_institutions_to_csv (NULL, &fx.size);
  return 1;
}

static guint
contract_totuo_dataset_save_regions_csv (void)
{
  (void) totuo_dataset_save_regions_csv (NULL, "x", NULL);
  (void) totuo_dataset_save_regions_csv (fx.dataset, NULL, NULL);
  return 2;
}

static guint
contract_totuo_dataset_save_institutions_csv (void)
{
  (void) totuo_dataset_save_institutions_csv (NULL, "x", NULL);
  (void) totuo_dataset_save_institutions_csv (fx.dataset, NULL, NULL);
  return 2;
}

/* totuo_dataset_new: no argument can be wrong by mistake. */

static guint
contract_totuo_dataset_ref (void)
{
  (void) totuo_dataset_ref (NULL);
  return 1;
}

/* totuo_dataset_unref: no argument can be wrong by mistake. */

static guint
contract_totuo_dataset_get_n_regions (void)
{
  (void) totuo_dataset_get_n_regions (NULL);
  return 1;
}

static guint
contract_totuo_dataset_get_n_institutions (void)
{
  (void) totuo_dataset_get_n_institutions (NULL);
  return 1;
}

static guint
contract_totuo_dataset_add_region (void)
{
  (void) totuo_dataset_add_region (NULL, fx.region, NULL);
  (void) totuo_dataset_add_region (fx.dataset, NULL, NULL);
  return 2;
}

static guint
contract_totuo_dataset_add_institution (void)
{
  (void) totuo_dataset_add_institution (NULL, fx.institution, NULL);
  (void) totuo_dataset_add_institution (fx.dataset, NULL, NULL);
  return 2;
}

static guint
contract_totuo_dataset_remove_region (void)
{
  (void) totuo_dataset_remove_region (NULL, "x", NULL);
  (void) totuo_dataset_remove_region (fx.dataset, NULL, NULL);
  return 2;
}

static guint
contract_totuo_dataset_remove_institution (void)
{
  (void) totuo_dataset_remove_institution (NULL, "x", NULL);
  (void) totuo_dataset_remove_institution (fx.dataset, NULL, NULL);
  return 2;
}

static guint
contract_totuo_dataset_lookup_region (void)
{
  (void) totuo_dataset_lookup_region (NULL, "x");
  (void) totuo_dataset_lookup_region (fx.dataset, NULL);
  return 2;
}

static guint
contract_totuo_dataset_lookup_institution (void)
{
  (void) totuo_dataset_lookup_institution (NULL, "x");
  (void) totuo_dataset_lookup_institution (fx.dataset, NULL);
  return 2;
}

static guint
contract_totuo_dataset_get_region (void)
{
  (void) totuo_dataset_get_region (NULL, 1);
  (void) totuo_dataset_get_region (fx.dataset, (gsize) 100000);
  return 2;
}

static guint
contract_totuo_dataset_get_institution (void)
{
  (void) totuo_dataset_get_institution (NULL, 1);
  (void) totuo_dataset_get_institution (fx.dataset, (gsize) 100000);
  return 2;
}

static guint
contract_totuo_dataset_get_children (void)
{
  (void) totuo_dataset_get_children (NULL, "x", &fx.size);
  return 1;
}

static guint
contract_totuo_dataset_get_subtree (void)
{
  (void) totuo_dataset_get_subtree (NULL, "x", &fx.size);
  (void) totuo_dataset_get_subtree (fx.dataset, NULL, &fx.size);
  return 2;
}

static guint
contract_totuo_dataset_get_institutions_in (void)
{
  (void) totuo_dataset_get_institutions_in (NULL, "x", &fx.size);
  (void) totuo_dataset_get_institutions_in (fx.dataset, NULL, &fx.size);
  return 2;
}

static guint
contract_totuo_dataset_resolve_region (void)
{
  (void) totuo_dataset_resolve_region (NULL, "x", NULL);
  (void) totuo_dataset_resolve_region (fx.dataset, NULL, NULL);
  return 2;
}

static guint
contract_totuo_dataset_get_warnings (void)
{
  (void) totuo_dataset_get_warnings (NULL, &fx.size);
  return 1;
}

static guint
contract_totuo_dataset_clear_warnings (void)
{
  (void) totuo_dataset_clear_warnings (NULL);
  return 1;
}

static guint
contract_totuo_dataset_equal (void)
{
  (void) totuo_dataset_equal (NULL, fx.dataset);
  (void) totuo_dataset_equal (fx.dataset, NULL);
  return 2;
}

static guint
contract_totuo_demand_new_from_regions (void)
{
  (void) totuo_demand_new_from_regions (NULL, (TotuoRegionLevel) 0, (TotuoDatum) 0, NULL);
  (void) totuo_demand_new_from_regions (fx.dataset, (TotuoRegionLevel) 1000, (TotuoDatum) 0, NULL);
  (void) totuo_demand_new_from_regions (fx.dataset, (TotuoRegionLevel) 0, (TotuoDatum) 1000, NULL);
  return 3;
}

static guint
contract_totuo_demand_load_csv (void)
{
  (void) totuo_demand_load_csv (NULL, "x", (TotuoDatum) 0, NULL);
  (void) totuo_demand_load_csv (fx.dataset, NULL, (TotuoDatum) 0, NULL);
  (void) totuo_demand_load_csv (fx.dataset, "x", (TotuoDatum) 1000, NULL);
  return 3;
}

static guint
contract_totuo_demand_load_csv_data (void)
{
  (void) totuo_demand_load_csv_data (NULL, "x", -1, "x", (TotuoDatum) 0, NULL);
  (void) totuo_demand_load_csv_data (fx.dataset, NULL, -1, "x", (TotuoDatum) 0, NULL);
  (void) totuo_demand_load_csv_data (fx.dataset, "x", -1, "x", (TotuoDatum) 1000, NULL);
  return 3;
}

static guint
contract_totuo_demand_load_json (void)
{
  (void) totuo_demand_load_json (NULL, "x", (TotuoDatum) 0, NULL);
  (void) totuo_demand_load_json (fx.dataset, NULL, (TotuoDatum) 0, NULL);
  (void) totuo_demand_load_json (fx.dataset, "x", (TotuoDatum) 1000, NULL);
  return 3;
}

static guint
contract_totuo_demand_load_json_data (void)
{
  (void) totuo_demand_load_json_data (NULL, "x", -1, "x", (TotuoDatum) 0, NULL);
  (void) totuo_demand_load_json_data (fx.dataset, NULL, -1, "x", (TotuoDatum) 0, NULL);
  (void) totuo_demand_load_json_data (fx.dataset, "x", -1, "x", (TotuoDatum) 1000, NULL);
  return 3;
}

static guint
contract_totuo_demand_ref (void)
{
  (void) totuo_demand_ref (NULL);
  return 1;
}

/* totuo_demand_unref: no argument can be wrong by mistake. */

static guint
contract_totuo_demand_get_dataset (void)
{
  (void) totuo_demand_get_dataset (NULL);
  return 1;
}

static guint
contract_totuo_demand_get_n_points (void)
{
  (void) totuo_demand_get_n_points (NULL);
  return 1;
}

static guint
contract_totuo_demand_get_id (void)
{
  (void) totuo_demand_get_id (NULL, 1);
  (void) totuo_demand_get_id (fx.demand, (gsize) 100000);
  return 2;
}

static guint
contract_totuo_demand_get_region_code (void)
{
  (void) totuo_demand_get_region_code (NULL, 1);
  (void) totuo_demand_get_region_code (fx.demand, (gsize) 100000);
  return 2;
}

static guint
contract_totuo_demand_get_location (void)
{
  (void) totuo_demand_get_location (NULL, 1, &fx.number, &fx.number);
  (void) totuo_demand_get_location (fx.demand, (gsize) 100000, &fx.number, &fx.number);
  return 2;
}

static guint
contract_totuo_demand_get_children (void)
{
  (void) totuo_demand_get_children (NULL, 1);
  (void) totuo_demand_get_children (fx.demand, (gsize) 100000);
  return 2;
}

static guint
contract_totuo_demand_get_residents (void)
{
  (void) totuo_demand_get_residents (NULL, 1);
  (void) totuo_demand_get_residents (fx.demand, (gsize) 100000);
  return 2;
}

static guint
contract_totuo_demand_get_warnings (void)
{
  (void) totuo_demand_get_warnings (NULL, &fx.size);
  return 1;
}

static guint
contract_totuo_region_level_to_string (void)
{
  (void) totuo_region_level_to_string ((TotuoRegionLevel) 1000);
  return 1;
}

static guint
contract_totuo_region_level_to_chinese (void)
{
  (void) totuo_region_level_to_chinese ((TotuoRegionLevel) 1000);
  return 1;
}

static guint
contract_totuo_region_level_from_string (void)
{
  (void) totuo_region_level_from_string (NULL, (TotuoRegionLevel *) &fx.integer);
  (void) totuo_region_level_from_string ("x", NULL);
  return 2;
}

static guint
contract_totuo_kind_to_string (void)
{
  (void) totuo_kind_to_string ((TotuoKind) 1000);
  return 1;
}

static guint
contract_totuo_kind_to_chinese (void)
{
  (void) totuo_kind_to_chinese ((TotuoKind) 1000);
  return 1;
}

static guint
contract_totuo_kind_from_string (void)
{
  (void) totuo_kind_from_string (NULL, (TotuoKind *) &fx.integer);
  (void) totuo_kind_from_string ("x", NULL);
  return 2;
}

static guint
contract_totuo_ownership_to_string (void)
{
  (void) totuo_ownership_to_string ((TotuoOwnership) 1000);
  return 1;
}

static guint
contract_totuo_ownership_to_chinese (void)
{
  (void) totuo_ownership_to_chinese ((TotuoOwnership) 1000);
  return 1;
}

static guint
contract_totuo_ownership_from_string (void)
{
  (void) totuo_ownership_from_string (NULL, (TotuoOwnership *) &fx.integer);
  (void) totuo_ownership_from_string ("x", NULL);
  return 2;
}

static guint
contract_totuo_status_to_string (void)
{
  (void) totuo_status_to_string ((TotuoStatus) 1000);
  return 1;
}

static guint
contract_totuo_status_to_chinese (void)
{
  (void) totuo_status_to_chinese ((TotuoStatus) 1000);
  return 1;
}

static guint
contract_totuo_status_from_string (void)
{
  (void) totuo_status_from_string (NULL, (TotuoStatus *) &fx.integer);
  (void) totuo_status_from_string ("x", NULL);
  return 2;
}

static guint
contract_totuo_flag_to_string (void)
{
  (void) totuo_flag_to_string ((TotuoFlag) 1000);
  return 1;
}

static guint
contract_totuo_flag_to_chinese (void)
{
  (void) totuo_flag_to_chinese ((TotuoFlag) 1000);
  return 1;
}

static guint
contract_totuo_flag_from_string (void)
{
  (void) totuo_flag_from_string (NULL, (TotuoFlag *) &fx.integer);
  (void) totuo_flag_from_string ("x", NULL);
  return 2;
}

static guint
contract_totuo_modes_to_string (void)
{
  (void) totuo_modes_to_string ((TotuoModes) 1000);
  return 1;
}

static guint
contract_totuo_modes_from_string (void)
{
  (void) totuo_modes_from_string (NULL, (TotuoModes *) &fx.integer);
  (void) totuo_modes_from_string ("x", NULL);
  return 2;
}

/* totuo_lang_from_locale: no argument can be wrong by mistake. */

static guint
contract_totuo_translate (void)
{
  (void) totuo_translate ((TotuoLang) 0, NULL);
  (void) totuo_translate ((TotuoLang) 1000, "x");
  return 2;
}

static guint
contract_totuo_set_message_lang (void)
{
  (void) totuo_set_message_lang ((TotuoLang) 1000);
  return 1;
}

/* totuo_get_message_lang: no argument can be wrong by mistake. */

/* totuo_error_quark: no argument can be wrong by mistake. */

/* totuo_error_code_to_string: no argument can be wrong by mistake. */

static guint
contract_totuo_evaluation_new (void)
{
  (void) totuo_evaluation_new (NULL, fx.observations);
  (void) totuo_evaluation_new (fx.plan, NULL);
  return 2;
}

static guint
contract_totuo_evaluation_ref (void)
{
  (void) totuo_evaluation_ref (NULL);
  return 1;
}

/* totuo_evaluation_unref: no argument can be wrong by mistake. */

static guint
contract_totuo_evaluation_get_plan (void)
{
  (void) totuo_evaluation_get_plan (NULL);
  return 1;
}

static guint
contract_totuo_evaluation_get_years (void)
{
  (void) totuo_evaluation_get_years (NULL, (guint) 0, &fx.integer, &fx.integer);
  (void) totuo_evaluation_get_years (fx.evaluation, (guint) 100000, &fx.integer, &fx.integer);
  return 2;
}

static guint
contract_totuo_evaluation_get_year_result (void)
{
  (void) totuo_evaluation_get_year_result (NULL, (guint) 0, (gint) 0, &fx.year_result);
  (void) totuo_evaluation_get_year_result (fx.evaluation, (guint) 0, (gint) 0, NULL);
  (void) totuo_evaluation_get_year_result (fx.evaluation, (guint) 100000, (gint) 0, &fx.year_result);
  return 3;
}

static guint
contract_totuo_evaluation_get_status (void)
{
  (void) totuo_evaluation_get_status (NULL, (guint) 0, &fx.text);
  (void) totuo_evaluation_get_status (fx.evaluation, (guint) 100000, &fx.text);
  return 2;
}

static guint
contract_totuo_evaluation_get_projection (void)
{
  (void) totuo_evaluation_get_projection (NULL, (guint) 0, &fx.number);
  (void) totuo_evaluation_get_projection (fx.evaluation, (guint) 100000, &fx.number);
  return 2;
}

static guint
contract_totuo_evaluation_get_end_target (void)
{
  (void) totuo_evaluation_get_end_target (NULL, (guint) 0, &fx.number);
  (void) totuo_evaluation_get_end_target (fx.evaluation, (guint) 100000, &fx.number);
  return 2;
}

static guint
contract_totuo_evaluation_count (void)
{
  (void) totuo_evaluation_count (NULL, (TotuoProgress) 0, (gint) 0);
  (void) totuo_evaluation_count (fx.evaluation, (TotuoProgress) 1000, (gint) 0);
  return 2;
}

static guint
contract_totuo_evaluation_is_binding_missed (void)
{
  (void) totuo_evaluation_is_binding_missed (NULL, (guint) 0);
  (void) totuo_evaluation_is_binding_missed (fx.evaluation, (guint) 100000);
  return 2;
}

static guint
contract_totuo_evaluation_get_task_completion (void)
{
  (void) totuo_evaluation_get_task_completion (NULL, (guint) 0, &fx.number, NULL);
  return 1;
}

static guint
contract_totuo_progress_to_string (void)
{
  (void) totuo_progress_to_string ((TotuoProgress) 1000);
  return 1;
}

static guint
contract_totuo_progress_to_chinese (void)
{
  (void) totuo_progress_to_chinese ((TotuoProgress) 1000);
  return 1;
}

static guint
contract_totuo_datum_from_string (void)
{
  (void) totuo_datum_from_string (NULL, (TotuoDatum *) &fx.integer);
  (void) totuo_datum_from_string ("x", NULL);
  return 2;
}

static guint
contract_totuo_datum_to_string (void)
{
  (void) totuo_datum_to_string ((TotuoDatum) 1000);
  return 1;
}

static guint
contract_totuo_datum_to_wgs84 (void)
{
  (void) totuo_datum_to_wgs84 ((TotuoDatum) 0, (gdouble) 0, (gdouble) 0, NULL, &fx.number);
  (void) totuo_datum_to_wgs84 ((TotuoDatum) 0, (gdouble) 0, (gdouble) 0, &fx.number, NULL);
  (void) totuo_datum_to_wgs84 ((TotuoDatum) 1000, (gdouble) 0, (gdouble) 0, &fx.number, &fx.number);
  return 3;
}

static guint
contract_totuo_datum_from_wgs84 (void)
{
  (void) totuo_datum_from_wgs84 ((TotuoDatum) 0, (gdouble) 0, (gdouble) 0, NULL, &fx.number);
  (void) totuo_datum_from_wgs84 ((TotuoDatum) 0, (gdouble) 0, (gdouble) 0, &fx.number, NULL);
  (void) totuo_datum_from_wgs84 ((TotuoDatum) 1000, (gdouble) 0, (gdouble) 0, &fx.number, &fx.number);
  return 3;
}

/* totuo_distance_m: no argument can be wrong by mistake. */

static guint
contract_totuo_indicator_table_new (void)
{
  (void) totuo_indicator_table_new (NULL);
  return 1;
}

static guint
contract_totuo_indicator_table_ref (void)
{
  (void) totuo_indicator_table_ref (NULL);
  return 1;
}

/* totuo_indicator_table_unref: no argument can be wrong by mistake. */

static guint
contract_totuo_indicator_table_get_dataset (void)
{
  (void) totuo_indicator_table_get_dataset (NULL);
  return 1;
}

static guint
contract_totuo_indicator_table_get_n_rows (void)
{
  (void) totuo_indicator_table_get_n_rows (NULL);
  return 1;
}

static guint
contract_totuo_indicator_table_get_row_code (void)
{
  (void) totuo_indicator_table_get_row_code (NULL, 1);
  (void) totuo_indicator_table_get_row_code (fx.table, (gsize) 100000);
  return 2;
}

static guint
contract_totuo_indicator_table_get (void)
{
  (void) totuo_indicator_table_get (NULL, "x", (TotuoIndicator) 0, &fx.number, NULL);
  (void) totuo_indicator_table_get (fx.table, NULL, (TotuoIndicator) 0, &fx.number, NULL);
  (void) totuo_indicator_table_get (fx.table, "x", (TotuoIndicator) 1000, &fx.number, NULL);
  return 3;
}

static guint
contract_totuo_indicator_table_get_at (void)
{
  (void) totuo_indicator_table_get_at (NULL, 1, (TotuoIndicator) 0, &fx.number, NULL);
  (void) totuo_indicator_table_get_at (fx.table, (gsize) 100000, (TotuoIndicator) 0, &fx.number, NULL);
  (void) totuo_indicator_table_get_at (fx.table, 1, (TotuoIndicator) 1000, &fx.number, NULL);
  return 3;
}

static guint
contract_totuo_indicator_table_get_column (void)
{
  (void) totuo_indicator_table_get_column (NULL, (TotuoIndicator) 0, &fx.number, fx.bytes, 1);
  (void) totuo_indicator_table_get_column (fx.table, (TotuoIndicator) 0, NULL, fx.bytes, 1);
  (void) totuo_indicator_table_get_column (fx.table, (TotuoIndicator) 1000, &fx.number, fx.bytes, 1);
  return 3;
}

static guint
contract_totuo_indicator_table_get_columns (void)
{
  (void) totuo_indicator_table_get_columns (NULL, fx.indicators, 1, &fx.number, fx.bytes, 1);
  (void) totuo_indicator_table_get_columns (fx.table, NULL, 1, &fx.number, fx.bytes, 1);
  (void) totuo_indicator_table_get_columns (fx.table, fx.indicators, 1, NULL, fx.bytes, 1);
  return 3;
}

static guint
contract_totuo_indicator_table_get_reporting_at (void)
{
  (void) totuo_indicator_table_get_reporting_at (NULL, 1, (TotuoIndicator) 0, &fx.count);
  (void) totuo_indicator_table_get_reporting_at (fx.table, (gsize) 100000, (TotuoIndicator) 0, &fx.count);
  (void) totuo_indicator_table_get_reporting_at (fx.table, 1, (TotuoIndicator) 1000, &fx.count);
  return 3;
}

static guint
contract_totuo_indicator_table_get_warnings (void)
{
  (void) totuo_indicator_table_get_warnings (NULL, &fx.size);
  return 1;
}

/* totuo_indicator_get_count: no argument can be wrong by mistake. */

static guint
contract_totuo_indicator_get_id (void)
{
  (void) totuo_indicator_get_id ((TotuoIndicator) 1000);
  return 1;
}

static guint
contract_totuo_indicator_get_name_zh (void)
{
  (void) totuo_indicator_get_name_zh ((TotuoIndicator) 1000);
  return 1;
}

static guint
contract_totuo_indicator_get_name_en (void)
{
  (void) totuo_indicator_get_name_en ((TotuoIndicator) 1000);
  return 1;
}

static guint
contract_totuo_indicator_get_unit (void)
{
  (void) totuo_indicator_get_unit ((TotuoIndicator) 1000);
  return 1;
}

static guint
contract_totuo_indicator_get_formula (void)
{
  (void) totuo_indicator_get_formula ((TotuoIndicator) 1000);
  return 1;
}

static guint
contract_totuo_indicator_get_source (void)
{
  (void) totuo_indicator_get_source ((TotuoIndicator) 1000);
  return 1;
}

static guint
contract_totuo_indicator_is_ratio (void)
{
  (void) totuo_indicator_is_ratio ((TotuoIndicator) 1000);
  return 1;
}

static guint
contract_totuo_indicator_from_id (void)
{
  (void) totuo_indicator_from_id (NULL, (TotuoIndicator *) &fx.integer);
  (void) totuo_indicator_from_id ("x", NULL);
  return 2;
}

static guint
contract_totuo_indicator_from_name (void)
{
  (void) totuo_indicator_from_name (NULL, (TotuoIndicator *) &fx.integer);
  (void) totuo_indicator_from_name ("x", NULL);
  return 2;
}

static guint
contract_totuo_indicator_suggest (void)
{
  (void) totuo_indicator_suggest (NULL);
  return 1;
}

static guint
contract_totuo_institution_new (void)
{
  (void) totuo_institution_new (NULL, "x", "x");
  (void) totuo_institution_new ("x", "x", NULL);
  return 2;
}

static guint
contract_totuo_institution_copy (void)
{
  (void) totuo_institution_copy (NULL);
  return 1;
}

static guint
contract_totuo_institution_ref (void)
{
  (void) totuo_institution_ref (NULL);
  return 1;
}

/* totuo_institution_unref: no argument can be wrong by mistake. */

static guint
contract_totuo_institution_get_id (void)
{
  (void) totuo_institution_get_id (NULL);
  return 1;
}

static guint
contract_totuo_institution_get_name (void)
{
  (void) totuo_institution_get_name (NULL);
  return 1;
}

static guint
contract_totuo_institution_get_region_code (void)
{
  (void) totuo_institution_get_region_code (NULL);
  return 1;
}

static guint
contract_totuo_institution_get_kind (void)
{
  (void) totuo_institution_get_kind (NULL);
  return 1;
}

static guint
contract_totuo_institution_get_ownership (void)
{
  (void) totuo_institution_get_ownership (NULL);
  return 1;
}

static guint
contract_totuo_institution_get_inclusive (void)
{
  (void) totuo_institution_get_inclusive (NULL);
  return 1;
}

static guint
contract_totuo_institution_get_places (void)
{
  (void) totuo_institution_get_places (NULL);
  return 1;
}

static guint
contract_totuo_institution_get_enrolled (void)
{
  (void) totuo_institution_get_enrolled (NULL);
  return 1;
}

static guint
contract_totuo_institution_get_status (void)
{
  (void) totuo_institution_get_status (NULL);
  return 1;
}

static guint
contract_totuo_institution_get_modes (void)
{
  (void) totuo_institution_get_modes (NULL);
  return 1;
}

static guint
contract_totuo_institution_get_monthly_fee (void)
{
  (void) totuo_institution_get_monthly_fee (NULL, &fx.number);
  return 1;
}

static guint
contract_totuo_institution_get_staff (void)
{
  (void) totuo_institution_get_staff (NULL);
  return 1;
}

static guint
contract_totuo_institution_get_certified_staff (void)
{
  (void) totuo_institution_get_certified_staff (NULL);
  return 1;
}

static guint
contract_totuo_institution_get_health_manager (void)
{
  (void) totuo_institution_get_health_manager (NULL);
  return 1;
}

static guint
contract_totuo_institution_get_location (void)
{
  (void) totuo_institution_get_location (NULL, &fx.number, &fx.number);
  return 1;
}

static guint
contract_totuo_institution_set_name (void)
{
  (void) totuo_institution_set_name (NULL, "x");
  return 1;
}

static guint
contract_totuo_institution_set_region_code (void)
{
  (void) totuo_institution_set_region_code (NULL, "x");
  (void) totuo_institution_set_region_code (fx.institution, NULL);
  return 2;
}

static guint
contract_totuo_institution_set_kind (void)
{
  (void) totuo_institution_set_kind (NULL, (TotuoKind) 0);
  (void) totuo_institution_set_kind (fx.institution, (TotuoKind) 1000);
  return 2;
}

static guint
contract_totuo_institution_set_ownership (void)
{
  (void) totuo_institution_set_ownership (NULL, (TotuoOwnership) 0);
  (void) totuo_institution_set_ownership (fx.institution, (TotuoOwnership) 1000);
  return 2;
}

static guint
contract_totuo_institution_set_inclusive (void)
{
  (void) totuo_institution_set_inclusive (NULL, (TotuoFlag) 0);
  (void) totuo_institution_set_inclusive (fx.institution, (TotuoFlag) 1000);
  return 2;
}

static guint
contract_totuo_institution_set_places (void)
{
  (void) totuo_institution_set_places (NULL, (gint64) 0);
  return 1;
}

static guint
contract_totuo_institution_set_enrolled (void)
{
  (void) totuo_institution_set_enrolled (NULL, (gint64) 0);
  return 1;
}

static guint
contract_totuo_institution_set_status (void)
{
  (void) totuo_institution_set_status (NULL, (TotuoStatus) 0);
  (void) totuo_institution_set_status (fx.institution, (TotuoStatus) 1000);
  return 2;
}

static guint
contract_totuo_institution_set_modes (void)
{
  (void) totuo_institution_set_modes (NULL, (TotuoModes) 0);
  (void) totuo_institution_set_modes (fx.institution, (TotuoModes) 1000);
  return 2;
}

static guint
contract_totuo_institution_set_monthly_fee (void)
{
  (void) totuo_institution_set_monthly_fee (NULL, (gdouble) 0);
  return 1;
}

static guint
contract_totuo_institution_set_staff (void)
{
  (void) totuo_institution_set_staff (NULL, (gint64) 0);
  return 1;
}

static guint
contract_totuo_institution_set_certified_staff (void)
{
  (void) totuo_institution_set_certified_staff (NULL, (gint64) 0);
  return 1;
}

static guint
contract_totuo_institution_set_health_manager (void)
{
  (void) totuo_institution_set_health_manager (NULL, (TotuoFlag) 0);
  (void) totuo_institution_set_health_manager (fx.institution, (TotuoFlag) 1000);
  return 2;
}

static guint
contract_totuo_institution_set_location (void)
{
  (void) totuo_institution_set_location (NULL, (gdouble) 0, (gdouble) 0);
  return 1;
}

static guint
contract_totuo_institution_clear_location (void)
{
  (void) totuo_institution_clear_location (NULL);
  return 1;
}

static guint
contract_totuo_dataset_load_json (void)
{
  (void) totuo_dataset_load_json (NULL, "x", NULL);
  (void) totuo_dataset_load_json (fx.dataset, NULL, NULL);
  return 2;
}

static guint
contract_totuo_dataset_load_json_data (void)
{
  (void) totuo_dataset_load_json_data (NULL, "x", -1, "x", NULL);
  (void) totuo_dataset_load_json_data (fx.dataset, NULL, -1, "x", NULL);
  return 2;
}

static guint
contract_totuo_dataset_to_json (void)
{
  (void) totuo_dataset_to_json (NULL, &fx.size);
  return 1;
}

static guint
contract_totuo_dataset_save_json (void)
{
  (void) totuo_dataset_save_json (NULL, "x", NULL);
  (void) totuo_dataset_save_json (fx.dataset, NULL, NULL);
  return 2;
}

/* totuo_observations_new: no argument can be wrong by mistake. */

static guint
contract_totuo_observations_ref (void)
{
  (void) totuo_observations_ref (NULL);
  return 1;
}

/* totuo_observations_unref: no argument can be wrong by mistake. */

static guint
contract_totuo_observations_add_dataset (void)
{
  (void) totuo_observations_add_dataset (NULL, (gint) 0, fx.dataset, NULL);
  (void) totuo_observations_add_dataset (fx.observations, (gint) 0, NULL, NULL);
  return 2;
}

static guint
contract_totuo_observations_add (void)
{
  (void) totuo_observations_add (NULL, "x", "x", (gint) 0, (gdouble) 0, NULL);
  (void) totuo_observations_add (fx.observations, NULL, "x", (gint) 0, (gdouble) 0, NULL);
  (void) totuo_observations_add (fx.observations, "x", NULL, (gint) 0, (gdouble) 0, NULL);
  return 3;
}

static guint
contract_totuo_observations_load_csv (void)
{
  (void) totuo_observations_load_csv (NULL, "x", NULL);
  (void) totuo_observations_load_csv (fx.observations, NULL, NULL);
  return 2;
}

static guint
contract_totuo_observations_load_csv_data (void)
{
  (void) totuo_observations_load_csv_data (NULL, "x", -1, "x", NULL);
  (void) totuo_observations_load_csv_data (fx.observations, NULL, -1, "x", NULL);
  return 2;
}

static guint
contract_totuo_observations_lookup (void)
{
  (void) totuo_observations_lookup (NULL, "x", "x", (gint) 0, &fx.number);
  (void) totuo_observations_lookup (fx.observations, NULL, "x", (gint) 0, &fx.number);
  (void) totuo_observations_lookup (fx.observations, "x", NULL, (gint) 0, &fx.number);
  return 3;
}

static guint
contract_totuo_observations_get_parent_code (void)
{
  (void) totuo_observations_get_parent_code (NULL, "x");
  (void) totuo_observations_get_parent_code (fx.observations, NULL);
  return 2;
}

static guint
contract_totuo_observations_get_years (void)
{
  (void) totuo_observations_get_years (NULL, &fx.size);
  (void) totuo_observations_get_years (fx.observations, NULL);
  return 2;
}

static guint
contract_totuo_plan_new (void)
{
  (void) totuo_plan_new (NULL, "x", (gint) 0, (gint) 0);
  (void) totuo_plan_new ("x", NULL, (gint) 0, (gint) 0);
  return 2;
}

static guint
contract_totuo_plan_ref (void)
{
  (void) totuo_plan_ref (NULL);
  return 1;
}

/* totuo_plan_unref: no argument can be wrong by mistake. */

static guint
contract_totuo_plan_get_name (void)
{
  (void) totuo_plan_get_name (NULL);
  return 1;
}

static guint
contract_totuo_plan_get_region_code (void)
{
  (void) totuo_plan_get_region_code (NULL);
  return 1;
}

static guint
contract_totuo_plan_get_period (void)
{
  (void) totuo_plan_get_period (NULL, &fx.integer, &fx.integer);
  return 1;
}

static guint
contract_totuo_plan_add_target (void)
{
  (void) totuo_plan_add_target (NULL, fx.target, NULL);
  (void) totuo_plan_add_target (fx.plan, NULL, NULL);
  return 2;
}

static guint
contract_totuo_plan_get_n_targets (void)
{
  (void) totuo_plan_get_n_targets (NULL);
  return 1;
}

static guint
contract_totuo_plan_get_target (void)
{
  (void) totuo_plan_get_target (NULL, (guint) 0);
  (void) totuo_plan_get_target (fx.plan, (guint) 100000);
  return 2;
}

static guint
contract_totuo_plan_add_task (void)
{
  (void) totuo_plan_add_task (NULL, "x", (gint) 0, (gdouble) 0, (gdouble) 0, NULL);
  (void) totuo_plan_add_task (fx.plan, NULL, (gint) 0, (gdouble) 0, (gdouble) 0, NULL);
  return 2;
}

static guint
contract_totuo_plan_get_n_tasks (void)
{
  (void) totuo_plan_get_n_tasks (NULL);
  return 1;
}

static guint
contract_totuo_plan_get_task (void)
{
  (void) totuo_plan_get_task (NULL, (guint) 0, &fx.text, &fx.integer, &fx.number, &fx.number);
  (void) totuo_plan_get_task (fx.plan, (guint) 100000, &fx.text, &fx.integer, &fx.number, &fx.number);
  return 2;
}

static guint
contract_totuo_plan_load (void)
{
  (void) totuo_plan_load (NULL, NULL);
  return 1;
}

static guint
contract_totuo_plan_load_data (void)
{
  (void) totuo_plan_load_data (NULL, -1, "x", NULL);
  return 1;
}

static guint
contract_totuo_plan_to_data (void)
{
  (void) totuo_plan_to_data (NULL, &fx.size);
  return 1;
}

static guint
contract_totuo_plan_save (void)
{
  (void) totuo_plan_save (NULL, "x", NULL);
  (void) totuo_plan_save (fx.plan, NULL, NULL);
  return 2;
}

static guint
contract_totuo_plan_equal (void)
{
  (void) totuo_plan_equal (NULL, fx.plan);
  (void) totuo_plan_equal (fx.plan, NULL);
  return 2;
}

/* totuo_places_needed: no argument can be wrong by mistake. */

/* totuo_nursery_classes_for_kindergarten: no argument can be wrong by mistake. */

/* totuo_completion_rate: no argument can be wrong by mistake. */

static guint
contract_totuo_region_new (void)
{
  (void) totuo_region_new (NULL, "x", (TotuoRegionLevel) 0);
  (void) totuo_region_new ("x", "x", (TotuoRegionLevel) 1000);
  return 2;
}

static guint
contract_totuo_region_copy (void)
{
  (void) totuo_region_copy (NULL);
  return 1;
}

static guint
contract_totuo_region_ref (void)
{
  (void) totuo_region_ref (NULL);
  return 1;
}

/* totuo_region_unref: no argument can be wrong by mistake. */

static guint
contract_totuo_region_get_code (void)
{
  (void) totuo_region_get_code (NULL);
  return 1;
}

static guint
contract_totuo_region_get_name (void)
{
  (void) totuo_region_get_name (NULL);
  return 1;
}

static guint
contract_totuo_region_get_level (void)
{
  (void) totuo_region_get_level (NULL);
  return 1;
}

static guint
contract_totuo_region_get_parent_code (void)
{
  (void) totuo_region_get_parent_code (NULL);
  return 1;
}

static guint
contract_totuo_region_get_population (void)
{
  (void) totuo_region_get_population (NULL);
  return 1;
}

static guint
contract_totuo_region_get_under3 (void)
{
  (void) totuo_region_get_under3 (NULL);
  return 1;
}

static guint
contract_totuo_region_get_kindergartens (void)
{
  (void) totuo_region_get_kindergartens (NULL);
  return 1;
}

static guint
contract_totuo_region_get_location (void)
{
  (void) totuo_region_get_location (NULL, &fx.number, &fx.number);
  return 1;
}

static guint
contract_totuo_region_set_name (void)
{
  (void) totuo_region_set_name (NULL, "x");
  return 1;
}

static guint
contract_totuo_region_set_level (void)
{
  (void) totuo_region_set_level (NULL, (TotuoRegionLevel) 0);
  (void) totuo_region_set_level (fx.region, (TotuoRegionLevel) 1000);
  return 2;
}

static guint
contract_totuo_region_set_parent_code (void)
{
  (void) totuo_region_set_parent_code (NULL, "x");
  return 1;
}

static guint
contract_totuo_region_set_population (void)
{
  (void) totuo_region_set_population (NULL, (gint64) 0);
  return 1;
}

static guint
contract_totuo_region_set_under3 (void)
{
  (void) totuo_region_set_under3 (NULL, (gint64) 0);
  return 1;
}

static guint
contract_totuo_region_set_kindergartens (void)
{
  (void) totuo_region_set_kindergartens (NULL, (gint64) 0);
  return 1;
}

static guint
contract_totuo_region_set_location (void)
{
  (void) totuo_region_set_location (NULL, (gdouble) 0, (gdouble) 0);
  return 1;
}

static guint
contract_totuo_region_clear_location (void)
{
  (void) totuo_region_clear_location (NULL);
  return 1;
}

static guint
contract_totuo_format_from_string (void)
{
  (void) totuo_format_from_string (NULL, (TotuoFormat *) &fx.integer);
  (void) totuo_format_from_string ("x", NULL);
  return 2;
}

static guint
contract_totuo_lang_from_string (void)
{
  (void) totuo_lang_from_string (NULL, (TotuoLang *) &fx.integer);
  (void) totuo_lang_from_string ("x", NULL);
  return 2;
}

static guint
contract_totuo_text_width (void)
{
  (void) totuo_text_width (NULL);
  return 1;
}

static guint
contract_totuo_report_region (void)
{
  (void) totuo_report_region (NULL, "x", (TotuoFormat) 0, (TotuoLang) 0, NULL);
  (void) totuo_report_region (fx.table, NULL, (TotuoFormat) 0, (TotuoLang) 0, NULL);
  (void) totuo_report_region (fx.table, "x", (TotuoFormat) 1000, (TotuoLang) 0, NULL);
  (void) totuo_report_region (fx.table, "x", (TotuoFormat) 0, (TotuoLang) 1000, NULL);
  return 4;
}

/* totuo_format_number: no argument can be wrong by mistake. */

static guint
contract_totuo_report_bar_chart_svg (void)
{
  (void) totuo_report_bar_chart_svg (NULL, fx.codes, (TotuoIndicator) 0, (gdouble) 0, (TotuoLang) 0, NULL);
  (void) totuo_report_bar_chart_svg (fx.table, NULL, (TotuoIndicator) 0, (gdouble) 0, (TotuoLang) 0, NULL);
  (void) totuo_report_bar_chart_svg (fx.table, fx.codes, (TotuoIndicator) 1000, (gdouble) 0, (TotuoLang) 0, NULL);
  (void) totuo_report_bar_chart_svg (fx.table, fx.codes, (TotuoIndicator) 0, (gdouble) 0, (TotuoLang) 1000, NULL);
  return 4;
}

static guint
contract_totuo_report_csv_for_excel (void)
{
  (void) totuo_report_csv_for_excel (NULL, (TotuoLang) 0);
  (void) totuo_report_csv_for_excel ("x", (TotuoLang) 1000);
  return 2;
}

static guint
contract_totuo_report_indicator_list (void)
{
  (void) totuo_report_indicator_list ((TotuoFormat) 1000, (TotuoLang) 0);
  (void) totuo_report_indicator_list ((TotuoFormat) 0, (TotuoLang) 1000);
  return 2;
}

static guint
contract_totuo_report_regions (void)
{
  (void) totuo_report_regions (NULL, fx.codes, fx.indicators, 1, (TotuoFormat) 0, (TotuoLang) 0, NULL);
  (void) totuo_report_regions (fx.table, NULL, fx.indicators, 1, (TotuoFormat) 0, (TotuoLang) 0, NULL);
  (void) totuo_report_regions (fx.table, fx.codes, NULL, 1, (TotuoFormat) 0, (TotuoLang) 0, NULL);
  (void) totuo_report_regions (fx.table, fx.codes, fx.indicators, 1, (TotuoFormat) 1000, (TotuoLang) 0, NULL);
  (void) totuo_report_regions (fx.table, fx.codes, fx.indicators, 1, (TotuoFormat) 0, (TotuoLang) 1000, NULL);
  return 5;
}

static guint
contract_totuo_report_gaps (void)
{
  (void) totuo_report_gaps (NULL, fx.codes, (gdouble) 0, (TotuoFormat) 0, (TotuoLang) 0, NULL);
  (void) totuo_report_gaps (fx.table, NULL, (gdouble) 0, (TotuoFormat) 0, (TotuoLang) 0, NULL);
  (void) totuo_report_gaps (fx.table, fx.codes, (gdouble) 0, (TotuoFormat) 1000, (TotuoLang) 0, NULL);
  (void) totuo_report_gaps (fx.table, fx.codes, (gdouble) 0, (TotuoFormat) 0, (TotuoLang) 1000, NULL);
  return 4;
}

static guint
contract_totuo_report_evaluation (void)
{
  (void) totuo_report_evaluation (NULL, (TotuoFormat) 0, (TotuoLang) 0);
  (void) totuo_report_evaluation (fx.evaluation, (TotuoFormat) 1000, (TotuoLang) 0);
  (void) totuo_report_evaluation (fx.evaluation, (TotuoFormat) 0, (TotuoLang) 1000);
  return 3;
}

static guint
contract_totuo_report_evaluation_svg (void)
{
  (void) totuo_report_evaluation_svg (NULL, (TotuoLang) 0);
  (void) totuo_report_evaluation_svg (fx.evaluation, (TotuoLang) 1000);
  return 2;
}

static guint
contract_totuo_report_regions_xlsx (void)
{
  (void) totuo_report_regions_xlsx (NULL, fx.codes, fx.indicators, 1, (TotuoLang) 0, "x", NULL);
  (void) totuo_report_regions_xlsx (fx.table, NULL, fx.indicators, 1, (TotuoLang) 0, "x", NULL);
  (void) totuo_report_regions_xlsx (fx.table, fx.codes, NULL, 1, (TotuoLang) 0, "x", NULL);
  (void) totuo_report_regions_xlsx (fx.table, fx.codes, fx.indicators, 1, (TotuoLang) 0, NULL, NULL);
  (void) totuo_report_regions_xlsx (fx.table, fx.codes, fx.indicators, 1, (TotuoLang) 1000, "x", NULL);
  return 5;
}

static guint
contract_totuo_report_region_xlsx (void)
{
  (void) totuo_report_region_xlsx (NULL, "x", (TotuoLang) 0, "x", NULL);
  (void) totuo_report_region_xlsx (fx.table, NULL, (TotuoLang) 0, "x", NULL);
  (void) totuo_report_region_xlsx (fx.table, "x", (TotuoLang) 0, NULL, NULL);
  (void) totuo_report_region_xlsx (fx.table, "x", (TotuoLang) 1000, "x", NULL);
  return 4;
}

static guint
contract_totuo_report_evaluation_xlsx (void)
{
  (void) totuo_report_evaluation_xlsx (NULL, (TotuoLang) 0, "x", NULL);
  (void) totuo_report_evaluation_xlsx (fx.evaluation, (TotuoLang) 0, NULL, NULL);
  (void) totuo_report_evaluation_xlsx (fx.evaluation, (TotuoLang) 1000, "x", NULL);
  return 3;
}

static guint
contract_totuo_report_html (void)
{
  (void) totuo_report_html (NULL, "x", fx.evaluation, (TotuoLang) 0, NULL);
  (void) totuo_report_html (fx.table, NULL, fx.evaluation, (TotuoLang) 0, NULL);
  (void) totuo_report_html (fx.table, "x", fx.evaluation, (TotuoLang) 1000, NULL);
  return 3;
}

static guint
contract_totuo_report_access (void)
{
  (void) totuo_report_access (NULL, fx.codes, (TotuoFormat) 0, (TotuoLang) 0, NULL);
  (void) totuo_report_access (fx.access, NULL, (TotuoFormat) 0, (TotuoLang) 0, NULL);
  (void) totuo_report_access (fx.access, fx.codes, (TotuoFormat) 1000, (TotuoLang) 0, NULL);
  (void) totuo_report_access (fx.access, fx.codes, (TotuoFormat) 0, (TotuoLang) 1000, NULL);
  return 4;
}

static guint
contract_totuo_report_access_points (void)
{
  (void) totuo_report_access_points (NULL, (TotuoFormat) 0, (TotuoLang) 0);
  (void) totuo_report_access_points (fx.access, (TotuoFormat) 1000, (TotuoLang) 0);
  (void) totuo_report_access_points (fx.access, (TotuoFormat) 0, (TotuoLang) 1000);
  return 3;
}

static guint
contract_totuo_report_access_geojson (void)
{
  (void) totuo_report_access_geojson (NULL);
  return 1;
}

static guint
contract_totuo_report_access_svg (void)
{
  (void) totuo_report_access_svg (NULL, "x", (TotuoLang) 0, NULL);
  (void) totuo_report_access_svg (fx.access, NULL, (TotuoLang) 0, NULL);
  (void) totuo_report_access_svg (fx.access, "x", (TotuoLang) 1000, NULL);
  return 3;
}

static guint
contract_totuo_report_save (void)
{
  (void) totuo_report_save (NULL, "x", -1, NULL);
  (void) totuo_report_save ("x", NULL, -1, NULL);
  return 2;
}

static guint
contract_totuo_target_new (void)
{
  (void) totuo_target_new (NULL, "x", "x");
  (void) totuo_target_new ("x", NULL, "x");
  return 2;
}

static guint
contract_totuo_target_copy (void)
{
  (void) totuo_target_copy (NULL);
  return 1;
}

static guint
contract_totuo_target_ref (void)
{
  (void) totuo_target_ref (NULL);
  return 1;
}

/* totuo_target_unref: no argument can be wrong by mistake. */

static guint
contract_totuo_target_get_id (void)
{
  (void) totuo_target_get_id (NULL);
  return 1;
}

static guint
contract_totuo_target_get_indicator (void)
{
  (void) totuo_target_get_indicator (NULL);
  return 1;
}

static guint
contract_totuo_target_is_external (void)
{
  (void) totuo_target_is_external (NULL);
  return 1;
}

static guint
contract_totuo_target_get_region_code (void)
{
  (void) totuo_target_get_region_code (NULL);
  return 1;
}

static guint
contract_totuo_target_get_name (void)
{
  (void) totuo_target_get_name (NULL);
  return 1;
}

static guint
contract_totuo_target_set_name (void)
{
  (void) totuo_target_set_name (NULL, "x");
  return 1;
}

static guint
contract_totuo_target_get_unit (void)
{
  (void) totuo_target_get_unit (NULL);
  return 1;
}

static guint
contract_totuo_target_set_unit (void)
{
  (void) totuo_target_set_unit (NULL, "x");
  return 1;
}

static guint
contract_totuo_target_set_baseline (void)
{
  (void) totuo_target_set_baseline (NULL, (gint) 0, (gdouble) 0);
  return 1;
}

static guint
contract_totuo_target_get_baseline (void)
{
  (void) totuo_target_get_baseline (NULL, &fx.integer, &fx.number);
  return 1;
}

static guint
contract_totuo_target_set_end (void)
{
  (void) totuo_target_set_end (NULL, (gint) 0, (gdouble) 0);
  return 1;
}

static guint
contract_totuo_target_get_end (void)
{
  (void) totuo_target_get_end (NULL, &fx.integer, &fx.number);
  return 1;
}

static guint
contract_totuo_target_set_comparator (void)
{
  (void) totuo_target_set_comparator (NULL, (TotuoComparator) 0);
  (void) totuo_target_set_comparator (fx.target, (TotuoComparator) 1000);
  return 2;
}

static guint
contract_totuo_target_get_comparator (void)
{
  (void) totuo_target_get_comparator (NULL);
  return 1;
}

static guint
contract_totuo_target_set_attribute (void)
{
  (void) totuo_target_set_attribute (NULL, (TotuoAttribute) 0);
  (void) totuo_target_set_attribute (fx.target, (TotuoAttribute) 1000);
  return 2;
}

static guint
contract_totuo_target_get_attribute (void)
{
  (void) totuo_target_get_attribute (NULL);
  return 1;
}

static guint
contract_totuo_target_set_relative (void)
{
  (void) totuo_target_set_relative (NULL, (TotuoRelative) 0, "x");
  (void) totuo_target_set_relative (fx.target, (TotuoRelative) 1000, "x");
  return 2;
}

static guint
contract_totuo_target_get_relative (void)
{
  (void) totuo_target_get_relative (NULL, &fx.text);
  return 1;
}

static guint
contract_totuo_target_set_milestone (void)
{
  (void) totuo_target_set_milestone (NULL, (gint) 0, (gdouble) 0);
  return 1;
}

static guint
contract_totuo_target_get_n_milestones (void)
{
  (void) totuo_target_get_n_milestones (NULL);
  return 1;
}

static guint
contract_totuo_target_get_milestone_at (void)
{
  (void) totuo_target_get_milestone_at (NULL, (guint) 0, &fx.integer, &fx.number);
  (void) totuo_target_get_milestone_at (fx.target, (guint) 100000, &fx.integer, &fx.number);
  return 2;
}

static guint
contract_totuo_target_get_milestone (void)
{
  (void) totuo_target_get_milestone (NULL, (gint) 0, &fx.number);
  return 1;
}

static guint
contract_totuo_comparator_meets (void)
{
  (void) totuo_comparator_meets ((TotuoComparator) 1000, (gdouble) 0, (gdouble) 0);
  return 1;
}

static guint
contract_totuo_comparator_to_string (void)
{
  (void) totuo_comparator_to_string ((TotuoComparator) 1000);
  return 1;
}

static guint
contract_totuo_comparator_from_string (void)
{
  (void) totuo_comparator_from_string (NULL, (TotuoComparator *) &fx.integer);
  (void) totuo_comparator_from_string ("x", NULL);
  return 2;
}

static guint
contract_totuo_attribute_to_string (void)
{
  (void) totuo_attribute_to_string ((TotuoAttribute) 1000);
  return 1;
}

static guint
contract_totuo_attribute_to_chinese (void)
{
  (void) totuo_attribute_to_chinese ((TotuoAttribute) 1000);
  return 1;
}

static guint
contract_totuo_attribute_from_string (void)
{
  (void) totuo_attribute_from_string (NULL, (TotuoAttribute *) &fx.integer);
  (void) totuo_attribute_from_string ("x", NULL);
  return 2;
}

static const Contract contracts[] = {
  { "totuo_access_method_from_string", contract_totuo_access_method_from_string },
  { "totuo_access_method_to_string", contract_totuo_access_method_to_string },
  { "totuo_access_measure_to_string", contract_totuo_access_measure_to_string },
  { "totuo_access_measure_from_string", contract_totuo_access_measure_from_string },
  { "totuo_access_options_ref", contract_totuo_access_options_ref },
  { "totuo_access_options_set_method", contract_totuo_access_options_set_method },
  { "totuo_access_options_set_radius", contract_totuo_access_options_set_radius },
  { "totuo_access_options_set_strict_edge", contract_totuo_access_options_set_strict_edge },
  { "totuo_access_options_set_bands", contract_totuo_access_options_set_bands },
  { "totuo_access_options_set_supply", contract_totuo_access_options_set_supply },
  { "totuo_access_options_set_supply_datum", contract_totuo_access_options_set_supply_datum },
  { "totuo_access_options_set_weight_residents", contract_totuo_access_options_set_weight_residents },
  { "totuo_access_options_set_desert_rule", contract_totuo_access_options_set_desert_rule },
  { "totuo_access_options_get_method", contract_totuo_access_options_get_method },
  { "totuo_access_options_get_radius", contract_totuo_access_options_get_radius },
  { "totuo_access_options_get_strict_edge", contract_totuo_access_options_get_strict_edge },
  { "totuo_access_options_get_supply_flags", contract_totuo_access_options_get_supply_flags },
  { "totuo_access_options_get_kinds", contract_totuo_access_options_get_kinds },
  { "totuo_access_options_get_ownerships", contract_totuo_access_options_get_ownerships },
  { "totuo_travel_times_load_csv", contract_totuo_travel_times_load_csv },
  { "totuo_travel_times_load_csv_data", contract_totuo_travel_times_load_csv_data },
  { "totuo_travel_times_ref", contract_totuo_travel_times_ref },
  { "totuo_travel_times_get_n_pairs", contract_totuo_travel_times_get_n_pairs },
  { "totuo_access_options_set_travel_times", contract_totuo_access_options_set_travel_times },
  { "totuo_access_options_get_travel_times", contract_totuo_access_options_get_travel_times },
  { "totuo_access_compute", contract_totuo_access_compute },
  { "totuo_access_ref", contract_totuo_access_ref },
  { "totuo_access_get_demand", contract_totuo_access_get_demand },
  { "totuo_access_get_options", contract_totuo_access_get_options },
  { "totuo_access_get_point", contract_totuo_access_get_point },
  { "totuo_access_get_columns", contract_totuo_access_get_columns },
  { "totuo_access_get_region", contract_totuo_access_get_region },
  { "totuo_access_get_measure", contract_totuo_access_get_measure },
  { "totuo_access_add_observations", contract_totuo_access_add_observations },
  { "totuo_access_get_n_pairs", contract_totuo_access_get_n_pairs },
  { "totuo_access_get_n_providers", contract_totuo_access_get_n_providers },
  { "totuo_access_get_provider", contract_totuo_access_get_provider },
  { "totuo_access_get_totals", contract_totuo_access_get_totals },
  { "totuo_access_get_warnings", contract_totuo_access_get_warnings },
  { "totuo_region_field_get_name", contract_totuo_region_field_get_name },
  { "totuo_region_field_get_type", contract_totuo_region_field_get_type },
  { "totuo_institution_field_get_name", contract_totuo_institution_field_get_name },
  { "totuo_institution_field_get_type", contract_totuo_institution_field_get_type },
  { "totuo_dataset_get_region_integers", contract_totuo_dataset_get_region_integers },
  { "totuo_dataset_get_region_reals", contract_totuo_dataset_get_region_reals },
  { "totuo_dataset_get_region_texts", contract_totuo_dataset_get_region_texts },
  { "totuo_dataset_get_institution_integers", contract_totuo_dataset_get_institution_integers },
  { "totuo_dataset_get_institution_reals", contract_totuo_dataset_get_institution_reals },
  { "totuo_dataset_get_institution_texts", contract_totuo_dataset_get_institution_texts },
  { "totuo_dataset_load_regions_columns", contract_totuo_dataset_load_regions_columns },
  { "totuo_dataset_load_institutions_columns", contract_totuo_dataset_load_institutions_columns },
  { "totuo_dataset_load_mapping", contract_totuo_dataset_load_mapping },
  { "totuo_dataset_set_input_sheet", contract_totuo_dataset_set_input_sheet },
  { "totuo_dataset_set_input_encoding", contract_totuo_dataset_set_input_encoding },
  { "totuo_dataset_load_regions_csv", contract_totuo_dataset_load_regions_csv },
  { "totuo_dataset_load_regions_csv_data", contract_totuo_dataset_load_regions_csv_data },
  { "totuo_dataset_load_institutions_csv", contract_totuo_dataset_load_institutions_csv },
  { "totuo_dataset_load_institutions_csv_data", contract_totuo_dataset_load_institutions_csv_data },
  { "totuo_dataset_check_regions_csv", contract_totuo_dataset_check_regions_csv },
  { "totuo_dataset_check_institutions_csv", contract_totuo_dataset_check_institutions_csv },
  { "totuo_dataset_regions_to_csv", contract_totuo_dataset_regions_to_csv },
  { "totuo_dataset_institutions_to_csv", contract_totuo_dataset_institutions_to_csv },
  { "totuo_dataset_save_regions_csv", contract_totuo_dataset_save_regions_csv },
  { "totuo_dataset_save_institutions_csv", contract_totuo_dataset_save_institutions_csv },
  { "totuo_dataset_ref", contract_totuo_dataset_ref },
  { "totuo_dataset_get_n_regions", contract_totuo_dataset_get_n_regions },
  { "totuo_dataset_get_n_institutions", contract_totuo_dataset_get_n_institutions },
  { "totuo_dataset_add_region", contract_totuo_dataset_add_region },
  { "totuo_dataset_add_institution", contract_totuo_dataset_add_institution },
  { "totuo_dataset_remove_region", contract_totuo_dataset_remove_region },
  { "totuo_dataset_remove_institution", contract_totuo_dataset_remove_institution },
  { "totuo_dataset_lookup_region", contract_totuo_dataset_lookup_region },
  { "totuo_dataset_lookup_institution", contract_totuo_dataset_lookup_institution },
  { "totuo_dataset_get_region", contract_totuo_dataset_get_region },
  { "totuo_dataset_get_institution", contract_totuo_dataset_get_institution },
  { "totuo_dataset_get_children", contract_totuo_dataset_get_children },
  { "totuo_dataset_get_subtree", contract_totuo_dataset_get_subtree },
  { "totuo_dataset_get_institutions_in", contract_totuo_dataset_get_institutions_in },
  { "totuo_dataset_resolve_region", contract_totuo_dataset_resolve_region },
  { "totuo_dataset_get_warnings", contract_totuo_dataset_get_warnings },
  { "totuo_dataset_clear_warnings", contract_totuo_dataset_clear_warnings },
  { "totuo_dataset_equal", contract_totuo_dataset_equal },
  { "totuo_demand_new_from_regions", contract_totuo_demand_new_from_regions },
  { "totuo_demand_load_csv", contract_totuo_demand_load_csv },
  { "totuo_demand_load_csv_data", contract_totuo_demand_load_csv_data },
  { "totuo_demand_load_json", contract_totuo_demand_load_json },
  { "totuo_demand_load_json_data", contract_totuo_demand_load_json_data },
  { "totuo_demand_ref", contract_totuo_demand_ref },
  { "totuo_demand_get_dataset", contract_totuo_demand_get_dataset },
  { "totuo_demand_get_n_points", contract_totuo_demand_get_n_points },
  { "totuo_demand_get_id", contract_totuo_demand_get_id },
  { "totuo_demand_get_region_code", contract_totuo_demand_get_region_code },
  { "totuo_demand_get_location", contract_totuo_demand_get_location },
  { "totuo_demand_get_children", contract_totuo_demand_get_children },
  { "totuo_demand_get_residents", contract_totuo_demand_get_residents },
  { "totuo_demand_get_warnings", contract_totuo_demand_get_warnings },
  { "totuo_region_level_to_string", contract_totuo_region_level_to_string },
  { "totuo_region_level_to_chinese", contract_totuo_region_level_to_chinese },
  { "totuo_region_level_from_string", contract_totuo_region_level_from_string },
  { "totuo_kind_to_string", contract_totuo_kind_to_string },
  { "totuo_kind_to_chinese", contract_totuo_kind_to_chinese },
  { "totuo_kind_from_string", contract_totuo_kind_from_string },
  { "totuo_ownership_to_string", contract_totuo_ownership_to_string },
  { "totuo_ownership_to_chinese", contract_totuo_ownership_to_chinese },
  { "totuo_ownership_from_string", contract_totuo_ownership_from_string },
  { "totuo_status_to_string", contract_totuo_status_to_string },
  { "totuo_status_to_chinese", contract_totuo_status_to_chinese },
  { "totuo_status_from_string", contract_totuo_status_from_string },
  { "totuo_flag_to_string", contract_totuo_flag_to_string },
  { "totuo_flag_to_chinese", contract_totuo_flag_to_chinese },
  { "totuo_flag_from_string", contract_totuo_flag_from_string },
  { "totuo_modes_to_string", contract_totuo_modes_to_string },
  { "totuo_modes_from_string", contract_totuo_modes_from_string },
  { "totuo_translate", contract_totuo_translate },
  { "totuo_set_message_lang", contract_totuo_set_message_lang },
  { "totuo_evaluation_new", contract_totuo_evaluation_new },
  { "totuo_evaluation_ref", contract_totuo_evaluation_ref },
  { "totuo_evaluation_get_plan", contract_totuo_evaluation_get_plan },
  { "totuo_evaluation_get_years", contract_totuo_evaluation_get_years },
  { "totuo_evaluation_get_year_result", contract_totuo_evaluation_get_year_result },
  { "totuo_evaluation_get_status", contract_totuo_evaluation_get_status },
  { "totuo_evaluation_get_projection", contract_totuo_evaluation_get_projection },
  { "totuo_evaluation_get_end_target", contract_totuo_evaluation_get_end_target },
  { "totuo_evaluation_count", contract_totuo_evaluation_count },
  { "totuo_evaluation_is_binding_missed", contract_totuo_evaluation_is_binding_missed },
  { "totuo_evaluation_get_task_completion", contract_totuo_evaluation_get_task_completion },
  { "totuo_progress_to_string", contract_totuo_progress_to_string },
  { "totuo_progress_to_chinese", contract_totuo_progress_to_chinese },
  { "totuo_datum_from_string", contract_totuo_datum_from_string },
  { "totuo_datum_to_string", contract_totuo_datum_to_string },
  { "totuo_datum_to_wgs84", contract_totuo_datum_to_wgs84 },
  { "totuo_datum_from_wgs84", contract_totuo_datum_from_wgs84 },
  { "totuo_indicator_table_new", contract_totuo_indicator_table_new },
  { "totuo_indicator_table_ref", contract_totuo_indicator_table_ref },
  { "totuo_indicator_table_get_dataset", contract_totuo_indicator_table_get_dataset },
  { "totuo_indicator_table_get_n_rows", contract_totuo_indicator_table_get_n_rows },
  { "totuo_indicator_table_get_row_code", contract_totuo_indicator_table_get_row_code },
  { "totuo_indicator_table_get", contract_totuo_indicator_table_get },
  { "totuo_indicator_table_get_at", contract_totuo_indicator_table_get_at },
  { "totuo_indicator_table_get_column", contract_totuo_indicator_table_get_column },
  { "totuo_indicator_table_get_columns", contract_totuo_indicator_table_get_columns },
  { "totuo_indicator_table_get_reporting_at", contract_totuo_indicator_table_get_reporting_at },
  { "totuo_indicator_table_get_warnings", contract_totuo_indicator_table_get_warnings },
  { "totuo_indicator_get_id", contract_totuo_indicator_get_id },
  { "totuo_indicator_get_name_zh", contract_totuo_indicator_get_name_zh },
  { "totuo_indicator_get_name_en", contract_totuo_indicator_get_name_en },
  { "totuo_indicator_get_unit", contract_totuo_indicator_get_unit },
  { "totuo_indicator_get_formula", contract_totuo_indicator_get_formula },
  { "totuo_indicator_get_source", contract_totuo_indicator_get_source },
  { "totuo_indicator_is_ratio", contract_totuo_indicator_is_ratio },
  { "totuo_indicator_from_id", contract_totuo_indicator_from_id },
  { "totuo_indicator_from_name", contract_totuo_indicator_from_name },
  { "totuo_indicator_suggest", contract_totuo_indicator_suggest },
  { "totuo_institution_new", contract_totuo_institution_new },
  { "totuo_institution_copy", contract_totuo_institution_copy },
  { "totuo_institution_ref", contract_totuo_institution_ref },
  { "totuo_institution_get_id", contract_totuo_institution_get_id },
  { "totuo_institution_get_name", contract_totuo_institution_get_name },
  { "totuo_institution_get_region_code", contract_totuo_institution_get_region_code },
  { "totuo_institution_get_kind", contract_totuo_institution_get_kind },
  { "totuo_institution_get_ownership", contract_totuo_institution_get_ownership },
  { "totuo_institution_get_inclusive", contract_totuo_institution_get_inclusive },
  { "totuo_institution_get_places", contract_totuo_institution_get_places },
  { "totuo_institution_get_enrolled", contract_totuo_institution_get_enrolled },
  { "totuo_institution_get_status", contract_totuo_institution_get_status },
  { "totuo_institution_get_modes", contract_totuo_institution_get_modes },
  { "totuo_institution_get_monthly_fee", contract_totuo_institution_get_monthly_fee },
  { "totuo_institution_get_staff", contract_totuo_institution_get_staff },
  { "totuo_institution_get_certified_staff", contract_totuo_institution_get_certified_staff },
  { "totuo_institution_get_health_manager", contract_totuo_institution_get_health_manager },
  { "totuo_institution_get_location", contract_totuo_institution_get_location },
  { "totuo_institution_set_name", contract_totuo_institution_set_name },
  { "totuo_institution_set_region_code", contract_totuo_institution_set_region_code },
  { "totuo_institution_set_kind", contract_totuo_institution_set_kind },
  { "totuo_institution_set_ownership", contract_totuo_institution_set_ownership },
  { "totuo_institution_set_inclusive", contract_totuo_institution_set_inclusive },
  { "totuo_institution_set_places", contract_totuo_institution_set_places },
  { "totuo_institution_set_enrolled", contract_totuo_institution_set_enrolled },
  { "totuo_institution_set_status", contract_totuo_institution_set_status },
  { "totuo_institution_set_modes", contract_totuo_institution_set_modes },
  { "totuo_institution_set_monthly_fee", contract_totuo_institution_set_monthly_fee },
  { "totuo_institution_set_staff", contract_totuo_institution_set_staff },
  { "totuo_institution_set_certified_staff", contract_totuo_institution_set_certified_staff },
  { "totuo_institution_set_health_manager", contract_totuo_institution_set_health_manager },
  { "totuo_institution_set_location", contract_totuo_institution_set_location },
  { "totuo_institution_clear_location", contract_totuo_institution_clear_location },
  { "totuo_dataset_load_json", contract_totuo_dataset_load_json },
  { "totuo_dataset_load_json_data", contract_totuo_dataset_load_json_data },
  { "totuo_dataset_to_json", contract_totuo_dataset_to_json },
  { "totuo_dataset_save_json", contract_totuo_dataset_save_json },
  { "totuo_observations_ref", contract_totuo_observations_ref },
  { "totuo_observations_add_dataset", contract_totuo_observations_add_dataset },
  { "totuo_observations_add", contract_totuo_observations_add },
  { "totuo_observations_load_csv", contract_totuo_observations_load_csv },
  { "totuo_observations_load_csv_data", contract_totuo_observations_load_csv_data },
  { "totuo_observations_lookup", contract_totuo_observations_lookup },
  { "totuo_observations_get_parent_code", contract_totuo_observations_get_parent_code },
  { "totuo_observations_get_years", contract_totuo_observations_get_years },
  { "totuo_plan_new", contract_totuo_plan_new },
  { "totuo_plan_ref", contract_totuo_plan_ref },
  { "totuo_plan_get_name", contract_totuo_plan_get_name },
  { "totuo_plan_get_region_code", contract_totuo_plan_get_region_code },
  { "totuo_plan_get_period", contract_totuo_plan_get_period },
  { "totuo_plan_add_target", contract_totuo_plan_add_target },
  { "totuo_plan_get_n_targets", contract_totuo_plan_get_n_targets },
  { "totuo_plan_get_target", contract_totuo_plan_get_target },
  { "totuo_plan_add_task", contract_totuo_plan_add_task },
  { "totuo_plan_get_n_tasks", contract_totuo_plan_get_n_tasks },
  { "totuo_plan_get_task", contract_totuo_plan_get_task },
  { "totuo_plan_load", contract_totuo_plan_load },
  { "totuo_plan_load_data", contract_totuo_plan_load_data },
  { "totuo_plan_to_data", contract_totuo_plan_to_data },
  { "totuo_plan_save", contract_totuo_plan_save },
  { "totuo_plan_equal", contract_totuo_plan_equal },
  { "totuo_region_new", contract_totuo_region_new },
  { "totuo_region_copy", contract_totuo_region_copy },
  { "totuo_region_ref", contract_totuo_region_ref },
  { "totuo_region_get_code", contract_totuo_region_get_code },
  { "totuo_region_get_name", contract_totuo_region_get_name },
  { "totuo_region_get_level", contract_totuo_region_get_level },
  { "totuo_region_get_parent_code", contract_totuo_region_get_parent_code },
  { "totuo_region_get_population", contract_totuo_region_get_population },
  { "totuo_region_get_under3", contract_totuo_region_get_under3 },
  { "totuo_region_get_kindergartens", contract_totuo_region_get_kindergartens },
  { "totuo_region_get_location", contract_totuo_region_get_location },
  { "totuo_region_set_name", contract_totuo_region_set_name },
  { "totuo_region_set_level", contract_totuo_region_set_level },
  { "totuo_region_set_parent_code", contract_totuo_region_set_parent_code },
  { "totuo_region_set_population", contract_totuo_region_set_population },
  { "totuo_region_set_under3", contract_totuo_region_set_under3 },
  { "totuo_region_set_kindergartens", contract_totuo_region_set_kindergartens },
  { "totuo_region_set_location", contract_totuo_region_set_location },
  { "totuo_region_clear_location", contract_totuo_region_clear_location },
  { "totuo_format_from_string", contract_totuo_format_from_string },
  { "totuo_lang_from_string", contract_totuo_lang_from_string },
  { "totuo_text_width", contract_totuo_text_width },
  { "totuo_report_region", contract_totuo_report_region },
  { "totuo_report_bar_chart_svg", contract_totuo_report_bar_chart_svg },
  { "totuo_report_csv_for_excel", contract_totuo_report_csv_for_excel },
  { "totuo_report_indicator_list", contract_totuo_report_indicator_list },
  { "totuo_report_regions", contract_totuo_report_regions },
  { "totuo_report_gaps", contract_totuo_report_gaps },
  { "totuo_report_evaluation", contract_totuo_report_evaluation },
  { "totuo_report_evaluation_svg", contract_totuo_report_evaluation_svg },
  { "totuo_report_regions_xlsx", contract_totuo_report_regions_xlsx },
  { "totuo_report_region_xlsx", contract_totuo_report_region_xlsx },
  { "totuo_report_evaluation_xlsx", contract_totuo_report_evaluation_xlsx },
  { "totuo_report_html", contract_totuo_report_html },
  { "totuo_report_access", contract_totuo_report_access },
  { "totuo_report_access_points", contract_totuo_report_access_points },
  { "totuo_report_access_geojson", contract_totuo_report_access_geojson },
  { "totuo_report_access_svg", contract_totuo_report_access_svg },
  { "totuo_report_save", contract_totuo_report_save },
  { "totuo_target_new", contract_totuo_target_new },
  { "totuo_target_copy", contract_totuo_target_copy },
  { "totuo_target_ref", contract_totuo_target_ref },
  { "totuo_target_get_id", contract_totuo_target_get_id },
  { "totuo_target_get_indicator", contract_totuo_target_get_indicator },
  { "totuo_target_is_external", contract_totuo_target_is_external },
  { "totuo_target_get_region_code", contract_totuo_target_get_region_code },
  { "totuo_target_get_name", contract_totuo_target_get_name },
  { "totuo_target_set_name", contract_totuo_target_set_name },
  { "totuo_target_get_unit", contract_totuo_target_get_unit },
  { "totuo_target_set_unit", contract_totuo_target_set_unit },
  { "totuo_target_set_baseline", contract_totuo_target_set_baseline },
  { "totuo_target_get_baseline", contract_totuo_target_get_baseline },
  { "totuo_target_set_end", contract_totuo_target_set_end },
  { "totuo_target_get_end", contract_totuo_target_get_end },
  { "totuo_target_set_comparator", contract_totuo_target_set_comparator },
  { "totuo_target_get_comparator", contract_totuo_target_get_comparator },
  { "totuo_target_set_attribute", contract_totuo_target_set_attribute },
  { "totuo_target_get_attribute", contract_totuo_target_get_attribute },
  { "totuo_target_set_relative", contract_totuo_target_set_relative },
  { "totuo_target_get_relative", contract_totuo_target_get_relative },
  { "totuo_target_set_milestone", contract_totuo_target_set_milestone },
  { "totuo_target_get_n_milestones", contract_totuo_target_get_n_milestones },
  { "totuo_target_get_milestone_at", contract_totuo_target_get_milestone_at },
  { "totuo_target_get_milestone", contract_totuo_target_get_milestone },
  { "totuo_comparator_meets", contract_totuo_comparator_meets },
  { "totuo_comparator_to_string", contract_totuo_comparator_to_string },
  { "totuo_comparator_from_string", contract_totuo_comparator_from_string },
  { "totuo_attribute_to_string", contract_totuo_attribute_to_string },
  { "totuo_attribute_to_chinese", contract_totuo_attribute_to_chinese },
  { "totuo_attribute_from_string", contract_totuo_attribute_from_string },
};

START_TEST (test_contract)
{
  const Contract *c = &contracts[_i];
  guint expected;

  contract_fixture_setup ();
  criticals_seen = 0;
  expected = c->run ();
  ck_assert_msg (criticals_seen == expected, "%s: %u criticals for %u wrong arguments",
                 c->name, criticals_seen, expected);
  contract_fixture_teardown ();
}
END_TEST

static Suite *
contracts_suite (void)
{
  Suite *s = suite_create ("contracts");
  TCase *tc = tcase_create ("null-arguments");

  tcase_add_loop_test (tc, test_contract, 0, G_N_ELEMENTS (contracts));
  suite_add_tcase (s, tc);
  return s;
}

TEST_MAIN (contracts_suite)
