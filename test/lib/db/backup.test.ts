import { BACKUP_VERSION, BackupFileError, type BackupProblem } from '../../../lib/backup/format';
import { ShopLensDatabase, saveMatchDecision } from '../../../lib/db';
import { backupFileName, blobText, readBackup, restoreBackup, writeBackup } from '../../../lib/db/backup';
import { forgetBuyer } from '../../../lib/db/privacy';
import type { Order, SkuCode } from '../../../lib/domain';
import { ingestCapture } from '../../../lib/ingest/ingest';
import { saveSettings } from '../../../lib/settings';
import { DEFAULT_SETTINGS } from '../../../lib/analytics/settings';
import { captureDemoShop } from '../../support/demo-db';
import { backgroundRebuild, rebuiltDerived, storedDerived, tablesOf } from '../../support/data-checks';

// Backup and restore (issue 13 point 2): a realistic shop — the demo pages captured through ingest, a page with
// rejected rows, the seller's settings and match decisions, a forgotten buyer — written to the backup file and
// read back into another database gives identical tables; bad files are refused with their line; merge joins by
// primary key without duplicates; a version-1 file restores.

// Whole demo shops captured through ingest in fake-indexeddb: seconds each, more on a loaded machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });
const AT = Date.UTC(2025, 7, 1, 2);
let n = 0;
const dbs: ShopLensDatabase[] = [];
const newDb = () => {
  const db = new ShopLensDatabase(`backup-test-${n++}`);
  dbs.push(db);
  return db;
};
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

/** A shop as a seller leaves it after some weeks of use. */
async function realisticShop(): Promise<ShopLensDatabase> {
  const db = newDb();
  await captureDemoShop(db, AT);
  await ingestCapture(
    db,
    {
      type: 'shoplens/capture-from-content',
      platform: 'taobao',
      kind: 'orders',
      url: 'https://myseller.taobao.com/home.htm/trade-platform/tp/sold',
      read: 2,
      records: [],
      rejected: [{ index: 3, key: '4012345678901234567', text: '买家 tb_小鹿 ¥abc 交易成功', problems: [{ field: 'paidFen', problem: 'invalid', raw: '¥abc' }] }],
    },
    { at: AT + 60_000 },
  );
  await backgroundRebuild(db); // SKU codes and shards as the background leaves them
  const codes = await db.skuCodes.toArray();
  await saveMatchDecision(db, { a: codes[0]!.key, b: codes[1]!.key, decision: 'rejected', decidedAt: AT });
  await saveSettings(db, { ...DEFAULT_SETTINGS, rfm: { ...DEFAULT_SETTINGS.rfm, windowDays: 180 } });
  const buyer = (await db.orders.toArray()).find((o) => o.platform === 'jd')!;
  await forgetBuyer(db, buyer.platform, buyer.buyer);
  await backgroundRebuild(db);
  return db;
}

/** The backup of `db` as text, written the way the panel writes it (piece by piece). */
async function backupText(db: ShopLensDatabase, pageSize?: number): Promise<{ text: string; pieces: number }> {
  const pieces: string[] = [];
  await writeBackup(db, { appVersion: '0.1.0', now: AT + 3_600_000, write: (t) => void pieces.push(t), pageSize });
  return { text: pieces.join(''), pieces: pieces.length };
}

/** Reads text through the same path as a picked file (a Blob read in small chunks, so lines straddle chunks). */
const readText = (text: string, chunk = 997) => readBackup(blobText(new Blob([text]), undefined, chunk));

async function problemOf(text: string): Promise<BackupProblem> {
  const error = await readText(text).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BackupFileError);
  return (error as BackupFileError).problem;
}

