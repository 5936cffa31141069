/* libtotuo - the dataset: a validated tree of regions and their institutions. */
#include "config.h"

#include <math.h>
#include <string.h>

#include <totuo/dataset.h>
#include <totuo/error.h>
#include <totuo/limits.h>

#include "dataset-private.h"
#include "records-private.h"
#include "text.h"
#include "i18n.h"

TotuoDataset *
totuo_dataset_new (void)
{
  TotuoDataset *ds = g_new0 (TotuoDataset, 1);

  g_atomic_ref_count_init (&ds->ref);
  g_mutex_init (&ds->topology_lock);
  totuo_arena_init (&ds->arena);
  totuo_strindex_init (&ds->region_index);
  totuo_strindex_init (&ds->inst_index);
  ds->warnings = g_ptr_array_new_with_free_func (g_free);
  return ds;
}

void
totuo_dataset_add_warning (TotuoDataset *ds,
                           gchar        *message)
{
  g_ptr_array_add (ds->warnings, message);
}

gchar **
totuo_dataset_get_warnings (TotuoDataset *dataset,
                            gsize        *out_n)
{
  gchar **out;

  g_return_val_if_fail (dataset != NULL, NULL);
  out = g_new (gchar *, dataset->warnings->len + 1);
  for (guint k = 0; k < dataset->warnings->len; k++)
    out[k] = g_strdup (g_ptr_array_index (dataset->warnings, k));
  out[dataset->warnings->len] = NULL;
  if (out_n != NULL)
    *out_n = dataset->warnings->len;
  return out;
}

void
totuo_dataset_clear_warnings (TotuoDataset *dataset)
{
  g_return_if_fail (dataset != NULL);
  g_ptr_array_set_size (dataset->warnings, 0);
}

TotuoDataset *
totuo_dataset_ref (TotuoDataset *dataset)
{
  g_return_val_if_fail (dataset != NULL, NULL);
  g_atomic_ref_count_inc (&dataset->ref);
  return dataset;
}

static void
topology_clear (TotuoTopology *t)
{
  g_free (t->child_start);
  g_free (t->child_list);
  g_free (t->roots);
  g_free (t->preorder);
  g_free (t->pre_pos);
  g_free (t->subtree_end);
  memset (t, 0, sizeof *t);
}

void
totuo_dataset_unref (TotuoDataset *dataset)
{
  if (dataset == NULL || !g_atomic_ref_count_dec (&dataset->ref))
    return;
  topology_clear (&dataset->topology);
  g_ptr_array_unref (dataset->warnings);
  g_free (dataset->input_encoding);
  g_free (dataset->input_sheet);
  if (dataset->mapping != NULL)
    dataset->free_mapping (dataset->mapping);
  g_mutex_clear (&dataset->topology_lock);
  totuo_strindex_clear (&dataset->region_index);
  totuo_strindex_clear (&dataset->inst_index);
  totuo_arena_clear (&dataset->arena);
  g_free (dataset->regions);
  g_free (dataset->inst_hot);
  g_free (dataset->inst_cold);
  g_free (dataset);
}

gsize
totuo_dataset_get_n_regions (TotuoDataset *dataset)
{
  g_return_val_if_fail (dataset != NULL, 0);
  return dataset->n_regions;
}

gsize
totuo_dataset_get_n_institutions (TotuoDataset *dataset)
{
  g_return_val_if_fail (dataset != NULL, 0);
  return dataset->n_insts;
}

/* ---- storage used by the readers ---------------------------------------- */

void
totuo_dataset_mark (TotuoDataset     *ds,
                    TotuoDatasetMark *mark)
{
  mark->n_regions = ds->n_regions;
  mark->n_insts = ds->n_insts;
  totuo_arena_mark (&ds->arena, &mark->arena);
}

void
totuo_dataset_rollback (TotuoDataset           *ds,
                        const TotuoDatasetMark *mark)
{
  if (ds->n_regions > mark->n_regions)
    {
      totuo_strindex_remove_from (&ds->region_index, mark->n_regions);
      ds->regions_generation++;
    }
  if (ds->n_insts > mark->n_insts)
    totuo_strindex_remove_from (&ds->inst_index, mark->n_insts);
  ds->n_regions = mark->n_regions;
  ds->n_insts = mark->n_insts;
  totuo_arena_rollback (&ds->arena, &mark->arena);
}

void
totuo_dataset_commit (TotuoDataset *ds)
{
  ds->generation++;
}

/* A file of regions is loaded once and its tree used by every roll-up
 * after, whatever institutions come and go: it is built here, as part of
 * the load, not by the first roll-up (0.8 ms for 42,000 regions). Regions
 * added one by one leave it to the first use, or n of them would build it
 * n times. */
void
totuo_dataset_commit_load (TotuoDataset *ds)
{
  totuo_dataset_commit (ds);
  totuo_dataset_get_topology (ds);   /* nothing to do if the regions did not change */
}

static void
grow (gpointer *array,
      gsize    *capacity,
      gsize     needed,
      gsize     element_size)
{
  gsize cap = MAX (*capacity, 64);

  if (needed <= *capacity)
    return;
  while (cap < needed)
    cap *= 2;
  *array = g_realloc_n (*array, cap, element_size);
  *capacity = cap;
}

