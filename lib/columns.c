/* libtotuo - a dataset's fields a whole column at a time: see columns.h.
 *
 * The columns are read straight from the dataset's storage
 * (dataset-private.h): a million rows cost a loop, not a million records. */
#include "config.h"

#include <math.h>
#include <string.h>

#include <totuo/columns.h>

#include "dataset-private.h"

typedef struct {
  const gchar *name;
  TotuoColumnType type;
} FieldInfo;

static const FieldInfo region_fields[TOTUO_N_REGION_FIELDS] = {
  { "code", TOTUO_COLUMN_TEXT }, { "name", TOTUO_COLUMN_TEXT },
  { "level", TOTUO_COLUMN_INTEGER }, { "parent", TOTUO_COLUMN_TEXT },
  { "population", TOTUO_COLUMN_INTEGER }, { "under3", TOTUO_COLUMN_INTEGER },
  { "kindergartens", TOTUO_COLUMN_INTEGER }, { "lat", TOTUO_COLUMN_REAL },
  { "lon", TOTUO_COLUMN_REAL },
};

static const FieldInfo institution_fields[TOTUO_N_INSTITUTION_FIELDS] = {
  { "id", TOTUO_COLUMN_TEXT }, { "name", TOTUO_COLUMN_TEXT }, { "region", TOTUO_COLUMN_TEXT },
  { "kind", TOTUO_COLUMN_INTEGER }, { "ownership", TOTUO_COLUMN_INTEGER },
  { "inclusive", TOTUO_COLUMN_INTEGER }, { "places", TOTUO_COLUMN_INTEGER },
  { "enrolled", TOTUO_COLUMN_INTEGER }, { "status", TOTUO_COLUMN_INTEGER },
  { "modes", TOTUO_COLUMN_INTEGER }, { "monthly_fee", TOTUO_COLUMN_REAL },
  { "staff", TOTUO_COLUMN_INTEGER }, { "certified_staff", TOTUO_COLUMN_INTEGER },
  { "health_manager", TOTUO_COLUMN_INTEGER }, { "lat", TOTUO_COLUMN_REAL },
  { "lon", TOTUO_COLUMN_REAL }, { "region_row", TOTUO_COLUMN_INTEGER },
};

const gchar *
totuo_region_field_get_name (TotuoRegionField field)
{
  g_return_val_if_fail ((guint) field < TOTUO_N_REGION_FIELDS, NULL);
  return region_fields[field].name;
}

TotuoColumnType
totuo_region_field_get_type (TotuoRegionField field)
{
  g_return_val_if_fail ((guint) field < TOTUO_N_REGION_FIELDS, TOTUO_COLUMN_TEXT);
  return region_fields[field].type;
}

const gchar *
totuo_institution_field_get_name (TotuoInstitutionField field)
{
  g_return_val_if_fail ((guint) field < TOTUO_N_INSTITUTION_FIELDS, NULL);
  return institution_fields[field].name;
}

TotuoColumnType
totuo_institution_field_get_type (TotuoInstitutionField field)
{
  g_return_val_if_fail ((guint) field < TOTUO_N_INSTITUTION_FIELDS, TOTUO_COLUMN_TEXT);
  return institution_fields[field].type;
}

/* The preconditions of every column function: a dataset, a field of the
 * type asked for, an array of one element per row. */
static gboolean
region_column_ok (const TotuoDataset *dataset,
                  TotuoRegionField    field,
                  TotuoColumnType     type,
                  gsize               n)
{
  g_return_val_if_fail (dataset != NULL, FALSE);
  g_return_val_if_fail ((guint) field < TOTUO_N_REGION_FIELDS, FALSE);
  g_return_val_if_fail (region_fields[field].type == type, FALSE);
  g_return_val_if_fail (n == dataset->n_regions, FALSE);
  return TRUE;
}

static gboolean
institution_column_ok (const TotuoDataset    *dataset,
                       TotuoInstitutionField  field,
                       TotuoColumnType        type,
                       gsize                  n)
{
  g_return_val_if_fail (dataset != NULL, FALSE);
  g_return_val_if_fail ((guint) field < TOTUO_N_INSTITUTION_FIELDS, FALSE);
  g_return_val_if_fail (institution_fields[field].type == type, FALSE);
  g_return_val_if_fail (n == dataset->n_insts, FALSE);
  return TRUE;
}

/* ---- regions ---------------------------------------------------------------- */

void
totuo_dataset_get_region_integers (TotuoDataset     *dataset,
                                   TotuoRegionField  field,
                                   gint64           *out,
                                   gsize             n)
{
  const TotuoRegionRec *r = NULL;

  if (!region_column_ok (dataset, field, TOTUO_COLUMN_INTEGER, n))
    return;
  g_return_if_fail (out != NULL || n == 0);
  r = dataset->regions;
  for (gsize k = 0; k < n; k++)
    switch (field)
      {
      case TOTUO_REGION_FIELD_LEVEL: out[k] = r[k].level; break;
      case TOTUO_REGION_FIELD_POPULATION: out[k] = r[k].population; break;
      case TOTUO_REGION_FIELD_UNDER3: out[k] = r[k].under3; break;
      default: out[k] = r[k].kindergartens; break;
      }
}

void
totuo_dataset_get_region_reals (TotuoDataset     *dataset,
                                TotuoRegionField  field,
                                gdouble          *out,
                                gsize             n)
{
  if (!region_column_ok (dataset, field, TOTUO_COLUMN_REAL, n))
    return;
  g_return_if_fail (out != NULL || n == 0);
  for (gsize k = 0; k < n; k++)
    out[k] = field == TOTUO_REGION_FIELD_LAT ? dataset->regions[k].lat : dataset->regions[k].lon;
}

