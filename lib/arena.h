/* An append-only string arena with marks, so a failed load can be undone.
 *
 * Strings copied into the arena live until the arena is cleared: records in
 * a dataset point into it instead of owning one allocation each. */
#pragma once

#include <glib.h>

typedef struct _TotuoArenaBlock TotuoArenaBlock;

typedef struct {
  TotuoArenaBlock *head;   /* newest block first */
} TotuoArena;

typedef struct {
  TotuoArenaBlock *head;
  gsize used;
} TotuoArenaMark;

G_GNUC_INTERNAL void         totuo_arena_init     (TotuoArena *arena);
G_GNUC_INTERNAL void         totuo_arena_clear    (TotuoArena *arena);
G_GNUC_INTERNAL const gchar *totuo_arena_strndup  (TotuoArena  *arena,
                                                   const gchar *str,
                                                   gsize        len);
G_GNUC_INTERNAL void         totuo_arena_mark     (TotuoArena     *arena,
                                                   TotuoArenaMark *mark);
/* Moves every block of @from into @arena, newest first, and empties @from:
 * a loader thread's strings join the dataset's, and a rollback to a mark
 * taken before frees them too. */
G_GNUC_INTERNAL void         totuo_arena_splice   (TotuoArena *arena,
                                                   TotuoArena *from);
G_GNUC_INTERNAL void         totuo_arena_rollback (TotuoArena           *arena,
                                                   const TotuoArenaMark *mark);