/* Both parts of the institutions grow together, to one capacity. */
static void
grow_institutions (TotuoDataset *ds,
                   gsize         needed)
{
  gsize hot_capacity = ds->insts_capacity;   /* comes out as the other */

  grow ((gpointer *) &ds->inst_hot, &hot_capacity, needed, sizeof (TotuoInstHot));
  grow ((gpointer *) &ds->inst_cold, &ds->insts_capacity, needed, sizeof (TotuoInstCold));
}

void
totuo_dataset_reserve_rows (TotuoDataset *ds,
                            gsize         more_insts)
{
  grow_institutions (ds, ds->n_insts + more_insts);
}

void
totuo_dataset_reserve (TotuoDataset *ds,
                       gsize         more_regions,
                       gsize         more_insts)
{
  grow ((gpointer *) &ds->regions, &ds->regions_capacity,
        ds->n_regions + more_regions, sizeof (TotuoRegionRec));
  grow_institutions (ds, ds->n_insts + more_insts);
  totuo_strindex_reserve (&ds->region_index, ds->n_regions + more_regions);
  totuo_strindex_reserve (&ds->inst_index, ds->n_insts + more_insts);
}

const gchar *
totuo_dataset_intern (TotuoDataset *ds,
                      const gchar  *str,
                      gsize         len)
{
  return totuo_arena_strndup (&ds->arena, str, len);
}

TotuoRegionRec *
totuo_dataset_append_region (TotuoDataset *ds)
{
  TotuoRegionRec *rec;

  grow ((gpointer *) &ds->regions, &ds->regions_capacity,
        (gsize) ds->n_regions + 1, sizeof (TotuoRegionRec));
  rec = &ds->regions[ds->n_regions++];
  ds->regions_generation++;   /* the tree is built again (see get_topology()) */
  memset (rec, 0, sizeof *rec);
  rec->parent = TOTUO_NO_INDEX;
  rec->population = rec->under3 = rec->kindergartens = TOTUO_UNKNOWN;
  rec->lat = rec->lon = NAN;
  return rec;
}

void
totuo_inst_rec_init (TotuoInstRec *rec)
{
  memset (rec, 0, sizeof *rec);
  rec->region = TOTUO_NO_INDEX;
  rec->enrolled = rec->staff = rec->certified_staff = TOTUO_UNKNOWN;
  rec->kind = TOTUO_KIND_UNKNOWN;
  rec->status = TOTUO_STATUS_UNKNOWN;
  rec->inclusive = rec->health_manager = TOTUO_FLAG_UNKNOWN;
  rec->monthly_fee = -1.0;
  rec->lat = rec->lon = NAN;
}

void
totuo_dataset_get_institution_rec (const TotuoDataset *ds,
                                   gsize               row,
                                   TotuoInstRec       *rec)
{
  const TotuoInstHot *hot = &ds->inst_hot[row];
  const TotuoInstCold *cold = &ds->inst_cold[row];

  rec->id = cold->id;
  rec->name = cold->name;
  rec->region = hot->region;
  rec->places = hot->places;
  rec->enrolled = hot->enrolled;
  rec->staff = hot->staff;
  rec->certified_staff = hot->certified_staff;
  rec->monthly_fee = cold->monthly_fee;
  rec->lat = cold->lat;
  rec->lon = cold->lon;
  rec->kind = hot->kind;
  rec->ownership = hot->ownership;
  rec->status = hot->status;
  rec->modes = hot->modes;
  rec->inclusive = hot->inclusive;
  rec->health_manager = hot->health_manager;
}

guint32
totuo_dataset_append_institution (TotuoDataset       *ds,
                                  const TotuoInstRec *rec)
{
  grow_institutions (ds, (gsize) ds->n_insts + 1);
  totuo_inst_rec_store (rec, &ds->inst_hot[ds->n_insts], &ds->inst_cold[ds->n_insts]);
  return ds->n_insts++;
}

void
totuo_dataset_move_institutions (TotuoDataset *ds,
                                 gsize         to,
                                 gsize         from,
                                 gsize         n)
{
  memmove (&ds->inst_hot[to], &ds->inst_hot[from], n * sizeof (TotuoInstHot));
  memmove (&ds->inst_cold[to], &ds->inst_cold[from], n * sizeof (TotuoInstCold));
}

guint32
totuo_dataset_find_region (TotuoDataset *ds,
                           const gchar  *code,
                           gsize         len)
{
  return totuo_strindex_lookup (&ds->region_index, code, len);
}

guint32
totuo_dataset_find_institution (TotuoDataset *ds,
                                const gchar  *id,
                                gsize         len)
{
  return totuo_strindex_lookup (&ds->inst_index, id, len);
}

/* Returns TOTUO_NO_INDEX, or the row already holding the same code. */
guint32
totuo_dataset_index_region (TotuoDataset *ds,
                            guint32       row)
{
  return totuo_strindex_insert (&ds->region_index, ds->regions[row].code, row);
}

guint32
totuo_dataset_index_region_hashed (TotuoDataset *ds,
                                   guint32       row,
                                   guint32       hash)
{
  const gchar *code = ds->regions[row].code;
  return totuo_strindex_insert_hashed (&ds->region_index, code, strlen (code), hash, row);
}

