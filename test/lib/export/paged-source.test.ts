import { describe, expect, it } from 'vitest';
import { csvChunks, ordersExporter, pagedSource, toCsv } from '../../../lib/export';
import { order } from '../../support/records';

const orders = Array.from({ length: 4500 }, (_, i) => order({ orderId: String(4000000000000000000n + BigInt(i)) }));

/** A key-range reader over orders sorted by id, as lib/db would do with Dexie; it records each call. */
function reader() {
  const calls: (string | undefined)[] = [];
  const read = async (after: string | undefined, limit: number) => {
    calls.push(after);
    const from = after === undefined ? 0 : orders.findIndex((o) => o.orderId > after);
    return from < 0 ? [] : orders.slice(from, from + limit);
  };
  return { read, calls };
}

describe('pagedSource', () => {
  it('reads every record once, page after page by key', async () => {
    const { read, calls } = reader();
    const seen: string[] = [];
    for await (const o of pagedSource(read, (o) => o.orderId, 2000)) seen.push(o.orderId);
    expect(seen).toEqual(orders.map((o) => o.orderId));
    expect(calls).toEqual([undefined, orders[1999]!.orderId, orders[3999]!.orderId]);
  });

  it('asks once more after an exactly full last page, and feeds csvChunks', async () => {
    const { read, calls } = reader();
    let text = '';
    for await (const c of csvChunks(ordersExporter, pagedSource(read, (o) => o.orderId, 1500), { chunkSize: 700 })) text += c.text;
    expect(text).toBe(toCsv(ordersExporter, orders));
    expect(calls).toHaveLength(4); // 1500, 1500, 1500, then an empty page
  });

  it('stops reading when the export is cancelled', async () => {
    const { read, calls } = reader();
    const controller = new AbortController();
    await expect(async () => {
      for await (const c of csvChunks(ordersExporter, pagedSource(read, (o) => o.orderId, 1000), { chunkSize: 500, signal: controller.signal })) {
        if (c.done === 500) controller.abort();
      }
    }).rejects.toThrow(expect.objectContaining({ name: 'AbortError' }));
    expect(calls).toHaveLength(1);
  });
});
