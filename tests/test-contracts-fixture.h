/* The valid objects that the contract tests pass beside the one NULL
 * argument, and the log handler that counts the criticals. */
#pragma once

#include <math.h>

#include <totuo/totuo.h>

#include "test-util.h"

static struct {
  TotuoDataset *dataset;
  TotuoRegion *region;
  TotuoInstitution *institution;
  TotuoIndicatorTable *table;
  TotuoTarget *target;
  TotuoPlan *plan;
  TotuoObservations *observations;
  TotuoEvaluation *evaluation;
  TotuoDemand *demand;
  TotuoAccessOptions *options;
  TotuoAccess *access;
  TotuoTravelTimes *times;
  TotuoAccessPoint access_point;
  TotuoAccessRegion access_region;
  guint8 bytes[8];
  const gchar *codes[2];
  TotuoIndicator indicators[1];
  TotuoYearResult year_result;
  const gchar *text;
  gdouble number;
  gsize size;
  gint integer;
  gint64 count;
} fx;

static guint criticals_seen;

static void
count_critical (const gchar   *domain,
                GLogLevelFlags level,
                const gchar   *message,
                gpointer       user_data)
{
  (void) domain;
  (void) level;
  (void) message;
  (void) user_data;
  criticals_seen++;
}

static void
contract_fixture_setup (void)
{
  fx.dataset = example_dataset ("sample");
  fx.region = totuo_dataset_get_region (fx.dataset, 0);
  fx.institution = totuo_dataset_get_institution (fx.dataset, 0);
  fx.table = totuo_indicator_table_new (fx.dataset);
  fx.target = totuo_target_new ("t", "places_per_1000", "990101");
  totuo_target_set_end (fx.target, 2025, 4.5);
  fx.plan = totuo_plan_new ("plan", "990101", 2023, 2025);
  totuo_plan_add_target (fx.plan, fx.target, NULL);
  fx.observations = totuo_observations_new ();
  totuo_observations_add_dataset (fx.observations, 2024, fx.dataset, NULL);
  fx.evaluation = totuo_evaluation_new (fx.plan, fx.observations);
  fx.demand = totuo_demand_load_csv_data (fx.dataset, "id,region,lat,lon,under3\n"
                                          "p,990101001,30.48,114.34,30\n", -1, "d",
                                          TOTUO_DATUM_WGS84, NULL);
  fx.options = totuo_access_options_new ();
  fx.access = totuo_access_compute (fx.demand, fx.options, NULL);
  fx.times = totuo_travel_times_load_csv_data (fx.demand, "origin,destination,minutes\np,SD001,5\n",
                                               -1, "t", NULL);
  fx.codes[0] = "990101";
  fx.codes[1] = NULL;
  fx.indicators[0] = TOTUO_INDICATOR_PLACES;
  /* Only the library's own criticals are counted; they must not abort. */
  g_log_set_always_fatal (G_LOG_FATAL_MASK);
  g_log_set_handler ("totuo", G_LOG_LEVEL_CRITICAL, count_critical, NULL);
}

static void
contract_fixture_teardown (void)
{
  totuo_travel_times_unref (fx.times);
  totuo_access_unref (fx.access);
  totuo_access_options_unref (fx.options);
  totuo_demand_unref (fx.demand);
  totuo_evaluation_unref (fx.evaluation);
  totuo_observations_unref (fx.observations);
  totuo_plan_unref (fx.plan);
  totuo_target_unref (fx.target);
  totuo_indicator_table_unref (fx.table);
  totuo_institution_unref (fx.institution);
  totuo_region_unref (fx.region);
  totuo_dataset_unref (fx.dataset);
}
