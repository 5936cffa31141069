/* The dataset's storage, shared with the readers, writers and the
 * indicator engine (floor 3 of the house), which use it directly so that
 * a million rows never go through a million public records. */
#pragma once

#include <totuo/dataset.h>

#include "arena.h"
#include "strindex.h"

/* One region: strings point into the dataset's arena, the parent is a row
 * number. Unknown counts are TOTUO_UNKNOWN, an unknown location NAN. */
typedef struct {
  const gchar *code;
  const gchar *name;
  guint32 parent;           /* TOTUO_NO_INDEX for a root */
  guint8 level;             /* TotuoRegionLevel */
  gint64 population;
  gint64 under3;
  gint64 kindergartens;
  gdouble lat, lon;
} TotuoRegionRec;

/* One institution, as the readers fill it and the writers read it, 72
 * bytes. Counts fit 32 bits (checked on the way in); sums over
 * institutions are made in 64 bits. */
typedef struct {
  const gchar *id;
  const gchar *name;
  guint32 region;
  gint32 places;
  gint32 enrolled;          /* TOTUO_UNKNOWN when not known */
  gint32 staff;
  gint32 certified_staff;
  gdouble monthly_fee;      /* negative when not known */
  gdouble lat, lon;
  guint8 kind, ownership, status, modes;
  guint8 inclusive, health_manager;
} TotuoInstRec;

/* The dataset keeps an institution in two parts, row for row: what the
 * roll-up reads (28 bytes) and the rest. The roll-up of a million rows
 * then reads 28 MB instead of 72 (docs/performance.md). */
typedef struct {
  guint32 region;
  gint32 places;
  gint32 enrolled;
  gint32 staff;
  gint32 certified_staff;
  guint8 kind, ownership, status, modes;
  guint8 inclusive, health_manager;
} TotuoInstHot;

typedef struct {
  const gchar *id;
  const gchar *name;
  gdouble monthly_fee;
  gdouble lat, lon;
} TotuoInstCold;

/* Stores a record as the two parts of its row. A loader that fills rows
 * ahead of n_insts, from a thread of its own, stores through it into the
 * arrays it was given (lib/csv.c); others append. Inline: it runs for
 * every row. */
static inline void
totuo_inst_rec_store (const TotuoInstRec *rec,
                      TotuoInstHot       *hot,
                      TotuoInstCold      *cold)
{
  hot->region = rec->region;
  hot->places = rec->places;
  hot->enrolled = rec->enrolled;
  hot->staff = rec->staff;
  hot->certified_staff = rec->certified_staff;
  hot->kind = rec->kind;
  hot->ownership = rec->ownership;
  hot->status = rec->status;
  hot->modes = rec->modes;
  hot->inclusive = rec->inclusive;
  hot->health_manager = rec->health_manager;
  cold->id = rec->id;
  cold->name = rec->name;
  cold->monthly_fee = rec->monthly_fee;
  cold->lat = rec->lat;
  cold->lon = rec->lon;
}

/* The tree, derived from the parents and rebuilt after changes. */
typedef struct {
  guint32 *child_start;     /* children of r: child_list[child_start[r] .. child_start[r+1]) */
  guint32 *child_list;
  guint32 n_roots;
  guint32 *roots;
  guint32 *preorder;        /* regions, parents before children */
  guint32 *pre_pos;         /* position of each region in preorder */
  guint32 *subtree_end;     /* the subtree of r is preorder[pre_pos[r] .. subtree_end[r]) */
} TotuoTopology;

struct _TotuoDataset {
  gatomicrefcount ref;
  TotuoArena arena;
  TotuoRegionRec *regions;
  guint32 n_regions;
  gsize regions_capacity;
  TotuoInstHot *inst_hot;   /* row i of an institution is inst_hot[i] and inst_cold[i] */
  TotuoInstCold *inst_cold;
  guint32 n_insts;
  gsize insts_capacity;
  TotuoStrIndex region_index;
  TotuoStrIndex inst_index;
  guint64 generation;       /* bumped by every change */
  guint64 regions_generation;  /* bumped by every change to the regions */
  GMutex topology_lock;     /* readers in several threads may build it */
  guint64 topology_generation; /* the regions_generation it was built at */
  gboolean has_topology;
  TotuoTopology topology;
  GPtrArray *warnings;      /* of gchar *: what the loads found doubtful */
  gchar *input_encoding;    /* what the CSV loaders read, or NULL to detect */
  gchar *input_sheet;       /* the sheet of a workbook to read, or NULL for the first */
  /* An office's mapping file (lib/schema.c), or NULL: the readers' type,
   * freed with the function they leave beside it. */
  struct _TotuoMapping *mapping;
  GDestroyNotify free_mapping;
};

