/* libtotuo - an open-addressing string index with linear probing.
 *
 * The slots of a big index live on huge pages (bigmem.c): a million ids
 * make a 32 MB array probed at random, where 4 KiB pages would cost a TLB
 * miss on nearly every probe. */
#include "config.h"

#include <string.h>

#include "bigmem.h"
#include "strindex.h"

guint32
totuo_strindex_hash (const gchar *key,
                     gsize        len)
{
  /* FNV-1a: short keys (codes, ids) hash in a few cycles a byte. */
  guint32 h = 2166136261u;
  for (gsize i = 0; i < len; i++)
    h = (h ^ (guchar) key[i]) * 16777619u;
  return h;
}

void
totuo_strindex_init (TotuoStrIndex *index)
{
  index->slots = NULL;
  index->capacity = 0;
  index->n_items = 0;
}

void
totuo_strindex_clear (TotuoStrIndex *index)
{
  totuo_big_free (index->slots);
  totuo_strindex_init (index);
}

static void
put_slot (TotuoStrIndexSlot       *slots,
          gsize                    capacity,
          const TotuoStrIndexSlot *slot)
{
  gsize mask = capacity - 1;
  gsize i = slot->hash & mask;
  while (slots[i].key != NULL)
    i = (i + 1) & mask;
  slots[i] = *slot;
}

static void
resize (TotuoStrIndex *index,
        gsize          capacity)
{
  TotuoStrIndexSlot *old = index->slots;
  gsize old_capacity = index->capacity;

  index->slots = totuo_big_alloc0 (capacity, sizeof (TotuoStrIndexSlot));
  index->capacity = capacity;
  for (gsize i = 0; i < old_capacity; i++)
    if (old[i].key != NULL)
      put_slot (index->slots, capacity, &old[i]);
  totuo_big_free (old);
}

void
totuo_strindex_reserve (TotuoStrIndex *index,
                        gsize          n_items)
{
  gsize capacity = 16;
  /* Keep the load factor at or under one half. */
  while (capacity < 2 * n_items)
    capacity *= 2;
  if (capacity > index->capacity)
    resize (index, capacity);
}

/* Whether a stored key is key[0 .. len). Reads no byte past either end,
 * and so no cache line past the stored key's (strncmp() reads ahead a
 * vector at a time, and a look-up would wait for a line it does not
 * need: the line after a key that ends near its own). */
static inline gboolean
key_equals (const gchar *stored,
            const gchar *key,
            gsize        len)
{
  for (gsize i = 0; i < len; i++)
    if (stored[i] != key[i] || stored[i] == '\0')
      return FALSE;
  return stored[len] == '\0';
}

guint32
totuo_strindex_lookup_hashed (const TotuoStrIndex *index,
                              const gchar         *key,
                              gsize                len,
                              guint32              h)
{
  gsize mask, i;

  if (index->capacity == 0)
    return TOTUO_NO_INDEX;
  mask = index->capacity - 1;
  for (i = h & mask; index->slots[i].key != NULL; i = (i + 1) & mask)
    {
      const TotuoStrIndexSlot *s = &index->slots[i];
      if (s->hash == h && key_equals (s->key, key, len))
        return s->value;
    }
  return TOTUO_NO_INDEX;
}

guint32
totuo_strindex_lookup (const TotuoStrIndex *index,
                       const gchar         *key,
                       gsize                len)
{
  return totuo_strindex_lookup_hashed (index, key, len, totuo_strindex_hash (key, len));
}

/* Returns TOTUO_NO_INDEX once inserted, or the value already under the key. */
guint32
totuo_strindex_insert_hashed (TotuoStrIndex *index,
                              const gchar   *key,
                              gsize          len,
                              guint32        hash,
                              guint32        value)
{
  guint32 existing = totuo_strindex_lookup_hashed (index, key, len, hash);
  TotuoStrIndexSlot slot;

  if (existing != TOTUO_NO_INDEX)
    return existing;
  totuo_strindex_reserve (index, index->n_items + 1);
  slot.key = key;
  slot.hash = hash;
  slot.value = value;
  put_slot (index->slots, index->capacity, &slot);
  index->n_items++;
  return TOTUO_NO_INDEX;
}

guint32
totuo_strindex_insert (TotuoStrIndex *index,
                       const gchar   *key,
                       guint32        value)
{
  gsize len = strlen (key);
  return totuo_strindex_insert_hashed (index, key, len, totuo_strindex_hash (key, len), value);
}

TotuoStrIndexPut
totuo_strindex_put_in_part (TotuoStrIndex *index,
                            const gchar   *key,
                            guint32        hash,
                            guint32        value,
                            gsize          part_end)
{
  TotuoStrIndexSlot *slots = index->slots;
  gsize i;

  for (i = totuo_strindex_home (index, hash); i < part_end && slots[i].key != NULL; i++)
    if (slots[i].hash == hash && strcmp (slots[i].key, key) == 0)
      return TOTUO_STRINDEX_EXISTS;
  if (i == part_end)
    return TOTUO_STRINDEX_NO_ROOM;
  slots[i].key = key;
  slots[i].hash = hash;
  slots[i].value = value;
  return TOTUO_STRINDEX_ADDED;
}

void
totuo_strindex_add_count (TotuoStrIndex *index,
                          gsize          n_added)
{
  index->n_items += n_added;
}

/* Drops every entry whose value is >= first_value: what a failed load
 * added. Linear probing cannot just blank slots, so survivors are put
 * back into a fresh array. */
void
totuo_strindex_remove_from (TotuoStrIndex *index,
                            guint32        first_value)
{
  TotuoStrIndexSlot *old = index->slots;
  gsize capacity = index->capacity;

  if (capacity == 0)
    return;
  index->slots = totuo_big_alloc0 (capacity, sizeof (TotuoStrIndexSlot));
  index->n_items = 0;
  for (gsize i = 0; i < capacity; i++)
    if (old[i].key != NULL && old[i].value < first_value)
      {
        put_slot (index->slots, capacity, &old[i]);
        index->n_items++;
      }
  totuo_big_free (old);
}
