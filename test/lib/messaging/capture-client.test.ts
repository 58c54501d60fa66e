// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://mms.pinduoduo.com/"}
import { readPage, startCapture } from '../../../lib/messaging/capture-client';
import type { CaptureFromContent } from '../../../lib/messaging/protocol';
import type { PlatformAdapter } from '../../../lib/platforms/types';
import { textOf } from '../../../lib/scrape/text';

// A minimal adapter over a plain table: what is under test here is the loop, not a platform's reader.
const adapter: PlatformAdapter = {
  id: 'pdd',
  matches: ['https://mms.pinduoduo.com/*'],
  version: 1,
  pageKind: (url) => (url.pathname === '/orders/list' ? 'orders' : undefined),
  extractOrders: (root) =>
    [...root.querySelectorAll('tr[data-order]')].map((tr) => {
      const cell = (i: number) => textOf(tr.children[i]);
      return {
        orderId: cell(0),
        buyer: cell(1),
        placedAt: cell(2),
        status: cell(3),
        paid: cell(4),
        items: [{ title: '蓝牙耳机', spec: '曜石黑', quantity: '1', price: '¥199.00' }],
        text: textOf(tr),
      };
    }),
  extractProducts: () => {
    throw new Error('the reader blew up');
  },
};

const row = (id: string, paid = '¥199.00') =>
  `<tr data-order><td>${id}</td><td>拼**友</td><td>2025-07-31 20:58:59</td><td>待发货</td><td>${paid}</td></tr>`;

function setPage(path: string, rows: string) {
  window.history.replaceState(null, '', `https://mms.pinduoduo.com${path}`);
  document.body.innerHTML = `<table><tbody>${rows}</tbody></table>`;
}

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('readPage', () => {
  it('reads, parses and splits good and bad rows', () => {
    setPage('/orders/list', row('250731-662525154951775') + row('250731-662525154951776', '--'));
    const m = readPage(adapter, document, Date.UTC(2025, 7, 1))!;
    expect(m).toMatchObject({ platform: 'pdd', kind: 'orders', read: 2, url: 'https://mms.pinduoduo.com/orders/list' });
    expect(m.records).toHaveLength(1);
    expect(m.rejected[0]).toMatchObject({ index: 1, key: '250731-662525154951776', problems: [{ field: 'paid', raw: '--' }] });
  });

  it('sends nothing for other pages or empty lists', () => {
    setPage('/home', row('250731-662525154951775'));
    expect(readPage(adapter, document, 0)).toBeUndefined();
    setPage('/orders/list', '');
    expect(readPage(adapter, document, 0)).toBeUndefined();
  });
});

describe('startCapture', () => {
  it('sends on load and again when the list changes, but not for a change that alters no row', async () => {
    setPage('/orders/list', row('250731-662525154951775'));
    const sent: CaptureFromContent[] = [];
    const stop = startCapture(adapter, { document, now: () => Date.UTC(2025, 7, 1), debounceMs: 20, send: async (m) => (sent.push(m), undefined) });
    expect(sent).toHaveLength(1);
    document.querySelector('tbody')!.insertAdjacentHTML('beforeend', row('250731-662525154951777'));
    await tick(60);
    expect(sent).toHaveLength(2);
    expect(sent[1]!.records).toHaveLength(2);
    document.body.insertAdjacentHTML('beforeend', '<div class="toast">已复制</div>');
    await tick(60);
    expect(sent).toHaveLength(2);
    stop();
    document.querySelector('tbody')!.insertAdjacentHTML('beforeend', row('250731-662525154951778'));
    await tick(60);
    expect(sent).toHaveLength(2);
  });

  it('never throws into the page when the reader or the messaging fails', async () => {
    setPage('/orders/list', row('250731-662525154951775'));
    const failing = { document, now: () => 0, debounceMs: 10, send: () => Promise.reject(new Error('Extension context invalidated.')) };
    expect(() => startCapture(adapter, failing)()).not.toThrow();
    window.history.replaceState(null, '', 'https://mms.pinduoduo.com/orders/list');
    const broken = { ...adapter, pageKind: () => 'products' as const };
    expect(() => startCapture(broken, { ...failing, send: async () => undefined })()).not.toThrow();
    await tick(30);
  });
});
