/**
 * One piece of plain JavaScript timed both in the extension page and in Node, so RESULTS.md can say how fast
 * this Chromium runs the extension's own code: the order digests (lib/analytics/derived/shards.ts orderDigest) of the
 * same orders, median of 5 passes after a warm-up pass.
 */
import { orderDigest } from '../../lib/analytics/derived';
import type { Order } from '../../lib/domain';

export const JS_SPEED_ORDERS = 20_000;

export function digestPassesMs(orders: readonly Order[]): number {
  const times: number[] = [];
  let sink = 0;
  for (let pass = 0; pass < 6; pass++) {
    const t = performance.now();
    for (const o of orders) sink += orderDigest(o);
    if (pass > 0) times.push(performance.now() - t);
  }
  if (Number.isNaN(sink)) throw new Error('unreachable');
  return times.sort((a, b) => a - b)[2]!;
}