describe('backup file', () => {
  it('round trip: a realistic shop restored into an empty database gives identical tables, and the derived tables are rebuilt', async () => {
    const source = await realisticShop();
    const { text, pieces } = await backupText(source, 40);
    const before = await tablesOf(source);
    expect(before.orders.length).toBeGreaterThan(100);
    expect(before.skuCodes.length).toBeGreaterThan(20);
    expect(before.captures.some((c) => c.rejected > 0)).toBe(true);
    expect(before.settings.map((s) => s.id).sort()).toEqual(['analytics', 'privacy']);
    expect(pieces).toBeGreaterThan(before.orders.length / 40); // written a page at a time

    const lines = text.trimEnd().split('\n');
    expect(JSON.parse(lines[0]!)).toEqual({ format: 'shoplens-backup', version: BACKUP_VERSION, appVersion: '0.1.0', createdAt: AT + 3_600_000 });
    expect(JSON.parse(lines.at(-1)!)).toMatchObject({ t: 'end', counts: { orders: before.orders.length, captures: before.captures.length } });
    expect(text).not.toContain('"t":"aggregateShards"');

    const { header, rows } = await readText(text);
    expect(header.version).toBe(BACKUP_VERSION);
    const target = newDb();
    const summary = await restoreBackup(target, rows, 'replace');
    expect(summary.orders.added).toBe(before.orders.length);
    expect(await tablesOf(target)).toEqual(before);

    await backgroundRebuild(target);
    expect(await storedDerived(target)).toEqual(await rebuiltDerived(target));
    expect(await storedDerived(target)).toEqual(await storedDerived(source));
    expect(await target.skuCodes.count()).toBe(before.skuCodes.length); // no SKU coded again
  });

  it('replace empties every table first, the derived ones too', async () => {
    const source = await realisticShop();
    const { text } = await backupText(source);
    const target = newDb();
    await captureDemoShop(target, AT - 86_400_000);
    await target.orders.put({ ...(await target.orders.toCollection().first())!, orderId: '999999999' });
    await backgroundRebuild(target);
    const { rows } = await readText(text);
    await restoreBackup(target, rows, 'replace');
    expect(await tablesOf(target)).toEqual(await tablesOf(source));
    expect(await target.aggregateShards.count()).toBe(0); // until the background rebuilds them
  });

  it('merge: by primary key, the later capture wins, nothing duplicated; merging twice changes nothing', async () => {
    const source = await realisticShop();
    const { text } = await backupText(source);
    const { rows } = await readText(text);
    const orders = await source.orders.orderBy(':id').toArray();
    const target = newDb();
    // Here: one order captured later (a refund seen after the backup), one captured earlier, one only here.
    const later: Order = { ...orders[0]!, status: 'refunded', capturedAt: AT + 86_400_000, firstSeenAt: AT - 1000 };
    const earlier: Order = { ...orders[1]!, status: 'paid', capturedAt: AT - 86_400_000 };
    const onlyHere: Order = { ...orders[2]!, orderId: '777000000001' };
    await target.orders.bulkPut([later, earlier, onlyHere]);
    await target.captures.add({ ...(await source.captures.get(1))! , id: undefined });

    const summary = await restoreBackup(target, rows, 'merge');
    expect(await target.orders.count()).toBe(orders.length + 1);
    expect(await target.orders.get([later.platform, later.orderId])).toEqual(later); // newer here: kept
    expect(await target.orders.get([earlier.platform, earlier.orderId])).toEqual(orders[1]); // newer in the backup
    expect(await target.orders.get([onlyHere.platform, onlyHere.orderId])).toEqual(onlyHere);
    expect(summary.orders).toEqual({ added: orders.length - 2, updated: 1, kept: 1 });
    // The capture already in the log is not added again.
    expect(await target.captures.count()).toBe(await source.captures.count());
    expect(summary.captures.kept).toBe(1);

    const once = await tablesOf(target);
    const again = await restoreBackup(target, rows, 'merge');
    expect(await tablesOf(target)).toEqual(once);
    expect(again.orders).toEqual({ added: 0, updated: 0, kept: orders.length });
    expect(again.captures.added).toBe(0);

    await backgroundRebuild(target);
    expect(await storedDerived(target)).toEqual(await rebuiltDerived(target));
  });

  it('merge keeps the codes given here: a backup code naming another SKU is skipped and that SKU gets a new code', async () => {
    const source = await realisticShop();
    const { rows } = await readText((await backupText(source)).text);
    const target = newDb();
    const taken = rows.skuCodes[0]!;
    const other: SkuCode = { ...taken, key: 'taobao|pid:1|sku:1', aliases: ['taobao|pid:1|sku:1'] };
    await target.skuCodes.put(other);
    const summary = await restoreBackup(target, rows, 'merge');
    expect(summary.codeConflicts).toBe(1);
    expect(await target.skuCodes.get(taken.code)).toEqual(other);
    await backgroundRebuild(target);
    const codes = await target.skuCodes.toArray();
    const holders = codes.filter((c) => c.aliases.includes(taken.key));
    expect(holders).toHaveLength(1);
    expect(holders[0]!.code).not.toBe(taken.code);
    expect(new Set(codes.map((c) => c.code)).size).toBe(codes.length);
  });

  it('a version-1 file (codes without aliases, captures without added) restores into the current format', async () => {
    const source = await realisticShop();
    const { text } = await backupText(source);
    const v1 = text
      .trimEnd()
      .split('\n')
      .map((line, i) => {
        const value = JSON.parse(line) as { t?: string; r?: Record<string, unknown>; version?: number };
        if (i === 0) return JSON.stringify({ ...value, version: 1 });
        if (value.t === 'skuCodes') delete value.r!.aliases;
        if (value.t === 'captures') delete value.r!.added;
        return JSON.stringify(value);
      })
      .join('\n');
    expect(v1).not.toContain('"aliases"');
    const { header, rows } = await readText(v1);
    expect(header.version).toBe(1);
    const target = newDb();
    await restoreBackup(target, rows, 'replace');
    const before = await tablesOf(source);
    const after = await tablesOf(target);
    expect(after.orders).toEqual(before.orders);
    expect(after.skuCodes).toEqual(before.skuCodes.map((c) => ({ ...c, aliases: [c.key] })));
    expect(after.captures).toEqual(before.captures.map((c) => ({ ...c, added: 0 })));
  });

  it('names the file by its Asia/Shanghai date and time', () => {
    expect(backupFileName(Date.UTC(2025, 11, 31, 16, 5))).toBe('店镜_备份_2026-01-01_0005.jsonl');
  });
});

