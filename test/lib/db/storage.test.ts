import { ShopLensDatabase } from '../../../lib/db';
import { NEAR_FULL_SHARE, PERSIST_ASKED_KEY, SAMPLE_ROWS, askPersistenceOnce, readUsage, tableUsage, usageShare, type MarkStore } from '../../../lib/db/storage';
import { captureRecords } from '../../support/demo-db';
import { makeOrder, NOW } from '../../support/orders';

/** A mark store like localStorage. */
function marks(): MarkStore & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, String(v)) };
}

function manager(answers: { persisted?: boolean; grant?: boolean; error?: Error }) {
  const calls = { persist: 0 };
  let persisted = answers.persisted ?? false;
  return {
    calls,
    persisted: async () => persisted,
    persist: async () => {
      calls.persist++;
      if (answers.error) throw answers.error;
      persisted = answers.grant ?? false;
      return persisted;
    },
  };
}

describe('askPersistenceOnce', () => {
  it('asks at the first opening only, and once per page however many ask', async () => {
    const store = marks();
    const first = manager({ grant: false });
    const [a, b] = await Promise.all([askPersistenceOnce(first, store), askPersistenceOnce(first, store)]);
    expect(a).toEqual({ state: 'denied', asked: true });
    expect(b).toBe(a);
    expect(first.calls.persist).toBe(1);
    expect(store.items.has(PERSIST_ASKED_KEY)).toBe(true);

    // A later opening: the mark says it was asked; the answer is read, not asked for.
    const later = manager({ grant: true });
    expect(await askPersistenceOnce(later, store)).toEqual({ state: 'denied', asked: false });
    expect(later.calls.persist).toBe(0);
    // Asked again on purpose.
    expect(await askPersistenceOnce(later, store, true)).toEqual({ state: 'granted', asked: true });
    expect(later.calls.persist).toBe(1);
    expect(await askPersistenceOnce(later, store)).toEqual({ state: 'granted', asked: true });
  });

  it('does not ask when already persisted; says unsupported and errors plainly', async () => {
    const kept = manager({ persisted: true });
    expect(await askPersistenceOnce(kept, marks())).toEqual({ state: 'granted', asked: false });
    expect(kept.calls.persist).toBe(0);
    expect(await askPersistenceOnce(undefined, marks())).toEqual({ state: 'unsupported', asked: false });
    expect(await askPersistenceOnce({ estimate: async () => ({}) }, marks())).toEqual({ state: 'unsupported', asked: false });
    const failing = manager({ error: new DOMException('denied by policy', 'NotAllowedError') });
    expect(await askPersistenceOnce(failing, marks())).toEqual({ state: 'error', error: 'NotAllowedError: denied by policy', asked: true });
    // A mark store that throws (storage disabled) still lets it ask.
    const broken: MarkStore = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(await askPersistenceOnce(manager({ grant: true }), broken)).toEqual({ state: 'granted', asked: true });
  });
});

describe('readUsage and usageShare', () => {
  it('gives the estimate with the IndexedDB part when the browser breaks it down', async () => {
    expect(await readUsage({ estimate: async () => ({ usage: 5_000, quota: 100_000, usageDetails: { indexedDB: 4_000 } }) as StorageEstimate })).toEqual({ usage: 5_000, quota: 100_000, indexedDB: 4_000 });
    expect(await readUsage({ estimate: async () => ({ usage: 5_000, quota: 100_000 }) })).toEqual({ usage: 5_000, quota: 100_000 });
    expect(await readUsage({ estimate: async () => ({}) })).toBeUndefined();
    expect(await readUsage(undefined)).toBeUndefined();
    await expect(readUsage({ estimate: () => Promise.reject(new DOMException('gone', 'UnknownError')) })).rejects.toThrow('gone');
  });

  it('warns above the threshold share of the quota', () => {
    expect(usageShare({ usage: 850, quota: 1000 })).toBe(0.85);
    expect(usageShare({ usage: 850, quota: 1000 })! > NEAR_FULL_SHARE).toBe(true);
    expect(usageShare({ usage: 800, quota: 1000 })! > NEAR_FULL_SHARE).toBe(false);
    expect(usageShare({ usage: 10, quota: 0 })).toBeUndefined();
  });
});

describe('tableUsage', () => {
  let db: ShopLensDatabase;
  beforeEach(() => {
    db = new ShopLensDatabase(`storage-${Math.random()}`);
  });
  afterEach(() => db.delete());

  it('counts the rows of each table and estimates their size from a sample', async () => {
    const orders = Array.from({ length: SAMPLE_ROWS * 3 }, (_, i) => makeOrder({ buyer: `买家${i}`, placedAt: NOW - i * 3_600_000 }));
    await captureRecords(db, 'taobao', 'orders', orders, NOW);
    const usage = new Map((await tableUsage(db)).map((t) => [t.name, t]));
    expect([...usage.keys()].sort()).toEqual(db.tables.map((t) => t.name).sort());
    expect(usage.get('orders')!.rows).toBe(orders.length);
    expect(usage.get('captures')!.rows).toBe(1);
    expect(usage.get('products')).toEqual({ name: 'products', rows: 0, bytes: 0 });
    // The orders' size: the mean of the sampled rows times the rows, within a few percent of the whole table's JSON.
    const stored = await db.orders.toArray();
    const whole = stored.reduce((a, o) => a + new TextEncoder().encode(JSON.stringify(o)).length, 0);
    expect(Math.abs(usage.get('orders')!.bytes - whole) / whole).toBeLessThan(0.05);
    // The shards differ in size by kind and sit in key ranges of their own (1024 customer buckets first, most
    // of them small): a sample spread over the keys comes near the whole; the first rows alone would not.
    const shards = await db.aggregateShards.toArray();
    const shardBytes = shards.reduce((a, r) => a + new TextEncoder().encode(JSON.stringify(r)).length, 0);
    const firstRows = shards.slice(0, SAMPLE_ROWS).reduce((a, r) => a + new TextEncoder().encode(JSON.stringify(r)).length, 0) * (shards.length / SAMPLE_ROWS);
    expect(Math.abs(usage.get('aggregateShards')!.bytes - shardBytes) / shardBytes).toBeLessThan(0.1);
    expect(Math.abs(firstRows - shardBytes) / shardBytes).toBeGreaterThan(0.2);
  });
});
