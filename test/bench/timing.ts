/** One computation timed: its first (cold) run and the median of the runs after a warm-up. */
export interface Timing {
  coldMs: number;
  medianMs: number;
}

/** The median of a list of numbers (the upper one for an even count). */
export const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Runs `fn` once cold (the first call in this process, JIT and caches cold), once more to warm up, then `runs`
 * times, and returns the cold time, the median and the last result (so callers can check what was computed).
 */
export function timeIt<T>(fn: () => T, runs: number): Timing & { result: T } {
  let t = performance.now();
  let result = fn();
  const coldMs = performance.now() - t;
  result = fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    t = performance.now();
    result = fn();
    ms.push(performance.now() - t);
  }
  return { coldMs, medianMs: median(ms), result };
}

/** `12.3` for a time in ms, one decimal. */
export const ms = (x: number): string => x.toFixed(1);

/** `2.4×`: how many times `slow` is of `fast`. */
export const times = (slow: number, fast: number): string => `${(slow / Math.max(fast, 1e-6)).toFixed(2)}×`;
