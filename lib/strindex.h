/* An open-addressing hash index from NUL-terminated strings (owned by
 * someone else, usually an arena) to 32-bit row numbers.
 *
 * One flat array, sized once for the expected rows: no allocation per
 * insert, which is what makes loading a million rows cheap. */
#pragma once

#include <glib.h>

#define TOTUO_NO_INDEX G_MAXUINT32

typedef struct {
  const gchar *key;
  guint32 hash;
  guint32 value;
} TotuoStrIndexSlot;

typedef struct {
  TotuoStrIndexSlot *slots;
  gsize capacity;   /* a power of two, or 0 */
  gsize n_items;
} TotuoStrIndex;

G_GNUC_INTERNAL void    totuo_strindex_init    (TotuoStrIndex *index);
G_GNUC_INTERNAL void    totuo_strindex_clear   (TotuoStrIndex *index);
G_GNUC_INTERNAL void    totuo_strindex_reserve (TotuoStrIndex *index,
                                                gsize          n_items);
G_GNUC_INTERNAL guint32 totuo_strindex_lookup  (const TotuoStrIndex *index,
                                                const gchar         *key,
                                                gsize                len);
G_GNUC_INTERNAL guint32 totuo_strindex_insert  (TotuoStrIndex *index,
                                                const gchar   *key,
                                                guint32        value);
/* For loaders: hash a key early and prefetch its slot (see
 * totuo_strindex_prefetch() below), do other work while memory answers,
 * then look up or insert with the hash already made. */
G_GNUC_INTERNAL guint32 totuo_strindex_hash     (const gchar *key,
                                                 gsize        len);
G_GNUC_INTERNAL guint32 totuo_strindex_lookup_hashed (const TotuoStrIndex *index,
                                                      const gchar         *key,
                                                      gsize                len,
                                                      guint32              hash);
G_GNUC_INTERNAL guint32 totuo_strindex_insert_hashed (TotuoStrIndex *index,
                                                      const gchar   *key,
                                                      gsize          len,
                                                      guint32        hash,
                                                      guint32        value);
G_GNUC_INTERNAL void    totuo_strindex_remove_from (TotuoStrIndex *index,
                                                    guint32        first_value);

/* For two threads filling one index at once, each in its own part of
 * the slots (see load_institutions_on_two_threads() in lib/csv.c). */
typedef enum {
  TOTUO_STRINDEX_ADDED,
  TOTUO_STRINDEX_EXISTS,      /* the key was there already */
  TOTUO_STRINDEX_NO_ROOM      /* its probe reached the end of the part */
} TotuoStrIndexPut;

/* The slot a hashed key's probe starts at: which part it belongs to. */
static inline gsize
totuo_strindex_home (const TotuoStrIndex *index,
                     guint32              hash)
{
  return hash & (index->capacity - 1);
}

/* Puts a NUL-terminated key whose home slot is below part_end in a slot
 * below part_end, reading and writing no slot past it. Never grows the
 * index (reserve room first) and does not count the key: the caller adds
 * up what it put with totuo_strindex_add_count() once every thread is
 * done. A key that found no room goes in with insert_hashed() after. */
G_GNUC_INTERNAL TotuoStrIndexPut totuo_strindex_put_in_part (TotuoStrIndex *index,
                                                             const gchar   *key,
                                                             guint32        hash,
                                                             guint32        value,
                                                             gsize          part_end);
G_GNUC_INTERNAL void    totuo_strindex_add_count (TotuoStrIndex *index,
                                                  gsize          n_added);

/* Asks for the slot of a hashed key. Inline, as a loader calls it for
 * every row. */
static inline void
totuo_strindex_prefetch (const TotuoStrIndex *index,
                         guint32              hash)
{
  if (index->capacity > 0)
    __builtin_prefetch (&index->slots[totuo_strindex_home (index, hash)]);
}

/* The second step, once the slot has had time to come: asks for the key
 * it points to, which a look-up compares. Most keys of a big index are
 * not in the cache either. */
static inline void
totuo_strindex_prefetch_key (const TotuoStrIndex *index,
                             guint32              hash)
{
  const gchar *key;

  if (index->capacity == 0)
    return;
  key = index->slots[totuo_strindex_home (index, hash)].key;
  if (key != NULL)
    __builtin_prefetch (key);
}