guint32
totuo_dataset_index_institution (TotuoDataset *ds,
                                 guint32       row)
{
  return totuo_strindex_insert (&ds->inst_index, ds->inst_cold[row].id, row);
}

guint32
totuo_dataset_index_institution_hashed (TotuoDataset *ds,
                                        guint32       row,
                                        guint32       hash)
{
  const gchar *id = ds->inst_cold[row].id;
  return totuo_strindex_insert_hashed (&ds->inst_index, id, strlen (id), hash, row);
}

guint
totuo_region_level_rank (TotuoRegionLevel level)
{
  /* Streets and townships stand at the same depth; the nation, last of
   * the values, above every other. */
  static const guint rank[TOTUO_N_REGION_LEVELS] = { 1, 2, 3, 4, 4, 5, 0 };
  return rank[level];
}

static gboolean
resolve_parents (TotuoDataset           *ds,
                 const TotuoDatasetMark *mark,
                 const gchar *const     *parent_codes,
                 guint32                *out_bad_row,
                 GError                **error)
{
  g_autoptr(GHashTable) names = NULL;    /* name -> row + 1, or G_MAXUINT32: shared */

  for (guint32 r = mark->n_regions; r < ds->n_regions; r++)
    {
      const gchar *pc = parent_codes[r - mark->n_regions];
      guint32 parent;

      if (pc == NULL)
        continue;
      parent = totuo_dataset_find_region (ds, pc, strlen (pc));
      if (parent == TOTUO_NO_INDEX)
        {
          /* A parent given by name (上级: 开州区): the names are indexed on
           * the first such parent, so a whole file of them stays linear. */
          gpointer found = NULL;
          if (names == NULL)
            {
              names = g_hash_table_new (g_str_hash, g_str_equal);
              for (guint32 k = 0; k < ds->n_regions; k++)
                {
                  const gchar *name = ds->regions[k].name;
                  if (*name == '\0')
                    continue;
                  g_hash_table_insert (names, (gpointer) name,
                                       g_hash_table_contains (names, name)
                                         ? GUINT_TO_POINTER (G_MAXUINT32)
                                         : GUINT_TO_POINTER (k + 1));
                }
            }
          found = g_hash_table_lookup (names, pc);
          *out_bad_row = r - mark->n_regions;
          if (found == GUINT_TO_POINTER (G_MAXUINT32))
            {
              g_autoptr(GError) which = NULL;
              totuo_dataset_resolve_region_row (ds, pc, strlen (pc), &which);
              g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_UNKNOWN_PARENT,
                           M_("region \"%s\": parent: %s"), TOTUO_SHOWN (ds->regions[r].code),
                           which != NULL ? which->message : "a name several regions share");
              return FALSE;
            }
          if (found == NULL)
            {
              g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_UNKNOWN_PARENT,
                           M_("region \"%s\": parent \"%s\" is not in the dataset"),
                           TOTUO_SHOWN (ds->regions[r].code), TOTUO_SHOWN (pc));
              return FALSE;
            }
          parent = GPOINTER_TO_UINT (found) - 1;
        }
      ds->regions[r].parent = parent;
    }
  return TRUE;
}

/* Old regions form a valid forest and cannot point at new ones, so a cycle
 * can only run through new regions: walk up from each, colouring the path. */
static gboolean
check_cycles (TotuoDataset           *ds,
              const TotuoDatasetMark *mark,
              guint32                *out_bad_row,
              GError                **error)
{
  guint32 first = mark->n_regions;
  guint32 n_new = ds->n_regions - first;
  g_autofree guint8 *colour = g_new0 (guint8, n_new);   /* 0 new, 1 on path, 2 done */

  for (guint32 start = 0; start < n_new; start++)
    {
      guint32 r = start;
      while (colour[r] == 0)
        {
          guint32 p = ds->regions[first + r].parent;
          colour[r] = 1;
          if (p == TOTUO_NO_INDEX || p < first)
            break;
          r = p - first;
          if (colour[r] == 1)
            {
              *out_bad_row = r;
              g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_CYCLE,
                           M_("region \"%s\": its parents form a cycle"),
                           ds->regions[first + r].code);
              return FALSE;
            }
        }
      for (r = start; colour[r] == 1; )
        {
          guint32 p = ds->regions[first + r].parent;
          colour[r] = 2;
          if (p == TOTUO_NO_INDEX || p < first)
            break;
          r = p - first;
        }
    }
  return TRUE;
}

static gboolean
check_levels (TotuoDataset           *ds,
              const TotuoDatasetMark *mark,
              guint32                *out_bad_row,
              GError                **error)
{
  for (guint32 r = mark->n_regions; r < ds->n_regions; r++)
    {
      const TotuoRegionRec *rec = &ds->regions[r];
      const TotuoRegionRec *parent;

      if (rec->parent == TOTUO_NO_INDEX)
        continue;
      parent = &ds->regions[rec->parent];
      if (totuo_region_level_rank (rec->level) <= totuo_region_level_rank (parent->level))
        {
          *out_bad_row = r - mark->n_regions;
          g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_LEVEL,
                       M_("region \"%s\" (%s) cannot be under \"%s\" (%s): "
                       "a level must be below its parent's"),
                       rec->code, totuo_region_level_to_string (rec->level),
                       parent->code, totuo_region_level_to_string (parent->level));
          return FALSE;
        }
    }
  return TRUE;
}

