/**
 * Backup and restore of the 200k-order bench shop in real headless Chromium (backup-page.ts, inside an extension
 * page: the extension's own IndexedDB): the backup written as the side panel writes it, read back with every
 * line checked, restored into an empty database and merged onto itself, every table compared row by row with
 * the original. Baselines in the same run: every table read with toArray, and the same rows stored with a raw
 * bulkAdd. `npx tsx test/bench/backup.ts` runs it alone.
 */
import { fileURLToPath as toPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { benchPageBundle } from './page-bundle';
import { launchWithExtension } from '../support/browser';
import { buildIfStale } from '../support/build';
import type { BackupRun } from './backup-page';

const ROOT = join(toPath(import.meta.url), '..', '..', '..');

export async function benchBackup(): Promise<BackupRun> {
  const bundle = await benchPageBundle('backup-page.ts');
  const browser = await launchWithExtension({ port: 9, hosts: [] });
  try {
    const page = await browser.extensionPage();
    await page.evaluate(bundle);
    const result = await page.evaluate(() => (globalThis as unknown as { __shoplensBackupBench(): Promise<BackupRun> }).__shoplensBackupBench());
    if (!result.identical) throw new Error(`backup round trip: tables differ: ${result.mismatches.join('; ')}`);
    return result;
  } finally {
    await browser.close();
  }
}

const s = (ms: number) => (ms / 1000).toFixed(1);

export function backupSection(r: BackupRun): string[] {
  const total = Object.values(r.rows).reduce((a, b) => a + b, 0);
  return [
    '## Backup and restore: the 200k-order shop',
    '',
    `In real headless Chromium, inside an extension page (the extension's IndexedDB): the bench shop — ${Object.entries(r.rows)
      .map(([t, n]) => `${n.toLocaleString('en')} ${t}`)
      .join(', ')} — backed up as the 数据 tab does it (lib/db/backup.ts writeBackup: key-range pages of 2000 rows, each page one Blob piece), the file read back with every line checked by Zod (readBackup), restored into an empty database (replace, one transaction), merged onto itself (every row found unchanged: nothing written), and every table compared row by row with the original: **${r.identical ? 'identical' : 'DIFFERENT'}**. Baselines in the same run: every table read with \`toArray\` (the least a backup could read) and the same rows stored with a raw \`bulkAdd\` in one transaction (the least a restore could write).`,
    '',
    '| step | time (s) | baseline (s) | ratio |',
    '|---|---:|---:|---:|',
    `| backup (${total.toLocaleString('en')} rows → ${(r.fileBytes / 2 ** 20).toFixed(0)} MB file) | ${s(r.backupMs)} | ${s(r.rawReadMs)} (toArray) | ${(r.backupMs / r.rawReadMs).toFixed(1)}× |`,
    `| read + check every line | ${s(r.readMs)} | | |`,
    `| restore, replace | ${s(r.replaceMs)} | ${s(r.rawWriteMs)} (bulkAdd) | ${(r.replaceMs / r.rawWriteMs).toFixed(1)}× |`,
    `| restore, merge onto the same data (${r.mergeKept.toLocaleString('en')} orders kept) | ${s(r.mergeMs)} | | |`,
    '',
    `JS heap after the file was read and checked (every row held for the one-transaction write): ${r.heapAfterReadMb.toFixed(0)} MB.`,
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  buildIfStale();
  benchBackup()
    .then((r) => console.log(backupSection(r).join('\n')))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
