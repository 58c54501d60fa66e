import { BACKUP_VERSION, BackupReader, LineSplitter, MAX_LINE_CHARS, endLine, headerLine, rowLines } from '../../../lib/backup/format';
import { joinRecord, mergeCode, mergeDecision, mergeSetting, sameValue } from '../../../lib/backup/merge';
import { mergeOrder } from '../../../lib/ingest/merge';
import type { SkuCode } from '../../../lib/domain';
import { makeOrder, NOW } from '../../support/orders';

// The backup file's pure parts: lines split across chunks, each line checked, migration of version 1, and the
// merge rules (lib/db/backup.test.ts runs the whole path on a database).

describe('LineSplitter', () => {
  it('gives whole lines whatever the chunks, LF or CRLF, the last line without its newline too', () => {
    const text = 'a1\r\nb22\nc333\n\nd';
    for (const size of [1, 2, 3, 5, 100]) {
      const lines: string[] = [];
      const split = new LineSplitter((l) => lines.push(l));
      for (let i = 0; i < text.length; i += size) split.push(text.slice(i, i + size));
      split.end();
      expect(lines).toEqual(['a1', 'b22', 'c333', '', 'd']);
    }
  });

  it('hands on a line longer than the limit without waiting for its end (the reader refuses it)', () => {
    const lines: string[] = [];
    const split = new LineSplitter((l) => lines.push(l));
    split.push('x'.repeat(MAX_LINE_CHARS + 1));
    expect(lines).toHaveLength(1);
  });
});

describe('BackupReader', () => {
  const order = makeOrder();
  const counts = { orders: 1, products: 0, skuCodes: 0, skuMatchDecisions: 0, settings: 0, captures: 0 };
  const read = (text: string) => {
    const r = new BackupReader();
    for (const line of text.split('\n')) r.push(line);
    return r.finish();
  };

  it('reads what the writer wrote', () => {
    const { header, rows } = read(headerLine('1.2.3', NOW) + rowLines('orders', [order]) + endLine(counts));
    expect(header).toEqual({ format: 'shoplens-backup', version: BACKUP_VERSION, appVersion: '1.2.3', createdAt: NOW });
    expect(rows.orders).toEqual([order]);
  });

  it('refuses a too-long line, a line after the end and an unknown table with their line numbers', () => {
    const head = headerLine('1', NOW);
    expect(() => read(head + 'x'.repeat(MAX_LINE_CHARS + 1) + '\n')).toThrow(expect.objectContaining({ problem: { kind: 'too-long', line: 2 } }));
    expect(() => read(head + rowLines('orders', [order]) + endLine(counts) + rowLines('orders', [order]))).toThrow(
      expect.objectContaining({ problem: { kind: 'after-end', line: 4 } }),
    );
    expect(() => read(head + JSON.stringify({ t: 'aggregateShards', r: {} }) + '\n')).toThrow(expect.objectContaining({ problem: { kind: 'unknown-line', line: 2 } }));
  });

  it('migrates a version-1 code (no aliases) before checking it', () => {
    const code = { code: 'TB-01-M-2504', key: 'taobao|sku:1', platform: 'taobao', productId: '1', skuId: '1', outerId: '', title: 't', spec: 's', category: '01', size: 'M', yymm: '2504', serial: 1, assignedAt: NOW, reason: { zh: 'z', en: 'e' } };
    const v1 = JSON.stringify({ format: 'shoplens-backup', version: 1, appVersion: '0.0.1', createdAt: NOW }) + '\n' + rowLines('skuCodes', [code]) + endLine({ ...counts, orders: 0, skuCodes: 1 });
    expect(read(v1).rows.skuCodes).toEqual([{ ...code, aliases: ['taobao|sku:1'] }]);
    // The same line in a version-2 file is missing its aliases.
    expect(() => read(v1.replace('"version":1', `"version":${BACKUP_VERSION}`))).toThrow(expect.objectContaining({ problem: expect.objectContaining({ kind: 'invalid', line: 2 }) }));
  });
});

