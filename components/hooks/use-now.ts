import { useCallback, useEffect, useState } from 'react';

/**
 * "Now" for the analytics: `fixed` when given (tests), else the clock read when the panel opens and again
 * whenever the seller comes back to it or calls `refresh` (switching tabs). Held still in between, so
 * figures are not recomputed on every render and a list does not shift while it is being read.
 */
export function useNow(fixed?: number): { now: number; refresh(): void } {
  const [now, setNow] = useState(() => fixed ?? Date.now());
  const refresh = useCallback(() => {
    if (fixed === undefined) setNow(Date.now());
  }, [fixed]);
  useEffect(() => {
    if (fixed !== undefined) {
      setNow(fixed);
      return;
    }
    const onVisible = () => document.visibilityState === 'visible' && setNow(Date.now());
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [fixed]);
  return { now, refresh };
}