gboolean
totuo_dataset_link_regions (TotuoDataset           *ds,
                            const TotuoDatasetMark *mark,
                            const gchar *const     *parent_codes,
                            guint32                *out_bad_row,
                            GError                **error)
{
  return resolve_parents (ds, mark, parent_codes, out_bad_row, error) &&
         check_cycles (ds, mark, out_bad_row, error) &&
         check_levels (ds, mark, out_bad_row, error);
}

gboolean
totuo_inst_rec_check (const TotuoInstRec *rec,
                      GError            **error)
{
  if (rec->enrolled != TOTUO_UNKNOWN && rec->enrolled > rec->places)
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_INCONSISTENT,
                   M_("column 'enrolled': %d children enrolled exceed the %d places"),
                   rec->enrolled, rec->places);
      return FALSE;
    }
  if (rec->certified_staff != TOTUO_UNKNOWN && rec->staff != TOTUO_UNKNOWN &&
      rec->certified_staff > rec->staff)
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_INCONSISTENT,
                   M_("column 'certified_staff': %d certified staff exceed the %d staff"),
                   rec->certified_staff, rec->staff);
      return FALSE;
    }
  return totuo_check_location (rec->lat, rec->lon, error);
}

/* ---- adding and removing one record ------------------------------------- */

static gboolean
check_text (const gchar *str,
            const gchar *what,
            gboolean     required,
            GError     **error)
{
  if (required && (str == NULL || *str == '\0'))
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_MISSING_VALUE, M_("%s is empty"), what);
      return FALSE;
    }
  if (str != NULL && !g_utf8_validate (str, -1, NULL))
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_ENCODING,
                   M_("%s is not valid UTF-8"), what);
      return FALSE;
    }
  /* What enters a dataset must save to CSV and load back. */
  if (str != NULL && strlen (str) > TOTUO_MAX_FIELD_BYTES)
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_LIMIT,
                   "%s: %" G_GSIZE_FORMAT " bytes, more than the %d bytes (1 MiB) a field "
                   "may hold", what, strlen (str), TOTUO_MAX_FIELD_BYTES);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_region (const TotuoRegion *region,
              GError           **error)
{
  return check_text (region->code, "code", TRUE, error) &&
         check_text (region->name, "name", FALSE, error) &&
         check_text (region->parent_code, "parent", FALSE, error) &&
         totuo_check_count (region->population, TOTUO_MAX_REGION_COUNT, "population", error) &&
         totuo_check_count (region->under3, TOTUO_MAX_REGION_COUNT, "under3", error) &&
         totuo_check_count (region->kindergartens, TOTUO_MAX_REGION_COUNT,
                            "kindergartens", error) &&
         totuo_check_location (region->lat, region->lon, error);
}

gboolean
totuo_dataset_add_region (TotuoDataset      *dataset,
                          const TotuoRegion *region,
                          GError           **error)
{
  TotuoDatasetMark mark;
  TotuoRegionRec *rec;
  const gchar *parents[1];
  guint32 bad_row;

  g_return_val_if_fail (dataset != NULL, FALSE);
  g_return_val_if_fail (region != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_region (region, error))
    return FALSE;
  if (dataset->n_regions >= G_MAXINT32)
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_LIMIT, M_("too many regions"));
      return FALSE;
    }
  totuo_dataset_mark (dataset, &mark);
  rec = totuo_dataset_append_region (dataset);
  rec->code = totuo_dataset_intern (dataset, region->code, strlen (region->code));
  rec->name = totuo_dataset_intern (dataset, region->name, strlen (region->name));
  rec->level = (guint8) region->level;
  rec->population = region->population;
  rec->under3 = region->under3;
  rec->kindergartens = region->kindergartens;
  rec->lat = region->lat;
  rec->lon = region->lon;
  if (totuo_dataset_index_region (dataset, mark.n_regions) != TOTUO_NO_INDEX)
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_DUPLICATE_ID,
                   M_("region code \"%s\" is already in the dataset"), TOTUO_SHOWN (region->code));
      totuo_dataset_rollback (dataset, &mark);
      return FALSE;
    }
  parents[0] = region->parent_code;
  if (!totuo_dataset_link_regions (dataset, &mark, parents, &bad_row, error))
    {
      totuo_dataset_rollback (dataset, &mark);
      return FALSE;
    }
  totuo_dataset_commit (dataset);
  return TRUE;
}

static gboolean
check_institution (const TotuoInstitution *inst,
                   GError                **error)
{
  return check_text (inst->id, "id", TRUE, error) &&
         check_text (inst->name, "name", FALSE, error) &&
         check_text (inst->region_code, "region", TRUE, error) &&
         totuo_check_count (inst->places, TOTUO_MAX_INSTITUTION_COUNT, "places", error) &&
         totuo_check_count (inst->enrolled, TOTUO_MAX_INSTITUTION_COUNT, "enrolled", error) &&
         totuo_check_count (inst->staff, TOTUO_MAX_INSTITUTION_COUNT, "staff", error) &&
         totuo_check_count (inst->certified_staff, TOTUO_MAX_INSTITUTION_COUNT,
                            "certified_staff", error);
}

