// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://mms.pinduoduo.com/"}
import { vi } from 'vitest';
import { captureNow } from '../../../lib/messaging/capture-now';
import type { CaptureEnv } from '../../../lib/messaging/capture-client';
import type { CaptureFromContent, CaptureReply } from '../../../lib/messaging/protocol';
import type { PlatformAdapter } from '../../../lib/platforms/types';
import { textOf } from '../../../lib/scrape/text';

// The listener half needs the extension runtime; captureNow, under test here, does not.
vi.mock('wxt/browser', () => ({ browser: {} }));

// A minimal adapter over a plain table, as in capture-client.test.ts: under test is what 立即采集 answers.
const adapter: PlatformAdapter = {
  id: 'pdd',
  matches: ['https://mms.pinduoduo.com/*'],
  version: 1,
  signs: {
    orders: { records: [/\d{6}-\d{15}/], headers: [], empty: /暂无数据/ },
    products: { records: [], headers: [], empty: /暂无数据/ },
  },
  pageKind: (url) => (url.pathname === '/orders/list' ? 'orders' : undefined),
  extractOrders: (root) =>
    [...root.querySelectorAll('tr[data-order]')].map((tr) => ({
      orderId: textOf(tr.children[0]),
      buyer: textOf(tr.children[1]),
      placedAt: '2025-07-31 20:58:59',
      status: '待发货',
      paid: textOf(tr.children[2]),
      items: [{ title: '蓝牙耳机', spec: '曜石黑', quantity: '1', price: '¥199.00' }],
      text: textOf(tr),
    })),
  extractProducts: () => [],
};

const row = (id: string, paid: string) => `<tr data-order><td>${id}</td><td>拼**友</td><td>${paid}</td></tr>`;

function setPage(path: string, rows: string) {
  window.history.replaceState(null, '', `https://mms.pinduoduo.com${path}`);
  document.body.innerHTML = `<table><tbody>${rows}</tbody></table>`;
}

function env(reply: (m: CaptureFromContent) => CaptureReply | undefined | Promise<never>): CaptureEnv & { sent: CaptureFromContent[] } {
  const sent: CaptureFromContent[] = [];
  return { document, now: () => 1_754_000_000_000, sent, send: async (m) => (sent.push(m), reply(m)) };
}

describe('captureNow', () => {
  it('reads the page, sends it, and answers with the rows read and what the background stored', async () => {
    setPage('/orders/list', row('250731-123456789012345', '¥199.00') + row('250731-123456789012346', '¥99.00') + row('250731-123456789012347', 'abc'));
    const e = env((m) => ({ ok: true, captureId: 4, saved: m.records.length, added: 1, rejected: m.rejected.length }));
    expect(await captureNow(adapter, e)).toEqual({ ok: true, read: 3, saved: 2, added: 1, rejected: 1, drift: false });
    expect(e.sent).toHaveLength(1);
    expect(e.sent[0]!.records.map((r) => (r as { orderId: string }).orderId)).toEqual(['250731-123456789012345', '250731-123456789012346']);
  });

  it('says there is nothing to read on a page that is not a list', async () => {
    setPage('/orders/detail', row('250731-123456789012345', '¥199.00'));
    const e = env(() => undefined);
    expect(await captureNow(adapter, e)).toEqual({ ok: false, error: 'no-rows' });
    expect(e.sent).toHaveLength(0);
  });

  it('passes on the background’s refusal, a missing reply, and a failed send', async () => {
    setPage('/orders/list', row('250731-123456789012345', '¥199.00'));
    expect(await captureNow(adapter, env(() => ({ ok: false, error: 'QuotaExceededError' })))).toEqual({ ok: false, error: 'QuotaExceededError' });
    expect(await captureNow(adapter, env(() => undefined))).toEqual({ ok: false, error: 'no reply' });
    expect(await captureNow(adapter, env(() => Promise.reject(new Error('Extension context invalidated.'))))).toEqual({
      ok: false,
      error: 'Error: Extension context invalidated.',
    });
  });
});
