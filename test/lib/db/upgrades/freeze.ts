/**
 * Freezes a database as the current code writes it into fixtures/v<version>.json, for the test of the next
 * version step (README "Data model": adding a version). Run while the current version is the latest:
 *   npx tsx test/lib/db/upgrades/freeze.ts
 * The data: every demo list page (orders and products of the four platforms) captured through ingest, the
 * Taobao orders page with one row it could not read; a day later the orders pages again with some orders moved
 * on (paid → shipped, shipped → completed); settings changed from their defaults and two match decisions. The
 * fixtures of versions 1–3 were made by the same steps (this file with that commit's import paths, run under
 * Vitest, skipping what the version did not have: settings and decisions before version 2) in a checkout of the
 * commit each names (`git archive <commit>`); version 4's by this file.
 */
import 'fake-indexeddb/auto';
import { writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ShopLensDatabase } from '../../../../lib/db';
import { ingestCapture } from '../../../../lib/ingest/ingest';
import { saveSettings } from '../../../../lib/settings';
import { DEMO_PAGES } from '../../../fixtures/pages';
import { loadExpected } from '../../../support/fixtures';

async function freeze(): Promise<string> {
  const db = new ShopLensDatabase('freeze');
  await db.open();
  const pages = DEMO_PAGES.filter((p) => p.name === `${p.platform}-${p.kind}`);
  const first = Date.UTC(2025, 6, 31, 2);
  const rejected = [{ index: 3, key: '4012345678901299999', text: '订单号 4012345678901299999 实付 ¥--', problems: [{ field: 'paidFen', problem: 'invalid' as const, raw: '¥--' }] }];
  const send = (p: (typeof pages)[number], records: unknown[], at: number, bad: typeof rejected = []) =>
    ingestCapture(
      db,
      { type: 'shoplens/capture-from-content', platform: p.platform, kind: p.kind, url: p.urls[0]!, read: records.length + bad.length, records: records.map((r) => ({ ...(r as object), capturedAt: at, url: p.urls[0] })), rejected: bad },
      { at },
    );
  let at = first;
  for (const p of pages) {
    const { expected, expectedAll } = loadExpected(p.name);
    await send(p, expectedAll ?? expected, (at += 60_000), p.name === 'taobao-orders' ? rejected : []);
  }
  at = first + 86_400_000;
  for (const p of pages.filter((q) => q.kind === 'orders')) {
    const { expected, expectedAll } = loadExpected(p.name);
    const moved = (expectedAll ?? expected).map((o: Record<string, unknown>, i: number) =>
      i % 3 === 0 && o.status === 'paid' ? { ...o, status: 'shipped', statusText: '卖家已发货' } : i % 3 === 0 && o.status === 'shipped' ? { ...o, status: 'completed', statusText: '交易成功' } : o,
    );
    await send(p, moved, (at += 60_000));
  }
  const saved = await saveSettings(db, { stock: { leadTimeDays: 12, safetyFactor: 2 }, rfm: { vipRecencyDays: 45 }, sku: { matchThreshold: 0.7 } });
  if (!saved.ok) throw new Error(saved.errors.join('; '));
  const codes = await db.skuCodes.toArray();
  await db.skuMatchDecisions.put({ a: codes[0]!.code, b: codes[1]!.code, decision: 'confirmed', decidedAt: at + 1000 });
  await db.skuMatchDecisions.put({ a: codes[2]!.code, b: codes[3]!.code, decision: 'rejected', decidedAt: at + 2000 });
  const tables: Record<string, unknown[]> = {};
  for (const t of db.tables) tables[t.name] = await t.toArray();
  const commit = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
  const out = fileURLToPath(new URL(`./fixtures/v${db.verno}.json`, import.meta.url));
  writeFileSync(out, JSON.stringify({ version: db.verno, commit, tables }) + '\n');
  db.close();
  return out;
}

freeze().then(
  (out) => console.log(`wrote ${out}`),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
