/* libtotuo - an append-only string arena. */
#include "config.h"

#include <string.h>

#include "arena.h"

#define ARENA_BLOCK_SIZE (256 * 1024)

struct _TotuoArenaBlock {
  TotuoArenaBlock *next;
  gsize size;
  gsize used;
  gchar data[];
};

void
totuo_arena_init (TotuoArena *arena)
{
  arena->head = NULL;
}

static void
free_blocks_until (TotuoArenaBlock *block,
                   TotuoArenaBlock *stop)
{
  while (block != NULL && block != stop)
    {
      TotuoArenaBlock *next = block->next;
      g_free (block);
      block = next;
    }
}

void
totuo_arena_clear (TotuoArena *arena)
{
  free_blocks_until (arena->head, NULL);
  arena->head = NULL;
}

const gchar *
totuo_arena_strndup (TotuoArena  *arena,
                     const gchar *str,
                     gsize        len)
{
  TotuoArenaBlock *block = arena->head;
  gchar *copy;

  if (block == NULL || block->size - block->used < len + 1)
    {
      /* A string longer than a block gets a block of its own. */
      gsize size = MAX (ARENA_BLOCK_SIZE, len + 1);
      block = g_malloc (sizeof (TotuoArenaBlock) + size);
      block->size = size;
      block->used = 0;
      block->next = arena->head;
      arena->head = block;
    }
  copy = block->data + block->used;
  memcpy (copy, str, len);
  copy[len] = '\0';
  block->used += len + 1;
  return copy;
}

void
totuo_arena_splice (TotuoArena *arena,
                    TotuoArena *from)
{
  TotuoArenaBlock *oldest = from->head;

  if (oldest == NULL)
    return;
  while (oldest->next != NULL)
    oldest = oldest->next;
  oldest->next = arena->head;
  arena->head = from->head;
  from->head = NULL;
}

void
totuo_arena_mark (TotuoArena     *arena,
                  TotuoArenaMark *mark)
{
  mark->head = arena->head;
  mark->used = arena->head != NULL ? arena->head->used : 0;
}

void
totuo_arena_rollback (TotuoArena           *arena,
                      const TotuoArenaMark *mark)
{
  free_blocks_until (arena->head, mark->head);
  arena->head = mark->head;
  if (arena->head != NULL)
    arena->head->used = mark->used;
}