describe('merge rules', () => {
  it('orders: the later capture wins, an unchanged row is left alone, the earlier first-seen time kept', () => {
    const stored = makeOrder({ capturedAt: NOW, firstSeenAt: NOW - 5000, status: 'paid' });
    const newer = { ...stored, capturedAt: NOW + 1000, firstSeenAt: NOW, status: 'completed' as const };
    expect(joinRecord(stored, newer, mergeOrder)).toEqual({ ...newer, firstSeenAt: NOW - 5000 });
    expect(joinRecord(newer, stored, mergeOrder)).toEqual({ ...newer, firstSeenAt: NOW - 5000 });
    expect(joinRecord(stored, stored, mergeOrder)).toBeUndefined();
    expect(joinRecord(undefined, stored, mergeOrder)).toBe(stored);
    // Rows without a first-seen time (stored before it was kept) get none made up: the same data is no change.
    const { firstSeenAt: _, ...old } = stored;
    expect(joinRecord(old, { ...old }, mergeOrder)).toBeUndefined();
    expect(joinRecord(old, { ...old, capturedAt: NOW + 1, status: 'completed' as const }, mergeOrder)).toEqual({ ...old, capturedAt: NOW + 1, status: 'completed' });
    // An empty buyer (an export without nicknames) never blanks a known one.
    expect(joinRecord(stored, { ...newer, buyer: '' }, mergeOrder)?.buyer).toBe(stored.buyer);
  });

  it('decisions: the later answer wins', () => {
    const a = { a: 'x', b: 'y', decision: 'confirmed' as const, decidedAt: NOW };
    expect(mergeDecision(a, { ...a, decision: 'rejected', decidedAt: NOW + 1 })).toEqual({ ...a, decision: 'rejected', decidedAt: NOW + 1 });
    expect(mergeDecision(a, { ...a, decision: 'rejected', decidedAt: NOW - 1 })).toBeUndefined();
    expect(mergeDecision(undefined, a)).toBe(a);
  });

  it('codes: a stored code stays; aliases of the same SKU joined; a taken code or an already-coded SKU is a conflict', () => {
    const code = { code: 'TB-01-M-2504', key: 'k1', aliases: ['k1', 'k1b'] } as SkuCode;
    expect(mergeCode(code, { ...code, aliases: ['k1', 'k1c'] }, new Set())).toEqual({ row: { ...code, aliases: ['k1', 'k1b', 'k1c'] } });
    expect(mergeCode(code, code, new Set())).toEqual({});
    expect(mergeCode(code, { ...code, key: 'k2', aliases: ['k2'] }, new Set())).toEqual({ conflict: true });
    expect(mergeCode(undefined, { ...code, code: 'TB-01-M-2504-02' }, new Set(['k1b']))).toEqual({ conflict: true });
    expect(mergeCode(undefined, code, new Set(['other']))).toEqual({ row: code });
  });

  it('settings: stored ones stay, missing ones come from the backup; the privacy rows joined under one salt', () => {
    expect(mergeSetting('analytics', { a: 1 }, { a: 2 })).toBeUndefined();
    expect(mergeSetting('analytics', undefined, { a: 2 })).toEqual({ a: 2 });
    const salt = 'a'.repeat(32);
    const h1 = '1'.repeat(64);
    const h2 = '2'.repeat(64);
    const here = { salt, forgotten: [h1], retentionMonths: null };
    expect(mergeSetting('privacy', here, { salt, forgotten: [h2], retentionMonths: 12 })).toEqual({ salt, forgotten: [h1, h2], retentionMonths: 12 });
    // Another install's salt: its hashes mean nothing here, this install's salt and list stay.
    expect(mergeSetting('privacy', here, { salt: 'b'.repeat(32), forgotten: [h2], retentionMonths: null })).toBeUndefined();
  });

  it('sameValue treats an undefined property as absent', () => {
    expect(sameValue({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameValue({ a: [1, { c: 2 }] }, { a: [1, { c: 3 }] })).toBe(false);
  });
});
