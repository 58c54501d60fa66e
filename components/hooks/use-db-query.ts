import { useLiveQuery } from 'dexie-react-hooks';

/** What a live database read gives: the data once read, or the error that stopped it. */
export interface DbQuery<T> {
  data?: T;
  error?: string;
}

/**
 * A live read of the database that never throws into the UI: the querier (Dexie calls only) re-runs whenever
 * a table it read changes, and a failure comes back as `error` for the panel to show instead of a blank tab.
 */
export function useDbQuery<T>(querier: () => Promise<T>, deps: unknown[]): DbQuery<T> {
  const result = useLiveQuery(
    () => querier().then((data): DbQuery<T> => ({ data }), (e: unknown): DbQuery<T> => ({ error: String(e) })),
    deps,
  );
  return result ?? {};
}