static void
fill_inst_rec (TotuoDataset           *ds,
               TotuoInstRec           *rec,
               const TotuoInstitution *inst)
{
  rec->id = totuo_dataset_intern (ds, inst->id, strlen (inst->id));
  rec->name = totuo_dataset_intern (ds, inst->name, strlen (inst->name));
  rec->kind = (guint8) inst->kind;
  rec->ownership = (guint8) inst->ownership;
  rec->status = (guint8) inst->status;
  rec->modes = (guint8) inst->modes;
  rec->inclusive = (guint8) inst->inclusive;
  rec->health_manager = (guint8) inst->health_manager;
  rec->places = (gint32) inst->places;
  rec->enrolled = (gint32) inst->enrolled;
  rec->staff = (gint32) inst->staff;
  rec->certified_staff = (gint32) inst->certified_staff;
  rec->monthly_fee = inst->monthly_fee;
  rec->lat = inst->lat;
  rec->lon = inst->lon;
}

gboolean
totuo_dataset_add_institution (TotuoDataset           *dataset,
                               const TotuoInstitution *inst,
                               GError                **error)
{
  TotuoDatasetMark mark;
  TotuoInstRec rec;
  guint32 region;

  g_return_val_if_fail (dataset != NULL, FALSE);
  g_return_val_if_fail (inst != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_institution (inst, error))
    return FALSE;
  if (inst->places == TOTUO_UNKNOWN)
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_MISSING_VALUE,
                   M_("institution \"%s\": places must be known"), TOTUO_SHOWN (inst->id));
      return FALSE;
    }
  region = totuo_dataset_find_region (dataset, inst->region_code, strlen (inst->region_code));
  if (region == TOTUO_NO_INDEX)
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_UNKNOWN_REGION,
                   M_("institution \"%s\": region \"%s\" is not in the dataset"),
                   TOTUO_SHOWN (inst->id), TOTUO_SHOWN (inst->region_code));
      return FALSE;
    }
  if (dataset->n_insts >= G_MAXINT32)
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_LIMIT, M_("too many institutions"));
      return FALSE;
    }
  totuo_dataset_mark (dataset, &mark);
  fill_inst_rec (dataset, &rec, inst);
  rec.region = region;
  if (!totuo_inst_rec_check (&rec, error))
    {
      g_prefix_error (error, M_("institution \"%s\": "), TOTUO_SHOWN (inst->id));
      totuo_dataset_rollback (dataset, &mark);
      return FALSE;
    }
  totuo_dataset_append_institution (dataset, &rec);
  if (totuo_dataset_index_institution (dataset, mark.n_insts) != TOTUO_NO_INDEX)
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_DUPLICATE_ID,
                   M_("institution id \"%s\" is already in the dataset"), TOTUO_SHOWN (inst->id));
      totuo_dataset_rollback (dataset, &mark);
      return FALSE;
    }
  totuo_dataset_commit (dataset);
  return TRUE;
}

static void
reindex_regions (TotuoDataset *ds)
{
  totuo_strindex_clear (&ds->region_index);
  totuo_strindex_reserve (&ds->region_index, ds->n_regions);
  for (guint32 r = 0; r < ds->n_regions; r++)
    totuo_dataset_index_region (ds, r);
}

static void
reindex_institutions (TotuoDataset *ds)
{
  totuo_strindex_clear (&ds->inst_index);
  totuo_strindex_reserve (&ds->inst_index, ds->n_insts);
  for (guint32 i = 0; i < ds->n_insts; i++)
    totuo_dataset_index_institution (ds, i);
}

gboolean
totuo_dataset_remove_institution (TotuoDataset *dataset,
                                  const gchar  *id,
                                  GError      **error)
{
  guint32 row;

  g_return_val_if_fail (dataset != NULL, FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  row = totuo_dataset_find_institution (dataset, id, strlen (id));
  if (row == TOTUO_NO_INDEX)
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_NOT_FOUND,
                   M_("no institution has the id \"%s\""), TOTUO_SHOWN (id));
      return FALSE;
    }
  totuo_dataset_move_institutions (dataset, row, row + 1, dataset->n_insts - row - 1);
  dataset->n_insts--;
  reindex_institutions (dataset);
  totuo_dataset_commit (dataset);
  return TRUE;
}

