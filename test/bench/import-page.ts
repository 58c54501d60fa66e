/**
 * Runs inside an extension page of the built extension (bundled by test/bench/import-chromium.ts), so
 * IndexedDB is the browser's real one: one export file imported the whole way — parsed as the panel parses it
 * (lib/import), sent in chunks through a JSON round trip per message (what runtime messaging costs), staged
 * and stored by the background's receiver (storeImport: one transaction, derived tables and SKU codes) into a
 * fresh database — against a raw Dexie bulkPut of the same order rows into another fresh database.
 */
import './zod-jitless';
import { ShopLensDatabase } from '../../lib/db';
import { parseExportFiles } from '../../lib/import';
import { sendImport } from '../../lib/messaging/import-client';
import { importReceiver } from '../../lib/messaging/import-receiver';

export interface ImportPageRun {
  rows: number;
  orders: number;
  /** parseExportFiles alone (the panel's share). */
  parseMs: number;
  /** Sending, staging and storing (the background's share, with the messages' JSON round trips). */
  storeMs: number;
  /** parse + store: the seller's wait from choosing the file to the summary. */
  importMs: number;
  /** The same order rows with one Dexie bulkPut into an empty database. */
  rawMs: number;
  /** The same file imported again into the database that now holds it (every order unchanged). */
  reimportMs: number;
  added: number;
  unchanged: number;
}

const RUNTIME = 'abcdefghijklmnopabcdefghijklmnop';
const PANEL = { id: RUNTIME, url: `chrome-extension://${RUNTIME}/sidepanel.html` };
let seq = 0;

function bytesOf(base64: string): Uint8Array {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

async function importOnce(db: ShopLensDatabase, name: string, data: Uint8Array) {
  const receiver = importReceiver(db);
  const send = (m: unknown) => receiver.handle(JSON.parse(JSON.stringify(m)), PANEL, RUNTIME) ?? Promise.resolve(undefined);
  const t0 = performance.now();
  const parsed = await parseExportFiles([{ name, data, lastModified: Date.UTC(2025, 11, 20) }]);
  const t1 = performance.now();
  const reply = await sendImport(parsed, { send });
  const t2 = performance.now();
  if (!reply.ok || !('added' in reply)) throw new Error(`import failed: ${JSON.stringify(reply)}`);
  return { parsed, reply, parseMs: t1 - t0, storeMs: t2 - t1 };
}

async function run(base64: string, name: string, rows: number): Promise<ImportPageRun> {
  const data = bytesOf(base64);
  const stamp = `${Date.now()}-${seq++}`;
  const db = new ShopLensDatabase(`bench-import-${stamp}`);
  const raw = new ShopLensDatabase(`bench-import-raw-${stamp}`);
  try {
    const first = await importOnce(db, name, data);
    const again = await importOnce(db, name, data);
    const records = first.parsed.orders.map((o) => ({ ...o, firstSeenAt: o.capturedAt }));
    await raw.open();
    const t0 = performance.now();
    await raw.orders.bulkPut(records);
    const rawMs = performance.now() - t0;
    return {
      rows,
      orders: first.parsed.orders.length,
      parseMs: first.parseMs,
      storeMs: first.storeMs,
      importMs: first.parseMs + first.storeMs,
      rawMs,
      reimportMs: again.parseMs + again.storeMs,
      added: first.reply.added,
      unchanged: again.reply.unchanged,
    };
  } finally {
    db.close();
    raw.close();
    await Promise.all([db.delete(), raw.delete()]).catch(() => undefined);
  }
}

(globalThis as unknown as { __shoplensImportBench: typeof run }).__shoplensImportBench = run;
