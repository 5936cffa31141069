/* The insides of the tracking records (floor 4), shared by its sources. */
#pragma once

#include <totuo/indicator.h>
#include <totuo/target.h>

typedef struct {
  gint year;
  gdouble value;
} TotuoMilestone;

struct _TotuoTarget {
  gatomicrefcount ref;
  gchar *id;
  gchar *indicator;
  TotuoIndicator registry_indicator;   /* when !external */
  gboolean external;
  gchar *region_code;                  /* NULL: the plan's region */
  gchar *name;                         /* NULL: the registry's */
  gchar *unit;                         /* for external indicators */
  gint baseline_year;
  gdouble baseline;                    /* NAN: not known */
  gint end_year;
  gdouble end_value;                   /* NAN for relative targets */
  TotuoComparator comparator;
  TotuoAttribute attribute;
  TotuoRelative relative;
  gchar *relative_code;
  GArray *milestones;                  /* of TotuoMilestone, by year */
};

typedef struct {
  gchar *name;
  gint year;
  gdouble planned;
  gdouble achieved;                    /* NAN: not known */
} TotuoTask;

struct _TotuoPlan {
  gatomicrefcount ref;
  gchar *name;
  gchar *region_code;
  gint start_year;
  gint end_year;
  GPtrArray *targets;                  /* of TotuoTarget */
  GHashTable *target_ids;              /* the targets' ids, owned by them */
  GArray *tasks;                       /* of TotuoTask */
};

G_GNUC_INTERNAL gboolean totuo_target_equal (const TotuoTarget *a, const TotuoTarget *b);