/* Where a dataset stood before a load: what rollback returns it to. */
typedef struct {
  guint32 n_regions;
  guint32 n_insts;
  TotuoArenaMark arena;
} TotuoDatasetMark;

G_GNUC_INTERNAL void totuo_dataset_mark     (TotuoDataset *ds, TotuoDatasetMark *mark);
G_GNUC_INTERNAL void totuo_dataset_rollback (TotuoDataset *ds, const TotuoDatasetMark *mark);
G_GNUC_INTERNAL void totuo_dataset_commit   (TotuoDataset *ds);
/* Commits a load from a file: as totuo_dataset_commit(), and builds the
 * tree unless it stands (a load of institutions leaves it standing). */
G_GNUC_INTERNAL void totuo_dataset_commit_load (TotuoDataset *ds);
/* The row of the region a code, or else a unique name, names; with the
 * candidates in the error when several regions share the name. */
G_GNUC_INTERNAL guint32 totuo_dataset_resolve_region_row (TotuoDataset *ds, const gchar *text,
                                                          gsize len, GError **error);
/* As totuo_dataset_resolve_region_row(); @out_shared (optional) is set when
 * several regions share the name (the error then lists them). */
G_GNUC_INTERNAL guint32 totuo_dataset_resolve_region_row_full (TotuoDataset *ds, const gchar *text,
                                                               gsize len, gboolean *out_shared,
                                                               GError **error);
/* Keeps a located warning of a load (takes @message). */
G_GNUC_INTERNAL void totuo_dataset_add_warning (TotuoDataset *ds, gchar *message);
G_GNUC_INTERNAL void totuo_dataset_reserve  (TotuoDataset *ds, gsize more_regions,
                                             gsize more_insts);
/* Room for more institutions in the arrays alone, not yet in the index:
 * a loader on two threads makes room for the ids while one parses. */
G_GNUC_INTERNAL void totuo_dataset_reserve_rows (TotuoDataset *ds, gsize more_insts);
G_GNUC_INTERNAL const gchar *totuo_dataset_intern (TotuoDataset *ds, const gchar *str,
                                                   gsize len);
/* Appends a blank region, and counts a change to the regions. */
G_GNUC_INTERNAL TotuoRegionRec *totuo_dataset_append_region (TotuoDataset *ds);
/* Stores rec as row n_insts (the array grows) and counts it in. */
G_GNUC_INTERNAL guint32 totuo_dataset_append_institution (TotuoDataset *ds,
                                                          const TotuoInstRec *rec);
G_GNUC_INTERNAL void totuo_dataset_get_institution_rec (const TotuoDataset *ds, gsize row,
                                                        TotuoInstRec *rec);
/* Moves n rows, both parts, from row from to row to (they may overlap). */
G_GNUC_INTERNAL void totuo_dataset_move_institutions (TotuoDataset *ds, gsize to,
                                                      gsize from, gsize n);
/* The defaults of a new institution: unknown counts, fee and location. */
G_GNUC_INTERNAL void totuo_inst_rec_init (TotuoInstRec *rec);
G_GNUC_INTERNAL guint32 totuo_dataset_find_region (TotuoDataset *ds, const gchar *code,
                                                   gsize len);
G_GNUC_INTERNAL guint32 totuo_dataset_find_institution (TotuoDataset *ds, const gchar *id,
                                                        gsize len);
G_GNUC_INTERNAL guint32 totuo_dataset_index_region (TotuoDataset *ds, guint32 row);
G_GNUC_INTERNAL guint32 totuo_dataset_index_region_hashed (TotuoDataset *ds, guint32 row,
                                                           guint32 hash);
G_GNUC_INTERNAL guint32 totuo_dataset_index_institution (TotuoDataset *ds, guint32 row);
G_GNUC_INTERNAL guint32 totuo_dataset_index_institution_hashed (TotuoDataset *ds, guint32 row,
                                                                guint32 hash);
G_GNUC_INTERNAL gboolean totuo_dataset_link_regions (TotuoDataset *ds,
                                                     const TotuoDatasetMark *mark,
                                                     const gchar *const *parent_codes,
                                                     guint32 *out_bad_row,
                                                     GError **error);
G_GNUC_INTERNAL gboolean totuo_inst_rec_check (const TotuoInstRec *rec, GError **error);
G_GNUC_INTERNAL const TotuoTopology *totuo_dataset_get_topology (TotuoDataset *ds);
G_GNUC_INTERNAL guint totuo_region_level_rank (TotuoRegionLevel level);