gboolean
totuo_dataset_remove_region (TotuoDataset *dataset,
                             const gchar  *code,
                             GError      **error)
{
  guint32 row;

  g_return_val_if_fail (dataset != NULL, FALSE);
  g_return_val_if_fail (code != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  row = totuo_dataset_find_region (dataset, code, strlen (code));
  if (row == TOTUO_NO_INDEX)
    {
      g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_NOT_FOUND,
                   M_("no region has the code \"%s\""), TOTUO_SHOWN (code));
      return FALSE;
    }
  for (guint32 r = 0; r < dataset->n_regions; r++)
    if (dataset->regions[r].parent == row)
      {
        g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_IN_USE,
                     M_("region \"%s\" still has child regions, such as \"%s\""),
                     code, dataset->regions[r].code);
        return FALSE;
      }
  for (guint32 i = 0; i < dataset->n_insts; i++)
    if (dataset->inst_hot[i].region == row)
      {
        g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_IN_USE,
                     M_("region \"%s\" still has institutions, such as \"%s\""),
                     code, dataset->inst_cold[i].id);
        return FALSE;
      }
  memmove (&dataset->regions[row], &dataset->regions[row + 1],
           (dataset->n_regions - row - 1) * sizeof (TotuoRegionRec));
  dataset->n_regions--;
  /* Rows after the removed one move down by one: so do references to them. */
  for (guint32 r = 0; r < dataset->n_regions; r++)
    if (dataset->regions[r].parent != TOTUO_NO_INDEX && dataset->regions[r].parent > row)
      dataset->regions[r].parent--;
  for (guint32 i = 0; i < dataset->n_insts; i++)
    if (dataset->inst_hot[i].region > row)
      dataset->inst_hot[i].region--;
  reindex_regions (dataset);
  dataset->regions_generation++;
  totuo_dataset_commit (dataset);
  return TRUE;
}

/* ---- reading records ----------------------------------------------------- */

static TotuoRegion *
region_from_rec (TotuoDataset *ds,
                 guint32       row)
{
  const TotuoRegionRec *rec = &ds->regions[row];
  TotuoRegion *region = totuo_region_new (rec->code, rec->name, rec->level);

  if (rec->parent != TOTUO_NO_INDEX)
    region->parent_code = g_strdup (ds->regions[rec->parent].code);
  region->population = rec->population;
  region->under3 = rec->under3;
  region->kindergartens = rec->kindergartens;
  region->lat = rec->lat;
  region->lon = rec->lon;
  return region;
}

static TotuoInstitution *
institution_from_rec (TotuoDataset *ds,
                      guint32       row)
{
  TotuoInstRec rec;
  TotuoInstitution *inst;

  totuo_dataset_get_institution_rec (ds, row, &rec);
  inst = totuo_institution_new (rec.id, rec.name, ds->regions[rec.region].code);
  inst->kind = rec.kind;
  inst->ownership = rec.ownership;
  inst->status = rec.status;
  inst->modes = rec.modes;
  inst->inclusive = rec.inclusive;
  inst->health_manager = rec.health_manager;
  inst->places = rec.places;
  inst->enrolled = rec.enrolled;
  inst->staff = rec.staff;
  inst->certified_staff = rec.certified_staff;
  inst->monthly_fee = rec.monthly_fee;
  inst->lat = rec.lat;
  inst->lon = rec.lon;
  return inst;
}

TotuoRegion *
totuo_dataset_lookup_region (TotuoDataset *dataset,
                             const gchar  *code)
{
  guint32 row;

  g_return_val_if_fail (dataset != NULL, NULL);
  g_return_val_if_fail (code != NULL, NULL);
  row = totuo_dataset_find_region (dataset, code, strlen (code));
  return row == TOTUO_NO_INDEX ? NULL : region_from_rec (dataset, row);
}

guint32
totuo_dataset_resolve_region_row (TotuoDataset *ds,
                                  const gchar  *text,
                                  gsize         len,
                                  GError      **error)
{
  return totuo_dataset_resolve_region_row_full (ds, text, len, NULL, error);
}

guint32
totuo_dataset_resolve_region_row_full (TotuoDataset *ds,
                                       const gchar  *text,
                                       gsize         len,
                                       gboolean     *out_shared,
                                       GError      **error)
{
  guint32 row = totuo_dataset_find_region (ds, text, len), n_found = 0;
  g_autoptr(GString) candidates = NULL;

  if (out_shared != NULL)
    *out_shared = FALSE;
  if (row != TOTUO_NO_INDEX)
    return row;
  for (guint32 r = 0; r < ds->n_regions; r++)
    {
      const TotuoRegionRec *rec = &ds->regions[r];
      if (strlen (rec->name) != len || memcmp (rec->name, text, len) != 0)
        continue;
      if (n_found++ == 0)
        {
          row = r;
          candidates = g_string_new (NULL);
        }
      if (n_found <= 5)
        g_string_append_printf (candidates, "%s%s (%s)", n_found > 1 ? ", " : "", rec->code,
                                rec->parent != TOTUO_NO_INDEX
                                  ? ds->regions[rec->parent].name : "a root");
    }
  if (n_found == 1)
    return row;
  if (out_shared != NULL)
    *out_shared = n_found > 1;
  if (n_found == 0)
    g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_UNKNOWN_REGION,
                 M_("no region has the code or name \"%.*s\""), (gint) MIN (len, 40), text);
  else
    g_set_error (error, TOTUO_ERROR, TOTUO_ERROR_UNKNOWN_REGION,
                 M_("%u regions are named \"%.*s\": %s%s; write the code instead"), n_found,
                 (gint) MIN (len, 40), text, candidates->str, n_found > 5 ? ", ..." : "");
  return TOTUO_NO_INDEX;
}

