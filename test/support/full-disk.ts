import type { Dexie } from 'dexie';

/** The error IndexedDB gives when the origin's quota or the disk is full. */
export const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

export interface FullDisk {
  /** Lets `writes` more writes through (to `tables`, default every table), then fails every write to them. */
  fillAfter(writes: number, tables?: string[]): void;
  /** Space freed: every write goes through again. */
  free(): void;
  /** Writes refused so far. */
  readonly refused: number;
}

/**
 * A disk that fills up part way, for a Dexie database not yet opened: a DBCore middleware that fails a write
 * (put, add, delete: one per bulk call, as IndexedDB requests go out) with QuotaExceededError once the given
 * number of writes has gone through. The transaction the write belongs to then aborts and rolls back, as a
 * real QuotaExceededError makes it.
 */
export function fullDisk(db: Dexie): FullDisk {
  let left = Infinity;
  let only: Set<string> | undefined;
  let refused = 0;
  db.use({
    stack: 'dbcore',
    name: 'full-disk',
    create: (down) => ({
      ...down,
      table(name) {
        const table = down.table(name);
        return {
          ...table,
          mutate(req) {
            if (!only || only.has(name)) {
              if (left <= 0) {
                refused++;
                return Promise.reject(quotaError());
              }
              left--;
            }
            return table.mutate(req);
          },
        };
      },
    }),
  });
  return {
    fillAfter(writes, tables) {
      left = writes;
      only = tables ? new Set(tables) : undefined;
    },
    free() {
      left = Infinity;
      only = undefined;
    },
    get refused() {
      return refused;
    },
  };
}