static const gchar *
region_text (const TotuoDataset *ds,
             TotuoRegionField    field,
             gsize               k)
{
  const TotuoRegionRec *r = &ds->regions[k];

  switch (field)
    {
    case TOTUO_REGION_FIELD_CODE: return r->code;
    case TOTUO_REGION_FIELD_NAME: return r->name;
    default: return r->parent != TOTUO_NO_INDEX ? ds->regions[r->parent].code : "";
    }
}

static const gchar *
institution_text (const TotuoDataset    *ds,
                  TotuoInstitutionField  field,
                  gsize                  k)
{
  switch (field)
    {
    case TOTUO_INSTITUTION_FIELD_ID: return ds->inst_cold[k].id;
    case TOTUO_INSTITUTION_FIELD_NAME: return ds->inst_cold[k].name;
    default: return ds->regions[ds->inst_hot[k].region].code;
    }
}

/* One text column: the bytes needed, and the texts copied when @buffer
 * holds them. Two passes, so that a caller allocates once. */
#define FILL_TEXTS(text_of)                                                   \
  G_STMT_START {                                                              \
    gsize needed = 0;                                                         \
    for (gsize k = 0; k < n; k++)                                             \
      needed += strlen (text_of (dataset, field, k)) + 1;                     \
    if (buffer == NULL || size < needed)                                      \
      return needed;                                                          \
    for (gsize k = 0, at = 0; k < n; k++)                                     \
      {                                                                       \
        const gchar *s = text_of (dataset, field, k);                         \
        gsize len = strlen (s) + 1;                                           \
        if (offsets != NULL)                                                  \
          offsets[k] = at;                                                    \
        memcpy (buffer + at, s, len);                                         \
        at += len;                                                            \
      }                                                                       \
    if (offsets != NULL)                                                      \
      offsets[n] = needed;                                                    \
    return needed;                                                            \
  } G_STMT_END

gsize
totuo_dataset_get_region_texts (TotuoDataset     *dataset,
                                TotuoRegionField  field,
                                gchar            *buffer,
                                gsize             size,
                                guint64          *offsets,
                                gsize             n)
{
  if (!region_column_ok (dataset, field, TOTUO_COLUMN_TEXT, n))
    return 0;
  FILL_TEXTS (region_text);
}

/* ---- institutions -------------------------------------------------------------- */

void
totuo_dataset_get_institution_integers (TotuoDataset          *dataset,
                                        TotuoInstitutionField  field,
                                        gint64                *out,
                                        gsize                  n)
{
  const TotuoInstHot *h = NULL;

  if (!institution_column_ok (dataset, field, TOTUO_COLUMN_INTEGER, n))
    return;
  g_return_if_fail (out != NULL || n == 0);
  h = dataset->inst_hot;
  /* One loop per field: the switch is not taken a million times. */
  switch (field)
    {
#define COPY(f) for (gsize k = 0; k < n; k++) out[k] = h[k].f; break
    case TOTUO_INSTITUTION_FIELD_KIND: COPY (kind);
    case TOTUO_INSTITUTION_FIELD_OWNERSHIP: COPY (ownership);
    case TOTUO_INSTITUTION_FIELD_INCLUSIVE: COPY (inclusive);
    case TOTUO_INSTITUTION_FIELD_PLACES: COPY (places);
    case TOTUO_INSTITUTION_FIELD_ENROLLED: COPY (enrolled);
    case TOTUO_INSTITUTION_FIELD_STATUS: COPY (status);
    case TOTUO_INSTITUTION_FIELD_MODES: COPY (modes);
    case TOTUO_INSTITUTION_FIELD_STAFF: COPY (staff);
    case TOTUO_INSTITUTION_FIELD_CERTIFIED_STAFF: COPY (certified_staff);
    case TOTUO_INSTITUTION_FIELD_HEALTH_MANAGER: COPY (health_manager);
    case TOTUO_INSTITUTION_FIELD_REGION_ROW: COPY (region);
#undef COPY
    default: g_return_if_reached ();
    }
}

void
totuo_dataset_get_institution_reals (TotuoDataset          *dataset,
                                     TotuoInstitutionField  field,
                                     gdouble               *out,
                                     gsize                  n)
{
  const TotuoInstCold *c = NULL;

  if (!institution_column_ok (dataset, field, TOTUO_COLUMN_REAL, n))
    return;
  g_return_if_fail (out != NULL || n == 0);
  c = dataset->inst_cold;
  for (gsize k = 0; k < n; k++)
    switch (field)
      {
      /* The record's unknown fee is negative; the column's is NaN. */
      case TOTUO_INSTITUTION_FIELD_MONTHLY_FEE:
        out[k] = c[k].monthly_fee >= 0 ? c[k].monthly_fee : NAN;
        break;
      case TOTUO_INSTITUTION_FIELD_LAT: out[k] = c[k].lat; break;
      default: out[k] = c[k].lon; break;
      }
}

gsize
totuo_dataset_get_institution_texts (TotuoDataset          *dataset,
                                     TotuoInstitutionField  field,
                                     gchar                 *buffer,
                                     gsize                  size,
                                     guint64               *offsets,
                                     gsize                  n)
{
  if (!institution_column_ok (dataset, field, TOTUO_COLUMN_TEXT, n))
    return 0;
  FILL_TEXTS (institution_text);
}