gchar *
totuo_dataset_resolve_region (TotuoDataset *dataset,
                              const gchar  *code_or_name,
                              GError      **error)
{
  guint32 row;

  g_return_val_if_fail (dataset != NULL, NULL);
  g_return_val_if_fail (code_or_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  row = totuo_dataset_resolve_region_row (dataset, code_or_name, strlen (code_or_name), error);
  return row == TOTUO_NO_INDEX ? NULL : g_strdup (dataset->regions[row].code);
}

TotuoInstitution *
totuo_dataset_lookup_institution (TotuoDataset *dataset,
                                  const gchar  *id)
{
  guint32 row;

  g_return_val_if_fail (dataset != NULL, NULL);
  g_return_val_if_fail (id != NULL, NULL);
  row = totuo_dataset_find_institution (dataset, id, strlen (id));
  return row == TOTUO_NO_INDEX ? NULL : institution_from_rec (dataset, row);
}

TotuoRegion *
totuo_dataset_get_region (TotuoDataset *dataset,
                          gsize         index)
{
  g_return_val_if_fail (dataset != NULL, NULL);
  g_return_val_if_fail (index < dataset->n_regions, NULL);
  return region_from_rec (dataset, (guint32) index);
}

TotuoInstitution *
totuo_dataset_get_institution (TotuoDataset *dataset,
                               gsize         index)
{
  g_return_val_if_fail (dataset != NULL, NULL);
  g_return_val_if_fail (index < dataset->n_insts, NULL);
  return institution_from_rec (dataset, (guint32) index);
}

/* ---- the tree -------------------------------------------------------------- */

static void
build_children (TotuoDataset  *ds,
                TotuoTopology *t)
{
  guint32 n = ds->n_regions;
  g_autofree guint32 *fill = g_new0 (guint32, n + 1);

  /* A counting sort by parent keeps children in the order they were added. */
  t->child_start = g_new0 (guint32, n + 1);
  t->child_list = g_new (guint32, MAX (n, 1));
  t->roots = g_new (guint32, MAX (n, 1));
  for (guint32 r = 0; r < n; r++)
    if (ds->regions[r].parent != TOTUO_NO_INDEX)
      t->child_start[ds->regions[r].parent + 1]++;
    else
      t->roots[t->n_roots++] = r;
  for (guint32 r = 0; r < n; r++)
    t->child_start[r + 1] += t->child_start[r];
  memcpy (fill, t->child_start, (n + 1) * sizeof (guint32));
  for (guint32 r = 0; r < n; r++)
    if (ds->regions[r].parent != TOTUO_NO_INDEX)
      t->child_list[fill[ds->regions[r].parent]++] = r;
}

static void
build_preorder (TotuoDataset  *ds,
                TotuoTopology *t)
{
  guint32 n = ds->n_regions;
  g_autofree guint32 *stack = g_new (guint32, MAX (n, 1));
  guint32 pos = 0;

  t->preorder = g_new (guint32, MAX (n, 1));
  t->pre_pos = g_new (guint32, MAX (n, 1));
  t->subtree_end = g_new (guint32, MAX (n, 1));
  /* Depth-first with an explicit stack: a deep tree cannot overflow the
   * C stack. Children are pushed in reverse so they come out in order. */
  for (guint32 k = 0; k < t->n_roots; k++)
    {
      guint32 top = 0;
      stack[top++] = t->roots[k];
      while (top > 0)
        {
          guint32 r = stack[--top];
          t->pre_pos[r] = pos;
          t->preorder[pos++] = r;
          for (guint32 c = t->child_start[r + 1]; c-- > t->child_start[r]; )
            stack[top++] = t->child_list[c];
        }
    }
  /* A subtree ends where the next region that is not beneath it starts:
   * computed from the leaves up, in reverse preorder. */
  for (guint32 p = n; p-- > 0; )
    {
      guint32 r = t->preorder[p];
      guint32 end = p + 1;
      guint32 nc = t->child_start[r + 1] - t->child_start[r];
      if (nc > 0)
        end = t->subtree_end[t->child_list[t->child_start[r + 1] - 1]];
      t->subtree_end[r] = end;
    }
}

/* Built by a load of regions, or on first use after a change to the
 * regions: a load of institutions leaves it standing. Readers may share a
 * dataset across threads, so the build is serialised; once built it is
 * only read until the next change, which needs exclusive access anyway. */
const TotuoTopology *
totuo_dataset_get_topology (TotuoDataset *ds)
{
  g_mutex_lock (&ds->topology_lock);
  if (!ds->has_topology || ds->topology_generation != ds->regions_generation)
    {
      topology_clear (&ds->topology);
      build_children (ds, &ds->topology);
      build_preorder (ds, &ds->topology);
      ds->has_topology = TRUE;
      ds->topology_generation = ds->regions_generation;
    }
  g_mutex_unlock (&ds->topology_lock);
  return &ds->topology;
}

static gchar **
codes_to_strv (TotuoDataset  *ds,
               const guint32 *rows,
               gsize          n,
               gsize         *out_n)
{
  gchar **strv = g_new (gchar *, n + 1);

  for (gsize i = 0; i < n; i++)
    strv[i] = g_strdup (ds->regions[rows[i]].code);
  strv[n] = NULL;
  if (out_n != NULL)
    *out_n = n;
  return strv;
}

gchar **
totuo_dataset_get_children (TotuoDataset *dataset,
                            const gchar  *code,
                            gsize        *out_n)
{
  const TotuoTopology *t;
  guint32 row;

  g_return_val_if_fail (dataset != NULL, NULL);
  t = totuo_dataset_get_topology (dataset);
  if (code == NULL)
    return codes_to_strv (dataset, t->roots, t->n_roots, out_n);
  row = totuo_dataset_find_region (dataset, code, strlen (code));
  if (row == TOTUO_NO_INDEX)
    return NULL;
  return codes_to_strv (dataset, t->child_list + t->child_start[row],
                        t->child_start[row + 1] - t->child_start[row], out_n);
}

gchar **
totuo_dataset_get_subtree (TotuoDataset *dataset,
                           const gchar  *code,
                           gsize        *out_n)
{
  const TotuoTopology *t;
  guint32 row;

  g_return_val_if_fail (dataset != NULL, NULL);
  g_return_val_if_fail (code != NULL, NULL);
  row = totuo_dataset_find_region (dataset, code, strlen (code));
  if (row == TOTUO_NO_INDEX)
    return NULL;
  t = totuo_dataset_get_topology (dataset);
  return codes_to_strv (dataset, t->preorder + t->pre_pos[row],
                        t->subtree_end[row] - t->pre_pos[row], out_n);
}

gchar **
totuo_dataset_get_institutions_in (TotuoDataset *dataset,
                                   const gchar  *code,
                                   gsize        *out_n)
{
  const TotuoTopology *t;
  GPtrArray *ids;
  guint32 row, lo, hi;

  g_return_val_if_fail (dataset != NULL, NULL);
  g_return_val_if_fail (code != NULL, NULL);
  row = totuo_dataset_find_region (dataset, code, strlen (code));
  if (row == TOTUO_NO_INDEX)
    return NULL;
  t = totuo_dataset_get_topology (dataset);
  lo = t->pre_pos[row];
  hi = t->subtree_end[row];
  ids = g_ptr_array_new ();
  for (guint32 i = 0; i < dataset->n_insts; i++)
    {
      guint32 p = t->pre_pos[dataset->inst_hot[i].region];
      if (p >= lo && p < hi)
        g_ptr_array_add (ids, g_strdup (dataset->inst_cold[i].id));
    }
  if (out_n != NULL)
    *out_n = ids->len;
  g_ptr_array_add (ids, NULL);
  return (gchar **) g_ptr_array_free (ids, FALSE);
}

/* ---- comparing --------------------------------------------------------- */

static gboolean
same_double (gdouble a,
             gdouble b)
{
  return (isnan (a) && isnan (b)) || a == b;
}

static gboolean
same_region (TotuoDataset         *a,
             const TotuoRegionRec *x,
             TotuoDataset         *b,
             const TotuoRegionRec *y)
{
  const gchar *px = x->parent == TOTUO_NO_INDEX ? NULL : a->regions[x->parent].code;
  const gchar *py = y->parent == TOTUO_NO_INDEX ? NULL : b->regions[y->parent].code;

  return strcmp (x->code, y->code) == 0 && strcmp (x->name, y->name) == 0 &&
         g_strcmp0 (px, py) == 0 && x->level == y->level &&
         x->population == y->population && x->under3 == y->under3 &&
         x->kindergartens == y->kindergartens &&
         same_double (x->lat, y->lat) && same_double (x->lon, y->lon);
}

static gboolean
same_institution (TotuoDataset       *a,
                  const TotuoInstRec *x,
                  TotuoDataset       *b,
                  const TotuoInstRec *y)
{
  return strcmp (x->id, y->id) == 0 && strcmp (x->name, y->name) == 0 &&
         strcmp (a->regions[x->region].code, b->regions[y->region].code) == 0 &&
         x->kind == y->kind && x->ownership == y->ownership &&
         x->status == y->status && x->modes == y->modes &&
         x->inclusive == y->inclusive && x->health_manager == y->health_manager &&
         x->places == y->places && x->enrolled == y->enrolled &&
         x->staff == y->staff && x->certified_staff == y->certified_staff &&
         same_double (x->monthly_fee, y->monthly_fee) &&
         same_double (x->lat, y->lat) && same_double (x->lon, y->lon);
}

gboolean
totuo_dataset_equal (TotuoDataset *a,
                     TotuoDataset *b)
{
  g_return_val_if_fail (a != NULL, FALSE);
  g_return_val_if_fail (b != NULL, FALSE);

  if (a->n_regions != b->n_regions || a->n_insts != b->n_insts)
    return FALSE;
  for (guint32 r = 0; r < a->n_regions; r++)
    if (!same_region (a, &a->regions[r], b, &b->regions[r]))
      return FALSE;
  for (guint32 i = 0; i < a->n_insts; i++)
    {
      TotuoInstRec x, y;

      totuo_dataset_get_institution_rec (a, i, &x);
      totuo_dataset_get_institution_rec (b, i, &y);
      if (!same_institution (a, &x, b, &y))
        return FALSE;
    }
  return TRUE;
}
