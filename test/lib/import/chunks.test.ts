import { describe, expect, it } from 'vitest';
import { parseExportFiles, readExportFile, type ImportProgress, type ReadProgress } from '../../../lib/import';
import * as S from './sample-exports';

describe('reading in chunks, with progress and cancel', () => {
  it('a CSV is read in many chunks, pausing between them, with progress that only grows and ends at the file size', async () => {
    const data = S.douyinExport(S.sampleOrders('douyin', 3000, 31));
    const progress: ReadProgress[] = [];
    let pauses = 0;
    const r = await readExportFile(data, {
      name: 'big.csv',
      chunkChars: 16 * 1024,
      onProgress: (p) => progress.push(p),
      pause: async () => void pauses++,
    });
    expect(r.ok && r.tables[0]!.rows.length).toBeGreaterThan(3000);
    expect(progress.length).toBeGreaterThan(20);
    expect(pauses).toBeGreaterThanOrEqual(progress.length - 1);
    for (let i = 1; i < progress.length; i++) {
      expect(progress[i]!.rows).toBeGreaterThan(progress[i - 1]!.rows);
      expect(progress[i]!.bytesDone).toBeGreaterThanOrEqual(progress[i - 1]!.bytesDone);
    }
    expect(progress.at(-1)).toMatchObject({ file: 'big.csv', bytesDone: data.length, bytesTotal: data.length });
  });

  it('the same rows whatever the chunk size (rows and quoted line breaks across chunk edges)', async () => {
    const orders = S.sampleOrders('taobao', 400, 32);
    orders.forEach((o, i) => i % 3 === 0 && (o.lines[0]!.title = `第一行, "引号"\r\n第二行 ${i}`));
    const data = S.taobaoItemReport(orders);
    const whole = await readExportFile(data, { chunkChars: 1 << 24 });
    const small = await readExportFile(data, { chunkChars: 997 });
    expect(whole.ok && small.ok).toBe(true);
    if (whole.ok && small.ok) {
      expect(small.tables).toEqual(whole.tables);
      expect(whole.tables[0]!.rows.filter((r) => r.values.title?.startsWith('第一行, "引号" 第二行'))).toHaveLength(134);
    }
  });

  it('a sheet is mapped in chunks of rows with progress', async () => {
    const progress: ReadProgress[] = [];
    const r = await readExportFile(await S.pddWorkbook(S.sampleOrders('pdd', 600, 33)), { chunkRows: 50, onProgress: (p) => progress.push(p) });
    expect(r.ok).toBe(true);
    expect(progress.length).toBeGreaterThanOrEqual(12);
    expect(progress.at(-1)!.rows).toBe(601);
  }, 30_000);

  it('cancel stops the read at the next pause and the import keeps nothing', async () => {
    const controller = new AbortController();
    const files = [
      { name: 'a.csv', data: S.jdExport(S.sampleOrders('jd', 2000, 34)) },
      { name: 'b.csv', data: S.pddExport(S.sampleOrders('pdd', 50, 35)) },
    ];
    const seen: ImportProgress[] = [];
    const r = await parseExportFiles(files, {
      signal: controller.signal,
      chunkChars: 8 * 1024,
      onProgress: (p) => {
        seen.push(p);
        if (seen.length === 3) controller.abort();
      },
    });
    expect(r).toMatchObject({ aborted: true, orders: [], rejected: [] });
    expect(seen).toHaveLength(3);
    expect(seen.every((p) => p.phase === 'read' && p.file === 'a.csv' && p.bytesDone < p.bytesTotal)).toBe(true);
  });

  it('orders are checked in slices after the files are read, with progress, and cancel there keeps nothing too', async () => {
    const files = [{ name: 'a.csv', data: S.douyinExport(S.sampleOrders('douyin', 1000, 36)) }];
    const phases: string[] = [];
    const done = await parseExportFiles(files, { chunkOrders: 100, onProgress: (p) => phases.push(p.phase === 'check' ? `check ${p.orders}/${p.ordersTotal}` : 'read') });
    expect(done.orders).toHaveLength(1000);
    expect(phases.filter((p) => p.startsWith('check'))).toEqual(Array.from({ length: 10 }, (_, i) => `check ${(i + 1) * 100}/1000`));
    expect(phases.indexOf('check 100/1000')).toBeGreaterThan(phases.lastIndexOf('read'));
    const controller = new AbortController();
    const r = await parseExportFiles(files, {
      signal: controller.signal,
      chunkOrders: 100,
      onProgress: (p) => p.phase === 'check' && p.orders === 300 && controller.abort(),
    });
    expect(r).toMatchObject({ aborted: true, orders: [], rejected: [] });
  });

  it('a signal aborted before the start reads nothing', async () => {
    const r = await readExportFile(S.jdExport(S.sampleOrders('jd', 5)), { signal: AbortSignal.abort() });
    expect(r).toEqual({ ok: false, file: '', error: { code: 'aborted' } });
  });
});