describe('a bad file is refused with its line, and nothing is written', () => {
  let text: string;
  let lines: string[];
  beforeAll(async () => {
    const db = new ShopLensDatabase(`backup-bad-${n++}`);
    await captureDemoShop(db, AT);
    text = (await backupText(db)).text;
    lines = text.trimEnd().split('\n');
    await db.delete();
  });
  const edit = (at: number, fn: (v: { t: string; r: Record<string, unknown> }) => unknown) =>
    lines.map((l, i) => (i === at ? JSON.stringify(fn(JSON.parse(l) as { t: string; r: Record<string, unknown> })) : l)).join('\n');

  it('an order that does not validate: its line and field', async () => {
    const bad = edit(5, (v) => ({ ...v, r: { ...v.r, paidFen: -100 } }));
    expect(await problemOf(bad)).toMatchObject({ kind: 'invalid', line: 6, table: 'orders', detail: expect.stringContaining('paidFen') });
  });

  it('a line that is not JSON', async () => {
    const bad = lines.map((l, i) => (i === 9 ? l.slice(0, 20) : l)).join('\n');
    expect(await problemOf(bad)).toEqual({ kind: 'json', line: 10 });
  });

  it('a file cut off before its last line', async () => {
    expect(await problemOf(lines.slice(0, -30).join('\n'))).toMatchObject({ kind: 'truncated' });
  });

  it('counts that do not match the rows (a line lost)', async () => {
    const bad = lines.filter((_, i) => i !== 3).join('\n');
    expect(await problemOf(bad)).toMatchObject({ kind: 'count-mismatch', table: 'orders', line: lines.length - 1 });
  });

  it('the same order twice', async () => {
    const bad = [...lines.slice(0, 4), lines[3]!, ...lines.slice(4)].join('\n');
    expect(await problemOf(bad)).toMatchObject({ kind: 'duplicate', line: 5, table: 'orders' });
  });

  it('a CSV export, an empty file, binary bytes, a file of a newer ShopLens', async () => {
    expect(await problemOf('订单编号,买家\n123,tb_a\n')).toEqual({ kind: 'not-backup', line: 1 });
    expect(await problemOf('')).toEqual({ kind: 'empty', line: 0 });
    const binary = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff, 0xfe, 0x00, 0x81, 0x82]);
    await expect(readBackup(blobText(new Blob([binary])))).rejects.toMatchObject({ problem: { kind: 'not-backup' } });
    const newer = edit(0, (v) => ({ ...v, version: BACKUP_VERSION + 1 }));
    expect(await problemOf(newer)).toEqual({ kind: 'newer', line: 1, version: BACKUP_VERSION + 1 });
  });

  it('a write that fails part way (a full disk) leaves the database as it was', async () => {
    const { rows } = await readText(text);
    const target = newDb();
    await captureDemoShop(target, AT - 86_400_000);
    const before = await tablesOf(target);
    // The orders are written, then the product rows fail: the whole restore rolls back, in both modes.
    vi.spyOn(target.products, 'bulkAdd').mockRejectedValue(new DOMException('disk full', 'QuotaExceededError'));
    vi.spyOn(target.products, 'bulkPut').mockRejectedValue(new DOMException('disk full', 'QuotaExceededError'));
    await expect(restoreBackup(target, rows, 'replace')).rejects.toThrow(/disk full/);
    expect(await tablesOf(target)).toEqual(before);
    await expect(restoreBackup(target, rows, 'merge')).rejects.toThrow(/disk full/);
    expect(await tablesOf(target)).toEqual(before);
  });
});
